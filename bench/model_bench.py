"""What the model benches share (bench_{person,secret,dob,phone}_model.py), and the labeled sets.

Each bench scores one opt-in model beside the rules on a labeled set and prints a line per
configuration (rules, rules + model, the model alone). :func:`tally` is the one scoring
pass they all make: characters left unmasked per labeled type, the model type's findings
and how many fall on a labeled value, decoys touched, CPU time. The DATE_OF_BIRTH and
PHONE benches report it as it is (``span_measure``); the PERSON and SECRET benches in
their own terms. The trainers (tools/) read the same sets through ``load_dev``/``load_set``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from scoring import counted, coverage

ROOT = Path(__file__).resolve().parent.parent
Found = tuple[int, int, str]
Record = dict[str, Any]
Measure = Callable[[list[Record], Callable[[str], list[Found]]], dict[str, Any]]


def load_set(folder: Path) -> list[Record]:
    """A set in ``folder`` (``data/heldout.jsonl``), read and checked by its own
    ``generate.load``."""
    spec = importlib.util.spec_from_file_location("set_generate", folder / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(folder))  # its own helper modules
    spec.loader.exec_module(module)
    records: list[Record] = module.load(folder / "data" / "heldout.jsonl")
    return records


def load_dev() -> list[Record]:
    return load_jsonl(ROOT / "tests/redaction/data/eval.jsonl")


# The development files of round 13 were each written for a few types, and their authors
# labeled only those: a name in a GEDCOM file of the birth-date round, a phone number in a
# tenant application of the SSN round, is there but not marked. A model learns from a file
# only when its type is one the file labels; elsewhere an unmarked value would be taught as
# a negative (the PERSON weights trained on all of them left more names on every held-out
# set). The earlier rounds label every type of their texts.
LABELED_TYPES = {
    "dev13r13ssn": frozenset({"US_SSN", "PERSON"}),
    "dev13r13dob": frozenset({"DATE_OF_BIRTH"}),
    "dev13r13secret": frozenset({"SECRET", "PHONE"}),
    "dev13r13machine": frozenset({"IBAN", "SECRET", "PERSON", "EMAIL", "IP_ADDRESS"}),
    "dev13r14dob": frozenset({"DATE_OF_BIRTH"}),
    "dev13r14decoy": frozenset({"PHONE"}),
    "dev13r14bphone": frozenset({"PHONE"}),
    "dev13r14secret": frozenset({"SECRET"}),
    "dev13r15phone": frozenset({"PHONE"}),
    "dev13r15records": frozenset({"US_SSN", "PERSON"}),
    "dev13r15secret": frozenset({"SECRET"}),
    "dev13r15lookalike": frozenset({"US_SSN", "DATE_OF_BIRTH", "SECRET", "PHONE"}),
    "dev13r16machine": frozenset({"IP_ADDRESS", "SECRET"}),
    "dev13r17records": frozenset(
        {"PERSON", "STREET_ADDRESS", "PHONE", "DATE_OF_BIRTH", "IBAN", "EMAIL"}
    ),
    "dev13r17machsecret": frozenset({"SECRET"}),
    "dev13r17lookalike": frozenset({"PHONE", "US_SSN", "DATE_OF_BIRTH", "CREDIT_CARD", "IBAN"}),
    "dev13r17speech": frozenset({"PHONE", "PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"}),
    "dev13r17formsecret": frozenset({"SECRET", "PHONE"}),
    "dev13r18machine": frozenset({"SECRET"}),
    "dev13r18travel": frozenset(
        {"CREDIT_CARD", "EMAIL", "DATE_OF_BIRTH", "PERSON", "PHONE", "STREET_ADDRESS"}
    ),
    "dev13r19tables": frozenset({"PERSON", "PHONE", "DATE_OF_BIRTH", "EMAIL", "STREET_ADDRESS"}),
    "dev13r19tablesp": frozenset({"PERSON", "PHONE", "DATE_OF_BIRTH", "EMAIL", "STREET_ADDRESS"}),
    "dev13r19ci": frozenset({"SECRET"}),
    "dev13r20bday": frozenset({"DATE_OF_BIRTH"}),
    "dev13r20bdayp": frozenset({"DATE_OF_BIRTH"}),
    "dev13r19talk": frozenset(
        {"PERSON", "SECRET", "PHONE", "EMAIL", "STREET_ADDRESS", "DATE_OF_BIRTH", "IBAN"}
    ),
    "dev13r19talkp": frozenset(
        {"PERSON", "SECRET", "PHONE", "EMAIL", "STREET_ADDRESS", "DATE_OF_BIRTH", "IBAN"}
    ),
    "dev13r19legal": frozenset({"PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH", "PHONE", "EMAIL"}),
    "dev13r19wraps": frozenset({"PERSON", "STREET_ADDRESS"}),
    "dev13r20payroll": frozenset(
        {"PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH", "IBAN", "US_SSN", "PHONE", "EMAIL"}
    ),
    "dev13r20identity": frozenset(
        {"PERSON", "PHONE", "EMAIL", "STREET_ADDRESS", "DATE_OF_BIRTH", "SECRET", "IP_ADDRESS"}
    ),
    "dev13r20identityp": frozenset(
        {"PERSON", "PHONE", "EMAIL", "STREET_ADDRESS", "DATE_OF_BIRTH", "SECRET", "IP_ADDRESS"}
    ),
    "dev13r20yaml": frozenset(
        {"SECRET", "PERSON", "EMAIL", "PHONE", "IP_ADDRESS", "DATE_OF_BIRTH", "STREET_ADDRESS"}
    ),
    "dev13r20yamlp": frozenset(
        {"SECRET", "PERSON", "EMAIL", "PHONE", "IP_ADDRESS", "DATE_OF_BIRTH", "STREET_ADDRESS"}
    ),
    "dev13r20threads": frozenset(
        {"PERSON", "PHONE", "SECRET", "EMAIL", "STREET_ADDRESS", "DATE_OF_BIRTH", "IBAN"}
    ),
    "dev13r20threadsp": frozenset(
        {"PERSON", "PHONE", "SECRET", "EMAIL", "STREET_ADDRESS", "DATE_OF_BIRTH", "IBAN"}
    ),
    "dev13r21alerting": frozenset({"SECRET", "PERSON", "EMAIL", "PHONE", "IP_ADDRESS"}),
    "dev13r21alertingp": frozenset({"SECRET", "PERSON", "EMAIL", "PHONE", "IP_ADDRESS"}),
    "dev13r21sqlusers": frozenset({"PERSON", "PHONE", "EMAIL", "STREET_ADDRESS", "IP_ADDRESS"}),
    "dev13r21sqlusersp": frozenset({"PERSON", "PHONE", "EMAIL", "STREET_ADDRESS", "IP_ADDRESS"}),
    "dev13r21numbers": frozenset({"CREDIT_CARD", "PHONE", "IP_ADDRESS", "DATE_OF_BIRTH"}),
    "dev13r21numbersp": frozenset({"CREDIT_CARD", "PHONE", "IP_ADDRESS", "DATE_OF_BIRTH"}),
    "dev13r21records": frozenset({"PERSON", "STREET_ADDRESS"}),
    "dev13r21recordsp": frozenset({"PERSON", "STREET_ADDRESS"}),
    "dev13r21codes": frozenset({"SECRET"}),
    "dev13r21codesp": frozenset({"SECRET"}),
    "dev13r21talk": frozenset({"PERSON", "STREET_ADDRESS"}),
    "dev13r21talkp": frozenset({"PERSON", "STREET_ADDRESS"}),
}


def trainable(records: list[Record], entity: str, leave_out: tuple[str, ...] = ()) -> list[Record]:
    """The development records a model of ``entity`` may learn from: those of files that
    label its type (``LABELED_TYPES``), less those whose id starts with one of
    ``leave_out`` (a trainer's own exclusions, each with its reason)."""
    out = []
    for rec in records:
        key = str(rec.get("id", ""))
        labeled = LABELED_TYPES.get(key.rsplit("-", 1)[0])
        if (labeled is None or entity in labeled) and not key.startswith(leave_out):
            out.append(rec)
    return out


def load_jsonl(path: Path, split: str | None = None) -> list[Record]:
    """A labeled set in the development set's format, one record a line; with ``split``,
    only the records of that part (``tests/redaction/data/model_negatives.jsonl`` has a
    ``dev`` part and a ``test`` part that is never tuned on)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(text) for text in lines if text]
    return [r for r in records if split is None or r.get("split") == split]


LOOKALIKES = ROOT / "tests/redaction/data/model_negatives.jsonl"


def load_lookalikes(split: str | None = "dev") -> list[Record]:
    """The look-alike set of the SECRET and PHONE models (its ``dev`` part by default)."""
    return load_jsonl(LOOKALIKES, split)


DOB_LOOKALIKES = ROOT / "tests/redaction/data/dob_negatives.jsonl"


def load_dob_lookalikes(split: str | None = "dev") -> list[Record]:
    """The DATE_OF_BIRTH model's look-alike set: dates that are not birth dates (admission,
    hire, issue, founding, history) beside birth dates (its ``dev`` part by default)."""
    return load_jsonl(DOB_LOOKALIKES, split)


def negatives(rec: Record) -> list[tuple[int, int]]:
    """Values that must stay: held-out sets label them DECOY, the development set lists
    them as ``hard_negatives``."""
    out = [(s["start"], s["end"]) for s in rec["spans"] if s["type"] == "DECOY"]
    out += [(s["start"], s["end"]) for s in rec.get("hard_negatives", [])]
    return out


def tally(
    records: list[Record],
    detect: Callable[[str], list[Found]],
    entity: str,
    value_types: Collection[str] | None = None,
    decoy_kind: re.Pattern[str] | None = None,
) -> dict[str, Any]:
    """One scoring pass: ``per`` (labeled type -> [characters, left unmasked]), ``found``
    (findings of ``entity``, but for those on a value the set ``ignored``: its gray zone)
    and ``on_value`` (those overlapping a labeled value of
    ``value_types``; None: of any type), ``decoys`` ([all, touched, of ``decoy_kind``,
    of it touched]), ``decoy_chars`` ([all, masked]: the issue's target is a share of
    characters), ``all_unmasked``, and the CPU seconds ``detect`` took."""
    per: dict[str, list[int]] = {}
    found_n = on_value = 0
    decoys = [0, 0, 0, 0]
    decoy_chars = [0, 0]
    cpu = 0.0
    for rec in records:
        text = rec["text"]
        start = time.process_time()
        found = detect(text)
        cpu += time.process_time() - start
        cover = coverage(text, found)
        labeled = [(s["start"], s["end"], s["type"]) for s in rec["spans"] if s["type"] != "DECOY"]
        for a, b in negatives(rec):
            touched = any(cover[a:b])
            decoy_chars[0] += b - a
            decoy_chars[1] += sum(cover[a:b])
            decoys[0] += 1
            decoys[1] += touched
            if decoy_kind is not None and decoy_kind.search(text, a, b) is not None:
                decoys[2] += 1
                decoys[3] += touched
        for a, b, typ in labeled:
            idx = counted(text, a, b)
            row = per.setdefault(typ, [0, 0])
            row[0] += len(idx)
            row[1] += len(idx) - sum(cover[i] for i in idx)
        values = [(a, b) for a, b, typ in labeled if value_types is None or typ in value_types]
        ignored = [(s["start"], s["end"]) for s in rec.get("ignored", [])]
        for a, b, typ in found:
            if typ == entity and not any(x < b and a < y for x, y in ignored):
                found_n += 1
                on_value += any(x < b and a < y for x, y in values)
    chars = sum(v[0] for v in per.values())
    return {
        "per": per,
        "found": found_n,
        "on_value": on_value,
        "decoys": decoys,
        "decoy_chars": decoy_chars,
        "all_unmasked": sum(v[1] for v in per.values()) / max(chars, 1),
        "cpu": cpu,
        "bytes": sum(len(r["text"].encode()) for r in records),
    }


def decoy_share(m: dict[str, Any]) -> str:
    """Characters of decoys (hard negatives) masked, as a share."""
    total, masked = m["decoy_chars"]
    return f"{masked / max(total, 1):.2%} ({masked}/{total})"


def throughput(m: dict[str, Any]) -> str:
    return f"{m['bytes'] / max(m['cpu'], 1e-9) / 1e6:.3f} MB/s CPU"


def span_measure(entity: str, short: str, decoy_kind: re.Pattern[str], decoy_label: str
                 ) -> tuple[Measure, Callable[[dict[str, Any]], str]]:  # fmt: skip
    """``measure`` and ``line`` for a model of ``entity``: its characters and all types'
    left unmasked, its findings on no labeled value of its type, decoys touched (all, and
    those that ``decoy_kind`` finds in: dates, long digit runs), and CPU seconds."""

    def measure(records: list[Record], detect: Callable[[str], list[Found]]) -> dict[str, Any]:
        return tally(records, detect, entity, (entity,), decoy_kind)

    def line(m: dict[str, Any]) -> str:
        row = m["per"].get(entity)
        share = f"{row[1] / row[0]:.2%} ({row[1]}/{row[0]})" if row else "n/a"
        d = m["decoys"]
        return (
            f"{short} unmasked {share}, {short} findings on no labeled {short} "
            f"{m['found'] - m['on_value']}/{m['found']}, decoys touched {d[1]}/{d[0]} "
            f"({decoy_label} {d[3]}/{d[2]}), decoy chars masked {decoy_share(m)}, "
            f"all types unmasked {m['all_unmasked']:.2%}, " + throughput(m)
        )

    return measure, line


def _found(detect: Callable[[str], list[Any]]) -> Callable[[str], list[Found]]:
    return lambda text: [(s.start, s.end, s.type) for s in detect(text)]


def main(make: Callable[[float | None], Any], measure: Measure,
         line: Callable[[dict[str, Any]], str]) -> None:  # fmt: skip
    """Score rules, rules + the model ``make(threshold)`` builds, and the model alone, on
    the development set, ``--heldout`` (bench/heldout), ``--set DIR``, or ``--file PATH``
    (a JSONL set in the development set's format; ``--split`` keeps one part of it)."""
    from llmgate.redaction import Redactor
    from llmgate.redaction.redactor import RULES_ONLY

    parser = argparse.ArgumentParser()
    parser.add_argument("--heldout", action="store_true", help="score bench/heldout")
    parser.add_argument("--set", help="a held-out set's folder, e.g. bench/heldout3")
    parser.add_argument("--file", help="a JSONL set in the dev set's format")
    parser.add_argument("--split", help="with --file: only its records of this split (dev, test)")
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()
    if args.file:
        path = (ROOT / args.file).resolve()
        records = load_jsonl(path, args.split)
        name = str(path.relative_to(ROOT)) + (f" [{args.split}]" if args.split else "")
    elif args.set or args.heldout:
        folder = (ROOT / (args.set or "bench/heldout")).resolve()
        records, name = load_set(folder), str(folder.relative_to(ROOT))
    else:
        records, name = load_dev(), "tests/redaction/data/eval.jsonl"
    print(f"{name}: {len(records)} texts")
    rules = Redactor(cache_size=0, **RULES_ONLY)
    model = make(args.threshold)
    both = Redactor(detectors=[model], cache_size=0, **RULES_ONLY)
    for label, red in (("rules", rules), (f"rules + {model!r}", both)):
        print(f"{label}:", line(measure(records, _found(red.detect))))
    print(f"{model!r} alone:", line(measure(records, _found(model.detect))))
