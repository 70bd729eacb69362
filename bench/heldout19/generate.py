"""Sealed held-out set 19 for llmgate's redaction layer (see README.md; never tune on it).

``python bench/heldout19/generate.py`` writes ``data/heldout.jsonl`` and prints the counts;
``--check`` verifies every span and that the file is what the generator writes.
Stdlib only; no detector is imported.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h19_data  # noqa: E402
import h19_data2  # noqa: E402
import h19_forms  # noqa: E402
import h19_sms  # noqa: E402
import h19_talk  # noqa: E402
from h19_core import Ctx, parse  # noqa: E402
from h19_pools import LANGS, PER_LANG  # noqa: E402

TYPES = (
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
)
SEED = 1920261207
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"
TEMPLATES = {
    "balloon": h19_talk.call,
    "pestchat": h19_talk.chat,
    "drycleaner": h19_sms.sms,
    "apostille": h19_forms.email,
    "divecentre": h19_forms.form,
    "glazier": h19_forms.prose,
    "invoicingcsv": h19_data.csv,
    "adyen": h19_data.adyen,
    "mariadbslow": h19_data.slowlog,
    "vaulthcl": h19_data.vault_hcl,
    "ubl": h19_data2.ubl,
    "erpbench": h19_data2.bench,
    "opencart": h19_data2.opencart,
    "authelia": h19_data2.authelia,
}
CRLF_KINDS = {"email": 0.2, "csv": 0.2, "form": 0.15}
HEAD = re.compile(r"^### (hw19-\d{3}) (en|de|fr|es|it|nl|pt) ([a-z-]+)( crlf)?$")


def handwritten() -> list[dict[str, Any]]:
    recs: list[dict[str, Any]] = []
    cur: dict[str, Any] | None = None
    lines: list[str] = []

    def flush() -> None:
        if cur is not None:
            body = "\n".join(lines).strip("\n") + "\n"
            text, spans = parse(body, cur.pop("crlf"))
            recs.append({**cur, "text": text, "spans": spans})

    for raw in HAND.read_text(encoding="utf-8").split("\n"):
        m = HEAD.match(raw)
        if m:
            flush()
            cur = {"id": m[1], "lang": m[2], "kind": m[3], "crlf": bool(m[4])}
            lines = []
        elif cur is not None and not raw.startswith("#!"):
            lines.append(raw)
    flush()
    return recs


def build() -> list[dict[str, Any]]:
    hand = handwritten()
    ctx = Ctx(SEED)
    for r in hand:
        for s in r["spans"]:
            if s["type"] not in ("PERSON", "STREET_ADDRESS", "DECOY", "DATE_OF_BIRTH"):
                ctx.used.add("".join(c for c in s["value"] if c.isalnum()).lower())
            if s["type"] == "PHONE":  # the national digits too, whatever the country code
                dg = "".join(c for c in s["value"] if c.isdigit())
                ctx.used.update({dg, *(x + dg[n:] for n in (1, 2, 3) for x in ("", "0"))})
    recs = []
    for name, make in TEMPLATES.items():
        for lang in LANGS:
            for n in range(PER_LANG[lang]):
                markup, kind = make(ctx, lang, n)
                crlf = ctx.chance(CRLF_KINDS.get(kind, 0.0))
                text, spans = parse(markup, crlf)
                recs.append(
                    {
                        "id": f"gen19-{name}-{lang}-{n + 1:03d}",
                        "lang": lang,
                        "kind": kind,
                        "text": text,
                        "spans": spans,
                    }
                )
    return recs + hand


def dump(recs: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check(recs: list[dict[str, Any]]) -> None:
    ids = set()
    for r in recs:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["lang"] in LANGS, r["id"]
        last = -1
        for s in r["spans"]:
            assert r["text"][s["start"] : s["end"]] == s["value"], (r["id"], s)
            assert s["type"] in TYPES or (s["type"] == "DECOY" and s.get("decoy")), (r["id"], s)
            assert s["start"] >= last, (r["id"], s)
            assert s["value"] == s["value"].strip(), (r["id"], s)
            last = s["end"]
    used = {s["type"] for r in recs for s in r["spans"]} - {"DECOY"}
    assert used == set(TYPES), used ^ set(TYPES)


def load(path: Path = DATA) -> list[dict[str, Any]]:
    """The records of ``path`` (id, lang, kind, text, spans), offsets checked."""
    recs = [json.loads(ln) for ln in Path(path).read_text(encoding="utf-8").splitlines()]
    check(recs)
    return recs


def counts(recs: list[dict[str, Any]]) -> None:
    raw = dump(recs).encode("utf-8")
    gen = [r for r in recs if r["id"].startswith("gen")]
    hw = [r for r in recs if r["id"].startswith("hw")]
    chars = sum(len(r["text"]) for r in recs)
    print(
        f"{len(recs)} texts ({len(gen)} generated, {len(hw)} hand-written), {chars} characters,"
        f" {len(raw)} bytes"
    )
    lang = Counter(r["lang"] for r in recs)
    share = sum(lang[x] for x in ("it", "nl", "pt")) / len(recs)
    print("languages:", dict(lang), f"IT/NL/PT {share:.1%}")
    vals = [s for r in recs for s in r["spans"] if s["type"] != "DECOY"]
    dec = [s for r in recs for s in r["spans"] if s["type"] == "DECOY"]
    print(f"{len(vals)} values, {len(dec)} decoys")
    print("per type:", dict(Counter(s["type"] for s in vals).most_common()))
    per_lang = Counter(r["lang"] for r in recs for s in r["spans"] if s["type"] != "DECOY")
    print("values per language:", dict(per_lang))
    hv = sum(s["type"] != "DECOY" for r in hw for s in r["spans"])
    hd = sum(s["type"] == "DECOY" for r in hw for s in r["spans"])
    print(f"hand-written: {hv} values, {hd} decoys")
    print("decoys:", dict(Counter(s["decoy"] for s in dec).most_common()))
    print("kinds:", dict(Counter(r["kind"] for r in recs).most_common()))
    print("kinds (hand-written):", dict(Counter(r["kind"] for r in hw).most_common()))
    hard = Counter()
    for r in recs:
        hard["texts with CRLF"] += "\r\n" in r["text"]
        hard["texts with '> ' lines"] += bool(re.search(r"^> ", r["text"], re.M))
        for s in vals_of(r):
            t, x = s["type"], s["value"]
            hard["values broken across lines"] += "\n" in x
            hard["values with zero-width spaces"] += "\u200b" in x
            hard["e-mails without @"] += t == "EMAIL" and "@" not in x
            hard["phones as one digit run"] += t == "PHONE" and x.lstrip("+").isdigit()
            hard["phones in words"] += t == "PHONE" and not any(c.isdigit() for c in x)
            hard["phones in spaced single digits"] += (
                t == "PHONE" and sum(len(g) == 1 for g in x.split()) >= 6
            )
            hard["persons with a name in capitals"] += t == "PERSON" and any(
                len(w) > 2 and w.isupper() for w in x.replace(",", " ").split()
            )
            hard["birth dates in words"] += t == "DATE_OF_BIRTH" and any(c.isalpha() for c in x)
    print("hard cases:", dict(hard))


def vals_of(r: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in r["spans"] if s["type"] != "DECOY"]


def main() -> None:
    recs = build()
    check(recs)
    out = dump(recs)
    if "--check" in sys.argv:
        assert DATA.read_text(encoding="utf-8") == out, "data/heldout.jsonl is not current"
        load(DATA)
        print(f"ok: {len(recs)} texts, every span checked, the file is current")
        return
    DATA.parent.mkdir(exist_ok=True)
    DATA.write_text(out, encoding="utf-8")
    counts(recs)


if __name__ == "__main__":
    main()
