"""The Redactor: detect, mask with placeholders, restore.

It holds compiled, read-only state and a bounded cache of findings per text digest
(``cache.py``), so one instance is safe to share between threads; the per-call state lives
in the :class:`Vault`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from llmgate._types import Redaction
from llmgate.redaction.address import AddressDetector
from llmgate.redaction.cache import MIN_CHARS, DetectionCache
from llmgate.redaction.credentials import SecretDetector
from llmgate.redaction.detectors import (
    BUILTIN_ENTITIES,
    BuiltinDetector,
    Detector,
    RedactionError,
    ScanContext,
    Span,
    load_plugin_detectors,
)
from llmgate.redaction.dob import DateOfBirthDetector
from llmgate.redaction.field_records import FieldRecordDetector
from llmgate.redaction.fixed_width import FixedWidthDetector
from llmgate.redaction.format_ids import drop_format_ids
from llmgate.redaction.formats import FormatDetector
from llmgate.redaction.ip import IpDetector
from llmgate.redaction.joins import JOINABLE, rejoined
from llmgate.redaction.normalize import normalize
from llmgate.redaction.patterns import (
    CardDetector,
    EmailDetector,
    IbanDetector,
    SsnDetector,
)
from llmgate.redaction.payroll import PayrollDetector
from llmgate.redaction.person import PersonDetector
from llmgate.redaction.phones import PhoneDetector
from llmgate.redaction.placeholders import Vault
from llmgate.redaction.record_owners import RecordOwnerDetector
from llmgate.redaction.records import RecordDetector
from llmgate.redaction.repeats import repeats_of
from llmgate.redaction.restore import StreamRestorer, restore, restore_json
from llmgate.redaction.seams import builtin_scan
from llmgate.redaction.spoken import SpokenDetector
from llmgate.redaction.talk import TalkDetector, drop_talk_ids
from llmgate.redaction.talk_names import talk_spans
from llmgate.redaction.triggers import load_engine
from llmgate.redaction.wraps import WRAPPABLE, rewrapped

__all__ = ["Masked", "Redactor"]

_T = TypeVar("_T")
# The shipped models on by default, as (Redactor flag, entity, module, class): each runs
# beside its type's rules, and is imported only when that type is wanted. A model joins
# this table when a held-out set nobody tuned on confirms it, by a rule written before the
# run (docs/privacy.md): PERSON on sets 3-5, DATE_OF_BIRTH on set 6.
DEFAULT_MODELS = (
    ("person_model", "PERSON", "llmgate.redaction.person_model", "PersonModelDetector"),
    ("dob_model", "DATE_OF_BIRTH", "llmgate.redaction.dob_model", "DobModelDetector"),
)
# ``Redactor(**RULES_ONLY)``: every default model off, the rules alone. The benches and the
# model trainers compare against it; a model added to DEFAULT_MODELS is off there too.
RULES_ONLY: dict[str, bool] = {flag: False for flag, *_ in DEFAULT_MODELS}
_RANK = {entity: i for i, entity in enumerate(BUILTIN_ENTITIES)}


@dataclass(frozen=True, slots=True)
class Masked:
    """The masked text and the vault that can restore it."""

    text: str
    vault: Vault

    @property
    def redactions(self) -> list[Redaction]:
        return self.vault.redactions()


def _builtins(wanted: frozenset[str], use_phonenumbers: bool) -> list[BuiltinDetector]:
    every: list[BuiltinDetector] = [
        SecretDetector(),
        CardDetector(),
        IbanDetector(),
        SsnDetector(),
        EmailDetector(),
        IpDetector(),
        DateOfBirthDetector(),
        PhoneDetector(use_phonenumbers),
        AddressDetector(),
        PersonDetector(),
        RecordDetector(),
        FixedWidthDetector(),
        FieldRecordDetector(),
        SpokenDetector(),
        TalkDetector(),
        PayrollDetector(),
        RecordOwnerDetector(),
        FormatDetector(),
    ]
    return [d for d in every if d.entities & wanted]


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping spans: SECRET first, then the longer, then by type priority.

    A password inside a URL stays a SECRET rather than becoming part of an EMAIL; an IBAN
    whose digits happen to pass a card checksum stays an IBAN because it is longer. Ties
    follow ``BUILTIN_ENTITIES``; plugin types rank after the built-ins. Overlapping spans
    of one type are first joined into one: two detectors that each found part of a name
    ("Anna Maria" and "Maria Schmidt") mask all of it.
    """
    ordered = sorted(set(spans))
    # Most texts: no two findings overlap (each starts where the one before ends, or
    # later), and then there is nothing to join or to rank: they are the answer.
    last_end = 0
    for start, end, _ in ordered:
        if start < last_end or end <= start:
            break
        last_end = end
    else:
        return ordered
    ordered = sorted(
        _joined_by_type(ordered),
        key=lambda s: (s.type != "SECRET", s.start - s.end, _RANK.get(s.type, len(_RANK)), s.start),
    )
    # One byte per character that a kept span covers: a C-level find decides an overlap.
    # (Inserting into a sorted list instead was quadratic for a megabyte of names.)
    taken = bytearray(max(s.end for s in ordered))
    kept: list[Span] = []
    for span in ordered:
        if span.end <= span.start or taken.find(1, span.start, span.end) >= 0:
            continue
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        kept.append(span)
    kept.sort()
    return kept


def _joined_by_type(spans: Iterable[Span]) -> list[Span]:
    """The union of overlapping spans of each type (touching spans stay apart)."""
    out: list[Span] = []
    last: dict[str, int] = {}  # type -> index in out of its latest span
    for span in sorted(set(spans)):
        i = last.get(span.type)
        if i is not None and span.start < out[i].end:
            if span.end > out[i].end:
                out[i] = Span(out[i].start, span.end, span.type)
            continue
        last[span.type] = len(out)
        out.append(span)
    return out


class Redactor:
    """Finds personal data and secrets, masks them, and restores them in answers.

    ::

        from llmgate.redaction import Redactor

        red = Redactor()                          # every built-in entity type
        masked = red.redact("Mail jane@acme.com, key sk-proj-...")
        masked.text                                # "Mail [EMAIL_1], key [SECRET_1]"
        answer = vendor(masked.text)
        red.restore(answer, masked.vault)          # the real values again

    ``entities`` limits the types (names from ``BUILTIN_ENTITIES`` or provided by a detector
    plugin); ``detectors`` adds detector objects. ``person_model`` runs the shipped PERSON
    model (``person_model.py``) beside the PERSON rules: on three held-out sets nobody tuned
    on it cut the name characters the rules leave unmasked from 16-22% to 4-7% without
    touching more decoys (docs/privacy.md); ``dob_model`` runs the shipped DATE_OF_BIRTH model
    beside the birth-date rules (held-out set 6: 25.9% -> 21.9% of birth-date characters left,
    no other date touched). ``False`` keeps a type's rules alone; both off cost about half
    the CPU per text. Any detector failure raises
    :class:`RedactionError` (fail closed). The findings of the last ``cache_size`` texts are
    remembered by digest, so a conversation's history is not scanned again on every turn;
    ``cache_size=0`` turns that off (for a detector plugin whose answer changes over time).
    """

    def __init__(
        self,
        entities: Iterable[str] | None = None,
        *,
        detectors: Iterable[Detector] = (),
        use_phonenumbers: bool = False,
        cache_size: int = 1024,
        person_model: bool = True,
        dob_model: bool = True,
    ) -> None:
        wanted = frozenset(BUILTIN_ENTITIES if entities is None else (e.upper() for e in entities))
        self.entities = wanted
        # The optional multi-pattern pre-filter (engine.py): same findings, fewer passes.
        self._engine = load_engine() if self._needs_engine(wanted) else None
        self._builtins = _builtins(wanted, use_phonenumbers)
        self._joinable = [d for d in self._builtins if d.entities & JOINABLE]
        wrappable = [d for d in self._builtins if d.entities & WRAPPABLE]
        self._wrappable = builtin_scan(wrappable) if wrappable else None
        self._plugins = list(detectors)
        flags = {"person_model": person_model, "dob_model": dob_model}
        off = []
        for flag, entity, module, name in DEFAULT_MODELS:
            if entity not in wanted:
                continue
            kind = getattr(importlib.import_module(module), name)
            # Also named in ``detectors`` (``[redaction] detectors = ["person-model"]``, the
            # opt-in of earlier releases)? One copy is enough, and the model is on.
            if any(isinstance(d, kind) for d in self._plugins):
                continue
            if flags[flag]:
                self._plugins.insert(0, kind())
            else:
                off.append(flag)
        self._off = tuple(off)
        covered = {e for d in self._builtins for e in d.entities}
        covered |= {e for d in self._plugins for e in d.entities}
        if wanted - covered:
            self._plugins += load_plugin_detectors(wanted - covered)
        self._cache = DetectionCache(cache_size) if cache_size > 0 else None

    @staticmethod
    def _needs_engine(wanted: frozenset[str]) -> bool:
        return bool(
            wanted
            & {"SECRET", "IBAN", "EMAIL", "IP_ADDRESS", "PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"}
        )

    def __repr__(self) -> str:
        off = "".join(f", {flag}=False" for flag in self._off)
        return f"Redactor(entities={sorted(self.entities)!r}{off})"

    def detect(self, text: str) -> list[Span]:
        """Findings in ``text``: character offsets, sorted, non-overlapping."""
        cache = self._cache
        if cache is None or len(text) < MIN_CHARS:
            return self._detect(text)
        key = cache.key(text)
        found = cache.get(key)
        if found is None:
            found = tuple(self._detect(text))  # a failing detector raises: nothing is kept
            cache.put(key, found)
        return list(found)

    def _detect(self, text: str) -> list[Span]:
        norm = normalize(text)
        ctx = ScanContext(norm)
        if self._engine is not None:
            ctx.hits = self._engine.hits(norm.text)
        found: list[Span] = []
        # One ``try`` around every built-in rather than a guard call and a list copy per
        # detector: both were a measurable share of a short message's detection.
        name = ""
        try:
            for builtin in self._builtins:
                name = builtin.name
                found += builtin.scan(ctx)
            if self._joinable:  # identifiers a line break or spacing split (joins.py)
                name = "joins"
                found += rejoined(ctx, self._joinable)
            if self._wrappable is not None:  # names and streets a hard wrap split (wraps.py)
                name = "wraps"
                found += rewrapped(ctx.text, self._wrappable)
        except Exception as exc:
            raise _failed(name, exc) from exc
        if norm.shifted:
            found = [Span(*norm.to_original(s.start, s.end), s.type) for s in found]
        rules_end = len(found)  # found[:rules_end]: the built-ins', for a gap-filling model
        for plugin in self._plugins:
            new = _checked(plugin, _guard(type(plugin).__name__, plugin.detect, text), text)
            if new and getattr(plugin, "fills_gaps", False):
                # A model that only adds to the rules: a finding of it that overlaps a rule's
                # of another type is dropped, so that joined with a rule's span of its own
                # type and ranked against the other it can never cost the rules a finding.
                other = [s for s in found[:rules_end] if s.type not in plugin.entities]
                taken = _covered(other, len(text))
                new = [s for s in new if taken.find(1, s.start, s.end) < 0]
            found.extend(new)
            # a model's names that a hard wrap split (wraps.py)
            if not WRAPPABLE.isdisjoint(plugin.entities):
                again = _guard(type(plugin).__name__, _wraps_of(plugin), text)
                found.extend(_checked(plugin, again, text))
        if found:  # ids that a format or a label names (X12, DICOM, AWS, logins: format_ids.py)
            found = drop_format_ids(text, found)
            found = drop_talk_ids(text, found)  # keyed ids, meeting ids (talk.py)
        spans = resolve_overlaps(s for s in found if s.type in self.entities)
        if spans:  # a found value said again elsewhere, with no cue of its own (repeats.py)
            seen = set(spans)
            again = [s for s in repeats_of(text, spans) if s not in seen]
            if again:
                spans = resolve_overlaps([*spans, *again])
        # surnames in capitals, their repeats, a street's flat (talk_names.py)
        more = talk_spans(text, spans, self.entities)
        if more:
            spans = resolve_overlaps([*spans, *more])
        return spans

    def redact(self, text: str, vault: Vault | None = None) -> Masked:
        """Mask every finding with its placeholder; pass ``vault`` to share one across messages."""
        vault = Vault() if vault is None else vault
        spans = self.detect(text)
        collisions = vault.claim_literals(text)
        if collisions:
            spans = resolve_overlaps([*spans, *(Span(*c) for c in collisions)])
        if not spans:
            return Masked(text, vault)
        parts: list[str] = []
        pos = 0
        for start, end, kind in spans:
            parts.append(text[pos:start])
            parts.append(vault.issue(kind, text[start:end]))
            pos = end
        parts.append(text[pos:])
        return Masked("".join(parts), vault)

    def restore(self, text: str, vault: Vault) -> str:
        """Replace the placeholders ``vault`` issued (tolerating case and spaces) by values."""
        return restore(text, vault)

    def restore_json(self, text: str, vault: Vault) -> str:
        """Restore inside tool-call argument JSON; values are JSON-escaped."""
        return restore_json(text, vault)

    def stream_restorer(self, vault: Vault, *, json: bool = False) -> StreamRestorer:
        """A restorer for a streamed answer (``feed`` each chunk, ``flush`` at the end)."""
        return StreamRestorer(vault, json=json)


def _covered(spans: list[Span], size: int) -> bytearray:
    """One byte per character of a text of ``size``: 1 where one of ``spans`` covers it."""
    taken = bytearray(size)
    for start, end, _ in spans:
        taken[start:end] = b"\x01" * (end - start)
    return taken


def _wraps_of(plugin: Detector) -> Callable[[str], list[Span]]:
    """A plugin's findings that cross a hard wrap (wraps.py): its ``detect`` on the copy."""
    names = set(plugin.entities) <= {"PERSON"}
    return lambda text: rewrapped(text, plugin.detect, names=names)


def _guard(name: str, fn: Callable[[_T], Iterable[Span]], arg: _T) -> list[Span]:
    """Call a detector; any exception becomes a RedactionError that names no text."""
    try:
        return list(fn(arg))
    except Exception as exc:
        raise _failed(name, exc) from exc


def _failed(name: str, exc: Exception) -> RedactionError:
    """The error for a failed detector: it names the detector and the error, never the text."""
    return RedactionError(
        f"detector {name!r} failed ({type(exc).__name__}); refusing to send unredacted text"
    )


def _checked(plugin: Detector, spans: list[Span], text: str) -> list[Span]:
    """Reject a plugin's malformed spans instead of masking the wrong characters."""
    for span in spans:
        if not (0 <= span.start < span.end <= len(text)):
            raise RedactionError(f"detector {type(plugin).__name__!r} returned an invalid span")
    return [Span(s.start, s.end, s.type) for s in spans]
