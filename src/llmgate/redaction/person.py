"""Built-in PERSON detection from context, without a language model.

Names have no checksum, so this detector only trusts the places where business text
announces one: a title (``Dr.``, ``Frau``, ``Mme``), a label (``Name:``, ``"employee":``), a
greeting (``Dear``, ``Hola``), a sign-off (``Regards,`` then a line with the name), a table
column, and the cues of ``mentions.py`` ("my name is", "the patient", a known given name
before a surname). Recall on names in free prose without such a cue is limited: plug
Presidio in (``presidio_adapter``) when it matters more than speed.
"""

from __future__ import annotations

import re

from llmgate.redaction.columns import (
    TABLE_HINTS,
    aligned_names,
    header_lines,
    hinted_lines,
    sql_names,
    table_names,
)
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span, finditer_at
from llmgate.redaction.forms import (
    form_names,
    handle_names,
    label_names,
    list_names,
    markup_names,
)
from llmgate.redaction.given_names import (
    COMPANY_WORDS,
    GIVEN_NAMES,
    full_names,
    given_candidates,
)
from llmgate.redaction.mentions import cue_capitals, cue_starts, mention_names, named_before
from llmgate.redaction.names import (
    LABEL_PAIRS,
    LABELS,
    LOWER,
    NAME,
    NAME_TOKEN,
    NOT_NAMES,
    UPPER,
    alone_no_name,
    inside_word,
)
from llmgate.redaction.threads import (
    answer_names,
    at_names,
    speaker_names,
    spelled_names,
    stamped_names,
    writer_names,
    wrote_candidates,
)

__all__ = [
    "LABEL_PAIRS",
    "LABELS",
    "LOWER",
    "NAME_TOKEN",
    "SIGNOFFS",
    "TABLE_HINTS",
    "TITLE_PARTICLES",
    "TITLE_WORDS",
    "UPPER",
    "PersonDetector",
]

_STOP = frozenset(
    ["Team", "All", "Everyone", "Customer", "Customers", "Sir", "Madam", "Madame", "Support",
     "There", "Folks", "Colleagues", "Kollegen", "Kolleginnen", "Damen", "Herren", "Tous",
     "Todos", "Equipo", "Friends", "Manager", "Sales", "Service", "Admin", "Administrator",
     "User", "Client", "Kunde", "Cliente", "Hiring", "Recruiter", "Mr", "Mrs", "Ms", "Dr",
     "Prof", "Herr", "Frau", "Monsieur", "Mme", "Señor", "Señora", "Thanks", "Thank",
     "Regards", "Best", "The", "This", "That", "Your", "Our", "Please", "Monday", "Tuesday",
     "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Morning", "Hi", "Hello",
     # a sign-off after a greeting word: "Liebe Grüße", "Chère équipe"
     "Grüße", "Grüßen", "Gruß", "Équipe",
     # a company, not a surname: "Klaus Becker von der Firma Müller"
     "Firma", "Company", "Société", "Empresa",
     "Le", "Les", "El", "Der", "Die", "Das", "Une", "Ein", "Eine", "C'est", "Mein", "Meine",
     "My", "Mon", "Ma", "Mi",
     # titles of Spanish, Portuguese and Dutch records ("Hóspede: Sr. Rui ..."), and the
     # birth date's label of a register's row ("Holder: Ashcombe, Eleanor  DOB ...")
     "Sr", "Sra", "Srta", "Dhr", "Mevr", "DOB",
     # the next label of a form's line ("Cognome: Rinaldi  Nome: Sergio")
     "Nome", "Cognome", "Naam", "Voornaam", "Achternaam", "Apelido", "Sobrenome",
     # offices after a form of address ("o senhor Presidente", "signor Direttore")
     "Presidente", "President", "Direttore", "Direttrice", "Dottore", "Dottoressa", "Doutor",
     "Doutora", "Avvocato", "Ingegnere", "Burgemeester", "Wethouder"]
)  # fmt: skip
# A speaker's answer after a role label ("Cliente: Creo que es ..."): no name when it is the
# first word; inside a name it may be one ("Oriana Vale").
_ANSWER_WORDS = frozenset(
    ["I", "Ich", "Je", "Yo", "Creo", "Yes", "No", "Ja", "Nein", "Oui", "Non", "Sí", "Ok",
     "Okay", "Danke", "Merci", "Gracias", "Sure", "Klar", "Claro", "Vale", "Pues", "Bueno",
     "Bon", "Alors", "Well", "Also", "Hallo", "Hello", "Hi", "Hola", "Bonjour", "Salut",
     "Buenos", "Buenas", "Guten", "Moin", "Servus",
     # Italian, Portuguese and Dutch answers and greetings (round 21)
     "Salve", "Ciao", "Buongiorno", "Buonasera", "Grazie", "Sì", "Bom", "Boa", "Olá", "Sim",
     "Não", "Obrigado", "Obrigada", "Hoi", "Dag", "Goedemiddag", "Goedemorgen", "Nee",
     "Prego"]
)  # fmt: skip

# Stop words that make the whole phrase a group or a role, not a person's name.
_GROUPS = frozenset(
    ["Team", "Support", "Service", "Sales", "Customers", "Colleagues", "Kollegen", "Equipo",
     "Admin", "Administrator", "Manager", "Everyone", "Folks", "Friends", "Hiring"]
)  # fmt: skip

# Every pattern starts with a literal or a character class so that ``re`` can skip ahead in
# C; the word-boundary checks that would otherwise lead the pattern are done in Python.
# Titles and greetings a name follows (a regex alternation; the engine's trigger shares it).
TITLE_WORDS = (
    r"Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Srta|Mme|Mlle|M|Herrn?|Frau|Monsieur|Madame|Mademoiselle|"
    r"Señora?|Doña|Don|Dear|Hi|Hello|Hey|Liebe|Lieber|Hallo|Bonjour|Cher|Chère|Hola|Estimad[oa]|"
    r"Querid[oa]|Guten Tag|señora?|monsieur|madame|"
    # Dutch, Italian and Portuguese forms of address ("mevrouw Geertruida Lammers")
    r"Mevrouw|Meneer|Signora?|Senhora?|mevrouw|meneer|signora?|senhora?|Heer|heer|"
    # greetings of a chat or a mail's first line ("Good morning Siobhan", "Moin Jannik")
    r"Good (?:[Mm]orning|[Aa]fternoon|[Ee]vening)|Moin|Servus|Salut|Bonsoir|Coucou|"
    r"Buen(?:os d[ií]as|as tardes|as noches|as)|"
    # the greetings of Italian, Portuguese and Dutch messages ("Ciao Serena", "Olá Filipa",
    # "Goedemorgen Maarten"), as service SMS and mails open
    r"Ciao|Olá|Hoi|Buongiorno|Buonasera|Bom dia|Boa tarde|Boa noite|Goedemorgen|Goedemiddag|"
    r"Goedenavond|"
    # Spanish, Italian and Dutch titles ("Dra. Pilar ...", "Sig.ra ...", "dott. ...", "mevr.")
    r"Dra|Sig(?:\.ra|\.na)?|Dott(?:\.ssa)?|dott(?:\.ssa)?|Mevr|mevr|Dhr|dhr"
)
# Particles a surname may start with after a title ("Herrn von Stetten", "Sra. de la
# Fuente"); not "le" or "la", which start "Monsieur le Directeur".
TITLE_PARTICLES = r"von der|von|van der|van den|van|de la|de los|del|de|di|du|da"
# The same alternation with the words grouped by first letter, in their order (A(?:B|C) tries
# what AB|AC tries, in the same order; words of another first letter cannot match at the same
# place): a capital letter that starts no title is rejected by a dozen branches, not 35.
_TITLE_TRIE = (
    r"M(?:r|rs|s|x|me|lle|(?:)|onsieur|adame|ademoiselle|evrouw|eneer|evr)|"
    r"D(?:r|ra|oña|on|ear|ott(?:\.ssa)?|hr)|Prof|"
    r"S(?:r|ra|rta|eñora?|ignora?|enhora?|ig(?:\.ra|\.na)?)|H(?:errn?|i|ello|ey|allo|ola|eer|oi)|"
    r"Frau|Lieber?|Bonjour|Ch(?:er|ère)|Estimad[oa]|Querid[oa]|Guten Tag|"
    r"s(?:eñora?|ignora?|enhora?)|m(?:onsieur|adame|evrouw|eneer|evr)|d(?:ott(?:\.ssa)?|hr)|heer|"
    r"Good (?:[Mm]orning|[Aa]fternoon|[Ee]vening)|Moin|Servus|Salut|Bonsoir|Coucou|"
    r"Buen(?:os d[ií]as|as tardes|as noches|as)|"
    r"Ciao|Olá|Buon(?:giorno|asera)|Bo(?:m dia|a tarde|a noite)|Goede(?:morgen|middag|navond)"
)
_TITLE = re.compile(
    rf"(?:{_TITLE_TRIE})\.?[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Prof|Herrn?|Frau|M|Mme|Mlle|Sr|Sra|Monsieur|"
    r"Madame|Mademoiselle|Señora?|Don|Doña)\.?[ \t]+)?"
    rf"(?P<n>(?:(?:{TITLE_PARTICLES})[ \t]+)?{NAME})"
)
# The name on its own line, also behind a quoted reply's markers ("> Friedrich Lorenz").
_LINE_NAME = re.compile(rf"\n[ \t]*(?:>[ \t]?){{0,3}}(?P<n>{NAME})[ \t]*(?=\r?\n|$)")
SIGNOFFS = (
    "regards",
    "best",
    "thanks",
    "thank you",
    "cheers",
    "sincerely",
    "grüßen",
    "grüße",
    "gruß",
    "cordialement",
    "bien à vous",
    "salutations",
    "saludos",
    "atentamente",
    "un saludo",
    "gracias",
    "merci",
    "take care",
    "best wishes",
    "all the best",
    "bonne journée",
    "bonne soirée",
    "bonne fin de journée",
    "à bientôt",
    "bises",
    "un abrazo",
    "abrazos",
    "hasta pronto",
    "bis bald",
    "--",  # the signature delimiter of mail ("-- " alone on its line)
)
_SIGNOFF_WORDS = SIGNOFFS[:-1]


def _signoff_before(text: str, newline: int) -> bool:
    """Whether the line before ``newline``, or the one before a blank line there, closes a
    message ("Kind regards" / "" / "Anna Schmidt")."""
    start = text.rfind("\n", 0, newline) + 1
    line = text[start:newline].strip()
    if not line and start:
        line = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip()
    line = line.rstrip(",!.").lower()
    return line == "--" or (line.endswith(_SIGNOFF_WORDS) and len(line) < 40)


# Articles that stop a name at its start ("Le client ...") but are part of one inside it.
_INNER_PARTICLES = frozenset(["Le", "La", "El", "Del", "De", "Van", "Von", "Di", "Da", "Du"])


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Cut a name match at the first stop word; None when nothing name-like is left."""
    words = text[start:end].split()
    keep: list[str] = []
    for i, word in enumerate(words):
        if keep and word in _INNER_PARTICLES and i + 1 < len(words):
            keep.append(word)  # "Yannick Le Bihan", "Marta de La Fuente": inside a name
            continue
        if word.rstrip(".") in _STOP or (not keep and word.rstrip(".,") in _ANSWER_WORDS):
            if word in _GROUPS:
                return None  # "Finance Team", "Customer Service": a group, not a person
            break
        keep.append(word)
    while keep and keep[-1].islower():
        keep.pop()  # "Klaus Becker von der Firma": the particle went with the cut
    if not keep or (len(keep) == 1 and len(keep[0]) < 2):
        return None
    stop = text.index(keep[-1], start + len(" ".join(keep[:-1]))) + len(keep[-1])
    return start, stop


def _cue_starts(ctx: ScanContext) -> dict[str, list[int]] | None:
    """Where the cues of ``mentions.py`` start: from the capitals the engine's trigger or
    ``cue_capitals`` found after one; None: search the whole text (see
    ``ScanContext.lower_spelled``)."""
    hits = ctx.hits
    capitals = cue_capitals(ctx.latin1) if hits is None else hits.get("person:cue")
    if not capitals:
        return {}  # no capital after a cue: no pattern can match (lower case not needed)
    lower = ctx.lower_spelled
    return None if lower is None else cue_starts(lower, capitals)


def _mentioned_again(text: str, names: list[Span]) -> list[Span]:
    """The other places a found name's surname stands alone ("Tobias Keller ... Keller owns
    the rollout", "Herrn Wojciechowski ... Wojciechowski schickt"): the same capitalized
    word, whole, that is not a role, a common word (``NOT_NAMES``) or a given name."""
    if not names:
        return []
    # The surname (the last word), which a text repeats alone; a first name alone is
    # too often another person's or a word.
    words: set[str] = set()
    for span in names:
        w = text[span.start : span.end].rpartition(" ")[2]
        if len(w) >= _AGAIN_MIN and w[1:].islower() and w[0].isupper() and w.isalpha():
            words.add(w)
    words -= GIVEN_NAMES
    # The first word of a full name stands alone too ("Henrike Jansen ... Henrike to
    # update the dashboard"); a given name is the same person's there.
    for span in names:
        first, space, _ = text[span.start : span.end].partition(" ")
        if space and len(first) >= _AGAIN_MIN and first.isalpha() and first[1:].islower():
            words.add(first)
    words -= NOT_NAMES
    if len(words) <= _FIND_WORDS:  # a few C-level searches; most names occur once
        places = []
        for word in words:
            if text.count(word) < 2:
                continue
            i = text.find(word)
            while i >= 0:
                places.append((i, i + len(word)))
                i = text.find(word, i + len(word))
    else:  # a table of names: one pass over the text's words instead of one per name
        places = [m.span() for m in _LETTERS.finditer(text) if m.group() in words]
    taken = {(s.start, s.end) for s in names}
    return [
        Span(start, end, "PERSON")
        for start, end in places
        if (start, end) not in taken
        and not inside_word(text, start)
        and not (end < len(text) and text[end].isalnum())
        and _FIRM_AFTER.match(text, end) is None
    ]


# "Fairweather & Co", "Becker GmbH": the surname names a firm there.
_FIRM_AFTER = re.compile(
    r"[ \t]*(?:&|\+|und|and|et|y)[ \t]*(?:Co|Cie|Söhne|Sons|Partner|Hijos|Fils)\b"
    rf"|[ \t]+(?:{'|'.join(sorted(COMPANY_WORDS))})\b"
)


_AGAIN_MIN = 4  # shorter words ("Li", "Lee", "Bo") are too often something else
_FIND_WORDS = 48
_LETTERS = re.compile(r"[^\W\d_]+")


class PersonDetector(BuiltinDetector):
    """Names announced by a title, a label, a greeting or a sign-off."""

    name = "person"
    entities = frozenset({"PERSON"})

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        hits = ctx.hits
        found: list[tuple[int, int]] = []
        titles = (
            _TITLE.finditer(text)
            if hits is None
            else finditer_at(_TITLE, text, hits.starts("person:title"))
        )
        for m in titles:
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."):
                continue
            found.append(m.span("n"))
        if ":" in text or "=" in text:
            at = None if hits is None else hits.starts("person:label")
            signs = None if at is None else {c: [i for i in at if text[i] == c] for c in ":="}
            found += label_names(text, signs)
            found += list_names(text)
        found += form_names(text, None if hits is None else hits.starts("person:form"))
        if "\n" in text:
            lines = (
                _LINE_NAME.finditer(text)
                if hits is None
                else finditer_at(_LINE_NAME, text, hits.starts("person:signoff"))
            )
            found += [m.span("n") for m in lines if _signoff_before(text, m.start())]
            if hits is not None:
                hints = hits.starts("person:table")
                found += table_names(text, hinted_lines(text, hints))
                if "  " in text:
                    found += aligned_names(text, hinted_lines(text, hints, aligned=True))
            elif ctx.lower_aligned is not None:
                found += table_names(text, header_lines(ctx.lower_aligned))
                if "  " in text:
                    found += aligned_names(text, header_lines(ctx.lower_aligned, aligned=True))
        found += mention_names(text, _cue_starts(ctx))
        if (hits is None or "person:after" in hits) and (lower := ctx.lower_aligned) is not None:
            found += named_before(text, lower, ctx.lower_bytes)
        if hits is not None:
            found += full_names(text, hits.starts("person:given"))
        else:
            found += full_names(text, given_candidates(ctx.latin1))
        if ":" in text:
            found += speaker_names(text, None if hits is None else hits.starts("person:speaker"))
        if "@" in text:
            found += at_names(text, None if hits is None else hits.starts("person:at"))
        found += spelled_names(text)
        if "\n" in text:
            found += stamped_names(text)
            found += answer_names(text, ctx.lower_aligned)
        if hits is not None:
            if "person:wrote" in hits:
                found += writer_names(text, hits["person:wrote"])
        elif ":" in text and (lower := ctx.lower_spelled) is not None:
            found += writer_names(text, wrote_candidates(lower))
        if ("person:sql" in hits) if hits is not None else ("insert" in ctx.lower):
            found += sql_names(text)
        if "<" in text:
            found += markup_names(text)
        out: list[Span] = []
        for start, end in set(found):  # a name found by two cues is trimmed once
            trimmed = _trim(text, start, end)
            if trimmed is not None and not alone_no_name(text, *trimmed):
                out.append(Span(trimmed[0], trimmed[1], "PERSON"))
        if "@" in text:  # lower case by design: not trimmed as a capitalized name is
            out += [Span(start, end, "PERSON") for start, end in handle_names(text)]
        return out + _mentioned_again(text, out)
