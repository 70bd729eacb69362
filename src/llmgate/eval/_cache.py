"""Answers already paid for, on disk, keyed by (route, what was sent, settings).

A SQLite file, so that a 10,000-row run looks an answer up without holding the others in
memory, and so that Ctrl-C keeps what is done: writes are committed in small batches and
once more when the run stops, however it stops. Only answers are kept, never errors: a
re-run tries a failed row again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

__all__ = ["AnswerCache", "cache_key"]

_COMMIT_EVERY = 200
_COMMIT_AFTER_S = 1.0


def cache_key(route: str, payload: Any, params: Any) -> str:
    text = json.dumps([route, payload, params], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


class AnswerCache:
    """``get``/``put`` JSON records by key; ``None`` as the directory keeps nothing."""

    def __init__(self, directory: str | os.PathLike[str] | None) -> None:
        self._db: sqlite3.Connection | None = None
        self._pending = 0
        self._last_commit = time.monotonic()
        self.hits = 0
        if directory is None:
            return
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path / "answers.sqlite3", isolation_level="DEFERRED")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, record TEXT NOT NULL)"
        )
        self._db.commit()

    def get(self, key: str) -> dict[str, Any] | None:
        if self._db is None:
            return None
        found = self._db.execute("SELECT record FROM answers WHERE key = ?", (key,)).fetchone()
        if found is None:
            return None
        self.hits += 1
        record: dict[str, Any] = json.loads(found[0])
        return record

    def put(self, key: str, record: dict[str, Any]) -> None:
        if self._db is None:
            return
        self._db.execute(
            "INSERT OR REPLACE INTO answers (key, record) VALUES (?, ?)",
            (key, json.dumps(record, ensure_ascii=False)),
        )
        self._pending += 1
        now = time.monotonic()
        if self._pending >= _COMMIT_EVERY or now - self._last_commit >= _COMMIT_AFTER_S:
            self.commit()

    def commit(self) -> None:
        if self._db is not None and self._pending:
            self._db.commit()
            self._pending = 0
        self._last_commit = time.monotonic()

    def close(self) -> None:
        if self._db is not None:
            self.commit()
            self._db.close()
            self._db = None
