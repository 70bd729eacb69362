"""Two-factor recovery (backup) codes pasted in a ticket, an e-mail or a chat.

A service hands out a list of one-time codes for when the second factor is lost
("4820-1937", "a7f3e-9c21b", "8847 2295", "9QX4-TR7M", eight digits); each one still
unused opens the account, so each is a secret. A user who pastes them writes a heading
(the plural, or the singular before a colon: "the backup code" is also a program's; "Here
are my recovery codes", "Backup-Codes", "codes de secours", "códigos de recuperación",
"codici di backup", "herstelcodes", "códigos de recuperação") and the codes on the lines
below it, one or several a line, after a number or a bullet, or in a chat's
lines. A code marked as used ("(used)", "benutzt", "utilisé", "usado", "usato",
"gebruikt", "I already used") opens nothing any more and stays.

Only the code shapes below count, on the lines after a heading (``_REACH``), so ticket,
order and reference numbers ("T-2026-33019", "DM-99310") and dates stay: they are shaped
otherwise, or a word of ``_ID_WORDS`` stands right before them.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span

__all__ = ["GATES", "TWO_FACTOR", "USED_WORDS", "recovery_codes"]

# A heading: the word for a recovery or backup code, in the seven languages (lower case).
_HEADING = re.compile(
    r"(?<![\w])(?:(?:recovery|backup|back-up|scratch|emergency|wiederherstellungs|"
    r"sicherungs|notfall|ersatz|herstel|nood|reserve)[ \-]?code(?:s|[ \t]*:)"
    r"|(?:codes?|c[oó]digos?|codici|codice)[ \t]+(?:de[ \t]+|di[ \t]+)?"
    r"(?:secours|r[ée]cup[ée]ration|sauvegarde|recuperaci[oó]n|respaldo|reserva|recupero|"
    r"backup|emergenza|recupera[cç][aã]o|emerg[eê]ncia|seguran[cç]a[ \t]+de[ \t]+reserva))"
    r"(?![\w])"
)
# The singular before a verb or in a question ("the 2fa backup code is ...", "Haben Sie
# Ihren Backup-Code?", "een back-upcode voor tweestapsverificatie?"), a heading only where
# the text speaks of a second factor (``TWO_FACTOR``): elsewhere "the backup code" is a
# program's.
_SINGULAR = re.compile(
    r"(?<![\w])(?:recovery|backup|back-up|scratch|wiederherstellungs|sicherungs|notfall|"
    r"herstel)[ \-]?code(?:[ \t]+(?:is|ist|lautet|est|es|è|é)(?![\w])|(?=[^\n?]{0,60}\?)"
    r"|(?=[ \t]+[a-z0-9]))"
    # "my 2fa backup: ...", "mon code 2fa de secours est ..."
    r"|(?<![\w])(?:2fa|mfa|a2f)[ \-](?:backup|recovery)(?=[ \t]*:)"
    r"|(?<![\w])codes?[ \t]+(?:2fa|mfa|a2f)[ \t]+de[ \t]+(?:secours|r[ée]cup[ée]ration|"
    r"recuperaci[oó]n|respaldo|recupera[cç][aã]o)(?![\w])"
)
# The words of a second factor (lower case), in the seven languages.
TWO_FACTOR = (
    "2fa", "mfa", "two-factor", "two factor", "2-step", "two-step", "authenticator", "authy",
    "zwei-faktor", "2-faktor", "deux facteurs", "double authentification", "dos pasos",
    "doble factor", "due fattori", "doppio fattore", "tweestaps", "twee-factor",
    "dois passos", "dois fatores", "duplo fator",
)  # fmt: skip
GATES = ("code", "códig", "codig", "codic")
_REACH = 900  # characters after a heading in which its codes stand
_LINES = 14  # lines after a heading in which its codes stand
# The shapes of recovery codes: groups of four to six letters and digits joined by "-"
# (two to five groups, with a digit), two groups of four digits apart by a blank, eight
# digits alone (not a compact date); none inside a longer number (a phone's tail).
_CODE = re.compile(
    r"(?<![\w\-+./:#])(?<![0-9][ .\-/])(?:"
    r"(?=[a-z0-9\-]{0,40}[0-9])[a-z0-9]{4,6}(?:-[a-z0-9]{4,6}){1,4}"
    r"|[0-9]{4}[ ][0-9]{4}|(?!(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:[0-2][0-9]|3[01]))[0-9]{8}"
    # eight to twelve letters and digits mixed, three of each at least, no word in them
    # ("4f7g2h9k1m", "a8f3k2m9q1"; not "lena1987x" nor an order's "wd2026118403")
    r"|(?=(?:[a-z]*[0-9]){3})(?=(?:[0-9]*[a-z]){3})(?![a-z0-9]*(?:[a-z]{4}|[0-9]{5}))"
    r"[a-z0-9]{8,12}"
    # two groups of four letters and digits apart by a blank, a digit in each ("k7qm 2xwp")
    r"|(?=[a-z]{0,3}[0-9])[a-z0-9]{4}[ ](?=[a-z]{0,3}[0-9])[a-z0-9]{4}"
    # two groups of four or five capitals ("KQWX-PLMN": ``_letters_only`` checks the case)
    r"|[a-z]{4,5}-[a-z]{4,5}"
    r")(?![\w\-+]|[ .\-/]?[0-9]|[.,/:][0-9])"
)
# What marks a code as used, after it on its line (lower case).
USED_WORDS = (
    "used", "benutzt", "verwendet", "verbraucht", "eingelöst", "utilisé", "utilise",
    "usado", "usada", "utilizado", "utilizada", "usato", "usata", "utilizzato", "gebruikt",
    "ingewisseld", "✓", "✔", "~~",
)  # fmt: skip
_USED = re.compile("|".join(re.escape(w) for w in USED_WORDS))
# A negation right before a used word: the code is still unused ("unused", "not used yet",
# "unbenutzt", "non utilisé", "sin usar", "non usato", "ongebruikt", "não usado").
_UNUSED = re.compile(
    r"(?:\bun|\bnot[ \t]+(?:yet[ \t]+)?|\bnever[ \t]+|nicht[ \t]+|\bnon[ \t]+|pas[ \t]+"
    r"(?:encore[ \t]+)?|\bno[ \t]+|\bsin[ \t]+|\bmai[ \t]+|\bon|niet[ \t]+|não[ \t]+|nunca"
    r"[ \t]+)\Z"
)
# Words right before a number that make it an identifier, not a code.
_ID_WORDS = (
    "ticket", "order", "ref", "ref.", "reference", "case", "incident", "invoice", "no.",
    "nr.", "n°", "nº", "n.º", "number", "nummer", "numéro", "número", "numero", "pedido",
    "bestellung", "auftrag", "commande", "dossier", "demande", "pratica", "ordine",
    "bestelling", "encomenda", "fatura", "factura", "rechnung", "facture", "fattura",
    "factuur", "id", "tel", "tel.", "phone", "telefon", "account", "konto", "compte",
    "cuenta", "conto", "rekening", "conta",
)  # fmt: skip


def _region_end(low: str, start: int) -> int:
    """Where the codes under a heading that ends at ``start`` end: ``_LINES`` lines or
    ``_REACH`` characters on."""
    stop = min(len(low), start + _REACH)
    pos = start
    for _ in range(_LINES + 1):
        pos = low.find("\n", pos + 1, stop)
        if pos < 0:
            return stop
    return pos


def recovery_codes(ctx: ScanContext) -> list[Span]:
    """The unused codes listed after a recovery-code heading."""
    if not ctx.has_digit:
        return []
    low = ctx.lower_spelled
    if low is None or not any(map(low.__contains__, GATES)):
        return []
    out: list[Span] = []
    done = 0
    headings = list(_HEADING.finditer(low))
    if "code" in low and any(map(low.__contains__, TWO_FACTOR)):
        headings = sorted((*headings, *_SINGULAR.finditer(low)), key=lambda h: h.start())
    for heading in headings:
        start = max(heading.end(), done)
        stop = _region_end(low, heading.end())
        if start >= stop:
            continue
        codes = [m for m in _CODE.finditer(low, start, stop) if not _after_id(low, m.start())]
        for i, m in enumerate(codes):
            eol = low.find("\n", m.end(), stop)
            until = codes[i + 1].start() if i + 1 < len(codes) else stop
            until = min(until, eol) if eol >= 0 else until
            used = _USED.search(low, m.end(), until)
            marked = used is not None and (
                _UNUSED.search(low[max(0, used.start() - 16) : used.start()]) is None
            )
            if (
                not marked
                and not low.startswith("~~", max(0, m.start() - 2))
                and not _letters_only(ctx.text, m)
            ):
                out.append(Span(m.start(), m.end(), "SECRET"))
        done = stop
    return out


def _letters_only(text: str, m: re.Match[str]) -> bool:
    """Whether a code of letters alone is written otherwise than in capitals: "KQWX-PLMN"
    is a code, "follow-up" or "Check-Liste" are words."""
    value = text[m.start() : m.end()]
    return not any(c.isdigit() for c in value) and not value.isupper()


def _after_id(low: str, at: int) -> bool:
    """Whether an identifier's word stands right before ``at`` ("ticket 33019")."""
    words = low[max(0, at - 16) : at].split()
    return bool(words) and words[-1].rstrip(":#") in _ID_WORDS
