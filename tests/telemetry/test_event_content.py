"""Events carry no prompt or answer text unless a listener opted in to content.

Issue 12: ``AttemptStarted.messages`` always held the request, so with ``[redaction] mode =
"off"`` every ``on_event`` callback received the raw prompt. Now only a listener subscribed
with ``content=True`` (the OpenTelemetry listener under ``record_content = true``) receives
the request, and only as it left for the provider (redacted).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from llmgate import Client
from llmgate._events import AttemptStarted, Event
from llmgate._types import Completion, Usage
from llmgate.errors import ServerError
from llmgate.testing import Cut, FailingProvider, ScriptedProvider

from .conftest import Otel, instrument, make_client, user

PROMPT = "the-zebra-sings-at-midnight"
ANSWER = "the-owl-answers-at-dawn"


def _strings(value: Any) -> Iterator[str]:
    """Every string an event holds, in every field, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, Mapping):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:
            yield from _strings(v)
    elif not isinstance(value, bool | int | float | Decimal | type(None)):
        yield repr(value)  # anything else: whatever it would show


def _leaks(events: list[Event]) -> list[tuple[str, str]]:
    return [
        (type(e).__name__, s) for e in events for s in _strings(e) if PROMPT in s or ANSWER in s
    ]


def _answer() -> Completion:
    return Completion(text=f"Sure: {ANSWER}", model="m", usage=Usage(5, 5), finish_reason="stop")


async def test_no_event_holds_prompt_or_answer_text_without_opt_in() -> None:
    seen: list[Event] = []
    bad = FailingProvider("bad", ServerError("overloaded", status_code=503))
    cut = ScriptedProvider("cut", [Cut(f"{ANSWER} and", ServerError("reset"))])
    fake = ScriptedProvider("fake", [_answer(), _answer(), _answer()])
    config = {
        "routes": {
            "chat": {"targets": ["bad:m", "fake:m"], "retries": 0},
            "cont": {"targets": ["cut:m", "fake:m"], "on_stream_error": "continue"},
        },
        "redaction": {"mode": "off"},  # nothing masks the prompt on its way out
        "telemetry": {"otel": False, "record_content": True},  # no content recorder runs
    }
    providers = {"bad": bad, "cut": cut, "fake": fake}
    async with Client(config, providers=providers, on_event=seen.append) as c:
        r = await c.achat("chat", user(f"Tell me about {PROMPT}"), tags={"team": "x"})
        assert ANSWER in r.text
        async with c.astream("chat", user(f"Stream about {PROMPT}")) as s:
            assert ANSWER in await s.text()
        async with c.astream("cont", user(f"Continue about {PROMPT}")) as s:
            assert ANSWER in await s.text()
        c.events.flush()
    started = [e for e in seen if isinstance(e, AttemptStarted)]
    assert len(started) == 6
    kinds = {type(e).__name__ for e in seen}  # the scan covered every kind a call emits
    assert kinds >= {"CallStarted", "AttemptStarted", "AttemptFailed", "AttemptSucceeded"}
    assert kinds >= {"CallFinished", "PriceUnknown"}
    assert _leaks(seen) == []
    assert all(e.messages == () for e in started)


async def test_only_the_content_recorder_gets_the_request_and_it_is_redacted(
    otel: Otel,
) -> None:
    seen: list[Event] = []
    opted: list[Event] = []
    fake = ScriptedProvider("fake", [_answer()])
    text = f"Email jane.doe@example.com about {PROMPT}"
    async with make_client({"fake": fake}, {"chat": ["fake:m"]}, redact=True) as c:
        c.events.subscribe(seen.append)
        instrument(c.events, otel, record_content=True)
        c.events.subscribe(opted.append, content=True)
        await c.achat("chat", user(text))
        c.events.flush()
    # The span content is the redacted text, as before.
    (attempt,) = otel.attempt_spans()
    recorded = json.loads(str((attempt.attributes or {})["gen_ai.input.messages"]))
    assert recorded == [
        {"role": "user", "parts": [{"type": "text", "content": f"Email [EMAIL_1] about {PROMPT}"}]}
    ]
    # A callback that did not opt in sees no text; one that did sees the redacted request.
    assert _leaks(seen) == []
    (started,) = [e for e in opted if isinstance(e, AttemptStarted)]
    assert started.messages == ({"role": "user", "content": f"Email [EMAIL_1] about {PROMPT}"},)
    assert "jane.doe@example.com" not in " ".join(s for e in opted for s in _strings(e))


async def test_events_stop_carrying_content_once_the_recorder_is_gone(otel: Otel) -> None:
    opted: list[Event] = []
    fake = ScriptedProvider("fake")
    async with make_client({"fake": fake}, {"chat": ["fake:m"]}) as c:
        stop = c.events.subscribe(opted.append, inline=True, content=True)
        assert c.events.content
        await c.achat("chat", user(PROMPT))
        stop()
        assert not c.events.content
        seen: list[Event] = []
        c.events.subscribe(seen.append, inline=True)
        await c.achat("chat", user(PROMPT))
    assert _leaks(opted) != []  # while opted in, the request came through
    assert _leaks(seen) == []
