"""Test doubles for applications and provider authors.

Real loopback servers that speak the vendors' wire formats (:class:`OpenAIServer`,
:class:`AnthropicServer`, or your own :class:`LoopbackServer` subclass), scripted providers,
and the provider conformance suite (:mod:`llmgate.testing.conformance`)::

    from llmgate import Client
    from llmgate.testing import OpenAIServer

    with OpenAIServer() as server:
        server.script("hello")
        config = {"providers": {"oa": {"type": "openai", "base_url": server.base_url}}}
        with Client(config) as client:
            assert client.chat("oa:gpt-4o-mini", "Hi").text == "hello"
"""

from llmgate.testing._anthropic_server import AnthropicServer, ScriptedMessage, ScriptedToolUse
from llmgate.testing._openai_embeddings import embedding_vector
from llmgate.testing._openai_server import OpenAIServer
from llmgate.testing._openai_wire import ScriptedAnswer
from llmgate.testing._providers import Cut, FailingProvider, ScriptedProvider
from llmgate.testing._server import LoopbackServer, RecordedRequest, Reply, wait_until

__all__ = [
    "AnthropicServer",
    "Cut",
    "FailingProvider",
    "LoopbackServer",
    "OpenAIServer",
    "RecordedRequest",
    "Reply",
    "ScriptedAnswer",
    "ScriptedMessage",
    "ScriptedProvider",
    "ScriptedToolUse",
    "embedding_vector",
    "wait_until",
]
