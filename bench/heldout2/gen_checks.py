"""Validity checks and alphabets of the second held-out set: Luhn, mod-97, SSN ranges, IPs.

generate.py runs these on every span of the set; the value makers use them to build valid
values (and card-like decoys that must fail Luhn).
"""

from __future__ import annotations

import ipaddress
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
B64URL = ALNUM + "-_"

# Country: (total IBAN length, BBAN shape as (count, class) with class n digits, a upper, c alnum)
IBAN_SPEC: dict[str, tuple[int, str]] = {
    "DE": (22, "18n"),
    "AT": (20, "16n"),
    "CH": (21, "5n12c"),
    "FR": (27, "10n11c2n"),
    "ES": (24, "20n"),
    "GB": (22, "4a14n"),
    "IE": (22, "4a14n"),
    "IT": (27, "1a10n12c"),
    "NL": (18, "4a10n"),
    "BE": (16, "12n"),
    "LU": (20, "3n13c"),
    "PT": (25, "21n"),
    "PL": (28, "24n"),
    "CZ": (24, "20n"),
    "SK": (24, "20n"),
    "SE": (24, "20n"),
    "DK": (18, "14n"),
    "NO": (15, "11n"),
    "FI": (18, "14n"),
    "MC": (27, "10n11c2n"),
    "LI": (21, "5n12c"),
    "HR": (21, "17n"),
    "SI": (19, "15n"),
    "HU": (28, "24n"),
    "RO": (24, "4a16c"),
    "GR": (27, "7n16c"),
    "MT": (31, "4a5n18c"),
    "AD": (24, "8n12c"),
    "EE": (20, "16n"),
    "LT": (20, "16n"),
    "LV": (21, "4a13c"),
    "IS": (26, "22n"),
    "CY": (28, "8n16c"),
    "BG": (22, "4a6n8c"),
    "TR": (26, "6n16c"),
    "SA": (24, "2n18c"),
    "AE": (23, "19n"),
}


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for last in DG:
        if luhn_ok(body + last):
            return body + last
    raise AssertionError(body)


def iban_ok(raw: str) -> bool:
    s = "".join(ch for ch in raw if ch.isalnum()).upper()
    spec = IBAN_SPEC.get(s[:2])
    if spec is None or len(s) != spec[0]:
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    rem = int("".join(str(int(ch, 36)) for ch in moved)) % 97
    return f"{country}{98 - rem:02d}{bban}"


def ssn_ok(raw: str) -> bool:
    d = "".join(ch for ch in raw if ch.isdigit())
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= area <= 899 and area != 666 and group != 0 and serial != 0


def ip_ok(raw: str) -> bool:
    try:
        ipaddress.ip_network(raw, strict=False) if "/" in raw else ipaddress.ip_address(raw)
    except ValueError:
        return False
    return True
