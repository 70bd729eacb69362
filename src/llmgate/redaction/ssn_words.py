"""The words that name a US social security number, in seven languages, as data.

A bare nine-digit run, or one grouped by threes, is an SSN only where such a word names it
(``digits.SsnDetector``); the same words label the last four digits and the any-grouping
forms of ``ssn_shapes``. People abroad write the number's English name inside their own
sentence ("meine SSN", "votre Social Security Number", "il numero di previdenza
sociale"), translate it ("número de Seguro Social", "número de la Seguridad Social de EE.
UU."), or borrow the name of their own country's number with a word that says it is the
American one ("Amerikaans sofinummer", "Nº S.S. EE. UU.", "numéro sécu US"): those
borrowed names alone name the national number (a Dutch BSN is nine digits too), so they
count only beside such a word. Field keys write the words glued or in camel case
("num_seguro_social_eeuu", "numeroSeguroSocial", "ssnEua"): ``names_ssn`` reads a key's
parts as words.
"""

from __future__ import annotations

import re

__all__ = [
    "OTHER_NUMBER_WORDS",
    "SSN_WORDS",
    "SSN_WORDS_ABROAD",
    "US_WORDS",
    "names_ssn",
    "other_number_after",
    "other_number_in",
]

# Between the parts of a word: a blank, an underscore or a dash, or none ("segurosocial").
_J = r"[ _\-]?"
# The words for the US number in Spanish, French, Italian, Portuguese and Dutch (German
# "Sozialversicherung..." is in ``SSN_WORDS``: a label here must be the number's noun).
SSN_WORDS_ABROAD = (
    rf"seguro{_J}social|seguridad{_J}social|s[ée]curit[ée]{_J}sociale"
    rf"|previdenza{_J}sociale|sicurezza{_J}sociale|seguran[çc]a{_J}social"
    rf"|previd[êe]ncia{_J}social|socia(?:al|le){_J}zekerheids?{_J}nummer"
)
# The words that say a number is the American one: "US", "EE. UU.", "EUA", Dutch "VS",
# and the adjectives and country names of the seven languages.
US_WORDS = (
    r"us|usa|u\.s\.(?:a\.)?|ee\.?[ ]?uu\.?|eeuu|eua|vs|amerika\w*|am[ée]ricain\w*"
    r"|american[oa]s?|estadounidense|statunitense|norte[ \-]?american[oa]"
    r"|[ée]tats[ \-]unis|stati[ ]uniti|estados[ ]unidos|verenigde[ ]staten"
)
# A country's own social-security abbreviation or number name, which names the US number
# only beside a word of ``US_WORDS`` (before it or after it, perhaps in brackets).
_BORROWED = (
    r"sofi[ \-]?nummer|bsn|s\.[ ]?s\.|seg\.?[ _\-]?social|sv[ _\-]?(?:nr\.?|nummer)"
    r"|s[ée]cu|sozialvers\.?[ _\-]?nr\.?|soz\.?[ _\-]?vers\.?[ _\-]?nr\.?"
)
_US = rf"(?:{US_WORDS})(?![^\W_])"
_BORROWED_US = (
    rf"(?:{_BORROWED})[ _\-]{{0,2}}\(?(?:de[ ]|dos[ ]|des[ ])?{_US}"
    rf"|(?<![^\W_]){_US}[ _\-]{{0,2}}(?:{_BORROWED})"
)
# Every word that names the number: the English short forms (also in a field name,
# "employee_ssn"; a scan's letter spacing "s s n"), "social" alone where a number follows
# it ("social: ...", "my social is ..."), the taxpayer numbers an SSN serves as, German
# "Sozialversicherung...", the words of the other languages and the borrowed names.
SSN_WORDS = (
    r"(?<![^\W_])(?:ssns?9?|s\.s\.n|s s n|ss#|ss ?no|ss[ _\-]?(?:nbr|num(?:ber|mer)?|nr|no)"
    r"|social(?:[ _\-]?security|(?=[\"']?[ \t]*[:#=])"
    r"|(?=[ \t]+(?:is|was|number|no\b|nr\b|n[º°o]\b)))"
    r"|soc(?:ial)?[.\-_]? ?sec(?:no|nbr|num)?|taxpayer|tin|itin|sozialversicherung\w*|tax[ _\-]?id"
    rf"|{SSN_WORDS_ABROAD}|{_BORROWED_US})(?![^\W_])"
)
_SSN_WORDS = re.compile(SSN_WORDS)

# A field key's parts: a lower-case letter before a capital starts a new word
# ("numeroSeguroSocial", "ssnEua").
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_HAS_CAMEL = re.compile(r"[a-z][A-Z]")


def names_ssn(window: str, start: int = 0) -> int:
    """Where the last word of ``window[start:]`` that names an SSN ends, or -1. ``window``
    is lower-cased, or in its own case where a camel-case key may hold the word."""
    end = -1
    for m in _SSN_WORDS.finditer(window.lower(), start):
        end = m.end()
    if end < 0 and _HAS_CAMEL.search(window, start) is not None:
        cuts = [m.start() for m in _CAMEL.finditer(window, start)]
        spaced = _CAMEL.sub(" ", window[start:]).lower()
        for m in _SSN_WORDS.finditer(spaced):
            end = m.end()
        if end >= 0:  # back to the window's offsets: less the blanks put in before it
            end = start + end - sum(1 for i, cut in enumerate(cuts) if cut - start + i < end)
    return end


# Words that name another number (an order's, a file's, a phone's, a national number): a
# number at most three words after one of them, even with an SSN word earlier on the line,
# is that other number ("Antrag auf SSN gestellt, Aktenzeichen 302514132", "meine SSN ...,
# nicht die ITIN. Die Bestellnummer 395618450"); further away the word is no label of the
# number ("conforme pedido pelo departamento de RH em Lisboa: ...").
OTHER_NUMBER_WORDS = (
    r"order\w*|invoice\w*|tracking|ticket\w*|ref|réf|reference\w*|r[ée]f[ée]rence\w*"
    r"|bestell\w*|rechnung\w*|auftrag\w*|aktenzeichen|vorgang\w*|kundenn\w*|sendungs\w*"
    r"|commande|facture|suivi|pedido|factura|expediente|referencia|seguimiento"
    r"|ordine|fattura|spedizione|bestelling\w*|bestelnummer|factuur\w*|klantnummer"
    r"|encomenda|fatura|refer[êe]ncia|rastreio"
    # a phone word: "Seguridad Social: llame al 612 345 678", "Segurança Social: linha
    # 300 502 502"
    r"|tel|t[ée]l|telefon\w*|t[ée]l[ée]phone|tel[ée]fono|telefone|telefoon|phone|fax|fon"
    r"|mobile?|mob|mobil\w*|mobiel|m[óo]vil|handy|portable|cell|cellulare|telem[óo]vel"
    r"|celular|call|dial|hotline|contact|contacto|contato|whatsapp|sms|ll[aá]m\w*|appel\w*"
    r"|anruf\w*|rufnummer|durchwahl|joindre|chiam\w*|bel|bellen|linha|ligue|ligar"
    r"|num[ée]ro[ ]vert|numero[ ]verde"
    # a country's own tax, identity or company number, several of them nine digits ("N.º
    # de Segurança Social e NIF: 198 676 280", "SSN oder BSN: 139 113 228"); an SSN word
    # of its own ends after them ("Amerikaans BSN", "BSN (VS)")
    r"|nif|nie|dni|cif|niss|nuss|nir|bsn|sofi[ \-]?nummer|burgerservicenummer"
    r"|steuer[ \-]?id\w*|steuernummer|steuer[ \-]?identifikationsnummer|idnr|ust[ \-]?idnr"
    r"|codice[ ]fiscale|partita[ ]iva|p\.[ ]?iva|cpf|cnpj|siren|siret|tva|vat|nas"
)
_OTHER_NUMBER = re.compile(
    rf"(?<![^\W_])(?:{OTHER_NUMBER_WORDS})(?![^\W_])(?:[^\w\n]*\w+){{0,3}}[^\w\n]*$"
)


_OTHER_WORD = re.compile(rf"(?<![^\W_])(?:{OTHER_NUMBER_WORDS})(?![^\W_])")


def other_number_after(window: str, start: int) -> bool:
    """Whether ``window[start:]`` (lower-cased) names another kind of number at most three
    words before its end."""
    return _OTHER_NUMBER.search(window, start) is not None


def other_number_in(window: str) -> bool:
    """Whether ``window`` (lower-cased) names another kind of number anywhere."""
    return _OTHER_WORD.search(window) is not None
