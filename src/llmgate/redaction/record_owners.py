"""Persons and streets that structured records name by their role, not by a name label.

Appliance configs and counter receipts name people where no "Name:" label stands:

- a pfSense or OPNsense ``config.xml`` keeps a user's full name in the ``<descr>`` right
  after the login ``<name>`` (often in CDATA), and a static DHCP map's ``<descr>`` (or a
  FortiGate reservation's ``set description``) says whose laptop or phone it is by the
  given name alone ("Portatile di Marco", "Laptop van Sanne", "Jonas' Notebook");
- a Mosquitto or openHAB config names the owner and the flat in a comment
  ("# Proprietario: ...", "// Wohnung Familie ..., Lindenstraße 14, 2. OG links");
- a pawnbroker's pledge ticket names the pledgor and the valuer by their role
  (Pledgor, Pfandgeber, Déposant, Empeñante, Pignorante, Pandgever, Penhorante), often in
  register order ("HARTIGAN, Maeve"), which the name model reads as a heading.

The label tables are the data; each pattern runs only where one of its labels (or the XML
tag it needs) is in the lower-cased text, a necessary condition of a match. Regular
expressions only, anchored on a label, so the cost stays linear in the text.
"""

from __future__ import annotations

import re
from functools import partial

from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span, longest_first
from llmgate.redaction.names import LOWER, NOT_NAMES, UPPER
from llmgate.redaction.spaced_labels import spaced_label_spans

__all__ = ["RecordOwnerDetector", "record_label", "record_owner_spans", "without_device"]

# Roles a pledge ticket or a counter receipt names a person by (lower case).
_PLEDGE_LABELS = (
    "pledgor", "pledger", "pawner", "pawnor", "name of pledgor", "valuer",
    "appraiser", "pfandgeber", "pfandgeberin", "pfandgeber/in", "verpfänder", "schätzer",
    "taxator", "déposant", "déposante", "nom du déposant", "emprunteur", "appréciateur",
    "commissaire-priseur", "empeñante", "nombre del empeñante", "tasador", "tasadora",
    "pignorante", "debitore pignoratizio", "stimatore", "perito", "pandgever",
    "naam pandgever", "beleener", "taxateur", "penhorante", "nome do penhorante",
    "avaliador", "avaliadora", "mutuário", "mutuária", "prestatario", "prestataria",
    "richiedente",
)  # fmt: skip
# What a config comment says of its owner or home, before the name (lower case).
_OWNER_LABELS = (
    "owner", "owned by", "home of", "installed for", "proprietario", "proprietaria",
    "intestatario", "intestataria", "impianto di casa", "casa di", "installazione per",
    "besitzer", "besitzerin", "eigentümer", "eigentümerin", "wohnung", "haus", "anlage",
    "eigenaar", "woning", "propriétaire", "logement de", "installé pour", "propietario",
    "propietaria", "vivienda de", "instalado para", "proprietário", "proprietária",
    "casa de",
)  # fmt: skip
# The word before a family's name ("Wohnung Familie Berger").
_FAMILY = ("famiglia", "familie", "family", "famille", "familia", "família", "fam.")
# A street line of a config comment (lower case).
_STREET_LABELS = (
    "address", "adresse", "anschrift", "indirizzo", "adres", "dirección", "direccion",
    "morada", "wohnung", "domicilio", "domicílio", "woonadres", "straat en huisnummer",
    "straße und hausnummer", "strasse und hausnummer", "street address",
)  # fmt: skip
# Devices a DHCP map or reservation is named after, before the owner's given name
# ("Laptop Marco", "Portatile di Giulia", "iPad van Sanne").
_DEVICES = (
    "laptop", "notebook", "macbook", "macbook air", "macbook pro", "phone", "iphone",
    "ipad", "tablet", "pc", "desktop", "handy", "smartphone", "portatile", "telefono",
    "cellulare", "telefoon", "mobiel", "pc portable", "portable", "téléphone", "portátil",
    "móvil", "movil", "telemóvel", "telemovel", "computador",
)  # fmt: skip
_OF = r"(?:[ \t](?:di|de|del|do|da|von|van|of|d'))?"

_WORD = rf"[{UPPER}][{LOWER}'\u2019]+(?:-[{UPPER}][{LOWER}]+)?"
_GIVEN = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_PARTICLE = r"(?:van|der|den|de|di|da|del|della|dos|das|von|le|la|ten|ter|du)"
_FULL = rf"{_WORD}(?:[ \t]{_PARTICLE})*(?:[ \t]{_WORD}){{1,2}}(?:-{_WORD})?"
_CAPS = rf"[{UPPER}]{{2,}}(?:[-'\u2019][{UPPER}]+)?"
_REGISTER = rf"(?:(?:VAN|DE|DER|DEN|DI|DA|DEL|DOS|VON)[ \t])*{_CAPS}(?:[ \t]{_CAPS})?,[ \t]?{_WORD}"
_SURNAME_FIRST = rf"(?:{_PARTICLE}[ \t])*{_WORD},[ \t]{_WORD}"
_NAME = rf"(?P<n>{_REGISTER}|{_SURNAME_FIRST}|{_FULL})"
# A name ends its line, its column (two blanks or a tab) or its clause.
_END = r"(?=[ \t]*(?:\r?\n|\Z|[,;|(]|\u2014|\u2013|-[ \t])|[ \t]{2}|\t|\]\]>|</)"


def _gates(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each label's longest word: the lower-cased text holds it wherever the label is."""
    return tuple({max(w.split(), key=len) for w in words})


# The labels' longest words: the lower-cased text holds one wherever a pattern can match.
_PLEDGE_GATES = _gates(_PLEDGE_LABELS)
_OWNER_GATES = _gates(_OWNER_LABELS)
_STREET_GATES = _gates(_STREET_LABELS)
# Labels whose blanks match any run of blanks and tabs (aligned forms).
_spaced = partial(longest_first, blanks=True)
_PLEDGE = re.compile(
    rf"(?im)^[ \t]*(?:{_spaced(_PLEDGE_LABELS)})[ \t]*(?::|\t|[ \t]{{2,}}|[ \t]*:)[ \t]*"
    rf"(?-i:{_NAME}){_END}"
)
_COMMENT = r"(?:#+|//|;|<!--|--)"
_OWNER = re.compile(
    rf"(?im)^[ \t]*{_COMMENT}[ \t]*(?:{_spaced(_OWNER_LABELS)})(?:[ \t]*:)?[ \t]+"
    rf"(?:(?i:{_spaced(_FAMILY)})[ \t]+)?(?-i:{_NAME}){_END}"
    r"(?:[ \t]*(?:,|\u2014|\u2013|-)[ \t]*(?P<st>[^\n,]*\d[^\n]*?))?[ \t]*(?:-->)?[ \t]*$"
)
_STREET_LINE = re.compile(
    rf"(?im)^[ \t]*(?:{_COMMENT}[ \t]*)?(?:{_spaced(_STREET_LABELS)})"
    r"[ \t]*(?::|\t|[ \t]{2,}:?)[ \t]*"
    r"(?P<st>[^\n]*?\d[^\n]*?)[ \t]*(?:-->)?[ \t]*$"
)
# A postcode and town after the street ("..., 20121 Milano", "... 1017 AB Amsterdam").
_POSTCODE_TAIL = re.compile(
    r",?[ \t]*(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?(?:[ \t]?[A-Z]{2})?[ \t]+\S.*$"
)
# A street holds a word of three letters; a value that opens with a dotted or coloned
# number is an IP address, a time or a version, not a street.
_STREETLIKE = re.compile(rf"[{UPPER}{LOWER}]{{3}}")
_NUMERIC_START = re.compile(r"\d+[.:/]\d")
# Nor does a street hold a date, a clock time or a coordinate in decimal degrees: a label
# such as "Wohnung:" or "address:" in prose may be followed by when or where on a map.
_NOT_STREET = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b\d{1,2}:\d{2}\b|\d\.\d{3,}|°")
# Words that open a flat, floor or building part after a street's last comma.
_FLAT_WORDS = frozenset(
    ["flat", "apt", "apartment", "unit", "suite", "floor", "building", "block", "hinterhaus",
     "vorderhaus", "seitenflügel", "gartenhaus", "dachgeschoss", "eg", "og", "dg", "we",
     "whg", "bât", "bâtiment", "esc", "escalier", "appt", "étage", "rdc", "bajo", "ático",
     "piso", "puerta", "esc", "escalera", "int", "interno", "scala", "piano", "edificio",
     "huis", "bis", "hg", "esq", "dto", "frente", "andar", "r/c", "cave", "loja", "bloco"]
)  # fmt: skip
_USER_DESCR = re.compile(
    r"<user>\s*<name>[^<\n]{1,64}</name>\s*<descr>(?:<!\[CDATA\[)?[ \t]*"
    rf"(?P<n>{_REGISTER}|{_FULL})[ \t]*(?:\]\]>)?</descr>"
)
_DEVICE_OWNER = re.compile(
    r"(?:<descr>(?:<!\[CDATA\[)?|set[ \t]+(?:description|comments?)[ \t]+\")[ \t]*"
    rf"(?:(?i:{_spaced(_DEVICES)}){_OF}[ \t]+(?P<a>{_GIVEN})"
    rf"|(?P<b>{_GIVEN})(?:'s|'|\u2019s)?[ \t]+"
    r"(?:-[ \t]+|(?i:work|home|private|privat|lavoro)[ \t]+)?"
    rf"(?i:{_spaced(_DEVICES)}))"
    r"(?=[ \t]*(?:\]\]>|</|\"|\(|-|$))"
)
# Words after a device that name a place or a use, not an owner.
_NOT_OWNERS = frozenset(
    ["Ufficio", "Office", "Büro", "Buero", "Bureau", "Oficina", "Escritório", "Kantoor",
     "Reception", "Empfang", "Cucina", "Küche", "Keuken", "Cozinha", "Salon", "Sala",
     "Gast", "Guest", "Gäste", "Ospiti", "Invités", "Test", "Demo", "Lager", "Werkstatt",
     "Magazzino", "Kassa", "Kasse", "Caisse", "Caja", "Cassa", "Admin", "Backup", "Server"]
)  # fmt: skip


def _person(value: str) -> bool:
    words = [w.strip(",") for w in value.split()]
    return not any(w in NOT_NAMES or w.title() in NOT_NAMES for w in words if w[:1].isupper())


def _street(text: str, start: int, end: int) -> tuple[int, int] | None:
    value = text[start:end]
    if _NOT_STREET.search(value):  # before a "postcode and town" tail can cut it away
        return None
    cut = _POSTCODE_TAIL.search(value)
    if cut is not None and cut.start() > 0:
        end = start + cut.start()
        value = text[start:end]
    lead = len(value) - len(value.lstrip("\"'\u201c\u00ab "))
    start, value = start + lead, value[lead:].rstrip(" \t,;\"'\u201d\u00bb")
    head, comma, last = value.rpartition(",")
    tail = last.strip()
    if (
        comma
        and tail[:1].isupper()
        and not any(c.isdigit() for c in tail)
        and tail.split()[0].lower().rstrip(".") not in _FLAT_WORDS
    ):
        value = head.rstrip(" \t,")  # ", Inverness": the town, not the flat
    if len(value) < 5 or not any(c.isdigit() for c in value) or not _STREETLIKE.search(value):
        return None
    if "@" in value or "://" in value or _NUMERIC_START.match(value):
        return None
    return start, start + len(value)


def record_owner_spans(text: str, lower: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of pledgors and valuers after their role, owners and streets in
    config comments, appliance users' full names and device owners' given names."""
    out: list[tuple[int, int, str]] = []
    if any(map(lower.__contains__, _PLEDGE_GATES)):
        for m in _PLEDGE.finditer(text):
            if _person(m.group("n")):
                out.append((*m.span("n"), "PERSON"))
    commented = "#" in text or "//" in text or "<!--" in text or ";" in text
    if commented and any(map(lower.__contains__, _OWNER_GATES)):
        for m in _OWNER.finditer(text):
            start, end = m.span("n")
            first, _, rest = m.group("n").partition(" ")
            if rest and first.lower() in _FAMILY:
                start += len(first) + 1  # "Familie Quernheim": the family's name
            if _person(text[start:end]):
                out.append((start, end, "PERSON"))
            if m.group("st") is not None:
                found = _street(text, *m.span("st"))
                if found is not None:
                    out.append((*found, "STREET_ADDRESS"))
    if any(map(lower.__contains__, _STREET_GATES)):
        for m in _STREET_LINE.finditer(text):
            found = _street(text, *m.span("st"))
            if found is not None:
                out.append((*found, "STREET_ADDRESS"))
    if "<descr>" in lower or "set description" in lower or "set comment" in lower:
        if "<user>" in lower:
            for m in _USER_DESCR.finditer(text):
                if _person(m.group("n")):
                    out.append((*m.span("n"), "PERSON"))
        for m in _DEVICE_OWNER.finditer(text):
            group = "a" if m.group("a") is not None else "b"
            word = m.group(group)
            if word not in _NOT_OWNERS and word not in NOT_NAMES and len(word) >= 3:
                start, end = m.span(group)
                # "Jonas Laptop" keeps its s; "Rikes Laptop" is Rike's
                if (
                    group == "b"
                    and text[end - 2 : end] not in ("ss", "us")
                    and text[end - 1] == "s"
                    and text[start:end].lower() not in _GIVEN_ENDING_IN_S
                ):
                    end -= 1
                out.append((start, end, "PERSON"))
    return out


# Given names that end in s themselves, kept whole before a device ("Jonas Laptop").
_GIVEN_ENDING_IN_S = frozenset(
    ["jonas", "lukas", "niklas", "tobias", "andreas", "matthias", "elias", "thomas",
     "klaus", "hans", "linus", "markus", "marcus", "agnes", "iris", "doris", "ines", "lois",
     "claus", "nikolas", "jens", "lars", "mads", "mats", "joris", "kees", "guus", "thijs",
     "floris", "anders", "carlos", "marcos", "jesús", "dolores", "mercedes", "lourdes"]
)  # fmt: skip


# The labels of these records as written, capitalized: the name model reads a label before
# its value as a name ("Morada : Rua ...", "Schätzer\tKRÜGER, Ute").
_LABEL_WORDS = frozenset(
    [w.capitalize() for w in (*_PLEDGE_LABELS, *_STREET_LABELS) if " " not in w]
    + ["Passaporto", "Paspoortnr", "Paspoort", "Pasaporte", "Passaporte", "Reisepass",
       "Passport", "Objeto", "Oggetto", "Voorwerp", "Pfandgegenstand", "Objet"]
)  # fmt: skip
_LABEL_AFTER = re.compile(r"[ \t]*(?:\.|[ \t]n\.|[ \t]nr\.?)?[ \t]*(?::|\t|[ \t]{2,}|\r?\n|\Z)")


def record_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one of these records' labels before its value."""
    return text[start:end] in _LABEL_WORDS and _LABEL_AFTER.match(text, end) is not None


_DEVICE_WORDS = frozenset(w for w in _DEVICES if " " not in w)


def without_device(text: str, start: int, end: int) -> tuple[int, int]:
    """The name model's run less a device word at either end: a DHCP map's "Laptop Cleo"
    or "Handy Kai" names Cleo and Kai, not the laptop (an empty span where only a device
    was taken); "Familie Quernheim" names the Quernheims."""
    span = (start, end)
    head, _, rest = text[start:end].partition(" ")
    if rest and (head.lower() in _DEVICE_WORDS or head.lower() in _FAMILY):
        start += len(head) + 1
    rest, _, tail = text[start:end].rpartition(" ")
    if rest and tail.lower() in _DEVICE_WORDS:
        end -= len(tail) + 1
    if text[start:end].lower() in _DEVICE_WORDS:
        return start, start
    if (start, end) != span and text[start:end] in _NOT_OWNERS:
        return start, start  # "Laptop Ufficio": the office's laptop
    return start, end


class RecordOwnerDetector(BuiltinDetector):
    """Pledgors, owners, appliance users and device owners named by their role."""

    name = "record_owners"
    entities = frozenset({"PERSON", "STREET_ADDRESS"})

    def scan(self, ctx: ScanContext) -> list[Span]:
        # ctx.lower is searched for gates only; offsets come from ctx.text.
        found = record_owner_spans(ctx.text, ctx.lower) + spaced_label_spans(ctx.text)
        return [Span(s, e, t) for s, e, t in found]
