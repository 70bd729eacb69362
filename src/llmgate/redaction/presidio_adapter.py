"""Use Microsoft Presidio's analyzer as an llmgate detector (optional).

The built-in PERSON and STREET_ADDRESS detection relies on context words; Presidio's NER
finds names in free prose at a much higher cost per text. Install ``presidio-analyzer`` and a
spaCy model, then add the detector::

    from llmgate.redaction import Redactor
    from llmgate.redaction.presidio_adapter import PresidioDetector

    red = Redactor(detectors=[PresidioDetector()])   # PERSON from Presidio as well

Nothing here is imported by ``llmgate.redaction`` itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from llmgate.redaction.detectors import Span

__all__ = ["PresidioDetector"]

# Presidio entity type -> llmgate entity type.
DEFAULT_MAPPING: Mapping[str, str] = {"PERSON": "PERSON", "LOCATION": "STREET_ADDRESS"}


class PresidioDetector:
    """A detector backed by a ``presidio_analyzer.AnalyzerEngine``.

    ``analyzer`` defaults to a new engine (which loads Presidio's default spaCy model);
    ``mapping`` chooses which Presidio types are reported and under which llmgate type.
    """

    def __init__(
        self,
        analyzer: Any = None,
        *,
        mapping: Mapping[str, str] = DEFAULT_MAPPING,
        language: str = "en",
        score_threshold: float = 0.5,
    ) -> None:
        if analyzer is None:
            try:
                from presidio_analyzer import AnalyzerEngine
            except ImportError as exc:
                raise ImportError(
                    "PresidioDetector needs presidio: pip install presidio-analyzer "
                    "(and a spaCy model: python -m spacy download en_core_web_lg)"
                ) from exc
            analyzer = AnalyzerEngine()
        self._analyzer = analyzer
        self._mapping = dict(mapping)
        self._language = language
        self._threshold = score_threshold

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(self._mapping.values())

    def detect(self, text: str) -> list[Span]:
        results = self._analyzer.analyze(
            text=text,
            language=self._language,
            entities=list(self._mapping),
            score_threshold=self._threshold,
        )
        return [
            Span(int(r.start), int(r.end), self._mapping[r.entity_type])
            for r in results
            if r.entity_type in self._mapping
        ]
