"""The words and keys that, right before a number, name it a record's id: a lab specimen,
an emergency dispatch incident, a classified ad, a log line's job, batch, request or trace.
(An internet line's PPPoE login is dropped by ``format_ids.CONTEXT_WORDS``, with the other
logins and accounts that no format names.)

Such ids come in the shapes of private values: ten digits like a phone number written as
one run ("Specimen ID: 2530418862", "Einsatznummer 5251104087", "Anzeigen-ID: 2849173665"),
nine digits in the SSN's 3-2-4 groups ("batch=518-24-7703", "job 231-55-0917",
"\"request_id\":\"622-41-0375\""). The texts that hold them hold real phone numbers and
SSNs too, often on the same line ("please call back re specimen 4401928375", "trace_id=...
user_ssn=..."): a phone word's reach is a whole line and a dashed SSN needs no cue, so
the word right before the number has to say what it is.

Rules as data: the words of seven languages (EN, DE, FR, ES, IT, NL, PT), then an optional
number label ("ID", "Nr.", "n°", "#"), a key's quotes and separator. Used by the PHONE
detector (``phone_lookalikes``) and the SSN detector (``digits``).
"""

from __future__ import annotations

import re

__all__ = ["LABELED_WORDS", "RECORD_WORDS", "record_id_before"]

RECORD_WORDS = (
    # lab specimens and samples
    "specimen", "sample", "accession", "probe", "probennummer", r"[ée]chantillon",
    r"pr[ée]l[èe]vement", "muestra", "campione", "provetta", "monster", "monsternummer",
    "amostra",
    # share certificates and their number ranges in a share register ("Certificates
    # 0451-0480", "Zertifikate Nr. 1001-1500")
    r"certificates?", r"certificats?", r"zertifikate?", r"certificad[oa]s?", r"certificat[oi]",
    r"certifica(?:at|ten)",
    # emergency dispatch incidents
    "incident", "incidente", "einsatznummer", "melding", "cad",
    # classified ads
    "ad", "anzeige", "anzeigen", "anzeigennummer", "kleinanzeige", "inserat", "inseratsnummer",
    "annonce", "anuncio", "annuncio", "advertentie", "advertentienummer", r"an[úu]ncio", "listing",
    # a log line's or a system's record ids
    "trace", "span", "correlation", "corr", "job", "run", "batch", "txn", "transaction", "tx",
    "lot", "lote", "lotto", "lauf", "task", "worker", "thread", "pid",
    # a remote-support tool's address: AnyDesk's nine digits in threes ("AnyDesk-ID 482 913
    # 570", "AnyDesk-adres ...", "AnyDesk-Zugang: ..."), TeamViewer's, RustDesk's
    r"anydesk(?:[ \-](?:address|adresse|adres|direcci[óo]n|indirizzo|endere[çc]o|zugang"
    r"|access|acc[èe]s|acceso|accesso|toegang|acesso))?",
    "teamviewer", "rustdesk",
)  # fmt: skip
# Words that also name a service or a message whose phone number follows ("Pronto
# intervento: 800 900 860", "leave a message 0171 ...", "callback request 0171 ..."): a
# record's only with a number label before or after them ("N° d'intervention 2025110478",
# "Numero evento: 2025004417", "Einsatz-Nr.", "msgid=", "request_id").
LABELED_WORDS = (
    "einsatz", "intervention", "intervento", "evento", r"ocorr[êe]ncia", "msg", "message",
    "request", "req", "session", "anydesk", "teamviewer", "rustdesk",
)  # fmt: skip
# The number's label after the word ("Specimen ID", "Einsatz-Nr.", "lot n°", "msgid",
# "trace_id", "Incident #"), a key's quotes and separator, blanks.
_NUMBER = r"(?:id|no|nr|num|number|nummer|num[ée]ro|n[úu]mero|n[º°o])"
_LABEL = rf"(?:[ _.\-]?{_NUMBER})?\.?[ ]?#?"
_END = r"[\"']?[ \t]*[:=]{0,2}[ \t]*[\"']?\Z"
_RECORD_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?:{'|'.join(RECORD_WORDS)}){_LABEL}"
    rf"|(?:{'|'.join(LABELED_WORDS)})(?:[ _.\-]?{_NUMBER}\.?[ ]?|[ ]?#)"
    rf"|(?:{_NUMBER}|numero)\.?[ ]?(?:d['\u2019]|de[ ]|di[ ]|da[ ]|do[ ]|del[ ]|dell['\u2019])?"
    rf"(?:{'|'.join(LABELED_WORDS)})){_END}"
)


def record_id_before(before: str) -> bool:
    """Whether ``before`` (the lower-cased window before a number on its line) ends with a
    record's word and its label: the number is that record's id."""
    return _RECORD_BEFORE.search(before) is not None
