# ruff: noqa: SIM102
"""Label checks shared by set 9's generation and ``load()``: a bad label raises ValueError."""

from __future__ import annotations

import re

from h9_values import iban_ok, ip_ok, luhn_ok, ssn_ok

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
    "config",
    "log",
    "json",
    "csv",
    "tsv",
    "markdown",
    "xml",
    "shell",
    "html",
    "ics",
    "vcard",
    "dump",
    "yaml",
    "latex",
}
LANGS = {"en", "de", "fr", "es", "it", "nl", "pt"}


def bad(rec: dict, msg: str) -> ValueError:
    return ValueError(f"{rec.get('id')}: {msg}")


def norm(typ: str, value: str) -> str:
    v = re.sub(r"[\s\u200b]", "", value)
    if typ in ("PHONE", "CREDIT_CARD", "US_SSN") and re.search(r"\d", v):
        v = re.sub(r"\D", "", v)
    return typ + ":" + v.lower()


def digit_runs(value: str) -> str:
    return re.sub(r"\D", "", value)


def check_record(rec: dict) -> None:
    text = rec["text"]
    if rec["lang"] not in LANGS:
        raise bad(rec, f"language {rec['lang']}")
    if rec["kind"] not in KINDS:
        raise bad(rec, f"kind {rec['kind']}")
    last_end = -1
    for s in sorted(rec["spans"], key=lambda s: s["start"]):
        v, typ = s["value"], s["type"]
        if text[s["start"] : s["end"]] != v:
            raise bad(rec, f"offsets do not give back {v!r}")
        if s["start"] < last_end:
            raise bad(rec, f"overlap at {v!r}")
        last_end = s["end"]
        if not v or v != v.strip() or "⟦" in v or "⟧" in v:
            raise bad(rec, f"blank at a value's edge or markup left: {v!r}")
        if typ == "DECOY":
            note = s.get("decoy")
            if not note:
                raise bad(rec, "decoy without note")
            if note == "luhn-invalid" and luhn_ok(digit_runs(v)):
                raise bad(rec, f"luhn-invalid decoy passes Luhn: {v}")
            if note == "iban-invalid" and iban_ok(v):
                raise bad(rec, f"iban-invalid decoy passes mod-97: {v}")
            continue
        if typ not in TYPES:
            raise bad(rec, f"type {typ}")
        if typ == "CREDIT_CARD":
            d = digit_runs(v)
            if not (13 <= len(d) <= 19 and luhn_ok(d)):
                raise bad(rec, f"card {v}")
        if typ == "IBAN" and not iban_ok(v):
            raise bad(rec, f"IBAN {v}")
        if typ == "US_SSN":
            if rec["lang"] != "en" or not ssn_ok(v):
                raise bad(rec, f"SSN {v}")
        if typ == "IP_ADDRESS" and not ip_ok(v):
            raise bad(rec, f"IP {v}")
        if typ == "URL_CREDENTIALS" and (":" not in v or "@" in v):
            raise bad(rec, f"URL credential {v}")
        if (
            typ == "EMAIL"
            and "@" not in v
            and " at " not in v
            and "[at]" not in v
            and "(at)" not in v
            and not any(w in v for w in (" arroba ", " chiocciola ", " apenstaartje ", " arobase "))
        ):
            raise bad(rec, f"e-mail {v}")
    labeled = [digit_runs(s["value"]) for s in rec["spans"] if s["type"] != "DECOY"]
    for s in rec["spans"]:
        if s["type"] == "DECOY":
            dd = digit_runs(s["value"])
            for lv in labeled:
                if len(lv) >= 6 and lv in dd:
                    raise bad(rec, f"decoy {s['value']!r} holds a labeled value's digits")
    if "⟦" in text or "⟧" in text or "<ZWSP>" in text:
        raise bad(rec, "markup left in text")


def check_set(records: list[dict]) -> None:
    seen_ids: set[str] = set()
    owner: dict[str, str] = {}
    for rec in records:
        if rec["id"] in seen_ids:
            raise bad(rec, "duplicate id")
        seen_ids.add(rec["id"])
        check_record(rec)
        for s in rec["spans"]:
            if s["type"] in STRUCTURED:
                key = norm(s["type"], s["value"])
                if owner.setdefault(key, rec["id"]) != rec["id"]:
                    raise bad(rec, f"{s['type']} {s['value']!r} repeats {owner[key]}")
    used = {s["type"] for r in records for s in r["spans"]} - {"DECOY"}
    if used != set(TYPES):
        raise ValueError(f"types missing: {set(TYPES) - used}")
