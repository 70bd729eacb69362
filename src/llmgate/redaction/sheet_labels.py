"""The value after a secret's label on a form, a work order or a contact sheet, or in the
sentence that names it: the shared reader of ``wifi_codes`` and ``keyholder``.

A field-service work order, an installation sheet or an alarm company's keyholder sheet
sets its values in rows: "PPPoE password: qk7Rv2mw", "Clé WiFi : 9Q4s...", "| Wireless key
| bxw7... |", "Wi-Fi key ......... Harrow-...", "Duress word: Sunflower". The label there
says what the value is, so the value needs no password's look: eight digits or a plain
word are secrets after it. An engineer's note or an e-mail says the same in a sentence
("the PPPoE password is vR5h...", "la password PPPoE Qw8n... (utente ...)", "het
beheerwachtwoord van de router Adm1n!..."): there the value must look like one (``strong``)
or be quoted, since words of the sentence follow the label too.

What is not a value: a pointer to where it is ("see label", "siehe Aufkleber", "voir
étiquette", "unchanged"), a placeholder, a time or a date, another label.

Every search is a bounded window after a label that a caller's table found, so the cost
stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from llmgate.redaction.detectors import Span
from llmgate.redaction.password_values import looks_like_password, strong, trim_value

__all__ = ["NOT_VALUES", "Policy", "label_values"]

# Words that stand where a value would and are none (lower case), in the seven languages:
# pointers to where the value is, "unchanged", "none", "same", articles and prepositions.
NOT_VALUES = frozenset((
    "see", "siehe", "voir", "ver", "vedi", "zie", "veja", "label", "sticker", "aufkleber",
    "étiquette", "etiqueta", "etichetta", "unchanged", "unverändert", "inchangé", "inchangée",
    "invariato", "invariata", "ongewijzigd", "inalterado", "inalterada", "none", "keine",
    "kein", "aucun", "aucune", "ninguna", "ninguno", "nessuna", "nessuno", "geen", "nenhuma",
    "nenhum", "default", "standard", "printed", "same", "idem", "gleich", "même", "mismo",
    "misma", "stesso", "stessa", "zelfde", "mesmo", "mesma", "the", "der", "die", "das",
    "le", "la", "les", "el", "los", "il", "het", "de", "o", "a", "on", "in", "at", "auf",
    "unter", "im", "sur", "dans", "en", "sul", "sulla", "nel", "op", "na", "no", "em",
    "under", "provided", "given", "sent", "separately", "attached", "hidden", "masked",
    "redacted", "n/a", "na", "tbd", "todo", "pending", "offen", "changed", "reset", "set",
    "not", "nicht", "pas", "is", "ist", "est", "es", "è", "é", "was", "war", "yes", "ja",
    "oui", "sí", "si", "sim", "nee", "non", "wpa", "wpa2", "wpa3", "wep", "aes", "tkip",
    "psk", "wpa2-psk", "wpa-psk", "required", "optional", "erforderlich", "obligatoire",
    "wird", "will", "sera", "será", "sarà", "wordt", "for", "für", "pour", "para", "per",
    "voor", "and", "und", "et", "y", "e", "en", "of", "von", "du", "del", "van", "do", "da",
    "customer", "kunde", "client", "cliente", "klant", "user", "benutzer", "utente",
    "gebruiker", "utilizador", "usuario", "usuário", "password", "passwort", "kennwort",
    "wachtwoord", "senha", "contraseña", "mot", "chiave", "clave", "chave", "sleutel",
    "key", "code", "codice", "código", "now", "jetzt", "ora", "ahora", "agora", "nu",
    "maintenant", "also", "auch", "aussi", "también", "anche", "ook", "também",
    # a chat's answers that are no value
    "nope", "sure", "thanks", "okay", "ok", "tomorrow", "later", "maybe", "correct", "right",
    "done", "nein", "danke", "merci", "gracias", "grazie", "bedankt", "obrigado", "obrigada",
    "perfect", "perfekt", "parfait", "perfecto", "perfetto", "perfeito", "klar", "genau",
    "vale", "claro", "certo", "prima", "goed", "exactly", "sorry", "hello", "hallo", "hola",
    "bonjour", "ciao", "olá",
))  # fmt: skip


class Policy(NamedTuple):
    """What a label's value may be: ``words`` lets a plain word stand after a field's
    separator or in quotes (a code word); ``digits``: the fewest digits of an all-digit
    value (0: none is one); ``minimum``: the fewest characters of any other value."""

    words: bool
    digits: int
    minimum: int


# After a label: a qualifier in brackets ("(SSID)", "(admin)"), or up to 40 characters of
# the label's own words before a colon ("Password to give to the monitoring centre:"),
# then the field's separator: a colon, "=", a table's "|", dot leaders, a tab or a run of
# blanks that aligns a column.
_FIELD = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\)|[^\n:=|.?!\d<>\"&]{0,40}?(?=[ \t]*(?:\*\*)?[ \t]*[:=|]))?"
    r"(?:[ \t]*(?:\*\*)?[ \t]*(?::|=|\||\.{2,}|…)[ \t.:|…]*(?:\*\*)?[ \t]*|\t[ \t]*|[ \t]{2,}"
    r"|[ \t]+[\-\u2013\u2014][ \t]+)"
)
# A value in a field: digits in groups of four (a FRITZ!Box key), a quoted value, a token.
_VALUE = re.compile(
    r"(?P<g>[0-9]{4}(?:[ ][0-9]{4}){2,7})(?![ ]?[0-9])"
    r"|[\"'\u201c\u00ab\u2018](?P<q>[^\"'\u201d\u00bb\u2019\n]{3,64})[\"'\u201d\u00bb\u2019]"
    r"|(?P<t>[^\s\"'\u201c\u201d\u00ab\u00bb|]{3,64})"
)
_END_OF_FIELD = re.compile(
    r"[ \t]*(?:[|,;)\]]|\.(?!\S)|\r?\n|\Z|[ \t]{2,}|[ \t]+[\-\u2013\u2014/])"
)
# The words of a sentence between a label and its value: a few words without digits
# ("van de router", "is now", "für den Router ist"), on one line or wrapped onto a quoted
# one ("my new password is\n> X"); markup or a chat's time stamp ends the sentence.
_PROSE_WORD = re.compile(r"[ \t]*(?:\r?\n[> \t]*)?(?P<w>[^\s]{1,64})")
_PROSE_REACH = 6  # words tried after a label in a sentence
_SENTENCE_END = (".", "!", "?", ";", ":")
# Words between a label and its separator that make the field describe the value, not
# hold it ("Password last changed:", "Kennwort gültig bis:", "Code length:").
_ABOUT = re.compile(
    r"chang|geänder|modifi|cambia|gewijzig|alter|reset|expir|valid|gültig|date|datum|fecha"
    r"|data|last|letzt|dernier|últim|ultim|laatst|policy|richtlinie|hint|hinweis|length|länge"
    r"|longueur|longitud|lunghezza|lengte|comprimento|request|count|anzahl|número"
)
# The verbs between a label and its value that keep it the first word ("is Juniper").
_VERBS = frozenset((
    "is", "ist", "lautet", "est", "es", "è", "é", "was", "war", "era", "wordt", "now", "jetzt",
))  # fmt: skip
_WORD_VALUE = re.compile(r"[^\W\d_](?:[^\W\d_]|['\-](?=[^\W\d_])){2,31}")
_TIME_OR_DATE = re.compile(r"[0-9]{1,4}(?:[./\-:h][0-9]{1,4}){1,2}h?")


def _value_ok(value: str, policy: Policy, field: bool, quoted: bool, first: bool = False) -> bool:
    """Whether ``value`` can be what its label names (see ``Policy``); ``first``: a word
    right after the label that ends its clause ("password Thunderbolt, duress ...")."""
    low = value.lower()
    if low in NOT_VALUES or _TIME_OR_DATE.fullmatch(value) or value[0] in "[<{(":
        return False
    if value.isdigit():
        return policy.digits > 0 and len(value) >= policy.digits and (field or quoted or first)
    if (
        policy.words
        and _WORD_VALUE.fullmatch(value)
        and (field or quoted or (first and value.istitle()))
    ):
        return True
    if field or quoted:
        if len(value) < policy.minimum or value.endswith(":"):
            return False
        return looks_like_password(value, prose=False) and any(not c.isalpha() for c in value)
    return len(value) >= policy.minimum and strong(value)


def _field_value(text: str, low: str, at: int, policy: Policy) -> Span | None:
    """The value of a field whose separator ends at ``at``."""
    m = _VALUE.match(text, at)
    if m is None:
        return None
    if m.group("g") is not None:
        return Span(*m.span("g"), "SECRET") if policy.digits else None
    group = "q" if m.group("q") is not None else "t"
    start = m.start(group)
    value = trim_value(m.group(group)) if group == "t" else m.group(group).strip()
    end = start + len(value)
    if group == "t" and _END_OF_FIELD.match(text, end) is None and not strong(value):
        return None  # more words follow: a sentence ("siehe Aufkleber am Gerät")
    if not _value_ok(value, policy, field=True, quoted=group == "q"):
        return None
    return Span(start, end, "SECRET")


def _prose_value(text: str, at: int, policy: Policy) -> Span | None:
    """The first of a few words after a label in a sentence that looks like its value."""
    pos = at
    wrapped = False
    leading = True  # only verbs so far ("code word is Juniper"): the next word is "first"
    for _ in range(_PROSE_REACH):
        m = _PROSE_WORD.match(text, pos)
        if m is None:
            return None
        if "\n" in text[pos : m.start("w")]:
            if wrapped or ">" not in text[pos : m.start("w")]:
                return None  # only a quoted reply's line goes on after a break
            wrapped = True
        word = m.group("w")
        if any(c in word for c in "<>=[]{}"):
            return None  # markup, an assignment, a chat's time stamp: not a sentence's word
        quoted = word[0] in "\"'\u201c\u00ab(" and len(word) > 2
        value = (
            trim_value(word.strip("\"'\u201c\u201d\u00ab\u00bb()")) if quoted else trim_value(word)
        )
        if value:
            start = text.find(value, m.start("w"))
            ends = word.endswith((",", ".", ";", ")")) or _END_OF_FIELD.match(text, m.end())
            first = leading and ends is not None and ends is not False
            if _value_ok(value, policy, field=False, quoted=quoted, first=first):
                return Span(start, start + len(value), "SECRET")
        if any(c.isdigit() for c in word) or word.endswith(_SENTENCE_END) or quoted:
            return None  # another value, or the sentence ended: not this label's
        leading = leading and word.lower() in _VERBS
        pos = m.end()
    return None


def label_values(
    text: str, low: str, labels: Iterable[re.Match[str]], policy: Policy
) -> list[Span]:
    """The value after every label (``labels``: matches in the lower-cased ``low``, at
    ``text``'s offsets): a field's value after its separator, else a value in the sentence
    after it."""
    out: list[Span] = []
    for m in labels:
        sep = _FIELD.match(low, m.end())
        found = None
        if sep is not None and _ABOUT.search(low, m.end(), sep.end()) is not None:
            continue  # "Password last changed: Monday" describes the value
        if sep is not None:
            found = _field_value(text, low, sep.end(), policy)
        if found is None and (sep is None or low[m.end() : sep.end()].strip(" \t") == ""):
            found = _prose_value(text, m.end(), policy)
        if found is not None:
            out.append(found)
    return out
