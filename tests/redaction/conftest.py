"""Every redaction test runs on the pure-Python path and, when installed, on the engine.

The multi-pattern engine (``llmgate[redaction-fast]``) must not change a single finding, so
the whole suite is its specification: an autouse fixture runs each test once per path,
both for redactors built inside the test (through the environment variable) and for the
module-level ``Redactor`` objects the test modules share.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from llmgate.redaction import Redactor
from llmgate.redaction.engine import ENGINE_ENV
from llmgate.redaction.triggers import load_engine

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
    """The PERSON values the rules find in a text, on the module's detection path (the
    shipped PERSON model, on by default, has its own tests: test_person_default.py)."""
    red = Redactor(entities=["PERSON"], cache_size=0, person_model=False)
    return lambda text: [text[s.start : s.end] for s in red.detect(text)]


@pytest.fixture(scope="session")
def evalset() -> ModuleType:
    """tests/redaction/evalset.py, the labeled set's loader and scorer, loaded by its path
    (the tests are not a package)."""
    path = Path(__file__).parent / "evalset.py"
    spec = importlib.util.spec_from_file_location("_redaction_evalset", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def private_split() -> Callable[[str, str], list[dict[str, object]]]:
    """A round's private split (``dev_issue13_r*_private.txt``: kept out of the evaluation
    set and of the round's tuning) as records the evalset scorer reads, ids ``PREFIX-NNN``;
    parsed by tests/redaction/data/build_eval.py, as the evaluation set's own files are."""
    path = Path(__file__).parent / "data" / "build_eval.py"
    spec = importlib.util.spec_from_file_location("_redaction_build_eval", path)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(build)
    finally:
        sys.path.remove(str(path.parent))

    def load(name: str, prefix: str) -> list[dict[str, object]]:
        records: list[dict[str, object]] = []
        for i, marked in enumerate(build.handwritten(name)):
            text, spans, negatives = build.parse_markup(marked)
            records.append({"id": f"{prefix}-{i:03d}", "text": text, "spans": spans,
                            "hard_negatives": negatives})  # fmt: skip
        return records

    return load
