"""Budget reservations shared by every process that uses one SQLite ledger file.

``reserve`` runs in a ``BEGIN IMMEDIATE`` transaction: it takes the database's write lock
*before* reading, so between reading ``spent + reserved`` and inserting the reservation no
other process (or thread) can reserve or settle. ``settle`` deletes the reservation and
appends the actual cost to the ``budget_spend`` log in one transaction. Several processes
sharing the file can therefore not overspend together, whatever the order in which the
flow settles and writes ledger rows. The first guard on a file seeds the log from the
ledger's rows; reservations of a crashed process expire after
``Budgets.reservation_ttl_s``.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from llmgate.costs._records import cost_units, encode_tags, format_time, units_to_cost
from llmgate.costs._sqlite import connect, immediate, tag_path
from llmgate.costs.budget import (
    Budget,
    Budgets,
    BudgetStatus,
    Reservation,
    refuse,
)

__all__ = ["SqliteBudgetGuard"]

_SEED = (
    "INSERT INTO budget_spend (time, units, tags) "
    "SELECT time, cost_units, tags FROM attempts WHERE cost_units IS NOT NULL ORDER BY id"
)


class SqliteBudgetGuard:
    """Budgets enforced across threads and processes through one SQLite ledger file::

    guard = SqliteBudgetGuard(Budgets.from_config({"daily_usd": 5}), Path("ledger.db"))
    reservation = guard.reserve(Decimal("0.02"), {"team": "support"})
    guard.settle(reservation, Decimal("0.013"))
    """

    def __init__(self, budgets: Budgets, path: Path | str, *, synchronous: str = "normal") -> None:
        self.budgets = budgets
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._synchronous = synchronous
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._conn: sqlite3.Connection | None = self._open()
        self._sums: dict[str, tuple[str, int, int]] = {}

    def _open(self) -> sqlite3.Connection:
        conn = connect(self.path, synchronous=self._synchronous)
        try:  # the first guard on this file counts what the ledger already holds, once
            with immediate(conn):
                seeded = "SELECT 1 FROM llmgate_meta WHERE key = 'spend_seeded'"
                if not conn.execute(seeded).fetchone():
                    conn.execute(_SEED)
                    conn.execute(
                        "INSERT INTO llmgate_meta (key, value) VALUES ('spend_seeded', '1')"
                    )
        except BaseException:
            conn.close()
            raise
        return conn

    def _connection(self) -> sqlite3.Connection:
        if self._pid != os.getpid():  # a forked child must not share its parent's handle
            self._pid, self._conn = os.getpid(), self._open()
        if self._conn is None:
            raise RuntimeError("the budget guard is closed")
        return self._conn

    def _spent(self, conn: sqlite3.Connection, budget: Budget, now: datetime) -> int:
        """``budget``'s spend in 1e-10 USD units, summing only entries new since last time.

        The spend log is append-only and SQLite gives each new row an id above every
        committed one, so a per-budget ``(window, last id, sum)`` cache stays exact and a
        reserve costs O(new entries), not O(entries in the window).
        """
        since = budget.since(now)
        start = "" if since is None else format_time(since)
        (top,) = conn.execute("SELECT MAX(id) FROM budget_spend").fetchone()
        top = top or 0
        window, last_id, units = self._sums.get(budget.name, ("", 0, 0))
        if window != start or last_id > top:
            last_id, units = 0, 0
        if top > last_id:
            sql = "SELECT SUM(units) FROM budget_spend WHERE id > ? AND id <= ?"
            params: list[object] = [last_id, top]
            if since is not None:
                sql += " AND time >= ?"
                params.append(start)
            if budget.tag is not None:
                sql += " AND json_extract(tags, ?) = ?"
                params += [tag_path(budget.tag[0]), budget.tag[1]]
            (new,) = conn.execute(sql, params).fetchone()
            units += new or 0
        self._sums[budget.name] = (start, top, units)
        return int(units)

    def _used(self, conn: sqlite3.Connection, budget: Budget, now: datetime) -> tuple[int, int]:
        """(spent, reserved) of ``budget`` in 1e-10 USD units (call with the lock held)."""
        sql = "SELECT SUM(amount_units) FROM reservations WHERE expires > ?"
        params: list[str] = [format_time(now)]
        if budget.tag is not None:
            sql += " AND json_extract(tags, ?) = ?"
            params += [tag_path(budget.tag[0]), budget.tag[1]]
        (reserved,) = conn.execute(sql, params).fetchone()
        return self._spent(conn, budget, now), reserved or 0

    def reserve(self, amount: Decimal | None, tags: Mapping[str, str] | None = None) -> Reservation:
        reservation, applicable = self.budgets.open_reservation(amount, tags)
        if not applicable:
            return reservation
        amount = reservation.amount
        units = cost_units(amount) or 0
        with self._lock, immediate(self._connection()) as conn:
            now = datetime.now(UTC)
            conn.execute("DELETE FROM reservations WHERE expires <= ?", (format_time(now),))
            for budget in applicable:
                spent, reserved = self._used(conn, budget, now)
                if spent + reserved + units > (cost_units(budget.limit) or 0):
                    raise refuse(budget, units_to_cost(spent + reserved), amount)
            conn.execute(
                "INSERT INTO reservations (id, amount_units, tags, created, expires) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    reservation.id,
                    units,
                    encode_tags(reservation.tags),
                    format_time(reservation.created),
                    format_time(reservation.expires),
                ),
            )
        return reservation

    def settle(self, reservation: Reservation, actual: Decimal | None) -> None:
        """Replace the reservation by ``actual`` (``None``: unknown, counted as 0), atomically."""
        units = cost_units(actual) or 0
        with self._lock:
            conn = self._connection()
            if not units or not self.budgets.any():
                conn.execute("DELETE FROM reservations WHERE id = ?", (reservation.id,))
            else:
                with immediate(conn):
                    conn.execute("DELETE FROM reservations WHERE id = ?", (reservation.id,))
                    conn.execute(
                        "INSERT INTO budget_spend (time, units, tags) VALUES (?, ?, ?)",
                        (format_time(datetime.now(UTC)), units, encode_tags(reservation.tags)),
                    )
        reservation.actual = actual
        reservation.state = "settled"

    def release(self, reservation: Reservation) -> None:
        with self._lock:
            self._connection().execute("DELETE FROM reservations WHERE id = ?", (reservation.id,))
        reservation.state = "released"

    def status(self, tags: Mapping[str, str] | None = None) -> list[BudgetStatus]:
        budgets = self.budgets.all() if tags is None else self.budgets.applicable(tags)
        with self._lock:
            conn = self._connection()
            now = datetime.now(UTC)
            found = []
            for budget in budgets:
                spent, reserved = self._used(conn, budget, now)
                found.append(
                    BudgetStatus(
                        budget.name, budget.limit, units_to_cost(spent), units_to_cost(reserved)
                    )
                )
            return found

    def close(self) -> None:
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None
