"""The hand-marked look-alike files (``model_negatives.txt``, ``dob_negatives.txt``): one
parser for their markup, shared by the scripts that build their JSONL.

Records are separated by ``---``; a record's first line is ``# id lang kind``. In the
text, ``⟦X:value⟧`` marks a value: ``N`` one that must stay (a hard negative), ``I`` one of
the gray zone (in no figure and no training example: ``ignored``), any other letter a
labeled value of the type the builder maps it to.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

MARK = re.compile(r"⟦([A-Z]):(.*?)⟧", re.DOTALL)


def parse(block: str, types: Mapping[str, str], negative_kind: str) -> dict[str, Any]:
    """One record in the development set's format (``text``, ``spans``,
    ``hard_negatives``, ``ignored``); hard negatives carry ``negative_kind``."""
    head, _, body = block.strip("\n").partition("\n")
    rid, lang, kind = head.lstrip("# ").split()
    text, spans, negatives, ignored, pos = "", [], [], [], 0
    for m in MARK.finditer(body):
        text += body[pos : m.start()]
        start = len(text)
        text += m.group(2)
        if m.group(1) == "N":
            negatives.append({"start": start, "end": len(text), "kind": negative_kind})
        elif m.group(1) == "I":
            ignored.append({"start": start, "end": len(text)})
        else:
            spans.append({"start": start, "end": len(text), "type": types[m.group(1)]})
        pos = m.end()
    text += body[pos:]
    return {"id": rid, "lang": lang, "kind": kind, "text": text, "spans": spans,
            "hard_negatives": negatives, "ignored": ignored}  # fmt: skip


def records(path: Path, types: Mapping[str, str], negative_kind: str) -> list[dict[str, Any]]:
    """Every record of a marked file, in order."""
    source = path.read_text(encoding="utf-8")
    blocks = [b for b in re.split(r"^---$", source, flags=re.MULTILINE) if b.strip()]
    return [parse(b, types, negative_kind) for b in blocks]
