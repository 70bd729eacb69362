"""Names and streets after the letter-spaced labels of a scanned form.

OCR of a printed form reads its wide-set captions letter by letter ("N a m e  |  KALTBACH",
"S t r a ß e ;  Lindenweg  4"), with ``;`` or ``|`` where the form had a colon or a box
line and double blanks inside the values. No label rule knows "N a m e", and the name model
sees a heading. A spaced label is collapsed ("V o r n a m e" -> "vorname", words kept
apart by three blanks) and looked up in the tables below; its value is what follows the
separator, up to two blanks (a name: the next caption may share the line) or the line's end
(a street). Only a regular expression over the text that needs a spaced run of three
letters and a separator: linear in the text.
"""

from __future__ import annotations

import re

from llmgate.redaction.names import LOWER, NOT_NAMES, UPPER

__all__ = ["spaced_label_spans"]

# Captions of a name field, collapsed and lower-cased.
_NAME_LABELS = frozenset(
    ["name", "surname", "firstname", "first name", "lastname", "last name", "forename",
     "familyname", "family name", "vorname", "nachname", "familienname", "nom", "prénom",
     "prenom", "nomdefamille", "nom de famille", "cognome", "nome", "achternaam",
     "voornaam", "naam", "apellidos", "apellido", "nombre", "sobrenome", "nomecompleto",
     "nome completo", "fullname", "full name", "titular", "intestatario", "claimant"]
)  # fmt: skip
# Captions of a street field.
_STREET_LABELS = frozenset(
    ["street", "address", "street address", "straße", "strasse", "anschrift", "adresse",
     "rue", "via", "indirizzo", "straat", "adres", "domicilio", "dirección", "direccion",
     "calle", "morada", "rua", "endereço", "endereco"]
)  # fmt: skip

_LETTER = r"[^\W\d_]"
# Two or more letters, each followed by one blank; words of a caption three blanks apart.
# The counts are bounded and a run starts only after a blank that follows no letter, so a
# long run of spaced letters costs one bounded try per run.
_SPACED = re.compile(
    rf"(?<![^\s|;:])(?<!{_LETTER} )"
    rf"(?P<l>{_LETTER}(?: {_LETTER}){{1,24}}(?: {{3}}{_LETTER}(?: {_LETTER}){{1,24}}){{0,3}})"
    r"[ \t]*[:;|][ \t]*"
)
_NAME_VALUE = re.compile(
    rf"(?P<v>[{UPPER}][{UPPER}{LOWER}'\u2019-]+(?: [{UPPER}][{UPPER}{LOWER}'\u2019-]+){{0,2}})"
    r"(?=[ \t]{2,}|\t|[ \t]*(?:\r?\n|\Z|[|;]))"
)
_LINE_REST = re.compile(r"[^\n|]*")


def _collapse(label: str) -> str:
    return " ".join(w.replace(" ", "") for w in label.split("   ")).lower()


def spaced_label_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of the names and streets after letter-spaced captions."""
    out: list[tuple[int, int, str]] = []
    for m in _SPACED.finditer(text):
        label = _collapse(m.group("l"))
        if label in _NAME_LABELS:
            v = _NAME_VALUE.match(text, m.end())
            if v is not None and not any(w.title() in NOT_NAMES for w in v.group("v").split()):
                out.append((*v.span("v"), "PERSON"))
        elif label in _STREET_LABELS:
            rest = _LINE_REST.match(text, m.end())
            assert rest is not None
            value = rest.group().rstrip(" \t\r,;")
            if any(c.isdigit() for c in value) and re.search(rf"[{UPPER}{LOWER}]{{3}}", value):
                out.append((m.end(), m.end() + len(value), "STREET_ADDRESS"))
    return out


# Words of a spaced caption that name a receipt, ticket, serial or membership number: the
# digits after it are that id, not a phone (collapsed, lower case, punctuation dropped).
_ID_WORDS = frozenset(
    ["serial", "serialno", "serialnr", "seriennr", "seriennummer", "serie", "série",
     "seriale", "serienummer", "ticket", "ticketno", "receipt", "receiptno", "quittung",
     "quittungsnr", "ricevuta", "boleto", "lotnummer", "lot", "membership", "membershipno",
     "mitgliedsnr", "mitgliedsnummer", "tessera", "lidnummer", "socio", "sócio", "adhérent",
     "claim", "claimno", "reference", "referenz", "référence", "referencia", "riferimento",
     "referentie", "referência", "aktenzeichen", "dossier", "expediente", "pratica"]
)  # fmt: skip
_SPACED_TAIL = re.compile(
    rf"(?<!{_LETTER} )(?P<l>{_LETTER}(?: \S){{1,24}}(?: {{3}}\S(?: \S){{1,24}}){{0,3}})"
    r"[ \t]*[:;|][ \t]*\Z"
)
_PUNCT = re.compile(r"[^\w ]+")


def spaced_id_caption(before: str) -> bool:
    """Whether ``before`` (the line up to a number) ends with a letter-spaced caption of
    an id ("Q u i t t u n g s - N r .  |", "S e r i a l ;"): OCR's wide-set captions hide
    the label word that keeps a receipt or serial number from reading as a phone."""
    m = _SPACED_TAIL.search(before)
    if m is None:
        return False
    words = _PUNCT.sub(" ", _collapse(m.group("l")).replace("-", "")).split()
    return any(w in _ID_WORDS for w in words) or "".join(words) in _ID_WORDS
