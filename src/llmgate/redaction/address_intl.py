"""Italian, Dutch and Portuguese street lines and postal codes, as data for address.py.

Italian and Portuguese put the street word first and the number last ("Via Roma 12",
"Rua do Ouro, nº 120"); Dutch glues the street word onto the name and puts the number
last ("Keizersgracht 123", "Vondelstraat 12-3"). Their postal codes ("00184 Roma (RM)",
"1015 CJ Amsterdam", "1100-048 Lisboa", "01310-100 São Paulo - SP") extend address.py's
postal code and town. Unseen text left 45-61% of these addresses unmasked before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from llmgate.redaction.detectors import finditer_at
from llmgate.redaction.names import LOWER as _LO
from llmgate.redaction.names import NAME_TOKEN as _TOKEN
from llmgate.redaction.names import UPPER as _UP

__all__ = [
    "IT_PT_STREET_WORDS",
    "IT_PT_CAPS_WORDS",
    "NL_ENDINGS",
    "NL_PREFIXES",
    "VIA_NOT",
    "POSTAL_INTL",
    "POSTAL_INTL_LINE",
    "it_pt_streets",
    "nl_streets",
]

# The street word that leads an Italian or Portuguese line, as written (capitalised: "la
# via più breve" and "a rua" in prose are no street). "Avenida" and "Av." are Spanish too;
# Portuguese joins its name with "da", "do", "dos", "das".
IT_PT_STREET_WORDS = (
    "Via", "Viale", "Corso", "Piazza", "Piazzale", "Largo", "Vicolo", "Lungotevere",
    "Lungomare", "Borgo", "Contrada", "Rua", "Avenida", "Av.", "Travessa", "Praça",
    "Estrada", "Alameda", "Calçada", "Rodovia", "Beco",
)  # fmt: skip
# English "via" before a channel or a product ("Sent Via Email 2 times", "Via Zoom 3
# people joined"): a capitalised "Via" before one of these words is no street.
VIA_NOT = frozenset(
    ["Email", "Mail", "Zoom", "Slack", "Teams", "Phone", "Text", "Post", "Skype", "Chat",
     "WhatsApp", "Twitter", "Google", "Web", "Fax", "Courier", "Link", "Bus", "Train", "Car",
     "Api", "Webhook", "Docker", "Github", "Jira", "Signal", "Telegram", "Messenger", "Sms",
     "Ups", "Fedex", "Dhl", "Amazon", "Cron", "Ssh", "Http", "Https", "Rest"]
)  # fmt: skip
# The same in capitals ("VIA ROMA 10, 09124 CAGLIARI"): kept only before a postal code.
IT_PT_CAPS_WORDS = ("VIA", "VIALE", "CORSO", "PIAZZA", "LARGO", "RUA", "AVENIDA", "TRAVESSA")
# The small words inside a street name.
_JOIN = r"(?:del|della|dello|dei|degli|delle|di|d'|de|do|da|dos|das|dell'|San|Santa|Santo|São)"
# The civic number: "12", ", 14", "n. 12", "nº 120", "12/A", "12A"; a Roman numeral
# may end the name ("Corso Vittorio Emanuele II 154").
_CIVIC = (
    r"(?:[ \t]+[IVX]{1,4})?,?[ \t]+(?:(?:n\.|n[º°]\.?|No\.)[ \t]*)?[0-9]{1,4}"
    r"(?:/[A-Za-z0-9]{1,2}|[A-Za-z](?![\w]))?(?![\w])"
)
_IT_PT = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(IT_PT_STREET_WORDS, key=len)[::-1]) + ")"
    rf"[ \t]+(?:{_JOIN}[ \t]*)?{_TOKEN}(?:[ \t]+(?:{_JOIN}[ \t]*)?{_TOKEN}){{0,3}}{_CIVIC}"
)
_IT_PT_CAPS = re.compile(
    "(?:" + "|".join(IT_PT_CAPS_WORDS) + r")[ \t]+[A-Z][A-Z']+(?:[ \t]+[A-Z][A-Z']+){0,3}"
    r",?[ \t]+[0-9]{1,4}(?:/[A-Z0-9]{1,2})?(?=,?[ \t]+[0-9]{5}[ \t])"
)

# Dutch street words, glued to the end of the name ("Keizersgracht"), lower case.
NL_ENDINGS = ("straat", "weg", "laan", "plein", "gracht", "kade", "singel", "dijk", "steeg",
              "markt", "burgwal", "dreef", "kanaal")  # fmt: skip
# Words that may stand before such a name ("Van Baerlestraat", "Nieuwe Binnenweg").
NL_PREFIXES = ("Van", "Nieuwe", "Oude", "Korte", "Lange", "Sint", "Eerste", "Tweede",
               "Derde", "Prins", "Prinses", "Koningin", "Burgemeester", "Hoge", "Lage",
               "Achter")  # fmt: skip
_NL_NUMBER = r"[ \t]+[0-9]{1,4}(?:-[0-9]{1,3}|[A-Z](?![\w])|[ \t]bis(?![\w]))?(?![\w])"
_NL = re.compile(
    rf"(?<![\w\-])(?:(?:(?:{'|'.join(NL_PREFIXES)})[ \t]+)?[{_UP}][{_LO}]*"
    rf"(?:{'|'.join(NL_ENDINGS)})|Laan[ \t]+van[ \t]+{_TOKEN}){_NL_NUMBER}"
)

_TOWN = rf"[{_UP}][{_LO}]+(?:[ \-](?:de |da |do |di )?[{_UP}][{_LO}]+){{0,2}}"
# The postal codes and towns address.py tries before its own: the Italian province in
# brackets, the Dutch letters, the Portuguese and Brazilian dash (and Brazil's state).
POSTAL_INTL = (
    rf"[0-9]{{5}}[ \t]+{_TOWN}[ \t]+\([A-Z]{{2}}\)"
    rf"|[1-9][0-9]{{3}}[ ]?[A-Z]{{2}}[ \t]+{_TOWN}"
    rf"|[0-9]{{4,5}}-[0-9]{{3}}[ \t]+{_TOWN}(?:[ \t]+-[ \t]+[A-Z]{{2}}(?![\w]))?"
)
# The Dutch and the dashed codes are distinctive enough to follow on the next line.
POSTAL_INTL_LINE = (
    rf"[1-9][0-9]{{3}}[ ]?[A-Z]{{2}}[ \t]+{_TOWN}|[0-9]{{4,5}}-[0-9]{{3}}[ \t]+{_TOWN}"
)


def _starts_word(text: str, start: int) -> bool:
    return start == 0 or not text[start - 1].isalnum()


def _english_via(line: str) -> bool:
    """Whether a "Via ..." line is English: a channel or a product after the word."""
    words = line.split()
    return words[0] == "Via" and words[1].rstrip(",").title() in VIA_NOT


def it_pt_streets(text: str, starts: Sequence[int] | None) -> list[tuple[int, int]]:
    """Italian and Portuguese street lines: everywhere, or only at ``starts`` (where the
    engine saw a street word)."""
    out: list[tuple[int, int]] = []
    for pattern in (_IT_PT, _IT_PT_CAPS):
        found = pattern.finditer(text) if starts is None else finditer_at(pattern, text, starts)
        out += [
            (m.start(), m.end())
            for m in found
            if _starts_word(text, m.start()) and not _english_via(m.group())
        ]
    return out


def nl_streets(text: str) -> list[tuple[int, int]]:
    """Dutch street lines ("Keizersgracht 123", "Laan van Meerdervoort 55")."""
    return [(m.start(), m.end()) for m in _NL.finditer(text)]
