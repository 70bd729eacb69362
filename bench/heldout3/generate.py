"""Build, check and load the third held-out set for llmgate's redaction layer.

``python bench/heldout3/generate.py`` rewrites data/heldout.jsonl from the templates
(h3_talk, h3_docs, h3_data), the value makers and handwritten.txt, with a fixed seed;
``--check`` validates the committed file and that it equals what the generator makes now.
``load(path)`` is what bench/heldout/evaluate.py calls: it reads and validates the file and
raises ValueError on a bad label, since a wrong label would be scored as a detector error.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h3_data  # noqa: E402
import h3_docs  # noqa: E402
import h3_more  # noqa: E402
import h3_talk  # noqa: E402
from h3_checks import HIDDEN, card_ok, digits, iban_ok, ip_ok, loopback_ok, luhn_ok, ssn_ok  # noqa: E402
from h3_ctx import Ctx  # noqa: E402
from h3_markup import parse, to_crlf, wrap  # noqa: E402

SEED = 20261206_3
PER_LANG = 135
LANGS = ("en", "de", "fr", "es")
TYPES = [
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "IBAN",
    "US_SSN",
    "IP_ADDRESS",
    "SECRET",
    "URL_CREDENTIALS",
    "DATE_OF_BIRTH",
    "PERSON",
    "STREET_ADDRESS",
]
ALLOWED = {*TYPES, "DECOY"}
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"
HEADER = re.compile(r"^### (\S+) (en|de|fr|es) (\S+)( crlf)?$")
WRAPPED_KINDS = {"email", "prose", "ticket"}
BREAKABLE = {"PHONE", "CREDIT_CARD", "IBAN"}

Record = dict[str, Any]


# -- hand-written texts ----------------------------------------------------------------------
def hand_records() -> list[Record]:
    records: list[Record] = []
    head: re.Match[str] | None = None
    body: list[str] = []

    def flush() -> None:
        if head is None:
            return
        text, spans = parse("\n".join(body).strip("\n"))
        if head.group(4):
            text = to_crlf(text, spans)
        records.append(
            {
                "id": head.group(1),
                "lang": head.group(2),
                "kind": head.group(3),
                "text": text,
                "spans": spans,
            }
        )

    for line in HAND.read_text(encoding="utf-8").splitlines():
        match = HEADER.match(line)
        if match:
            flush()
            head, body = match, []
        elif head is not None:
            body.append(line)
    flush()
    return records


# -- generated texts -------------------------------------------------------------------------
def generated(rng: random.Random, used: set[str]) -> list[Record]:
    templates = h3_talk.TEMPLATES + h3_docs.TEMPLATES + h3_data.TEMPLATES + h3_more.TEMPLATES
    weights = [w for _, _, w in templates]
    records: list[Record] = []
    counts: Counter[str] = Counter()
    for lang in LANGS:
        for _ in range(PER_LANG):
            kind, make, _ = rng.choices(templates, weights)[0]
            text, spans = parse(make(Ctx(rng, lang, used)))
            while _decoy_holds_value(spans):  # rare: draw the text again
                text, spans = parse(make(Ctx(rng, lang, used)))
            if kind in WRAPPED_KINDS:
                text = _break_one_value(text, spans, rng)
                if rng.random() < 0.35:
                    text = wrap(text, spans, rng, rng.randint(60, 76))
            if kind in {"email", "call"} and rng.random() < 0.15:
                text = to_crlf(text, spans)
            counts[kind] += 1
            records.append(
                {
                    "id": f"gen3-{kind}-{counts[kind]:03d}",
                    "lang": lang,
                    "kind": kind,
                    "text": text,
                    "spans": spans,
                }
            )
    return records


def _break_one_value(text: str, spans: list[Record], rng: random.Random) -> str:
    """In one free text of ten, a blank inside a number becomes a line break (a narrow
    window or a hard-wrapping client); same length, so offsets hold."""
    if rng.random() > 0.1:
        return text
    cands = [s for s in spans if s["type"] in BREAKABLE and " " in s["value"]]
    if not cands:
        return text
    span = rng.choice(cands)
    blanks = [i for i in range(span["start"], span["end"]) if text[i] == " "]
    cut = rng.choice(blanks)
    text = text[:cut] + "\n" + text[cut + 1 :]
    for s in spans:
        s["value"] = text[s["start"] : s["end"]]
    return text


def build() -> list[Record]:
    hand = hand_records()
    used: set[str] = set()
    for rec in hand:
        for s in rec["spans"]:
            v = s["value"]
            used.add(digits(v) if sum(c.isdigit() for c in v) >= 6 else v)
    records = generated(random.Random(SEED), used) + hand
    validate(records)
    return records


# -- validation ------------------------------------------------------------------------------
def validate(records: list[Record]) -> None:
    """Raise ValueError on the first label that cannot be right."""
    ids: set[str] = set()
    for rec in records:
        rid = rec.get("id")
        if not isinstance(rid, str) or rid in ids:
            raise ValueError(f"missing or repeated id: {rid!r}")
        ids.add(rid)
        if rec.get("lang") not in LANGS or not isinstance(rec.get("kind"), str):
            raise ValueError(f"{rid}: bad lang or kind")
        text = rec["text"]
        last_end = -1
        for s in sorted(rec["spans"], key=lambda s: s["start"]):
            _check_span(rid, text, s, last_end)
            last_end = s["end"]
        if _decoy_holds_value(rec["spans"]):
            raise ValueError(f"{rid}: a decoy holds a labeled value's digits")


def _decoy_holds_value(spans: list[Record]) -> bool:
    values = [digits(s["value"]) for s in spans if s["type"] != "DECOY"]
    values = [v for v in values if len(v) >= 6]
    return any(v in digits(s["value"]) for s in spans if s["type"] == "DECOY" for v in values)


def _check_span(rid: str, text: str, s: Record, last_end: int) -> None:
    start, end, typ, value = s.get("start"), s.get("end"), s.get("type"), s.get("value")
    where = f"{rid} {typ} {value!r}"
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise ValueError(f"{where}: bad offsets")
    if typ not in ALLOWED:
        raise ValueError(f"{where}: unknown type")
    if text[start:end] != value:
        raise ValueError(f"{where}: value is not text[start:end]")
    if start < last_end:
        raise ValueError(f"{where}: overlaps the span before it")
    if value != value.strip() or value.strip(HIDDEN) != value:
        raise ValueError(f"{where}: blank around the value")
    flat = "".join(ch for ch in value if not ch.isspace() and ch not in HIDDEN)
    bad = (
        (typ == "CREDIT_CARD" and not card_ok(flat))
        or (typ == "IBAN" and not iban_ok(flat))
        or (typ == "US_SSN" and not ssn_ok(flat))
        or (typ == "IP_ADDRESS" and not ip_ok(value))
        or (typ == "URL_CREDENTIALS" and ":" not in value)
        or (typ == "EMAIL" and not re.search(r"@|\bat\b|arobase|arroba|\(ät\)", value))
        or (typ == "DECOY" and not s.get("decoy"))
        or (
            s.get("decoy") == "luhn-invalid" and (len(digits(value)) < 13 or luhn_ok(digits(value)))
        )
        or (s.get("decoy") == "loopback" and not loopback_ok(value))
    )
    if bad:
        raise ValueError(f"{where}: not a valid value of its type")


def load(path: str | Path = DATA) -> list[Record]:
    """The set at ``path``, validated (ValueError on a bad label)."""
    records = [
        json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line
    ]
    validate(records)
    return records


# -- main ------------------------------------------------------------------------------------
def dump(records: list[Record]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def summary(records: list[Record]) -> str:
    types: Counter[str] = Counter()
    decoys: Counter[str] = Counter()
    for rec in records:
        for s in rec["spans"]:
            types[s["type"]] += 1
            if s["type"] == "DECOY":
                decoys[s["decoy"]] += 1
    langs = Counter(r["lang"] for r in records)
    kinds = Counter(r["kind"] for r in records)
    hand = sum(r["id"].startswith("hw3-") for r in records)
    chars = sum(len(r["text"]) for r in records)
    values = sum(n for t, n in types.items() if t != "DECOY")
    out = [
        f"texts {len(records)} ({hand} hand-written), {chars} characters, {values} values, "
        f"{types['DECOY']} decoys"
    ]
    out.append("types: " + ", ".join(f"{t} {types[t]}" for t in TYPES))
    out.append("langs: " + ", ".join(f"{k} {n}" for k, n in sorted(langs.items())))
    out.append("kinds: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    out.append("decoys: " + ", ".join(f"{k} {n}" for k, n in decoys.most_common()))
    return "\n".join(out)


def main() -> int:
    records = build()
    if "--check" in sys.argv:
        committed = load(DATA)
        if DATA.read_text(encoding="utf-8") != dump(records):
            print(
                "data/heldout.jsonl differs from the generator's output: regenerate",
                file=sys.stderr,
            )
            return 1
        print(summary(committed))
        return 0
    DATA.parent.mkdir(exist_ok=True)
    DATA.write_text(dump(records), encoding="utf-8")
    print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
