"""An optional DATE_OF_BIRTH detector: a linear model over every date, beside the rules.

The built-in DATE_OF_BIRTH rules (dob.py) need a birth cue they know within a clause of
the date, a birth date column's header or a German asterisk; a date the writer marked as
a birth date in any other way (a cue two clauses away, a key they do not list, a record
whose other fields say "person") stays in clear. This detector takes every date that the
rules' own date pattern finds (``dates.DATE`` for the numeric, written, compact and
abbreviated forms of the four languages, and ``dates.MONTH_YEAR``) and scores it with a
linear model (an averaged perceptron trained by ``tools/train_dob_model.py`` on the
project's labeled sets) over features of the date (its shape, separator, which parts it
has, its year's range, whether the year comes first, a two-digit year) and of its context
(the words before and after it on its line and the last words of the previous line, the
key before ``:`` or ``=``, the header of its table column, birth and age words and event
words in EN/DE/FR/ES/IT/NL/PT: invoice, order, release, appointment, expiry, issued, but
also the events that mark dates as old as a birth date's: admission, discharge, hire,
termination, founding, registration, death, marriage, vaccination, a war; the word
groups are data in ``dob_model_tables.py``), whether it opens or closes a period ("from
... to ..."), how many dates its line and its text hold (a birth date is most often the
only date of a person's record line), the age it implies against another year of the
text, and the kind of line and of text: form, table, JSON, transcript. A date scoring
above the threshold becomes a DATE_OF_BIRTH span.

Pure Python, no dependency; its weights ship beside this module (``dob_model.json.gz``)
and are read once per process. It runs beside the birth-date rules by default
(``redactor.DEFAULT_MODELS``): ``Redactor(dob_model=False)`` or ``[redaction] dob_model =
false`` keeps the rules alone; ``[redaction] detectors = ["dob-model"]``, the opt-in of
earlier releases, still runs it once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from llmgate.redaction._perceptron import (
    Candidate,
    CandidateModel,
    CandidateModelDetector,
    read_candidate_model,
)
from llmgate.redaction.dates import (
    ALLIANCE,
    DATE,
    DAY_WORDS,
    LEAD_WORD,
    LEAD_WORDS,
    MONTH_NAME,
    MONTH_YEAR,
    YEAR,
)
from llmgate.redaction.detectors import Span
from llmgate.redaction.dob_events import event_heading, event_label_before
from llmgate.redaction.dob_model_tables import AGE, BIRTH, EVENTS
from llmgate.redaction.model_context import (
    key_features,
    line_features,
    position_features,
    text_kind,
    words_around,
)
from llmgate.redaction.normalize import char_class

__all__ = ["DobModelDetector", "candidates", "load_model"]

WEIGHTS_FILE = "dob_model.json.gz"
FORMAT = 1
# Every date the rules' date patterns know, in one pass (the written month and year only
# where no full date starts: "born in March 1985").
_CANDIDATE = re.compile(rf"{DATE}|{MONTH_YEAR}", re.IGNORECASE)
_DIGITS = re.compile(r"[0-9]+")
_BACK = 72  # characters from a date's start to its first digit, at most
# A month name or a day word of the date patterns, at a word's start.
_LEAD = re.compile(rf"(?<![^\W\d_])(?:{MONTH_NAME}|{DAY_WORDS})(?![^\W\d_])", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")  # the same runs in an ASCII text
# The same runs in a Latin-1 text (most business text): its letters spelled out as one
# class, which ``re`` tests with a bitmap instead of a Unicode lookup per character.
_LATIN1_LETTERS = re.compile(
    char_class([c for c in range(256) if re.fullmatch(r"[^\W\d_]", chr(c))]) + "+"
)
_FIRST_WORD = re.compile(LEAD_WORD, re.IGNORECASE)
# Whether a word is a lead word (``_leads``), by word: the same words recur from text to
# text. A plain dict, bounded (a race writes the same value twice).
_IS_LEAD: dict[str, bool] = {}
_MEMO = 65536
_REACH = 120  # characters before and after a date on its line that its features read
_PREV_REACH = 160  # characters of the previous line read
_NEAR = ("bg1=", "ag1=", "kg=", "hg=")
_CLOSING_TAG = re.compile(r"</[^<>]{0,40}>")
_ALLIANCE = re.compile(rf"(?<![^\W_]){ALLIANCE}")
_TO = r"[ \t]*(?:[-\u2013\u2014]|to|till|until|bis|au|al|a|à|tot|t/m|fino al|hasta)[ \t]*"
_TO_ARTICLE = r"(?:(?:the|zum|le|el|il|o)[ \t]+)?"
_RANGE_FROM = re.compile(_TO + _TO_ARTICLE + r"[0-9]")
_RANGE_TO = re.compile(_TO + _TO_ARTICLE, re.IGNORECASE)


@lru_cache(maxsize=8192)
def _groups(word: str) -> tuple[str, ...]:
    """The birth and event groups a lower-case word belongs to."""
    if len(word) > 24:
        return ()
    out = ("birth",) if BIRTH.search(word) else ("age",) if AGE.search(word) else ()
    return out + tuple(name for name, pattern in EVENTS if pattern.search(word))


@lru_cache(maxsize=8192)
def date_features(value: str) -> tuple[str, ...]:
    """Features of the date alone: shape, separator, parts, year range."""
    shape: list[str] = []
    for c in value:
        k = "a" if c.isalpha() else "9" if c.isdigit() else " " if c.isspace() else c
        if not shape or shape[-1] != k or k == "9":
            shape.append(k)
    sh = "".join(shape)[:16]
    digits = sum(c.isdigit() for c in value)
    written = any(c.isalpha() for c in value)
    seps = "".join(sorted({c for c in value if c in "./-"}))
    out = ["sh=" + sh, "sep=" + (seps or "none"), "nd=" + str(min(digits, 9))]
    out.append("kind=" + ("written" if written else "compact" if value.isdigit() else "numeric"))
    years = YEAR.findall(value)
    if years:
        y = int(years[-1])
        bucket = (
            "<1900"
            if y < 1900
            else "1900s"
            if y < 1930
            else str(y // 10 * 10)
            if y < 2030
            else "2030+"
        )
        out += ["year=" + bucket, "year5=" + str(y // 5 * 5)]
        out.append("yfirst" if value.startswith(years[-1]) else "ylast")
    else:
        out.append("year=2digit" if digits >= 4 else "year=none")
    if written and digits <= 2:
        out.append("noyear")
    return tuple(out)


def _context(text: str, start: int, end: int, last: int) -> list[str]:
    """Features of a date's surroundings (bounded windows: a long line stays linear). The
    words before it are those after the previous date ``last`` ends, if on its line: in
    "born 1985-03-12; started 2019-09-01" the birth word is the first date's."""
    nl = text.rfind("\n", max(0, start - _REACH), start)
    line_start = nl + 1 if nl >= 0 else max(0, start - _REACH)
    at_bol = nl >= 0 or start <= _REACH
    eol = text.find("\n", end, end + _REACH)
    line_end = eol if eol >= 0 else min(len(text), end + _REACH)
    before, after = text[max(line_start, last) : start], text[end:line_end]
    out: list[str] = ["after-date"] if last > line_start else []
    # a closing tag names the value before it: "</dateOfBirth><created>2024-01-02"
    before = _CLOSING_TAG.sub(" ", before) if "</" in before else before
    before = _ALLIANCE.sub("Alliance", before) if "NATO" in before else before
    bw, aw = words_around(before, after)
    # a period from one date to another ("from 03/1982 to 08/1995", "du ... au ..."): a
    # job's, a contract's, a stay's, never a birth date's
    if _RANGE_FROM.match(after):
        out.append("range-from")
    if last > line_start and _RANGE_TO.fullmatch(before):
        out.append("range-to")
    out += position_features(bw, aw, at_bol)
    out += ["bg=" + g for w in bw[-8:] for g in _groups(w)]
    out += ["bg1=" + g for w in bw[-2:] for g in _groups(w)]
    out += ["ag=" + g for w in aw[:4] for g in _groups(w)]
    out += ["ag1=" + g for w in aw[:1] for g in _groups(w)]
    out += key_features(before, _groups)
    if at_bol:
        found, prev = line_features(
            text, line_start, line_end, start - line_start, _groups, _PREV_REACH, 8
        )
        out += found
        if prev is not None:
            if "?" in text[max(prev + 1, line_start - 40) : line_start]:
                out.append("prev?")
            if last > prev:
                out.append("after-date-prev")
    # The nearest cue: a word right before or after it, its key, its column. "on", "am",
    # "le", "el" ("when") precede birth dates as often as others: no event.
    near = [f.split("=", 1)[1] for f in out if f.startswith(_NEAR)]
    # "world" is a birth only in an idiom ("came into the world"), not in "World War".
    near = [g for g in near if g != "when"]
    if "birth" in near or "age" in near:
        out.append("near=birth")
    elif "world" in near and all(g == "world" for g in near):
        out.append("near=world")
    elif near:
        out.append("near=event")
    return out


def _leads(text: str) -> list[int]:
    """Where ``_LEAD`` can match: the starts of the words (runs of letters) of ``text``
    that are a first word of a month name or day word (``LEAD_WORDS``, in lower case for
    an ASCII word, with the pattern's own case folding for another). Every match of
    ``_LEAD`` starts such a run, so it matches nowhere else; a set lookup per distinct
    word and a ``find`` per kept one cost a fraction of trying the pattern at each start."""
    out: set[int] = set()
    known = _IS_LEAD.get
    for word in set(_letter_runs(text)):
        lead = known(word)
        if lead is None:
            lead = _is_lead(word)
        if lead:
            n = len(word)
            at = text.find(word)
            while at >= 0:
                # a letter before or after: part of a longer run (str.isalpha holds for
                # none but letters of the pattern's class)
                if not (at and text[at - 1].isalpha()) and not text[at + n : at + n + 1].isalpha():
                    out.add(at)
                at = text.find(word, at + n)
    return sorted(out)


def _letter_runs(text: str) -> list[str]:
    """The runs of letters of ``text`` (``_LETTERS``), with the fastest pattern that finds
    the same ones."""
    if text.isascii():
        return _ASCII_LETTERS.findall(text)
    try:
        text.encode("latin-1")  # a copy for one-byte strings, fails fast on wider ones
    except UnicodeEncodeError:
        return _LETTERS.findall(text)
    return _LATIN1_LETTERS.findall(text)


def _is_lead(word: str) -> bool:
    """Whether a run of letters is a first word of a month name or day word (in lower case
    for an ASCII word, with the patterns' own case folding for another)."""
    lead = word.lower() in LEAD_WORDS if word.isascii() else bool(_FIRST_WORD.fullmatch(word))
    if len(_IS_LEAD) >= _MEMO:
        _IS_LEAD.clear()
    _IS_LEAD[word] = lead
    return lead


def _may_start(text: str, start: int, end: int) -> bool:
    """Whether a date of ``dates.DATE`` can start at the run of digits ``start:end``.
    Those that start with a digit start with a year and a separator ("1979-11-23"), eight
    digits ("19850312") or a day of one or two digits followed by a separator, a blank or
    a line break, an ordinal's ending, a degree sign or a month name ("12/03", "12 March",
    "4th", "04MAR58"); a run of another length (an amount, a phone number, a time's "10:")
    starts none, and trying the pattern there (its month names one by one) costs as much
    as the rest of the model on a chat message. test_dob_model.py holds this to the
    pattern."""
    n = end - start
    after = text[end : end + 1]
    if n <= 2:
        return after != "" and (after in " ./-\r\n\u00b0" or after.isalpha())
    return n == 8 or (n == 4 and after != "" and after in "-/.")


def _dates(text: str) -> Iterator[re.Match[str]]:
    """The date pattern's matches, tried where a date can start: at a run of digits, or
    at a month name or day word ("March 4, 1990", "the fourteenth of March, 1985")
    within ``_BACK`` characters before one (every date holds a digit). A search would try
    the pattern's month names and day words at every position: ten times the cost; so
    would ``_LEAD.finditer`` over each window, which the loop over ``_leads`` below does
    the work of (the same matches: tried at the same starts, each after the last one's
    end)."""
    leads = _leads(text)
    starts: list[int] = []
    seen = -1
    j = 0
    for run in _DIGITS.finditer(text):
        a = run.start()
        lo = max(seen, a - _BACK)
        while j < len(leads) and leads[j] < lo:
            j += 1
        after = lo
        while j < len(leads) and leads[j] < a:
            pos = leads[j]
            j += 1
            if pos >= after:
                lead = _LEAD.match(text, pos, a)
                if lead is not None:
                    starts.append(pos)
                    after = lead.end()
        if _may_start(text, a, run.end()):
            starts.append(a)
        seen = run.end()
    done = 0
    for pos in starts:
        if pos < done:
            continue
        m = _CANDIDATE.match(text, pos)
        if m is not None:
            done = m.end()
            yield m


def _age(years: int) -> str:
    """The age a birth date implies against the latest other year the text names (its
    "now"; a clock would make the same text score differently next year)."""
    for edge, name in ((0, "now"), (15, "child"), (35, "young"), (65, "adult")):
        if years <= edge:
            return name
    return "old" if years <= 105 else "past"


def _count(n: int) -> str:
    return "1" if n == 1 else "2" if n == 2 else "3+"


def candidates(text: str) -> Iterator[Candidate]:
    """Every date of ``text`` that could be a birth date, with its features. A birth date
    is most often the only date of its record line ("Staff: Leo Grant | 1962-07-19 |
    Leeds"), where an admission, a contract or a vaccination list gives two or more: the
    number of dates on its line and in the text are features too."""
    found = list(_dates(text))
    if not found:
        return
    kinds = text_kind(text)
    # The latest year the text names other than each date's own: a date alone in its text
    # (or beside its own year, "Jahrgang 1961, ... 3. Juni 1961") has no "now"; its own
    # year would make every lone date look recent.
    named = sorted({int(y) for y in YEAR.findall(text)}, reverse=True)[:2]
    rows: list[int] = []  # each date's line number, counted as the dates go (linear)
    row = prev = 0
    for m in found:
        row += text.count("\n", prev, m.start())
        prev = m.start()
        rows.append(row)
    per_row = Counter(rows)
    total = "td=" + _count(len(found))
    last = -1
    for i, m in enumerate(found):
        start, end = m.span()
        feats = ["b", *date_features(m.group()), *kinds, *_context(text, start, end, last)]
        years = YEAR.findall(m.group())
        if years:
            own = int(years[-1])
            now = next((y for y in named if y != own), 0)
            if now:
                feats.append("age=" + _age(now - own))
        feats.append("ndate=" + ("1st" if last < 0 else "near" if start - last < 60 else "far"))
        feats += [total, "ld=" + _count(per_row[rows[i]])]
        if i + 1 < len(found) and rows[i + 1] == rows[i]:
            feats.append("before-date")
        mark = text[max(0, start - 3) : start]
        if "\u2020" in mark:  # a dagger: the date of a death
            feats.append("dagger")
        last = end
        year = next((f for f in feats if f.startswith("year=")), "year=?")
        if "near=birth" in feats:
            feats.append("birth+" + year)
        yield Candidate(start, end, feats)


@lru_cache(maxsize=4)
def load_model(name: str = WEIGHTS_FILE) -> CandidateModel:
    """The model shipped beside this module (read once per process)."""
    return read_candidate_model(name, FORMAT, candidates)


class DobModelDetector(CandidateModelDetector):
    """A ``llmgate.redaction`` detector: DATE_OF_BIRTH spans from the shipped linear model.

    ``threshold`` overrides the shipped decision threshold (higher: fewer, surer dates).
    Stateless after loading, so one instance is safe to share between threads.
    """

    entities = frozenset({"DATE_OF_BIRTH"})
    load = staticmethod(load_model)

    def detect(self, text: str) -> list[Span]:
        """The model's dates, less those whose own label names another event
        (``dob_events.event_label_before``: "Anmeldedatum: 03.11.2025") or whose table
        column does (``event_heading``: "Anniversary", "Last Open")."""
        memo: dict[tuple[int, str], int] = {}
        return [
            s
            for s in super().detect(text)
            if not event_label_before(text, s.start) and not event_heading(text, s.start, memo)
        ]
