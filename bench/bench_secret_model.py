"""The model-based SECRET detector (``secret-model``) beside the rules: what it adds, what it costs.

Run: ``python bench/bench_secret_model.py [--set DIR]``. Without ``--set`` it scores the
development set (tests/redaction/data/eval.jsonl); ``--set DIR`` scores a set of the
held-out format (``DIR/data/heldout.jsonl``, read by that set's own ``generate.load``).
The development set and bench/heldout and bench/heldout2 are training data of the shipped
weights (``tools/train_secret_model.py --validate`` gives the figures of weights trained
without each of them): only a set the training never saw measures the model. Prints one
line per configuration: characters of SECRET values (and of URL credentials) left
unmasked, SECRET precision (SECRET findings that overlap a labeled SECRET or URL
credentials, over all SECRET findings), decoys touched, all labeled characters left
unmasked, and CPU throughput of one thread (detection cache off).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from model_bench import Found, Record, decoy_share, main, tally, throughput

CREDENTIAL = ("SECRET", "URL_CREDENTIALS")


def measure(records: list[Record], detect: Callable[[str], list[Found]]) -> dict[str, Any]:
    """SECRET, URL credentials and all-type characters left unmasked, SECRET precision
    (SECRET findings on a labeled SECRET or URL credentials), decoys touched, CPU seconds."""
    m = tally(records, detect, "SECRET", CREDENTIAL)
    return {**m, "precision": m["on_value"] / max(m["found"], 1)}


def _share(m: dict[str, Any], typ: str) -> str:
    row = m["per"].get(typ)
    return f"{row[1] / row[0]:.2%}" if row else "n/a"


def line(m: dict[str, Any]) -> str:
    return (
        f"SECRET unmasked {_share(m, 'SECRET')}, URL credentials unmasked "
        f"{_share(m, 'URL_CREDENTIALS')}, SECRET precision {m['precision']:.3f} "
        f"({m['on_value']}/{m['found']}), decoys touched {m['decoys'][1]}/{m['decoys'][0]}, "
        f"decoy chars masked {decoy_share(m)}, "
        f"all types unmasked {m['all_unmasked']:.2%}, " + throughput(m)
    )


if __name__ == "__main__":
    from llmgate.redaction.secret_model import SecretModelDetector

    main(SecretModelDetector, measure, line)
