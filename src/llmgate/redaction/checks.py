"""Validators that turn a regex candidate into a finding.

A pattern alone masks too much (every 16-digit order number looks like a card) and too
little when loosened. Each check here is the arithmetic or the registry rule that the real
identifier obeys, so that a candidate is masked only when it could be the real thing.
"""

from __future__ import annotations

import ipaddress
import math
import re
from functools import cache, lru_cache
from typing import Any

__all__ = [
    "BARCODE_WORDS",
    "IBAN_LENGTHS",
    "barcode_text",
    "card_brand_ok",
    "foreign_phone_ok",
    "gtin_ok",
    "iban_ok",
    "international_phone_ok",
    "ip_ok",
    "itin_ok",
    "luhn_ok",
    "national_phone_ok",
    "phonenumbers_module",
    "entropy_3_bits",
    "random_enough",
    "shannon_entropy",
    "ssn_ok",
]

# Length of the IBAN per country (ISO 13616 registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


def luhn_ok(digits: str) -> bool:
    """Luhn checksum of a digit string (card numbers carry one; random numbers fail 9 in 10)."""
    total = 0
    parity = len(digits) % 2
    for i, ch in enumerate(digits):
        d = ord(ch) - 48
        if i % 2 == parity:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gtin_ok(digits: str) -> bool:
    """GS1 check digit of a GTIN/EAN/UPC (8, 12, 13 or 14 digits): weights 3 and 1 from the
    right. A 13-digit "Visa" number that passes it too is a barcode (German and Japanese
    EANs start with 4; 13-digit Visa numbers are no longer issued)."""
    if len(digits) not in (8, 12, 13, 14):
        return False
    total = sum((ord(ch) - 48) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(digits[-2::-1]))
    return (10 - total % 10) % 10 == ord(digits[-1]) - 48


# Words of a text that quotes barcodes: a 13-digit run with a valid GS1 check digit is
# then an EAN-13, not a card or a number with its country code ("4915123456787").
BARCODE_WORDS = (
    "ean", "ean13", "ean-13", "gtin", "gtin13", "gtin-13", "upc", "barcode", "barcodes",
    "strichcode", "code-barres", "código de barras", "codigo de barras", "codice a barre",
    "streepjescode",
)  # fmt: skip
_BARCODE = re.compile(rf"(?<![^\W_])(?:{'|'.join(BARCODE_WORDS)})(?![^\W_])", re.IGNORECASE)


def barcode_text(text: str) -> bool:
    """Whether ``text`` speaks of barcodes (a word of ``BARCODE_WORDS``)."""
    return _BARCODE.search(text) is not None


def card_brand_ok(digits: str) -> bool:
    """True when the issuer prefix and the length belong to a real card network."""
    n = len(digits)
    two = int(digits[:2])
    four = int(digits[:4])
    if digits[0] == "4":
        return n in (13, 16, 19)  # Visa
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return n == 16  # Mastercard
    if two in (34, 37):
        return n == 15  # American Express
    if four == 6011 or two == 65 or 644 <= int(digits[:3]) <= 649:
        return n in (16, 19)  # Discover
    if 3528 <= four <= 3589:
        return 16 <= n <= 19  # JCB
    if two in (36, 38, 39) or 300 <= int(digits[:3]) <= 305:
        return 14 <= n <= 19  # Diners Club
    if two == 62:
        return 16 <= n <= 19  # UnionPay
    if two in (50, 56, 57, 58, 63, 67):
        return 12 <= n <= 19  # Maestro
    return False


def iban_ok(iban: str) -> bool:
    """ISO 13616 check: registered country length and mod-97 remainder 1.

    ``iban`` is upper case without separators.
    """
    if len(iban) != IBAN_LENGTHS.get(iban[:2], -1) or not iban[2:4].isdigit():
        return False
    if not iban.isalnum():
        return False  # "_", signs and spaces would be accepted by int() but have no value
    # One C-level translate (letter -> its two-digit value) instead of a call per character.
    try:
        return int((iban[4:] + iban[:4]).translate(_BASE36)) % 97 == 1
    except ValueError:  # a letter outside A-Z
        return False


_BASE36 = {ord(c): str(int(c, 36)) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
_V4_SHAPE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")
# "::1" then a port (1-65535 written in decimal): how socket listings print the loopback.
_LOOPBACK_PORT = re.compile(r"(?:0{0,4}:){0,6}:0{0,3}1:[1-9][0-9]{0,4}")


def ssn_ok(area: str, group: str, serial: str) -> bool:
    """US SSN ranges: area not 000, 666 or 9xx; group not 00; serial not 0000."""
    return area != "000" and area != "666" and area[0] != "9" and group != "00" and serial != "0000"


def itin_ok(area: str, group: str, serial: str) -> bool:
    """An IRS individual taxpayer number: area 9xx, group 50-65, 70-88, 90-92 or 94-99."""
    g = int(group)
    return (
        area[0] == "9"
        and (50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or g >= 94)
        and serial != "0000"
    )


def ip_ok(candidate: str) -> bool:
    """A syntactically valid IPv4/IPv6 address that identifies a host.

    Loopback, unspecified, netmask-like and link-local multicast forms are not personal data
    (``127.0.0.1`` and ``::1`` fill every config file), so they are rejected: a loopback
    address names "this machine" on every machine, so it tells nothing about whose machine
    it is, and it never leaves the host. So are the loopback's other spellings: mapped
    into IPv6 (``::ffff:127.0.0.1``, which ``ipaddress`` does not call loopback) and
    ``::1`` with a port glued on by ``ss``/``netstat`` (``::1:631``, ``::1:6379``).
    """
    if _V4_SHAPE.fullmatch(candidate) is not None:
        return _ipv4_ok(candidate)
    if _LOOPBACK_PORT.fullmatch(candidate) is not None:
        return False
    try:
        addr = ipaddress.ip_address(candidate.split("%", 1)[0])
    except ValueError:
        return False
    if addr.is_loopback or addr.is_unspecified:
        return False
    if addr.version == 6 and addr.ipv4_mapped is not None:
        mapped = addr.ipv4_mapped
        if mapped.is_loopback or mapped.is_unspecified:
            return False
    if addr.version == 4:
        first = candidate.split(".", 1)[0]
        return first not in ("255",) and not candidate.startswith("0.")
    return not addr.is_multicast


def _ipv4_ok(candidate: str) -> bool:
    """``ip_ok`` for a dotted quad of 1-3 digit parts, without building an address object.

    The same rules as ``ipaddress``: each part 0-255; then loopback (127/8), unspecified
    (0.0.0.0), 255.* and 0.* are not host addresses. A leading zero only where a part is
    padded to three digits, as device lists and firewall exports write every part
    ("192.168.001.064"); "01.02.03.04" is no address.
    """
    parts = candidate.split(".")
    for part in parts:
        if (part[0] == "0" and len(part) == 2) or int(part) > 255:
            return False
    first = int(parts[0])
    return first != 127 and first != 255 and first != 0


def shannon_entropy(value: str) -> float:
    """Bits per character; random keys score above ~3.5, words and references below."""
    if not value:
        return 0.0
    n = len(value)
    # One C-level count per distinct character, in order of first occurrence (the order a
    # Counter would give, so the float sum is the same), instead of a dict update per one.
    counts = map(value.count, dict.fromkeys(value))
    return -sum(c / n * math.log2(c / n) for c in counts)


_MOBILE = 1  # phonenumbers.PhoneNumberType.MOBILE

# Where a national number (no country code) can be from: the countries whose languages the
# redactor reads (English, German, French, Spanish). A number must be valid for one of them
# in its own national form: with that country's trunk prefix where it has one ("0" in
# Europe; "1" or none in the US), so that "45678912" is not a Berlin number.
NATIONAL_REGIONS = ("US", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "ES")


@cache
def phonenumbers_module() -> Any:
    """The optional ``phonenumbers`` module, imported on first use (never at import time)."""
    try:
        import phonenumbers
    except ImportError:
        return None
    return phonenumbers


@cache
def _regions_by_shape() -> dict[tuple[str, int], tuple[tuple[str, str], ...]]:
    """For a first digit and a number of digits, the (region, trunk prefix) pairs that a
    national number of that shape can be of, by each plan's possible lengths: most
    candidates are ruled out before any parse."""
    pn = phonenumbers_module()
    out: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for region in NATIONAL_REGIONS:
        meta = pn.PhoneMetadata.metadata_for_region(region)
        if meta is None:
            continue
        prefix = meta.national_prefix or ""
        lengths = {len(prefix) + n for n in meta.general_desc.possible_length}
        leads = {prefix[:1]} if prefix else {str(d) for d in range(10)}
        if region == "US":  # the trunk "1" is optional
            lengths |= set(meta.general_desc.possible_length)
            leads = {str(d) for d in range(10)}
        for lead in leads:
            for n in lengths:
                out.setdefault((lead, n), []).append((region, prefix))
    return {key: tuple(pairs) for key, pairs in out.items()}


@lru_cache(maxsize=4096)
def national_phone_ok(digits: str, mobile: bool = False) -> bool:
    """Whether ``digits`` (7-15 digits, no country code) is a valid phone number of one of
    ``NATIONAL_REGIONS`` written in that country's national form, by the ``phonenumbers``
    metadata (number plans per country: area codes, lengths, mobile ranges); with
    ``mobile``, a mobile number outside the US (whose plan does not tell mobiles apart).
    False when the package is not installed."""
    pn = phonenumbers_module()
    if pn is None or not digits:
        return False
    for region, prefix in _regions_by_shape().get((digits[0], len(digits)), ()):
        national = not prefix or digits.startswith(prefix)
        if not national and not (region == "US" and len(digits) == 10):
            continue  # the US trunk "1" is optional
        try:
            number = pn.parse(digits, region)
        except Exception:  # the library raises its own parse error type
            continue
        if not pn.is_valid_number_for_region(number, region):
            continue
        if not mobile or (region != "US" and pn.number_type(number) == _MOBILE):
            return True
    return False


# The country codes of ``NATIONAL_REGIONS`` (the US shares "1" with its neighbours).
_COUNTRY_CODES = ("1", "44", "353", "49", "43", "41", "33", "32", "34")


def coded_number(digits: str, codes: tuple[str, ...], shortest: int, longest: int) -> Any:
    """``digits`` read as a number written with its country code and no "+" (a
    ``phonenumbers`` number), when it has ``shortest`` to ``longest`` digits and starts with
    one of ``codes``; None otherwise, or without the package."""
    pn = phonenumbers_module()
    if pn is None or not shortest <= len(digits) <= longest or not digits.startswith(codes):
        return None
    try:
        return pn.parse("+" + digits, None)
    except Exception:  # the library raises its own parse error type
        return None


@lru_cache(maxsize=4096)
def international_phone_ok(digits: str, mobile: bool = False) -> bool:
    """Whether ``digits`` is a valid number of one of ``NATIONAL_REGIONS`` written with its
    country code and no "+" or "00" ("4917623456781", as WhatsApp exports and CRMs write
    numbers), by the ``phonenumbers`` metadata; with ``mobile``, a mobile number (outside
    the US, whose plan does not tell mobiles apart). False without the package."""
    number = coded_number(digits, _COUNTRY_CODES, 10, 14)
    if number is None:
        return False
    pn = phonenumbers_module()
    region = pn.region_code_for_number(number)
    if region not in NATIONAL_REGIONS or not pn.is_valid_number(number):
        return False
    return not mobile or (region != "US" and pn.number_type(number) == _MOBILE)


# Countries beyond those of the four languages whose national numbers business text quotes
# without a country code ("55 5281 4400" in Mexico City, "98450 12345" in Bangalore).
FOREIGN_REGIONS = (
    "AU", "NZ", "IN", "MX", "JP", "ZA", "CN", "BR", "AR", "CO", "CL", "PE", "IT", "NL", "PT",
    "PL", "SE", "NO", "DK", "FI", "IL", "AE", "TR",
)  # fmt: skip
_FOREIGN_MIN = 9  # digits: eight-digit plans (Singapore, Hong Kong) collide with references
_GROUPS = re.compile(r"[0-9]+")


@cache
def _foreign_by_length() -> dict[int, tuple[str, ...]]:
    """For a number of digits, the regions of ``FOREIGN_REGIONS`` whose national numbers
    (with or without their trunk prefix) can have that many."""
    pn = phonenumbers_module()
    out: dict[int, list[str]] = {}
    for region in FOREIGN_REGIONS:
        meta = pn.PhoneMetadata.metadata_for_region(region)
        if meta is None:
            continue
        prefix = len(meta.national_prefix or "")
        for n in meta.general_desc.possible_length:
            for length in {n, n + prefix}:
                out.setdefault(length, []).append(region)
    return {n: tuple(dict.fromkeys(regions)) for n, regions in out.items()}


@lru_cache(maxsize=4096)
def foreign_phone_ok(candidate: str) -> bool:
    """Whether ``candidate`` (digit groups apart by separators, no country code) is a valid
    national number of one of ``FOREIGN_REGIONS`` written in that country's own grouping,
    by the ``phonenumbers`` metadata: the groups must be the ones the plan formats the
    number in ("55 5281 4400", "098450 12345" or "98450 12345"), so that a reference
    number that happens to be valid somewhere but is grouped otherwise stays. False
    without the package."""
    pn = phonenumbers_module()
    groups = [len(g) for g in _GROUPS.findall(candidate)]
    digits = "".join(_GROUPS.findall(candidate))
    if pn is None or len(groups) < 2 or len(digits) < _FOREIGN_MIN:
        return False
    for region in _foreign_by_length().get(len(digits), ()):
        try:
            number = pn.parse(digits, region)
        except Exception:  # the library raises its own parse error type
            continue
        if not pn.is_valid_number_for_region(number, region):
            continue
        formatted = pn.format_number(number, pn.PhoneNumberFormat.NATIONAL)
        want = [len(g) for g in _GROUPS.findall(formatted)]
        extra = sum(want) - len(digits)  # the trunk prefix the candidate leaves out
        if extra > 0 and want and want[0] > extra:
            want[0] -= extra
        elif extra == 0 and formatted.startswith("(") is not candidate.startswith("("):
            continue  # "(02) 9374 4000" with its parentheses, as the plan writes it
        if want == groups:
            return True
    return False


def random_enough(value: str, min_len: int) -> bool:
    """Whether a vendor key's body looks generated: ``min_len`` characters or more, two of
    lower case, upper case and digits, and at least 3 bits of entropy per character."""
    if len(value) < min_len or value.isdigit() or value.isalpha():
        return False
    if value.isascii():  # C-level tests: ASCII letters are exactly what case mapping changes
        classes = (
            (value.upper() != value)
            + (value.lower() != value)
            + (_ANY_DIGIT.search(value) is not None)
        )
    else:
        classes = sum((any(c.islower() for c in value), any(c.isupper() for c in value),
                       any(c.isdigit() for c in value)))  # fmt: skip
    return classes >= 2 and entropy_3_bits(value)


_ANY_DIGIT = re.compile("[0-9]")


def entropy_3_bits(value: str) -> bool:
    """``shannon_entropy(value) >= 3.0``, most values decided by bounds without the sum.

    Fewer than 8 distinct characters give at most log2(7) bits; when no character fills more
    than an eighth of the value, the entropy is at least the min-entropy, 3 bits (exactly 3
    only for eight equal counts, which the sum also computes exactly).
    """
    kinds = dict.fromkeys(value)
    if len(kinds) < 8:
        return False
    if 8 * max(map(value.count, kinds)) <= len(value):
        return True
    return shannon_entropy(value) >= 3.0
