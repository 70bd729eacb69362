"""Issue 13, fifteenth round (look-alikes beside real values): Windows product ids, dates
that another event's words name (the registration of a birth, a certificate's issue,
another form field, a handover), SSN-shaped log and reference ids, lab specimen, dispatch
incident and classified-ad ids, epoch seconds and CSRF tokens left alone, beside the
phone numbers, SSNs, birth dates and passwords of the same texts, which stay found. One
case each through the public API; floors for the round's development file
(dev_issue13_r15_lookalike.txt) and its private split (dev_issue13_r15_lookalike_private.txt),
both written before the round's rules."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

POSITIVES = [
    # the real values beside this round's look-alikes stay found
    ("PHONE", "Produkt-ID 00331-10000-00001-AA742 · Tel 0621 4398217", "0621 4398217"),
    ("PHONE", "Lab: call back re specimen 4401928375, patient on (440) 555-0127",
     "(440) 555-0127"),
    ("PHONE", "Einsatznummer 5251104087, Rückrufnummer Anrufer: 0172 5589 331",
     "0172 5589 331"),
    ("PHONE", "Anzeigen-ID: 2849173665. Tel. 0157 8834 2210", "0157 8834 2210"),
    ("PHONE", "Anruf um 1762245137 von 040 3277 1840", "040 3277 1840"),
    ("PHONE", "Pronto intervento: 800 900 860", "800 900 860"),
    ("PHONE", "Please leave a message 0171 2345678", "0171 2345678"),
    ("PHONE", "callback request 0171 2345678", "0171 2345678"),
    ("PHONE", "Tel. log 04.11.2025 09:32:17 0171 2345678", "0171 2345678"),
    ("PHONE", "call 20251104093217 from 0171 2345678", "0171 2345678"),
    ("PHONE", "UPS tracking 1Z 9W4 E58 03 4471 2286. Call (614) 555-0119",
     "(614) 555-0119"),
    ("US_SSN", "job 231-55-0917 ERROR applicant SSN 529-14-7736 already on file",
     "529-14-7736"),
    ("US_SSN", "trace_id=402-19-6685 user_ssn=533-08-1947 action=update", "533-08-1947"),
    ("US_SSN", "Case no. 604-18-2275 for applicant with SSN 529-14-7736", "529-14-7736"),
    ("US_SSN", "Seller: Anthony Russo, SSN 423-61-8805", "423-61-8805"),
    ("DATE_OF_BIRTH", "Geboren am 03.02.2024 in Freiburg. Geburt angezeigt am 07.02.2024",
     "03.02.2024"),
    ("DATE_OF_BIRTH", "Birth registered on 19 June 2024; the child was born on 2 June 2024",
     "2 June 2024"),
    ("DATE_OF_BIRTH", "Nacimiento inscrito el 15 de enero de 2025. Fecha de nacimiento: "
     "9 de enero de 2025.", "9 de enero de 2025"),
    ("DATE_OF_BIRTH", "Il venditore, nato a Brescia il 06/03/1969,\nBrescia, 18/11/2025",
     "06/03/1969"),
    ("DATE_OF_BIRTH", "Name;Geburtsdatum;Anmeldung\nPetra Lang;11.05.1980;03.11.2025",
     "11.05.1980"),
    # a question may name the record that holds the birth date; "as registered" is the record's
    ("DATE_OF_BIRTH", "Agent: Can you confirm the date of birth registered on the account?\n"
     "Caller: 12 March 1985", "12 March 1985"),
    ("DATE_OF_BIRTH", "Date of birth (as registered): 12/03/1985", "12/03/1985"),
    ("SECRET", "csrfmiddlewaretoken=hT4qZ9wLx2VbN8mK3pRs7YcE1uJd6GfA0oQiW5tBnHzXvMlC"
     "&username=jsmith&password=Blue!Harbor2291", "Blue!Harbor2291"),
    ("SECRET", "api_token=hT4qZ9wLx2VbN8mK3pRs7YcE1uJd6GfA0oQiW5",
     "hT4qZ9wLx2VbN8mK3pRs7YcE1uJd6GfA0oQiW5"),
    # a mailbox after a sentence that names a remote shell
    ("EMAIL", "ssh in later and mail nina@example.com the log", "nina@example.com"),
]  # fmt: skip

NEGATIVES = [
    # Windows product ids: systeminfo's aligned column, the registry, a PowerShell table
    ("Produkt-ID:                                00331-10000-00001-AA742",
     "00331-10000-00001-AA742"),
    ('"ProductId"="00330-80000-00000-AA861"', "00330-80000-00000-AA861"),
    ("ProductId               ProductName\n00330-51842-07316-AA560 Windows 11 Pro",
     "00330-51842-07316-AA560"),
    # dates that another event's words name, beside a birth cue
    ("Birth registered on 19 June 2024 by the mother", "19 June 2024"),
    ("Naissance déclarée le 14 mars 2025 par le père", "14 mars 2025"),
    ("Geburt angezeigt am 07.02.2024 durch den Vater", "07.02.2024"),
    ("Geboorte aangegeven op 15 juli 2024 door de vader", "15 juli 2024"),
    ("acte de naissance délivré le 02/10/2025", "02/10/2025"),
    ("certidão de nascimento emitida em 29/10/2025", "29/10/2025"),
    ("Geburtsdatum:               Anmeldedatum: 03.11.2025", "03.11.2025"),
    ("Birthday voucher valid until 12/31/2025", "12/31/2025"),
    ("fecha de nacimiento: -- fecha de alta: 12/09/2025", "12/09/2025"),
    ("Übergabe am 12.11.2025 an Herrn Wendt, geboren in Mannheim", "12.11.2025"),
    ("Il venditore, nato a Brescia il 06/03/1969,\nBrescia, 18/11/2025", "18/11/2025"),
    # SSN-shaped log and reference ids
    ("2025-11-04T09:12:44Z INFO batch=518-24-7703 started", "518-24-7703"),
    ('{"request_id":"622-41-0375","msg":"W-4 upload rejected"}', "622-41-0375"),
    ("journal : lot n° 745-10-3318, trace 184-27-9936", "745-10-3318"),
    ("Order #604-18-2275 shipped", "604-18-2275"),
    ("registro: msgid=731004582 estado=OK", "731004582"),
    # specimen, dispatch and classified-ad ids right after their word
    ("Lab: please call back re specimen 4401928375", "4401928375"),
    ("Rückruf wegen Probe 0171882293 erbeten", "0171882293"),
    ("specimen_id=0617283945 phone=6175550193", "0617283945"),
    ("N° d'intervention 2025110478 - rappeler au 06 22 71 84 50", "2025110478"),
    ("Call about ad 3125550143: text me at 312 555 0148", "3125550143"),
    # time stamps after a phone word: epoch seconds, a compact stamp, a time's seconds
    ("Anruf um 1762245137 von 040 3277 1840", "1762245137"),
    ("call 20251104093217 from 0171 2345678", "20251104093217"),
    ("Tel. log 04.11.2025 09:32:17 0171 2345678", "09:32:17"),
    # a UPS tracking number's tail
    ("UPS tracking 1Z 9W4 E58 03 4471 2286", "1Z 9W4 E58 03 4471 2286"),
    # dates after words that start like "geb." and name no birth
    ("Flug gebucht am 04.11.2025", "04.11.2025"),
    ("gebeld op 04-11-2025 om 09.32", "04-11-2025"),
    # CSRF tokens
    ("X-CSRF-Token: c1VzZXJfMjIxOF9zZXNzaW9uX3Rva2Vu", "c1VzZXJfMjIxOF9zZXNzaW9uX3Rva2Vu"),
    ("authenticity_token=Pz7Kq2Xw9Lm4Rt8Vb1Nc6Yh3Jd0Fs5GeA2uTiQoWkE",
     "Pz7Kq2Xw9Lm4Rt8Vb1Nc6Yh3Jd0Fs5GeA2uTiQoWkE"),
    ("Cookie: csrftoken=Vq8rT2mXk9LpZ4wN7bYc3HsF6dJe1GuA", "Vq8rT2mXk9LpZ4wN7bYc3HsF6dJe1GuA"),
    # a remote shell's or copy's destination is a login on a host, no mailbox
    ("then ssh nina@vm-4412.lab and restart it", "nina@vm-4412.lab"),
    ("scp -P 2222 dump.sql deploy@db.example.com:/srv/backup", "deploy@db.example.com"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round15_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 15's development file: 87 of its 91 PHONE values (87 before the round's rules;
    the four left are one-run numbers under a "callback" column), every SSN, 67 of 68
    birth dates and every password found, 1 of its 244 decoys touched (48 before them:
    Laravel's bare "_token" is left)."""
    records = private_split("dev_issue13_r15_lookalike.txt", "dev13r15lookalike")
    assert len(records) >= 120
    report = evalset.score_default(records)
    per_type = report.per_type  # type: ignore[attr-defined]
    assert per_type["PHONE"].found >= 87, per_type["PHONE"].missed
    assert per_type["US_SSN"].found == per_type["US_SSN"].gold >= 7
    assert per_type["DATE_OF_BIRTH"].found >= 67, per_type["DATE_OF_BIRTH"].missed
    assert per_type["SECRET"].found == per_type["SECRET"].gold >= 4
    assert report.negatives_masked <= 1, report.masked_negatives  # type: ignore[attr-defined]


def test_round15_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 22 of its 23 PHONE values, its 3 SSNs,
    15 birth dates and 1 password found (the same before the round's rules), none of its
    52 decoys touched (7 before them)."""
    records = private_split("dev_issue13_r15_lookalike_private.txt", "dev13r15lookalikep")
    assert len(records) >= 30
    report = evalset.score_default(records)
    per_type = report.per_type  # type: ignore[attr-defined]
    assert per_type["PHONE"].found >= 22
    assert per_type["US_SSN"].found >= 3
    assert per_type["DATE_OF_BIRTH"].found >= 15
    assert per_type["SECRET"].found >= 1
    assert report.negatives_masked == 0  # type: ignore[attr-defined]


def test_lookalike_rules_stay_linear() -> None:
    """Record words, event words between a birth cue and its date, product-id tails and
    anti-forgery names repeated cost time in proportion to the text."""
    red = Redactor(entities=None, cache_size=0)
    for text in (
        rep("specimen_id= ", 4000) + "0617283945",
        rep("job batch=518-24-7703 ", 2000),
        rep("Geburtsdatum: angezeigt registriert am ", 1000) + "07.02.2024",
        rep("born registered ", 3000),
        rep("00330-80131-62477-AA219 ", 2000),
        rep("x-csrf-token=", 3000) + "c1VzZXJfMjIxOF9zZXNzaW9uX3Rva2Vu",
        rep("Anmeldedatum: 03.11.2025 ", 2000),
    ):
        assert_linear(red.detect, text)
