"""Build the seventeenth held-out set: ``python bench/heldout17/generate.py [--check]``.

Deterministic (seed 1720261207), stdlib only. ``load(path)`` reads and validates the data.
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

import h17_data as dt  # noqa: E402
import h17_forms as fm  # noqa: E402
import h17_talk as tk  # noqa: E402
from h17_core import LANGS, PER_LANG, Ctx  # noqa: E402

SEED = 1720261207
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"
TYPES = (
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "IBAN",
    "US_SSN",
    "IP_ADDRESS",
    "SECRET",
    "URL_CREDENTIALS",
    "PERSON",
    "STREET_ADDRESS",
    "DATE_OF_BIRTH",
)
TEMPLATES = {
    "sleeplab": tk.call,
    "grooming": tk.chat,
    "yoga": tk.sms,
    "roofing": fm.mail,
    "tennis": fm.form,
    "lift": fm.prose,
    "airtable": dt.airtable,
    "bitwarden": dt.bitwarden,
    "vaultwarden": dt.vaultwarden,
    "mbsync": dt.mbsync,
    "gnucash": dt.gnucash,
    "samba": dt.samba,
    "netbox": dt.netbox,
    "resto": dt.reservations,
}
MARK = re.compile("\u2045([^|\u2046]+)\\|([^\u2046]*)\u2046")


def parse_hand(raw: str) -> list[dict]:
    """``### hw17-NNN lang kind [crlf]`` headers, ``\u2045TYPE|value\u2046`` values,
    ``\u2045~note|value\u2046`` decoys, ``<ZWSP>`` for U+200B, ``#!`` comment lines."""
    out = []
    for block in re.split(r"^### ", raw, flags=re.M)[1:]:
        head, _, body = block.partition("\n")
        rid, lang, kind, *flags = head.split()
        lines = [ln for ln in body.split("\n") if not ln.startswith("#!")]
        body = "\n".join(lines).strip("\n").replace("<ZWSP>", "\u200b")
        if "crlf" in flags:
            body = body.replace("\n", "\r\n")
        text, spans, pos = [], [], 0
        n = 0
        for m in MARK.finditer(body):
            text.append(body[pos : m.start()])
            n += m.start() - pos
            tag, val = m.group(1), m.group(2)
            span = {"start": n, "end": n + len(val), "type": tag, "value": val}
            if tag.startswith("~"):
                span = {**span, "type": "DECOY", "decoy": tag[1:]}
            spans.append(span)
            text.append(val)
            n += len(val)
            pos = m.end()
        text.append(body[pos:])
        out.append({"id": rid, "lang": lang, "kind": kind, "text": "".join(text), "spans": spans})
    return out


def build() -> list[dict]:
    c = Ctx(random.Random(SEED))
    hand = parse_hand(HAND.read_text(encoding="utf-8"))
    for r in hand:  # hand-written structured values are never repeated by the generator
        for s in r["spans"]:
            if s["type"] not in ("PERSON", "STREET_ADDRESS", "DECOY"):
                c.used.add("".join(ch for ch in s["value"] if ch.isalnum()).lower())
    recs = []
    for name, fn in TEMPLATES.items():
        for lang in LANGS:
            for k in range(PER_LANG[lang]):
                kind, doc = fn(c, lang, k)
                recs.append(
                    {
                        "id": f"gen17-{name}-{lang}-{k + 1:03d}",
                        "lang": lang,
                        "kind": kind,
                        "text": doc.text(),
                        "spans": doc.spans,
                    }
                )
    return recs + hand


def validate(recs: list[dict]) -> None:
    ids = set()
    for r in recs:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["lang"] in LANGS, r["id"]
        last = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            assert r["text"][s["start"] : s["end"]] == s["value"], (r["id"], s)
            assert s["type"] in (*TYPES, "DECOY"), (r["id"], s["type"])
            assert s["type"] != "DECOY" or s.get("decoy"), r["id"]
            assert s["start"] >= last, (r["id"], "overlap", s)
            last = s["end"]


def load(path: Path | str = DATA) -> list[dict]:
    recs = [json.loads(ln) for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln]
    validate(recs)
    return recs


def dump(recs: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def counts(recs: list[dict]) -> None:
    vals = [s for r in recs for s in r["spans"] if s["type"] != "DECOY"]
    dec = [s for r in recs for s in r["spans"] if s["type"] == "DECOY"]
    langs = Counter(r["lang"] for r in recs)
    size = len(dump(recs).encode())
    print(
        f"texts {len(recs)} ({sum(r['id'].startswith('hw') for r in recs)} hand-written), "
        f"{sum(len(r['text']) for r in recs)} chars, {size} bytes"
    )
    print(
        "languages",
        dict(langs),
        f"it+nl+pt {sum(langs[x] for x in ('it', 'nl', 'pt')) / len(recs):.1%}",
    )
    print("kinds", dict(Counter(r["kind"] for r in recs).most_common()))
    print("values", len(vals), dict(Counter(s["type"] for s in vals).most_common()))
    print(
        "values per lang",
        dict(Counter(r["lang"] for r in recs for s in r["spans"] if s["type"] != "DECOY")),
    )
    print("decoys", len(dec), dict(Counter(s["decoy"] for s in dec).most_common()))
    hw = [s for r in recs if r["id"].startswith("hw") for s in r["spans"]]
    print(
        "hand-written values",
        sum(s["type"] != "DECOY" for s in hw),
        "decoys",
        sum(s["type"] == "DECOY" for s in hw),
    )
    print(
        "hard: line-broken",
        sum("\n" in s["value"] for s in vals),
        "crlf texts",
        sum("\r\n" in r["text"] for r in recs),
        "zwsp",
        sum("\u200b" in s["value"] for s in vals),
        "email w/o @",
        sum(s["type"] == "EMAIL" and "@" not in s["value"] for s in vals),
        "phone one run",
        sum(s["type"] == "PHONE" and s["value"].lstrip("+").isdigit() for s in vals),
        "phone words",
        sum(s["type"] == "PHONE" and any(ch.isalpha() for ch in s["value"]) for s in vals),
        "phone spaced digits",
        sum(
            s["type"] == "PHONE" and sum(len(g) == 1 for g in s["value"].split()) >= 6 for s in vals
        ),
        "person caps",
        sum(s["type"] == "PERSON" and s["value"].split(",")[0].isupper() for s in vals),
    )


def main() -> None:
    recs = build()
    validate(recs)
    if "--check" in sys.argv:
        assert DATA.read_text(encoding="utf-8") == dump(recs), "data/heldout.jsonl is not current"
        load(DATA)
        print("check passed")
    else:
        DATA.parent.mkdir(exist_ok=True)
        DATA.write_text(dump(recs), encoding="utf-8")
    counts(recs)


if __name__ == "__main__":
    main()
