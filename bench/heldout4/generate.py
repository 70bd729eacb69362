"""Build and check the fourth held-out set of the redaction layer (bench/heldout4).

``python bench/heldout4/generate.py`` rewrites data/heldout.jsonl (deterministic, seed below);
``--check`` validates the committed file and that it is what the generator makes now. Both
print counts per type, language, kind and decoy note. ``load()`` is what
bench/heldout/evaluate.py calls (``--set bench/heldout4``): it reads the file and raises
ValueError on the first wrong label.
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
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import h4_admin  # noqa: E402
import h4_commerce  # noqa: E402
import h4_more  # noqa: E402
import h4_talk  # noqa: E402
import h4_tech  # noqa: E402
from h4_ctx import Ctx  # noqa: E402
from h4_markup import TYPES, check_record, crlf, parse, wrap  # noqa: E402

SEED = 46_120_604
PER_LANG = 150
LANGS = ("en", "de", "fr", "es")
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"

Template = Callable[[Ctx], tuple[str, str]]
TEMPLATES: list[Template] = [
    h4_commerce.order_email, h4_commerce.shipping_sms, h4_commerce.dispute_letter,
    h4_commerce.travel_booking, h4_commerce.apis_manifest, h4_commerce.insurance_claim,
    h4_commerce.clinic_sms, h4_admin.hr_onboarding, h4_admin.payroll_export,
    h4_admin.rental_application, h4_admin.school_mail, h4_admin.contract_parties, h4_admin.ldif,
    h4_admin.vcard, h4_admin.ical, h4_tech.helpdesk_thread, h4_tech.issue_with_log,
    h4_tech.markdown_table, h4_tech.soap_payload, h4_tech.env_config, h4_tech.infra_vars,
    h4_tech.har_export, h4_tech.mail_headers, h4_talk.voice_assistant, h4_talk.forum_post,
    h4_talk.ocr_form, h4_talk.teams_chat, h4_talk.quoted_reply, h4_more.gift_card_chat,
    h4_more.chargeback_export, h4_more.tax_email, h4_more.benefits_form, h4_more.ci_log,
    h4_more.network_inventory, h4_more.otp_sms, h4_more.postman_env, h4_more.bookshop_invoice,
    h4_more.boarding_pass,
]  # fmt: skip
WRAPPED_KINDS = {"email", "prose"}
CRLF_KINDS = {"email", "call", "vcard", "ical"}

__all__ = ["TYPES", "load"]


def hand_texts() -> list[dict[str, Any]]:
    """The hand-written texts: ``### id lang kind [crlf]`` then the marked text."""
    records: list[dict[str, Any]] = []
    blocks = HAND.read_text(encoding="utf-8").split("\n### ")
    for block in blocks[1:]:
        head, _, body = block.partition("\n")
        ident, lang, kind, *flags = head.split()
        text, spans = parse(body.strip("\n"))
        if "crlf" in flags:
            text = crlf(text, spans)
        records.append({"id": ident, "lang": lang, "kind": kind, "text": text, "spans": spans})
    return records


def build() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    hand = hand_texts()
    used = {
        "".join(ch for ch in s["value"].lower() if ch.isalnum())
        for r in hand
        for s in r["spans"]
        if s["type"] not in ("PERSON", "DECOY")
    }
    records: list[dict[str, Any]] = []
    numbers: Counter[str] = Counter()
    for lang in LANGS:
        order: list[Template] = []
        for i in range(PER_LANG):
            if i % len(TEMPLATES) == 0:
                order = TEMPLATES[:]
                rng.shuffle(order)
            kind, marked = order[i % len(TEMPLATES)](Ctx(rng, lang, used))
            text, spans = parse(marked)
            if kind in WRAPPED_KINDS and rng.random() < 0.3:
                text = wrap(text, spans, rng.randint(60, 76))
            if kind in CRLF_KINDS and rng.random() < 0.15:
                text = crlf(text, spans)
            numbers[kind] += 1
            ident = f"gen4-{kind}-{numbers[kind]:03d}"
            records.append({"id": ident, "lang": lang, "kind": kind, "text": text, "spans": spans})
    return records + hand


def check_all(records: list[dict[str, Any]]) -> None:
    ids = Counter(r["id"] for r in records)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        raise ValueError(f"duplicate ids: {dup[:5]}")
    for rec in records:
        if rec["lang"] not in LANGS:
            raise ValueError(f"{rec['id']}: unknown language {rec['lang']}")
        check_record(rec)


def load(path: Path = DATA) -> list[dict[str, Any]]:
    """The set's records, every label checked (ValueError on the first wrong one)."""
    records = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    check_all(records)
    return records


def dumps(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _row(label: str, counter: Counter[str], order: list[str] | None = None) -> str:
    keys = order if order is not None else [k for k, _ in counter.most_common()]
    return f"{label}: " + ", ".join(f"{k} {counter[k]}" for k in keys)


def counts(records: list[dict[str, Any]]) -> str:
    spans = [s for r in records for s in r["spans"]]
    values = [s for s in spans if s["type"] != "DECOY"]
    by_type = Counter(s["type"] for s in spans)
    langs = Counter(r["lang"] for r in records)
    value_langs = Counter(r["lang"] for r in records for s in r["spans"] if s["type"] != "DECOY")
    hand = sum(r["id"].startswith("hw4") for r in records)
    lines = [
        f"texts {len(records)} ({hand} hand-written), "
        f"{sum(len(r['text']) for r in records):,} characters",
        f"labeled values {len(values)}, decoys {by_type['DECOY']}",
        _row("types", by_type, list(TYPES)),
        _row("texts per language", langs, sorted(langs)),
        _row("values per language", value_langs, sorted(value_langs)),
        _row("kinds", Counter(r["kind"] for r in records)),
        _row("decoys", Counter(str(s.get("decoy")) for s in spans if s["type"] == "DECOY")),
        f"values with a line break {sum(chr(10) in s['value'] for s in values)}, "
        f"with zero-width spaces {sum(chr(0x200B) in s['value'] for s in spans)}, "
        f"texts with CRLF {sum(chr(13) in r['text'] for r in records)}",
    ]
    return "\n".join(lines)


def main() -> None:
    records = build()
    check_all(records)
    if "--check" in sys.argv:
        committed = load()
        if dumps(committed) != dumps(records):
            raise SystemExit("data/heldout.jsonl is not what the generator makes: regenerate")
        print(counts(committed))
        return
    DATA.parent.mkdir(exist_ok=True)
    DATA.write_text(dumps(records), encoding="utf-8")
    print(counts(records))


if __name__ == "__main__":
    main()
