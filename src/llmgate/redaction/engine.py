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
"""

from __future__ import annotations

import codecs
import os
import re
import threading
from collections import defaultdict
from functools import cache, lru_cache
from typing import Any, NamedTuple

from llmgate.redaction.names import either_case, name_token

__all__ = ["ENGINE_ENV", "Engine", "Hits", "load_engine"]

ENGINE_ENV = "LLMGATE_REDACTION_ENGINE"


class _Trigger(NamedTuple):
    name: str  # what detectors ask for; several triggers may share one name
    pattern: bytes
    width: int  # bytes from start to end when fixed; 0: start reported by the engine (SOM)
    caseless: bool = False
    presence: bool = False  # only whether it occurs matters: report it once


def _lit(name: str, text: str, caseless: bool = False, presence: bool = False) -> _Trigger:
    raw = text.encode("latin-1")
    return _Trigger(name, re.escape(raw), len(raw), caseless, presence)


# Python's str.split()/strip() whitespace within Latin-1, as a byte class.
_WS = r"[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0]"
_UPPER = r"[A-Z\xc0-\xd6\xd8-\xde]"
# The apostrophe U+2019 has no Latin-1 byte: it stands in as \x00 (see _stand_in).
_APOSTROPHE = r"['\x00]"


def _triggers() -> list[_Trigger]:
    """The trigger of every detector step; see the detector modules for what each guards."""
    from llmgate.redaction import address, credentials, dob, passwords, person

    return [
        *_secret_triggers(credentials),
        *_password_triggers(passwords),
        *(
            # where each occurs ("*", German for "born", is no word)
            _Trigger(
                "dob:gate", (re.escape(g) if g == "*" else either_case(g)).encode("latin-1"), len(g)
            )
            for g in dob.DOB_GATES
        ),
        *_shape_triggers(),
        *_context_triggers(person, address),
    ]


def _password_triggers(passwords: Any) -> list[_Trigger]:
    """passwords.py: where a password word starts (rare words: a report each); whether a
    login word has a "/" after it on its line (where a login/password pair can be), once:
    "user" and "access" are common in prose, a report per occurrence cost more."""
    logins = "|".join(either_case(w) for w in passwords.LOGIN_WORDS)
    reach = passwords.PAIR_REACH
    login = f"(?:{logins})[^\\n]{{0,{reach}}}/".encode("latin-1")
    return [
        *(
            _Trigger(passwords.TRIGGERS["password"], either_case(w).encode("latin-1"), len(w))
            for w in passwords.PASSWORD_WORDS
        ),
        _Trigger(passwords.TRIGGERS["login"], login, 0, presence=True),
    ]


def _secret_triggers(credentials: Any) -> list[_Trigger]:
    """Vendor prefixes (where each key pattern can start), then keyword gates and names."""
    out: list[_Trigger] = []
    for prefix in credentials.PREFIXES:
        if prefix == "gh":  # "gh" alone is in every "though": the pattern needs gh[pousr]_
            out.append(_Trigger("secret:gh", rb"gh[pousr]_", 4))
        elif prefix == "xox":
            out.append(_Trigger("secret:xox", rb"xox[abposre]-", 5))
        else:
            out.append(_lit(f"secret:{prefix}", prefix))
    out.append(_lit("secret:pem", "-----BEGIN", presence=True))
    out.append(_lit("secret:url", "://", presence=True))
    for word in ("bearer ", "basic ", "token "):
        out.append(_lit("secret:auth", word, caseless=True, presence=True))
    for stem in credentials.STEMS:
        raw = either_case(stem).encode("latin-1")
        out.append(_Trigger(f"secret:stem:{stem}", raw, len(stem), caseless=True))
    return out


def _shape_triggers() -> list[_Trigger]:
    """Digit and address shapes: what a digit run must hold, where IPv6 searches stop."""
    return [
        _Trigger("digits:ipv4", rb"[0-9]\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]", 1),
        _Trigger("digits:iban", rb"[A-Za-z]{2}[0-9]{2}", 2),
        _Trigger("ip:v6core", rb":[0-9A-Fa-f]{0,4}:", 0),
        # EMAIL: the obfuscated-address gate ("jane (at) acme dot com").
        *(
            _lit("email:obfuscated", mark, caseless=True, presence=True)
            for mark in ("at)", "at]", "at}", "at>", " dot ", " @ ")
        ),
    ]


def _context_triggers(person: Any, address: Any) -> list[_Trigger]:
    """PERSON cues (titles, sign-offs, labels, table columns, SQL inserts) and STREET_ADDRESS
    words."""
    from llmgate.redaction.given_names import GIVEN_NAMES
    from llmgate.redaction.mentions import CUES, GAPS
    from llmgate.redaction.threads import SPEAKER_STAMP, WROTE

    title = rf"(?:{person.TITLE_WORDS})\.?[ \t]+{_UPPER}".encode("latin-1")
    signoffs = "|".join(either_case(s) for s in person.SIGNOFFS)
    signoff = rf"(?:{signoffs})[,!.]*{_WS}*\n".encode("latin-1")
    labels = "|".join(either_case(w) for w in sorted({*person.LABELS, "reported"}))
    label = rf"(?:{labels})[\s\S]{{0,30}}[:=]".encode("latin-1")
    # Two-word labels ("Assigned to:") whole: their first words alone ("assigned",
    # "approved", "written") are common enough in prose to double the scan.
    pairs = "|".join(
        r"[\s_.]+".join(either_case(word) for word in pair.split()) for pair in person.LABEL_PAIRS
    )
    # Only what _label_before strips may stand between the pair and its colon.
    label_pair = rf"(?:{pairs})[\s\"'{{,\[]*[:=]".encode("latin-1")
    endings = "|".join(either_case(e) for e in sorted(address.DE_ENDINGS))
    ending = rf"(?:{endings})[ \t][0-9]".encode("latin-1")
    lower = r"[a-z\xdf-\xf6\xf8-\xff\x00]"  # the PERSON lower-case class; \x00 for "ł"
    token = name_token(_UPPER, lower)
    am = rf"(?:{'|'.join(address.DE_AM)})[ \t]+{token}[ \t]+[0-9]".encode("latin-1")

    # The capital after a cue of mentions.py: patterns that report where they end, with no
    # start-of-match tracking. The punctuation a sign-off or a title may end with gets a
    # pattern of its own: an optional character after the words made the scan twice as
    # slow as both patterns together.
    def words(cues: Any) -> str:
        spelled = (either_case(c, apostrophe=_APOSTROPHE, ascii_classes=False) for c in cues)
        return "(?i:" + "|".join(spelled) + ")"

    every = [cue for cues in CUES.values() for cue in cues]
    gapped = [cue for family in GAPS for cue in CUES[family]]
    mention = rf"{words(every)}[ \t]+{_UPPER}".encode("latin-1")
    mention_gap = rf"{words(gapped)}[,!.][ \t]+{_UPPER}".encode("latin-1")
    # A given name of the list and a space: where a full name can start.
    given = [
        _Trigger("person:given", re.escape(f"{name} ".encode("latin-1")), len(name) + 1)
        for name in sorted(GIVEN_NAMES)
    ]
    # "@Anna Schmidt": where an "@" meets a capital. "Anna Schmidt wrote:": where the word
    # starts.
    at = _Trigger("person:at", rb"@" + _UPPER.encode("latin-1"), 2)
    wrote = [
        _Trigger("person:wrote", either_case(word).encode("latin-1"), len(word)) for word in WROTE
    ]
    # A speaker's line: the newline before "Anna:" or "[10:32] Zoltan Kovacs:".
    names = rf"{token}(?: {token}){{0,2}}"
    speaker = rf"\n[ \t]*(?:{SPEAKER_STAMP})?{names}[ \t]?:".encode("latin-1")
    return [
        _Trigger("person:speaker", speaker, 0),
        at,
        *wrote,
        _Trigger("person:cue", mention, 1),
        _Trigger("person:cue", mention_gap, 1),
        *given,
        _Trigger("person:title", title, 0),
        _Trigger("person:signoff", signoff, 1, caseless=True),
        _Trigger("person:label", label, 1, caseless=True),
        _Trigger("person:label", label_pair, 1, caseless=True),
        *(_lit("person:table", hint, caseless=True) for hint in person.TABLE_HINTS),
        _lit("person:sql", "insert", caseless=True, presence=True),
        *(
            _lit("address:es", word)
            for word in (*address.ES_STREET_WORDS, *address.ES_NAMED_STREETS)
        ),
        _Trigger("address:de_number", ending, 1, caseless=True),
        _Trigger("address:de_number", am, 1),
        *(
            _lit("address:german", word, caseless=True, presence=True)
            for word in ("str", *address.DE_WORDS)
        ),
    ]


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

    def __init__(self, hyperscan: Any, triggers: list[_Trigger]) -> None:
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


@cache
def _compiled() -> Engine | None:
    hs = _hyperscan()
    if hs is None:
        return None
    try:
        return Engine(hs, _triggers())
    except hs.error:  # e.g. a CPU the library does not support: keep the pure path
        return None


def load_engine() -> Engine | None:
    """The engine to use now: compiled once, on first use; ``None`` for the pure path."""
    choice = os.environ.get(ENGINE_ENV, "auto").strip().lower()
    if choice in ("python", "pure", "off", "none"):
        return None
    engine = _compiled()
    if engine is None and choice == "hyperscan":
        raise ImportError(
            f"{ENGINE_ENV}=hyperscan needs hyperscan: pip install 'llmgate[redaction-fast]'"
        )
    return engine
