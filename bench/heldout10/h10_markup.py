"""Markup for set 10: ``⟦TYPE|value⟧`` marks a value, ``⟦DECOY:note|value⟧`` a decoy.

``<ZWSP>`` stands for U+200B. ``parse`` turns marked-up text into plain text and spans;
``hard_wrap`` replaces blanks by line breaks (same length, so offsets hold); ``to_crlf``
turns ``\\n`` into ``\\r\\n`` and shifts the offsets.
"""

from __future__ import annotations

import random
import re
from typing import Any

MARK = re.compile(r"⟦([A-Z_]+)(?::([^|⟧]+))?\|(.*?)⟧", re.S)


def parse(marked: str) -> tuple[str, list[dict[str, Any]]]:
    marked = marked.replace("<ZWSP>", "\u200b")
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        typ, note, value = m.group(1), m.group(2), m.group(3)
        span: dict[str, Any] = {"start": length, "end": length + len(value), "type": typ}
        if typ == "DECOY":
            span["decoy"] = note or "other"
        elif note:
            raise ValueError(f"a note on a {typ} value: {marked[m.start() : m.end()]}")
        out.append(value)
        length += len(value)
        spans.append(span)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"markup left in text: {text[:120]!r}")
    for s in spans:
        s["value"] = text[s["start"] : s["end"]]
    return text, spans


def hard_wrap(text: str, rng: random.Random, lo: int = 60, hi: int = 76) -> str:
    """A mail client's hard wrap: a blank becomes a line break once a line passes the width."""
    width = rng.randint(lo, hi)
    chars = list(text)
    col = 0
    last_blank = -1
    i = 0
    while i < len(chars):
        c = chars[i]
        if c == "\n":
            col = 0
            last_blank = -1
        else:
            if c == " ":
                last_blank = i
            col += 1
            if col > width and last_blank >= 0:
                chars[last_blank] = "\n"
                col = i - last_blank
                last_blank = -1
        i += 1
    return "".join(chars)


def rewrap_spans(text: str, spans: list[dict[str, Any]]) -> None:
    for s in spans:
        s["value"] = text[s["start"] : s["end"]]


def to_crlf(text: str, spans: list[dict[str, Any]]) -> str:
    def shift(i: int) -> int:
        return i + text.count("\n", 0, i)

    for s in spans:
        s["start"], s["end"] = shift(s["start"]), shift(s["end"])
    new = text.replace("\n", "\r\n")
    rewrap_spans(new, spans)
    return new


def read_handwritten(raw: str) -> list[dict[str, Any]]:
    """``### id lang kind [crlf]`` starts a text; the text runs to the next header."""
    records = []
    blocks = re.split(r"^### ", raw, flags=re.M)
    for block in blocks[1:]:
        head, _, body = block.partition("\n")
        parts = head.split()
        rid, lang, kind = parts[0], parts[1], parts[2]
        crlf = "crlf" in parts[3:]
        body = body.strip("\n")
        text, spans = parse(body)
        if crlf:
            text = to_crlf(text, spans)
        records.append({"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans})
    return records
