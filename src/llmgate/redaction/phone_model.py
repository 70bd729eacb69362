"""An optional PHONE detector: a linear model over every digit run, beside the rules.

The built-in PHONE rules (phones.py) accept the shapes they list and the national formats
the ``phonenumbers`` metadata confirms; a number written another way (a trunk prefix with a
dash, digits spaced one by one, a national mobile as one run, a plan the rules do not know)
stays in clear. This detector takes every digit run the rules' own scanner finds
(``detectors.DIGIT_RUN``: digits with the separators numbers are written with, parentheses and a
leading ``+`` included) and scores it with a linear model (an averaged perceptron trained by
``tools/train_phone_model.py`` on the project's labeled sets) over features of the run (its
digit count, grouping, separators, leading ``+``/``00``/``0``, whether it reads as a date,
time, price, version, IP address, card or an identifier glued to letters, and, where the
``phonenumbers`` package is installed, whether its metadata calls it a valid number) and of
its context (the words before and after it on its line and the last words of the previous
line, the key before ``:`` or ``=``, the header of its table column, phone words and
order/invoice/tracking/ticket words in EN/DE/FR/ES, the kind of line and of text). A run
scoring above the threshold becomes a PHONE span.

Without ``phonenumbers`` its metadata features are absent (the weights were trained on
every example with and without them). Weights ship beside this module, read once per
process. Opt in with ``[redaction] detectors = ["phone-model"]``; the rules stay the
default. Beside the rules it never competes with another type's finding (``fills_gaps``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from llmgate.redaction._perceptron import Candidate, CandidateModelDetector, read_weights, score
from llmgate.redaction.checks import (
    foreign_phone_ok,
    international_phone_ok,
    national_phone_ok,
    phonenumbers_module,
)
from llmgate.redaction.detectors import DIGIT_RUN
from llmgate.redaction.model_context import (
    key_features,
    line_features,
    position_features,
    text_kind,
    words_around,
)

__all__ = ["Model", "PhoneModelDetector", "candidates", "load_model"]

WEIGHTS_FILE = "phone_model.json.gz"
FORMAT = 1
PN = "pn:"  # prefix of the features only the phonenumbers metadata gives
_MIN_DIGITS = 6
_MAX_DIGITS = 16
_REACH = 100  # characters before and after a run on its line that its features read
_PREV_REACH = 120
# Blanks of the same width that the run scanner does not know ("(415)\xa0928-1895").
_BLANKS = str.maketrans({"\xa0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
_GROUP = re.compile(r"[0-9]+")
_CURRENCY = re.compile(r"[$€£¥]|\b(?:eur|usd|gbp|chf|dollars?|euros?|pounds?)\b", re.IGNORECASE)
_DATE_HEAD = re.compile(
    r"(?:[0-3]?[0-9][./-][01]?[0-9][./-](?:19|20)?[0-9]{2}|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])(?![0-9])"
)
_IBAN_BEFORE = re.compile(r"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4})+ ?\r?\n?$")
# A price: a currency right before, or right after past its decimals.
_PRICE_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:eur|usd|gbp|chf)) ?$", re.IGNORECASE)
_PRICE_AFTER = re.compile(r"(?:[.,][0-9]{1,2})? ?(?:[$€£¥]|(?:eur|usd|gbp|chf)\b)", re.IGNORECASE)
_NOT_PHONE_BEFORE = re.compile(
    r"\bisbn(?:-1[03])?\b[^0-9\n]{0,30}$|HTTP/[0-9.]+\" $", re.IGNORECASE
)
_OPEN = re.compile(r" \((?![0-9 ]{1,5}\))")
_CARD_GROUPS = ([4, 4, 4, 4], [4, 6, 5], [4, 6, 4])
# Stems (lower case) of the words that mark a phone number, and of those that mark the
# other numbers business text quotes; a word holding one gives the model the stem's group.
_GROUP_WORDS = {
    "phone": r"phone|^tel|^tél|teléf|telef|mobil|^cell|handy|^fax|portable|^port$|m[óo]vil|"
    r"^call|anruf|ruf|rapp?el|llam|appel|^whats|^sms|hotline|^nr$|^num|durchwahl|^ext|^dial|"
    r"festnetz|fijo|fixe|^mob$|^ph$|^t$|^m$|^f$|contact|kontakt|joindre|erreich|reach|text",
    "order": r"order|bestell|commande|pedido|invoice|rechnung|factur|^inv|ticket|^ref|^réf|"
    r"referen|tracking|sendung|suivi|seguim|colis|paket|parcel|^case|^id$|serial|^sku|"
    r"artikel|article|art[íi]culo|^item|^po$|vorgang|dossier|claim|sinistre|siniestro|isbn|"
    r"auftrag|kunden|customer|client|account|konto|cuenta|compte|contrat|contract|vertrag|"
    r"policy|police|p[óo]liza|versicher|insurance|iban|^bic|card|karte|carte|tarjeta|^ssn|"
    r"social|steuer|tax|fiscal|^nif|^dni|^nie|siret|siren|ust|vat|^tva|^iva|imei|^ean|"
    r"batch|^lot|lote|^no$|^nº|^n°|^nr\.|^#|expedient|protocol|^meeting|klant|processo|pratica|"
    r"^pro$|^dossier|^fall$|akten|^caso$|^pratique",
    "version": r"version|release|^build|firmware|patch|^ver$|^v$",
    "money": r"price|preis|prix|precio|total|amount|betrag|montant|importe|cost|kost",
    "time": r"^at$|^um$|uhr|^à$|^a las|date|datum|fecha|^on$|^am$|^le$|^el$",
}  # fmt: skip
_GROUPS = tuple((name, re.compile(words)) for name, words in _GROUP_WORDS.items())
# "number" in the languages of the texts, and the small words between it and what it numbers
# ("número de expediente", "numéro de téléphone", "Nummer des Vertrags").
_NUMBER_WORDS = frozenset(
    {"number", "numéro", "numero", "número", "nummer", "num", "no", "nr", "nº", "n°"}
)
_LINKS = frozenset({"de", "di", "do", "da", "du", "des", "del", "della", "of", "van", "der", "the"})


@lru_cache(maxsize=8192)
def _groups(word: str) -> tuple[str, ...]:
    if len(word) > 24:
        return ()
    return tuple(name for name, pattern in _GROUPS if pattern.search(word))


def _kind(c: str) -> str:
    return "a" if c.isalpha() else "9" if c.isdigit() else c


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


@lru_cache(maxsize=8192)
def _metadata(value: str) -> tuple[str, ...]:
    """What the ``phonenumbers`` metadata says of the run (empty without the package)."""
    pn = phonenumbers_module()
    if pn is None:
        return ()
    digits = "".join(_GROUP.findall(value))
    out: list[str] = []
    if value.startswith(("+", "00")):
        try:
            number = pn.parse("+" + (digits[2:] if value.startswith("00") else digits), None)
        except Exception:  # the library raises its own parse error type
            return (PN + "intl-bad",)
        if pn.is_valid_number(number):
            return (PN + "intl-valid",)
        return (PN + ("intl-possible" if pn.is_possible_number(number) else "intl-bad"),)
    if national_phone_ok(digits):
        out.append(PN + "nat")
        if national_phone_ok(digits, mobile=True):
            out.append(PN + "nat-mobile")
    if international_phone_ok(digits):
        out.append(PN + "cc")
    if foreign_phone_ok(value):
        out.append(PN + "foreign")
    return tuple(out) or (PN + "none",)


@lru_cache(maxsize=8192)
def run_features(value: str) -> tuple[str, ...]:
    """Features of the run alone: digits, grouping, separators, prefix, look-alikes."""
    groups = _GROUP.findall(value)
    digits = "".join(groups)
    lens = [len(g) for g in groups]
    seps = {c for c in value if not c.isdigit()}
    out = ["nd=" + str(len(digits)), "ng=" + str(min(len(groups), 8))]
    out.append("g=" + "-".join(str(n) for n in lens[:6]))
    out.append("g1=" + str(lens[0]) + ("/last=" + str(lens[-1])))
    out.append("sep=" + ("".join(sorted(seps - {"+"})) or "none"))
    if len(lens) >= 4 and max(lens) == 1:
        out.append("spaced")
    lead = "+" if value[0] == "+" else "00" if digits.startswith("00") else digits[0]
    out.append("lead=" + lead)
    if lead == "+":
        out.append("cc1=" + digits[:1])
        out.append("cc2=" + digits[:2])
    if "(0)" in value:
        out.append("(0)")
    if value[0] == "(":
        out.append("par-first")
    if digits.startswith("0") and not digits.startswith("00"):
        out.append("trunk0")
    return tuple(out + _looks_like(value.replace(" ", "") if "spaced" in out else value))


def _looks_like(value: str) -> list[str]:
    """The other numbers a run reads as: date, IP, version, card, SSN, ISBN."""
    out: list[str] = []
    inner = value.strip("()")
    groups = _GROUP.findall(inner)
    digits = "".join(groups)
    lens = [len(g) for g in groups]
    seps = {c for c in inner if not c.isdigit()}
    if _DATE_HEAD.match(inner):
        out.append("like=date" if len(groups) == 3 else "like=date-head")
    if len(groups) == 4 and seps == {"."} and all(n <= 3 for n in lens):
        out.append("like=ip" if all(int(g) <= 255 for g in groups) else "like=dotted4")
    if seps <= {"."} and len(groups) in (2, 3) and all(n <= 2 for n in lens[1:]):
        out.append("like=version")
    elif seps == {"."} and len(groups) >= 3 and lens[0] <= 2:
        out.append("like=version-long")
    if 13 <= len(digits) <= 19:
        out.append("like=card" if _luhn(digits) else "like=card-shape")
    if lens == [3, 2, 4]:
        out.append("like=ssn")
    if len(digits) == 13 and digits.startswith(("978", "979")):
        out.append("like=isbn")
    if len(digits) == 10 and len(groups) == 4 and seps == {"-"}:
        out.append("like=isbn10")
    if len(digits) >= 20:
        out.append("long")
    if seps == {"."} and len(groups) == 2:
        out.append("like=float")
    return out


def _context(text: str, start: int, end: int) -> list[str]:
    """Features of a run's surroundings (bounded windows: a long line stays linear)."""
    nl = text.rfind("\n", max(0, start - _REACH), start)
    line_start = nl + 1 if nl >= 0 else max(0, start - _REACH)
    at_bol = nl >= 0 or start <= _REACH
    eol = text.find("\n", end, end + _REACH)
    line_end = eol if eol >= 0 else min(len(text), end + _REACH)
    before, after = text[line_start:start], text[end:line_end]
    out: list[str] = []
    ch_b = before[-1:] or "^"
    ch_a = after[:1] or "$"
    out += ["cb=" + _kind(ch_b), "ca=" + _kind(ch_a), "cb2=" + "".join(map(_kind, before[-2:]))]
    if _CURRENCY.search(before[-5:]) or _CURRENCY.search(after[:6]):
        out.append("like=price")
    if after[:1] == ":" and after[1:2].isdigit():
        out.append("like=time")
    if re.match(r"[.,][0-9]{2}(?![0-9])", after):
        out.append("like=decimal")
    if re.search(r"[A-Za-z]{2}[0-9]{2} ?$", before[-6:]):
        out.append("like=iban")
    if _IBAN_BEFORE.search(text, max(0, start - 40), start):
        out.append("like=iban-rest")
    if before.endswith('" ') and "HTTP/" in before:
        out.append("like=http-status")
    if re.search(r"\bv\.?$|\bv(?:er(?:sion)?)?\.? ?$", before[-9:], re.IGNORECASE):
        out.append("like=v")
    bw, aw = words_around(before, after)
    out += position_features(bw, aw, at_bol)
    out += ["bg=" + g for w in bw[-6:] for g in _groups(w)]
    out += ["bg1=" + g for w in bw[-2:] for g in _groups(w)]
    out += ["ag=" + g for w in aw[:3] for g in _groups(w)]
    out += _numbered(bw[-5:])
    out += key_features(before, _groups)
    if at_bol:
        out += line_features(
            text, line_start, line_end, start - line_start, _groups, _PREV_REACH, 6
        )[0]
    near = {f.split("=", 1)[1] for f in out if f.startswith(("bg1=", "kg=", "hg="))}
    if "phone" in near:
        out.append("near=phone")
    elif "order" in near:
        out.append("near=order")
    return out


def _numbered(before: list[str]) -> list[str]:
    """What the last "number" word before a run numbers: the groups of the word it governs
    ("número de expediente" -> order, "numéro de portable" -> phone), or ``numof=none``."""
    at = max((k for k, w in enumerate(before) if w in _NUMBER_WORDS), default=-1)
    if at < 0:
        return []
    rest = [w for w in before[at + 1 :] if w not in _LINKS]
    groups = _groups(rest[0]) if rest else ()
    return ["numof=" + g for g in groups] or ["numof=none"]


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """The digit runs of the rules' scanner, cut before a parenthesis that opens another
    number ("0161 496 0693 (1751720149)") rather than an area code or a trunk "(0)"."""
    for m in DIGIT_RUN.finditer(text):
        start, end = m.span()
        for cut in _OPEN.finditer(text, start, end):
            yield start, cut.start()
            start = cut.start() + 1
        at = text.find(" / ", start, end)  # two numbers, unless one side is short
        if at >= 0 and min(_digits(text, start, at), _digits(text, at, end)) >= 7:
            yield start, at
            start = at + 3
        yield start, end


def _digits(text: str, start: int, end: int) -> int:
    return sum(text.count(d, start, end) for d in "0123456789")


def _runs(text: str) -> Iterator[tuple[int, int]]:
    """The pieces with enough digits, widened to a leading ``+`` or ``(`` and trimmed of an
    unmatched closing parenthesis; prices, ISBNs, HTTP statuses and ``_never_phone`` left
    out."""
    flat = text.translate(_BLANKS) if not text.isascii() else text
    for start, end in _pieces(flat):
        digits = _digits(flat, start, end)
        if digits < _MIN_DIGITS or digits > 40:
            continue
        if start and flat[start - 1] == "(" and ")" in flat[start:end]:
            start -= 1
        if start and flat[start - 1] == "+":
            start -= 1
        if flat[end - 1] == ")" and "(" not in flat[start:end]:
            end -= 1
        if _PRICE_AFTER.match(flat, end) or _PRICE_BEFORE.search(flat, max(0, start - 5), start):
            continue
        if _NOT_PHONE_BEFORE.search(flat, max(0, start - 40), start):
            continue
        if not _never_phone(flat[start:end], flat[end : end + 1]):
            yield start, end


def _never_phone(value: str, next_char: str) -> bool:
    """Runs no phone number is written as: an IPv4 address, a date and its hour, a card's
    grouping (4-4-4-4, 4-6-5, 4-6-4) or a card's 15 or 16 digits without a prefix, more
    digits than E.164 allows. A price is told by the currency around it, an ISBN or an HTTP
    status by what precedes it (``_NOT_PHONE_BEFORE``)."""
    inner = value.strip("()")
    groups = _GROUP.findall(inner)
    digits = "".join(groups)
    if len(digits) > (17 if value.startswith(("+", "00")) else 15):
        return True  # E.164 numbers have 15 digits at most
    if [len(g) for g in groups] in _CARD_GROUPS and inner[0] in "123456789":
        return True
    if len(digits) in (15, 16) and value[0] in "3456":
        return True
    if len(groups) == 4 and inner.count(".") == 3 and len(inner) == len("".join(groups)) + 3:
        return all(len(g) <= 3 and int(g) <= 255 for g in groups)
    head = _DATE_HEAD.match(inner)
    return head is not None and (head.end() == len(inner) or next_char == ":")


def candidates(text: str, metadata: bool = True) -> Iterator[Candidate]:
    """Every digit run of ``text`` that could be a phone number, with its features (those
    of the ``phonenumbers`` metadata only with ``metadata``)."""
    kinds: list[str] | None = None
    for start, end in _runs(text):
        value = text[start:end].translate(_BLANKS)
        if kinds is None:
            kinds = text_kind(text)
        nd = sum(c.isdigit() for c in value)
        feats = ["b", *run_features(value), *kinds, *_context(text, start, end)]
        if metadata and nd <= _MAX_DIGITS:
            feats += _metadata(value)
        yield Candidate(start, end, feats)


@dataclass(frozen=True)
class Model:
    """Weights and the decision threshold: a run scoring above it is a phone number."""

    weights: dict[str, float]
    threshold: float
    # How far the metadata features can move a score, down and up.
    reach: tuple[float, float] = field(init=False)

    def __post_init__(self) -> None:
        fams = [[v for f, v in self.weights.items() if f.startswith(PN) and (f[3:7] == "intl") is i]
                for i in (True, False)]  # fmt: skip
        low = min(sum(v for v in fam if v < 0) for fam in fams)
        high = max(sum(v for v in fam if v > 0) for fam in fams)
        object.__setattr__(self, "reach", (low, high))

    def detect(self, text: str, threshold: float | None = None) -> list[tuple[int, int]]:
        """The runs scoring above the threshold. The metadata (a parse per region, most of
        the cost) is asked only of a run whose score without it is within its reach of the
        threshold: the same decisions as scoring every run with it."""
        chosen = self.threshold if threshold is None else threshold
        weights, (low, high) = self.weights, self.reach
        out: list[tuple[int, int]] = []
        for c in candidates(text, metadata=False):
            base = score(weights, c.feats)
            value = text[c.start : c.end]
            if base + low > chosen or (
                base + high > chosen and _with_metadata(weights, base, value, chosen)
            ):
                out.append((c.start, c.end))
        return out


def _with_metadata(weights: dict[str, float], base: float, value: str, chosen: float) -> bool:
    value = value.translate(_BLANKS)
    if sum(ch.isdigit() for ch in value) > _MAX_DIGITS:
        return base > chosen
    return base + score(weights, _metadata(value)) > chosen


@lru_cache(maxsize=4)
def load_model(name: str = WEIGHTS_FILE) -> Model:
    """The model shipped beside this module (read once per process)."""
    raw, weights = read_weights(name, FORMAT)
    return Model(weights=weights, threshold=float(raw["threshold"]))


class PhoneModelDetector(CandidateModelDetector):
    """A ``llmgate.redaction`` detector: PHONE spans from the shipped linear model.

    ``threshold`` overrides the shipped decision threshold (higher: fewer, surer numbers).
    Stateless after loading, so one instance is safe to share between threads.
    """

    entities = frozenset({"PHONE"})
    load = staticmethod(load_model)
    fills_gaps = True  # a finding over another type's rule finding is dropped (redactor.py)
