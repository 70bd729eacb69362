"""Build, check and load the sixth held-out set (``data/heldout.jsonl``).

``python bench/heldout6/generate.py`` rewrites the file (deterministic, seed SEED);
``--check`` validates the committed file and that it is current. ``load()`` is what
``bench/heldout/evaluate.py``'s ``load_set`` calls: it raises ``ValueError`` on the first bad
label. No detector is imported here: every label comes from the templates or the hand texts.
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

import h6_docs as docs  # noqa: E402
import h6_machine as mach  # noqa: E402
import h6_talk as talk  # noqa: E402
from h6_markup import TYPES, Ctx, check_record, crlf, parse, wrap  # noqa: E402

__all__ = ["TYPES", "load"]
SEED = 61206619
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"
MAIN = ("en", "de", "fr", "es")
EXTRA = ("it", "nl", "pt")
Template = Callable[[Ctx], tuple[str, str]]
# (name, template, texts per main language, texts per extra language)
PLAN: list[tuple[str, Template, int, int]] = [
    ("listing", docs.listing, 6, 3), ("bounce", docs.bounce, 5, 0),
    ("webform", docs.webform, 6, 4), ("rx", docs.rx, 6, 4), ("baggage", docs.baggage, 5, 0),
    ("rental", docs.rental, 5, 0), ("mandate", docs.mandate, 6, 3), ("birth", docs.birth, 5, 2),
    ("expat", docs.expat, 5, 0), ("autoreply", docs.autoreply, 5, 2),
    ("driver", talk.driver, 6, 3), ("translated", talk.translated, 6, 4),
    ("vtt", talk.vtt, 6, 0), ("podcast", talk.podcast, 5, 0),
    ("statement", mach.statement, 6, 2), ("mt940", mach.mt940, 4, 0),
    ("rsvp", mach.rsvp, 6, 2), ("gedcom", mach.gedcom, 6, 2), ("notebook", mach.notebook, 4, 0),
    ("alert", mach.alert, 4, 0), ("pkgcfg", mach.pkgcfg, 5, 0),
    ("dockercfg", mach.dockercfg, 3, 0), ("tfplan", mach.tfplan, 4, 0),
    ("kdescribe", mach.kdescribe, 4, 0), ("cron", mach.cron, 4, 0),
    ("cardauth", docs.cardauth, 6, 0), ("screening", docs.screening, 0, 0),
]  # fmt: skip
WRAP_KINDS = {"email", "prose"}
CRLF_KINDS = {"email", "call", "mt940", "form"}


def read_hand() -> list[dict[str, Any]]:
    out = []
    blocks = re.split(r"^### ", HAND.read_text(encoding="utf-8"), flags=re.M)
    for block in blocks[1:]:
        head, _, body = block.partition("\n")
        parts = head.split()
        rid, lang, kind = parts[:3]
        text, spans = parse(body.strip("\n"))
        if "crlf" in parts[3:]:
            text = crlf(text, spans)
        out.append({"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans})
    return out


def build() -> list[dict[str, Any]]:
    hand = read_hand()
    seen: set[str] = set()
    for rec in hand:
        for s in rec["spans"]:
            if s["type"] != "DECOY":
                d = "".join(ch for ch in s["value"] if ch.isdigit())
                seen.add(d if len(d) >= 7 else s["value"].lower())
    rng = random.Random(SEED)
    gen = []
    for name, fn, n_main, n_extra in PLAN:
        jobs = [lang for lang in MAIN for _ in range(n_main)]
        jobs += [lang for lang in EXTRA for _ in range(n_extra)]
        if name == "screening":  # a US form, in English only
            jobs = ["en"] * 18
        for i, lang in enumerate(jobs):
            for _ in range(50):
                kind, marked = fn(Ctx(rng, lang, seen))
                text, spans = parse(marked)
                if kind in WRAP_KINDS and rng.random() < 0.3:
                    text = wrap(text, spans, rng.randint(60, 76))
                if kind in CRLF_KINDS and rng.random() < 0.12:
                    text = crlf(text, spans)
                rec = {"id": f"gen6-{name}-{i:03d}", "lang": lang, "kind": kind, "text": text,
                       "spans": spans}  # fmt: skip
                try:
                    check_record(rec)
                except ValueError:
                    continue
                gen.append(rec)
                break
            else:
                raise RuntimeError(f"{name}: no valid draw")
    return gen + hand


def _dump(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def load(path: Path = DATA) -> list[dict[str, Any]]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = set()
    for rec in records:
        if rec["id"] in ids:
            raise ValueError(f"duplicate id {rec['id']}")
        ids.add(rec["id"])
        check_record(rec)
    return records


def counts(records: list[dict[str, Any]]) -> str:
    spans = [(r, s) for r in records for s in r["spans"]]
    vals = [(r, s) for r, s in spans if s["type"] != "DECOY"]
    lines = [
        f"texts {len(records)}, characters {sum(len(r['text']) for r in records)}, "
        f"values {len(vals)}, decoys {len(spans) - len(vals)}",
        "types: "
        + ", ".join(f"{k} {v}" for k, v in Counter(s["type"] for _, s in spans).most_common()),
        "langs (texts): "
        + ", ".join(f"{k} {v}" for k, v in Counter(r["lang"] for r in records).most_common()),
        "langs (values): "
        + ", ".join(f"{k} {v}" for k, v in Counter(r["lang"] for r, _ in vals).most_common()),
        "kinds: "
        + ", ".join(f"{k} {v}" for k, v in Counter(r["kind"] for r in records).most_common()),
        "decoys: "
        + ", ".join(
            f"{k} {v}"
            for k, v in Counter(s["decoy"] for _, s in spans if s["type"] == "DECOY").most_common()
        ),
        f"hand texts {sum(r['id'].startswith('hw6') for r in records)}, hand values "
        f"{sum(r['id'].startswith('hw6') for r, _ in vals)}, hand decoys "
        f"{sum(r['id'].startswith('hw6') and s['type'] == 'DECOY' for r, s in spans)}",
        f"broken across lines {sum(chr(10) in s['value'] for _, s in vals)}, "
        f"zero-width {sum(chr(0x200B) in s['value'] for _, s in vals)}, "
        f"CRLF texts {sum(chr(13) in r['text'] for r in records)}, "
        f"dodged e-mails {sum(s['type'] == 'EMAIL' and '@' not in s['value'] for _, s in vals)}",
    ]
    return "\n".join(lines)


def main() -> None:
    records = build()
    if "--check" in sys.argv:
        committed = load()
        if _dump(committed) != _dump(records):
            raise SystemExit("data/heldout.jsonl is not current: regenerate it")
        print(counts(committed))
        return
    DATA.parent.mkdir(exist_ok=True)
    DATA.write_text(_dump(records), encoding="utf-8")
    print(counts(load()))


if __name__ == "__main__":
    main()
