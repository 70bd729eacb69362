"""Round two of the decoys: values that only look private stay, the real ones beside them
are found (issue 13's held-out figures: message ids masked as EMAIL, part, product, claim,
case and membership numbers as PHONE, chip ids as CREDIT_CARD, loopback addresses as
IP_ADDRESS).

``NEGATIVES`` are shapes the default rules masked before this round, on the development
decoy collection (data/decoys/dev.jsonl, templates_c) or on probes written beside it;
``POSITIVES`` the real values each changed rule must still find. The collection's
round-two kinds are scored at the end; data/decoys/private.jsonl is scored by
bench/bench_decoys.py only, never tested on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmgate.redaction import Redactor

from .cases import case_tests

DATA = Path(__file__).parent / "data" / "decoys"
MD5 = "2d641e6f7b0bb3ff8568be5be2722d7a"
CHIP = "380260000123455"  # an Italian pet microchip that passes Luhn, with a Diners prefix
CARD = "4111 1111 1111 1111"

POSITIVES = [
    # EMAIL: a mailbox beside a message id; an opaque local part on an address header (a
    # relay's token reaches a person); a digit-only local part (an SMS gateway's).
    ("EMAIL", f"From: Jane Roe <jane.roe@example.com>\nMessage-ID: <{MD5}@mail.example.com>",
     "jane.roe@example.com"),
    ("EMAIL", f"From: <{MD5}@relay.example.com>", f"{MD5}@relay.example.com"),
    ("EMAIL", "Texts go to 0171234567@sms.example.com", "0171234567@sms.example.com"),
    ("EMAIL", "message-id=<abc@host.example>, to=<jane@example.org>", "jane@example.org"),
    ("EMAIL", "References: jane.doe@example.com (my last manager)", "jane.doe@example.com"),
    # IP_ADDRESS: a public address mapped into IPv6 is still an address.
    ("IP_ADDRESS", "client ::ffff:203.0.113.7 connected", "::ffff:203.0.113.7"),
    ("IP_ADDRESS", "peer 2001:db8::1 connected", "2001:db8::1"),
    # PHONE: German compounds of the new words are service lines, not references.
    ("PHONE", "Telefon Schadenservice: 0171 4366566", "0171 4366566"),
    ("PHONE", "Produktberatung: 0171 4366566", "0171 4366566"),
    ("PHONE", "Ersatzteilservice 0171 4366566", "0171 4366566"),
    ("PHONE", "Mitgliederservice 0171 4366566", "0171 4366566"),
    # CREDIT_CARD: a card word wins over a chip word.
    ("CREDIT_CARD", f"Chipkarte {CARD}", CARD),
    ("CREDIT_CARD", f"paid with card {CARD} for the microchip", CARD),
]  # fmt: skip

NEGATIVES = [
    # Message ids: in their headers (folded ones too), a log's key, a cid: URL, a link.
    (f"Message-ID: <{MD5}@mail.example.com>", f"{MD5}@mail.example.com"),
    ("In-Reply-To: <7748c728-e04d-4914-aaf0-7d6a3fd21bfd@mail.gmail.com>",
     "7748c728-e04d-4914-aaf0-7d6a3fd21bfd@mail.gmail.com"),
    ("References: <a1@x.example>\n <CAKx3p=Qm9v+Z@mail.gmail.com>", "Qm9v+Z@mail.gmail.com"),
    ("message-id=<20250625147912.41a482ad09a914d6@mail.example.com>",
     "20250625147912.41a482ad09a914d6@mail.example.com"),
    (f'<img src="cid:{MD5}@mail.example.com">', f"{MD5}@mail.example.com"),
    ("Link: https://lore.example.org/r/0102018fc718435a-2a2d5568-000000@mx1.example.org",
     "0102018fc718435a-2a2d5568-000000@mx1.example.org"),
    # Loopback: mapped into IPv6, and "::1" with a port as socket listings print it.
    ("bind = ::ffff:127.0.0.1", "::ffff:127.0.0.1"),
    ("tcp6  0  0 ::1:631  :::*  LISTEN", "::1:631"),
    ("REDIS_URL=redis://::1:6379/0", "::1"),
    # Part and product numbers grouped like phone numbers, in seven languages.
    ("Werkstattauftrag: Ersatzteil 0 294 424 128 (Bremsbeläge)", "0 294 424 128"),
    ("und Sachnummer 0944-2629-07 bestellt", "0944-2629-07"),
    ("codice ricambio 03 15 03 04 34, componente 0 761 546 599.", "03 15 03 04 34"),
    ("codice ricambio 03 15 03 04 34, componente 0 761 546 599.", "0 761 546 599"),
    ("encomendada; número da peça 04 97 34 77 10.", "04 97 34 77 10"),
    ("Demande SAV : pièce détachée 0336 0358568", "0336 0358568"),
    ("Onderdeelnummer 062 5861 5751 is niet leverbaar", "062 5861 5751"),
    ("Product number 0234-870654 is listed twice", "0234-870654"),
    ("das Produkt mit der Produktnummer 0992-649588 ist ausverkauft", "0992-649588"),
    ("Klant: productnummer 05 95 34 05 37 staat niet in mijn bestelling.", "05 95 34 05 37"),
    # Claims, cases and memberships; a number label between the word and the number.
    ("il sinistro n. 465 538 5912 è in lavorazione", "465 538 5912"),
    ("uw schadenummer is 255 898 5304", "255 898 5304"),
    ("Zaaknummer 061 434 1825.", "061 434 1825"),
    ("Numero tessera socio 5802 992 163.", "5802 992 163"),
    ("Numéro d'adhérent : 574-197-039.", "574-197-039"),
    ("Número de socio 661-649-895.", "661-649-895"),
    ("your loyalty card number 2555 420 584 when you call", "2555 420 584"),
    # Chips and builds.
    ("Attivazione SIM: ICCID 040 97 7013402857", "040 97 7013402857"),
    (f"Pet registry: microchip {CHIP} transferred", CHIP),
    ("Falha na compilação 20240502.10; a versão", "20240502.10"),
]  # fmt: skip

RED = Redactor()
test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)

ROUND_TWO = {"message_id", "md5", "hex_id", "part_phone", "product_no", "gtin", "claim_no",
             "case_no", "membership_no", "flight", "build_no", "booking", "loopback",
             "chip_id", "event_date"}  # fmt: skip


@pytest.mark.parametrize(
    ("red", "limit"),
    [
        # without the DATE_OF_BIRTH model: what the round's rules were written and scored
        # with (the rules and the PERSON model, the default of that day)
        (Redactor(cache_size=0, dob_model=False), 0.01),
        # the default: its DATE_OF_BIRTH model also takes two event dates printed right
        # under a birth date ("Passport issued:", "Date d'adhésion :"); the 2% holds
        (Redactor(cache_size=0), 0.02),
    ],
    ids=["rules", "default"],
)
def test_round_two_decoys_masked_well_under_the_target(red: Redactor, limit: float) -> None:
    """The round-two kinds on dev.jsonl: 45% of their characters masked before, 0.7% after
    the round's rules (1.1% with the default's DATE_OF_BIRTH model)."""
    chars = masked = 0
    for line in (DATA / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = rec["text"]
        cover = bytearray(len(text))
        for span in red.detect(text):
            cover[span.start : span.end] = b"\1" * (span.end - span.start)
        for s in rec["spans"]:
            if s["type"] == "DECOY" and s["decoy"] in ROUND_TWO:
                idx = [i for i in range(s["start"], s["end"]) if not text[i].isspace()]
                chars += len(idx)
                masked += sum(cover[i] for i in idx)
    assert masked / chars <= limit, masked / chars
