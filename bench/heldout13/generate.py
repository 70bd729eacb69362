"""Build and check held-out set 13 (``data/heldout.jsonl``) for llmgate's redaction layer.

``python bench/heldout13/generate.py`` writes the set and prints its counts;
``--check`` validates the committed file and that it is what the generator writes now.
``load()`` is what ``bench/heldout/evaluate.py`` calls: it raises ``ValueError`` on the
first bad label. Standard library only; deterministic for a given seed.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h13_core import LANGS, STRUCTURED, TYPES, Ctx, check_record, hard_wrap, parse, to_crlf  # noqa: E402
from h13_data import elastic, mattermost, pipedrive  # noqa: E402
from h13_forms import dental, garage, storage  # noqa: E402
from h13_letters import aupair_mbox, guardian  # noqa: E402
from h13_ops import appsettings, prometheus, squid  # noqa: E402
from h13_talk import hotel_call, scooter_chat  # noqa: E402

__all__ = ["TYPES", "load"]

SEED = 1320261206
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"
TEMPLATES: dict[str, Any] = {
    "hotelcall": hotel_call,
    "scooter": scooter_chat,
    "garage": garage,
    "storage": storage,
    "dental": dental,
    "aupair": aupair_mbox,
    "guardian": guardian,
    "mattermost": mattermost,
    "elastic": elastic,
    "pipedrive": pipedrive,
    "appsettings": appsettings,
    "squid": squid,
    "prometheus": prometheus,
}
PER_LANG = {"en": 7, "de": 6, "fr": 6, "es": 6, "it": 4, "nl": 4, "pt": 4}
WRAP = {"email": 0.35, "prose": 0.35}
CRLF = {"email": 0.15, "call": 0.15}


def norm(value: str) -> str:
    return re.sub(r"[\W_]", "", value).lower()


def handwritten() -> list[dict[str, Any]]:
    """The hand-written texts: ``### hw13-NNN lang kind [crlf]`` headers, ``#!`` comments."""
    recs: list[dict[str, Any]] = []
    head: list[str] | None = None
    body: list[str] = []

    def flush() -> None:
        if head is None:
            return
        src = "\n".join(body).strip("\n") + "\n"
        text, spans = parse(src)
        if "crlf" in head[3:]:
            text = to_crlf(text, spans)
        recs.append({"id": head[0], "lang": head[1], "kind": head[2], "text": text, "spans": spans})

    for line in HAND.read_text(encoding="utf-8").splitlines():
        if line.startswith("#!"):
            continue
        if line.startswith("### "):
            flush()
            head = line[4:].split()
            body = []
        else:
            body.append(line)
    flush()
    return recs


def build() -> list[dict[str, Any]]:
    ctx = Ctx(SEED)
    hand = handwritten()
    for r in hand:
        for s in r["spans"]:
            if s["type"] in STRUCTURED:
                ctx.used.add(norm(s["value"]))
    recs: list[dict[str, Any]] = []
    for name, fn in TEMPLATES.items():
        for lang in LANGS:
            n = PER_LANG[lang] * (2 if name == "pipedrive" and lang == "en" else 1)
            for k in range(1, n + 1):
                kind, src = fn(ctx, lang)
                text, spans = parse(src)
                if kind in WRAP and ctx.chance(WRAP[kind]) and "\n> " not in text:
                    cut = text.find("\n\n") + 2 if kind == "email" else 0
                    head_part, tail = text[:cut], text[cut:]
                    for s in spans:
                        s["start"] -= cut
                        s["end"] -= cut
                    body_spans = [s for s in spans if s["start"] >= 0]
                    tail = hard_wrap(tail, body_spans, ctx.rng)
                    for s in spans:
                        s["start"] += cut
                        s["end"] += cut
                    text = head_part + tail
                if kind in CRLF and ctx.chance(CRLF[kind]):
                    text = to_crlf(text, spans)
                rid = f"gen13-{name}-{lang}-{k:03d}"
                recs.append({"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans})
    return recs + hand


def validate(recs: list[dict[str, Any]]) -> None:
    """Every label of every record, and the rules across records."""
    seen_ids: set[str] = set()
    owner: dict[str, str] = {}
    for r in recs:
        if r["id"] in seen_ids:
            raise ValueError(f"duplicate id {r['id']}")
        seen_ids.add(r["id"])
        check_record(r)
        labeled = {norm(s["value"]) for s in r["spans"] if s["type"] != "DECOY"}
        for s in r["spans"]:
            if s["type"] in STRUCTURED:
                key = norm(s["value"])
                if owner.setdefault(key, r["id"]) != r["id"]:
                    raise ValueError(f"{r['id']}: {s['type']} repeats a value of {owner[key]}")
            if s["type"] == "DECOY":
                dig = re.sub(r"\D", "", s["value"])
                for v in labeled:
                    vd = re.sub(r"\D", "", v)
                    if len(vd) >= 6 and vd in dig:
                        raise ValueError(f"{r['id']}: decoy {s['value']!r} holds a labeled value")
    used = {s["type"] for r in recs for s in r["spans"]} - {"DECOY"}
    if used != set(TYPES):
        raise ValueError(f"types missing: {set(TYPES) - used}")


def load(path: Path | str = DATA) -> list[dict[str, Any]]:
    """The set's records, every label checked (``ValueError`` on the first bad one)."""
    recs = [
        json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line
    ]
    validate(recs)
    return recs


def dump(recs: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def counts(recs: list[dict[str, Any]]) -> None:
    spans = [(r, s) for r in recs for s in r["spans"]]
    vals = [(r, s) for r, s in spans if s["type"] != "DECOY"]
    decs = [s for _, s in spans if s["type"] == "DECOY"]
    hand = [r for r in recs if r["id"].startswith("hw13")]
    size = len(dump(recs).encode())
    chars = sum(len(r["text"]) for r in recs)
    gen = len(recs) - len(hand)
    print(f"texts {len(recs)} ({gen} generated, {len(hand)} hand-written), {chars:,} chars")
    print(f"file {size:,} bytes")
    lang = Counter(r["lang"] for r in recs)
    small = sum(lang[x] for x in ("it", "nl", "pt"))
    print("languages:", dict(lang.most_common()), f"IT/NL/PT {100 * small / len(recs):.1f}%")
    print("hand-written languages:", dict(Counter(r["lang"] for r in hand).most_common()))
    hand_ids = {r["id"] for r in hand}
    hand_vals = sum(1 for r, _ in vals if r["id"] in hand_ids)
    print(f"values {len(vals)}, decoys {len(decs)}; hand-written values {hand_vals}")
    print("per type:", dict(Counter(s["type"] for _, s in vals).most_common()))
    print("values per language:", dict(Counter(r["lang"] for r, _ in vals).most_common()))
    print("kinds:", dict(Counter(r["kind"] for r in recs).most_common()))
    print("hand-written kinds:", dict(Counter(r["kind"] for r in hand).most_common()))
    print(
        "templates:",
        dict(
            Counter(
                r["id"].split("-")[1] for r in recs if not r["id"].startswith("hw13")
            ).most_common()
        ),
    )
    print("decoys:", dict(Counter(s["decoy"] for s in decs).most_common()))
    hard: Counter[str] = Counter()
    for _, s in vals:
        v, t = s["value"], s["type"]
        if "\n" in v:
            hard["value broken across lines"] += 1
        if "\u200b" in v:
            hard["zero-width inside"] += 1
        if t == "PHONE" and v.lstrip("+").isdigit():
            hard["phone as one digit run"] += 1
        if t == "PHONE" and sum(len(g) == 1 for g in v.split()) >= 6:
            hard["phone in spaced single digits"] += 1
        if t == "PHONE" and not any(c.isdigit() for c in v):
            hard["phone in number words"] += 1
        if t == "EMAIL" and "@" not in v:
            hard["e-mail without @"] += 1
        if t == "PERSON" and v.isupper() and len(v) > 2:
            hard["PERSON in capitals"] += 1
        if t == "CREDIT_CARD" and len(re.sub(r"\D", "", v)) == 15:
            hard["Amex 15 digits"] += 1
    hard["texts with CRLF"] = sum("\r\n" in r["text"] for r in recs)
    print("hard cases:", dict(hard))


def main() -> None:
    recs = build()
    validate(recs)
    out = dump(recs)
    if "--check" in sys.argv:
        load(DATA)
        if DATA.read_text(encoding="utf-8") != out:
            raise SystemExit("data/heldout.jsonl is not what generate.py writes now: regenerate")
        print("check passed: every span verified, file current")
    else:
        DATA.parent.mkdir(exist_ok=True)
        DATA.write_text(out, encoding="utf-8")
    counts(recs)


if __name__ == "__main__":
    main()
