"""Built-in PERSON detection from context, without a language model.

Names have no checksum, so this detector only trusts the places where business text
announces one: a title (``Dr.``, ``Frau``, ``Mme``), a label (``Name:``, ``"employee":``), a
greeting (``Dear``, ``Hola``) or a sign-off (``Regards,`` then a line with the name). Recall
on names in free prose is limited: plug Presidio in (``presidio_adapter``) when it matters
more than speed.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span, finditer_at

__all__ = [
    "LABELS",
    "LOWER",
    "NAME_TOKEN",
    "SIGNOFFS",
    "TABLE_HINTS",
    "TITLE_WORDS",
    "UPPER",
    "PersonDetector",
]

_UP = "A-ZÀ-ÖØ-ÞŁŚŽČŠ"
_LO = "a-zà-öø-ÿßłśžčšñ"
_TOKEN = rf"[{_UP}][{_LO}]+(?:[\-'][{_UP}]?[{_LO}]+)?"
# The capital and lower-case letters of a name word, and one name word: street names share
# them (address.py).
UPPER, LOWER, NAME_TOKEN = _UP, _LO, _TOKEN
_PARTICLE = r"(?:van der|van den|von der|de la|de los|del|van|von|de|da|di|du|le|la|y)"
_NAME = rf"(?:{_TOKEN}|[{_UP}]\.)(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_TOKEN}){{0,3}}"
_NAME2 = rf"{_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_TOKEN}){{1,3}}"

_STOP = frozenset(
    [
        "Team",
        "All",
        "Everyone",
        "Customer",
        "Customers",
        "Sir",
        "Madam",
        "Madame",
        "Support",
        "There",
        "Folks",
        "Colleagues",
        "Kollegen",
        "Kolleginnen",
        "Damen",
        "Herren",
        "Tous",
        "Todos",
        "Equipo",
        "Friends",
        "Manager",
        "Sales",
        "Service",
        "Admin",
        "Administrator",
        "User",
        "Client",
        "Kunde",
        "Cliente",
        "Hiring",
        "Recruiter",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Herr",
        "Frau",
        "Monsieur",
        "Mme",
        "Señor",
        "Señora",
        "Thanks",
        "Thank",
        "Regards",
        "Best",
        "The",
        "This",
        "That",
        "Your",
        "Our",
        "Please",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Morning",
        "Hi",
        "Hello",
    ]
)

# Every pattern starts with a literal or a character class so that ``re`` can skip ahead in
# C; the word-boundary checks that would otherwise lead the pattern are done in Python.
# Titles and greetings a name follows (a regex alternation; the engine's trigger shares it).
TITLE_WORDS = (
    r"Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Srta|Mme|Mlle|M|Herrn?|Frau|Monsieur|Madame|Mademoiselle|"
    r"Señora?|Doña|Don|Dear|Hi|Hello|Hey|Liebe|Lieber|Hallo|Bonjour|Cher|Chère|Hola|Estimad[oa]|"
    r"Querid[oa]|Guten Tag"
)
# The same alternation with the words grouped by first letter, in their order (A(?:B|C) tries
# what AB|AC tries, in the same order; words of another first letter cannot match at the same
# place): a capital letter that starts no title is rejected by a dozen branches, not 35.
_TITLE_TRIE = (
    r"M(?:r|rs|s|x|me|lle|(?:)|onsieur|adame|ademoiselle)|D(?:r|oña|on|ear)|Prof|"
    r"S(?:r|ra|rta|eñora?)|H(?:errn?|i|ello|ey|allo|ola)|Frau|Lieber?|Bonjour|Ch(?:er|ère)|"
    r"Estimad[oa]|Querid[oa]|Guten Tag"
)
_TITLE = re.compile(
    rf"(?:{_TITLE_TRIE})\.?[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Prof|Herrn?|Frau|M|Mme|Mlle|Sr|Sra|Monsieur|"
    r"Madame|Mademoiselle|Señora?|Don|Doña)\.?[ \t]+)?"
    rf"(?P<n>{_NAME})"
)
# One pattern per sign: a literal first character is scanned for several times faster than a
# character class such as ``[:=]``.
_AFTER_COLON = tuple(
    re.compile(rf"{sign}[ \t]*[\"']?(?P<n>{_NAME2}|{_TOKEN})") for sign in (":", "=")
)
LABELS = frozenset(
    [
        "name",
        "fullname",
        "full_name",
        "first_name",
        "last_name",
        "firstname",
        "lastname",
        "employee",
        "contact",
        "customer",
        "client",
        "patient",
        "applicant",
        "candidate",
        "requester",
        "assignee",
        "holder",
        "cardholder",
        "owner",
        "reporter",
        "nom",
        "prénom",
        "titulaire",
        "mitarbeiter",
        "mitarbeiterin",
        "kunde",
        "kundin",
        "ansprechpartner",
        "ansprechpartnerin",
        "vorname",
        "nachname",
        "inhaber",
        "nombre",
        "apellido",
        "apellidos",
        "cliente",
        "empleado",
        "solicitante",
        "contacto",
        "titular",
        "customer",
        "name",
        "contact",
        "name",
    ]
)
_LABEL_PAIRS = ("full name", "reported by", "nom complet", "customer name", "contact name")
_LINE_NAME = re.compile(rf"\n[ \t]*(?P<n>{_NAME})[ \t]*(?=\r?\n|$)")
SIGNOFFS = (
    "regards",
    "best",
    "thanks",
    "thank you",
    "cheers",
    "sincerely",
    "grüßen",
    "grüße",
    "gruß",
    "cordialement",
    "bien à vous",
    "salutations",
    "saludos",
    "atentamente",
    "un saludo",
    "gracias",
    "merci",
)


def _label_before(text: str, colon: int) -> bool:
    """Whether the words just before a colon name a person field (``Name:``, ``"owner":``)."""
    head = text[max(0, colon - 30) : colon].lower().rstrip(" \t\"'")
    words = head.replace("_", " ").split()
    if not words:
        return False
    last = words[-1].strip("\"'{,[")
    return last in LABELS or " ".join(words[-2:]).strip("\"'{,[") in _LABEL_PAIRS


def _signs(text: str, sign: str, positions: list[int]) -> list[int]:
    return [i for i in positions if text[i] == sign]


_FULL_NAME = re.compile(_NAME2)
# Substrings of the column names in _LABELS, few so that finding them stays cheap.
TABLE_HINTS = (
    "nam",
    "nom",
    "emplo",
    "holder",
    "kund",
    "mitarbeiter",
    "client",
    "titular",
    "apellid",
)
# Columns holding one part of a name (HR exports split them): one capitalised word there is
# a name, where a "name" column needs two (a product table has a "name" column too).
_PART_COLUMNS = frozenset(
    ["first name", "firstname", "given name", "last name", "lastname", "surname", "family name",
     "vorname", "nachname", "prénom", "apellido", "apellidos"]
)  # fmt: skip
_ONE_TOKEN = re.compile(_TOKEN)


def _header_lines(low: str) -> list[int]:
    """Starts of lines that hold a separator and a name-like column word (C-speed finds)."""
    starts: set[int] = set()
    for hint in TABLE_HINTS:
        i = low.find(hint)
        while i >= 0:
            lo, hi, separated = _line_at(low, i)
            if separated:
                starts.add(lo)
            i = low.find(hint, hi)
    return sorted(starts)


def _hinted_lines(text: str, hints: list[int]) -> list[int]:
    """``_header_lines`` from the positions of the hints (found by the engine)."""
    return sorted({lo for lo, _, separated in (_line_at(text, i) for i in hints) if separated})


def _line_at(text: str, i: int) -> tuple[int, int, bool]:
    """(start, end) of the line around ``i`` and whether it holds a column separator."""
    lo = text.rfind("\n", 0, i) + 1
    hi = text.find("\n", i)
    hi = len(text) if hi < 0 else hi
    line = text[lo:hi]
    return lo, hi, "," in line or ";" in line or "\t" in line or "|" in line


def _table_names(text: str, headers: list[int]) -> list[tuple[int, int]]:
    """Values under a name-like column of a CSV/TSV table (``id,name,email`` header)."""
    out: list[tuple[int, int]] = []
    for start in headers:
        end = text.find("\n", start)
        header = text[start : len(text) if end < 0 else end]
        for sep in (",", ";", "\t", "|"):
            if sep not in header:
                continue
            if end < 0 or text.count(sep, end + 1, _line_end(text, end + 1)) != header.count(sep):
                break  # the first row has another column count: no value is read (cheap test)
            cols = [c.strip().strip('"').lower().replace("_", " ") for c in header.split(sep)]
            idx = [
                i
                for i, c in enumerate(cols)
                if c in LABELS or c in _LABEL_PAIRS or c in _PART_COLUMNS
            ]
            parts = {i for i, c in enumerate(cols) if c in _PART_COLUMNS}
            if parts:  # next to a surname column, "name"/"nombre"/"nom" is the given name
                parts |= {i for i, c in enumerate(cols) if c in ("name", "nombre", "nom")}
            if idx:
                out += _column_values(text, end, sep, len(cols), idx, parts)
            break
    return out


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _column_values(
    text: str, pos: int, sep: str, ncols: int, idx: list[int], parts: set[int]
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while 0 <= pos < len(text):
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        fields = text[pos + 1 : end].split(sep)
        if len(fields) != ncols:
            break
        offset = pos + 1
        for i, field in enumerate(fields):
            value = field.strip().strip('"')
            if i in idx and (
                _FULL_NAME.fullmatch(value) or (i in parts and _ONE_TOKEN.fullmatch(value))
            ):
                at = text.index(value, offset)
                out.append((at, at + len(value)))
            offset += len(field) + 1
        pos = end
    return out


# "Thomas Müller <thomas.mueller@example.de>": the display name before an address in angle
# brackets (mail headers, CC lists, commit authors), also quoted as "Müller, Thomas".
_ANGLE_ADDRESS = re.compile(r"<[^<>\s@]{1,64}@")
_DISPLAY_NAME = re.compile(rf"(?:(?P<n>{_NAME2})[\"']?|\"(?P<q>{_TOKEN},[ \t]+{_TOKEN})\")[ \t]*\Z")


def _display_names(text: str) -> list[tuple[int, int]]:
    """Names written before ``<address@...>`` on the same line."""
    out: list[tuple[int, int]] = []
    for m in _ANGLE_ADDRESS.finditer(text):
        lt = m.start()
        lo = max(text.rfind("\n", 0, lt) + 1, lt - 80)
        name = _DISPLAY_NAME.search(text, lo, lt)
        if name is None:
            continue
        group = "n" if name.group("n") is not None else "q"
        start, end = name.span(group)
        if start and text[start - 1].isalnum():
            continue
        out.append((start, end))
    return out


def _signoff_before(text: str, newline: int) -> bool:
    line = text[text.rfind("\n", 0, newline) + 1 : newline].strip().rstrip(",!.").lower()
    return line.endswith(SIGNOFFS) and len(line) < 40


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Cut a name match at the first stop word; None when nothing name-like is left."""
    words = text[start:end].split()
    keep: list[str] = []
    for word in words:
        if word.rstrip(".") in _STOP:
            break
        keep.append(word)
    if not keep or (len(keep) == 1 and len(keep[0]) < 2):
        return None
    stop = text.index(keep[-1], start + len(" ".join(keep[:-1]))) + len(keep[-1])
    return start, stop


class PersonDetector(BuiltinDetector):
    """Names announced by a title, a label, a greeting or a sign-off."""

    name = "person"
    entities = frozenset({"PERSON"})

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        hits = ctx.hits
        found: list[tuple[int, int]] = []
        titles = (
            _TITLE.finditer(text)
            if hits is None
            else finditer_at(_TITLE, text, hits.starts("person:title"))
        )
        for m in titles:
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."):
                continue
            found.append(m.span("n"))
        for sign, pattern in zip(":=", _AFTER_COLON, strict=True):
            if sign in text:
                # A match holds no other sign, so trying only the signs with a label word
                # before them (the engine's trigger) drops no match that could be kept.
                after = (
                    pattern.finditer(text)
                    if hits is None
                    else finditer_at(pattern, text, _signs(text, sign, hits.starts("person:label")))
                )
                found += [m.span("n") for m in after if _label_before(text, m.start())]
        if "\n" in text:
            lines = (
                _LINE_NAME.finditer(text)
                if hits is None
                else finditer_at(_LINE_NAME, text, hits.starts("person:signoff"))
            )
            found += [m.span("n") for m in lines if _signoff_before(text, m.start())]
            if hits is not None:
                found += _table_names(text, _hinted_lines(text, hits.starts("person:table")))
            elif ctx.lower_aligned is not None:
                found += _table_names(text, _header_lines(ctx.lower_aligned))
        if "<" in text and "@" in text:
            found += _display_names(text)
        out: list[Span] = []
        for start, end in found:
            trimmed = _trim(text, start, end)
            if trimmed is not None:
                out.append(Span(trimmed[0], trimmed[1], "PERSON"))
        return out
