"""The detector interface, the built-in registry and third-party discovery.

A detector is anything with ``entities`` (the types it reports) and ``detect(text)``
returning :class:`Span` objects in the text's character offsets. Built-in detectors also
implement ``scan(ctx)``, which works on text that the redactor has normalized once for all
of them; third-party detectors are found through the ``llmgate.detectors`` entry-point group
and only imported when a configuration asks for an entity type no built-in covers::

    # pyproject.toml of a plugin
    [project.entry-points."llmgate.detectors"]
    mrn = "acme_mrn:MedicalRecordDetector"     # a class or a factory, called with no arguments
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from importlib import metadata
from typing import TYPE_CHECKING, NamedTuple, Protocol, runtime_checkable

from llmgate.errors import PrivacyViolationError
from llmgate.redaction.names import LATIN1_CAPITALS
from llmgate.redaction.normalize import Normalized, normalize

if TYPE_CHECKING:
    from llmgate.redaction.engine import Hits

__all__ = [
    "BUILTIN_ENTITIES",
    "BuiltinDetector",
    "DIGIT_RUN",
    "Detector",
    "RedactionError",
    "ScanContext",
    "Span",
    "alternation_trie",
    "finditer_at",
    "load_named_detectors",
    "load_plugin_detectors",
]

ENTRY_POINT_GROUP = "llmgate.detectors"

# Every entity type the core detects without any optional dependency, in priority order:
# when two findings overlap, the earlier type wins (a password inside a URL is a SECRET,
# not the start of an EMAIL).
BUILTIN_ENTITIES: tuple[str, ...] = (
    "SECRET",
    "CREDIT_CARD",
    "IBAN",
    "US_SSN",
    "EMAIL",
    "IP_ADDRESS",
    "DATE_OF_BIRTH",
    "PHONE",
    "STREET_ADDRESS",
    "PERSON",
)


class Span(NamedTuple):
    """One finding: ``text[start:end]`` is a value of entity ``type``."""

    start: int
    end: int
    type: str


class RedactionError(PrivacyViolationError):
    """A detector failed, so the text cannot be shown to be safe to send.

    Fail closed: the call flow refuses to send to an untrusted provider when this is raised.
    The message names the detector and the error class, never the text::

        try:
            masked = redactor.redact(prompt)
        except RedactionError as exc:
            print("not sent:", exc)
    """


@runtime_checkable
class Detector(Protocol):
    """What a detector plugin implements."""

    @property
    def entities(self) -> Collection[str]:
        """The entity types this detector can report."""
        ...

    def detect(self, text: str) -> list[Span]:
        """Findings in ``text``, as character offsets into ``text``."""
        ...


# A run of digits with the separators numbers are written with ("+49 (0)30 123-45",
# "4111 1111 1111 1111", "10.0.0.1"): computed once and shared by every digit-based detector,
# so the text is scanned for digits once instead of once per entity type.
DIGIT_RUN = re.compile(r"[0-9](?:[ .\-/()]{0,3}+[0-9])*+\)?")
# The same runs found on a one-byte copy of the text in which every digit reads "0": a
# pattern that starts with one literal character is scanned by ``re`` several times faster
# than one that starts with a character class.
_RUN_SHAPE = re.compile(rb"0(?:[ .\-/()]{0,3}+0)*+\)?")
_SPAN = re.Match.span  # mapped over a finditer: no Python-level loop per match
_DIGITS_AS_ZERO = bytes(0x30 if 0x30 <= i <= 0x39 else i for i in range(256))
# str.lower() of a Latin-1 string, as a byte table: ASCII and Latin-1 capitals (except the
# multiplication sign) move up by 0x20, nothing else changes, so offsets stay aligned.
_LOWER_LATIN1 = bytes(i + 32 if i in LATIN1_CAPITALS else i for i in range(256))


class ScanContext:
    """The normalized text shared by every built-in detector of one ``detect`` call.

    Derived views (lower-cased text, digit runs) are computed on first use; a plain
    attribute cache rather than ``functools.cached_property``, which takes a lock per access
    on Python 3.11.
    """

    __slots__ = (
        "_by_digits",
        "_bytes",
        "_long_runs",
        "_lower",
        "_lower_bytes",
        "_runs",
        "_shape",
        "_wide",
        "hits",
        "norm",
        "text",
    )

    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        self.text = norm.text
        # Where the optional multi-pattern engine's triggers fired (engine.py); None on the
        # pure path, where each detector runs its own searches.
        self.hits: Hits | None = None
        self._bytes: bytes | None = None
        self._wide = False
        self._lower: str | None = None
        self._lower_bytes: bytes | None = None
        self._runs: list[tuple[int, int]] | None = None
        self._long_runs: list[tuple[int, int]] | None = None
        self._shape = b""
        self._by_digits: dict[int, list[tuple[int, int]]] = {}

    @property
    def latin1(self) -> bytes:
        """One byte per character (``?`` for those beyond Latin-1): offsets stay aligned."""
        if self._bytes is None:
            try:
                self._bytes = self.text.encode("latin-1")  # a plain copy for 1-byte strings
            except UnicodeEncodeError:
                self._wide = True
                self._bytes = self.text.encode("latin-1", "replace")
        return self._bytes

    @property
    def lower(self) -> str:
        """Lower-cased text, for cheap keyword pre-filters and case-folded patterns."""
        if self._lower is None:
            raw = self.latin1
            if self._wide:
                self._lower = self.text.lower()  # beyond Latin-1: Unicode case rules
            else:
                # One table lookup per byte instead of str.lower's per-character rules.
                self._lower = raw.translate(_LOWER_LATIN1).decode("latin-1")
        return self._lower

    @property
    def lower_bytes(self) -> bytes:
        """``latin1`` lower-cased byte by byte: a C-level ``find`` of a Latin-1 word, at the
        text's offsets (a character beyond Latin-1 reads ``?``), several times faster than
        on a ``str`` that holds such characters."""
        if self._lower_bytes is None:
            self._lower_bytes = self.latin1.translate(_LOWER_LATIN1)
        return self._lower_bytes

    @property
    def lower_latin1(self) -> str | None:
        """Lower-cased text when every character is Latin-1, where lowering is per character
        (a slice of it is the slice lowered); None otherwise."""
        low = self.lower
        return None if self._wide else low

    @property
    def lower_aligned(self) -> str | None:
        """Lower-cased text when it keeps every offset (it does unless rare letters change)."""
        low = self.lower
        return low if len(low) == len(self.text) else None

    @property
    def lower_spelled(self) -> str | None:
        """Lower-cased text with every offset kept, for patterns that spell their words a
        letter at a time (``names.either_case``), never for case-insensitive ones.

        "İ" is the one character whose lower case is two; it stands in as ``\x00``, which no
        spelled word holds (and a spelled ``[iI]`` does not match "İ" either), so text with
        it is searched like any other. None only if some other character ever lowers to two.
        """
        low = self.lower_aligned
        if low is None:
            low = self.text.replace("\u0130", "\x00").lower()
            if len(low) != len(self.text):
                return None
        return low

    @property
    def runs(self) -> list[tuple[int, int]]:
        """(start, end) of every digit run, in order."""
        if self._runs is None:
            self._shape = shape = self.latin1.translate(_DIGITS_AS_ZERO)
            self._runs = list(map(_SPAN, _RUN_SHAPE.finditer(shape)))
        return self._runs

    @property
    def shape(self) -> bytes:
        """One byte per character in which every ASCII digit reads ``0``: digits are counted
        with ``shape.count(48, start, end)``, in C, instead of a substitution per candidate."""
        if self._runs is None:
            _ = self.runs
        return self._shape

    @property
    def long_runs(self) -> list[tuple[int, int]]:
        """The digit runs of 7 characters or more (phone, SSN, card and IPv4 candidates)."""
        if self._long_runs is None:
            self._long_runs = [r for r in self.runs if r[1] - r[0] >= 7]
        return self._long_runs

    def runs_with(self, digits: int, dots: int = 0) -> list[tuple[int, int]]:
        """The long runs holding at least ``digits`` digits and ``dots`` dots: the only ones
        in which a number of that shape can be found (cards need 13 digits, SSNs 9, phone
        numbers 7, a dotted quad 3 dots)."""
        key = digits * 8 + dots
        runs = self._by_digits.get(key)
        if runs is None:
            count = self.shape.count
            runs = self._by_digits[key] = [
                (start, end)
                for start, end in self.long_runs
                if count(48, start, end) >= digits and (not dots or count(46, start, end) >= dots)
            ]
        return runs

    @property
    def has_digit(self) -> bool:
        return bool(self.runs)


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying only at ``starts`` (sorted, distinct).

    The same matches whenever ``starts`` holds every position where ``pattern`` can match:
    like ``finditer``, a match hides the candidates inside it. Patterns here never match
    the empty string.

    A plain loop into a list, not a generator: most calls get no start or one, where a
    generator's frame cost more than the search.
    """
    found: list[re.Match[str]] = []
    end = 0
    match = pattern.match
    for pos in starts:
        if pos >= end and (m := match(text, pos)) is not None:
            end = m.end()
            found.append(m)
    return iter(found)


def longest_first(words: Iterable[str], blanks: bool = False) -> str:
    """The regex alternation of the literal ``words``, longest first: ``re`` takes the first
    alternative that matches, so "passwort" must come before "pass" for the whole word to
    be the cue. ``blanks``: a space in a word matches any run of blanks and tabs (a label
    as a form or a payslip aligns it)."""
    escaped = (re.escape(w) for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace(r"\ ", r"[ \t]+") for e in escaped) if blanks else "|".join(escaped)


def alternation_trie(words: Iterable[Sequence[str]]) -> str:
    """A regex alternation of ``words`` (each a sequence of regex units: a character, a
    class, an escape, each with its quantifier), with the words that share leading units
    grouped under them: ``re`` tries the alternatives of a group one by one, so a flat
    alternation of sixty words costs sixty tries at every attempt, a trie a few.

    Only for patterns whose callers ask *whether* they match (or where their matches
    start): a trie changes the order in which alternatives are tried, so a leftmost-first
    match may end elsewhere than the flat alternation's, but it matches exactly where the
    flat alternation matches.
    """
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for unit in word:
            node = node.setdefault(unit, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alternatives = [unit + emit(child) if unit else "" for unit, child in node.items()]
        if len(alternatives) == 1:
            return alternatives[0]
        return "(?:" + "|".join(alternatives) + ")"

    return emit(tree)


class BuiltinDetector:
    """Base of the built-in detectors: ``scan`` on normalized text, ``detect`` on raw text."""

    name: str = "builtin"
    entities: frozenset[str] = frozenset()

    def scan(self, ctx: ScanContext) -> list[Span]:
        """Findings in ``ctx.text`` (normalized offsets)."""
        raise NotImplementedError

    def detect(self, text: str) -> list[Span]:
        norm = normalize(text)
        found = self.scan(ScanContext(norm))
        return [Span(*norm.to_original(s.start, s.end), s.type) for s in found]


def _entry_points() -> Iterable[metadata.EntryPoint]:
    return metadata.entry_points(group=ENTRY_POINT_GROUP)


def load_plugin_detectors(
    wanted: Collection[str],
    entry_points: Callable[[], Iterable[metadata.EntryPoint]] = _entry_points,
) -> list[Detector]:
    """Import the registered detectors that report any of ``wanted`` entity types.

    Raises ``ValueError`` naming the entity types that nothing provides, so a typo in the
    configuration is an error rather than a silently unmasked type.
    """
    found: list[Detector] = []
    covered: set[str] = set()
    for ep in entry_points():
        factory = ep.load()
        # A class that states its types is not built unless it can serve one: building a
        # model-based detector loads its model, which an unrelated type must not pay for
        # (or fail on, when that model is not installed).
        declared = getattr(factory, "entities", None)
        if isinstance(declared, (frozenset, set, tuple, list)) and not set(declared) & set(wanted):
            continue
        detector = factory()
        if not isinstance(detector, Detector):
            raise TypeError(f"entry point {ep.name!r} in {ENTRY_POINT_GROUP} is not a detector")
        if set(detector.entities) & set(wanted):
            found.append(detector)
            covered |= set(detector.entities)
    missing = sorted(set(wanted) - covered)
    if missing:
        raise ValueError(
            f"no detector for entity type(s) {', '.join(missing)}; built-in types are "
            f"{', '.join(BUILTIN_ENTITIES)}, others come from the {ENTRY_POINT_GROUP!r} "
            "entry-point group"
        )
    return found


def load_named_detectors(
    names: Iterable[str],
    entry_points: Callable[[], Iterable[metadata.EntryPoint]] = _entry_points,
) -> list[Detector]:
    """The detectors a configuration names (``[redaction] detectors``), one per name.

    Unlike :func:`load_plugin_detectors`, these run beside the built-ins even for entity
    types a built-in covers: a model-based PERSON detector adds recall to the rules. Raises
    ``LookupError`` naming what is installed when a name is not registered, and
    ``ImportError`` when the plugin's own dependencies are missing.
    """
    wanted = list(dict.fromkeys(names))
    if not wanted:
        return []
    registered = {ep.name: ep for ep in entry_points()}
    found: list[Detector] = []
    for name in wanted:
        ep = registered.get(name)
        if ep is None:
            have = ", ".join(sorted(registered)) or "none"
            raise LookupError(
                f"no detector plugin named {name!r} in the {ENTRY_POINT_GROUP!r} entry-point "
                f"group (installed: {have})"
            )
        detector = ep.load()()
        if not isinstance(detector, Detector):
            raise LookupError(f"entry point {name!r} in {ENTRY_POINT_GROUP} is not a detector")
        found.append(detector)
    return found
