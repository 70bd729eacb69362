"""Four processes sharing one SQLite ledger cannot overspend its budget together."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from llmgate.costs import SqliteLedger
from llmgate.testing import wait_until

WORKER = Path(__file__).with_name("_workers.py")


def test_four_processes_spend_exactly_up_to_the_limit(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    SqliteLedger(db).close()  # create the schema once
    procs = [
        subprocess.Popen(
            [sys.executable, str(WORKER), "budget", str(db), str(tmp_path), str(n), "0.01", "3"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    try:
        assert wait_until(lambda: len(list(tmp_path.glob("ready-*"))) == 4, timeout=60)
        (tmp_path / "go").touch()
        results = [p.communicate(timeout=120) for p in procs]
    finally:
        for p in procs:
            p.kill()
    assert all(p.returncode == 0 for p in procs), [err for _, err in results]
    done = sum(int(out) for out, _ in results)
    with SqliteLedger(db, create=False) as ledger:
        spent = ledger.spent()
        pids = {t.key for t in ledger.totals(by="tag:pid")}
    # $3.00 at $0.01 a call: exactly 300 calls fit, and no process got a 301st through
    assert done == 300
    assert spent == Decimal("3.00")
    assert len(pids) >= 2  # the processes really interleaved
