"""``install_telemetry``: OpenTelemetry loads only when tracing is on."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from llmgate._events import EventBus
from llmgate.telemetry import install_telemetry
from llmgate.telemetry.attributes import provider_name
from llmgate.telemetry.otel import OtelListener


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


CALL = """
    from llmgate import Client
    from llmgate.testing import ScriptedProvider
    from llmgate.telemetry import install_logging, install_telemetry

    config = {"routes": {"r": {"targets": ["fake:m"]}}, "telemetry": {"otel": CONFIG}}
    client = Client(config, providers={"fake": ScriptedProvider("fake")})
    installed = install_telemetry(client.events, otel=OTEL, record_content=False)
    install_logging(client.events)
    assert client.chat("r", "hello").text == "hello"
    client.close()
    loaded = sorted(
        name for name, module in sys.modules.items()
        if module is not None and name.split(".")[0] == "opentelemetry"
    )
    print(len(installed), loaded)
"""


def _call(*, otel: str, config: str) -> str:
    return textwrap.dedent(CALL).replace("OTEL", otel).replace("CONFIG", config)


def test_import_and_calls_load_no_opentelemetry_when_it_is_off() -> None:
    out = _run("import sys\nimport llmgate\n" + _call(otel="False", config="False"))
    assert out.strip() == "0 []"


def test_auto_without_the_package_is_off_and_true_names_the_extra() -> None:
    blocked = """
        import sys
        sys.modules["opentelemetry"] = None  # as if llmgate[otel] were not installed
    """
    out = _run(textwrap.dedent(blocked) + _call(otel="None", config='"auto"'))
    assert out.strip() == "0 []"
    failing = """
        from llmgate._events import EventBus
        from llmgate.telemetry import install_telemetry
        try:
            install_telemetry(EventBus(), otel=True, record_content=False)
        except ImportError as exc:
            print(exc)
    """
    out = _run(textwrap.dedent(blocked) + textwrap.dedent(failing))
    assert 'pip install "llmgate[otel]"' in out


def test_auto_with_the_package_installs_one_listener() -> None:
    bus = EventBus()
    stops = install_telemetry(bus, otel=None, record_content=False)
    assert len(stops) == 1
    assert any(isinstance(fn, OtelListener) for fn in bus._inline)
    stops[0]()
    assert not any(isinstance(fn, OtelListener) for fn in bus._inline)
    assert install_telemetry(bus, otel=False, record_content=True) == []


@pytest.mark.parametrize(
    ("provider_type", "expected"),
    [
        ("openai", "openai"),
        ("anthropic", "anthropic"),
        ("llamacpp", "llama_cpp"),
        ("AcmeProvider", "acme"),
        ("Provider", "provider"),
        ("mistral_ai", "mistral_ai"),
    ],
)
def test_provider_names(provider_type: str, expected: str) -> None:
    assert provider_name(provider_type) == expected


def test_input_messages_follow_the_conventions_json_form() -> None:
    from llmgate.telemetry.messages import input_messages_json

    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": [
            {"type": "text", "text": "What is in [EMAIL_1]'s picture?"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
        ]},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function",
             "function": {"name": "lookup", "arguments": '{"who": "[PERSON_1]"}'}},
        ]},
        {"role": "tool", "tool_call_id": "call_1", "content": "found"},
    ]  # fmt: skip
    assert json.loads(input_messages_json(messages)) == [
        {"role": "system", "parts": [{"type": "text", "content": "Be brief."}]},
        {"role": "user", "parts": [
            {"type": "text", "content": "What is in [EMAIL_1]'s picture?"},
            {"type": "image_url"},  # by type only: redaction cannot vouch for an image
        ]},
        {"role": "assistant", "parts": [
            {"type": "tool_call", "id": "call_1", "name": "lookup",
             "arguments": {"who": "[PERSON_1]"}},
        ]},
        {"role": "tool", "parts": [
            {"type": "tool_call_response", "id": "call_1", "response": "found"},
        ]},
    ]  # fmt: skip
