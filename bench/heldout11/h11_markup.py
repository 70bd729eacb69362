"""Markup, text transforms and label checks of the eleventh set.

Templates and hand texts write a value as ``⟦TYPE|value⟧`` and a decoy as
``⟦DECOY:note|value⟧``; ``<ZWSP>`` stands for U+200B. ``parse`` turns that into the text and
its spans. ``hard_wrap`` turns blanks into line breaks (a mail client's wrap, which keeps
every offset) and ``to_crlf`` shifts offsets for CRLF line ends. ``check_record`` is shared by
generation and ``load()``: it raises ``ValueError`` on the first bad label.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from h11_values import card_issuer_ok, iban_ok, ip_ok, luhn_ok, ssn_ok

TYPES = [
    "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "SECRET",
    "URL_CREDENTIALS", "DATE_OF_BIRTH", "PERSON", "STREET_ADDRESS",
]  # fmt: skip
STRUCTURED = ["EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "SECRET",
              "URL_CREDENTIALS"]  # fmt: skip
LANGS = {"en", "de", "fr", "es", "it", "nl", "pt"}
MARK = re.compile(r"⟦([A-Z_]+|DECOY:[a-z0-9-]+)\|(.*?)⟧", re.S)
Span = dict[str, Any]


def M(typ: str, value: str) -> str:
    assert typ in TYPES, typ
    return f"⟦{typ}|{value}⟧"


def D(note: str, value: str) -> str:
    return f"⟦DECOY:{note}|{value}⟧"


def parse(marked: str) -> tuple[str, list[Span]]:
    marked = marked.replace("<ZWSP>", "\u200b")
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        tag, value = m.group(1), m.group(2)
        span: Span = {"start": length, "end": length + len(value)}
        if tag.startswith("DECOY:"):
            span.update(type="DECOY", decoy=tag[6:], value=value)
        else:
            span.update(type=tag, value=value)
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"markup left in text: {text[:80]!r}")
    return text, spans


def hard_wrap(text: str, spans: list[Span], rng: random.Random, body_start: int) -> str:
    """Wrap lines after ``body_start`` at 60-76 columns by turning blanks into line breaks."""
    width = rng.randint(60, 76)
    chars = list(text)
    col = 0
    last_blank = -1
    for i in range(len(chars)):
        if i < body_start:
            continue
        if chars[i] == "\n":
            col, last_blank = 0, -1
            continue
        col += 1
        if chars[i] == " " and i > 0 and chars[i - 1] not in " \n":
            last_blank = i
        if col > width and last_blank > 0:
            chars[last_blank] = "\n"
            col = i - last_blank
            last_blank = -1
    new = "".join(chars)
    for s in spans:
        s["value"] = new[s["start"] : s["end"]]
    return new


def to_crlf(text: str, spans: list[Span]) -> str:
    before = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        before[i] = n
        if ch == "\n":
            n += 1
    before[len(text)] = n
    new = text.replace("\n", "\r\n")
    for s in spans:
        start, end = s["start"], s["end"]
        s["start"] = start + before[start]
        s["end"] = end + before[end]
        s["value"] = new[s["start"] : s["end"]]
    return new


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def check_record(rec: dict[str, Any]) -> None:
    """Raise ValueError on the first bad label of one record."""
    rid, text = rec.get("id"), rec.get("text", "")
    if rec.get("lang") not in LANGS:
        raise ValueError(f"{rid}: language {rec.get('lang')!r}")
    spans = sorted(rec["spans"], key=lambda s: (s["start"], s["end"]))
    prev_end = -1
    for s in spans:
        v, typ = s["value"], s["type"]
        if text[s["start"] : s["end"]] != v or not v:
            raise ValueError(f"{rid}: offsets do not give back {v!r}")
        if v != v.strip():
            raise ValueError(f"{rid}: blank at the edge of {v!r}")
        if s["start"] < prev_end:
            raise ValueError(f"{rid}: overlapping spans at {s['start']}")
        prev_end = s["end"]
        if typ == "DECOY":
            note = s.get("decoy", "")
            if not note:
                raise ValueError(f"{rid}: decoy without a note")
            if note == "luhn-invalid" and luhn_ok(digits(v)):
                raise ValueError(f"{rid}: luhn-invalid decoy passes Luhn: {v!r}")
            if note == "iban-invalid" and iban_ok(v):
                raise ValueError(f"{rid}: iban-invalid decoy passes mod-97: {v!r}")
            continue
        if typ not in TYPES:
            raise ValueError(f"{rid}: unknown type {typ}")
        if typ == "CREDIT_CARD":
            d = digits(v)
            if not (luhn_ok(d) and card_issuer_ok(d)):
                raise ValueError(f"{rid}: card {v!r}")
        elif typ == "IBAN" and not iban_ok(v):
            raise ValueError(f"{rid}: IBAN {v!r}")
        elif typ == "US_SSN" and (rec["lang"] != "en" or (digits(v) and not ssn_ok(v))):
            raise ValueError(f"{rid}: SSN {v!r}")
        elif typ == "IP_ADDRESS" and not ip_ok(v):
            raise ValueError(f"{rid}: IP {v!r}")
        elif typ == "URL_CREDENTIALS" and (":" not in v or "@" in v):
            raise ValueError(f"{rid}: URL credentials {v!r}")
    labeled = [digits(s["value"]) for s in spans if s["type"] != "DECOY"]
    for s in spans:
        if s["type"] == "DECOY":
            dd = digits(s["value"])
            for ld in labeled:
                if len(ld) >= 6 and ld in dd:
                    raise ValueError(f"{rid}: decoy {s['value']!r} holds a labeled value's digits")


HEADER = re.compile(r"^### (hw11-\d{3}) (en|de|fr|es|it|nl|pt) ([a-z-]+)( crlf)?$")


def read_hand(path: Path) -> list[tuple[str, str, str, bool, str]]:
    """(id, lang, kind, crlf, marked text) of each hand-written text."""
    out: list[tuple[str, str, str, bool, str]] = []
    cur: list[str] = []
    head: tuple[str, str, str, bool] | None = None
    for line in path.read_text(encoding="utf-8").split("\n"):
        m = HEADER.match(line)
        if m:
            if head:
                out.append((*head, "\n".join(cur).strip("\n")))
            head, cur = (m.group(1), m.group(2), m.group(3), bool(m.group(4))), []
        elif line.startswith("#!"):
            continue  # a comment line of the file itself
        elif head:
            cur.append(line)
    if head:
        out.append((*head, "\n".join(cur).strip("\n")))
    return out
