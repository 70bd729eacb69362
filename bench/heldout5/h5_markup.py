"""Markup ``⟦TYPE|value⟧`` / ``⟦DECOY:what|value⟧`` to text and spans, and every label check.

Labels are written where a value is written, so offsets can never drift from the text; the
checks below re-validate each value (Luhn, mod-97, SSN ranges, IP parsing) so that a label
that is wrong by construction fails the build instead of silently skewing a score.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any

TYPES = (
    "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "SECRET",
    "URL_CREDENTIALS", "PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH",
)  # fmt: skip
MARK = re.compile(r"⟦([A-Z_]+)(?::([a-z0-9-]+))?\|(.*?)⟧", re.S)
IBAN_LEN = {
    "DE": 22, "AT": 20, "CH": 21, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PT": 25, "BE": 16,
    "GB": 22, "IE": 22, "LU": 20, "PL": 28, "DK": 18, "FI": 18, "SE": 24, "NO": 15, "GR": 27,
}  # fmt: skip
Span = dict[str, Any]


def parse(marked: str) -> tuple[str, list[Span]]:
    """Strip the markup; every marked value becomes a span at its place in the plain text."""
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
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def to_crlf(text: str, spans: list[Span]) -> tuple[str, list[Span]]:
    """CRLF line ends; offsets shift by the number of line feeds before each point."""

    def shift(i: int) -> int:
        return i + text.count("\n", 0, i)

    new = [dict(s, start=shift(s["start"]), end=shift(s["end"])) for s in spans]
    crlf = text.replace("\n", "\r\n")
    for s in new:
        s["value"] = crlf[s["start"] : s["end"]]
    return crlf, new


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_prefix_ok(d: str) -> bool:
    n = len(d)
    return (
        (d[0] == "4" and n in (13, 16, 19))
        or (51 <= int(d[:2]) <= 55 and n == 16)
        or (2221 <= int(d[:4]) <= 2720 and n == 16)
        or (d[:2] in ("34", "37") and n == 15)
        or (d[:2] in ("36", "38") and n == 14)
        or (d[:4] == "6011" and n == 16)
        or (3528 <= int(d[:4]) <= 3589 and n == 16)
        or (d[:2] == "62" and n in (16, 19))
    )


def iban_ok(value: str) -> bool:
    s = "".join(c for c in value if c.isalnum()).upper()
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def ssn_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def ip_ok(value: str) -> bool:
    try:
        ipaddress.ip_interface(value) if "/" in value else ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def check(rec: dict[str, Any]) -> None:
    """Raise ValueError on the first label that does not hold."""
    text, rid = rec["text"], rec["id"]
    last = 0
    for s in sorted(rec["spans"], key=lambda x: x["start"]):
        v = s["value"]
        if text[s["start"] : s["end"]] != v or not v or v != v.strip():
            raise ValueError(f"{rid}: offsets or blanks wrong for {v!r}")
        if s["start"] < last:
            raise ValueError(f"{rid}: overlapping span {v!r}")
        last = s["end"]
        typ = s["type"]
        digits = "".join(c for c in v if c.isdigit())
        if typ not in TYPES and typ != "DECOY":
            raise ValueError(f"{rid}: unknown type {typ}")
        bad = (
            (typ == "CREDIT_CARD" and not (luhn_ok(digits) and card_prefix_ok(digits)))
            or (typ == "IBAN" and not iban_ok(v))
            or (typ == "US_SSN" and not ssn_ok(v))
            or (typ == "IP_ADDRESS" and not ip_ok(v))
            or (typ == "URL_CREDENTIALS" and ":" not in v)
            or (typ == "DECOY" and not s.get("decoy"))
            or (s.get("decoy") == "luhn-invalid" and luhn_ok(digits))
        )
        if bad:
            raise ValueError(f"{rid}: invalid {typ} {v!r}")
    values = [s for s in rec["spans"] if s["type"] != "DECOY"]
    for d in rec["spans"]:
        dd = "".join(c for c in d["value"] if c.isdigit())
        if d["type"] != "DECOY" or len(dd) < 4:
            continue
        for s in values:
            sd = "".join(c for c in s["value"] if c.isdigit())
            if len(sd) >= 4 and (sd in dd or dd in sd):
                raise ValueError(f"{rid}: decoy {d['value']!r} holds {s['value']!r}")


def hard_wrap(text: str, spans: list[Span], width: int) -> tuple[str, list[Span]]:
    """Wrap long lines at ``width`` the way a mail client does: a blank becomes a line feed.

    One blank for one line feed keeps every offset; a value that the wrap falls in now holds
    the line feed, as it would in the mail a user pastes.
    """
    chars = list(text)
    line_start = 0
    last_blank = -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            line_start, last_blank = i + 1, -1
        elif ch == " ":
            if i - line_start > width and last_blank > line_start:
                chars[last_blank] = "\n"
                line_start = last_blank + 1
            last_blank = i
    wrapped = "".join(chars)
    new = [dict(s, value=wrapped[s["start"] : s["end"]]) for s in spans]
    for s in new:
        if s["value"] != s["value"].strip():
            return text, spans  # a wrap at a value's edge: leave this text unwrapped
    return wrapped, new
