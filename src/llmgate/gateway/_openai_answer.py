"""OpenAI's chat completions answers: a ``chat.completion`` object and the SSE blocks of a
stream; pure functions, tested on fixtures.

:func:`completion` turns a ``ChatResponse`` into a ``chat.completion`` object, and
:class:`ChunkWriter` turns a stream of ``ChatChunk`` into the vendor's SSE blocks, ending
with the optional usage chunk and ``data: [DONE]``. (A pass-through call answers with the
vendor's own bytes instead: ``_openai_forward.py``.)
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from llmgate._types import ChatChunk, ChatResponse, Usage
from llmgate.gateway._errors import HTTPError
from llmgate.gateway._wire import dumps

__all__ = ["ChunkWriter", "completion", "usage"]


def usage(u: Usage, cost: Decimal | None = None) -> dict[str, Any]:
    """OpenAI's usage object, plus ``cost_usd`` (a decimal string, null when unknown)."""
    return {
        "prompt_tokens": u.input_tokens,
        "completion_tokens": u.output_tokens,
        "total_tokens": u.total_tokens,
        "prompt_tokens_details": {"cached_tokens": u.cached_input_tokens},
        "completion_tokens_details": {"reasoning_tokens": u.reasoning_tokens},
        "cost_usd": None if cost is None else str(cost),
    }


def completion(r: ChatResponse, *, response_id: str, created: int) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": r.text or None, "refusal": None}
    if r.tool_calls:
        message["tool_calls"] = [tc.to_openai() for tc in r.tool_calls]
    return {
        "id": response_id,
        "object": "chat.completion",
        "created": created,
        "model": r.model,
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": r.finish_reason or ("tool_calls" if r.tool_calls else "stop"),
            }
        ],
        "usage": usage(r.usage, r.cost),
    }


_TEXT_SUFFIX = b'},"logprobs":null,"finish_reason":null}]}\n\n'
_CONTENT = b'{"content":'
_ROLE = b'{"role":"assistant","content":""'
_FINISH = b'{},"logprobs":null,"finish_reason":'


class ChunkWriter:
    """SSE blocks of one ``chat.completion.chunk`` stream, in the vendor's order."""

    def __init__(self, response_id: str, created: int, model: str, include_usage: bool) -> None:
        self.id = response_id
        self.created = created
        self.model = model
        self.include_usage = include_usage
        self._tools_seen = False
        self._finish: str | None = None
        self._text_prefix: tuple[str, bytes] | None = None  # (model, bytes before the text)

    def _block(self, choices: list[dict[str, Any]], extra: dict[str, Any] | None = None) -> bytes:
        obj: dict[str, Any] = {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
            "choices": choices,
        }
        if extra:
            obj.update(extra)
        return b"data: " + dumps(obj) + b"\n\n"

    def start(self) -> bytes:
        """The role chunk: the text prefix's bytes with the role put before the empty
        content (one encoding less on the way to a stream's first byte: the prefix is
        what the first text chunk needs anyway)."""
        prefix = self._prefix()
        return prefix[: -len(_CONTENT)] + _ROLE + _TEXT_SUFFIX

    def chunk(self, c: ChatChunk) -> bytes:
        if c.model:
            self.model = c.model
        if c.finish_reason:
            self._finish = c.finish_reason
        if not c.text and not c.tool_calls:
            return b""
        if not c.tool_calls:
            return self._text(c.text)
        delta: dict[str, Any] = {}
        if c.text:
            delta["content"] = c.text
        if c.tool_calls:
            self._tools_seen = True
            calls = []
            for d in c.tool_calls:
                call: dict[str, Any] = {"index": d.index}
                if d.id:
                    call["id"] = d.id
                    call["type"] = "function"
                function: dict[str, Any] = {"arguments": d.arguments}
                if d.name:
                    function["name"] = d.name
                call["function"] = function
                calls.append(call)
            delta["tool_calls"] = calls
        return self._block([{"index": 0, "delta": delta, "logprobs": None, "finish_reason": None}])

    def _text(self, text: str) -> bytes:
        """A text delta from a cached prefix: the same bytes as :meth:`_block`, built by
        encoding only the text (most chunks of most streams are text)."""
        return self._prefix() + dumps(text) + _TEXT_SUFFIX

    def _prefix(self) -> bytes:
        """A text chunk's bytes up to its text (``...,"delta":{"content":``), for the
        current model."""
        if self._text_prefix is None or self._text_prefix[0] != self.model:
            whole = self._block([{"index": 0, "delta": {"content": ""}}])
            self._text_prefix = (self.model, whole[: whole.rindex(b'""')])
        return self._text_prefix[1]

    def finish(self, r: ChatResponse) -> bytes:
        reason = r.finish_reason or self._finish or ("tool_calls" if self._tools_seen else "stop")
        # The general block's bytes from the text prefix, as start() (one encoding less).
        out = self._prefix()[: -len(_CONTENT)] + _FINISH + dumps(reason) + b"}]}\n\n"
        if self.include_usage:
            out += self._block([], {"usage": usage(r.usage, r.cost)})
        return out + b"data: [DONE]\n\n"

    @staticmethod
    def error(exc: HTTPError) -> bytes:
        """What the vendor sends when a stream fails after it started: an error object."""
        return b"data: " + dumps(exc.openai()) + b"\n\n"
