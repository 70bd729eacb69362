"""Instructions of each ``functools.reduce`` call of a script, counted by callgrind.

The instruction benchmarks (bench_redaction_instructions.py, bench_dob_instructions.py)
run each stage of a detection over a whole corpus inside one ``functools.reduce`` call:
callgrind collects only inside that C function and dumps before each call, so each
non-empty dump is one stage, in order. An instruction count does not move with the other
load of a shared machine; CPU time does by a factor of two.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["reduce_counts"]


def reduce_counts(script: str, *args: str) -> tuple[str, list[int], int, int]:
    """Run ``script --run *args`` under callgrind: its output, the instructions of each of
    its ``functools.reduce`` calls, and the texts and bytes from its ``TEXTS n bytes`` line."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg"
        log = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}.%p",
             "--dump-before=functools_reduce", "--toggle-collect=functools_reduce",
             sys.executable, script, "--run", *args],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        texts = re.search(r"^TEXTS (\d+) (\d+)$", log, re.M)
        assert texts is not None, log

        def order(p: Path) -> int:
            tail = p.name.split(".")
            return int(tail[2]) if len(tail) > 2 else 1 << 30  # the last stage has no number

        counts = []
        for dump in sorted(Path(tmp).glob("cg.*"), key=order):
            total = re.search(r"^(?:summary|totals): (\d+)", dump.read_text(), re.M)
            if total is not None and int(total.group(1)) > 0:
                counts.append(int(total.group(1)))
    return log, counts, int(texts.group(1)), int(texts.group(2))
