"""PERSON from a spaCy NER model, filtered to what reads as a full name.

The built-in PERSON detector finds names from cues (a greeting, a title, a sign-off, a
label, a speaker's colon, a known given name). A statistical model finds names with no cue
at all, which is where the rules leak; it also calls "Der Dienst" or "Rufen Sie" a person
when an English model reads German. So a model's PERSON span is kept only when it reads as
a full name: at least ``min_tokens`` words, each a capital followed by lower-case letters
(hyphenated and apostrophe parts allowed), none of them a stop word of English, German,
French or Spanish. On the development set that filter cut the model's spans that fall on
no labeled value from 47% to 4% (docs/privacy.md gives the held-out figures).

spaCy's pipelines are not documented as safe to call from several threads at once, and a
Redactor is shared between threads, so calls into a model are serialized by a lock.
"""

from __future__ import annotations

import importlib
import os
import re
import threading
import warnings
from collections.abc import Sequence
from typing import Any

from llmgate.redaction import Span

__all__ = ["MODELS_ENV", "SpacyPersonDetector"]

MODELS_ENV = "LLMGATE_SPACY_MODELS"
DEFAULT_MODELS = ("en_core_web_sm",)
_LABELS = frozenset({"PERSON", "PER"})  # English pipelines say PERSON, the others PER
_STRIP = " .,:;!?"
_NAME_WORD = re.compile(
    r"[A-ZÀ-ÖØ-ÞŁŚŽČŠ][a-zß-öø-ÿłśžčšńćę]*(?:[-'\u2019][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*"
)
# Components NER does not need: leaving them out makes a call several times cheaper.
_UNUSED = ("parser", "lemmatizer", "tagger", "attribute_ruler", "morphologizer", "senter")


def _stop_words() -> frozenset[str]:
    words: set[str] = set()
    for lang in ("en", "de", "fr", "es"):
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
        words |= {w.lower() for w in module.STOP_WORDS}
    return frozenset(words)


def _load(name: str) -> Any:
    import spacy

    try:
        with warnings.catch_warnings():
            # A pipeline packaged for another patch release of spaCy warns on every load.
            warnings.simplefilter("ignore")
            return spacy.load(name, exclude=list(_UNUSED))
    except OSError as exc:  # spaCy's "can't find model"
        raise ImportError(
            f"spaCy pipeline {name!r} is not installed; install it as a package (for "
            f"en_core_web_sm: python -m spacy download en_core_web_sm) or name another in "
            f"{MODELS_ENV}"
        ) from exc


class SpacyPersonDetector:
    """A ``llmgate.redaction`` detector: PERSON spans from one or more spaCy pipelines.

    ``models`` names installed spaCy pipelines (default: ``$LLMGATE_SPACY_MODELS``, comma
    separated, else ``en_core_web_sm``); each runs on every text and their findings are
    joined, so a French pipeline beside the English one adds French names at the cost of a
    second pass. ``min_tokens`` is the fewest words a kept name has.
    """

    entities = frozenset({"PERSON"})

    def __init__(self, models: Sequence[str] | None = None, *, min_tokens: int = 2) -> None:
        if models is None:
            configured = os.environ.get(MODELS_ENV, "")
            models = [m.strip() for m in configured.split(",") if m.strip()] or DEFAULT_MODELS
        if not models:
            raise ValueError("SpacyPersonDetector needs at least one spaCy pipeline")
        if min_tokens < 1:
            raise ValueError("min_tokens must be at least 1")
        self.models = tuple(models)
        self.min_tokens = min_tokens
        self._pipelines = [_load(name) for name in self.models]
        self._stop = _stop_words()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SpacyPersonDetector(models={list(self.models)!r}, min_tokens={self.min_tokens})"

    def detect(self, text: str) -> list[Span]:
        """PERSON spans in ``text`` (character offsets) that read as full names."""
        found: set[tuple[int, int]] = set()
        with self._lock:
            docs = [nlp(text) for nlp in self._pipelines]
        for doc in docs:
            for ent in doc.ents:
                if ent.label_ in _LABELS:
                    span = self._as_name(text, ent.start_char, ent.end_char)
                    if span is not None:
                        found.add(span)
        return [Span(start, end, "PERSON") for start, end in sorted(found)]

    def _as_name(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The span trimmed of punctuation, or None when it does not read as a full name."""
        while start < end and text[start] in _STRIP:
            start += 1
        while end > start and text[end - 1] in _STRIP:
            end -= 1
        name = text[start:end]
        if "\n" in name:  # "Beste Grüße\nAnna": a sign-off and a name, not one name
            return None
        words = name.split()
        if len(words) < self.min_tokens:
            return None
        for word in words:
            if not _NAME_WORD.fullmatch(word) or word.lower() in self._stop:
                return None
        return start, end
