"""Value makers and validity checks for the seventh held-out set.

Every structured value is drawn here so that validity (Luhn, mod-97 with the country's length,
SSN ranges, parsable IPs) is guaranteed by construction and checked again on load. Decoys are
drawn here too, some of them deliberately invalid look-alikes (Luhn-failing card numbers,
IBAN-shaped strings whose mod-97 fails).
"""

from __future__ import annotations

import ipaddress
import random
import string

ZW = "\u200b"

# ---------------------------------------------------------------- checks


def digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


CARD_BRANDS: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    "visa": (("4",), (13, 16, 19)),
    "mc": (("51", "52", "53", "54", "55", "2221", "2300", "2517", "2720"), (16,)),
    "amex": (("34", "37"), (15,)),
    "diners": (("300", "305", "36", "38"), (14,)),
    "discover": (("6011", "644", "649", "65"), (16,)),
    "jcb": (("3528", "3541", "3589"), (16,)),
    "unionpay": (("62",), (16, 19)),
}


def card_brand_ok(num: str) -> bool:
    for prefixes, lengths in CARD_BRANDS.values():
        if len(num) in lengths and any(num.startswith(p) for p in prefixes):
            return True
    return False


IBAN_SPEC: dict[str, str] = {
    # country: BBAN pattern, n = digit, a = capital letter, c = letter or digit
    "DE": "n" * 18,
    "FR": "n" * 23,
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "NL": "aaaa" + "n" * 10,
    "PT": "n" * 21,
    "BE": "n" * 12,
    "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12,
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "LU": "nnn" + "c" * 13,
    "PL": "n" * 24,
    "SE": "n" * 20,
    "DK": "n" * 14,
    "FI": "n" * 14,
    "NO": "n" * 11,
    "CZ": "n" * 20,
    "HU": "n" * 24,
    "RO": "aaaa" + "c" * 16,
    "GR": "n" * 23,
    "HR": "n" * 17,
    "SI": "n" * 15,
    "LT": "n" * 16,
    "EE": "n" * 16,
    "MT": "aaaa" + "n" * 5 + "c" * 18,
    "SK": "n" * 20,
    "MC": "n" * 23,
    "LI": "n" * 5 + "c" * 12,
    "IS": "n" * 22,
}


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(value: str) -> bool:
    s = "".join(ch for ch in value if ch.isalnum()).upper()
    cc = s[:2]
    if cc not in IBAN_SPEC or len(s) != 4 + len(IBAN_SPEC[cc]):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(value: str) -> bool:
    d = digits(value)
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def ip_ok(value: str) -> bool:
    v = value.replace("\n", "").replace("\r", "").replace(ZW, "")
    try:
        if "/" in v:
            ipaddress.ip_network(v, strict=True)
        else:
            ipaddress.ip_address(v)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- makers


def _rand_digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def card_number(rng: random.Random, brand: str | None = None) -> tuple[str, str]:
    # Visa and Mastercard are most of the cards people paste; the other networks are kept for shape
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "mc", *CARD_BRANDS])
    prefixes, lengths = CARD_BRANDS[brand]
    prefix, length = rng.choice(prefixes), rng.choice(lengths)
    body = prefix + _rand_digits(rng, length - len(prefix) - 1)
    return brand, body + luhn_digit(body)


def group_card(num: str, brand: str, sep: str) -> str:
    if brand == "amex" or (brand == "diners" and len(num) == 14):
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i : i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


def bad_card(rng: random.Random) -> str:
    """A number with a real issuer prefix and length whose Luhn digit is wrong."""
    _, num = card_number(rng, rng.choice(["visa", "mc", "amex", "discover"]))
    last = str((int(num[-1]) + rng.randint(1, 9)) % 10)
    return num[:-1] + last


def iban(rng: random.Random, cc: str) -> str:
    bban = ""
    for p in IBAN_SPEC[cc]:
        if p == "n":
            bban += rng.choice(string.digits)
        elif p == "a":
            bban += rng.choice(string.ascii_uppercase)
        else:
            bban += rng.choice(string.digits * 2 + string.ascii_uppercase)
    check = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def bad_iban(rng: random.Random, cc: str) -> str:
    """IBAN-shaped, right length, mod-97 wrong (a typo'd or made-up account)."""
    good = iban(rng, cc)
    check = int(good[2:4])
    wrong = (check + rng.randint(1, 40)) % 97 + 2
    bad = f"{cc}{wrong:02d}{good[4:]}"
    return bad if not iban_ok(bad) else bad_iban(rng, cc)


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.45:
        net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{rng.randint(1, 254)}"
    if kind < 0.7:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.85:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice([2, 3, 4]))]
    if rng.random() < 0.6:
        return str(
            ipaddress.IPv6Address(
                "2001:db8:" + ":".join(groups) + "::" + f"{rng.randint(1, 0xFFFF):x}"
            )
        )
    return str(
        ipaddress.IPv6Address(
            f"fd{rng.randint(0, 255):02x}:" + ":".join(groups) + "::" + f"{rng.randint(1, 0xFF):x}"
        )
    )


def cidr(rng: random.Random, v6: bool = False) -> str:
    if v6:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::/48"
    prefix = rng.choice([16, 20, 22, 24, 24, 26, 28])
    addr = ipaddress.ip_address(ipv4(rng))
    return str(ipaddress.ip_network(f"{addr}/{prefix}", strict=False))


SYMS = "!#$%&*@^~+?=-_."


def password(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.4:
        words = [
            "Tanne",
            "Velvet",
            "Corsaire",
            "Almendra",
            "Girasole",
            "Molen",
            "Saudade",
            "Harbor",
            "Quartz",
            "Nebula",
            "Pinecone",
            "Lagune",
            "Brisa",
            "Tulp",
            "Cometa",
            "Falcon",
            "Ginster",
            "Orage",
            "Nieve",
            "Zafiro",
            "Kestrel",
            "Ombra",
            "Ribeira",
            "Dijk",
        ]
        w1, w2 = rng.sample(words, 2)
        return f"{w1}{rng.choice('!#$%&*@^~-.')}{w2}{rng.randint(2, 99)}"
    if style < 0.75:
        pool = string.ascii_letters + string.digits + "!#$%&*^~+=?"
        while True:
            s = "".join(rng.choice(pool) for _ in range(rng.randint(10, 18)))
            if (
                any(c.isdigit() for c in s)
                and any(c in "!#$%&*^~+=?" for c in s)
                and s[0].isalnum()
            ):
                return s
    base = rng.choice(
        ["Summer", "Winter", "Kaffee", "Soleil", "Verano", "Estate", "Zomer", "Verao"]
    )
    return f"{base}{rng.randint(2019, 2027)}{rng.choice('!#$%&*?')}"


def url_password(rng: random.Random) -> str:
    """A password safe or percent-encoded inside a URL's userinfo."""
    pw = password(rng)
    out = ""
    for ch in pw:
        out += ch if ch.isalnum() or ch in "-._~!$*+=" else f"%{ord(ch):02X}"
    return out


def token(rng: random.Random, vendor: str) -> str:
    alnum = string.ascii_letters + string.digits

    def r(n: int, pool: str = alnum) -> str:
        return "".join(rng.choice(pool) for _ in range(n))

    hexs = "0123456789abcdef"
    makers = {
        "github": lambda: "ghp_" + r(36),
        "gitlab": lambda: "glpat-" + r(20),
        "slack": lambda: f"xoxb-{_rand_digits(rng, 11)}-{_rand_digits(rng, 12)}-{r(24)}",
        "stripe": lambda: "sk_live_" + r(32),
        "openai": lambda: "sk-proj-" + r(48),
        "anthropic": lambda: "sk-ant-api03-" + r(86, alnum + "-_") + "AA",
        "aws": lambda: "AKIA" + r(16, string.ascii_uppercase + "234567"),
        "awssecret": lambda: r(40, alnum + "/+"),
        "sendgrid": lambda: f"SG.{r(22, alnum + '-_')}.{r(43, alnum + '-_')}",
        "hf": lambda: "hf_" + r(34),
        "npm": lambda: "npm_" + r(36),
        "google": lambda: "AIza" + r(35, alnum + "-_"),
        "twilio": lambda: "SK" + r(32, hexs),
        "hex32": lambda: r(32, hexs),
        "hex40": lambda: r(40, hexs),
        "b64": lambda: r(43, alnum + "+/") + "=",
        "vault": lambda: "hvs." + r(24),
        "dop": lambda: "dop_v1_" + r(64, hexs),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + r(50, alnum + "-_"),
        "jwt": lambda: (
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + r(60, alnum + "-_")
            + "."
            + r(43, alnum + "-_")
        ),
        "wg": lambda: r(42, alnum + "+/") + rng.choice("AEIMQUYcgkosw048") + "=",
        "sipsecret": lambda: r(rng.randint(12, 20), alnum),
        "community": lambda: r(rng.randint(10, 16), alnum + "!#%"),
    }
    return makers[vendor]()


def pin(rng: random.Random, n: int = 4) -> str:
    while True:
        p = _rand_digits(rng, n)
        if len(set(p)) > 2:
            return p


# ---------------------------------------------------------------- decoys


def uuid4(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexstr(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def version(rng: random.Random) -> str:
    return rng.choice(["{}.{}.{}", "v{}.{}.{}", "{}.{}.{}-rc{}", "{}.{}"]).format(
        rng.randint(0, 14), rng.randint(0, 30), rng.randint(0, 120), rng.randint(1, 4)
    )


def timestamp(rng: random.Random) -> str:
    y, mo, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    style = rng.random()
    if style < 0.45:
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
    if style < 0.7:
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"
    return str(rng.randint(1704067200, 1830000000))


def fixed(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + _rand_digits(rng, n - 1)
