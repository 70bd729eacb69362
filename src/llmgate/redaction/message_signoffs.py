"""The sender's name after a closing phrase on the same line, as an SMS or a short message
signs off: "Bis morgen, Okke", "Bisous Quentin", "LG Ludmilla", "Groetjes, Hidde",
"Abraço, Gonçalo", "Cheers, Imogen".

A mail puts its sign-off and the name on two lines (person.py's ``SIGNOFFS``); a text
message keeps them on one, at the end of the message. The phrases here close a message
and nothing else (not "thanks" or "merci", which also start a sentence: "Merci Beaucoup"),
so one or two capitalized words right after one, ending the line, are the sender's name.
One pattern over the text, bounded, so the pass is linear.
"""

from __future__ import annotations

import re

from llmgate.redaction.names import NOT_NAMES

__all__ = ["CLOSINGS", "closing_names"]

# Closing phrases of text messages in the seven languages (lower case).
CLOSINGS = (
    "bis morgen", "bis dann", "bis später", "bis bald", "bis gleich", "lg", "vg",
    "liebe grüße", "viele grüße", "liebe grüsse", "viele grüsse", "gruß", "grüße",
    "cheers", "xx", "xoxo", "take care", "see you", "speak soon", "love",
    "bisous", "bises", "grosses bises", "à demain", "à plus", "à bientôt", "amitiés",
    "besos", "un beso", "abrazos", "un abrazo", "hasta mañana", "nos vemos", "saludos",
    "baci", "un bacio", "un abbraccio", "a domani", "a presto", "saluti", "ciao ciao",
    "groetjes", "groet", "liefs", "tot morgen", "tot straks", "tot zo", "doei",
    "beijinhos", "beijos", "um beijo", "abraço", "abraços", "até amanhã", "até já",
    "cumprimentos",
)  # fmt: skip
# A name's word: letters, a hyphen or an apostrophe between two of them ("Pierre-Yves").
_WORD = r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_])){1,30}"
_CLOSING = re.compile(
    r"(?:(?<![\w])(?:"
    + "|".join(re.escape(c) for c in sorted(CLOSINGS, key=len, reverse=True))
    + r"))[,!]?[ \t]+(?P<n>"
    + _WORD
    + r"(?:[ \t]"
    + _WORD
    + r")?)"
    r"[ \t]*[.!]?[ \t]*(?=\r?\n|\Z|\()"
)


def _name_word(word: str) -> bool:
    """Capitalized, not in capitals nor a short mix of them ("VvE", an owners' association),
    and no word that is no name."""
    capitals = sum(c.isupper() for c in word)
    return (
        word[0].isupper()
        and (capitals == 1 or len(word) > 4)
        and not word.isupper()
        and (word not in NOT_NAMES)
    )


_CLOSING_ANY_CASE = re.compile(_CLOSING.pattern, re.IGNORECASE)


def closing_names(text: str, lower: str | None) -> list[tuple[int, int]]:
    """Names that end a line right after a closing phrase.

    The phrases are searched in ``lower`` (the text lower-cased character by character, at
    the same offsets), which a case-sensitive pattern reads 2.5 times faster than a
    case-blind one reads the text; the name's capitals are then checked on the text.
    Without such a copy (a character whose lower case is longer), the text is read
    case-blind."""
    out: list[tuple[int, int]] = []
    matches = _CLOSING_ANY_CASE.finditer(text) if lower is None else _CLOSING.finditer(lower)
    for m in matches:
        start, end = m.span("n")
        if all(map(_name_word, text[start:end].split())):
            out.append((start, end))
    return out
