"""Validity checks for the fourth held-out set: what makes a labeled value a real one.

A set is only worth its labels: a card that fails Luhn or an IBAN with a wrong checksum would
let a detector "miss" a value that no validator should accept. These checks run when the
set is generated and again whenever it is loaded.
"""

from __future__ import annotations

import ipaddress
import re

# Registered IBAN lengths of the countries this set draws from.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BR": 29, "CH": 21, "CY": 28,
    "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
    "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25,
    "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26,
}  # fmt: skip

# (prefix range low, high, allowed lengths) of real card networks.
CARD_RANGES: list[tuple[int, int, tuple[int, ...]]] = [
    (4, 4, (13, 16, 19)),  # Visa
    (51, 55, (16,)),  # Mastercard
    (2221, 2720, (16,)),  # Mastercard 2-series
    (34, 34, (15,)),  # American Express
    (37, 37, (15,)),
    (300, 305, (14,)),  # Diners Club International
    (36, 36, (14,)),
    (38, 39, (14, 16)),
    (6011, 6011, (16, 19)),  # Discover
    (644, 649, (16, 19)),
    (65, 65, (16, 19)),
    (3528, 3589, (16, 17, 18, 19)),  # JCB
    (62, 62, (16, 17, 18, 19)),  # UnionPay
    (5018, 5018, (12, 13, 14, 15, 16, 17, 18, 19)),  # Maestro
    (5020, 5020, (12, 13, 14, 15, 16, 17, 18, 19)),
    (5038, 5038, (12, 13, 14, 15, 16, 17, 18, 19)),
    (6304, 6304, (12, 13, 14, 15, 16, 17, 18, 19)),
    (6759, 6759, (12, 13, 14, 15, 16, 17, 18, 19)),
    (6761, 6763, (12, 13, 14, 15, 16, 17, 18, 19)),
]

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    """The check digit that makes ``body`` + digit pass Luhn."""
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError("unreachable")


def card_ok(value: str) -> bool:
    num = digits(value)
    if not luhn_ok(num):
        return False
    for low, high, lengths in CARD_RANGES:
        width = len(str(low))
        if low <= int(num[:width]) <= high and len(num) in lengths:
            return True
    return False


def iban_check(country: str, bban: str) -> str:
    """The two check digits of an IBAN for ``country`` and ``bban`` (ISO 13616 mod-97)."""
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved.upper()))
    return f"{98 - number % 97:02d}"


def iban_ok(value: str) -> bool:
    compact = re.sub(r"[\s\-\u200b]", "", value).upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact.isalnum():
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def ssn_ok(value: str) -> bool:
    num = digits(value)
    if len(num) != 9:
        return False
    area, group, serial = int(num[:3]), int(num[3:5]), int(num[5:])
    return 0 < area < 900 and area != 666 and group != 0 and serial != 0


def ip_ok(value: str) -> bool:
    """An address, with a CIDR suffix where written; no port, brackets or zone id."""
    try:
        if "/" in value:
            ipaddress.ip_network(value, strict=False)
        else:
            ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def loopback_ok(value: str) -> bool:
    try:
        return ipaddress.ip_address(value).is_loopback
    except ValueError:
        return False
