"""Names where message threads and repositories put them: "@Anna Schmidt" mentions,
"Anna Schmidt wrote:" quote headers, commit trailers' neighbours, the speakers of
transcripts and chat logs ("Laura: ...", "[09:14] Zoltan Kovacs: ..."), and names a caller
spells out letter by letter ("Hoffmann, H-O-F-F-M-A-N-N").

Each has a shape of its own rather than a cue word before the name, so each has its own
pattern; the engine's triggers (engine.py) and the pure path's searches find the same
candidates, which the functions here check the same way.
"""

from __future__ import annotations

import re

from llmgate.redaction.call_roles import CALL_LABELS, CALL_ROLES, CALL_TALK
from llmgate.redaction.detectors import finditer_at
from llmgate.redaction.given_names import GIVEN_NAMES
from llmgate.redaction.names import (
    NAME2,
    NAME_TOKEN,
    NOT_NAMES,
    PARTICLE,
    cut_word,
    either_case,
    inside_word,
)

__all__ = [
    "AT_NAME",
    "SPEAKER_NOTE",
    "SPEAKER_STAMP",
    "answer_names",
    "stamped_names",
    "WROTE",
    "at_names",
    "speaker_names",
    "spelled_names",
    "writer_names",
    "wrote_candidates",
]

_WORD = re.compile(r"[^ ]+")


# "@Anna Schmidt" in a chat or a ticket: a mention of a person (an e-mail address has a
# letter before its "@").
AT_NAME = re.compile(rf"@(?P<n>{NAME2})")
# "Anna Schmidt wrote:" above a quoted message; the name is found backwards from the word.
WROTE = ("wrote", "schrieb", "a écrit", "escribió")
_WROTE = re.compile("(?:" + "|".join(either_case(w) for w in WROTE) + r")[ \t]*:")
_BEFORE = re.compile(rf"(?:{NAME_TOKEN}[ \t]+){{2,3}}\Z")
# German puts the name after the verb once the sentence starts with the date:
# "Am 3. März schrieb Anna Schmidt <anna@example.de>:".
_SCHRIEB = re.compile(
    rf"{either_case('schrieb')}[ \t]+(?P<n>{NAME2})[ \t]*(?:<[^<>\n]{{1,100}}>[ \t]*)?:"
)


def at_names(text: str, starts: list[int] | None) -> list[tuple[int, int]]:
    """Names after an "@" (``starts``: where "@" and a capital meet; None: search)."""
    out: list[tuple[int, int]] = []
    matches = AT_NAME.finditer(text) if starts is None else finditer_at(AT_NAME, text, starts)
    for m in matches:
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in "._-"):
            continue
        start, end = m.span("n")
        if cut_word(text, end):
            continue
        if any(w in NOT_NAMES for w in text[start:end].split()):
            continue
        out.append((start, end))
    return out


def wrote_candidates(lower: str) -> list[int]:
    """Where a "wrote" word may start (a superset, from the lower-cased text): pure path."""
    found: list[int] = []
    for word in WROTE:
        pos = lower.find(word)
        while pos >= 0:
            found.append(pos)
            pos = lower.find(word, pos + 1)
    return sorted(found)


def writer_names(text: str, candidates: list[int]) -> list[tuple[int, int]]:
    """The two name words (three after two given names) before "wrote:" and its kin, or
    after a German "schrieb"."""
    out: list[tuple[int, int]] = []
    for pos in candidates:
        after = _SCHRIEB.match(text, pos)
        if after is not None:
            start, end = after.span("n")
            if not any(w in NOT_NAMES for w in text[start:end].split()):
                out.append((start, end))
            continue
        if _WROTE.match(text, pos) is None:
            continue
        m = _BEFORE.search(text, max(0, pos - 80), pos)
        if m is None:
            continue
        words = list(_WORD.finditer(text, m.start(), pos))
        if len(words) == 3 and not (
            words[0].group() in GIVEN_NAMES and words[1].group() in GIVEN_NAMES
        ):
            words = words[1:]  # "Yesterday Anna Schmidt wrote:"
        if any(w.group() in NOT_NAMES for w in words):
            continue
        start = words[0].start()
        if inside_word(text, start):
            continue
        out.append((start, words[-1].end()))
    return out


# A speaker at the start of a line: "Anna: I think...", "[10:32] Zoltan Kovacs: the
# build...". The first word must be a known given name, unless a chat's bracketed time
# stamp leads a full name.
# Chat exports put a date before the time ("12/03/2026, 09:14 - Anna Schmidt:", "[12.03.26,
# 18:02:11] Anna Schmidt:", "3/14/26, 4:05 PM - Anna Schmidt:") or after it ("[08:02,
# 15/04/2026] Anna Schmidt:").
SPEAKER_STAMP = (
    r"\[?(?:[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4},?[ \t]+)?"
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
    r"(?:,[ \t]*[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4})?\]?(?:[ \t]+-)?[ \t]+"
)
# What may stand between a speaker's name and the colon: "Anna Schmidt (extern):".
SPEAKER_NOTE = r"(?:[ \t]\([^()\n:]{1,24}\))?"
_LINE_SPEAKER = (
    rf"[ \t]*(?P<t>{SPEAKER_STAMP})?"
    rf"(?P<n>{NAME_TOKEN}(?: {NAME_TOKEN}){{0,2}}){SPEAKER_NOTE}[ \t]?:(?=[ \t]|\r?\n|\Z)"
)
# Found by its newline (a literal first character lets ``re`` skip ahead in C; "\A|\n"
# would be tried at every position); the first line is matched on its own. The engine's
# trigger is the same pattern (engine.py).
_SPEAKER = re.compile("\n" + _LINE_SPEAKER)
_FIRST_SPEAKER = re.compile(_LINE_SPEAKER)
# A chat export without a colon: a date and a time, then the name between two blanks or
# more ("2026-02-11 16:40  Maud  quel est ..."). Searched on the text on both paths.
_LINE_EXPORT = (
    r"[ \t]*(?P<t>[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4},?[ \t]+"
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t]{2,})"
    rf"(?P<n>{NAME_TOKEN}(?: {NAME_TOKEN}){{0,2}})[ \t]{{2,}}(?=\S)"
)
_EXPORT = re.compile("\n" + _LINE_EXPORT)
_FIRST_EXPORT = re.compile(_LINE_EXPORT)


_COLONLESS = (_EXPORT, _FIRST_EXPORT)


def speaker_names(text: str, starts: list[int] | None) -> list[tuple[int, int]]:
    """Speakers of a transcript or a chat log (``starts``: the newlines before one, from
    the engine; None: search)."""
    first = _FIRST_SPEAKER.match(text)
    lines = [first] if first is not None else []
    later = _SPEAKER.finditer(text) if starts is None else finditer_at(_SPEAKER, text, starts)
    if "  " in text:  # the colon-less export sets its name apart by two blanks
        stamped = _FIRST_EXPORT.match(text)
        lines += [stamped] if stamped is not None else []
        lines += _EXPORT.finditer(text)
    out: list[tuple[int, int]] = []
    unknown: dict[str, list[tuple[int, int]]] = {}
    talk = False  # a role of a conversation speaks ("Interviewer:", "Agent:")
    for m in [*lines, *later]:
        start, end = m.span("n")
        label = text[start:end]
        words = label.split(" ")
        if any(w in NOT_NAMES or w in SPEAKER_ROLES for w in words):
            talk = talk or label in _CONVERSATION_ROLES
            continue
        stamp = m.group("t")
        # A bracketed stamp, or one with a dash after it (chat exports), leads a speaker; a
        # bare time leads a log line as often ("10:32:01 Worker Started:").
        # (A date, a time and two blanks, without a colon after the name, is one too.)
        chat = stamp is not None and (
            stamp[0] == "[" or stamp.rstrip()[-1] == "-" or m.re in _COLONLESS
        )
        if words[0] not in GIVEN_NAMES and not (chat and len(words) > 1):
            unknown.setdefault(label, []).append((start, end))
            continue  # "Summary: ...", "10:32:01 Worker Started: ..." (a log line)
        out.append((start, end))
    # A label that speaks on several lines of the text is a participant of a conversation
    # ("Okonkwo:", "[14:02] Brigitte :"), whatever its name; roles are excluded above.
    # Once a conversation is shown (a role of one, a known given name or such a label
    # speaks), a one-word label that speaks once is its participant too ("Moderator: ..." /
    # "Brennan: Thanks, ..."): a surname, as minutes and transcripts name speakers.
    talk = talk or bool(out) or any(len(spans) >= _TURNS for spans in unknown.values())
    for label, spans in unknown.items():
        if len(spans) >= _TURNS or (talk and " " not in label and len(label) >= _ONE_WORD):
            out.extend(spans)
    return out


_ONE_WORD = 3  # the shortest one-word label taken for a speaker without a second turn
# Roles that only a conversation has: where one speaks, the other labels are its speakers.
_CONVERSATION_ROLES = frozenset(
    ["Agent", "Agentin", "Agente", "Caller", "Customer", "Client", "Cliente", "Kunde", "Kundin",
     "Operator", "Host", "Moderator", "Interviewer", "Interviewee", "Berater", "Beraterin",
     "Conseiller", "Conseillère", "Operador", "Operadora", "Opérateur", "Opératrice",
     "Anrufer", "Anruferin", "Appelant", "Appelante", "Llamante", "Asesor", "Asesora",
     "Representative", "Rep", "Moderatorin", "Modérateur", "Moderador", "Moderadora",
     "Entrevistador", "Entrevistadora", "Intervieweur", "Medewerker", "Medewerkster",
     "Klant", "Atendente", *CALL_TALK]
)  # fmt: skip


# Speaker labels that name a role, not a person.
SPEAKER_ROLES = frozenset(
    ["Agent", "Agentin", "Agente", "Caller", "Customer", "Client", "Cliente", "Kunde", "Kundin",
     "Bot", "User", "System", "Operator", "Host", "Moderator", "Interviewer", "Interviewee",
     "Speaker", "Berater", "Beraterin", "Conseiller", "Conseillère", "Usuario", "Usuaria",
     "Note", "Notes", "Q", "A", "Re", "Subject", "Status", "Summary", "Answer", "Question",
     "Reply", "Update", "Error", "Warning", "Info", "Debug", "Todo", "Action", "Decision",
     "Result", "Output", "Input", "Step", "Example", "Response", "Request", "Date", "Time",
     "Total", "Owner", "Priority", "Type", "Name", "Title", "Description", "Comment",
     "Ticket", "Resolution", "Cause", "Impact", "Frage", "Antwort", "Hinweis", "Betreff",
     "Objet", "Réponse", "Asunto", "Respuesta", "Pregunta", "Nota", "Remarque", "Tel", "Fax",
     "Email", "Mail", "Phone", "Web", "Operador", "Operadora", "Opérateur", "Opératrice",
     "Anrufer", "Anruferin", "Mitarbeiter", "Mitarbeiterin", "Appelant", "Appelante",
     "Llamante", "Asesor", "Asesora", "Representative", "Rep", *CALL_ROLES,
     *CALL_LABELS,
     # Italian, Dutch and Portuguese roles; labels of records that repeat on every line
     "Operatore", "Operatrice", "Chiamante", "Utente", "Medewerker", "Medewerkster", "Klant",
     "Beller", "Gebruiker", "Atendente", "Utilizador", "Assistente", "Naam", "Nome",
     "Holder", "Pupil", "Student", "Schüler", "Schülerin", "Élève", "Alumno", "Alumna",
     "Aluno", "Aluna", "Alunno", "Alunna", "Leerling", "Gast", "Guest"])  # fmt: skip
_TURNS = 2  # lines a label must speak on to count as a participant without a known name


# A name spelled out letter by letter in a call: four capitals or more, apart by dashes
# ("K-O-W-A-L-S-K-I"). Found from its second letter's dash (a literal: ``re`` skips to it
# in C); the same on both paths, without a trigger.
_SPELLED = re.compile(r"-(?<=[A-ZÀ-ÖØ-Þ]-)[A-ZÀ-ÖØ-Þ](?:-[A-ZÀ-ÖØ-Þ]){2,30}(?![\w\-])")
# The word that the spelling repeats, right before it ("Hoffmann, H-O-F-F-...").
_DASHES = "-\u2013\u2014"
_SPELLED_WORD = re.compile(
    rf"(?<![\w\-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[ \t]*[,:;]|[ \t]+[{_DASHES}])?[ \t]*\Z"
)
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def spelled_names(text: str) -> list[tuple[int, int]]:
    """Names spelled out letter by letter, with the word before that they spell; a
    spelling alone needs five letters, four of them distinct, not in alphabetical order
    ("E-M-E-A" and "A-B-C-D-E" are no names)."""
    out: list[tuple[int, int]] = []
    for m in _SPELLED.finditer(text) if "-" in text else ():
        start = m.start() - 1
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue  # "XA-B-C-D" is a code, not a spelling
        letters = text[start : m.end()].replace("-", "")
        word = _SPELLED_WORD.search(text, max(0, start - 40), start)
        name = word.group().rstrip(" \t,:;" + _DASHES) if word is not None else ""
        if word is not None and name.upper() == letters:
            out.append((word.start(), word.start() + len(name)))
        elif len(letters) < 5 or len(set(letters)) < 4 or letters in _ALPHABET:
            continue
        out.append((start, m.end()))
    return out


# Slack and Teams copies put the name and the time on a line of their own above the message
# ("Dwayne Okafor  10:42 AM", "Goran Petrović 09:31").
_STAMPED_BODY = (
    rf"[ \t]*(?P<n>{NAME_TOKEN}(?: {NAME_TOKEN}){{1,2}})[ \t]{{1,4}}"
    r"[0-9]{1,2}:[0-9]{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*(?=\r?\n[ \t]*\S)"
)
_STAMPED = re.compile("\n" + _STAMPED_BODY)
_TIME_AT_END = re.compile(r":[0-9]{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*\r?\n")
_FIRST_STAMPED = re.compile(_STAMPED_BODY)


def stamped_names(text: str) -> list[tuple[int, int]]:
    """Names above a message with its time. The first word must be a known given name,
    unless two such lines or more, each with a message under it, make a conversation (an
    agenda's "Daily Standup 09:30" lines follow one another)."""
    if _TIME_AT_END.search(text) is None:
        return []  # no time ends a line: a cheap search that starts with a literal ":"
    first = _FIRST_STAMPED.match(text)
    lines = [*([first] if first is not None else []), *_STAMPED.finditer(text)]
    if not lines:
        return []
    starts = {m.start() for m in lines}
    ends = {m.end() for m in lines} | {m.end() + 1 for m in lines}
    kept: list[tuple[int, int]] = []
    unknown: list[tuple[int, int]] = []
    for m in lines:
        end = m.end()
        if end in starts or end + 1 in starts or m.start() in ends:
            continue  # a run of such lines: a schedule, not a conversation
        start, stop = m.span("n")
        words = text[start:stop].split(" ")
        if any(w in NOT_NAMES or w in SPEAKER_ROLES for w in words):
            continue
        (kept if words[0] in GIVEN_NAMES else unknown).append((start, stop))
    return kept + (unknown if len(kept) + len(unknown) >= _TURNS else [])


# A question for the caller's name, and the answer on the next line: "Agent: Who am I
# speaking with?" / "Caller: Thaddeus Okonkwo." (lower case, as the text is searched).
NAME_QUESTIONS = (
    "who am i speaking with", "who am i speaking to", "who is calling", "who's calling",
    "your name", "your full name", "your surname", "your last name", "your first name",
    "ihr name", "ihren namen", "ihr nachname", "ihren nachnamen", "wie heißen sie",
    "wer spricht", "votre nom", "votre prénom", "vous appelez", "de la part de qui",
    "su nombre", "su apellido", "sus apellidos", "cómo se llama", "con quién hablo",
)  # fmt: skip
_ANSWER = re.compile(
    rf"\r?\n[ \t]*(?:{NAME_TOKEN}[ \t]?:[ \t]*)?"
    r"(?:(?:Yes|Sure|Ja|Oui|Sí|Si|Claro)[,.]?[ \t]+)?"
    r"(?:(?:[Ii]t's|[Ii]t is|[Tt]his is|[Ee]s|[Ss]oy|[Cc]'est|[Jj]e suis|[Ii]ch bin"
    r"|[Mm]ein Name ist|[Mm]e llamo)[ \t]+)?"
    rf"(?P<n>{NAME_TOKEN}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_TOKEN}){{0,3}})"
    r"(?=[ \t]*(?:[.,!;]|\r?\n|\Z))"
)
_NOT_ANSWERS = frozenset(
    ["Yes", "No", "Sure", "Okay", "Ok", "Ja", "Nein", "Oui", "Non", "Sí", "Si", "Claro",
     "Vale", "Hello", "Hi", "Hallo", "Bonjour", "Hola", "Sorry", "Pardon", "Perdón", "Moment",
     "Certainly", "Right", "Well", "Genau", "Bien", "Bueno", "Pues", "Thanks", "Danke",
     "Merci", "Gracias", "Of", "Why", "What", "Wie", "Quoi", "Qué", "It", "That", "This"]
)  # fmt: skip


def answer_names(text: str, lower: str | None) -> list[tuple[int, int]]:
    """The name a caller gives on the line after a question for it (the question ends its
    line). ``lower``: the lower-cased text with the text's offsets (None: nothing is
    searched)."""
    out: list[tuple[int, int]] = []
    if lower is None or "?" not in text:
        return out
    for end in _QUESTION_END.finditer(text):
        newline = end.end() - 1
        line = lower[lower.rfind("\n", 0, end.start()) + 1 : end.start()]
        if not any(map(line.__contains__, NAME_QUESTIONS)):
            continue
        m = _ANSWER.match(text, newline - (text[newline - 1] == "\r"))
        if m is not None:
            start, stop = m.span("n")
            words = text[start:stop].split()
            if not any(w in NOT_NAMES or w in _NOT_ANSWERS for w in words):
                out.append((start, stop))
    return out


# A question mark that ends its line (a literal first character: ``re`` skips ahead in C).
_QUESTION_END = re.compile(r"\?[ \t]*\r?\n")
