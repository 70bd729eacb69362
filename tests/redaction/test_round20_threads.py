"""Issue 13, round 20 (threads): printed message threads and SMS threads. The senders of
client-portal and helpdesk print-outs read from their head lines ("— 14.02.2026 09:12 ·
Anna Berg —", "Anna Berg | 4 Mar 2026, 09:41", "Anna Berg reported via email · ...") and
their given names said in the thread; a text message's closing phrase and the name after
it ("Bis morgen, Okke"); quoted "Surname Surname, Given" display names; the
greetings of Italian, Portuguese and Dutch messages; read-out codes of lockers, pick-ups and
safes (3-3 digit groups, "48#27", "RX4-9902", "Tresor-PIN"), a chat's answer that the code
changed ("no, it's 0 9 1 7 now"); a combination lock's number without the word "code"
("the key safe is set to 9 3 0 5"); and what must stay beside them: tax numbers and donor
numbers in a phone's groups, bots and teams in a head, stamps and prose lines. One case
each through the public API; floors for the round's development file
(dev_issue13_r20_threads.txt) and its private split, both written before the rules (the
private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_PORTAL = (
    "— 09.02.2026 10:21 · Hedwig Lammersdorf —\n"
    "Guten Tag, anbei die Belege. Steuer-ID 61 338 027 945.\n\n"
    "— 09.02.2026 13:02 · Cornelius Abendroth-Wiese —\n"
    "Danke, Hedwig, ich melde mich.\n"
)
_DESK = (
    "Marisol Echeverri Blanco | 2 Apr 2026, 08:12\n"
    "Hi, the parcel locker rejects my pickup code 905 612.\n"
    "Support Team replied | 2 Apr 2026, 08:40\n"
    "Hi Marisol, please try again.\n"
    "Fin · 08:41\n"
    "Anything else?\n"
)
_HELP = (
    "Ticket 55102 · Ansgar Brinkhorst wrote · 3 Apr 2026 17:05\n"
    "The garage box code is 7742-C now.\n"
    "--- Wilhelmina Tjoelker \u2013 03/04/2026 17:20 ---\n"
    "Hoi Ansgar, sorry!\n"
)
_SMS = (
    "[2026-04-02 19:10] Benedikt: what's the key safe code?\n"
    "[2026-04-02 19:12] Me: no, it's 5 2 9 3 now\n"
)

POSITIVES = [
    # heads of a portal's and a helpdesk's print-outs, a given name said in the thread
    ("PERSON", _PORTAL, "Hedwig Lammersdorf"),
    ("PERSON", _PORTAL, "Cornelius Abendroth-Wiese"),
    ("PERSON", _PORTAL, "Hedwig"),
    ("PERSON", _DESK, "Marisol Echeverri Blanco"),
    ("PERSON", _DESK, "Marisol"),
    ("PERSON", _HELP, "Ansgar Brinkhorst"),
    ("PERSON", _HELP, "Wilhelmina Tjoelker"),
    ("PERSON", "(Rosamunde Kettlewell) 07/04/2026 \u2013 09:12\nhello\n", "Rosamunde Kettlewell"),
    ("PERSON", "Geraint Pryce-Owen reported via email · 5 Apr 2026, 18:04\nhi\n",
     "Geraint Pryce-Owen"),
    # a quoted "Surname Surname, Given" display name; greetings of three languages
    ("PERSON", 'From: "Zubiaurre Olano, Maite" <maite.z@example-post.es>\n',
     "Zubiaurre Olano, Maite"),
    ("PERSON", "Ciao Lucrezia, il pacco è arrivato.", "Lucrezia"),
    ("PERSON", "Olá Benedito, a consulta está marcada.", "Benedito"),
    ("PERSON", "Goedemorgen Wessel, de monteur komt om 9 uur.", "Wessel"),
    # a text message's closing phrase and its sender on one line
    ("PERSON", "Schlüssel liegt unter der Matte. Bis morgen, Jorrit\n", "Jorrit"),
    ("PERSON", "Le code c'est noté. Bisous Anouk-Lise", "Anouk-Lise"),
    ("PERSON", "De fiets staat in de schuur. Groetjes, Wybren Kuipers\n", "Wybren Kuipers"),
    ("PERSON", "A chave está no vaso. Abraço, Deolinda", "Deolinda"),
    # codes read out in groups, with a keypad's "#" inside, letters and dashes
    ("SECRET", _DESK, "905 612"),
    ("SECRET", _HELP, "7742-C"),
    ("SECRET", "La llave está en la taquilla, código 61#40.", "61#40"),
    ("SECRET", "Codice ritiro KT3-5521 per il referto.", "KT3-5521"),
    ("SECRET", "Código de recogida 448 207. Válido 3 días.", "448 207"),
    ("SECRET", "Der neue Tresor-PIN ist 318 604, bitte ändern.", "318 604"),
    ("SECRET", _SMS, "5 2 9 3"),
    # a combination lock's number without the word "code"
    ("SECRET", "The key safe by the shed is set to 7 1 0 4.", "7 1 0 4"),
    ("SECRET", "le cadenas du vélo c'est 6-2-2-9, bisous", "6-2-2-9"),
    ("SECRET", "la cassetta delle chiavi ha 3810.", "3810"),
    ("SECRET", "Keys are in the porch lockbox 5527.", "5527"),
]  # fmt: skip

NEGATIVES = [
    # tax and donor numbers in a phone's groups, a bot and a team in a head, a stamp
    (_PORTAL, "61 338 027 945"),
    ("My UTR is 50913 22874 for the return.", "50913 22874"),
    ("Il mio NIF è 241 880 316.", "241 880 316"),
    ("Spendernr. 0071 2290 44. Abmelden: STOP an 80888", "0071 2290 44"),
    ("N° donneur 6610 3928 1, merci !", "6610 3928 1"),
    (_DESK, "Support Team"),
    (_DESK, "Fin"),
    (_HELP, "55102"),
    # a printed list and a certificate's line with a date: no thread's head
    ("STAFF LIST (printed 2024-06-03)\nName   Dept\n", "STAFF LIST"),
    ("Ausgestellt am 18.10.2025 \u2013 Standesamt Freiburg\n", "Standesamt Freiburg"),
    ("[00:00:48] Agent: Reference HC-330-2291.\n[00:00:50] Caller: ok\n", "Reference"),
    ("Agenda · 14.03.2026 10:00\nBudget Review · 14.03.2026 11:00\n", "Budget Review"),
    # an association or a brand after a closing phrase, a greeting inside a sentence
    ("Fietsenstalling is nummer 9. Groet, VvE.", "VvE"),
    ("Bis morgen, OK\n", "OK"),
    ("Love the new design, see you at the demo tomorrow.", "demo"),
    # a lock's size, year or count is no code
    ("The padlock bought in 2024 was cheap.", "2024"),
    ("The key safe is 30 cm wide.", "30"),
    ("Ordered a lockbox 1997 model today.", "1997"),
    ("Das Zahlenschloss hat 4 Ziffern.", "4"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round20_threads_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 20's development file: 225 of 233 names (213 before the round's rules), 39 of
    47 secrets (28), every phone (55), IBAN (8), e-mail address (36), 18 of 19 birth dates
    and 9 of 10 streets (as before); no decoy touched (4 before: two tax numbers and two
    donor numbers taken for phones)."""
    records = private_split("dev_issue13_r20_threads.txt", "dev13r20threads")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    for kind, gold in (("PHONE", 55), ("EMAIL", 36), ("IBAN", 8)):
        assert per[kind].found == per[kind].gold == gold, per[kind].missed
    assert per["PERSON"].found >= 225, per["PERSON"].missed
    assert per["SECRET"].found >= 39, per["SECRET"].missed
    assert per["DATE_OF_BIRTH"].found >= 18, per["DATE_OF_BIRTH"].missed
    assert per["STREET_ADDRESS"].found >= 9, per["STREET_ADDRESS"].missed
    for kind in ("PHONE", "SECRET", "IBAN"):
        assert per[kind].true_pos == per[kind].predicted, per[kind].false
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round20_threads_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning, scored twice: 50 of 62 names (46 before
    the round's rules), 14 of 21 secrets (14), 18 of 18 phones (18), 4 of 6 birth dates (4),
    no decoy touched (0 before)."""
    records = private_split("dev_issue13_r20_threads_private.txt", "dev13r20threadsp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    found = [per[k].found for k in ("PERSON", "SECRET", "PHONE", "DATE_OF_BIRTH")]
    assert found[0] >= PRIVATE_FLOOR[0] and found[1] >= PRIVATE_FLOOR[1]
    assert found[2] >= PRIVATE_FLOOR[2] and found[3] >= PRIVATE_FLOOR[3]
    assert report.negatives_masked <= PRIVATE_FLOOR[4]  # type: ignore[attr-defined]


# PERSON, SECRET, PHONE, DATE_OF_BIRTH found at least, decoys masked at most.
PRIVATE_FLOOR = (50, 14, 18, 4, 0)


def test_thread_rules_stay_linear() -> None:
    """Head lines, their separators and stamps, display names, greetings and read-out codes
    repeated cost time in proportion to the text."""
    red = Redactor(cache_size=0)
    units = (
        "— 01.02.2026 10:00 · Anna Berg —\nhi Anna\n",
        "Anna Berg | 4 Mar 2026, 09:41\n",
        "Ab Cd wrote · 1 Jan 2026 10:00\n",
        "-- " + "Ab " * 30 + "\u2013 01/01/2026 10:00 --\n",
        "· · · " * 20 + "10:00\n",
        "| Ab | Cd | 10:00 | Ef | Gh |\n",
        '"Ab Cd Ef, Gh Ij" <a@b.example>\n',
        "Ciao Ab, Olá Cd, Hoi Ef.\n",
        "locker code 123 456 7-8.\n",
        "taquilla código 12#34#56.\n",
        "locker code AB1-CD2-EF3-GH4.\n",
        "code: AB1-CD2-EF3-GH4-JK5-LM6\n",
        "Tresor-PIN ist 123.\n",
        "key safe " + "ab " * 20 + "is 1 2 3 4 5 6 7 8 9.\n",
        "lockbox 1234 lockbox 5678 padlock ",
        "Bis morgen, Ab Cd Ef Gh bisous ",
        "groetjes, " + "Ab" * 40 + "\n",
        "code?\nMe: no, it's 1 2 3 4 now, " + "x" * 30 + "\n",
        # code words on one long line with no question: the question check read the rest
        # of the line again for each of them (quadratic before round 20's review)
        "code AB1 door ", "PIN ist 123 ",
    )  # fmt: skip
    for unit in units:
        assert_linear(red.detect, rep(unit, 600) + "\n")
