"""The words that, just before a number, say it identifies something else: an order, an
invoice, an article, a file ("Bestellnr. 0171 2233445", "ean='0037989395377'").

Rules as data, shared by the card, SSN and phone detectors (``digits``, ``phones``): a
candidate right after one of these words, or after a field keyed by one, is a reference
number, not a private value. The table is searched on the reversed window as a trie
(``negative_before``); ``NEGATIVE_CONTEXT`` is its readable form.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import alternation_trie

__all__ = [
    "COPULAS",
    "NEGATIVE_CONTEXT",
    "NEGATIVE_WORDS",
    "NUMBER_LABELS",
    "SERVICE_LINE",
    "UNIT",
    "negative_before",
]

# Words that, just before a number, say it is an identifier of something else.
NEGATIVE_WORDS = (
    "order", "invoice", "inv", "ticket", "ref", "réf", "reference", "tracking", "serial", "sku",
    "po", "case", "id", r"no\.?", r"nr\.?", "n[º°o]", "versi[oó]n", "build", "release",
    r"bestell\w*", r"rechnung\w*", r"auftrag\w*", r"kunden\w*", "commande", "facture",
    "dossier", "pedido", "factura", "albar[aá]n", "isbn", "imei", "batch", "lot", "ean", "upc",
    "customer", "client", "cliente", "account", "konto", "suivi", "seguimiento",
    r"sendungs\w*", "incidencia", r"vorgang\w*", r"referen[cz]\w*", r"r[ée]f[ée]rence",
    r"artikel\w*", "article", r"art[íi]culo", "item", r"lieferschein\w*", "produit", "producto",
    "sensor", "part", "part number", "teilenummer", "pi[eè]ce", "pieza", "claim", "sinistre",
    "siniestro",
    # Italian, Dutch and Portuguese: order, invoice, article, code, shipment, file numbers.
    "ordine", r"fattur\w*", r"articol\w*", "codice", "spedizione", "collo", "pratica",
    r"bestelling\w*", r"factuur\w*", r"klant\w*", r"dossier\w*", "zending", r"pakket\w*",
    "encomenda", r"fatura\w*", r"artigo\w*", r"refer[êe]ncia", "rastreio", "processo",
    "colis", "expediente", "bulto", "ean13", "gtin", r"sku\w*", "aktenzeichen",
    r"gesch[äa]ftszeichen", r"bestel\w*", r"order\w*",
    # English "<thing> number" (a phone's "my number" stays a phone's)
    "order number", "invoice number", "tracking number", "case number", "ticket number",
    "reference number", "account number", "customer number", "serial number",
    # Parts and models; bookings, policies and contracts.
    "teil", "p/n", "mpn", r"model\w*", r"mod[eè]le", r"buchung\w*", "booking", r"reserv\w*",
    r"r[ée]servation", "prenotazione", "localizador", "pnr", r"police\w*", r"polizz\w*",
    r"p[oó]liza", r"vertrag\w*", "contract", "contrat", "contrato", "contratto",
    r"mandat\w*",
    # Products and spare parts: "Produktnummer 0992-649588", "Ersatzteil 0 294 424 128"
    # (parts are numbered in phone-like groups), "codice ricambio", "número da peça". No
    # open "\w*" on German compounds: "Produktberatung 0800 ..." is a service line.
    r"produ[ck]ts?", r"produ[ck]tnummer", r"produ[ck]tcode", "produktnr", "prodotto",
    "produto", "ersatzteil", "ersatzteilnummer", "bauteil", "bauteilnummer", "sachnummer",
    "materialnummer", "component", "componente", "komponente", "replacement", "recambio",
    "ricambio", "onderdeel", "onderdeelnummer", r"pe[çc]a", r"substitui[çc][ãa]o",
    r"d[ée]tach[ée]e", "fabricant",
    # Barcodes: "Barcode 4006381333931", "code EAN-13", "streepjescode".
    "barcode", "barcodes", "strichcode", "code-barres", "codes-barres", "código de barras",
    "codice a barre", "streepjescode", "gtin13", "gtin-13", "gtin-14", "ean-13", "ean-8",
    # Claims, cases and memberships: "Schadennummer", "sinistro", "lidnummer", "socio".
    r"schaden?s?nummer", r"sinistr[oe]", "fallnummer", "zaaknummer", "affaire",
    r"mitglieds?nummer", r"membership\w*", "member", r"adh[ée]rente?", "socio", "sócio",
    "tessera", "lidnummer", r"lidmaatschap\w*", "loyalty", "loyalty card", r"fid[ée]lit[ée]",
    "versicherungsschein", "versicherungsscheinnummer",
    # Builds and chips: "compilação 20240502.10", "ICCID 8949...", "microchip 380...".
    r"compila\w*", r"chip\w*", r"microchip\w*", "iccid", "puce", "transponder",
    "transpondernummer", "transpondeur",
    # Meters and supply points: "Zählernummer", "Nº contador", "matricola contatore", "PDR",
    # "CUPS", "MaLo-ID", "Zählpunkt", "EAN-code" (meter and point ids come in phone groups).
    r"z[äa]hler\w*", "compteur", "contador", "contatore", "matricola", "meter", "meternummer",
    "watermeter", "gasmeter", "medidor", "pdl", "prm", "pod", "pdr", "cups", "cpe", "malo",
    r"marktlokation\w*", "melo", r"z[äa]hlpunkt\w*", "ean-code", "eancode",
    # Fines and penalties: "PCN", "Kassenzeichen", "avis de contravention", "boletín de
    # denuncia", "verbale", "betalingskenmerk", "auto de contraordenação".
    "penalty", "pcn", "fpn", "pn", "kassenzeichen", r"bu[ßs]geld\w*", r"verwarn\w*",
    "contravention", "amende", r"t[ée]l[ée]paiement", "denuncia", "multa", "boletín", "verbale",
    "contravvenzione", "avviso", "pagopa", "cjib", "kenmerk", "betalingskenmerk",
    "beschikking", "boete", r"contraordena[çc][ãa]o", "coima",
    # Race entries, cards and licences: "Startnummer", "dossard", "dorsal", "carné".
    "bib", "bibs", "startnr", "startnummer", "dossard", "dorsal", "pettorale", r"carn[eé]t?",
    r"licen[cs]e", "lizenz", "ersatz",
    # Airline tickets: a PNR's "FA PAX 220-4418290357", "ETKT 117 2290418836", "TKT".
    "pax", "etkt", "tkt", "e-ticket", "eticket",
    # Tax numbers a client gives a tax adviser ("My UTR is 61047 28893", "NIF 238 417 905",
    # "Steuer-ID 57 204 889 163", "numéro fiscal 3 09 84 ..."), and the number of a blood
    # donor that a donation service's SMS quotes ("Spendernr. 0048 3317 29", "N° donneur
    # 7311 0284 5"): groups of digits like a phone's.
    "utr", "nif", "nipc", "nie", "tin", "steuernummer", "steuer-nr", "steuernr", "steuer-id",
    "steuer-idnr", "steueridentifikationsnummer", "identifikationsnummer", "idnr", "fiscal",
    "fiscale", "codice fiscale", "partita iva", "p.iva", "bsn", "rsin", "btw-nummer",
    "donor", "donor id", "donneur", "donante", "donatore", "dador", "spender",
    r"spendernr", "spendernummer", "donornummer", "donorcode",
)  # fmt: skip
# A service's phone line whose name ends in one of the words above ("Kundenservice",
# "atención al cliente", "klantenservice"), or a phone word whose owner is the customer
# ("Móvil del cliente:", "cellulare cliente", "customer's mobile" reads the other way):
# the number after it is a phone number.
SERVICE_LINE = re.compile(
    r"(?:kunden(?:service|dienst|hotline|center|telefon)|klantenservice|customer (?:service|care|"
    r"support)|service clients?|service client[eè]le|atenci[oó]n al cliente|servizio clienti|"
    r"apoio ao cliente|servi[çc]o ao cliente|caller id|"
    r"(?:m[óo]vil|tel[ée]fono|telefono|cellulare|cell|telem[óo]vel|telefone|celular|mobile|"
    r"phone|tel|t[ée]l[ée]phone|portable|handy|telefon|mobiel|telefoon|gsm)\.?[ \t]+"
    r"(?:(?:del|de la|du|de|do|da|della|dello|dell'|of the|van de|van|des)[ \t]+)?"
    r"(?:client[ea]?|customer|kunden|klant|cliente))[\s:.]*\Z"
)
# A number label between the word and the number: "claim number", "sinistro n.",
# "Mitglieds-Nr." is one word; "membership no.", "build number", "product nummer".
NUMBER_LABELS = ("n", "no", "nr", "num", "number", "nummer", "num[eé]ro", "n[uú]mero", "n[º°]")
# A copula between the word and the number: "Ihre Vorgangsnummer lautet 0301234567", "su
# número de expediente es 612 345 678", "uw dossiernummer is 06-12345678".
COPULAS = ("is", "was", "are", "ist", "lautet", "war", "est", "es", "era", "è", "é", "são")
# The readable form; the detectors use ``negative_before``.
# A field's key counts as the word ("ean='0037...'", "\"order\": \"...\"", "sku=..."), and a
# label's dot and colon ("Ref.: ...").
NEGATIVE_CONTEXT = re.compile(
    rf"(?:\b(?:{'|'.join(NEGATIVE_WORDS)})|#)[\"']?(?:\s+(?:{'|'.join(NUMBER_LABELS)})\.?)?"
    rf"(?:\s+(?:{'|'.join(COPULAS)}))?\s*[:#.=]{{0,2}}\s*[\"']?$"
)
# Units of the words above: a class, an escape or a character, with its quantifier.
UNIT = re.compile(r"\[[^\]]*\][?*]?|\\.[?*]?|.[?*]?")
# The same language read backwards. ``NEGATIVE_CONTEXT.search`` tries the whole word list
# at every position of the window; on the reversed window one anchored attempt decides.
# The reversed words as a trie (``alternation_trie``: only whether it matches is asked),
# those that end in "\w*" (now their first unit) under one "\w*": a flat alternation tried
# every word, and each "\w*" word ran over the whole last word of the window again.
_REVERSED_UNITS = [UNIT.findall(w)[::-1] for w in NEGATIVE_WORDS]
_NEGATIVE_REVERSED = re.compile(
    r"[\"']?\s*[:#.=]{0,2}\s*(?:(?:"
    + "|".join(c[::-1] for c in COPULAS)
    + r")\s+)?(?:\.?(?:"
    + "|".join("".join(UNIT.findall(w)[::-1]) for w in NUMBER_LABELS)
    + r")\s+)?[\"']?(?:(?:"
    + alternation_trie(u for u in _REVERSED_UNITS if u[0] != r"\w*")
    + r"|\w*"
    + alternation_trie(u[1:] for u in _REVERSED_UNITS if u[0] == r"\w*")
    + r")\b|#)"
)


def negative_before(before: str) -> bool:
    """``NEGATIVE_CONTEXT.search(before) is not None``, matched on the reversed window.

    ``before`` holds no newline (``_before`` stops at the line start), so ``$`` is its end.
    """
    return _NEGATIVE_REVERSED.match(before[::-1]) is not None
