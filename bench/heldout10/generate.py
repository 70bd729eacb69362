# ruff: noqa: B007, E501
"""Build, check and load the tenth held-out set for the redaction layer (SEALED: see README).

    python bench/heldout10/generate.py          # rewrites data/heldout.jsonl (deterministic)
    python bench/heldout10/generate.py --check  # validates the committed file and that it is current

Both print the counts the README quotes. ``load()`` is what ``bench/heldout/evaluate.py``'s
``load_set`` calls; it raises ``ValueError`` on the first bad label.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h10_docs  # noqa: E402
import h10_logs  # noqa: E402
import h10_machine  # noqa: E402
import h10_talk  # noqa: E402
from h10_checks import TYPES, check_set  # noqa: E402,F401
from h10_ctx import Ctx, norm  # noqa: E402
from h10_markup import hard_wrap, parse, read_handwritten, rewrap_spans, to_crlf  # noqa: E402

SEED = 10061207
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"

ALL = ["en", "de", "fr", "es", "it", "nl", "pt"]
TEMPLATES: dict[str, tuple[Any, list[str]]] = {
    "dicom": (h10_machine.dicom, ALL),
    "qrscan": (h10_machine.qrscan, ALL),
    "zpl": (h10_machine.zpl, ALL),
    "repl": (h10_machine.repl, ALL),
    "adusers": (h10_machine.adusers, ALL),
    "signin": (h10_machine.signin, ALL),
    "cloudinit": (h10_machine.cloudinit, ALL),
    "siteman": (h10_machine.siteman, ALL),
    "cloudtrail": (h10_machine.cloudtrail, ["en", "de", "fr", "es"]),
    "logcat": (h10_logs.logcat, ALL),
    "querylog": (h10_logs.querylog, ALL),
    "x12": (h10_logs.x12, ["en"]),
    "visitor": (h10_logs.visitor, ALL),
    "vmmail": (h10_docs.vmmail, ALL),
    "secalert": (h10_docs.secalert, ALL),
    "workorder": (h10_docs.workorder, ALL),
    "keyholder": (h10_docs.keyholder, ALL),
    "credit": (h10_docs.credit, ALL),
    "dsar": (h10_docs.dsar, ALL),
    "interp": (h10_talk.interp, ALL),
    "taxi": (h10_talk.taxi, ALL),
    "ride": (h10_talk.ride, ALL),
    "sbar": (h10_talk.sbar, ALL),
    "referee": (h10_talk.referee, ALL),
}
QUOTA = {"en": 130, "de": 89, "fr": 89, "es": 89, "it": 58, "nl": 58, "pt": 58}
WRAP_KINDS = {"email", "prose"}
CRLF_KINDS = {"email", "call"}


def plan(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for lang in ALL:
        names = [n for n, (_, langs) in TEMPLATES.items() if lang in langs]
        if lang == "en":
            names += [
                "x12",
                "x12",
                "cloudtrail",
            ]  # English-only and four-language ones get a larger share here
        start = rng.randrange(len(names))
        for i in range(QUOTA[lang]):
            out.append((names[(start + i) % len(names)], lang))
    return out


def build_one(
    name: str, lang: str, rng: random.Random, used: set[str]
) -> tuple[str, str, list[dict[str, Any]]]:
    fn = TEMPLATES[name][0]
    for _ in range(50):
        c = Ctx(rng, lang, used)
        kind, marked = fn(c)
        text, spans = parse(marked)
        if kind in WRAP_KINDS and rng.random() < 0.35:
            head, sep, body = text.partition("\n\n") if kind == "email" else ("", "", text)
            text = head + sep + hard_wrap(body, rng)
            rewrap_spans(text, spans)
        if kind in CRLF_KINDS and rng.random() < 0.15:
            text = to_crlf(text, spans)
        rec = {"id": "x", "lang": lang, "kind": kind, "text": text, "spans": spans}
        try:
            check_set([rec])
        except ValueError:
            c.release()
            continue
        return kind, text, spans
    raise RuntimeError(f"{name}/{lang}: no draw passes the checks")


def build() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    hand = read_handwritten(HAND.read_text(encoding="utf-8"))
    used: set[str] = set()
    for rec in hand:
        for s in rec["spans"]:
            if s["type"] != "DECOY":
                used.add(
                    norm(s["value"].replace("\u200b", "").replace("\r", "").replace("\n", " "))
                )
    records = []
    counters: Counter[str] = Counter()
    for name, lang in plan(rng):
        kind, text, spans = build_one(name, lang, rng, used)
        counters[(name, lang)] += 1  # type: ignore[index]
        rid = f"gen10-{name}-{lang}-{counters[(name, lang)]:03d}"  # type: ignore[index]
        records.append(
            {
                "id": rid,
                "lang": lang,
                "kind": kind,
                "text": text,
                "spans": sorted(spans, key=lambda s: s["start"]),
            }
        )
    records += hand
    check_set(records)
    return records


def dump(records: list[dict[str, Any]]) -> str:
    lines = []
    for r in records:
        spans = [
            {k: s[k] for k in ("start", "end", "type", "decoy", "value") if k in s}
            for s in r["spans"]
        ]
        lines.append(
            json.dumps(
                {
                    "id": r["id"],
                    "lang": r["lang"],
                    "kind": r["kind"],
                    "text": r["text"],
                    "spans": spans,
                },
                ensure_ascii=False,
                separators=(",", ":"),
            )
        )
    return "\n".join(lines) + "\n"


def load(path: Path = DATA) -> list[dict[str, Any]]:
    records = [
        json.loads(line)
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    check_set(records)
    return records


def counts(records: list[dict[str, Any]]) -> None:
    from h10_checks import digits

    spans = [(r, s) for r in records for s in r["spans"]]
    vals = [(r, s) for r, s in spans if s["type"] != "DECOY"]
    dec = [(r, s) for r, s in spans if s["type"] == "DECOY"]
    hand = [r for r in records if r["id"].startswith("hw10")]
    print(
        f"texts {len(records)} ({len(records) - len(hand)} generated, {len(hand)} hand-written), "
        f"{sum(len(r['text']) for r in records):,} characters, {DATA.stat().st_size if DATA.exists() else 0:,} bytes"
    )
    print("languages:", dict(Counter(r["lang"] for r in records).most_common()))
    print("hand languages:", dict(Counter(r["lang"] for r in hand).most_common()))
    itnlpt = sum(r["lang"] in ("it", "nl", "pt") for r in records)
    print(f"it/nl/pt share: {itnlpt / len(records):.1%}")
    print(
        f"values {len(vals)}, decoys {len(dec)}; hand: {sum(1 for r, s in vals if r in hand)} values, "
        f"{sum(1 for r, s in dec if r in hand)} decoys"
    )
    print("per type:", dict(Counter(s["type"] for _, s in vals).most_common()))
    print("values per language:", dict(Counter(r["lang"] for r, _ in vals).most_common()))
    print("kinds:", dict(Counter(r["kind"] for r in records).most_common()))
    print("decoys:", dict(Counter(s["decoy"] for _, s in dec).most_common()))
    print(
        "templates:",
        dict(
            Counter(
                r["id"].split("-")[1] for r in records if r["id"].startswith("gen10")
            ).most_common()
        ),
    )
    hard: Counter[str] = Counter()
    for r, s in vals:
        v = s["value"]
        if "\n" in v:
            hard["value broken across lines"] += 1
        if "\u200b" in v:
            hard["zero-width spaces inside"] += 1
        if s["type"] == "PHONE" and v.lstrip("+").isdigit():
            hard["phone as one digit run"] += 1
        if s["type"] == "PHONE" and sum(len(g) == 1 for g in v.split()) >= 6:
            hard["phone in spaced single digits"] += 1
        if s["type"] == "PHONE" and not digits(v):
            hard["phone in words"] += 1
        if s["type"] == "PHONE" and "(" in v:
            hard["phone with parentheses"] += 1
        if s["type"] == "CREDIT_CARD" and len(digits(v)) in (14, 15):
            hard["14/15-digit card"] += 1
        if s["type"] == "EMAIL" and "@" not in v:
            hard["e-mail written out"] += 1
        if s["type"] == "IP_ADDRESS" and ":" in v:
            hard["IPv6"] += 1
        if s["type"] == "IP_ADDRESS" and "/" in v:
            hard["CIDR"] += 1
        if s["type"] == "DATE_OF_BIRTH" and not any(ch.isdigit() for ch in v[-4:]):
            hard["birth date ending in words"] += 1
    print("hard cases:", dict(hard.most_common()))
    print("CRLF texts:", sum("\r\n" in r["text"] for r in records))


def main() -> None:
    records = build()
    text = dump(records)
    if "--check" in sys.argv:
        if DATA.read_text(encoding="utf-8") != text:
            raise SystemExit("data/heldout.jsonl is not current: run generate.py")
        load(DATA)
        print("check passed")
    else:
        DATA.parent.mkdir(exist_ok=True)
        DATA.write_text(text, encoding="utf-8")
    counts(records)


if __name__ == "__main__":
    main()
