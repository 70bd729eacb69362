"""Value makers for set 9: cards, IBANs, SSNs, IPs, phones, secrets and decoys.

Every maker takes a ``random.Random`` so that the set is deterministic for its seed.
"""

from __future__ import annotations

import ipaddress
import string

# -- cards -------------------------------------------------------------------------------
CARD_SHAPES = [  # (prefixes, length, grouping)
    (["4"], 16, (4, 4, 4, 4)),
    (["4"], 13, (4, 4, 5)),
    (["51", "52", "53", "54", "55"], 16, (4, 4, 4, 4)),
    (["2221", "2349", "2500", "2720"], 16, (4, 4, 4, 4)),
    (["34", "37"], 15, (4, 6, 5)),
    (["36", "38"], 14, (4, 6, 4)),
    (["6011", "644", "65"], 16, (4, 4, 4, 4)),
    (["3528", "3589"], 16, (4, 4, 4, 4)),
    (["62"], 19, (4, 4, 4, 4, 3)),
    (["4"], 19, (4, 4, 4, 4, 3)),
]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError


def card_digits(rng, shape=None) -> tuple[str, tuple[int, ...]]:
    prefixes, length, groups = shape or rng.choice(CARD_SHAPES)
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += str(rng.randrange(10))
    return body + luhn_digit(body), groups


def group(digits: str, groups, sep: str = " ") -> str:
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    return sep.join(p for p in out if p)


def bad_luhn(rng) -> str:
    d, groups = card_digits(rng, CARD_SHAPES[0])
    last = str((int(d[-1]) + rng.randrange(1, 10)) % 10)
    return group(d[:-1] + last, groups)


# -- IBANs ---------------------------------------------------------------------------------
IBAN_BBAN = {  # country: (length, bban pattern: n digit, a upper letter, c alnum)
    "DE": (22, "n" * 18),
    "AT": (20, "n" * 16),
    "CH": (21, "n" * 17),
    "FR": (27, "n" * 23),
    "ES": (24, "n" * 20),
    "IT": (27, "a" + "n" * 22),
    "NL": (18, "aaaa" + "n" * 10),
    "PT": (25, "n" * 21),
    "BE": (16, "n" * 12),
    "LU": (20, "nnn" + "c" * 13),
    "GB": (22, "aaaa" + "n" * 14),
    "IE": (22, "aaaa" + "n" * 14),
    "PL": (28, "n" * 24),
    "FI": (18, "n" * 14),
    "DK": (18, "n" * 14),
    "GR": (27, "n" * 7 + "c" * 16),
    "SI": (19, "n" * 15),
    "MT": (31, "aaaa" + "n" * 5 + "c" * 18),
}


BANKS = {
    "NL": ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"],
    "GB": ["BARC", "NWBK", "LOYD", "HBUK", "MIDL", "NAIA"],
    "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
    "MT": ["MALT", "VALL", "APSB"],
}


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").replace("\n", "").upper()
    if s[:2] not in IBAN_BBAN or len(s) != IBAN_BBAN[s[:2]][0]:
        return False
    return _num(s[4:] + s[:4]) % 97 == 1


def iban(rng, cc: str) -> str:
    length, pat = IBAN_BBAN[cc]
    pools = {
        "n": string.digits,
        "a": string.ascii_uppercase,
        "c": string.digits + string.ascii_uppercase,
    }
    bban = "".join(rng.choice(pools[p]) for p in pat)
    if cc in BANKS:
        bban = rng.choice(BANKS[cc]) + bban[4:]
    check = 98 - _num(bban + cc + "00") % 97
    out = f"{cc}{check:02d}{bban}"
    assert iban_ok(out) and len(out) == length
    return out


def iban_grouped(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def bad_iban(rng, cc: str) -> str:
    good = iban(rng, cc)
    for _ in range(50):
        pos = rng.randrange(4, len(good))
        if not good[pos].isdigit():
            continue
        cand = good[:pos] + str((int(good[pos]) + rng.randrange(1, 10)) % 10) + good[pos + 1 :]
        if not iban_ok(cand):
            return cand
    raise AssertionError


# -- SSN, IP -------------------------------------------------------------------------------
def ssn(rng) -> str:
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def ssn_ok(v: str) -> bool:
    d = "".join(c for c in v if c.isdigit())
    return (
        len(d) == 9
        and 0 < int(d[:3]) < 900
        and d[:3] != "666"
        and d[3:5] != "00"
        and d[5:] != "0000"
    )


def ipv4(rng) -> str:
    k = rng.randrange(6)
    if k == 0:
        return f"192.0.2.{rng.randrange(1, 255)}"
    if k == 1:
        return f"198.51.100.{rng.randrange(1, 255)}"
    if k == 2:
        return f"203.0.113.{rng.randrange(1, 255)}"
    if k == 3:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 4:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng) -> str:
    parts = [f"{rng.randrange(1, 0xFFFF):x}" for _ in range(rng.choice([2, 4]))]
    return "2001:db8:" + ":".join(parts) if len(parts) == 4 else f"2001:db8:{parts[0]}::{parts[1]}"


def cidr(rng) -> str:
    p = rng.choice([24, 28, 16])
    net = ipaddress.ip_network(ipv4(rng) + f"/{p}", strict=False)
    return str(net)


def ip_ok(v: str) -> bool:
    try:
        if "/" in v:
            ipaddress.ip_network(v, strict=True)
        else:
            ipaddress.ip_address(v)
    except ValueError:
        return False
    return True


# -- secrets ---------------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits


def rand(rng, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


WORDS = [
    "Kestrel",
    "Lumen",
    "Orchid",
    "Basalt",
    "Quokka",
    "Tundra",
    "Marimba",
    "Zephyr",
    "Falcon",
    "Juniper",
    "Cobalt",
    "Saffron",
    "Piston",
    "Harbor",
    "Nimbus",
    "Glacier",
    "Velvet",
    "Cactus",
]


def password(rng) -> str:
    k = rng.randrange(5)
    if k == 0:
        return rng.choice(WORDS) + rng.choice("!#$%&*?") + str(rng.randrange(10, 9999))
    if k == 1:
        return rand(rng, rng.randrange(14, 22), ALNUM + "!#%+-_=")
    if k == 2:
        return "-".join(rng.choice(WORDS).lower() for _ in range(3)) + str(rng.randrange(10, 99))
    if k == 3:
        return (
            rand(rng, 4, string.ascii_lowercase)
            + rng.choice(WORDS)
            + rand(rng, 4, string.digits)
            + "!"
        )
    return rand(rng, 10, ALNUM) + rng.choice(".,;~^") + rand(rng, 6, ALNUM)


def token(rng, k: int | None = None) -> str:
    """A token: 0 GitHub, 1 Slack bot, 2 Stripe live, 3 GitLab, 4 JWT, 5 40 hex, 6 session id."""
    k = rng.randrange(6) if k is None else k
    if k == 6:
        return rand(rng, 32, string.ascii_lowercase + string.digits)
    if k == 0:
        return "ghp_" + rand(rng, 36)
    if k == 1:
        return (
            "xoxb-"
            + rand(rng, 11, string.digits)
            + "-"
            + rand(rng, 13, string.digits)
            + "-"
            + rand(rng, 24)
        )
    if k == 2:
        return "sk_live_" + rand(rng, 28)
    if k == 3:
        return "glpat-" + rand(rng, 20, ALNUM + "-_")
    if k == 4:
        return (
            "eyJhbGciOiJIUzI1NiJ9."
            + rand(rng, 40, ALNUM + "-_")
            + "."
            + rand(rng, 43, ALNUM + "-_")
        )
    return rand(rng, 40, "0123456789abcdef")


def pin(rng, n: int = 4) -> str:
    return rand(rng, n, string.digits)


# -- decoys ---------------------------------------------------------------------------------
def uuid(rng) -> str:
    h = rand(rng, 32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexid(rng, n: int) -> str:
    return rand(rng, n, "0123456789abcdef")


def version(rng) -> str:
    return f"{rng.randrange(0, 25)}.{rng.randrange(0, 30)}.{rng.randrange(0, 40)}"


def digits(rng, n: int) -> str:
    return str(rng.randrange(1, 10)) + rand(rng, n - 1, string.digits)
