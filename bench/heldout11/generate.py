"""Eleventh held-out set for llmgate.redaction: build it, check it, load it.

SEALED: nobody runs a detector, a Redactor, a model or evaluate.py on this set until the
next round, which runs it first and commits ``results-first-run.md`` / ``.json``.

    python bench/heldout11/generate.py          # rewrites data/heldout.jsonl, prints counts
    python bench/heldout11/generate.py --check  # checks the committed file and that it is current

Only the standard library is used. ``load()`` is what ``bench/heldout/evaluate.py`` calls.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h11_exports as ex  # noqa: E402
import h11_machine as ma  # noqa: E402
import h11_office as of  # noqa: E402
import h11_talk as tk  # noqa: E402
import h11_talk2 as t2  # noqa: E402
from h11_ctx import Ctx, norm  # noqa: E402
from h11_markup import (  # noqa: E402
    STRUCTURED,
    TYPES,
    check_record,
    hard_wrap,
    parse,
    read_hand,
    to_crlf,
)

SEED = 11_20261206
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"
Template = Callable[[Ctx, str], tuple[str, str]]

TEMPLATES: dict[str, Template] = {
    "pnr": ma.t_pnr, "oidc": ma.t_oidc, "unattend": ma.t_unattend, "radius": ma.t_radius,
    "kafka": ex.t_kafka, "prefs": ex.t_prefs, "autofill": ex.t_autofill,
    "gcontacts": ex.t_gcontacts,
    "smsxml": of.t_smsxml, "esign": of.t_esign, "attendance": of.t_attendance, "mfp": of.t_mfp,
    "nurse": tk.t_nurse, "homecare": tk.t_homecare, "remote": tk.t_remote, "pawn": tk.t_pawn,
    "consign": tk.t_consign, "cardblock": t2.t_cardblock, "imessage": t2.t_imessage,
    "shares": t2.t_shares,
}  # fmt: skip
# generated texts per language (the hand-written ones come on top)
PLAN = {"en": 119, "de": 82, "fr": 82, "es": 82, "it": 54, "nl": 54, "pt": 54}
# the long machine files come half as often, so that the file stays under 1 MB
HALF = {"unattend", "radius", "esign"}
WRAP_KINDS = {"email", "prose", "ticket"}
CRLF_KINDS = {"email", "call"}

__all__ = ["TYPES", "build", "load"]


def _finish(rid: str, lang: str, kind: str, marked: str, rng: random.Random | None,
            crlf: bool) -> dict[str, Any]:  # fmt: skip
    text, spans = parse(marked)
    if rng is not None and kind in WRAP_KINDS and rng.random() < 0.35:
        body = text.find("\n\n") + 2 if kind == "email" else 0
        text = hard_wrap(text, spans, rng, body)
    if rng is not None and kind in CRLF_KINDS and rng.random() < 0.15:
        crlf = True
    if crlf:
        text = to_crlf(text, spans)
    return {"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans}


def build() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    ctx = Ctx(rng)
    records: list[dict[str, Any]] = []
    hand = []
    for rid, lang, kind, crlf, marked in read_hand(HAND):
        rec = _finish(rid, lang, kind, marked, None, crlf)
        check_record(rec)
        for s in rec["spans"]:
            if s["type"] in STRUCTURED:
                ctx.reserve(s["type"], s["value"])
        hand.append(rec)
    names = [n for n in TEMPLATES for _ in range(1 if n in HALF else 2)]
    for lang, total in PLAN.items():
        order = names[:]
        rng.shuffle(order)
        per: Counter[str] = Counter()
        for i in range(total):
            name = order[i % len(order)]
            per[name] += 1
            rid = f"gen11-{name}-{lang}-{per[name]:03d}"
            for _attempt in range(20):
                kind, marked = TEMPLATES[name](ctx, lang)
                rec = _finish(rid, lang, kind, marked, rng, False)
                try:
                    check_record(rec)
                except ValueError as err:
                    if "holds a labeled value" in str(err):
                        continue  # a decoy drew a value's digits: draw the text again
                    raise
                break
            else:
                raise AssertionError(f"{rid}: no clean draw")
            records.append(rec)
    records.extend(hand)
    _check_set(records)
    return records


def _check_set(records: list[dict[str, Any]]) -> None:
    ids = Counter(r["id"] for r in records)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        raise ValueError(f"duplicate ids: {dup[:3]}")
    owner: dict[tuple[str, str], str] = {}
    for r in records:
        for s in r["spans"]:
            if s["type"] not in STRUCTURED:
                continue
            key = (s["type"], norm(s["type"], s["value"].replace("\r", "")))
            if owner.setdefault(key, r["id"]) != r["id"]:
                raise ValueError(f"{r['id']}: {s['type']} value also in {owner[key]}")
    used = {s["type"] for r in records for s in r["spans"]} - {"DECOY"}
    if used != set(TYPES):
        raise ValueError(f"types missing: {set(TYPES) - used}")


def dumps(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)


def load(path: Path = DATA) -> list[dict[str, Any]]:
    """The set, every label checked; raises ValueError on the first bad one."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for rec in records:
        check_record(rec)
    _check_set(records)
    return records


def counts(records: list[dict[str, Any]]) -> str:
    spans = [(r, s) for r in records for s in r["spans"]]
    values = [(r, s) for r, s in spans if s["type"] != "DECOY"]
    hand = [r for r in records if r["id"].startswith("hw11-")]
    gen = len(records) - len(hand)
    out = [f"texts {len(records)} ({gen} generated, {len(hand)} hand-written), "
           f"{sum(len(r['text']) for r in records):,} characters",
           f"values {len(values)}, decoys {len(spans) - len(values)}; hand-written texts hold "
           f"{sum(1 for r, s in values if r in hand)} values and "
           f"{sum(1 for r, s in spans if r in hand and s['type'] == 'DECOY')} decoys"]  # fmt: skip

    def line(title: str, c: Counter[str]) -> None:
        out.append(f"{title}: " + ", ".join(f"{k} {n}" for k, n in c.most_common()))

    line("per type", Counter(s["type"] for _, s in values))
    line("texts per language", Counter(r["lang"] for r in records))
    line("hand-written per language", Counter(r["lang"] for r in hand))
    line("values per language", Counter(r["lang"] for r, _ in values))
    line("texts per kind", Counter(r["kind"] for r in records))
    line("decoys", Counter(s["decoy"] for _, s in spans if s["type"] == "DECOY"))
    line(
        "templates", Counter(r["id"].split("-")[1] for r in records if r["id"].startswith("gen11-"))
    )
    hard = Counter()
    for _, s in values:
        v = s["value"]
        hard["broken by a line break"] += "\n" in v
        hard["zero-width space"] += "\u200b" in v
        hard["phone as one digit run"] += s["type"] == "PHONE" and v.lstrip("+").isdigit()
        hard["phone with parentheses"] += s["type"] == "PHONE" and "(" in v
        hard["phone in words"] += s["type"] == "PHONE" and any(ch.isalpha() for ch in v)
        hard["ipv6"] += s["type"] == "IP_ADDRESS" and ":" in v
        hard["ip with prefix length"] += s["type"] == "IP_ADDRESS" and "/" in v
    hard["texts with CRLF"] = sum("\r\n" in r["text"] for r in records)
    line("hard cases", hard)
    it_nl_pt = sum(r["lang"] in ("it", "nl", "pt") for r in records)
    out.append(f"it/nl/pt share: {100 * it_nl_pt / len(records):.1f}%")
    return "\n".join(out)


def main() -> None:
    records = build()
    text = dumps(records)
    if "--check" in sys.argv:
        committed = DATA.read_text(encoding="utf-8")
        load(DATA)
        if committed != text:
            raise SystemExit("data/heldout.jsonl is not what generate.py writes: regenerate")
        print("data/heldout.jsonl is current and every label checks")
    else:
        DATA.parent.mkdir(exist_ok=True)
        DATA.write_text(text, encoding="utf-8")
        load(DATA)
    print(counts(records))
    print(f"{len(text.encode('utf-8')):,} bytes")


if __name__ == "__main__":
    main()
