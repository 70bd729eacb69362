"""Build the held-out redaction set: bench/heldout/data/heldout.jsonl.

Run: ``python bench/heldout/generate.py`` (deterministic: seed 1313). ``--check`` only
validates the committed file. The set is generated texts from this directory's own
templates and value pools plus the hand-written texts of handwritten.txt, where values are
marked ``⟦TYPE|value⟧`` (decoys ``⟦DECOY:what|value⟧``) and ``<ZWSP>`` stands for U+200B.

Every span is checked when the file is written: its offsets give back its value, spans do
not overlap, card numbers pass Luhn (and card-like decoys fail it), IBANs pass mod-97, SSNs
are in plausible ranges, IP addresses parse.
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

import structured as s  # noqa: E402
import templates as t  # noqa: E402
import values as v  # noqa: E402

OUT = HERE / "data" / "heldout.jsonl"
SEED = 1313
TYPES = ("EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "SECRET",
         "URL_CREDENTIALS", "PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH")  # fmt: skip
LANGS = ("en", "de", "fr", "es")
BREAKABLE = {"PHONE", "IBAN", "CREDIT_CARD", "STREET_ADDRESS", "PERSON", "EMAIL"}
_MARK = re.compile(r"⟦([A-Z_]+(?::[a-z0-9-]+)?)\|(.*?)⟧", re.S)
Segment = list[Any]  # [text, type or None, decoy note or None]


def parse(markup: str) -> list[Segment]:
    """Markup to segments: plain text and labeled values, in order."""
    segs: list[Segment] = []
    pos = 0
    for m in _MARK.finditer(markup):
        segs.append([markup[pos : m.start()], None, None])
        kind, _, note = m.group(1).partition(":")
        segs.append([m.group(2), kind, note or None])
        pos = m.end()
    segs.append([markup[pos:], None, None])
    leftover = "".join(seg[0] for seg in segs)
    assert "⟦" not in leftover and "⟧" not in leftover and "<<" not in leftover, markup
    return [seg for seg in segs if seg[0]]


def wrap(segs: list[Segment], width: int) -> list[Segment]:
    """Wrap lines as a mail client does, turning spaces into line breaks (offsets unchanged,
    so a value with a space in it may be broken across two lines)."""
    text = "".join(seg[0] for seg in segs)
    breaks: set[int] = set()
    line_start, last_space = 0, -1
    for i, c in enumerate(text):
        if c == "\n":
            line_start, last_space = i + 1, -1
        elif c == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            breaks.add(last_space)
            line_start, last_space = last_space + 1, -1
    out, pos = [], 0
    for seg in segs:
        chars = list(seg[0])
        for k in range(len(chars)):
            if pos + k in breaks:
                chars[k] = "\n"
        out.append(["".join(chars), seg[1], seg[2]])
        pos += len(chars)
    return out


def break_one_value(segs: list[Segment], rng: random.Random) -> list[Segment]:
    """Put a line break in place of a space inside one value, as a hard-wrapping client or
    a copy from a narrow window does (offsets unchanged)."""
    spaced = [seg for seg in segs if seg[1] in BREAKABLE and " " in seg[0]]
    if spaced:
        seg = rng.choice(spaced)
        spaces = [i for i, c in enumerate(seg[0]) if c == " "]
        i = rng.choice(spaces)
        seg[0] = seg[0][:i] + "\n" + seg[0][i + 1 :]
    return segs


def retext(segs: list[Segment], fn: Callable[[str], str]) -> list[Segment]:
    return [[fn(seg[0]), seg[1], seg[2]] for seg in segs]


def record(rid: str, lang: str, kind: str, segs: list[Segment]) -> dict[str, Any]:
    text, spans, pos = "", [], 0
    for chunk, typ, note in segs:
        if typ is not None:
            span = {"start": pos, "end": pos + len(chunk), "type": typ, "value": chunk}
            if note:
                span["decoy"] = note
            spans.append(span)
        text += chunk
        pos += len(chunk)
    return {"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans}


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def validate(rec: dict[str, Any]) -> None:
    """Raise AssertionError when a span is inconsistent or a value is not a valid one."""
    text, last_end = rec["text"], 0
    assert rec["lang"] in LANGS, rec["id"]
    for span in sorted(rec["spans"], key=lambda x: x["start"]):
        start, end, typ, value = span["start"], span["end"], span["type"], span["value"]
        where = f"{rec['id']} {typ} {value!r}"
        assert 0 <= start < end <= len(text) and text[start:end] == value, where
        assert start >= last_end, f"overlap at {where}"
        assert value == value.strip(), f"untrimmed {where}"
        last_end = end
        assert typ in TYPES or typ == "DECOY", where
        if typ == "CREDIT_CARD":
            d = _digits(value)
            assert 13 <= len(d) <= 19 and v.luhn_ok(d), f"Luhn fails: {where}"
        elif typ == "DECOY" and span.get("decoy") == "luhn-invalid":
            assert not v.luhn_ok(_digits(value)), f"decoy passes Luhn: {where}"
        elif typ == "IBAN":
            assert v.mod97_ok(value), f"mod-97 fails: {where}"
        elif typ == "US_SSN":
            d = _digits(value)
            area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
            ok = len(d) == 9 and 0 < area < 900 and area != 666 and group and serial
            assert ok, f"implausible SSN: {where}"
        elif typ == "IP_ADDRESS":
            ipaddress.ip_address(value.split("%")[0])
        elif typ == "EMAIL":
            assert re.search(r"@|\b(at|arobase|arroba)\b|\(at\)|\[at\]", value, re.I), where
        elif typ == "URL_CREDENTIALS":
            assert ":" in value and "@" not in value, where


def handwritten() -> list[dict[str, Any]]:
    """The hand-written texts: ``### id lang kind [crlf]`` headers, then the text."""
    raw = (HERE / "handwritten.txt").read_text(encoding="utf-8")
    out = []
    for block in re.split(r"^### ", raw, flags=re.M)[1:]:
        header, _, body = block.partition("\n")
        rid, lang, kind, *flags = header.split()
        body = body.rstrip("\n").replace("<ZWSP>", "\u200b")
        segs = parse(body)
        if "crlf" in flags:
            segs = retext(segs, lambda x: x.replace("\n", "\r\n"))
        out.append(record(rid, lang, kind, segs))
    return out


def generated(rng: random.Random) -> list[dict[str, Any]]:
    plan = {"chat": 110, "ticket": 50, "call": 36, "prose": 40, "email": 110, "csv": 35,
            "json": 45, "env": 30, "yaml": 25, "ini": 20, "shell": 30}  # fmt: skip
    pools = {"chat": t.CHAT, "ticket": t.TICKET, "call": t.CALL, "prose": t.PROSE}
    makers = {"csv": s.csv_text, "json": s.json_text, "env": s.env_text, "yaml": s.yaml_text,
              "ini": s.ini_text, "shell": s.shell_text, "email": s.email_text}  # fmt: skip
    out = []
    for kind, count in plan.items():
        for i in range(count):
            lang = LANGS[i % 4]
            if kind in pools:
                markup = t.fill(rng, lang, rng.choice(pools[kind][lang]), {})
            else:
                markup = makers[kind](rng, lang)
            segs = parse(markup)
            if kind == "email" and rng.random() < 0.6:
                segs = wrap(segs, rng.randint(60, 76))
            elif kind in ("ticket", "prose") and rng.random() < 0.25:
                segs = wrap(segs, 72)
            if kind in ("chat", "call", "ticket", "prose", "email") and rng.random() < 0.12:
                segs = break_one_value(segs, rng)
            if kind in ("email", "csv") and rng.random() < 0.3:
                segs = retext(segs, lambda x: x.replace("\n", "\r\n"))
            out.append(record(f"gen-{kind}-{i:03d}", lang, kind, segs))
    return out


def build() -> list[dict[str, Any]]:
    records = generated(random.Random(SEED)) + handwritten()
    ids = Counter(r["id"] for r in records)
    assert all(n == 1 for n in ids.values()), [i for i, n in ids.items() if n > 1]
    for rec in records:
        validate(rec)
    return records


def load(path: Path = OUT) -> list[dict[str, Any]]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for rec in records:
        validate(rec)
    return records


def main() -> None:
    if "--check" in sys.argv:
        records = load()
    else:
        records = build()
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with OUT.open("w", encoding="utf-8", newline="\n") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    types = Counter(sp["type"] for r in records for sp in r["spans"])
    print(f"{len(records)} texts ({sum(r['id'].startswith('hw-') for r in records)} hand-written)")
    print(", ".join(f"{k} {n}" for k, n in sorted(types.items())))
    print("kinds:", dict(Counter(r["kind"] for r in records)))
    print("langs:", dict(Counter(r["lang"] for r in records)))


if __name__ == "__main__":
    main()
