"""A new (or the old) password told in a reply, as e-mails forwarded after a security alert
write it.

"Anyway I changed it, new password is\\n> Lavender#...", "ich habe das Passwort geändert,
das neue lautet\\nSchwalbe!...", "Ik heb mijn wachtwoord meteen veranderd in Reiger@...",
"la anterior era Cangrejo2025", "I reset it to Juniper#...": a password word, a few words of
the sentence, a verb of the change (``CHANGE_VERBS``) or a pronoun for the password that
the alert names above (``IT_PHRASES``), then the value, which a mail client
may have wrapped onto the next line, quoted with "> " at one level or two. The value must
look like a password (``strong``: a digit, or a capital and a symbol), since a sentence's
words follow such verbs too ("changed to something longer").

One bounded pattern from each password word, so the cost stays linear.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span, longest_first
from llmgate.redaction.password_values import strong, trim_value

__all__ = ["CHANGE_VERBS", "REPLY_WORDS", "reset_replies"]

# The words for a password in a reply (lower case), in the seven languages.
REPLY_WORDS = (
    "password", "passwort", "kennwort", "mot de passe", "contraseña", "contrasena", "clave",
    "wachtwoord", "senha", "palavra-passe", "pwd", "pw",
)  # fmt: skip
# What stands between the sentence about a password and its value (lower case).
CHANGE_VERBS = (
    "is", "is now", "was", "now", "changed it to", "changed to", "set it to", "set to",
    "reset it to", "reset to", "updated to", "to",
    "lautet", "ist", "ist jetzt", "war", "geändert in", "geändert auf", "geändert zu",
    "gesetzt auf", "geändert, neu", "auf",
    "est", "était", "c'est", "changé en", "changé pour", "modifié en", "remplacé par", "mis",
    "es", "era", "cambiado a", "cambiada a", "cambié a", "cambiado por", "puesto",
    "è", "ora è", "impostato", "impostata", "cambiato in", "cambiata in", "messo",
    "veranderd in", "gewijzigd in", "aangepast naar", "aangepast in", "nu",
    "é", "alterei para", "alterada para", "alterado para", "mudei para", "mudada para",
    "mudado para", "agora é",
)  # fmt: skip
_REPLY = re.compile(
    r"(?<![\w\-])(?:" + longest_first(REPLY_WORDS) + r")(?![\w\-])"
    r"[^.!?\n]{0,60}?(?:\r?\n[> \t]*[^.!?\n>]{0,40}?)?"
    r"[ \t,](?:" + longest_first(CHANGE_VERBS) + r")"
    r"(?:[ \t]*:)?[ \t]*(?:\r?\n[> \t]*)?[ \t]*[\"'\u201c\u00ab]?"
    r"(?P<v>[^\s\"'\u201d\u00bb]{6,64})"
)
# The old password told right after the new one (", la anterior era Cangrejo2025", "; the
# old one was ..."): a secret too (often still in use elsewhere).
OLD_ONES = (
    "the old one", "the previous one", "the old", "the old password", "the previous",
    "das alte", "das vorherige", "das bisherige", "l'ancien", "l'ancienne", "la anterior",
    "el anterior", "la antigua", "la vecchia", "quella vecchia", "il vecchio", "het oude",
    "het vorige", "a antiga", "a anterior", "o antigo", "o anterior",
)  # fmt: skip
_GAP = r"(?:[ \t]+|[ \t]*\r?\n[> \t]*)"  # a blank, or a line break a mail client wrapped
_OLD = re.compile(
    r"[ \t]*[,;]"
    + _GAP
    + r"(?:(?:and|und|et|y|e|en)"
    + _GAP
    + r")?(?:"
    + "|".join(
        sorted((_GAP.join(map(re.escape, p.split())) for p in OLD_ONES), key=len, reverse=True)
    )
    + r")"
    + _GAP
    + r"(?:was|war|était|era|is|é)"
    + _GAP
    + r"(?P<v>[^\s\"'\u201d\u00bb]{6,64})"
)
# A line break before the value that opens the next line with a speaker's time stamp or
# name ("...la contraseña del wifi\n[10:01] Luis: ..."): a new message, not a wrapped one.
_WRAPPED_STAMP = re.compile(r"\n[ \t]*(?:\[|[0-9]{1,2}[:.][0-9]{2}|[^\n>:]{1,30}:[ \t])")
# "I reset it to X", "je l'ai changé en X", "l'ho impostata a X": the pronoun stands for a
# password that the alert quoted above names (a password word within ``_IT_REACH``).
IT_PHRASES = (
    "reset it to", "changed it to", "set it to", "updated it to", "changed it into",
    "habe es auf", "hab es auf", "habe es in", "hab es in", "l'ai changé en", "l'ai changé pour",
    "l'ai modifié en", "l'ai remplacé par", "l'ai mis à", "la cambié a", "la cambié por",
    "la he cambiado a", "la he cambiado por", "l'ho cambiata in", "l'ho impostata a",
    "l'ho impostata su", "l'ho modificata in", "heb het veranderd in", "heb het gewijzigd in",
    "alterei-a para", "mudei-a para", "troquei-a para",
)  # fmt: skip
_IT = re.compile(
    r"(?<![\w\-])(?:" + longest_first(IT_PHRASES) + r")[ \t]*(?:\r?\n[> \t]*)?[\"'\u201c\u00ab]?"
    r"(?P<v>[^\s\"'\u201d\u00bb]{6,64})"
)
_WORD = re.compile(r"(?<![\w\-])(?:" + longest_first(REPLY_WORDS) + r")(?![\w\-])")
_IT_REACH = 400
GATES = ("pass", "kennwort", "contrase", "clave", "wachtwoord", "senha", "pw")


def reset_replies(ctx: ScanContext) -> list[Span]:
    """Passwords after a password word and a verb of the change (see the module)."""
    low = ctx.lower_spelled
    if low is None or not any(map(low.__contains__, GATES)):
        return []
    text = ctx.text
    out: list[Span] = []
    for m in _IT.finditer(low):
        start = m.start("v")
        value = trim_value(text[start : m.end("v")])
        if strong(value) and _WORD.search(low, max(0, m.start() - _IT_REACH), m.start()):
            out.append(Span(start, start + len(value), "SECRET"))
    for m in _REPLY.finditer(low):
        start = m.start("v")
        value = trim_value(text[start : m.end("v")])
        if strong(value) and not _WRAPPED_STAMP.search(low, m.start(), start):
            out.append(Span(start, start + len(value), "SECRET"))
            old = _OLD.match(low, start + len(value))
            if old is not None:
                begin = old.start("v")
                value = trim_value(text[begin : old.end("v")])
                if strong(value):
                    out.append(Span(begin, begin + len(value), "SECRET"))
    return out
