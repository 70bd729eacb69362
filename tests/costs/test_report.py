"""``llmgate costs``: argument parsing and the table, CSV and JSON reports."""

from __future__ import annotations

import argparse
import csv
import io
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from llmgate.cli import main
from llmgate.costs import LedgerRow, SqliteLedger, open_ledger
from llmgate.costs.report import add_costs_command, parse_since, run_costs


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="llmgate")
    add_costs_command(root.add_subparsers(dest="command"))
    return root


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    args = parser().parse_args(["costs", *argv])
    assert args.func is run_costs
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.db"
    with SqliteLedger(path) as ledger:
        ledger.record_many(
            [
                LedgerRow(
                    call_id="1",
                    provider="openai",
                    model="gpt-4o-mini",
                    input_tokens=1000,
                    output_tokens=100,
                    cost=Decimal("0.0002100000"),
                    time=datetime(2026, 11, 2, 10, tzinfo=UTC),
                    tags={"team": "a"},
                ),
                LedgerRow(
                    call_id="2",
                    provider="claude",
                    model="claude-haiku-4-5",
                    input_tokens=2000,
                    output_tokens=300,
                    cost=Decimal("0.0035000000"),
                    time=datetime(2026, 11, 3, 10, tzinfo=UTC),
                    tags={"team": "b"},
                ),
                LedgerRow(
                    call_id="3",
                    provider="local",
                    model="smollm2",
                    input_tokens=5,
                    output_tokens=5,
                    cost=None,
                    time=datetime(2026, 11, 3, 11, tzinfo=UTC),
                ),
                LedgerRow(
                    call_id="0",
                    provider="openai",
                    model="gpt-4o-mini",
                    input_tokens=9,
                    cost=Decimal("1"),
                    time=datetime(2026, 10, 1, tzinfo=UTC),
                ),
            ]
        )
    return path


def test_table(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["--ledger", f"sqlite:///{db}", "--by", "model", "--since", "2026-11-01"], capsys
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "model",
        "attempts",
        "input",
        "cached",
        "cache_write",
        "output",
        "reasoning",
        "cost_usd",
        "unpriced",
        "errors",
    ]
    assert lines[1].split() == [
        "claude-haiku-4-5",
        "1",
        "2000",
        "0",
        "0",
        "300",
        "0",
        "0.003500",
        "0",
        "0",
    ]
    assert lines[2].split()[0] == "gpt-4o-mini" and lines[2].split()[1] == "1"  # Oct row out
    assert lines[3].split()[0] == "smollm2" and "unknown" in lines[3].split()
    assert set(lines[4]) == {"-"}
    assert lines[5].split() == ["total", "3", "3005", "0", "0", "405", "0", "0.003710", "1", "0"]


def test_csv_keeps_exact_costs(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["--ledger", f"sqlite:///{db}", "--by", "day", "--since", "2026-11-01", "--format", "csv"],
        capsys,
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["day"], r["attempts"], r["cost_usd"], r["unpriced_attempts"]) for r in rows] == [
        ("2026-11-02", "1", "0.0002100000", "0"),
        ("2026-11-03", "2", "0.0035000000", "1"),
    ]


def test_json_by_tag_with_filter(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        [
            "--ledger",
            f"sqlite:///{db}",
            "--by",
            "tag:team",
            "--since",
            "2026-11-01",
            "--format",
            "json",
        ],
        capsys,
    )
    doc = json.loads(out)
    assert code == 0 and doc["by"] == "tag:team"
    assert [(r["key"], r["cost_usd"]) for r in doc["rows"]] == [
        ("a", "0.0002100000"),
        ("b", "0.0035000000"),
        (None, None),
    ]
    assert doc["total"]["cost_usd"] == "0.0037100000"
    assert doc["total"]["unpriced_attempts"] == 1
    _, out, _ = run(
        [
            "--ledger",
            f"sqlite:///{db}",
            "--since",
            "2026-10-01",
            "--format",
            "json",
            "--tag",
            "team=b",
        ],
        capsys,
    )
    assert json.loads(out)["total"]["attempts"] == 1


def test_ledger_from_the_config_file(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LLMGATE_CONFIG", raising=False)
    (tmp_path / "llmgate.toml").write_text(f'[costs]\nledger = "sqlite:///{db}"\n')
    code, out, _ = run(["--since", "2026-01-01", "--format", "json"], capsys)
    assert code == 0 and json.loads(out)["total"]["attempts"] == 4
    other = tmp_path / "elsewhere.toml"
    other.write_text('[costs]\nledger = "memory"\n')
    monkeypatch.setenv("LLMGATE_CONFIG", str(other))
    code, _, err = run([], capsys)
    assert code == 2 and "memory" in err


def test_missing_ledger_is_an_error_and_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LLMGATE_CONFIG", raising=False)
    code, out, err = run([], capsys)  # the default .llmgate/ledger.db
    assert code == 2 and out == "" and "no ledger" in err
    assert not (tmp_path / ".llmgate" / "ledger.db").exists()


def test_empty_period(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--ledger", f"sqlite:///{db}", "--since", "1h"], capsys)
    assert code == 0 and out == "no calls recorded in this period\n"


def test_parse_since() -> None:
    now = datetime(2026, 11, 29, 12, tzinfo=UTC)
    assert parse_since("7d", now) == now - timedelta(days=7)
    assert parse_since("24h", now) == now - timedelta(hours=24)
    assert parse_since("30m", now) == now - timedelta(minutes=30)
    assert parse_since("2w", now) == now - timedelta(weeks=2)
    assert parse_since("2026-11-01", now) == datetime(2026, 11, 1, tzinfo=UTC)
    with pytest.raises(argparse.ArgumentTypeError):
        parse_since("last week", now)


def test_bad_by_is_an_argparse_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["costs", "--by", "tag:"])
    assert "cannot group" in capsys.readouterr().err


def test_the_costs_report_reads_a_postgresql_ledger(
    pg_ledger_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = open_ledger(pg_ledger_url)
    ledger.record_many(
        [
            LedgerRow("a", "p", "m1", cost=Decimal("0.25"), tags={"team": "x"}),
            LedgerRow("b", "p", "m2", cost=Decimal("0.50"), tags={"team": "y"}),
            LedgerRow("c", "p", "m2", cost=None, tags={"team": "y"}),
        ]
    )
    ledger.close()
    assert main(["costs", "--ledger", pg_ledger_url, "--by", "model", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(r["key"], r["cost_usd"], r["unpriced_attempts"]) for r in report["rows"]] == [
        ("m1", "0.2500000000", 0),
        ("m2", "0.5000000000", 1),
    ]
    assert report["total"]["cost_usd"] == "0.7500000000"
    assert main(["costs", "--ledger", pg_ledger_url, "--tag", "team=x", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"]["attempts"] == 1
