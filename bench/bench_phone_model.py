"""The PHONE model (``phone-model``) beside the rules: what it adds, what it costs.

Run: ``python bench/bench_phone_model.py [--set DIR]``. Without ``--set`` it scores the
development set (tests/redaction/data/eval.jsonl); ``--set DIR`` scores a set of the
held-out format (``DIR/data/heldout.jsonl``, read by that set's own ``generate.load``).
The development set and bench/heldout and bench/heldout2 are training data of the shipped
weights (``tools/train_phone_model.py --validate`` gives the figures of weights trained
without each of them): only a set the training never saw measures the model. Prints one
line per configuration: characters of PHONE values left unmasked, PHONE findings that
fall on no labeled phone number, decoys touched (all, and those that hold six digits or more),
all labeled characters left unmasked, and CPU throughput of one thread (detection cache
off).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from model_bench import main, span_measure

_SIX_DIGITS = re.compile(r"(?:[0-9][^0-9\n]{0,3}){5}[0-9]")
measure, line = span_measure("PHONE", "PHONE", _SIX_DIGITS, "6+ digits")


if __name__ == "__main__":
    from llmgate.redaction.phone_model import PhoneModelDetector

    main(PhoneModelDetector, measure, line)
