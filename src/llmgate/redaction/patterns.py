"""Built-in detectors for contact and financial identifiers.

Each detector finds candidates with a regex built to start on a rare character (``@``, a
digit, a colon) so that Python's ``re`` skips most of the text in C, then validates each
candidate in Python (checksum, registry range, surrounding words). Every repetition is
bounded or possessive: a megabyte of digits, dots or ``@`` is scanned in linear time.
Cards and SSNs live in ``digits`` (re-exported here), with the digit-run helpers they
share with the IP detector (``ip``) and phone numbers (``phones``).
"""

from __future__ import annotations

import re

from llmgate.redaction.checks import IBAN_LENGTHS, iban_ok
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span, finditer_at
from llmgate.redaction.digits import (
    CardDetector,
    SsnDetector,
)
from llmgate.redaction.message_ids import message_id
from llmgate.redaction.statements import statement_ibans

__all__ = [
    "CardDetector",
    "EmailDetector",
    "IbanDetector",
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
    # The user of a SIP or tel URI or of a dial string ("sip:", "sofia/external/") that is
    # a phone number: the PHONE detector's (``phone_records``), no mailbox.
    _DIALED = re.compile(r"\+?[0-9]{7,15}")
    _LOCAL = re.compile(r"[\w%+'\-][\w.%+'\-]{0,63}\Z")
    # A remote shell's or copy's destination ("ssh nina@vm-4412.lab", "scp -P 2222 f.txt
    # deploy@host:/srv"): a login on a host, no mailbox. Only flags, numbers and paths may
    # stand between the command and it ("ssh in later, mail nina@..." is a sentence).
    _REMOTE = re.compile(
        r"(?<![\w\-])(?:ssh|scp|sftp|mosh|rsync|ssh-copy-id)"
        r"(?:[ \t]+(?:-[^\s@]*|[0-9]+|[^\s@;|&]*[./~][^\s@;|&]*)){0,6}[ \t]+\Z"
    )
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
            if text.startswith("://", local - 3):
                continue  # ssh://git@github.com/...: a URL's user name and host, no mailbox
            if self._REMOTE.search(text, max(0, local - 80), local) is not None:
                continue  # ssh nina@vm-4412.lab: a login and a host
            if message_id(text, local, at):
                continue  # Message-ID: <2d641e6f...@mail.example.com> reaches nobody
            if local and text[local - 1] in ":/" and self._DIALED.fullmatch(text, local, at):
                continue  # sip:+33612345678@sbc.example.net: a phone number's (PHONE)
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


# What may stand glued before an IBAN's country code (the text before it ends so): an
# MT940 statement's sub-field tag ("?31DE89..." in the German DFUE ":86:" field, the
# counterparty's account) and the word itself ("IBANDE89..."). Elsewhere a letter or a
# digit before the country code means the run is part of a longer token.
IBAN_GLUED_BEFORE = re.compile(r"(?:\?[0-9]{2}|IBAN|iban)\Z")
_GLUED_WIDTH = 4  # characters of the longest glued prefix above


class IbanDetector(BuiltinDetector):
    """IBANs, grouped or not: registered country length and the mod-97 check.

    The country code may stand one blank before the check digits where it is written in
    capitals ("IT 60 X 05428 11101 000000123456", as Italian banks print the CIN apart):
    the length and mod-97 checks still hold for the whole.
    """

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
            # The run starts at the check digits; the country code is just before (or one
            # blank before, in capitals).
            lead = start - 2
            spaced = lead > 0 and text[lead + 1] == " "
            if spaced:
                lead -= 1
                if not (text[lead : lead + 2].isupper() and text[lead : lead + 2].isalpha()):
                    continue
            elif lead < 0 or not text[lead:start].isalpha():
                continue
            if lead and text[lead - 1].isalnum() and not self._glued_ok(text, lead):
                continue
            if spaced:
                m = self._CANDIDATE.match(text[lead : lead + 2] + text[start : start + 64])
                shift = 1  # the blank left out of the candidate
            else:
                m, shift = self._CANDIDATE.match(text, lead), 0
            if m is not None and (span := self._validate(m.group(), lead, shift)) is not None:
                out.append(span)
        if "?31" in text and "\n" in text:  # an MT940 account cut by the field's wrap
            out.extend(statement_ibans(text))
        return out

    @staticmethod
    def _glued_ok(text: str, lead: int) -> bool:
        """Whether what is glued before the country code is a tag (``IBAN_GLUED_BEFORE``)."""
        return IBAN_GLUED_BEFORE.search(text, max(0, lead - _GLUED_WIDTH), lead) is not None

    def _validate(self, candidate: str, start: int, shift: int = 0) -> Span | None:
        """The IBAN at the head of ``candidate`` (found at ``start``; ``shift`` characters
        of the text left out of it after the country code)."""
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
                        return Span(start, start + i + 1 + shift, "IBAN")
                    return None
        return None
