"""Street lines that deeds, contracts and claims write after a residence cue or before a
postal code, in the lower case of running prose.

Notarial deeds and contracts give a party's home in a fixed phrase: "residente in Udine,
via Poscolle n. 27, scala B, interno 4", "con domicilio en Valencia, calle de Cirilo
Amorós número 53, 3º B", "residente em Braga, Rua do Souto, n.º 12, 3.º Esq.", "wonende
te Leiden, aan de Rapenburg 56". There the street word is lower case and the number
carries its own word ("n.", "número", "n.º") and the staircase, flat and floor follow,
which address.py and address_intl.py (a capitalised street word, a bare number) do not
read. The cue says a street follows, so the lower-case street word is safe only here,
or where a postal code and a town close the line ("via Cavour 19, 10123 Torino").
Dutch streets need no street word at all ("Zonnehof 12", "Oude Gracht 241"): after
"wonende" any capitalised name and a house number is one. Every table is a list of
words; a text without a cue or a postal code pays one C-level find per cue.
"""

from __future__ import annotations

import re

from llmgate.redaction.names import LOWER as _LO
from llmgate.redaction.names import NAME_TOKEN as _TOKEN
from llmgate.redaction.names import UPPER as _UP

__all__ = ["CUE_STEMS", "NAMELESS_CUES", "RESIDENCE_CUES", "STREET_WORDS", "cued_streets"]

# Lower case, as found in the lower-cased text: a party's or a caller's home follows.
RESIDENCE_CUES = (
    # Italian
    "residente in", "residente a", "residenti in", "domiciliato in", "domiciliata in",
    "abito in", "abita in", "abitante in",
    # Spanish
    "con domicilio en", "domiciliado en", "domiciliada en", "vecino de", "vecina de",
    "vivo en", "vive en", "residente en",
    # Portuguese
    "residente em", "residentes em", "morador na", "moradora na", "morador em",
    "moradora em", "moro na", "moro em", "mora na", "domiciliado em",
    # Dutch
    "wonende", "woonachtig", "ik woon", "woont aan", "woont op",
)  # fmt: skip
# A stem of every cue: nine C-level finds decide whether a text has none.
CUE_STEMS = ("resid", "domicil", "vecin", "viv", "abit", "mora", "moro", "wonen", "woon")
# After these (Dutch) a capitalised name and a number are a street without a street word.
NAMELESS_CUES = ("wonende", "woonachtig", "ik woon", "woont aan", "woont op")
# Street words of Italian, Spanish and Portuguese lines, read in either case after a cue.
STREET_WORDS = (
    "via", "viale", "corso", "piazza", "piazzale", "largo", "vicolo", "strada", "borgo",
    "calle", "c/", "avenida", "avda.", "av.", "paseo", "plaza", "camino", "ronda", "travesía",
    "carrer", "rambla", "rua", "travessa", "praça", "estrada", "alameda", "calçada",
)  # fmt: skip
_WORDS = "|".join(re.escape(w) for w in sorted(STREET_WORDS, key=len, reverse=True))
_JOIN = r"(?:del|della|dello|dei|degli|delle|di|d'|dell'|de la|de los|de las|de|do|da|dos|das)"
# The house number with its own word: "n. 27", "nº 12", "n.º 12", "número 53".
_NUMBER = (
    r",?[ \t]+(?:(?:n\.[ \t]*[º°]?|n[º°o]\.?|n\.º|núm\.|número|numero|num\.)[ \t]*)?"
    r"[0-9]{1,4}(?:/[A-Za-z0-9]{1,2}|[A-Za-z](?![\w]))?(?![\w])"
)
# What follows the number: staircase and flat ("scala B", "interno 4"), the floor and the
# door ("3º B", "2º izda.", "3.º Esq.", "1.º Dto.", "r/c").
_DOOR = (
    r"(?:[A-Z](?![\w])"
    r"|(?i:izq(?:uierda|da)?\.?|izda\.?|dcha\.?|dcho\.?|esq\.?|dto\.?|dt\.?|dir\.?|frente))"
)
_UNIT = (
    r"(?:[ \t]*,[ \t]*|[ \t]+)(?:(?i:scala|interno|int\.|piano|esc\.|escalera|puerta|pta\.|"
    r"planta|bloque|portal|lote|bloco)[ \t]*[0-9A-Z]{1,3}(?![\w])"
    rf"|[0-9]{{1,2}}\.?[º°ª](?:[ \t]*{_DOOR})?(?![\w])|(?i:r/c)(?:[ \t]*{_DOOR})?)"
)
_NAME = rf"(?:{_JOIN}[ \t]+)?{_TOKEN}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_TOKEN}){{0,3}}"
_STREET = re.compile(rf"(?<![\w])(?i:{_WORDS})[ \t]+{_NAME}{_NUMBER}(?:{_UNIT}){{0,3}}")
# Dutch: any capitalised name of up to three words and a house number ("Oude Gracht 241").
_NAMELESS = re.compile(
    rf"(?<![\w])[{_UP}][{_LO}]{{2,}}(?:[ \t]+[{_UP}][{_LO}]{{2,}}){{0,2}}[ \t]+[0-9]{{1,4}}"
    r"(?:-[0-9]{1,3}|[a-zA-Z](?![\w]))?(?![\w]|[.,][0-9])"
)
# A postal code and a town after the street: "via Cavour 19, 10123 Torino".
_POSTAL_AFTER = re.compile(rf"[ \t]*,[ \t]*[0-9]{{4,5}}[ \t]+[{_UP}]")
_POSTAL_GATE = re.compile(r", [0-9]{4,5} [A-Z]")
# How far after a cue the street may start ("residente a Modena in via ...").
_WINDOW = 70
# Words that the Dutch rule would take for a street: a town after "te", a postbox.
_NOT_NAMELESS = frozenset(["Postbus", "Antwoordnummer", "Bus", "Jaar", "Week"])


def _cue_places(lower: str, cues: tuple[str, ...]) -> list[int]:
    """Where each cue ends (every occurrence; a word-start check on the cue)."""
    places: list[int] = []
    for cue in cues:
        at = lower.find(cue)
        while at >= 0:
            if at == 0 or not lower[at - 1].isalnum():
                places.append(at + len(cue))
            at = lower.find(cue, at + 1)
    return places


def cued_streets(text: str, lower: str) -> list[tuple[int, int]]:
    """Street lines after a residence cue (within ``_WINDOW`` characters on its line) and
    lower-case street lines closed by a postal code and a town; ``lower``: the text lower
    cased with the same offsets."""
    out: list[tuple[int, int]] = []
    if any(map(lower.__contains__, CUE_STEMS)):
        nameless = set(_cue_places(lower, NAMELESS_CUES))
        for end in _cue_places(lower, RESIDENCE_CUES):
            # The street starts in the window; its flat and floor may run past it.
            limit = text.find("\n", end, end + 2 * _WINDOW)
            limit = min(len(text), end + 2 * _WINDOW) if limit < 0 else limit
            m = _STREET.search(text, end, limit)
            if m is None and end in nameless:
                m = _NAMELESS.search(text, end, limit)
                if m is not None and m.group().split()[0] in _NOT_NAMELESS:
                    m = None
            if m is not None and m.start() < end + _WINDOW:
                out.append(m.span())
    if _POSTAL_GATE.search(text) is not None:
        for m in _STREET.finditer(text):
            if _POSTAL_AFTER.match(text, m.end()) is not None:
                out.append(m.span())
    return out
