"""llmgate's provider for OpenAI and every OpenAI-compatible server (vLLM, Ollama, llama.cpp).

Registered as ``type = "openai"`` through the ``llmgate.providers`` entry point::

    [providers.openai]
    type = "openai"
    api_key = "${OPENAI_API_KEY}"

    [providers.vllm]
    type = "openai"
    base_url = "http://localhost:8000/v1"   # no api_key needed for a local server
"""

from llmgate_openai._provider import OpenAIProvider, OpenAISettings

__all__ = ["OpenAIProvider", "OpenAISettings"]
