"""The ``llmgate`` logger: one INFO line per attempt, WARNING on failures, nothing private."""

from __future__ import annotations

import logging
from decimal import Decimal

import pytest

from llmgate._events import (
    AttemptFailed,
    AttemptSucceeded,
    BreakerChanged,
    BudgetRefused,
    EventBus,
)
from llmgate._types import Completion, Usage
from llmgate.errors import ServerError
from llmgate.telemetry import install_logging, logs
from llmgate.testing import FailingProvider, ScriptedProvider

from .conftest import Records, make_client, user


def _succeeded() -> AttemptSucceeded:
    return AttemptSucceeded(
        "c1", "chat", 1, "fake", "scripted", "m", "external", 0.0421,
        Usage(12, 3), Decimal("0.00003"),
    )  # fmt: skip


async def test_one_line_per_attempt(llmgate_logs: Records) -> None:
    bad = FailingProvider("bad", ServerError("upstream exploded", status_code=503))
    answer = Completion(text="hi", model="m", usage=Usage(12, 3), finish_reason="stop")
    providers = {"bad": bad, "fake": ScriptedProvider("fake", [answer])}
    async with make_client(providers, {"chat": ["bad:x", "fake:m"]}) as c:
        await c.achat("chat", user("a private question"))  # the client logs by itself
    failed, ok = llmgate_logs.records
    assert failed.levelno == logging.WARNING
    assert "chat attempt 1 error: bad:x" in failed.getMessage()
    assert "ServerError" in failed.getMessage() and "upstream exploded" in failed.getMessage()
    assert failed.llmgate_error_type == "ServerError"  # type: ignore[attr-defined]
    assert ok.levelno == logging.INFO
    message = ok.getMessage()
    assert "chat attempt 2 ok: fake:m in " in message
    assert "12 in / 3 out tokens, cost $0.000030" in message
    assert ok.llmgate_provider == "fake" and ok.llmgate_output_tokens == 3  # type: ignore[attr-defined]
    assert Decimal(ok.llmgate_cost_usd) == Decimal("0.00003")  # type: ignore[attr-defined]
    assert "a private question" not in llmgate_logs.text()


def test_nothing_is_built_when_info_is_off(
    llmgate_logs: Records, monkeypatch: pytest.MonkeyPatch
) -> None:
    logging.getLogger("llmgate").setLevel(logging.WARNING)

    def boom(event: object) -> None:
        raise AssertionError("formatted a record nobody wants")

    monkeypatch.setattr(logs, "_succeeded", boom)
    logs.log_event(_succeeded())
    assert llmgate_logs.records == []


def test_unknown_cost_reads_unknown(llmgate_logs: Records) -> None:
    with make_client({"fake": ScriptedProvider("fake")}, {"chat": ["fake:m"]}) as c:
        c.chat("chat", user("hi"))
    (ok,) = llmgate_logs.records
    assert "cost $" in ok.getMessage()  # the config prices it
    logs.log_event(AttemptSucceeded("c2", "chat", 1, "fake", "scripted", "m", "external", 0.01))
    assert "0 in / 0 out tokens, cost unknown" in llmgate_logs.records[-1].getMessage()


def test_budget_refusal_and_breaker_opening_warn(llmgate_logs: Records) -> None:
    bus = EventBus()
    install_logging(bus)
    bus.emit(BudgetRefused("c1", "chat", "daily_usd", Decimal("0.01"), "daily budget is spent"))
    bus.emit(BreakerChanged("", "bad:x", "closed", "open"))
    bus.emit(BreakerChanged("", "bad:x", "open", "half_open"))
    levels = [r.levelno for r in llmgate_logs.records]
    assert levels == [logging.WARNING, logging.WARNING, logging.INFO]
    assert (
        "refused by budget daily_usd (estimate $0.010000)" in llmgate_logs.records[0].getMessage()
    )
    assert "bad:x: closed -> open" in llmgate_logs.records[1].getMessage()


def test_refusal_through_the_flow_is_logged(llmgate_logs: Records) -> None:
    with (
        make_client(
            {"fake": ScriptedProvider("fake")}, {"chat": ["fake:m"]}, budget_usd=0.000001
        ) as c,
        pytest.raises(Exception, match="budget"),
    ):
        c.chat("chat", user("hi"))
    (refused,) = llmgate_logs.records
    assert refused.llmgate_outcome == "budget_refused"  # type: ignore[attr-defined]


def test_a_library_null_handler_is_added_once() -> None:
    logger = logging.getLogger("llmgate")
    for _ in range(3):
        install_logging(EventBus())
    assert sum(isinstance(h, logging.NullHandler) for h in logger.handlers) == 1


@pytest.mark.parametrize(
    ("outcome", "level"),
    [("error", logging.WARNING), ("cancelled", logging.INFO), ("rejected", logging.INFO)],
)
def test_a_rejected_or_cancelled_attempt_is_info_a_failed_one_a_warning(
    llmgate_logs: Records, outcome: str, level: int
) -> None:
    # A cascade moving past a wrong answer is the route working as configured.
    event = AttemptFailed(
        "c1", "chat", 1, "fake", "scripted", "m", "external", 0.01,
        error_type="CheckFailedError", error_message="check failed", outcome=outcome,
    )  # fmt: skip
    logs.log_event(event)
    (record,) = llmgate_logs.records
    assert record.levelno == level
    assert record.llmgate_outcome == outcome  # type: ignore[attr-defined]
