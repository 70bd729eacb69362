from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from llmgate.costs import Ledger, MemoryLedger, SqliteLedger, open_ledger


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def ledger(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Ledger]:
    """Each ledger test runs on every backend: they must answer identically."""
    backend: Ledger
    if request.param == "memory":
        backend = MemoryLedger()
    elif request.param == "sqlite":
        backend = SqliteLedger(tmp_path / "l.db")
    else:
        backend = open_ledger(request.getfixturevalue("pg_ledger_url"))
    yield backend
    backend.close()
