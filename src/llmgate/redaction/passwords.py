"""Passwords that people write in prose and chat, not in configuration files.

"The password for the VPN is Gr33n-Apple!77", "Zugang: jschmidt / Hund&Katze77", a chat
answer "Tom: Kaffee#Tasse42" right after "can you send me the wifi password?": no name is
*assigned* a value here, so ``credentials._assigned`` cannot see them. The words, the
separators and the login words are tables per language; one rule decides what a value must
look like (``looks_like_password``), shared with the assignment rules so that "the password
is incorrect" is prose in both places.

Everything runs where a password word occurs in the lower-cased text (C-level finds), with
or without the multi-pattern engine, so both paths find the same.
"""

from __future__ import annotations

import re

from llmgate.redaction.anti_forgery import anti_forgery_name
from llmgate.redaction.detectors import ScanContext, Span, finditer_at, longest_first
from llmgate.redaction.dictated import dictated_passwords
from llmgate.redaction.pass_lines import pass_lines
from llmgate.redaction.password_values import (
    answer_like,
    cut_at_spaced_pair,
    looks_like_password,
    lookup_key,
    strong,
    token_ok,
    trim_value,
    wifi_key,
)
from llmgate.redaction.password_words import (
    ADJECTIVES,
    ANSWER_LEADS,
    ARTICLES,
    CONNECTORS,
    FOR_NOWS,
    KEY_WORDS,
    LEADS,
    LOGIN_WORDS,
    PASSWORD_WORDS,
    REQUESTS,
    TOKEN_WORDS,
    VERBS,
    WIFI_KEY_WORDS,
)

__all__ = ["PAIR_REACH", "TRIGGERS", "prose_passwords"]

_LEAD = longest_first(LEADS)
_ANSWER_LEAD = longest_first(ANSWER_LEADS)
_FOR_NOW = "|".join(re.escape(w) for w in FOR_NOWS)

_WORDS = longest_first(PASSWORD_WORDS)
_SEP = (
    # "password (now X)": a bracket before a word of LEADS
    r"[ \t]*(?:[:=]|\u2192|->|=>|\s[\-\u2013]\s"
    r"|[ \t]\((?=(?:now|jetzt|nun|neu|maintenant|désormais|ahora|currently)[ \t:])|\s(?:"
    + longest_first(VERBS)
    + r")(?!\w):?)(?:\*\*?(?=[ \t]))?[ \t]*"
    rf"(?:(?:{_LEAD})(?![\w'\u2019])[ \t,:]*){{0,2}}"
)
# A value: a quoted string or a run of non-blank characters.
# (A token may be long; a password's value is cut at ``_LONGEST``, as it always was.)
_VALUE = r"(?:\"(?P<dq>[^\"\n]{4,64})\"|'(?P<sq>[^'\n]{4,64})'|(?P<bare>[^\s\"'`]{4,512}))"
_LONGEST = 80
# "password for the staging box is X": up to 40 characters of the same sentence between the
# word and its separator (a dot or an apostrophe only inside a word: a host, "d'accès").
# No markup: "Password</td><td><input name=" is a page's label, not a sentence.
_FILLER = r"(?:[^\n.?!:=\"'`<>]|\.(?=\S)|(?<=\w)['\u2019](?=\w)){0,40}?"
_PROSE = re.compile(rf"(?:{_WORDS})(?![\w\-]){_FILLER}{_SEP}{_VALUE}")
# "<login> ... : user / password" and "Login: user / PW: password".
_LOGINS = longest_first(LOGIN_WORDS)
# Everything up to the first "/" of the line is one run (no backtracking); the user name
# must end it (``_USER_BEFORE``).
# (Only where a slash of the text has a blank beside it: see ``prose_passwords``.)
_PAIR = re.compile(
    rf"(?:{_LOGINS})s?(?![\w\-])(?:[ \t]{{0,8}}/[ \t]*(?:{_WORDS}))?(?P<pre>[^\n/]{{1,130}})/"
    rf"[ \t]*(?:(?:{_WORDS}|pass)(?![\w\-])[ \t]*[:=]?[ \t]*)?{_VALUE}"
)
_USER_BEFORE = re.compile(r"[^\s:=][ \t]{0,8}\Z")
# A chat line that asks for a password, then a speaker's answer of one token.
# A question mark, or a short request without one on its line ("need the wifi pw pls",
# "schick mir bitte das Passwort"), not a sentence that gives the password.
_REQUEST = "|".join(re.escape(w) for w in REQUESTS)
_VERB = "|".join(re.escape(v) for v in VERBS)
_ASK = re.compile(
    rf"(?:{_WORDS})(?![\w\-])(?:[^\n:=]*\?"
    rf"|(?:(?![ \t](?:{_VERB})(?![\w'\u2019]))[^\n:=?.!]){{0,40}}?(?<![\w])(?:{_REQUEST})(?![\w])"
    rf"[^\n:=?]{{0,40}}(?=\r?\n))"
)
_REQUEST_BEFORE = re.compile(rf"(?<![\w])(?:{_REQUEST})(?![\w])[^\n:=?.!]{{0,40}}\Z")
# The rest of a request's line: no value in it ("... the temporary password is X").
_REST_OF_LINE = re.compile(
    rf"(?:{_WORDS})(?![\w\-])(?:(?![ \t](?:{_VERB})(?![\w'\u2019]))[^\n:=?]){{0,40}}(?=\r?\n)"
)
# A speaker before the answer, as chat exports write one: "Tom:", "[09:14] Tom:",
# "18.04.25, 09:38 - Tom:" (WhatsApp), "2025-10-12 09:38  Tom  X" (a stamp, then the name
# between two blanks or more), "Tom Lee  10:52" + newline + "X" (Slack: the name and the
# time on a line of their own; Discord's "Tom — 10:52"), "14:05 Tom:", "Tom (14:05):",
# "<tom>" (IRC), "Tom Lee, [03.11.24 10:17]" + newline + "X" (Telegram's export), "[9:15 PM] Tom
# Lee" + newline + "X" (Teams), "Tom Lee [9:15 AM]: X".
_TIME = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AaPp][Mm])?"
_DAY_TIME = rf"[0-9][0-9./\-]{{5,9}},?[ \t]+{_TIME}[ \t]*(?:[\-\u2013][ \t]*)?"
_SPEAKER = (
    rf"(?:(?:\[[^\]\n]{{1,24}}\][ \t]*|{_DAY_TIME}|{_TIME}[ \t]+)?[^\s:\[][^:\n]{{0,40}}?[ \t]?:"
    rf"|{_DAY_TIME}[^\s:\[0-9][^:\n]{{0,30}}?[ \t]{{2,}}"
    rf"|[^\s:\[0-9<][^:\n<]{{0,30}}?(?:[ \t]{{2,}}|[ \t]+[\u2014\u2013\-][ \t]+){_TIME}[ \t]*\r?\n"
    rf"|[^\s:\[0-9<][^:\n(<]{{0,30}}?[ \t]*\({_TIME}\)[ \t]*:?|<[^>\n]{{1,30}}>"
    rf"|[^\s:\[0-9<][^:\n\[<]{{0,40}}?,[ \t]*\[[0-9][0-9./\-]{{5,9}},?[ \t]+{_TIME}\][ \t]*\r?\n"
    rf"|\[{_TIME}\][ \t]+[^\s:\[0-9<][^:\n\[<]{{0,40}}?[ \t]*\r?\n"
    rf"|[^\s:\[0-9<][^:\n\[<]{{0,40}}?[ \t]*\[{_TIME}\][ \t]*:)"
)
_ANSWER = re.compile(
    rf"\n[ \t]*{_SPEAKER}[ \t]*"
    rf"(?:(?i:{_ANSWER_LEAD})(?![\w'\u2019])[ \t,:!.]*){{0,2}}"
    # "jdoe / X": a login pair as the answer; the value in quotes or backticks
    r"(?:[^\s/]{1,40}[ \t]+/[ \t]+)?[\"'`\u201c]?"
    # The token ends the line, or a remark follows it ("X — don't share it", "X (new)",
    # "X for now").
    r"(?P<bare>[^\s\"'`\u201d]{6,64})[\"'`\u201d]?[ \t]*(?=\r?\n|\Z|[\u2014\u2013(]|-[ \t]|,[ \t]"
    rf"|(?i:{_FOR_NOW})(?![\w]))"
)
# "log in with password Gr33n!Apple", "mit dem Passwort Hund#Katze7": the value right after
# the word (or after "new", "temporary"...), held to the stricter shape of a chat answer.
_DIRECT = re.compile(
    rf"(?:{_WORDS})(?![\w\-])[ \t]+(?:(?:{'|'.join(ADJECTIVES)})[ \t]+)?"
    r"[(\"'\u201c\u00ab]?(?P<bare>[^\s\"'`\u201d\u00bb]{6,80})"
)
# "use Gr33n!Apple as the password", "Hund#Katze7 ist das neue Passwort": the value before
# a connector, an article or two, and the word (matched on the text before the word).
_VALUE_BEFORE = re.compile(
    r"(?<![^\s(\"'`])(?P<bare>[^\s\"'`]{6,64})[ \t]+"
    rf"(?:{'|'.join(CONNECTORS)})[ \t]+(?:(?:{'|'.join(ARTICLES)})[ \t]+){{0,2}}\Z"
)
# "la contraseña que me diste, Luna#Llena5, no funciona": the value set off by commas (or
# a bracket) after a clause about the password, held to the stricter shape (``strong``).
_APPOSITION = re.compile(
    rf"(?:{_WORDS})(?![\w\-])[^\n.?!:=,;\"'`()]{{0,40}}[,(][ \t]*"
    r"(?P<bare>[^\s\"'`,;()]{6,64})[ \t]*(?=[,;)]|\r?\n|\Z)"
)
_BEFORE_REACH = 100  # characters before a password word that such a value can start
_ANSWER_LINES = 3  # how many lines after the question an answer may come


def _value_span(m: re.Match[str]) -> tuple[int, int] | None:
    for group in ("dq", "sq", "bare"):
        if m.group(group) is not None:
            start, end = m.span(group)
            if group == "bare":
                value = trim_value(m.group(group))
                end = start + len(cut_at_spaced_pair(m.string, start, value))
            return start, end
    return None


def _by_prefix(words: tuple[str, ...], prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each prefix with the words that start with it (every word has one)."""
    out = {p: tuple(w for w in words if w.startswith(p)) for p in prefixes}
    if {w for group in out.values() for w in group} != set(words):
        raise ValueError("a word without its prefix")
    return out


# The pure path searches the text for a few prefixes (fewer passes than one per word) and
# checks the words only where one occurs.
_PREFIXES = {
    PASSWORD_WORDS: _by_prefix(
        PASSWORD_WORDS,
        ("pass", "pw", "kenn", "mot de", "mdp", "contras", "clave", "code d", "access c",
         "zugangsc", "código de a", "codigo de a", "token", "jeton", "apikey", "clé", "key",
         "schl", "parola", "codice", "wachtw", "toegangsc", "senha", "palavra", "ww", "einmal",
         "initialp", "startp", "pre", "network k", "wpa", "wifi", "wi-fi", "wlan", "wireless k",
         "netzwerk", "chiave", "netwerk", "chave", "code w", "code du w", "código w",
         "código d"),
    ),
    LOGIN_WORDS: _by_prefix(
        LOGIN_WORDS,
        ("login", "user", "benutzer", "zugang", "identifiant", "utilisateur", "acc", "usuario",
         "konto", "credentials", "anmeldung", "connexion", "creds", "compte", "cuenta",
         "utente", "nome ", "gebruiker", "toegang", "utilizador", "usuá", "aces", "conta",
         "credenzial", "inlog", "credencia"),
    ),
}  # fmt: skip
# The engine's triggers (engine.py): where a password word starts (rare words, so a report
# each); a login word with a "/" at most PAIR_REACH characters after it on its line (every
# _PAIR match has one), reported once: "user" and "access" are common in prose.
TRIGGERS = {"password": "secret:password_word", "login": "secret:login_pair"}
PAIR_REACH = 250


def _word_starts(low: str, positions: list[int]) -> list[int]:
    """The ``positions`` (sorted) where a word starts: no letter, digit or "_" before, nor
    a symbol that joins it to a password's other characters ("S3cr3t!pw@db", "-pArch1ve!Pw");
    markdown's bold ("**Wachtwoord**: X") is no such symbol."""
    return [
        i
        for i in positions
        if i == 0
        or not (low[i - 1].isalnum() or low[i - 1] in _INSIDE_A_TOKEN)
        or low[i - 2 : i] == "**"
    ]


_INSIDE_A_TOKEN = frozenset("_!#$%&*+@^~")


def _occurrences(ctx: ScanContext, low: str, words: tuple[str, ...]) -> list[int]:
    """Sorted offsets where any of ``words`` starts as a word of ``low``."""
    hits = ctx.hits
    if hits is not None:
        if words is PASSWORD_WORDS:
            return _word_starts(low, hits.starts(TRIGGERS["password"]))
        if TRIGGERS["login"] not in hits:
            return []
    starts: list[int] = []
    find = low.find
    startswith = low.startswith
    for prefix, group in _PREFIXES[words].items():
        i = find(prefix)
        while i >= 0:
            if startswith(group, i):
                starts.append(i)
            i = find(prefix, i + 1)
    return _word_starts(low, sorted(set(starts)))


def prose_passwords(ctx: ScanContext) -> list[Span]:
    """Passwords after a password word, in a login/password pair, or answering a question."""
    low = ctx.lower_spelled
    if low is None:
        return []
    text = ctx.text
    out: list[Span] = []
    words = _occurrences(ctx, low, PASSWORD_WORDS)
    for m in finditer_at(_PROSE, low, words):
        span = _value_span(m)
        if span is None:
            continue
        kind = _kind(low, m.start())
        if kind == "key" and lookup_key(low, m.start()):
            continue
        if kind == "token" and anti_forgery_name(low, m.start()):
            continue  # "X-CSRF-Token: ..." (anti_forgery)
        if kind == "password" and span[1] - span[0] > _LONGEST:
            span = (span[0], span[0] + _LONGEST)
        if _value_ok(kind, text[span[0] : span[1]]):
            out.append(Span(*span, "SECRET"))
    # A login pair's slash stands between blanks ("jschmidt / Hund&Katze77"); a path's or
    # a date's does not. A test on the text, so both paths apply it alike.
    spaced = "/" in text and (" /" in text or "/ " in text)
    logins = _occurrences(ctx, low, LOGIN_WORDS) if spaced else []
    for m in finditer_at(_PAIR, low, logins):
        if not _USER_BEFORE.search(m.group("pre")):
            continue
        span = _value_span(m)
        if span is not None and looks_like_password(text[span[0] : span[1]], prose=True):
            out.append(Span(*span, "SECRET"))
    # A token or a key is named with a separator or a verb ("the token is X"), or a key
    # right before its value; the chat and the value-before rules are the password's.
    named = [pos for pos in words if _kind(low, pos) == "password"] if words else words
    if "\n" in low:
        out.extend(_answers(text, low, named))
    out.extend(_answered_on_the_line(text, low, named))
    if "pass" in low and "\n" in low:
        out.extend(pass_lines(text, low))
    out.extend(_around(text, low, named))
    out.extend(dictated_passwords(low, named))
    if len(named) < len(words):
        out.extend(_key_before_value(text, low, [p for p in words if _kind(low, p) == "key"]))
    return out


def _kind(low: str, pos: int) -> str:
    """Which table the word at ``pos`` is from: "key", "token" or "password"."""
    if low.startswith(WIFI_KEY_WORDS, pos) or wifi_key(low, pos):
        return "password"  # "clé wi-fi", "WLAN X mit Schlüssel Y": a network's password
    if low.startswith(KEY_WORDS, pos):
        return "key"
    return "token" if low.startswith(TOKEN_WORDS, pos) else "password"


def _value_ok(kind: str, value: str) -> bool:
    """A value after a word of ``kind`` (see ``_kind``)."""
    if kind == "password":
        return looks_like_password(value, prose=True)
    if kind == "token":
        return token_ok(value)
    return len(value) >= 16 and token_ok(value) and not value.isalpha()


def _key_before_value(text: str, low: str, keys: list[int]) -> list[Span]:
    """A long random value right after a bare "key" ("pasted the prod key 90b9f...")."""
    out: list[Span] = []
    for pos in keys:
        m = _DIRECT.match(low, pos)
        if m is not None:
            start = m.start("bare")
            end = start + len(trim_value(m.group("bare")))
            if _value_ok("key", text[start:end]):
                out.append(Span(start, end, "SECRET"))
    return out


# A heading's bracketed note and the next heading ("Password [Required],Org Unit Path":
# Google Workspace's upload CSV): no value follows the word there.
_HEADING_NOTE = re.compile(r"[\[(][^\W\d_]+(?: [^\W\d_]+){0,3}[\])][,;\t]")


def _around(text: str, low: str, words: list[int]) -> list[Span]:
    """A value right after a password word, set off by commas after it, or before "as
    (the) password"."""
    out: list[Span] = []
    for pos in words:
        m = _DIRECT.match(low, pos)
        if m is not None:
            start = m.start("bare")
            end = start + len(trim_value(m.group("bare")))
            if strong(text[start:end]) and not _HEADING_NOTE.match(text, start):
                out.append(Span(start, end, "SECRET"))
        m = _APPOSITION.match(low, pos)
        if m is not None:
            start = m.start("bare")
            end = start + len(trim_value(m.group("bare")))
            if strong(text[start:end]):
                out.append(Span(start, end, "SECRET"))
        line = low.rfind("\n", 0, pos) + 1
        m = _VALUE_BEFORE.search(low, max(line, pos - _BEFORE_REACH), pos)
        if m is not None:
            start = m.start("bare")
            end = start + len(trim_value(m.group("bare")))
            if strong(text[start:end]):
                out.append(Span(start, end, "SECRET"))
    return out


# The answer on the question's own line: "Le mot de passe du wifi ? c'est Maison#2023",
# "My password? Sure, it's X" (an answer word is required: "password? X" is a list).
_SAME_LINE = re.compile(
    rf"(?:{_WORDS})(?![\w\-])[^\n:=?]{{0,60}}\?[ \t\"'\u00bb\u201d]*(?:[\-\u2013\u2014][ \t]*)?"
    rf"(?:(?:{_ANSWER_LEAD})(?![\w'\u2019])[ \t,:!.]*){{1,2}}(?P<bare>[^\s\"'`]{{6,64}})"
)


def _answered_on_the_line(text: str, low: str, words: list[int]) -> list[Span]:
    """A password given after the question mark on the question's own line."""
    out: list[Span] = []
    for pos in words:
        m = _SAME_LINE.match(low, pos)
        if m is not None:
            start = m.start("bare")
            end = start + len(trim_value(m.group("bare")))
            if answer_like(text[start:end]):
                out.append(Span(start, end, "SECRET"))
    return out


def _answers(text: str, low: str, words: list[int]) -> list[Span]:
    """A speaker's one-token answer on one of the lines after a question about a password."""
    out: list[Span] = []
    done = -1
    for pos in words:
        if pos < done:
            continue
        ask = _ASK.match(low, pos)
        if ask is None:  # "send me the wifi pw": the request before the word
            line = low.rfind("\n", 0, pos) + 1
            if _REQUEST_BEFORE.search(low, max(line, pos - 60), pos) is None:
                continue
            ask = _REST_OF_LINE.match(low, pos)
            if ask is None:
                continue
        newline = done = low.find("\n", ask.end())
        for _ in range(_ANSWER_LINES):
            if newline < 0:
                break
            answer = _ANSWER.match(text, newline)
            if answer is not None and answer_like(answer.group("bare")):
                out.append(Span(*answer.span("bare"), "SECRET"))
                break
            newline = low.find("\n", newline + 1)
    return out
