"""``llmgate redact``: preview what the redaction layer would mask in a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run_redact(args: argparse.Namespace) -> int:
    """Mask as the config's ``[redaction]`` section would (its entities, detectors and
    PERSON model setting; ``--entities`` overrides the entities), so that the preview shows
    what a call would send."""
    from llmgate._config import load_config
    from llmgate._privacy import build_redactor
    from llmgate.redaction import preview

    config = load_config(args.config)
    section = config.redaction
    text = Path(args.file).read_text(encoding="utf-8") if args.file else sys.stdin.read()
    entities = [e.strip() for e in args.entities.split(",")] if args.entities else None
    redactor = build_redactor(section, file=config.file, entities=entities, cache_size=0)
    print(preview(text, redactor=redactor))
    return 0
