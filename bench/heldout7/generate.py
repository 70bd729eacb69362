"""Build and check the seventh held-out set (SEALED: see README.md before running anything on it).

    python bench/heldout7/generate.py          # rewrites data/heldout.jsonl (deterministic)
    python bench/heldout7/generate.py --check  # validates the committed file and that it is current

``load(path)`` reads the set and checks every label (raising ``ValueError`` on the first bad
one); ``TYPES`` lists the labeled types. Nothing here imports a detector: every label is made
by construction in a template or by hand in ``handwritten.txt``.
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
sys.path.insert(0, str(HERE))

import h7_checks as C  # noqa: E402
import h7_docs as D  # noqa: E402
import h7_letters as LT  # noqa: E402
import h7_machine as M  # noqa: E402
import h7_markup as K  # noqa: E402
import h7_tables as TB  # noqa: E402
import h7_talk as T  # noqa: E402

TYPES = K.TYPES
SEED = 70612077
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"

Template = Callable[[K.Ctx], tuple[str, str]]
# template: (function, {lang: number of texts})
E4 = ("en", "de", "fr", "es")
PLAN: dict[str, tuple[Template, dict[str, int]]] = {
    "fax": (D.fax, {"en": 6, "de": 5, "fr": 5, "es": 5, "it": 2}),
    "portin": (D.portin, {"en": 8, "de": 5, "fr": 5, "es": 5, "nl": 5}),
    "energy": (D.energy, {"en": 5, "de": 5, "fr": 5, "es": 5, "it": 5, "nl": 5, "pt": 5}),
    "donation": (D.donation, {"en": 5, "de": 5, "fr": 5, "es": 5, "pt": 5}),
    "customs": (D.customs, {"en": 6, "de": 5, "fr": 5, "es": 5}),
    "obituary": (LT.obituary, {"en": 5, "de": 5, "fr": 5, "es": 5, "it": 5, "nl": 5, "pt": 5}),
    "reference": (LT.reference, {"en": 5, "de": 6, "fr": 5, "es": 5}),
    "labels": (D.labels, {"en": 5, "de": 4, "fr": 4, "es": 4}),
    "parking": (LT.parking, {"en": 7, "de": 6, "fr": 6, "es": 6}),
    "guestguide": (D.guestguide, {"en": 5, "de": 5, "fr": 5, "es": 5, "it": 5, "nl": 5, "pt": 5}),
    "irc": (T.irc, {"en": 7, "de": 6, "fr": 6, "es": 6}),
    "moving": (T.moving, {"en": 7, "de": 6, "fr": 6, "es": 6, "pt": 5}),
    "roadside": (T.roadside, {"en": 6, "de": 5, "fr": 5, "es": 5}),
    "telehealth": (T.telehealth, {"en": 8, "de": 6, "fr": 6, "es": 6, "it": 5}),
    "matrix": (T.matrix, {"en": 5, "de": 5, "fr": 5, "es": 5}),
    "whois": (M.whois, {"en": 6, "de": 5, "fr": 4, "es": 4, "nl": 4}),
    "sip": (M.sip, {"en": 6, "de": 5, "fr": 5, "es": 5}),
    "pjsip": (M.pjsip, {"en": 3, "de": 3, "fr": 3, "es": 3}),
    "router": (M.router, {"en": 4, "de": 3, "fr": 3, "es": 3}),
    "wireguard": (M.wireguard, {"en": 5, "de": 5, "fr": 4, "es": 4}),
    "frameworks": (M.frameworks, {"en": 6, "de": 5, "fr": 5, "es": 5}),
    "pwexport": (TB.pwexport, {"en": 5, "de": 4, "fr": 4, "es": 4}),
    "dotfiles": (M.dotfiles, {"en": 6, "de": 5, "fr": 4, "es": 4}),
    "airflow": (M.airflow, {"en": 5, "de": 4, "fr": 4, "es": 4}),
    "backers": (TB.backers, {"en": 4, "de": 4, "fr": 4, "es": 4, "it": 4, "nl": 4, "pt": 4}),
    "race": (TB.race, {"en": 4, "de": 3, "fr": 3, "es": 3, "it": 4, "nl": 5, "pt": 5}),
    "zone": (M.zone, {"en": 3, "de": 3, "fr": 2, "es": 2}),
    "lostfound": (LT.lostfound, {"en": 7, "de": 5, "fr": 5, "es": 5, "it": 3}),
}
WRAP_KINDS = {"email", "prose"}
CRLF_RATE = {"sip": 1.0, "email": 0.2, "whois": 0.3, "form": 0.1, "label": 0.15, "call": 0.1}
OBF_TEMPLATES = {
    "fax",
    "parking",
    "obituary",
    "reference",
    "guestguide",
    "irc",
    "moving",
    "matrix",
    "lostfound",
    "donation",
}
STRUCTURED = {
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "IBAN",
    "US_SSN",
    "IP_ADDRESS",
    "SECRET",
    "URL_CREDENTIALS",
}


def parse_hand() -> list[dict[str, Any]]:
    recs: list[dict[str, Any]] = []
    blocks = HAND.read_text(encoding="utf-8").split("\n### ")
    for block in blocks[1:]:
        head, _, body = block.partition("\n")
        parts = head.split()
        rid, lang, kind = parts[0], parts[1], parts[2]
        text, spans = K.parse(body.rstrip("\n").replace("<ZWSP>", "\u200b"))
        if "crlf" in parts[3:]:
            text = K.to_crlf(text, spans)
        recs.append({"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans})
    return recs


def one(name: str, fn: Template, lang: str, i: int) -> dict[str, Any]:
    rng = random.Random(f"{SEED}-{name}-{lang}-{i}")
    for _ in range(50):
        c = K.Ctx(lang, rng)
        c.zw_rate = 0.01
        c.obf_rate = 0.05 if name in OBF_TEMPLATES else 0.0
        kind, markup = fn(c)
        text, spans = K.parse(markup)
        if kind in WRAP_KINDS and rng.random() < 0.3:
            text = K.hard_wrap(text, spans, rng.randint(60, 76))
        if rng.random() < CRLF_RATE.get(kind, 0.0) or name == "sip":
            text = K.to_crlf(text, spans)
        rec = {
            "id": f"gen7-{name}-{lang}-{i:03d}",
            "lang": lang,
            "kind": kind,
            "text": text,
            "spans": spans,
        }
        try:
            C.check_record(rec)
        except AssertionError as exc:
            if exc.args and exc.args[0][0] == "decoy holds a value":
                continue
            raise
        return rec
    raise AssertionError(name)


def tidy(rec: dict[str, Any]) -> dict[str, Any]:
    spans = []
    for s in sorted(rec["spans"], key=lambda s: s["start"]):
        d = {"start": s["start"], "end": s["end"], "type": s["type"]}
        if s["type"] == "DECOY":
            d["decoy"] = s["decoy"]
        d["value"] = s["value"]
        spans.append(d)
    return {
        "id": rec["id"],
        "lang": rec["lang"],
        "kind": rec["kind"],
        "text": rec["text"],
        "spans": spans,
    }


def build() -> list[dict[str, Any]]:
    K.USED.clear()
    hand = parse_hand()
    for r in hand:
        for s in r["spans"]:
            if s["type"] in STRUCTURED:
                K.USED.add(K.key(s["value"]))
    recs = []
    for name, (fn, per) in PLAN.items():
        for lang, n in per.items():
            for i in range(n):
                recs.append(one(name, fn, lang, i))
    out = [tidy(r) for r in recs + hand]
    check_all(out)
    return out


def check_all(recs: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "ids not unique"
    seen: dict[str, str] = {}
    for r in recs:
        C.check_record(r)
        for s in r["spans"]:
            if s["type"] in STRUCTURED:
                k = K.key(s["value"])
                assert seen.get(k, r["id"]) == r["id"], (
                    "value repeats across texts",
                    r["id"],
                    seen[k],
                )
                seen[k] = r["id"]


def load(path: Path | str = DATA) -> list[dict[str, Any]]:
    recs = [
        json.loads(line)
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    try:
        check_all(recs)
    except AssertionError as exc:
        raise ValueError(f"bad label: {exc}") from exc
    return recs


def summary(recs: list[dict[str, Any]]) -> str:
    types: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    vlang: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    notes: Counter[str] = Counter()
    hard: Counter[str] = Counter()
    for r in recs:
        langs[r["lang"]] += 1
        kinds[r["kind"]] += 1
        if "\r\n" in r["text"]:
            hard["crlf texts"] += 1
        for s in r["spans"]:
            if s["type"] == "DECOY":
                notes[s["decoy"]] += 1
                continue
            types[s["type"]] += 1
            vlang[r["lang"]] += 1
            v = s["value"]
            if "\n" in v:
                hard["broken by a line break"] += 1
            if "\u200b" in v:
                hard["zero-width space"] += 1
            if s["type"] == "EMAIL" and ("@" not in v or " @ " in v):
                hard["dodged e-mail"] += 1
            if s["type"] == "PHONE" and v.lstrip("+").isdigit():
                hard["phone one run"] += 1
            if s["type"] == "PHONE" and sum(len(g) == 1 for g in v.split()) >= 6:
                hard["phone spaced digits"] += 1
            if s["type"] == "IP_ADDRESS" and ":" in v:
                hard["ipv6"] += 1
            if s["type"] == "IP_ADDRESS" and "/" in v:
                hard["cidr"] += 1
    hand = [r for r in recs if r["id"].startswith("hw7-")]

    def fmt(c: Counter[str]) -> str:
        return ", ".join(f"{k} {v}" for k, v in c.most_common())

    chars = sum(len(r["text"]) for r in recs)
    hv = sum(s["type"] != "DECOY" for r in hand for s in r["spans"])
    hd = sum(s["type"] == "DECOY" for r in hand for s in r["spans"])
    return "\n".join(
        [
            f"texts {len(recs)} ({len(recs) - len(hand)} generated, "
            f"{len(hand)} hand-written), chars {chars}",
            f"values {sum(types.values())}, decoys {sum(notes.values())}",
            f"hand-written: values {hv}, decoys {hd}, "
            f"langs {fmt(Counter(r['lang'] for r in hand))}",
            "types: " + fmt(types),
            "langs (texts): " + fmt(langs),
            "values per lang: " + fmt(vlang),
            "kinds: " + fmt(kinds),
            "decoys: " + fmt(notes),
            "hard: " + fmt(hard),
        ]
    )


def dump(recs: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main() -> None:
    recs = build()
    if "--check" in sys.argv:
        committed = load(DATA)
        assert DATA.read_text(encoding="utf-8") == dump(recs), (
            "data/heldout.jsonl is not current: regenerate"
        )
        print(summary(committed))
        print("check passed")
        return
    DATA.parent.mkdir(exist_ok=True)
    DATA.write_text(dump(recs), encoding="utf-8")
    print(summary(recs))


if __name__ == "__main__":
    main()
