"""The spaCy PERSON detector: what it adds to the rules, what it leaves out, and the config."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import pytest
from llmgate_spacy import MODELS_ENV, SpacyPersonDetector

from llmgate import Client
from llmgate.errors import ConfigError
from llmgate.redaction import Redactor, Span
from llmgate.testing._openai_server import OpenAIServer

PROSE = "The contract was reviewed by Hollis Vandermeer before the deadline."


@pytest.fixture(scope="module")
def detector(model: str) -> SpacyPersonDetector:
    return SpacyPersonDetector([model])


def test_a_name_without_any_cue_is_found(detector: SpacyPersonDetector) -> None:
    assert detector.detect(PROSE) == [Span(29, 46, "PERSON")]
    masked = Redactor(detectors=[detector]).redact(PROSE)
    assert masked.text == "The contract was reviewed by [PERSON_1] before the deadline."


@pytest.mark.parametrize(
    "text",
    [
        "Der Dienst ist seit heute früh ausgefallen. Rufen Sie bitte zurück.",  # German read
        "Meine Handynummer hat sich geändert, die Lieferadresse auch.",  # by an English model
        "order_id=88123 SLACK_BOT_TOKEN= was rotated by ops",  # identifiers, not names
        "Thanks, Hollis!",  # one word: the rules' job (cues), not the model's
    ],
)
def test_what_does_not_read_as_a_full_name_is_left_alone(
    detector: SpacyPersonDetector, text: str
) -> None:
    assert detector.detect(text) == []


def test_min_tokens_one_keeps_single_names(model: str) -> None:
    text = "Obama visited Berlin."
    single = SpacyPersonDetector([model], min_tokens=1)
    assert [text[s.start : s.end] for s in single.detect(text)] == ["Obama"]
    assert SpacyPersonDetector([model]).detect(text) == []  # the default asks for two words


def test_offsets_are_trimmed_of_punctuation(detector: SpacyPersonDetector) -> None:
    text = "Signed: Hollis Vandermeer."
    assert [text[s.start : s.end] for s in detector.detect(text)] == ["Hollis Vandermeer"]


def test_threads_get_the_same_answer(detector: SpacyPersonDetector) -> None:
    texts = [PROSE, "Ask Marguerite Okonkwo-Hale about the invoice.", "No names here."]
    expected = [detector.detect(t) for t in texts]
    seen: list[list[list[Span]]] = []

    def work() -> None:
        seen.append([detector.detect(t) for t in texts * 5][:3])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [expected] * 4


def test_a_missing_pipeline_is_a_clear_import_error() -> None:
    with pytest.raises(ImportError, match="no_such_pipeline_xx"):
        SpacyPersonDetector(["no_such_pipeline_xx"])
    with pytest.raises(ValueError):
        SpacyPersonDetector([])


@pytest.fixture(scope="module")
def vendor() -> Iterator[OpenAIServer]:
    with OpenAIServer() as srv:
        yield srv


def _config(vendor: OpenAIServer) -> dict[str, object]:
    return {
        "providers": {
            "ext": {"type": "openai", "base_url": vendor.base_url, "api_key": "sk-test-00000000"}
        },
        "routes": {"r": {"targets": ["ext:gpt-4o-mini"]}},
        "redaction": {"mode": "mask", "detectors": ["spacy-person"]},
    }


def test_named_in_the_config_the_name_never_reaches_the_vendor(
    model: str, vendor: OpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MODELS_ENV, model)
    vendor.reset()
    with Client(_config(vendor)) as client:
        r = client.chat("r", PROSE)
    sent = "\n".join(json.dumps(b, ensure_ascii=False) for b in vendor.chat_requests())
    assert "Vandermeer" not in sent and "[PERSON_1]" in sent
    assert r.text == "echo: " + PROSE  # restored in the answer
    assert [x.entity for x in r.redactions] == ["PERSON"]


def test_a_pipeline_that_is_not_installed_is_a_config_error(
    vendor: OpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MODELS_ENV, "no_such_pipeline_xx")
    with pytest.raises(ConfigError) as info:
        Client(_config(vendor))
    assert info.value.key == "redaction.detectors"
    assert "no_such_pipeline_xx" in str(info.value)
