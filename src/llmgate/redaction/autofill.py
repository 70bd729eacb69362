"""A browser's saved form data, dumped from its SQLite file (``sqlite3 "Web Data" .dump``).

Chrome's ``autofill`` table keeps each value a user typed under the form field's name, and
again in lower case: ``INSERT INTO autofill VALUES('nachname','Kleinschmidt',
'kleinschmidt',1735689600,1735689600,2);``. The field name, in whatever language the site
was written, says what the value is; the lower-cased copy ("bettina oberholzer") holds no
capital a name rule could start from. The ``credit_cards`` table keeps the holder's name
in ``name_on_card``, the second column. Cards and e-mail addresses in these rows are found
by their own detectors; names, phone numbers and birth dates are read here by the field's
name (a table, seven languages), each checked for its shape.
"""

from __future__ import annotations

import re

from llmgate.redaction.dates import DATE_ONLY
from llmgate.redaction.detectors import Span

__all__ = ["FIELD_TYPES", "autofill_spans"]

# Form field names (lower case, "_", "-" and blanks dropped) and the type of their values.
_PERSON_FIELDS = (
    "name", "fullname", "firstname", "lastname", "givenname", "familyname", "surname",
    "fname", "lname", "nameoncard", "cardholder", "cardholdername", "holder",
    "vorname", "nachname", "familienname", "karteninhaber",
    "nom", "prenom", "prénom", "nomdefamille", "titulaire",
    "nombre", "apellido", "apellidos", "primerapellido", "segundoapellido", "titular",
    "nome", "cognome", "intestatario", "titolare",
    "voornaam", "achternaam", "naam", "tussenvoegsel", "kaarthouder",
    "apelido", "sobrenome", "nomecompleto", "primeironome", "ultimonome",
)  # fmt: skip
_PHONE_FIELDS = (
    "phone", "tel", "telephone", "mobile", "mobilephone", "phonenumber", "cell",
    "telefon", "telefonnummer", "handy", "mobil", "mobilnummer",
    "téléphone", "portable", "numerodetelephone", "numérodetéléphone",
    "telefono", "teléfono", "movil", "móvil", "celular",
    "cellulare", "numeroditelefono",
    "telefoon", "telefoonnummer", "mobiel", "mobielnummer",
    "telemovel", "telemóvel", "telefone",
)  # fmt: skip
_DOB_FIELDS = (
    "birthday", "birthdate", "dateofbirth", "dob", "bday",
    "geburtsdatum", "geburtstag", "datenaissance", "datedenaissance",
    "fechanacimiento", "fechadenacimiento", "datanascita", "datadinascita",
    "geboortedatum", "datanascimento", "datadenascimento",
)  # fmt: skip
FIELD_TYPES: dict[str, str] = {
    **{f: "PERSON" for f in _PERSON_FIELDS},
    **{f: "PHONE" for f in _PHONE_FIELDS},
    **{f: "DATE_OF_BIRTH" for f in _DOB_FIELDS},
}
_QUOTED = r"'(?:[^'\n]|''){0,200}'"
_AUTOFILL = re.compile(
    r"INSERT INTO [\"`]?autofill[\"`]? VALUES\('(?P<field>[^'\n]{1,64})',"
    rf"(?P<value>{_QUOTED}),(?P<lower>{_QUOTED})",
    re.IGNORECASE,
)
_CARD_ROW = re.compile(
    r"INSERT INTO [\"`]?credit_cards[\"`]?(?:\((?P<cols>[^)\n]{0,300})\))? VALUES\("
    rf"{_QUOTED},(?P<value>{_QUOTED})",
    re.IGNORECASE,
)
_KEY_DROP = re.compile(r"[\s_\-.]")
_NAME = re.compile(r"[^\W\d_]+(?:[ '\-][^\W\d_]+){0,4}\Z")
_PHONE = re.compile(r"\+?[0-9 ()./\-]{7,22}\Z")


def _fits(kind: str, value: str) -> bool:
    if kind == "PERSON":
        return _NAME.match(value) is not None
    if kind == "PHONE":
        return _PHONE.match(value) is not None and 7 <= sum(c.isdigit() for c in value) <= 15
    return DATE_ONLY.fullmatch(value) is not None


def autofill_spans(text: str) -> list[Span]:
    """Names, phone numbers and birth dates of autofill and credit_cards rows."""
    out: list[Span] = []
    for m in _AUTOFILL.finditer(text):
        kind = FIELD_TYPES.get(_KEY_DROP.sub("", m.group("field").lower()))
        if kind is None:
            continue
        for group in ("value", "lower"):
            start, end = m.start(group) + 1, m.end(group) - 1
            value = text[start:end]
            if value and _fits(kind, value):
                out.append(Span(start, end, kind))
    for m in _CARD_ROW.finditer(text):
        cols = m.group("cols")
        if cols is not None:
            names = [_KEY_DROP.sub("", c.strip(' "`').lower()) for c in cols.split(",")]
            if len(names) < 2 or names[1] != "nameoncard":
                continue
        start, end = m.start("value") + 1, m.end("value") - 1
        if end > start and _NAME.match(text, start, end) is not None:
            out.append(Span(start, end, "PERSON"))
    return out
