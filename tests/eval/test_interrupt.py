"""Ctrl-C during ``llmgate eval`` keeps the answers already received; a re-run resumes."""

from __future__ import annotations

import contextlib
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from llmgate.costs import open_ledger
from llmgate.testing import OpenAIServer, wait_until

ROWS = 1500


def _cached(cache: Path) -> int:
    db = cache / "answers.sqlite3"
    if not db.exists():
        return 0
    with contextlib.closing(sqlite3.connect(db)) as conn:
        try:
            count: int = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
        except sqlite3.OperationalError:  # created, the table not yet
            return 0
    return count


def _eval(config: Path, data: Path, cache: Path) -> subprocess.Popen[str]:
    code = "import sys; from llmgate.cli import main; sys.exit(main(sys.argv[1:]))"
    args = ["-c", str(config), "eval", str(data), "--targets", "oa:gpt-4o-mini", "-q"]
    return subprocess.Popen(
        [sys.executable, "-c", code, *args, "--cache-dir", str(cache)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # a child started from a non-interactive shell may inherit SIGINT ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def test_ctrl_c_keeps_what_is_done(tmp_path: Path) -> None:
    data = tmp_path / "cases.jsonl"
    lines = (json.dumps({"prompt": f"q{i}", "expected": f"echo: q{i}"}) for i in range(ROWS))
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cache = tmp_path / "cache"
    with OpenAIServer() as server:
        config = tmp_path / "llmgate.toml"
        config.write_text(
            f'[providers.oa]\ntype = "openai"\nbase_url = "{server.base_url}"\n'
            f'api_key = "sk-test"\n[costs]\nledger = "sqlite:///{tmp_path / "ledger.db"}"\n',
            encoding="utf-8",
        )
        first = _eval(config, data, cache)
        assert wait_until(lambda: _cached(cache) >= 50, timeout=120)
        first.send_signal(signal.SIGINT)
        _, err = first.communicate(timeout=60)
        assert first.returncode == 130, err
        sent, kept = server.count, _cached(cache)
        assert 50 <= kept <= sent < ROWS
        # Every answer kept was paid for, and what it cost is in the ledger.
        with contextlib.closing(open_ledger(f"sqlite:///{tmp_path / 'ledger.db'}")) as ledger:
            paid = len(ledger.rows(where={"outcome": "ok"}))
        assert kept <= paid <= sent
        # What arrived before Ctrl-C is kept, except what was still in flight or in the
        # last batch not yet committed (at most 1 s of answers, and fewer than 200).
        assert sent - kept < 200 + 4
        time.sleep(0.2)
        second = _eval(config, data, cache)
        out, err = second.communicate(timeout=600)
        assert second.returncode == 0, err
        assert server.count - sent == ROWS - kept  # only the missing rows were sent
        assert _cached(cache) == ROWS
        assert "100.0%" in out
