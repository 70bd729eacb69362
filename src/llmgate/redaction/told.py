"""Passwords told without the word for password: "for the staging box just use
Tr0pic@l-Sunset", "network Harbor-Guest, it's seagull!Pier42", "kannst du es mit
Kiefer#Blau77 versuchen?", "le wifi c'est LuneRousse!19".

No word names the value, so the value itself must be one that no sentence holds: letters,
a digit and a symbol of a password inside it (not only the "-", "_" or "." of a product
code), no link, path or e-mail address. And a verb of telling (a table per language) must
stand right before it. Candidates are found at their symbols (C-level finds), so the pure
path and the engine find the same.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span, longest_first
from llmgate.redaction.password_values import looks_like_password, trim_value

__all__ = ["TOLD_VERBS", "told_passwords"]

# Verbs and phrases of telling (lower case) that end right before the value.
TOLD_VERBS = (
    "it's", "it\u2019s", "it is", "use", "try", "type", "enter", "is", "was",
    "es mit", "nimm", "probier", "gib", "ist", "lautet",
    "c'est", "c\u2019est", "utilise", "essaie", "essaye", "tape", "est",
    "usa", "prueba", "pon", "escribe", "es",
    # Italian, Dutch and Portuguese
    "prova", "metti", "scrivi", "digita", "inserisci", "è", "gebruik", "probeer", "typ",
    "tik", "voer in", "tenta", "experimenta", "escreve", "insere", "é",
)  # fmt: skip
# Not "+", "=" or "?": "C++17", "a=b2" and questions are prose; not "%", which
# percentages and URL escapes fill business text with (a password's "%" stays unseen).
_SYMBOLS = "!#$&*@^~"
# An e-mail address's "@": skipped before any other work.
_MAIL_DOMAIN = re.compile(r"@[\w\-]+\.[A-Za-z]")
_TOKEN_CHARS = re.compile(r"[^\s\"'`,;()<>\[\]{}]+")
_LAST_DELIMITER = re.compile(r".*[\s\"'`,;()<>\[\]{}]", re.S)
# The verb, then at most "just"/"now"/"simply", a blank, at the end of the window.
_VERB_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:"
    + longest_first(TOLD_VERBS)
    + r")(?:[ \t]+(?:just|now|simply|jetzt|einfach|juste|maintenant|ahora|solo))?"
    + r"[ \t]*:?[ \t]+\Z"
)
# A link, a path, an e-mail address, a variable, a URL escape; a numbered thing ("item#4471a").
_NOT_A_PASSWORD = re.compile(
    r"://|[/\\]|@[\w\-]+\.[a-z]|^[#@$]|\$\{|%[0-9A-F]{2}|^[a-z]+#[0-9]", re.I
)
_REACH = 40  # characters a token can extend before its first symbol
_OPENERS = "`\"'\u201c\u00ab"


def _told(value: str) -> bool:
    """Letters, a digit and a password's symbol; no link, path, address or variable."""
    if not looks_like_password(value, prose=True) or len(value) > 40:
        return False
    if not any(c.isalpha() for c in value) and not (
        len(value) <= 8 and ("#" in value or "*" in value)
    ):
        return False  # digits and symbols: only a keypad's short code ("48#19*")
    return any(c.isdigit() for c in value) and _NOT_A_PASSWORD.search(value) is None


def _symbols(text: str) -> list[int]:
    """Where a password's symbol occurs: a C-level find per symbol (a character class
    scanned by ``re`` costs more than the rest of this module on 4 KB of text)."""
    out: list[int] = []
    find = text.find
    for ch in _SYMBOLS:
        i = find(ch)
        while i >= 0:
            out.append(i)
            i = find(ch, i + 1)
    out.sort()
    return out


def told_passwords(ctx: ScanContext) -> list[Span]:
    """Values with a password's symbol right after a verb of telling."""
    text = ctx.text
    out: list[Span] = []
    done = -1
    for at in _symbols(text):
        if at < done or _MAIL_DOMAIN.match(text, at) is not None:
            continue
        # The token's start: after the last delimiter before the symbol (one greedy pass).
        lo = max(0, at - _REACH)
        last = _LAST_DELIMITER.match(text, lo, at)
        start = lo if last is None else last.end()
        token = _TOKEN_CHARS.match(text, start)
        if token is None:
            continue
        done = token.end()
        # Cheapest first: a blank or a colon before the token (or before the quote or the
        # markdown backtick it opens with: "type `X` at the prompt"), then the verb, then
        # the value.
        head = start - 1 if start > 1 and text[start - 1] in _OPENERS else start
        if head == 0 or text[head - 1] not in " \t:":
            continue
        if _VERB_BEFORE.search(text[max(0, head - 24) : head].lower()) is None:
            continue
        value = trim_value(token.group())
        if _told(value):
            out.append(Span(start, start + len(value), "SECRET"))
    return out
