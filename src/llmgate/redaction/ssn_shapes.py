"""US_SSN shapes beyond the 3-2-4 groups of ``digits.SsnDetector``: the last four digits
where the words say so, and nine digits grouped 3-3-3 right after an SSN word.

Call centres, HR portals and tax letters verify a person with the last four digits of the
SSN ("the last four of your social? - 6345", "SSN ending in 2204", "XXX-XX-2204"). Four
digits alone are no SSN, and a card's or an account's last four are no SSN either: the
digits are masked only after the words for "last four" and an SSN word (seven languages)
on the same line or as the answer on the next one, or in a display that hides the rest
of the number with X's or stars. Right after an SSN label, nine digits count in any grouping
("SSN: 536 906 345", a group wrapped to the next line) and in any area but a
placeholder's. The words are data; the detector (``digits.SsnDetector``) calls
``more_ssns`` once per text, and it finds the same on every engine path because it reads
the text itself.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span
from llmgate.redaction.ssn_words import SSN_WORDS_ABROAD

__all__ = ["more_ssns"]

# The words for an SSN: the English short forms and "social (security)", German
# "Sozialversicherungsnummer" and the words of the other languages (``ssn_words``).
_SSN_WORDS = (
    r"ssn|s\.s\.n\.?|ss#|soc\.? ?sec\.?|social(?:[ \-]security)?"
    rf"|sozialversicherungsnummer|{SSN_WORDS_ABROAD}"
)
# "last four (digits)" in the seven languages.
_LAST_WORDS = (
    r"(?:last|final)[ \t]{1,3}(?:four|4)(?:[ \t]{1,3}(?:digits|numbers))?"
    r"|letzten[ \t]{1,3}(?:vier|4)(?:[ \t]{1,3}ziffern)?"
    r"|(?:quatre|4)[ \t]{1,3}derniers(?:[ \t]{1,3}chiffres)?"
    r"|[úu]ltimos[ \t]{1,3}(?:cuatro|quatro|4)(?:[ \t]{1,3}d[íi]gitos)?"
    r"|ultime[ \t]{1,3}(?:quattro|4)(?:[ \t]{1,3}cifre)?"
    r"|laatste[ \t]{1,3}(?:vier|4)(?:[ \t]{1,3}cijfers)?"
)
# What the phrase may end with before the digits: a question and a speaker's answer on the
# same line or the next, a colon, "is", a comma.
_GAP = r"[^\n0-9]{0,40}?(?:\r?\n[^\n0-9]{0,40}?)?"
_DIGITS = r"(?<![0-9\-./])(?P<tail>[0-9]{4})(?![0-9]|[\-./][0-9])"
# Between "last four" and the SSN word: "of", "of your", "digits of the employee's", in the
# seven languages (not any words: "the last 4 years of SSN data" is no SSN).
_LINKS = (
    r"of|from|your|his|her|their|my|the|our|employee'?s|applicant'?s|caller'?s|client'?s"
    r"|customer'?s|patient'?s|von|der|des|ihrer|seiner|de|du|la|votre|son|sa|del|su|tu"
    r"|della|dello|del suo|suo|sua|tuo|il|van|uw|je|het|do|da|dos|seu|o|a"
)
_LINK = rf"(?:[ \t]{{1,3}}(?:{_LINKS})(?![^\W_])){{0,3}}[ \t]{{0,3}}[,:\-]?[ \t]{{0,3}}"
_TAIL = re.compile(
    # a field's key: "ssn_last4", "ssn4", "last4_ssn"
    r"(?<![^\W_])(?:ssn[_\-]?(?:last[_\-]?)?(?:4|four)|last[_\-]?(?:4|four)[_\-]?ssn"
    rf"|(?:{_LAST_WORDS}){_LINK}(?:{_SSN_WORDS})"
    rf"|(?:{_SSN_WORDS})(?:[ \t]{{1,3}}(?:number|no\.?|#))?[ \t]{{0,3}}"
    rf"(?:\(?(?:{_LAST_WORDS})\)?|(?:ending|ends)(?:[ \t]{{1,3}}(?:in|with))?))"
    rf"(?![^\W_]){_GAP}{_DIGITS}",
    re.IGNORECASE,
)
# A display that hides all but the last four ("XXX-XX-2204", "***-**-2204").
_MASKED = re.compile(
    r"(?<![\w*•])(?:[xX]{3}|\*{3}|•{3})([\- ])(?:[xX]{2}|\*{2}|•{2})\1"
    r"(?P<tail>[0-9]{4})(?![0-9]|[\-./][0-9])"
)
# Where a ``_TAIL`` match starts (lower case, at most ``_REACH`` characters before): a "last
# four" word, "ssn" (a field's key) or an SSN word, one of whose parts every match holds.
_GATES = (
    "ssn", "last", "final", "letzten", "quatre", "4 derniers", "ltimos", "ultime", "laatste",
)  # fmt: skip
_SSN_STEMS = (
    "ssn", "s.s.", "ss#", "soc", "curit", "seguro", "seguridad", "seguran", "previd",
    "sicurezza", "zekerheid", "sozialvers",
)  # fmt: skip


# An SSN word right before the number (not "social" alone, which names networks and media
# too), perhaps with a note in brackets ("SSN (habe ich seit dem Studium in Boston):") and
# a colon, then nine digits in any grouping by
# blanks, dashes or dots, a group perhaps on the next line ("SSN: 536 906 345", "SSN:
# 53690 6345", "SSN: 987-65-4321"). The label says what the number is, so any area but a
# placeholder's counts: an SSN the rules' ranges reject (666, 9xx) is still someone's.
_LABEL = (
    r"(?<![^\W_])(?:ssn|s\.s\.n\.?|ss#|s\.s\.[ ]?no\.?|soc(?:ial)?\.?[ ]?sec(?:urity)?\.?"
    r"(?:[ \t]{1,3}(?:number|no\.?|nr\.?|#))?)(?![^\W_])"
)
_SEP = r"(?:[ \t]{0,3}[\-.\u2010-\u2015\u2212]?[ \t]{0,3}|[ \t]{0,3}\r?\n[ \t>]{0,8})"
# A dump's dotted leader may stand between the label and the digits ("SUBSCRIBER
# SSN.....412739021").
_LABELED = re.compile(
    rf"{_LABEL}(?:[ \t]{{0,3}}\([^()\n]{{0,60}}\))?(?:[ \t]?\.{{2,40}})?"
    rf"[ \t]{{0,3}}[:#=\-]?[ \t]{{0,3}}"
    rf"(?P<ssn>[0-9](?:{_SEP}[0-9]){{8}})(?![0-9]|[ \t]?[\-.]?[0-9])",
    re.IGNORECASE,
)
_NOT_DIGIT = re.compile(r"[^0-9]+")


def more_ssns(ctx: ScanContext) -> list[Span]:
    """The last four digits of an SSN that the words around them name, and nine digits in
    any grouping right after an SSN label (see the module)."""
    text = ctx.text
    out: list[Span] = []
    low = ctx.lower_aligned
    if low is None:  # a rare letter changed the offsets: search the whole text
        labeled = list(_LABELED.finditer(text))
        tails = list(_TAIL.finditer(text))
    elif not any(map(low.__contains__, _SSN_STEMS)):
        # Most texts name no SSN. A substring test per stem (C's fast search) costs a
        # fifth of one alternation of them, which stops at every "s", "c" and "p".
        labeled = tails = []
    else:
        labeled = _matches(_LABELED, text, [m.start() for m in _HEAD.finditer(low)], 0)
        tails = _matches(_TAIL, text, [m.start() for m in _TAIL_HEAD.finditer(low)], _REACH)
    for m in labeled:
        run = _NOT_DIGIT.sub("", m.group("ssn"))
        if run[:3] != "000" and run[3:5] != "00" and run[5:] != "0000":
            out.append(Span(*m.span("ssn"), "US_SSN"))
    out += [Span(*m.span("tail"), "US_SSN") for m in tails]
    if "xx" in (low or text.lower()) or "**" in text or "••" in text:
        out += [Span(*m.span("tail"), "US_SSN") for m in _MASKED.finditer(text)]
    return out


# Where a ``_LABELED`` match can start (lower case), and how far before a gate word a
# ``_TAIL`` match can start ("últimos": a letter before the word); the words as one
# pattern each, searched on the lower-cased text (one C-level pass, not a find per word).
_HEAD = re.compile(r"ssn|ss#|s\.s\.|soc")
_TAIL_HEAD = re.compile("|".join(re.escape(word) for word in (*_GATES, *_SSN_STEMS)))
_REACH = 2
_WINDOW = 240  # longer than any ``_TAIL`` match


def _matches(
    pattern: re.Pattern[str], text: str, starts: list[int], reach: int
) -> list[re.Match[str]]:
    """The matches of ``pattern`` anchored at most ``reach`` characters before one of
    ``starts``, each once, in order, none inside another's span (anchored tries: a search
    would try the pattern's long alternation at every position of a window)."""
    out: list[re.Match[str]] = []
    done = 0
    for start in starts:
        for at in range(max(done, start - reach), start + 1):
            m = pattern.match(text, at, min(len(text), start + _WINDOW))
            if m is not None:
                out.append(m)
                done = m.end()
                break
    return out
