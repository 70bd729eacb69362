"""User records of identity providers and directories: values under their keys and columns.

Keycloak keeps a user's profile in ``attributes``, each an array of strings under a name
the realm's admin chose, in English or the users' language (``"phoneNumber": ["+351 ..."]``,
``"street"``, ``"birthdate"``, ``"telefone"``, ``"morada"``, ``"geburtsdatum"``, ``"straat"``,
``"gatuadress"``); Okta, Auth0, Microsoft Graph (Entra), Google's Admin SDK and SCIM 2.0
name theirs in their schemas (``mobilePhone``, ``streetAddress``, ``phone_number``,
``businessPhones``, ``recoveryPhone``). The same names head the columns of their CSV exports:
Okta's "Street address", Entra's "Download users" (``givenName``, ``mobile``), Google
Workspace's bulk upload with its bracketed notes ("Mobile Phone", "First Name [Required]").

The key says what the value is, so a street a shape rule cannot read ("Jan van
Galenstraat 45", "ul. Piotrkowska 112") and a national phone without its country code are
found; the value must still look like one (a street: a letter and a number; a phone: 7 to 15
digits; a name: letters only, no firm's word). Keys are compared without case, blanks, ``_``,
``-``, ``.`` and a bracketed note. Everything runs on the text alone (no engine hits), so
both detection paths find the same. A KeePass XML entry's ``UserName`` is a person's name
where it is written as one (two words or "Surname, Given").
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.field_values import looks_like_name, looks_like_street, phone_digits
from llmgate.redaction.tables import split_row

__all__ = ["IDENTITY_KEYS", "identity_key", "identity_spans", "value_spans"]

# Keys (normalized: lower case, no blank, "_", "-", ".") -> what their values hold.
_STREET = (
    "street", "streetaddress", "street1", "streetline1", "address1", "addressline1",
    "addressstreet", "homestreet", "homestreetaddress", "workstreet", "streetname",
    # German, French, Spanish, Italian, Dutch, Portuguese, Polish, Nordic, Finnish
    "strasse", "straße", "strasseundhausnummer", "straßeundhausnummer", "rue", "adresse",
    "adresserue", "calle", "direccion", "dirección", "domicilio", "callenumero",
    "indirizzo", "straat", "straatnaam", "straatenhuisnummer", "rua", "morada",
    "endereco", "endereço", "logradouro", "ulica", "ulicainumer", "gatuadress",
    "gateadresse", "gadeadresse", "katuosoite", "utca",
)  # fmt: skip
_PHONE = (
    "phone", "phonenumber", "phoneno", "mobile", "mobilephone", "mobilenumber", "cellphone",
    "cell", "cellnumber", "telephone", "telephonenumber", "tel", "primaryphone",
    "secondaryphone", "workphone", "homephone", "businessphone", "businessphones",
    "officephone", "recoveryphone", "phonenumbermobile", "phonenumberwork", "contactphone",
    "telefone", "telemovel", "telemóvel", "numerotelefone", "telefon", "telefonnummer",
    "mobil", "mobilnummer", "mobiltelefon", "handy", "handynummer", "portable",
    "telephoneportable", "numerotelephone", "telefono", "teléfono", "movil", "móvil",
    "celular", "numerotelefono", "cellulare", "numerocellulare", "numeroditelefono",
    "telefoon", "telefoonnummer", "mobiel", "mobielnummer", "komorka", "komórka",
    "numertelefonu", "telefonkomorkowy", "mobiltelefonnummer", "puhelin", "matkapuhelin",
)  # fmt: skip
_NAME = (
    "firstname", "lastname", "givenname", "familyname", "surname", "middlename", "fullname",
    "displayname", "vorname", "nachname", "familienname", "prenom", "prénom", "nomdefamille",
    "apellido", "apellidos", "primerapellido", "segundoapellido", "cognome", "voornaam",
    "achternaam", "apelido", "sobrenome", "primeironome", "ultimonome", "imie", "imię",
    "nazwisko", "fornavn", "efternavn", "etternavn", "fornamn", "efternamn", "etunimi",
    "sukunimi",
)  # fmt: skip
IDENTITY_KEYS: dict[str, str] = {
    **dict.fromkeys(_STREET, "street"),
    **dict.fromkeys(_PHONE, "phone"),
    **dict.fromkeys(_NAME, "name"),
}
# Keys read in CSV headings only: a JSON "displayName" names groups and apps as often.
_CSV_ONLY = frozenset(["displayname"])
_ENTITY = {"street": "STREET_ADDRESS", "phone": "PHONE", "name": "PERSON"}
# Columns that make a header line a user export's (with one typed column more).
_ACCOUNT_COLUMNS = frozenset(
    ["email", "mail", "emailaddress", "primaryemail", "userprincipalname", "username",
     "login", "userid", "uid", "samaccountname", "upn", "useremail"]
)  # fmt: skip

_NOTE = re.compile(r"[ \t]*[\[(][^\])\n]{0,60}[\])][ \t]*\Z")  # "First Name [Required]"
_SQUEEZE = re.compile(r"[ \t_\-.]+")
# "key": "value" or "key": ["value", ...] (a Keycloak attribute), in JSON or a JS object.
_JSON_PAIR = re.compile(
    r"\"(?P<k>[A-Za-z\u00c0-\u024f][\w .\-]{0,40})\"[ \t]*:[ \t]*(?:\[[ \t\r\n]{0,40})?"
    r"\"(?P<v>(?:[^\"\\\n]|\\.){1,120})\""
)
_WORD = re.compile(r"[^\W\d_]{3,}")  # a street's name: a word of three letters or more
_SEPARATORS = (",", ";", "\t")
_ROWS = 500  # rows read under one header
_MAX_VALUE = 120


def identity_key(name: str) -> str:
    """A key or column heading as ``IDENTITY_KEYS`` holds it: lower case, no bracketed
    note, no blank, ``_``, ``-`` or ``.`` ("Mobile Phone" and "mobile_phone": "mobilephone")."""
    name = _NOTE.sub("", name.strip().strip("\"'"))
    return _SQUEEZE.sub("", name).lower()


def _value_spans(text: str, start: int, end: int, kind: str) -> list[Span]:
    """``text[start:end]`` (blanks and quotes around it dropped) as ``kind``'s entity when
    the value looks like one."""
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and text[end - 1] in " \t\"'\r":
        end -= 1
    value = text[start:end]
    if not value or len(value) > _MAX_VALUE or "@" in value or "://" in value:
        return []
    if kind == "street":
        ok = looks_like_street(value) and _WORD.search(value) is not None and ":" not in value
    elif kind == "phone":
        ok = phone_digits(value)
    else:
        ok = looks_like_name(value) and not value.isupper()
    return [Span(start, end, _ENTITY[kind])] if ok else []


# The check and trim of a value under a typed key, shared with sql_users' columns.
value_spans = _value_spans


def _json_spans(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _JSON_PAIR.finditer(text):
        key = identity_key(m.group("k"))
        kind = IDENTITY_KEYS.get(key)
        if kind is not None and key not in _CSV_ONLY:
            out += _value_spans(text, m.start("v"), m.end("v"), kind)
    return out


def _header(line: str) -> tuple[str, list[str | None]] | None:
    """A user export's header line: its separator and each column's kind (None: another
    column's), when it has an account column and a typed one."""
    for sep in _SEPARATORS:
        if line.count(sep) < 2:
            continue
        names = [identity_key(n) for n in split_row(line, sep)]
        if any(len(n) > 40 or not n.isalnum() for n in names if n):
            return None  # a row of values, or prose with commas
        kinds = [IDENTITY_KEYS.get(n) for n in names]
        if any(kinds) and not _ACCOUNT_COLUMNS.isdisjoint(names):
            return sep, kinds
        return None
    return None


def _csv_spans(text: str) -> list[Span]:
    out: list[Span] = []
    lines: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        lines.append((pos, nl))
        pos = nl + 1
    i = 0
    while i < len(lines):
        lo, hi = lines[i]
        head = _header(text[lo:hi].rstrip("\r")) if 0 < hi - lo <= 4000 else None
        i += 1
        if head is None:
            continue
        sep, kinds = head
        for lo, hi in lines[i : i + _ROWS]:
            fields = split_row(text[lo:hi], sep)
            if len(fields) != len(kinds):
                break
            i += 1
            at = lo
            for field, kind in zip(fields, kinds, strict=True):
                if kind is not None:
                    out += _value_spans(text, at, at + len(field), kind)
                at += len(field) + 1
    return out


# A KeePass 2 XML entry's user name: a person's name where it is written as one ("Anna
# Weber", "Weber, Anna"); one word is a login handle and stays, as do e-mail addresses
# and numbers (other rules' findings).
_KEEPASS_USER = re.compile(
    r"<Key>UserName</Key>\s{0,40}<Value(?:[ \t][^<>\n]{0,60})?>(?P<v>[^<>\n]{1,120})</Value>"
)


def _keepass_spans(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _KEEPASS_USER.finditer(text):
        value = m.group("v").strip()
        if (" " in value or "," in value) and value[:1].isupper():
            out += _value_spans(text, m.start("v"), m.end("v"), "name")
    return out


def identity_spans(text: str) -> list[Span]:
    """Names, streets and phones under the keys of JSON user records and the columns of
    user exports' CSV, and the names of KeePass entries' users."""
    out: list[Span] = []
    if "<Key>UserName</Key>" in text:
        out += _keepass_spans(text)
    if '"' in text and ":" in text:
        out += _json_spans(text)
    if ("," in text or ";" in text or "\t" in text) and _account_column(text):
        out += _csv_spans(text)
    return out


def _account_column(text: str) -> bool:
    """Whether ``text`` can hold a user export's header: an account column's name, as
    ``identity_key`` reads it, somewhere in the text with its blanks, ``_``, ``-`` and ``.``
    dropped (C-level work, instead of a walk over every line of every text with a comma)."""
    squeezed = _SQUEEZE.sub("", text).lower()
    return any(map(squeezed.__contains__, _ACCOUNT_COLUMNS))
