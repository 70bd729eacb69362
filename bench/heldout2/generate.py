"""Build and check the second held-out set for the redaction layer (bench/heldout2).

    python bench/heldout2/generate.py          # rewrites data/heldout.jsonl (deterministic)
    python bench/heldout2/generate.py --check  # validates the committed file only

Why a second set: the first one (bench/heldout) was looked at, in aggregate, over five tuning
rounds and is partly spent. This one was written on 2026-12-06 by a session that had not seen
the detectors, their tests or the first set's templates, with its own templates, value pools,
seed and hand-written texts. Labels come from the templates (``⟦TYPE|value⟧`` marks), never
from a detector. ``load()`` and ``TYPES`` have the same shape as the first set's, so the
evaluator can read this file too.
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen_data  # noqa: E402
import gen_docs  # noqa: E402
import gen_talk  # noqa: E402
from gen_checks import iban_ok, ip_ok, luhn_ok, ssn_ok  # noqa: E402
from gen_markup import Ctx, parse, remap, wrap  # noqa: E402
from gen_values import Values  # noqa: E402

SEED = 20261206
DATA = HERE / "data" / "heldout.jsonl"
HAND = HERE / "handwritten.txt"
TYPES = [
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
    "DECOY",
]
LANGS = ["en", "de", "fr", "es"]

# kind: (maker, how many texts)
KINDS: dict[str, tuple[Callable[[Ctx], str], int]] = {
    "email": (gen_docs.email, 56),
    "chat": (gen_talk.chat, 44),
    "ticket": (gen_docs.ticket, 36),
    "call": (gen_talk.call, 32),
    "prose": (gen_docs.prose, 24),
    "form": (gen_docs.form, 24),
    "sms": (gen_talk.sms, 32),
    "voicemail": (gen_talk.voicemail, 20),
    "chat-export": (gen_talk.chat_export, 24),
    "ocr": (gen_docs.ocr, 20),
    "csv": (gen_data.csv, 28),
    "json": (gen_data.json_doc, 24),
    "yaml": (gen_data.yaml, 16),
    "ini": (gen_data.ini, 12),
    "env": (gen_data.env, 20),
    "shell": (gen_data.shell, 24),
    "log": (gen_data.log, 28),
    "markdown": (gen_data.markdown, 20),
    "html": (gen_data.html, 24),
    "sql": (gen_data.sql, 20),
}
FREE = {"email", "ticket", "prose", "chat"}
CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|3[68]|30[0-5]|6011|64[4-9]|65|35|62|50|6[37])")


# -- generation ----------------------------------------------------------------------------
def _one(r: random.Random, v: Values, kind: str, lang: str) -> tuple[str, list[dict[str, Any]]]:
    maker = KINDS[kind][0]
    for _ in range(20):
        text, spans = parse(maker(Ctx(r, lang, v)))
        if kind in FREE and r.random() < 0.1:
            text, spans = _break_value(r, text, spans)
        if (kind == "email" and r.random() < 0.35) or (
            kind in ("ticket", "prose") and r.random() < 0.15
        ):
            text, spans = wrap(text, spans, r.randint(60, 76))
        if kind in ("email", "csv") and r.random() < 0.3:
            text, spans = remap(text, spans, "\n", "\r\n")
        if not _problems(text, spans):
            return text, spans
    raise AssertionError(f"could not draw a clean {kind} text")


def _break_value(
    r: random.Random, text: str, spans: list[dict[str, Any]]
) -> tuple[str, list[dict[str, Any]]]:
    """A narrow window or hard-wrapping client puts a line break inside one value."""
    cands = [
        s
        for s in spans
        if s["type"] in ("PHONE", "CREDIT_CARD", "IBAN", "STREET_ADDRESS")
        and " " in s["value"].strip()
    ]
    if not cands:
        return text, spans
    sp = r.choice(cands)
    blanks = [i for i, ch in enumerate(sp["value"]) if ch == " "]
    at = sp["start"] + r.choice(blanks)
    new = text[:at] + "\n" + text[at + 1 :]
    return new, [dict(s, value=new[s["start"] : s["end"]]) for s in spans]


def generate() -> list[dict[str, Any]]:
    r = random.Random(SEED)
    v = Values(r)
    hand = handwritten()
    # Generated values never repeat a hand-written one, so no value is in two texts.
    v.seen.update(
        "".join(ch for ch in s["value"].lower() if ch.isalnum())
        for rec in hand
        for s in rec["spans"]
        if s["type"] != "DECOY"
    )
    records: list[dict[str, Any]] = []
    for kind, (_, n) in KINDS.items():
        for i in range(n):
            lang = LANGS[i % 4]
            text, spans = _one(r, v, kind, lang)
            records.append(
                {
                    "id": f"gen2-{kind}-{i + 1:03d}",
                    "lang": lang,
                    "kind": kind,
                    "text": text,
                    "spans": spans,
                }
            )
    return records + hand


def handwritten(path: Path = HAND) -> list[dict[str, Any]]:
    """Texts of handwritten.txt: a ``### id lang kind [crlf]`` header, then the marked text."""
    records: list[dict[str, Any]] = []
    head: list[str] | None = None
    body: list[str] = []

    def flush() -> None:
        if head is None:
            return
        while body and not body[-1].strip():
            body.pop()
        text, spans = parse("\n".join(body))
        if "crlf" in head[3:]:
            text, spans = remap(text, spans, "\n", "\r\n")
        records.append(
            {"id": head[0], "lang": head[1], "kind": head[2], "text": text, "spans": spans}
        )

    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("### "):
            flush()
            head, body = line[4:].split(), []
        elif head is not None:
            body.append(line)
    flush()
    return records


# -- checks --------------------------------------------------------------------------------
def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _value_problem(sp: dict[str, Any]) -> str | None:
    typ, val = sp["type"], sp["value"]
    bare = val.replace("\u200b", "")
    if typ == "CREDIT_CARD":
        d = _digits(bare)
        if not (13 <= len(d) <= 19 and luhn_ok(d) and CARD_PREFIX.match(d)):
            return "card fails Luhn, prefix or length"
    elif typ == "IBAN" and not iban_ok(bare):
        return "IBAN fails mod-97 or country length"
    elif typ == "US_SSN" and not ssn_ok(bare):
        return "SSN out of range"
    elif typ == "IP_ADDRESS" and not ip_ok(val):
        return "IP does not parse"
    elif typ == "URL_CREDENTIALS" and ":" not in val:
        return "URL credentials without user:password"
    elif typ == "DECOY":
        if not sp.get("decoy"):
            return "decoy without a note"
        if sp["decoy"] == "luhn-invalid" and luhn_ok(_digits(val)):
            return "luhn-invalid decoy passes Luhn"
        if sp["decoy"] == "loopback" and not ipaddress.ip_address(val).is_loopback:
            return "loopback decoy is not loopback"
    elif typ not in TYPES:
        return f"unknown type {typ}"
    return None


def _problems(text: str, spans: list[dict[str, Any]]) -> list[str]:
    out = []
    end = 0
    for sp in spans:
        val = sp["value"]
        if text[sp["start"] : sp["end"]] != val:
            out.append(f"offsets do not give back {val!r}")
        if not val or val != val.strip():
            out.append(f"blank around {val!r}")
        if sp["start"] < end:
            out.append(f"overlap at {sp['start']}")
        end = max(end, sp["end"])
        why = _value_problem(sp)
        if why:
            out.append(f"{why}: {val!r}")
    labelled = [_digits(s["value"]) for s in spans if s["type"] != "DECOY"]
    for sp in spans:
        if sp["type"] == "DECOY":
            dd = _digits(sp["value"])
            for lab in labelled:
                if len(lab) >= 5 and lab in dd:
                    out.append(f"decoy {sp['value']!r} holds the digits of a labelled value")
    return out


def check(records: list[dict[str, Any]]) -> list[str]:
    errs = []
    ids = Counter(r["id"] for r in records)
    errs += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for rec in records:
        if rec["lang"] not in LANGS:
            errs.append(f"{rec['id']}: language {rec['lang']}")
        errs += [f"{rec['id']}: {p}" for p in _problems(rec["text"], rec["spans"])]
    return errs


def load(path: Path = DATA) -> list[dict[str, Any]]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    errs = check(records)
    if errs:
        raise ValueError("bench/heldout2 data invalid:\n" + "\n".join(errs[:20]))
    return records


def summary(records: list[dict[str, Any]]) -> str:
    types = Counter(s["type"] for r in records for s in r["spans"])
    decoys = Counter(s["decoy"] for r in records for s in r["spans"] if s["type"] == "DECOY")
    langs = Counter(r["lang"] for r in records)
    kinds = Counter(r["kind"] for r in records)
    hand = sum(r["id"].startswith("hw2-") for r in records)
    reuse = Counter(
        v
        for r in records
        for v in {s["value"] for s in r["spans"] if s["type"] not in ("DECOY", "PERSON")}
    )
    lines = [
        f"{len(records)} texts ({hand} hand-written), seed {SEED}",
        "types: " + ", ".join(f"{t} {types[t]}" for t in TYPES),
        "langs: " + ", ".join(f"{k} {langs[k]}" for k in LANGS),
        "kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())),
        "decoys: " + ", ".join(f"{k} {n}" for k, n in sorted(decoys.items())),
        f"labelled non-name values in more than one text: {sum(n > 1 for n in reuse.values())}",
    ]
    return "\n".join(lines)


def main() -> None:
    if "--check" in sys.argv:
        records = load()
        fresh = generate()
        stale = [a["id"] for a, b in zip(records, fresh, strict=False) if a != b]
        if len(records) != len(fresh) or stale:
            print(f"committed file differs from the generator: {stale[:5]} (rerun generate.py)")
            raise SystemExit(1)
        print("ok:", summary(records))
        return
    records = generate()
    errs = check(records)
    if errs:
        raise SystemExit("\n".join(errs[:40]))
    DATA.parent.mkdir(exist_ok=True)
    with DATA.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(summary(records))


if __name__ == "__main__":
    main()
