from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from llmgate.costs import MemoryLedger, SqliteLedger


@pytest.fixture(params=["memory", "sqlite"])
def ledger(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MemoryLedger | SqliteLedger]:
    """Each ledger test runs on both backends: they must answer identically."""
    backend: MemoryLedger | SqliteLedger
    backend = MemoryLedger() if request.param == "memory" else SqliteLedger(tmp_path / "l.db")
    yield backend
    backend.close()
