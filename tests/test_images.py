"""Images in messages: OpenAI ``image_url`` parts reach OpenAI as they are and Anthropic as
image blocks (base64 or URL); a target whose provider takes text only is skipped before
egress, with the reason in the attempts."""

from __future__ import annotations

from typing import Any

import pytest

from llmgate import Client, errors
from llmgate.provider import Capabilities
from llmgate.testing import AnthropicServer, OpenAIServer, ScriptedProvider

PNG = "data:image/png;base64,iVBORw0KGgo="
URL = "https://example.com/cat.png"


def picture(url: str) -> list[dict[str, Any]]:
    return [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": url}},
            ],
        }
    ]


class TextOnly(ScriptedProvider):
    capabilities = Capabilities(content_parts=frozenset({"text"}))


@pytest.mark.parametrize("url", [PNG, URL])
async def test_image_parts_on_each_vendor_and_a_text_only_target_skipped(
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
    url: str,
) -> None:
    text_only = TextOnly("text")
    client = Client(
        {
            "providers": {
                "oa": {"type": "openai", "base_url": openai_server.base_url, "api_key": "sk-t1"},
                "an": {"type": "anthropic", "base_url": anthropic_server.url, "api_key": "k"},
            },
            "routes": {
                "vision": {"targets": ["text:m", "an:claude-haiku-4-5"]},
                "oa": {"targets": ["text:m", "oa:gpt-4o-mini"]},
            },
        },
        providers={"text": text_only},
    )
    clients.append(client)
    r = await client.achat("vision", picture(url))
    assert [(a.provider, a.outcome) for a in r.attempts] == [("text", "skipped"), ("an", "ok")]
    assert "content part 'image_url' is not supported" in (r.attempts[0].error_message or "")
    assert text_only.requests == []
    block = anthropic_server.requests[-1].json()["messages"][0]["content"][1]
    if url == PNG:
        source = {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}
    else:
        source = {"type": "url", "url": URL}
    assert block == {"type": "image", "source": source}
    await client.achat("oa", picture(url))
    sent = openai_server.chat_requests()[-1]["messages"][0]["content"][1]
    assert sent == {"type": "image_url", "image_url": {"url": url}}
    with pytest.raises(errors.BadRequestError, match="image_url"):
        await client.achat("text:m", picture(url))
