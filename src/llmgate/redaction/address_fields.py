"""STREET_ADDRESS values in fields named like an address: JSON and YAML keys, ``key=value``
lines, form labels, HTML cells and CSV columns (``"street": "Keizersgracht 123"``,
``address_line2: Suite 1900``, ``<td>Straße</td><td>Am Markt 3</td>``).

A street line in a field needs no street word of the four languages: the field says what
it is, so the value only has to look like a street line (a house number and a word, no
more than a few words, no e-mail, URL or IP address). Keys that hold network or mail
addresses (``ip_address``, ``email_address``, ``listen_addr``) are no street fields. The
candidates come from a few substring searches on the lower-cased text, the same on both
paths, so no trigger is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from llmgate.redaction.tables import split_row

__all__ = ["FIELD_HINTS", "field_addresses", "hint_places"]

# Substrings of the field names (lower case) that the text is searched for.
FIELD_HINTS = ("address", "adress", "street", "straße", "strasse", "anschrift", "direcci",
          "domicilio", "calle", "line1", "line2", "line_1", "line_2")  # fmt: skip
# A field name (normalized: lower case, "_" between words) ending with one of these holds a
# street line.
_ENDINGS = ("address", "adresse", "street", "straße", "strasse", "anschrift", "dirección",
            "direccion", "domicilio", "calle", "line1", "line2", "line_1", "line_2",
            "address1", "address2", "address_1", "address_2", "address_line",
            "addressline")  # fmt: skip
# Words of a field name that make it a network, mail or memory address.
_NOT_POSTAL = frozenset(
    ["ip", "ipv4", "ipv6", "mac", "email", "mail", "e", "web", "url", "wallet", "server",
     "host", "bind", "listen", "remote", "local", "proxy", "gateway", "net", "network",
     "broadcast", "memory", "base", "start", "end", "return", "contract", "public", "private",
     "hw", "ether", "bitcoin", "btc", "eth", "node", "peer", "smtp", "dns", "deposit", "ens",
     "sip", "physical_memory", "virtual", "pointer", "register", "multicast", "unicast"]
)  # fmt: skip
_KEY_CHARS = re.compile(r"[\w\-.]{1,40}")
# Between a field name and its value: a colon or an equals sign (quotes around either
# side), or the end of an HTML label cell and the start of the value cell.
_SEPARATOR = re.compile(
    r"[\"']?[ \t]*(?:[:=]|</t[dh]>[ \t\r\n]*<td[^<>]{0,80}>)[ \t]*(?P<q>[\"']?)"
)
_NUMBER = re.compile(r"(?<![\w.:/,])[0-9]{1,5}[A-Za-z]?(?:[-/][0-9]{1,4}[A-Za-z]?)?(?![\w.:/])")
_WORD = re.compile(r"[^\W\d_]{2,}")
_MAX_VALUE = 100


def _postal_key(key: str) -> bool:
    key = key.strip("\"'").lower().replace("-", "_").replace(".", "_")
    if not key.endswith(_ENDINGS):
        return False
    words = [w for w in re.split(r"_|(?<=[a-z])(?=address|line|street)", key) if w]
    return not any(map(_NOT_POSTAL.__contains__, words))


def _network(words: list[str]) -> bool:
    return bool(words) and words[0].strip("\"'-_") in _NOT_POSTAL


def _street_value(value: str) -> bool:
    """Whether a field's value reads as a street line (or the unit line of one)."""
    if not 3 <= len(value) <= _MAX_VALUE or value.count(" ") > 10:
        return False
    if "@" in value or "://" in value or "0x" in value:
        return False
    first = value[0]
    if not (first.isdigit() or first.isupper()):
        return False  # "see ticket 4471": prose, not an address
    return _NUMBER.search(value) is not None and _WORD.search(value) is not None


def _value_span(text: str, pos: int, quote: str) -> tuple[int, int] | None:
    stop = "\n" if not quote else quote + "\n"
    end = pos
    limit = min(len(text), pos + _MAX_VALUE + 1)
    while end < limit and text[end] not in stop and (quote or text[end] not in "<|&;#"):
        end += 1
    if end >= limit and end < len(text):
        return None  # too long for a street line
    value = _street_part(text[pos:end].rstrip(" \t\r,"))
    if not _street_value(value):
        return None
    return pos, pos + len(value)


# A flat or unit before the house number, and what may follow a comma after the number
# and still belong to the street line (a floor, a door, a unit).
_UNIT_LEAD = re.compile(
    r"(?:Flat|Apt\.?|Apartment|Unit|Suite|Ste\.?)[ \t]*#?[0-9A-Za-z]{1,5},?[ \t]+"
)
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:[0-9]{1,2}[º°ª]|(?i:apt|apartment|suite|ste|unit|flat|floor|fl|planta|piso|"
    r"puerta|pta|esc|whg|wohnung|étage|bât|appt|app)\b)"
)


def _street_part(value: str) -> str:
    """The street line of a field's value: up to the comma after the house number, unless a
    unit or a floor follows it (the detector adds a well-formed postal code and town)."""
    lead = _UNIT_LEAD.match(value)
    number = _NUMBER.search(value, lead.end() if lead is not None else 0)
    if number is None:
        return value
    comma = value.find(",", number.end())
    while comma >= 0 and _UNIT_AFTER.match(value, comma + 1):
        comma = value.find(",", comma + 1)
    return value if comma < 0 else value[:comma]


def hint_places(lower: str) -> list[int]:
    """Where a hint starts in the lower-cased text (the pure path; the engine's
    ``address:field`` trigger reports the same places)."""
    places: list[int] = []
    for hint in FIELD_HINTS:
        i = lower.find(hint)
        while i >= 0:
            places.append(i)
            i = lower.find(hint, i + 1)
    return places


def field_addresses(text: str, places: Iterable[int]) -> list[tuple[int, int]]:
    """Street lines in address fields and address columns; ``places``: where the hints
    start (``hint_places``)."""
    out: list[tuple[int, int]] = []
    read_to = 0
    done = -1
    for i in sorted(set(places)):
        if i < done:
            continue  # inside a key already read ("address_line1" holds "address", "line1")
        start = i
        while start > 0 and i - start < _MAX_KEY and _key_char(text[start - 1]):
            start -= 1
        key = _KEY_CHARS.match(text, start)
        if key is None:
            continue
        done = key.end()
        # "IP address:", "E-Mail-Adresse:": the word before the key counts too.
        prev = text[max(0, start - 12) : start].lower().split()[-1:]
        if not _postal_key(key.group()) or _network(prev):
            continue
        sep = _SEPARATOR.match(text, key.end())
        if sep is not None:
            span = _value_span(text, sep.end(), sep.group("q"))
            if span is not None:
                out.append(span)
        elif _header_cell(text, start, key.end()):
            line = text.rfind("\n", 0, start) + 1
            if line >= read_to:  # not a row of a table already read
                found, read_to = _column_addresses(text, line)
                out += found
    return out


_MAX_KEY = 40


def _key_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-."


def _header_cell(text: str, start: int, end: int) -> bool:
    """Whether the key fills a cell of a delimited line (not a word of prose)."""
    if start and text[start - 1] in "\"'":
        start -= 1
    if end < len(text) and text[end] in "\"'":
        end += 1
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    return before in ",;\t|\n" and after in ",;\t|\r\n"


def _column_addresses(text: str, line: int) -> tuple[list[tuple[int, int]], int]:
    """Values under an address column of the CSV header line at ``line``, and where the
    table ends (each line is read once, however many headers it seems to hold)."""
    end = text.find("\n", line)
    if end < 0:
        return [], len(text)
    header = text[line:end].rstrip("\r")
    sep = next((s for s in (",", ";", "\t", "|") if s in header), None)
    if sep is None:
        return [], end
    names = split_row(header, sep)
    columns = [i for i, name in enumerate(names) if _postal_key(name.strip())]
    out: list[tuple[int, int]] = []
    pos = end + 1
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        fields = split_row(text[pos:stop].rstrip("\r"), sep)
        if len(fields) != len(names):
            break
        offset = pos
        for i, field in enumerate(fields):
            if i in columns:
                value = _street_part(field.strip().strip('"').strip())
                if value and _street_value(value):
                    at = text.index(value, offset)
                    out.append((at, at + len(value)))
            offset += len(field) + 1
        pos = stop + 1
    return out, pos
