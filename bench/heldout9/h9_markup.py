"""Set 9's markup: ``⟦TYPE|value⟧`` for a value, ``⟦DECOY:note|value⟧`` for a decoy.

Also the mail client's hard wrap (a blank becomes a line break: offsets do not move) and CRLF
line ends (offsets shift by the carriage returns before them).
"""

from __future__ import annotations

import re

MARK = re.compile(r"⟦([A-Z_]+)(?::([^|⟧]+))?\|(.*?)⟧", re.S)


def parse(marked: str) -> tuple[str, list[dict]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        typ, note, value = m.group(1), m.group(2), m.group(3)
        span = {"start": length, "end": length + len(value), "type": typ, "value": value}
        if typ == "DECOY":
            span["decoy"] = note
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return zwsp("".join(out), spans)


def zwsp(text: str, spans: list[dict]) -> tuple[str, list[dict]]:
    """Replace each ``<ZWSP>`` (5 chars) by U+200B, shifting the offsets after it."""
    while "<ZWSP>" in text:
        i = text.index("<ZWSP>")
        text = text[:i] + "\u200b" + text[i + 6 :]
        for s in spans:
            if s["start"] > i:
                s["start"] -= 5
            if s["end"] > i:
                s["end"] -= 5
    for s in spans:
        s["value"] = text[s["start"] : s["end"]]
    return text, spans


def wrap(text: str, spans: list[dict], width: int) -> str:
    """Hard-wrap long lines at ``width`` columns by turning blanks into line breaks."""
    chars = list(text)
    col, last_blank = 0, -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            col, last_blank = 0, -1
            continue
        if ch == " ":
            last_blank = i
        col += 1
        if col > width and last_blank >= 0:
            chars[last_blank] = "\n"
            col = i - last_blank
            last_blank = -1
    text = "".join(chars)
    for s in spans:
        s["value"] = text[s["start"] : s["end"]]
    return text


def crlf(text: str, spans: list[dict]) -> str:
    before = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        before[i] = n
        if ch == "\n":
            n += 1
    before[len(text)] = n
    for s in spans:
        s["start"] += before[s["start"]]
        s["end"] += before[s["end"] - 1] if s["end"] > s["start"] else before[s["end"]]
    out = text.replace("\n", "\r\n")
    for s in spans:
        s["value"] = out[s["start"] : s["end"]]
    return out
