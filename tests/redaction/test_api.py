"""The public surface, plugins, fail-closed behaviour and the preview report."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from importlib import metadata

import pytest

import llmgate.redaction as redaction
from llmgate.errors import PrivacyViolationError
from llmgate.redaction import Detector, RedactionError, Redactor, Span, preview
from llmgate.redaction import detectors as detectors_module


def test_exported_names_are_exactly_the_public_api() -> None:
    assert sorted(redaction.__all__) == [
        "BUILTIN_ENTITIES", "Detector", "Masked", "RedactionError", "Redactor", "Span",
        "StreamRestorer", "Vault", "preview", "restore", "restore_json",
    ]  # fmt: skip


def test_contract_example() -> None:
    red = Redactor(entities=None)
    text = "Mail jane@acme.com, card 4111 1111 1111 1111"
    spans = red.detect(text)
    assert spans == [Span(5, 18, "EMAIL"), Span(25, 44, "CREDIT_CARD")]
    masked = red.redact(text)
    assert masked.text == "Mail [EMAIL_1], card [CREDIT_CARD_1]"
    assert red.restore("Done: [EMAIL_1]", masked.vault) == "Done: jane@acme.com"


def test_creating_a_redactor_with_builtins_never_touches_entry_points(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("entry points loaded")

    monkeypatch.setattr(detectors_module.metadata, "entry_points", boom)
    Redactor()
    Redactor(entities=["EMAIL", "SECRET"])


class _Mrn:
    """A plugin detector for medical record numbers."""

    entities = frozenset({"MRN"})

    def detect(self, text: str) -> list[Span]:
        i = text.find("MRN-")
        return [] if i < 0 else [Span(i, i + 10, "MRN")]


class _FakeEntryPoint:
    name = "mrn"

    def load(self) -> type[_Mrn]:
        return _Mrn


def test_plugin_detectors_come_from_the_entry_point_group(monkeypatch: pytest.MonkeyPatch) -> None:
    groups: list[str] = []

    def entry_points(*, group: str) -> Iterable[object]:
        groups.append(group)
        return [_FakeEntryPoint()]

    monkeypatch.setattr(metadata, "entry_points", entry_points)
    red = Redactor(entities=["EMAIL", "MRN"])
    masked = red.redact("patient MRN-123456 mail a@b.io")
    assert groups == ["llmgate.detectors"]
    assert masked.text == "patient [MRN_1] mail [EMAIL_1]"
    assert isinstance(_Mrn(), Detector)


class _ExpensiveEntryPoint:
    """A model-based detector whose model is not installed: building it fails."""

    name = "ner"

    def load(self) -> type:
        class _Ner:
            entities = frozenset({"PERSON"})

            def __init__(self) -> None:
                raise ImportError("model not installed")

        return _Ner


def test_a_plugin_for_other_types_is_never_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        metadata, "entry_points", lambda *, group: [_ExpensiveEntryPoint(), _FakeEntryPoint()]
    )
    red = Redactor(entities=["MRN"])
    assert red.redact("patient MRN-123456").text == "patient [MRN_1]"


def test_unknown_entity_type_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(metadata, "entry_points", lambda *, group: [])
    with pytest.raises(ValueError, match="EMAIL_ADRESS"):
        Redactor(entities=["EMAIL_ADRESS"])


class _FakePersonEntryPoint:
    name = "ner-person"

    def load(self) -> type[_Mrn]:
        class _Ner(_Mrn):
            entities = frozenset({"PERSON"})

            def detect(self, text: str) -> list[Span]:
                i = text.find("Hollis Vandermeer")
                return [] if i < 0 else [Span(i, i + 17, "PERSON")]

        return _Ner


def _client_with_detectors(names: list[str]) -> object:
    from llmgate import Client

    return Client(
        {
            "providers": {"p": {"type": "openai", "base_url": "http://127.0.0.1:9/v1"}},
            "routes": {"r": {"targets": ["p:m"]}},
            "redaction": {"mode": "mask", "apply_to": ["local"], "detectors": names},
        }
    )


def test_a_configured_detector_runs_beside_the_builtins(monkeypatch: pytest.MonkeyPatch) -> None:
    # [redaction] detectors names plugins that add to a type the built-ins already cover.
    monkeypatch.setattr(
        metadata, "entry_points", lambda *, group: [_FakeEntryPoint(), _FakePersonEntryPoint()]
    )
    loaded = detectors_module.load_named_detectors(["ner-person"])
    red = Redactor(detectors=loaded)
    text = "Reviewed by Hollis Vandermeer, mail hv@acme.io"
    assert red.redact(text).text == "Reviewed by [PERSON_1], mail [EMAIL_1]"


def test_an_unknown_configured_detector_names_the_key_and_what_is_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from llmgate.errors import ConfigError

    real = metadata.entry_points

    def entry_points(*, group: str) -> Iterable[object]:
        return [_FakeEntryPoint()] if group == "llmgate.detectors" else real(group=group)

    monkeypatch.setattr(metadata, "entry_points", entry_points)
    with pytest.raises(ConfigError) as info:
        _client_with_detectors(["spacy-persn"])
    assert info.value.key == "redaction.detectors"
    assert "spacy-persn" in str(info.value) and "installed: mrn" in str(info.value)


class _Broken:
    entities = frozenset({"EMAIL"})

    def detect(self, text: str) -> list[Span]:
        raise RuntimeError(f"cannot parse {text}")


def test_a_detector_that_raises_fails_closed() -> None:
    red = Redactor(entities=["EMAIL"], detectors=[_Broken()])
    with pytest.raises(RedactionError) as info:
        red.redact("secret jane@acme.com")
    assert isinstance(info.value, PrivacyViolationError)
    assert "jane" not in str(info.value) and "_Broken" in str(info.value)
    assert isinstance(info.value.__cause__, RuntimeError)


def test_a_builtin_detector_that_raises_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    from llmgate.redaction.patterns import EmailDetector

    def fail(self: object, ctx: object) -> list[Span]:
        raise MemoryError

    monkeypatch.setattr(EmailDetector, "scan", fail)
    with pytest.raises(RedactionError, match="'email' failed"):
        Redactor().detect("x@y.io")


def test_a_plugin_span_out_of_range_is_refused() -> None:
    class Bad:
        entities = frozenset({"EMAIL"})

        def detect(self, text: str) -> list[Span]:
            return [Span(0, len(text) + 5, "EMAIL")]

    with pytest.raises(RedactionError, match="invalid span"):
        Redactor(entities=["EMAIL"], detectors=[Bad()]).detect("abc")


def test_one_redactor_is_safe_to_use_from_many_threads() -> None:
    red = Redactor()
    texts = [f"user{i}@acme.com called +1 415 555 {1000 + i} from 10.0.{i}.7" for i in range(40)]
    expected = [red.redact(t).text for t in texts]
    results: dict[int, list[str]] = {}

    def work(n: int) -> None:
        results[n] = [red.redact(t).text for t in texts]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values()) and len(results) == 8


def test_phonenumbers_validation_is_opt_in() -> None:
    pytest.importorskip("phonenumbers")
    text = "call +1 23"  # too short for any country anyway
    assert Redactor(use_phonenumbers=True).detect(text) == []
    valid = "call +44 20 7946 0958"
    assert [s.type for s in Redactor(use_phonenumbers=True).detect(valid)] == ["PHONE"]
    bogus = "call +1 999 999 99999 99"  # 15 digits: possible shape, impossible for +1
    assert Redactor(use_phonenumbers=True).detect(bogus) == []


def test_preview_reports_types_positions_and_masked_text() -> None:
    report = preview(
        "Hi,\nmail jane@acme.com or call +1 415 555 2671\n"
        "key sk-proj-Xy7aB3kLm9Qr2Tz8Vw4Np6Hs1Jd5Fg0K"
    )
    assert "3 entities found (EMAIL 1, PHONE 1, SECRET 1)" in report
    assert "2:6" in report and "[EMAIL_1]" in report
    assert "mail [EMAIL_1] or call [PHONE_1]" in report
    assert "Xy7aB3kLm9Qr2Tz8Vw4Np6Hs1Jd5Fg0K" not in report


def test_preview_of_clean_text() -> None:
    assert "No entities found" in preview("Nothing to see here.", entities=["EMAIL"])


def test_presidio_adapter_maps_an_analyzer_results() -> None:
    from llmgate.redaction.presidio_adapter import PresidioDetector

    class Result:
        def __init__(self, kind: str, start: int, end: int) -> None:
            self.entity_type, self.start, self.end = kind, start, end

    class Analyzer:
        def analyze(
            self, *, text: str, language: str, entities: list[str], score_threshold: float
        ) -> list[Result]:
            assert language == "en" and "PERSON" in entities
            return [Result("PERSON", 0, 9), Result("NRP", 11, 14)]

    detector = PresidioDetector(Analyzer())
    red = Redactor(entities=["PERSON"], detectors=[detector])
    assert red.redact("Ada Byron! xyz").text == "[PERSON_1]! xyz"
    assert detector.entities == {"PERSON", "STREET_ADDRESS"}
