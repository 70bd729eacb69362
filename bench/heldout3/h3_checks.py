"""Validity checks shared by the generator and ``load``: a wrong label is worse than none.

Cards pass Luhn, IBANs pass mod-97 with their country's length, SSNs sit in the issued
ranges, IP addresses parse. ``luhn-invalid`` decoys must fail Luhn, so a detector that masks
them is masking a number no card network would issue.
"""

from __future__ import annotations

import ipaddress
import re

# IBAN length per country (ISO 13616 registry), for the countries the pools use.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24,
    "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27,
    "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24,
    "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26,
}  # fmt: skip

HIDDEN = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    """The check digit that makes ``body`` + digit pass Luhn."""
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


def compact(value: str) -> str:
    return "".join(c for c in value if c.isalnum())


def iban_ok(value: str) -> bool:
    iban = compact(value).upper()
    if IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_check_digits(country: str, bban: str) -> str:
    moved = bban.upper() + country + "00"
    rest = int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{98 - rest:02d}"


def ssn_ok(value: str) -> bool:
    d = digits(value)
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


CARD_PREFIX = re.compile(
    r"^(4\d{12}(\d{3}){0,2}|5[1-5]\d{14}|2(22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}"
    r"|3[47]\d{13}|3(0[0-5]|6|8|9)\d{11,16}|6011\d{12,15}|64[4-9]\d{13,16}|65\d{14,17}"
    r"|35(2[89]|[3-8]\d)\d{12,15}|62\d{14,17}|(5018|5020|5038|5893|6304|6759|676[1-3])\d{8,15})$"
)


def card_ok(value: str) -> bool:
    d = digits(value)
    return bool(CARD_PREFIX.match(d)) and luhn_ok(d)


def ip_ok(value: str) -> bool:
    try:
        ipaddress.ip_network(value, strict=False) if "/" in value else ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def loopback_ok(value: str) -> bool:
    return ip_ok(value) and ipaddress.ip_address(value.split("/")[0]).is_loopback
