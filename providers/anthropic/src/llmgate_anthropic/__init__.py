"""llmgate's Anthropic provider: Claude models through the Messages API.

Registered under the ``llmgate.providers`` entry point as ``anthropic``; a config table
selects it with ``type = "anthropic"``::

    [providers.claude]
    type = "anthropic"
    api_key = "${ANTHROPIC_API_KEY}"
"""

from llmgate_anthropic._provider import AnthropicProvider, AnthropicSettings

__all__ = ["AnthropicProvider", "AnthropicSettings"]
