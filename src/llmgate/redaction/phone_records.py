"""Phone numbers written as one digit run in machine records: call-detail records of PBXs
and carriers, SIP logs and dial strings, CRM, survey and billing exports, fixed-width rows.

Such a record writes a number without any of the cues prose gives: no "+", often its
country code glued to it ("4930901820" in an Asterisk ``src`` cell), a "00" before it in a
dial string ("SIP/trunk/0044..."), and the cell before it is a number too ("100004512,"),
which the PHONE candidate pattern of ``phones`` leaves alone (it is how "1,234,567" reads).
What says that a run is a phone number here is where it stands: a caller id's angle
brackets, a dial string, a field or column named for a party of a call (``src``, ``clid``,
``ani``, ``msisdn``, ``callingPartyNumber``), a row that is a call record (a channel, a
disposition), a fixed-width row's column. And what says it is a *valid* number is the
``phonenumbers`` metadata (``phone_plans``), not a shape: uniqueids,
durations, amounts, ids and dates beside it are valid in no plan or stand in no such place.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from llmgate.redaction.detectors import Span
from llmgate.redaction.digits import _in_runs
from llmgate.redaction.id_words import negative_before
from llmgate.redaction.phone_plans import coded_ok, national_ok, plan_ok
from llmgate.redaction.tables import aligned_heading, column_heading

__all__ = ["record_phones"]

# A run of 7 to 15 digits (17 after "00"), maybe after a "+", not part of a word, a decimal
# or a time stamp with a fraction ("1772446501.4471"); a comma after it ends a cell.
# (The class first, so that ``re`` skips to candidates in C.)
_RUN = re.compile(
    r"[+0-9](?<![\w.+][+0-9])(?:(?<=\+)[0-9]{7,15}|(?<=0)0[0-9]{6,15}|(?<=[0-9])[0-9]{6,14})"
    r"(?![0-9A-Za-z_]|[.:][0-9])"
)
# A dial string or address before the number: a SIP or tel URI, a channel's technology and
# trunk ("SIP/trunk/", "PJSIP/", "sofia/external/"), a vCard's "TEL;TYPE=cell:"; lower-cased.
_DIAL = re.compile(
    r"(?:(?<![\w])(?:sips?|tel):|(?<![\w])tel;[^:\n]{0,40}:|(?<![\w])(?:pj)?sip/(?:[\w.\-]+/)?|(?<![\w])(?:iax2|dahdi|local|"
    r"dongle|khomp|zap)/(?:[\w.\-]+/)?|(?<![\w])sofia/[\w.\-]+/|(?<![\w])(?:gateway|trunk)/[\w.\-]+/)"
    r"\+?\Z"
)
# A field's name before its value: "ani=", '"caller_id_number":"', "<msisdn>", "phone: ".
_KEY = re.compile(r"([^\W\d_][\w\-]{0,40})[\"']?[ \t]*(?:=|:|>)[ \t]*[\"']?\+?\Z")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TOKEN = re.compile(r"[^\W\d_]+")
# A transcript's speaker ("Caller: 396218754" answers "your order number?"), not a field.
_SPEAKER = re.compile(
    r"(?:caller|callee|anrufer|appelant|llamante|chiamante|beller|chamador)[ \t]*:[ \t]"
)
# Words of a field or column name that name a party of a call (besides ``phones``' phone
# words): Asterisk's src, dst, clid; the ANI and DNIS of carriers; the MSISDN of mobile
# networks; Cisco's calling/called party; FreeSWITCH's caller id and destination.
FIELD_WORDS = frozenset(
    {
        "src", "dst", "clid", "cid", "cli", "ani", "dnis", "msisdn", "caller", "callee",
        "calling", "called", "callerid", "calleeid", "anumber", "bnumber", "rufnummer",
        "zielrufnummer", "chiamante", "chiamato", "appelant", "appelé", "llamante", "llamado",
        "beller", "gebelde", "chamador", "chamado", "tel", "phone", "telefono", "teléfono",
        "telefoon", "telefone", "telefon", "telemovel", "telemóvel", "mobile", "mobil",
        "handy", "cellulare", "celular", "movil", "móvil", "portable", "fax", "mobiel", "gsm",
        "cell", "rappel", "richiamata", "richiamo",
    }
)  # fmt: skip
# A word that says the number after it sent a message or placed a call ("SMS von",
# "Mensagem de", "missed call from"), or heads a list of missed calls.
_SENT_FROM = re.compile(
    r"(?:sms|message|nachricht|bericht|mensagem|mensaje|messaggio|call|anruf|appel|llamada|"
    r"chiamata|oproep|chamada|invite)s?[ \t]+(?:from|von|de|da|van|di|del)\b"
    r"|(?<=invite from )\+?[0-9]{7,15}[ \t]+to\b"
    r"|(?:missed calls?|verpasste anrufe|appels? manqu[ée]s?|llamadas perdidas|chiamate perse|"
    r"gemiste oproepen|chamadas (?:n[ãa]o atendidas|perdidas))\b",
    re.I,
)
_FROM_WORD = re.compile(r"(?<![^\W\d_])(?:from|von|de|da|van|di|del|to)\Z", re.I)
# After a list of missed calls' heading: only numbers, times and a few short words up to
# the number.
_LIST_TAIL = re.compile(
    r"(?:[^\w]|[0-9]|\b(?:om|at|um|à|às|a|alle|las|ieri|oggi|hier|gestern|heute|today|"
    r"yesterday|hoy|ayer|hoje|ontem|gisteren|vandaag)\b)*"
)
# A line of a call record that no heading names: a channel, a disposition, a caller id.
_CDR_ROW = re.compile(
    r"(?:\b(?:PJ)?SIP/|\bIAX2/|\bDAHDI/|\bLocal/|\bsofia/|\"(?:ANSWERED|NO ANSWER|BUSY|FAILED|"
    r"CONGESTION)\"|[,;|](?:ANSWERED|NO ANSWER|BUSY|FAILED|CONGESTION)(?:[,;|\r\n]|\Z)"
    r"|\"\s*<\+?[0-9]{7,15}>|^(?:CDR|cdr)[,;|])",
    re.M,
)
_LINE = 2000  # characters of a line read for a record's marks (a longer line is no row)
# A piece of text that every ``_CDR_ROW`` mark holds, and one that every ``_SENT_FROM`` cue
# holds (lower-cased): tested before the patterns.
_CDR_KEYS = (
    "SIP/", "IAX2/", "DAHDI/", "Local/", "sofia/", "ANSWER", "BUSY", "FAILED", "CONGESTION",
    "<", "CDR", "cdr",
)  # fmt: skip
_SENT_KEYS = (
    "sms", "messag", "nachricht", "bericht", "mensag", "mensaj", "call", "anruf", "appel",
    "llamad", "chiamat", "oproep", "chamad", "invite", "verpasste", "manqu", "perdid",
    "perse", "gemiste",
)  # fmt: skip


# Words that name a party of a call only as the whole name ("from", "to": a Twilio log's
# columns, an SMS backup's "address", a message's "Von:", "De:", "Van:") or beside a
# number's word ("from_number", "to_nr"): "valid_to", "ship_from", "ip_address" name
# other things.
_WHOLE = frozenset(
    {
        "from", "to", "source", "destination", "dest", "origin", "address", "sender",
        "recipient", "receiver", "originator", "von", "an", "absender", "empfänger", "de",
        "à", "a", "expéditeur", "destinataire", "para", "remitente", "destinatario", "da",
        "mittente", "van", "aan", "afzender", "ontvanger", "remetente",
    }
)  # fmt: skip
_NUMBER = frozenset({"number", "num", "nr", "no", "nummer", "numero", "número", "numer"})
# Parts of a name's compound word ("callingpartynumber" lower-cased, "zielrufnummer",
# "Telefoonnummer", "Handynummer"); a callback column holds the number to call back
# ("callback", "Rückrufnummer", "terugbelnummer").
_PARTS = (
    "calling", "called", "caller", "callee", "msisdn", "rufnummer", "phone", "fono", "telef",
    "foon", "mobil", "handy", "callback", "rückruf", "terugbel",
)  # fmt: skip


def _named(name: str) -> bool:
    """Whether a field or column name ("callingPartyNumber", "q2_phone", "Zielrufnummer")
    names a party of a call."""
    words = _TOKEN.findall(_CAMEL.sub(" ", name).lower())
    if any(w in FIELD_WORDS or any(map(w.__contains__, _PARTS)) for w in words):
        return True
    return bool(words) and words[0] in _WHOLE and all(w in _NUMBER for w in words[1:])


class _Places:
    """The places of one text's runs: the text's call-record marks and message cues are
    found once, on the first run that needs them, not once per run (a megabyte of "A,"
    cells on one line stays linear)."""

    def __init__(self, text: str, lower: str, memo: dict[tuple[int, str], int]) -> None:
        self.text = text
        self.lower = lower
        self.memo = memo
        self._marks: list[int] | None = None
        self._cues: list[tuple[int, int]] | None = None

    def _marked(self, lo: int, hi: int) -> bool:
        """Whether a call record's mark (``_CDR_ROW``) starts in ``text[lo:hi]``."""
        if self._marks is None:
            text = self.text
            # (each mark holds one of these; most texts hold none, and the pattern's
            # alternation would be tried at every position)
            marked = any(map(text.__contains__, _CDR_KEYS))
            self._marks = [m.start() for m in _CDR_ROW.finditer(text)] if marked else []
        i = bisect_right(self._marks, hi - 1) - 1
        return i >= 0 and self._marks[i] >= lo

    def _sent(self, start: int) -> bool:
        """Whether a message's sender cue ends right before ``start``, or a list of missed
        calls heads the numbers and times up to it (within 120 characters)."""
        if self._cues is None:
            cued = any(map(self.lower.__contains__, _SENT_KEYS))
            self._cues = [m.span() for m in _SENT_FROM.finditer(self.text)] if cued else []
        i = bisect_right(self._cues, (start, start)) - 1
        if i < 0 or self._cues[i][1] < start - 120 or self._cues[i][1] > start:
            return False
        cue_start, cue_end = self._cues[i]
        gap = self.text[cue_end:start].lower()
        if _FROM_WORD.search(self.text, cue_start, cue_end) is not None:
            return gap.strip(" \t:") == ""  # "SMS von 4917612345678"
        return _LIST_TAIL.fullmatch(gap) is not None

    def place(self, start: int, end: int) -> str:
        """What the place of the run ``text[start:end]`` says: "strong" (a caller id, a dial
        string), "row" (a cell of a call record's row), "field" (a field, a column or a
        message naming a phone number), "fixed" (a cell of a fixed-width row under no
        heading) or ""."""
        text = self.text
        # (searches bounded by ``_LINE``: a megabyte on one line stays linear)
        lo = text.rfind("\n", max(0, start - _LINE), start) + 1 or max(0, start - _LINE)
        before = text[max(lo, start - 48) : start].lower()
        if before.endswith("<") and text.startswith(">", end):
            return "strong"  # '"Lena Vogt" <4930901820>'
        if _DIAL.search(before) is not None:
            return "strong"
        if before.endswith("[") and text.startswith("@", end):
            return "strong"  # Asterisk's extension and context: "[004917612345678@from-internal"
        key = _KEY.search(before)
        if key is not None and _named(key.group(1)) and _SPEAKER.match(before, key.start()) is None:
            return "field"
        if self._sent(start):
            # ("Gemiste oproepen: ..., klantnummer 3120123456": no id word right before)
            return "" if negative_before(before) else "field"
        hi = text.find("\n", end, end + _LINE)
        hi = min(len(text), end + _LINE) if hi < 0 else hi
        line = text[lo:hi]
        whole = (lo == 0 or text[lo - 1] == "\n") and (hi == len(text) or text[hi] == "\n")
        if whole and any(sep in line for sep in ",;|\t"):
            heading = column_heading(text, start, self.memo)
            if heading is not None and _named(heading):
                return "field"
        if self._marked(lo, hi):
            return "row"
        if whole and "  " in line and not any(sep in line for sep in ",;|\t"):
            heading = aligned_heading(text, start, self.memo)
            if heading is not None:
                return "field" if _named(heading) else ""
            if start > lo and any(c.isalpha() for c in line) and _column_ok(text, lo, start, end):
                return "fixed"
        return ""


def _column_ok(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the rows right above and below a fixed-width row hold, at the run's column,
    no run of its length that is no valid number, and at least one that is: a column of
    ids, each valid in a plan by chance one time in three, is seldom valid in three rows
    running, and a form's one line with wide gaps ("Nº de muestra: 3304917520   Fecha")
    is no column at all."""
    column = start - lo
    seen = False
    rows = [text.rfind("\n", max(0, lo - 1 - _LINE), lo - 1) + 1] if lo else []
    below = text.find("\n", end, end + _LINE)
    if below >= 0:
        rows.append(below + 1)
    for row in rows:
        # (the cell that starts at the run's column, as long as its digits go: a German
        # column holds numbers of ten and eleven digits)
        a = row + column
        b = a
        while b < len(text) and b - a <= 15 and text[b].isdigit():
            b += 1
        if 7 <= b - a <= 15 and not text[a - 1 : a].isdigit():
            if not national_ok(text[a:b]):
                return False
            seen = True
    return seen


def record_phones(
    text: str,
    lower: str,
    runs: list[tuple[int, int]],
    found: list[Span],
    memo: dict[tuple[int, str], int] | None = None,
) -> list[Span]:
    """The phone numbers of ``text`` written as one digit run in a record's place (see the
    module's doc) that ``found`` (the spans found so far, in order) does not hold; ``lower``
    is the text lower-cased (``ScanContext.lower``), ``runs`` its digit runs of seven
    digits or more (``ScanContext.runs_with``)."""
    out: list[Span] = []
    memo = {} if memo is None else memo
    starts = [s.start for s in found]
    places = _Places(text, lower, memo)
    for m in _in_runs(_RUN, text, runs, 7, back=1):
        start, end = m.span()
        i = bisect_right(starts, start) - 1
        if (i >= 0 and found[i].end > start) or (i + 1 < len(found) and found[i + 1].start < end):
            continue
        place = places.place(start, end)
        cand = m.group()
        if place == "fixed":
            # (a nine-digit cell of a record under no heading is an SSN, a ZIP+4, a routing
            # number or an EIN as often as a phone: such a row's phone is ten digits or more)
            ok = len(cand) >= 10 and not cand.startswith("00") and national_ok(cand)
        elif place == "row":
            ok = coded_ok(cand)
        else:
            ok = bool(place) and plan_ok(cand, loose=True)
        if ok:
            out.append(Span(start, end, "PHONE"))
    return out
