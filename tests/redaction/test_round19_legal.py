"""Issue 13, round 19 (legal): streets in the phrasing of notarial deeds and contracts in
seven languages (a lower-case street word after "residente in", "con domicilio en",
"residente em", with "n. 27, scala B, interno 4", "número 53, 3º B", "n.º 12, 3.º Esq.";
a Dutch street without a street word after "wonende"; a lower-case street closed by a
postal code and a town); the parties after their role words ("il venditore", "the
grantee"), a Dutch caller's "goedemiddag, met ...", the other driver's name after "heißt"
or "si chiama"; report cards' "SURNAME Given" and rental agreements' "SURNAME, Given"
after their labels (renter, additional driver, Zusatzfahrer, conducteur additionnel);
the insurance call's speaker roles ("Assuré :", "Verzekerde:") are no names. And what
must stay beside them: claim, policy, deed, land-register, parcel and cadastral numbers,
prices, grades, odometer readings and licence expiries. Floors for the round's
development file (dev_issue13_r19_legal.txt) and its private split, both written before
the rules (the private split's test reports counts only)."""

from __future__ import annotations

import time
from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

POSITIVES = [
    # streets in a deed's phrasing
    ("STREET_ADDRESS", "residente in Pordenone, via Mazzini n. 41, scala C, interno 9, parte "
     "venditrice", "via Mazzini n. 41, scala C, interno 9"),
    ("STREET_ADDRESS", "residente a Cesena in viale Carducci 133/B, parte acquirente",
     "viale Carducci 133/B"),
    ("STREET_ADDRESS", "con domicilio en Castellón, calle de Enmedio número 71, 4º A, con DNI",
     "calle de Enmedio número 71, 4º A"),
    ("STREET_ADDRESS", "vecina de Murcia, avenida Juan Carlos 205, 1º dcha., como compradora",
     "avenida Juan Carlos 205, 1º dcha."),
    ("STREET_ADDRESS", "residente em Viseu, Rua Formosa, n.º 63, 2.º Esq., na qualidade de",
     "Rua Formosa, n.º 63, 2.º Esq."),
    ("STREET_ADDRESS", "moradora na rua de Santa Catarina 719, r/c Dto., Porto",
     "rua de Santa Catarina 719, r/c Dto."),
    ("STREET_ADDRESS", "wonende te Delft, aan de Hippolytusbuurt 27, hierna te noemen",
     "Hippolytusbuurt 27"),
    ("STREET_ADDRESS", "Verkoper: Cornelis Bos, wonende Nieuwe Haven 118, Schiedam",
     "Nieuwe Haven 118"),
    ("STREET_ADDRESS", "Genitore: Anna Ferraris, via Garibaldi 58, 16124 Genova, cell. 3",
     "via Garibaldi 58, 16124 Genova"),
    ("STREET_ADDRESS", "[00:00:09] Asegurado: vivo en calle Mayor 91, 2º B, en Logroño",
     "calle Mayor 91, 2º B"),
    # the parties after their role words, a caller's greeting, the other driver
    ("PERSON", "Il venditore Raffaele Montanari, residente a Forlì, dichiara",
     "Raffaele Montanari"),
    ("PERSON", "[00:00:07] Verzekerde: Goedemorgen, met Hester Wijngaarden, polis 4",
     "Hester Wijngaarden"),
    ("PERSON", "[00:00:44] Anrufer: Der Unfallgegner heißt Burak Demirtaş, glaube ich.",
     "Burak Demirtaş"),
    ("PERSON", "[00:00:31] Assicurata: l'altro conducente si chiama Ottavio Ruggeri.",
     "Ottavio Ruggeri"),
    ("PERSON", "Geachte heer Scholtens,\nDe akte is gepasseerd.", "Scholtens"),
    # report cards and rental agreements
    ("PERSON", "Name: BRANDSTÄTTER Mia            Klasse: 5c\n", "BRANDSTÄTTER Mia"),
    ("PERSON", "Élève : N'GUESSAN Awa \u2013 5e D\n", "N'GUESSAN Awa"),
    ("PERSON", "Alumno/a: PRIETO SOLER Hugo      Curso: 3º ESO\n", "PRIETO SOLER Hugo"),
    ("PERSON", "Renter: FITZGERALD, Aoife\nDate of birth: 1991-02-13\n", "FITZGERALD, Aoife"),
    ("PERSON", "Additional driver: FITZGERALD, Ronan\n", "FITZGERALD, Ronan"),
    ("PERSON", "Mieter: HOFSTETTER, Sabine, geb. 12.03.1986\n", "HOFSTETTER, Sabine"),
    ("PERSON", "Conducteur additionnel : LEMAIRE, Baptiste\n", "LEMAIRE, Baptiste"),
    ("PERSON", "Huurder: VAN DAM, Jeroen \u2013 extra bestuurder: KOK, Iris\n", "VAN DAM, Jeroen"),
    ("PERSON", "Huurder: VAN DAM, Jeroen \u2013 extra bestuurder: KOK, Iris\n", "KOK, Iris"),
    ("PERSON", "Condutor adicional: TAVARES, Nuno\n", "TAVARES, Nuno"),
]  # fmt: skip

NEGATIVES = [
    # numbers of deeds, registers, parcels, claims and policies; prices, grades, odometers
    ("Grundbuch von Pasing Blatt 20731, Flurstück 1184/7, Kaufpreis 512.000,00 EUR", "20731"),
    ("Grundbuch von Pasing Blatt 20731, Flurstück 1184/7, Kaufpreis 512.000,00 EUR", "1184/7"),
    ("catastato al foglio 22, particella 918, subalterno 5, prezzo 131.000 euro", "particella 918"),
    ("Finca registral número 33.418, referencia catastral 4412109YJ2741A0003PL", "33.418"),
    ("[00:01:30] Agent: Your claim number is CLM-2026-557102, policy PLH-8830-1147.",
     "CLM-2026-557102"),
    ("[00:00:55] Caller: About 71,904 miles on the clock.", "71,904"),
    ("Rijbewijs geldig tot 11-2031 \u2013 kilometerstand 48.117", "48.117"),
    ("Deutsch 2   Mathematik 3   Englisch 1   Fehltage: 4", "Mathematik 3"),
    ("Kadastraal bekend gemeente Haarlem, sectie K, nummer 5521", "nummer 5521"),
    # a lower-case street word in prose, a residence cue before no street
    ("Ti mando il file via email 3 volte al giorno", "email 3"),
    ("residente in Italia da 12 anni, cittadino tedesco", "Italia da 12"),
    ("wonende te Utrecht sinds 2019", "Utrecht sinds 2019"),
    ("Postbus 4102, 3006 AC Rotterdam", "Postbus 4102"),
    # speaker roles of a claims call; a capital word after "das heißt"
    ("[00:00:21] Assuré : Le 19 novembre 1986.\n[00:00:35] Assuré : Oui.", "Assuré"),
    ("[00:00:19] Verzekerde: 7 mei 1983.\n[00:00:31] Verzekerde: Ja.", "Verzekerde"),
    ("Das heißt Montag früh, nicht Dienstag.", "Montag"),
    # capitals after a label that are no name
    ("Status: OPEN, Pending", "OPEN, Pending"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round19_legal_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 19's development file: every street (67; 46 before the round's rules), phone
    (34), birth date (43) and e-mail (8), 169 of 173 names (145 before), no decoy touched
    (none before)."""
    records = private_split("dev_issue13_r19_legal.txt", "dev13r19legal")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    for kind, gold in (("STREET_ADDRESS", 67), ("PHONE", 34), ("DATE_OF_BIRTH", 43),
                       ("EMAIL", 8)):  # fmt: skip
        assert per[kind].found == per[kind].gold == gold, per[kind].missed
    for kind in ("PHONE", "DATE_OF_BIRTH", "EMAIL"):
        assert per[kind].true_pos == per[kind].predicted, per[kind].false
    assert per["PERSON"].found >= 169, per["PERSON"].missed
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round19_legal_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 14 of 16 streets (11 before the round's
    rules), 54 of 58 names (35 of 57 before the agents' names were labeled), 4 of 4 phones
    and 14 of 14 birth dates (as before), none of its decoys touched (none before)."""
    records = private_split("dev_issue13_r19_legal_private.txt", "dev13r19legalp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    found = [per[k].found for k in ("STREET_ADDRESS", "PERSON", "PHONE", "DATE_OF_BIRTH")]
    assert found[0] >= 14 and found[1] >= 54 and found[2] >= 4 and found[3] >= 14
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked == 0


def _cpu(red: Redactor, text: str) -> float:
    start = time.process_time()
    red.detect(text)
    return time.process_time() - start


def test_legal_rules_stay_linear() -> None:
    """Residence cues, street words, unit words, capital surnames after labels and role
    words repeated cost time in proportion to the text: four times the input takes at
    most eight times the CPU time (plus a small constant for timer noise)."""
    red = Redactor(cache_size=0)
    units = (
        "residente in ", "residente in Udine, via ", "via Roma n. 1, scala B, interno 4, ",
        "con domicilio en X, calle ", "calle Mayor número 5, 3º B, 2º izda., ",
        "Rua do Souto, n.º 12, 3.º Esq., ", "wonende ", "wonende Oude Gracht ",
        "via Cavour 19, 10123 Torino ", ", 10123 T", "Renter: MCALLISTER, ",
        "Name: HUBER HUBER HUBER ", "Mieter: AB, Cd, ", "il venditore ", "heißt Anna ",
        "goedemiddag, met ", "Geachte heer ", "Aa Bb Cc 12 ",
    )  # fmt: skip
    for unit in units:
        small = unit * 400
        large = unit * 1600
        _cpu(red, small)  # warm the caches of the first call
        t_small = min(_cpu(red, small) for _ in range(2))
        t_large = min(_cpu(red, large) for _ in range(2))
        assert t_large <= 8 * t_small + 0.05, (unit, t_small, t_large)
