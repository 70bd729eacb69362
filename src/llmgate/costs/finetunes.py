"""Vendor fine-tune model ids, and the rule that prices them from their base snapshot.

A fine-tuned OpenAI model is called by an id that names its base snapshot::

    ft:gpt-4o-mini-2024-07-18:acme:support-v2:9xYzAbCd
    ft:gpt-4o-mini-2024-07-18:acme::9xYzAbCd                  (no suffix)
    ft:gpt-4o-mini-2024-07-18:acme:support-v2:9xYzAbCd:ckpt-step-200   (a checkpoint)

OpenAI bills a fine-tune at the fine-tuned rates published for its base snapshot, not at
the base model's rates (gpt-4o-mini: 2x the base for input and output; gpt-4.1: 1.5x; cached
input discounted as the base's is). Those rates are rows of ``prices.json``
(``fine_tunes.openai``, each with its source and date), so a fine-tune of a known base is
never priced at the base's rates and never "unknown"; a base without a published
fine-tune rate stays unknown rather than guessed::

    parse_fine_tune("ft:gpt-4.1-2025-04-14:acme::abc123").base   # "gpt-4.1-2025-04-14"
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["FineTuneId", "parse_fine_tune"]

_CHECKPOINT: Final = re.compile(r"ckpt-step-(\d+)")


@dataclass(frozen=True, slots=True)
class FineTuneId:
    """The parts of a vendor fine-tune id."""

    base: str
    organization: str
    suffix: str
    job: str
    checkpoint_step: int | None = None


def parse_fine_tune(model: str) -> FineTuneId | None:
    """The parts of ``ft:BASE:ORG:SUFFIX:ID[:ckpt-step-N]``, or ``None`` for other names."""
    if not model.startswith("ft:"):
        return None
    parts = model.split(":")
    if len(parts) not in (5, 6) or not parts[1] or not parts[4]:
        return None
    step: int | None = None
    if len(parts) == 6:
        match = _CHECKPOINT.fullmatch(parts[5])
        if match is None:
            return None
        step = int(match.group(1))
    return FineTuneId(parts[1], parts[2], parts[3], parts[4], step)
