"""Build, check and load the twelfth held-out set for ``llmgate.redaction``.

``python bench/heldout12/generate.py`` rewrites ``data/heldout.jsonl`` byte for byte from
the seed, the templates (``h12_*.py``) and ``handwritten.txt``, and prints the counts;
``--check`` verifies that the committed file is valid and current. ``load()`` is what
``bench/heldout/evaluate.py``'s ``load_set`` calls. Standard library only; no detector is
imported here or anywhere in this folder.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from h12_core import LANGS, STRUCTURED, TYPES, Ctx, check_record, hard_wrap, parse  # noqa: E402
from h12_devops import curlv, gha, jenkins  # noqa: E402
from h12_docs import deed, rental  # noqa: E402
from h12_docs2 import listing, report_card  # noqa: E402
from h12_exports import ats, camt, notebook, woo  # noqa: E402
from h12_ivr import refill  # noqa: E402
from h12_talk import fnol, zoom_chat  # noqa: E402

__all__ = ["TYPES", "load"]

SEED = 1220261206
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"
Template = Callable[[Ctx, str], tuple[str, str]]
TEMPLATES: dict[str, Template] = {
    "fnol": fnol,
    "zoom": zoom_chat,
    "rental": rental,
    "deed": deed,
    "listing": listing,
    "report": report_card,
    "ats": ats,
    "woo": woo,
    "camt": camt,
    "ipynb": notebook,
    "gha": gha,
    "curl": curlv,
    "jenkins": jenkins,
    "refill": refill,
}
# Short texts (refill IVR logs) are drawn more often, so that the set holds about 600 texts
# and stays under 1 MB.
PER_TEMPLATE = {"refill": 3}
PER_LANG = {"en": 7, "de": 5, "fr": 5, "es": 5, "it": 3, "nl": 3, "pt": 3}
WRAP_KINDS = {"email", "prose"}
CRLF_KINDS = {"email", "call"}


def crlf(text: str, spans: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """CRLF line ends, every span shifted by the line breaks before it."""
    out = []
    for s in spans:
        s = dict(s)
        s["start"] += text.count("\n", 0, s["start"])
        s["end"] += text.count("\n", 0, s["end"])
        out.append(s)
    new = text.replace("\n", "\r\n")
    for s in out:
        s["value"] = new[s["start"] : s["end"]]
    return new, out


def read_hand() -> list[dict[str, Any]]:
    """The hand-written texts: ``### hw12-NNN lang kind [crlf]`` then the text in markup."""
    recs = []
    blocks = re.split(r"^### ", HAND.read_text(encoding="utf-8"), flags=re.M)
    for block in blocks[1:]:
        head, _, body = block.partition("\n")
        parts = head.split()
        rid, lang, kind = parts[:3]
        lines = [ln for ln in body.split("\n") if not ln.startswith("#!")]
        marked = "\n".join(lines).strip("\n") + "\n"
        text, spans = parse(marked)
        if "crlf" in parts[3:]:
            text, spans = crlf(text, spans)
        recs.append({"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans})
    return recs


def norm(v: str) -> str:
    return re.sub(r"[\s.\-()/\u200b]", "", v).lower()


def build() -> list[dict[str, Any]]:
    hand = read_hand()
    reserved = {norm(s["value"]) for r in hand for s in r["spans"] if s["type"] in STRUCTURED}
    c = Ctx(SEED, reserved)
    recs = []
    for name, tpl in TEMPLATES.items():
        for lang in LANGS:
            for i in range(PER_LANG[lang] * PER_TEMPLATE.get(name, 1)):
                marked, kind = tpl(c, lang)
                text, spans = parse(marked)
                # A quoted reply is left as quoted: its lines were wrapped before the quoting.
                if kind in WRAP_KINDS and c.chance(0.35) and "\n> " not in text:
                    body = text.find("\n\n") + 2
                    text = hard_wrap(text, body, c.num(60, 76))
                    for s in spans:
                        s["value"] = text[s["start"] : s["end"]]
                if kind in CRLF_KINDS and c.chance(0.15):
                    text, spans = crlf(text, spans)
                rid = f"gen12-{name}-{lang}-{i + 1:03d}"
                recs.append({"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans})
    recs += hand
    for r in recs:
        r["spans"] = sorted(r["spans"], key=lambda s: s["start"])
    return recs


def check_all(recs: list[dict[str, Any]]) -> None:
    seen_ids: set[str] = set()
    owner: dict[str, str] = {}
    for r in recs:
        if r["id"] in seen_ids:
            raise ValueError(f"duplicate id {r['id']}")
        seen_ids.add(r["id"])
        check_record(r)
        for s in r["spans"]:
            if s["type"] in STRUCTURED:
                k = norm(s["value"])
                if owner.setdefault(k, r["id"]) != r["id"]:
                    raise ValueError(f"{r['id']}: {s['value']!r} also in {owner[k]}")
    used = {s["type"] for r in recs for s in r["spans"]} - {"DECOY"}
    if used != set(TYPES):
        raise ValueError(f"types missing: {set(TYPES) - used}")


def dump(recs: list[dict[str, Any]]) -> str:
    lines = []
    for r in recs:
        rec = {k: r[k] for k in ("id", "lang", "kind", "text")}
        rec["spans"] = [
            {k: s[k] for k in ("start", "end", "type", "decoy", "value") if k in s}
            for s in r["spans"]
        ]
        lines.append(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(lines) + "\n"


def load(path: Path = DATA) -> list[dict[str, Any]]:
    """The set as records, every label checked (``ValueError`` on the first bad one)."""
    recs = [json.loads(ln) for ln in Path(path).read_text(encoding="utf-8").splitlines()]
    check_all(recs)
    return recs


def counts(recs: list[dict[str, Any]]) -> str:
    spans = [(r, s) for r in recs for s in r["spans"]]
    vals = [(r, s) for r, s in spans if s["type"] != "DECOY"]
    out = [
        f"texts {len(recs)} ({sum(r['id'].startswith('hw12') for r in recs)} hand-written), "
        f"{sum(len(r['text']) for r in recs)} characters, "
        f"{len(dump(recs).encode())} bytes",
        f"values {len(vals)}, decoys {len(spans) - len(vals)}",
    ]

    def line(title: str, c: Counter[str]) -> None:
        out.append(title + ": " + ", ".join(f"{k} {n}" for k, n in c.most_common()))

    line("per type", Counter(s["type"] for _, s in vals))
    line("texts per language", Counter(r["lang"] for r in recs))
    line("hand-written per language", Counter(r["lang"] for r in recs if r["id"][:4] == "hw12"))
    line("values per language", Counter(r["lang"] for r, _ in vals))
    line("kinds", Counter(r["kind"] for r in recs))
    line("templates", Counter(r["id"].split("-")[1] for r in recs if r["id"][:5] == "gen12"))
    line("decoys", Counter(s["decoy"] for _, s in spans if s["type"] == "DECOY"))
    hard: Counter[str] = Counter()
    for _r, s in vals:
        v = s["value"]
        if "\n" in v:
            hard["value broken across lines"] += 1
        if "\u200b" in v:
            hard["zero-width spaces"] += 1
        if s["type"] == "PHONE" and v.lstrip("+").isdigit():
            hard["phone as one digit run"] += 1
        if s["type"] == "PHONE" and not re.search(r"\d", v):
            hard["phone in words"] += 1
        if s["type"] == "EMAIL" and "@" not in v:
            hard["e-mail without @"] += 1
    hard["texts with CRLF"] = sum("\r\n" in r["text"] for r in recs)
    line("hard cases", hard)
    it_nl_pt = sum(r["lang"] in ("it", "nl", "pt") for r in recs)
    out.append(f"IT/NL/PT share {100 * it_nl_pt / len(recs):.1f}%")
    return "\n".join(out)


def main() -> None:
    recs = build()
    check_all(recs)
    data = dump(recs)
    if "--check" in sys.argv:
        current = DATA.read_text(encoding="utf-8")
        load(DATA)
        if current != data:
            raise SystemExit("data/heldout.jsonl is not current: run generate.py")
        print("data/heldout.jsonl is valid and current")
    else:
        DATA.parent.mkdir(exist_ok=True)
        DATA.write_text(data, encoding="utf-8")
    print(counts(recs))


if __name__ == "__main__":
    main()
