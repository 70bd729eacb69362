"""Key management over HTTP, behind the admin key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from llmgate.testing import OpenAIServer
from llmgate.testing._anthropic_server import AnthropicServer

from .conftest import Running, start_gateway, write_config

pytestmark = pytest.mark.timeout(60)
ADMIN = "admin-0123456789abcdef-secret"


@pytest.fixture
def admin_gateway(
    tmp_path: Path, vendors: tuple[OpenAIServer, AnthropicServer], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Running]:
    monkeypatch.setenv("GW_ADMIN", ADMIN)
    oa, claude = vendors
    config = write_config(
        tmp_path / "llmgate.toml", oa.base_url, claude.url, gateway='admin_key = "${GW_ADMIN}"'
    )
    running = start_gateway(config)
    yield running
    running.shutdown()


def test_create_use_list_revoke(admin_gateway: Running) -> None:
    url = f"{admin_gateway.url}/admin/keys"
    auth = {"authorization": f"Bearer {ADMIN}"}
    made = httpx.post(url, headers=auth, json={"name": "ops", "routes": ["chat"], "rpm": 5})
    assert made.status_code == 201
    key = made.json()["key"]
    assert key.startswith("sk-lg-")
    chat = httpx.post(
        f"{admin_gateway.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "chat", "messages": [{"role": "user", "content": "hi"}]},
    )
    assert chat.status_code == 200
    listed = httpx.get(url, headers=auth).json()["data"]
    assert [(k["name"], k["routes"], k["rpm"]) for k in listed] == [("ops", ["chat"], 5)]
    assert key not in httpx.get(url, headers=auth).text
    assert httpx.post(url, headers=auth, json={"name": "ops"}).status_code == 409
    assert httpx.delete(f"{url}/ops", headers=auth).status_code == 200
    assert httpx.delete(f"{url}/ops", headers=auth).status_code == 404
    again = httpx.post(
        f"{admin_gateway.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "chat", "messages": [{"role": "user", "content": "hi"}]},
    )
    assert again.status_code == 401


def test_a_key_revoked_here_stops_at_once_despite_the_key_cache(
    tmp_path: Path, vendors: tuple[OpenAIServer, AnthropicServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GW_ADMIN", ADMIN)
    oa, claude = vendors
    config = write_config(
        tmp_path / "llmgate.toml", oa.base_url, claude.url, gateway='admin_key = "${GW_ADMIN}"'
    )
    config.write_text(config.read_text().replace("key_cache_s = 0", "key_cache_s = 600"))
    running = start_gateway(config)
    try:
        url = f"{running.url}/admin/keys"
        auth = {"authorization": f"Bearer {ADMIN}"}
        key = httpx.post(url, headers=auth, json={"name": "ops"}).json()["key"]

        def chat() -> int:
            return httpx.post(
                f"{running.url}/v1/chat/completions",
                headers={"authorization": f"Bearer {key}"},
                json={"model": "chat", "messages": [{"role": "user", "content": "hi"}]},
            ).status_code

        assert chat() == 200  # now cached for ten minutes
        assert httpx.delete(f"{url}/ops", headers=auth).status_code == 200
        assert chat() == 401
    finally:
        running.shutdown()


def test_admin_key_required(admin_gateway: Running) -> None:
    url = f"{admin_gateway.url}/admin/keys"
    assert httpx.get(url).status_code == 401
    assert httpx.get(url, headers={"authorization": "Bearer wrong"}).status_code == 401
    # a virtual key is not an admin key
    made = httpx.post(url, headers={"x-api-key": ADMIN}, json={"name": "v"})
    assert made.status_code == 201
    virtual = made.json()["key"]
    assert httpx.get(url, headers={"authorization": f"Bearer {virtual}"}).status_code == 401


def test_admin_bad_bodies(admin_gateway: Running) -> None:
    url = f"{admin_gateway.url}/admin/keys"
    auth = {"authorization": f"Bearer {ADMIN}"}
    for body in (
        {"name": 3},
        {"name": "x", "routes": ["nope"]},
        {"name": "x", "rpm": 0},
        {"name": "x", "daily_usd": "lots"},
        {"name": "x", "extra": 1},
    ):
        r = httpx.post(url, headers=auth, json=body)
        assert r.status_code == 400, body
        assert set(r.json()["error"]) == {"message", "type", "param", "code"}


def test_without_an_admin_key_the_endpoints_do_not_exist(gateway: Running) -> None:
    r = httpx.get(f"{gateway.url}/admin/keys", headers={"authorization": "Bearer anything"})
    assert r.status_code == 404
