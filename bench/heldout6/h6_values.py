"""Value makers and label checks of the sixth held-out set.

Every structured value is valid by construction (Luhn and issuer prefix, mod-97 and country
length, SSN ranges, parseable IPs) and checked again by ``check_value`` when the set loads.
"""

from __future__ import annotations

import ipaddress
import random
import string

from h6_pools import MONTHS

# -- checks ---------------------------------------------------------------------------------
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PT": 25, "BE": 16, "AT": 20,
            "CH": 21, "GB": 22, "IE": 22, "LU": 20, "PL": 28, "FI": 18, "GR": 27, "SE": 24,
            "DK": 18, "NO": 15, "CZ": 24, "HR": 21, "SI": 19, "SK": 24, "HU": 28, "RO": 24,
            "LT": 20, "LV": 21, "EE": 20, "MC": 27}  # fmt: skip
CARD_PREFIX = ("4", "51", "52", "53", "54", "55", "22", "23", "24", "25", "26", "27", "34",
               "37", "36", "6011", "65", "35", "62")  # fmt: skip


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(value: str) -> bool:
    s = "".join(c for c in value if c.isalnum()).upper()
    return IBAN_LEN.get(s[:2]) == len(s) and _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def ip_ok(value: str) -> bool:
    try:
        if "/" in value:
            ipaddress.ip_network(value, strict=True)
        else:
            ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def check_value(typ: str, value: str, note: str = "") -> str | None:
    """Why a labeled value is wrong, or None."""
    plain = value.replace("\u200b", "").replace("\n", " ")
    if typ == "CREDIT_CARD":
        d = digits(plain)
        if not (13 <= len(d) <= 19 and luhn_ok(d) and d.startswith(CARD_PREFIX)):
            return "card fails Luhn, prefix or length"
    elif typ == "IBAN" and not iban_ok(plain):
        return "IBAN fails mod-97 or length"
    elif typ == "US_SSN" and not ssn_ok(plain):
        return "SSN out of range"
    elif typ == "IP_ADDRESS" and not ip_ok(plain.replace(" ", "")):
        return "IP does not parse"
    elif typ == "URL_CREDENTIALS" and ":" not in value:
        return "URL credential without colon"
    elif typ == "DECOY" and note == "luhn-invalid" and luhn_ok(digits(plain)):
        return "luhn-invalid decoy passes Luhn"
    return None


# -- makers ---------------------------------------------------------------------------------
def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _an(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "diners", "disc", "jcb", "up",
                       "visa13", "visa19"])  # fmt: skip
    pre, n = {"visa": ("4", 16), "visa13": ("4", 13), "visa19": ("4", 19),
              "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
              "amex": (rng.choice(["34", "37"]), 15), "diners": ("36", 14),
              "disc": (rng.choice(["6011", "65"]), 16), "jcb": (str(rng.randint(3528, 3589)), 16),
              "up": ("62", rng.choice([16, 19]))}[kind]  # fmt: skip
    body = pre + _d(rng, n - len(pre) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            full = body + c
            break
    sep = rng.choice([" ", " ", "-", "", " "])
    if n == 15 or n == 14:
        groups = [full[:4], full[4:10], full[10:]]
    else:
        groups = [full[i : i + 4] for i in range(0, n, 4)]
    return sep.join(groups)


def bad_card(rng: random.Random) -> str:
    """A card-shaped number with a real prefix and length whose checksum is wrong."""
    while True:
        v = card(rng).replace("-", " ")
        d = digits(v)
        last = str((int(d[-1]) + rng.randint(1, 9)) % 10)
        out = v[:-1] + last
        if not luhn_ok(digits(out)):
            return out


def _bban(rng: random.Random, cc: str) -> str:
    n = IBAN_LEN[cc] - 4
    up = string.ascii_uppercase
    if cc in ("GB", "IE"):
        return _an(rng, 4, up) + _d(rng, n - 4)
    if cc == "NL":
        return _an(rng, 4, up) + _d(rng, n - 4)
    if cc == "IT":
        return rng.choice(up) + _d(rng, n - 1)
    if cc in ("RO", "LV"):
        return _an(rng, 4, up) + _d(rng, n - 4)
    return _d(rng, n)


def iban(rng: random.Random, cc: str, grouped: bool | None = None) -> str:
    bban = _bban(rng, cc)
    check = 98 - _iban_num(bban + cc + "00") % 97
    full = f"{cc}{check:02d}{bban}"
    if grouped is None:
        grouped = rng.random() < 0.65
    return " ".join(full[i : i + 4] for i in range(0, len(full), 4)) if grouped else full


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])


def ipv4(rng: random.Random, cidr: bool = False) -> str:
    base = rng.choice(["192.0.2", "198.51.100", "203.0.113", "10.{}.{}", "172.{}.{}",
                       "192.168.{}"])  # fmt: skip
    base = base.format(rng.randint(0, 254), rng.randint(0, 254))
    if base.startswith("172."):
        base = f"172.{rng.randint(16, 31)}.{base.split('.')[2]}"
    parts = base.split(".")
    while len(parts) < 3:
        parts.append(str(rng.randint(0, 254)))
    if cidr:
        bits = rng.choice([24, 24, 28, 26])
        net = ipaddress.ip_network(".".join(parts[:3]) + f".{rng.randint(0, 255)}/{bits}",
                                   strict=False)  # fmt: skip
        return str(net)
    return ".".join(parts[:3]) + f".{rng.randint(2, 250)}"


def ipv6(rng: random.Random) -> str:
    pre = rng.choice(["2001:db8", "fd12:3456", "2001:db8:4f1c"])
    tail = ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.randint(2, 4)))
    return f"{pre}::{tail}"


def password(rng: random.Random, words: list[str]) -> str:
    w = rng.choice(words)
    shape = rng.randint(0, 4)
    sym = rng.choice("!#$%&*@?+")
    if shape == 0:
        return f"{w}{sym}{rng.randint(10, 9999)}"
    if shape == 1:
        return f"{w.lower()}-{rng.choice(words).lower()}-{rng.randint(1, 99)}"
    if shape == 2:
        return f"{rng.randint(1, 99)}{w}{sym}{rng.choice(words)[:3].upper()}"
    if shape == 3:
        return _an(rng, rng.randint(12, 18), string.ascii_letters + string.digits + "!$%*")
    return f"{w[0]}{w[1:].upper()}_{rng.randint(100, 999)}{sym}"


def token(rng: random.Random) -> str:
    al = string.ascii_letters + string.digits
    k = rng.randint(0, 11)
    if k == 0:
        return "ghp_" + _an(rng, 36, al)
    if k == 1:
        return "glpat-" + _an(rng, 20, al + "_-")
    if k == 2:
        return "xoxb-" + _d(rng, 12) + "-" + _d(rng, 13) + "-" + _an(rng, 24, al)
    if k == 3:
        return "sk_live_" + _an(rng, 24, al)
    if k == 4:
        return "hf_" + _an(rng, 34, al)
    if k == 5:
        return "npm_" + _an(rng, 36, al)
    if k == 6:
        return "SG." + _an(rng, 22, al + "_-") + "." + _an(rng, 43, al + "_-")
    if k == 7:
        head = rng.choice(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiJ9"])
        return f"{head}.eyJ{_an(rng, 40, al)}.{_an(rng, 43, al + '_-')}"
    if k == 8:
        return "AKIA" + _an(rng, 16, string.ascii_uppercase + "234567")
    if k == 9:
        return "dckr_pat_" + _an(rng, 27, al + "_-")
    if k == 10:
        return "sk-proj-" + _an(rng, 48, al + "_-")
    return _an(rng, 40, "0123456789abcdef")


def aws_secret(rng: random.Random) -> str:
    return _an(rng, 40, string.ascii_letters + string.digits + "/+")


def url_pw(rng: random.Random, words: list[str]) -> str:
    pw = password(rng, words)
    return "".join(c if c.isalnum() or c in "-_." else f"%{ord(c):02X}" for c in pw)


def dob(rng: random.Random, lang: str) -> str:
    y, m, d = rng.randint(1938, 2008), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[lang][m - 1]
    k = rng.randint(0, 7)
    if k == 0:
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "en":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{d} {mon} {y}",
                f"{mon[:3]} {d} {y}", f"{m}/{d}/{y % 100:02d}", f"{d:02d}-{mon[:3]}-{y}",
                f"{d}{'th' if d > 3 else 'st'} of {mon} {y}"]  # fmt: skip
    elif lang == "de":
        opts = [f"{d:02d}.{m:02d}.{y}", f"{d}. {mon} {y}", f"{d:02d}.{m:02d}.{y % 100:02d}",
                f"{d}.{m}.{y}", f"{d}. {mon[:3]}. {y}", f"{d:02d}.{m:02d}.{y}",
                f"{d:02d}/{m:02d}/{y}"]  # fmt: skip
    elif lang == "nl":
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}",
                f"{d} {mon[:3]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}"]  # fmt: skip
    else:
        de = {"fr": "", "es": "de ", "it": "", "pt": "de "}[lang]
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {de}{mon} {de}{y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
                f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}",
                f"{d:02d}/{m:02d}/{y}"]  # fmt: skip
        if lang == "fr" and d == 1:
            opts[1] = f"1er {mon} {y}"
    return opts[k - 1]


# -- decoys ---------------------------------------------------------------------------------
def decoy(rng: random.Random, kind: str, lang: str = "en") -> str:
    """A value of a kind that must stay unmasked."""
    hx = "0123456789abcdef"
    if kind == "uuid":
        v = rng.choice("89ab")
        return (
            f"{_an(rng, 8, hx)}-{_an(rng, 4, hx)}-4{_an(rng, 3, hx)}-{v}{_an(rng, 3, hx)}-"
            + _an(rng, 12, hx)
        )
    if kind == "git":
        return _an(rng, rng.choice([7, 10, 40]), hx)
    if kind == "sha256":
        return "sha256:" + _an(rng, 64, hx)
    if kind == "md5":
        return _an(rng, 32, hx)
    if kind == "version":
        return f"{rng.randint(0, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
    if kind == "timestamp":
        return rng.choice(
            [
                f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
                f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
                f"{rng.randint(0, 59):02d}Z",
                str(rng.randint(1760000000, 1799999999)),
            ]
        )
    if kind == "date":
        y, m, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
        return {"en": f"{m:02d}/{d:02d}/{y}", "de": f"{d:02d}.{m:02d}.{y}"}.get(
            lang, f"{d:02d}/{m:02d}/{y}"
        )
    if kind == "old-date":
        y, m, d = rng.randint(1955, 1999), rng.randint(1, 12), rng.randint(1, 28)
        return {"en": f"{MONTHS['en'][m - 1]} {d}, {y}", "de": f"{d:02d}.{m:02d}.{y}"}.get(
            lang, f"{d:02d}/{m:02d}/{y}"
        )
    if kind == "price":
        a = rng.randint(3, 48000)
        c = rng.randint(0, 99)
        if lang == "en":
            return rng.choice([f"${a:,}.{c:02d}", f"£{a:,}.{c:02d}"])
        return f"{a:,}".replace(",", ".") + f",{c:02d} €"
    if kind == "order":
        return rng.choice(["ORD-", "SO", "#", "BST-", "CMD-"]) + _d(rng, rng.randint(6, 9))
    if kind == "ticket":
        return rng.choice(["INC", "SR-", "CASE-", "REQ"]) + _d(rng, rng.randint(5, 8))
    if kind == "invoice":
        return f"INV-{rng.randint(2024, 2026)}-{_d(rng, 5)}"
    if kind == "tracking":
        return rng.choice(["1Z" + _an(rng, 16, string.ascii_uppercase + string.digits),
                           "JJD" + _d(rng, 18), _d(rng, 12)])  # fmt: skip
    if kind == "luhn-invalid":
        return bad_card(rng)
    if kind == "part":
        return f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 4)}-{rng.choice('ABKX')}"
    if kind == "listing":
        return rng.choice(["REF ", "Obj.-Nr. ", "Réf. ", "Ref. "]) + _d(rng, 7)
    if kind == "creditor-id":
        cc = rng.choice(["DE", "FR", "ES", "NL"])
        return f"{cc}{_d(rng, 2)}ZZZ{_d(rng, 11 if cc == 'DE' else 8)}"
    if kind == "bagtag":
        return rng.choice(["LH", "AF", "IB", "KL", "TP"]) + " " + _d(rng, 6)
    if kind == "flight":
        return rng.choice(["LH", "AF", "IB", "KL", "TP", "BA", "AZ"]) + str(rng.randint(100, 9999))
    if kind == "pnr":
        return _an(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if kind == "mac":
        return ":".join(_an(rng, 2, hx) for _ in range(6))
    if kind == "loopback":
        return rng.choice(["127.0.0.1", "::1", "127.0.1.1"])
    if kind == "icd":
        return rng.choice("JKMRSIE") + f"{rng.randint(0, 99):02d}.{rng.randint(0, 9)}"
    if kind == "geo":
        return f"{rng.uniform(36, 54):.5f}, {rng.uniform(-8, 14):.5f}"
    if kind == "area":
        return f"{rng.randint(28, 240)} m²"
    if kind == "pod":
        return f"{rng.choice(['api', 'worker', 'web'])}-{_an(rng, 10, hx)}-{_an(rng, 5, hx)}"
    if kind == "exec-count":
        return f"[{rng.randint(1, 60)}]"
    if kind == "build":
        return f"build {rng.randint(1000, 99999)}"
    if kind == "member":
        return rng.choice(["MBR-", "CL ", "ADH-"]) + _d(rng, 8)
    if kind == "statement":
        return f"{rng.randint(1, 12):02d}/{rng.randint(2024, 2026)}-{_d(rng, 4)}"
    if kind == "qty":
        return f"{rng.randint(2, 400)} {rng.choice(['pcs', 'Stk.', 'uds.', 'kg'])}"
    raise KeyError(kind)
