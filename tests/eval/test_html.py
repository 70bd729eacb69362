"""The HTML page opens in a real browser without a network (headless Chromium, if here)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from llmgate import Client
from llmgate.testing import OpenAIServer

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


def test_page_renders_in_headless_chromium(tmp_path: Path) -> None:
    if BROWSER is None:  # .ci/run installs Debian's chromium; a CI run without it fails
        reason = "no headless Chromium (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    rows = [{"prompt": f"q{i}", "expected": f"echo: q{i}", "tags": [f"t{i % 2}"]} for i in range(4)]
    rows.append({"prompt": "<script>alert(1)</script>", "expected": "x", "tags": ["<b>"]})
    with OpenAIServer() as server:
        config = {
            "providers": {"oa": {"type": "openai", "base_url": server.base_url, "api_key": "k"}},
            "pricing": {"oa:gpt-4o-mini": {"input": 1, "output": 2}},
        }
        with Client(config) as client:
            report = client.eval(rows, targets=["oa:gpt-4o-mini", "oa:gpt-4o"], cache_dir=None)
    page = tmp_path / "report.html"
    report.write_html(str(page))
    shot = tmp_path / "shot.png"
    common = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-proxy-server"]
    subprocess.run(
        [*common, f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert shot.stat().st_size > 20_000  # a page with three plots, not a blank one
    dom = subprocess.run(
        [*common, "--dump-dom", page.as_uri()],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert dom.count("<svg") == 3 and dom.count("<circle") == 1  # gpt-4o is unpriced
    assert "<script>" not in dom and "&lt;b&gt;" in dom  # the tag text stayed text
    assert "<h2>Privacy</h2>" in dom and "would block" in dom
