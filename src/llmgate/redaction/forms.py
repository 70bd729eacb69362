"""PERSON values in fields: after a label (``Name:``, ``"owner":``), in an XML element or an
HTML cell named like a person field, in a mail display name, and in the lists that mail
headers and meeting notes put after ``To:``, ``Cc:`` or ``Attendees:``.

A field says what its value is, so the value's shape may be looser than in prose: a
surname in capitals on a scanned form ("Nom : LE  GOFF"), "Last, First" order
("Nachname, Vorname: Schulze-Brückner, Hannelore"). Each shape is a rule of its own below;
all run on the same candidates on both paths (the engine's ``person:label`` trigger marks
the signs after a label word; the other rules search the text themselves).
"""

from __future__ import annotations

import re
from typing import Any

from llmgate.redaction.columns import PERSONAL_FIELDS
from llmgate.redaction.detectors import finditer_at
from llmgate.redaction.given_names import GIVEN_NAMES
from llmgate.redaction.names import (
    GENERIC_NAMES,
    LABEL_PAIRS,
    LABELS,
    NAME,
    NAME2,
    NAME_TOKEN,
    NOT_NAMES,
    UPPER,
)

__all__ = [
    "FORM_LABELS",
    "form_names",
    "handle_names",
    "label_before",
    "label_names",
    "list_names",
    "markup_names",
]

# A word in capitals ("KOWALCZYK", "O'BRIEN", "HANS-JÜRGEN"), as forms and bookings write
# surnames.
_CAPS = rf"(?:[{UPPER}]'[{UPPER}]{{2,}}|[{UPPER}]{{2,}})(?:-[{UPPER}]{{2,}})?"
# Scanned forms leave two blanks between words ("LE  GOFF"); more separate columns.
_CAPS_NAME = rf"{_CAPS}(?:[ \t]{{1,2}}{_CAPS}){{0,3}}(?![\w\-.])"  # not APP_VERSION
# "Schulze-Brückner, Hannelore", "O'Connell, Siobhan": the surname first, then a comma.
# One given name after the comma: "Anna Schmidt, Ben Ott" is a list of two.
_LAST_FIRST = rf"{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN})?,[ \t]+{NAME_TOKEN}"
# Rental agreements and registers write the surname in capitals: "MCALLISTER, Fiona",
# "RUIZ MORENO, Javier", "O'SULLIVAN, Niamh"; a comma may follow the given name there
# ("Mieter: LEHMANN, Katrin, geb. ..."), the capitals say where the name starts.
_CAPS_LAST_FIRST = rf"{_CAPS}(?:[ \t]+{_CAPS})?,[ \t]+{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN})?"
# Report cards: the pupil's surname in capitals, then the given name ("HUBER Lena",
# "GARCÍA LÓPEZ Pablo", "N'DIAYE Moussa") ending its field.
_CAPS_GIVEN = rf"{_CAPS}(?:[ \t]+{_CAPS})?[ \t]+{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN})?"
# It ends its field: a line's end, a delimiter, a column's gap of two blanks, a dash
# between blanks or a bracket ("Naam: Terpstra, Hidde - geboren ...", "Holder: Ashcombe,
# Eleanor  DOB ...", as registers write a row).
_END = r"(?=[ \t]*(?:[;|\"'<)\]}(]|\r?\n|\Z)|[ \t]{2}|[ \t][\-\u2013\u2014][ \t])"
# HTML around a label's colon: "<strong>Contact:</strong> Anna", "<th>Name:</th><td>Anna".
_MARKUP = r"(?:</(?:strong|b|em|i|span|label|dt|th)>[ \t]*(?:<(?:td|dd|span)[^<>]{0,40}>[ \t]*)?)?"
# A title between the label and the name is not the name ("Passageiro: Sr. Valdemar Cunha").
_LABEL_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Sr|Sra|Herr|Frau|Mme|mevr|dhr|Sig|dott)\.?[ \t]+)?"
# One pattern per sign: a literal first character is scanned for several times faster than a
# character class such as ``[:=]``.
_AFTER_SIGN = tuple(
    re.compile(
        rf"{sign}[ \t]*{_MARKUP}[\"']?{_LABEL_TITLE}(?:(?P<lf>{_LAST_FIRST}){_END}"
        rf"|(?P<clf>{_CAPS_LAST_FIRST})(?:(?=[ \t]*,)|{_END})"
        rf"|(?P<cg>{_CAPS_GIVEN}){_END}"
        rf"|(?P<n>{NAME2}|{NAME_TOKEN})"
        rf"|(?P<c>{_CAPS_NAME}))"
    )
    for sign in (":", "=")
)
# Values in capitals after a label that are no names.
_NOT_CAPS = frozenset(
    ["N/A", "NA", "TBD", "TBA", "NONE", "NULL", "NIL", "UNKNOWN", "OPEN", "CLOSED", "YES", "NO",
     "OK", "ALL", "ANY", "SEE", "AND", "OR", "THE", "ADMIN",
     "ROOT", "SYSTEM", "TEST", "DEMO", "GUEST", "USER", "DEFAULT", "ANONYMOUS", "PENDING",
     "ACTIVE", "INACTIVE", "TRUE", "FALSE", "ID", "UUID", "VIP", "CEO", "CTO", "CFO", "HR",
     "IT", "QA", "EU", "US", "UK", "SA", "AG", "GMBH", "LTD", "INC", "LLC", "SL", "SAS", "SARL",
     # the next headings of a fixed-width export's header line ("SURNAME   GIVEN   PHONE")
     "GIVEN", "FIRST", "FIRSTNAME", "FORENAME", "FORENAMES", "PRENOM", "PRÉNOM", "NAME", "NOM",
     "PHONE", "TEL", "TELEPHONE", "MOBILE", "EMAIL", "CITY", "TOWN", "VILLE", "DOB", "ZIP",
     "DEPT", "ID", "ADDRESS", "STREET", "NOMBRE", "VORNAME", "ORT", "PLZ"]
)  # fmt: skip


# The written-out other gender of a label: "salarié(e)", "trabajador/a", "mitarbeiter/in".
_GENDERED = re.compile(r"(?:\((?:e|a|o|in|r)\)|/(?:a|o|e|in|r)|:in|\*in)$")


def label_before(text: str, colon: int) -> bool:
    """Whether the words just before a colon name a person field (``Name:``, ``"owner":``)."""
    head = text[max(0, colon - 30) : colon].lower().replace(">", " ").rstrip(" \t\"'")
    words = head.replace("_", " ").replace(".", " ").split()  # user.name, author.name
    if not words:
        return False
    last = words[-1].strip("\"'{,[")
    if last not in LABELS and (cut := _GENDERED.sub("", last)) != last:
        last = cut  # "Salarié(e)", "Trabajador/a", "Mitarbeiter:in"
    return last in LABELS or " ".join(words[-2:]).strip("\"'{,[") in LABEL_PAIRS


def _caps_name(value: str) -> bool:
    words = value.split()
    # Particles ("LE", "DE", "VAN") read as the articles of NOT_NAMES when title-cased.
    return not any(w in _NOT_CAPS or (len(w) > 3 and w.title() in NOT_NAMES) for w in words) and (
        len(words) > 1 or len(words[0]) >= 3
    )


def label_names(text: str, signs: dict[str, list[int]] | None) -> list[tuple[int, int]]:
    """Names after a person label and its sign; ``signs``: the places of ":" and "=" after a
    label word (the engine's trigger), None: search."""
    out: list[tuple[int, int]] = []
    for sign, pattern in zip(":=", _AFTER_SIGN, strict=True):
        if sign not in text:
            continue
        # A match holds no other sign, so trying only the signs with a label word before
        # them drops no match that could be kept.
        after = pattern.finditer(text) if signs is None else finditer_at(pattern, text, signs[sign])
        for m in after:
            if not label_before(text, m.start()):
                continue
            if m.group("lf") is not None:
                out.append(m.span("lf"))
            elif m.group("clf") is not None or m.group("cg") is not None:
                group = "clf" if m.group("clf") is not None else "cg"
                caps = " ".join(w for w in m.group(group).replace(",", " ").split() if w.isupper())
                if _caps_name(caps) and (len(caps) > 2 or "," in m.group(group)):
                    out.append(m.span(group))
            elif m.group("n") is not None:
                out.append(m.span("n"))
            elif _caps_name(m.group("c")):
                out.append(m.span("c"))
    return out


# Scanned and printed forms put the value after its label without a colon, with blanks
# ("Surname MCALLISTER      Forename(s) FIONA JANE"): only a field label that names nothing
# but a part of a name, and a value in capitals or one that ends its column.
_FORM_LABELS = (
    "Surname", "Forename(s)", "Forenames", "Forename", "First name", "Last name",
    "Family name", "Given name(s)", "Given names", "Nachname", "Vorname", "Familienname",
    "Nom de famille", "Prénom(s)", "Prénom", "Apellidos", "Apellido", "Nombre y apellidos",
)  # fmt: skip

FORM_LABELS = tuple(w for label in _FORM_LABELS for w in (label, label.upper()))


def _literal_trie(words: list[str]) -> str:
    """One regex for ``words`` that branches a character at a time: ``re`` tries an
    alternation branch by branch, so a shared prefix is then checked once per place."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_FORM_FIELD = re.compile(
    _literal_trie(list(FORM_LABELS))
    + rf"[ \t]{{1,12}}(?:(?P<c>{_CAPS_NAME})|(?P<n>{NAME})(?=[ \t]{{2,}}|[ \t]*(?:\r?\n|\Z)))"
)


def form_names(text: str, starts: list[int] | None) -> list[tuple[int, int]]:
    """Values after a name-part label without a colon (see ``_FORM_FIELD``); ``starts``:
    where a label starts (the engine's ``person:form`` trigger), None: search."""
    out: list[tuple[int, int]] = []
    found = _FORM_FIELD.finditer(text) if starts is None else finditer_at(_FORM_FIELD, text, starts)
    for m in found:
        if m.start() and text[m.start() - 1].isalnum():
            continue
        if m.group("c") is not None:
            if _caps_name(m.group("c")):
                out.append(m.span("c"))
        elif not any(w in NOT_NAMES for w in m.group("n").split()):
            out.append(m.span("n"))
    return out


# "@marta.villanueva" in a chat: a handle made of a known given name and a surname.
_HANDLE = re.compile(r"@(?P<g>[a-zß-öø-ÿ]{2,20})[._](?P<s>[a-zß-öø-ÿ]{2,30})(?![\w@/\-]|\.\w)")
_GIVEN_LOWER = frozenset(name.lower() for name in GIVEN_NAMES)


def handle_names(text: str) -> list[tuple[int, int]]:
    """Chat handles of the form ``@given.surname`` (not a decorator or a package scope:
    the first part must be a known given name)."""
    out: list[tuple[int, int]] = []
    for m in _HANDLE.finditer(text):
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in "._-"):
            continue
        if m.group("g") in _GIVEN_LOWER:
            out.append((at + 1, m.end()))
    return out


# Mail headers and meeting notes: a list of people after its label, at the start of a line.
_LIST_LABELS = (
    "From", "To", "Cc", "CC", "Bcc", "Attendees", "Participants", "Invitees", "Present",
    "Reviewers", "Von", "An", "Teilnehmer", "Teilnehmende", "Anwesend", "De", "À",
    "Participants", "Présents", "Invités", "Destinataires", "Para", "Asistentes",
    "Participantes", "Invitados", "Presentes", "CCO", "Kopie", "cc", "bcc",
)  # fmt: skip
_LIST_BODY = rf"[ \t>]*{_literal_trie(sorted(set(_LIST_LABELS)))}[ \t]*:[ \t]*(?P<v>[^\n]{{1,400}})"
# Found by its newline (a literal first character lets ``re`` skip ahead in C); the first
# line is matched on its own.
_LIST_LINE = re.compile("\n" + _LIST_BODY)
_FIRST_LIST = re.compile(_LIST_BODY)
# One item of the list: "Anna Schmidt", "Schmidt, Anna" (with ";" between items), an
# address or a role in brackets after it.
_ITEM_TAIL = r"[ \t]*(?:<[^<>\n]{1,100}>|\([^()\n]{1,40}\))?[ \t]*(?P<sep>[,;]|\r?$)"
_ITEM = re.compile(rf"[ \t]*(?P<n>{NAME}){_ITEM_TAIL}")
# "Schmidt, Anna; Ott, Ben": "Last, First" items, where ";" separates them (or one alone).
_LF_ITEM = re.compile(rf"[ \t]*(?:(?P<lf>{_LAST_FIRST})|(?P<n>{NAME})){_ITEM_TAIL}")
_LIST_STOP = frozenset(["All", "Alle", "Tous", "Todos", "Everyone", "Staff", "Mitarbeiter"])


def list_names(text: str) -> list[tuple[int, int]]:
    """Names listed after ``To:``, ``Cc:``, ``Attendees:``, ``Teilnehmer:`` and their kin.
    A single word counts only when it is a known given name."""
    out: list[tuple[int, int]] = []
    if ":" not in text:
        return out
    first = _FIRST_LIST.match(text)
    for line in [*([first] if first is not None else []), *_LIST_LINE.finditer(text)]:
        pos, end = line.span("v")
        value = line.group("v")
        item = _LF_ITEM if ";" in value or value.count(",") == 1 else _ITEM
        found: list[tuple[int, int]] = []
        while pos < end:
            m = item.match(text, pos, end)
            if m is None:
                break
            group = "lf" if m.groupdict().get("lf") is not None else "n"
            start, stop = m.span(group)
            words = text[start:stop].replace(",", " ").split()
            if any(w in NOT_NAMES or w in _LIST_STOP for w in words):
                break  # "To: Finance Team": a group, and what follows is no list of people
            if len(words) > 1 or words[0] in GIVEN_NAMES:
                found.append((start, stop))
            pos = m.end()
            if m.group("sep") in ("", "\r"):
                break
        out += found
    return out


# "Thomas Müller <thomas.mueller@example.de>": the display name before an address in angle
# brackets (mail headers, CC lists, commit authors), also quoted as "Müller, Thomas", with
# two surnames or two given names ("Galdós Irigoyen, Begoña", "Marchal, Pierre Yves").
_ANGLE_ADDRESS = re.compile(r"<[^<>\s@]{1,64}@")
_DISPLAY_NAME = re.compile(
    rf"(?:(?P<n>{NAME2})[\"']?|\"(?P<q>(?:{NAME_TOKEN}[ \t]){{0,2}}{NAME_TOKEN},[ \t]+"
    rf"{NAME_TOKEN}(?:[ \t]{NAME_TOKEN})?)\")[ \t]*\Z"
)
# <name>Anna Schmidt</name>, <ns:firstName>Anna</ns:firstName>: an XML element named like a
# person field.
_XML_FIELD = re.compile(
    rf"<(?P<tag>[A-Za-z][\w:.\-]{{0,40}})>[ \t]*(?P<n>{NAME2}|{NAME_TOKEN})[ \t]*</(?P=tag)>"
)
# HTML: a label cell and the value cell after it (<td>Customer</td><td>Anna Schmidt</td>),
# an element whose class names the field (<td class="name">), a mailto link's text.
_CELL_PAIR = re.compile(
    r"<t[dh][^<>]{0,80}>[ \t]*(?P<label>[^<>\n]{1,30}?)[ \t:]*</t[dh]>[ \t\r\n]*"
    rf"<td[^<>]{{0,80}}>[ \t]*(?P<n>{NAME2}|{NAME_TOKEN})[ \t]*</td>"
)
_CLASS_FIELD = re.compile(
    r"<(?P<tag>[a-z][a-z0-9]{0,10})[ \t][^<>]{0,80}?class=[\"'](?P<label>[\w\- ]{1,40})[\"']"
    rf"[^<>]{{0,80}}>[ \t]*(?P<n>{NAME2}|{NAME_TOKEN})[ \t]*</(?P=tag)>"
)
_MAILTO = re.compile(
    rf"<a[ \t][^<>]{{0,200}}?href=[\"']mailto:[^\"'<>]{{1,200}}[\"'][^<>]{{0,100}}>[ \t]*"
    rf"(?P<n>{NAME2})[ \t]*</a>"
)


def _person_field(label: str, text: str, start: int, end: int) -> bool:
    key = label.rsplit(":", 1)[-1].strip().lower().replace("-", "_")
    if not (key in LABELS or key.replace("_", "") in LABELS or key in LABEL_PAIRS):
        return False
    if key in GENERIC_NAMES:  # a person's only among personal fields
        around = text[max(0, start - 200) : end + 200].lower()
        return PERSONAL_FIELDS.search(around) is not None
    return True


def markup_names(text: str) -> list[tuple[int, int]]:
    """Names in XML elements and HTML cells named like a person field, in mailto links and
    before ``<address@...>``."""
    out: list[tuple[int, int]] = []
    if "@" in text:
        out += _display_names(text)
    if "</" not in text:
        return out
    for pattern in (_XML_FIELD, _CELL_PAIR, _CLASS_FIELD):
        for m in pattern.finditer(text):
            label = m.group("tag" if pattern is _XML_FIELD else "label")
            for word in label.split() if pattern is _CLASS_FIELD else (label,):
                if _person_field(word, text, m.start(), m.end()):
                    out.append(m.span("n"))
                    break
    if "mailto:" in text:
        out += [m.span("n") for m in _MAILTO.finditer(text)]
    return out


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
