"""From what a caller passed to ``chat``/``stream`` to a checked :class:`Call`.

Everything here is refused before anything is sent: a route whose every target cannot take
the request (tools, images, structured output, a parameter), a stream on a route that must
see the whole answer first, malformed messages, tags or parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias

from llmgate import errors
from llmgate._flow import Call, Runtime, chat
from llmgate._messages import (
    check_params,
    check_tags,
    normalize_messages,
    normalize_tools,
    unfit_reason,
)
from llmgate._structured import PASSTHROUGH_TYPES, response_format_from
from llmgate._types import ChatRequest, Message
from llmgate.routing import Route

if TYPE_CHECKING:
    from pydantic import BaseModel

    from llmgate._checks import RouteChecks

__all__ = ["Messages", "ResponseFormatArg", "build_call", "route_checks"]

Messages = Sequence[Mapping[str, Any] | Message] | str
# A pydantic class, a JSON Schema, OpenAI's json_schema/json_object shapes, or nothing.
ResponseFormatArg: TypeAlias = "type[BaseModel] | Mapping[str, Any] | None"
# How a route's judge check makes its own call (Client._call's signature).
MakeCall = Callable[..., Call]


def build_call(
    runtime: Runtime,
    route: Route,
    messages: Messages,
    tools: Sequence[Mapping[str, Any]] | None,
    tool_choice: str | Mapping[str, Any] | None,
    tags: Mapping[str, str] | None,
    params: dict[str, Any],
    response_format: ResponseFormatArg,
    stream: bool,
) -> Call:
    """The call ``route`` would make, with the targets that cannot serve it set aside."""
    if isinstance(messages, str):
        messages = [{"role": "user", "content": messages}]
    if stream and route.checks is not None:
        raise errors.BadRequestError(
            f"route {route.name!r} has checks, which need the whole answer before it is "
            "returned: call chat() instead of stream() (or use a route without checks)"
        )
    msgs = normalize_messages(messages)
    tool_defs = normalize_tools(tools)
    fmt = None
    if response_format is not None:
        if isinstance(response_format, Mapping) and (
            response_format.get("type") in PASSTHROUGH_TYPES
        ):
            params = {**params, "response_format": dict(response_format)}
        else:
            fmt = response_format_from(response_format)
    checked = check_params(params)
    unfit = {}
    for key, target in route.targets.items():
        why = unfit_reason(target, checked, tool_defs, msgs, stream, fmt is not None)
        if why is not None:
            unfit[key] = why
    if len(unfit) == len(route.targets):
        first = next(iter(route.targets.values()))
        raise errors.BadRequestError(
            "; ".join(unfit.values()), provider=first.name, model=first.model
        )
    request = ChatRequest(
        model="",
        messages=msgs,
        tools=tool_defs,
        tool_choice=dict(tool_choice) if isinstance(tool_choice, Mapping) else tool_choice,
        params=checked,
        response_format=fmt,
    )
    return Call(runtime, route, request, check_tags(tags), stream=stream, unfit=unfit)


def route_checks(specs: Sequence[Any], make_call: MakeCall) -> RouteChecks | None:
    """A route's answer checks (``checks = [...]``); a judge check calls its own route."""
    if not specs:
        return None
    from llmgate._checks import JUDGE_PARAMS, RouteChecks
    from llmgate.eval._scorers import parse_check

    async def judge(
        route: str, messages: list[dict[str, Any]], tags: Mapping[str, str]
    ) -> tuple[str, Decimal | None]:
        call = make_call(route, messages, None, None, tags, dict(JUDGE_PARAMS), None, False)
        r = await chat(call)
        return r.text, r.cost

    return RouteChecks([parse_check(s) for s in specs], judge)
