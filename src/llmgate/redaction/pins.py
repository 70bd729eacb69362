"""PINs and one-time codes: a few digits that are a secret only because the text says so.

"The door PIN is 4821", "Your verification code is 583920", "Ihr Bestätigungscode lautet
771204", "Tu código de verificación es 402917", or a chat answer "Customer: it's 906311"
after "Can you tell me the PIN for the alarm?". Four to eight digits are anything in
general (an error code, a postal code, a year), so the rule needs one of the words of the
table below right before the digits (a separator or a verb between them, or nothing), or
a question with such a word on the line above a speaker's answer of digits alone.

It runs only where a code word occurs (C-level finds on the pure path, literal triggers of
the multi-pattern engine otherwise), so both paths find the same.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span

__all__ = ["CODE_WORDS", "TRIGGER", "pin_codes"]

# The words for a PIN or a one-time code (lower case), in English, German, French, Spanish.
# Not "code" or "Code" alone ("error code 404", "Postleitzahl"), nor "TAN" (a Spanish word).
CODE_WORDS = (
    "pin", "pin code", "pin number", "pin-code", "pin-nummer", "one-time code",
    "one time code", "one-time password", "one time password", "otp", "verification code",
    "security code", "confirmation code", "authentication code", "login code", "sign-in code",
    "2fa code", "door code", "alarm code", "gate code", "unlock code", "puk",
    "geheimzahl", "bestätigungscode", "verifizierungscode", "sicherheitscode", "einmalcode",
    "einmalpasswort", "anmeldecode", "türcode", "freischaltcode", "entsperrcode",
    "code pin", "code secret", "code de vérification", "code de verification",
    "code de confirmation", "code de sécurité", "code à usage unique", "digicode",
    "code d'alarme", "code de l'alarme", "code de déverrouillage", "code de la porte",
    "code porte", "code d'entrée", "code d'entree", "code de l'immeuble", "code du portail",
    "torcode", "código del portal", "código pin", "código de verificación",
    "codigo de verificacion", "código de seguridad", "código de confirmación",
    "codigo de confirmacion", "clave de un solo uso", "código de un solo uso",
    "código de desbloqueo", "código de la alarma", "código de la puerta", "clave numérica",
)  # fmt: skip
TRIGGER = "secret:code_word"  # the engine's trigger name for where a code word starts

_WORDS = "|".join(re.escape(w) for w in sorted(CODE_WORDS, key=len, reverse=True))
# Between the word and the digits: a few words of the same clause ("for the alarm"), then
# a separator or a verb, then a chat's "it's"/"now".
_VERBS = (
    "is", "was", "ist", "lautet", "war", "est", "était", "es", "era", "sera", "será", "are",
)  # fmt: skip
_SEP = (
    r"(?:[^\n0-9:=.?!#]{0,30}?[ \t](?:" + "|".join(_VERBS) + r")\b[ \t]*:?"
    r"|[ \t]*(?:[:=#]|->|\u2192)"
    r"|)[ \t]*(?:(?:now|jetzt|maintenant|ahora|just|nur|simplement|solo|it's|c'est|le|el)"
    r"[ \t]+){0,2}"
)
# Four to eight digits, or two groups of three ("583 920"), not part of a longer number, a
# date, a time or an amount.
# A door code may hold one of the letters A-D of its keypad ("4B129", "B4712").
_DIGITS = r"[0-9]{4,8}|[0-9]{3}[ \-][0-9]{3}|[0-9]{1,4}[a-d][0-9]{1,4}|[a-d][0-9]{3,7}"
_VALUE = (
    rf"(?P<code>{_DIGITS})"
    r"(?![\w]|[.,:/\-][0-9]|[ \t]*(?:%|€|\$|eur\b|usd\b))"
)
_WHOLE_WORD = re.compile(rf"(?:{_WORDS})(?![\w\-])")
_CODE = re.compile(rf"(?:{_WORDS})(?![\w\-]){_SEP}[\"'\u201c\u00ab(]?{_VALUE}")
# A speaker's answer of digits alone on one of the two lines after the question.
_ANSWER = re.compile(
    r"\n[ \t]*[^\s:\[][^:\n]{0,40}?[ \t]?:[ \t]*"
    r"(?:(?:it's|it is|sure|yes|ok|okay|das ist|es ist|ja|c'est|oui|es|sí|si|claro|"
    r"the code is|der code ist|le code est|el código es)"
    r"(?![\w'])[ \t,:]*){0,2}"
    rf"(?P<code>{_DIGITS})(?![\w\-])[ \t]*[.!]?[ \t]*(?=\r?\n|\Z)"
)
_QUESTION = re.compile(r"[^\n]*\?")
# The pure path looks for these first (C-level finds): every code word holds one, and
# each occurrence is checked only against the words that hold it, where they would start.
_GATES = ("pin", "code", "digo", "otp", "geheimzahl", "passw", "clave", "puk")


def _by_gate() -> dict[str, tuple[tuple[str, int], ...]]:
    out = {g: tuple((w, w.index(g)) for w in CODE_WORDS if g in w) for g in _GATES}
    if {w for group in out.values() for w, _ in group} != set(CODE_WORDS):
        raise ValueError("a code word without a gate")
    return out


_BY_GATE = _by_gate()


def _starts(ctx: ScanContext, low: str) -> list[int]:
    """Where a code word starts a word of ``low`` (sorted)."""
    hits = ctx.hits
    if hits is not None:
        found = hits.starts(TRIGGER)
    else:
        seen: set[int] = set()
        startswith = low.startswith
        find = low.find
        for gate, words in _BY_GATE.items():
            i = find(gate)
            while i >= 0:
                for word, k in words:
                    if i >= k and startswith(word, i - k):
                        seen.add(i - k)
                i = find(gate, i + 1)
        found = sorted(seen)
    return [i for i in found if i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "_-")]


# A code before its word, as verification messages write it: "739104 is your Microsoft
# verification code", "G-582931 is your Google verification code".
_BEFORE = re.compile(
    r"(?<![\w\-])(?:[a-z]-)?(?P<code>[0-9]{4,8})[ \t]+"
    r"(?:is your|is the|ist ihr|ist dein|est votre|es tu|es su)(?![\w])"
    r"(?:[ \t]+[^\W\d_][\w\-]*){0,3}[ \t]+\Z"
)


def pin_codes(ctx: ScanContext) -> list[Span]:
    """PINs and one-time codes named by a code word, or answering a question with one."""
    if ctx.hits is not None and TRIGGER not in ctx.hits:
        return []  # no code word: nothing to do (the engine's trigger did not fire)
    if not ctx.has_digit:
        return []
    low = ctx.lower_spelled
    if low is None:
        return []
    out: list[Span] = []
    done = -1
    for pos in _starts(ctx, low):
        m = _CODE.match(low, pos)
        if m is not None:
            out.append(Span(*m.span("code"), "SECRET"))
            continue
        line = low.rfind("\n", 0, pos) + 1
        m = _BEFORE.search(low, max(line, pos - 60), pos)
        if m is not None and _WHOLE_WORD.match(low, pos) is not None:
            out.append(Span(*m.span("code"), "SECRET"))
            continue
        if pos < done:
            continue
        ask = _QUESTION.match(low, pos)
        if ask is None:
            continue
        newline = done = low.find("\n", ask.end())
        for _ in range(2):
            if newline < 0:
                break
            answer = _ANSWER.match(low, newline)
            if answer is not None:
                out.append(Span(*answer.span("code"), "SECRET"))
                break
            newline = low.find("\n", newline + 1)
    return out
