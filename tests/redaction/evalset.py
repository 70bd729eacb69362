"""Load the labeled evaluation set and score a detector on it (shared by tests and bench)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

EVAL_PATH = Path(__file__).parent / "data" / "eval.jsonl"
SCORED_TYPES = (
    "CREDIT_CARD", "IBAN", "US_SSN", "EMAIL", "IP_ADDRESS", "SECRET", "PHONE", "PERSON",
    "STREET_ADDRESS", "DATE_OF_BIRTH",
)  # fmt: skip

Found = tuple[int, int, str]


def load() -> list[dict[str, object]]:
    with EVAL_PATH.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass
class Stats:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    true_pos: int = 0
    chars: int = 0
    leaked: int = 0
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.true_pos / self.predicted if self.predicted else 1.0

    @property
    def leak_rate(self) -> float:
        return self.leaked / self.chars if self.chars else 0.0


@dataclass
class Report:
    per_type: dict[str, Stats]
    negatives: int
    negatives_masked: int
    masked_negatives: list[str]

    @property
    def negative_rate(self) -> float:
        return self.negatives_masked / self.negatives if self.negatives else 0.0

    def overall_leak(self) -> float:
        chars = sum(s.chars for s in self.per_type.values())
        return sum(s.leaked for s in self.per_type.values()) / chars if chars else 0.0


def _covered(preds: Iterable[Found], kind: str | None) -> set[int]:
    out: set[int] = set()
    for start, end, t in preds:
        if kind is None or t == kind:
            out.update(range(start, end))
    return out


def score_default(records: list[dict[str, object]]) -> Report:
    """``score`` of a fresh default ``Redactor`` over every built-in type, on the detection
    path the calling test selected (a round's file floors)."""
    from llmgate.redaction import Redactor

    red = Redactor(entities=None)
    return score(records, lambda t: [(s.start, s.end, s.type) for s in red.detect(t)])


def score(records: list[dict[str, object]], detect: Callable[[str], list[Found]]) -> Report:
    """Recall (every non-space character of a value covered by a finding of its type),
    precision (a finding mostly inside a value of its type), leaked characters, hard
    negatives touched by any finding."""
    per_type = {t: Stats() for t in SCORED_TYPES}
    negatives = masked = 0
    masked_examples: list[str] = []
    for rec in records:
        text = str(rec["text"])
        preds = detect(text)
        any_cover = _covered(preds, None)
        for gold in rec["spans"]:  # type: ignore[attr-defined]
            st = per_type[gold["type"]]
            idx = [i for i in range(gold["start"], gold["end"]) if not text[i].isspace()]
            st.gold += 1
            st.chars += len(idx)
            st.leaked += sum(1 for i in idx if i not in any_cover)
            same = _covered(preds, gold["type"])
            if all(i in same for i in idx):
                st.found += 1
            else:
                st.missed.append(f"{rec['id']}: {text[gold['start'] : gold['end']]!r}")
        for start, end, kind in preds:
            if kind not in per_type:
                continue
            st = per_type[kind]
            st.predicted += 1
            hit = any(
                g["type"] == kind
                and min(end, g["end"]) - max(start, g["start"]) >= (end - start) / 2
                for g in rec["spans"]  # type: ignore[attr-defined]
            )
            if hit:
                st.true_pos += 1
            else:
                st.false.append(f"{rec['id']}: {kind} {text[start:end]!r}")
        for neg in rec["hard_negatives"]:  # type: ignore[attr-defined]
            negatives += 1
            if any(s < neg["end"] and neg["start"] < e for s, e, _ in preds):
                masked += 1
                masked_examples.append(
                    f"{rec['id']}: {neg['kind']} {text[neg['start'] : neg['end']]!r}"
                )
    return Report(per_type, negatives, masked, masked_examples)
