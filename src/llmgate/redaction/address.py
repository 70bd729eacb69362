"""Built-in STREET_ADDRESS detection: a number next to a street word.

English, German, French and Spanish word orders; the words of a street name share the
capitalised-word shape of the PERSON detector's names.
"""

from __future__ import annotations

import re

from llmgate.redaction.address_cues import cued_streets
from llmgate.redaction.address_fields import field_addresses, hint_places
from llmgate.redaction.address_intl import (
    NL_ENDINGS,
    POSTAL_INTL,
    POSTAL_INTL_LINE,
    it_pt_streets,
    nl_streets,
)
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span, finditer_at
from llmgate.redaction.names import LOWER as _LO
from llmgate.redaction.names import NAME_TOKEN as _TOKEN
from llmgate.redaction.names import UPPER as _UP
from llmgate.redaction.names import either_case

__all__ = [
    "DE_AM",
    "NOT_STREETS",
    "DE_ENDINGS",
    "DE_WORDS",
    "ES_NAMED_STREETS",
    "ES_STREET_WORDS",
    "FR_STREET_FIRST",
    "POSTAL_BOX_WORDS",
    "AddressDetector",
]

_EN_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|"
    r"Terrace|Parkway|Pkwy|Square|Sq|Highway|Hwy|Close|Crescent|Row|Loop|Circle|Cir|Trail|"
    r"Plaza|Alley|Mews|Gardens|Grove|Hill|Green|Walk|Rise|Vale|Wharf|Quay|Parade|Esplanade|"
    r"Embankment|Broadway|Heights|Ridge|Pike|Crossing|Causeway|Turnpike|Expressway|Freeway)"
    r"\b\.?"
)
_EN = re.compile(
    rf"[0-9]{{1,5}}[A-Za-z]?[ \t]+(?:(?:NE|NW|SE|SW|[NSEW])\.?[ \t]+)?(?:{_TOKEN}|[0-9]{{1,3}}"
    rf"(?:st|nd|rd|th))(?:[ \t]+{_TOKEN}){{0,3}}[ \t]+{_EN_SUFFIX}"
    r"(?:[ \t]+(?:NW|NE|SW|SE|North|South|East|West|[NSEW])\b)?"
    r"(?:,?[ \t]+(?:(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl)\.?[ \t]*#?|#)[0-9A-Za-z\-]{1,6})?"
)
_FR = re.compile(
    r"[0-9]{1,4}(?:[ \t]?(?:bis|ter)|[A-D](?![\w]))?,?[ \t]+(?i:rue|avenue|av\.|boulevard|bd|place|"
    r"allée|chemin|impasse|quai|route|cours)[ \t]+(?:(?:de la|de l'|du|des|de|d')[ \t]*)?"
    rf"{_TOKEN}(?:[ \t\-]+(?:de la |de |du |des )?{_TOKEN}){{0,3}}"
)
# The same in capitals ("742 EVERGREEN TERRACE" on labels and forms); a word of shouted
# prose ("SEND 2 COPIES TO THE COURT") is not a street-name word.
_EN_SUFFIX_CAPS = _EN_SUFFIX.upper().replace("\\B", "\\b")  # upper() made \b into \B
_CAPS = r"(?!(?:TO|THE|AND|OF|IN|FOR|AT|ON|BY|WITH|FROM|OR)\b)[A-Z][A-Z'\-]+"
_EN_CAPS = re.compile(
    rf"[0-9]{{1,5}}[A-Z]?[ \t]+(?:(?:NE|NW|SE|SW|[NSEW])\.?[ \t]+)?(?:{_CAPS}|[0-9]{{1,3}}"
    r"(?:ST|ND|RD|TH))"
    rf"(?:[ \t]+{_CAPS}){{0,3}}[ \t]+{_EN_SUFFIX_CAPS}"
    r"(?:,?[ \t]+(?:APT|APARTMENT|SUITE|STE|UNIT|FLOOR|FL)\.?[ \t]*#?[0-9A-Z\-]{1,6})?"
)
_NUMBER_FIRST = re.compile(f"(?:{_EN.pattern})|(?:{_FR.pattern})|(?:{_EN_CAPS.pattern})")
# Spanish order puts the street word first; the pattern starts on one of these words.
ES_STREET_WORDS = ("Calle", "C/", "Avenida", "Avda.", "Av.", "Paseo", "Plaza", "Pza.", "Camino",
                   "Carrera", "Ronda", "Travesía", "Carrer", "Passeig", "Rambla", "Avinguda",
                   "Glorieta", "Blvd.", "Bulevar", "Calzada", "Callejón", "Privada",
                   "Prolongación", "Circuito", "Diagonal", "Transversal")  # fmt: skip

# The number, then the floor and the door: "5, 3º izq.", "3, 1º dcha.", "14, 2º B".
_ES_DOOR = (
    r"(?:izq(?:uierda|da)?\.?|izda\.?|dcha\.?|dch\.?|derecha|ctro\.?|centro|[0-9]{1,2}[ªº]"
    r"|[A-Z](?![\w]))"
)
_ES_FLOOR = r"(?:bajo|entresuelo|entlo\.?|principal|pral\.?|ático|atico|sótano)"
# A door, a flat or a shop after it: ", 3-B" (floor and door), "Depto. 12", "Int. 5",
# "local 2", "planta 7".
_ES_UNIT = (
    r"[ \t]*,?[ \t]*(?:[0-9]{1,2}-[A-Z](?![\w])"
    r"|(?:Depto|Dpto|Int|Interior|Piso|[Pp]lanta|[Ll]ocal|Puerta|Pta|Bloque|Esc)\.?[ \t]*"
    r"[0-9A-Z]{1,4}(?![\w]))"
)
_ES_NUMBER = (
    r",?[ \t]+(?:n[º°o]\.?[ \t]*)?[0-9]{1,4}"
    rf"(?:[ \t]*,?[ \t]*(?:[0-9]{{1,2}}[º°ª]|{_ES_FLOOR})(?:[ \t]?{_ES_DOOR})?|{_ES_UNIT})?"
)
_ES = re.compile(
    "(?:" + "|".join(map(re.escape, ES_STREET_WORDS)) + ")"
    rf"[ \t]+(?:(?:de la|de los|de las|del|de)[ \t]+)?{_TOKEN}(?:[ \t]+(?:de la |de |del )?"
    rf"{_TOKEN}){{0,3}}" + _ES_NUMBER
)
# Streets whose name holds their street word ("Gran Vía 28"): the number follows at once.
# A pattern of its own: one alternation with the one above made ``re`` try every position.
ES_NAMED_STREETS = ("Gran Vía", "Gran Via")
_ES_NAMED = re.compile("(?:" + "|".join(map(re.escape, ES_NAMED_STREETS)) + ")" + _ES_NUMBER)
# "Am Markt 5", "Unter den Linden 77": the street word first.
DE_AM = ("Am", "An der", "An den", "Im", "Auf der", "Auf dem", "Zum", "Zur", "Unter den",
         "Platz der", "Platz des", "Hinter der", "Hinter dem", "Vor dem", "In der", "In den",
         "Auf den", "Unter der", "Bei der")  # fmt: skip
# German order puts the number last: find numbers after a word, then look back for the street.
# A house number, a range of them ("5-7") or one with its letter ("12a").
# A letter after a blank ("14 b"), Austrian stair and door numbers ("121/3/7", "8 / Top 4").
_DE_NUMBER = re.compile(
    r"[0-9]{1,4}(?:[a-z]|[ \t][a-h](?![\w.]))?(?:[ \t]?[-/][ \t]?[0-9]{1,4}[a-z]?){0,2}"
    r"(?:[ \t]*/[ \t]*(?:Top|Stiege|Tür)[ \t]*[0-9]{1,3})?(?![\w])"
)
_DE_STREET = re.compile(
    rf"(?:(?:{_TOKEN}[ \t\-])?[{_UP}][{_LO}]*(?:straße|strasse|str\.|weg|gasse|platz|allee|"
    rf"ring|damm|ufer|chaussee)|(?:{'|'.join(DE_AM)})[ \t]+{_TOKEN}|"
    rf"{_TOKEN}(?:[ \t]+|-)(?:Straße|Strasse|Weg|Platz|Allee|Gasse|Ring))[ \t]+\Z"
)
DE_ENDINGS = frozenset(["aße", "sse", "tr.", "weg", "atz", "lee", "ing", "amm", "fer", "see"])
_DE_AM = re.compile(rf"(?:{'|'.join(DE_AM)})[ \t]+{_TOKEN}[ \t]+\Z")
_DE_SUFFIXES = ("straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "ring", "damm",
                "ufer", "chaussee")  # fmt: skip
DE_WORDS = ("str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "chaussee", "am ",
            "im ", "zum ", "zur ", "an der", "an den", "auf der", "auf dem",
            "unter den", "hinter der", "hinter dem", "vor dem", "in der", "in den", "auf den",
            "unter der", "bei der")  # fmt: skip


# What may follow a street line and belongs to the address: a postal code and its town
# (", 10969 Berlin", " · 75016 Paris", ", 8001 Zürich", ", Springfield, IL 62704",
# ", London NW1 6XE"); a town alone stays.
_TOWN = rf"[{_UP}][{_LO}]+(?:[ \-](?:am |an der |sur |de |del )?[{_UP}][{_LO}]+){{0,2}}"
_POSTAL_TOWN = re.compile(
    r"(?:(?:,[ \t]*|[ \t]+[·|\-][ \t]+|[ \t]+(?:in[ \t]+)?)"  # "-" (normalize.py)
    rf"(?:{POSTAL_INTL}|(?:D-|F-|E-|A-|CH-|B-|I-|NL-|P-)?[0-9]{{4,5}}[ \t]+{_TOWN}"
    rf"|{_TOWN},?[ \t]+[A-Z]{{2}}[ \t]+[0-9]{{5}}(?:-[0-9]{{4}})?"
    rf"|{_TOWN},?[ \t]+[A-Z]{{1,2}}[0-9][A-Z0-9]?[ \t][0-9][A-Z]{{2}})"
    rf"|,?[ \t]*\n[ \t]*(?:{POSTAL_INTL_LINE}))(?![\w])"
)
# A flat or unit before the house number ("Flat 3, 12 High Street").
# A named building between them ("Flat 11, Marlow House, 3 Quay Street", "Résidence Les
# Pins, 49 rue Gambetta").
_BUILDING = (
    rf"(?:Résidence[ \t]+(?:Les |Le |La |L')?{_TOKEN}(?:[ \t]+{_TOKEN})?"
    rf"|{_TOKEN}[ \t]+(?:House|Court|Building|Tower|Lodge|Mansions|Centre|Center)),[ \t]+"
)
_UNIT_BEFORE = re.compile(
    r"(?:(?:Flat|Apt\.?|Apartment|Unit|Suite|Ste\.?|Appt\.?|Bât\.?|Bâtiment|Bloc)[ \t]*#?"
    rf"[0-9A-Za-z]{{1,5}},?[ \t]+(?:{_BUILDING})?|{_BUILDING})\Z"
)


# A floor, flat or building between the street line and its postal code (", 3. OG",
# ", Bât. B, Appt 23", ", 3º izq.", ", Whg. 12"): kept only where a postal code follows.
_UNIT_AFTER = re.compile(
    r"(?:,[ \t]*(?:[0-9]{1,2}\.?[ \t]?(?:OG|Stock(?:[ \t]+(?:links|rechts|Mitte))?|Etage|étage"
    r"|[º°ª](?:[ \t]?[A-Za-z]{1,4}\.?)?)"
    r"|(?:EG|DG|Whg\.?|Wohnung|Hinterhaus|Vorderhaus|Bât\.?|Bâtiment|Bat\.?|Appt\.?|Apt\.?|"
    r"Escalier|Esc\.?|Piso|"
    r"Puerta|Pta\.?|Suite|Ste\.?|Unit|Floor|Fl\.?|Room|Rm\.?)(?:[ \t]*#?[0-9A-Za-z]{1,5})?)){1,3}"
)
_FLOOR = re.compile(r"[0-9]\.?[ \t]?(?:OG|Stock|Etage|étage)|Hinterhaus|Vorderhaus")
# A post office box in the four languages (rules as data): the words, then its number,
# which Germany writes in pairs ("Postfach 10 22 40"); the postal code and town follow.
POSTAL_BOX_WORDS = (
    "PO Box", "P.O. Box", "P. O. Box", "PO BOX", "P.O. BOX", "Post Office Box", "POB",
    "Postfach", "POSTFACH", "Boîte postale", "Boite postale", "boîte postale", "BP", "B.P.",
    "Apartado de correos", "Apartado de Correos", "Apartado", "Apdo.", "Casilla",
)  # fmt: skip
_POSTAL_BOX = re.compile(
    "(?<![\\w.])(?:"
    + "|".join(re.escape(w) for w in sorted(POSTAL_BOX_WORDS, key=len)[::-1])
    + r")[ \t]*(?:No\.?|Nr\.?|n[º°o]\.?|#)?[ \t]*[0-9]{1,6}(?:[ ][0-9]{2,3}){0,2}(?![\w])"
)


def _whole(text: str, span: Span) -> Span:
    """``span`` with the unit before it and the postal code and town after it."""
    start, end = span.start, span.end
    unit = _UNIT_BEFORE.search(text, max(0, start - 48), start)
    if unit is not None and (unit.start() == 0 or not text[unit.start() - 1].isalnum()):
        start = unit.start()
    after = _UNIT_AFTER.match(text, end)
    if after is not None and (
        _POSTAL_TOWN.match(text, after.end()) is not None or _FLOOR.search(after.group())
    ):
        end = after.end()  # a floor is an address's part even without a postal code
    town = _POSTAL_TOWN.match(text, end)
    if town is not None:
        end = town.end()
    return Span(start, end, span.type)


_VOWELS = "aeiouy"
# Words before a street suffix that make a number and a suffix something else: "2 Google
# Drive folders", "our Top 10 Hiking Trail guide".
NOT_STREETS = frozenset(
    ["Google", "Hard", "Flash", "Shared", "Network", "Test", "Hiking", "Biking", "Walking",
     "Running", "Minute", "Hour", "Second", "Disk", "Cloud", "Team", "Demo", "Nature"]
)  # fmt: skip
# A rank or a count before the number: "Top 10 ...", "Level 3 ...", "Step 2 ...".
_RANK_BEFORE = re.compile(r"(?:Top|top|TOP|Level|Step|Chapter|Phase|Season|Episode)[ \t]+\Z")


# The French street words that may lead a line whose number comes last, lower case.
FR_STREET_FIRST = ("rue ", "avenue ", "boulevard ", "chemin ", "chaussée ", "place ",
                   "allée ", "impasse ", "quai ", "route ", "promenade ", "passage ",
                   "sentier ", "ruelle ")  # fmt: skip
_FR_FIRST = re.compile(
    r"(?<![\w])(?:"
    + "|".join(either_case(w.strip()) for w in FR_STREET_FIRST)
    + r")[ \t]+(?:(?:de la|de l'|du|des|de|d')[ \t]*)?"
    rf"{_TOKEN}(?:[ \t\-]+(?:de la |de |du |des )?{_TOKEN}){{0,3}},?[ \t]+\Z"
)
_FR_HOUSE = re.compile(r"[0-9]{1,4}(?:[ \t]?(?:bis|ter)|[A-Da-d])?(?![\w])")


def _french_first(text: str, start: int) -> Span | None:
    """``Rue de Namur 44``: the number run at ``start`` after a French street word and
    its name, on the same line."""
    if text[start - 1] not in " \t,":
        return None
    street = _FR_FIRST.search(text, max(0, start - 70, text.rfind("\n", 0, start) + 1), start)
    number = _FR_HOUSE.match(text, start) if street is not None else None
    if street is None or number is None:
        return None
    return Span(street.start(), number.end(), "STREET_ADDRESS")


def _not_street(text: str, m: re.Match[str]) -> bool:
    """Whether a number-first match is a product, a ranking or a count, not a street."""
    if _RANK_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None:
        return True
    words = text[m.start() : m.end()].split()
    return any(w in NOT_STREETS for w in words[1:-1])


class AddressDetector(BuiltinDetector):
    """Street lines: number and street word, in EN/DE/FR/ES word order."""

    name = "street_address"
    entities = frozenset({"STREET_ADDRESS"})

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        runs = ctx.runs
        if not runs:
            return out  # every pattern below needs a house number
        german: bool | None = None  # decided on the first number that could end a German street
        # A number glued to a word or a sign is none; after a comma only where the comma
        # ends a CSV cell ("Lefèvre,12 rue de la Paix"), not a decimal ("1,5 km").
        starts = [
            s
            for s, e in runs
            if (e - s <= 6 or (e - s <= 9 and "/" in text[s:e]))  # "121/3/7": stair and door
            and not (
                s
                and (
                    text[s - 1].isalnum()
                    or text[s - 1] in "#-./"
                    or (text[s - 1] == "," and (s < 2 or text[s - 2].isdigit()))
                )
            )
        ]
        # With the engine: the numbers a German street word stands before (a superset of
        # where _german_hint holds).
        german_at = None if ctx.hits is None else set(ctx.hits.starts("address:de_number"))
        # The street word first and the number last, as Switzerland and Belgium write a
        # French street line ("Chemin des Vignes 12"): decided on the text, on both paths.
        french = any(map(ctx.lower.__contains__, FR_STREET_FIRST))
        for start in starts:
            m = _NUMBER_FIRST.match(text, start)
            if m is not None:
                if not _not_street(text, m):
                    out.append(Span(m.start(), m.end(), "STREET_ADDRESS"))
            elif french and start > 3 and (span := _french_first(text, start)) is not None:
                out.append(span)
            elif start > 3 and text[start - 1] in " \t":
                if german_at is not None and start not in german_at:
                    continue
                if german is None:
                    german = self._german_words(ctx)
                if not (german and self._german_hint(text, start)):
                    continue
                span = self._german(text, start)
                if span is not None:
                    out.append(span)
        spanish = [
            m
            for pattern in (_ES, _ES_NAMED)
            for m in (
                pattern.finditer(text)
                if ctx.hits is None
                else finditer_at(pattern, text, ctx.hits.starts("address:es"))
            )
        ]
        for m in spanish:
            if m.start() == 0 or not text[m.start() - 1].isalnum():
                out.append(Span(m.start(), m.end(), "STREET_ADDRESS"))
        # Address fields: where a field word starts (the engine's trigger, or a few finds on
        # the lower-cased text); text whose lower case moves offsets has none on both paths.
        if (lower := ctx.lower_aligned) is not None:
            places = hint_places(lower) if ctx.hits is None else ctx.hits.starts("address:field")
            if places:
                out += [Span(s, e, "STREET_ADDRESS") for s, e in field_addresses(text, places)]
        # Deeds' and claims' streets after a residence cue or before a postal code
        # (address_cues.py): searched on the text itself, the same on both paths.
        if (lower := ctx.lower_aligned) is not None:
            out += [Span(s, e, "STREET_ADDRESS") for s, e in cued_streets(text, lower)]
        # Italian, Portuguese and Dutch street lines (address_intl.py).
        it_pt = None if ctx.hits is None else ctx.hits.starts("address:it_pt")
        out += [Span(s, e, "STREET_ADDRESS") for s, e in it_pt_streets(text, it_pt)]
        if (
            any(map(ctx.lower.__contains__, NL_ENDINGS))
            if ctx.hits is None
            else "address:nl" in ctx.hits
        ):
            out += [Span(s, e, "STREET_ADDRESS") for s, e in nl_streets(text)]
        if ctx.hits is not None:
            box_words = finditer_at(_POSTAL_BOX, text, ctx.hits.starts("address:box"))
        elif any(map(text.__contains__, POSTAL_BOX_WORDS)):
            box_words = _POSTAL_BOX.finditer(text)
        else:
            box_words = iter(())
        out += [
            Span(m.start(), m.end(), "STREET_ADDRESS")
            for m in box_words
            if _POSTAL_TOWN.match(text, m.end()) is not None
        ]
        return [_whole(text, span) for span in out]

    @staticmethod
    def _german_words(ctx: ScanContext) -> bool:
        if ctx.hits is not None:
            return "address:german" in ctx.hits
        low = ctx.lower
        return "str" in low or any(map(low.__contains__, DE_WORDS))

    @staticmethod
    def _german_hint(text: str, start: int) -> bool:
        """Cheap test before the look-back: a street suffix, or "Am/Im/Zur <Name> 5"."""
        if text[start - 4 : start - 1].lower() in DE_ENDINGS:
            return True
        return _DE_AM.search(text, max(0, start - 40), start) is not None

    @staticmethod
    def _german(text: str, start: int) -> Span | None:
        """``Musterstraße 12``: the number run at ``start`` after a street word."""
        space = start - 1
        word_start = text.rfind(" ", max(0, space - 40), space) + 1
        word = text[word_start:space].lower()
        if not (
            word.endswith(_DE_SUFFIXES)
            or word[:1].isupper()
            or text[word_start:space][:1].isupper()
        ):
            return None
        if word.endswith("ring") and word[-5:-4] in _VOWELS:
            return None  # "Monitoring 2", "Filtering 3": English, not a "-ring" street
        m = _DE_NUMBER.match(text, start)
        if m is None:
            return None
        street = _DE_STREET.search(text, max(0, start - 60), start)
        if street is None or (street.start() and text[street.start() - 1].isalnum()):
            return None
        return Span(street.start(), m.end(), "STREET_ADDRESS")
