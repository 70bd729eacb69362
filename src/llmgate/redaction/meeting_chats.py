"""Speakers of a saved meeting chat, and the given names they are called by in it.

A Zoom ``meeting_saved_chat.txt`` heads every message with its sender and addressee
("10:02:17 From Anna Berg to Everyone:", "... to Ben Ode(Direct Message):"), in the
language of the client ("Von ... an Alle", "De ... à Tout le monde", "Da ... a Tutti",
"Van ... aan Iedereen", "De ... para Todos"), older clients as "00:05:12\\t From  Anna Berg :
text"; Webex as "from Anna Berg to everyone:    10:04 AM"; Teams and Meet copies put the
name alone on a line before or after the time ("[10:02] Anna Berg", "Berg, Anna 10:02",
"Anna Berg" / "10:02"). The sender is a person whatever the name looks like (a single given
name, "Name (Guest)", "Name | Company", "iPhone von Gesa"), and the text calls the speakers
by their given name ("thanks Anna"): without the header the name model saw a line of
capitalized words it could not place (held-out set 12: a fifth of the names left).

Read only where a header shape is present (one C-level find of " From ", " Von ", ... or a
time in brackets); every pattern is bounded, so the pass is linear.
"""

from __future__ import annotations

import re

from llmgate.redaction.names import NOT_NAMES

__all__ = [
    "NAME_PARTICLES",
    "NAME_WORD",
    "chat_passcodes",
    "chat_speakers",
    "given_name",
    "header_notes",
    "said_alone",
]

# A header's name part: up to five words, no digit, colon or line break ("Ó Súilleabháin",
# "Okonkwo-Reyes", "Vandermeulen, Griet"); checked by ``_name`` afterwards.
_PART = r"[^\W\d_][^\n:\d|()\[\]<>@]{0,60}?"
# Addressees that are no person, and the direct-message marks after a name.
_GROUPS = r"(?:Everyone|everyone|Alle|alle|Tout le monde|tout le monde|Todos|todos|Tutti|tutti|Iedereen|iedereen|Todas|Host|Hosts)"  # noqa: E501
_ZOOM = re.compile(
    r"(?m)^[ \t]*\d{1,2}:\d{2}:\d{2}[ \t]+(?:From|Von|De|Da|Van|from)[ \t]+"
    rf"(?P<a>{_PART})[ \t]*(?:\([^()\n]{{1,20}}\)[ \t]*)?(?:\|[^\n|:]{{1,60}}?)?"
    r"[ \t]+(?:to|an|à|a|aan|para)[ \t]+"
    rf"(?:{_GROUPS}|(?P<b>{_PART}))[ \t]*(?:\([^()\n]{{1,20}}\)[ \t]*)?(?:\|[^\n|:(]{{1,60}})?"
    r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:"
)
# Older Zoom: "00:05:12\t From  Anna Berg : text" (no addressee); Webex: "from Anna Berg to
# everyone:    10:04 AM" (the addressee's part is read by _ZOOM's "to" when a time leads).
_ZOOM_OLD = re.compile(rf"(?m)^\d{{1,2}}:\d{{2}}:\d{{2}}\t[ \t]*From[ \t]+(?P<a>{_PART})[ \t]+:")
_WEBEX = re.compile(
    rf"(?m)^from[ \t]+(?P<a>{_PART})[ \t]+to[ \t]+(?:{_GROUPS}|(?P<b>{_PART}))"
    r"(?:[ \t]+\(privately\))?:[ \t]+\d{1,2}:\d{2}"
)
# A name alone on a line with its time: "[10:02] Anna Berg", "Berg, Anna 10:02",
# "Anna Berg" then "10:02" on the next line (Google Meet).
_TIME = r"\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_LINE = re.compile(
    rf"(?m)^(?:\[{_TIME}\][ \t]+(?P<a>{_PART})|(?P<b>{_PART})[ \t]+{_TIME}"
    rf"|(?P<c>{_PART})\n{_TIME})[ \t]*$"
)
# Device names that Zoom shows for a phone: "iPhone von Gesa", "Galaxy S21 de Ana".
_DEVICE = re.compile(r"^(?:iPhone|iPad|Android|Galaxy)[ \t]+(?:von|de|di|van|of|da)[ \t]+")
# Words a header's name part holds that are no name: a client's own words and lines.
_NOT = frozenset(
    ["Everyone", "Me", "Moi", "Ich", "Yo", "Io", "Ik", "Eu", "Host", "Co-host", "Meeting",
     "Chat", "Meet", "Teams", "Zoom", "Webex", "Recording", "Transcript", "Agenda",
     "Lunch", "Break", "Pause", "Start", "End", "Ende", "Fin", "Fine", "Einde", "Fim"]
)  # fmt: skip
# A word of a sender's name (thread_heads.py reads its heads' names with the same words).
NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
# Lower-case words inside a name: "Soraya el Idrissi", "Joost van Haverkamp".
NAME_PARTICLES = frozenset(
    ["de", "van", "der", "den", "von", "zu", "da", "di", "del", "della", "la", "le", "du",
     "y", "e", "dos", "das", "do", "ten", "ter", "bin", "al", "el"]
)  # fmt: skip


def _name(value: str) -> bool:
    """A sender's name: one to five words, each capitalized but for particles, none a
    client's word or a word that is no name."""
    words = NAME_WORD.findall(value)
    if not words or len(words) > 5 or not words[0][0].isupper():
        return False
    return all(
        (w[0].isupper() or w in NAME_PARTICLES) and w not in _NOT and w not in NOT_NAMES
        for w in words
    )


def _spans(text: str, found: list[tuple[int, int]], m: re.Match[str], group: str) -> None:
    start, end = m.span(group)
    if start < 0:
        return
    value = text[start:end].rstrip(" \t,")
    device = _DEVICE.match(value)
    if device:
        start += device.end()
        value = value[device.end() :]
    if _name(value):
        found.append((start, start + len(value)))


def _called(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The speakers' given names (the first word, or the word after "Surname, ") wherever
    the chat says them alone: "thanks Anna", "@Anna"."""
    given = {g for g in (given_name(text[s:e]) for s, e in found) if g is not None}
    return said_alone(text, given)


def given_name(value: str) -> str | None:
    """A sender's given name: the first word of the name, or the word after "Surname, ",
    when it is capitalized and three characters or more (a trailing dot, apostrophe or
    hyphen dropped)."""
    word = value.split(",", 1)[1].strip() if "," in value else value
    first = NAME_WORD.match(word)
    if first is None or len(first.group()) < 3 or not first.group()[0].isupper():
        return None
    return first.group().rstrip(".'\u2019-")


def said_alone(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Every place ``text`` says one of ``names`` as a word of its own: one pass over the
    text for all of them (a chat of many speakers stays linear)."""
    if not names:
        return []
    words = "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
    return [m.span() for m in re.finditer(rf"(?<![\w'\u2019-])(?:{words})(?![\w'\u2019-])", text)]


def _clock(text: str) -> bool:
    """Whether a time with seconds ("10:02:17"), which every Zoom header starts with, is in
    the text: C-level finds of its colons, no regex pass over a message without one."""
    at = text.find(":")
    while at > 0:
        if (
            text[at + 3 : at + 4] == ":"
            and text[at - 1].isdigit()
            and text[at + 1 : at + 3].isdigit()
        ):
            return True
        at = text.find(":", at + 1)
    return False


def chat_speakers(text: str) -> list[tuple[int, int]]:
    """Senders and addressees of a chat's headers and their given names said alone."""
    found: list[tuple[int, int]] = []
    if _clock(text):
        for m in _ZOOM.finditer(text):
            _spans(text, found, m, "a")
            _spans(text, found, m, "b")
        if "\t" in text:
            for m in _ZOOM_OLD.finditer(text):
                _spans(text, found, m, "a")
    if (text.startswith("from ") or "\nfrom " in text) and ":" in text:
        for m in _WEBEX.finditer(text):
            _spans(text, found, m, "a")
            _spans(text, found, m, "b")
    if ":" in text and "\n" in text:
        lines: list[tuple[int, int]] = []
        for m in _LINE.finditer(text):
            for group in "abc":
                _spans(text, lines, m, group)
        said = [text[start:end] for start, end in lines]
        if len(set(said)) < len(said):  # a chat: a speaker heads two messages, which a
            found += lines  # timetable's "Standup 09:00 / Retro 16:00" does not
    if not found:
        return found
    return found + _called(text, found)


# The parts of a header that are no name: a company after "|", "(Guest)", "(Direct
# Message)", "(Messaggio diretto)": the name rules read "Brightwell" or "Messaggio" there.
_NOTE = re.compile(
    r"\|[ \t]*[^\n|:()]{1,60}?(?=[ \t]+(?:to|an|à|a|aan|para)[ \t]|\(|:)|\([^()\n]{1,30}\)"
)


def header_notes(text: str) -> list[tuple[int, int]]:
    """Company names and parenthesized marks inside a chat's header lines."""
    out: list[tuple[int, int]] = []
    for pattern in (_ZOOM, _WEBEX):
        for m in pattern.finditer(text):
            out += [n.span() for n in _NOTE.finditer(text, m.start(), m.end())]
    return out


# A meeting's passcode beside its id, in the words the clients use in seven languages:
# "Passcode: 517340", "Kenncode 660182", "code secret 730261", "senha 552906".
_PASSCODE = re.compile(
    r"(?i)(?<![\w])(?:passcode|pass code|meeting password|password|kenncode|kennwort|"
    r"code secret|code d'accès|mot de passe|código de acceso|contraseña|codice d'accesso|"
    r"codice di accesso|passcode|toegangscode|wachtwoord|senha|código de acesso)"
    r"[ \t]*(?:[:=]|is|ist|est|es|è|é)?[ \t]*(?P<v>[A-Za-z0-9][A-Za-z0-9!#$%&*+._-]{3,15})"
    r"(?![\w!#$%&*+-])"
)
_MEETING = re.compile(
    r"(?i)meeting|zoom|webex|dial-in|bridge|besprechung|réunion|reunión|riunione|vergader"
    r"|reunião|conference|webinar"
)


def chat_passcodes(text: str) -> list[tuple[int, int]]:
    """Passcodes posted beside a meeting's id (a value with a digit, 4-16 characters)."""
    if _MEETING.search(text) is None:
        return []
    out = []
    for m in _PASSCODE.finditer(text):
        value = m.group("v").rstrip("._-")
        if any(c.isdigit() for c in value) and len(value) >= 4:
            out.append((m.start("v"), m.start("v") + len(value)))
    return out
