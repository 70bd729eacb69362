"""The core stays light: the HTTP server loads only for ``llmgate serve``."""

from __future__ import annotations

import subprocess
import sys


def test_import_llmgate_and_the_cli_parser_load_no_server() -> None:
    code = (
        "import sys, llmgate, llmgate.cli; llmgate.cli.build_parser(); llmgate.Client; "
        "print(sorted(m for m in sys.modules "
        "if m.startswith(('aiohttp', 'httptools', 'uvloop', 'llmgate.gateway'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
