"""Embeddings: one more kind of call through the same attempt loop as chat.

An embedding call is a :class:`~llmgate._flow.Call` whose messages are the inputs (one per
input): the planner, the circuit breakers, the privacy policy (inputs masked per attempt for
an untrusted target), the budget reservation (the inputs' tokens, no output), the events and
the ledger treat it exactly as a prompt, and each attempt hands the (masked) texts to the
provider's ``embed``. Only the attempt's work and the response differ from chat.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from llmgate import _config, errors
from llmgate._flow import Call
from llmgate._record import _Try
from llmgate._route import Route, Runtime, Target
from llmgate._types import (
    ChatRequest,
    EmbeddingRequest,
    EmbeddingResponse,
    Embeddings,
    Message,
)

__all__ = ["embed", "embed_call"]


def embed_call(
    rt: Runtime,
    route: Route,
    inputs: str | Sequence[str] | None,
    dimensions: int | None,
    tags: Mapping[str, str],
    file: str | None,
) -> Call:
    """The call for ``client.embed``, checked before anything is sent."""
    texts = [inputs] if isinstance(inputs, str) else list(inputs or ())
    if not texts or not all(isinstance(t, str) and t for t in texts):
        raise errors.BadRequestError("inputs must be a non-empty list of non-empty strings")
    if dimensions is not None and (
        isinstance(dimensions, bool) or not isinstance(dimensions, int) or dimensions < 1
    ):
        raise errors.BadRequestError(f"dimensions must be a positive integer: {dimensions!r}")
    problem = _config.embedding_route_problem(route.targets)
    if problem is not None:  # a "provider:model" pair is checked here, a route at load
        raise errors.ConfigError(problem, file=file, key=f"routes.{route.name}")
    unfit = {
        key: f"{key} does not serve embeddings"
        for key, t in route.targets.items()
        if not t.provider.capabilities.embeddings
    }
    if len(unfit) == len(route.targets):
        first = next(iter(route.targets.values()))
        raise errors.BadRequestError(
            "; ".join(unfit.values()), provider=first.name, model=first.model
        )
    # max_tokens 0: nothing is generated, so the budget reserves the inputs' tokens only.
    messages = tuple(Message("user", t) for t in texts)
    request = ChatRequest(model="", messages=messages, params={"max_tokens": 0})
    return Call(rt, route, request, tags, stream=False, unfit=unfit)


async def embed(call: Call, dimensions: int | None) -> EmbeddingResponse:
    """An embedding call, through the same attempt loop as chat.

    The inputs travel as the call's messages (one per input), so the privacy policy masks
    them per attempt and the budget reserves their tokens exactly as for a prompt; the
    attempt hands the (masked) texts to the provider's ``embed``.
    """
    count = len(call.request.messages)

    async def start(tr: _Try) -> Embeddings:
        sent = tr.prepared.request
        request = EmbeddingRequest(
            sent.model, tuple(m.text() for m in sent.messages), dimensions, sent.timeout_s
        )
        result = await tr.target.provider.embed(request)
        _check_vectors(result, count, dimensions, tr.target)
        return result

    tr, result = await call.run(start)
    call.succeeded(tr, result.usage, busy_s=result.busy_s, response_model=result.model)
    await call.flush()
    usage, cost = call.total()
    response = EmbeddingResponse(
        vectors=_as_arrays(result.vectors),
        provider=tr.target.name,
        model=result.model or tr.target.model,
        usage=usage,
        route=call.route.name,
        cost=cost,
        attempts=list(call.attempts),
        redactions=list(call.redactions.values()),
    )
    call.finish_ok(response)
    return response


def _check_vectors(result: Embeddings, count: int, dimensions: int | None, t: Target) -> None:
    """A provider that answers the wrong number or size of vectors is broken, not the call."""
    sizes = {len(v) for v in result.vectors}
    problem = None
    if len(result.vectors) != count:
        problem = f"{len(result.vectors)} vectors for {count} inputs"
    elif len(sizes) > 1:
        problem = f"vectors of different sizes {sorted(sizes)}"
    elif dimensions is not None and sizes and sizes != {dimensions}:
        problem = f"vectors of {sizes.pop()} dimensions where {dimensions} were asked"
    if problem is not None:
        raise errors.ServerError(f"the answer holds {problem}", provider=t.name, model=t.model)


def _as_arrays(vectors: list[Any]) -> list[Any]:
    """numpy float32 arrays when numpy is installed (imported only here), else float lists."""
    try:
        import numpy as np
    except ImportError:
        return [[float(x) for x in v] for v in vectors]
    return [np.asarray(v, dtype=np.float32) for v in vectors]
