"""Meeting chats, speech-platform logs and printed message threads: the detector that reads
their own structure (meeting_chats.py: a chat's headers; ivr_logs.py: a prompt and its
answer; thread_heads.py: a thread print-out's head lines; message_signoffs.py: a text
message's closing phrase and name) and the ids of the first two that other rules take for
phones and must leave.

A saved chat posts the meeting id beside the passcode ("Meeting ID 846 3192 7705"), an IVR
log the prescription number keyed one digit at a time ("DTMF 4 4 1 8 2 0 7"): both have a
phone's shape, and the phone rules, which see neither the chat nor the prompt, mask them.
``drop_talk_ids`` runs after every detector, as drop_format_ids does, and only where a
C-level find saw a keyed answer or a meeting word.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span
from llmgate.redaction.ivr_logs import ivr_values
from llmgate.redaction.meeting_chats import chat_passcodes, chat_speakers, header_notes
from llmgate.redaction.message_signoffs import closing_names
from llmgate.redaction.thread_heads import thread_senders

__all__ = ["TalkDetector", "drop_talk_ids"]

# A Zoom, Webex or Teams meeting id: 3-4-4 digits (3-3-4 is a North American phone; a
# leading 1 is a Chinese mobile), said after one of these words.
_MEETING_ID = re.compile(r"[2-9]\d\d[ .-]\d{4}[ .-]\d{4}|[2-9]\d{10}")
_MEETING_WORDS = (
    "meeting", "zoom", "webex", "dial-in", "dial in", "bridge", "passcode", "besprechung",
    "konferenz", "réunion", "reunión", "riunione", "vergader", "reunião", "conference",
    "webinar", "kenncode", "meeting-id",
)  # fmt: skip

# The time after a log line's date stamp: "09:12:03", "T10:04:05Z", "09:12:03.114".
_STAMP_TIME = re.compile(r"[ T]\d{2}:\d{2}:\d{2}")


class TalkDetector(BuiltinDetector):
    """Speakers of a meeting chat, senders of a printed thread or a text message, and the
    values an IVR log's prompts ask for."""

    name = "talk"
    entities = frozenset({"PERSON", "PHONE", "DATE_OF_BIRTH", "STREET_ADDRESS", "SECRET"})

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        found: list[Span] = []
        if ":" in text:
            found += [Span(s, e, "PERSON") for s, e in chat_speakers(text)]
            if found:
                found += [Span(s, e, "SECRET") for s, e in chat_passcodes(text)]
        found += [Span(s, e, "PERSON") for s, e in thread_senders(text)]
        found += [Span(s, e, "PERSON") for s, e in closing_names(text, ctx.lower_aligned)]
        if "PROMPT" in text or "TTS" in text:
            values, _ = ivr_values(text)
            found += [Span(*v) for v in values]
        return found


def _meeting_id(text: str, start: int, end: int) -> bool:
    if _MEETING_ID.fullmatch(text, start, end) is None:
        return False
    before = text[max(0, start - 40) : start].lower()
    return any(map(before.__contains__, _MEETING_WORDS))


def _log_stamp(text: str, start: int, end: int) -> bool:
    """A date that opens a log line before a time with seconds ("2026-03-14 09:12:03"):
    the line's stamp, never a birth date, whatever cue the log's prompts hold."""
    if start and text[start - 1] not in "\n[":
        return False
    return _STAMP_TIME.match(text, end) is not None


def drop_talk_ids(text: str, found: list[Span]) -> list[Span]:
    """``found`` less the phones that are a keyed id of an IVR log or a meeting's id, and
    the birth dates that are a log line's stamp."""
    keep: tuple[tuple[int, int], ...] = ()
    if ("DTMF" in text or "dtmf" in text) and ("PROMPT" in text or "TTS" in text):
        keep = ivr_values(text)[1]
    notes: list[tuple[int, int]] = []
    if ("|" in text or "(" in text) and any(s.type == "PERSON" for s in found):
        notes = header_notes(text)
    out = []
    for span in found:
        if span.type == "PERSON" and any(s <= span.start and span.end <= e for s, e in notes):
            continue
        if span.type == "PHONE" and (
            any(s < span.end and span.start < e for s, e in keep)
            or _meeting_id(text, span.start, span.end)
        ):
            continue
        if span.type == "DATE_OF_BIRTH" and _log_stamp(text, span.start, span.end):
            continue
        out.append(span)
    return out
