"""The built-in PHONE detector: international, E.164 and national phone numbers.

It shares the digit runs and the context helpers of ``digits`` (the candidate pattern runs
only inside runs of seven digits or more) and asks the ``phonenumbers`` metadata, where
installed, about the national formats that its own shapes leave open.
"""

from __future__ import annotations

import re

from llmgate.redaction.checks import (
    barcode_text,
    foreign_phone_ok,
    gtin_ok,
    international_phone_ok,
    national_phone_ok,
    phonenumbers_module,
)
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span
from llmgate.redaction.digits import _NON_DIGIT, _before, _in_runs
from llmgate.redaction.id_words import SERVICE_LINE, negative_before
from llmgate.redaction.phone_lookalikes import lookalike
from llmgate.redaction.phone_plans import cc_phone_ok, it_mobile_ok
from llmgate.redaction.phone_records import record_phones
from llmgate.redaction.sql_users import has_sql_table, sql_table_cells
from llmgate.redaction.tables import (
    aligned_heading,
    column_heading,
    sql_column,
    whole_cell,
)

__all__ = ["PhoneDetector", "phone_heading"]


# A column heading that is a label ("reference", "sku", "N° pièce"), not a cell of a data
# row or a piece of a sentence that the table reading took for one.
_LABEL = re.compile(r"[^\W\d_][^\d\n]{0,30}")


def _slashed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` between its spaced slashes."""
    out: list[tuple[int, int]] = []
    i = start
    while (k := text.find(" / ", i, end)) >= 0:
        out.append((i, k))
        i = k + 3
    out.append((i, end))
    return out


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` between its runs of two blanks or more."""
    out: list[tuple[int, int]] = []
    i = start
    while (k := text.find("  ", i, end)) >= 0:
        out.append((i, k))
        i = k + 2
        while i < end and text[i] == " ":
            i += 1
    out.append((i, end))
    return out


class PhoneDetector(BuiltinDetector):
    """Phone numbers: international (``+``/``00``), E.164, and national shapes.

    A number without a country code is accepted when a phone word precedes it or when its
    grouping is a national phone format (US ``(415) 555-2671``, trunk-prefixed European
    ``030 1234567``, Spanish ``612 34 56 78``); dates, prices and identifiers are rejected.
    Where ``phonenumbers`` is installed, any other national number that its metadata says
    is valid in a country of the four languages counts too (``checks.national_phone_ok``;
    a one-run number only if it is a mobile's): the number plans are data, kept by others,
    and asked only for the few candidates the shapes above did not decide. One digit run in
    a call record's or an export's place (a caller id, a dial string, a ``src`` column) is
    ``phone_records``' to decide.
    With ``use_phonenumbers=True`` (needs the optional ``phonenumbers`` package) an
    international number must also be a possible number for its country; it is off by
    default because that check costs tens of microseconds per number.
    """

    name = "phone"
    entities = frozenset({"PHONE"})

    # One character class first (so ``re`` skips to candidates in C), then the grammar for
    # what follows a "+", a "(" or a digit; at least 7 digits must follow within reach.
    _CANDIDATE = re.compile(
        # After a digit and a comma (a CSV row's previous cell, "1961,"): a "+", a "(" or a
        # group of three digits and a separator ("718.555.0122"), not "1,234,567". Never
        # after a digit and a colon: a time's seconds ("09:32:17 0171 2345678") are no group.
        r"[+(0-9](?<![\w+/.\-][+(0-9])(?<![0-9]:[+(0-9])(?:(?<![0-9],[0-9])|(?=[0-9]{2}[ .\-]))"
        r"(?=(?:[ .\-/()+]{0,3}[0-9]){6})"
        r"(?:(?<=\+)[1-9][0-9]{0,2}+(?:[ .\-]| {2})?(?:\(0\)[ .\-]?)?"
        r"(?:\([0-9]{1,5}+\)[ .\-]?)?[0-9]{1,14}+"
        r"|(?<=\()(?:\+[1-9][0-9]{0,2}+\)[ .\-]?(?:\(0\)[ .\-]?)?"  # "(+49) 30 ..."
        r"|0\)[ .\-]?(?:\([0-9]{1,5}+\)[ .\-]?)?"
        r"|(?:0 )?[0-9]{1,5}+(?: [0-9]{2}){0,2}\)(?:[ .\-/]| {2})?)[0-9]{1,14}+"
        r"|(?<=[0-9])[0-9]{0,13}+(?:[ .\-]?\((?:0|[0-9]{2,5}+)\)(?:[ .\-]?[0-9]{1,14}+)?)?)"
        # Groups apart by one separator, a spaced slash, dash or dot ("030 . 4471 . 2290"),
        # or two blanks (a scanned form's "0113  496  0402", taken only after a phone word:
        # see ``_accept``).
        r"(?:(?:[ .\-/]| [/.\-] | {2})[0-9]{1,14}+){0,7}+(?![\w@])"
    )
    _PHONE_WORDS = (
        "tel", "phone", "mobile", "mob", "cell", "call", "fax", "fon", "whatsapp", "sms", "text",
        "contact", "reach", "dial", "ring", "hotline", r"telefon\w*", "handy", r"mobil\w*",
        "rufnummer", "durchwahl", "festnetz", "tél", "portable", "joindre", r"appel\w*",
        "tel[eé]fono", "m[oó]vil", r"ll[aá]m\w*", "☎", "📞", "erreichbar", "anruf(?:en|bar)?",
        "rückruf(?:nummer)?", "zurückrufen", "joignable", r"rappel\w*", "localizable",
        "contactar", "m[aá]rque(?:nos|me)?", "marcar",
        # Italian, Dutch and Portuguese
        r"cellulare", r"chiam\w*", "contatto", r"telefoon\w*", "mobiel", "bellen", "bel me",
        "telem[oó]vel", "telefone", "celular", "contacto", "ligue", r"ligar?", "liga-me",
        # a landline beside a mobile, a caller's id, "Sie erreichen mich unter"
        "landline", "fixo", "fijo", "fisso", "caller id", "erreichen", "recapito",
    )  # fmt: skip
    # Each word then "\b", as alternatives of their own (the same tries in the same order as
    # "(?:...)\b"), and the "\b" before "my" as a look-behind after its "m": every
    # alternative starts with a literal, so ``re`` skips to their first letters in C instead
    # of trying the whole list at every position of the window (half the time).
    _WORDS = re.compile(
        "|".join(rf"{word}\b" for word in _PHONE_WORDS)
        # "my number is ...", right before the number: a person's own number is a phone's.
        # (a new one: "my new number", "il mio numero nuovo è", "new number:", "mudei de número:")
        + r"|m(?<!\wm)(?:y|eine|on|a|i|io|ijn|eu)[ \t]+(?:(?:new|neue|nouveau|nuevo|nieuwe)[ \t]+)?"
        r"(?:number|nummer|num[eé]ro|n[uú]mero)(?:[ \t]+(?:nuovo|novo|nuevo))?"
        r"(?:[ \t]+(?:is|ist|lautet|est|es|è|é|e')(?:[ \t]+(?:el|le|il))?)?[ \t]*:?[ \t]*\Z"
        # "il numero è", "the number is": the number itself, named by no other thing
        r"|(?<![^\W\d_])(?:il|the|die|le|el|het|o)[ \t]+(?:number|nummer|num[eé]ro|n[uú]mero)"
        r"[ \t]+(?:is|ist|lautet|est|es|è|é)[ \t]*:?[ \t]*\Z"
        r"|(?:new|neue|nouveau|nuevo|nuovo|novo|nieuwe?|mudei de|cambiato|cambiado de|changé de)"
        r"[ \t]+(?:number|nummer|num[eé]ro|n[uú]mero)[ \t]*:?[ \t]*\Z"
    )
    # A phone word used as a modifier ("call volume 1234567", "phone bill 4711"): the number
    # that follows is a measure or a reference, not a phone number.
    _METRIC = re.compile(
        r"s?[ \t]+(?:volume|count|center|centre|rate|duration|time|minutes|log|queue|bill|"
        r"costs?|metrics|statistics|stats|total|id)\b"
    )
    _DATE = re.compile(r"[0-9]{1,4}[./\-][0-9]{1,2}[./\-][0-9]{1,4}")
    # Dates, ZIP+4, 4-4-4 reference numbers, dotted quads, a build stamp (a date written
    # YYYYMMDD and a counter: "20240502.10").
    _NOT_PHONE = re.compile(
        r"[0-9]{5}-[0-9]{4}|[0-9]{4}-[0-9]{4}-[0-9]{4}|[0-9]{1,3}(?:\.[0-9]{1,3}){3}"
        r"|(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])\.[0-9]{1,4}"
    )
    # A number's head that no phone number has: a date then a time ("05/05/2025 07:10",
    # "2024-05-06 08"), or a version's "major.minor." ("9.0.9663.1739", "6.1.7601.24544").
    _NOT_PHONE_HEAD = re.compile(
        r"(?:[0-9]{1,2}[./\-][0-9]{1,2}[./\-](?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2})"
        r"[ T]|[0-9]\.[0-9]{1,2}\.[0-9]"
    )
    # Either of the two above, in one ``fullmatch``.
    _DATE_OR_NOT_PHONE = re.compile(f"(?:{_DATE.pattern})|(?:{_NOT_PHONE.pattern})")
    # National formats, as data: what a number without a country code or a phone word must
    # look like. US with its trunk "1" ("1-800-555-0199", "1 (212) 555-0143").
    _US = re.compile(
        r"(?:1[\-. ]?)?(?:\([2-9][0-9]{2}\) {0,2}|[2-9][0-9]{2}[\-. ])[0-9]{3}[\-. ][0-9]{4}"
    )
    # An area code in parentheses, short local numbers too ("(0221) 4711", "(91) 555 12 34").
    _PAREN_AREA = re.compile(
        r"\((?:0 ?)?[1-9](?: ?[0-9]){0,3}\)(?:[ /]| {2})?[0-9]{2,8}(?:[ .\-][0-9]{2,4}){0,3}"
        r"(?:-[0-9]{1,2})?"
    )
    # Mobile numbers written as one run: German 015x-017x, British 07, French/Dutch 06 and 07.
    # A North American number as one run, the fictional 555-01xx ones too (which the
    # number plan calls invalid): a phone only under a phone column's heading.
    _NANP_RUN = re.compile(r"1?[2-9][0-9]{2}[2-9][0-9]{6}")
    _MOBILE_RUN = re.compile(r"01[5-7][0-9]{8,9}|07[1-9][0-9]{8}|0[67][0-9]{8}")
    _TRUNK = re.compile(r"\(?0 ?[1-9][0-9]{0,4}\)?(?:(?:[ .\-/]| [/.\-] )[0-9]{2,8}){1,4}")
    _ES = re.compile(r"[6-9][0-9]{1,2}(?:[ .][0-9]{2,3}){2,3}")
    _SEPARATORS = re.compile(r"(?<=[0-9)])[ .\-/]+(?=[0-9(])")
    _UNIT_AFTER = re.compile(
        r"[ \t]?(?:€|\$|£|%|(?:eur|usd|chf|gbp|kg|km|mb|gb|ms|px|x|units?|unidades|stück|pcs|"
        r"visits|visites|visitas|besuche|items|articles|artículos)\b)",
        re.I,
    )

    # Words after which a number is said again ("... +41 31 565 06 76, I repeat 4103 ..."),
    # right before it.
    _REPEAT = re.compile(
        r"(?:repeat|again|that's|wiederhole|nochmal|noch einmal|répète|repite|repito|ripeto"
        r"|herhaal)"
        r"[ \t,:]*(?:(?:it's|c'est|es|el|le|la|ist)[ \t]+)?\Z"
    )
    # A speaker's answer to a question for the number on the line above ("Agent: and a good
    # callback number" / "Caller: it's 447 7009 007 77"): a short lead, then the number.
    _ANSWER_LEAD = re.compile(
        r"^[ \t>]*(?:\[[0-9:.,]{4,12}\][ \t]*)?[^\W\d_][\w .'\-]{0,24}:"
        r"[ \t]*(?:[^\W\d_]+['\u2019]?[ \t,]*){0,4}$"
    )

    def _asked_above(self, text: str, start: int, before: str) -> bool:
        """Whether the number answers, on a speaker's line, a question for a phone number
        on the speaker's line above."""
        if ":" not in before or self._ANSWER_LEAD.match(before) is None:
            return False
        end = text.rfind("\n", 0, start)
        if end < 1:
            return False
        line = text[max(text.rfind("\n", 0, end) + 1, end - 120) : end].lower()
        return ":" in line and self._WORDS.search(line) is not None

    def __init__(self, use_phonenumbers: bool = False) -> None:
        self._use_pn = use_phonenumbers

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        count = ctx.shape.count
        runs = ctx.runs_with(7)
        low = ctx.lower_latin1 if runs else None
        memo: dict[tuple[int, str], int] = {}  # table headings found (tables.column_heading)
        for m in _in_runs(self._CANDIDATE, text, runs, 7, back=1):
            parts = [(m.start(), m.end())]
            if " / " in m.group() and count(48, m.start(), m.end()) > 15:
                # two numbers side by side ("+91 98765 43210 / 022 2345 6789"): each alone,
                # the second to the end of its digit run (the candidate's groups may stop
                # inside it: "01 53 40 22 18 / 06 09 87 65 43")
                end = next((e for s, e in runs if s <= m.end() - 1 < e), m.end())
                parts = [(s, e) for s, e in _slashed(text, m.start(), max(end, m.end()))]
            for start, end in parts:
                cand = text[start:end]
                n = count(48, start, end)
                if 7 <= n <= 15 and (
                    self._accept(text, cand, start, end, n, low, memo)
                    or (n >= 8 and self._second(text, out, start, cand))
                ):
                    out.append(Span(start, end, "PHONE"))
                elif "  " in cand:
                    # a fixed-width row's next column after two blanks ("3125550187  60614"):
                    # each cell on its own
                    for lo, hi in _cells(text, start, end):
                        k = count(48, lo, hi)
                        if 7 <= k <= 15 and self._accept(text, text[lo:hi], lo, hi, k, low, memo):
                            out.append(Span(lo, hi, "PHONE"))
        if runs:
            out.extend(record_phones(text, ctx.lower, runs, sorted(out), memo))
            out.sort()
        return out

    # Between two numbers of one "call ... or ..." ("800 506 506, ou 220 100 100").
    _OR = re.compile(
        r"[ \t]*,?[ \t]*(?:or|oder|ou|o|of|y|e|od\.|bzw\.)[ \t]+(?:al[ \t]+|au[ \t]+)?"
    )

    def _second(self, text: str, out: list[Span], start: int, cand: str) -> bool:
        """Whether the candidate is the second number of a pair joined by "or" whose first
        was taken for a phone number: the first one's phone word names both."""
        if not out or start - out[-1].end > 12:
            return False
        return self._OR.fullmatch(text, out[-1].end, start) is not None and not (
            self._DATE_OR_NOT_PHONE.fullmatch(cand) or self._NOT_PHONE_HEAD.match(cand)
        )

    def _accept(
        self,
        text: str,
        cand: str,
        start: int,
        end: int,
        n: int,
        low: str | None = None,
        memo: dict[tuple[int, str], int] | None = None,
    ) -> bool:
        # Rejections first, cheapest and most frequent (dates) before the others.
        if self._DATE_OR_NOT_PHONE.fullmatch(cand) or self._NOT_PHONE_HEAD.match(cand):
            return False
        if text.startswith(":", end) and text[end + 1 : end + 2].isdigit():
            return False  # an hour: "... 07:10"
        prefix = text[max(0, start - 2) : start].strip()
        if prefix and prefix[-1] in "$€£":
            return False
        # A candidate is never followed by a word character, so a unit can only follow
        # after one space, or be a sign: the pattern is tried only there.
        after = text[end : end + 1]
        # (On the same line: "x.kaur@..." on the next one is no "x" after a count.)
        if (after.isspace() or after in "€$£%") and self._UNIT_AFTER.match(text, end):
            return False
        before = _before(text, start, 32, low)
        # The answer to a question for a phone number ("Agent: and a callback number" /
        # "Customer: 091 141 511 32"): its speaker is no "customer number" label.
        asked = self._asked_above(text, start, before)
        if negative_before(before) and not asked and SERVICE_LINE.search(before) is None:
            return False
        international = cand[0] == "+" or cand.startswith(("(+", "(00"))
        if not international and lookalike(text, cand, start, end, before):
            return False
        if international or (cand.startswith("00") and n >= 10 and not cand.startswith("000")):
            return n >= 8 and self._possible(cand)
        word = self._WORDS.search(before, self._cue_start(before))
        while word is not None:
            if not self._METRIC.match(before, word.end()):
                return True
            word = self._WORDS.search(before, word.end())
        if "  " in cand:
            return False  # two blanks between groups: a table's columns, unless a word says
        digits = _NON_DIGIT.sub("", cand) if not cand.isdigit() else cand
        # Read back after the number ("I repeat ...") or given when asked for it: valid in
        # a national form or with its country code and no "+" ("4331 64 1207 9").
        if (asked or self._REPEAT.search(before) is not None) and (
            national_phone_ok(digits) or (n >= 10 and international_phone_ok(digits))
        ):
            return True
        if cand.isdigit():
            if n == 13 and gtin_ok(cand) and barcode_text(text):
                return False  # an EAN-13 in a text about barcodes ("EAN", "GTIN", "UPC")
            # One run of digits: a mobile number ("0612345678", "015123456789"), or any
            # valid number under a "phone" column of a table; in another column of a table
            # (a "sensor_id"), none.
            valid = national_phone_ok(cand)
            mobile = (
                self._MOBILE_RUN.fullmatch(cand) is not None
                or (valid and national_phone_ok(cand, mobile=True))
                # with its country code and without the "+": "4917623456781"
                or (n >= 11 and cc_phone_ok(cand, mobile=True))
            )
            if "\n" not in text or not (mobile or valid or self._NANP_RUN.fullmatch(cand)):
                return mobile
            # a dump's or a result table's column first (an INSERT's rows read like a CSV
            # table's whose header is the statement's line with "phone1" in it), sql_users
            column = sql_column(sql_table_cells(text), start) if has_sql_table(text, memo) else None
            heading = column if column is not None else column_heading(text, start, memo)
            if heading is None and "  " in text:
                # a fixed-width export's column ("HOME_PHONE  ZIP" over "3125550187  60614")
                heading = aligned_heading(text, start, memo)
            if heading is None:
                return mobile
            return self._phone_heading(heading)
        if " " not in cand and "-" not in cand and "." not in cand and "/" not in cand:
            shaped = bool(self._US.fullmatch(cand) or self._PAREN_AREA.fullmatch(cand))
        else:
            shaped = bool(
                self._US.fullmatch(cand)
                or (cand[0] == "(" and self._PAREN_AREA.fullmatch(cand))
                or (n >= 9 and n <= 12 and self._TRUNK.fullmatch(cand))
                or (n == 9 and self._ES.fullmatch(cand))
                or (it_mobile_ok(cand) and ("/" not in cand or whole_cell(text, start, end)))
            )
        # Any other national format: valid by the number plans of the countries of the
        # four languages (``phonenumbers`` metadata, when installed), its groups apart by
        # one kind of separator ("2024-05-06 08" is a time stamp) and not a time's tail.
        national = shaped or (
            len(set(self._SEPARATORS.findall(cand))) == 1
            and text[start - 1 : start] != ":"
            and ("/" not in cand or cand[0] in "0(")  # "21/815/08150" is a tax number
            and (national_phone_ok(_NON_DIGIT.sub("", cand)) or foreign_phone_ok(cand))
        )
        # In a table, a column that no phone word heads ("reference", "sku") holds part
        # and order numbers shaped like phone numbers ("2299.835.495", "04-9464-425-21").
        if national and "\n" in text and whole_cell(text, start, end):
            heading = column_heading(text, start, memo)
            return not (heading and _LABEL.fullmatch(heading)) or self._phone_heading(heading)
        return national

    # The words after the last number before a candidate: another field's label ("TEL
    # 0891234567 KTO 4471120") ends the reach of the phone word before that number, a
    # connector ("... or 0171 ...", "oder", "ou", "o") does not.
    _AFTER_NUMBER = re.compile(r"[0-9][^0-9]*\Z")
    _LABEL_WORD = re.compile(
        r"(?<![^\W\d_])(?!(?:or|oder|ou|o|y|and|und|et|bzw|alt|ext|sonst|sinon|else)(?![^\W\d_]))"
        r"[^\W\d_]{2,}"
    )

    def _cue_start(self, before: str) -> int:
        """Where the part of ``before`` whose phone word may name the candidate starts: at
        0, or after the last number when a label word stands between them."""
        m = self._AFTER_NUMBER.search(before)
        if m is None or self._LABEL_WORD.search(m.group()) is None:
            return 0
        return m.start()

    def _phone_heading(self, heading: str) -> bool:
        """Whether a column heading names phone numbers ("phone_number", "Tel.")."""
        return self._WORDS.search(heading.replace("_", " ")) is not None

    def _possible(self, cand: str) -> bool:
        if not self._use_pn:
            return True
        pn = phonenumbers_module()
        if pn is None:
            raise ImportError(
                "phone validation needs phonenumbers: pip install 'llmgate[phonenumbers]'"
            )
        cand = cand.lstrip("(")
        number = "+" + cand[2:] if cand.startswith("00") else cand
        try:
            parsed = pn.parse(number, None)
        except Exception:  # the library raises its own parse error type
            return False
        return bool(pn.is_possible_number(parsed))


def phone_heading(heading: str) -> bool:
    """Whether a table column's heading names phone numbers ("phone_number", "Tel."), by
    the detector's phone words: for the readers of printed tables (frame_prints.py)."""
    return PhoneDetector._WORDS.search(heading.replace("_", " ")) is not None
