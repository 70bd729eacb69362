"""Build, check and load the eighth held-out set (``data/heldout.jsonl``).

``python bench/heldout8/generate.py`` rewrites the data file (deterministic, seed below);
``--check`` validates the committed file and that it is current. ``load()`` and ``TYPES`` are
what ``bench/heldout/evaluate.py``'s ``load_set`` needs. Nothing here imports a detector:
every label comes from the templates' markup or the hand-written file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h8_cards  # noqa: E402
import h8_docs  # noqa: E402
import h8_feeds  # noqa: E402
import h8_letters  # noqa: E402
import h8_machine  # noqa: E402
import h8_records  # noqa: E402
import h8_talk  # noqa: E402
from h8_checks import STRUCTURED, TYPES, check_record, check_set  # noqa: E402
from h8_ctx import Ctx  # noqa: E402
from h8_markup import parse, record  # noqa: E402

__all__ = ["TYPES", "load"]

SEED = 80612481
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"
Template = Callable[[Ctx, str], tuple[str, str]]

# template name -> (maker, texts per language)
PLAN: dict[str, tuple[Template, dict[str, int]]] = {
    "adif": (h8_machine.adif, {"en": 5, "de": 5, "fr": 4, "es": 4, "it": 4, "nl": 4}),
    "http": (h8_machine.http, {"en": 7, "de": 5, "fr": 5, "es": 5, "it": 2, "nl": 2, "pt": 2}),
    "tfstate": (h8_machine.tfstate, {"en": 3, "de": 3, "fr": 3, "es": 3, "nl": 2}),
    "reg": (h8_machine.reg, {"en": 4, "de": 4, "fr": 4, "es": 4, "nl": 3}),
    "cdr": (h8_machine.cdr, {"en": 6, "de": 5, "fr": 4, "es": 4, "it": 3, "nl": 3, "pt": 3}),
    "fixed": (h8_machine.fixed, {"en": 22}),
    "rss": (h8_feeds.rss, {"en": 3, "de": 3, "fr": 4, "es": 4, "it": 3, "nl": 3, "pt": 2}),
    "router": (h8_feeds.router, {"en": 3, "de": 3, "fr": 3, "es": 3, "it": 4, "nl": 3, "pt": 4}),
    "sepa": (h8_feeds.sepa, {"de": 3, "fr": 3, "es": 3, "it": 4, "nl": 4, "pt": 4}),
    "survey": (h8_feeds.survey, {"en": 3, "de": 3, "fr": 3, "es": 4, "it": 3, "nl": 3, "pt": 3}),
    "pentest": (h8_feeds.pentest, {"en": 4, "de": 4, "fr": 4, "es": 4, "nl": 3, "it": 1}),
    "handover": (h8_docs.handover, {"de": 4, "fr": 5, "es": 5, "it": 5, "nl": 4, "pt": 5}),
    "carsale": (h8_docs.carsale, {"en": 4, "de": 4, "fr": 4, "es": 5, "it": 4, "pt": 4}),
    "labreport": (h8_records.labreport, {"en": 9, "de": 5, "fr": 5, "es": 5, "it": 3, "nl": 3}),
    "register": (
        h8_records.register,
        {"en": 4, "de": 4, "fr": 4, "es": 5, "it": 4, "nl": 3, "pt": 4},
    ),
    "roster": (h8_letters.roster, {"en": 4, "de": 4, "fr": 4, "es": 4, "it": 4, "nl": 4, "pt": 4}),
    "itinerary": (
        h8_letters.itinerary,
        {"en": 5, "de": 4, "fr": 5, "es": 5, "it": 3, "nl": 3, "pt": 3},
    ),
    "dunning": (h8_letters.dunning, {"en": 6, "de": 6, "fr": 5, "es": 5, "it": 4, "nl": 4}),
    "digest": (h8_letters.digest, {"en": 4, "de": 5, "fr": 5, "es": 5}),
    "bot": (h8_talk.bot, {"en": 7, "de": 7, "fr": 7, "es": 7, "it": 6, "nl": 6, "pt": 6}),
    "emergency": (
        h8_talk.emergency,
        {"en": 6, "de": 6, "fr": 5, "es": 5, "it": 4, "nl": 4, "pt": 4},
    ),
    "concierge": (h8_cards.concierge, {"en": 6, "de": 6, "fr": 6, "es": 6, "it": 4}),
    "hamnet": (h8_talk.hamnet, {"en": 8, "de": 6}),
    "guestcard": (
        h8_cards.guestcard,
        {"en": 4, "de": 4, "fr": 4, "es": 4, "it": 4, "nl": 4, "pt": 4},
    ),
}
WRAP_KINDS = {"email", "prose"}
CRLF_KINDS = {"email", "call"}


def _key(value: str) -> str:
    return "".join(ch for ch in value if ch.isalnum()).lower()


def handwritten() -> list[dict[str, Any]]:
    """The hand texts: ``### id lang kind [crlf]`` then the text with ``⟦...⟧`` markup."""
    out = []
    chunks = HAND.read_text(encoding="utf-8").split("\n### ")
    for chunk in chunks:
        chunk = chunk.removeprefix("### ")
        if not chunk.strip() or chunk.startswith("#"):
            continue
        head, _, body = chunk.partition("\n")
        parts = head.split()
        rid, lang, kind = parts[0], parts[1], parts[2]
        body = body.rstrip("\n") + "\n"
        body = body.replace("<ZWSP>", "\u200b")
        text, spans = parse(body)
        if "crlf" in parts[3:]:
            from h8_markup import crlf

            text = crlf(text, spans)
        out.append({"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans})
    return out


def build() -> list[dict[str, Any]]:
    ctx = Ctx(SEED)
    hand = handwritten()
    for rec in hand:
        for s in rec["spans"]:
            if s["type"] in STRUCTURED:
                ctx.used.add(_key(s["value"]))
    records: list[dict[str, Any]] = []
    for name, (make, per_lang) in PLAN.items():
        for lang, n in per_lang.items():
            for i in range(1, n + 1):
                rid = f"gen8-{name}-{lang}-{i:03d}"
                for _ in range(30):
                    kind, marked = make(ctx, lang)
                    rng = ctx.rng
                    rec = record(
                        rid,
                        lang,
                        kind,
                        marked,
                        rng,
                        wrap=kind in WRAP_KINDS and rng.random() < 0.4,
                        windows=kind in CRLF_KINDS and rng.random() < 0.15,
                    )
                    try:
                        check_record(rec)
                        break
                    except AssertionError:
                        continue
                else:
                    raise RuntimeError(rid)
                records.append(rec)
    records += hand
    check_set(records)
    return records


def load(path: Path = DATA) -> list[dict[str, Any]]:
    """The set as a list of records; raises ``ValueError`` on the first bad label."""
    records = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    try:
        check_set(records)
    except AssertionError as exc:
        raise ValueError(f"bad label: {exc}") from exc
    return records


def dump(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)


def report(records: list[dict[str, Any]]) -> None:
    spans = [(r, s) for r in records for s in r["spans"]]
    print(f"{len(records)} texts, {sum(len(r['text']) for r in records):,} characters")
    print("langs:", dict(Counter(r["lang"] for r in records).most_common()))
    print("kinds:", dict(Counter(r["kind"] for r in records).most_common()))
    vals = [s for _, s in spans if s["type"] != "DECOY"]
    print(f"values {len(vals)}:", dict(Counter(s["type"] for s in vals).most_common()))
    print(
        "values per lang:",
        dict(Counter(r["lang"] for r, s in spans if s["type"] != "DECOY").most_common()),
    )
    dec = [s for _, s in spans if s["type"] == "DECOY"]
    print(f"decoys {len(dec)}:", dict(Counter(s["decoy"] for s in dec).most_common()))
    hw = [r for r in records if r["id"].startswith("hw8")]
    hw_spans = [s for r in hw for s in r["spans"]]
    hw_dec = sum(s["type"] == "DECOY" for s in hw_spans)
    print(
        f"hand-written {len(hw)}: values {len(hw_spans) - hw_dec}, decoys {hw_dec}, "
        f"langs {dict(Counter(r['lang'] for r in hw))}"
    )
    iinp = sum(r["lang"] in ("it", "nl", "pt") for r in records)
    print(f"it/nl/pt: {iinp} texts ({iinp / len(records):.1%})")


def main() -> None:
    records = build()
    text = dump(records)
    if "--check" in sys.argv:
        assert DATA.read_text(encoding="utf-8") == text, "data/heldout.jsonl is not current"
        load()
        print("committed file is current and every label checks")
    else:
        DATA.parent.mkdir(exist_ok=True)
        DATA.write_text(text, encoding="utf-8")
    report(records)


if __name__ == "__main__":
    main()
