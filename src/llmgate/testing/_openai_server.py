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
import json
import re
import socket
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from llmgate.testing._openai_embeddings import (
    EMBEDDING_SIZES,
    check_embedding_body,
    embedding_vector,
    embeddings_body,
)
from llmgate.testing._schema_example import schema_example
from llmgate.testing._server import LoopbackServer, RecordedRequest, Reply, _Handler

__all__ = ["OpenAIServer", "ScriptedAnswer", "embedding_vector"]

_WORDS = re.compile(r"\s*\S+\s*|\s+")
_CREATED = 1_735_689_600  # fixed, so answers are byte-for-byte reproducible
_FINGERPRINT = "fp_llmgate"


@dataclass(slots=True)
class ScriptedAnswer:
    """One scripted answer. ``usage`` keys override the computed token counts.

    ``tool_calls`` are ``{"id", "name", "arguments"}`` dicts (``arguments`` a JSON string or
    a value to encode). ``refusal`` sends the vendor's refusal field instead of content.
    ``chunks`` overrides how streamed text is split (default: one chunk per word).
    """

    text: str | None = None
    tool_calls: Sequence[dict[str, Any]] = ()
    usage: dict[str, Any] | None = None
    finish_reason: str | None = None
    refusal: str | None = None
    model: str | None = None
    chunks: Sequence[str] | None = None
    headers: dict[str, str] = field(default_factory=dict)


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
        problem = _check_body(body)
        if problem is not None:
            return self.error_reply(400, problem, "invalid_request_error")
        with self._script_lock:
            answer = self._script.popleft() if self._script else None
            self._counter += 1
            number = self._counter
        if answer is None:
            answer = _default_answer(body)
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
            {"id": m, "object": "model", "created": _CREATED, "owned_by": "system"}
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
        return Reply(sse=blocks[: 1 + len(_split_words(text))])


# -- wire bodies (module functions: the hot path of benchmarks) --------------------------
def _check_body(body: Any) -> str | None:
    if not isinstance(body, dict):
        return "The request body must be a JSON object."
    if not body.get("model"):
        return "you must provide a model parameter"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "[] is too short - 'messages'"
    if body.get("n", 1) != 1:
        return "This fake serves n=1 only."
    return _check_response_format(body.get("response_format"))


def _check_response_format(fmt: Any) -> str | None:
    """The vendor's checks of ``response_format`` (its wording), json_schema included."""
    if fmt is None:
        return None
    if not isinstance(fmt, dict) or fmt.get("type") not in ("text", "json_object", "json_schema"):
        return "Invalid value for 'response_format.type': expected text, json_object, json_schema."
    if fmt["type"] != "json_schema":
        return None
    spec = fmt.get("json_schema")
    if not isinstance(spec, dict) or not spec.get("name"):
        return "Missing required parameter: 'response_format.json_schema.name'."
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", str(spec["name"])):
        return "Invalid 'response_format.json_schema.name': string does not match pattern."
    schema = spec.get("schema")
    if not isinstance(schema, dict) or schema.get("type") != "object":
        return (
            "Invalid schema for response_format: schema must be a JSON Schema of "
            "'type: \"object\"'."
        )
    if spec.get("strict") and _open_objects(schema):
        return (
            "Invalid schema for response_format: In context=(), 'additionalProperties' is "
            "required to be supplied and to be false."
        )
    return None


def _open_objects(node: Any) -> bool:
    """Whether some object schema in ``node`` leaves ``additionalProperties`` unset or true."""
    if isinstance(node, dict):
        if node.get("type") == "object" and node.get("additionalProperties") is not False:
            return True
        return any(_open_objects(v) for v in node.values())
    if isinstance(node, list):
        return any(_open_objects(v) for v in node)
    return False


def _default_answer(body: dict[str, Any]) -> ScriptedAnswer:
    """The unscripted answer: a call of the tool that ``tool_choice`` forces (the vendor
    always calls it, with arguments of its schema), else :func:`_default_text`."""
    tools = {t["function"]["name"]: t["function"] for t in body.get("tools") or ()}
    choice = body.get("tool_choice")
    name = None
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
    elif choice == "required" and tools:
        name = next(iter(tools))
    if name in tools:
        arguments = schema_example(tools[name].get("parameters") or {"type": "object"})
        return ScriptedAnswer(tool_calls=[{"name": name, "arguments": arguments}])
    return ScriptedAnswer(text=_default_text(body))


def _default_text(body: dict[str, Any]) -> str:
    """The unscripted answer: an echo, or a value of the schema asked for (as strict mode)."""
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return json.dumps(schema_example(fmt["json_schema"]["schema"]))
    if fmt.get("type") == "json_object":
        return "{}"
    return f"echo: {_last_user_text(body['messages'])}"


def _last_user_text(messages: list[Any]) -> str:
    for message in reversed(messages):
        if isinstance(message, dict) and message.get("role") == "user":
            return _content_text(message.get("content"))
    return ""


def _split_words(text: str) -> list[str]:
    return _WORDS.findall(text) or [text]


def _count_tokens(text: str) -> int:
    return len(text.split())


def _usage(answer: ScriptedAnswer, body: dict[str, Any]) -> dict[str, Any]:
    prompt = sum(
        _count_tokens(_content_text(m.get("content"))) + 4
        for m in body.get("messages", ())
        if isinstance(m, dict)
    )
    completion = _count_tokens(answer.text or answer.refusal or "") + sum(
        _count_tokens(_arguments(tc)) + 3 for tc in answer.tool_calls
    )
    usage: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }
    extra = dict(answer.usage or {})
    for key in ("prompt_tokens_details", "completion_tokens_details"):
        if key in extra:
            usage[key] = {**usage[key], **extra.pop(key)}
    usage.update(extra)
    if "total_tokens" not in extra:
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    return usage


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(p["text"]) for p in content if isinstance(p, dict) and "text" in p)
    return ""


def _arguments(tool_call: dict[str, Any]) -> str:
    args = tool_call.get("arguments", "")
    return args if isinstance(args, str) else json.dumps(args)


def _wire_tool_calls(answer: ScriptedAnswer) -> list[dict[str, Any]]:
    return [
        {
            "id": tc.get("id") or f"call_{i:04d}",
            "type": "function",
            "function": {"name": tc["name"], "arguments": _arguments(tc)},
        }
        for i, tc in enumerate(answer.tool_calls)
    ]


def _finish_reason(answer: ScriptedAnswer) -> str:
    if answer.finish_reason is not None:
        return answer.finish_reason
    return "tool_calls" if answer.tool_calls else "stop"


def completion_body(
    answer: ScriptedAnswer, body: dict[str, Any], completion_id: str
) -> dict[str, Any]:
    """A ``chat.completion`` object for ``answer`` to the request ``body``."""
    tool_calls = _wire_tool_calls(answer)
    message: dict[str, Any] = {
        "role": "assistant",
        "content": answer.text if answer.refusal is None else None,
        "refusal": answer.refusal,
        "annotations": [],
    }
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": _CREATED,
        "model": answer.model or body["model"],
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": _finish_reason(answer),
            }
        ],
        "usage": _usage(answer, body),
        "service_tier": "default",
        "system_fingerprint": _FINGERPRINT,
    }


def stream_blocks(
    answer: ScriptedAnswer, body: dict[str, Any], completion_id: str, *, include_usage: bool
) -> list[str]:
    """The SSE blocks of a streamed answer, ``data: [DONE]`` included."""
    model = answer.model or body["model"]
    head = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": _CREATED,
        "model": model,
        "service_tier": "default",
        "system_fingerprint": _FINGERPRINT,
    }
    # The vendor repeats the envelope in every chunk; with include_usage every chunk also
    # carries "usage": null until the last one. Prefix/suffix strings keep this fast.
    prefix = json.dumps(head)[:-1] + ', "choices": [{"index": 0, "delta": '
    suffix = ', "logprobs": null, "finish_reason": %s}]' + (
        ', "usage": null}' if include_usage else "}"
    )

    def block(delta: dict[str, Any], finish: str | None = None) -> str:
        tail = suffix % (json.dumps(finish) if finish is not None else "null")
        return f"data: {prefix}{json.dumps(delta)}{tail}\n\n"

    first: dict[str, Any] = {"role": "assistant", "content": "", "refusal": None}
    blocks = [block(first)]
    if answer.refusal is not None:
        blocks.extend(block({"refusal": part}) for part in _split_words(answer.refusal))
    elif answer.text:
        parts = answer.chunks if answer.chunks is not None else _split_words(answer.text)
        blocks.extend(block({"content": part}) for part in parts)
    for i, tc in enumerate(_wire_tool_calls(answer)):
        opening = {
            "index": i,
            "id": tc["id"],
            "type": "function",
            "function": {"name": tc["function"]["name"], "arguments": ""},
        }
        blocks.append(block({"tool_calls": [opening]}))
        args = tc["function"]["arguments"]
        for start in range(0, len(args), 8):
            piece = {"index": i, "function": {"arguments": args[start : start + 8]}}
            blocks.append(block({"tool_calls": [piece]}))
    blocks.append(block({}, _finish_reason(answer)))
    if include_usage:
        usage_chunk: dict[str, Any] = {**head, "choices": [], "usage": _usage(answer, body)}
        blocks.append(f"data: {json.dumps(usage_chunk)}\n\n")
    blocks.append("data: [DONE]\n\n")
    return blocks
