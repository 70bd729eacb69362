"""Issue 13, round 19 (wraps): names and streets that a mail client or a word processor
hard-wrapped inside the value, in deeds, notices, references and messages of seven
languages ("Sendlinger" / "Straße 12", "Gwendolyn" / "Achterberg"), found on a copy of the
lines with the break closed up (wraps.py); and what must stay: records whose lines end in
a word (CSV rows, log lines), wrapped prose with no name or street across the break. One
case each through the public API; floors for the round's development file
(dev_issue13_r19_wraps.txt) and its private split, both written before the rules (the
private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

POSITIVES = [
    ("STREET_ADDRESS", "Der Käufer, Herr Tobias Lindqvist, wohnhaft in 80331 München, Sendlinger\n"
     "Straße 12, erklärt hiermit, das Grundstück zu erwerben.", "Sendlinger\nStraße 12"),
    ("STREET_ADDRESS", "l'acquéreur, Mme Camille Rouvier, demeurant à Lyon (69003), 14 rue\n"
     "Paul Bert, déclare accepter les conditions de la vente.", "14 rue\nPaul Bert"),
    ("STREET_ADDRESS", "Hi Anna, the keys can be picked up at my place, 221 Winslow\r\n"
     "Avenue, Apt 4B, any evening after work this week.", "221 Winslow\r\nAvenue, Apt 4B"),
    ("PERSON", "Thanks again for the reference letter for our tenant Gwendolyn\n"
     "Achterberg, it arrived this morning.", "Gwendolyn\nAchterberg"),
    ("PERSON", "Please forward the signed copy to our client Mr. Rasmus\nThorvaldsen at your "
     "earliest convenience, thanks.", "Rasmus\nThorvaldsen"),
    ("PERSON", "de sleutel van de berging ligt bij Wouter\nKamphuis op Prins Hendrikkade 88, hij "
     "is er vanaf vijf uur.", "Wouter\nKamphuis"),
    ("PERSON", "Vielen Dank für Ihre Nachricht, wir melden uns bei Frau Ilse\nHochreiter, sobald "
     "der Termin feststeht.", "Ilse\nHochreiter"),
]  # fmt: skip

NEGATIVES = [
    # a CSV header and row, log lines: a line break ends a record there
    ("id,name,city,notes,created_at,updated_at,owner,status,score\n"
     "1002,Anna,Berlin,none,2024-01-01,2024-01-02,ops,open,4\n", "score\n1002"),
    ("2024-03-01 12:00:01 INFO worker started with pid 4412 on host alpha-7\n"
     "2024-03-01 12:00:02 INFO Queue Berlin ready", "alpha-7\n2024"),
    # wrapped prose with no value across the break
    ("We discussed the budget at length and agreed to revisit it in\nSeptember when the "
     "numbers for the second quarter are final.", "in\nSeptember"),
    ("The meeting moved to room 12 on the third floor of the Annex\nBuilding 4 because of "
     "the renovation works on our floor.", "Annex\nBuilding 4"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round19_wraps_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 19's development file: 52 of 57 names (44 before the round's rule) and 23 of
    40 streets (11) caught, every street finding on a street, no decoy touched. The streets
    still missed are layouts the address rules miss on one line too."""
    records = private_split("dev_issue13_r19_wraps.txt", "dev13r19wraps")
    assert len(records) >= 30
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    assert per["PERSON"].found >= 52, per["PERSON"].missed
    assert per["STREET_ADDRESS"].found >= 23, per["STREET_ADDRESS"].missed
    assert per["STREET_ADDRESS"].true_pos == per["STREET_ADDRESS"].predicted
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round19_wraps_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning (scored before the rule and once after)."""
    records = private_split("dev_issue13_r19_wraps_private.txt", "dev13r19wrapsp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 14
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    found = [per[k].found for k in ("PERSON", "STREET_ADDRESS")]
    assert found[0] >= PRIVATE_FLOOR[0] and found[1] >= PRIVATE_FLOOR[1], found
    assert report.negatives_masked == 0  # type: ignore[attr-defined]


PRIVATE_FLOOR = (29, 6)  # before the rule: 27 of 35 names, 3 of 20 streets


def test_wrap_seams_stay_linear() -> None:
    """Long wrapped paragraphs, breaks after capitals and numbers, and long lines of
    blanks cost time in proportion to the text (windows around the breaks are merged)."""
    red = Redactor(cache_size=0)
    for text in (
        rep("wohnhaft in München, Sendlinger Straße 12, und dann Herr Anna\nMaier ", 2000),
        rep("The quick brown fox jumps over the lazy dog again and again\nAnd ", 3000),
        rep("a b c d e f g h i j k l m n o p q r s t u v w x y z A\n", 3000),
        rep("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20\n21 ", 3000),
        "x " * 30 + rep("\nA", 20000),
        # seams far apart (a window each): each window's seams are found by bisection
        rep("Phone 0171 2345\n678 please. " + "word " * 30 + "\n", 2000),
        rep("the keys are with our neighbour Gwendolyn\nAchterberg. " + "word " * 30, 1500),
    ):
        assert_linear(red.detect, text)
