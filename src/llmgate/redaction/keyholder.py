"""The passwords of an alarm-monitoring account, as keyholder and contact sheets, the
monitoring company's letters and its operators' notes write them.

A monitoring centre checks a caller with a verbal password (a code word), and a duress
word tells it the caller is under threat: "Verbal password: Blackbird", "Duress word:
Sunflower", "Kennwort: Wanderdüne", "Zwangscode: Eisvogel", "Mot de passe verbal :
Cerisier", "Palabra de coacción: Golondrina", "Parola d'ordine: Papavero", "Dwangcode:
Vuurtoren", "Senha de coação: Girassol". These are plain words, which a password's rules
leave as prose, so the label must say it, in a text about an alarm or a verbal password
(``ALARM_WORDS``: a duress label is one). The panel's
code ("Engineer code: 1987", "Bedienteilcode: 6620", "Code centrale : 3941") is four to
eight digits after its label. The keyholders' phone numbers and the account number on the
same sheet have no label of these tables and stay what they are.

A sentence names them too ("your new password for the operators is "Peregrine"", "gave
the correct password (Kingfisher)"): a quoted or bracketed word there, a word only after a
field's separator; and an operator's question ("what's the verbal password on the
account?") is answered by the caller's next line ("Customer: it's Marmalade").
"""

from __future__ import annotations

import re

from llmgate.redaction.access_codes import PROMPTS
from llmgate.redaction.detectors import ScanContext, Span, longest_first
from llmgate.redaction.sheet_labels import NOT_VALUES, Policy, label_values

__all__ = ["ALARM_WORDS", "CODE_WORD_LABELS", "PANEL_LABELS", "PLAIN_LABELS", "keyholder"]

# Labels that name an alarm account's code word wherever they stand (lower case).
CODE_WORD_LABELS = (
    "verbal password", "verbal code", "code word", "codeword", "password word",
    "duress word", "duress code word", "duress password", "duress code", "duress",
    "under threat password", "threat word", "ambush code", "ambush word",
    "codewort", "kennwort mündlich", "mündliches kennwort", "zwangscode", "zwangswort",
    "bedrohungswort", "bedrohungscode", "überfallwort", "notfallkennwort",
    "mot de passe verbal", "mot de passe oral", "mot de contrainte", "code de contrainte",
    "mot de passe de contrainte", "code de détresse", "mot code",
    "contraseña verbal", "clave verbal", "palabra clave", "palabra de coacción",
    "palabra de coaccion", "clave de coacción", "código de coacción", "contraseña de coacción",
    "parola d'ordine", "parola chiave", "parola di coercizione", "codice di coercizione",
    "parola di costrizione", "password verbale", "codewoord", "wachtwoord (mondeling)",
    "mondeling wachtwoord", "dwangcode", "dwangwoord", "senha verbal", "palavra-chave",
    "palavra chave", "senha de coação", "senha de coacção", "palavra de coação",
    "código de coação", "passcode", "pass word", "panic word", "panic code", "panic password",
    "überfallcode", "überfallwort", "code sous contrainte", "code panique", "palabra de pánico",
    "código de pánico", "parola segreta", "codice antirapina", "parola antirapina",
    "overvalcode", "overvalwoord", "paniekcode", "código de pânico", "senha de pânico",
)  # fmt: skip
# The bare words for a password: a code word only on a sheet about an alarm.
PLAIN_LABELS = (
    "password", "passwort", "kennwort", "mot de passe", "contraseña", "clave", "wachtwoord",
    "senha",
)  # fmt: skip
# The panel's codes (four to eight digits).
PANEL_LABELS = (
    "engineer code", "engineer's code", "user code", "panel code", "panel user code",
    "master code", "alarm pin", "keypad code", "arming code", "installer code",
    "bedienteilcode", "benutzercode", "errichtercode", "mastercode", "scharfschaltcode",
    "code centrale", "code centrale d'alarme", "code de la centrale", "code utilisateur",
    "code maître", "code installateur", "código de la central", "código de usuario",
    "código maestro", "código de instalador", "codice centrale", "codice utente",
    "codice installatore", "codice master", "paneelcode", "gebruikerscode",
    "installateurscode", "mastercode", "código do painel", "código da central",
    "código de utilizador", "código de instalador",
)  # fmt: skip
# Words of a text about an alarm and its monitoring (lower case, as substrings).
ALARM_WORDS = (
    "alarm", "duress", "keyholder", "key holder", "monitoring", "intruder", "leitstelle",
    "einbruch", "schlüsselhalter", "zwang", "télésurveillance", "telesurveillance",
    "alarme", "contrainte", "alarma", "coacción", "central receptora", "allarme",
    "vigilanza", "coercizione", "meldkamer", "sleutelhouder", "dwang", "vigilância",
    "coação", "coacção", "verbal", "mündlich", "mondeling", "panic", "überfall", "panique",
    "pánico", "antirapina", "overval", "paniek", "pânico",
)  # fmt: skip


def _labels(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w\-])(?:" + longest_first(words) + r")(?![\w\-])")


_CODE_WORDS = _labels(CODE_WORD_LABELS)
_PLAIN = _labels(PLAIN_LABELS)
_PANEL = _labels(PANEL_LABELS)
_WORD_POLICY = Policy(words=True, digits=4, minimum=4)
_PANEL_POLICY = Policy(words=False, digits=4, minimum=4)
_PANEL_VALUE = re.compile(r"[0-9]{4,8}#?")

# An operator's question on one line, the caller's answer on the next: a speaker's label,
# an "it's", then one word alone.
_QUESTION = re.compile(r"[^\n]{0,80}\?[ \t]*\r?\n")
# A question that asks for the value: a request of ``access_codes.PROMPTS`` or a check.
_ASKS = re.compile(
    r"(?<![\w])(?:"
    + longest_first((*PROMPTS, "confirm", "bestätigen", "confirmer", "confirmez", "confirmar",
                     "confermare", "conferma", "bevestigen", "bevestig", "confirme", "which",
                     "welches", "quel", "cuál", "qual"))
    + r")(?![\w])"
)  # fmt: skip
_ANSWER = re.compile(
    r"[^\n]{0,40}?:[ \t]*(?:(?:it's|it is|es ist|das ist|c'est|es|è|é|het is|is)[ \t]+)?"
    r"(?P<v>[^\W\d_](?:[^\W\d_]|['\-](?=[^\W\d_])){2,31})[ \t]*[.!]?[ \t]*(?=\r?\n|\Z)"
)


def _answers(low: str, labels: re.Pattern[str]) -> list[Span]:
    """A caller's one-word answer on the line after an operator's question that names a
    code word."""
    out: list[Span] = []
    for m in labels.finditer(low):
        question = _QUESTION.match(low, m.end())
        line = low.rfind("\n", 0, m.start()) + 1
        if question is None or _ASKS.search(low, line, question.end()) is None:
            continue  # "did you reset the password?": no question for its value
        answer = _ANSWER.match(low, question.end())
        if answer is not None and answer.group("v").lower() not in NOT_VALUES:
            out.append(Span(*answer.span("v"), "SECRET"))
    return out


def keyholder(ctx: ScanContext) -> list[Span]:
    """Code words, duress words and panel codes of an alarm account (see the module)."""
    low = ctx.lower_spelled
    if low is None:
        return []
    if not any(map(low.__contains__, ALARM_WORDS)):
        return []
    text = ctx.text
    out = label_values(text, low, _CODE_WORDS.finditer(low), _WORD_POLICY)
    out.extend(label_values(text, low, _PLAIN.finditer(low), _WORD_POLICY))
    if "?" in low:
        out.extend(_answers(low, _PLAIN))
        out.extend(_answers(low, _CODE_WORDS))
    if ctx.has_digit:
        for span in label_values(text, low, _PANEL.finditer(low), _PANEL_POLICY):
            if _PANEL_VALUE.fullmatch(text[span.start : span.end]):
                out.append(span)
    return out
