"""Every redaction test runs on the pure-Python path and, when installed, on the engine.

The multi-pattern engine (``llmgate[redaction-fast]``) must not change a single finding, so
the whole suite is its specification: an autouse fixture runs each test once per path,
both for redactors built inside the test (through the environment variable) and for the
module-level ``Redactor`` objects the test modules share.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator

import pytest

from llmgate.redaction import Redactor
from llmgate.redaction.engine import ENGINE_ENV, load_engine

HAS_HYPERSCAN = importlib.util.find_spec("hyperscan") is not None
PATHS = ["python", "hyperscan"] if HAS_HYPERSCAN else ["python"]


@pytest.fixture(autouse=True, scope="module", params=PATHS)
def engine_path(request: pytest.FixtureRequest) -> Iterator[str]:
    """Select the detection path for a test module: ``python`` (pure) or ``hyperscan``.

    Module-scoped so that module-scoped fixtures (the evaluation report) can depend on it.
    """
    path: str = request.param
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENGINE_ENV, path)
        engine = load_engine()
        assert (engine is None) == (path == "python")
        for value in vars(request.module).values():
            if isinstance(value, Redactor):
                patch.setattr(value, "_engine", engine)
        yield path


@pytest.fixture
def person_names() -> Callable[[str], list[str]]:
    """The PERSON values the redactor finds in a text, on the module's detection path."""
    red = Redactor(entities=["PERSON"], cache_size=0)
    return lambda text: [text[s.start : s.end] for s in red.detect(text)]
