"""Built-in detectors for contact and financial identifiers.

Each detector finds candidates with a regex built to start on a rare character (``@``, a
digit, a colon) so that Python's ``re`` skips most of the text in C, then validates each
candidate in Python (checksum, registry range, surrounding words). Every repetition is
bounded or possessive: a megabyte of digits, dots or ``@`` is scanned in linear time.
Cards and SSNs live in ``digits``, with the digit-run helpers they share with the IP
detector (they are re-exported here); phone numbers in ``phones``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from llmgate.redaction.checks import IBAN_LENGTHS, iban_ok, ip_ok
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span, finditer_at
from llmgate.redaction.digits import (
    CardDetector,
    SsnDetector,
    _before,
    _in_runs,
    _long_runs,
)

_HEX = frozenset("0123456789abcdefABCDEF")

__all__ = [
    "CardDetector",
    "EmailDetector",
    "IbanDetector",
    "IpDetector",
    "SsnDetector",
]

# The words people spell "@" and "." with, in the four languages ("jgarcia arroba empresa
# punto es", "jan.becker (at) firma (punkt) de"): a table, shared with the engine's gate.
AT_WORDS = ("at", "arroba", "arobase")
DOT_WORDS = ("dot", "punkt", "point", "punto")
_AT_WORDS = "|".join(AT_WORDS)
_DOT_WORDS = "|".join(DOT_WORDS)
_SPELLED_DOT = re.compile(rf"(?<![A-Za-z])(?:{_DOT_WORDS})(?![A-Za-z])", re.IGNORECASE)

# Local parts and domains may hold any letter (internationalized addresses,
# ``josé.garcía@empresa.es``, ``info@müller-bau.de``): ``\w`` and ``[^\W_]`` are Unicode.
_LOCAL_CHARS = re.compile(r"[\w.%+'\-]{0,64}")


def _local_start(text: str, at: int) -> int:
    """Start of the local part that ends at ``at`` (at most 64 characters), or -1.

    The same answer as searching ``EmailDetector._LOCAL`` in the 64 characters before the
    ``@``, from one match on the reversed window instead of one attempt per position.
    """
    lo = at - 64 if at > 64 else 0
    start = at - _LOCAL_CHARS.match(text[lo:at][::-1]).end()  # type: ignore[union-attr]
    while start < at and text[start] in ".'":
        start += 1  # a local part starts with neither a dot nor a quote ('jane@x.org')
    return start if start < at else -1


def _space_run_start(text: str, end: int) -> int:
    """Start of the run of whitespace (``re``'s ``\\s``, ``str.isspace``) ending at ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _run_starts(text: str, at: int, starts: list[int]) -> None:
    """Add where a match of ``_OBF_AT`` that reaches ``at`` can start: the blanks before
    it, or an opening bracket before it and the blanks before that."""
    run = _space_run_start(text, at)
    if run < at:
        starts.append(run)
    if run > 0 and text[run - 1] in "[({<":
        starts.append(run - 1)
        before = _space_run_start(text, run - 1)
        if before < run - 1:
            starts.append(before)


def _obfuscated_starts(text: str, low: str) -> list[int]:
    """Every offset where ``EmailDetector._OBF_AT`` can start, from where "at" (or another
    word of ``AT_WORDS``, or "@") occurs.

    A match is whitespace, or whitespace, a bracket and whitespace, before an "at" (any
    case: ``low`` is ``text`` lower-cased with offsets kept). Within one whitespace run every
    offset matches or none does, and a match ends after a whole run, so the start of each
    run stands for the run: the same matches as ``finditer``, without an attempt at every
    space of the text.
    """
    starts: list[int] = []
    find = low.find
    for word in AT_WORDS:
        at = find(word)
        while at >= 0:
            _run_starts(text, at, starts)
            at = find(word, at + 1)
    at = find("@")
    while at >= 0:  # a spaced "@" from the blanks before it; a bracketed one ("[@]") too
        starts.append(_space_run_start(text, at))
        _run_starts(text, at, starts)
        at = find("@", at + 1)
    return sorted(set(starts))


class EmailDetector(BuiltinDetector):
    """E-mail addresses, including ``name (at) example [dot] com`` obfuscations."""

    name = "email"
    entities = frozenset({"EMAIL"})

    _AT = re.compile(r"@(?<=[\w%+'\-]@)(?=[^\W_])")
    _LOCAL = re.compile(r"[\w%+'\-][\w.%+'\-]{0,63}\Z")
    # Labels of letters, digits and inner hyphens; a top-level domain of letters (``.de``,
    # ``.公司``) or its punycode (``.xn--p1ai``).
    _DOMAIN = re.compile(
        r"(?:[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?\.){1,8}"
        r"(?:xn--[A-Za-z0-9\-]{2,59}|[^\W\d_]{2,24})(?![^\W_]|-)"
    )
    # The same with "_" allowed inside labels: one character class instead of an alternation
    # per character, several times faster. Where its match holds no "_" the two agree (a label
    # then never needed the alternation's restriction); otherwise ``_DOMAIN`` decides.
    _DOMAIN_FAST = re.compile(
        r"(?:[^\W_](?:[\w\-]{0,61}[^\W_])?\.){1,8}"
        r"(?:xn--[A-Za-z0-9\-]{2,59}|[^\W\d_]{2,24})(?![^\W_]|-)"
    )
    _OBF_LOCAL_DOT = re.compile(
        rf"(?<![\w.%+'\-])[\w%+'\-]{{1,64}}[ \t]+(?:{_DOT_WORDS})[ \t]+\Z", re.I
    )
    # "(at)", " at ", a spaced "@" ("jane.roe @ example . com"), a bracketed one
    # ("jane[@]acme[.]com", as security reports defang addresses), and the French and
    # Spanish words for the sign ("arobase", "arroba").
    _OBF_AT = re.compile(
        rf"\s*[\[({{<]\s*(?:{_AT_WORDS}|@)\s*[\])}}>]\s*|\s+(?:{_AT_WORDS})\s+|[ \t]+@[ \t]+",
        re.IGNORECASE,
    )
    _OBF_DOMAIN = re.compile(
        rf"(?:[A-Za-z0-9\-]{{1,63}}(?:\s*[\[({{<]\s*(?:{_DOT_WORDS}|\.)\s*[\])}}>]\s*"
        rf"|\s+(?:{_DOT_WORDS})\s+|[ \t]+\.[ \t]+|\.)){{1,6}}"
        r"[A-Za-z]{2,24}(?![A-Za-z0-9\-])",
        re.IGNORECASE,
    )
    # The top-level domain of a spaced form is written in one case ("see you @ home . Thanks"
    # is a sentence).
    _ONE_CASE_TLD = re.compile(r"(?<![A-Za-z])(?:[a-z]{2,24}|[A-Z]{2,24})\Z")

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        if "@" in text:
            out.extend(self._plain(text))
        if self._maybe_obfuscated(ctx):
            low = ctx.lower_aligned
            starts = None if low is None else _obfuscated_starts(text, low)
            out.extend(self._obfuscated(text, starts))
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
            or ("@" in low and (" @ " in low or "[@" in low or "(@" in low))
            or ("arobase" in low or "arroba" in low)
        )

    def _plain(self, text: str) -> list[Span]:
        out: list[Span] = []
        pos = 0
        while (m := self._AT.search(text, pos)) is not None:
            at = m.start()
            pos = at + 1
            dom = self._DOMAIN_FAST.match(text, at + 1)
            if dom is not None and "_" in dom.group():
                dom = self._DOMAIN.match(text, at + 1)
            local = _local_start(text, at) if dom is not None else -1
            if local < 0 or dom is None:
                continue
            if text[local:at] == "git" and text.startswith(":", dom.end()):
                continue  # git@github.com:org/repo.git is a remote, not a mailbox
            out.append(Span(local, dom.end(), "EMAIL"))
            pos = dom.end()
        return out

    def _obfuscated(self, text: str, starts: list[int] | None = None) -> list[Span]:
        """``starts``: where ``_OBF_AT`` can start (see ``_obfuscated_starts``); None: anywhere."""
        out: list[Span] = []
        found = (
            self._OBF_AT.finditer(text)
            if starts is None
            else finditer_at(self._OBF_AT, text, starts)
        )
        for m in found:
            dom = self._OBF_DOMAIN.match(text, m.end())
            local = self._LOCAL.search(text, max(0, m.start() - 64), m.start())
            if dom is None or local is None:
                continue
            mark = m.group().strip().lower()
            if mark in AT_WORDS and _SPELLED_DOT.search(dom.group()) is None:
                continue  # "met at example.com" is prose; "jane at acme dot com" is not
            if mark == "@" and not self._ONE_CASE_TLD.search(dom.group()):
                continue
            start = local.start()
            for _ in range(4):  # "jane dot roe at ...": the local part's own dots, spelled
                if not text[max(0, start - 8) : start].rstrip(" \t").lower().endswith(DOT_WORDS):
                    break  # the cheap test first: the search below looks at 80 characters
                word = self._OBF_LOCAL_DOT.search(text, max(0, start - 80), start)
                if word is None:
                    break
                start = word.start()
            out.append(Span(start, dom.end(), "EMAIL"))
        return out


class IbanDetector(BuiltinDetector):
    """IBANs, grouped or not: registered country length and the mod-97 check."""

    name = "iban"
    entities = frozenset({"IBAN"})

    # Starts on the two check digits (a digit prefix scans fast), then looks back at the
    # country code; the match is moved two characters left in Python.
    # Groups apart by a blank or a dash, or by two blanks where a PDF spaced them.
    _CANDIDATE = re.compile(r"[A-Za-z]{2}[0-9]{2}(?:(?:[ \-]|  )?[A-Za-z0-9]){10,30}+")
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


class IpDetector(BuiltinDetector):
    """IPv4 and IPv6 host addresses; loopback, unspecified and version numbers are left."""

    name = "ip_address"
    entities = frozenset({"IP_ADDRESS"})

    # Matched on ``ScanContext.shape`` (every digit reads "0"; see ``digits._in_runs``).
    _V4 = re.compile(rb"00{0,2}\.(?:0{1,3}\.){2}0{1,3}(?!0|\.0)")
    _V4_GLUED = re.compile(r"[\w.\-]")
    # A version's parts stay small; an address with a part of three digits is no version.
    _SMALL_PARTS = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2}){3}")
    _RANGE = re.compile(r"[0-9]-")  # the second address of a range "10.0.0.100-10.0.0.200"
    _V6_CORE = re.compile(r":[0-9A-Fa-f]{0,4}:")
    # The hex-and-colon stretch that ends at a core, matched on the reversed 40 characters
    # before it: one attempt instead of a search that tries each of the 40 starts.
    _V6_LEFT_REVERSED = re.compile(r"[0-9A-Fa-f:]{0,40}")
    _DIGIT = re.compile(r"[0-9]")
    _V6_RIGHT = re.compile(r"[0-9A-Fa-f:]{0,40}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3})?")
    _QUAD = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")
    # A version word right before the number ("firmware 2.4.1.7", "build: 10.0.19041.1"); a
    # word further back is another clause ("server 10.0.0.5 runs release 7"). "client 4.3.9.96"
    # names a client's version; a log's "client: 203.0.113.45" its address.
    _VERSION = re.compile(
        r"(?:(?:version|versión|release|firmware|build|\bver|\bv)\.?[\"']?[ \t]*[:=#]?[ \t]*[\"']?"
        r"|\bclient[ \t]+|\(v)\Z"
    )
    _WORD = re.compile(r"[\w.]")
    # A CIDR prefix length belongs to the address ("10.8.0.0/16" names a network of
    # hosts); a path ("/16/page") or a word glued on is no prefix. An IPv6 zone ("%eth0")
    # names an interface of this machine and stays.
    _CIDR = re.compile(r"/([0-9]{1,3})(?![\w/\-]|\.\w)")

    def _tail(self, text: str, end: int, limit: int) -> int:
        """``end`` moved past a prefix length that follows the address."""
        cidr = self._CIDR.match(text, end)
        if cidr is not None and int(cidr.group(1)) <= limit:
            end = cidr.end()
        return end

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        if "." in text:
            runs = ctx.runs_with(4, dots=3) if ctx.hits is None else _long_runs(ctx, "digits:ipv4")
            for m in _in_runs(self._V4, ctx.shape, runs, 7):
                start, end = m.span()
                if (
                    start
                    and self._V4_GLUED.match(text, start - 1)
                    and not self._RANGE.match(text, start - 2)
                ):
                    continue
                before = _before(text, start, 24, ctx.lower_latin1)
                if ip_ok(text[start:end]) and not (
                    self._VERSION.search(before) and self._SMALL_PARTS.fullmatch(text, start, end)
                ):
                    out.append(Span(start, self._tail(text, end, 32), "IP_ADDRESS"))
        if ctx.hits is not None:
            cores = ctx.hits.starts("ip:v6core")
            if cores:
                out.extend(self._v6(text, cores))
        elif "::" in text or ":" in text:
            out.extend(self._v6(text))
        return out

    @staticmethod
    def _after_label(text: str, start: int, end: int) -> int:
        """Where the address starts after a label glued on with a colon ("IPv6:2001:db8::7",
        "addr:fe80::1"), or -1: the label holds a letter that is no hex digit, else the
        stretch is one token (a hash, a MAC-like run) and no address."""
        lo = start
        while lo and (text[lo - 1].isalnum() or text[lo - 1] == "_"):
            lo -= 1
        colon = text.find(":", start, end)
        if colon < 0 or text.startswith(":", colon + 1) or colon + 1 >= end:
            return -1
        if all(ch in _HEX for ch in text[lo:colon]):
            return -1
        return colon + 1

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
            core = m.start()
            lo = core - 40 if core > 40 else 0
            left = self._V6_LEFT_REVERSED.match(text[lo:core][::-1])
            start = core - left.end()  # type: ignore[union-attr]  # {0,40}: always a match
            right = self._V6_RIGHT.match(text, m.end())
            end = right.end() if right is not None else m.end()
            if text.startswith(".", end):
                # "::ffff:192.0.2.1": the hex run took "192", leaving the quad's tail.
                quad = self._QUAD.match(text, text.rfind(":", start, end) + 1)
                if quad is not None and quad.end() > end:
                    end = quad.end()
            pos = max(end, core + 1)
            candidate = text[start:end]  # only ASCII hex digits, colons and dots
            if end - start < 3 or self._DIGIT.search(candidate) is None:
                continue
            if start and self._WORD.match(text, start - 1) and text[start - 1] != ".":
                start = self._after_label(text, start, end)
                if start < 0:
                    continue
                candidate = text[start:end]
            if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue
            # Without "::" an IPv6 address has 7 colons (6 before a dotted quad): times
            # ("10:30:00") and MAC-like pairs are rejected before ``ipaddress`` raises.
            if ("::" in candidate or candidate.count(":") >= 6) and ip_ok(candidate):
                out.append(Span(start, self._tail(text, end, 128), "IP_ADDRESS"))
        return out
