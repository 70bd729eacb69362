"""Senders of a printed message thread, read from the head line above each message.

Client portals (DATEV Unternehmen online and other tax advisers' portals), helpdesks
(Zendesk, Freshdesk, Intercom) and SMS exports print a thread as messages under a head of
the sender and the stamp, set apart by dashes, dots, bullets, pipes or brackets:
"— 14.02.2026 09:12 · Anna Berg —", "Anna Berg | 4 Mar 2026, 09:41", "Anna Berg (Support)
· 11. März 2026, 14:22", "--- Anna Berg — 22/03/2026 10:05 ---" (an en dash too),
"(Anna Berg) 08/04/2026 - 09:12", "Anna Berg reported via email · 16 mar 2026, 18:04".
The sender is a person whatever the name looks like (three words, a rare given name, a
double surname), and the messages call the senders by their given names ("Hi Caspian"):
the name rules, which saw a line of capitalized words beside a date, left them (a sealed
set: names of client-portal print-outs and of service SMS threads missed).

A line is a head when, cut at its separators, one part is a stamp with a time (a date
alone is a certificate's or a list's line: "Ausgestellt am 18.10.2025 - Standesamt") and
exactly one part is a name: capitalized words, no word that is no name, no colon (a
transcript's "Caller: Anna Berg."), a role in brackets ("(Support)") or a verb of the
thread ("wrote", "replied", "schrieb") beside it. A single word is a name only when it
heads two messages or is a known given name ("Support Team replied" and "Fin · 10:12", a
bot, stay). Lines are read one at a time, each at most 140 characters, with bounded
patterns, so the pass is linear.
"""

from __future__ import annotations

import re

from llmgate.redaction.given_names import GIVEN_NAMES
from llmgate.redaction.meeting_chats import NAME_PARTICLES, NAME_WORD, given_name, said_alone
from llmgate.redaction.names import NOT_NAMES

__all__ = ["HEAD_VERBS", "ROLE_WORDS", "thread_senders"]

# A head's separators: dashes and dots set off by blanks, bullets, pipes, brackets.
_SPLIT = re.compile(
    r"[ \t]*(?:[\u2014\u2013|\u00b7\u2022\u25cf()\[\]<>]|(?<![\w.])-{1,3}(?![\w]))[ \t]*"
)
_MONTH = r"[^\W\d_]{3,10}\.?"
# A stamp: a date with its year (digits, or a month's name in any order), with a time or
# without; or a time alone.
_TIME = r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}\.?[ \t]+(?:de[ \t]+)?{_MONTH}[ \t]+(?:de[ \t]+)?\d{{4}}"
    rf"|{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}})"
)
_STAMP = re.compile(
    rf"(?:[^\W\d_]{{1,5}}\.?,?[ \t]+)?(?:{_DATE}(?:,?[ \t]+(?:[^\W\d_]{{1,5}}[ \t]+)?"
    rf"{_TIME})?|{_TIME})[ \t]*"
)
# Verbs a helpdesk writes after the sender, in the seven languages, and the words of a
# channel after them ("reported via email").
HEAD_VERBS = (
    "wrote", "replied", "commented", "reported", "responded", "schrieb", "antwortete",
    "kommentierte", "a écrit", "a répondu", "escribió", "respondió", "ha scritto",
    "ha risposto", "schreef", "antwoordde", "reageerde", "escreveu", "respondeu",
)  # fmt: skip
_VERB = re.compile(
    r"[ \t]+(?:" + "|".join(re.escape(v) for v in HEAD_VERBS)
    + r")(?:[ \t]+(?:via|by|per|par|por|tramite|through)[ \t]+[\w-]{1,12})?[ \t]*:?\Z"
)  # fmt: skip
# Words before a sender that are its role or the head's word for "from".
ROLE_WORDS = frozenset(
    ["from", "von", "de", "da", "van", "by", "par", "por", "door", "Agent", "Agente",
     "Mitarbeiter", "Mitarbeiterin", "Sachbearbeiter", "Sachbearbeiterin"]
)  # fmt: skip
_NOT = frozenset(
    ["Me", "Moi", "Ich", "Yo", "Io", "Ik", "Eu", "Jij", "You", "Du", "Vous", "Tu", "Bot",
     "Fin", "System", "Admin", "Agent", "Ticket", "Chat", "Conversation", "Message",
     "Messages", "Nachricht", "Nachrichten", "Today", "Yesterday", "Heute", "Gestern",
     "Aujourd'hui", "Hier", "Hoy", "Ayer", "Oggi", "Ieri", "Vandaag", "Gisteren", "Hoje",
     "Ontem", "Sent", "Received", "Date", "Datum", "Body", "Text", "Type", "From", "To"]
)  # fmt: skip
_MAX_LINE = 140
_CLOCK = re.compile(r"\d:\d\d")
# What a sender's name holds: letters, blanks, hyphens, apostrophes, an initial's dot and
# the comma after a surname (no colon: "Caller: Anna Berg." is a transcript's line).
_NAME_CHARS = re.compile(r"[^\W\d_](?:[^\W\d_]|[' .,\u2019-])*")
_TAG = re.compile(r"[ \t]*\[[^\]\d\n]{1,20}\][ \t]*")


def _words(value: str) -> list[str] | None:
    """The words of a sender's name, or None: one to five words, capitalized but for
    particles and a comma after the surname, no digit, none a word that is no name."""
    if _NAME_CHARS.fullmatch(value) is None or value.count(",") > 1 or value.isupper():
        return None
    words = NAME_WORD.findall(value)
    if not words or len(words) > 5 or not words[0][0].isupper():
        return None
    for w in words:
        bare = w.rstrip(".")
        if not (w[0].isupper() or w in NAME_PARTICLES) or bare in _NOT or bare in NOT_NAMES:
            return None
    return words


def _sender(part: str) -> tuple[int, int] | None:
    """Where the name lies inside a head's part (a verb after it and a role word before it
    cut off), or None."""
    end = len(part)
    verb = _VERB.search(part)
    if verb is not None:
        end = verb.start()
    start = 0
    first = part.split(None, 1)
    while first and first[0] in ROLE_WORDS and len(first) > 1:
        start = part.index(first[1], start)
        first = part[start:end].split(None, 1)
    value = part[start:end].rstrip(" \t,:")
    if _words(value) is None:
        return None
    return start, start + len(value)


def _head(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The sender's span when the line ``text[lo:hi]`` is a thread's head."""
    if hi - lo > _MAX_LINE:
        return None
    stamps = 0
    timed = False
    names: list[tuple[int, int]] = []
    tag = _TAG.match(text, lo, hi)  # "[Zendesk] Anna Berg • ...": the tool's tag
    pos = lo if tag is None else tag.end()
    for cut in [*_SPLIT.finditer(text, lo, hi), None]:
        end = hi if cut is None else cut.start()
        part = text[pos:end].strip()
        if part:
            if _STAMP.fullmatch(part):
                stamps += 1
                timed = timed or _CLOCK.search(part) is not None
            else:
                found = _sender(part)
                if found is not None:
                    at = text.index(part, pos)
                    names.append((at + found[0], at + found[1]))
                elif len(part.split()) > 3 and not ("#" in part or any(map(str.isdigit, part))):
                    return None  # a tag ("Zendesk", "Support") beside the name; no prose
        if cut is None:
            break
        pos = cut.end()
    if not timed or len(names) != 1:
        return None
    return names[0]


def _heads(text: str) -> list[tuple[int, int]]:
    """Heads among the lines that hold a clock time (a head needs one: ``_head``'s
    ``timed``), found by a C-level search rather than a walk over every line."""
    out = []
    hi = -1
    for clock in _CLOCK.finditer(text):
        if clock.start() < hi:
            continue  # a second time on a line already read
        lo = text.rfind("\n", 0, clock.start()) + 1
        hi = text.find("\n", clock.end())
        if hi < 0:
            hi = len(text)
        if hi - lo <= _MAX_LINE and _SPLIT.search(text, lo, hi) is not None:
            found = _head(text, lo, hi)
            if found is not None:
                out.append(found)
    return out


def thread_senders(text: str) -> list[tuple[int, int]]:
    """Senders of a thread's heads, and their given names wherever the thread says them."""
    if "\n" not in text:
        return []
    heads = _heads(text)
    if not heads:
        return []
    said = [text[s:e] for s, e in heads]
    counts: dict[str, int] = {}
    for value in said:
        counts[value] = counts.get(value, 0) + 1
    found = [
        (s, e)
        for (s, e), value in zip(heads, said, strict=True)
        if len(NAME_WORD.findall(value)) > 1 or counts[value] > 1 or value in GIVEN_NAMES
    ]
    # A thread's given names are three letters or more once a trailing dot is dropped
    # ("Al." heads no search here; a chat's speakers are judged before it is dropped).
    names = (given_name(text[s:e]) for s, e in found)
    return found + said_alone(text, {g for g in names if g is not None and len(g) >= 3})
