"""A loopback server that speaks OpenAI's ``/v1/chat/completions`` wire format.

It answers exactly like the vendor: ``chat.completion`` JSON objects, or for ``stream: true``
an SSE stream of ``chat.completion.chunk`` blocks, a final usage chunk with empty
``choices`` when ``stream_options.include_usage`` is set, then ``data: [DONE]``. Answers are
scripted, and the vendor's real error bodies are built by class helpers::

    with OpenAIServer() as srv:
        srv.script(text="Paris.", usage={"prompt_tokens": 12, "completion_tokens": 2})
        srv.fail_next(OpenAIServer.rate_limited(retry_after="2"))
        ...                                   # the first call gets a 429, the second "Paris."
        assert srv.requests[-1].json()["model"] == "gpt-4o-mini"

With nothing scripted the answer echoes the last user message (``"echo: <text>"``), so
tests and benchmarks get deterministic text without setup.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections import deque
from collections.abc import Sequence
from typing import Any

from llmgate.testing._openai_embeddings import (
    EMBEDDING_SIZES,
    check_embedding_body,
    embeddings_body,
)
from llmgate.testing._openai_wire import (
    CREATED,
    ScriptedAnswer,
    check_body,
    completion_body,
    default_answer,
    split_words,
    stream_blocks,
)
from llmgate.testing._server import LoopbackServer, RecordedRequest, Reply, _Handler

__all__ = ["OpenAIServer"]


class _NoDelayHandler(_Handler):
    """Sends each write at once: the stdlib handler writes the headers and the body in two
    sends, and Nagle's algorithm with the client's delayed ACK then adds ~40 ms per call."""

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle(self) -> None:
        # A client that hangs up (an abandoned stream, a closed pool) is normal here.
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):
            super().handle()


class OpenAIServer(LoopbackServer):
    """Fake OpenAI (or OpenAI-compatible) server on 127.0.0.1.

    ``api_key`` makes it check ``Authorization: Bearer <key>`` and answer the vendor's 401
    otherwise; ``models`` is what ``GET /v1/models`` lists. The base URL to configure is
    :attr:`base_url` (``http://127.0.0.1:PORT/v1``).
    """

    def __init__(self, *, api_key: str | None = None, models: Sequence[str] = ()) -> None:
        super().__init__()
        self.api_key = api_key
        self.models = list(models) or ["gpt-4o-mini", "gpt-4o"]
        # Native vector size per embedding model; a model not listed embeds in 384.
        self.embedding_sizes: dict[str, int] = dict(EMBEDDING_SIZES)
        self._script: deque[ScriptedAnswer] = deque()
        self._script_lock = threading.Lock()
        self._counter = 0

    def start(self) -> OpenAIServer:
        super().start()
        assert self._httpd is not None
        # No request can have arrived yet: nobody knows the port before start() returns.
        self._httpd.RequestHandlerClass = _NoDelayHandler
        return self

    def __enter__(self) -> OpenAIServer:
        return self.start()

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    # -- scripting -----------------------------------------------------------------------
    def script(
        self,
        text: str | None = None,
        *,
        tool_calls: Sequence[dict[str, Any]] = (),
        usage: dict[str, Any] | None = None,
        finish_reason: str | None = None,
        refusal: str | None = None,
        model: str | None = None,
        chunks: Sequence[str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> ScriptedAnswer:
        """Queue one answer for the next chat request (answers are used in order)."""
        answer = ScriptedAnswer(
            text, tool_calls, usage, finish_reason, refusal, model, chunks, dict(headers or {})
        )
        with self._script_lock:
            self._script.append(answer)
        return answer

    def reset(self) -> None:
        super().reset()
        with self._script_lock:
            self._script.clear()

    def chat_requests(self) -> list[dict[str, Any]]:
        """The JSON bodies of the chat requests received so far, in order."""
        with self._lock:
            recorded = list(self.requests)
        return [r.json() for r in recorded if r.path.endswith("/chat/completions")]

    # -- serving -------------------------------------------------------------------------
    def handle(self, request: RecordedRequest) -> Reply:
        path = request.path.split("?", 1)[0]
        if self.api_key is not None and request.headers.get("authorization") != (
            f"Bearer {self.api_key}"
        ):
            return self.invalid_api_key()
        if request.method == "GET" and path.endswith("/models"):
            return Reply(json=self._models_body())
        if request.method == "POST" and path.endswith("/embeddings"):
            return self._embeddings(request)
        if request.method != "POST" or not path.endswith("/chat/completions"):
            return self.error_reply(
                404, f"Invalid URL ({request.method} {path})", "invalid_request_error"
            )
        try:
            body = request.json()
        except ValueError:
            return self.error_reply(
                400, "We could not parse the JSON body of your request.", "invalid_request_error"
            )
        problem = check_body(body)
        if problem is not None:
            return self.error_reply(400, problem, "invalid_request_error")
        with self._script_lock:
            answer = self._script.popleft() if self._script else None
            self._counter += 1
            number = self._counter
        if answer is None:
            answer = default_answer(body)
        completion_id = f"chatcmpl-llmgate{number:08d}"
        headers = {"x-request-id": f"req_llmgate{number:08d}", **answer.headers}
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            blocks = stream_blocks(answer, body, completion_id, include_usage=include_usage)
            return Reply(sse=blocks, headers=headers)
        return Reply(json=completion_body(answer, body, completion_id), headers=headers)

    def embedding_requests(self) -> list[dict[str, Any]]:
        """The JSON bodies of the embedding requests received so far, in order."""
        with self._lock:
            recorded = list(self.requests)
        return [r.json() for r in recorded if r.path.endswith("/embeddings")]

    def _embeddings(self, request: RecordedRequest) -> Reply:
        try:
            body = request.json()
        except ValueError:
            return self.error_reply(
                400, "We could not parse the JSON body of your request.", "invalid_request_error"
            )
        problem = check_embedding_body(body, self.embedding_sizes)
        if problem is not None:
            return self.error_reply(400, problem, "invalid_request_error")
        with self._script_lock:
            self._counter += 1
            number = self._counter
        headers = {"x-request-id": f"req_llmgate{number:08d}"}
        return Reply(json=embeddings_body(body, self.embedding_sizes), headers=headers)

    def _models_body(self) -> dict[str, Any]:
        data = [
            {"id": m, "object": "model", "created": CREATED, "owned_by": "system"}
            for m in self.models
        ]
        return {"object": "list", "data": data}

    # -- the vendor's error replies ------------------------------------------------------
    @staticmethod
    def error_reply(
        status: int,
        message: str,
        type: str,  # noqa: A002 - the vendor's field name
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        """An error exactly as OpenAI sends it: ``{"error": {message, type, param, code}}``."""
        body = {"error": {"message": message, "type": type, "param": param, "code": code}}
        return Reply(status=status, json=body, headers=dict(headers or {}))

    @classmethod
    def context_length_exceeded(cls, limit: int = 128000, sent: int = 130532) -> Reply:
        return cls.error_reply(
            400,
            f"This model's maximum context length is {limit} tokens. However, your messages "
            f"resulted in {sent} tokens. Please reduce the length of the messages.",
            "invalid_request_error",
            code="context_length_exceeded",
            param="messages",
        )

    @classmethod
    def invalid_api_key(cls, shown: str = "sk-proj-****************************abcd") -> Reply:
        return cls.error_reply(
            401,
            f"Incorrect API key provided: {shown}. You can find your API key at "
            "https://platform.openai.com/account/api-keys.",
            "invalid_request_error",
            code="invalid_api_key",
        )

    @classmethod
    def permission_denied(cls) -> Reply:
        return cls.error_reply(
            403,
            "Country, region, or territory not supported",
            "request_forbidden",
            code="unsupported_country_region_territory",
        )

    @classmethod
    def model_not_found(cls, model: str = "gpt-nonexistent") -> Reply:
        return cls.error_reply(
            404,
            f"The model `{model}` does not exist or you do not have access to it.",
            "invalid_request_error",
            code="model_not_found",
        )

    @classmethod
    def rate_limited(
        cls, retry_after: str | None = "1", retry_after_ms: str | None = None
    ) -> Reply:
        """429 rate_limit_exceeded with the vendor's ``retry-after`` / ``retry-after-ms``."""
        headers = {"x-ratelimit-limit-requests": "500", "x-ratelimit-remaining-requests": "0"}
        if retry_after is not None:
            headers["retry-after"] = retry_after
        if retry_after_ms is not None:
            headers["retry-after-ms"] = retry_after_ms
        return cls.error_reply(
            429,
            "Rate limit reached for gpt-4o-mini in organization org-llmgate on requests per "
            "min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms. Visit "
            "https://platform.openai.com/account/rate-limits to learn more.",
            "requests",
            code="rate_limit_exceeded",
            param=None,
            headers=headers,
        )

    @classmethod
    def insufficient_quota(cls) -> Reply:
        return cls.error_reply(
            429,
            "You exceeded your current quota, please check your plan and billing details. "
            "For more information on this error, read the docs: "
            "https://platform.openai.com/docs/guides/error-codes/api-errors.",
            "insufficient_quota",
            code="insufficient_quota",
        )

    @classmethod
    def server_error(cls, status: int = 500) -> Reply:
        return cls.error_reply(
            status,
            "The server had an error while processing your request. Sorry about that!",
            "server_error",
        )

    @classmethod
    def overloaded(cls) -> Reply:
        return cls.error_reply(
            503, "The engine is currently overloaded, please try again later.", "server_error"
        )

    @classmethod
    def slow_down(cls) -> Reply:
        return cls.error_reply(
            503,
            "Slow Down: a sudden increase in your request rate is impacting service "
            "reliability. Please reduce your request rate.",
            "server_error",
        )

    @classmethod
    def bad_gateway(cls) -> Reply:
        """What a proxy in front of the vendor sends: HTML, not the vendor's JSON."""
        html = b"<html><head><title>502 Bad Gateway</title></head><body>502</body></html>"
        return Reply(status=502, body=html, headers={"Content-Type": "text/html"})

    @classmethod
    def cut_stream(cls, text: str, after_chunks: int, *, model: str = "gpt-4o-mini") -> Reply:
        """A stream of ``text`` (one chunk per word) whose connection drops after
        ``after_chunks`` content chunks, before ``[DONE]``."""
        answer = ScriptedAnswer(text=text)
        body = {"model": model}
        blocks = stream_blocks(answer, body, "chatcmpl-cut", include_usage=True)
        return Reply(sse=blocks, cut_after=1 + after_chunks)

    @classmethod
    def unfinished_stream(cls, text: str, *, model: str = "gpt-4o-mini") -> Reply:
        """A stream that ends cleanly (chunked terminator) but never sends ``finish_reason``,
        usage or ``[DONE]``: what a crashed upstream behind a proxy looks like."""
        answer = ScriptedAnswer(text=text)
        blocks = stream_blocks(answer, {"model": model}, "chatcmpl-unfinished", include_usage=True)
        return Reply(sse=blocks[: 1 + len(split_words(text))])


# -- wire bodies (module functions: the hot path of benchmarks) --------------------------
