"""The number plans of the countries of the seven languages, asked through the
``phonenumbers`` metadata (``checks``): whether a digit run is a phone number written with
its country code and no "+" ("393471234567", as call records and CRMs write them), after a
"00", or in its national form. ``checks`` answers for the countries of the first four
languages and keeps its answers (the PHONE model's features read them); this module adds
Italy, the Netherlands and Portugal and their neighbours that share their plans.
"""

from __future__ import annotations

import re
from functools import lru_cache

from llmgate.redaction.checks import (
    NATIONAL_REGIONS,
    coded_number,
    national_phone_ok,
    phonenumbers_module,
)

__all__ = ["REGIONS", "cc_phone_ok", "coded_ok", "it_mobile_ok", "national_ok", "plan_ok"]

# The number plans a country code may name: those of ``checks.NATIONAL_REGIONS`` and the
# other countries of the seven languages (Italy with the Vatican's and San Marino's shared
# ranges, the Netherlands, Portugal, Luxembourg, Monaco, Liechtenstein; the islands that
# share the United Kingdom's "44").
REGIONS = frozenset(
    (*NATIONAL_REGIONS, "IT", "VA", "SM", "NL", "PT", "LU", "MC", "LI", "GG", "JE", "IM")
)
_CODES = (
    "1",
    "44",
    "353",
    "49",
    "43",
    "41",
    "33",
    "32",
    "34",
    "39",
    "31",
    "351",
    "352",
    "377",
    "423",
)
# The British ranges kept for drama (Ofcom) that the plan calls invalid: a mobile's and a
# geographic one, in national form and after the country code.
_DRAMA = ("07700900", "01632960")
_DRAMA_CC = ("7700900", "1632960")
# National numbers of the three countries ``checks.national_phone_ok`` leaves out.
_NATIONAL_EXTRA = ("IT", "NL", "PT")


@lru_cache(maxsize=4096)
def cc_phone_ok(digits: str, mobile: bool = False, loose: bool = False) -> bool:
    """Whether ``digits`` is a number of ``REGIONS`` written with its country code and no
    "+" ("393471234567"): valid by its plan; with ``mobile``, a mobile's (outside the US);
    with ``loose``, the British drama ranges too ("44 7700 900...", "44 1632 960..."),
    which the plan calls invalid, for a place that names a phone number."""
    number = coded_number(digits, _CODES, 8, 15)
    if number is None:
        return False
    pn = phonenumbers_module()
    if pn.is_valid_number(number):
        if pn.region_code_for_number(number) not in REGIONS:
            return False
        return not mobile or (number.country_code != 1 and pn.number_type(number) == 1)
    return loose and not mobile and len(digits) == 12 and digits[2:].startswith(_DRAMA_CC)


@lru_cache(maxsize=4096)
def national_ok(digits: str) -> bool:
    """A national number of ``REGIONS`` (``checks.national_phone_ok`` and Italy, the
    Netherlands, Portugal)."""
    if national_phone_ok(digits):
        return True
    pn = phonenumbers_module()
    if pn is None:
        return False
    for region in _NATIONAL_EXTRA:
        try:
            if pn.is_valid_number_for_region(pn.parse(digits, region), region):
                return True
        except Exception:  # the library raises its own parse error type
            continue
    return False


def plan_ok(cand: str, loose: bool = False) -> bool:
    """Whether ``cand`` (a run of digits, maybe after "+") is a number of ``REGIONS``:
    with its country code after "+" or "00", or as one; or in its national form. With
    ``loose`` (a place that names a phone number), the drama ranges too."""
    if cand.startswith("+"):
        return cc_phone_ok(cand[1:], loose=loose)
    if cand.startswith("00"):
        return not cand.startswith("000") and cc_phone_ok(cand[2:], loose=loose)
    if cand.startswith("0"):
        return national_ok(cand) or (loose and len(cand) == 11 and cand.startswith(_DRAMA))
    return cc_phone_ok(cand, loose=loose) or national_ok(cand)


def coded_ok(cand: str) -> bool:
    """``plan_ok`` for a number written with its country code or its trunk "0" (as call
    records write them): a bare national run ("915442800") is not asked, since nine in ten
    runs of nine digits are valid in some plan of the seven languages."""
    return plan_ok(cand, loose=True) if cand[0] in "+0" else cc_phone_ok(cand, loose=True)


# An Italian mobile as Italians write it: the operator's three digits, then the rest in one
# group after a blank, a slash, a dot or a dash ("338 2460799", "339/0615519"), a grouping
# the plan's own (3-3-4) does not give, so ``checks.foreign_phone_ok`` leaves it.
_IT_MOBILE = re.compile(r"3[0-9]{2}[ /.\-][0-9]{6,7}")


@lru_cache(maxsize=1024)
def it_mobile_ok(cand: str) -> bool:
    """Whether ``cand`` is an Italian mobile written "3xx 1234567" or "3xx/1234567" and
    valid as a mobile by the plan (``phonenumbers`` metadata; False without it). The phone
    detector takes the slashed form only as a table cell, whose column's heading decides
    ("Protocollo n. 345/1234567" is a file number)."""
    if _IT_MOBILE.fullmatch(cand) is None:
        return False
    pn = phonenumbers_module()
    if pn is None:
        return False
    try:
        number = pn.parse(cand[:3] + cand[4:], "IT")
    except Exception:  # the library raises its own parse error type
        return False
    return bool(pn.is_valid_number_for_region(number, "IT") and pn.number_type(number) == 1)
