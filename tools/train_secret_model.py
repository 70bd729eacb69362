"""Train the weights of the optional SECRET model (src/llmgate/redaction/secret_model.json.gz).

Run from the repository root: ``python tools/train_secret_model.py`` trains on every labeled
set the project may tune on (the development set tests/redaction/data/eval.jsonl,
bench/heldout, bench/heldout2, the dev part of the look-alike set
tests/redaction/data/model_negatives.jsonl) and writes the weights with the threshold of
``SPEC``; the same data gives the same file (fixed order, fixed seeds, no clock). A
candidate token is a positive example when at least half of its characters lie in a labeled
SECRET value or in the password of labeled URL credentials; every other candidate (decoys
included) is a negative. ``--validate`` writes nothing and prints, for each set, rules alone
against rules + model with weights trained on the other sets only (cross-author figures:
each set was written by a different author); ``--on dev,lookalikes`` validates on those sets
only. bench/heldout3 and bench/heldout4 are never read here. The shared steps:
tools/model_training.py.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from bench_secret_model import line, measure
from model_training import Spec, main

from llmgate.redaction.secret_model import FORMAT, WEIGHTS_FILE, candidates


def secret_chars(rec: dict[str, Any]) -> bytearray:
    """One byte per character: 1 inside a SECRET value or a URL credential's password."""
    text = rec["text"]
    out = bytearray(len(text))
    for s in rec["spans"]:
        a, b = s["start"], s["end"]
        if s["type"] == "URL_CREDENTIALS":
            colon = text.find(":", a, b)
            a = colon + 1 if colon >= 0 else a
        elif s["type"] != "SECRET":
            continue
        out[a:b] = b"\1" * (b - a)
    return out


SPEC = Spec(
    name="secret",
    entity="SECRET",
    about="tools/train_secret_model.py: averaged perceptron over credential-like tokens",
    weights_file=WEIGHTS_FILE,
    fmt=FORMAT,
    candidates=candidates,
    label_chars=secret_chars,
    measure=measure,
    line=line,
    extra=("lookalikes",),
    # Round 19's CI credential dumps and meeting chats and round 20's configs, identity
    # exports and threads are read by the rounds' rules; left out so the weights stay
    # those the held-out sets measured.
    leave_out=("dev13r19", "dev13r20", "dev13r21"),
    # Chosen by cross-set validation on the dev data (--validate --on dev,lookalikes): from 0
    # to 1.5, rules + model leave the same development-set characters unmasked (0.00%) and one
    # look-alike-set secret more, and mask 15% fewer look-alike characters; the model alone's
    # precision on the look-alikes goes from 0.84 to 0.90.
    threshold=1.5,
)

if __name__ == "__main__":
    main(SPEC)
