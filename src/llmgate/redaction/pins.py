"""PINs and one-time codes: a few digits that are a secret only because the text says so.

"The door PIN is 4821", "Your verification code is 583920", "Ihr Bestätigungscode lautet
771204", "Tu código de verificación es 402917", or a chat answer "Customer: it's 906311"
after "Can you tell me the PIN for the alarm?". Four to eight digits are anything in
general (an error code, a postal code, a year), so the rule needs one of the words of the
table below right before the digits (a separator or a verb between them, or nothing), or
a question or a request with such a word on the line above a speaker's answer of the code
alone ("[Courier] the gate code doesn't work" / "[Customer] sorry! try 4478": a driver's
report that a code failed asks for the right one). Codes are read out a digit at a time
("2 9 1 8 4 0") or in words ("the gate code is four eight two one"), and keypads add "#",
"*" or a letter ("#4477", "2580#", "1984A").

It runs only where a code word occurs (C-level finds on the pure path, literal triggers of
the multi-pattern engine otherwise), so both paths find the same; a failed code named by
the plain word ("the code 4477 doesn't work") is found with C-level finds on both paths.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span, longest_first
from llmgate.redaction.pin_words import CODE_WORDS, DIGIT_WORDS, FAILURES, FILLERS, TRIGGER

__all__ = ["ANSWER_LEADS", "ASKS", "NOT_SERVICES", "QUALIFIERS", "SIGN_INS", "pin_codes"]


_WORDS = longest_first(CODE_WORDS)
# Words between a code word and a colon that say whose or which code it is ("PIN nuovo
# carta: 60418", "PIN new card: ..."), not what the line counts ("PIN reset requests: 2024").
QUALIFIERS = (
    "new", "temporary", "your", "card", "bank", "sim", "phone", "atm", "debit", "credit",
    "neu", "neue", "neuer", "ihre", "ihr", "karte", "handy", "nouveau", "nouvelle", "votre",
    "carte", "nuevo", "nueva", "su", "tu", "tarjeta", "nuovo", "nuova", "carta", "tuo",
    "della", "del", "bancomat", "nieuwe", "nieuw", "je", "uw", "pas", "bankpas", "kaart",
    "van", "de", "novo", "nova", "seu", "sua", "cartão", "do", "da", "provvisorio",
    "provisional", "provisoire", "tijdelijke",
)  # fmt: skip
# Between the word and the digits: a few words of the same clause ("for the alarm"), then
# a separator or a verb, then a chat's "it's"/"now".
_VERBS = (
    "is", "was", "ist", "lautet", "war", "est", "était", "es", "era", "sera", "será", "are",
    "è", "e'", "é", "wordt", "werd",
)  # fmt: skip
_SEP = (
    r"(?:[^\n0-9:=.?!#]{0,30}?[ \t](?:" + "|".join(_VERBS) + r")\b[ \t]*:?"
    r"|[ \t]*(?:[:=]|#(?![0-9])|->|\u2192)"
    r"|(?:[ \t]+(?:" + "|".join(QUALIFIERS) + r")(?![\w'\-])){1,3}[ \t]*:"
    r"|)[ \t]*(?:,[ \t]*)?(?:(?:now|jetzt|maintenant|ahora|just|nur|simplement|solo|it's|c'est"
    r"|le|el|" + "|".join(FILLERS) + r")[ \t]*,?[ \t]+){0,2}"
)
# Four to eight digits, or two groups of three ("583 920"), not part of a longer number, a
# date, a time or an amount.
# A door code may hold one of the letters A-D of its keypad ("4B129", "B4712").
# Read out a digit at a time ("2 9 1 8 4 0"), or with the keypad's "#" or "*" glued to it
# ("#4477", "2580#"), the key is part of what is typed.
_DIGITS = (
    r"#?(?:[0-9]{4,8}|[0-9]{1,4}[a-d][0-9]{1,4}|[a-d][0-9]{3,7}|[0-9]{3,7}[a-d])[#*]?"
    r"|[0-9]{3}[ \-][0-9]{3}|[0-9](?:[ ][0-9]){3,7}(?![ ]?[0-9])|[0-9](?:-[0-9]){3,7}(?!-?[0-9])"
)
_VALUE = (
    rf"(?P<code>{_DIGITS})"
    r"(?![\w]|[.,:/\-][0-9]|[ \t]*(?:%|€|\$|eur\b|usd\b))"
)
_DIGIT_WORD = "(?:" + "|".join(sorted(DIGIT_WORDS, key=len, reverse=True)) + r")(?![\w\-])"
_SPOKEN = re.compile(
    rf"(?:{_WORDS})(?![\w\-]){_SEP}"
    rf"(?P<code>{_DIGIT_WORD}(?:[ \t,\-]{{1,3}}{_DIGIT_WORD}){{3,7}})"
    rf"(?![ \t,\-]{{1,3}}{_DIGIT_WORD})"
)
_WHOLE_WORD = re.compile(rf"(?:{_WORDS})(?![\w\-])")
_CODE = re.compile(rf"(?:{_WORDS})(?![\w\-]){_SEP}[\"'\u201c\u00ab(]?{_VALUE}")
# How a speaker's answer may start before the code: "sure, it's 4821", "sorry! try 4478",
# "Oh sorry, neuer Code ist 2580#", "essayez B1470", "perdona, es el 3927".
ANSWER_LEADS = (
    "it's", "it is", "sure", "yes", "ok", "okay", "das ist", "es ist", "ja", "c'est", "oui",
    "es", "sí", "si", "claro", "the code is", "der code ist", "le code est", "el código es",
    "sorry", "oh", "oops", "try", "use", "new code is", "the new code is", "probier",
    "versuch", "neuer code ist", "der neue ist", "désolé", "pardon", "essayez", "essaie",
    "c'est le", "le nouveau code est", "perdona", "perdón", "prueba", "es el", "el nuevo es",
    "scusa", "scusi", "prova", "è", "è il", "il nuovo è", "certo", "sì", "het is", "dat is",
    "probeer", "de nieuwe is", "desculpe", "desculpa", "tente", "experimente", "é", "é o",
    "sim", "o novo é", "no", "nope", "nein", "non", "nee", "não",
)  # fmt: skip
# What a request for a code ends its line with instead of a question mark ("please read
# it out"), or a driver's report that the code failed ("the code doesn't work").
ASKS = (
    "read it out", "read it back", "read me", "tell me", "lies ihn vor", "lies mir",
    "sag mir", "lisez-le", "dites-moi", "léame", "dígame", "dime", "leggimi", "dimmi",
    "lees voor", "zeg me", "leia-me", "diga-me",
)  # fmt: skip
# "it's 0 9 1 7 now": the answer's word that the code was changed.
_NOW = ("now", "jetzt", "maintenant", "ahora", "adesso", "ora", "nu", "agora")
_POLITE = ("please", "pls", "plz", "svp", "stp", "bitte", "por favor", "per favore", "aub")
_LEADS = longest_first(ANSWER_LEADS)
# A speaker's answer of the code alone on one of the two lines after the question: "Tom:",
# "[09:14] Tom:", "[Customer]".
_ANSWER = re.compile(
    r"\n[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[^\s:\[][^:\n]{0,40}?[ \t]?:|\[[^\]\n]{1,24}\])"
    rf"[ \t]*(?:(?:{_LEADS})(?![\w'])[ \t,:!.]*){{0,3}}"
    rf"[\"'(]?(?P<code>{_DIGITS})(?![\w\-])[\"')]?"
    rf"(?:[ \t,]+(?:{'|'.join(_POLITE + _NOW)}))?(?:[ \t]*,[^\n0-9]{{1,40}}?)?[ \t]*[.!]?"
    r"[ \t]*(?=\r?\n|\Z)"
)
_QUESTION = re.compile(
    r"[^\n]*?(?:\?|(?<![\w'])(?:" + longest_first(ASKS + FAILURES) + r")(?![\w]))"
)
# A failed code named by the plain word ("the code 4477 doesn't work", "Der Code
# funktioniert nicht"): the line before the failure holds it.
_PLAIN_CODE = re.compile(r"(?<![\w\-])(?:code|código|codigo|codice|pin|digicode)(?![\w\-])")
_FAILED = re.compile("|".join(re.escape(w) for w in FAILURES))
# "Use code 448120 to sign in", "Gebruik code 448120 om in te loggen": the plain word
# between a verb of typing and what the code does (a discount's "use code 2024 to save"
# does neither).
SIGN_INS = (
    "to sign in", "to log in", "to login", "to verify", "to confirm", "to complete",
    "to reset", "zur anmeldung", "zum anmelden", "zur bestätigung", "um sich anzumelden",
    "pour vous connecter", "pour confirmer", "pour valider", "para iniciar sesión",
    "para confirmar", "para verificar", "para entrar", "per accedere", "per confermare",
    "per verificare", "om in te loggen", "om te bevestigen", "om je te verifiëren",
)  # fmt: skip
# Matched where the plain word starts (``_PLAIN_CODE``), the verb on the text before it.
_CODE_TO = re.compile(
    r"(?:code|codice|código|codigo)[ \t]+(?P<code>[0-9]{4,8}|[0-9]{3}[ \-][0-9]{3})[ \t]+(?:"
    + "|".join(re.escape(w) for w in SIGN_INS)
    + r")(?![\w])"
)
_TYPE_BEFORE = re.compile(
    r"(?<![\w])(?:use|enter|type|verwenden sie|nutze|gib|geben sie|utilisez|utilise|saisissez"
    r"|entrez|usa|utiliza|introduce|inserisci|digita|gebruik|voer|use o|insira|digite)"
    r"[ \t]+(?:(?:the|den|le|el|il|de|o)[ \t]+)?\Z"
)
_PLAIN_GATES = ("code", "digo", "codic", "pin")
# The reader's code of a named service ("Your Uber code: 4821", "482913 is your WhatsApp
# code"): the possessive, one or two capitalized names (not the kinds of code below, which
# title-case forms capitalize too), the plain word (matched on the text before it).
_POSSESSIVE = re.compile(
    r"(?<![\w'])(?:your|ihr|dein|votre|ton|tu|su|il tuo|je|uw|o seu|o teu|seu)"
    r"(?P<names>(?:[ \t]+[^\W\d_][\w\-.]{0,20}){1,2})[ \t]+\Z"
)
NOT_SERVICES = frozenset((
    "zip", "postal", "post", "postcode", "error", "order", "source", "discount", "promo",
    "voucher", "coupon", "gift", "referral", "product", "tracking", "booking", "reference",
    "status", "exit", "response", "qr", "bar", "country", "area", "dialing", "sort", "swift",
    "bank", "tax", "vat", "item", "article", "customer", "client", "member", "account",
    "invoice", "shipping", "course", "class", "room", "color", "colour", "language", "fare",
    "zone", "region", "de", "descuento", "pedido", "erreur", "commande", "réduction",
    "postleitzahl", "fehler", "rabatt", "gutschein", "sconto", "ordine", "errore", "postale",
    "korting", "fout", "desconto", "encomenda", "erro", "cliente", "kunden", "produkt",
))  # fmt: skip
_AFTER_PLAIN = re.compile(rf"{_SEP}[\"'\u201c\u00ab(]?{_VALUE}")
_BEFORE_PLAIN = re.compile(
    r"(?<![\w\-])(?:[a-z]-)?(?P<code>[0-9]{4,8}|[0-9]{3}[ \-][0-9]{3})[ \t]+is[ \t]+\Z"
)
# The pure path looks for these first (C-level finds): every code word holds one, and
# each occurrence is checked only against the words that hold it, where they would start.
_GATES = (
    "pin", "code", "digo", "otp", "geheimzahl", "passw", "clave", "puk", "codic", "buzz",
    "senha",
)  # fmt: skip


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
    r"(?<![\w\-])(?:[a-z]-)?(?P<code>[0-9]{4,8}|[0-9]{3}[ \-][0-9]{3})[ \t]+"
    r"(?:is your|is the|as your|ist ihr|ist dein|als ihr|als dein|est votre|comme votre|"
    r"es tu|es su|como tu|como su|è il tuo|è il suo|come tuo|is je|is uw|als je|als uw|"
    r"é o seu|é o teu|como seu)(?![\w])"
    r"(?:[ \t]+[^\W\d_][\w\-]*){0,3}[ \t]+\Z"
)


def pin_codes(ctx: ScanContext) -> list[Span]:
    """PINs and one-time codes named by a code word, or answering a question with one."""
    if ctx.hits is not None and TRIGGER not in ctx.hits and not ctx.has_digit:
        return []
    low = ctx.lower_spelled
    if low is None:
        return []
    digits = ctx.has_digit
    # The plain word: C-level finds on the text, on both paths (no trigger names it).
    plain = digits and any(map(low.__contains__, _PLAIN_GATES))
    out = _failed_codes(low) if plain and "\n" in low else []
    if plain:
        out += _service_codes(ctx.text, low)
        out += _use_codes(low)
    if ctx.hits is not None and TRIGGER not in ctx.hits:
        return out  # no code word: nothing more to do (the engine's trigger did not fire)
    done = -1
    for pos in _starts(ctx, low):
        if not digits:  # only a code said in words can follow
            m = _SPOKEN.match(low, pos)
            if m is not None:
                out.extend(_read_twice(low, *m.span("code")))
            continue
        m = _CODE.match(low, pos) or _SPOKEN.match(low, pos)
        if m is not None:
            out.extend(_read_twice(low, *m.span("code")))
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
            # No question mark or asking word on the rest of the line: none from a later
            # code word of the same line either (its rest is a part of this one), so skip
            # them; reading the rest again for each was quadratic in a long line.
            done = low.find("\n", pos)
            done = len(low) if done < 0 else done
            continue
        done = low.find("\n", ask.end())
        out.extend(_answer(low, done))
    return out


_ONE_WORD = re.compile(_DIGIT_WORD)


def _read_twice(low: str, start: int, end: int) -> list[Span]:
    """A code's span, or two where a voicemail reads it twice ("nine three one seven, nine
    three one seven": the repeat is the same value, not the second half of a longer one)."""
    words = [(m.start(), m.end()) for m in _ONE_WORD.finditer(low, start, end)]
    half = len(words) // 2
    if (
        len(words) < 8
        or len(words) % 2
        or [low[a:b] for a, b in words[:half]] != [low[a:b] for a, b in words[half:]]
    ):
        return [Span(start, end, "SECRET")]
    return [Span(start, words[half - 1][1], "SECRET"), Span(words[half][0], end, "SECRET")]


def _answer(low: str, newline: int) -> list[Span]:
    """The code a speaker answers with on one of the two lines from ``newline`` on."""
    for _ in range(2):
        if newline < 0:
            break
        answer = _ANSWER.match(low, newline)
        if answer is not None:
            return [Span(*answer.span("code"), "SECRET")]
        newline = low.find("\n", newline + 1)
    return []


def _service_codes(text: str, low: str) -> list[Span]:
    """A code after or before "your <Service> code" (the plain word, C-level finds)."""
    out: list[Span] = []
    for m in _PLAIN_CODE.finditer(low):
        head = _POSSESSIVE.search(low, max(0, m.start() - 40), m.start())
        if head is None:
            continue
        start, end = head.span("names")
        names = text[start:end].split()
        if not all(n[0].isupper() and n.lower().strip("-.") not in NOT_SERVICES for n in names):
            continue
        after = _AFTER_PLAIN.match(low, m.end())
        if after is not None:
            out.append(Span(*after.span("code"), "SECRET"))
            continue
        before = _BEFORE_PLAIN.search(low, max(0, head.start() - 16), head.start())
        if before is not None:
            out.append(Span(*before.span("code"), "SECRET"))
    return out


def _use_codes(low: str) -> list[Span]:
    """The code of "use code 448120 to sign in" (the plain word, C-level finds)."""
    out: list[Span] = []
    for m in _PLAIN_CODE.finditer(low):
        to = _CODE_TO.match(low, m.start())
        if to is not None and _TYPE_BEFORE.search(low, max(0, m.start() - 24), m.start()):
            out.append(Span(*to.span("code"), "SECRET"))
    return out


def _failed_codes(low: str) -> list[Span]:
    """The code a speaker answers with after a line that says a code failed."""
    out: list[Span] = []
    for m in _FAILED.finditer(low):
        line = low.rfind("\n", 0, m.start()) + 1
        if _PLAIN_CODE.search(low, line, m.start()) is not None:
            out.extend(_answer(low, low.find("\n", m.end())))
    return out
