"""The privacy layer in the flow: large prompts scanned off the event loop, participant names."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from llmgate import Client, errors
from llmgate._privacy import OFFLOAD_CHARS
from llmgate._types import Completion, Usage
from llmgate.redaction import Redactor, Span
from llmgate.testing import ScriptedProvider

SECRET_LINE = "Reach Jane at jane.roe@example.org or +44 20 7946 0958.\n"
FILLER = "The quarterly review covers revenue, churn and the hiring plan for next year.\n"


def big_prompt(tag: str) -> str:
    body = FILLER * (OFFLOAD_CHARS // len(FILLER) + 1)
    return f"{tag}\n{SECRET_LINE}{body}"


class Probe:
    """A detector plugin that records the threads it ran on and can hold detection."""

    entities = frozenset({"PROBE"})

    def __init__(self) -> None:
        self.threads: set[int] = set()
        self.entered = threading.Event()
        self.release = threading.Event()
        self.release.set()

    def detect(self, text: str) -> list[Span]:
        self.threads.add(threading.get_ident())
        self.entered.set()
        if not self.release.wait(10):
            raise RuntimeError("never released")
        return []


def client_with(probe: Probe, mode: str, *providers: ScriptedProvider) -> Client:
    targets = [f"{p.name}:m" for p in providers]
    return Client(
        {"routes": {"r": {"targets": targets}}, "redaction": {"mode": mode}},
        providers={p.name: p for p in providers},
        redactor=Redactor(detectors=[probe]),
    )


async def test_large_prompt_is_masked_in_a_worker_thread_and_restored() -> None:
    probe = Probe()
    ext = ScriptedProvider("ext")
    prompt = big_prompt("large-mask")
    async with client_with(probe, "mask", ext) as client:
        r = await client.achat("r", prompt)
    assert probe.threads and threading.get_ident() not in probe.threads
    sent = ext.requests[0].messages[0].text()
    assert "jane.roe@example.org" not in sent and "[EMAIL_1]" in sent
    assert r.text == prompt  # the echo, restored


async def test_small_prompt_is_masked_in_place() -> None:
    probe = Probe()
    ext = ScriptedProvider("ext")
    async with client_with(probe, "mask", ext) as client:
        await client.achat("r", "small: " + SECRET_LINE)
    assert probe.threads == {threading.get_ident()}  # no thread hop for a few hundred bytes
    assert "jane.roe" not in ext.requests[0].messages[0].text()


async def test_event_loop_keeps_running_while_a_large_prompt_is_scanned() -> None:
    probe = Probe()
    probe.release.clear()  # detection waits until the loop has shown it is alive
    ext = ScriptedProvider("ext")
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while not probe.release.is_set():
            ticks += 1
            if ticks >= 5 and probe.entered.is_set():
                probe.release.set()
            await asyncio.sleep(0)

    async with client_with(probe, "mask", ext) as client:
        call = asyncio.ensure_future(client.achat("r", big_prompt("liveness")))
        await asyncio.wait_for(asyncio.gather(call, ticker()), timeout=30)
    assert ticks >= 5
    assert call.result().text.startswith("liveness")
    assert len(ext.requests) == 1


async def test_cancelled_while_masking_sends_nothing() -> None:
    probe = Probe()
    probe.release.clear()
    ext = ScriptedProvider("ext")
    async with client_with(probe, "mask", ext) as client:
        call = asyncio.ensure_future(client.achat("r", big_prompt("cancelled")))
        deadline = time.monotonic() + 10
        while not probe.entered.is_set():  # detection has started in its worker thread
            assert time.monotonic() < deadline
            await asyncio.sleep(0.001)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        probe.release.set()
    assert ext.requests == []


async def test_block_mode_detects_a_large_prompt_off_the_loop_and_refuses() -> None:
    probe = Probe()
    ext = ScriptedProvider("ext")
    async with client_with(probe, "block", ext) as client:
        with pytest.raises(errors.PrivacyViolationError) as info:
            await client.achat("r", big_prompt("large-block"))
    assert set(info.value.entities) >= {"EMAIL", "PHONE"}
    assert threading.get_ident() not in probe.threads
    assert ext.requests == []


async def test_local_only_detects_a_large_prompt_off_the_loop_and_stays_local() -> None:
    probe = Probe()
    ext = ScriptedProvider("ext")
    local = ScriptedProvider("local", trust="local")
    async with client_with(probe, "local-only", ext, local) as client:
        r = await client.achat("r", big_prompt("large-local"))
    assert r.provider == "local"
    assert ext.requests == [] and len(local.requests) == 1
    assert threading.get_ident() not in probe.threads


async def test_route_without_a_redacted_target_is_never_scanned() -> None:
    probe = Probe()
    local = ScriptedProvider("local", trust="local")
    for mode in ("mask", "block", "local-only"):
        async with client_with(probe, mode, local) as client:
            await client.achat("r", big_prompt(f"local-{mode}"))
    assert probe.threads == set()  # nothing leaves for an untrusted target: nothing to detect


async def test_participant_names_are_masked_in_a_vendor_safe_form() -> None:
    ext = ScriptedProvider("ext", [Completion("Hi [PERSON_1]!", "m", Usage(1, 1))])
    client = Client({"redaction": {"mode": "mask"}}, providers={"ext": ext})
    messages = [
        {"role": "system", "content": "Be brief.", "name": "support_bot"},
        {"role": "user", "content": "hello", "name": "anna_schmidt"},
    ]
    async with client:
        r = await client.achat("ext:m", messages)
    sent = ext.requests[0].messages
    assert [m.name for m in sent] == ["PERSON_1", "PERSON_2"]
    assert "anna_schmidt" not in repr(sent)
    assert r.text == "Hi support_bot!"  # restored like any placeholder
