"""A loopback server that speaks Anthropic's Messages API (``POST /v1/messages``).

It answers like the vendor does, byte for byte where it matters to a client: ``message``
objects with ``text`` and ``tool_use`` content blocks and the four usage counters, SSE
streams with ``event:`` and ``data:`` lines in the vendor's order (``message_start``,
``content_block_start``, ``ping``, ``content_block_delta``, ``content_block_stop``,
``message_delta``, ``message_stop``), and error bodies of the vendor's shape. It also checks
the request as the vendor would (required fields, no ``system`` role in ``messages``, every
``tool_use`` answered by a ``tool_result``), so a conversion bug fails a test with the
vendor's own 400 instead of passing silently::

    from llmgate.testing._anthropic_server import AnthropicServer, ScriptedMessage

    with AnthropicServer() as srv:
        srv.script(ScriptedMessage(text="Hi!", cache_read_input_tokens=8))
        srv.fail_next(AnthropicServer.error_reply(529, "overloaded_error", "Overloaded"))
        ...  # point a client at srv.url
        assert srv.requests[-1].json()["system"][0]["text"] == "Be brief."
"""

from __future__ import annotations

import itertools
import json
import threading
import zlib
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from llmgate.testing._anthropic_wire import (
    block_deltas,
    block_start,
    estimate_tokens,
    last_user_text,
    sse,
    validate,
)
from llmgate.testing._schema_example import schema_example
from llmgate.testing._server import LoopbackServer, RecordedRequest, Reply

__all__ = ["AnthropicServer", "ScriptedMessage", "ScriptedToolUse"]


@dataclass(frozen=True, slots=True)
class ScriptedToolUse:
    """A ``tool_use`` block the fake model emits; ``id`` defaults to a deterministic one."""

    name: str
    input: Mapping[str, Any] = field(default_factory=dict)
    id: str | None = None


@dataclass(frozen=True, slots=True)
class ScriptedMessage:
    """One scripted answer. Token counts left ``None`` are derived from the request/answer.

    ``stop_reason`` ``None`` means ``"tool_use"`` when there are tool uses, else
    ``"end_turn"``. ``stream_error`` makes a *streamed* answer end with a mid-stream
    ``event: error`` of that type after ``stream_error_after`` text deltas.
    """

    text: str = ""
    tool_uses: Sequence[ScriptedToolUse] = ()
    input_tokens: int | None = None
    output_tokens: int | None = None
    cache_read_input_tokens: int = 0
    cache_creation_input_tokens: int = 0
    stop_reason: str | None = None
    stop_sequence: str | None = None
    model: str | None = None
    stream_error: str | None = None
    stream_error_after: int = 1


class AnthropicServer(LoopbackServer):
    """Fake Anthropic API on 127.0.0.1. Unscripted calls get a deterministic echo answer.

    ``api_key`` (optional) makes the server demand that exact key (``x-api-key`` or a bearer
    token), answering 401 ``authentication_error`` otherwise, as the vendor does.
    """

    def __init__(self, *, api_key: str | None = None) -> None:
        super().__init__()
        self.api_key = api_key
        self._script: deque[ScriptedMessage] = deque()
        self._script_lock = threading.Lock()
        self._ids = itertools.count(1)

    def start(self) -> AnthropicServer:
        super().start()
        return self

    def __enter__(self) -> AnthropicServer:
        return self.start()

    # -- scripting -----------------------------------------------------------------------
    def script(self, *answers: ScriptedMessage) -> None:
        """Queue answers for the next calls (first in, first out), streamed or not."""
        with self._script_lock:
            self._script.extend(answers)

    def reset(self) -> None:
        super().reset()
        with self._script_lock:
            self._script.clear()

    def _next_answer(self, body: Mapping[str, Any]) -> ScriptedMessage:
        with self._script_lock:
            if self._script:
                return self._script.popleft()
        choice = body.get("tool_choice")
        if isinstance(choice, Mapping) and choice.get("type") == "tool":
            # A forced tool is always called: with an input that fits its schema.
            tool = next(t for t in body["tools"] if t.get("name") == choice["name"])
            use = ScriptedToolUse(tool["name"], schema_example(tool["input_schema"]))
            return ScriptedMessage(tool_uses=[use])
        return ScriptedMessage(text=f"You said: {last_user_text(body)}")

    def _next_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):024d}"

    # -- serving -------------------------------------------------------------------------
    def handle(self, request: RecordedRequest) -> Reply:
        if request.method != "POST" or request.path.split("?")[0] != "/v1/messages":
            return self.error_reply(404, "not_found_error", "Not Found")
        if self.api_key is not None and self.api_key_of(request) != self.api_key:
            return self.error_reply(401, "authentication_error", "invalid x-api-key")
        try:
            body = json.loads(request.body)
        except ValueError:
            return self.error_reply(400, "invalid_request_error", "Request body is not valid JSON")
        problem = validate(body)
        if problem is not None:
            return self.error_reply(400, "invalid_request_error", problem)
        answer = self._next_answer(body)
        message = self.message_json(answer, model=str(body["model"]), request_body=body)
        if body.get("stream"):
            return Reply(sse=self.sse_events(message, answer), headers=self._id_headers())
        return Reply(json=message, headers=self._id_headers())

    @staticmethod
    def api_key_of(request: RecordedRequest) -> str | None:
        """The key a request carried: ``x-api-key``, or ``Authorization: Bearer`` (which the
        vendor also accepts, and recent SDKs send)."""
        key = request.headers.get("x-api-key")
        if key is None:
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            key = token if scheme.lower() == "bearer" else None
        return key

    def _id_headers(self) -> dict[str, str]:
        return {"request-id": self._next_id("req")}

    # -- wire builders -------------------------------------------------------------------
    def message_json(
        self, answer: ScriptedMessage, *, model: str, request_body: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """The vendor's ``message`` object for ``answer``."""
        content: list[dict[str, Any]] = []
        if answer.text:
            content.append({"type": "text", "text": answer.text})
        for use in answer.tool_uses:
            content.append(
                {
                    "type": "tool_use",
                    "id": use.id or self._next_id("toolu"),
                    "name": use.name,
                    "input": dict(use.input),
                }
            )
        stop_reason = answer.stop_reason or ("tool_use" if answer.tool_uses else "end_turn")
        input_tokens = answer.input_tokens
        if input_tokens is None:
            input_tokens = estimate_tokens(json.dumps(request_body or {}))
        output_tokens = answer.output_tokens
        if output_tokens is None:
            output_tokens = max(1, estimate_tokens(json.dumps(content)))
        return {
            "id": self._next_id("msg"),
            "type": "message",
            "role": "assistant",
            "model": answer.model or model,
            "content": content,
            "stop_reason": stop_reason,
            "stop_sequence": answer.stop_sequence,
            "usage": {
                "input_tokens": input_tokens,
                "cache_creation_input_tokens": answer.cache_creation_input_tokens,
                "cache_read_input_tokens": answer.cache_read_input_tokens,
                "output_tokens": output_tokens,
            },
        }

    @classmethod
    def sse_events(
        cls, message: Mapping[str, Any], answer: ScriptedMessage | None = None
    ) -> list[str]:
        """The SSE blocks the vendor streams for ``message`` (text split at word boundaries)."""
        usage = message["usage"]
        start = {
            **message,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {**usage, "output_tokens": 1},
        }
        blocks = [sse("message_start", {"type": "message_start", "message": start})]
        error_type = answer.stream_error if answer is not None else None
        error_after = answer.stream_error_after if answer is not None else 0
        deltas = 0
        for index, block in enumerate(message["content"]):
            blocks.append(block_start(index, block))
            if index == 0:
                blocks.append(sse("ping", {"type": "ping"}))
            for delta in block_deltas(block):
                if error_type is not None and deltas >= error_after:
                    blocks.append(cls.stream_error_event(error_type))
                    return blocks
                deltas += 1
                blocks.append(sse("content_block_delta", {**delta, "index": index}))
            blocks.append(sse("content_block_stop", {"type": "content_block_stop", "index": index}))
        if error_type is not None:
            blocks.append(cls.stream_error_event(error_type))
            return blocks
        stop = {"stop_reason": message["stop_reason"], "stop_sequence": message["stop_sequence"]}
        blocks.append(
            sse(
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": stop,
                    "usage": {"output_tokens": usage["output_tokens"]},
                },
            )
        )
        blocks.append(sse("message_stop", {"type": "message_stop"}))
        return blocks

    # -- fault helpers -------------------------------------------------------------------
    @staticmethod
    def error_reply(
        status: int,
        type: str,  # noqa: A002 - the vendor's field is named so
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        """The vendor's error reply: ``{"type": "error", "error": {...}, "request_id": ...}``."""
        request_id = f"req_{zlib.crc32(f'{status}{type}{message}'.encode()):024d}"
        body = {
            "type": "error",
            "error": {"type": type, "message": message},
            "request_id": request_id,
        }
        return Reply(
            status=status, json=body, headers={"request-id": request_id, **(headers or {})}
        )

    @classmethod
    def prompt_too_long(cls, tokens: int = 208_310, maximum: int = 200_000) -> Reply:
        """400 as the vendor sends it when the prompt does not fit the context window."""
        text = f"prompt is too long: {tokens} tokens > {maximum} maximum"
        return cls.error_reply(400, "invalid_request_error", text)

    @classmethod
    def rate_limited(cls, retry_after: int = 7) -> Reply:
        """429 with ``retry-after`` and the ``anthropic-ratelimit-*`` headers."""
        headers = {
            "retry-after": str(retry_after),
            "anthropic-ratelimit-requests-limit": "50",
            "anthropic-ratelimit-requests-remaining": "0",
            "anthropic-ratelimit-requests-reset": "2026-01-01T00:00:07Z",
            "anthropic-ratelimit-input-tokens-limit": "30000",
            "anthropic-ratelimit-input-tokens-remaining": "0",
            "anthropic-ratelimit-input-tokens-reset": "2026-01-01T00:00:07Z",
            "anthropic-ratelimit-output-tokens-limit": "8000",
            "anthropic-ratelimit-output-tokens-remaining": "8000",
            "anthropic-ratelimit-output-tokens-reset": "2026-01-01T00:00:00Z",
        }
        text = (
            "This request would exceed the rate limit for your organization of 50 requests "
            "per minute. For details, refer to the rate limits documentation."
        )
        return cls.error_reply(429, "rate_limit_error", text, headers)

    @classmethod
    def overloaded(cls) -> Reply:
        return cls.error_reply(529, "overloaded_error", "Overloaded")

    @staticmethod
    def stream_error_event(
        error_type: str = "overloaded_error", message: str = "Overloaded"
    ) -> str:
        """A mid-stream ``event: error`` block (the vendor sends it on an open 200 stream)."""
        return sse("error", {"type": "error", "error": {"type": error_type, "message": message}})

    def stream_cut(self, text: str, *, after_deltas: int = 2, model: str = "claude-test") -> Reply:
        """A 200 stream of ``text`` whose socket is closed after ``after_deltas`` text deltas,
        before ``message_stop``."""
        message = self.message_json(ScriptedMessage(text=text), model=model)
        blocks = self.sse_events(message)
        # message_start, content_block_start, ping, then the deltas.
        return Reply(sse=blocks, cut_after=3 + after_deltas)

    def stream_with_error(
        self, text: str, *, error_type: str = "overloaded_error", after_deltas: int = 1
    ) -> Reply:
        """A 200 stream that sends ``after_deltas`` text deltas, then ``event: error``."""
        answer = ScriptedMessage(
            text=text, stream_error=error_type, stream_error_after=after_deltas
        )
        return Reply(sse=self.sse_events(self.message_json(answer, model="claude-test"), answer))


# -- wire helpers ------------------------------------------------------------------------
