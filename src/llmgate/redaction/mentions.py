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
    LOWER,
    NAME,
    NAME2,
    NAME_TOKEN,
    PARTICLE,
    UPPER,
    either_case,
)

__all__ = [
    "AT_NAME",
    "CUES",
    "NOT_NAMES",
    "SPEAKER_STAMP",
    "WROTE",
    "at_names",
    "cue_capitals",
    "cue_starts",
    "given_candidates",
    "given_names",
    "mention_names",
    "speaker_names",
    "writer_names",
    "wrote_candidates",
]

# The cue families, lower case, with a single space between words; "'" also matches the
# typographic apostrophe U+2019.
CUES: dict[str, tuple[str, ...]] = {
    # A name follows, even a single word.
    "intro": (
        "my name is", "my name's", "mein name ist", "mein name lautet", "ich heiße",
        "ich heisse", "hier spricht", "je m'appelle", "mon nom est", "je me nomme", "me llamo",
        "mi nombre es",
    ),
    # "I'm Anna Schmidt" but also "I am Head of Sales": two name words, or one and "from".
    "self": ("i am", "i'm", "ich bin", "je suis", "soy"),
    # "This is Anna from billing": only with what callers say after their name.
    "this": ("this is", "hier ist", "ici"),
    # A role noun right before a name.
    "role": (
        "patient", "patientin", "patiente", "paciente", "customer", "client", "cliente",
        "employee", "colleague", "coworker", "co-worker", "applicant", "candidate", "tenant",
        "guest", "passenger", "kunde", "kundin", "mitarbeiter", "mitarbeiterin", "kollege",
        "kollegin", "bewerber", "bewerberin", "mieter", "mieterin", "empleado", "empleada",
        "compañero", "compañera", "candidato", "candidata", "inquilino", "inquilina",
        "employé", "employée", "collègue", "candidat", "locataire",
    ),
    # Acting for, signing for, mail addressed to.
    "by": (
        "on behalf of", "signed by", "approved by", "requested by", "prepared by", "c/o",
        "attn", "im auftrag von", "zu händen", "de la part de", "au nom de", "en nombre de",
        "a nombre de", "firmado por",
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
    ),
}  # fmt: skip

# Capitalized words that follow these cues without being a name: job titles, departments,
# products, places and sentence words ("I am Head of Sales", "the customer Portal Team",
# "This is Microsoft Teams").
NOT_NAMES = frozenset(
    # roles and titles
    ["Head", "Chief", "Senior", "Junior", "Lead", "Principal", "Staff", "Director", "Manager",
     "Officer", "Engineer", "Developer", "Designer", "Architect", "Analyst", "Consultant",
     "Specialist", "Assistant", "Associate", "Coordinator", "Administrator", "Admin", "Owner",
     "President", "Vice", "Executive", "Product", "Project", "Program", "Account", "Sales",
     "Support", "Service", "Services", "Success", "Customer", "Client", "Team", "Teams",
     "Department", "Group", "Office", "Intern", "Trainee", "Student", "Member", "Partner",
     "Responsable", "Jefe", "Jefa", "Leiter", "Leiterin", "Geschäftsführer", "Directeur",
     "Directrice", "Gerente",
     # things a role noun or "this is" precedes
     "Portal", "Access", "Account", "Data", "Record", "Records", "File", "Files", "Form",
     "Forms", "Care", "Experience", "Journey", "Relations", "Feedback", "Satisfaction",
     "Onboarding", "Self", "Center", "Centre", "Login", "Management", "Information",
     "Details", "Profile", "Review", "Survey", "Agreement", "Contract", "Intake", "Release",
     "Notes", "Report", "Reports", "Secret", "Secrets", "Id", "ID", "Number", "Portal",
     "Registration", "Request", "Requests", "Ticket", "Tickets", "Order", "Orders",
     "Invoice", "Billing", "Payment", "Payments", "Settings", "Dashboard", "Library", "App",
     "Application", "Version", "Server", "Certificate", "Credentials", "Key", "Keys",
     "Wi-Fi", "Wifi", "Network", "List", "Lounge", "Room", "Area", "House", "Day", "Week",
     "Month", "Year", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
     "Sunday", "Microsoft", "Google", "Apple", "Amazon", "Excel", "Word", "Windows",
     "Outlook", "Slack", "Zoom", "Salesforce", "Jira", "Confluence", "Azure", "AWS",
     "New", "North", "South", "East", "West", "United", "San", "Los", "Las",
     "The", "This", "That", "These", "Those", "A", "An", "Our", "Your", "My", "His", "Her",
     "Their", "Its", "Not", "Very", "Also", "Just", "Still", "Here", "There", "Happy",
     "Glad", "Sorry", "Sure", "Ready", "Available", "Back", "Writing", "Calling",
     "Reaching", "Looking", "Following", "Responsible", "Interested", "Based", "Der", "Die",
     "Das", "Le", "La", "Les", "El", "Los", "Las", "Un", "Une", "Una", "Ein", "Eine",
     "From", "Neu", "Hier", "Chef", "Great", "Job", "Work", "Idea", "Again", "Guys",
     "Description", "Handbook", "Chapter", "Change", "Advisory", "Board", "Committee",
     "Council", "Corporation", "Corp", "Company", "Inc", "Ltd", "Limited", "Holding",
     "Holdings", "Partners", "Associates", "Agency", "Solutions", "Systems",
     "Technologies", "Consulting", "Bank", "Deutsche", "Bahn", "Telekom", "Post", "Gruppe",
     "Versicherung", "Stadtwerke", "Société", "Banco", "Grupo", "Tel", "Tél", "Fax",
     "Mobil", "Mobile", "Handy", "Phone", "Cell", "Email", "Mail", "Tfno", "Móvil",
     "Platz", "Straße", "Strasse", "Street", "Road", "Avenue", "Air", "Airlines", "Airways",
     "Theme", "Pack", "Says", "Hotel", "Museum", "Clinic", "Hospital", "School",
     "University", "Foundation", "Institute", "Airport", "Station", "Bridge", "Stiftung",
     "Klinik", "Schule", "Universität", "Im", "Am", "Zum", "Zur", "Vom", "Beim",
     # what follows a title in capitals other than a name ("MR READY FOR REVIEW": a merge
     # request)
     "Sir", "Madam", "Or", "And", "For", "Of", "To", "Fix", "Build", "Merge", "Merged",
     "Draft", "Wip", "Approved", "Closed", "Updated", "Update", "Test", "Tests",
     # what follows a role noun in HR and CRM text ("Employee Stock Options")
     "Stock", "Options", "Benefits", "Engagement", "Training", "Directory", "Count",
     "Retention", "Turnover", "Evaluation", "Appreciation", "Assistance", "Discount",
     "Loyalty", "Segment", "Segments", "Base", "Churn", "Lifetime", "Value", "Acquisition",
     "Advocacy", "Insights", "Analytics", "Education", "Safety", "Privacy", "Rights",
     "Consent", "Monitoring", "Wellness", "Pass", "Parking", "Check", "Name", "Names",
     "Field", "Fields", "Address", "Status", "Type", "Types", "Level", "Tier", "Groups",
     "Category", "Daten", "Nummer", "Konto", "Bereich"]
)  # fmt: skip


def _cue_pattern(family: str, name: str, gap: str = "", tail: str = "") -> re.Pattern[str]:
    cues = "|".join(
        either_case(c, apostrophe="['\u2019]")
        for c in sorted(CUES[family], key=len, reverse=True)  # the longest cue first
    )
    return re.compile(rf"(?:{cues}){gap}[ \t]+(?P<n>{name}){tail}")


# What may stand between a cue and the blanks before the name: the punctuation that ends a
# sign-off ("Thanks, Anna"), the dot of an abbreviated title ("MR. JOHN SMITH").
GAPS = {"signoff": "[,!.]?", "caps": r"\.?"}
# A word in capitals: "SMITH", "O'BRIEN", "MÜLLER-LÜDENSCHEIDT".
_CAPS_WORD = r"(?:[A-ZÀ-ÖØ-Þ]'[A-ZÀ-ÖØ-Þ]{2,}|[A-ZÀ-ÖØ-Þ]{2,})(?:-[A-ZÀ-ÖØ-Þ]{2,})?"
_ONE_FROM = rf"{NAME_TOKEN}(?=[ \t]+(?:from|von|aus|de|du|del)[ \t])"
# What a caller says after their name: "This is Anna from billing", "...Anna speaking".
_CALLER_TAIL = r"(?=[ \t]*,|[ \t]+(?:from|calling|speaking|here|with|von|aus|de la part)\b)"
_PATTERNS: dict[str, re.Pattern[str]] = {
    "intro": _cue_pattern("intro", NAME),
    "self": _cue_pattern("self", f"{NAME2}|{_ONE_FROM}"),
    "this": _cue_pattern("this", NAME, tail=_CALLER_TAIL),
    "role": _cue_pattern("role", NAME2),
    "by": _cue_pattern("by", NAME2),
    # Only a name ends the line: "Thanks, Anna" signs a message, "Thanks, Anna said" does not.
    # One space between the words: fixed-width layouts separate their columns with several.
    "caps": _cue_pattern(
        "caps", rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{1,2}}", GAPS["caps"], r"(?![^\W\d_])"
    ),
    "signoff": _cue_pattern("signoff", NAME, GAPS["signoff"], r"[ \t]*[.!]?(?=\r?\n|\Z)"),
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
_CAPITAL_MARK = bytes(
    1 if 65 <= i <= 90 or (0xC0 <= i <= 0xDE and i != 0xD7) or i == 0x3F else i for i in range(256)
)


def _byte_class(ch: str) -> str:
    """``ch`` in either case in the marked copy, where its capital reads as byte 1."""
    up = ch.upper()
    if ch == "'":
        return r"['\x01]"
    if len(up) != 1 or ord(up) > 0xFF or up == ch:
        return re.escape(ch)
    return rf"[{ch}\x01]"


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
            if begin and (text[begin - 1].isalnum() or text[begin - 1] in "'\u2019-"):
                continue  # "outpatient Anna": the cue ends a longer word
            start, end = m.span("n")
            if end < len(text) and text[end].isalnum():
                continue  # "Meier GmbH" read as "Meier Gmb": a name ends with its word
            words = text[start:end].split()
            if family == "caps":
                words = [w.title() for w in words]  # "SERVER" is the word "Server"
                if len(words) == 3 and words[1] not in GIVEN_NAMES:
                    words = words[:2]  # "ANNA SCHMIDT FLIGHT": a third word only after two
                    end = start + len(text[start:end].rsplit(" ", 1)[0])  # given names
            if family in _STRICT and any(w.rstrip(".") in NOT_NAMES for w in words):
                continue
            out.append((start, end))
    return out


# A capitalized word followed by blanks and a capital: where a known given name can start a
# full name. ``given_names`` takes the candidates from the engine's trigger, from
# ``given_candidates`` on the pure path, or from this pattern where neither applies.
# One space between the words: a tab separates the columns of a table
# ("Anna<TAB>Schmidt<TAB>Berlin"), several spaces those of a fixed-width layout.
# Given names are spelled in Latin-1.
_CAPITALIZED = re.compile(rf"[{UPPER}][a-zß-öø-ÿ]+(?= (?:{PARTICLE} )?[{UPPER}])")
_FULL_NAME = re.compile(rf"[{UPPER}][{LOWER}]+(?: (?:{PARTICLE} )?{NAME_TOKEN}){{1,2}}")
# The one-byte copy with capitals (and "?", see _CAPITAL_MARK) read as byte 1 and lower-case
# Latin-1 letters as "a": a capitalized word before a capital is then one short pattern
# that starts with a literal byte.
_WORD_SHAPE = bytes(
    1
    if 65 <= i <= 90 or (0xC0 <= i <= 0xDE and i != 0xD7) or i == 0x3F
    else 0x61
    if 97 <= i <= 122 or (0xDF <= i <= 0xFF and i != 0xF7)
    else i
    for i in range(256)
)
# A particle ("von der", "de la") is one or two words of one to three letters.
_SHAPED = re.compile(rb"\x01a+(?= (?:\x01|a{1,3} (?:\x01|a{1,3} \x01)))")
_START = re.Match.start
_WORD = re.compile(r"[^ ]+")


def given_candidates(latin1: bytes) -> list[int]:
    """Starts of capitalized words before a capital (a superset of ``_CAPITALIZED``'s
    matches), from the one-byte copy, for the pure path."""
    return list(map(_START, _SHAPED.finditer(latin1.translate(_WORD_SHAPE))))


def given_names(text: str, candidates: list[int] | None) -> list[tuple[int, int]]:
    """Full names that start with a known given name ("Spoke with Mark Davis")."""
    if candidates is None:
        candidates = list(map(_START, _CAPITALIZED.finditer(text)))
    starts = []
    for pos in candidates:
        word = _CAPITALIZED.match(text, pos)
        if word is not None and word.group() in GIVEN_NAMES:
            starts.append(pos)
    out: list[tuple[int, int]] = []
    for m in finditer_at(_FULL_NAME, text, starts):
        start, end = m.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'\u2019-"):
            continue
        if end < len(text) and text[end].isalnum():
            continue
        words = list(_WORD.finditer(text, start, end))
        cut = next((i for i, w in enumerate(words) if i and w.group() in NOT_NAMES), len(words))
        capitals = [i for i, w in enumerate(words[:cut]) if w.group()[:1].isupper()]
        if len(capitals) == 3 and words[capitals[1]].group() not in GIVEN_NAMES:
            # A third name word only after two given names ("Anna Maria Schmidt", but
            # "Pieter de Vries Rotterdam" is a name and a city).
            cut = capitals[2]
        if cut < 2:
            continue  # "Julia Language": no surname before the first word that is not one
        end = words[cut - 1].end()  # "Anna Müller Tel. 030...": the name ends before "Tel"
        out.append((start, end))
    return out


# "@Anna Schmidt" in a chat or a ticket: a mention of a person (an e-mail address has a
# letter before its "@").
AT_NAME = re.compile(rf"@(?P<n>{NAME2})")
# "Anna Schmidt wrote:" above a quoted message; the name is found backwards from the word.
WROTE = ("wrote", "schrieb", "a écrit", "escribió")
_WROTE = re.compile("(?:" + "|".join(either_case(w) for w in WROTE) + r")[ \t]*:")
_BEFORE = re.compile(rf"(?:{NAME_TOKEN}[ \t]+){{2,3}}\Z")
# German puts the name after the verb once the sentence starts with the date:
# "Am 3. März schrieb Anna Schmidt <anna@example.de>:".
_SCHRIEB = re.compile(
    rf"{either_case('schrieb')}[ \t]+(?P<n>{NAME2})[ \t]*(?:<[^<>\n]{{1,100}}>[ \t]*)?:"
)


def at_names(text: str, starts: list[int] | None) -> list[tuple[int, int]]:
    """Names after an "@" (``starts``: where "@" and a capital meet; None: search)."""
    out: list[tuple[int, int]] = []
    matches = AT_NAME.finditer(text) if starts is None else finditer_at(AT_NAME, text, starts)
    for m in matches:
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in "._-"):
            continue
        start, end = m.span("n")
        if end < len(text) and text[end].isalnum():
            continue
        if any(w in NOT_NAMES for w in text[start:end].split()):
            continue
        out.append((start, end))
    return out


def wrote_candidates(lower: str) -> list[int]:
    """Where a "wrote" word may start (a superset, from the lower-cased text): pure path."""
    found: list[int] = []
    for word in WROTE:
        pos = lower.find(word)
        while pos >= 0:
            found.append(pos)
            pos = lower.find(word, pos + 1)
    return sorted(found)


def writer_names(text: str, candidates: list[int]) -> list[tuple[int, int]]:
    """The two name words (three after two given names) before "wrote:" and its kin, or
    after a German "schrieb"."""
    out: list[tuple[int, int]] = []
    for pos in candidates:
        after = _SCHRIEB.match(text, pos)
        if after is not None:
            start, end = after.span("n")
            if not any(w in NOT_NAMES for w in text[start:end].split()):
                out.append((start, end))
            continue
        if _WROTE.match(text, pos) is None:
            continue
        m = _BEFORE.search(text, max(0, pos - 80), pos)
        if m is None:
            continue
        words = list(_WORD.finditer(text, m.start(), pos))
        if len(words) == 3 and not (
            words[0].group() in GIVEN_NAMES and words[1].group() in GIVEN_NAMES
        ):
            words = words[1:]  # "Yesterday Anna Schmidt wrote:"
        if any(w.group() in NOT_NAMES for w in words):
            continue
        start = words[0].start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'\u2019-"):
            continue
        out.append((start, words[-1].end()))
    return out


# A speaker at the start of a line: "Anna: I think...", "[10:32] Zoltan Kovacs: the
# build...". The first word must be a known given name, unless a chat's bracketed time
# stamp leads a full name.
SPEAKER_STAMP = r"\[?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]?[ \t]+"
_LINE_SPEAKER = (
    rf"[ \t]*(?P<t>{SPEAKER_STAMP})?"
    rf"(?P<n>{NAME_TOKEN}(?: {NAME_TOKEN}){{0,2}}):(?=[ \t]|\r?\n|\Z)"
)
# Found by its newline (a literal first character lets ``re`` skip ahead in C; "\A|\n"
# would be tried at every position); the first line is matched on its own. The engine's
# trigger is the same pattern (engine.py).
_SPEAKER = re.compile("\n" + _LINE_SPEAKER)
_FIRST_SPEAKER = re.compile(_LINE_SPEAKER)


def speaker_names(text: str, starts: list[int] | None) -> list[tuple[int, int]]:
    """Speakers of a transcript or a chat log (``starts``: the newlines before one, from
    the engine; None: search)."""
    first = _FIRST_SPEAKER.match(text)
    lines = [first] if first is not None else []
    later = _SPEAKER.finditer(text) if starts is None else finditer_at(_SPEAKER, text, starts)
    out: list[tuple[int, int]] = []
    for m in [*lines, *later]:
        start, end = m.span("n")
        words = text[start:end].split(" ")
        if any(w in NOT_NAMES for w in words):
            continue
        stamp = m.group("t")
        if words[0] not in GIVEN_NAMES and not (stamp and stamp[0] == "[" and len(words) > 1):
            continue  # "Summary: ...", "10:32:01 Worker Started: ..." (a log line)
        out.append((start, end))
    return out
