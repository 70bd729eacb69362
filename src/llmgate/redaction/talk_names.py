"""Names with the surname in capitals, and streets with their flat, in calls, chats, SMS,
mails and prose (issue 13, round 21).

Support chats, booking calls and class notes write the surname in capitals ("sono Arturo
PELLEGATTA", "PIRASTRU Efisio", "SURNAME, Given": "BARRETO, Filipa"), spell it out alone
later in the call ("PELLEGATTA, P come Palermo") or repeat a written surname in capitals
("Il cliente TARABUSI era presente"). The name rules read a name word as a capital and
lower-case letters, so they missed the capitals or kept only part of the name. Streets
come with a staircase, a flat or a floor after a comma ("Via Roma 112, scala B", "Rua de
Cedofeita 214, 3.º esq.", "7 Quarry Lane, Flat 2"); the street rules stopped before it.

This pass runs once on the findings of every detector (redactor.py):

- a pair of a given name and words in capitals is a name when the given name is known
  (given_names.py, and ``MORE_GIVEN`` below) or a cue that introduces a person stands right
  before it ("sono", "met", "fala o", a speaker's colon): capitals alone are acronyms
  (``NOT_SURNAMES``) as often as names;
- a found name grows over adjacent surname words in capitals and a known given name;
- the surname of a found name is masked where it is said again in capitals or as written;
- a found street grows over a flat, staircase or floor part (``UNIT``).

Cost: the pair patterns start only at a capital after a non-word character and need a
capital run next to a name word; the rest works on the findings only.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.given_names import COMPANY_WORDS, GIVEN_NAMES
from llmgate.redaction.mentions import CUES
from llmgate.redaction.names import NAME_TOKEN, NOT_NAMES

__all__ = ["MORE_GIVEN", "NOT_SURNAMES", "talk_spans"]

# Frequent given names of Italian, Dutch, Portuguese, German, French and Spanish speakers
# that given_names.py leaves out (it keeps to names that are no everyday word; so do these).
_MORE_GIVEN = """
    Arturo Almut Amedeo Agnese Alessia Alfredo Angiolino Annalisa Arianna Armando Benedetta
    Brunella Caterina Chiara Cinzia Corrado Daniela Donatella Efisio Elisabetta Emanuele
    Enrico Ermenegildo Ettore Fabrizio Federica Filippo Franca Gabriella Gianluca Gianluigi
    Gianni Giancarlo Gianfranco Gino Giorgia Giuliana Giuseppina Graziella Guendalina Ilaria
    Ippolito Lorenzo Loredana Luciana Mariangela Marisa Massimiliano Mirella Nicoletta Ornella
    Ottavio Piergiorgio Raffaella Rosalba Rossella Sabrina Samuele Serena Silvana Tiziana
    Tiziano Ubaldo Umberto Valentina Vittoria Vittorio Vincenzo Arjen Anouk Bastiaan Bram
    Dirkje Eline Femke Fleur Froukje Geert Gerrit Griet Harmke Hendrikje Henk Jeroen Joris
    Kees Lieke Lotte Maarten Marieke Niels Pieter Ruud Sander Sjoerd Sietske Thijs Wendelien
    Willem Wouter Ans Custódio Dulce Eugénia Filipa Graciete Hélder Inês João Joaquim Leonor
    Luís Mafalda Olímpio Rosário Rui Sebastião Tomás Valdemar Almut Annegret Gottfried
    Hiltrud Reinhold Wolfram Wilhelmine Jürgen Jörg Björn Gudrun Heike Ingrid Ulrike Uwe
    Héloïse Aurélien Gaëtan Solène Yannick Baptiste Benoît Clémence Mathilde Sébastien
    Remedios Evaristo Casilda Maite Itziar Nerea Iñaki Begoña Desmond Rosalind Barnaby
    Imogen Wilfred Lorcan Gelsomina Tecla Vittorina
    Paola Federico Giacomo Claudio Dario Ginevra Noemi Edoardo Maaike Jasper Stijn Ineke Gert
    Annemiek Monique Fenna Hanneke Gijs Teun Luuk Wout Bas Catarina Patrícia André Diogo Nuno
    Sérgio Vasco Vítor Fábio Filipe Margarida Madalena Matilde Graça Conceição Fátima Lurdes
    Markus Anja Juliette Élodie Amélie Pilar Concepción
"""
MORE_GIVEN = frozenset(_MORE_GIVEN.split())

# Words in capitals that are no surname: acronyms of the kinds of text this pass reads.
_NOT_SURNAMES = """
    OK KO PDF KYC AML IBAN BIC SWIFT SEPA SMS MMS CUD IRS NIF NIE DNI CPF CPR BSN SSN SIN
    VAT IVA BTW TVA USt EUR USD GBP CHF BTC ETH USDT API URL FAQ CEO CFO CTO COO HR IT
    EU UK USA ATM FYI ASAP PS NB RE FW FWD CC BCC TO FROM NO YES SI SIM JA NEE NON OUI NAO
    NÃO STOP START HELP INFO URGENT URGENTE AVISO ATTENZIONE ACHTUNG NOTE TODO ID PIN OTP
    TAN CVV CVC QR NFC GPS PC TV DVD USB LED CV WC APP WIFI WLAN DSL ISDN GSM LTE AM PM
    MR MRS MS DR PROF SIG SIGRA SRA SR HERR FRAU MME MLLE NOME NAME NOM NOMBRE NAAM COGNOME
    SURNAME GIVEN AND THE DE DA DI DO DU LA LE VAN VON DEL DOS DAS DER DEN
    DON DOÑA DONA SIGNOR SIGNORA SENHOR SENHORA SEÑOR SEÑORA MEVROUW MENEER DHR MEVR MADAME
    MONSIEUR MRICS FRICS MBA PHD MD ESQ RN CPA SARL SAS SRL SPA SNC BV NV LTD LLC INC SA SL
    AG KG LDA GMBH GRUPO GROUP VISA MASTERCARD AMEX MAESTRO PAYPAL NEIN DOB DOS SEX
    OPEN CLOSED PENDING DONE NEW ACTIVE INACTIVE FAILED ERROR WARNING PAID UNPAID APPROVED
    REJECTED CANCELLED CANCELED RESOLVED ONLINE OFFLINE TRUE FALSE NULL NONE HIGH LOW MEDIUM
    CRITICAL IMPORTANTE NOTA AVVISO AANGEPAST OFFEN ERLEDIGT ABERTO FECHADO APERTO CHIUSO
"""
NOT_SURNAMES = frozenset(_NOT_SURNAMES.split())

_UP = "A-ZÀ-ÖØ-Þ"
# A word in capitals: "PELLEGATTA", "DELL'ACQUA", "ACHEBE-FROST", "VRIES-BOLHUIS".
_CAPS = rf"[{_UP}](?:'?[{_UP}])+(?:-[{_UP}](?:'?[{_UP}])+)?"
_PART = r"(?:VAN DER|VAN DEN|VON DER|VAN|VON|DE LA|DE|DA|DI|DEL|DOS|DAS|DO|LE|LA|DU)"
_LOW_PART = r"(?:van der|van den|von der|van|von|de la|de|da|di|del|dos|das|do|le|la|du)"
# One to three surname words in capitals, each may follow a particle in either case.
_SURNAMES = rf"(?:(?:{_PART}|{_LOW_PART}) )?{_CAPS}(?: (?:(?:{_PART}|{_LOW_PART}) )?{_CAPS}){{0,2}}"
_GIVEN = rf"{NAME_TOKEN}(?: {NAME_TOKEN})?"
# Not a name's end: a code or path goes on ("ORD-1234", "PJSIP/207").
_END = r"(?![\w'/-])"
# "Arturo PELLEGATTA", "Carlo Alberto SPINELLI", "Harmke de VRIES-BOLHUIS".
_GIVEN_FIRST = re.compile(rf"(?<![\w'])(?P<g>{_GIVEN}) (?P<s>{_SURNAMES}){_END}")
# "PIRASTRU Efisio", "BARRETO, Filipa", "UGARTE ZABALETA, Remedios".
_SURNAME_FIRST = re.compile(rf"(?<![\w'])(?P<s>{_SURNAMES}),? (?P<g>{NAME_TOKEN}){_END}")
# What ends the words before an unknown given name when they introduce a person: a
# caller's or writer's own words, a speaker's or field's colon, an opening bracket.
_CUE_BEFORE = re.compile(
    r"(?:\b(?:sono|chiamo|nome di|intestato a|intestata a|met|naam van|fala o|fala a|"
    r"nome é|nome de|heiße|heisse|ist|bin|hier ist|appelle|suis|c'est|soy|llamo|"
    r"name is|it's|this is|i'm|paziente|patiënt|paciente|patient|patientin|cliente|klant|"
    r"kunde|kundin|client|customer)|[:(])[ \t]*\Z",
    re.IGNORECASE,
)


_VOWELS = re.compile("[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ü]")
_PARTICLES = frozenset(
    ["VAN", "VON", "DER", "DEN", "DE", "LA", "DA", "DI", "DEL", "DOS", "DAS", "DO", "LE", "DU"]
)


def _known(word: str) -> bool:
    return word in GIVEN_NAMES or word in MORE_GIVEN


def _surname_ok(words: str, vowels: int = 1) -> bool:
    """Capitals that can be a surname: no acronym of ``NOT_SURNAMES``, ``vowels`` vowels in
    each word, and one word of three letters or more."""
    caps = [w for w in re.split(r"[ \t]+", words) if not w.islower() and w not in _PARTICLES]
    long = False
    for word in caps:
        bare = word.replace("'", "").replace("-", "")
        if word in NOT_SURNAMES or bare in NOT_SURNAMES:
            return False
        if len(_VOWELS.findall(bare)) < vowels:
            return False
        long = long or len(bare) >= 3
    return long


_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;!?)]|\r?\n|\Z)")


def _given_ok(text: str, start: int, given: str) -> bool:
    words = given.split()
    if any(w in NOT_NAMES or w in COMPANY_WORDS for w in words):
        return False
    if _known(words[0]):
        return True
    line = text.rfind("\n", max(0, start - 60), start) + 1
    return _CUE_BEFORE.search(text, max(line, start - 60), start) is not None


# A surname in capitals alone after a role noun or a form of address ("il cliente ROSSI",
# "beim Nachbarn GRIESHABER", "mevrouw DE BOER", "Mme LEROUX"): the role nouns of
# mentions.py and these.
ROLE_WORDS = frozenset(
    [c for c in CUES["role"] if " " not in c]
    + ["signor", "signora", "sig.", "sig.ra", "herr", "herrn", "frau", "nachbarn", "mevrouw",
       "meneer", "dhr.", "mevr.", "senhor", "senhora", "sr.", "sra.", "señor", "señora",
       "madame", "monsieur", "mme", "m.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dott.",
       "dottor", "dottoressa", "dr.", "famiglia", "familie", "famille", "família", "familia"]
)  # fmt: skip
_ROLE_CAPS = re.compile(
    rf"(?<![\w'])(?P<r>[A-Za-zà-ÿ][a-zà-ÿ]+\.?(?:ra)?) (?P<s>{_SURNAMES}){_END}"
)


# A given name of ``MORE_GIVEN`` and a surname as written ("Ottavio Gherardini"): what
# given_names.full_names reads for its own list.
_MORE_FULL = re.compile(
    rf"(?<![\w'])(?P<g>[{_UP}][a-zß-öø-ÿ]+) (?P<s>[{_UP}][a-zß-öø-ÿ]+(?:-[{_UP}][a-zß-öø-ÿ]+)?)"
    r"(?![\w'])"
)
# Two capitals in a row (an apostrophe may part them): what every pair needs, found by a
# one-class scan before the two patterns that start at every capital.
_TWO_CAPS = re.compile(rf"[{_UP}]'?[{_UP}]")


def _pairs(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _MORE_FULL.finditer(text):
        if m["g"] in MORE_GIVEN and m["s"] not in NOT_NAMES and m["s"] not in COMPANY_WORDS:
            out.append(Span(m.start(), m.end(), "PERSON"))
    if _TWO_CAPS.search(text) is None:
        return out
    for m in _GIVEN_FIRST.finditer(text):
        # an unknown given name after a cue: a surname of two vowels or more ("ORD", "BBVA",
        # "PJSIP" are codes)
        if _surname_ok(m["s"], 1 if _known(m["g"].split()[-1]) or _known(m["g"].split()[0]) else 2):
            given = m["g"]
            g_start = m.start("g")
            if not _given_ok(text, g_start, given) and " " in given:
                # "Buongiorno Arturo PELLEGATTA": the word before the given name is no name
                g_start = m.start("g") + given.index(" ") + 1
                given = given[given.index(" ") + 1 :]
                if not _given_ok(text, g_start, given):
                    continue
            elif not _given_ok(text, g_start, given):
                continue
            out.append(Span(g_start, m.end(), "PERSON"))
    for m in _ROLE_CAPS.finditer(text):
        if m["r"].lower() in ROLE_WORDS and _surname_ok(m["s"], 2):
            out.append(Span(m.start("s"), m.end(), "PERSON"))
    for m in _SURNAME_FIRST.finditer(text):
        if _known(m["g"]):
            if _surname_ok(m["s"]):
                out.append(Span(m.start(), m.end(), "PERSON"))
        # "GHIRARDELLO, Ilario" alone on a speaker's or a field's line: an unknown given
        # name after a comma, capitals of two vowels, the name ending the clause
        elif (
            "," in m.group()
            and _surname_ok(m["s"], 2)
            and _given_ok(text, m.start(), m["g"])
            and _CLAUSE_END.match(text, m.end())
        ):
            out.append(Span(m.start(), m.end(), "PERSON"))
    return out


# A found name's neighbours: surname words in capitals after it, a known given name after
# a name in capitals ("PIRASTRU Efisio"), a given name and particle before capitals.
_AFTER_CAPS = re.compile(rf" (?:{_LOW_PART} )?(?P<s>{_CAPS}(?: {_CAPS})?){_END}")
_AFTER_GIVEN = re.compile(rf",? (?P<g>{NAME_TOKEN}){_END}")
_BEFORE = re.compile(rf"(?<![\w'])(?P<g>{NAME_TOKEN}) (?:(?P<p>{_LOW_PART}) )?\Z")


def _grown(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    value = text[start:end]
    m = _AFTER_CAPS.match(text, end)
    if m and not value.isupper() and _surname_ok(m["s"]):
        end = m.end()
    if value.isupper():
        m2 = _AFTER_GIVEN.match(text, end)
        if m2 and _known(m2["g"]):
            end = m2.end()
        b = _BEFORE.search(text, max(0, start - 40), start)
        if b and (b["p"] or _known(b["g"])) and b["g"] not in NOT_NAMES:
            start = b.start()
    return Span(start, end, "PERSON")


# A flat, staircase, floor or building part after a street's number.
# The words of a flat, staircase, door or building part that a number or letter follows
# ("scala B", "interno 7", "Flat 2", "Whg. 4", "bât. C", "esc. 2"), lower case.
UNIT_WORDS = (
    "scala", "interno", "int.", "piano", "esc.", "escada", "escalera", "escalier", "puerta",
    "porte", "bloco", "bloque", "lote", "lotto", "torre", "flat", "apt.", "apt", "apartment",
    "unit", "suite", "app.", "app", "appartement", "bus", "stiege", "tür", "top", "whg.",
    "wohnung", "bât.", "bât", "bâtiment", "edificio", "edifício",
)  # fmt: skip
# Building parts, floors and sides said without a number ("Hinterhaus", "hs", "r/c", the
# "links" of "2. OG links" that the street rules leave).
UNIT_ALONE = (
    "Hinterhaus", "Hinterhof", "Vorderhaus", "Seitenflügel", "Gartenhaus", "Souterrain",
    "Dachgeschoss", "Erdgeschoss", "EG", "DG", "hs", "huis", "bg", "boven", "rdc", "r/c",
    "bis", "ter", "links", "rechts", "li.", "re.", "gauche", "droite",
)  # fmt: skip
_SIDE = r"(?:[ \t]+(?:links|rechts|Mitte|li\.|re\.|gauche|droite))?"
UNIT = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+)(?:"
    rf"(?i:{'|'.join(map(re.escape, UNIT_WORDS))})[ \t]*#?[0-9A-Z]{{1,4}}(?![\w])"
    rf"|(?:{'|'.join(map(re.escape, UNIT_ALONE))})(?![\w])"
    r"|[0-9]{1,2}\.?[º°ª](?:[ \t]*(?i:esq\.?|dto\.?|dt\.?|dir\.?|frente|izq\.?|izda\.?|"
    r"dcha\.?|piano|andar|[A-Z](?![\w])))?"
    rf"|[0-9]{{1,2}}\.[ \t]*(?:OG|Stock|Etage|Obergeschoss)(?![\w]){_SIDE}"
    rf"|[0-9]{{1,2}}(?:e|ème|er|re)[ \t]+étage{_SIDE})"
)

# A street named for a title holder, the title abbreviated ("Rua Dr. António José de
# Almeida 12", "Viale Dott. Carlo Forlanini 5", "Avenida Eng. Duarte Pacheco 26"): the street
# rules stop at the dot, and the name rules take the rest for a person.
_TITLE = (
    r"(?:Dr|Dra|Dott|Eng|Engº|Prof|Profª|Gen|Cap|Cav|Pe|Dom|Dona|D|Sto|Sta|Mons|Mgr|Mal|Gal"
    r"|Cmdt|Com)\."
)
_TITLED_GATE = re.compile(rf"(?<![\w]){_TITLE} [{_UP}]")
_TITLED_STREET = re.compile(
    r"(?<![\w])(?:Rua|Avenida|Av\.|Avda\.|Travessa|Largo|Praça|Alameda|Estrada|Via|Viale|Corso|"
    r"Piazza|Piazzale|Largo|Calle|Plaza|Paseo|Rue|Avenue|Boulevard|Bd|Allée|Place)"
    rf" (?:(?:do|da|de|dos|das|del|della|dello|di|du) )?{_TITLE} ?"
    rf"{NAME_TOKEN}(?: (?:(?:de|da|do|dos|das|di|del|della|du|e|y) )?{NAME_TOKEN}){{0,4}}"
    r",? (?:n\.?[º°]? ?)?[0-9]{1,4}[A-Za-z]?(?![\w])"
)


# A street that ends in its flat's word without the flat's number ("7 Quarry Lane, Flat").
_UNIT_WORD_END = re.compile(r"[ \t]*,?[ \t]*(?i:flat|apt\.?|apartment|unit|suite|scala|interno)\Z")


def _street(text: str, span: Span) -> Span:
    end = span.end
    cut = _UNIT_WORD_END.search(text, span.start, end)
    if cut is not None and UNIT.match(text, cut.start()):
        end = cut.start()
    for _ in range(3):
        m = UNIT.match(text, end)
        if m is None:
            break
        end = m.end()
    return span if end == span.end else Span(span.start, end, span.type)


_WORD = re.compile(rf"[{_UP}][^\W\d_]+(?:['-][^\W\d_]+)?")


_REPEAT_WORDS = 24  # at most this many surname forms a text: one C-level pass for all


def _surname_repeats(text: str, names: list[Span], pairs: list[Span]) -> list[Span]:
    """Where a surname is said again: a name this pass found in capitals, as written and in
    title case; a found name with a known given name, in the other case ("Ermenegildo
    Tarabusi" ... "TARABUSI"). Names without a known given name are left: other rules'
    findings that are no name ("DE VEHÍCULO") must not spread."""
    words: dict[str, None] = {}
    own = set(pairs)
    for span in names:
        if len(words) >= _REPEAT_WORDS:
            break
        mine = span in own
        parts = _WORD.findall(text, span.start, span.end)
        if len(parts) < 2 or not (mine or any(map(_known, parts))):
            continue
        for word in (parts[-1], parts[0]) if parts[0].isupper() else (parts[-1],):
            bare = word.replace("'", "").replace("-", "")
            if len(bare) >= 4 and word not in NOT_NAMES and not _known(word):
                if mine or not word.isupper():
                    words[word.upper()] = None
                if mine or word.isupper():
                    words[word[:1] + word[1:].lower()] = None
    # A C-level find per word, not a pattern compiled for each text's own words.
    out: list[Span] = []
    size = len(text)
    for word in list(words)[:_REPEAT_WORDS]:
        i = text.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or not _joins(text[i - 1])) and (end == size or not _joins(text[end])):
                out.append(Span(i, end, "PERSON"))
            i = text.find(word, i + 1)
    return sorted(out)


def _joins(char: str) -> bool:
    """Whether ``char`` continues a word (``re``'s ``\\w``, an apostrophe, a hyphen)."""
    return char.isalnum() or char in "_'-"


def talk_spans(text: str, found: list[Span], entities: frozenset[str] | set[str]) -> list[Span]:
    """The spans this pass adds to ``found`` (the redactor joins overlaps of one type)."""
    out: list[Span] = []
    if "PERSON" in entities:
        pairs = _pairs(text)
        names = [s for s in found if s.type == "PERSON"]
        grown = [_grown(text, s) for s in names]
        out += pairs
        out += [g for g, s in zip(grown, names, strict=True) if g != s]
        out += _surname_repeats(text, grown + pairs, pairs)
    if "STREET_ADDRESS" in entities:
        if _TITLED_GATE.search(text) is not None:
            for m in _TITLED_STREET.finditer(text):
                out.append(_street(text, Span(m.start(), m.end(), "STREET_ADDRESS")))
        for s in found:
            if s.type == "STREET_ADDRESS":
                g = _street(text, s)
                if g != s:
                    out.append(g)
    return out
