"""Streaming calls on top of the shared attempt loop.

A stream is opened inside the attempt loop and read up to its first event that carries
content, so a vendor that fails before that point is retried or failed over without the
caller noticing. After that, ``on_stream_error`` decides: ``raise`` a
``StreamInterruptedError`` holding what the caller already has, or ``continue`` the answer
on the next target (the seam is marked ``"continuation"`` in the attempts): the call's
one attempt loop plans it, with the broken target excluded, so it follows the same policy
(retries, skips, circuit breakers, budgets, hedging) and goes on from where the call was.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

from llmgate import errors
from llmgate._bound import Bound
from llmgate._flow import Call
from llmgate._hooks import TextStream
from llmgate._passthrough import Passthrough
from llmgate._record import _Try
from llmgate._structured import parse_output
from llmgate._types import (
    ChatChunk,
    ChatResponse,
    Completion,
    Message,
    StreamEvent,
    ToolCall,
    ToolCallDelta,
    Usage,
)

__all__ = ["StreamRun"]

_CONTINUE = (
    "Your previous answer was cut off. Continue it exactly from where it stopped, "
    "without repeating anything already written."
)


class _Opened:
    __slots__ = ("events", "stream")

    def __init__(self, events: list[StreamEvent], stream: AsyncIterator[StreamEvent]) -> None:
        self.events = events
        self.stream = stream


async def _open(tr: _Try, passthrough: Passthrough | None = None) -> _Opened:
    """Open the provider's stream and read until the first event with content."""
    if passthrough is not None and passthrough.applies(tr):
        stream = passthrough.stream(tr)
    else:
        stream = tr.target.provider.stream(tr.prepared.request)
    events: list[StreamEvent] = []
    try:
        async for event in stream:
            events.append(event)
            if event.text or event.tool_calls:
                break
    except BaseException:
        await _close(stream)
        raise
    return _Opened(events, stream)


async def _discard(opened: _Opened) -> None:
    """Close the stream of a raced attempt that opened after the race was decided."""
    await _close(opened.stream)


async def _close(stream: AsyncIterator[StreamEvent]) -> None:
    aclose = getattr(stream, "aclose", None)
    if aclose is not None:
        with contextlib.suppress(Exception):
            await aclose()


class _ToolCalls:
    """Joins streamed tool-call fragments and restores placeholders in their arguments."""

    def __init__(self) -> None:
        self.ids: dict[int, str] = {}
        self.names: dict[int, str] = {}
        self.args: dict[int, list[str]] = {}
        self.restorers: dict[int, TextStream] = {}

    def add(self, delta: ToolCallDelta, tr: _Try) -> ToolCallDelta:
        i = delta.index
        if delta.id:
            self.ids[i] = delta.id
        if delta.name:
            self.names[i] = self.names.get(i, "") + delta.name
        restorer = self.restorers.get(i)
        if restorer is None:
            restorer = self.restorers[i] = tr.prepared.restorer.json_stream()
        self.args.setdefault(i, []).append(delta.arguments)
        return replace(delta, arguments=restorer.feed(delta.arguments))

    def flush(self) -> list[ToolCallDelta]:
        return [
            ToolCallDelta(i, arguments=tail)
            for i, r in self.restorers.items()
            if (tail := r.flush())
        ]

    def calls(self) -> tuple[ToolCall, ...]:
        return tuple(
            ToolCall(self.ids.get(i, f"call_{i}"), self.names.get(i, ""), "".join(self.args[i]))
            for i in sorted(self.args)
        )


class StreamRun:
    """One streaming call; iterate :meth:`chunks`, then read :attr:`response`."""

    def __init__(self, call: Call, passthrough: Passthrough | None = None) -> None:
        self.call = call
        # The gateway's: attempts that qualify stream the caller's OpenAI body as it came.
        self._open = (
            _open if passthrough is None else functools.partial(_open, passthrough=passthrough)
        )
        if passthrough is not None:
            passthrough.bind(call.request)
        self.response: ChatResponse | None = None
        self._delivered: list[str] = []

    async def chunks(self) -> AsyncIterator[ChatChunk]:
        call = self.call
        note: str | None = None
        broken: set[str] = set()
        while True:
            # A continuation asks the same loop (the same planner) for its next attempt.
            tr, opened = await call.run(
                self._open, note=note, exclude=frozenset(broken), discard=_discard
            )
            tools = _ToolCalls()
            restorer = tr.prepared.restorer
            # Structured output is JSON text: restored values are escaped as JSON strings.
            structured = call.request.response_format is not None
            text = restorer.json_stream() if structured else restorer.text_stream()
            usage: Usage | None = None
            finish: str | None = None
            model: str | None = None
            busy_s: float | None = None
            raw: list[str] = []
            try:
                pending = list(opened.events)
                while True:
                    if pending:
                        event = pending.pop(0)
                    else:
                        next_event = await self._next(opened.stream, tr)
                        if next_event is None:
                            break
                        event = next_event
                    usage = event.usage or usage
                    finish = event.finish_reason or finish
                    model = event.model or model
                    busy_s = event.busy_s or busy_s
                    raw.append(event.text)
                    chunk = self._chunk(event, text, tools, tr)
                    if chunk is not None:
                        yield chunk
                tail = text.flush()
                tail_tools = tools.flush()
                if tail or tail_tools:
                    self._delivered.append(tail)
                    yield ChatChunk(tail, tuple(tail_tools), None, tr.target.name, model)
            except errors.ProviderError as exc:
                if not await self._interrupted(tr, exc, usage, "".join(raw)):
                    error = errors.StreamInterruptedError(
                        f"stream broke after the first chunk: {exc}",
                        partial_text="".join(self._delivered),
                        provider=tr.target.name,
                        model=tr.target.model,
                    )
                    call._finish_error(error)
                    raise error from exc
                note = "continuation"
                broken.add(tr.target.key)
                continue
            except (GeneratorExit, asyncio.CancelledError):
                estimate = usage or call.rt.costs.estimate_usage(
                    tr.prepared.request, tr.target.type, "".join(raw)
                )
                closed = asyncio.CancelledError("stream closed by the caller")
                call.failed(tr, closed, usage=estimate, outcome="cancelled")
                call._finish_error(closed)
                raise
            finally:
                await _close(opened.stream)
            self._finish(tr, usage or Usage(), finish, model, busy_s, tools)
            await call.flush()
            return

    async def _next(self, stream: AsyncIterator[StreamEvent], tr: _Try) -> StreamEvent | None:
        limit = self.call.deadline.attempt_timeout(tr.target.provider.settings.timeout_s)
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None
        try:
            # ``asyncio.timeout(limit)``'s rules as a plain ``with`` (_bound.py): this timer
            # is set for every event of every stream, and asyncio's cost ~20,000
            # instructions each (a Python class entered and left through two coroutines).
            with Bound(loop, task, None if limit is None else loop.time() + limit):
                return await anext(stream)
        except StopAsyncIteration:
            return None
        except TimeoutError as exc:
            raise errors.TimeoutError(
                f"stream stalled for {limit:.3g} s",
                provider=tr.target.name,
                model=tr.target.model,
            ) from exc

    def _chunk(
        self, event: StreamEvent, text: TextStream, tools: _ToolCalls, tr: _Try
    ) -> ChatChunk | None:
        restored = text.feed(event.text) if event.text else ""
        deltas = tuple(tools.add(d, tr) for d in event.tool_calls)
        if not restored and not deltas and event.finish_reason is None:
            return None
        self._delivered.append(restored)
        return ChatChunk(restored, deltas, event.finish_reason, tr.target.name, event.model)

    async def _interrupted(
        self, tr: _Try, exc: errors.ProviderError, usage: Usage | None, raw: str
    ) -> bool:
        """Record a mid-stream failure; True when the answer goes on on another target."""
        call = self.call
        estimate = usage or call.rt.costs.estimate_usage(tr.prepared.request, tr.target.type, raw)
        call.failed(tr, exc, usage=estimate, outcome="interrupted")
        await call.flush()
        if call.route.on_stream_error != "continue" or call.deadline.expired:
            return False
        partial = "".join(self._delivered)
        if partial:
            messages = (
                *call.request.messages,
                Message("assistant", partial),
                Message("user", _CONTINUE),
            )
            call.request = replace(call.request, messages=messages)
        return True

    def _finish(
        self,
        tr: _Try,
        usage: Usage,
        finish: str | None,
        model: str | None,
        busy_s: float | None,
        tools: _ToolCalls,
    ) -> None:
        call = self.call
        text = "".join(self._delivered)
        parsed = self._parsed(tr, text, usage)
        call.succeeded(tr, usage, busy_s=busy_s, finish_reason=finish, response_model=model)
        completion = Completion(
            text=text,
            model=model or tr.target.model,
            usage=usage,
            tool_calls=tools.calls(),
            finish_reason=finish,
        )
        self.response = call.response(tr, completion, completion.text)
        self.response.parsed = parsed
        call.finish_ok(self.response)

    def _parsed(self, tr: _Try, text: str, usage: Usage) -> Any:
        """The streamed answer checked against ``response_format`` (``None`` without one).

        The text has reached the caller already, so an invalid answer cannot be retried or
        failed over here: whatever ``on_invalid_output`` says, a stream raises.
        """
        fmt = self.call.request.response_format
        if fmt is None:
            return None
        t = tr.target
        try:
            return parse_output(fmt, text, provider=t.name, model=t.model, usage=usage)
        except errors.OutputValidationError as exc:
            self.call.failed(tr, exc, usage=usage)
            self.call._finish_error(exc)
            raise
