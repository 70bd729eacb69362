"""Build, check and load held-out set 18 (sealed; see README.md).

``python bench/heldout18/generate.py`` writes ``data/heldout.jsonl`` and prints the counts;
``--check`` verifies every span and that the file is what the generator writes.
Stdlib only; never imports a detector.
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

from h18_core import Ctx, luhn_ok, mod97, parse  # noqa: E402
from h18_data import datev_csv, pg_log, stripe_csv, zammad_json  # noqa: E402
from h18_forms import admissions_mail, dental_lab_form, ski_report  # noqa: E402
from h18_machine import iftmin, matomo_config, patroni_yaml, stripe_shell  # noqa: E402
from h18_pools import LANGS, PER_LANG  # noqa: E402
from h18_sms import ski_sms  # noqa: E402
from h18_talk import freight_chat, wine_call  # noqa: E402

SEED = 1820261207
OUT = HERE / "data" / "heldout.jsonl"
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
TEMPLATES = {
    "winecall": wine_call,
    "freightchat": freight_chat,
    "skisms": ski_sms,
    "admissions": admissions_mail,
    "dentallab": dental_lab_form,
    "skireport": ski_report,
    "stripecsv": stripe_csv,
    "datev": datev_csv,
    "zammad": zammad_json,
    "pglog": pg_log,
    "matomo": matomo_config,
    "iftmin": iftmin,
    "stripecli": stripe_shell,
    "patroni": patroni_yaml,
}
STRUCTURED = {"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "SECRET"}


def handwritten() -> list[dict[str, Any]]:
    """The hand-written texts: ``### hw18-NNN lang kind [crlf]`` heads, ``#!`` comments."""
    recs, head, body = [], None, []
    raw = (HERE / "handwritten.txt").read_text(encoding="utf-8").split("\n")

    def flush() -> None:
        if head is None:
            return
        rid, lang, kind, *rest = head
        text, spans = parse("\n".join(body).strip("\n") + "\n", crlf="crlf" in rest)
        recs.append({"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans})

    for line in raw:
        if line.startswith("#!"):
            continue
        if line.startswith("### "):
            flush()
            head, body = line[4:].split(), []
        elif head is not None:
            body.append(line)
    flush()
    return recs


def build() -> list[dict[str, Any]]:
    Ctx.used = set()
    hand = handwritten()
    for rec in hand:
        for s in rec["spans"]:
            if s["type"] in STRUCTURED:
                Ctx.used.add(s["value"].replace(" ", "").replace("-", "").lower())
    rng = random.Random(SEED)
    recs = []
    for name, fn in TEMPLATES.items():
        for lang in LANGS:
            for i in range(PER_LANG[lang]):
                c = Ctx(random.Random(rng.getrandbits(64)), lang)
                kind, markup, crlf = fn(c)
                text, spans = parse(markup, crlf)
                recs.append(
                    {
                        "id": f"gen18-{name}-{lang}-{i + 1:03d}",
                        "lang": lang,
                        "kind": kind,
                        "text": text,
                        "spans": spans,
                    }
                )
    return recs + hand


def validate(recs: list[dict[str, Any]]) -> None:
    ids = set()
    for r in recs:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["lang"] in LANGS, r["id"]
        last = -1
        for s in r["spans"]:
            assert r["text"][s["start"] : s["end"]] == s["value"], (r["id"], s)
            assert s["start"] >= last, (r["id"], s)
            last = s["end"]
            assert s["type"] in (*TYPES, "DECOY"), (r["id"], s)
            v = s["value"]
            digits = re.sub(r"\D", "", v)
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(digits), (r["id"], v)
            if s["type"] == "IBAN":
                compact = re.sub(r"[\s>]", "", v).upper()
                assert mod97(compact) == 1, (r["id"], v)
            if s["type"] == "US_SSN":
                a = int(digits[:3])
                assert len(digits) == 9 and 0 < a < 900 and a != 666, (r["id"], v)
            if s["type"] == "URL_CREDENTIALS":
                assert ":" in v and "@" not in v, (r["id"], v)
            if s["type"] == "DECOY":
                assert s.get("decoy"), r["id"]
    assert {s["type"] for r in recs for s in r["spans"]} >= set(TYPES)


def dump(recs: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def load(path: Path | str = OUT) -> list[dict[str, Any]]:
    """Records with id, lang, kind, text and spans, as ``load_set`` expects; offsets checked."""
    recs = [json.loads(ln) for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln]
    for r in recs:
        for s in r["spans"]:
            assert r["text"][s["start"] : s["end"]] == s["value"], (r["id"], s)
    return recs


def counts(recs: list[dict[str, Any]]) -> None:
    spans = [(r, s) for r in recs for s in r["spans"]]
    vals = [(r, s) for r, s in spans if s["type"] != "DECOY"]
    langs = Counter(r["lang"] for r in recs)
    chars = sum(len(r["text"]) for r in recs)
    hand = [r for r in recs if r["id"].startswith("hw18")]
    inp = sum(langs[k] for k in ("it", "nl", "pt")) / len(recs)
    print(
        f"texts {len(recs)} ({len(recs) - len(hand)} generated, {len(hand)} hand-written), "
        f"{chars} chars, {len(dump(recs).encode())} bytes"
    )
    print("langs", dict(langs), f"IT+NL+PT {inp:.1%}")
    print(f"values {len(vals)}, decoys {len(spans) - len(vals)}")
    print("per type", dict(Counter(s["type"] for _, s in vals).most_common()))
    print("values per lang", dict(Counter(r["lang"] for r, _ in vals)))
    hv = sum(s["type"] != "DECOY" for r in hand for s in r["spans"])
    hd = sum(s["type"] == "DECOY" for r in hand for s in r["spans"])
    print(f"hand-written values {hv}, decoys {hd}")
    print(
        "decoys", dict(Counter(s["decoy"] for _, s in spans if s["type"] == "DECOY").most_common())
    )
    print("kinds", dict(Counter(r["kind"] for r in recs).most_common()))
    print("kinds hand-written", dict(Counter(r["kind"] for r in hand).most_common()))
    hard = Counter()
    for _r, s in vals:
        v = s["value"]
        hard["broken across lines"] += "\n" in v
        hard["zero-width"] += "\u200b" in v
        hard["email without @"] += s["type"] == "EMAIL" and "@" not in v
        hard["phone one run"] += s["type"] == "PHONE" and v.lstrip("+").isdigit()
        hard["phone words"] += s["type"] == "PHONE" and not any(ch.isdigit() for ch in v)
        hard["phone spaced single"] += (
            s["type"] == "PHONE" and sum(len(g) == 1 for g in v.split()) >= 6
        )
        hard["person capitals"] += s["type"] == "PERSON" and any(
            w.isupper() and len(w) > 2 for w in v.split()
        )
        hard["dob iso"] += s["type"] == "DATE_OF_BIRTH" and bool(
            re.fullmatch(r"\d{4}-\d\d-\d\d", v)
        )
        hard["ipv6"] += s["type"] == "IP_ADDRESS" and ":" in v
    hard["crlf texts"] = sum("\r\n" in r["text"] for r in recs)
    hard["reply texts"] = sum("\n> " in r["text"] for r in recs)
    print("hard", dict(hard))
    print("sources", {k: sum(r["id"].startswith(f"gen18-{k}-") for r in recs) for k in TEMPLATES})


def main() -> None:
    recs = build()
    validate(recs)
    out = dump(recs)
    if "--check" in sys.argv:
        assert OUT.read_text(encoding="utf-8") == out, "data/heldout.jsonl is not current"
        load(OUT)
        print(f"ok: {len(recs)} texts, file current, every span checked")
        return
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(out, encoding="utf-8")
    counts(recs)


if __name__ == "__main__":
    main()
