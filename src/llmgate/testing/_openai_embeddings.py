"""OpenAI's ``/v1/embeddings`` wire format for the loopback server: the vendor's checks of a
body, its answer (float or base64 vectors, ``usage.prompt_tokens``) and deterministic unit
vectors, so that tests can compare what the client returns with what a text must get::

    from llmgate.testing import embedding_vector
    assert r.vectors[0].tolist() == embedding_vector("a cat", 256)
"""

from __future__ import annotations

import array
import base64
import hashlib
import math
import random
import sys
from typing import Any

__all__ = ["EMBEDDING_SIZES", "check_embedding_body", "embedding_vector", "embeddings_body"]

EMBEDDING_SIZES = {
    "text-embedding-3-small": 1536,
    "text-embedding-3-large": 3072,
    "text-embedding-ada-002": 1536,
}


def check_embedding_body(body: Any, sizes: dict[str, int]) -> str | None:
    """The vendor's checks of an ``/embeddings`` body (its wording)."""
    if not isinstance(body, dict):
        return "The request body must be a JSON object."
    if not body.get("model"):
        return "you must provide a model parameter"
    inputs = body.get("input")
    if isinstance(inputs, str):
        inputs = [inputs]
    if not isinstance(inputs, list) or not inputs:
        return "'$.input' is invalid. Please check the API reference."
    if len(inputs) > 2048:
        return "'$.input' is too long: at most 2048 inputs per request."
    if any(not isinstance(i, str) or not i for i in inputs):
        return "'$.input' is invalid. Please check the API reference."
    if body.get("encoding_format", "float") not in ("float", "base64"):
        return "'encoding_format' must be 'float' or 'base64'."
    dims = body.get("dimensions")
    if dims is not None:
        if body["model"] == "text-embedding-ada-002":
            return "This model does not support specifying dimensions."
        native = sizes.get(body["model"], 384)
        if not isinstance(dims, int) or isinstance(dims, bool) or not 1 <= dims <= native:
            return f"Invalid value for 'dimensions' = {dims}. Must be between 1 and {native}."
    return None


def embedding_vector(text: str, size: int) -> list[float]:
    """A deterministic unit vector for ``text`` (the same text, the same vector)."""
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
    rng = random.Random(seed)
    values = [rng.gauss(0.0, 1.0) for _ in range(size)]
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    # float32, as the vendor's vectors are: base64 and float answers then agree exactly.
    return list(array.array("f", (v / norm for v in values)))


def embeddings_body(body: dict[str, Any], sizes: dict[str, int]) -> dict[str, Any]:
    """An ``/embeddings`` list object for the request ``body`` (already checked)."""
    inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
    size = body.get("dimensions") or sizes.get(body["model"], 384)
    base64_out = body.get("encoding_format") == "base64"
    data = []
    for i, text in enumerate(inputs):
        vector = embedding_vector(text, size)
        encoded: Any = vector
        if base64_out:
            packed = array.array("f", vector)
            if sys.byteorder != "little":
                packed.byteswap()
            encoded = base64.b64encode(packed.tobytes()).decode()
        data.append({"object": "embedding", "index": i, "embedding": encoded})
    tokens = sum(len(t.split()) for t in inputs)  # the chat fake's count
    return {
        "object": "list",
        "data": data,
        "model": body["model"],
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }
