"""The redaction layer in the call flow: what each attempt may send, decided per attempt.

``mask`` replaces personal data and secrets by typed placeholders in every request to a
target whose trust is in ``apply_to`` (default: ``external``) and restores them in the
answer; ``block`` refuses to send such a request; ``local-only`` lets only targets outside
``apply_to`` serve a call that holds any. Detection runs once per call and its result is
reused by every attempt, so failover does not pay for it twice. A detector that fails
closes the gate: nothing is sent to a target that needs redaction.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from llmgate._hooks import CallPrivacy, NoPrivacy, Prepared, PrivacyHook, TextStream
from llmgate._types import ChatRequest, Message, Redaction, ToolCall
from llmgate.errors import ConfigError, PrivacyViolationError

if TYPE_CHECKING:
    from llmgate._config import RedactionSection
    from llmgate.redaction import Redactor

__all__ = ["OFFLOAD_CHARS", "make_privacy"]

OFFLOAD_CHARS = 16_384
_T = TypeVar("_T")


def make_privacy(
    section: RedactionSection, *, redactor: Any = None, file: str | None = None
) -> PrivacyHook:
    """The privacy layer of a client; ``redactor`` replaces the one built from the config."""
    if section.mode == "off":
        return NoPrivacy()
    if redactor is None:
        redactor = build_redactor(section, file=file)
    return _Policy(section.mode, redactor, section.apply_to)


def build_redactor(
    section: RedactionSection,
    *,
    file: str | None = None,
    entities: Sequence[str] | None = None,
    cache_size: int | None = None,
) -> Redactor:
    """The :class:`~llmgate.redaction.Redactor` a ``[redaction]`` section describes (its
    ``entities`` and ``cache_size`` replaced where given); a bad entity or detector name is a
    :class:`ConfigError` naming the file and the key. Shared by the client and ``llmgate
    redact``, so the preview masks what a call would."""
    from llmgate.redaction import Redactor
    from llmgate.redaction.detectors import load_named_detectors

    try:
        extra = load_named_detectors(section.detectors)
    except (LookupError, ImportError) as exc:
        raise ConfigError(str(exc), file=file, key="redaction.detectors") from None
    wanted = entities or section.entities
    try:
        return Redactor(
            entities=list(wanted) if wanted else None,
            detectors=extra,
            cache_size=section.cache_size if cache_size is None else cache_size,
            person_model=section.person_model,
            dob_model=section.dob_model,
        )
    except ValueError as exc:
        raise ConfigError(str(exc), file=file, key="redaction.entities") from None


class _Policy:
    def __init__(self, mode: str, redactor: Any, apply_to: Sequence[str]) -> None:
        self.mode = mode
        self.redactor = redactor
        self.apply_to = frozenset(apply_to)

    def for_call(self, request: ChatRequest) -> CallPrivacy:
        return _CallPolicy(self, request)


class _Restorer:
    """Undoes one vault's placeholders in text, tool arguments and streams."""

    def __init__(self, redactor: Any, vault: Any) -> None:
        self._red = redactor
        self._vault = vault

    def text(self, text: str) -> str:
        return str(self._red.restore(text, self._vault))

    def tool_arguments(self, arguments: str) -> str:
        return str(self._red.restore_json(arguments, self._vault))

    def text_stream(self) -> TextStream:
        stream: TextStream = self._red.stream_restorer(self._vault)
        return stream

    def json_stream(self) -> TextStream:
        stream: TextStream = self._red.stream_restorer(self._vault, json=True)
        return stream


class _CallPolicy:
    def __init__(self, policy: _Policy, request: ChatRequest) -> None:
        self.policy = policy
        self._request = request
        self._large = (
            policy.mode != "off"
            and sum(len(t) for m in request.messages for t in _texts(m)) >= OFFLOAD_CHARS
        )
        self._masked: dict[int, Prepared] = {}
        self._detected = False
        self.found: list[str] = []  # entity types in the request (block, local-only)

    async def _work(self, fn: Callable[[], _T]) -> _T:
        return await asyncio.to_thread(fn) if self._large else fn()

    async def _detect(self) -> None:
        """``found`` for block and local-only: detected once, when a target first needs it."""
        if self._detected:
            return
        red = self.policy.redactor
        messages = self._request.messages
        found = await self._work(
            lambda: sorted({s.type for m in messages for t in _texts(m) for s in red.detect(t)})
        )
        if not self._detected:
            self.found, self._detected = found, True

    async def allows(self, trust: str) -> bool:
        if self.policy.mode != "local-only" or trust not in self.policy.apply_to:
            return True
        await self._detect()
        return not self.found

    async def prepare(self, request: ChatRequest, trust: str) -> Prepared:
        if trust not in self.policy.apply_to:
            return Prepared(request)
        if self.policy.mode == "block":
            await self._detect()
            if self.found:
                raise PrivacyViolationError(
                    f"the request holds {', '.join(self.found)}, which redaction mode 'block' "
                    f"keeps from {trust} providers; nothing was sent",
                    entities=self.found,
                )
        if self.policy.mode != "mask":
            return Prepared(request)
        # The same messages (a retry, the next target) are masked once per call.
        key = id(request.messages)
        cached = self._masked.get(key)
        if cached is None:
            masked = await self._work(lambda: self._mask(request))
            cached = self._masked.setdefault(key, masked)
        return replace(cached, request=replace(request, messages=cached.request.messages))

    def _mask(self, request: ChatRequest) -> Prepared:
        from llmgate.redaction import Vault

        red = self.policy.redactor
        vault = Vault()
        # A failing detector raises RedactionError, a PrivacyViolationError: nothing is sent.
        messages = tuple(_mask_message(red, m, vault) for m in request.messages)
        redactions: tuple[Redaction, ...] = tuple(vault.redactions())
        counts: dict[str, int] = {}
        for r in redactions:
            counts[r.entity] = counts.get(r.entity, 0) + 1
        return Prepared(
            replace(request, messages=messages), _Restorer(red, vault), redactions, counts
        )


def _texts(m: Message) -> list[str]:
    out: list[str] = []
    if isinstance(m.content, str):
        out.append(m.content)
    elif m.content:
        out.extend(str(p["text"]) for p in m.content if p.get("type") == "text")
    out.extend(tc.arguments for tc in m.tool_calls)
    return out


def _mask_message(red: Any, m: Message, vault: Any) -> Message:
    def mask(text: str) -> str:
        return str(red.redact(text, vault=vault).text)

    content: Any = m.content
    if isinstance(content, str):
        content = mask(content)
    elif content:
        content = [
            {**p, "text": mask(str(p["text"]))} if p.get("type") == "text" else p for p in content
        ]
    calls = tuple(ToolCall(tc.id, tc.name, mask(tc.arguments)) for tc in m.tool_calls)
    name = m.name
    if name and m.role != "tool" and "PERSON" in getattr(red, "entities", ()):
        # A participant's name ("anna_schmidt") names a person by definition; vendors allow
        # only [A-Za-z0-9_-] there, so it goes as "PERSON_3", the placeholder's inside.
        name = str(vault.issue("PERSON", name)).strip("[]")
    return replace(m, content=content, tool_calls=calls, name=name)
