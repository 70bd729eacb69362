"""Numbers that a format's syntax or a form's label names an identifier, taken off the
findings of the number detectors (PHONE, US_SSN, CREDIT_CARD, DATE_OF_BIRTH; EMAIL for a
DSL login).

Ids come in the shapes of private values: an X12 envelope's sender id, control numbers and
the plan sponsor's EIN are nine or ten digits ("ISA*00*...*ZZ*593018274 *...", "N1*P5**FI*
364819275", "REF*0F*512847396"), an AWS account id is twelve ("arn:aws:iam::447201938865:
role/Admin" reads as a British number with its country code), a DICOM PatientID a French
mobile ("0612345098") and its StudyDate a compact birth date beside the PatientBirthDate,
a PPPoE login a number with its international prefix ("Zugangsnummer: 002718373645"), a
transit or licence card a Luhn-valid card number ("OV-chipkaart 3528 ..."). A phone word's
reach is a whole line and a card needs no cue, so the format or the label right before the
number has to say what it is. Each rule is keyed on the format's own syntax (an X12
segment's field position, a DICOM tag or keyword, an ARN or an AWS text) or on the words of
seven languages right before the number; the real values beside them stay: X12 fields that
``records.FIELD_RULES`` names personal (``NM1*IL*...*34*`` and ``REF*SY*`` SSNs, ``DMG*D8*``
birth dates, ``PER`` phones), a DICOM PatientBirthDate and PatientTelephoneNumbers.

One check over the built-in findings, on the text alone (the same on every engine path):
``drop_format_ids``. Every pattern is anchored at the end of a bounded window before the
number or matched once per text, so the cost stays linear.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.dob_animals import animal_birth
from llmgate.redaction.records import FIELD_RULES
from llmgate.redaction.spaced_labels import spaced_id_caption

__all__ = ["ALARM_WORDS", "CONTEXT_WORDS", "DICOM_ID_TAGS", "X12_SEGMENTS", "drop_format_ids"]

_NUMBERS = frozenset({"PHONE", "US_SSN", "CREDIT_CARD", "DATE_OF_BIRTH"})

# X12 segment ids of the 834, 837, 270/271, 835 and 820 transactions and their envelopes.
X12_SEGMENTS = (
    "ISA", "GS", "ST", "SE", "GE", "IEA", "TA1", "BGN", "BHT", "BPR", "TRN", "REF", "N1",
    "N2", "N4", "NM1", "INS", "DTP", "DTM", "HD", "HL", "CLM", "CLP", "SBR", "PRV", "AMT",
    "EB", "EQ", "LX", "SV1", "SV2", "SVC", "NTE", "QTY", "COB", "LUI", "PAT", "HI", "ENT",
    "RMR", "CAS", "PLB", "AK1", "AK2", "AK9", "IK3", "IK5", "LS", "LE", "PER", "DMG", "N3",
)  # fmt: skip
# A segment starts a line, follows the "~" that ends the one before, or stands in prose
# after a blank, a bracket or a label's colon ("die Mitgliedsnummer REF*0F*618204937").
_X12_START = re.compile(
    r"(?:(?<=[\s~(:=\"'])|^)(?P<seg>" + "|".join(X12_SEGMENTS) + r")\*", re.MULTILINE
)
# The personal fields by position: (segment, field) -> (entity, qualifier field, codes).
_PERSONAL = {(r.segment, r.field, r.entity): r.when for r in FIELD_RULES}
# A segment's start is looked for this far back (an ISA header is 106 characters).
_X12_REACH = 240
_FIELD_END = re.compile(r"[ ]*(?:[*~\s.,;)]|\Z)")

# DICOM elements that hold ids or the dates of the study, not of the patient: PatientID,
# OtherPatientIDs, IssuerOfPatientID, AccessionNumber, StudyID, the study, series,
# acquisition, content and instance creation dates, the performed step's start date.
DICOM_ID_TAGS = frozenset({
    "00100020", "00101000", "00101002", "00100021", "00080050", "00200010", "00080020",
    "00080021", "00080022", "00080023", "00080012", "00400244", "00321032", "00080080",
})  # fmt: skip
_DICOM_TAG = re.compile(r"[(\[][ ]?([0-9A-Fa-f]{4}),[ ]?([0-9A-Fa-f]{4})[ ]?[)\]]")
_DICOM_WORD = re.compile(
    r"(?:patient[ ']?s?[ ]?id|other[ ]?patient[ ]?ids|accession(?:[ ]?number)?|study[ ]?id|"
    r"(?:study|series|acquisition|content|instance[ ]?creation)[ ]?date)"
    r"[\"'\]]?[ \t]*(?:\[[0-9a-f, ]{9,11}\][ \t]*)?(?:[:=][ \t]*)?(?:[a-z]{2}:?[ \t]+)?[\[\"']?\Z"
)

# An AWS text: an ARN, an AWS host, the word. A twelve-digit run there is an account id.
# Searched in the lower-cased text, after a C-level find of a word it needs (``_AWS_GATES``):
# a case-blind search of every text cost more than the rest of this module.
_AWS_TEXT = re.compile(
    r"arn:aws|amazonaws\.com|(?<![^\W\d_])aws(?![^\W\d_])|recipientaccountid|useridentity|"
    r"cloudtrail"
)
_AWS_GATES = ("aws", "recipientaccountid", "useridentity", "cloudtrail")
# A phone's or a call's word anywhere shortly before keeps a twelve-digit run a phone
# number ("call me on 447700900812", "WhatsApp: 491701234567").
_PHONE_WORD = re.compile(
    r"tel|phone|mobi|cell|handy|fon|whatsapp|call|ruf|appel|joign|portable|m[óo]vil|llam|"
    r"chiam|bel |lig|contact|sms"
)

# The words that, right before a number, name it a login, an account of an alarm centre, a
# census record, a transit or licence card: seven languages, then a number label ("no.",
# "Nr.", "n°", "ID", "number"), a key's quotes, separators. A login number is none of a
# phone number ("PPPoE-Login: 0012...", "Zugangsnummer", "usuario PPPoE"), an alarm
# receiver's account none ("Receiver account: 0215558830", "Teilnehmernummer
# Leitstelle"), a census household none ("Census ID", "Zensus-Kennung", "numéro de
# logement"), a transit pass or a fishing licence no card ("OV-chipkaart", "Navigo",
# "Angelschein", "licencia de pesca").
CONTEXT_WORDS = (
    # DSL and fibre logins (a DSL word alone may name the provider's hotline)
    r"pppoe", r"pppoa", r"zugangsnummer", r"zugangskennung", r"anschlusskennung",
    r"mitbenutzer\w*", r"identifiant de connexion",
    r"(?:pppoe|pppoa|[av]?dsl)[ _\-]?(?:login|user(?:name)?|benutzer(?:name)?|kennung|zugang|"
    r"gebruikersnaam)",
    # alarm monitoring: accounts of a receiving centre (not the centre's own line)
    r"monitoring account", r"alarm account", r"receiver account", r"transmitter",
    r"transmetteur", r"teilnehmernummer(?: leitstelle)?", r"teilnehmer-nr\.?(?: leitstelle)?",
    r"abonn[ée] t[ée]l[ée]surveillance",
    # census records
    r"census", r"zensus(?:-?kennung|-?id|nummer)?", r"volksz[äa]hlung", r"recensement",
    r"num[ée]ro de logement", r"censo", r"censimento", r"volkstelling", r"recenseamento",
    r"household[ _\-]?id",
    # transit passes and licences that are no payment cards
    r"ov-?chip\w*", r"chipkaart", r"navigo", r"num[ée]ro de passe", r"oyster", r"clipper",
    r"presto", r"bahncard", r"abono", r"tarjeta (?:de )?transporte", r"abbonamento",
    r"viva viagem", r"fishing licen[cs]e", r"angelschein", r"fischereischein\w*",
    r"permis de p[êe]che", r"licencia de pesca", r"licenza di pesca", r"visvergunning",
    r"vispas", r"licen[çc]a de pesca", r"hunting licen[cs]e", r"jagdschein", r"library card",
    r"bibliotheksausweis", r"bibliotheekpas",
)  # fmt: skip
_LABEL = (
    r"(?:[ \t]*(?:[\-_/,()]|annuel|anual|annual)?[ \t]*(?:id|no|nr|num|number|nummer|"
    r"num[ée]ro|n[úu]mero|n\.?[º°o]|kennung)\.?)?"
)
_CONTEXT = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(CONTEXT_WORDS)})[)\]]?{_LABEL}[\"']?[ \t]*[:=#]{{0,2}}[ \t]*"
    r"[\"'(\[]?\Z"
)
# An employer's EIN after its name, in capitals ("Arbeitgeber-EIN: 83-1047265", "FEIN
# 47-1839206"): the German article "ein" is no such name.
_EIN = re.compile(r"(?<![^\W\d_])F?EIN[ \t]*(?:\([^)\n]{0,24}\))?[ \t]*[:#=]?[ \t]*\Z")
# A month and year that ends a line, read with the next line's number ("09/2022" /
# "914 ELM AVE": a residence's dates in a credit report's column).
_MONTH_YEAR = re.compile(r"(?:0[1-9]|1[0-2])/(?:19|20)[0-9]{2}[ \t]*\r?\n")
# In an alarm-monitoring text, a subscriber's or a customer's number is the account the
# centre files the site under ("Número de abonado: 612 009 483"); elsewhere it may be the
# subscriber's phone line (a telephone company's "numéro d'abonné").
_ALARM_TEXT = re.compile(
    r"alarm|t[ée]l[ée]surveillance|keyholder|schl[üu]sseltr[äa]ger|vigilanza|meldkamer|"
    r"videovigil|central receptora"
)  # in the lower-cased text, after a find of one of ``_ALARM_GATES``
_ALARM_GATES = ("alarm", "surveillance", "keyholder", "sseltr", "vigilanza", "meldkamer",
                "videovigil", "central receptora")  # fmt: skip
ALARM_WORDS = (r"abonado", r"abonn[ée]", r"abbonato", r"abonnee\w*", r"assinante", r"account")
_ALARM_CONTEXT = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(ALARM_WORDS)}){_LABEL}[\"']?[ \t]*[:=#]{{0,2}}[ \t]*\Z"
)
# A DSL or fibre login written as an address ("PPPoE username 4410293847@dsl.isp.net"):
# digits before the realm, a DSL word before on the line.
_EMAIL_CONTEXT = re.compile(r"(?<![^\W\d_])(?:pppoe|pppoa|v?dsl|adsl|ftth)")


# A KeePass entry's user name, the value right after <Key>UserName</Key>: the customer or
# contract number a utility's or an insurer's portal logs in with. A phone used as a login
# is written with its country code or trunk prefix ("+49 ...", "0170 ...") and stays.
_KEEPASS_LOGIN = re.compile(r"<Key>UserName</Key>\s{0,40}<Value(?:[ \t][^<>\n]{0,60})?>\Z")


def _keepass_login(text: str, span: Span) -> bool:
    """Whether ``span`` is the whole user name of a KeePass entry, a number without "+"
    or a leading 0."""
    if not text.startswith("</Value>", span.end) or text[span.start] in "+0(":
        return False
    return _KEEPASS_LOGIN.search(text, max(0, span.start - 80), span.start) is not None


def _line_before(text: str, start: int, width: int) -> str:
    lo = max(0, start - width)
    lo = text.rfind("\n", lo, start) + 1 or lo
    return text[lo:start].lower()


def _x12_id(text: str, span: Span) -> bool:
    """Whether ``span`` is a whole field of an X12 segment that no personal rule names."""
    start, end, kind = span
    if start == 0 or text[start - 1] != "*" or _FIELD_END.match(text, end) is None:
        return False
    lo = max(
        text.rfind("~", start - _X12_REACH, start), text.rfind("\n", start - _X12_REACH, start)
    )
    lo = max(lo + 1, start - _X12_REACH)
    segments = list(_X12_START.finditer(text, lo, start))
    if not segments:
        return False
    seg = segments[-1]
    head = text[seg.start() : start]
    fields = head.split("*")
    key = (seg.group("seg"), len(fields) - 1, kind)
    if key not in _PERSONAL:
        return True
    when = _PERSONAL[key]
    if when is None:
        return False
    at, codes = when
    return not (at < len(fields) and fields[at].strip() in codes)


def _dicom_id(text: str, start: int) -> bool:
    """Whether the line's DICOM tag or keyword before ``start`` names an id or a study date."""
    line = _line_before(text, start, 120)
    tags = list(_DICOM_TAG.finditer(line))
    if tags and (tags[-1].group(1) + tags[-1].group(2)).upper() in DICOM_ID_TAGS:
        return True
    return _DICOM_WORD.search(line[-60:]) is not None


def _aws_account(text: str, span: Span) -> bool:
    """Whether ``span`` is twelve digits in an AWS text, no phone word right before."""
    start, end, _ = span
    if end - start != 12 or not text[start:end].isdigit() or text[start - 1 : start] == "+":
        return False
    return _PHONE_WORD.search(_line_before(text, start, 32)) is None


def drop_format_ids(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less the numbers that a format or a label right before names an id."""
    x12 = "*" in text
    keepass = "</Key>" in text
    dicom = "0010," in text or "0008," in text or "atient" in text or "ccession" in text
    aws: bool | None = None
    alarm: bool | None = None
    low: str | None = None
    out: list[Span] = []
    for span in spans:
        kind = span.type
        if kind == "EMAIL":
            local = text[span.start : text.find("@", span.start, span.end)]
            if local.isdigit() and _EMAIL_CONTEXT.search(_line_before(text, span.start, 64)):
                continue
            out.append(span)
            continue
        if kind not in _NUMBERS:
            out.append(span)
            continue
        if kind == "DATE_OF_BIRTH" and animal_birth(text, span.start):
            continue
        if x12 and _x12_id(text, span):
            continue
        if dicom and _dicom_id(text, span.start):
            continue
        if kind != "DATE_OF_BIRTH":
            before = _line_before(text, span.start, 64)
            if _CONTEXT.search(before) is not None:
                continue
            if _EIN.search(text, max(0, span.start - 40), span.start) is not None:
                continue
            if kind == "PHONE" and _MONTH_YEAR.match(text, span.start) is not None:
                continue
            if kind == "PHONE" and " " in before and spaced_id_caption(before):
                continue  # an id after OCR's letter-spaced caption (spaced_labels.py)
            if kind == "PHONE" and keepass and _keepass_login(text, span):
                continue
            if alarm is None:
                low = text.lower() if low is None else low
                alarm = any(map(low.__contains__, _ALARM_GATES)) and bool(_ALARM_TEXT.search(low))
            if alarm and _ALARM_CONTEXT.search(before) is not None:
                continue
            if aws is None:
                low = text.lower() if low is None else low
                aws = any(map(low.__contains__, _AWS_GATES)) and bool(_AWS_TEXT.search(low))
            if aws and _aws_account(text, span):
                continue
        out.append(span)
    return out
