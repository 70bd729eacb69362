"""Token estimates, for budgets before a call and for streams cut before the vendor said.

An estimate is meant to be an *upper bound*: a budget reserves it, so guessing low could
let a call through that the budget cannot pay. Two methods:

* **tiktoken**, when it is installed and the provider type is ``openai``: the exact token
  count of each message's text with the model's encoding (``o200k_base`` for unknown
  models), plus OpenAI's per-message framing.
* **the heuristic** otherwise (Anthropic, other vendors, no tiktoken). Text is split the
  way byte-level BPE tokenizers pre-split it and each piece is charged generously: a run of
  ASCII letters ``ceil(n / 3)`` tokens (English averages ~4.5 characters a token), a run of
  digits ``ceil(n / 3)`` (tokenizers group at most three digits), every other ASCII
  character 1, a run of two or more blanks ``ceil(n / 2)``, every non-ASCII character
  ``ceil(utf8_bytes / 2)`` (one CJK character is about one token; this charges 2). English
  prose comes out ~1.5x the true count. It over-estimates natural text in every language
  tried; adversarial input (random letters) can beat it, which the budget tolerates
  because a reservation is settled to the vendor's actual count afterwards.

Every message also costs :data:`MESSAGE_OVERHEAD` tokens (role markers, separators), every
image part :data:`IMAGE_TOKENS`, and the reply priming :data:`REPLY_OVERHEAD`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from llmgate._types import Message, Usage

__all__ = [
    "IMAGE_TOKENS",
    "MESSAGE_OVERHEAD",
    "REPLY_OVERHEAD",
    "estimate_prompt_tokens",
    "estimate_text_tokens",
    "estimated_usage",
    "heuristic_tokens",
]

MESSAGE_OVERHEAD = 8
REPLY_OVERHEAD = 4
# The most an image part costs at either vendor for their default sizes (OpenAI's
# high-detail tiles, Anthropic's ~1.15 megapixel cap) is below this; an upper bound.
IMAGE_TOKENS = 2_000

_PIECES = re.compile(r"[A-Za-z]+|[0-9]+|[ \t\r\n\f\v]+|[\x00-\x7f]|[^\x00-\x7f]")


def heuristic_tokens(text: str) -> int:
    """The heuristic upper-bound token count of ``text`` (see the module docstring)."""
    total = 0
    for match in _PIECES.finditer(text):
        piece = match.group()
        first = piece[0]
        if first.isascii() and (first.isalpha() or first.isdigit()):
            total += -(-len(piece) // 3)
        elif first.isascii() and first.isspace():
            total += 0 if len(piece) == 1 else -(-len(piece) // 2)
        elif first.isascii():
            total += 1
        else:
            total += -(-len(piece.encode("utf-8")) // 2)
    return total


@lru_cache(maxsize=32)
def _tiktoken_counter(model: str) -> Callable[[str], int] | None:
    """tiktoken's counter for ``model``, or ``None`` when tiktoken cannot be used.

    tiktoken downloads its encodings on first use; without network (or the package) any
    failure falls back to the heuristic rather than failing the call.
    """
    try:
        import tiktoken  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    try:
        try:
            encoding = tiktoken.encoding_for_model(model)
        except KeyError:
            encoding = tiktoken.get_encoding("o200k_base")
    except Exception:  # no network to fetch the encoding, a corrupt cache, ...
        return None

    def count(text: str) -> int:
        return len(encoding.encode(text, disallowed_special=()))

    return count


def _counter(model: str, provider_type: str) -> Callable[[str], int]:
    if provider_type == "openai":
        counter = _tiktoken_counter(model)
        if counter is not None:
            return counter
    return heuristic_tokens


def _as_message(message: Message | Mapping[str, Any]) -> tuple[str, int]:
    """The text to count in ``message`` and its number of image parts."""
    if isinstance(message, Message):
        content: Any = message.content
        extra = [tc.name + tc.arguments for tc in message.tool_calls]
        extra.append(message.name or "")
    else:
        content = message.get("content")
        extra = [json.dumps(tc, sort_keys=True) for tc in message.get("tool_calls") or ()]
        extra.append(str(message.get("name") or ""))
    images = 0
    if isinstance(content, str):
        text = content
    elif isinstance(content, list):
        texts = []
        for part in content:
            if isinstance(part, Mapping) and part.get("type") == "text":
                texts.append(str(part.get("text", "")))
            elif isinstance(part, Mapping) and part.get("type") in ("image_url", "image"):
                images += 1
            else:
                texts.append(json.dumps(part, sort_keys=True, default=str))
        text = "\n".join(texts)
    else:
        text = ""
    return "\n".join([text, *extra]), images


def estimate_prompt_tokens(
    messages: Sequence[Message | Mapping[str, Any]],
    model: str,
    provider_type: str,
    *,
    tools: Sequence[Mapping[str, Any]] = (),
) -> int:
    """An upper bound on the prompt tokens ``messages`` (and ``tools``) will be billed.

    ``provider_type`` is the provider's ``type`` (``"openai"``, ``"anthropic"``, ...):
    tiktoken is only trusted for OpenAI's tokenizers::

        n = estimate_prompt_tokens([{"role": "user", "content": "Hi"}], "gpt-4o", "openai")
    """
    count = _counter(model, provider_type)
    total = REPLY_OVERHEAD
    for message in messages:
        text, images = _as_message(message)
        total += MESSAGE_OVERHEAD + count(text) + images * IMAGE_TOKENS
    if tools:
        total += count(json.dumps(list(tools), sort_keys=True, default=str))
    return total


def estimate_text_tokens(text: str, model: str = "", provider_type: str = "") -> int:
    """An upper bound on the tokens of generated ``text`` (a stream cut before usage)."""
    return _counter(model, provider_type)(text)


def estimated_usage(
    messages: Sequence[Message | Mapping[str, Any]],
    partial_text: str,
    model: str,
    provider_type: str,
) -> Usage:
    """The usage to bill for a stream cut before the vendor reported any, marked estimated.

    The prompt is billed as uncached input (the dearer assumption) and the text received so
    far as output; ``Usage.estimated`` tells the ledger and the caller it is a guess.
    """
    return Usage(
        input_tokens=estimate_prompt_tokens(messages, model, provider_type),
        output_tokens=estimate_text_tokens(partial_text, model, provider_type),
        estimated=True,
    )
