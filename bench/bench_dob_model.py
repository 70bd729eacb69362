"""The DATE_OF_BIRTH model (``dob-model``) beside the rules: what it adds, what it costs.

Run: ``python bench/bench_dob_model.py [--set DIR]``. Without ``--set`` it scores the
development set (tests/redaction/data/eval.jsonl); ``--set DIR`` scores a set of the
held-out format (``DIR/data/heldout.jsonl``, read by that set's own ``generate.load``);
``--file tests/redaction/data/dob_negatives.jsonl --split dev`` (or ``test``, its private
part) the look-alike set of dates that are not birth dates.
The development set and bench/heldout and bench/heldout2 are training data of the shipped
weights (``tools/train_dob_model.py --validate`` gives the figures of weights trained
without each of them): only a set the training never saw measures the model. Prints one
line per configuration: characters of DATE_OF_BIRTH values left unmasked, DATE_OF_BIRTH
findings that fall on no labeled birth date, decoys touched (all, and those that hold a date),
all labeled characters left unmasked, and CPU throughput of one thread (detection cache
off).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from model_bench import main, span_measure

from llmgate.redaction.dates import DATE_ONLY

measure, line = span_measure("DATE_OF_BIRTH", "DOB", DATE_ONLY, "dates")


if __name__ == "__main__":
    from llmgate.redaction.dob_model import DobModelDetector

    main(DobModelDetector, measure, line)
