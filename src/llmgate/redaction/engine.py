"""An optional multi-pattern pre-filter: one Hyperscan pass instead of dozens of ``re`` passes.

The pure-Python detectors look for their rare characters and keywords with one C-level
search each (``"-----BEGIN" in text``, thirteen keyword searches on the lower-cased text, a
regex whose first character is a class...). With ``hyperscan`` installed
(``pip install 'llmgate[redaction-fast]'``) the redactor compiles the *triggers* of every
detector into one database and scans each text once; a detector then runs its own
validation only where its trigger fired.

Two kinds of trigger keep the findings identical to the pure path's. A *gate* (``"://"``,
``"bearer "``) fires exactly when the pure code's own ``in`` test passes. A *position*
trigger reports a superset of the places where a detector's pattern can start (or of the
digit runs that can hold a finding); the detector then runs the same pattern only there,
with ``finditer``'s rule that a match hides the candidates inside it. The equivalence is
tested on the evaluation corpus, on hostile Unicode and on generated text.

Triggers run on one byte per character of the normalized text, so offsets stay aligned:
its Latin-1 bytes, where each character beyond Latin-1 stands in as the byte that keeps
both promises (its lower case when that is Latin-1, as the Kelvin sign lowers to ``k``; a
whitespace byte for a Unicode space; a capital for ``Ł``; otherwise a byte no trigger
holds). Text with a character whose lower case is longer than itself (``İ``) takes the pure
path, whose detectors then search unaligned text. ``LLMGATE_REDACTION_ENGINE=python``
forces the pure path; ``hyperscan`` requires the engine.

This module knows no detector: the triggers are data that each rule module's table in
``triggers.py`` declares, so the engine and the detectors import in one direction only.
"""

from __future__ import annotations

import codecs
import os
import threading
from collections import defaultdict
from functools import lru_cache
from typing import Any, NamedTuple

__all__ = [
    "ENGINE_ENV",
    "Engine",
    "Hits",
    "Trigger",
    "build_engine",
    "engine_wanted",
    "missing_engine",
]

ENGINE_ENV = "LLMGATE_REDACTION_ENGINE"


class Trigger(NamedTuple):
    """One pattern of the database: rules declare these as data (triggers.py)."""

    name: str  # what detectors ask for; several triggers may share one name
    pattern: bytes
    width: int  # bytes from start to end when fixed; 0: start reported by the engine (SOM)
    caseless: bool = False
    presence: bool = False  # only whether it occurs matters: report it once


_CAPITALS_BEYOND = "ŁŚŽČŠ"  # in the PERSON detector's capital class


@lru_cache(maxsize=4096)
def _stand_in(ch: str) -> str:
    """The byte (as a character) that stands for ``ch`` beyond Latin-1; "" when none can."""
    low = ch.lower()
    if len(low) != 1:
        return ""
    if ord(low) <= 0xFF:
        return low
    if ch.isspace():
        return "\x1c"  # a Latin-1 character that str.split() and strip() also treat as space
    if ch in _CAPITALS_BEYOND:
        return "\xde"
    return "\x00"


class _NoStandIn(Exception):
    """A character whose lower case is longer than itself: only the pure path is exact."""


def _stand_ins(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the stand-ins for a stretch of characters beyond Latin-1."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    chars = [_stand_in(ch) for ch in exc.object[exc.start : exc.end]]
    if not all(chars):
        raise _NoStandIn
    return "".join(chars), exc.end


_CODEC_ERRORS = "llmgate-redaction-stand-in"


def _engine_bytes(text: str) -> bytes | None:
    """One byte per character of ``text`` for the trigger scan; None: use the pure path."""
    try:
        return text.encode("latin-1", _CODEC_ERRORS)
    except _NoStandIn:
        return None


class Hits(dict[str, list[int]]):
    """Where each trigger fired in one text: sorted, distinct start offsets by trigger name.

    A dict, so that detectors that ask for many names can use its C-level ``get``.
    """

    __slots__ = ()

    def starts(self, name: str) -> list[int]:
        """The start offsets of ``name``'s triggers (empty when none fired)."""
        return self.get(name, [])


class Engine:
    """A compiled trigger database; ``scan`` is safe from several threads (scratch each)."""

    def __init__(self, hyperscan: Any, triggers: list[Trigger]) -> None:
        self._hs = hyperscan
        self._names = [t.name for t in triggers]
        self._widths = [t.width for t in triggers]
        flags = []
        for t in triggers:
            f = hyperscan.HS_FLAG_DOTALL
            if t.caseless:
                f |= hyperscan.HS_FLAG_CASELESS
            if t.presence:
                f |= hyperscan.HS_FLAG_SINGLEMATCH
            elif t.width == 0:
                f |= hyperscan.HS_FLAG_SOM_LEFTMOST
            flags.append(f)
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        db.compile(
            expressions=[t.pattern for t in triggers],
            ids=list(range(len(triggers))),
            elements=len(triggers),
            flags=flags,
        )
        self._db = db
        self._local = threading.local()
        codecs.register_error(_CODEC_ERRORS, _stand_ins)  # encoding at C speed, stand-ins aside

    def _scratch(self) -> Any:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = self._hs.Scratch(self._db)
        return scratch

    def hits(self, text: str) -> Hits | None:
        """Trigger hits for the normalized ``text``; None where only the pure path is exact."""
        data = _engine_bytes(text)
        return None if data is None else self.scan(data)

    def scan(self, data: bytes) -> Hits:
        """Every trigger occurrence in ``data`` (one byte per character of the text)."""
        # One list of plain ints per trigger that fired: no tuple per match for the garbage
        # collector to walk (which made a megabyte of keywords superlinear), and nothing
        # allocated for the triggers that did not fire (most of them, in most texts).
        found: defaultdict[int, list[int]] = defaultdict(list)
        widths = self._widths

        def on_match(tid: int, start: int, end: int, flags: int, context: object) -> None:
            width = widths[tid]
            found[tid].append(end - width if width else start)

        if data:
            self._db.scan(data, match_event_handler=on_match, scratch=self._scratch())
        names = self._names
        starts: dict[str, list[int]] = {}
        for tid, offsets in found.items():
            name = names[tid]
            if name in starts:
                starts[name] = sorted({*starts[name], *offsets})
            else:
                starts[name] = offsets if len(offsets) == 1 else sorted(set(offsets))
        return Hits(starts)


def _hyperscan() -> Any:
    try:
        import hyperscan
    except ImportError:
        return None
    return hyperscan


def build_engine(triggers: list[Trigger]) -> Engine | None:
    """Compile ``triggers``; ``None`` where Hyperscan is absent or refuses this CPU."""
    hs = _hyperscan()
    if hs is None:
        return None
    try:
        return Engine(hs, triggers)
    except hs.error:  # e.g. a CPU the library does not support: keep the pure path
        return None


def engine_wanted() -> bool | None:
    """What ``LLMGATE_REDACTION_ENGINE`` asks: False (pure path), True (required), None (auto)."""
    choice = os.environ.get(ENGINE_ENV, "auto").strip().lower()
    if choice in ("python", "pure", "off", "none"):
        return False
    return True if choice == "hyperscan" else None


def missing_engine() -> ImportError:
    """The error for a required engine that cannot be built."""
    return ImportError(
        f"{ENGINE_ENV}=hyperscan needs hyperscan: pip install 'llmgate[redaction-fast]'"
    )
