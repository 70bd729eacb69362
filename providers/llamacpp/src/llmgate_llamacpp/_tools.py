"""Tool calls on a GGUF model: the prompt that offers the tools, the grammar that forces a
call, and the parser that reads calls back, whole or streamed.

One format for every model, the one Hermes, Qwen2.5 and SmolLM's function-calling data
use: the tools go into the system message as JSON inside ``<tools></tools>``, and the model
answers each call as ``<tool_call>{"name": ..., "arguments": {...}}</tool_call>``. llmgate
renders this itself rather than handing ``tools`` to the GGUF's chat template: many
templates (SmolLM2's among them) ignore ``tools``, and those that use them disagree on the
format, so one rendering and one parser give the same behaviour on every file.

When the call must use a tool (``tool_choice`` ``"required"`` or a named function), a
llama.cpp grammar built from the tools' JSON Schemas constrains sampling to exactly one
``<tool_call>`` block whose name is one of the tools (or the named one) and whose arguments
fit that tool's schema: even a 135M-parameter model then calls correctly. With ``"auto"``
the model writes freely and the parser picks out any calls it made. A call the model wrote
but that cannot be read (not JSON, a tool that was not offered, cut by ``max_tokens``) is a
``ServerError``, as for a vendor whose answer breaks its own format::

    plan = tool_plan(request)                 # None: no tools, or tool_choice "none"
    messages, grammar = plan.messages(request.messages), plan.grammar()
    text, calls, finish = plan.parse(out_text, finish, where)
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from llmgate.errors import ServerError
from llmgate.provider import ChatRequest, Message, StreamEvent, ToolCall, ToolCallDelta

__all__ = ["ToolPlan", "ToolStream", "tool_plan"]

OPEN: Final = "<tool_call>"
CLOSE: Final = "</tool_call>"

_INSTRUCTIONS: Final = (
    "# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
    "You are provided with function signatures within <tools></tools> XML tags:\n"
    "<tools>\n{tools}\n</tools>\n\n"
    "For each function call, return a json object with function name and arguments within "
    "<tool_call></tool_call> XML tags:\n<tool_call>\n"
    '{{"name": <function-name>, "arguments": <args-json-object>}}\n</tool_call>'
)
_ANY_OBJECT: Final[dict[str, Any]] = {"type": "object"}


def tool_plan(request: ChatRequest) -> ToolPlan | None:
    """How this request uses tools; ``None`` when it offers none (or ``tool_choice="none"``).

    ``ValueError`` (a ``BadRequestError`` to the caller) for a ``tool_choice`` naming a
    tool that is not offered, or one that is not a known form.
    """
    if not request.tools or request.tool_choice == "none":
        return None
    schemas: dict[str, dict[str, Any]] = {}
    for tool in request.tools:
        fn = tool["function"]
        schemas[str(fn["name"])] = dict(fn.get("parameters") or _ANY_OBJECT)
    choice = request.tool_choice
    forced: tuple[str, ...] = ()
    if choice == "required":
        forced = tuple(schemas)
    elif isinstance(choice, Mapping):
        fn = choice.get("function")
        name = fn.get("name") if isinstance(fn, Mapping) else choice.get("name")
        if name not in schemas:
            raise ValueError(f"tool_choice names {name!r}, which is not among the tools")
        forced = (str(name),)
    elif choice not in (None, "auto"):
        raise ValueError(
            f"tool_choice must be 'auto', 'none', 'required' or a function: {choice!r}"
        )
    return ToolPlan(tuple(request.tools), schemas, forced)


@dataclass(frozen=True, slots=True)
class ToolPlan:
    """The tools of one request and, when a call is forced, the tools it may call."""

    tools: tuple[dict[str, Any], ...]
    schemas: dict[str, dict[str, Any]]
    forced: tuple[str, ...] = ()

    def messages(self, messages: Iterable[Message]) -> list[dict[str, Any]]:
        """Chat-template messages with the tools offered in the system message.

        Earlier tool calls become the assistant's ``<tool_call>`` text, and tool results a
        user turn of ``<tool_response>`` blocks (consecutive results in one turn): every
        chat template accepts ``system``/``user``/``assistant``, not all accept ``tool``.
        """
        offer = _INSTRUCTIONS.format(
            tools="\n".join(json.dumps(t["function"], ensure_ascii=False) for t in self.tools)
        )
        out: list[dict[str, Any]] = []
        results = False  # the last turn holds tool results
        for message in messages:
            if message.role == "tool":
                block = f"<tool_response>\n{message.text()}\n</tool_response>"
                if results:
                    out[-1]["content"] += "\n" + block
                else:
                    out.append({"role": "user", "content": block})
                results = True
                continue
            text = message.text()
            if message.tool_calls:
                calls = "\n".join(_render_call(c) for c in message.tool_calls)
                text = f"{text}\n{calls}" if text else calls
            out.append({"role": message.role, "content": text})
            results = False
        if out and out[0]["role"] == "system":
            out[0]["content"] = f"{out[0]['content']}\n\n{offer}"
        else:
            out.insert(0, {"role": "system", "content": offer})
        return out

    def grammar(self) -> str | None:
        """The GBNF grammar that forces one call of a forced tool (``None``: not forced)."""
        if not self.forced:
            return None
        from llama_cpp import llama_grammar

        # llama-cpp-python's port of llama.cpp's json_schema_to_grammar (untyped).
        make: Any = llama_grammar.SchemaConverter
        converter = make(
            prop_order={"name": 0, "arguments": 1},
            allow_fetch=False,
            dotall=False,
            raw_pattern=False,
        )
        calls: list[dict[str, Any]] = []
        defs: dict[str, dict[str, Any]] = {"$defs": {}, "definitions": {}}
        for name in self.forced:
            arguments = dict(self.schemas[name])
            for key, found in defs.items():  # local "#/$defs/X" refs resolve from the root
                found.update(arguments.pop(key, None) or {})
            calls.append(
                {
                    "type": "object",
                    "properties": {"name": {"const": name}, "arguments": arguments},
                    "required": ["name", "arguments"],
                    "additionalProperties": False,
                }
            )
        schema: dict[str, Any] = calls[0] if len(calls) == 1 else {"anyOf": calls}
        schema.update({key: found for key, found in defs.items() if found})
        converter.visit(converter.resolve_refs(schema, "tools"), "tool-call")
        converter._add_rule("root", '"<tool_call>\\n" tool-call "\\n</tool_call>"')
        return str(converter.format_grammar())

    def parse(
        self, text: str, finish: str | None, where: Mapping[str, Any]
    ) -> tuple[str, tuple[ToolCall, ...], str | None]:
        """The answer's text without its calls, the calls, and the finish reason.

        Read by the very :class:`ToolStream` a stream uses, so a streamed answer joins to
        exactly this. With calls, the finish reason is ``"tool_calls"``.
        """
        stream = ToolStream(self, where)
        events = stream.feed(text)
        tail, finish = stream.finish(finish)
        events += tail
        calls = tuple(
            ToolCall(str(d.id), str(d.name), d.arguments) for e in events for d in e.tool_calls
        )
        return "".join(e.text for e in events), calls, finish

    def read(
        self, body: str, *, closed: bool, finish: str | None, where: Mapping[str, Any]
    ) -> ToolCall:
        """One ``<tool_call>`` body as a :class:`ToolCall`, or a ``ServerError`` saying why not.

        An unclosed block is still a call when its JSON is whole (a model may stop right
        after the closing brace); the error never quotes what the model wrote.
        """
        try:
            value = json.loads(body)
        except ValueError:
            if not closed and finish == "length":
                problem = "the answer reached max_tokens inside a tool call"
            else:
                problem = "a tool call that is not JSON"
            raise ServerError(f"the model wrote {problem}", **where) from None
        if not isinstance(value, dict) or not isinstance(value.get("name"), str):
            raise ServerError("the model wrote a tool call without a function name", **where)
        if value["name"] not in self.schemas:
            raise ServerError("the model called a tool that was not offered", **where)
        arguments = value.get("arguments", value.get("parameters", {}))
        if isinstance(arguments, str):  # some models write the arguments as JSON text
            try:
                arguments = json.loads(arguments)
            except ValueError:
                raise ServerError(
                    "the model wrote tool call arguments that are not JSON", **where
                ) from None
        if not isinstance(arguments, dict):
            raise ServerError("the model wrote tool call arguments that are not an object", **where)
        return ToolCall(
            id=new_call_id(),
            name=value["name"],
            arguments=json.dumps(arguments, ensure_ascii=False),
        )


@dataclass(slots=True)
class ToolStream:
    """Splits a streamed answer into text events and whole tool calls, as they complete.

    Text that might begin ``<tool_call>`` is held until it is clear whether it does; a call
    is sent as one :class:`ToolCallDelta` (id, name and all its arguments) once its closing
    tag arrives. Whitespace around calls is format, not answer: dropped at the ends, one
    space or newline between texts; an answer without calls comes out exactly as written.
    """

    plan: ToolPlan
    where: Mapping[str, Any]
    calls: int = 0
    _pending: str = ""  # not yet known to be text: it may begin a tag
    _space: str = ""  # whitespace held back: dropped if a call follows
    _inside: bool = False
    _after_call: bool = False
    _texted: bool = False  # some text was sent
    _body: list[str] = field(default_factory=list)

    def feed(self, text: str) -> list[StreamEvent]:
        """The events that ``text``, the next piece of the answer, completes."""
        events: list[StreamEvent] = []
        buffer = self._pending + text
        self._pending = ""
        while buffer:
            tag = CLOSE if self._inside else OPEN
            at = buffer.find(tag)
            if at < 0:
                keep = _partial_tail(buffer, tag)
                self._take(buffer[: len(buffer) - keep], events)
                self._pending = buffer[len(buffer) - keep :]
                break
            self._take(buffer[:at], events)
            buffer = buffer[at + len(tag) :]
            if self._inside:
                events.append(self._call(closed=True, finish=None))
            else:
                self._inside = True
        return events

    def finish(self, finish: str | None) -> tuple[list[StreamEvent], str | None]:
        """The events still held when the answer ended, and the answer's finish reason."""
        events: list[StreamEvent] = []
        pending, self._pending = self._pending, ""
        if self._inside:
            self._body.append(pending)
            events.append(self._call(closed=False, finish=finish))
        else:
            self._take(pending, events)
        if self._space and not self.calls:
            events.append(StreamEvent(text=self._space))
        self._space = ""
        return events, ("tool_calls" if self.calls else finish)

    def _take(self, piece: str, events: list[StreamEvent]) -> None:
        if self._inside:
            self._body.append(piece)
            return
        if not piece.strip():
            self._space += piece
            return
        if self._after_call:
            # Text resumes after calls: one separator, if text came before them.
            held = self._space + piece[: len(piece) - len(piece.lstrip())]
            self._space = ("\n" if "\n" in held else " ") if self._texted else ""
            piece, self._after_call = piece.lstrip(), False
        body = piece.rstrip()
        events.append(StreamEvent(text=self._space + body))
        self._space, self._texted = piece[len(body) :], True

    def _call(self, *, closed: bool, finish: str | None) -> StreamEvent:
        call = self.plan.read("".join(self._body), closed=closed, finish=finish, where=self.where)
        self._body.clear()
        self._inside, self._after_call = False, True
        delta = ToolCallDelta(self.calls, id=call.id, name=call.name, arguments=call.arguments)
        self.calls += 1
        return StreamEvent(tool_calls=(delta,))


def new_call_id() -> str:
    """A tool call id in OpenAI's shape (``call_`` and 24 hex digits), unique per call."""
    return f"call_{uuid.uuid4().hex[:24]}"


def _render_call(call: ToolCall) -> str:
    try:
        arguments: Any = json.loads(call.arguments) if call.arguments else {}
    except ValueError:
        arguments = call.arguments
    body = json.dumps({"name": call.name, "arguments": arguments}, ensure_ascii=False)
    return f"{OPEN}\n{body}\n{CLOSE}"


def _partial_tail(text: str, tag: str) -> int:
    """How many characters at the end of ``text`` could begin ``tag`` (to hold them back)."""
    for size in range(min(len(tag) - 1, len(text)), 0, -1):
        if tag.startswith(text[-size:]):
            return size
    return 0
