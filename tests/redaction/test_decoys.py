"""Decoys stay unmasked by the default rules, and the real values beside them are found.

Issue 13's target: decoys (UUIDs, hashes, versions, order numbers, Luhn-invalid cards)
masked at most 2%. ``NEGATIVES`` are the decoy shapes the default rules masked on the
development decoy collection (data/decoys/dev.jsonl) or on probes written beside it, one
per rule that now leaves them; ``POSITIVES`` the real values each rule must still find.
The collection itself is scored at the end (bench/bench_decoys.py prints the same figures
per decoy kind; data/decoys/private.jsonl is scored there only, never tested on).
"""

from __future__ import annotations

import json
from pathlib import Path

from llmgate.redaction import Redactor

from .cases import case_tests

DATA = Path(__file__).parent / "data" / "decoys"
HEX32 = "fcec500401863fae3b3141340ee74d7c"  # an md5 digest's shape

POSITIVES = [
    # IP_ADDRESS: a network word between the version word and the number names a host; a
    # private address under a version word with a three-digit part is read as an address.
    ("IP_ADDRESS", "firmware server 81.2.3.4 is down", "81.2.3.4"),
    ("IP_ADDRESS", "firmware on 81.2.3.4 updated", "81.2.3.4"),
    ("IP_ADDRESS", "firmware 10.0.0.125 pushed", "10.0.0.125"),
    ("IP_ADDRESS", "host 3.9.4.195 answers on 443", "3.9.4.195"),
    ("IP_ADDRESS", "camera on 192.168.001.064, firmware 5.4.1.2", "192.168.001.064"),
    ("IP_ADDRESS", "host,version\n203.0.113.9,2.4.1\n", "203.0.113.9"),
    # US_SSN: a list after one label; the label right before a bare run.
    ("US_SSN", "Payroll: SSNs 536906345 and 412739021 entered twice", "412739021"),
    ("US_SSN", "SSN: 536906345", "536906345"),
    ("US_SSN", "Order 12345 for SSN 536906345", "536906345"),
    # SECRET: a key that authenticates, named or bare.
    ("SECRET", f"the api key is {HEX32}", HEX32),
    ("SECRET", f"key: {HEX32}", HEX32),
    # PHONE: a phone word wins over the id words' new forms; an hour is no part of it.
    ("PHONE", "Kunde: meine Nummer ist 0171 2345678", "0171 2345678"),
    ("PHONE", "the client is reachable at 0612345678", "0612345678"),
    ("PHONE", "Rückruf bitte am 05/05/2025 unter 030 12345678", "030 12345678"),
    ("PHONE", '{"order": "ORD-1", "phone": "+49 30 12345678"}', "+49 30 12345678"),
    ("PHONE", "Buchung bestätigt, Rückruf unter 0171 2345678", "0171 2345678"),
    ("PHONE", "Model: call me on 0171 2345678", "0171 2345678"),
    # A card number in a payment log stays a card ("transaction" is no identifier word).
    ("CREDIT_CARD", "Transaction 4532015112830366 approved", "4532015112830366"),
    ("IP_ADDRESS", "DNS update 10.0.0.125 pushed", "10.0.0.125"),
]  # fmt: skip

NEGATIVES = [
    # Versions shaped like an IPv4 address.
    ("[update]\nversion = 3.9.4.195\n", "3.9.4.195"),
    ('{"version": "11.4.8.100"}', "11.4.8.100"),
    ("Linux build-07 11.0.6.207-generic x86_64", "11.0.6.207"),
    ("ordine spedito, firmware bilancia 5.4.1.225", "5.4.1.225"),
    ("Die versione 8.1.7.161 ist installiert", "8.1.7.161"),
    ("serial,model,firmware\nC02X1,X200,3.8.6.214\n", "3.8.6.214"),
    # Phone-shaped references after an identifier word or key, in seven languages.
    ("UPDATE producten SET ean='0037989395377' WHERE id=7;", "0037989395377"),
    ("UPDATE producten SET artikelnummer='0112-5907-53';", "0112-5907-53"),
    ('{"ordine": "0612345678", "importo": "12,00"}', "0612345678"),
    ("Codice articolo 7172-2138-69  € 12,40", "7172-2138-69"),
    ("Bestelling 0612345678 is verzonden", "0612345678"),
    ("Encomenda 912345678 enviada", "912345678"),
    ("Aktenzeichen 030-4471-2290", "030-4471-2290"),
    ("Ihre Vorgangsnummer lautet 0301234567", "0301234567"),
    ("su número de expediente es 612 345 678", "612 345 678"),
    ("uw dossiernummer is 06-12345678", "06-12345678"),
    ("o número do processo é 912 345 678", "912 345 678"),
    ("Teil 0451-2210-03 nachbestellt", "0451-2210-03"),
    ("P/N 0451-2210-03", "0451-2210-03"),
    ("Model: 0212-5590-33", "0212-5590-33"),
    ("Ref.: 0612345678", "0612345678"),
    ("Buchungscode 0171 2233445", "0171 2233445"),
    ("numéro de réservation 06 12 34 56 78", "06 12 34 56 78"),
    ("localizador 612 345 678", "612 345 678"),
    ("Policennummer 0171 2345678", "0171 2345678"),
    # Versions after an update verb or a component that has versions.
    ("upgraded to 4.18.0.147 today", "4.18.0.147"),
    ("kernel 5.4.0.150", "5.4.0.150"),
    ("BIOS 1.12.0.233", "1.12.0.233"),
    ("aggiornato alla 5.4.1.225", "5.4.1.225"),
    ("bijgewerkt naar 8.1.7.161", "8.1.7.161"),
    ("atualizado para 3.9.4.195", "3.9.4.195"),
    ("mis à jour en 11.2.1.166", "11.2.1.166"),
    # Dates with a time, and a version's head, are no phone numbers.
    ("2025-05-05 AVISO fatura vencida em 05/05/2025 07:10", "05/05/2025 07:10"),
    ("Caused by: build 4471, node 9.0.9663.1739", "9.0.9663.1739"),
    # A bare run under another label than the SSN before it.
    ("SSN 536-90-6345). Employee number 497873135, contract", "497873135"),
    # A lookup key's hex digest is no secret.
    (f"WARN cache miss key={HEX32}", HEX32),
    ("idempotency key: 0cc175b9c0f1b6a831c399e269772661", "0cc175b9c0f1b6a831c399e269772661"),
]  # fmt: skip

RED = Redactor()
test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def _masked_share(path: Path) -> tuple[float, int, int]:
    """Share of decoy characters masked, real values recalled, real values in all."""
    chars = masked = recalled = values = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = rec["text"]
        cover = bytearray(len(text))
        for span in RED.detect(text):
            cover[span.start : span.end] = b"\1" * (span.end - span.start)
        for s in rec["spans"]:
            idx = [i for i in range(s["start"], s["end"]) if not text[i].isspace()]
            if s["type"] == "DECOY":
                chars += len(idx)
                masked += sum(cover[i] for i in idx)
            else:
                values += 1
                recalled += all(cover[i] for i in idx)
    return masked / chars, recalled, values


def test_development_decoys_masked_well_under_the_target() -> None:
    share, recalled, values = _masked_share(DATA / "dev.jsonl")
    assert share <= 0.01, share  # the target is 2%; 2.41% before these rules
    assert recalled >= values - 2, (recalled, values)  # a PERSON and a SECRET are missed
