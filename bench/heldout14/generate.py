# ruff: noqa: E501
"""Build, check and load the fourteenth held-out set (sealed: see README.md).

``python bench/heldout14/generate.py`` writes ``data/heldout.jsonl`` and prints its counts;
``--check`` validates the committed file and that regeneration gives the same bytes.
Only the standard library is used, and no detector is imported.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h14_core import LANGS, TYPES, Ctx, check_record, hard_wrap, parse, to_crlf  # noqa: E402
from h14_data import keepass, keycloak, mailchimp, shopify  # noqa: E402
from h14_docs import bailiff, camp_mail, move_in, payslip  # noqa: E402
from h14_ops import apache, home_assistant, restic  # noqa: E402
from h14_talk import blood_sms, driving_call, tax_chat  # noqa: E402

__all__ = ["TYPES", "load"]
SEED = 1420261206
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"
PER_LANG = {"en": 7, "de": 6, "fr": 6, "es": 6, "it": 4, "nl": 4, "pt": 4}
# template name -> (kind, maker, wrap probability, CRLF probability)
TEMPLATES: dict[str, tuple[str, Callable[[Ctx, str], Any], float, float]] = {
    "driving": ("call", driving_call, 0.0, 0.15),
    "taxportal": ("chat", tax_chat, 0.0, 0.0),
    "blood": ("sms", blood_sms, 0.0, 0.0),
    "payslip": ("form", payslip, 0.0, 0.1),
    "movein": ("form", move_in, 0.0, 0.0),
    "bailiff": ("prose", bailiff, 0.35, 0.1),
    "camp": ("email", camp_mail, 0.35, 0.15),
    "mailchimp": ("csv", mailchimp, 0.0, 0.2),
    "shopify": ("json", shopify, 0.0, 0.0),
    "keycloak": ("json", keycloak, 0.0, 0.0),
    "keepass": ("xml", keepass, 0.0, 0.1),
    "apache": ("log", apache, 0.0, 0.0),
    "restic": ("shell", restic, 0.0, 0.0),
    "hass": ("yaml", home_assistant, 0.0, 0.0),
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


def read_hand() -> list[dict[str, Any]]:
    """The hand-written texts: ``### hw14-NNN lang kind [crlf]`` heads, ``#!`` comments."""
    recs: list[dict[str, Any]] = []
    head: list[str] | None = None
    body: list[str] = []

    def flush() -> None:
        if head is None:
            return
        text, spans = parse("\n".join(body).strip("\n"))
        if "crlf" in head[3:]:
            text = to_crlf(text, spans)
        recs.append({"id": head[0], "lang": head[1], "kind": head[2], "text": text, "spans": spans})

    for line in HAND.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#!"):
            continue
        if line.startswith("### "):
            flush()
            head, body = line[4:].split(), []
        else:
            body.append(line)
    flush()
    return recs


def build() -> list[dict[str, Any]]:
    ctx = Ctx(SEED)
    hand = read_hand()
    for rec in hand:  # generated values never repeat a hand-written one
        for s in rec["spans"]:
            if s["type"] in STRUCTURED:
                ctx.used.add(re.sub(r"[^0-9A-Za-z@.]", "", s["value"]).lower())
    shaper = random.Random(SEED + 1)
    recs: list[dict[str, Any]] = []
    for name, (kind, maker, wrap_p, crlf_p) in TEMPLATES.items():
        for lang in LANGS:
            for i in range(PER_LANG[lang]):
                made = maker(ctx, lang)
                marked, wrap_ok = made if isinstance(made, tuple) else (made, True)
                text, spans = parse(marked)
                if wrap_ok and shaper.random() < wrap_p:
                    text = hard_wrap(text, spans, shaper)
                if shaper.random() < crlf_p:
                    text = to_crlf(text, spans)
                recs.append(
                    {
                        "id": f"gen14-{name}-{lang}-{i + 1:03d}",
                        "lang": lang,
                        "kind": kind,
                        "text": text,
                        "spans": spans,
                    }
                )
    out = recs + hand
    for rec in out:
        rec["spans"].sort(key=lambda s: s["start"])
        check_record(rec)
    check_set(out)
    return out


def check_set(recs: list[dict[str, Any]]) -> None:
    """Checks across texts: ids unique, structured values unique, every type present."""
    ids = Counter(r["id"] for r in recs)
    if max(ids.values()) > 1:
        raise ValueError(f"duplicate id: {ids.most_common(1)}")
    seen: dict[str, str] = {}
    for rec in recs:
        labeled = set()
        for s in rec["spans"]:
            if s["type"] in STRUCTURED:
                key = re.sub(r"\s", "", s["value"].replace("\u200b", "")).lower()
                labeled.add(key)
                if seen.setdefault(key, rec["id"]) != rec["id"]:
                    raise ValueError(f"{rec['id']}: {s['type']} {s['value']!r} also in {seen[key]}")
        digits = {re.sub(r"\D", "", k) for k in labeled}
        for s in rec["spans"]:
            if s["type"] == "DECOY":
                dd = re.sub(r"\D", "", s["value"])
                if len(dd) >= 6 and any(dd in x or (len(x) >= 6 and x in dd) for x in digits if x):
                    raise ValueError(
                        f"{rec['id']}: decoy {s['value']!r} holds a labeled value's digits"
                    )
    used = {s["type"] for r in recs for s in r["spans"]} - {"DECOY"}
    if used != set(TYPES):
        raise ValueError(f"types missing: {set(TYPES) - used}")


def dump(recs: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def load(path: Path = DATA) -> list[dict[str, Any]]:
    """The set as records; raises ``ValueError`` on the first bad label."""
    recs = [
        json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line
    ]
    for rec in recs:
        check_record(rec)
    check_set(recs)
    return recs


def report(recs: list[dict[str, Any]]) -> None:
    text_chars = sum(len(r["text"]) for r in recs)
    gen = [r for r in recs if r["id"].startswith("gen14")]
    print(
        f"texts {len(recs)} ({len(gen)} generated, {len(recs) - len(gen)} hand-written), {text_chars} characters, file {DATA.stat().st_size} bytes"
    )
    langs = Counter(r["lang"] for r in recs)
    share = sum(langs[x] for x in ("it", "nl", "pt")) / len(recs)
    print(
        "languages:",
        dict(sorted(langs.items(), key=lambda kv: LANGS.index(kv[0]))),
        f"IT/NL/PT {share:.1%}",
    )
    print("hand-written languages:", dict(Counter(r["lang"] for r in recs if r not in gen)))
    print("kinds:", dict(Counter(r["kind"] for r in recs).most_common()))
    vals = [s for r in recs for s in r["spans"] if s["type"] != "DECOY"]
    dec = [s for r in recs for s in r["spans"] if s["type"] == "DECOY"]
    print(f"values {len(vals)}, decoys {len(dec)}")
    print("per type:", dict(Counter(s["type"] for s in vals).most_common()))
    print(
        "values per language:",
        dict(Counter(r["lang"] for r in recs for s in r["spans"] if s["type"] != "DECOY")),
    )
    print(
        "hand-written values:",
        sum(1 for r in recs if r not in gen for s in r["spans"] if s["type"] != "DECOY"),
    )
    print("decoys:", dict(Counter(s["decoy"] for s in dec).most_common()))
    print("templates:", dict(Counter(r["id"].split("-")[1] for r in gen)))
    hard = Counter()
    for r in recs:
        if "\r\n" in r["text"]:
            hard["texts with CRLF"] += 1
        if "\n> " in r["text"]:
            hard["quoted replies"] += 1
        for s in (x for x in r["spans"] if x["type"] != "DECOY"):
            v = s["value"]
            hard["value broken by a line break"] += "\n" in v
            hard["zero-width space inside"] += "\u200b" in v
            hard["e-mail without @"] += s["type"] == "EMAIL" and "@" not in v
            hard["phone as one digit run"] += s["type"] == "PHONE" and v.lstrip("+").isdigit()
            hard["phone in words"] += s["type"] == "PHONE" and bool(re.search(r"[a-zé]{3}", v))
            hard["phone in spaced single digits"] += (
                s["type"] == "PHONE" and sum(len(g) == 1 for g in v.split()) >= 6
            )
            hard["PERSON in capitals"] += s["type"] == "PERSON" and any(
                w.isupper() and len(w) > 2 for w in v.split()
            )
            hard["Amex card"] += s["type"] == "CREDIT_CARD" and len(re.sub(r"\D", "", v)) == 15
    print("hard cases:", dict(hard))


def main() -> None:
    recs = build()
    data = dump(recs)
    if "--check" in sys.argv:
        current = DATA.read_text(encoding="utf-8")
        if current != data:
            raise SystemExit("data/heldout.jsonl is not current: regenerate")
        load()
        print("check passed: every span verified, file current")
    else:
        DATA.parent.mkdir(exist_ok=True)
        DATA.write_text(data, encoding="utf-8")
    report(recs)


if __name__ == "__main__":
    main()
