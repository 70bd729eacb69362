"""Checked value makers for set 8: cards, IBANs, SSNs, IPs, secrets and their look-alikes.

Every structured value is built to pass the check its type has in the real world (Luhn with a
real issuer prefix and length, mod-97 with the country's length, SSN ranges, IPs that parse),
so that a miss is a detector's miss and never a bad label. Look-alike decoys are built to fail
exactly that check and nothing else.
"""

from __future__ import annotations

import ipaddress
import random
import string

# (prefixes, length, grouping) of real networks.
CARD_NETS: list[tuple[list[str], int, tuple[int, ...]]] = [
    (["4"], 16, (4, 4, 4, 4)),  # Visa
    (["4"], 13, (4, 4, 5)),  # Visa 13
    (["51", "52", "53", "54", "55", "2221", "2400", "2720"], 16, (4, 4, 4, 4)),  # Mastercard
    (["34", "37"], 15, (4, 6, 5)),  # Amex
    (["36", "38"], 14, (4, 6, 4)),  # Diners
    (["6011", "65"], 16, (4, 4, 4, 4)),  # Discover
    (["3528", "3589"], 16, (4, 4, 4, 4)),  # JCB
    (["62"], 19, (4, 4, 4, 4, 3)),  # UnionPay 19
    (["4"], 19, (4, 4, 4, 4, 3)),  # Visa 19
]

# country: (length, BBAN shape as a list of (kind, count)); kind a=letters, n=digits, c=alnum
IBAN_SHAPES: dict[str, list[tuple[str, int]]] = {
    "DE": [("n", 18)],
    "FR": [("n", 10), ("c", 11), ("n", 2)],
    "ES": [("n", 20)],
    "IT": [("a", 1), ("n", 10), ("c", 12)],
    "NL": [("a", 4), ("n", 10)],
    "PT": [("n", 21)],
    "BE": [("n", 12)],
    "AT": [("n", 16)],
    "CH": [("n", 5), ("c", 12)],
    "GB": [("a", 4), ("n", 14)],
    "IE": [("a", 4), ("n", 14)],
    "LU": [("n", 3), ("c", 13)],
    "PL": [("n", 24)],
    "FI": [("n", 14)],
    "DK": [("n", 14)],
    "SE": [("n", 20)],
    "NO": [("n", 11)],
    "GR": [("n", 7), ("c", 16)],
    "SI": [("n", 15)],
    "HR": [("n", 17)],
    "MC": [("n", 10), ("c", 11), ("n", 2)],
    "LT": [("n", 16)],
}
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
    "DK": 18,
    "SE": 24,
    "NO": 15,
    "GR": 27,
    "SI": 19,
    "HR": 21,
    "MC": 27,
    "LT": 20,
}


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


def card(rng: random.Random, sep: str = " ", net: int | None = None, valid: bool = True) -> str:
    """A card number of a real network; ``valid=False`` gives the same shape, Luhn broken."""
    prefixes, length, groups = CARD_NETS[rng.randrange(len(CARD_NETS)) if net is None else net]
    p = rng.choice(prefixes)
    body = p + "".join(rng.choice(string.digits) for _ in range(length - len(p) - 1))
    last = _luhn_digit(body)
    if not valid:
        last = str((int(last) + rng.randint(1, 9)) % 10)
    digits = body + last
    assert luhn_ok(digits) == valid
    if sep == "":
        return digits
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    return sep.join(out)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").replace("\n", "").upper()
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(rng: random.Random, country: str, grouped: bool = True, valid: bool = True) -> str:
    bban = ""
    for kind, n in IBAN_SHAPES[country]:
        pool = {
            "n": string.digits,
            "a": string.ascii_uppercase,
            "c": string.digits * 3 + string.ascii_uppercase,
        }[kind]
        bban += "".join(rng.choice(pool) for _ in range(n))
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    check = 98 - num % 97
    if not valid:
        check = (check + rng.randint(1, 40)) % 97 + 2
    s = f"{country}{check:02d}{bban}"
    assert len(s) == IBAN_LEN[country] and iban_ok(s) == valid, s
    if grouped:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def ssn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and 0 < a < 900 and a != 666 and g > 0 and n > 0


def ssn(rng: random.Random, style: str = "-") -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, n = rng.randint(1, 99), rng.randint(1, 9999)
    if style == "":
        return f"{a:03d}{g:02d}{n:04d}"
    return f"{a:03d}{style}{g:02d}{style}{n:04d}"


def ipv4(rng: random.Random, private: bool = False) -> str:
    if private:
        return rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    base = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{base}.{rng.randint(2, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randint(1, 0xFFFF):x}" for _ in range(rng.choice([2, 3, 4]))]
    s = "2001:db8:" + ":".join(groups[:-1]) + "::" + groups[-1]
    return str(ipaddress.IPv6Address(s))


def cidr(rng: random.Random) -> str:
    n = rng.choice([16, 20, 24, 28])
    net = ipaddress.IPv4Network(
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.0/{n}", strict=False
    )
    return str(net)


def _rand(rng: random.Random, n: int, pool: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def password(rng: random.Random) -> str:
    words = [
        "Kestrel",
        "Lantern",
        "Marble",
        "Orchid",
        "Pylon",
        "Quartz",
        "Rivet",
        "Saffron",
        "Tundra",
        "Umber",
        "Velvet",
        "Walnut",
        "Zephyr",
        "Basalt",
        "Cobalt",
        "Dune",
    ]
    sym = rng.choice("!#$%&*@^~?+")
    shape = rng.randrange(4)
    if shape == 0:
        return f"{rng.choice(words)}{sym}{rng.randint(10, 9999)}"
    if shape == 1:
        return f"{rng.choice(words).lower()}-{rng.choice(words).lower()}{rng.randint(1, 99)}{sym}"
    if shape == 2:
        return _rand(rng, rng.randint(12, 20), string.ascii_letters + string.digits + "!#%&*-_")
    return f"{rng.choice(words)}{rng.randint(2, 9)}{sym}{rng.choice(words)}"


def url_password(rng: random.Random) -> str:
    """A URL-safe password (no ``@``, ``/``, ``:`` raw)."""
    return _rand(rng, rng.randint(10, 18), string.ascii_letters + string.digits + "-_.~")


TOKEN_SHAPES = [
    lambda r: "ghp_" + _rand(r, 36),
    lambda r: "glpat-" + _rand(r, 20, string.ascii_letters + string.digits + "-_"),
    lambda r: "sk-proj-" + _rand(r, 48, string.ascii_letters + string.digits + "-_"),
    lambda r: "xoxb-" + f"{r.randint(10**10, 10**11)}-{r.randint(10**10, 10**11)}-" + _rand(r, 24),
    lambda r: "sk_live_" + _rand(r, 24),
    lambda r: "hf_" + _rand(r, 34),
    lambda r: "AIza" + _rand(r, 35, string.ascii_letters + string.digits + "-_"),
    lambda r: "glsa_" + _rand(r, 32) + "_" + _rand(r, 8, "0123456789abcdef"),
    lambda r: "dckr_pat_" + _rand(r, 27, string.ascii_letters + string.digits + "-_"),
    lambda r: "npm_" + _rand(r, 36),
    lambda r: "SG." + _rand(r, 22) + "." + _rand(r, 43),
    lambda r: "hvs." + _rand(r, 24),
]


def token(rng: random.Random) -> str:
    return rng.choice(TOKEN_SHAPES)(rng)


def aws_pair(rng: random.Random) -> tuple[str, str]:
    return "AKIA" + _rand(rng, 16, string.ascii_uppercase + "234567"), _rand(
        rng, 40, string.ascii_letters + string.digits + "/+"
    )


def hexs(rng: random.Random, n: int) -> str:
    return _rand(rng, n, "0123456789abcdef")


def uuid4(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def version(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}"


def pin(rng: random.Random, n: int = 4) -> str:
    while True:
        s = _rand(rng, n, string.digits)
        if len(set(s)) > 1 and s[0] != "0":
            return s


def mac(rng: random.Random) -> str:
    return ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6))


def vin(rng: random.Random) -> str:
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["WVW", "VF1", "VSS", "ZFA", "WBA", "1HG", "SAL"]) + _rand(rng, 14, pool)
