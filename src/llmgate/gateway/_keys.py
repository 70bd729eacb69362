"""Virtual keys: what a key may do, how it is checked, and where its hash is kept.

A key is ``sk-lg-`` followed by 256 random bits (``secrets.token_urlsafe``), shown once when
it is made. Only its SHA-256 is stored: the key has full entropy, so a slow password hash
would add latency to every request without adding safety. The ``sk-`` shape also means
:func:`llmgate.errors.scrub_secrets` masks a key that ever reaches an error text.

Stores implement :class:`KeyStore` (five small async methods) so that a shared one
(Redis, PostgreSQL) can replace :class:`SqliteKeyStore`, which serves one machine.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Protocol, runtime_checkable

__all__ = [
    "KeyExistsError",
    "KeyStore",
    "SqliteKeyStore",
    "VirtualKey",
    "digest",
    "new_key",
    "open_key_store",
]

PREFIX = "sk-lg-"
DEFAULT_STORE = "sqlite:///.llmgate/keys.db"


def new_key() -> str:
    return PREFIX + secrets.token_urlsafe(32)


def digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


class KeyExistsError(ValueError):
    """A key with that name already exists (names are how keys are listed and revoked)."""


@dataclass(frozen=True, slots=True)
class VirtualKey:
    """One key's record. ``routes`` ``None`` means every route; ``hash`` is the SHA-256."""

    name: str
    hash: str
    routes: tuple[str, ...] | None = None
    daily_usd: Decimal | None = None
    rpm: int | None = None
    created: float = 0.0
    revoked: float | None = None

    def __repr__(self) -> str:  # the hash is not a secret, but it is nobody's business
        return f"VirtualKey(name={self.name!r}, routes={self.routes!r}, revoked={self.revoked})"

    def matches(self, key: str) -> bool:
        """Constant-time comparison of ``key``'s hash with the stored one."""
        return hmac.compare_digest(digest(key), self.hash)


@runtime_checkable
class KeyStore(Protocol):
    """Where keys live. ``find`` runs on the request path (the gateway caches it briefly)."""

    async def create(self, key: VirtualKey) -> None: ...

    async def find(self, key_hash: str) -> VirtualKey | None: ...

    async def list(self) -> Sequence[VirtualKey]: ...

    async def revoke(self, name: str) -> bool: ...

    async def close(self) -> None: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS keys (
    name TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    routes TEXT,
    daily_usd TEXT,
    rpm INTEGER,
    created REAL NOT NULL,
    revoked REAL
)
"""


class SqliteKeyStore:
    """Keys in one SQLite file, shared by the CLI and every gateway process on the machine.

    Calls are short local queries, run inline: a thread hop would cost more than the query.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.execute(_SCHEMA)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SqliteKeyStore({str(self.path)!r})"

    async def create(self, key: VirtualKey) -> None:
        routes = None if key.routes is None else ",".join(key.routes)
        daily = None if key.daily_usd is None else str(key.daily_usd)
        created = key.created or time.time()
        try:
            with self._lock:
                self._db.execute(
                    "INSERT INTO keys VALUES (?, ?, ?, ?, ?, ?, NULL)",
                    (key.name, key.hash, routes, daily, key.rpm, created),
                )
        except sqlite3.IntegrityError:
            raise KeyExistsError(f"a key named {key.name!r} already exists") from None

    async def find(self, key_hash: str) -> VirtualKey | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM keys WHERE hash = ?", (key_hash,)).fetchone()
        return None if row is None else _from_row(row)

    async def list(self) -> list[VirtualKey]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM keys ORDER BY created, name").fetchall()
        return [_from_row(r) for r in rows]

    async def revoke(self, name: str) -> bool:
        with self._lock:
            cur = self._db.execute(
                "UPDATE keys SET revoked = ? WHERE name = ? AND revoked IS NULL",
                (time.time(), name),
            )
        return cur.rowcount > 0

    async def close(self) -> None:
        with self._lock:
            self._db.close()


def _from_row(row: tuple[object, ...]) -> VirtualKey:
    name, key_hash, routes, daily, rpm, created, revoked = row
    return VirtualKey(
        name=str(name),
        hash=str(key_hash),
        routes=None if routes is None else tuple(r for r in str(routes).split(",") if r),
        daily_usd=None if daily is None else Decimal(str(daily)),
        rpm=None if rpm is None else int(str(rpm)),
        created=float(str(created)),
        revoked=None if revoked is None else float(str(revoked)),
    )


def open_key_store(spec: str) -> KeyStore:
    """``sqlite:///path`` (relative to the working directory) or ``sqlite:////abs/path``."""
    if spec.startswith("sqlite:///"):
        return SqliteKeyStore(spec[len("sqlite:///") :])
    from llmgate.errors import ConfigError

    raise ConfigError(
        f"unknown key store {spec!r}: expected sqlite:///path (shared stores come with the "
        "[state] backends)",
        key="gateway.keys",
    )


class KeyCache:
    """Recent lookups by hash, so most requests never touch the store.

    A revoked or created key is seen within ``ttl_s``: the store is the truth, the cache a
    short memory of it (misses are cached too, so a flood of bad keys costs no queries).
    """

    def __init__(self, store: KeyStore, ttl_s: float = 2.0, size: int = 10_000) -> None:
        self.store = store
        self.ttl_s = ttl_s
        self.size = size
        self._seen: dict[str, tuple[float, VirtualKey | None]] = {}

    async def lookup(self, key: str) -> VirtualKey | None:
        h = digest(key)
        now = time.monotonic()
        hit = self._seen.get(h)
        if hit is not None and now - hit[0] < self.ttl_s:
            found = hit[1]
        else:
            found = await self.store.find(h)
            if len(self._seen) >= self.size:
                self._seen.clear()
            self._seen[h] = (now, found)
        # The hash was computed once above; compare it with the record's in constant time.
        if found is None or not hmac.compare_digest(h, found.hash):
            return None
        return found

    def forget(self, name: str) -> None:
        """Drop what is cached for key ``name`` (revoked here: it stops working at once in
        this process; other processes see it within ``ttl_s``)."""
        for h in [h for h, (_, k) in self._seen.items() if k is not None and k.name == name]:
            del self._seen[h]


def make_key(
    name: str,
    routes: Sequence[str] | None = None,
    daily_usd: Decimal | None = None,
    rpm: int | None = None,
) -> tuple[str, VirtualKey]:
    """A new secret and the record to store for it (the secret is not in the record)."""
    secret = new_key()
    record = VirtualKey(name, digest(secret), tuple(routes) if routes else None, daily_usd, rpm)
    return secret, replace(record, created=time.time())
