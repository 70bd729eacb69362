"""The trigger table: what each detector asks the multi-pattern engine to find (engine.py).

A trigger is data (a name, a byte pattern, its width and flags); the detector modules own
the words and shapes, this table turns them into triggers, and ``engine.py`` compiles the
list without knowing any detector. Imports run one way: this module -> the detectors ->
``engine.Hits``. See ``engine.py`` for the two kinds of trigger (gates and positions) and
why their findings equal the pure path's.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import llmgate.redaction.address as address
import llmgate.redaction.credentials as credentials
import llmgate.redaction.dob as dob
import llmgate.redaction.password_words as password_words
import llmgate.redaction.passwords as passwords
import llmgate.redaction.person as person
import llmgate.redaction.pin_words as pin_words
import llmgate.redaction.spoken as spoken
from llmgate.redaction.address_fields import FIELD_HINTS
from llmgate.redaction.address_intl import IT_PT_CAPS_WORDS, IT_PT_STREET_WORDS, NL_ENDINGS
from llmgate.redaction.engine import Engine, Trigger, build_engine, engine_wanted, missing_engine
from llmgate.redaction.forms import FORM_LABELS
from llmgate.redaction.given_names import GIVEN_NAMES
from llmgate.redaction.mentions import AFTER_NAME, CUES, GAPS
from llmgate.redaction.names import either_case, name_token
from llmgate.redaction.records import CARET_TRIGGER, SEGMENT_MARKS, SEGMENT_TRIGGER
from llmgate.redaction.threads import SPEAKER_NOTE, SPEAKER_STAMP, WROTE
from llmgate.redaction.vendor_keys import PREFIXES

__all__ = ["all_triggers", "load_engine"]


def _lit(name: str, text: str, caseless: bool = False, presence: bool = False) -> Trigger:
    raw = text.encode("latin-1")
    return Trigger(name, re.escape(raw), len(raw), caseless, presence)


# Python's str.split()/strip() whitespace within Latin-1, as a byte class.
_WS = r"[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0]"
_UPPER = r"[A-Z\xc0-\xd6\xd8-\xde]"
# The apostrophe U+2019 has no Latin-1 byte: it stands in as \x00 (see _stand_in).
_APOSTROPHE = r"['\x00]"


def all_triggers() -> list[Trigger]:
    """The trigger of every detector step; see the detector modules for what each guards."""
    return [
        *_secret_triggers(),
        *_password_triggers(),
        *(
            # where each occurs ("*", German for "born", is no word)
            Trigger(
                "dob:gate", (re.escape(g) if g == "*" else either_case(g)).encode("latin-1"), len(g)
            )
            for g in dob.DOB_GATES
        ),
        # a scan's letter-spaced birth word (dob.SPACED_WORDS): whether any occurs
        Trigger("dob:spaced", dob.SPACED_WORDS.encode("latin-1"), 0, caseless=True, presence=True),
        *_shape_triggers(),
        *_context_triggers(),
        # records.py: whether an HL7/X12 segment id with its separator, or a caret, occurs
        *(_lit(SEGMENT_TRIGGER, mark, presence=True) for mark in SEGMENT_MARKS),
        _lit(CARET_TRIGGER, "^", presence=True),
        *_spoken_triggers(),
    ]


def _spoken_triggers() -> list[Trigger]:
    """spoken.py: where three digit words in a row start (every spoken phone number holds
    them), and whether a century word occurs; the words in either case, the non-ASCII
    letters as classes."""
    words = "|".join(either_case(w, ascii_classes=False) for w in spoken.DIGIT_WORDS)
    run = rf"(?i:(?:{words})[ \t\n,.\-]{{1,4}}(?:{words})[ \t\n,.\-]{{1,4}}(?:{words}))"
    century = "|".join(either_case(w, ascii_classes=False) for w in spoken.CENTURY_WORDS)
    return [
        Trigger(spoken.TRIGGERS["digits"], run.encode("latin-1"), 0),
        Trigger(spoken.TRIGGERS["century"], f"(?i:{century})".encode("latin-1"), 0, presence=True),
    ]


def _password_triggers() -> list[Trigger]:
    """passwords.py: where a password word starts (rare words: a report each); whether a
    login word has a "/" after it on its line (where a login/password pair can be), once:
    "user" and "access" are common in prose, a report per occurrence cost more."""
    logins = "|".join(either_case(w) for w in password_words.LOGIN_WORDS)
    reach = passwords.PAIR_REACH
    login = f"(?:{logins})[^\\n]{{0,{reach}}}/".encode("latin-1")
    return [
        *(
            Trigger(passwords.TRIGGERS["password"], either_case(w).encode("latin-1"), len(w))
            for w in password_words.PASSWORD_WORDS
        ),
        Trigger(passwords.TRIGGERS["login"], login, 0, presence=True),
        # pins.py: where a PIN or one-time code word starts (its words: pin_words.py)
        *(
            Trigger(pin_words.TRIGGER, either_case(w).encode("latin-1"), len(w))
            for w in pin_words.CODE_WORDS
        ),
    ]


def _secret_triggers() -> list[Trigger]:
    """Vendor prefixes (where each key pattern can start), then keyword gates and names."""
    out: list[Trigger] = []
    for prefix in PREFIXES:
        if prefix == "gh":  # "gh" alone is in every "though": the pattern needs gh[pousr]_
            out.append(Trigger("secret:gh", rb"gh[pousr]_", 4))
        elif prefix == "xox":
            out.append(Trigger("secret:xox", rb"xox[abposre]-", 5))
        else:
            out.append(_lit(f"secret:{prefix}", prefix))
    out.append(_lit("secret:pem", "-----BEGIN", presence=True))
    out.append(_lit("secret:url", "://", presence=True))
    for word in ("bearer ", "basic ", "token "):
        out.append(_lit("secret:auth", word, caseless=True, presence=True))
    for stem in credentials.STEMS:
        raw = either_case(stem).encode("latin-1")
        out.append(Trigger(f"secret:stem:{stem}", raw, len(stem), caseless=True))
    return out


def _shape_triggers() -> list[Trigger]:
    """Digit and address shapes: what a digit run must hold, where IPv6 searches stop."""
    return [
        Trigger("digits:ipv4", rb"[0-9]\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]", 1),
        Trigger("digits:iban", rb"[A-Za-z]{2}[0-9]{2}", 2),
        # the country code in capitals one blank before the check digits (patterns.py)
        Trigger("digits:iban", rb"[A-Z]{2} [0-9]{2}", 2),
        Trigger("ip:v6core", rb":[0-9A-Fa-f]{0,4}:", 0),
        # EMAIL: the obfuscated-address gate ("jane (at) acme dot com").
        *(
            _lit("email:obfuscated", mark, caseless=True, presence=True)
            for mark in (
                *("at)", "at]", "at}", "at>", " dot ", " @ ", "[@", "(@"),
                *("arobase", "arroba"),  # patterns.AT_WORDS beyond "at"
            )
        ),
    ]


def _context_triggers() -> list[Trigger]:
    """PERSON cues (titles, sign-offs, labels, table columns, SQL inserts) and STREET_ADDRESS
    words."""
    title = rf"(?:{person.TITLE_WORDS})\.?[ \t]+{_UPPER}".encode("latin-1")
    particle = rf"(?:{person.TITLE_WORDS})\.?[ \t]+(?:{person.TITLE_PARTICLES})[ \t]+{_UPPER}"
    signoffs = "|".join(either_case(s) for s in person.SIGNOFFS)
    signoff = rf"(?:{signoffs})[,!.]*{_WS}*\n".encode("latin-1")
    # The label words in parts of at most 120: one pattern of them all is too large for
    # Hyperscan once the seven languages' labels are in.
    every_label = sorted({*person.LABELS, "reported"})
    label_parts = [
        "|".join(either_case(w) for w in every_label[i : i + 120])
        for i in range(0, len(every_label), 120)
    ]
    label = [rf"(?:{part})[\s\S]{{0,30}}[:=]".encode("latin-1") for part in label_parts]
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
        Trigger("person:given", re.escape(f"{name} ".encode("latin-1")), len(name) + 1)
        for name in sorted(GIVEN_NAMES)
    ]
    # "@Anna Schmidt": where an "@" meets a capital. "Anna Schmidt wrote:": where the word
    # starts.
    at = Trigger("person:at", rb"@" + _UPPER.encode("latin-1"), 2)
    wrote = [
        Trigger("person:wrote", either_case(word).encode("latin-1"), len(word)) for word in WROTE
    ]
    # A speaker's line: the newline before "Anna:" or "[10:32] Zoltan Kovacs:".
    names = rf"{token}(?: {token}){{0,2}}"
    speaker = rf"\n[ \t]*(?:{SPEAKER_STAMP})?{names}{SPEAKER_NOTE}[ \t]?:".encode("latin-1")
    return [
        Trigger("person:speaker", speaker, 0),
        at,
        *wrote,
        Trigger("person:cue", mention, 1),
        Trigger("person:cue", mention_gap, 1),
        *given,
        Trigger("person:title", title, 0),
        Trigger("person:title", particle.encode("latin-1"), 0),
        Trigger("person:signoff", signoff, 1, caseless=True),
        *(Trigger("person:label", part, 1, caseless=True) for part in label),
        Trigger("person:label", label_pair, 1, caseless=True),
        *(_lit("person:table", hint, caseless=True) for hint in person.TABLE_HINTS),
        _lit("person:sql", "insert", caseless=True, presence=True),
        # Phrases after a name (mentions.named_before): whether any occurs.
        *(_lit("person:after", phrase, caseless=True, presence=True) for phrase in AFTER_NAME),
        # Name-part labels of scanned forms (forms.py): where each starts, as written.
        *(_lit("person:form", label) for label in FORM_LABELS),
        # Address field names (address_fields.py): where each starts, in either case.
        *(
            Trigger("address:field", either_case(hint).encode("latin-1"), len(hint))
            for hint in FIELD_HINTS
        ),
        *(
            _lit("address:es", word)
            for word in (*address.ES_STREET_WORDS, *address.ES_NAMED_STREETS)
        ),
        # Italian and Portuguese street words, as written; whether a Dutch one occurs.
        *(_lit("address:it_pt", w) for w in (*IT_PT_STREET_WORDS, *IT_PT_CAPS_WORDS)),
        *(_lit("address:nl", w, caseless=True, presence=True) for w in NL_ENDINGS),
        # where a post office box word starts, as written (address.POSTAL_BOX_WORDS)
        *(_lit("address:box", word) for word in address.POSTAL_BOX_WORDS),
        Trigger("address:de_number", ending, 1, caseless=True),
        Trigger("address:de_number", am, 1),
        *(
            _lit("address:german", word, caseless=True, presence=True)
            for word in ("str", *address.DE_WORDS)
        ),
    ]


@cache
def _compiled() -> Engine | None:
    return build_engine(all_triggers())


def load_engine() -> Engine | None:
    """The engine to use now: compiled once, on first use; ``None`` for the pure path."""
    wanted = engine_wanted()
    if wanted is False:
        return None
    engine = _compiled()
    if engine is None and wanted:
        raise missing_engine()
    return engine
