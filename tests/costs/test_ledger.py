"""Ledger backends: both answer the same totals, spend, rows and exports."""

from __future__ import annotations

import csv
import io
import json
import threading
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from llmgate._types import Attempt, Usage
from llmgate.costs import LedgerRow, MemoryLedger, SqliteLedger, open_ledger
from llmgate.errors import ConfigError

Backend = MemoryLedger | SqliteLedger
D1 = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
D2 = datetime(2026, 11, 28, 23, 59, 59, 999999, tzinfo=UTC)
D3 = datetime(2026, 11, 29, 0, 0, tzinfo=UTC)


def seed(ledger: Backend) -> None:
    ledger.record_many(
        [
            LedgerRow(
                call_id="a",
                route="chat",
                provider="openai",
                model="gpt-4o-mini",
                input_tokens=1000,
                cached_input_tokens=200,
                output_tokens=50,
                cost=Decimal("0.0001500000"),
                latency_s=0.4,
                time=D1,
                tags={"team": "support", "user": "ann"},
            ),
            LedgerRow(
                call_id="b",
                route="chat",
                provider="openai",
                model="gpt-4o-mini",
                outcome="error",
                error="RateLimitError",
                cost=Decimal(0),
                time=D2,
                tags={"team": "support"},
            ),
            LedgerRow(
                call_id="b",
                route="chat",
                provider="claude",
                model="claude-haiku-4-5",
                input_tokens=3000,
                cache_write_tokens=1000,
                output_tokens=400,
                reasoning_tokens=100,
                cost=Decimal("0.0042500000"),
                time=D2,
                tags={"team": "sales"},
            ),
            LedgerRow(
                call_id="c",
                route="local",
                provider="local",
                model="smollm2",
                input_tokens=10,
                output_tokens=20,
                cost=None,
                time=D3,
                estimated=True,
            ),
        ]
    )


def test_totals_by_each_dimension(ledger: Backend) -> None:
    seed(ledger)
    by_day = {t.key: t for t in ledger.totals(by="day")}
    assert list(by_day) == ["2026-11-27", "2026-11-28", "2026-11-29"]
    assert by_day["2026-11-28"].cost == Decimal("0.0042500000")
    assert by_day["2026-11-28"].attempts == 2 and by_day["2026-11-28"].errors == 1
    assert by_day["2026-11-29"].cost is None and by_day["2026-11-29"].unpriced == 1

    by_provider = {t.key: (t.attempts, t.cost) for t in ledger.totals(by="provider")}
    assert by_provider == {
        "claude": (1, Decimal("0.0042500000")),
        "local": (1, None),
        "openai": (2, Decimal("0.0001500000")),
    }
    by_model = {t.key: t.input_tokens for t in ledger.totals(by="model")}
    assert by_model == {"claude-haiku-4-5": 3000, "gpt-4o-mini": 1000, "smollm2": 10}
    by_route = {t.key: t.attempts for t in ledger.totals(by="route")}
    assert by_route == {"chat": 3, "local": 1}
    by_outcome = {t.key: t.attempts for t in ledger.totals(by="outcome")}
    assert by_outcome == {"error": 1, "ok": 3}
    assert [t.key for t in ledger.totals(by="month")] == ["2026-11"]


def test_totals_by_tag_puts_untagged_calls_last(ledger: Backend) -> None:
    seed(ledger)
    totals = ledger.totals(by="tag:team")
    assert [(t.key, t.attempts, t.cost) for t in totals] == [
        ("sales", 1, Decimal("0.0042500000")),
        ("support", 2, Decimal("0.0001500000")),
        (None, 1, None),
    ]
    assert [t.key for t in ledger.totals(by="user")] == ["ann", None]  # bare tag name


def test_since_and_where_filter(ledger: Backend) -> None:
    seed(ledger)
    totals = ledger.totals(by="provider", since=datetime(2026, 11, 28, tzinfo=UTC))
    assert {t.key for t in totals} == {"openai", "claude", "local"}
    assert [t.attempts for t in totals if t.key == "openai"] == [1]
    naive = ledger.totals(by="day", since=datetime(2026, 11, 29))  # naive means UTC
    assert [t.key for t in naive] == ["2026-11-29"]
    filtered = ledger.totals(by="model", where={"provider": "openai", "tag:team": "support"})
    assert [(t.key, t.attempts) for t in filtered] == [("gpt-4o-mini", 2)]
    with pytest.raises(ValueError, match="cannot filter"):
        ledger.totals(where={"prompt": "x"})


def test_spent_counts_priced_rows_only(ledger: Backend) -> None:
    seed(ledger)
    assert ledger.spent() == Decimal("0.0044000000")
    assert ledger.spent(tags={"team": "support"}) == Decimal("0.0001500000")
    assert ledger.spent(since=D2) == Decimal("0.0042500000")
    assert ledger.spent(since=D3) == Decimal(0)
    assert ledger.spent(tags={"team": "nobody"}) == Decimal(0)


def test_rows_round_trip_every_field(ledger: Backend) -> None:
    seed(ledger)
    rows = ledger.rows()
    assert [r.id for r in rows] == [1, 2, 3, 4]
    claude = rows[2]
    assert claude.time == D2 and claude.cost == Decimal("0.0042500000")
    assert (claude.cache_write_tokens, claude.reasoning_tokens) == (1000, 100)
    assert rows[3].cost is None and rows[3].estimated is True
    assert rows[1].error == "RateLimitError" and rows[1].outcome == "error"
    assert dict(rows[0].tags) == {"team": "support", "user": "ann"}
    assert [r.call_id for r in ledger.rows(where={"call_id": "b"})] == ["b", "b"]
    assert len(ledger.rows(limit=2)) == 2


def test_export_csv_and_json_keep_exact_costs_and_never_zero_an_unknown(ledger: Backend) -> None:
    seed(ledger)
    table = list(csv.DictReader(io.StringIO(ledger.export("csv"))))
    assert [r["cost_usd"] for r in table] == ["0.0001500000", "0", "0.0042500000", ""]
    assert json.loads(table[0]["tags"]) == {"team": "support", "user": "ann"}
    assert "prompt" not in table[0] and "text" not in table[0]
    doc = json.loads(ledger.export("json"))
    assert doc[3]["cost_usd"] is None and doc[2]["cost_usd"] == "0.0042500000"
    assert len(ledger.export("jsonl").splitlines()) == 4
    with pytest.raises(ValueError, match="unknown export format"):
        ledger.export("xml")


def test_row_from_attempt_copies_usage_and_cost() -> None:
    attempt = Attempt(
        provider="openai",
        model="o3",
        outcome="ok",
        latency_s=1.25,
        usage=Usage(
            input_tokens=10,
            output_tokens=5,
            reasoning_tokens=2,
            cached_input_tokens=4,
            estimated=True,
        ),
        cost=Decimal("0.0001"),
    )
    row = LedgerRow.from_attempt(attempt, call_id="x", route="r", tags={"t": "v"})
    assert (
        row.input_tokens,
        row.output_tokens,
        row.reasoning_tokens,
        row.cached_input_tokens,
        row.estimated,
        row.cost,
        row.latency_s,
        row.route,
    ) == (10, 5, 2, 4, True, Decimal("0.0001"), 1.25, "r")


def test_threads_lose_no_row(ledger: Backend) -> None:
    def write(n: int) -> None:
        for i in range(200):
            ledger.record(
                LedgerRow(call_id=f"{n}-{i}", provider="p", model="m", cost=Decimal("0.001"))
            )

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({r.call_id for r in ledger.rows()}) == 1600
    assert ledger.spent() == Decimal("1.6")


def test_sqlite_ledger_persists_and_is_shared_by_two_handles(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "ledger.db"
    first = open_ledger(f"sqlite:///{path}")
    second = open_ledger(f"sqlite:///{path}?synchronous=full")
    first.record(LedgerRow(call_id="1", provider="p", model="m", cost=Decimal("0.5")))
    assert second.spent() == Decimal("0.5")
    first.close()
    second.close()
    with SqliteLedger(path, create=False) as reopened:
        assert [r.call_id for r in reopened.rows()] == ["1"]
    with pytest.raises(RuntimeError, match="closed"):
        first.record(LedgerRow(call_id="2", provider="p", model="m"))


def test_sqlite_stores_cost_as_exact_text(tmp_path: Path) -> None:
    import sqlite3

    with SqliteLedger(tmp_path / "l.db") as ledger:
        ledger.record(LedgerRow(call_id="1", provider="p", model="m", cost=Decimal("0.1234567891")))
    conn = sqlite3.connect(tmp_path / "l.db")
    assert conn.execute("SELECT cost, cost_units FROM attempts").fetchone() == (
        "0.1234567891",
        1234567891,
    )
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()
    assert mode == "wal"


@pytest.mark.parametrize("spec", ["mysql://x", "sqlite:///", "sqlite:///x.db?mode=ro"])
def test_open_ledger_rejects_unknown_specs(spec: str) -> None:
    with pytest.raises(ConfigError) as info:
        open_ledger(spec)
    assert info.value.key == "costs.ledger"


def test_an_unreachable_postgres_ledger_is_a_config_error_without_the_password() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(ConfigError) as info:
        open_ledger("postgresql://user:hunter2secret@127.0.0.1:1/nowhere")
    assert info.value.key == "costs.ledger"
    assert "hunter2secret" not in str(info.value)
    assert "***" in str(info.value)


def test_missing_file_is_not_created_when_asked(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        open_ledger(f"sqlite:///{tmp_path / 'none.db'}", create=False)
    assert not (tmp_path / "none.db").exists()


def test_a_background_postgres_ledger_returns_at_once_and_commits_everything_by_close(
    pg_ledger_url: str,
) -> None:
    ledger = open_ledger(pg_ledger_url + "?commit=background")
    ids = [
        ledger.record(LedgerRow(call_id=f"c{n}", provider="p", model="m", cost=Decimal("0.01")))
        for n in range(500)
    ]
    ledger.close()
    assert set(ids) == {0}  # not known yet when record returns
    reopened = open_ledger(pg_ledger_url)
    try:
        assert len(reopened.rows()) == 500
        assert reopened.spent() == Decimal("5.00")
    finally:
        reopened.close()
    with pytest.raises(ConfigError) as info:
        open_ledger(pg_ledger_url + "?commit=sometimes")
    assert info.value.key == "costs.ledger"
