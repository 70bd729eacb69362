"""Sixteenth held-out set for the redaction layer: build, check and load it (stdlib only).

``python bench/heldout16/generate.py`` rewrites ``data/heldout.jsonl`` and prints the counts;
``--check`` verifies the file on disk equals a fresh generation and every span's value.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h16_data  # noqa: E402
import h16_forms  # noqa: E402
import h16_talk  # noqa: E402
from h16_core import Ctx, crlf, iban_ok, luhn_ok, parse  # noqa: E402

SEED = 1620261207
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"
TYPES = (
    "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "SECRET",
    "URL_CREDENTIALS", "PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH",
)  # fmt: skip
# 37 texts a template: EN 7, DE 6, FR 6, ES 6, IT 4, NL 4, PT 4
LANG_CYCLE = ["en", "de", "fr", "es", "it", "nl", "pt"] * 4 + ["en", "de", "fr", "es"] * 2 + ["en"]
CRLF_KINDS = {"email": 0.2, "call": 0.15}


def hand_records() -> list[dict]:
    """The hand-written texts: ``### hw16-NNN lang kind [crlf]`` headers, ``#!`` comments."""
    recs = []
    blocks = HAND.read_text(encoding="utf-8").split("\n### ")[1:]
    for block in blocks:
        head, _, body = block.partition("\n")
        rid, lang, kind, *flags = head.split()
        lines = [ln for ln in body.split("\n") if not ln.startswith("#!")]
        markup = "\n".join(lines).strip("\n").replace("<ZWSP>", "\u200b")
        if "crlf" in flags:
            markup = crlf(markup)
        text, spans = parse(markup)
        recs.append({"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans})
    return recs


def build() -> list[dict]:
    ctx = Ctx(SEED)
    recs = []
    templates = {**h16_talk.TEMPLATES, **h16_forms.TEMPLATES, **h16_data.TEMPLATES}
    for name, make in templates.items():
        per_lang: Counter[str] = Counter()
        for lang in LANG_CYCLE:
            per_lang[lang] += 1
            kind, markup = make(ctx, lang)
            if ctx.r.random() < CRLF_KINDS.get(kind, 0.0):
                markup = crlf(markup)
            text, spans = parse(markup)
            rid = f"gen16-{name}-{lang}-{per_lang[lang]:03d}"
            recs.append({"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans})
    hand = hand_records()
    hand_vals = {s["value"] for r in hand for s in r["spans"] if s["type"] not in ("PERSON",)}
    for r in recs:
        for s in r["spans"]:
            if s["type"] in ("CREDIT_CARD", "IBAN", "US_SSN", "EMAIL", "PHONE", "SECRET"):
                assert s["value"] not in hand_vals, (r["id"], s["type"])
    return recs + hand


def validate(recs: list[dict]) -> None:
    ids = set()
    for r in recs:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        last = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            v = s["value"]
            assert r["text"][s["start"] : s["end"]] == v, (r["id"], v)
            assert v and v == v.strip(), (r["id"], v)
            assert s["start"] >= last, (r["id"], "overlap", v)
            last = s["end"]
            t = s["type"]
            assert t in TYPES or t == "DECOY", (r["id"], t)
            assert t != "DECOY" or s.get("decoy"), r["id"]
            digits = "".join(ch for ch in v if ch.isdigit())
            if t == "CREDIT_CARD":
                assert luhn_ok(digits) and 13 <= len(digits) <= 19, (r["id"], v)
            if t == "DECOY" and s["decoy"] == "luhn-invalid":
                assert not luhn_ok(digits), (r["id"], v)
            if t == "IBAN":
                assert iban_ok(v), (r["id"], v)
            if t == "DECOY" and s["decoy"] == "iban-invalid":
                assert not iban_ok(v), (r["id"], v)
            if t == "US_SSN":
                assert r["lang"] == "en", r["id"]
                if len(digits) == 9:
                    a, g, n = digits[:3], digits[3:5], digits[5:]
                    assert a not in ("000", "666") and a[0] != "9", (r["id"], v)
                    assert g != "00" and n != "0000", (r["id"], v)
            if t == "URL_CREDENTIALS":
                assert ":" in v, r["id"]


def dump(recs: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def load(path: Path = DATA) -> list[dict]:
    """The set's records, every span checked against its text."""
    recs = [json.loads(ln) for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln]
    validate(recs)
    return recs


def counts(recs: list[dict]) -> None:
    vals = [(r, s) for r in recs for s in r["spans"]]
    labeled = [(r, s) for r, s in vals if s["type"] != "DECOY"]
    decoys = [s for _, s in vals if s["type"] == "DECOY"]
    gen = sum(r["id"].startswith("gen16") for r in recs)
    size = len(dump(recs).encode("utf-8"))
    chars = sum(len(r["text"]) for r in recs)
    print(
        f"{len(recs)} texts ({gen} generated, {len(recs) - gen} hand-written), "
        f"{chars:,} characters, {size:,} bytes"
    )
    langs = Counter(r["lang"] for r in recs)
    ipt = sum(langs[x] for x in ("it", "nl", "pt"))
    print("languages:", dict(langs.most_common()), f"it+nl+pt {100 * ipt / len(recs):.1f}%")
    print(f"{len(labeled)} labeled values, {len(decoys)} decoys")
    print("per type:", dict(Counter(s["type"] for _, s in labeled).most_common()))
    print("values per language:", dict(Counter(r["lang"] for r, _ in labeled).most_common()))
    print("decoys:", dict(Counter(s["decoy"] for s in decoys).most_common()))
    print("kinds:", dict(Counter(r["kind"] for r in recs).most_common()))
    hard = Counter()
    for _r, s in labeled:
        v = s["value"]
        hard["broken by a line break"] += "\n" in v
        hard["zero-width"] += "\u200b" in v
        hard["email without @"] += s["type"] == "EMAIL" and "@" not in v
        hard["phone one run"] += s["type"] == "PHONE" and v.lstrip("+").isdigit()
        hard["phone in words"] += s["type"] == "PHONE" and any(ch.isalpha() for ch in v)
        hard["person in capitals"] += s["type"] == "PERSON" and any(
            w.isupper() and len(w) > 2 for w in v.split()
        )
    hard["texts with CRLF"] = sum("\r\n" in r["text"] for r in recs)
    print("hard:", dict(hard))


def main() -> None:
    recs = build()
    validate(recs)
    out = dump(recs)
    if "--check" in sys.argv:
        on_disk = DATA.read_text(encoding="utf-8")
        assert on_disk == out, "data/heldout.jsonl differs from a fresh generation"
        load(DATA)
        print("check passed: file is current, every span's value is text[start:end]")
    else:
        DATA.parent.mkdir(exist_ok=True)
        DATA.write_text(out, encoding="utf-8", newline="\n")
    counts(recs)


if __name__ == "__main__":
    main()
