# ruff: noqa: E501
"""Build and check held-out set 15 (stdlib only).

``python bench/heldout15/generate.py`` writes ``data/heldout.jsonl`` and prints the counts;
``--check`` validates the committed file and that regeneration gives it byte for byte.
Labels come from the author's markup, never from a detector.
"""

from __future__ import annotations

import collections
import ipaddress
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h15_data  # noqa: E402
import h15_talk  # noqa: E402
from h15_core import LANGS, TYPES, Ctx, iban_ok, luhn_ok, parse  # noqa: E402

SEED = 1520261207
DATA = HERE / "data" / "heldout.jsonl"
__all__ = ["TYPES", "load"]

# template name: (function, kind, CRLF probability)
TEMPLATES = {
    "visacall": (h15_talk.visa_call, "call", 0.15),
    "carshare": (h15_talk.carsharing_chat, "chat", 0.0),
    "boatsms": (h15_talk.boat_sms, "sms", 0.0),
    "freelance": (h15_talk.freelancer_form, "form", 0.1),
    "eventbrite": (h15_talk.eventbrite_mail, "email", 0.2),
    "alumni": (h15_talk.alumni_notes, "prose", 0.1),
    "sendgrid": (h15_data.sendgrid_csv, "csv", 0.2),
    "twilio": (h15_data.twilio_json, "json", 0.0),
    "paypalipn": (h15_data.paypal_ipn_log, "log", 0.0),
    "routeros": (h15_data.mikrotik_rsc, "config", 0.1),
    "wpdump": (h15_data.wordpress_sql, "sql", 0.0),
    "gitshell": (h15_data.git_onboarding_sh, "shell", 0.0),
    "siteyaml": (h15_data.site_config_yaml, "yaml", 0.0),
}
# 39 texts per template; IT, NL and PT get 13 of 39 (a third)
PLAN = ["en"] * 8 + ["de"] * 6 + ["fr"] * 6 + ["es"] * 6 + ["it"] * 4 + ["nl"] * 5 + ["pt"] * 4
CARD_RE = re.compile(r"⁅CREDIT_CARD\|([^⁆]*)⁆")
IBAN_RE = re.compile(r"⁅IBAN\|([A-Z]{2}\d\d(?: [A-Z0-9]{4})+[^⁆]*)⁆")


def read_hand(ctx: Ctx) -> list[dict[str, Any]]:
    """The hand-written texts: ``### hw15-NNN lang kind [crlf]`` heads, ``#!`` comments."""
    out: list[dict[str, Any]] = []
    head: list[str] | None = None
    body: list[str] = []

    def flush() -> None:
        if head is None:
            return
        marked = "\n".join(body).strip("\n")
        if "crlf" in head[3:]:
            marked = marked.replace("\n", "\r\n")
        text, spans = parse(marked)
        for s in spans:
            if s["type"] != "DECOY":
                ctx.used.add(re.sub(r"[^0-9A-Za-z@]", "", str(s["value"])).lower())
        out.append({"id": head[0], "lang": head[1], "kind": head[2], "text": text, "spans": spans})

    for line in (HERE / "handwritten.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#!"):
            continue
        if line.startswith("### "):
            flush()
            head, body = line[4:].split(), []
        else:
            body.append(line)
    flush()
    return out


def build() -> list[dict[str, Any]]:
    ctx = Ctx(SEED)
    records = read_hand(ctx)
    gen = []
    for name, (fn, kind, crlf) in TEMPLATES.items():
        for i, lang in enumerate(PLAN, 1):
            marked = fn(ctx, lang)
            if kind == "call" and ctx.r.random() < 0.15:  # a card pasted with zero-width spaces
                marked = CARD_RE.sub(
                    lambda m: "⁅CREDIT_CARD|" + re.sub(r"[ -]", "<ZWSP>", m.group(1)) + "⁆",
                    marked,
                    count=1,
                )
            if kind in ("email", "form", "chat") and ctx.r.random() < 0.15:  # a mail client's wrap
                marked = IBAN_RE.sub(
                    lambda m: "⁅IBAN|" + m.group(1).replace(" ", "\n", 1) + "⁆", marked, count=1
                )
            if ctx.r.random() < crlf:
                marked = marked.replace("\n", "\r\n")
            text, spans = parse(marked)
            gen.append(
                {
                    "id": f"gen15-{name}-{lang}-{i:03d}",
                    "lang": lang,
                    "kind": kind,
                    "text": text,
                    "spans": spans,
                }
            )
    return gen + records


def check(records: list[dict[str, Any]]) -> None:
    """Raise ValueError on the first bad label."""
    ids: set[str] = set()
    seen: dict[str, str] = {}
    for r in records:
        if r["id"] in ids or r["lang"] not in LANGS:
            raise ValueError(f"bad id or lang: {r['id']}")
        ids.add(r["id"])
        if "⁅" in r["text"] or "⁆" in r["text"]:
            raise ValueError(f"markup left: {r['id']}")
        end = -1
        for s in sorted(r["spans"], key=lambda x: x["start"]):
            v = s["value"]
            if r["text"][s["start"] : s["end"]] != v or not v or v != v.strip():
                raise ValueError(f"bad span {r['id']}: {v!r}")
            if s["start"] < end:
                raise ValueError(f"overlap {r['id']}: {v!r}")
            end = s["end"]
            t = s["type"]
            if t == "DECOY":
                if not s.get("decoy"):
                    raise ValueError(f"decoy without note {r['id']}")
                if s["decoy"] == "luhn-invalid" and luhn_ok(re.sub(r"\D", "", v)):
                    raise ValueError(f"luhn-invalid decoy passes {r['id']}")
                if s["decoy"] == "iban-invalid" and iban_ok(v):
                    raise ValueError(f"iban-invalid decoy passes {r['id']}")
                continue
            if t not in TYPES:
                raise ValueError(f"unknown type {t}")
            digits = re.sub(r"\D", "", v)
            if t == "CREDIT_CARD" and not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                raise ValueError(f"card {r['id']}: {v!r}")
            if t == "IBAN" and not iban_ok(v):
                raise ValueError(f"iban {r['id']}: {v!r}")
            if (
                t == "US_SSN"
                and len(digits) == 9
                and (
                    digits[:3] in ("000", "666")
                    or digits[0] == "9"
                    or digits[3:5] == "00"
                    or digits[5:] == "0000"
                )
            ):
                raise ValueError(f"ssn {r['id']}: {v!r}")
            if t == "IP_ADDRESS":
                ipaddress.ip_interface(v)
            if t == "URL_CREDENTIALS" and (":" not in v or "@" in v):
                raise ValueError(f"url cred {r['id']}")
            if t in (
                "EMAIL",
                "PHONE",
                "CREDIT_CARD",
                "IBAN",
                "US_SSN",
                "IP_ADDRESS",
                "SECRET",
                "URL_CREDENTIALS",
            ) and r["id"].startswith("gen"):
                key = t + re.sub(r"[^0-9A-Za-z@]", "", v).lower()
                if seen.setdefault(key, r["id"]) != r["id"] and t != "IP_ADDRESS":
                    raise ValueError(f"value repeated across texts {r['id']}: {v!r}")
    used = {s["type"] for r in records for s in r["spans"]} - {"DECOY"}
    if used != set(TYPES):
        raise ValueError(f"types missing: {set(TYPES) - used}")


def dump(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)


def load(path: Path = DATA) -> list[dict[str, Any]]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    check(records)
    return records


def report(records: list[dict[str, Any]]) -> None:
    c = collections.Counter
    spans = [(r, s) for r in records for s in r["spans"]]
    print(
        f"texts {len(records)} ({sum(r['id'].startswith('hw') for r in records)} hand-written), chars {sum(len(r['text']) for r in records)}, bytes {DATA.stat().st_size if DATA.exists() else 0}"
    )
    print("langs", dict(c(r["lang"] for r in records)))
    print("kinds", dict(c(r["kind"] for r in records)))
    print("types", dict(c(s["type"] for _, s in spans if s["type"] != "DECOY").most_common()))
    print(
        "decoys",
        sum(s["type"] == "DECOY" for _, s in spans),
        dict(c(s["decoy"] for _, s in spans if s["type"] == "DECOY").most_common()),
    )
    hard = c()
    for _r, s in spans:
        v = s["value"]
        if "\n" in v:
            hard["value broken across lines"] += 1
        if "\u200b" in v:
            hard["zero-width inside"] += 1
        if s["type"] == "PHONE" and any(ch.isalpha() for ch in v):
            hard["phone in words"] += 1
        if s["type"] == "PERSON" and any(w.isupper() and len(w) > 2 for w in v.split()):
            hard["person in capitals"] += 1
        if s["type"] == "EMAIL" and "@" not in v:
            hard["e-mail without @"] += 1
    hard["crlf texts"] = sum("\r\n" in r["text"] for r in records)
    hard["quoted replies"] = sum("\n> " in r["text"].replace("\r", "") for r in records)
    print("hard", dict(hard))
    print("values per lang", dict(c(r["lang"] for r, s in spans if s["type"] != "DECOY")))


def main() -> None:
    records = build()
    check(records)
    text = dump(records)
    if "--check" in sys.argv:
        if DATA.read_text(encoding="utf-8") != text:
            raise SystemExit("data/heldout.jsonl is not current: regenerate")
        load()
        print("check: every span verified; file is current")
    else:
        DATA.parent.mkdir(exist_ok=True)
        DATA.write_text(text, encoding="utf-8")
    report(records)


if __name__ == "__main__":
    main()
