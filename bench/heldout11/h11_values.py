"""Value makers and checks for the eleventh held-out set: checksums, numbering plans, secrets.

Every maker takes the set's ``random.Random`` so that the set is reproducible. The checks
(Luhn, mod-97 with national checks, SSN ranges, IP parsing) are used both when values are
drawn and when ``load()`` re-reads the file, so a wrong label cannot slip in either way.
"""

from __future__ import annotations

import base64
import ipaddress
import random
import string

# ---------------------------------------------------------------- checksums


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError(body)


IBAN_LENGTHS = {
    "DE": 22, "AT": 20, "CH": 21, "FR": 27, "BE": 16, "ES": 24, "IT": 27, "NL": 18,
    "PT": 25, "GB": 22, "IE": 22, "LU": 20,
}  # fmt: skip


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(value: str) -> bool:
    s = "".join(value.split()).upper()
    if len(s) < 5 or IBAN_LENGTHS.get(s[:2]) != len(s) or not s.isalnum():
        return False
    return _num(s[4:] + s[:4]) % 97 == 1


def iban_from_bban(country: str, bban: str) -> str:
    check = 98 - _num(bban + country + "00") % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban), iban
    return iban


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def _it_cin(bban22: str) -> str:
    total = 0
    for i, ch in enumerate(bban22):
        d = int(ch)
        total += _IT_ODD[d] if i % 2 == 0 else d
    return chr(ord("A") + total % 26)


def _es_dc(ten: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 11
    return str({11: 0, 10: 1}.get(d, d))


def make_bban(rng: random.Random, country: str) -> str:
    """A BBAN with the national check digits where the country has them."""
    if country == "DE":
        return rng.choice(["10070000", "20050550", "37040044", "50010517", "70020270"]) + _digits(
            rng, 10
        )
    if country == "AT":
        return rng.choice(["20111", "12000", "32000", "14000"]) + _digits(rng, 11)
    if country == "CH":
        return rng.choice(["00762", "00230", "08390"]) + _digits(rng, 12)
    if country == "LU":
        return rng.choice(["001", "019", "030"]) + _digits(rng, 13)
    if country in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"] if country == "GB" else ["AIBK", "BOFI"])
        return bank + _digits(rng, 14)
    if country == "FR":
        bank, branch = rng.choice(["30004", "30003", "20041", "10278"]), _digits(rng, 5)
        acct = _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if country == "BE":
        first = rng.choice(["001", "063", "310", "735"]) + _digits(rng, 7)
        check = int(first) % 97 or 97
        return f"{first}{check:02d}"
    if country == "ES":
        bank = rng.choice(["2100", "0049", "0182", "2038", "0081"])
        branch, acct = _digits(rng, 4), _digits(rng, 10)
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
    if country == "IT":
        abi = rng.choice(["03069", "02008", "05034", "01030"])
        rest = abi + _digits(rng, 5) + _digits(rng, 12)
        return _it_cin(rest) + rest
    if country == "NL":
        while True:
            acct = _digits(rng, 10)
            if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0 and acct[0] != "0":
                break
        return rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB"]) + acct
    if country == "PT":
        body = rng.choice(["0035", "0033", "0007", "0018"]) + _digits(rng, 4) + _digits(rng, 11)
        nib = 98 - (int(body) * 100) % 97
        return f"{body}{nib:02d}"
    raise ValueError(country)


def make_iban(rng: random.Random, country: str) -> str:
    return iban_from_bban(country, make_bban(rng, country))


def bad_iban(rng: random.Random, country: str) -> str:
    """Right country and length, mod-97 wrong (a typo'd account)."""
    good = make_iban(rng, country)
    while True:
        i = rng.randrange(4, len(good))
        if not good[i].isdigit():
            continue
        cand = good[:i] + str((int(good[i]) + rng.randint(1, 9)) % 10) + good[i + 1 :]
        if not iban_ok(cand):
            return cand


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- cards

CARD_KINDS = ["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "discover", "jcb", "diners", "up"]


def make_card(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(CARD_KINDS)
    prefix, length = {
        "visa": ("4" + _digits(rng, 5), 16),
        "mc": (str(rng.randint(51, 55)) + _digits(rng, 4), 16),
        "mc2": (str(rng.randint(2221, 2720)) + _digits(rng, 2), 16),
        "amex": (rng.choice(["34", "37"]) + _digits(rng, 4), 15),
        "discover": ("6011" + _digits(rng, 2), 16),
        "jcb": (str(rng.randint(3528, 3589)) + _digits(rng, 2), 16),
        "diners": ("36" + _digits(rng, 4), 14),
        "up": ("62" + _digits(rng, 4), 19),
    }[kind]
    return luhn_complete(prefix + _digits(rng, length - len(prefix) - 1))


def card_issuer_ok(d: str) -> bool:
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:2] == "36":
        return n == 14
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:4] == "6011" or d[:2] == "65" or 3528 <= int(d[:4]) <= 3589:
        return n == 16
    return d[:2] == "62" and n in (16, 19)


def format_card(rng: random.Random, d: str, style: str | None = None) -> str:
    style = style or rng.choice(["blank", "blank", "dash", "none"])
    if len(d) == 15 or len(d) == 14:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i : i + 4] for i in range(0, len(d), 4)]
    return {"blank": " ".join(parts), "dash": "-".join(parts), "none": d}[style]


def bad_card(rng: random.Random) -> str:
    """A real issuer prefix and length with the Luhn check wrong (a gift card, a typo)."""
    good = make_card(rng, rng.choice(["visa", "mc"]))
    last = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(good[:-1] + last)
    return good[:-1] + last


# ---------------------------------------------------------------- SSN


def ssn_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def make_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


# ---------------------------------------------------------------- IP addresses


def ip_ok(value: str) -> bool:
    try:
        if "/" in value:  # a network or an interface address with its prefix length
            iface = ipaddress.ip_interface(value)
            return not iface.ip.is_loopback
        addr = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not addr.is_loopback and not addr.is_unspecified


def make_ipv4(rng: random.Random, public: bool | None = None) -> str:
    if public is None:
        public = rng.random() < 0.5
    if public:
        base = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{base}.{rng.randint(2, 254)}"
    kind = rng.choice(["10", "172", "192"])
    if kind == "10":
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if kind == "172":
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def make_ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randint(1, 0xFFFF):x}" for _ in range(4)]
    if rng.random() < 0.5:
        return "2001:db8:" + ":".join(groups[:2]) + "::" + groups[2]
    return f"fd{rng.randint(0, 255):02x}:{groups[0]}:{groups[1]}::{groups[3]}"


def make_cidr(rng: random.Random) -> str:
    prefix = rng.choice([16, 20, 22, 24, 24, 28])
    net = ipaddress.ip_network(f"{make_ipv4(rng, False)}/{prefix}", strict=False)
    return str(net)


# ---------------------------------------------------------------- secrets

ALNUM = string.ascii_letters + string.digits
SYMBOLS = "!#$%*+-_.?^~="


def rand_str(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or (any(c.isdigit() for c in s) and any(c.isalpha() for c in s)):
            return s


WORDS = {
    "en": ["Harbour", "Maple", "Falcon", "Copper", "Willow", "Thistle", "Comet", "Lantern"],
    "de": ["Kiefer", "Hafen", "Sonne", "Apfel", "Wolke", "Brücke", "Falke", "Anker"],
    "fr": ["Lune", "Cerise", "Phare", "Abeille", "Marron", "Orage", "Tilleul", "Goeland"],
    "es": ["Naranja", "Faro", "Tortuga", "Pino", "Cometa", "Brisa", "Olivo", "Ancla"],
    "it": ["Limone", "Gabbiano", "Pineta", "Scoglio", "Vento", "Ciliegia", "Faro", "Nuvola"],
    "nl": ["Molen", "Tulp", "Duin", "Reiger", "Kade", "Klomp", "Polder", "Haring"],
    "pt": ["Sardinha", "Farol", "Laranja", "Gaivota", "Azulejo", "Cortica", "Mare", "Pinhal"],
}


def make_password(rng: random.Random, lang: str, symbols: str = "!#$%*+-_.?") -> str:
    """A password a person would choose: two words, a symbol and digits."""
    w = WORDS[lang]
    a, b = rng.sample(w, 2)
    shape = rng.randrange(4)
    sym, num = rng.choice(symbols), str(rng.randint(10, 9999))
    if shape == 0:
        return f"{a}{sym}{b}{num}"
    if shape == 1:
        return f"{a.lower()}{num}{sym}{b}"
    if shape == 2:
        return f"{a[0]}{rand_str(rng, 7)}{sym}{num[-2:]}"
    return f"{b}{sym}{a.lower()}{sym}{num}"


def make_token(rng: random.Random, vendor: str | None = None) -> str:
    vendor = vendor or rng.choice(["ghp", "glpat", "xoxb", "sk_live", "sg", "hf", "npm", "rnd"])
    if vendor == "ghp":
        return "ghp_" + rand_str(rng, 36)
    if vendor == "glpat":
        return "glpat-" + rand_str(rng, 20, ALNUM + "-_")
    if vendor == "xoxb":
        return f"xoxb-{_digits(rng, 12)}-{_digits(rng, 13)}-{rand_str(rng, 24)}"
    if vendor == "sk_live":
        return "sk_live_" + rand_str(rng, 32)
    if vendor == "sg":
        return f"SG.{rand_str(rng, 22)}.{rand_str(rng, 43)}"
    if vendor == "hf":
        return "hf_" + rand_str(rng, 34)
    if vendor == "npm":
        return "npm_" + rand_str(rng, 36)
    return rand_str(rng, 40)


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def make_jwt(rng: random.Random, sub: str) -> str:
    head = b64url(b'{"alg":"RS256","typ":"JWT","kid":"' + rand_str(rng, 8).encode() + b'"}')
    iat = rng.randint(1767000000, 1790000000)
    body = b64url(f'{{"sub":"{sub}","iat":{iat},"exp":{iat + 3600}}}'.encode())
    return f"{head}.{body}.{b64url(rng.randbytes(64))}"


def make_aws_pair(rng: random.Random) -> tuple[str, str]:
    key_id = "AKIA" + rand_str(rng, 16, string.ascii_uppercase + "234567")
    return key_id, rand_str(rng, 40, ALNUM + "/+")


# ---------------------------------------------------------------- decoys


def make_uuid(rng: random.Random) -> str:
    h = rng.randbytes(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def make_hex(rng: random.Random, n: int) -> str:
    return rng.randbytes((n + 1) // 2).hex()[:n]


def make_mac(rng: random.Random) -> str:
    return ":".join(f"{b:02x}" for b in rng.randbytes(6)).upper()


def make_version(rng: random.Random) -> str:
    return f"{rng.randint(1, 24)}.{rng.randint(0, 19)}.{rng.randint(0, 40)}"


def make_ean13(rng: random.Random) -> str:
    body = rng.choice(["400", "560", "871", "800", "840", "300"]) + _digits(rng, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)
