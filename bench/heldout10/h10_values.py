# ruff: noqa: E501
"""Value makers and checks for set 10: cards, IBANs, SSNs, IPs, secrets, and decoys."""

from __future__ import annotations

import ipaddress
import random
import string

# -- cards ----------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for last in string.digits:
        if luhn_ok(body + last):
            return body + last
    raise AssertionError


CARD_NETS = [
    ("visa", lambda r: "4" + str(r.randint(10, 99)), 16, (4, 4, 4, 4)),
    ("visa13", lambda r: "4" + str(r.randint(100, 999)), 13, (4, 3, 3, 3)),
    ("visa19", lambda r: "4" + str(r.randint(10, 99)), 19, (4, 4, 4, 4, 3)),
    ("mc", lambda r: str(r.randint(51, 55)), 16, (4, 4, 4, 4)),
    ("mc2", lambda r: str(r.randint(2221, 2720)), 16, (4, 4, 4, 4)),
    ("amex", lambda r: r.choice(["34", "37"]), 15, (4, 6, 5)),
    ("diners", lambda r: r.choice(["36", "38", "300", "305"]), 14, (4, 6, 4)),
    ("discover", lambda r: r.choice(["6011", "65" + str(r.randint(10, 99))]), 16, (4, 4, 4, 4)),
    ("jcb", lambda r: str(r.randint(3528, 3589)), 16, (4, 4, 4, 4)),
    ("unionpay", lambda r: "62" + str(r.randint(1000, 8999)), 19, (4, 4, 4, 4, 3)),
]
WEIGHTS = [30, 3, 2, 16, 8, 12, 6, 5, 5, 3]


def card(rng: random.Random, net: str | None = None) -> tuple[str, tuple[int, ...]]:
    entry = next(n for n in CARD_NETS if n[0] == net) if net else rng.choices(CARD_NETS, WEIGHTS)[0]
    return luhn_complete(entry[1](rng), entry[2], rng), entry[3]


def group(digits: str, groups: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    return sep.join(out)


def luhn_bad(rng: random.Random) -> str:
    good, groups = card(rng, rng.choice(["visa", "mc", "mc2"]))
    last = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    bad = good[:-1] + last
    assert not luhn_ok(bad)
    return group(bad, groups, rng.choice([" ", "-"]))


# -- IBAN -----------------------------------------------------------------------------------

IBAN_LEN = {
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "PT": 25,
    "BE": 16,
    "AT": 20,
    "CH": 21,
    "GB": 22,
    "IE": 22,
    "LU": 20,
    "PL": 28,
    "FI": 18,
    "SI": 19,
}


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    c = iban.replace(" ", "").replace("\n", "").upper()
    if IBAN_LEN.get(c[:2]) != len(c):
        return False
    return _num(c[4:] + c[:4]) % 97 == 1


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _es_dc(s: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
    return str({11: 0, 10: 1}.get(v, v))


def bban(cc: str, rng: random.Random) -> str:
    if cc == "FR":
        bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if cc == "ES":
        bank, branch, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
    if cc == "IT":
        return _letters(rng, 1) + _digits(rng, 10) + _digits(rng, 12)
    if cc == "BE":
        acct = _digits(rng, 10)
        return acct + f"{(int(acct) % 97) or 97:02d}"
    if cc in ("NL",):
        return _letters(rng, 4) + _digits(rng, 10)
    if cc in ("GB", "IE"):
        return _letters(rng, 4) + _digits(rng, 14)
    return _digits(rng, IBAN_LEN[cc] - 4)


def iban(cc: str, rng: random.Random) -> str:
    b = bban(cc, rng)
    check = 98 - _num(b + cc + "00") % 97
    out = f"{cc}{check:02d}{b}"
    assert iban_ok(out)
    return out


def iban_grouped(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban_bad(cc: str, rng: random.Random) -> str:
    good = iban(cc, rng)
    i = rng.randint(6, len(good) - 1)
    while True:
        c = rng.choice(string.digits)
        bad = good[:i] + c + good[i + 1 :] if good[i].isdigit() else good
        if bad != good and not iban_ok(bad):
            return bad


# -- SSN ------------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


# -- IP -------------------------------------------------------------------------------------


def ipv4(rng: random.Random, private: bool | None = None) -> str:
    if private is None:
        private = rng.random() < 0.45
    if private:
        return rng.choice(
            [
                lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                lambda: f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                lambda: f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )()
    return f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    parts = [f"{rng.randint(1, 0xFFFF):x}" for _ in range(rng.choice([2, 3, 4]))]
    return "2001:db8:" + ":".join(parts[:1]) + "::" + ":".join(parts[1:])


def cidr(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::/48"
    p = rng.choice([16, 20, 24, 24, 28])
    net = ipaddress.ip_network(f"{ipv4(rng, True)}/{p}", strict=False)
    return str(net)


def ip_ok(value: str) -> bool:
    try:
        if "/" in value:
            ipaddress.ip_network(value, strict=True)
        else:
            ipaddress.ip_address(value)
        return True
    except ValueError:
        return False


# -- secrets --------------------------------------------------------------------------------

ALNUM = string.ascii_letters + string.digits
WORDS = [
    "Kestrel",
    "Lantern",
    "Juniper",
    "Cobalt",
    "Harbour",
    "Sorrel",
    "Meridian",
    "Quartz",
    "Tamarind",
    "Bramble",
    "Falcon",
    "Nimbus",
    "Orchid",
    "Pelican",
    "Saffron",
    "Tundra",
    "Walnut",
    "Zephyr",
    "Copper",
    "Marigold",
    "Glacier",
    "Heron",
    "Ember",
    "Basalt",
]


def rand(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng: random.Random) -> str:
    shape = rng.randint(0, 3)
    if shape == 0:
        return f"{rng.choice(WORDS)}{rng.choice('!#$%&*@?')}{rng.randint(10, 9999)}"
    if shape == 1:
        return f"{rng.choice(WORDS).lower()}-{rng.choice(WORDS)}-{rng.randint(2, 99)}{rng.choice('!#%')}"
    if shape == 2:
        return rand(rng, rng.randint(12, 20), ALNUM + "!#%&*+-=?")
    return f"{rng.choice(WORDS)}{rng.randint(1970, 2026)}{rng.choice('!$%')}{rand(rng, 3)}"


def token(rng: random.Random) -> str:
    kind = rng.randint(0, 7)
    if kind == 0:
        return "ghp_" + rand(rng, 36)
    if kind == 1:
        return "glpat-" + rand(rng, 20, ALNUM + "-_")
    if kind == 2:
        return "sk_live_" + rand(rng, 24)
    if kind == 3:
        return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-{rand(rng, 24)}"
    if kind == 4:
        return jwt(rng)
    if kind == 5:
        return "hf_" + rand(rng, 34)
    if kind == 6:
        return "SG." + rand(rng, 22, ALNUM + "-_") + "." + rand(rng, 43, ALNUM + "-_")
    return rand(rng, 40, string.hexdigits.lower()[:16])


def jwt(rng: random.Random) -> str:
    b64 = ALNUM + "-_"
    return (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        + "eyJ"
        + rand(rng, rng.randint(40, 70), b64)
        + "."
        + rand(rng, 43, b64)
    )


def aws_pair(rng: random.Random) -> tuple[str, str]:
    return "AKIA" + rand(rng, 16, string.ascii_uppercase + "234567"), rand(rng, 40, ALNUM + "/+")


def pin(rng: random.Random, n: int = 4) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# -- decoys ---------------------------------------------------------------------------------


def uuid(rng: random.Random) -> str:
    h = rand(rng, 32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexs(rng: random.Random, n: int) -> str:
    return rand(rng, n, "0123456789abcdef")


def version(rng: random.Random) -> str:
    return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 60)}"


def mac(rng: random.Random) -> str:
    return ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def ssh_pub(rng: random.Random) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rand(rng, 43, ALNUM + "+/")


def fingerprint(rng: random.Random) -> str:
    return "SHA256:" + rand(rng, 43, ALNUM + "+/")


def orcid(rng: random.Random) -> str:
    base = "0000000" + "".join(rng.choice(string.digits) for _ in range(8))
    total = 0
    for c in base:
        total = (total + int(c)) * 2
    r = (12 - total % 11) % 11
    d = base + ("X" if r == 10 else str(r))
    return "-".join(d[i : i + 4] for i in range(0, 16, 4))


def ean13(rng: random.Random) -> str:
    body = rng.choice(["400", "301", "376", "800", "871", "560", "841"]) + "".join(
        rng.choice(string.digits) for _ in range(9)
    )
    total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
    return body + str((10 - total % 10) % 10)
