"""Dates said in words, for spoken.py: the words of a year in seven languages, a day and a
month before it, and the read-back of a call.

"The twelfth of March nineteen eighty-five", "zwölfter März neunzehnhundertfünfundachtzig",
"douze mars mille neuf cent quatre-vingt-cinq", "doce de marzo de mil novecientos ochenta y
cinco", "ventisei aprile millenovecentosessantuno", "elf maart negentienhonderdachtenvijftig",
"nove de junho de mil novecentos e setenta". Kept apart from the phone runs of spoken.py
(which shares the French pairs from here) so that each module stays readable.
"""

from __future__ import annotations

import re

from llmgate.redaction.dates import DAY_WORDS, MONTHS
from llmgate.redaction.detectors import Span

__all__ = ["FR_PAIR", "FR_TEENS", "FR_UNITS", "SPOKEN_DATE", "date_span", "read_back"]

# French reads a number by pairs ("zéro six, douze, trente-quatre, cinquante-six,
# soixante-dix-huit"): each pair is a number from 10 to 99 in words, with its hyphens.
FR_UNITS = "un|deux|trois|quatre|cinq|six|sept|huit|neuf"
FR_TEENS = "dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize"
FR_PAIR = (
    rf"(?:quatre-vingts?(?:-(?:{FR_TEENS}|{FR_UNITS}))?"
    rf"|soixante(?:-(?:{FR_TEENS}|{FR_UNITS})|[ \-]et[ \-](?:un|onze))?"
    rf"|(?:vingt|trente|quarante|cinquante|septante|huitante|octante|nonante)"
    rf"(?:-(?:{FR_UNITS})|[ \-]et[ \-]un)?"
    rf"|{FR_TEENS})"
)


def _words(*lines: str) -> list[str]:
    return [word for line in lines for word in line.split()]


# A year said in words: a century word, then up to five number words.
_NUMBER_WORDS = _words(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen",
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy",
    "eighty ninety hundred oh and",
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze",
    "seize vingt vingts trente quarante cinquante soixante et",
    "uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince",
    "dieciséis dieciseis diecisiete dieciocho diecinueve veinte veinti\\w+ treinta cuarenta",
    "cincuenta sesenta setenta ochenta noventa y",
    "e um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze",
    "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
)
_NUMBER = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
# German joins a year's words into one: "neunzehnhundertfünfundachtzig".
_DE_PARTS = (
    "ein|eins|zwei|drei|vier|fünf|sechs|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|"
    "dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|und|s"
)
# A birth year said by its last two digits, as callers say it ("sixty-two", "soixante-dix",
# "del ochenta y dos", "sessantotto", "zweiundsechzig", "tweeënzestig", "sessenta e dois").
_TENS = {
    "en": "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety",
    "es": "treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa",
    "it": "vent|trent|quarant|cinquant|sessant|settant|ottant|novant",
    "de": "zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig",
    "nl": "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig",
    "pt": "vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa",
}
_YEAR_WORDS = (
    rf"(?:(?:nineteen|twenty|two thousand)(?:[ \-]+(?:{_NUMBER})){{0,4}}"
    rf"|(?:neunzehnhundert|zweitausend)(?:[ ]?(?:{_DE_PARTS})+)?"
    rf"|(?:mil(?:le)?[ \-]neuf[ \-]cents?|deux[ \-]mille|mil[ ]novecientos|dos[ ]mil"
    rf"|mil[ ]novecentos|dois[ ]mil)(?:[ \-]+(?:{_NUMBER})){{0,5}}"
    # Italian and Dutch join a year's words as German does ("millenovecentosessantuno",
    # "negentienhonderdachtenvijftig"); Dutch also says the century alone ("negentien
    # achtenvijftig"). A four-digit year after the words of a day and a month, too.
    # a transcript writes the Dutch years of this century apart: "tweeduizend zeven"
    rf"|tweeduizend[ ](?:en[ ])?(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)"
    rf"(?:[eë]n(?:twintig|dertig))?|tien|elf|twaalf|(?:der|veer|vijf|zes|zeven|acht|negen)tien"
    rf"|twintig|dertig)"
    rf"|(?:mille[ ]?(?:nove|otto)cento|duemila|negentienhonderd|tweeduizend)[a-zàèéìòùë]*"
    rf"|negentien[ ](?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?"
    rf"(?:{_TENS['nl']})|(?:19[0-9]{{2}}|20[0-2][0-9])(?![0-9]))(?!\w)"
)
_SHORT_YEAR = (
    rf"(?:(?:{_TENS['en']})(?:[ \-](?:one|two|three|four|five|six|seven|eight|nine))?"
    rf"|{FR_PAIR}|veinti\w+|(?:{_TENS['es']})(?:[ ]y[ ](?:uno|dos|tres|cuatro|cinco|seis"
    rf"|siete|ocho|nueve))?|(?:{_TENS['it']})(?:[ai](?:due|tré|tre|quattro|cinque|sei|sette"
    rf"|nove)?|uno|otto)|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?"
    rf"(?:{_TENS['de']})|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?"
    rf"(?:{_TENS['nl']})|(?:{_TENS['pt']})(?:[ ]e[ ](?:um|dois|três|tres|quatro|cinco"
    rf"|seis|sete|oito|nove))?)(?![\w\-])"
)
_ANY_YEAR = rf"(?:{_YEAR_WORDS}|{_SHORT_YEAR})"
SPOKEN_DATE = re.compile(
    rf"(?<!\w)(?:the[ ])?(?:{DAY_WORDS})[ ](?:(?:of|de)[ ])?(?:{MONTHS}),?[ ](?:del?[ ])?"
    rf"{_ANY_YEAR}"
    rf"|(?<!\w)(?:{MONTHS})[ ](?:the[ ])?(?:{DAY_WORDS}),?[ ]{_ANY_YEAR}"
)
# A question for the birth date in a call is answered on the next line and said again on
# the line after (an interpreter repeats the answer in the other language, an agent reads
# it back): the dates in words of those two lines, within this many characters of the cue.
_READ_BACK = 240
_QUESTION = re.compile(r"[^\n]{0,60}\?")


def read_back(low: str, cue: int, after: int) -> list[Span]:
    """The dates in words said again after the first one (``after``) on the two lines
    after a question's cue that ends at ``cue``."""
    if _QUESTION.match(low, cue) is None:
        return []
    stop = cue
    for _ in range(3):  # the question's line break, the answer's, the repetition's
        stop = low.find("\n", stop + 1)
        if stop < 0:
            stop = len(low)
            break
    stop = min(stop, cue + _READ_BACK)
    return [date_span(low, m.start(), m.end()) for m in SPOKEN_DATE.finditer(low, after, stop)]


def date_span(low: str, start: int, end: int) -> Span:
    """A spoken date's span; "the" before a date with a year in digits is left out, as the
    digit-driven rules leave it ("the fourteenth of March, 1985")."""
    if low[end - 1].isdigit() and low.startswith("the ", start):
        start += 4
    return Span(start, end, "DATE_OF_BIRTH")
