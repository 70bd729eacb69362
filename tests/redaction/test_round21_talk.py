"""Issue 13, round 21 (talk): persons and streets in calls, chats, SMS, mails and prose.
Surnames in capitals after a given name ("sono Arturo PELLEGATTA"), before it
("PIRASTRU Efisio", "BARRETO, Filipa"), said again in the other case ("il cliente
TARABUSI"), the technician and an Italian agent's "parla" as cues, and a street's flat,
staircase or floor ("Via Roma 112, scala B", "Rua de Cedofeita 214, 3.º esq."); and what
must stay beside them: acronyms in capitals after a word (KYC, PDF, IBAN, VISA, ORD-1234),
titles (DON, DOÑA), company forms (SARL), codes with a path. One case each through the
public API; floors for the round's development file (dev_issue13_r21_talk.txt) and its
private split, both written before the rules (the private split's test reports counts
only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_CALL_IT = (
    "[00:04] Agente: Idrotermica Bassani, parla Mafalda.\n"
    "[00:09] Chiamante: Buongiorno, sono Ettore CAVAGNOLI, per il sopralluogo.\n"
    "[00:18] Chiamante: CAVAGNOLI, C come Como.\n"
)
_REPORT_IT = (
    "Cliente: Umberto Scarpellini, Via Cavour 15, scala C\n"
    "Il tecnico Gianluca Morandotti ha sostituito il circolatore. Il cliente SCARPELLINI "
    "ha firmato.\n"
)

POSITIVES = [
    ("PERSON", _CALL_IT, "Ettore CAVAGNOLI"),
    ("PERSON", _CALL_IT, "Mafalda"),
    ("PERSON", _REPORT_IT, "SCARPELLINI"),
    ("PERSON", _REPORT_IT, "Gianluca Morandotti"),
    ("STREET_ADDRESS", _REPORT_IT, "Via Cavour 15, scala C"),
    ("PERSON", "Paziente: MELONI Giuseppina. Per disdire rispondi NO.", "MELONI Giuseppina"),
    ("PERSON", "Utente: CORBELLINI, Annalisa\nSupporto: grazie", "CORBELLINI, Annalisa"),
    ("PERSON", "Cliente: SPADAFORA GUARINI, Tiziana", "SPADAFORA GUARINI, Tiziana"),
    ("PERSON", "Cliente: GHIRARDELLO, Ilario\nOperatore: grazie", "GHIRARDELLO, Ilario"),
    ("PERSON", "Chiave lasciata alla signora BENVENUTI, scala A.", "BENVENUTI"),
    ("PERSON", "Schlüssel beim Nachbarn HOLZAPFEL abgegeben.", "HOLZAPFEL"),
    ("PERSON", "[00:07] Beller: Goedemiddag, met Sietske VAN DER MOLEN.", "Sietske VAN DER MOLEN"),
    ("PERSON", "Beller: ja, met Froukje de JONG-HOEKSTRA", "Froukje de JONG-HOEKSTRA"),
    ("PERSON", "Cliente: fala o Sebastião TEIXEIRA, bom dia", "Sebastião TEIXEIRA"),
    ("PERSON", "Suporte: COUTINHO, Mafalda confirmado.", "COUTINHO, Mafalda"),
    ("PERSON", "Olá, fala o técnico Joaquim Barroca da empresa.", "Joaquim Barroca"),
    ("PERSON", "Kunde: ich heiße Gudrun WESTPHALEN", "Gudrun WESTPHALEN"),
    ("PERSON", "Client : DUCHEMIN, Mathilde comme sur le passeport", "DUCHEMIN, Mathilde"),
    ("PERSON", "Llamante: soy Itziar GOIKOETXEA, tengo cita", "Itziar GOIKOETXEA"),
    ("PERSON", "Customer: WHITCOMBE, Rosalind here, my KYC is stuck", "WHITCOMBE, Rosalind"),
    ("PERSON", "Notizie: Chiara BONFIGLIOLI (classe 1990) vive a Lecce.", "Chiara BONFIGLIOLI"),
    ("PERSON", "Werkbon: monteur Sander Kooijman heeft de ketel ontlucht.", "Sander Kooijman"),
    ("PERSON", "Notizie: Ottavio Lanfranconi ha aperto uno studio.", "Ottavio Lanfranconi"),
    ("PERSON", "Cliente: Salve, sono Rosalba Incerti", "Rosalba Incerti"),
    ("PERSON", "Rapport: Ermenegildo Varaschin presente. Firma: VARASCHIN", "VARASCHIN"),
    ("STREET_ADDRESS", "Morada: Rua do Almada 310, 2.º dto, Porto", "Rua do Almada 310, 2.º dto"),
    ("STREET_ADDRESS", "La residenza è Via Manin 7, interno 12, Udine", "Via Manin 7, interno 12"),
    ("STREET_ADDRESS", "Job at 14 Orchard Row, Flat 3. Boiler fixed.", "14 Orchard Row, Flat 3"),
    ("STREET_ADDRESS", "Kunde: wohne jetzt in der Uhlandstraße 40, Hinterhaus, 2. OG links",
     "Uhlandstraße 40, Hinterhaus, 2. OG links"),
    ("STREET_ADDRESS", "Cliente: moro na Rua Dr. Alfredo Magalhães Ramalho 9, 1.º dto",
     "Rua Dr. Alfredo Magalhães Ramalho 9, 1.º dto"),
    ("STREET_ADDRESS", "Client : 8 rue Paul Bert, bât. B, 2e étage",
     "8 rue Paul Bert, bât. B, 2e étage"),
]  # fmt: skip

NEGATIVES = [
    ("Utente: ho caricato il PDF, il mio KYC è fermo", "PDF"),
    ("Cliente: Ciao, il mio IBAN è pronto", "IBAN"),
    ("Ordine: Bestellung ORD-2291 storniert", "ORD"),
    ("Pagamento: Kreditkarte VISA, Betrag 20 EUR", "VISA"),
    ("comparece DON Ernesto Balaguer", "DON"),
    ("Firma: Boulangerie Morvan SARL, Rennes", "SARL"),
    ('Dial("PJSIP/207-0000") Called PJSIP/207', "PJSIP"),
    ("Promemoria: seduta OK. Rispondi SI o NO", "OK"),
    ("Team Alpha LEAD: Sprint ENDS friday", "ENDS"),
    ("Via Roma 12, Bologna, tel. 051 22", "Bologna"),
    ("Ordine 88: Via Roma 3 bistrot, consegna", "bistrot"),
    ("AVVISO, Gentile cliente: il servizio riprende lunedì", "AVVISO"),
    ("Il cliente IBAN non lo ha inviato, la cliente ATTENZIONE", "ATTENZIONE"),
    ("[10:03] Cliente: Salve, il mio conto è bloccato", "Salve"),
    ("[00:05] Suporte: Bom dia, em que posso ajudar?", "Suporte"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round21_talk_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 21's development file: 97 of 103 persons (78 before the round's rules: capital
    surnames, "SURNAME, Given" and repeats missed) and 24 of 24 streets (19: the flat,
    staircase or floor left); 10 decoys touched (9 before: company names after a cue that
    the name rules take; one more, a company after "fala o técnico Name da")."""
    records = private_split("dev_issue13_r21_talk.txt", "dev13r21talk")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    assert per["PERSON"].gold == 103 and per["PERSON"].found >= 97, per["PERSON"].missed
    assert per["STREET_ADDRESS"].found >= 24, per["STREET_ADDRESS"].missed
    assert report.negatives_masked <= 10, report.masked_negatives  # type: ignore[attr-defined]


# PERSON found at least, STREET_ADDRESS found at least, decoys masked at most.
PRIVATE_FLOOR = (34, 9, 5)


def test_round21_talk_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning, scored twice: 34 of 38 persons (22 before
    the round's rules), 9 of 9 streets (7), 5 decoys masked (5)."""
    records = private_split("dev_issue13_r21_talk_private.txt", "dev13r21talkp")
    assert len(records) >= 25
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    assert per["PERSON"].found >= PRIVATE_FLOOR[0]
    assert per["STREET_ADDRESS"].found >= PRIVATE_FLOOR[1]
    assert report.negatives_masked <= PRIVATE_FLOOR[2]  # type: ignore[attr-defined]


def test_talk_rules_stay_linear() -> None:
    """Capital surnames, given names, name repeats and flat parts repeated cost time in
    proportion to the text (4n characters at most 8 times the CPU time of n)."""
    detect = Redactor(cache_size=0).detect
    for piece, tail in (
        ("Arturo ", "PELLEGATTA"),
        ("PELLEGATTA ", "Arturo"),
        ("BARRETO, ", "Filipa"),
        ("AAAAAAAAAA", " Efisio"),
        ("sono Ettore CAVAGNOLI e CAVAGNOLI ", "\n"),
        ("Via Roma 12, scala B, ", "interno 4"),
        ("Cliente: ", "Arturo ROSSI"),
        ("met de ", "VRIES"),
        ("Rua Dr. Ab ", "12"),
        ("cliente ", "ROSSI"),
        ("Cliente: Arturo PELLEGATTA, Via Roma 12, scala B. ", "\n"),
        ("signora ABCDE ", "ROSSI"),
        ("Lindenweg 3, Hinterhaus", ", 2. OG links"),
    ):
        assert_linear(detect, rep(piece, 600) + tail)
