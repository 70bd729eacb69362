"""The ``⟦TYPE|value⟧`` markup of set 8, mail hard-wrap and CRLF line ends.

Templates write their values inline, so a label can never drift from its text: the parser
turns markup into plain text plus spans. Wrap and CRLF are applied after parsing and move the
offsets with the text, as a mail client or a Windows tool would change the characters.
"""

from __future__ import annotations

import random
import re
from typing import Any

MARK = re.compile(r"⟦([A-Z_]+)(?::([a-z0-9-]+))?\|(.*?)⟧", re.S)
Span = dict[str, Any]


def m(typ: str, value: str) -> str:
    """A labeled value."""
    return f"⟦{typ}|{value}⟧"


def d(note: str, value: str) -> str:
    """A decoy: a hard negative that no detector should mask."""
    return f"⟦DECOY:{note}|{value}⟧"


def parse(marked: str) -> tuple[str, list[Span]]:
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for mt in MARK.finditer(marked):
        before = marked[pos : mt.start()]
        out.append(before)
        length += len(before)
        typ, note, value = mt.group(1), mt.group(2), mt.group(3)
        span: Span = {"start": length, "end": length + len(value), "type": typ, "value": value}
        if typ == "DECOY":
            span["decoy"] = note
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = mt.end()
    out.append(marked[pos:])
    return "".join(out), spans


def refresh(text: str, spans: list[Span]) -> None:
    for s in spans:
        s["value"] = text[s["start"] : s["end"]]


def hard_wrap(text: str, spans: list[Span], rng: random.Random) -> str:
    """Turn blanks into line breaks so that no line passes 60-76 columns, as mail clients do."""
    width = rng.randint(60, 76)
    chars = list(text)
    line_start = 0
    last_blank = -1
    i = 0
    while i < len(chars):
        c = chars[i]
        if c == "\n":
            line_start, last_blank = i + 1, -1
        elif c == " ":
            last_blank = i
        if i - line_start >= width and last_blank > line_start:
            chars[last_blank] = "\n"
            line_start, last_blank = last_blank + 1, -1
        i += 1
    out = "".join(chars)
    # a value must not start or end with the break: leave such blanks as they were
    for s in spans:
        for k in (s["start"], s["end"] - 1):
            if out[k] == "\n" and text[k] == " ":
                out = out[:k] + " " + out[k + 1 :]
    refresh(out, spans)
    return out


def crlf(text: str, spans: list[Span]) -> str:
    """CRLF line ends; every offset moves by the breaks before it."""
    before = [0] * (len(text) + 1)
    n = 0
    for i, c in enumerate(text):
        before[i] = n
        if c == "\n":
            n += 1
    before[len(text)] = n
    for s in spans:
        s["start"] += before[s["start"]]
        s["end"] += before[s["end"]]
    out = text.replace("\n", "\r\n")
    refresh(out, spans)
    return out


def record(
    rid: str,
    lang: str,
    kind: str,
    marked: str,
    rng: random.Random,
    wrap: bool = False,
    windows: bool = False,
) -> dict[str, Any]:
    text, spans = parse(marked)
    if wrap:
        text = hard_wrap(text, spans, rng)
    if windows:
        text = crlf(text, spans)
    return {"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans}
