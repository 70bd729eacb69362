"""Names that prose introduces: "My name is Anna Schmidt", "the patient Anna Schmidt",
"on behalf of Sarah Connor", "Thanks, Helen Clark".

Chat and support prompts name people this way far more often than with a label or a title,
and a name after such a cue went out unmasked. Each cue family trusts its cue as far as it
carries: "my name is" announces a name, so one capitalized word after it is masked; "I am",
a role noun or "on behalf of" are followed by job titles and products as often as by people,
so they need two name words (or one before "from"), and no word of the name may be in
``NOT_NAMES``; a sign-off counts only when the name ends its line.

Finding the cues cheaply: every cue is followed by blanks and a capital. The multi-pattern
engine fires a trigger per cue (engine.py). The pure path reads the text backwards for a
capital, blanks and a cue in one ``re`` pass that starts with a literal byte, then confirms
each place with ``str.endswith`` on the lower-cased text. Both run the same pattern at the
cue starts they found, so both find the same names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from llmgate.redaction.detectors import finditer_at
from llmgate.redaction.given_names import GIVEN_NAMES
from llmgate.redaction.names import (
    LATIN1_CAPITALS,
    NAME,
    NAME2,
    NAME_TOKEN,
    NOT_NAMES,
    cut_word,
    either_case,
    inside_word,
)

__all__ = [
    "AFTER_NAME",
    "CUES",
    "GAPS",
    "cue_capitals",
    "cue_starts",
    "mention_names",
    "named_before",
]

# The cue families, lower case, with a single space between words; "'" also matches the
# typographic apostrophe U+2019.
CUES: dict[str, tuple[str, ...]] = {
    # A name follows, even a single word.
    "intro": (
        "my name is", "my name's", "mein name ist", "mein name lautet", "ich heiße",
        "ich heisse", "hier spricht", "je m'appelle", "mon nom est", "je me nomme", "me llamo",
        "mi nombre es",
        # a support chat's greeting: "Hi, you're chatting with Olivia."
        "you're chatting with", "you are chatting with", "you're speaking with",
        "you are speaking with", "sie sprechen mit", "vous parlez avec", "está hablando con",
        # an agent's greeting in Spanish: "buenos días, le atiende Rodrigo"
        "le atiende", "la atiende", "les atiende", "le habla",
        # the other four languages, and a Dutch caller's or agent's first words on the
        # phone ("Goedemiddag, met Wouter Lansink", "u spreekt met Roel")
        "mi chiamo", "il mio nome è", "me chamo", "chamo-me", "o meu nome é", "mijn naam is",
        "u spreekt met", "je spreekt met", "goedemiddag, met", "goedemorgen, met",
        "goedenavond, met", "hallo, met", "dag, met",
        # an Italian agent's first words on the phone ("Calorex, parla Serena"; round 21)
        "parla",
    ),
    # "I'm Anna Schmidt" but also "I am Head of Sales": two name words, or one and "from",
    # or one known given name that ends the clause ("hola, soy Amparo, llámeme").
    "self": ("i am", "i'm", "ich bin", "je suis", "soy", "c'est", "it's", "it is",
             # a caller in Portuguese and Italian: "aqui é o Rui", "sono Ottavio"
             "aqui é o", "aqui é a", "fala o", "fala a", "sono", "qui è",
             # the other driver or a neighbour named in a claims call ("er heißt Kerem
             # Özdemir", "si chiama Giulia Ferri")
             "heißt", "heisst", "heet", "si chiama", "se llama", "s'appelle", "chama-se"),
    # "This is Anna from billing": only with what callers say after their name.
    "this": ("this is", "hier ist", "ici"),
    # A role noun right before a name.
    "role": (
        "patient", "patientin", "patiente", "paciente", "customer", "client", "cliente",
        "employee", "colleague", "coworker", "co-worker", "applicant", "candidate", "tenant",
        "guest", "passenger", "new hire", "new joiner", "neue kollegin", "neuer kollege",
        "nouvelle recrue", "kunde", "kundin", "mitarbeiter", "mitarbeiterin", "kollege",
        "kollegin", "bewerber", "bewerberin", "mieter", "mieterin", "empleado", "empleada",
        "compañero", "compañera", "candidato", "candidata", "inquilino", "inquilina",
        "employé", "employée", "collègue", "candidat", "locataire", "new starter", "salarié",
        "salariée", "trabajador", "trabajadora",
        # the parties of a deed or a contract and the other side of a claim (round 19)
        "venditore", "venditrice", "acquirente", "verkoper", "koper", "verkoopster",
        "vendedor", "vendedora", "comprador", "compradora", "verkäufer", "verkäuferin",
        "käufer", "käuferin", "vendeur", "venderesse", "acquéreur", "seller", "buyer",
        "grantor", "grantee", "unfallgegner", "unfallgegnerin", "tegenpartij",
        "third party", "other driver", "andere fahrer", "andere fahrerin",
        # who signs, checks or is assessed in an HR file or a report (round 20)
        "line manager", "payroll clerk", "foster carer", "social worker", "vendor's agent",
        "estate agent", "treasurer", "kassenprüferin", "kassenprüfer", "kassenwart",
        "kassenwartin", "trésorier", "trésorière", "tesorero", "tesorera", "tesoriere",
        "penningmeester", "tesoureiro", "tesoureira",
        # the neighbour a delivery note leaves a parcel with ("laisser chez la voisine
        # Odile Marchal", "deixar com a vizinha Rosa Pinto"; round 20); not the Italian
        # "vicino", which is "near" as often
        "neighbour", "neighbor", "nachbar", "nachbarin", "voisin", "voisine", "vecino",
        "vecina", "buurman", "buurvrouw", "vizinho", "vizinha",
        # the technician of a job report or a booking call ("il tecnico Fabrizio Ancillotti",
        # "fala o técnico Hélder Serrão", "monteur Ruud Pijnacker"; round 21)
        "tecnico", "técnico", "technicus", "monteur", "techniker", "technicien",
    ),
    # Acting for, signing for, mail addressed to.
    "by": (
        "on behalf of", "signed by", "approved by", "requested by", "prepared by", "c/o",
        "attn", "im auftrag von", "zu händen", "de la part de", "au nom de", "en nombre de",
        "a nombre de", "firmado por", "assigned to", "escalated to", "handed over to",
        # a voicemail greeting: "You've reached Anna Schmidt at ..."
        "you've reached", "you have reached", "vous êtes bien chez", "has llamado a",
        "ha llamado a",
        "zugewiesen an", "weitergeleitet an", "assigné à", "asignado a",
        # Who one spoke or wrote with, in free prose (issue 13).
        "spoke with", "spoke to", "talked to", "talked with", "met with", "meeting with",
        "call with", "call from", "email from", "message from", "hablé con", "habló con",
        "hablado con", "reunión con", "llamada de", "correo de", "parlé avec", "parlé à",
        "rendez-vous avec", "appel de", "message de", "telefonat mit", "gespräch mit",
        "termin mit", "nachricht von", "anruf von", "e-mail von",
        # a voicemail notice's caller: "New voicemail from Colm Rafferty (617) ..."
        "voicemail from", "voice message from", "missed call from", "sprachnachricht von",
        "mailbox-nachricht von", "message vocal de", "appel manqué de", "mensaje de voz de",
        "llamada perdida de", "messaggio vocale da", "messaggio in segreteria da",
        "chiamata persa da", "voicemail van", "voicemailbericht van", "gemiste oproep van",
        "correio de voz de", "mensagem de voz de", "chamada perdida de",
        # who processed, completed or inspected a payroll run, a form or a house (round 20)
        "processed by", "completed by", "inspected by", "checked by", "verified by",
        "compiled by", "bearbeitet von", "geprüft durch", "traité par", "établi par",
        "elaborado por", "tramitado por", "elaborato da", "verificato da", "opgesteld door",
        "verwerkt door", "gecontroleerd door", "processado por", "verificado por",
        # a backup script's comment: whose machine it saves
        "backup of", "backup for", "belongs to", "sicherung für", "sauvegarde du poste de",
        "copia di sicurezza del portatile di",
    ),
    # Titles before a name in capitals ("MR JOHN SMITH" on labels, bookings, statements);
    # not "MS" or "DR", which lead "MS SQL SERVER" and "DR SITE FAILOVER" as often.
    "caps": (
        "mr", "mrs", "miss", "herr", "herrn", "frau", "mme", "mlle", "monsieur", "madame",
        "señor", "señora", "sra",
    ),
    # "Thanks, Anna" / "Best regards, John Smith" closing a line.
    "signoff": (
        "regards", "best", "thanks", "thank you", "cheers", "sincerely", "yours", "grüßen",
        "grüße", "gruß", "cordialement", "salutations", "saludos", "atentamente", "gracias",
        "merci",
        # a call's farewell before the agent's own name ("Grazie, arrivederci. Ilaria.")
        "bye", "bye now", "goodbye", "tschüss", "auf wiederhören", "au revoir", "adiós",
        "hasta luego", "arrivederci", "tot ziens", "adeus", "tchau",
    ),
}  # fmt: skip


def _cue_pattern(family: str, name: str, gap: str = "", tail: str = "") -> re.Pattern[str]:
    cues = "|".join(
        either_case(c, apostrophe="['\u2019]")
        for c in sorted(CUES[family], key=len, reverse=True)  # the longest cue first
    )
    return re.compile(rf"(?:{cues}){gap}[ \t]+(?P<n>{name}){tail}")


# What may stand between a cue and the blanks before the name: the punctuation that ends a
# sign-off ("Thanks, Anna"), the dot of an abbreviated title ("MR. JOHN SMITH").
# A role noun set off by a comma: "The tenant, Gareth Pryce, reported the leak".
GAPS = {"signoff": "[,!.]?", "caps": r"\.?", "role": ",?"}
# A word in capitals: "SMITH", "O'BRIEN", "MÜLLER-LÜDENSCHEIDT".
_CAPS_WORD = r"(?:[A-ZÀ-ÖØ-Þ]'[A-ZÀ-ÖØ-Þ]{2,}|[A-ZÀ-ÖØ-Þ]{2,})(?:-[A-ZÀ-ÖØ-Þ]{2,})?"
_ONE_FROM = rf"{NAME_TOKEN}(?=[ \t]+(?:from|von|aus|de|du|del)[ \t])"
# One word that ends the clause: a name only if it is a known given name (checked after).
# A transcript has no punctuation: a lower-case word may follow ("hey it's Nathaniel um i'm
# running late", "salut c'est Ophélie rappelle-moi").
_ONE_GIVEN = rf"(?P<g>{NAME_TOKEN})(?=[ \t]*[,.!;]|[ \t]*\r?\n|\Z|[ \t]+[a-zß-öø-ÿ])"
# What a caller says after their name: "This is Anna from billing", "...Anna speaking".
_CALLER_TAIL = r"(?=[ \t]*,|[ \t]+(?:from|calling|speaking|here|with|von|vom|aus|de la part)\b)"
# An agent signs off a call with a word after the name: "Thank you. Shauna signing off."
_SIGNOFF_TAIL = (
    r"(?:[ \t]+(?:here|speaking|signing off|am apparat|à l'appareil|al habla|al telefono"
    r"|aan de lijn))?[ \t]*[.!]?(?=\r?\n|\Z)"
)
_PATTERNS: dict[str, re.Pattern[str]] = {
    "intro": _cue_pattern("intro", NAME),
    "self": _cue_pattern("self", f"{NAME2}|{_ONE_FROM}|{_ONE_GIVEN}"),
    "this": _cue_pattern("this", NAME, tail=_CALLER_TAIL),
    "role": _cue_pattern("role", NAME2, GAPS["role"]),
    "by": _cue_pattern("by", NAME2),
    # Only a name ends the line: "Thanks, Anna" signs a message, "Thanks, Anna said" does not.
    # One space between the words: fixed-width layouts separate their columns with several.
    "caps": _cue_pattern(
        "caps", rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{1,2}}", GAPS["caps"], r"(?![^\W\d_])"
    ),
    "signoff": _cue_pattern("signoff", NAME, GAPS["signoff"], _SIGNOFF_TAIL),
}
_STRICT = frozenset(["self", "this", "role", "by", "caps", "signoff"])

# Every cue as written (both apostrophes), and the families it starts.
_BY_CUE: dict[str, list[str]] = {}
for _family, _cues in CUES.items():
    for _cue in _cues:
        for _q in ("'", "\u2019"):
            _BY_CUE.setdefault(_cue.replace("'", _q), []).append(_family)


# The cues by their last two characters (every cue has two or more).
_BY_TAIL: dict[str, list[tuple[str, list[str]]]] = {}
for _cue, _families in _BY_CUE.items():
    _BY_TAIL.setdefault(_cue[-2:], []).append((_cue, _families))

# The one-byte copy with every capital (and "?", which stands for each character beyond
# Latin-1: U+2019, "Ł"...) read as \x01: a pattern that starts with one literal byte is scanned
# for by ``re`` several times faster than one that starts with a class of capitals.
_CAPITAL_MARK = bytes(1 if i in LATIN1_CAPITALS or i == 0x3F else i for i in range(256))


def _byte_class(ch: str) -> str:
    """``ch`` in either case in the marked copy, where its capital reads as byte 1."""
    return either_case(ch, apostrophe=r"['\x01]", capital=r"\x01")


_Node = dict[str, "_Node"]  # a letter trie: "" marks the end of a word


def _trie(words: list[str]) -> str:
    """One regex for ``words`` that branches a letter at a time: ``re`` tries an alternation
    branch by branch, so a shared prefix is checked once instead of once per word."""
    tree: _Node = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        branches = [_byte_class(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(tree)


# Read backwards, a cue follows the capital that starts a name. Matched on the marked copy
# reversed: a literal first byte (the capital) lets ``re`` skip ahead in C, where a pattern
# that begins with any of the cues' first letters would be tried at most positions. A
# superset of the cue places (any capital passes for a cue's capital letter); ``cue_starts``
# then checks each on the lower-cased text. Zero-width after the capital: no hidden matches.
_BACKWARDS = re.compile(
    rb"\x01(?=[ \t]+(?:"
    + _trie([c[::-1] for cues in CUES.values() for c in cues]).encode("latin-1")
    # Only the families with a gap after a comma or a dot: most capitals start a sentence.
    + rb"|[,!.]"
    + _trie([c[::-1] for family in GAPS for c in CUES[family]]).encode("latin-1")
    + rb"))"
)


def cue_capitals(latin1: bytes) -> list[int]:
    """Capitals that a cue may precede, from the one-byte copy of the text (the pure path;
    the engine's ``person:cue`` trigger reports the same places)."""
    last = len(latin1) - 1
    return [last - m.start() for m in _BACKWARDS.finditer(latin1.translate(_CAPITAL_MARK)[::-1])]


def cue_starts(lower: str, capitals: Iterable[int]) -> dict[str, list[int]]:
    """Where each family's cues start (sorted, distinct).

    ``lower`` is the lower-cased text with the text's offsets; ``capitals`` a superset of
    the capitals that follow a cue, its gap and blanks. The result holds every place where
    a family's pattern can match.
    """
    found: dict[str, set[int]] = {}
    endswith = lower.endswith
    for end in capitals:
        while end > 0 and lower[end - 1] in " \t":
            end -= 1
        for stop in (end, end - 1) if end and lower[end - 1] in ",!." else (end,):
            for cue, families in _BY_TAIL.get(lower[stop - 2 : stop], ()):
                if endswith(cue, 0, stop):
                    for family in families:
                        if stop == end or family in GAPS:
                            found.setdefault(family, set()).add(stop - len(cue))
    return {family: sorted(starts) for family, starts in found.items()}


_POSSESSIVE = re.compile("['\u2019]s(?![^\\W\\d_])")


def mention_names(text: str, starts: dict[str, list[int]] | None) -> list[tuple[int, int]]:
    """Name spans after the cues at ``starts`` (by family; see ``cue_starts``); with None,
    each pattern searches the whole text (for text whose lower case moves offsets)."""
    out: list[tuple[int, int]] = []
    for family in _PATTERNS if starts is None else starts:
        pattern = _PATTERNS[family]
        if starts is None:
            matches = pattern.finditer(text)
        else:
            matches = finditer_at(pattern, text, starts[family])
        for m in matches:
            begin = m.start()
            if inside_word(text, begin):
                continue  # "outpatient Anna": the cue ends a longer word
            start, end = m.span("n")
            if cut_word(text, end):
                continue  # "Meier GmbH" read as "Meier Gmb": a name ends with its word
            if (own := _POSSESSIVE.search(text, start, end)) is not None:
                end = own.start()  # "backup of Ingrid's MacBook": the name ends at its "'s"
            words = text[start:end].split()
            if family == "self" and m.group("g") is not None and words[0] not in GIVEN_NAMES:
                continue  # "I'm Head, ..." / "c'est Paris, ...": one word, no given name
            if family == "caps":
                words = [w.title() for w in words]  # "SERVER" is the word "Server"
                if len(words) == 3 and words[1] not in GIVEN_NAMES:
                    words = words[:2]  # "ANNA SCHMIDT FLIGHT": a third word only after two
                    end = start + len(text[start:end].rsplit(" ", 1)[0])  # given names
            if family in _STRICT and any(w.rstrip(".") in NOT_NAMES for w in words):
                continue
            out.append((start, end))
    return sorted(out)  # the same order whichever way the families were visited


# Words after a name that say it is one: an agent's "Fabrice à votre écoute", "Anna am
# Apparat"; a birth date that follows its person ("Ellis Fitzgerald was born on ...",
# "Consuelo Barrionuevo, nacida el ...", "New starter Harriet Hartley (DOB ...)"). Found
# by a C-level search for each phrase in the lower-cased text, then a name ending right
# before it (two name words for a birth cue, one for a greeting), on both paths alike.
_AFTER_ONE = (
    "à votre écoute", "à votre service", "am apparat", "al habla", "at your service",
    "à l'appareil",
)  # fmt: skip
_AFTER_TWO = (
    "was born", "is born", "born on", "(dob", "(d.o.b", "(born", ", né le", ", née le",
    ", né en", ", née en", ", nacido el", ", nacida el", ", nacido en", ", nacida en",
    ", geb.", ", geboren am", "(geb.", "(né", "(née",
)  # fmt: skip
# Every phrase: the engine's "person:after" presence trigger (triggers.py).
AFTER_NAME = (*_AFTER_ONE, *_AFTER_TWO)
_BEFORE_ONE = re.compile(rf"(?<![^\W\d_])(?P<n>{NAME})[ \t]+\Z")
_BEFORE_TWO = re.compile(rf"(?<![^\W\d_])(?P<n>{NAME2})[ \t]*\Z")
_REACH = 80  # characters before a phrase that its name can start


# The phrases by a part they share, found once each: ten searches of the text, not 24.
_KEYS = (
    "born", "(d", ", né", "nacid", "geb", "(n", "à votre ", "apparat", "al habla", "your se",
    "appareil",
)  # fmt: skip
_BY_KEY = {
    key.encode("latin-1"): [(p, p.index(key), _BEFORE_ONE if p in _AFTER_ONE else _BEFORE_TWO)
                            for p in AFTER_NAME if key in p]
    for key in _KEYS
}  # fmt: skip


def named_before(text: str, lower: str, raw: bytes) -> list[tuple[int, int]]:
    """Names right before a phrase of ``_AFTER_ONE`` or ``_AFTER_TWO`` (``lower``: the
    lower-cased text with the text's offsets; ``raw``: its Latin-1 bytes lower-cased, where
    the keys are searched: no character beyond Latin-1 lowers to a letter of theirs)."""
    out: list[tuple[int, int]] = []
    for key, phrases in _BY_KEY.items():
        at = raw.find(key)
        while at >= 0:
            for phrase, offset, pattern in phrases:
                start = at - offset
                if start >= 0 and lower.startswith(phrase, start):
                    line = lower.rfind("\n", 0, start) + 1
                    m = pattern.search(text, max(line, start - _REACH), start)
                    if m is not None:
                        out += _name_words(text, *m.span("n"))
            at = raw.find(key, at + 1)
    return out


def _name_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name in ``text[start:end]`` without the capitalized words before it that are no
    given names ("Yesterday Harriet Hartley", "Mitarbeiterin Jana Wolf"): [] or one span."""
    words = text[start:end].split()
    while len(words) > 2 and words[0] not in GIVEN_NAMES:
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    if any(w.rstrip(".") in NOT_NAMES for w in words):
        return []
    return [(start, end)]
