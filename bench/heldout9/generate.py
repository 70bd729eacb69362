# ruff: noqa: E501
"""Build and check set 9 (``data/heldout.jsonl``): 20 templates over seven languages plus the
hand-written texts. ``python generate.py`` writes the file, ``--check`` validates the committed
file and that it is current; ``load()`` is what ``bench/heldout/evaluate.py`` calls.

Sealed: see README.md. Never run a detector on this set before the next round's first run.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h9_ops  # noqa: E402
import h9_papers  # noqa: E402
import h9_records  # noqa: E402
import h9_talk  # noqa: E402
from h9_checks import STRUCTURED, TYPES, check_record, check_set, norm  # noqa: E402,F401
from h9_ctx import Ctx  # noqa: E402
from h9_markup import crlf, parse, wrap  # noqa: E402

SEED = 90612269
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"

TEMPLATES = {**h9_records.TEMPLATES, **h9_ops.TEMPLATES, **h9_talk.TEMPLATES, **h9_papers.TEMPLATES}
BASE = {"en": 6, "de": 5, "fr": 5, "es": 5, "it": 3, "nl": 3, "pt": 3}
PLAN = {name: dict(BASE) for name in TEMPLATES}
PLAN["chatjson"] = {"en": 12}
for name in ("kyc", "sentry"):
    PLAN[name]["en"] = 10
for name in ("discharge", "tenantref", "ivr"):
    PLAN[name]["en"] = 8
WRAP_KINDS = {"email", "prose"}
CRLF_KINDS = {"email", "call"}


def read_hand() -> list[dict]:
    recs = []
    blocks = re.split(r"^### ", HAND.read_text(encoding="utf-8"), flags=re.M)
    for block in blocks[1:]:
        head, _, body = block.partition("\n")
        parts = head.split()
        rid, lang, kind = parts[:3]
        text, spans = parse(body.rstrip("\n"))
        if "crlf" in parts[3:]:
            text = crlf(text, spans)
        recs.append({"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans})
    return recs


def build() -> list[dict]:
    hand = read_hand()
    used: set[str] = set()
    for r in hand:
        check_record(r)
        for s in r["spans"]:
            if s["type"] in STRUCTURED:
                used.add(norm(s["type"], s["value"]))
    master = random.Random(SEED)
    out = []
    for name, fn in TEMPLATES.items():
        for lang, n in PLAN[name].items():
            for i in range(1, n + 1):
                rid = f"gen9-{name}-{lang}-{i:03d}"
                for _ in range(40):
                    rng = random.Random(master.randrange(2**32))
                    c = Ctx(rng, lang, used)
                    kind, marked = fn(c)
                    text, spans = parse(marked)
                    if kind in WRAP_KINDS and rng.random() < 0.35:
                        text = wrap(text, spans, rng.randrange(60, 77))
                    if kind in CRLF_KINDS and rng.random() < 0.15:
                        text = crlf(text, spans)
                    rec = {"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans}
                    try:
                        check_record(rec)
                    except ValueError:
                        continue
                    used |= c.own
                    out.append(rec)
                    break
                else:
                    raise AssertionError(f"could not build {rid}")
    records = out + hand
    check_set(records)
    return records


def dump(records: list[dict]) -> str:
    lines = []
    for r in records:
        spans = [
            {k: s[k] for k in ("start", "end", "type", "decoy", "value") if k in s}
            for s in sorted(r["spans"], key=lambda s: s["start"])
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


def load(path: Path = DATA) -> list[dict]:
    records = [
        json.loads(line)
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    check_set(records)
    return records


def counts(records: list[dict]) -> str:
    typ = Counter(s["type"] for r in records for s in r["spans"] if s["type"] != "DECOY")
    dec = Counter(s["decoy"] for r in records for s in r["spans"] if s["type"] == "DECOY")
    lang = Counter(r["lang"] for r in records)
    kind = Counter(r["kind"] for r in records)
    vlang = Counter(r["lang"] for r in records for s in r["spans"] if s["type"] != "DECOY")
    hand = [r for r in records if r["id"].startswith("hw9-")]
    out = [
        f"texts {len(records)} (generated {len(records) - len(hand)}, hand {len(hand)}), "
        f"chars {sum(len(r['text']) for r in records)}, values {sum(typ.values())}, decoys {sum(dec.values())}",
        "types " + ", ".join(f"{k} {v}" for k, v in typ.most_common()),
        "langs " + ", ".join(f"{k} {v}" for k, v in lang.most_common()),
        "hand langs "
        + ", ".join(f"{k} {v}" for k, v in Counter(r["lang"] for r in hand).most_common()),
        "values per lang " + ", ".join(f"{k} {v}" for k, v in vlang.most_common()),
        "kinds " + ", ".join(f"{k} {v}" for k, v in kind.most_common()),
        "decoys " + ", ".join(f"{k} {v}" for k, v in dec.most_common()),
        "hard " + ", ".join(f"{k} {v}" for k, v in hard(records).items()),
        "texts per template "
        + ", ".join(
            f"{k} {v}"
            for k, v in Counter(
                r["id"].split("-")[1] for r in records if r["id"].startswith("gen9-")
            ).items()
        ),
    ]
    return "\n".join(out)


def hard(records: list[dict]) -> dict[str, int]:
    vals = [(r, s) for r in records for s in r["spans"] if s["type"] != "DECOY"]
    ph = [s["value"] for _, s in vals if s["type"] == "PHONE"]
    return {
        "values broken by a line break": sum("\n" in s["value"] for _, s in vals),
        "texts with CRLF": sum("\r\n" in r["text"] for r in records),
        "values with zero-width spaces": sum("\u200b" in s["value"] for _, s in vals),
        "phones as one digit run": sum(v.lstrip("+").isdigit() for v in ph),
        "phones in spaced single digits": sum(sum(len(g) == 1 for g in v.split()) >= 6 for v in ph),
        "phones with parentheses": sum("(" in v for v in ph),
        "phones in words": sum(not re.search(r"\d", v) for v in ph),
        "birth dates in words or keypad digits": sum(
            s["type"] == "DATE_OF_BIRTH"
            and (not re.search(r"\d", s["value"]) or re.fullmatch(r"\d{8}", s["value"]) is not None)
            for _, s in vals
        ),
        "e-mails dodged": sum(s["type"] == "EMAIL" and "@" not in s["value"] for _, s in vals),
        "cards of 14/15 digits": sum(
            s["type"] == "CREDIT_CARD" and len(re.sub(r"\D", "", s["value"])) in (14, 15)
            for _, s in vals
        ),
        "IPv6": sum(s["type"] == "IP_ADDRESS" and ":" in s["value"] for _, s in vals),
        "CIDR": sum(s["type"] == "IP_ADDRESS" and "/" in s["value"] for _, s in vals),
        "SSN bare": sum(s["type"] == "US_SSN" and s["value"].isdigit() for _, s in vals),
        "IBAN compact": sum(
            s["type"] == "IBAN" and " " not in s["value"] and "\n" not in s["value"]
            for _, s in vals
        ),
    }


def main() -> None:
    records = build()
    text = dump(records)
    if "--check" in sys.argv:
        load(DATA)
        if DATA.read_text(encoding="utf-8") != text:
            raise SystemExit("data/heldout.jsonl is not current: run generate.py")
        print("check ok")
    else:
        DATA.parent.mkdir(exist_ok=True)
        DATA.write_text(text, encoding="utf-8")
    print(counts(records))


if __name__ == "__main__":
    main()
