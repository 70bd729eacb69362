"""Build, check and load the fifth held-out set for llmgate's redaction (see README.md).

``python bench/heldout5/generate.py`` rewrites data/heldout.jsonl (deterministic, seed
SEED); ``--check`` validates the committed file and that it is current. ``load()`` and
``TYPES`` are what ``bench/heldout/evaluate.py`` reads. Nothing here imports a detector.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h5_data import TEMPLATES as DATA  # noqa: E402
from h5_markup import TYPES, check, hard_wrap, parse, to_crlf  # noqa: E402
from h5_more import TEMPLATES as MORE  # noqa: E402
from h5_prose import TEMPLATES as PROSE  # noqa: E402
from h5_values import Ctx  # noqa: E402

__all__ = ["TYPES", "load"]
SEED = 50612065
OUT = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"
MAIN = ("en", "de", "fr", "es")
EXTRA = ("it", "nl", "pt")
PER_MAIN = 135
PER_EXTRA = 26
# Templates that have text in Italian, Dutch and Portuguese (the others are EN/DE/FR/ES).
EXTRA_OK = ("crmnote", "market", "school", "vet", "voicemail", "gym", "loyalty", "sfdc",
            "notion", "crash", "sql", "handover", "envfile")  # fmt: skip
CRLF_KINDS = ("email", "voicemail", "form")
WRAP_KINDS = ("email", "prose", "letter")


def read_hand(c: Ctx) -> list[dict[str, Any]]:
    """The hand-written texts: ``### id lang kind [crlf]`` then the marked text."""
    recs = []
    for block in HAND.read_text(encoding="utf-8").split("### ")[1:]:
        head, _, body = block.partition("\n")
        rid, lang, kind, *flags = head.split()
        text, spans = parse(body.strip("\n").replace("<ZWSP>", "\u200b"))
        if "crlf" in flags:
            text, spans = to_crlf(text, spans)
        for s in spans:
            c.used.add(s["value"])
        rec = {"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans}
        check(rec)
        recs.append(rec)
    return recs


def build() -> list[dict[str, Any]]:
    c = Ctx(SEED)
    records = read_hand(c)
    templates = {**PROSE, **DATA, **MORE}
    seq = 0
    for lang, n in [*((x, PER_MAIN) for x in MAIN), *((x, PER_EXTRA) for x in EXTRA)]:
        names = [t for t in templates if lang in MAIN or t in EXTRA_OK]
        for i in range(n):
            name = names[i % len(names)]
            kind, make = templates[name]
            seq += 1
            for _ in range(20):  # a draw whose decoy holds a value's digits is drawn again
                text, spans = parse(make(c, lang))
                if kind in WRAP_KINDS and c.rng.random() < 0.3:
                    text, spans = hard_wrap(text, spans, c.rng.randint(60, 76))
                if kind in CRLF_KINDS and c.rng.random() < 0.15:
                    text, spans = to_crlf(text, spans)
                rec = {"id": f"gen5-{name}-{seq:03d}", "lang": lang, "kind": kind,
                       "text": text, "spans": spans}  # fmt: skip
                try:
                    check(rec)
                except ValueError:
                    continue
                records.append(rec)
                break
            else:
                raise RuntimeError(f"no valid draw for {name}")
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return records


def dump(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def load(path: Path = OUT) -> list[dict[str, Any]]:
    """The set, every label checked; ValueError on the first bad one."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for rec in records:
        check(rec)
    return records


def counts(records: list[dict[str, Any]]) -> str:
    spans = [s for r in records for s in r["spans"]]
    vals = [s for s in spans if s["type"] != "DECOY"]
    hand = sum(r["id"].startswith("hw") for r in records)
    lines = [f"{len(records)} texts ({hand} hand-written), "
             f"{sum(len(r['text']) for r in records):,} characters, {len(vals)} values, "
             f"{len(spans) - len(vals)} decoys"]  # fmt: skip
    lang_vals: Counter[str] = Counter()
    for r in records:
        lang_vals[r["lang"]] += sum(s["type"] != "DECOY" for s in r["spans"])
    for label, counter in (
        ("type", Counter(s["type"] for s in vals)),
        ("texts per language", Counter(r["lang"] for r in records)),
        ("values per language", lang_vals),
        ("kind", Counter(r["kind"] for r in records)),
        ("decoy", Counter(s["decoy"] for s in spans if s["type"] == "DECOY")),
        ("crlf texts", Counter("crlf" for r in records if "\r\n" in r["text"])),
    ):
        lines.append(f"{label}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    return "\n".join(lines)


def main() -> None:
    records = build()
    if "--check" in sys.argv:
        committed = load()
        assert dump(committed) == dump(records), "data/heldout.jsonl is not current: regenerate"
        print("committed file is current and every label holds")
    else:
        OUT.parent.mkdir(exist_ok=True)
        OUT.write_text(dump(records), encoding="utf-8")
        load()
    print(counts(records))


if __name__ == "__main__":
    main()
