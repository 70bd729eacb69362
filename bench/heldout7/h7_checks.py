"""Label checks for set 7, shared by generation and ``load()``: offsets, edges, types, card
Luhn and issuer, IBAN mod-97 and length, SSN ranges, IPs, URL credentials, invalid look-alike
decoys, overlaps, and no decoy holding a labeled value's digits.
"""

from __future__ import annotations

import itertools
from typing import Any

import h7_values as V
from h7_markup import TYPES


def check_span(text: str, s: dict[str, Any]) -> None:
    v, typ = s["value"], s["type"]
    assert text[s["start"] : s["end"]] == v, ("offsets", s)
    assert v and v == v.strip() and not v.startswith(V.ZW), ("edge", s)
    assert typ in TYPES or typ == "DECOY", ("type", s)
    assert "⟦" not in v and "⟧" not in v and "|" not in v.replace("||", ""), (
        "markup left in a value",
        s,
    )
    flat = "".join(ch for ch in v if not ch.isspace() and ch != V.ZW)
    if typ == "CREDIT_CARD":
        d = V.digits(v)
        assert V.luhn_ok(d) and V.card_brand_ok(d), ("card", s)
    elif typ == "IBAN":
        assert V.iban_ok(flat), ("iban", s)
    elif typ == "US_SSN":
        assert V.ssn_ok(v), ("ssn", s)
    elif typ == "IP_ADDRESS":
        assert V.ip_ok(flat), ("ip", s)
    elif typ == "URL_CREDENTIALS":
        assert ":" in v and "@" not in v, ("urlcred", s)
    elif typ == "DECOY":
        assert s.get("decoy"), ("decoy note", s)
        if s["decoy"] == "luhn-invalid":
            d = V.digits(v)
            assert not V.luhn_ok(d) and 13 <= len(d) <= 19, ("luhn-invalid", s)
        if s["decoy"] == "iban-invalid":
            assert not V.iban_ok(flat), ("iban-invalid", s)


def check_record(rec: dict[str, Any]) -> None:
    text, spans = rec["text"], rec["spans"]
    assert "⟦" not in text and "⟧" not in text, ("markup left in the text", rec["id"])
    for s in spans:
        check_span(text, s)
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in itertools.pairwise(ordered):
        assert a["end"] <= b["start"], ("overlap", rec["id"], a, b)
    labeled = [V.digits(s["value"]) for s in spans if s["type"] != "DECOY"]
    for s in spans:
        if s["type"] == "DECOY":
            dd = V.digits(s["value"])
            for lv in labeled:
                assert len(lv) < 6 or lv not in dd, ("decoy holds a value", rec["id"], s)
