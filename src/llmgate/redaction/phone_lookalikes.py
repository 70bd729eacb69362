"""Shapes of numbers that are grouped like phone numbers and are not, as data: the PHONE
detector (``phones``) leaves a candidate without a country code that matches one, even after
a phone word (these shapes are specific enough, and a phone word's reach is a whole line).

Why shapes and not words: the word that names such a number ("Teilenummer", "GPS") is often
a list's first item only ("Teilenummer 0 445 110 369, Ersatz 0 986 435 521") or a compass
letter, while the number's grouping says what it is wherever it stands. A record's word
right before the number ("specimen", "Einsatz", "Anzeige", "msgid": ``record_ids``) wins
over a phone word earlier on the line the same way ("please call back re specimen ...").
"""

from __future__ import annotations

import re

from llmgate.redaction.record_ids import record_id_before

__all__ = ["lookalike"]

# Bosch-style part numbers: one digit, then three groups of three ("0 986 435 521",
# "1 987 432 097"); a freephone's "0 800 ..." is left to the phone rules.
_PART = re.compile(r"[01] (?!80)[0-9]{3} [0-9]{3} [0-9]{3}")
# A part number's last group of capitals and digits after the digits ("0 986 479 R98",
# "06J 115 403 Q"): no phone number ends in one.
# A lone capital only at a list item's or a line's end ("06J 115 403 Q,"), never "I".
_PART_TAIL = re.compile(
    r" (?:[A-HJ-Z](?=[,;)]|\.?[ \t]*(?:\n|\Z))"
    r"|(?=[A-Z0-9]{0,3}[A-Z])(?=[A-Z]{0,3}[0-9])[A-Z0-9]{2,4}(?![\w\-]))"
)
# Degrees, minutes and seconds without their signs ("013 24 18", "40 26 46.2"): minutes and
# seconds below 60.
_DMS = re.compile(r"[0-9]{1,3} [0-5][0-9] [0-5][0-9](?:[.,][0-9]{1,3})?")
# A compass letter on its own right before or after ("N 52 31 12", "013 24 18 E"); "O" is
# the German, French, Spanish, Italian, Dutch and Portuguese east/west letter.
_COMPASS_BEFORE = re.compile(r"(?<![^\W\d_])[NSEWO][ \t]*\Z")
_COMPASS_AFTER = re.compile(r"[ \t]*[NSEWO](?![^\W\d_])")
# Words for latitude and longitude right before the number ("Länge 013 24 18").
_GEO_WORDS = re.compile(
    r"(?:lat(?:itude)?|lon(?:g(?:itude)?)?|lng|breite|l[äa]nge|latitud|longitud|latitudine|"
    r"longitudine|breedte|lengte|gps|coord\w*|co[öo]rdinaten|koordinaten|coordenadas|"
    r"waypoint|wpt)[\s:=.]*\Z"
)

# A Windows product id ("00330-80131-62477-AA219", "00342-42816-90331-AAOEM": systeminfo's
# "Product ID", the registry's "ProductId"): three groups of five digits, then a group of
# five capitals and digits. The candidate stops before the last group, and its "00" reads
# as an international prefix; an aligned systeminfo column puts the label out of reach.
_PRODUCT_ID = re.compile(r"[0-9]{5}-[0-9]{5}-[0-9]{5}")
_PRODUCT_TAIL = re.compile(r"-[A-Z0-9]{5}(?![\w\-])")
# A UPS tracking number's tail ("1Z 9W4 E58 03 4471 2286"): the digits after its "1Z"
# and two groups of letters and digits read as a trunk-prefixed national number.
_UPS_HEAD = re.compile(r"1Z ?[0-9A-Z]{3} ?[0-9A-Z]{3} ?\Z")
# Seconds (or milliseconds) since 1970 of the years 2017-2033 as one run: ten digits that
# start with 1 are no national number of the seven languages' countries nor a North
# American one (whose area codes start with 2-9), and with a country code they run longer.
_EPOCH = re.compile(r"1[5-9][0-9]{8}(?:[0-9]{3})?")
# A compact time stamp of 2016-2039 ("20251104093217", "202511040932"): a year, a month, a
# day, hours and minutes (and seconds). Egypt's "20 10/11/12/15 ..." mobiles stay phones.
_STAMP = re.compile(
    r"20(?:1[6-9]|[23][0-9])(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:[01][0-9]|2[0-3])"
    r"[0-5][0-9](?:[0-5][0-9])?"
)


def lookalike(text: str, cand: str, start: int, end: int, before: str) -> bool:
    """Whether the candidate ``text[start:end]`` (``cand``) has the shape of a number that
    is no phone number: a Bosch-style part number, digits before a part number's last group
    of capitals ("R98"), a Windows product id, a UPS number's tail, epoch seconds or a
    compact time stamp, a record's id after its word
    ("specimen", "Einsatz", "Anzeige": ``record_ids``), or coordinates in degrees, minutes and
    seconds after a compass letter or a latitude/longitude word or before a compass letter.
    ``before`` is the lower-cased window before it on its line (``digits._before``)."""
    if _PART.fullmatch(cand) or _PART_TAIL.match(text, end):
        return True
    if _PRODUCT_ID.fullmatch(cand) and _PRODUCT_TAIL.match(text, end):
        return True
    if _EPOCH.fullmatch(cand) or _STAMP.fullmatch(cand) or record_id_before(before):
        return True
    if _UPS_HEAD.search(text, max(0, start - 12), start) is not None:
        return True
    if _DMS.fullmatch(cand) is None:
        return False
    head = text[max(0, start - 3) : start]
    return (
        _COMPASS_BEFORE.search(head) is not None
        or _COMPASS_AFTER.match(text, end) is not None
        or _GEO_WORDS.search(before) is not None
    )
