"""The inline markup that both the templates and ``handwritten.txt`` are written in.

A value is written ``⟦TYPE|value⟧`` and a decoy ``⟦DECOY:what|value⟧`` right inside the
text, so a template reads like the message it stands for and the offsets are computed, never
typed by hand. Mail wrapping turns blanks into line breaks (same length, offsets kept); CRLF
conversion shifts offsets and is applied last.
"""

from __future__ import annotations

import random
import re
from typing import Any

OPEN, CLOSE = "\u27e6", "\u27e7"
MARK = re.compile(OPEN + r"([A-Z_]+)(?::([a-z0-9-]+))?\|(.*?)" + CLOSE, re.S)
Span = dict[str, Any]


def m(typ: str, value: str) -> str:
    """A labeled value in markup."""
    return f"{OPEN}{typ}|{value}{CLOSE}"


def d(note: str, value: str) -> str:
    """A decoy in markup: a value that must stay unmasked."""
    return f"{OPEN}DECOY:{note}|{value}{CLOSE}"


def parse(marked: str) -> tuple[str, list[Span]]:
    """Plain text and its spans from marked text."""
    marked = marked.replace("<ZWSP>", "\u200b")
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for match in MARK.finditer(marked):
        before = marked[pos : match.start()]
        out.append(before)
        length += len(before)
        typ, note, value = match.group(1), match.group(2), match.group(3)
        span: Span = {"start": length, "end": length + len(value), "type": typ, "value": value}
        if typ == "DECOY":
            span["decoy"] = note or "other"
        elif note:
            raise ValueError(f"a note on a non-decoy value: {match.group(0)!r}")
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = match.end()
    out.append(marked[pos:])
    text = "".join(out)
    if OPEN in text or CLOSE in text:
        raise ValueError(f"unbalanced markup near {text[text.find(OPEN) :][:40]!r}")
    return text, spans


def wrap(text: str, spans: list[Span], rng: random.Random, width: int) -> str:
    """Hard-wrap at ``width`` columns by turning blanks into line breaks, as a mail client
    does. Blanks inside values stay, so no value is broken here; the few broken values of
    the set are written broken on purpose by the value makers."""
    inside = bytearray(len(text))
    for s in spans:
        inside[s["start"] : s["end"]] = b"\1" * (s["end"] - s["start"])
    chars = list(text)
    col = 0
    last_blank = -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            col, last_blank = 0, -1
            continue
        col += 1
        if ch == " " and not inside[i]:
            last_blank = i
        if col > width and last_blank >= 0:
            chars[last_blank] = "\n"
            col = i - last_blank
            last_blank = -1
    del rng  # the width is drawn by the caller; kept for a stable signature
    return "".join(chars)


def to_crlf(text: str, spans: list[Span]) -> str:
    """CRLF line ends, with every span shifted by the carriage returns before it."""
    before = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        before[i] = n
        n += ch == "\n"
    before[len(text)] = n
    for s in spans:
        s["start"] += before[s["start"]]
        s["end"] += before[s["end"]]
    new = text.replace("\n", "\r\n")
    for s in spans:
        s["value"] = new[s["start"] : s["end"]]
    return new


def refresh(text: str, spans: list[Span]) -> None:
    for s in spans:
        s["value"] = text[s["start"] : s["end"]]
