"""Dates as people write them: the numeric and written forms of seven languages.

DATE_OF_BIRTH (dob.py) decides whether a date is a birth date from the words around it;
this module only says what a date looks like. One pattern covers the numeric forms
(``12/03/1985``, ``1979-11-23``, ``14.02.1988``) and the written ones (``March 4, 1990``,
``3. Juli 1975``, ``7 de agosto de 1991``, "the fourteenth of March, 1985"), and
``possible`` keeps the candidates that are calendar dates with a year of birth.
"""

from __future__ import annotations

import re

__all__ = [
    "ALLIANCE", "DATE", "DATE_ONLY", "DAY_WORDS", "LEAD_WORD", "LEAD_WORDS", "MONTHS", "MONTH_NAME",
    "MONTH_YEAR", "YEAR", "possible",
]  # fmt: skip

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|"
    "janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    "noviembre|diciembre|"
    # Italian, Dutch and Portuguese (the names the other languages lack)
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "januari|februari|maart|mei|augustus|"
    "janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "mär|mrz|okt|dez|janv|févr|fevr|avr|juil|déc|ene|abr|ago|dic|"
    "gen|giu|lug|ott|mrt|fev"
)
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_DAY2 = r"(?:0[1-9]|[12][0-9]|3[01])"


# A day said in words, as a caller says it ("the fourteenth of March", "el catorce de
# marzo", "le quatorze mars", "der vierzehnte März"): ordinals in EN and DE (German with its
# case ending), cardinals in FR and ES. Compounds are written with a blank or a hyphen.
def _w(words: str) -> list[str]:
    return words.split()


def _day_words() -> list[str]:
    en = _w("first second third fourth fifth sixth seventh eighth ninth")
    de = _w("erste zweite dritte vierte fünfte sechste siebte achte neunte")
    fr = _w("deux trois quatre cinq six sept huit neuf")
    words = [*en, *de, *fr, "tenth", "eleventh", "twelfth", "twentieth", "thirtieth"]
    words += [t + "teenth" for t in _w("thir four fif six seven eigh nine")]
    words += [f"{t}{sep}{u}" for t in ("twenty", "thirty") for u in en for sep in " -"]
    words += ["zehnte", "elfte", "zwölfte", "zwanzigste", "dreißigste"]
    words += [t + "zehnte" for t in _w("drei vier fünf sech sieb acht neun")]
    words += [t + "undzwanzigste" for t in _w("ein zwei drei vier fünf sechs sieben acht neun")]
    words += ["einunddreißigste", "premier", "dix", "onze", "douze", "treize", "quatorze"]
    words += ["quinze", "seize", "vingt", "trente", "vingt-et-un", "vingt et un", "trente-et-un"]
    words += [f"dix{sep}{u}" for u in ("sept", "huit", "neuf") for sep in " -"]
    words += ["vingt-" + u for u in fr]
    words += _w("primero uno dos tres cuatro cinco seis siete ocho nueve diez once doce")
    words += _w("trece catorce quince dieciséis dieciseis diecisiete dieciocho diecinueve")
    words += _w("veinte veintiuno veintidós veintidos veintitrés veintitres veinticuatro")
    words += _w("veinticinco veintiséis veintiseis veintisiete veintiocho veintinueve")
    # Italian: "il ventidue marzo", "primo maggio"
    words += _w("primo due tre quattro cinque sei sette otto nove dieci undici dodici tredici")
    words += _w("quattordici quindici sedici diciassette diciotto diciannove venti ventuno")
    words += _w("ventidue ventitré ventitre ventiquattro venticinque ventisei ventisette")
    words += _w("ventotto ventinove trenta trentuno")
    # Dutch and Portuguese: "vier mei", "quatro de maio"
    units_nl = _w("een twee drie vier vijf zes zeven acht negen")
    words += [*units_nl, *_w("tien elf twaalf dertien veertien vijftien zestien zeventien")]
    words += _w("achttien negentien twintig dertig eenendertig")
    words += [u + ("ën" if u.endswith("e") else "en") + "twintig" for u in units_nl]
    words += _w("primeiro um dois três quatro cinco sete oito nove dez doze treze catorze")
    words += _w("quatorze dezasseis dezesseis dezassete dezessete dezoito dezanove dezenove")
    words += ["vinte", *(f"vinte e {u}" for u in _w("um dois três quatro cinco seis sete")),
              "vinte e oito", "vinte e nove", "trinta", "trinta e um"]  # fmt: skip
    return [*words, "treinta", "treinta y uno"]


def _trie(words: list[str]) -> str:
    """One regex for a word list in which each character is tried once per position: an
    alternation of 100 words would try each of them at every position of the filler."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(tree)


_DAY_WORDS = _trie(_day_words()) + "[nrm]?"
# For spoken.py, which says dates whose year is words too.
DAY_WORDS = _DAY_WORDS
MONTHS = _MONTHS
# The month names as one trie, for the patterns. Each pattern here wants a non-letter right
# after a month name, and a name is letters only: at a given start, only the name that
# spans the whole run of letters can lead to a match, so the trie finds the matches the
# alternation finds, in the same order. But it tries each character once, where ``re``
# tries the 120 names one by one (with case folding it cannot skip a name by its first
# letter): that was a third of the DATE_OF_BIRTH model's time on a chat message.
MONTH_NAME = _trie(_MONTHS.split("|"))
# The first word (letters only, lower case) that a month name or a day word can start with,
# the day words also with their case ending ([nrm]): a word of a text that is not one of
# them (compared in lower case, where the word is ASCII) starts neither. A set lookup per
# word instead of the month and day word patterns tried at every word start.
LEAD_WORDS = frozenset(
    first + end
    for word in [*_MONTHS.split("|"), *_day_words()]
    for first in [re.match(r"[^\W\d_]+", word).group()]  # type: ignore[union-attr]
    for end in ("", "n", "r", "m")
)
# One of them, as a pattern (to test a word beyond ASCII with the patterns' case folding).
LEAD_WORD = _trie(sorted(LEAD_WORDS))
# Years of birth, the 19th century's too: genealogies and family-tree files hold them.
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})(?![^\W\d_])"
# Between the parts of a written date: a blank, or a line break where a mail client wrapped
# the line ("12 March\n1985"), with the next line's indentation or quote markers ("> ").
_BREAK = r"[ ]?\r?\n(?:[ \t]{0,8}>){0,4}[ \t]{0,8}"
_GAP = rf"(?:[ ]|{_BREAK})"
DATE = (
    r"(?<![0-9])(?:"
    rf"{_YEAR}[\-/.]{_DAY}[\-/.]{_DAY}"  # 1979-11-23 (month and day both <= 31 here)
    rf"|{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"  # 19850312, as exports write it
    rf"|{_DAY2}(?:0[1-9]|1[0-2]){_YEAR}|(?:0[1-9]|1[0-2]){_DAY2}{_YEAR}"  # 03071962, 07031962
    # 12/03/1985, 14.02.88, "12.03.\n1985" where a mail client wrapped it
    rf"|{_DAY}[ ]?[./\-][ ]?{_DAY}[ ]?[./\-](?:[ ]|{_BREAK})?(?:{_YEAR}|[0-9]{{2}})"
    # 12 March 1985, 12 Mar 85, 04MAR58 (travel and ID documents); without a year after a
    # cue, a birthday ("Birthday: 4 March", "Geburtstag am 4. März")
    rf"|{_DAY}(?:st|nd|rd|th|er|\.|º|°)?(?:{_GAP}(?:of{_GAP}|de{_GAP})?)?(?:{MONTH_NAME})"
    rf"(?:\.?,?{_GAP}(?:del?{_GAP})?(?:{_YEAR}|['\u2019]?[0-9]{{2}}(?![0-9:.,]?[0-9]))"
    # (no year only where none follows: "04.MAR.79" is the form below, not "04.MAR")
    rf"|(?<=[A-Za-z])(?:{_YEAR}|[0-9]{{2}})|(?![^\W\d_])(?![\-./][0-9]))"
    rf"|{_DAY}[\-./](?:{MONTH_NAME})[\-./](?:{_YEAR}|[0-9]{{2}})"  # 12-Mar-1985, 12/mar/85
    # 3-IV-1975, 3.IV.1975: a Roman month, as Italian, Spanish and Portuguese forms write it
    rf"|{_DAY}(?:-{_ROMAN}-|\.{_ROMAN}\.|/{_ROMAN}/){_YEAR}"
    # March 4, 1990; March the fourteenth, 1985 (one try of the month names for both)
    # (and Jan 5, '83: a two-digit year after a month first only with its apostrophe)
    rf"|(?:{MONTH_NAME})(?:\.?{_GAP}{_DAY}(?:st|nd|rd|th)?"
    rf"(?:,?{_GAP}(?:{_YEAR}|['\u2019][0-9]{{2}}(?![0-9]))|(?![^\W\d_]))"
    rf"|{_GAP}(?:the{_GAP})?(?:{_DAY_WORDS}),?{_GAP}{_YEAR})"
    # the fourteenth of March, 1985; el catorce de marzo del 85 (at a word's start only)
    rf"|(?<![^\W\d_])(?:{_DAY_WORDS}){_GAP}(?:of{_GAP}|de{_GAP})?(?:{MONTH_NAME})"
    rf"\.?,?{_GAP}(?:del?{_GAP})?(?:{_YEAR}|[0-9]{{2}}(?![0-9:.,]?[0-9]))"
    r")(?![0-9])"
)
# Right after a cue only, a month and a year: "born in March 1985", "né en mars 1985",
# "nacido en marzo de 1985" (after the date, "seit März 1985 ..., geboren" is no birth).
# "NATO" in capitals before a lower-case word is the alliance, not Italian "nato" (born):
# the birth-date rules and the DATE_OF_BIRTH model's birth words both leave it.
ALLIANCE = r"NATO(?=[ \t]+[a-z])"
MONTH_YEAR = rf"(?<![^\W\d_])(?:{MONTH_NAME})\.?,?{_GAP}(?:del?{_GAP})?{_YEAR}(?![0-9])"


DATE_ONLY = re.compile(DATE, re.IGNORECASE)
# A four-digit year from 1800 to 2099 standing alone (not inside a longer number). Its
# first digit comes before the look back for a digit before it: a pattern that starts with
# a literal lets ``re`` skip to the next "1" or "2" in C instead of looking back at every
# position (a quarter of the time on 4 KB of text, where the model reads all its years).
YEAR = re.compile(r"1(?<![0-9]{2})[89][0-9]{2}(?![0-9])|2(?<![0-9]{2})0[0-9]{2}(?![0-9])")


_NUMBERS = re.compile(r"[0-9]+")


def possible(date: str) -> bool:
    """A calendar date (either day/month order) with a year of birth, when numeric."""
    parts = [int(p) for p in _NUMBERS.findall(date)]
    if len(parts) == 1:  # 19850312, "4 March": the patterns already bound month and day
        return len(date) == 8 or not date.isdigit()
    if len(parts) != 3:
        return len(parts) == 2  # written month: the day and year patterns already bound them
    if parts[0] > 31:  # year first
        _, a, b = parts
    else:
        a, b, _ = parts
    return (a <= 12 or b <= 12) and a >= 1 and b >= 1
