"""Passwords dictated in a voicemail or a call, as a transcript writes them.

"Your temporary password is Sunrise 44 Falcon, that's sunrise, the number forty four,
falcon", "la password del wifi è lampone settantasette, tutto minuscolo": speech-to-text
writes the words said, blanks and all, so the value is two to four words and not one
token with a password's symbols (``passwords``, ``told``). What tells it from prose ("the
password is on the fridge, I think") is what a caller adds right after a value read out:
how to spell it ("that's", "all lower case", "capital S", "tutto minuscolo") or that it
is said again ("I repeat", "ripeto"), and the value holds a number (digits or a number's
word).

The cues are tables per language; the rule is tried only where a password word starts
(``passwords`` finds them, C-level finds or the engine's trigger, the same on every path).
A read-back of the value is masked by the SECRET detector's repeat rule.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span, finditer_at, longest_first
from llmgate.redaction.password_words import PASSWORD_WORDS, VERBS

__all__ = [
    "DICTATION_CUES",
    "FILLERS",
    "JOINED_CUES",
    "NUMBER_WORDS",
    "PROSE_WORDS",
    "dictated_passwords",
]

# What a caller says right after a value read out (lower case), in the seven languages.
DICTATION_CUES = (
    "that's", "that is", "all lower case", "all lowercase", "lower case", "lowercase",
    "all caps", "capital", "i repeat", "again", "spelled",
    "ich wiederhole", "alles klein", "kleingeschrieben", "großes", "grosses", "das heißt",
    "je répète", "je repete", "tout en minuscules", "en minuscules", "majuscule", "c'est-à-dire",
    "repito", "todo en minúsculas", "en minúsculas", "minúsculas", "mayúscula", "o sea",
    "ripeto", "tutto minuscolo", "minuscolo", "minuscole", "maiuscola", "cioè",
    "ik herhaal", "herhaal", "kleine letters", "hoofdletter", "dus", "with a capital",
    "repito", "tudo minúsculo", "minúsculas", "maiúscula", "ou seja", "alles zusammen",
)  # fmt: skip
# "all one word", said without a comma before it ("gatto nero 42 tutto attaccato").
JOINED_CUES = (
    "all one word", "one word", "no spaces", "zusammengeschrieben", "ohne leerzeichen",
    "en un seul mot", "sans espace", "todo junto", "sin espacios", "tutto attaccato",
    "senza spazi", "aan elkaar", "zonder spaties", "tudo junto", "sem espaços",
    "en minuscules", "in kleinbuchstaben", "en minúsculas", "in minuscolo", "em minúsculas",
)  # fmt: skip
# What a caller says while thinking, beside or instead of the verb, or a verb said twice
# ("das Passwort ist äh Kastanie ...", "le mot de passe du wifi euh coquelicot ...",
# "the wifi password is is um Harbour 77").
FILLERS = ("uh", "um", "uhm", "er", "erm", "äh", "ähm", "öh", "euh", "heu", "eh", "ehm", "hum")
# The stems of numbers said in words (a value must hold one, or a digit): units and tens.
NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
    "zehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
    "neunzig", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "vingt",
    "trente", "quarante", "cinquante", "soixante", "cent", "uno", "dos", "tres", "cuatro",
    "cinco", "seis", "siete", "ocho", "nueve", "diez", "veinte", "treinta", "cuarenta",
    "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "due", "tre", "quattro",
    "cinque", "sette", "otto", "dieci", "venti", "trenta", "quaranta", "cinquanta",
    "sessanta", "settanta", "ottanta", "novanta", "cento", "een", "twee", "drie", "vijf",
    "zes", "zeven", "negen", "tien", "twintig", "dertig", "veertig", "vijftig", "zestig",
    "zeventig", "tachtig", "negentig", "honderd", "dois", "três", "quatro", "oito", "nove",
    "dez", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "oitenta", "noventa",
    # the teens that no unit's stem starts
    "elf", "zwölf", "onze", "douze", "treize", "quatorze", "quinze", "seize", "once", "doce",
    "trece", "catorce", "quince", "dieci", "undici", "dodici", "tredici", "quattordici",
    "quindici", "sedici", "twaalf", "dertien", "veertien", "doze", "treze", "catorze",
)  # fmt: skip
_WORDS = longest_first(PASSWORD_WORDS)
_VERB = longest_first(VERBS)
_CUES = longest_first(DICTATION_CUES)
_JOINED = longest_first(JOINED_CUES)
_FILLER = longest_first(FILLERS)
# The word, a few words of its clause ("for the wifi"), a verb, two to four words, a comma,
# then a cue.
_DICTATED = re.compile(
    rf"(?:{_WORDS})(?![\w\-])[^\n.?!:=,]{{0,40}}?[ \t](?:{_VERB}|{_FILLER})[ \t]+"
    rf"(?:(?:{_FILLER}|{_VERB})[ \t,]+){{0,2}}"
    r"(?P<v>[^\W_]{2,20}(?:[ \t][^\W_]{1,20}){1,3})"
    rf"(?:,[ \t]*(?:[^\W\d_]{{1,12}}[ \t]+){{0,2}}(?:{_CUES})|,?[ \t]+(?:{_JOINED}))(?![\w])"
)
# Words of a sentence about a password, not of one ("12 characters long, that's the
# policy", "in the vault, I repeat"): a value holding one is prose.
PROSE_WORDS = frozenset((
    "the", "a", "an", "in", "on", "at", "of", "to", "for", "not", "still", "same", "your",
    "my", "characters", "chars", "digits", "letters", "long", "days", "hours", "minutes",
    "weeks", "months", "years", "times", "der", "die", "das", "ein", "eine", "im", "nicht",
    "zeichen", "stellen", "ziffern", "tage", "stunden", "le", "la", "les", "un", "une", "dans",
    "pas", "caractères", "chiffres", "jours", "el", "los", "las", "en", "no", "caracteres",
    "dígitos", "días", "il", "lo", "gli", "nel", "non", "caratteri", "cifre", "giorni", "het",
    "de", "een", "niet", "tekens", "cijfers", "dagen", "o", "os", "as", "um", "uma", "não",
    "dias", "dígitos",
))  # fmt: skip
_NUMBER = re.compile(r"[0-9]|(?<![^\W\d_])(?:" + "|".join(NUMBER_WORDS) + ")")


def dictated_passwords(low: str, words: list[int]) -> list[Span]:
    """Two to four words read out after a password word (``words``: where one starts in
    the lower-cased ``low``), then a spelling or repeat cue."""
    if not words:
        return []
    out: list[Span] = []
    for m in finditer_at(_DICTATED, low, words):
        value = m.group("v")
        if _NUMBER.search(value) is not None and PROSE_WORDS.isdisjoint(value.split()):
            out.append(Span(*m.span("v"), "SECRET"))
    return out
