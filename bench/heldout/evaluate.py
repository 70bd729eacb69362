"""Score llmgate's redaction (and Presidio's pattern recognizers, scrubadub) on the held-out set.

Run from the repository root: ``python bench/heldout/evaluate.py`` (``--quick`` skips the
other tools and repeats speed runs once). Writes bench/heldout/results.md and results.json.
``--set bench/heldout2`` scores another set of the same format (its ``data/heldout.jsonl``)
and writes the results beside it.

Scoring, for every labeled type: a character counts as masked when any finding of any type
covers it (what matters is whether the vendor sees it); whitespace and zero-width characters
inside a value are not counted. A span is recalled when all its counted characters are
masked. Decoys are values that must stay: the share of their characters masked, and how many
were touched at all. SECRET precision: findings typed SECRET that overlap a labeled SECRET or
URL_CREDENTIALS, over all SECRET findings. Speed: CPU time of this thread
(``time.process_time``), detection cache off (``Redactor(cache_size=0)``), best of 3.
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import os
import platform
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # the comparison tools' adapters: bench_redaction.py

from bench_redaction import presidio_detector, scrubadub_detector  # noqa: E402
from generate import TYPES, load  # noqa: E402
from scoring import counted, coverage  # noqa: E402

Found = tuple[int, int, str]
Detect = Callable[[str], list[Found]]
URL_PW = "URL_CREDENTIALS, password part"
STRUCTURED = [t for t in TYPES if t not in ("PERSON", "STREET_ADDRESS")]
QUICK = "--quick" in sys.argv
SET = Path(sys.argv[sys.argv.index("--set") + 1]).resolve() if "--set" in sys.argv else HERE
ENGINE_ENV = "LLMGATE_REDACTION_ENGINE"
HAS_HYPERSCAN = importlib.util.find_spec("hyperscan") is not None
# The opt-in detectors ([redaction] detectors = [...]), scored as a third llmgate column.
MODELS = ["person-model", "secret-model", "dob-model", "phone-model"]
WITH_MODELS = "llmgate (+ models)"
RULES = "llmgate (rules only)"


# -- tools ---------------------------------------------------------------------------------
def llmgate_tool(engine: str | None = None, models: bool = False,
                 rules_only: bool = False) -> Detect:  # fmt: skip
    """``engine`` forces a detection path through LLMGATE_REDACTION_ENGINE (docs/privacy.md):
    ``python`` or ``hyperscan``; None leaves the default (the engine when installed).
    ``models``: the default plus the opt-in models (MODELS); ``rules_only``: the rules
    alone (both default models off), as ``Redactor()`` was before the PERSON and the
    DATE_OF_BIRTH models became defaults."""
    from llmgate.redaction import Redactor
    from llmgate.redaction.detectors import load_named_detectors
    from llmgate.redaction.redactor import RULES_ONLY

    if models:
        red_models = Redactor(detectors=load_named_detectors(MODELS), cache_size=0)
        return lambda text: [(s.start, s.end, s.type) for s in red_models.detect(text)]

    saved = os.environ.get(ENGINE_ENV)
    if engine is not None:
        os.environ[ENGINE_ENV] = engine
    try:
        off = RULES_ONLY if rules_only else {}
        red = Redactor(cache_size=0, **off)
    finally:
        if saved is None:
            os.environ.pop(ENGINE_ENV, None)
        else:
            os.environ[ENGINE_ENV] = saved
    return lambda text: [(s.start, s.end, s.type) for s in red.detect(text)]


def presidio_tool() -> Detect | str:
    return presidio_detector()


def scrubadub_tool() -> Detect | str:
    # Every finding counts (a URL finding covers the credentials in it), so keep all types.
    return scrubadub_detector(keep_other=True)


# -- quality ---------------------------------------------------------------------------------
def score(records: list[dict[str, Any]], detect: Detect) -> dict[str, Any]:
    per = {t: {"spans": 0, "recalled": 0, "chars": 0, "unmasked": 0} for t in (*TYPES, URL_PW)}
    per_lang: dict[str, dict[str, int]] = {}
    per_kind: dict[str, dict[str, int]] = {}
    decoy_kinds: dict[str, dict[str, int]] = {}
    hard: dict[str, dict[str, int]] = {}
    decoy = {"spans": 0, "touched": 0, "chars": 0, "masked": 0}
    secret = {"findings": 0, "on_secret": 0}
    findings_by_type: dict[str, dict[str, int]] = {}
    for rec in records:
        text = rec["text"]
        found = detect(text)
        cover = coverage(text, found)
        labeled = [(s["start"], s["end"], s["type"]) for s in rec["spans"]]
        for start, end, typ in found:
            hits = [t for s, e, t in labeled if s < end and start < e]
            row = findings_by_type.setdefault(typ, {"findings": 0, "on_value": 0, "on_decoy": 0})
            row["findings"] += 1
            row["on_value"] += any(t != "DECOY" for t in hits)
            row["on_decoy"] += "DECOY" in hits and all(t == "DECOY" for t in hits)
            if typ == "SECRET":
                secret["findings"] += 1
                secret["on_secret"] += any(t in ("SECRET", "URL_CREDENTIALS") for t in hits)
        for start, end, typ in labeled:
            idx = counted(text, start, end)
            masked = sum(cover[i] for i in idx)
            if typ == "DECOY":
                decoy["spans"] += 1
                decoy["touched"] += any(cover[start:end])
                decoy["chars"] += len(idx)
                decoy["masked"] += masked
                what = decoy_kinds.setdefault(span_note(rec, start), {"spans": 0, "touched": 0})
                what["spans"] += 1
                what["touched"] += any(cover[start:end])
                continue
            for tag in hard_tags(rec["kind"], typ, text[start:end]):
                case = hard.setdefault(tag, {"spans": 0, "recalled": 0})
                case["spans"] += 1
                case["recalled"] += masked == len(idx)
            row = per[typ]
            row["spans"] += 1
            row["chars"] += len(idx)
            row["unmasked"] += len(idx) - masked
            row["recalled"] += masked == len(idx)
            if typ == "URL_CREDENTIALS":  # the password after the user name's colon
                pw = counted(text, text.index(":", start) + 1, end)
                pw_masked = sum(cover[i] for i in pw)
                row = per[URL_PW]
                row["spans"] += 1
                row["chars"] += len(pw)
                row["unmasked"] += len(pw) - pw_masked
                row["recalled"] += pw_masked == len(pw)
            by_lang = per_lang.setdefault(rec["lang"], {"chars": 0, "unmasked": 0})
            by_kind = per_kind.setdefault(rec["kind"], {"chars": 0, "unmasked": 0})
            for group in (by_lang, by_kind):
                group["chars"] += len(idx)
                group["unmasked"] += len(idx) - masked
    return {"per_type": per, "per_lang": per_lang, "per_kind": per_kind, "decoys": decoy,
            "decoy_kinds": decoy_kinds, "hard": hard, "secret": secret,
            "findings": findings_by_type}  # fmt: skip


# Kinds of text, of both sets: chats and calls (the 300-byte corpus), and free text.
CHAT_KINDS = {"chat", "call", "ticket", "sms", "voicemail", "chat-export"}
FREE_TEXT = CHAT_KINDS | {"prose", "email", "ocr", "form"}


def load_set(folder: Path) -> list[dict[str, Any]]:
    """The set in ``folder``, read and checked by that set's own ``generate.load``."""
    if folder == HERE:
        return load()
    spec = importlib.util.spec_from_file_location("heldout_set_generate", folder / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(folder))  # its own helper modules
    spec.loader.exec_module(module)
    records: list[dict[str, Any]] = module.load(folder / "data" / "heldout.jsonl")
    return records


def hard_tags(kind: str, typ: str, value: str) -> list[str]:
    """The hard cases a labeled value belongs to, read from the value and its text's kind."""
    tags = []
    if "\n" in value:
        tags.append("value broken across lines")
    if "\u200b" in value:
        tags.append("zero-width spaces inside")
    if typ == "EMAIL" and "@" not in value:
        tags.append("obfuscated e-mail (at / dot)")
    if typ == "PHONE" and value.lstrip("+").isdigit():
        tags.append("phone as one digit run")
    if typ == "PHONE" and sum(len(g) == 1 for g in value.split()) >= 6:
        tags.append("phone in spaced single digits")
    if typ == "PHONE" and "(" in value:
        tags.append("phone with parentheses")
    if typ == "CREDIT_CARD" and len([c for c in value if c.isdigit()]) in (14, 15):
        tags.append("14/15-digit card (Diners, Amex)")
    if typ in ("SECRET", "PERSON", "STREET_ADDRESS"):
        where = "free text" if kind in FREE_TEXT else "CSV, JSON, config, shell"
        tags.append(f"{typ} in {where}")
    return tags


def span_note(rec: dict[str, Any], start: int) -> str:
    return next(str(s.get("decoy")) for s in rec["spans"] if s["start"] == start)


# -- speed -----------------------------------------------------------------------------------
def corpora(records: list[dict[str, Any]]) -> dict[str, list[str]]:
    texts = [r["text"] for r in records]
    chat = "\n".join(r["text"] for r in records if r["kind"] in CHAT_KINDS)
    messages, cur = [], ""
    for word in chat.split(" "):
        cur = f"{cur} {word}" if cur else word
        if len(cur.encode()) >= 300:
            messages.append(cur)
            cur = ""
    shuffled = texts[:]
    random.Random(7).shuffle(shuffled)
    mixed, doc = [], ""
    for text in shuffled:
        doc = f"{doc}\n\n{text}" if doc else text
        if len(doc.encode()) >= 4000:
            mixed.append(doc)
            doc = ""
    return {"whole set": texts, "300-byte chat messages": messages, "~4 KB mixed texts": mixed}


def speed(fn: Callable[[str], object], docs: list[str], repeat: int) -> dict[str, float]:
    size = sum(len(d.encode()) for d in docs)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for d in docs:
            fn(d)
        best = min(best, time.process_time() - start)
    return {"mb_per_cpu_s": size / best / 1e6 if best else float("inf"),
            "ms_per_text": best / len(docs) * 1e3, "texts": len(docs), "bytes": size}  # fmt: skip


# -- end to end ------------------------------------------------------------------------------
def end_to_end(records: list[dict[str, Any]], n: int = 80, models: bool = False) -> dict[str, Any]:
    """Prompts through Client, [redaction] mode = "mask", to a loopback OpenAI-compatible
    vendor that echoes the prompt: what reached it verbatim, what came back restored."""
    from llmgate import Client
    from llmgate.testing._openai_server import OpenAIServer

    pool = [r for r in records if any(s["type"] in STRUCTURED for s in r["spans"])]
    prompts = random.Random(11).sample(pool, min(n, len(pool)))
    leaked: dict[str, int] = {}
    sent_values: dict[str, int] = {}
    not_restored = 0
    restored_values = 0
    with OpenAIServer() as vendor:
        config = {
            "providers": {"vendor": {"type": "openai", "base_url": vendor.base_url,
                                     "api_key": "sk-heldout-0000000000", "trust": "external"}},
            "routes": {"r": {"targets": ["vendor:gpt-4o-mini"]}},
            "redaction": {"mode": "mask", **({"detectors": MODELS} if models else {})},
        }  # fmt: skip
        with Client(config) as client:
            for rec in prompts:
                answer = client.chat("r", rec["text"])
                not_restored += answer.text != "echo: " + rec["text"]
                restored_values += sum(
                    s["value"] in answer.text for s in rec["spans"] if s["type"] != "DECOY"
                )
        bodies = vendor.chat_requests()
    for rec, body in zip(prompts, bodies, strict=True):
        content = body["messages"][-1]["content"]
        sent = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        for span in rec["spans"]:
            if span["type"] == "DECOY":
                continue
            sent_values[span["type"]] = sent_values.get(span["type"], 0) + 1
            if span["value"] in sent:
                leaked[span["type"]] = leaked.get(span["type"], 0) + 1
    return {"prompts": len(prompts), "values": sent_values, "verbatim": leaked,
            "structured_values": sum(sent_values.get(t, 0) for t in STRUCTURED),
            "structured_verbatim": sum(leaked.get(t, 0) for t in STRUCTURED),
            "answers_not_restored": not_restored, "values_restored": restored_values}  # fmt: skip


# -- report ----------------------------------------------------------------------------------
def _pct(a: int, b: int) -> str:
    return f"{a / b:.1%}" if b else "-"


def report(meta: dict[str, Any], quality: dict[str, Any], speeds: dict[str, Any],
           e2e: dict[str, Any], notes: list[str]) -> str:  # fmt: skip
    tools = list(quality)
    dob = e2e["verbatim"].get("DATE_OF_BIRTH", 0)
    head = "| type | values | " + " | ".join(tools) + " |"
    rule = "|---|---:|" + "---:|" * len(tools)
    first = quality[tools[0]]["per_type"]
    lines = [
        "# Held-out redaction evaluation"
        + ("" if meta.get("set", "bench/heldout") == "bench/heldout" else f" ({meta['set']})"),
        "",
        f"Set: {meta.get('set', 'bench/heldout')}/data/heldout.jsonl, {meta['texts']} texts "
        f"({meta['handwritten']} "
        f"hand-written), {meta['values']} labeled values, {meta['decoys']} decoys; "
        f"{meta.get('langs', 'EN/DE/FR/ES')}. "
        f"Detectors (src/llmgate/redaction) at {meta['commit']}. Run {meta['date']} on "
        f"{meta['machine']}, Python "
        f"{meta['python']}, load average {meta['load']:.1f} at start; multi-pattern engine "
        f"(hyperscan): {meta['hyperscan']}. This set is never used for tuning (README.md).",
        "",
        "## Characters left unmasked (lower is better)",
        "",
        "A character counts as masked when any finding of any type covers it.",
        "",
        head, rule,
    ]  # fmt: skip
    for typ in (*TYPES, URL_PW):
        cells = [_pct(q["per_type"][typ]["unmasked"], q["per_type"][typ]["chars"])
                 for q in quality.values()]  # fmt: skip
        lines.append(f"| {typ} | {first[typ]['spans']} | " + " | ".join(cells) + " |")
    totals = []
    for q in quality.values():
        ch = sum(q["per_type"][t]["chars"] for t in TYPES)
        un = sum(q["per_type"][t]["unmasked"] for t in TYPES)
        totals.append(_pct(un, ch))
    lines.append("| all types | " + str(sum(first[t]["spans"] for t in TYPES)) + " | "
                 + " | ".join(totals) + " |")  # fmt: skip
    lines += ["", "## Recall by span (every character masked; higher is better)", "", head, rule]
    for typ in (*TYPES, URL_PW):
        cells = [_pct(q["per_type"][typ]["recalled"], q["per_type"][typ]["spans"])
                 for q in quality.values()]  # fmt: skip
        lines.append(f"| {typ} | {first[typ]['spans']} | " + " | ".join(cells) + " |")
    lines += ["", "## Recall on hard cases (by span)", "", "| case | values | "
              + " | ".join(tools) + " |", rule]  # fmt: skip
    for case in sorted(quality[tools[0]]["hard"]):
        cells = [_pct(q["hard"][case]["recalled"], q["hard"][case]["spans"])
                 for q in quality.values()]  # fmt: skip
        n = quality[tools[0]]["hard"][case]["spans"]
        lines.append(f"| {case} | {n} | " + " | ".join(cells) + " |")
    lines += ["", "## Decoys and precision", "", "| | " + " | ".join(tools) + " |",
              "|---|" + "---:|" * len(tools)]  # fmt: skip

    def row(label: str, cell: Callable[[dict[str, Any]], str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(q) for q in quality.values()) + " |")

    row("decoy characters masked", lambda q: _pct(q["decoys"]["masked"], q["decoys"]["chars"]))
    row("decoys touched", lambda q: f"{q['decoys']['touched']} of {q['decoys']['spans']}")
    row("SECRET precision", lambda q: f"{_pct(q['secret']['on_secret'], q['secret']['findings'])} "
        f"({q['secret']['on_secret']}/{q['secret']['findings']})")  # fmt: skip
    row("findings on a labeled value", lambda q: _pct(
        sum(r["on_value"] for r in q["findings"].values()),
        sum(r["findings"] for r in q["findings"].values())))  # fmt: skip
    for group, label in (("per_lang", "language"), ("per_kind", "kind of text")):
        lines += ["", f"Characters left unmasked by {label} (all types):", ""]
        for tool, q in quality.items():
            parts = [f"{k} {_pct(x['unmasked'], x['chars'])}" for k, x in sorted(q[group].items())]
            lines.append(f"- {tool}: " + ", ".join(parts))
    lines += ["", "Decoys touched by kind of decoy:", ""]
    for tool, q in quality.items():
        parts = [f"{k} {x['touched']}/{x['spans']}" for k, x in sorted(q["decoy_kinds"].items())]
        lines.append(f"- {tool}: " + ", ".join(parts))
    lines += ["", "## Detection speed (CPU time of one thread, cache off, best of 3)", ""]
    lines += ["| corpus | " + " | ".join(speeds) + " |", "|---|" + "---:|" * len(speeds)]
    for corpus in next(iter(speeds.values())):
        cells = []
        for sp in speeds.values():
            x = sp[corpus]
            cells.append(f"{x['mb_per_cpu_s']:.2f} MB/s ({x['ms_per_text']:.2f} ms/text)")
        info = next(iter(speeds.values()))[corpus]
        lines.append(f"| {corpus} ({info['texts']} texts, {info['bytes'] / 1e3:.0f} KB) | "
                     + " | ".join(cells) + " |")  # fmt: skip
    lines += [
        "", "## End to end: Client, mode = \"mask\", external vendor (loopback, echoes)", "",
        f"{e2e['prompts']} prompts from the set, sent one by one through `llmgate.Client` to an "
        "OpenAI-compatible loopback server that records what it received and echoes the prompt.",
        "",
        f"- structured values (all but PERSON, STREET_ADDRESS) that reached the vendor verbatim: "
        f"**{e2e['structured_verbatim']} of {e2e['structured_values']}**"
        f" ({dob} of them DATE_OF_BIRTH)",
        f"- answers not restored to exactly the prompt: **{e2e['answers_not_restored']} of "
        f"{e2e['prompts']}**; labeled values found in the answers: {e2e['values_restored']} of "
        f"{sum(e2e['values'].values())}",
        "",
        "| type | values sent | verbatim at the vendor |", "|---|---:|---:|",
    ]  # fmt: skip
    for typ in TYPES:
        n = e2e["values"].get(typ, 0)
        if n:
            lines.append(f"| {typ} | {n} | {e2e['verbatim'].get(typ, 0)} |")
    lines += ["", "## Notes", "", *notes, ""]
    return "\n".join(lines)


def main() -> None:
    root = HERE.parent.parent
    records = load_set(SET)
    tools: dict[str, Detect] = {
        "llmgate (default)": llmgate_tool(),
        RULES: llmgate_tool(rules_only=True),
        WITH_MODELS: llmgate_tool(models=True),
    }
    notes = [
        "- llmgate (default) is `Redactor()`: the rules, the PERSON model and (from the run "
        "after set 6's first) the DATE_OF_BIRTH model; "
        f"{RULES} is `Redactor(person_model=False, dob_model=False)`, the default of the "
        "first runs of sets 1-5. URL_CREDENTIALS is no llmgate entity type "
        "(llmgate masks `user:password` as SECRET): like every type, it counts as masked "
        "where any finding covers it.",
        f"- {WITH_MODELS} is `Redactor()` with the detectors `[redaction] detectors = "
        f"{MODELS}` (docs/privacy.md): models trained on the development sets and sets 1-2.",
        "- URL_CREDENTIALS is the whole `user:password` userinfo; its password part row "
        "counts the characters after the colon alone.",
        "- Speed is CPU time of one thread, but the development machines are shared 2-core "
        "VMs: a high load average (header) lowers it. Compare runs of the same machine only.",
        "- Presidio: its pattern recognizers only (email, phone, card, IBAN, US SSN, IP; no "
        "spaCy model, so no PERSON or addresses), score >= 0.3. scrubadub: default detectors.",
    ]
    if not QUICK:
        for name, make in (("Presidio patterns", presidio_tool), ("scrubadub", scrubadub_tool)):
            made = make()
            if isinstance(made, str):
                notes.append(f"- {name}: {made}; not measured.")
            else:
                tools[name] = made
    quality = {name: score(records, fn) for name, fn in tools.items()}
    docs = corpora(records)
    speeds = {}
    timed = dict(tools)
    if HAS_HYPERSCAN:
        pure = llmgate_tool(engine="python")
        timed = {"llmgate (hyperscan engine)": tools["llmgate (default)"],
                 "llmgate (pure Python)": pure, **timed}  # fmt: skip
        del timed["llmgate (default)"]
        same = sum(pure(r["text"]) == tools["llmgate (default)"](r["text"]) for r in records)
        notes.append(f"- Both detection paths (pure Python, hyperscan) give identical findings "
                     f"on {same} of {len(records)} texts; quality is that of the default path "
                     "(hyperscan, installed here).")  # fmt: skip
    for name, fn in timed.items():
        speeds[name] = {c: speed(fn, d, 1 if QUICK or "llmgate" not in name else 3)
                        for c, d in docs.items()}  # fmt: skip
    e2e = end_to_end(records)
    e2e_models = end_to_end(records, models=True)
    notes.append(f"- End to end with {WITH_MODELS}: structured values verbatim at the vendor "
                 f"{e2e_models['structured_verbatim']} of {e2e_models['structured_values']}, "
                 f"answers not restored {e2e_models['answers_not_restored']} of "
                 f"{e2e_models['prompts']}.")  # fmt: skip
    # The detectors' version: the last commit that touched them, and whether they differ.
    git = ["git", "-C", str(root)]
    last = [*git, "log", "-1", "--format=%h %cs", "--", "src/llmgate/redaction"]
    commit = subprocess.run(last, capture_output=True, text=True).stdout.strip()
    dirty = [*git, "status", "--porcelain", "--", "src/llmgate/redaction"]
    if subprocess.run(dirty, capture_output=True, text=True).stdout.strip():
        commit += " + uncommitted changes"
    meta = {
        "texts": len(records), "handwritten": sum(r["id"].startswith("hw") for r in records),
        "set": str(SET.relative_to(root)),
        "values": sum(s["type"] != "DECOY" for r in records for s in r["spans"]),
        "decoys": sum(s["type"] == "DECOY" for r in records for s in r["spans"]),
        "langs": "/".join(sorted({r["lang"].upper() for r in records})),
        "commit": commit,
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "python": platform.python_version(),
        "load": os.getloadavg()[0],
        "hyperscan": "installed" if HAS_HYPERSCAN else "not installed",
    }  # fmt: skip
    text = report(meta, quality, speeds, e2e, notes)
    (SET / "results.md").write_text(text, encoding="utf-8")
    result = {"meta": meta, "quality": quality, "speed": speeds, "end_to_end": e2e,
              "end_to_end_models": e2e_models}  # fmt: skip
    (SET / "results.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
