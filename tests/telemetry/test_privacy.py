"""A scan of everything exported (span names, attributes, statuses, metric attributes, log
records) for original values of redacted data, message text and API keys."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from llmgate._types import Completion, Usage
from llmgate.errors import AuthenticationError, ServerError
from llmgate.redaction import Redactor
from llmgate.testing import FailingProvider, ScriptedProvider

from .conftest import Otel, Records, instrument, make_client, user

# Originals the redactor masks, each in a message an application might send.
PRIVATE = {
    "jane.doe@example.com": "Email jane.doe@example.com about the refund.",
    "+1 415 555 0134": "Call me back on +1 415 555 0134 tonight.",
    "4111 1111 1111 1111": "Charge card 4111 1111 1111 1111 for the renewal.",
    "DE89 3704 0044 0532 0130 00": "Wire it to IBAN DE89 3704 0044 0532 0130 00 please.",
    "sk-proj-AbCdEf0123456789XyZabc": "Our key is sk-proj-AbCdEf0123456789XyZabc, keep it.",
    "123-45-6789": "The SSN on file is 123-45-6789.",
    "10.20.30.40": "The server at 10.20.30.40 is down.",
}
EVAL_SET = Path(__file__).parents[1] / "redaction" / "data" / "eval.jsonl"


def exported_text(otel: Otel, logs: Records | None = None) -> str:
    """Every string a backend or a log file would receive, joined for scanning."""
    parts: list[str] = []
    for span in otel.spans():
        parts.append(span.name)
        parts.append(span.status.description or "")
        parts.extend(f"{k}={v!s}" for k, v in (span.attributes or {}).items())
        for event in span.events:
            parts.append(event.name)
            parts.extend(f"{k}={v!s}" for k, v in (event.attributes or {}).items())
    data = otel.reader.get_metrics_data()
    if data is not None:
        for rm in data.resource_metrics:
            for sm in rm.scope_metrics:
                for metric in sm.metrics:
                    for point in metric.data.data_points:
                        parts.extend(f"{k}={v!s}" for k, v in (point.attributes or {}).items())
    if logs is not None:
        parts.append(logs.text())
    return "\n".join(parts)


def _recorded_messages(otel: Otel) -> list[Any]:
    found = [
        json.loads(str(a["gen_ai.input.messages"]))
        for s in otel.attempt_spans()
        if (a := s.attributes) and "gen_ai.input.messages" in a
    ]
    return found


async def test_recorded_content_is_the_redacted_text_only(
    otel: Otel, llmgate_logs: Records
) -> None:
    fake = ScriptedProvider("fake")  # echoes: the restored answer holds the originals
    async with make_client({"fake": fake}, {"chat": ["fake:m"]}, redact=True) as c:
        instrument(c.events, otel, record_content=True)
        for original, text in PRIVATE.items():
            r = await c.achat("chat", user(text), tags={"team": "support"})
            assert original in r.text  # the caller gets the real values back
            async with c.astream("chat", user(text)) as s:
                assert original in await s.text()
    exported = exported_text(otel, llmgate_logs)
    for original in PRIVATE:
        assert original not in exported
    recorded = _recorded_messages(otel)
    assert len(recorded) == 2 * len(PRIVATE)
    assert recorded[0] == [
        {
            "role": "user",
            "parts": [{"type": "text", "content": "Email [EMAIL_1] about the refund."}],
        }
    ]
    # Redaction counts are recorded by type, on the attempt and on the call.
    (email_attempt, *_) = otel.attempt_spans()
    assert (email_attempt.attributes or {})["llmgate.redactions.EMAIL"] == 1
    assert "llmgate.redactions.EMAIL" in (otel.call_spans()[0].attributes or {})


@pytest.mark.skipif(not EVAL_SET.exists(), reason="the redaction evaluation set is not built")
async def test_privacy_evaluation_set_leaves_no_masked_value(otel: Otel) -> None:
    """Per case: what the redactor masked in that call appears nowhere in its telemetry.

    (A value the redactor misses is the redactor's recall, measured by its own tests; here
    the question is whether telemetry ever records anything but what left the process.)
    """
    cases = [json.loads(line) for line in EVAL_SET.read_text().splitlines() if line.strip()]
    redactor = Redactor()  # what the config's mask mode uses: every built-in entity
    leaks: list[tuple[int, str]] = []
    checked = 0
    async with make_client(
        {"fake": ScriptedProvider("fake")}, {"chat": ["fake:m"]}, redact=True
    ) as c:
        instrument(c.events, otel, record_content=True)
        for i, case in enumerate(cases):
            text = case["text"]
            masked = {text[s.start : s.end] for s in redactor.detect(text)}
            otel.exporter.clear()
            await c.achat("chat", user(text))
            exported = exported_text(otel)
            leaks.extend((i, v) for v in masked if v in exported)
            checked += len(masked)
    assert checked > 100  # the scan really covered masked values
    assert leaks == []


async def test_no_message_text_when_content_recording_is_off(
    otel: Otel, llmgate_logs: Records
) -> None:
    marker = "the-zebra-sings-at-midnight"
    fake = ScriptedProvider(
        "fake", [Completion(text=f"echo {marker}", model="m", usage=Usage(5, 5))]
    )
    bad = FailingProvider("bad", ServerError("overloaded", status_code=503))
    providers = {"bad": bad, "fake": fake}
    async with make_client(providers, {"chat": ["bad:x", "fake:m"]}) as c:
        instrument(c.events, otel, record_content=False)
        await c.achat("chat", user(f"Tell me about {marker}"), tags={"customer": "acme-4471"})
    exported = exported_text(otel, llmgate_logs)
    assert marker not in exported
    assert "acme-4471" not in exported  # tags stay out of telemetry (cardinality, privacy)
    assert _recorded_messages(otel) == []
    assert "gen_ai.input.messages" not in exported


class _KeyedFailure(FailingProvider):
    """A provider configured with a key that its vendor echoes back in its error."""

    key = "corp-7f3a9c1e55d04b2a"

    def secrets(self) -> list[str]:
        return [self.key]


async def test_api_keys_never_reach_spans_metrics_or_logs(
    otel: Otel, llmgate_logs: Records
) -> None:
    vendor_key = "sk-live-0123456789abcdefABCDEF"
    leaky = _KeyedFailure(
        "leaky",
        AuthenticationError(
            f"Incorrect API key provided: {vendor_key}; configured {_KeyedFailure.key}",
            status_code=401,
        ),
    )
    providers = {"leaky": leaky, "fake": ScriptedProvider("fake")}
    async with make_client(providers, {"chat": ["leaky:x", "fake:m"]}) as c:
        instrument(c.events, otel, record_content=True)
        await c.achat("chat", user("hello"))
    exported = exported_text(otel, llmgate_logs)
    assert vendor_key not in exported and _KeyedFailure.key not in exported
    failed = otel.attempt_spans()[0]
    assert "Incorrect API key provided: ***" in (failed.status.description or "")
    assert "***" in llmgate_logs.text()
