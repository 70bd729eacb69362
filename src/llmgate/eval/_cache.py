"""Answers already paid for, on disk, keyed by (route, what was sent, settings).

A SQLite file, so that a 10,000-row run looks an answer up without holding the others in
memory, and so that Ctrl-C keeps what is done. Lookups come in batches (one ``SELECT ...
IN`` for many rows); new answers wait in a small buffer and go in with one transaction
(``executemany``) every few hundred answers or every second, and once more when the run
stops, however it stops. Per answer that is a few microseconds instead of a statement and,
without the buffer, a commit. Only answers are kept, never errors: a re-run tries a failed
row again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["AnswerCache", "cache_key", "call_key"]

_COMMIT_EVERY = 200
_COMMIT_AFTER_S = 1.0
_LOOKUP_BATCH = 500  # under SQLite's oldest limit of 999 bound variables


# Built once: ``json.dumps`` with options builds a new encoder on every call (per answer).
_KEY_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)
_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False)


def cache_key(route: str, payload: Any, params: Any) -> str:
    text = _KEY_ENCODER.encode([route, payload, params])
    return hashlib.sha256(text.encode()).hexdigest()


def call_key(
    route: str, messages: Sequence[Mapping[str, Any]], params: Mapping[str, Any], stream: bool
) -> str:
    """The key of one eval call: a streamed answer is kept apart from a plain one (its
    record has a time to first token)."""
    return cache_key(route, list(messages), {**params, "stream": True} if stream else params)


class AnswerCache:
    """``get``/``get_many``/``put`` JSON records by key; ``None`` as the directory keeps
    nothing. ``before_commit`` runs before each commit: the runner flushes the ledger there,
    so an answer is never on disk while the money it cost is not."""

    def __init__(
        self,
        directory: str | os.PathLike[str] | None,
        *,
        before_commit: Callable[[], None] | None = None,
    ) -> None:
        self._db: sqlite3.Connection | None = None
        self._pending: dict[str, str] = {}  # key -> JSON, not yet written
        self._last_commit = time.monotonic()
        self._before_commit = before_commit
        if directory is None:
            return
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path / "answers.sqlite3", isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, record TEXT NOT NULL)"
        )

    def get(self, key: str) -> dict[str, Any] | None:
        return self.get_many([key]).get(key)

    def get_many(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The records found among ``keys`` (written or still in the buffer)."""
        if self._db is None:
            return {}
        wanted = list(dict.fromkeys(keys))
        found: dict[str, str] = {k: self._pending[k] for k in wanted if k in self._pending}
        rest = [k for k in wanted if k not in found]
        for i in range(0, len(rest), _LOOKUP_BATCH):
            part = rest[i : i + _LOOKUP_BATCH]
            marks = ",".join("?" * len(part))
            sql = f"SELECT key, record FROM answers WHERE key IN ({marks})"
            found.update(self._db.execute(sql, part).fetchall())
        return {k: json.loads(v) for k, v in found.items()}

    def put(self, key: str, record: dict[str, Any]) -> None:
        if self._db is None:
            return
        self._pending[key] = _RECORD_ENCODER.encode(record)
        if len(self._pending) >= _COMMIT_EVERY or self.due():
            self.commit()

    def due(self) -> bool:
        """Whether buffered answers have waited long enough to be written."""
        return bool(self._pending) and time.monotonic() - self._last_commit >= _COMMIT_AFTER_S

    def commit(self) -> None:
        """Write the buffered answers in one transaction."""
        if self._db is not None and self._pending:
            if self._before_commit is not None:
                self._before_commit()
            self._db.execute("BEGIN")
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO answers (key, record) VALUES (?, ?)",
                    self._pending.items(),
                )
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            self._pending.clear()
        self._last_commit = time.monotonic()

    def close(self) -> None:
        if self._db is not None:
            self.commit()
            self._db.close()
            self._db = None
