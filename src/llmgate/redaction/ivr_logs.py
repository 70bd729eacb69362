"""Values in a speech platform's log, typed by the prompt that asked for them.

An IVR (pharmacy refill, delivery, clinic booking) logs each turn as a line: the system's
``PROMPT`` or ``TTS`` text, then the caller's answer as ``RECO`` / ``INPUT`` (what the
recogniser heard, with a confidence) or ``DTMF`` (keys pressed). The answer has no label of
its own: "6 1 7 5 5 5 0 1 4 8 2" is a phone only because the prompt asked for a mobile
number, "zero nine two three nineteen eighty eight" a birth date only because it asked for
one, "Philippa Ravensworth" a name because it asked for the name; and "4 4 1 8 2 0 7" after
"enter your prescription number" is an id that stays, though it is spaced like a keyed
phone (held-out set 12: 13 of 93 prescription numbers masked, a fifth of names left).
The prompts also say the caller's name back ("Thank you, Maria Rossi.", "Danke, Frau
Sauerbrey.").

Rules as data: the prompt cues per kind in seven languages (``PROMPT_KINDS``), the thanks
and greeting words before an echoed name (``ECHO``). Read only where a prompt token is in
the text (C-level finds); every pattern is bounded to one line, so the pass is linear.
"""

from __future__ import annotations

import re
from functools import lru_cache

from llmgate.redaction.names import NOT_NAMES

__all__ = ["PROMPT_KINDS", "ivr_values"]

# What a prompt asks for, by words of its text (lower case); the first kind that matches
# wins, so an id prompt ("prescription number") is never read as a phone prompt.
PROMPT_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("prescription", "rx number", "rezept", "ordonnance", "receta", "ricetta",
            "recept", "receita", "order number", "member", "patient id", "bestellnummer",
            "kundennummer", "numéro de commande", "número de pedido", "numero d'ordine",
            "ordernummer", "lidnummer", "número de sócio", "número de socio", "account number",
            "policy number", "claim number", "confirmation number", "tracking number")),
    ("dob", ("birth", "geburt", "naissance", "nacimiento", "nascita", "geboorte",
             "nascimento")),
    ("phone", ("phone", "mobile", "call you back", "callback", "text updates",
               "text alerts", "sms", "handynummer", "rückrufnummer", "telefonnummer",
               "téléphone", "portable", "móvil", "teléfono", "cellulare", "telefono",
               "mobiele nummer", "telefoonnummer", "telemóvel", "telefone", "celular")),
    ("name", ("your name", "last name", "first name", "full name", "name on the",
              "ihren namen", "ihr name", "votre nom", "su nombre", "nombre completo",
              "suo nome", "nome e cognome", "uw naam", "seu nome", "o seu nome",
              "como se chama", "wie heißen sie", "comment vous appelez")),
    ("street", ("address", "street", "adresse", "anschrift", "dirección", "domicilio",
                "indirizzo", "adres", "morada", "endereço", "straße")),
)  # fmt: skip
_KIND_TYPE = {"dob": "DATE_OF_BIRTH", "phone": "PHONE", "name": "PERSON",
              "street": "STREET_ADDRESS"}  # fmt: skip
_PROMPT = re.compile(r"\b(?:PROMPT|TTS)\b")
_ANSWER = re.compile(r"\b(?:RECO|INPUT|DTMF)\b")
# The answer's value: a JSON field, the first quoted text, a "dtmf=" run, or the digits
# after the token.
_JSON_VALUE = re.compile(r'"(?:utterance|digits|text|result)"[ \t]*:[ \t]*"([^"\n]{1,120})"')
_QUOTED = re.compile(r'"([^"\n]{1,120})"')
_KEYED = re.compile(r"(?:dtmf|digits)=([0-9*#][0-9 *#]{0,40})|^[: \t]+([0-9][0-9 *#]{0,40})")
_NO_ANSWER = frozenset(
    ["yes", "no", "ja", "nein", "oui", "non", "sí", "si", "nee", "sim", "não", "agent",
     "operator", "help", "repeat", "1", "2", "0", "#", "*"]
)  # fmt: skip
# A name said back in a prompt: after thanks, a greeting, "I have", "is this for".
_TITLE = (
    r"(?:Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Frau|Herr|Madame|Monsieur|Mme\.?|Señora|Señor|Sra\.?"
    r"|Sr\.?|Signora|Signor|Sig\.(?:ra)?|mevrouw|meneer|Mevrouw|Meneer|Dona|Senhora|Senhor)"
)
_NAME = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'\u2019-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'\u2019-]+){0,2}"
ECHO = (
    "Thank you", "Thanks", "Danke", "Vielen Dank", "Merci", "Gracias", "Grazie", "Dank u",
    "Dank je", "Obrigado", "Obrigada", "Hello", "Hallo", "Hola", "Olá", "Bonjour", "Ciao",
    "Buongiorno", "Guten Tag", "Goedendag", "I have", "Is this for", "for", "für", "pour",
    "para", "per", "voor",
)  # fmt: skip
# Prepositions among the cues: a name after them needs two words or a question mark.
_BEFORE = frozenset(["for", "für", "pour", "para", "per", "voor"])
_ECHO = re.compile(
    rf"\b(?P<cue>{'|'.join(ECHO)}),?[ \t]+(?:{_TITLE}[ \t]+)?(?P<n>{_NAME})(?=[.,!?])"
)
_DIGIT_WORDS = frozenset(
    ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
     "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
     "zéro", "un", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "cero", "uno",
     "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "due", "tre",
     "quattro", "cinque", "sei", "sette", "otto", "nove", "nul", "een", "twee", "drie",
     "vijf", "zes", "zeven", "negen", "um", "dois", "três", "quatro", "sete", "oito"]
)  # fmt: skip


def _kinds(line: str) -> tuple[str, ...]:
    """What a prompt asks for: an id alone, or one or more of the other kinds ("say your
    last name and date of birth")."""
    low = line.lower()
    kinds = tuple(kind for kind, cues in PROMPT_KINDS if any(map(low.__contains__, cues)))
    return ("id",) if "id" in kinds else kinds


def _answer(line: str, at: int) -> tuple[int, int] | None:
    """The span of the caller's answer on a RECO / INPUT / DTMF line, after ``at``."""
    m = _JSON_VALUE.search(line, at) or _QUOTED.search(line, at)
    if m is None:
        m = _KEYED.search(line[at:])
        if m is None:
            return None
        group = 1 if m.start(1) >= 0 else 2
        start, end = m.start(group) + at, m.end(group) + at
    else:
        start, end = m.span(1)
    while end > start and line[end - 1] in " #*":
        end -= 1
    while start < end and line[start] == " ":
        start += 1
    return (start, end) if end > start else None


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value) + sum(
        w in _DIGIT_WORDS for w in value.lower().replace(",", " ").split()
    )


def _typed(kind: str, value: str) -> bool:
    """Whether an answer has the shape of what its prompt asked for."""
    if value.lower() in _NO_ANSWER:
        return False
    if kind == "phone":
        return _digits(value) >= 9
    if kind == "name":
        words = value.split()
        return 1 <= len(words) <= 4 and all(w.replace("-", "").isalpha() for w in words)
    if kind == "dob":
        return any(c.isdigit() for c in value) or len(value.split()) >= 3
    return any(c.isdigit() for c in value) or len(value.split()) >= 3  # street


def _typed_spans(kinds: tuple[str, ...], value: str, at: int) -> list[tuple[int, int, str]]:
    """The answer typed by its prompt; "Rossi, march fourth ..." after a prompt for the name
    and the birth date is both, split at its first comma."""
    parts = [(kinds, 0, len(value))]
    if len(kinds) > 1 and "," in value:
        cut = value.index(",")
        rest = cut + 1 + (len(value[cut + 1 :]) - len(value[cut + 1 :].lstrip()))
        parts = [(kinds[:1] if "name" not in kinds else ("name",), 0, cut),
                 (tuple(k for k in kinds if k != "name"), rest, len(value))]  # fmt: skip
    out = []
    for part_kinds, start, end in parts:
        for kind in part_kinds:
            if kind in _KIND_TYPE and _typed(kind, value[start:end]):
                out.append((at + start, at + end, _KIND_TYPE[kind]))
                break
    return out


Typed = tuple[tuple[int, int, str], ...]
Kept = tuple[tuple[int, int], ...]


@lru_cache(maxsize=4)
def ivr_values(text: str) -> tuple[Typed, Kept]:
    """Typed answers and echoed names of an IVR log, and the spans of keyed ids (answers to
    an id prompt) that other rules must leave.

    Cached for the last few texts: ``TalkDetector.scan`` reads the log for its values and
    ``drop_talk_ids`` reads the same text again for the ids to leave, after every detector
    has run (a normalized text that differs from the original is parsed once for each)."""
    found: list[tuple[int, int, str]] = []
    keep: list[tuple[int, int]] = []
    if "PROMPT" not in text and "TTS" not in text:
        return (), ()
    kinds: tuple[str, ...] = ()
    pos = 0
    for line in text.split("\n"):
        prompt = _PROMPT.search(line)
        if prompt is not None:
            kinds = _kinds(line)
            for m in _ECHO.finditer(line, prompt.end()):
                words = m.group("n").split()
                if m.group("cue") in _BEFORE and len(words) < 2 and line[m.end()] != "?":
                    continue  # "press 1 for English.": one word after "for" is no name
                if words[0] not in NOT_NAMES:
                    found.append((pos + m.start("n"), pos + m.end("n"), "PERSON"))
        elif kinds and (answer := _ANSWER.search(line)) is not None:
            span = _answer(line, answer.end())
            if span is not None:
                if kinds == ("id",):
                    keep.append((pos + span[0], pos + span[1]))
                else:
                    found += _typed_spans(kinds, line[span[0] : span[1]], pos + span[0])
            kinds = ()
        pos += len(line) + 1
    return tuple(found), tuple(keep)
