"""Bad input gets a 4xx in the vendor's error shape: never a 500, never a traceback."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llmgate import Client
from llmgate.gateway._app import Gateway, Reply
from llmgate.gateway._keys import SqliteKeyStore, make_key
from llmgate.gateway._settings import GatewaySettings
from llmgate.testing import ScriptedProvider

from .conftest import Running

pytestmark = pytest.mark.timeout(120)
OA = "/v1/chat/completions"
AN = "/v1/messages"
MSG = [{"role": "user", "content": "hi"}]


class InProcess:
    """A ``Gateway`` over a scripted provider, driven on one private event loop."""

    def __init__(self, tmp: Path) -> None:
        self.loop = asyncio.new_event_loop()
        client = Client(
            {"providers": {}, "routes": {"chat": {"targets": ["fake:m"], "retries": 0}}},
            providers={"fake": ScriptedProvider("fake")},
            ledger="memory",
        )
        store = SqliteKeyStore(tmp / "keys.db")
        self.key, record = make_key("fuzz")
        self.loop.run_until_complete(store.create(record))
        self.gateway = Gateway(
            client, GatewaySettings(max_body_bytes=4096, keys="sqlite:///unused"), store
        )

    def call(self, path: str, body: bytes, method: str = "POST") -> Reply:
        headers = {"authorization": f"Bearer {self.key}", "x-api-key": self.key}
        return self.loop.run_until_complete(self.gateway.handle(method, path, headers, body))

    def close(self) -> None:
        self.loop.run_until_complete(self.gateway.client.aclose())
        self.loop.close()


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[InProcess]:
    made = InProcess(tmp_path_factory.mktemp("fuzz"))
    yield made
    made.close()


def check_shape(path: str, reply: Reply) -> dict[str, Any]:
    assert reply.status != 500, reply.body
    assert reply.stream is None or reply.status == 200
    if reply.status == 200:
        return {}
    body = json.loads(reply.body)
    assert b"Traceback" not in reply.body
    if path == AN:
        assert body["type"] == "error"
        assert set(body["error"]) == {"type", "message"}
    else:
        assert set(body["error"]) == {"message", "type", "param", "code"}
    return dict(body["error"])


OPENAI_BAD = [
    (b"{not json", None),
    (b"[1, 2]", None),
    (b"", None),
    (b"\xff\xfe", None),
    (json.dumps({"model": 3, "messages": MSG}).encode(), "model"),
    (json.dumps({"model": "chat", "messages": "hi"}).encode(), "messages"),
    (json.dumps({"model": "chat", "messages": []}).encode(), "messages"),
    (
        json.dumps({"model": "chat", "messages": [{"role": "wizard", "content": "x"}]}).encode(),
        "messages[0].role",
    ),
    (json.dumps({"model": "chat", "messages": MSG, "temperature": "hot"}).encode(), "temperature"),
    (json.dumps({"model": "chat", "messages": MSG, "temperature": 7}).encode(), "temperature"),
    (json.dumps({"model": "chat", "messages": MSG, "max_tokens": 0}).encode(), "max_tokens"),
    (json.dumps({"model": "chat", "messages": MSG, "max_tokens": True}).encode(), "max_tokens"),
    (json.dumps({"model": "chat", "messages": MSG, "stream": "yes"}).encode(), "stream"),
    (json.dumps({"model": "chat", "messages": MSG, "n": 2}).encode(), "n"),
    (json.dumps({"model": "chat", "messages": MSG, "frobnicate": 1}).encode(), "frobnicate"),
    (
        json.dumps(
            {"model": "chat", "messages": MSG, "stream_options": {"include_usage": True}}
        ).encode(),
        "stream_options",
    ),
    (
        json.dumps({"model": "chat", "messages": MSG, "tools": [{"type": "web"}]}).encode(),
        "tools[0]",
    ),
    (
        json.dumps({"model": "chat", "messages": MSG, "tool_choice": "maybe"}).encode(),
        "tool_choice",
    ),
]


@pytest.mark.parametrize(("body", "param"), OPENAI_BAD)
def test_openai_bad_bodies_are_400(gw: InProcess, body: bytes, param: str | None) -> None:
    reply = gw.call(OA, body)
    assert reply.status == 400, reply.body
    error = check_shape(OA, reply)
    assert error["type"] == "invalid_request_error"
    assert error["param"] == param


ANTHROPIC_BAD = [
    {"model": "chat", "messages": MSG},  # no max_tokens
    {"model": "chat", "max_tokens": 5, "messages": MSG, "system": 5},
    {"model": "chat", "max_tokens": 5, "messages": [{"role": "system", "content": "x"}]},
    {"model": "chat", "max_tokens": 5, "messages": [{"role": "user", "content": [{"type": "x"}]}]},
    {
        "model": "chat",
        "max_tokens": 5,
        "messages": [{"role": "assistant", "content": [{"type": "tool_result"}]}],
    },
    {"model": "chat", "max_tokens": 5, "messages": MSG, "thinking": {"type": "enabled"}},
    {"model": "chat", "max_tokens": 5, "messages": MSG, "temperature": 1.5},
    {"model": "chat", "max_tokens": 5, "messages": MSG, "tool_choice": {"type": "sometimes"}},
]


@pytest.mark.parametrize("body", ANTHROPIC_BAD)
def test_anthropic_bad_bodies_are_400(gw: InProcess, body: dict[str, Any]) -> None:
    reply = gw.call(AN, json.dumps(body).encode())
    assert reply.status == 400, reply.body
    assert check_shape(AN, reply)["type"] == "invalid_request_error"


def test_wrong_method_unknown_path_and_oversized_body(gw: InProcess) -> None:
    assert gw.call(OA, b"", method="GET").status == 405
    assert check_shape(OA, gw.call("/v2/nothing", b"", method="GET"))["code"] == "unknown_url"
    big = json.dumps({"model": "chat", "messages": [{"role": "user", "content": "x" * 5000}]})
    reply = gw.call(AN, big.encode())
    assert reply.status == 413
    assert check_shape(AN, reply)["type"] == "request_too_large"


def test_deep_nesting_and_control_characters(gw: InProcess) -> None:
    deep = b'{"model": "chat", "messages": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    gw.gateway.settings = gw.gateway.settings.model_copy(update={"max_body_bytes": 1_000_000})
    try:
        reply = gw.call(OA, deep)
    finally:
        gw.gateway.settings = gw.gateway.settings.model_copy(update={"max_body_bytes": 4096})
    assert reply.status == 400
    assert b"nested too deeply" in reply.body
    bad_model = json.dumps({"model": "fake:m\r\nx-evil: 1", "messages": MSG}).encode()
    assert check_shape(OA, gw.call(OA, bad_model))["param"] == "model"


def test_valid_request_passes(gw: InProcess) -> None:
    reply = gw.call(OA, json.dumps({"model": "chat", "messages": MSG}).encode())
    assert reply.status == 200
    assert json.loads(reply.body)["choices"][0]["message"]["content"] == "hi"


# -- fuzz ----------------------------------------------------------------------------------
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = st.sampled_from(
    [
        "model",
        "messages",
        "max_tokens",
        "stream",
        "tools",
        "tool_choice",
        "temperature",
        "system",
        "stop",
        "stop_sequences",
        "stream_options",
        "top_p",
        "n",
        "metadata",
        "x",
    ]
)


@st.composite
def near_valid(draw: st.DrawFn, anthropic: bool) -> dict[str, Any]:
    """A valid body with a few fields replaced by arbitrary JSON: reaches the deep checks."""
    body: dict[str, Any] = {
        "model": draw(st.sampled_from(["chat", "fake:m", "nope", ""])),
        "messages": [{"role": "user", "content": "hi"}],
    }
    if anthropic:
        body["max_tokens"] = 8
    for _ in range(draw(st.integers(0, 3))):
        body[draw(FIELDS)] = draw(JSON)
    if draw(st.booleans()):
        body["messages"] = [
            draw(
                st.dictionaries(
                    st.sampled_from(["role", "content", "tool_calls", "tool_call_id", "name"]),
                    JSON | st.sampled_from(["user", "assistant", "tool", "system"]),
                    max_size=4,
                )
            )
        ]
    return body


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=JSON, anthropic=st.booleans())
def test_fuzz_any_json_body(gw: InProcess, body: Any, anthropic: bool) -> None:
    path = AN if anthropic else OA
    check_shape(path, gw.call(path, json.dumps(body).encode()))


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), anthropic=st.booleans())
def test_fuzz_near_valid_bodies(gw: InProcess, data: st.DataObject, anthropic: bool) -> None:
    path = AN if anthropic else OA
    body = data.draw(near_valid(anthropic))
    reply = gw.call(path, json.dumps(body).encode())
    check_shape(path, reply)
    if reply.stream is not None:  # a valid streaming call: drain it, it must end cleanly

        async def drain() -> bytes:
            assert reply.stream is not None
            return b"".join([block async for block in reply.stream])

        assert b"Traceback" not in gw.loop.run_until_complete(drain())


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(raw=st.binary(max_size=200), path=st.sampled_from([OA, AN, "/v1/models", "/x"]))
def test_fuzz_raw_bytes(gw: InProcess, raw: bytes, path: str) -> None:
    check_shape(path, gw.call(path, raw))


# -- over HTTP -----------------------------------------------------------------------------
def test_http_413_with_and_without_content_length(gateway: Running, key: str) -> None:
    big = json.dumps({"model": "chat", "messages": [{"role": "user", "content": "y" * 70_000}]})
    headers = {"authorization": f"Bearer {key}", "content-type": "application/json"}
    r = httpx.post(f"{gateway.url}{OA}", content=big, headers=headers)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "body_too_large"

    def chunks() -> Iterator[bytes]:
        data = big.encode()
        for i in range(0, len(data), 8192):
            yield data[i : i + 8192]

    r = httpx.post(f"{gateway.url}{AN}", content=chunks(), headers=headers)
    assert r.status_code == 413
    assert r.json()["error"]["type"] == "request_too_large"
    # the connection and the server are fine afterwards
    ok = httpx.post(f"{gateway.url}{OA}", json={"model": "chat", "messages": MSG}, headers=headers)
    assert ok.status_code == 200


def test_http_malformed_json_and_health(gateway: Running, key: str) -> None:
    r = httpx.post(
        f"{gateway.url}{OA}",
        content=b'{"model": "chat",',
        headers={"authorization": f"Bearer {key}"},
    )
    assert r.status_code == 400
    assert r.json()["error"]["type"] == "invalid_request_error"
    assert httpx.get(f"{gateway.url}/health").json() == {"status": "ok"}
    assert httpx.get(f"{gateway.url}/ready").status_code == 200
    metrics = httpx.get(f"{gateway.url}/metrics").text
    assert (
        'llmgate_gateway_requests_total{endpoint="/v1/chat/completions",status="400"} 1' in metrics
    )
