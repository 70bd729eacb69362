"""llmgate-llamacpp: open GGUF models in-process, through llama-cpp-python.

Registered as the ``llamacpp`` provider type (entry-point group ``llmgate.providers``)::

    [providers.local]
    type = "llamacpp"
    model = "smollm2-135m-instruct"   # or model_path = "/path/model.gguf"

Importing this package does not import llama.cpp: that happens on the first call.
"""

from llmgate_llamacpp._models import PACKAGED_MODELS, packaged_model_path
from llmgate_llamacpp._provider import LlamaCppProvider
from llmgate_llamacpp._settings import LlamaCppSettings

__all__ = ["PACKAGED_MODELS", "LlamaCppProvider", "LlamaCppSettings", "packaged_model_path"]
