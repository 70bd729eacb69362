"""Words that, between a birth cue and a date, say the date is another event's.

A birth cue reaches a date up to 64 characters further in its clause (``dob._CUE_DATE``):
"born in Leeds on 2 June 2024". The same reach takes dates that the words in between give
to something else: the registration of the birth ("Birth registered on 19 June 2024",
"Naissance déclarée le 14 mars 2025", "Geburt angezeigt am 07.02.2024"), a certificate's
issue ("acte de naissance délivré le 02/10/2025"), another field of a form whose birth
date was left empty ("Geburtsdatum:      Anmeldedatum: 03.11.2025"), a voucher's
validity ("Birthday voucher valid until 12/31/2025"), a check-out said instead of a
birth date. Where one of these words stands between the cue and the date, the date is
not the birth date.

The same words as the label right before a date ("Anmeldedatum: 03.11.2025", "Fecha de
salida: 02/02/2026") keep the DATE_OF_BIRTH model's finding off that date
(``event_label_before``): the model weighs the words around a date, and a birth date
elsewhere in the record can outweigh the date's own label.

Rules as data: the words of seven languages (EN, DE, FR, ES, IT, NL, PT) as whole words;
a stem that ends in ``\\w*`` takes its inflections ("registered", "registrata").
"""

from __future__ import annotations

import re

from llmgate.redaction.birthday_fields import names_birthday
from llmgate.redaction.dob_model_tables import BIRTH
from llmgate.redaction.tables import column_heading

__all__ = ["OTHER_EVENT_WORDS", "event_heading", "event_label_before", "names_other_event"]

OTHER_EVENT_WORDS = (
    # registration and declaration of the birth, a certificate's issue
    r"regist\w*", r"enregistr\w*", r"beurkund\w*", "angezeigt", "eingetragen", r"d[ée]clar\w*",
    r"dress[ée]e?", r"inscri\w*", r"iscritt\w*", r"denunciat\w*", r"trascritt\w*", "aangegeven",
    "aangifte", r"ingeschreven", r"inschrijving\w*", r"lavrad\w*", "issued", r"ausgestellt",
    r"ausstellung\w*", r"d[ée]livr\w*", r"[ée]mis\w*", r"expedi\w*", r"emitid\w*",
    r"rilasciat\w*", r"emess\w*", "afgegeven", "uitgegeven", "uitgifte",
    # another form field or event: sign-up, signing, handover, stays and travel
    r"anmelde\w*", "angemeldet", "anmeldung", "signed", r"unterschrieben", r"unterzeichnet",
    r"sign[ée]e?", r"firmad\w*", r"firmat\w*", "ondertekend", "getekend", r"assinad\w*",
    "handover", r"[üu]bergabe", r"[üu]bergeben", "overdracht", "entrega", "entregue",
    r"consegna\w*", r"remise?", r"check[ \-]?(?:out|in)", "arrival", "departure", "abreise",
    "anreise", r"arriv[ée]e", r"d[ée]part", "llegada", "salida", "arrivo", "partenza",
    "aankomst", "vertrek", "chegada", "partida", "erstzulassung", r"zulassung\w*",
    r"immatricul\w*", r"matr[íi]cul\w*", "toelating", "tenaamstelling", "cession",
    # a stay, a visit, a policy's or a contract's start
    "admitted", "admission", "aufnahme", "entlassung", r"discharg\w*", "ingreso", "alta",
    "baja", r"ricover\w*", r"dimission\w*", "opname", "ontslag", "internamento", "visit",
    "visited", "visite", "visita", "besuch", "bezoek", "started", "starts", "began", "beginn",
    r"d[ée]but", "inicio", "inizio", "ingang", r"in[íi]cio",
    # validity and expiry ("valid until", "gültig bis", "valable jusqu'au")
    "valid", r"g[üu]ltig\w*", "valable", r"v[áa]lid[oa]", r"valid[oa]", "geldig", r"expir\w*",
    r"caduc\w*", "scadenza", "verloopt", r"ablauf\w*", "until", "jusqu", "hasta", "fino",
    "até",
    # calls and bookings; the German and Dutch words that start like "geb." and name no
    # birth ("gebucht", "gebeld", "gebeten", "Gebäude"): the DATE_OF_BIRTH model reads
    # every word that starts with "geb" as a birth word
    "called", "angerufen", r"appel[ée]e?", r"llam[óo]", r"chiamat[oa]", "ligou", "booked",
    "gebucht", "gebeld", "gebeten", "gebaut", r"geb[äa]ude", "gebracht", "gebeurd",
    "gebruikt", "geboekt", r"geb[üu]hr\w*", "errichtet",
    # other life events: baptism, marriage, death
    r"christen\w*", r"bapti[sz]\w*", r"getauft", "taufe", r"baptis[ée]e?", r"bautizad\w*",
    r"battezzat\w*", "gedoopt", r"batizad\w*", "died", "gestorben", "verstorben",
    r"d[ée]c[ée]d[ée]e?", r"fallecid\w*", r"decedut\w*", "overleden", r"falecid\w*",
    "married", "verheiratet", r"mari[ée]e", r"casad[oa]", r"sposat[oa]", "getrouwd",
    # a wedding's or a job's anniversary (French "anniversaire" and Portuguese "aniversário"
    # are birthdays: not here), and a contact record's own changes ("Last Open",
    # "LAST_CHANGED", "Created")
    "anniversary", "anniv", "jahrestag", "hochzeitstag", r"jubil\w*", "created", "updated",
    "modified", "changed", r"last[ _]?(?:open\w*|order\w*|active|login|seen|purchase)",
)  # fmt: skip

# "as registered", "wie eingetragen", "tel que déclaré": the birth date as a record holds
# it, not another event's date.
_AS = ("as ", "wie ", "que ", "como ", "come ", "zoals ", "conforme ")
_OTHER_EVENT = re.compile(
    rf"(?<![^\W\d_]){''.join(f'(?<!{a})' for a in _AS)}(?:{'|'.join(OTHER_EVENT_WORDS)})"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def names_other_event(filler: str) -> bool:
    """Whether the words between a birth cue and its date (``filler``) name another
    event's date ("registered", "délivré", "Anmeldedatum", "valid until"). Only the date's
    own line counts: a question on the line above may name the record that holds the
    birth date ("Can you confirm the date of birth registered on the account?")."""
    return _OTHER_EVENT.search(filler, filler.rfind("\n") + 1) is not None


_LABEL_REACH = 40  # characters before a date that its label can take on its line
_LAST_VALUE = re.compile(r".*[0-9]", re.DOTALL)
_WORD = re.compile(r"[^\W\d_]+")


def event_label_before(text: str, start: int) -> bool:
    """Whether the label right before the date at ``start`` (on its line, after any other
    value) names another event, with no birth word after that event word ("Anmeldedatum:",
    "check-out on", but not "Taufe von Emil, geboren")."""
    line = text.rfind("\n", 0, start) + 1
    window = text[max(line, start - _LABEL_REACH) : start]
    value = _LAST_VALUE.match(window)
    if value is not None:
        window = window[value.end() :]
    ends = [m.end() for m in _OTHER_EVENT.finditer(window)]
    if not ends:
        return False
    return not any(BIRTH.search(w.lower()) for w in _WORD.findall(window, ends[-1]))


def event_heading(text: str, start: int, memo: dict[tuple[int, str], int]) -> bool:
    """Whether the date at ``start`` sits in a table column whose heading names another
    event and no birth ("Anniversary", "Last Open", "Signup Date"): an export's row holds
    a birthday and such dates side by side, and the model reads the row, not the column."""
    heading = column_heading(text, start, memo)
    if heading is None or _OTHER_EVENT.search(heading) is None:
        return False
    return not names_birthday(heading)
