from __future__ import annotations

import ast
import importlib
import importlib.util
import re
import subprocess
import sys
import typing
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import llmgate
from llmgate import Client, errors
from llmgate.costs import BudgetGuard, BudgetStatus, Ledger, MemoryLedger, Reservation
from llmgate.redaction import Redactor
from llmgate.routing import BreakerRecord, BreakerStore, InMemoryBreakerStore, Route, Target
from llmgate.testing import FailingProvider, ScriptedProvider

ROOT = Path(__file__).resolve().parents[1]


def test_exports_are_exactly_the_intended_ones() -> None:
    assert llmgate.__all__ == sorted(llmgate.__all__)
    assert set(llmgate.__all__) == {
        "AsyncStream",
        "Attempt",
        "ChatChunk",
        "ChatResponse",
        "Client",
        "EmbeddingResponse",
        "Message",
        "Redaction",
        "Stream",
        "ToolCall",
        "ToolCallDelta",
        "Usage",
        "__version__",
    }
    for name in llmgate.__all__:
        assert getattr(llmgate, name) is not None


def test_error_tree_matches_the_contract() -> None:
    provider_errors = [
        errors.RateLimitError,
        errors.OverloadedError,
        errors.ServerError,
        errors.TimeoutError,
        errors.ConnectionError,
        errors.AuthenticationError,
        errors.BadRequestError,
        errors.ContextWindowExceededError,
        errors.ContentFilterError,
        errors.StreamInterruptedError,
        errors.NotFoundError,
        errors.OutputValidationError,
        errors.CheckFailedError,
    ]
    for cls in provider_errors:
        assert issubclass(cls, errors.ProviderError)
    for cls in (
        errors.ConfigError,
        errors.ProviderError,
        errors.AllProvidersFailedError,
        errors.BudgetExceededError,
        errors.PrivacyViolationError,
    ):
        assert issubclass(cls, errors.LLMGateError)
    assert issubclass(errors.ContextWindowExceededError, errors.BadRequestError)
    assert issubclass(errors.AnswerRejectedError, errors.AllProvidersFailedError)
    assert errors.RateLimitError("x", retry_after=1.5).retry_after == 1.5


def test_import_is_light() -> None:
    code = (
        "import sys, llmgate; from llmgate import Client, errors; "
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('openai', 'anthropic', 'llama_cpp', 'opentelemetry', 'aiohttp', 'httpx2', 'llm')]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_scrub_secrets() -> None:
    key = "sk-proj-abcdefghijklmnopqrstuvwxyz123456"
    text = f"Incorrect API key provided: {key}. Bearer abcdefghijk123"
    scrubbed = errors.scrub_secrets(text, [key])
    assert key not in scrubbed and "abcdefghijk123" not in scrubbed
    assert errors.scrub_secrets("custom-secret-value here", ["custom-secret-value"]) == "*** here"


# -- every public module exports exactly the intended names ---------------------------------
# The public modules per DESIGN.md, plus the conformance suite the docs tell plugin authors
# to import. Everything else under llmgate is private (a leading underscore) or internal.
PUBLIC: dict[str, set[str]] = {
    "llmgate": {
        "AsyncStream", "Attempt", "ChatChunk", "ChatResponse", "Client", "EmbeddingResponse",
        "Message", "Redaction", "Stream", "ToolCall", "ToolCallDelta", "Usage", "__version__",
    },
    "llmgate.errors": {
        "AllProvidersFailedError", "AuthenticationError", "BadRequestError",
        "BudgetExceededError", "ConfigError", "ConnectionError", "ContentFilterError",
        "ContextWindowExceededError", "LLMGateError", "NotFoundError", "OutputValidationError",
        "OverloadedError", "PrivacyViolationError", "ProviderError", "RateLimitError",
        "ServerError", "StreamInterruptedError", "TimeoutError", "scrub_secrets",
        "BudgetUnavailableError", "RateLimitedError", "CheckFailedError", "AnswerRejectedError",
    },
    "llmgate.events": {
        "AttemptFailed", "AttemptStarted", "AttemptSucceeded", "BreakerChanged",
        "BudgetRefused", "CallFinished", "CallStarted", "Event", "EventBus", "PriceUnknown",
        "StateChanged",
    },
    "llmgate.provider": {
        "Capabilities", "ChatRequest", "Completion", "EmbeddingRequest", "Embeddings",
        "HTTPEndpoint", "HTTPPool", "HTTPProtocolError", "HTTPResponse", "LoopLocal", "Message",
        "Provider",
        "ProviderSettings", "ResponseFormat", "StreamEvent", "ToolCall", "ToolCallDelta",
        "Usage", "attempt_bounded", "environment_proxy", "iterate_blocking", "json_loads",
        "parse_retry_after", "request_head",
        "run_blocking", "timeout_at",
    },
    "llmgate.testing": {
        "AnthropicServer", "Cut", "FailingProvider", "LoopbackServer", "OpenAIServer",
        "RecordedRequest", "Reply", "ScriptedAnswer", "ScriptedMessage", "ScriptedProvider",
        "ScriptedToolUse", "embedding_vector", "wait_until",
    },
    "llmgate.testing.conformance": {"ProviderConformance"},
    "llmgate.redaction": {
        "BUILTIN_ENTITIES", "Detector", "Masked", "RedactionError", "Redactor", "Span",
        "StreamRestorer", "Vault", "preview", "restore", "restore_json",
    },
    "llmgate.costs": {
        "Budget", "BudgetGuard", "BudgetLimits", "BudgetStatus", "Budgets", "COST_QUANTUM",
        "CostKeeper", "Ledger", "LedgerRow", "LocalBudgetGuard", "MemoryLedger", "Price",
        "PriceTable", "Reservation", "SqliteBudgetGuard", "SqliteLedger", "TotalRow", "cost",
        "cost_for_time", "estimate_prompt_tokens", "estimate_text_tokens", "estimated_usage",
        "normalize_model", "open_budget_guard", "open_ledger", "worst_case",
    },
    "llmgate.routing": {
        "Action", "Admission", "BreakerConfig", "BreakerRecord", "BreakerSnapshot",
        "BreakerStore", "CircuitBreaker", "CircuitState", "Clock", "ContentFilterMode",
        "Deadline", "CascadeStrategy", "FailoverStrategy", "InMemoryBreakerStore",
        "LeastLatencyStrategy",
        "OnChange", "RetryPolicy", "RoundRobinStrategy", "Route", "STRATEGIES", "Strategy",
        "ScriptedBreakerStore",
        "Target", "WeightedStrategy", "classify", "counts_against_target", "make_strategy",
        "marks_unhealthy",
    },
    "llmgate.state": {
        "LocalRateLimiter", "Permit", "RateLimit", "RateLimiter", "RateRules",
        "RedisBreakerStore", "RedisBudgetGuard", "RedisRateLimiter", "RedisStore",
        "StoreHealth", "StoreUnavailable",
    },
}  # fmt: skip


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_every_public_module_exports_exactly_the_intended_names(module: str) -> None:
    mod = importlib.import_module(module)
    exported = list(mod.__all__)
    assert len(exported) == len(set(exported)), "a name is listed twice"
    assert set(exported) == PUBLIC[module]
    for name in exported:
        assert getattr(mod, name) is not None


# -- the docs import only public names, and every name they import exists -----------------
DOC_FILES = sorted(
    [*ROOT.glob("docs/*.md"), ROOT / "README.md", *ROOT.glob("providers/*/README.md")]
)
_FENCE = re.compile(r"```(\w*)\n(.*?)```", re.DOTALL)
_DOTTED = re.compile(r"`(llmgate(?:\.[A-Za-z_][A-Za-z0-9_]*)+)")


def _imports(code: str) -> list[tuple[str, list[str]]]:
    """``(module, [names])`` for each import in a docs code block (names empty for ``import``)."""
    flags = ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    try:
        tree = compile(code, "<docs>", "exec", flags=flags)
    except SyntaxError:  # a fragment: read its import lines alone
        lines = [ln.strip() for ln in code.splitlines() if re.match(r"\s*(from|import) ", ln)]
        tree = ast.parse("\n".join(ln for ln in lines if "(" not in ln))
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names]
    return found


def _doc_references() -> list[tuple[str, str, list[str]]]:
    """``(file, module, names)``: every llmgate import of a docs code block."""
    refs = []
    for path in DOC_FILES:
        text = path.read_text(encoding="utf-8")
        for lang, code in _FENCE.findall(text):
            if lang not in ("", "python", "py", "pycon"):
                continue
            for module, names in _imports(code):
                if module.split(".")[0] == "llmgate":
                    refs.append((path.name, module, names))
    return refs


def test_the_docs_scan_finds_the_imports() -> None:
    refs = _doc_references()
    modules = {module for _, module, _ in refs}
    # If the scan broke, this would pass vacuously: pin a few imports the docs are known to show.
    assert {"llmgate", "llmgate.errors", "llmgate.provider", "llmgate.redaction"} <= modules


def test_docs_import_only_public_modules_and_existing_names() -> None:
    problems = []
    for file, module, names in _doc_references():
        if any(part.startswith("_") for part in module.split(".")):
            problems.append(f"{file}: imports the private module {module}")
            continue
        mod = importlib.import_module(module)
        public = set(getattr(mod, "__all__", ()))
        package = hasattr(mod, "__path__")
        problems += [
            f"{file}: {name} is not a public name of {module}"
            for name in names
            if name not in public
            and not (package and importlib.util.find_spec(f"{module}.{name}") is not None)
        ]
    assert problems == []


def _python_name(parts: list[str]) -> bool:
    """Whether a dotted name in prose is a Python object, not a file or a telemetry key.

    ``llmgate.Usage`` or ``llmgate.costs.BudgetGuard`` is; ``llmgate.toml`` and the
    OpenTelemetry attribute ``llmgate.usage.estimated`` are not.
    """
    submodules = {m.split(".")[1] for m in PUBLIC if "." in m}
    if ".".join(parts) in _TELEMETRY_KEYS:  # e.g. the metric llmgate.state.outages
        return False
    return parts[1][0].isupper() or (parts[1] in submodules and len(parts) > 2)


# Metric and attribute names the telemetry code sets (string literals in its source).
_TELEMETRY_KEYS = set(
    re.findall(
        r'"(llmgate\.[a-z_.]+)"',
        "".join(p.read_text("utf-8") for p in (ROOT / "src/llmgate/telemetry").glob("*.py")),
    )
)


def test_dotted_names_in_the_docs_exist_and_are_public() -> None:
    problems = []
    checked = 0
    for path in DOC_FILES:
        for dotted in sorted(set(_DOTTED.findall(path.read_text(encoding="utf-8")))):
            parts = dotted.split(".")
            if any(part.startswith("_") for part in parts):
                problems.append(f"{path.name}: names the private {dotted}")
                continue
            if not _python_name(parts):
                continue
            checked += 1
            # The longest importable prefix is the module; the rest are attributes of it.
            for cut in range(len(parts), 0, -1):
                try:
                    obj: Any = importlib.import_module(".".join(parts[:cut]))
                except ImportError:
                    continue
                break
            for attr in parts[cut:]:
                if not hasattr(obj, attr):
                    problems.append(f"{path.name}: {dotted} does not exist")
                    break
                obj = getattr(obj, attr)
    assert problems == []
    assert checked >= 5  # the scan found names to check


# -- what Client is given and returns is typed with public names ---------------------------
def test_client_signature_uses_public_types() -> None:
    hints = typing.get_type_hints(
        Client.__init__,
        localns={"Redactor": Redactor, "Ledger": Ledger, "BudgetGuard": BudgetGuard},
    )
    assert hints["redactor"] == Redactor | None
    assert hints["ledger"] == str | Ledger | None
    assert hints["breaker_store"] == BreakerStore | None
    assert hints["budget_guard"] == BudgetGuard | None
    ledger_hint = typing.get_type_hints(Client.ledger.fget, localns={"Ledger": Ledger})
    assert ledger_hint["return"] is Ledger
    assert typing.get_type_hints(Client.route)["return"] is Route
    assert typing.get_type_hints(Client.embed)["return"] is llmgate.EmbeddingResponse
    assert typing.get_type_hints(Client.aembed)["return"] is llmgate.EmbeddingResponse


def test_route_is_the_public_route() -> None:
    with Client(
        {"routes": {"r": {"targets": ["a:m1", "b:m2"], "retries": 1}}},
        providers={"a": ScriptedProvider("a"), "b": ScriptedProvider("b")},
    ) as client:
        route = client.route("r")
        assert isinstance(route, Route) and route.name == "r" and route.retry.retries == 1
        assert list(route.targets) == ["a:m1", "b:m2"]
        target = route.targets["b:m2"]
        assert isinstance(target, Target) and (target.name, target.model) == ("b", "m2")
        assert client.route("a:m9").targets["a:m9"].provider is client.providers["a"]


class RecordingStore:
    """A BreakerStore over the in-memory one that records which keys it was asked about."""

    def __init__(self) -> None:
        self.inner = InMemoryBreakerStore()
        self.updated: list[str] = []

    def update(self, key: str, fn: Any, now: float) -> Any:
        self.updated.append(key)
        return self.inner.update(key, fn, now)

    def get(self, key: str) -> BreakerRecord | None:
        return self.inner.get(key)

    def keys(self) -> list[str]:
        return self.inner.keys()


async def test_a_breaker_store_is_shared_by_the_clients_given_it() -> None:
    store = RecordingStore()
    config = {
        "routes": {"r": {"targets": ["down:m", "up:m"], "retries": 0}},
        "circuit_breaker": {"failure_threshold": 2, "cooldown_s": 60},
    }
    down = FailingProvider("down", errors.ServerError("boom", provider="down"))
    up = ScriptedProvider("up")
    first = Client(config, providers={"down": down, "up": up}, breaker_store=store)
    second = Client(config, providers={"down": down, "up": up}, breaker_store=store)
    try:
        for _ in range(2):
            assert (await first.achat("r", "hi")).provider == "up"
        assert len(down.requests) == 2 and "down:m" in store.updated
        # The circuit the first client opened is open for the second: it never calls "down".
        r = await second.achat("r", "hi")
        assert [(a.provider, a.outcome) for a in r.attempts] == [("down", "skipped"), ("up", "ok")]
        assert len(down.requests) == 2
    finally:
        await first.aclose()
        await second.aclose()


class RecordingGuard:
    """A BudgetGuard that allows a fixed number of calls and records what it was asked."""

    def __init__(self, allow: int) -> None:
        self.allow = allow
        self.reserved: list[Mapping[str, str]] = []
        self.settled: list[Decimal | None] = []
        self.closed = False

    def reserve(self, amount: Decimal | None, tags: Mapping[str, str] | None = None) -> Reservation:
        if len(self.reserved) >= self.allow:
            raise errors.BudgetExceededError("shared budget spent")
        self.reserved.append(dict(tags or {}))
        return Reservation.new(Decimal(0), dict(tags or {}), 60.0)

    def settle(self, reservation: Reservation, actual: Decimal | None) -> None:
        self.settled.append(actual)

    def release(self, reservation: Reservation) -> None:
        self.settled.append(None)

    def status(self, tags: Mapping[str, str] | None = None) -> list[BudgetStatus]:
        return []

    def close(self) -> None:
        self.closed = True


def test_a_budget_guard_given_to_the_client_is_the_one_that_decides() -> None:
    guard = RecordingGuard(allow=1)
    assert isinstance(guard, BudgetGuard)
    provider = ScriptedProvider("a")
    client = Client({}, providers={"a": provider}, budget_guard=guard)
    try:
        assert client.chat("a:m", "hi", tags={"team": "x"}).text == "hi"
        assert guard.reserved == [{"team": "x"}] and len(guard.settled) == 1
        with pytest.raises(errors.BudgetExceededError):
            client.chat("a:m", "again")
        assert len(provider.requests) == 1  # refused before anything was sent
    finally:
        client.close()
    assert not guard.closed  # handed in: the caller's to close


def test_a_ledger_given_to_the_client_records_and_stays_open() -> None:
    class KeptLedger(MemoryLedger):
        closed = False

        def close(self) -> None:
            self.closed = True

    ledger = KeptLedger()
    with Client({}, providers={"a": ScriptedProvider("a")}, ledger=ledger) as client:
        assert client.ledger is ledger
        client.chat("a:m", "hi")
        client.events.flush()
        assert [row.provider for row in ledger.rows()] == ["a"]
    assert not ledger.closed
