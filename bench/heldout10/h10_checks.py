# ruff: noqa: SIM102
"""Label checks shared by generation and ``load()`` for set 10."""

from __future__ import annotations

from typing import Any

import h10_values as V

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
LANGS = {"en", "de", "fr", "es", "it", "nl", "pt"}
KINDS = {
    "chat",
    "call",
    "ticket",
    "sms",
    "voicemail",
    "chat-export",
    "prose",
    "email",
    "ocr",
    "form",
    "csv",
    "tsv",
    "json",
    "yaml",
    "xml",
    "log",
    "config",
    "shell",
    "dicom",
    "qr",
    "zpl",
    "repl",
    "edi",
    "markdown",
    "ini",
    "html",
}
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


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def check_record(rec: dict[str, Any]) -> None:
    rid, text = rec["id"], rec["text"]
    if rec["lang"] not in LANGS:
        raise ValueError(f"{rid}: language {rec['lang']}")
    if rec["kind"] not in KINDS:
        raise ValueError(f"{rid}: kind {rec['kind']}")
    if "⟦" in text or "⟧" in text or "<ZWSP>" in text:
        raise ValueError(f"{rid}: markup left")
    last = -1
    for s in sorted(rec["spans"], key=lambda s: s["start"]):
        v, typ = s["value"], s["type"]
        if text[s["start"] : s["end"]] != v:
            raise ValueError(f"{rid}: offsets do not give back {v!r}")
        if s["start"] < last:
            raise ValueError(f"{rid}: overlapping span at {v!r}")
        last = s["end"]
        if not v or v != v.strip():
            raise ValueError(f"{rid}: blank at the edge of {v!r}")
        if typ == "DECOY":
            if not s.get("decoy"):
                raise ValueError(f"{rid}: decoy without a note")
            note = s["decoy"]
            if note == "luhn-invalid" and V.luhn_ok(digits(v)):
                raise ValueError(f"{rid}: luhn-invalid decoy passes Luhn {v!r}")
            if note == "iban-invalid" and V.iban_ok(v):
                raise ValueError(f"{rid}: iban-invalid decoy passes mod-97 {v!r}")
            continue
        if typ not in TYPES:
            raise ValueError(f"{rid}: type {typ}")
        plain = v.replace("\u200b", "").replace("\r", "").replace("\n", " ")
        if typ == "CREDIT_CARD":
            d = digits(plain)
            if not (13 <= len(d) <= 19 and V.luhn_ok(d)):
                raise ValueError(f"{rid}: card {v!r}")
        elif typ == "IBAN":
            if not V.iban_ok(plain.replace(" ", "").replace("-", "")):
                raise ValueError(f"{rid}: IBAN {v!r}")
        elif typ == "US_SSN":
            if rec["lang"] != "en":
                raise ValueError(f"{rid}: SSN outside English")
            if len(digits(plain)) == 9 and not V.ssn_ok(plain):
                raise ValueError(f"{rid}: SSN {v!r}")
        elif typ == "IP_ADDRESS":
            if not V.ip_ok(plain.replace(" ", "")):
                raise ValueError(f"{rid}: IP {v!r}")
        elif typ == "URL_CREDENTIALS":
            if ":" not in v or "@" in v:
                raise ValueError(f"{rid}: URL credential {v!r}")
    labeled = [
        digits(s["value"])
        for s in rec["spans"]
        if s["type"] != "DECOY" and len(digits(s["value"])) >= 6
    ]
    for s in rec["spans"]:
        if s["type"] == "DECOY":
            dd = digits(s["value"])
            for lv in labeled:
                if lv in dd:
                    raise ValueError(f"{rid}: decoy {s['value']!r} holds a labeled value's digits")


def check_set(records: list[dict[str, Any]]) -> None:
    ids = set()
    seen: dict[str, str] = {}
    for rec in records:
        check_record(rec)
        if rec["id"] in ids:
            raise ValueError(f"duplicate id {rec['id']}")
        ids.add(rec["id"])
        mine = set()
        for s in rec["spans"]:
            if s["type"] in STRUCTURED:
                k = (
                    s["value"]
                    .replace("\u200b", "")
                    .replace("\r", "")
                    .replace("\n", "")
                    .replace(" ", "")
                    .lower()
                )
                mine.add(k)
        for k in mine:
            if k in seen and len(k) >= 4:
                raise ValueError(f"{rec['id']}: value {k!r} repeats {seen[k]}")
            seen[k] = rec["id"]
