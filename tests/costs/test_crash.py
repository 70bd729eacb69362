"""A writer killed with SIGKILL mid-loop leaves a ledger that opens with every committed row."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from llmgate.costs import SqliteLedger

WORKER = Path(__file__).with_name("_workers.py")


def test_sigkill_keeps_every_committed_row(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    committed: list[int] = []
    with subprocess.Popen(
        [sys.executable, str(WORKER), "crash", str(db)], stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        try:
            for line in proc.stdout:  # each line is printed only after its row is committed
                committed.append(int(line))
                if len(committed) >= 500:
                    break
            os.kill(proc.pid, signal.SIGKILL)
            rest = proc.stdout.read()
        finally:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    committed += [int(line) for line in rest.split("\n")[:-1] if line]  # whole lines only
    assert len(committed) >= 500

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    with SqliteLedger(db, create=False) as ledger:
        stored = {row.id for row in ledger.rows()}
        assert set(committed) <= stored
        assert ledger.rows(limit=1)[0].call_id == "c0"
