"""Label checks of set 8, shared by generation and ``load()``: a bad label raises at once."""

from __future__ import annotations

import ipaddress
from typing import Any

from h8_values import iban_ok, luhn_ok, ssn_ok

TYPES = [
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "IBAN",
    "US_SSN",
    "IP_ADDRESS",
    "SECRET",
    "URL_CREDENTIALS",
    "PERSON",
    "STREET_ADDRESS",
    "DATE_OF_BIRTH",
]
STRUCTURED = {
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "IBAN",
    "US_SSN",
    "IP_ADDRESS",
    "SECRET",
    "URL_CREDENTIALS",
}
CARD_LENGTHS = {13, 14, 15, 16, 19}


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def check_record(rec: dict[str, Any]) -> None:
    text, rid = rec["text"], rec["id"]
    assert "⟦" not in text and "⟧" not in text, rid
    last_end = -1
    for s in sorted(rec["spans"], key=lambda s: s["start"]):
        v, t = s["value"], s["type"]
        assert text[s["start"] : s["end"]] == v, (rid, v)
        assert s["start"] >= last_end, (rid, "overlap", v)
        last_end = s["end"]
        assert v and v == v.strip(), (rid, "blank at edge", v)
        assert t in TYPES or t == "DECOY", (rid, t)
        flat = v.replace("\u200b", "").replace("\r\n", " ").replace("\n", " ")
        if t == "CREDIT_CARD":
            assert len(_digits(flat)) in CARD_LENGTHS and luhn_ok(_digits(flat)), (rid, v)
        if t == "IBAN":
            assert iban_ok(flat.replace(" ", "")), (rid, v)
        if t == "US_SSN":
            assert len(_digits(flat)) == 9 and ssn_ok(flat), (rid, v)
        if t == "IP_ADDRESS":
            ipaddress.ip_network(flat, strict=True) if "/" in flat else ipaddress.ip_address(flat)
        if t == "URL_CREDENTIALS":
            assert ":" in v, (rid, v)
        if t == "DECOY":
            assert s.get("decoy"), rid
            if s["decoy"] == "luhn-invalid":
                assert not luhn_ok(_digits(v)), (rid, v)
            if s["decoy"] == "iban-invalid":
                assert not iban_ok(v.replace(" ", "")), (rid, v)
    labeled = [_digits(s["value"]) for s in rec["spans"] if s["type"] != "DECOY"]
    for s in rec["spans"]:
        if s["type"] == "DECOY":
            dd = _digits(s["value"])
            for ld in labeled:
                assert not (len(ld) >= 6 and ld in dd), (rid, "decoy holds a value", s["value"])


def check_set(records: list[dict[str, Any]]) -> None:
    ids: set[str] = set()
    owner: dict[tuple[str, str], str] = {}
    for rec in records:
        assert rec["id"] not in ids, rec["id"]
        ids.add(rec["id"])
        check_record(rec)
        for s in rec["spans"]:
            if s["type"] in STRUCTURED:
                key = (s["type"], "".join(c for c in s["value"] if c.isalnum()).lower())
                assert owner.setdefault(key, rec["id"]) == rec["id"], (key, rec["id"], owner[key])
