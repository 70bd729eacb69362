"""``llmgate redact``: preview what the redaction layer would mask in a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run_redact(args: argparse.Namespace) -> int:
    from llmgate.redaction import preview

    text = Path(args.file).read_text(encoding="utf-8") if args.file else sys.stdin.read()
    entities = [e.strip() for e in args.entities.split(",")] if args.entities else None
    print(preview(text, entities=entities))
    return 0
