"""The ``⟦TYPE|value⟧`` markup of the fourth held-out set, line handling, and label checks.

Templates and hand-written texts mark each value where it is written; ``parse`` turns the
marked text into the plain text and its spans, so an offset can never drift from its value.
"""

from __future__ import annotations

import re
from typing import Any

from h4_checks import card_ok, digits, iban_ok, ip_ok, loopback_ok, luhn_ok, ssn_ok

TYPES = (
    "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "SECRET",
    "URL_CREDENTIALS", "PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH",
)  # fmt: skip
MARK = re.compile(r"⟦([A-Z_]+)(?::([a-z0-9-]+))?\|(.*?)⟧", re.S)
Span = dict[str, Any]


def parse(marked: str) -> tuple[str, list[Span]]:
    """Plain text and spans from marked text; ``<ZWSP>`` stands for U+200B."""
    marked = marked.replace("<ZWSP>", "\u200b")
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        typ, note, value = m.group(1), m.group(2), m.group(3)
        span: Span = {"start": length, "end": length + len(value), "type": typ, "value": value}
        if typ == "DECOY":
            span["decoy"] = note
        elif note:
            raise ValueError(f"note on a non-decoy: {m.group(0)!r}")
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"unbalanced markup in {text[:80]!r}")
    return text, spans


def wrap(text: str, spans: list[Span], width: int) -> str:
    """Hard-wrap lines longer than ``width`` by turning a blank into a line break, as a mail
    client does; offsets do not move (one character for one), values keep their break."""
    chars = list(text)
    line_start = 0
    last_blank = -1
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch == "\n":
            line_start, last_blank = i + 1, -1
        elif ch == " ":
            if i - line_start >= width and last_blank > line_start:
                chars[last_blank] = "\n"
                line_start, last_blank = last_blank + 1, -1
                continue
            last_blank = i
        i += 1
    new = "".join(chars)
    for span in spans:
        span["value"] = new[span["start"] : span["end"]]
    return new


def crlf(text: str, spans: list[Span]) -> str:
    """CRLF line ends, offsets shifted by the carriage returns before each one."""
    shift = [0] * (len(text) + 1)
    count = 0
    for i, ch in enumerate(text):
        shift[i] = count
        if ch == "\n":
            count += 1
    shift[len(text)] = count
    new = text.replace("\n", "\r\n")
    for span in spans:
        span["start"] += shift[span["start"]]
        # The end is exclusive: a break inside the value gains its carriage return.
        span["end"] += shift[span["end"] - 1] + (text[span["end"] - 1] == "\n")
        span["value"] = new[span["start"] : span["end"]]
    return new


def check_record(rec: dict[str, Any]) -> None:
    """Raise ValueError on the first wrong label of one record."""
    text = rec["text"]
    where = rec["id"]
    spans = sorted(rec["spans"], key=lambda s: s["start"])
    prev_end = -1
    labeled_digits = [
        digits(s["value"]) for s in spans if s["type"] != "DECOY" and len(digits(s["value"])) >= 7
    ]
    for s in spans:
        typ, value = s["type"], s["value"]
        if typ not in (*TYPES, "DECOY"):
            raise ValueError(f"{where}: unknown type {typ}")
        if text[s["start"] : s["end"]] != value or not value:
            raise ValueError(f"{where}: offsets do not give the value {value!r}")
        if value != value.strip() or value.strip("\u200b") != value:
            raise ValueError(f"{where}: blank around {value!r}")
        if s["start"] < prev_end:
            raise ValueError(f"{where}: overlapping spans at {value!r}")
        prev_end = s["end"]
        flat = re.sub(r"\s+", " ", value.replace("\u200b", ""))
        bad = (
            (typ == "CREDIT_CARD" and not card_ok(flat))
            or (typ == "IBAN" and not iban_ok(flat))
            or (typ == "US_SSN" and not ssn_ok(flat))
            or (typ == "IP_ADDRESS" and not ip_ok(flat))
            or (typ == "URL_CREDENTIALS" and ":" not in value)
            or (typ == "EMAIL" and not re.search(r"@|\bat\b|arobase|arroba|\(at\)|\[at\]", value))
        )
        if bad:
            raise ValueError(f"{where}: invalid {typ} {value!r}")
        if typ == "DECOY":
            note = s.get("decoy")
            if not note:
                raise ValueError(f"{where}: decoy without a note {value!r}")
            if note == "luhn-invalid" and luhn_ok(digits(value)):
                raise ValueError(f"{where}: luhn-invalid decoy passes Luhn {value!r}")
            if note == "loopback" and not loopback_ok(value):
                raise ValueError(f"{where}: loopback decoy is none {value!r}")
            held = digits(value)
            if any(d in held for d in labeled_digits):
                raise ValueError(f"{where}: decoy holds a labeled value's digits {value!r}")
