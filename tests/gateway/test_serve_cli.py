"""``llmgate serve`` as a user runs it: a real process, signals, several workers."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from llmgate.testing import wait_until

from .conftest import create_key

pytestmark = pytest.mark.timeout(120)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(*args: str) -> subprocess.Popen[bytes]:
    code = "import sys; from llmgate.cli import main; sys.exit(main())"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def up(url: str) -> bool:
    try:
        return httpx.get(f"{url}/ready", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_runs_and_stops_on_sigterm(
    config: Path, capsys: pytest.CaptureFixture[str], workers: int
) -> None:
    key = create_key(config, capsys, "--name", "cli")
    port = free_port()
    args = ["serve", "--port", str(port), "--workers", str(workers)]
    # the global -c and the subcommand's --config are the same option
    proc = (
        serve("-c", str(config), *args) if workers == 1 else serve(*args, "--config", str(config))
    )
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_until(lambda: up(url), timeout=60), proc.stderr.read1().decode()  # type: ignore[union-attr]
        for _ in range(6):
            r = httpx.post(
                f"{url}/v1/chat/completions",
                headers={"authorization": f"Bearer {key}"},
                json={"model": "chat", "messages": [{"role": "user", "content": "hi"}]},
                timeout=30,
            )
            assert r.status_code == 200
            assert r.json()["choices"][0]["message"]["content"] == "echo: hi"
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    assert key.encode() not in err


def test_serve_refuses_a_bad_config(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[gateway]\nport = 'eighty'\n")
    proc = serve("-c", str(bad), "serve")
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert b"gateway.port" in err
    assert b"Traceback" not in err
