"""Card numbers read out in a call or typed digit by digit in a chat.

A card-blocking hotline's transcript writes what the caller said: "four two five eight,
eight three two three, ...", "vier sieben fünf null, ...", "cinq quatre zéro quatre, ...",
"tres siete seis tres, ..." (an Amex in its 4-6-5 groups), or the digits one by one with
blanks between them ("4 7 5 0 8 0 3 8 ..."). Neither is a digit run the card detector
reads. A run of 13 to 19 digit words (or single digits) within reach after a word for a
card (``card``, ``Karte``, ``carte``, ``tarjeta``, ``carta``, ``kaart``, ``cartão``, a
network's name) is a card when its digits pass the same checks as a written card: the
issuer prefix, the length and the Luhn checksum. A number the caller misread first fails
the checksum and stays, as a written one would (docs/privacy.md); the corrected one after
it is masked.

Nor does the card detector read digits said in groups with pauses ("4556... 7381...
0042... 1187", "4016, 9829, 2819, 8186", "3006...019871...5482") or a caller's bare
answer on the line after the agent's question ("Cliente: 4556 7381 0042 1187"): it wants
its cue on the number's own line. Within the same reach, groups of two to six digits apart
by blanks, dashes, dots, commas or an ellipsis (or one run of 13 to 19 digits) are read as
the words are, unless another number's label ("order", "IBAN", "booking") stands right
before them.

The digit words are a table in the seven languages; the cue is a C-level find in the
lower-cased text, and the run's pattern is tried only in the window after a cue, so text
without a card word costs one search.
"""

from __future__ import annotations

import re

from llmgate.redaction.checks import card_brand_ok, luhn_ok
from llmgate.redaction.detectors import Span

__all__ = ["CARD_CUES", "DIGIT_VALUES", "spoken_cards"]

# One digit's words in EN, DE, FR, ES, IT, NL, PT (a card is read digit by digit).
DIGIT_VALUES = {
    "zero": 0, "oh": 0, "null": 0, "zéro": 0, "cero": 0, "nul": 0,
    "one": 1, "eins": 1, "un": 1, "une": 1, "uno": 1, "una": 1, "een": 1, "één": 1, "um": 1,
    "uma": 1,
    "two": 2, "zwei": 2, "zwo": 2, "deux": 2, "dos": 2, "due": 2, "twee": 2, "dois": 2,
    "duas": 2,
    "three": 3, "drei": 3, "trois": 3, "tres": 3, "tre": 3, "drie": 3, "três": 3,
    "four": 4, "vier": 4, "quatre": 4, "cuatro": 4, "quattro": 4, "quatro": 4,
    "five": 5, "fünf": 5, "cinq": 5, "cinco": 5, "cinque": 5, "vijf": 5,
    "six": 6, "sechs": 6, "seis": 6, "sei": 6, "zes": 6,
    "seven": 7, "sieben": 7, "sept": 7, "siete": 7, "sette": 7, "zeven": 7, "sete": 7,
    "eight": 8, "acht": 8, "huit": 8, "ocho": 8, "otto": 8, "oito": 8,
    "nine": 9, "neun": 9, "neuf": 9, "nueve": 9, "nove": 9, "negen": 9,
}  # fmt: skip
for _digit in "0123456789":
    DIGIT_VALUES[_digit] = int(_digit)

# Words for a card and the networks' names, lower case, whole words.
# A word may go on ("Kartennummer", "kaartnummer", "cardholder", "tarjetas").
CARD_CUES = (
    "card", "karte", "kreditkarte", "carte", "tarjeta", "carta", "kaart", "creditcard",
    "bankpas", "pinpas", "pasnummer", "cartão", "cartao", "visa", "mastercard",
    "master card", "amex", "american express", "diners", "discover", "jcb", "unionpay",
    "union pay", "maestro",
)  # fmt: skip
_CUE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(re.escape(c) for c in sorted(CARD_CUES, key=len, reverse=True))
    + r")[^\W\d_]{0,12}"
)
_WORD = "|".join(re.escape(w) for w in sorted(DIGIT_VALUES, key=len, reverse=True))
_UNIT = rf"(?<![^\W_])(?:{_WORD})(?![^\W_])"
_SEP = r"[ ,.\-\u2026]{1,4}"
# 13 digit words or more in a row (a word said before the card may join it: "the
# Discover one, six zero one one, ...": ``_card_in`` tries the runs of 13 to 19 inside).
_RUN = re.compile(rf"{_UNIT}(?:{_SEP}{_UNIT}){{12,24}}+")
_TOKEN = re.compile(_UNIT)
_REACH = 240  # characters from a cue's end to the start of the run (the next line too)
_LONGEST_RUN = 25 * (max(map(len, DIGIT_VALUES)) + 4)  # 25 words and their gaps
# Digit groups said with pauses, or one run; not inside a longer word, number or IBAN.
_GROUP_GAP = r"(?:[ \t]*(?:\.{1,3}|\u2026|,)[ \t]*|[ \t]{1,2}|-)"
_GROUPS = re.compile(
    rf"(?<![\w.,\-])(?:[0-9]{{13,19}}|[0-9]{{2,6}}(?:{_GROUP_GAP}[0-9]{{2,6}}){{2,8}})(?![0-9])"
)
_DIGITS = re.compile(r"[0-9]+")
# Another number's label right before digit groups in a card's reach ("The customer paid
# with card ..., exp 09/27. Order 5424 4727 8014 2053 was shipped"): that number stays.
_OTHER_NUMBERS = (
    "order", "bestellung", "bestellnummer", "commande", "pedido", "ordine", "bestelling",
    "encomenda", "invoice", "rechnung", "rechnungsnummer", "facture", "factura", "fattura",
    "factuur", "fatura", "booking", "buchung", "buchungsnummer", "réservation", "reserva",
    "prenotazione", "boeking", "ref", "reference", "référence", "referencia", "riferimento",
    "referentie", "referência", "iban", "konto", "kontonummer", "compte", "cuenta", "conto",
    "rekening", "conta", "account", "tracking", "sendungsnummer", "ticket", "serial", "imei",
    "transaction", "pratica", "dossier", "processo", "vorgang", "vorgangsnummer", "ean",
    "gtin", "barcode", "sku", "upc", "isbn",
)  # fmt: skip
_OTHER_WORD = "|".join(map(re.escape, _OTHER_NUMBERS))
_OTHER = re.compile(rf"(?<![^\W\d_])(?:{_OTHER_WORD})(?![^\W\d_])[^\n]{{0,24}}\Z")


def spoken_cards(low: str) -> list[Span]:
    """Cards read out in words or single digits after a card word; ``low`` is the text
    lower-cased character by character (offsets are the text's). The windows after the
    cues are merged first, so each character is scanned once however many cues there are."""
    if not any(map(low.__contains__, CARD_CUES)):
        return []  # no cue, no window: a C-level gate before the cue pattern's scan
    windows: list[list[int]] = []
    for cue in _CUE.finditer(low):
        if windows and cue.end() <= windows[-1][1]:
            windows[-1][1] = cue.end() + _REACH
        else:
            windows.append([cue.end(), cue.end() + _REACH])
    out: list[Span] = []
    for start, last in windows:
        for m in _RUN.finditer(low, start, min(len(low), last + _LONGEST_RUN)):
            if m.start() > last:
                break
            found = _card_in(low, m.start(), m.end())
            if found is not None:
                out.append(found)
        for m in _GROUPS.finditer(low, start, min(len(low), last + _LONGEST_RUN)):
            if m.start() > last:
                break
            line = max(low.rfind("\n", 0, m.start()) + 1, m.start() - 40)
            if _OTHER.search(low, line, m.start()) is None and m.end() - m.start() != 13:
                # (13 digits in one run: an EAN-13 barcode; no network issues such cards now)
                out += _grouped_cards(low, m.start(), m.end())
    return out


def _grouped_cards(low: str, start: int, end: int) -> list[Span]:
    """The cards among the digit groups between ``start`` and ``end``: the longest run of
    whole groups with 13 to 19 digits that passes the issuer and Luhn checks, the leftmost
    first, then the same after it (at most nine groups, so 45 runs)."""
    groups = list(_DIGITS.finditer(low, start, end))
    out: list[Span] = []
    i = 0
    while i < len(groups):
        best: tuple[int, int] | None = None
        for j in range(i, len(groups)):
            number = "".join(g.group() for g in groups[i : j + 1])
            if len(number) > 19:
                break
            if len(number) >= 13 and card_brand_ok(number) and luhn_ok(number):
                best = (i, j)
        if best is not None:
            out.append(Span(groups[best[0]].start(), groups[best[1]].end(), "CREDIT_CARD"))
            i = best[1] + 1
        else:
            i += 1
    return out


def _card_in(low: str, start: int, end: int) -> Span | None:
    """The longest card among the runs of 13 to 19 digit words between ``start`` and
    ``end``, the leftmost first (at most seven lengths at seven starts)."""
    tokens = list(_TOKEN.finditer(low, start, end))
    digits = "".join(str(DIGIT_VALUES[t.group()]) for t in tokens)
    n = len(tokens)
    for size in range(min(n, 19), 12, -1):
        for i in range(n - size + 1):
            number = digits[i : i + size]
            if card_brand_ok(number) and luhn_ok(number):
                return Span(tokens[i].start(), tokens[i + size - 1].end(), "CREDIT_CARD")
    return None
