"""Airline reservation records (PNR) as Amadeus, Sabre and Galileo display them.

A booking pasted from a GDS terminal holds a traveller's name, phones, e-mail, birth date,
home address and card without one cue word a reader of prose would know: the element's
code says what each value is. Names are ``SURNAME/GIVEN`` after the element number
(``1.BRANDAUER/LENNART MR``, Sabre and Galileo ``1.1SCHOLTEN/MAARTEN MR``; the title is
no part of the name); contacts are ``AP``/``APE``/``APM`` elements, Sabre ``PHONES`` lines
(``1.AMS0612873904-M``: the city code glued on, the type after a dash), Galileo
``FONE-MADT*34 915 514 227``; special service requests carry the rest: ``SSR CTCM ...
HK1/4917623418806`` (the phone as one run with its country code), ``SSR CTCE ...
HK1/ANNA..MARIE./LUX//EXAMPLE.COM`` (IATA writes ``@`` as ``//``, ``_`` as ``..`` and ``-``
as ``./``), ``SSR DOCS`` (birth date: dob_formats.py; the name after the document's
expiry here), ``SSR DOCA`` (the street field), ``SSR CHLD`` and a child's ``(CHD/09JUL17)``
(birth dates). A form of payment glues the card to its network code (``FP CCVI4111...``,
``FOP-CCAX3...``, ``-CCCA5...``): the card detector refuses a number glued to letters, so
the code is read here. Ticket numbers, agency numbers and record locators stay.

Rules as data (the codes, the titles, the networks); every pattern is anchored on an
element code or a line start and bounded, and runs only where its code occurs (C-level
finds), so text without a PNR costs a few ``in`` tests.
"""

from __future__ import annotations

import re

from llmgate.redaction.checks import card_brand_ok, luhn_ok
from llmgate.redaction.detectors import Span

__all__ = ["NETWORK_CODES", "PNR_MARKS", "TITLES", "iata_emails", "pnr_spans"]

# Titles a GDS appends to the given names (and the passenger types in brackets).
TITLES = frozenset(
    ["MR", "MRS", "MS", "MSTR", "MISS", "MSS", "MX", "DR", "PROF", "REV", "SIR", "LADY",
     "CHD", "INF", "ADT", "YTH", "STU", "MME", "MLLE", "M", "HR", "FR", "SR", "SRA", "SRTA",
     "SIG", "SIGRA", "DHR", "MEVR"]
)  # fmt: skip
# Card networks' two-letter codes in a form of payment (VI Visa, CA Mastercard, AX Amex,
# DC Diners, TP UATP, JC JCB, DS/DI Discover, CB Carte Bleue, UP UnionPay...).
NETWORK_CODES = (
    "VI", "CA", "MC", "AX", "DC", "DI", "DS", "TP", "JC", "CB", "UP", "XS", "EC", "BA", "IK",
    "MA", "VE", "VD", "DK",
)  # fmt: skip
_NET = "|".join(NETWORK_CODES)

# A name element: the element number glued to the surname ("1.", "1.1", "2."), or a
# label of a ticket or confirmation ("NAME:", "Passenger:", "Reisende:", "Passager :").
_NAME_LABELS = (
    "name", "names", "pax", "passenger", "passengers", "passenger name", "traveller",
    "traveler", "reisende", "reisender", "fahrgast", "passagier", "passagiere", "passager",
    "passagère", "voyageur", "voyageuse", "pasajero", "pasajera", "viajero", "viajera",
    "passeggero", "passeggera", "passageiro", "passageira", "viajante", "reiziger",
    "nom", "nombre", "nome", "naam",
)  # fmt: skip
_WORD = r"[A-Z][A-Z'\-]*[A-Z]"
_NAME = re.compile(
    r"(?:(?<![^\s])[0-9]{1,2}\.(?:[0-9]{1,2})?|(?i:(?<![^\W_])(?:"
    + "|".join(sorted(_NAME_LABELS, key=len, reverse=True))
    + r"))[ \t]*:[ \t]*)"
    rf"(?P<sur>{_WORD}(?: {_WORD}){{0,3}})/(?P<given>{_WORD}(?: {_WORD}){{0,5}})"
    r"(?=\(|[ \t]*(?:\r?\n|\Z)|[ \t]{2}|[ \t]+[0-9]{1,2}\.|[ \t]*[,;])"
)
_CAPS_SLASH = re.compile(r"[A-Z]/[A-Z]")
# SSR DOCS: ... / birth date / sex / expiry / SURNAME / GIVEN [/ MIDDLE]
_DOCS_NAME = re.compile(
    r"DOCS\b[^\n/]{0,20}(?:/[^\n/]{0,20}){4,5}/(?:MI|FI|M|F|U|X)/(?:[0-9]{2}[A-Z]{3}[0-9]{2,4})?/"
    rf"(?P<name>{_WORD}(?: {_WORD}){{0,3}}/{_WORD}(?: {_WORD}){{0,5}}"
    rf"(?:/{_WORD}(?: {_WORD}){{0,3}})?)(?![A-Z'])"
)
_SSR_HEAD = r"[ \t]+[A-Z0-9]{2}[ \t]+[A-Z]{2}[0-9]{1,3}"
_DDMMMYY = r"[0-3][0-9](?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[0-9]{2}(?:[0-9]{2})?"
# A child's or an infant's birth date: "SSR CHLD LH HK1/09JUL17", "(CHD/09JUL17)",
# "(INFBRANDT/MIA/12JAN25)", "SSR INFT LH HK1 BRANDT/MIA 12JAN25".
_CHILD = re.compile(
    rf"(?:CHLD{_SSR_HEAD}/|\((?:CHD|INF)(?:[A-Z' \-]*/[A-Z' \-]*)?/"
    rf"|INFT{_SSR_HEAD}[ /]{_WORD}/{_WORD}(?: {_WORD}){{0,3}}[ /])"
    rf"(?P<date>{_DDMMMYY})(?![0-9A-Z])"
)
# A phone: a "+" or a digit, digits with blanks, dashes, dots or brackets (7-15 digits).
# Marks of a PNR display: the contact lines of the three systems are short shapes ("AP
# 2024-11-03" is accounts payable, "CLM*26463774" an X12 claim), read only beside one.
PNR_MARKS = (
    "RP/", "SSR ", " HK1", " HK2", " HK3", "/HK1", "TK OK", "TKOK", "PHONES", "FONE-", "*P4",
    "PNR", "RLOC", " APE", " APM", "FP CC", "FOP-",
)  # fmt: skip
_PHONE = r"(?P<phone>\+?[0-9](?:[0-9]|[ \-./()](?=[ \-./()]?[0-9])){5,24}[0-9])"
_CONTACTS = (
    # Amadeus "4 AP MUC +49 89 ... - H", "APM-+49...", "APN-...", an element number first
    re.compile(
        r"(?m)^[ \t]*(?:[0-9]{1,3}[ \t]+)?AP[MNBHTFA]?(?:[ \t]+|-)(?:[A-Z]{3}[ \t]+)?" + _PHONE
    ),
    # Sabre PHONES: "1.AMS020 5518 734-H" (a city code glued to the number)
    re.compile(r"(?m)^[ \t]*[0-9]{1,2}\.[A-Z]{3}" + _PHONE + r"(?=-[A-Z]|[ \t]|\r?$)"),
    # Galileo "FONE-MADT*34 915 ...", "  2 MADH*34 ...", "P.  1T*48 ..."
    re.compile(r"(?m)^[ \t]*(?:FONE-|P\.)?[ \t]*[0-9]{0,2}[ \t]*[A-Z]{1,4}\*" + _PHONE),
    # SSR CTCM / CTCH / CTCB (mobile, home, business), also in an OSI (the last: it needs
    # no mark of a display beside it)
    re.compile(rf"CTC[MHBTP](?:{_SSR_HEAD}/|[ \t]+)" + _PHONE),
)
# SSR DOCA: type / country / street / city / state / postal code
_DOCA = re.compile(rf"DOCA{_SSR_HEAD}[ /][RD]/[A-Z]{{2,3}}/(?P<street>[^/\n]{{3,60}})/")
# A form of payment: the network code glued to the card ("CCVI4111...", "FP VI4111..."?
# only after "CC"); the card ends before its "/" expiry or a Sabre "‡".
_FOP = re.compile(rf"(?<![A-Z0-9])(?:FP|FOP)?CC(?:{_NET})(?P<card>[0-9]{{13,19}})(?![0-9])")
_FOP_BARE = re.compile(
    rf"(?:FP|FOP-|F-)[ \t]?(?:PAX[ \t]+)?(?:{_NET})(?P<card>[0-9]{{13,19}})(?![0-9])"
)

# IATA e-mail encoding: "//" for "@", ".." for "_", "./" for "-".
_LOCAL = re.compile(
    r"(?<![A-Za-z0-9.\-+_:])(?:(?<![^\s])[0-9]{1,2}\.(?=[A-Za-z]))?"
    r"(?P<local>[A-Za-z0-9](?:[A-Za-z0-9\-+_]|\.\.|\./|\.(?=[A-Za-z0-9])){0,63})\Z"
)
_DOMAIN = re.compile(r"(?:[A-Za-z0-9\-]|\./|\.(?=[A-Za-z0-9])){1,200}")
_TLD = re.compile(r"\.[A-Za-z]{2,6}\Z")
_MAIL_CONTEXT = ("CTCE", "APE", "EMAIL", "E-MAIL", "*PE", "PE\u00a5", "MAIL")
_NOT_TLD = frozenset({"html", "htm", "php", "aspx", "asp", "jsp", "js", "css", "png", "jpg",
                      "gif", "pdf", "txt", "json", "xml", "cgi", "exe", "zip"})  # fmt: skip


def iata_emails(text: str) -> list[Span]:
    """E-mail addresses in the IATA encoding (``LOCAL//DOMAIN.TLD``): in capitals as a GDS
    writes them, or in any case on a line that names an e-mail element."""
    out: list[Span] = []
    n = len(text)
    pos = text.find("//")
    while pos >= 0:
        nxt = pos + 2
        if pos > 0 and nxt < n and text[pos - 1].isalnum() and text[nxt].isalnum():
            back = _LOCAL.search(text, max(0, pos - 80), pos)
            dom = _DOMAIN.match(text, nxt)
            if back is not None and dom is not None:
                domain = dom.group()
                tld = _TLD.search(domain)
                start, end = back.start("local"), dom.end()
                if tld is not None and "." in domain and tld.group()[1:].lower() not in _NOT_TLD:
                    value = text[start:end]
                    line = text[text.rfind("\n", 0, start) + 1 : start].upper()
                    if value == value.upper() or any(map(line.__contains__, _MAIL_CONTEXT)):
                        out.append(Span(start, end, "EMAIL"))
                        nxt = end
        pos = text.find("//", nxt)
    return out


def _names(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _NAME.finditer(text):
        given = m.group("given").split(" ")
        while len(given) > 1 and given[-1] in TITLES:
            given.pop()
        titled = len(given) < len(m.group("given").split(" "))
        sur = m.group("sur")
        if sur in TITLES or given[0] in TITLES:
            continue
        if not titled and len(sur) == 3 and len(given) == 1 and len(given[0]) == 3:
            continue  # "MUC/FRA": two airport codes, not a name
        end = m.start("given") + len(" ".join(given))
        out.append(Span(m.start("sur"), end, "PERSON"))
    for m in _DOCS_NAME.finditer(text):
        out.append(Span(*m.span("name"), "PERSON"))
    return out


def _phones(text: str) -> list[Span]:
    out: list[Span] = []
    marked = any(map(text.__contains__, PNR_MARKS))
    for pattern in _CONTACTS if marked else _CONTACTS[-1:]:
        for m in pattern.finditer(text):
            digits = sum(c.isdigit() for c in m.group("phone"))
            if 7 <= digits <= 15:
                out.append(Span(*m.span("phone"), "PHONE"))
    return out


def _cards(text: str) -> list[Span]:
    out: list[Span] = []
    for pattern in (_FOP, _FOP_BARE):
        for m in pattern.finditer(text):
            card = m.group("card")
            if card_brand_ok(card) and luhn_ok(card):
                out.append(Span(*m.span("card"), "CREDIT_CARD"))
    return out


def pnr_spans(text: str) -> list[Span]:
    """Every finding of a PNR display in ``text`` (see the module's docstring)."""
    out: list[Span] = []
    if "/" in text:
        if _CAPS_SLASH.search(text) is not None:  # a name's "SURNAME/GIVEN" needs one
            out += _names(text)
        if "CHLD" in text or "CHD/" in text or "INF" in text:
            out += [Span(*m.span("date"), "DATE_OF_BIRTH") for m in _CHILD.finditer(text)]
        if "DOCA" in text:
            for m in _DOCA.finditer(text):
                street = m.group("street").strip()
                if any(c.isdigit() for c in street) and any(c.isalpha() for c in street):
                    start = m.start("street") + m.group("street").find(street)
                    out.append(Span(start, start + len(street), "STREET_ADDRESS"))
        if "//" in text:
            out += iata_emails(text)
    if "AP" in text or "CTC" in text or "*" in text or "PHONES" in text:
        out += _phones(text)
    if "CC" in text or "FP" in text or "F-" in text:
        out += _cards(text)
    return out
