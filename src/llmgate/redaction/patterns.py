"""Built-in detectors for contact and financial identifiers.

Each detector finds candidates with a regex built to start on a rare character (``@``, a
digit, a colon) so that Python's ``re`` skips most of the text in C, then validates each
candidate in Python (checksum, registry range, surrounding words). Every repetition is
bounded or possessive: a megabyte of digits, dots or ``@`` is scanned in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import Any

from llmgate.redaction.checks import IBAN_LENGTHS, card_brand_ok, iban_ok, ip_ok, luhn_ok, ssn_ok
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span

__all__ = [
    "CardDetector",
    "EmailDetector",
    "IbanDetector",
    "IpDetector",
    "PhoneDetector",
    "SsnDetector",
]

_NON_DIGIT = re.compile(r"[^0-9]")

# Words that, just before a number, say it is an identifier of something else.
_NEGATIVE_CONTEXT = re.compile(
    r"(?:\b(?:order|invoice|inv|ticket|ref|réf|reference|tracking|serial|sku|po|case|id|no\.?|nr\.?|"
    r"n[º°o]|versi[oó]n|build|release|bestell\w*|rechnung\w*|auftrag\w*|kunden\w*|commande|"
    r"facture|dossier|pedido|factura|albar[aá]n|isbn|imei|batch|lot|ean|upc|customer|client|"
    r"cliente|account|konto|suivi|seguimiento|sendungs\w*|incidencia|vorgang)|#)\s*[:#.]?\s*$"
)


def _in_runs(
    pattern: re.Pattern[str], text: str, runs: list[tuple[int, int]], min_len: int, back: int = 0
) -> list[re.Match[str]]:
    """Matches of ``pattern`` inside the digit runs at least ``min_len`` long.

    ``back`` lets a match start that many characters before the run (the "+" or "(" of a
    phone number); one character after the run stays visible to end-of-match assertions.
    No candidate spans two runs, so where long runs are dense (logs, CSV) one scan of the
    whole text finds the same matches for less than a call per run costs.
    """
    n = len(text)
    if len(runs) * _DENSE > n:
        return list(pattern.finditer(text))
    out: list[re.Match[str]] = []
    finditer = pattern.finditer
    for start, end in runs:
        if end - start >= min_len:
            out += finditer(text, start - back if start > back else 0, end + 1)
    return out


# A scan of the whole text costs about as much as one call per this many characters.
_DENSE = 150


def _long_runs(ctx: ScanContext, trigger: str) -> list[tuple[int, int]]:
    """The long digit runs, or with the engine only those in which ``trigger`` fired.

    A trigger is a shape every finding of the detector contains (a dotted quad for IPv4),
    so a run without one yields nothing; the rest are scanned as before.
    """
    runs = ctx.long_runs
    if ctx.hits is None:
        return runs
    return _runs_holding(runs, ctx.hits.starts(trigger))


def _runs_holding(runs: list[tuple[int, int]], positions: list[int]) -> list[tuple[int, int]]:
    """The runs (sorted, disjoint) that contain any of ``positions`` (sorted)."""
    if not positions or not runs:
        return []
    starts = [start for start, _ in runs]
    kept: list[tuple[int, int]] = []
    for pos in positions:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < runs[i][1] and (not kept or kept[-1] is not runs[i]):
            kept.append(runs[i])
    return kept


def _before(text: str, start: int, width: int = 32) -> str:
    """The ``width`` characters before ``start`` on the same line, lower-cased."""
    lo = max(0, start - width, text.rfind("\n", max(0, start - width), start) + 1)
    return text[lo:start].lower()


_LOCAL_CHARS = re.compile(r"[A-Za-z0-9._%+'\-]{0,64}")


def _local_start(text: str, at: int) -> int:
    """Start of the local part that ends at ``at`` (at most 64 characters), or -1.

    The same answer as searching ``EmailDetector._LOCAL`` in the 64 characters before the
    ``@``, from one match on the reversed window instead of one attempt per position.
    """
    lo = at - 64 if at > 64 else 0
    start = at - _LOCAL_CHARS.match(text[lo:at][::-1]).end()  # type: ignore[union-attr]
    while start < at and text[start] == ".":
        start += 1  # a local part does not start with a dot
    return start if start < at else -1


class EmailDetector(BuiltinDetector):
    """E-mail addresses, including ``name (at) example [dot] com`` obfuscations."""

    name = "email"
    entities = frozenset({"EMAIL"})

    _AT = re.compile(r"@(?<=[A-Za-z0-9_%+'\-]@)(?=[A-Za-z0-9])")
    _LOCAL = re.compile(r"[A-Za-z0-9_%+'\-][A-Za-z0-9._%+'\-]{0,63}\Z")
    _DOMAIN = re.compile(
        r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
    )
    _OBF_AT = re.compile(r"\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+", re.IGNORECASE)
    _OBF_DOMAIN = re.compile(
        r"(?:[A-Za-z0-9\-]{1,63}(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)){1,6}"
        r"[A-Za-z]{2,24}(?![A-Za-z0-9\-])",
        re.IGNORECASE,
    )

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        if "@" in text:
            out.extend(self._plain(text))
        if self._maybe_obfuscated(ctx):
            out.extend(self._obfuscated(text))
        return out

    @staticmethod
    def _maybe_obfuscated(ctx: ScanContext) -> bool:
        if ctx.hits is not None:
            return "email:obfuscated" in ctx.hits
        low = ctx.lower
        # A one-character test (memchr) before each two-character search: "]", "}" and ">"
        # are rare in prose, so most of these searches are skipped.
        return (
            (")" in low and "at)" in low)
            or ("]" in low and "at]" in low)
            or ("}" in low and "at}" in low)
            or (">" in low and "at>" in low)
            or " dot " in low
        )

    def _plain(self, text: str) -> list[Span]:
        out: list[Span] = []
        pos = 0
        while (m := self._AT.search(text, pos)) is not None:
            at = m.start()
            pos = at + 1
            dom = self._DOMAIN.match(text, at + 1)
            local = _local_start(text, at) if dom is not None else -1
            if local < 0 or dom is None:
                continue
            if text[local:at] == "git" and text.startswith(":", dom.end()):
                continue  # git@github.com:org/repo.git is a remote, not a mailbox
            out.append(Span(local, dom.end(), "EMAIL"))
            pos = dom.end()
        return out

    def _obfuscated(self, text: str) -> list[Span]:
        out: list[Span] = []
        for m in self._OBF_AT.finditer(text):
            dom = self._OBF_DOMAIN.match(text, m.end())
            local = self._LOCAL.search(text, max(0, m.start() - 64), m.start())
            if dom is None or local is None:
                continue
            plain_at = m.group().strip().lower() == "at"
            if plain_at and "dot" not in dom.group().lower():
                continue  # "met at example.com" is prose; "jane at acme dot com" is not
            out.append(Span(local.start(), dom.end(), "EMAIL"))
        return out


class CardDetector(BuiltinDetector):
    """Payment card numbers: issuer prefix, length and Luhn checksum must all agree."""

    name = "credit_card"
    entities = frozenset({"CREDIT_CARD"})

    _CANDIDATE = re.compile(
        r"[0-9](?<![0-9A-Za-z.\-][0-9])(?=[0-9 \-]{12})(?:[ \-]?[0-9]){11,18}+(?![0-9])"
    )
    _CARD_WORDS = ("card", "karte", "carte", "tarjeta", "visa", "mastercard", "amex", "cc")

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        for m in _in_runs(self._CANDIDATE, text, ctx.long_runs, 12):
            digits = _NON_DIGIT.sub("", m.group())
            if not (13 <= len(digits) <= 19 and card_brand_ok(digits) and luhn_ok(digits)):
                continue
            before = _before(text, m.start())
            if _NEGATIVE_CONTEXT.search(before) and not any(w in before for w in self._CARD_WORDS):
                continue
            out.append(Span(m.start(), m.end(), "CREDIT_CARD"))
        return out


class IbanDetector(BuiltinDetector):
    """IBANs, grouped or not: registered country length and the mod-97 check."""

    name = "iban"
    entities = frozenset({"IBAN"})

    # Starts on the two check digits (a digit prefix scans fast), then looks back at the
    # country code; the match is moved two characters left in Python.
    _CANDIDATE = re.compile(r"[A-Za-z]{2}[0-9]{2}(?:[ \-]?[A-Za-z0-9]){10,30}+")
    _SEP = re.compile(r"[ \-]")

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        if ctx.hits is None:
            starts = [start for start, _ in ctx.runs]
        else:  # where two letters stand before two digits: every run an IBAN can start
            starts = ctx.hits.starts("digits:iban")
        for start in starts:
            # The run starts at the check digits; the country code is just before.
            lead = start - 2
            if lead < 0 or not text[lead:start].isalpha() or (lead and text[lead - 1].isalnum()):
                continue
            m = self._CANDIDATE.match(text, lead)
            if m is not None and (span := self._validate(m.group(), lead)) is not None:
                out.append(span)
        return out

    def _validate(self, candidate: str, start: int) -> Span | None:
        want = IBAN_LENGTHS.get(candidate[:2].upper())
        if want is None:
            return None
        count = 0
        for i, ch in enumerate(candidate):  # bounded: a candidate is at most ~62 characters
            if ch not in " -":
                count += 1
                if count == want:
                    compact = self._SEP.sub("", candidate[: i + 1]).upper()
                    if iban_ok(compact):
                        return Span(start, start + i + 1, "IBAN")
                    return None
        return None


class SsnDetector(BuiltinDetector):
    """US social security numbers in valid ranges; bare 9-digit runs need a keyword."""

    name = "us_ssn"
    entities = frozenset({"US_SSN"})

    _CANDIDATE = re.compile(
        r"([0-9][0-9]{2})(?<![0-9A-Za-z.\-/][0-9]{3})([ \-]?)([0-9]{2})\2([0-9]{4})(?![0-9]|-[0-9])"
    )
    _WORDS = re.compile(r"\b(?:ssn|social security|ss#|soc\.? sec|taxpayer|tin|itin)\b")

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        for m in _in_runs(self._CANDIDATE, text, ctx.long_runs, 9):
            if not ssn_ok(m.group(1), m.group(3), m.group(4)):
                continue
            before = _before(text, m.start(), 40)
            if not m.group(2) and not self._WORDS.search(before):
                continue
            if m.group(2) == " " and _NEGATIVE_CONTEXT.search(before):
                continue
            out.append(Span(m.start(), m.end(), "US_SSN"))
        return out


class IpDetector(BuiltinDetector):
    """IPv4 and IPv6 host addresses; loopback, unspecified and version numbers are left."""

    name = "ip_address"
    entities = frozenset({"IP_ADDRESS"})

    _V4 = re.compile(r"[0-9][0-9]{0,2}\.(?:[0-9]{1,3}\.){2}[0-9]{1,3}(?![0-9]|\.[0-9])")
    _V4_GLUED = re.compile(r"[\w.\-]")
    _V6_CORE = re.compile(r":[0-9A-Fa-f]{0,4}:")
    _V6_LEFT = re.compile(r"[0-9A-Fa-f:]{0,40}\Z")
    _V6_RIGHT = re.compile(r"[0-9A-Fa-f:]{0,40}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3})?")
    _VERSION = re.compile(r"(?:version|versión|release|firmware|build)|\b(?:ver|client|v)\b|\(v")
    _WORD = re.compile(r"[\w.]")

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        if "." in text:
            for m in _in_runs(self._V4, text, _long_runs(ctx, "digits:ipv4"), 7):
                if m.start() and self._V4_GLUED.match(text, m.start() - 1):
                    continue
                if ip_ok(m.group()) and not self._VERSION.search(_before(text, m.start(), 24)):
                    out.append(Span(m.start(), m.end(), "IP_ADDRESS"))
        if ctx.hits is not None:
            cores = ctx.hits.starts("ip:v6core")
            if cores:
                out.extend(self._v6(text, cores))
        elif "::" in text or ":" in text:
            out.extend(self._v6(text))
        return out

    def _next_core(self, text: str, pos: int, cores: list[int] | None) -> re.Match[str] | None:
        """``_V6_CORE.search(text, pos)``; with the engine, tried only where cores start."""
        if cores is None:
            return self._V6_CORE.search(text, pos)
        for i in range(bisect_left(cores, pos), len(cores)):
            m = self._V6_CORE.match(text, cores[i])
            if m is not None:
                return m
        return None

    def _v6(self, text: str, cores: list[int] | None = None) -> list[Span]:
        out: list[Span] = []
        pos = 0
        while (m := self._next_core(text, pos, cores)) is not None:
            left = self._V6_LEFT.search(text, max(0, m.start() - 40), m.start())
            start = left.start() if left is not None else m.start()
            right = self._V6_RIGHT.match(text, m.end())
            end = right.end() if right is not None else m.end()
            pos = max(end, m.start() + 1)
            candidate = text[start:end]
            if end - start < 3 or not any(c.isdigit() for c in candidate):
                continue
            if start and self._WORD.match(text, start - 1) and text[start - 1] != ".":
                continue
            if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue
            if ip_ok(candidate):
                out.append(Span(start, end, "IP_ADDRESS"))
        return out


class PhoneDetector(BuiltinDetector):
    """Phone numbers: international (``+``/``00``), E.164, and national shapes.

    A number without a country code is accepted when a phone word precedes it or when its
    grouping is a national phone format (US ``(415) 555-2671``, trunk-prefixed European
    ``030 1234567``, Spanish ``612 34 56 78``); dates, prices and identifiers are rejected.
    With ``use_phonenumbers=True`` (needs the optional ``phonenumbers`` package) an
    international number must also be a possible number for its country; it is off by
    default because that check costs tens of microseconds per number.
    """

    name = "phone"
    entities = frozenset({"PHONE"})

    # One character class first (so ``re`` skips to candidates in C), then the grammar for
    # what follows a "+", a "(" or a digit; at least 7 digits must follow within reach.
    _CANDIDATE = re.compile(
        r"[+(0-9](?<![\w+/.\-][+(0-9])(?<![0-9],[+(0-9])(?=(?:[ .\-/()]{0,3}[0-9]){6})"
        r"(?:(?<=\+)[1-9][0-9]{0,2}+[ .\-]?(?:\(0\)[ .\-]?)?(?:\([0-9]{1,5}+\)[ .\-]?)?[0-9]{1,14}+"
        r"|(?<=\()(?:0\)[ .\-]?(?:\([0-9]{1,5}+\)[ .\-]?)?|[0-9]{1,5}+\)[ .\-]?)[0-9]{1,14}+"
        r"|(?<=[0-9])[0-9]{0,13}+)(?:[ .\-/][0-9]{1,14}+){0,7}+(?![\w@])"
    )
    _WORDS = re.compile(
        r"(?:tel|phone|mobile|cell|call|fax|whatsapp|sms|text|contact|reach|dial|ring|hotline|"
        r"telefon\w*|handy|mobil\w*|rufnummer|durchwahl|festnetz|tél|portable|joindre|appel\w*|"
        r"tel[eé]fono|m[oó]vil|llam\w*|☎|📞)\b"
    )
    _DATE = re.compile(r"[0-9]{1,4}[./\-][0-9]{1,2}[./\-][0-9]{1,4}")
    # Dates, ZIP+4, 4-4-4 reference numbers, dotted quads.
    _NOT_PHONE = re.compile(
        r"[0-9]{5}-[0-9]{4}|[0-9]{4}-[0-9]{4}-[0-9]{4}|[0-9]{1,3}(?:\.[0-9]{1,3}){3}"
    )
    _US = re.compile(r"(?:\([2-9][0-9]{2}\) ?|[2-9][0-9]{2}[\-. ])[0-9]{3}[\-. ][0-9]{4}")
    _TRUNK = re.compile(r"\(?0[1-9][0-9]{0,4}\)?(?:[ .\-/][0-9]{2,8}){1,4}")
    _ES = re.compile(r"[6-9][0-9]{1,2}(?:[ .][0-9]{2,3}){2,3}")
    _UNIT_AFTER = re.compile(
        r"\s?(?:€|\$|£|%|(?:eur|usd|chf|gbp|kg|km|mb|gb|ms|px|x|units?|unidades|stück|pcs|"
        r"visits|visites|visitas|besuche|items|articles|artículos)\b)",
        re.I,
    )

    def __init__(self, use_phonenumbers: bool = False) -> None:
        self._use_pn = use_phonenumbers

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        for m in _in_runs(self._CANDIDATE, text, ctx.long_runs, 7, back=1):
            cand = m.group()
            n = len(_NON_DIGIT.sub("", cand))
            if 7 <= n <= 15 and self._accept(text, cand, m.start(), m.end(), n):
                out.append(Span(m.start(), m.end(), "PHONE"))
        return out

    def _accept(self, text: str, cand: str, start: int, end: int, n: int) -> bool:
        prefix = text[max(0, start - 2) : start].strip()
        if (prefix and prefix[-1] in "$€£") or self._UNIT_AFTER.match(text, end):
            return False
        if self._DATE.fullmatch(cand) or self._NOT_PHONE.fullmatch(cand):
            return False
        before = _before(text, start, 32)
        if _NEGATIVE_CONTEXT.search(before):
            return False
        has_word = self._WORDS.search(before) is not None
        if cand[0] == "+" or (cand.startswith("00") and n >= 10 and not cand.startswith("000")):
            return n >= 8 and self._possible(cand)
        if has_word:
            return True
        if " " not in cand and "-" not in cand and "." not in cand and "/" not in cand:
            return cand[0] == "(" and self._US.fullmatch(cand) is not None
        return bool(
            self._US.fullmatch(cand)
            or (n >= 9 and n <= 12 and self._TRUNK.fullmatch(cand))
            or (n == 9 and self._ES.fullmatch(cand))
        )

    def _possible(self, cand: str) -> bool:
        if not self._use_pn:
            return True
        pn = _phonenumbers()
        if pn is None:
            raise ImportError(
                "phone validation needs phonenumbers: pip install 'llmgate[phonenumbers]'"
            )
        number = "+" + cand[2:] if cand.startswith("00") else cand
        try:
            parsed = pn.parse(number, None)
        except Exception:  # the library raises its own parse error type
            return False
        return bool(pn.is_possible_number(parsed))


@cache
def _phonenumbers() -> Any:
    """The optional ``phonenumbers`` module, imported on first use (never at import time)."""
    try:
        import phonenumbers
    except ImportError:
        return None
    return phonenumbers
