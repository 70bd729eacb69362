"""Train the weights of the optional DATE_OF_BIRTH model (src/llmgate/redaction/dob_model.json.gz).

Run from the repository root: ``python tools/train_dob_model.py`` trains on every labeled
set the project may tune on (the development set tests/redaction/data/eval.jsonl,
bench/heldout, bench/heldout2, and the dev part of the look-alike set
tests/redaction/data/dob_negatives.jsonl: dates that are not birth dates beside birth
dates, in seven languages) and writes the weights; the same data gives the same file
(fixed order, fixed seeds, no clock). A candidate date is a positive example when at least
half of its characters lie in a labeled DATE_OF_BIRTH value; every other date (decoy
dates included) is a negative. ``--validate`` writes nothing and prints, for each set,
rules alone against rules + model with weights trained on the other two sets only
(cross-author figures: each set was written by a different author). bench/heldout3 and
later sets, and the look-alike set's test part, are never read here. The shared steps:
tools/model_training.py.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from bench_dob_model import line, measure
from model_training import Spec, labeled, main

from llmgate.redaction.dob_model import FORMAT, WEIGHTS_FILE, candidates


def birth_chars(rec: dict[str, Any]) -> bytearray:
    """One byte per character: 1 inside a labeled DATE_OF_BIRTH value."""
    return labeled(rec, ("DATE_OF_BIRTH",))


SPEC = Spec(
    name="dob",
    entity="DATE_OF_BIRTH",
    about="tools/train_dob_model.py: averaged perceptron over dates",
    weights_file=WEIGHTS_FILE,
    fmt=FORMAT,
    candidates=candidates,
    label_chars=birth_chars,
    measure=measure,
    line=line,
    # Chosen on development data only: 5-fold cross-validation over the look-alike set's
    # dev part (folds by layout) and the cross-set figures of --validate. Below 3 more
    # non-birth dates are masked for the same birth dates; from 7 birth dates are missed.
    threshold=5.0,
    extra=("dob_lookalikes",),
    # Round 13's birth-date file (GEDCOM BIRT records, birth announcements, passenger
    # records: dates the rules now find by their format) moved the weights toward lone old
    # dates in prose: trained on it, the model masked a founding date ("La NATO il 4 aprile
    # 1949 fu fondata") and employment periods the unit tests keep, for no gain on the
    # look-alikes' private part (2/93 dates touched either way). Left out until the
    # features can tell those formats from prose; the rules cover them. Round 14's file
    # (obituaries, dates said aloud, read-backs) did the same: trained on it, the model
    # took a 2026 bank-statement date ("20260203A00441") for a birth date and moved the
    # threshold test's counts; the rules written with it find all 54 of its birth dates.
    # Round 15's look-alike file (dates of other events beside birth dates) moved the
    # weights back toward the founding date above and moved the threshold test's counts;
    # its dates are left by the rules' event words (dob_events), and the model's finding
    # is dropped where a date's own label names another event, without training on it.
    # Round 17's look-alike file (animals' birth dates, DICOM study dates, credit-report
    # dates beside the subject's birth date) is left out for the same reason: the rules
    # (dob_animals, format_ids) drop those dates after the model has run. Round 17's records
    # file (DICOM and X12 dates, generated from a template) moved the threshold test's
    # counts (the model no longer took "born 1985-03-12"); the rules read its dates by field.
    leave_out=(
        "dev13r13dob-",
        "dev13r14dob-",
        "dev13r15lookalike-",
        "dev13r17lookalike-",
        "dev13r17records-",
        # Rounds 19 and 20's files (tables, IVR logs, deeds; yearless birthdays, payslips,
        # identity exports, configs, threads): read by the rounds' rules; left out so the
        # default model's weights stay those the held-out sets measured.
        "dev13r19",
        "dev13r20",
        "dev13r21",
    ),
)

if __name__ == "__main__":
    main(SPEC)
