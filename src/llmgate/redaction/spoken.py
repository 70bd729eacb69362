"""Phone numbers and birth dates said in words, as call transcripts and voicemails hold them.

A speech-to-text transcript writes what the caller said: "five five five, three one two,
nine eight seven six", "null eins sieben sechs ...", "zéro six, un deux ...", "seis cero
cero ..."; "the twelfth of March nineteen eighty-five", "zwölfter März
neunzehnhundertfünfundachtzig", "douze mars mille neuf cent quatre-vingt-cinq", "doce de
marzo de mil novecientos ochenta y cinco". Neither holds a digit, so the digit-driven
detectors never look at them.

Counting ("one two three four five six seven") and spoken order, tracking and reference
numbers look the same, so both rules need a cue: a run of seven to fifteen digit words
within reach after a word for phone, call or number (not an order's or a parcel's number),
and a date in words within reach after a birth word. The words are tables; the cues are
C-level finds in the lower-cased text, so text without them costs a few ``find`` calls.
"""

from __future__ import annotations

import re
from itertools import pairwise

from llmgate.redaction.dates import DATE_ONLY
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span
from llmgate.redaction.spoken_dates import FR_PAIR, SPOKEN_DATE, date_span, read_back

__all__ = ["CENTURY_WORDS", "DIGIT_WORDS", "TRIGGERS", "SpokenDetector"]

# A digit's words in EN, DE, FR, ES, IT, NL, PT ("oh" for zero; "zwo" for two on the German
# phone).
_DIGITS = {
    "zero": 0, "oh": 0, "null": 0, "zéro": 0, "cero": 0,
    "one": 1, "eins": 1, "un": 1, "uno": 1, "una": 1,
    "two": 2, "zwei": 2, "zwo": 2, "deux": 2, "dos": 2,
    "three": 3, "drei": 3, "trois": 3, "tres": 3,
    "four": 4, "vier": 4, "quatre": 4, "cuatro": 4,
    "five": 5, "fünf": 5, "cinq": 5, "cinco": 5,
    "six": 6, "sechs": 6, "seis": 6,
    "seven": 7, "sieben": 7, "sept": 7, "siete": 7,
    "eight": 8, "acht": 8, "huit": 8, "ocho": 8,
    "nine": 9, "neun": 9, "neuf": 9, "nueve": 9,
    # Italian, Dutch and Portuguese ("zero", "seis", "cinco" and "nove" are above or shared)
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7,
    "negen": 9, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7,
    "oito": 8,
}  # fmt: skip
# "double four", "triple five", "doppel vier", "doble cuatro", "dreimal die acht", "doppio
# sei", "dubbel vijf": the next digit twice or thrice.
_TIMES = {
    "double": 2, "doppel": 2, "doble": 2, "triple": 3, "tripple": 3, "zweimal die": 2,
    "dreimal die": 3, "zweimal": 2, "dreimal": 3, "doppio": 2, "dubbel": 2, "duplo": 2,
}  # fmt: skip
# Area codes said as a number ("null sieben elf", "nul tien", "dodici"): two digits each.
_PAIRS = {
    "elf": 11, "zwölf": 12, "tien": 10, "twaalf": 12, "dieci": 10, "undici": 11,
    "dodici": 12, "diez": 10, "doce": 12, "dez": 10, "doze": 12,
}  # fmt: skip
# Words after which a run of digit words is a phone number; one that ends in "*" may go on
# as a longer word ("rappelez", "llámeme"), the others end a word ("call", not "caller").
_PHONE_CUES = (
    "phone", "number", "call", "call back", "ring me", "reach me", "text me", "callback",
    "tel", "nummer", "ruf mich", "rückruf*", "erreich*", "handy", "mobil*",
    "numéro", "numero", "número", "rappel*", "appel*", "portable", "llám*", "llam*",
    "joindre", "joignable",
    "móvil", "movil", "teléfono", "telefono",
    "cellulare", "chiam*", "richiam*", "telefoon*", "terugbel*", "bel me", "mobiel",
    "telemóvel", "telemovel", "telefone", "ligar", "ligue", "contacto", "me liga", "liga-me",
    "zurück*", "rufnummer", "durchwahl", "reach", "contact", "mobile", "cell",
)  # fmt: skip
# Just before "number", these name another kind of number: order, parcel, reference...
_OTHER_NUMBERS = re.compile(
    r"(?:order|reference|ref|tracking|serial|invoice|account|case|ticket|confirmation|"
    r"policy|customer|member|bestell|auftrag|kunden|sendung|rechnung|commande|colis|suivi|"
    r"facture|pedido|seguimiento|factura|cliente|referencia|ordine|fattura|pratica|"
    r"bestelling|factuur|klant|encomenda|fatura|processo)\w*"
    r"(?:[ .:-]{1,3}(?:number|numéro|numero|número|no))?$"
)
# Right after it, FR and ES name the kind: "numéro de commande", "número de pedido".
_OTHER_AFTER = re.compile(
    r"[ \t]*(?:de|d'|du|del|di|della|do|da)[ \t]*(?:commande|suivi|facture|dossier|client|"
    r"colis|référence|reference|pedido|seguimiento|factura|cliente|referencia|expediente|caso|"
    r"ordine|fattura|pratica|spedizione|encomenda|fatura|processo|rastreio)"
)
# The words of those pairs, for the engine's trigger (three number words in a row start
# every spoken run): "et" joins "vingt et un".
FR_PAIR_WORDS = (
    "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
    "trente", "quarante", "cinquante", "soixante", "et", "septante", "huitante", "octante",
    "nonante",
)  # fmt: skip
DIGIT_WORDS = tuple(
    sorted((*_DIGITS, *_PAIRS, *FR_PAIR_WORDS, *(w.split()[0] for w in _TIMES)), key=len,
           reverse=True)
)  # fmt: skip
_WORD = "|".join(sorted((*_DIGITS, *_TIMES, *_PAIRS), key=len, reverse=True))
# A single digit between the words: a transcript mixes them ("two oh six, five 5 5").
_ANY = rf"{FR_PAIR}(?![\w\-])|(?:{_WORD})|[0-9](?![0-9])"
# Seven digits at the least (counted after the match: "double" adds one, a pair two).
# (between the words blanks, commas, hyphens, a transcript's pauses: "two... five", and
# the line break of a wrapped transcript)
SEPARATOR = "[ \t\n,.\\-…]{1,4}"
_RUN = re.compile(rf"(?<![\w+])(?:{_ANY})(?:{SEPARATOR}(?:{_ANY})){{3,24}}(?!\w)")
_TOKEN = re.compile(rf"(?<!\w)(?:{FR_PAIR}(?![\w\-])|(?:{_WORD})(?!\w)|[0-9](?![0-9]))")
_PHONE_REACH = 80  # characters from a cue's end to the start of the run


# Birth words; "birth*" and "geburt*" go on as "birthday", "Geburtsdatum".
_BIRTH_CUES = (
    "birth*", "born", "dob", "geburt*", "geboren", "naissance", "né le", "née le", "né(e)",
    "nacimiento", "nací", "naci el", "nacido", "nacida", "nació", "nascita", "geboorte*",
    "nascimento", "nasci", "nato il", "nata il", "nata a", "nato a", "nascido", "nascida",
)  # fmt: skip
# A word that every year said in words holds ("mil" in "mille", "mil novecientos").
# A short year's tens ("sixty", "soixante", "sessant", "zig" of "sechzig") stand for it.
CENTURY_WORDS = (
    "nineteen", "twenty", "thousand", "neunzehnhundert", "zweitausend", "mil",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "vingt", "trente",
    "quarante", "cinquante", "soixante", "veinti", "treinta", "cuarenta", "cincuenta",
    "sesenta", "setenta", "ochenta", "noventa", "vent", "trent", "quarant", "sessant",
    "settant", "ottant", "novant", "zig", "ßig", "tig", "vinte", "trinta", "quarenta",
    "sessenta", "oitenta", "duizend",
    # a four-digit year after a day and a month in words ("Elfter Januar 1968")
    "19", "20",
)  # fmt: skip
# The engine's triggers (triggers.py): whether three digit words in a row occur (every
# phone run holds them), and whether a century word does; birth words are dob.py's gates.
TRIGGERS = {"digits": "spoken:digits", "century": "spoken:century"}
_BIRTH_GATE = "dob:gate"
_LONGEST_CUE = max(len(c.rstrip("*")) for c in _BIRTH_CUES)
_DATE_REACH = 60  # characters from a birth cue's end to the start of the date


def _cues(words: tuple[str, ...]) -> tuple[tuple[bytes, bool], ...]:
    """Each cue as Latin-1 bytes, and whether it may go on as a longer word."""
    return tuple((w.rstrip("*").encode("latin-1"), w.endswith("*")) for w in words)


_PHONE_CUE_BYTES = _cues(_PHONE_CUES)
_BIRTH_CUE_BYTES = _cues(_BIRTH_CUES)


class SpokenDetector(BuiltinDetector):
    """Phone numbers and birth dates said in words, each after its cue."""

    name = "spoken"
    entities = frozenset({"PHONE", "DATE_OF_BIRTH"})

    def scan(self, ctx: ScanContext) -> list[Span]:
        hits = ctx.hits
        if hits is None:
            phones: list[tuple[int, int]] | None = None  # None: the whole text
            dates: list[tuple[int, int]] | None = None
        else:
            # Three digit words in a row anywhere (the engine's trigger, the pure path's
            # in_a_row): the phone cues are searched in the whole text on both paths, since
            # a cued run of single digits may stand far from the words ("mon numéro, c'est
            # le 0, 6, 9, ..."). A birth cue ends near a birth gate word (every birth cue
            # starts with one).
            triple = bool(hits.starts(TRIGGERS["digits"]))
            phones = None if triple else []
            # a year's words, or a run of digit words (a date said digit by digit)
            century = TRIGGERS["century"] in hits or triple
            dates = [(g, g + _LONGEST_CUE) for g in hits.starts(_BIRTH_GATE)] if century else []
            if not (triple or dates):
                return []
        low = ctx.lower_aligned
        if low is None:
            return []
        in_a_row = True
        if hits is None:
            in_a_row = _digit_words_in_a_row(ctx.lower_bytes)
            if not in_a_row and not any(map(low.__contains__, CENTURY_WORDS)):
                dates = []
            if not in_a_row:
                phones = []  # no run to find after any cue: skip the cue searches
        low_bytes = ctx.lower_bytes
        found: list[Span] = []
        for end in _cue_ends(low, low_bytes, _PHONE_CUE_BYTES, phones):
            start = end
            while (m := _RUN.search(low, start, end + _PHONE_REACH + 200)) is not None:
                if m.start() > end + _PHONE_REACH:
                    break
                if (
                    _is_phone(m.group())
                    and not _other_number(low, end)
                    and not _other_before(low, m.start())
                ):
                    found.append(Span(m.start(), m.end(), "PHONE"))
                start = m.end()
        # A run of nine digits or more is a phone number without a cue, too: a transcript
        # says the number again further on, or after words the cues do not know.
        # The whole text on both paths once three digit words stand in a row anywhere: a
        # run of single digits far from the words ("0, 6, 9, 3, ...") was found by the pure
        # path's whole-text search and missed by windows around the engine's hits.
        if hits is None:
            runs = [(0, len(low))] if in_a_row else []
        else:
            runs = [(0, len(low))] if hits.starts(TRIGGERS["digits"]) else []
        taken = {(s.start, s.end) for s in found}
        after = 0
        for lo, hi in runs:
            start = max(lo, after, 0)
            while start < hi and (m := _RUN.search(low, start, hi + 400)) is not None:
                if m.start() >= hi and hits is not None:
                    break
                after = start = m.end()
                if (
                    m.span() not in taken
                    and _uncued(m.group())
                    and not _other_before(low, m.start())
                ):
                    found.append(Span(m.start(), m.end(), "PHONE"))
        for end in _cue_ends(low, low_bytes, _BIRTH_CUE_BYTES, dates):
            m = SPOKEN_DATE.search(low, end, end + _DATE_REACH + 120)
            if m is None or m.start() > end + _DATE_REACH:
                # or said digit by digit: "zero four zero five six two"
                m = _RUN.search(low, end, end + _DATE_REACH + 120)
                if m is None or m.start() > end + _DATE_REACH or not _a_date(m.group()):
                    continue
            found.append(date_span(low, m.start(), m.end()))
            found += read_back(low, end, m.end())
        return found


# Every word of a spoken run is one of DIGIT_WORDS (a French pair's parts,
# "quatre-vingt-dix", included), between separators that hold no letter. As Latin-1
# bytes (they all are), beside a table that turns every byte but a letter into a blank.
_DIGIT_WORD_BYTES = frozenset(w.encode("latin-1") for w in DIGIT_WORDS)
_LETTERS_ONLY = bytes(c if chr(c).isalpha() else 0x20 for c in range(256))
_THREE_IN_A_ROW = b"\x01" * 3


def _digit_words_in_a_row(low_bytes: bytes) -> bool:
    """Whether three of the text's words in a row are digit words, as the engine's trigger
    wants (triggers.py): a necessary condition of ``_RUN`` with a word in it (four units at
    least, single digits among them since round 17, so three words stand together in all
    but a run of digits, which the uncued rule leaves and a cue's search may miss alike on
    both paths), checked in C on the lower-cased bytes (a character beyond Latin-1 reads
    ``?`` there, a separator, and is in no digit word). The pure path's stand-in for the
    engine's trigger: without it every cue was searched for, and ``_RUN``, which no
    literal starts, tried at each position within reach of every cue found."""
    words = low_bytes.translate(_LETTERS_ONLY).split()
    return _THREE_IN_A_ROW in bytes(map(_DIGIT_WORD_BYTES.__contains__, words))


def _cue_ends(
    low: str,
    low_bytes: bytes,
    cues: tuple[tuple[bytes, bool], ...],
    windows: list[tuple[int, int]] | None,
) -> list[int]:
    """Where each cue ends (within ``windows``, or anywhere when None), in text order: a
    C-level find per cue on the lower-cased bytes (at the text's offsets, and faster than
    on a ``str`` with wide characters); a cue that may not go on must end its word."""
    ends: set[int] = set()
    size = len(low)
    for lo, hi in [(0, size)] if windows is None else _merged(windows):
        for word, prefix in cues:
            i = low_bytes.find(word, max(0, lo - len(word)), min(size, hi))
            while i >= 0:
                end = i + len(word)
                if prefix or end == size or not low[end].isalpha():
                    ends.add(end)
                i = low_bytes.find(word, end, min(size, hi))
    return sorted(ends)


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping windows as one: a run of digit words starts the engine's trigger at
    each of its words, and every window was searched for every cue. A cue inside the union
    lies whole inside one of the windows or inside their overlap, so the ends are the same."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


# The other number's word right before a run, with what joins it ("order number is ",
# "Bestellnummer: ", "numéro de commande : le ", "ordernummer ").
# A word that names a person's role ("cliente", "customer") is one only with its number word.
_OTHER_BEFORE = re.compile(
    r"(?:(?:order|reference|ref|tracking|serial|invoice|ticket|confirmation|bestell|auftrag|"
    r"sendung|rechnung|vorgang|commande|colis|suivi|facture|pedido|seguimiento|factura|"
    r"referencia|ordine|fattura|pratica|bestelling|factuur|encomenda|fatura|processo|dossier|"
    r"expediente)\w*(?:[ .:-]{1,3}(?:number|numéro|numero|número|no|nr))?"
    r"|(?:account|case|policy|customer|member|kunden|cliente|client|klant)\w*?[ .:-]{0,3}"
    r"(?:number|numéro|numero|número|nummer|no|nr))"
    r"[ \t]*(?:[:#=]|is|ist|est|es|è|é|was|war|era)?[ \t]*"
    r"(?:the|le|la|el|il|lo|o|de|der|die)?[ \t]*$"
)


def _other_before(low: str, start: int) -> bool:
    """Whether another number's word stands right before the run at ``start``."""
    return _OTHER_BEFORE.search(low, max(0, start - 48), start) is not None


def _other_number(low: str, end: int) -> bool:
    """Whether the cue ending at ``end`` names an order's, parcel's or file's number."""
    return (
        _OTHER_NUMBERS.search(low, max(0, end - 40), end) is not None
        or _OTHER_AFTER.match(low, end) is not None
    )


def _pair_tens(word: str) -> int:
    """The first digit of a French pair (``FR_PAIR``), for the counting check."""
    for prefix, tens in _FR_TENS:
        if word.startswith(prefix):
            return tens
    return 1  # dix to dix-neuf


_FR_TENS = (
    ("quatre-vingt-dix", 9), ("quatre-vingt-onze", 9), ("quatre-vingt-douze", 9),
    ("quatre-vingt-treize", 9), ("quatre-vingt-quatorze", 9), ("quatre-vingt-quinze", 9),
    ("quatre-vingt-seize", 9), ("quatre-vingt", 8), ("soixante-dix", 7), ("soixante-onze", 7),
    ("soixante-douze", 7), ("soixante-treize", 7), ("soixante-quatorze", 7),
    ("soixante-quinze", 7), ("soixante-seize", 7), ("soixante et onze", 7),
    ("soixante-et-onze", 7), ("soixante", 6), ("cinquante", 5), ("quarante", 4),
    ("trente", 3), ("vingt", 2),
)  # fmt: skip


def _a_date(run: str) -> bool:
    """Whether a run of digit words is a date: six digits (day and month either way, a
    two-digit year) or eight (a four-digit year last or first)."""
    words = _TOKEN.findall(run)
    if not all(w in _DIGITS for w in words):
        return False  # "double", a French pair: a number, not a date read digit by digit
    digits = "".join(str(_DIGITS[w]) for w in words)
    if len(digits) == 8:
        return DATE_ONLY.fullmatch(digits) is not None
    a, b = int(digits[:2] or 0), int(digits[2:4] or 0)
    return len(digits) == 6 and ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31))


def _digits(run: str) -> list[int]:
    """The digits a run says (-1 for a French pair's second digit)."""
    digits: list[int] = []
    times = 1
    for word in _TOKEN.findall(run):
        if word in _TIMES:
            times = _TIMES[word]
            continue
        if word.isdigit():
            digits += [int(word)] * times
        elif word in _PAIRS:
            digits += [_PAIRS[word] // 10, _PAIRS[word] % 10]
        elif word not in _DIGITS:  # a French pair: two digits
            digits += [_pair_tens(word), -1]
        else:
            digits += [_DIGITS[word]] * times
        times = 1
    return digits


def _is_phone(run: str, least: int = 7) -> bool:
    """``least`` to fifteen digits, not a count ("one two three four five six seven"),
    not one digit said over and over."""
    digits = _digits(run)
    counting = all(b == a + 1 for a, b in pairwise(digits))
    return least <= len(digits) <= 15 and not counting and len(set(digits)) > 2


def _uncued(run: str) -> bool:
    """A run said without a phone word before it: nine digits or more (a reference or an
    order number read out is shorter, or has its own word, ``_OTHER_BEFORE``), at least
    one of them a word (a row of single digits is a table's as often)."""
    if not (_is_phone(run, _UNCUED) and any(not w.isdigit() for w in _TOKEN.findall(run))):
        return False
    # counted again and again ("one two three four, one two three four, ...")
    digits = _digits(run)
    steps = sum(b == a + 1 for a, b in pairwise(digits))
    return steps * _COUNTED < len(digits) - 1


_UNCUED = 9
_COUNTED = 2  # a run with every other step a count's (+1) is counted, not dialled
