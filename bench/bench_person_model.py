"""The model-based PERSON detector (``person-model``) beside the rules: what it adds, what it costs.

Run: ``python bench/bench_person_model.py [--heldout | --set bench/heldout3]``. Without
either it scores the development set (tests/redaction/data/eval.jsonl), which the shipped
weights were trained on; ``--heldout`` scores bench/heldout and ``--set DIR`` another set of
that format, read by that set's own ``generate.load``. bench/heldout and bench/heldout2 are
training data of the shipped weights too (``tools/train_person_model.py --validate`` gives
the figures of weights trained without each of them): only a set the training never saw
measures the model. Prints one line per configuration: characters of PERSON values left
unmasked, PERSON findings that fall on no labeled value, decoys touched, all labeled
characters left unmasked, and CPU throughput of one thread (detection cache off).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from model_bench import Found, Record, main, tally, throughput


def measure(records: list[Record], detect: Callable[[str], list[Found]]) -> dict[str, Any]:
    """PERSON and all-type characters left unmasked, PERSON findings on no labeled value
    (of any type), decoys touched, and the CPU seconds ``detect`` took."""
    m = tally(records, detect, "PERSON")
    row = m["per"]["PERSON"]
    return {**m, "person_unmasked": row[1] / row[0]}


def line(m: dict[str, Any]) -> str:
    off = m["found"] - m["on_value"]
    return (
        f"PERSON unmasked {m['person_unmasked']:.1%}, PERSON findings on no labeled value "
        f"{off}/{m['found']} ({off / max(m['found'], 1):.1%}),"
        f" decoys touched {m['decoys'][1]}/{m['decoys'][0]}, all types unmasked "
        f"{m['all_unmasked']:.1%}, " + throughput(m)
    )


if __name__ == "__main__":
    from llmgate.redaction.person_model import PersonModelDetector

    main(PersonModelDetector, measure, line)
