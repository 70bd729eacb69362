"""Issue 13, round 19 (talk): saved meeting chats read by their headers (Zoom's
"hh:mm:ss From Name to Everyone:" in seven languages and its older tab form, Webex
"from Name to everyone:", Teams and Meet lines of a name beside its time), the speakers'
given names said alone, the passcode beside a meeting id; speech-platform IVR logs, whose
answers (RECO / INPUT / DTMF) take the type of the prompt that asked for them, and the
caller's name said back in a prompt; and what must stay beside them: meeting ids,
prescription, order and member numbers keyed one digit at a time, log stamps. One case
each through the public API; floors for the round's development file
(dev_issue13_r19_talk.txt) and its private split, both written before the rules (the
private split's test reports counts only)."""

from __future__ import annotations

import time
from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_ZOOM = (
    "10:01:07 From Leocadia Voskuijlen to Everyone:\n"
    "\tMorning! Meeting ID 857 3304 1986, passcode 604417\n"
    "10:02:30 From Torvald Ekdahl | Sundqvist AB to Everyone:\n"
    "\thi Leocadia, joining late\n"
    "10:20:12 From Torvald Ekdahl | Sundqvist AB to Leocadia Voskuijlen(Direct Message):\n"
    "\tcall me on 07812 336 590\n"
)
_ZOOM_DE = (
    "14:00:09 Von Hiltrud Bezzenberger an Alle:\n"
    "\tEinwahl: Meeting-ID 879 2210 4436, Kenncode 318064\n"
    "14:01:40 Von Ansgar (Gast) an Alle:\n"
    "\tDanke Hiltrud\n"
)
_IVR = (
    '2026-09-21 10:00:01.004 sess=77aa PROMPT "Please enter your prescription number."\n'
    '2026-09-21 10:00:09.220 sess=77aa DTMF "3 9 0 6 6 2 1"\n'
    '2026-09-21 10:00:10.001 sess=77aa PROMPT "Please say your date of birth."\n'
    '2026-09-21 10:00:15.870 sess=77aa RECO "zero two one seven nineteen sixty three" conf=0.66\n'
    '2026-09-21 10:00:16.300 sess=77aa PROMPT "Thank you, Eulalia Harcourt. Enter a mobile '
    'number for text updates."\n'
    '2026-09-21 10:00:29.410 sess=77aa DTMF "3 1 2 5 5 5 0 1 6 7"\n'
    '2026-09-21 10:00:30.000 sess=77aa PROMPT "Please say your delivery address."\n'
    '2026-09-21 10:00:36.512 sess=77aa RECO "twenty six Ashgrove Terrace" conf=0.70\n'
)
_IVR_NAME = (
    'sid=9b01 PROMPT "Mi dice il suo nome e cognome?"\n'
    'sid=9b01 RECO "Ornella Castagnoli" conf=0.61\n'
    'sid=9b01 PROMPT "Grazie, signora. Digiti il numero di cellulare."\n'
    'sid=9b01 DTMF "3 4 8 2 2 0 7 1 9 6"\n'
)

POSITIVES = [
    # Zoom headers, the given name said alone, a company after "|", the passcode
    ("PERSON", _ZOOM, "Leocadia Voskuijlen"),
    ("PERSON", _ZOOM, "Torvald Ekdahl"),
    ("PERSON", _ZOOM, "Leocadia"),
    ("SECRET", _ZOOM, "604417"),
    ("PHONE", _ZOOM, "07812 336 590"),
    ("PERSON", _ZOOM_DE, "Hiltrud Bezzenberger"),
    ("PERSON", _ZOOM_DE, "Ansgar"),
    ("PERSON", _ZOOM_DE, "Hiltrud"),
    ("SECRET", _ZOOM_DE, "318064"),
    ("PERSON", "00:01:10\t From  Wilbur Castellanos : hello\n00:01:40\t From  Wilbur "
     "Castellanos : can you hear me\n", "Wilbur Castellanos"),
    ("PERSON", "16:02:11 Da Gianpaolo Ruffini a Tutti:\n\tbuongiorno\n", "Gianpaolo Ruffini"),
    ("PERSON", "from Elspeth Moorcroft to everyone:    9:14 AM\nhello all\n", "Elspeth Moorcroft"),
    ("PERSON", "[11:02] Wiremu Tane\nmorning\n[11:03] Anahera Pohatu\nkia ora Wiremu\n",
     "Anahera Pohatu"),
    ("PERSON", "Verhulst, Annelies 09:12\nGoedemorgen\nPeeters, Jorik 09:13\nHoi Annelies\n"
     "Verhulst, Annelies 09:14\nDag Jorik\n",
     "Verhulst, Annelies"),
    # IVR answers typed by their prompt, the name said back
    ("DATE_OF_BIRTH", _IVR, "zero two one seven nineteen sixty three"),
    ("PERSON", _IVR, "Eulalia Harcourt"),
    ("PHONE", _IVR, "3 1 2 5 5 5 0 1 6 7"),
    ("STREET_ADDRESS", _IVR, "twenty six Ashgrove Terrace"),
    ("PERSON", _IVR_NAME, "Ornella Castagnoli"),
    ("PHONE", _IVR_NAME, "3 4 8 2 2 0 7 1 9 6"),
    ("PERSON", "t=3.1 PROMPT \"Danke, Frau Wendelstein. Ihr Rezept ist fertig.\"",
     "Wendelstein"),
    ("PHONE", "[IVR] PROMPT: Enter your callback number.\n[IVR] INPUT: dtmf=4155550139\n",
     "4155550139"),
    # a Chinese mobile in 3-4-4 groups beside a meeting word is no meeting id
    ("PHONE", "Meeting notes: call Wang on 138 0013 8000", "138 0013 8000"),
]  # fmt: skip

NEGATIVES = [
    # meeting ids, keyed prescription numbers, log stamps, a company in a header
    (_ZOOM, "857 3304 1986"),
    (_ZOOM_DE, "879 2210 4436"),
    ("19:00:02 From Lisandro Quevedo to Everyone:\n\tDial-in: 931 6604 2870 passcode 771204\n",
     "931 6604 2870"),
    (_IVR, "3 9 0 6 6 2 1"),
    (_IVR, "2026-09-21"),
    (_ZOOM, "Sundqvist"),
    ("sid=1 PROMPT \"Enter your order number.\"\nsid=1 DTMF \"5 5 1 0 9 2 8 3 4\"\n",
     "5 5 1 0 9 2 8 3 4"),
    ("sid=2 PROMPT \"Press 1 for English.\"\nsid=2 DTMF \"1\"\n", "English"),
    # a timetable line with a time is not a chat header
    ("Agenda:\nLunch 12:30\nReview 14:00\n", "Review"),
    ("Planning:\nStandup 09:00\nRetro 16:00\nDemo 17:00\n", "Retro"),
    ("Horaires :\n10:30 De Paris à Lyon : voie 7\n11:45 De Lyon à Marseille : voie 2\n",
     "Paris"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round19_talk_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 19's development file: every name (203; 164 before the round's rules),
    phone (29; 25), street (21; 19), birth date (33; 29), e-mail and IBAN caught, 24 of 25
    secrets (22), every birth date finding on a value (29 of 100 before: log stamps), no
    decoy touched (2 before: a meeting id, a keyed prescription number)."""
    records = private_split("dev_issue13_r19_talk.txt", "dev13r19talk")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    for kind, gold in (("PERSON", 203), ("PHONE", 29), ("STREET_ADDRESS", 21),
                       ("DATE_OF_BIRTH", 33), ("EMAIL", 5), ("IBAN", 2)):  # fmt: skip
        assert per[kind].found == per[kind].gold == gold, per[kind].missed
    assert per["SECRET"].found >= 24, per["SECRET"].missed
    for kind in ("DATE_OF_BIRTH", "PHONE", "SECRET"):
        assert per[kind].true_pos == per[kind].predicted, per[kind].false
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round19_talk_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning, scored twice: 69 of 72 names (61 before
    the round's rules), 10 of 12 secrets (10), 11 of 12 phones (11), 4 of 10 birth dates
    (4: its recognised dates follow an id prompt, not a birth-date prompt), no decoy
    touched (1 before)."""
    records = private_split("dev_issue13_r19_talk_private.txt", "dev13r19talkp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    found = [per[k].found for k in ("PERSON", "SECRET", "PHONE", "DATE_OF_BIRTH")]
    assert found[0] >= PRIVATE_FLOOR[0] and found[1] >= PRIVATE_FLOOR[1]
    assert found[2] >= PRIVATE_FLOOR[2] and found[3] >= PRIVATE_FLOOR[3]
    assert report.negatives_masked <= PRIVATE_FLOOR[4]  # type: ignore[attr-defined]


# PERSON, SECRET, PHONE, DATE_OF_BIRTH found at least, decoys masked at most.
PRIVATE_FLOOR = (69, 10, 11, 4, 0)


def _cpu(red: Redactor, text: str) -> float:
    start = time.process_time()
    red.detect(text)
    return time.process_time() - start


def test_talk_rules_stay_linear() -> None:
    """Chat headers, name-and-time lines, passcode words, prompts and keyed answers
    repeated cost time in proportion to the text: 4n characters take at most 8 times the
    CPU time of n (plus a small constant)."""
    red = Redactor(cache_size=0)
    units = (
        "10:00:00 From Anna Berg to Everyone:\n\thi Anna\n",
        "10:00:00 From " + "Ab " * 30 + "\n",
        "10:00:00 From Ab | " + "Cd " * 30 + "to x\n",
        "Anna Berg 10:00\n", "[10:00] Anna Berg\n", "Ab Cd\n10:00\n",
        "00:00:01\t From  Ab Cd : x\n", "from Ab Cd to everyone:    1:00 PM\n",
        "meeting passcode 12345 ", "PROMPT \"your date of birth\"\nRECO \"one two\"\n",
        "PROMPT \"Thank you, Ab Cd.\"\n", "PROMPT \"prescription\"\nDTMF \"1 2 3 4 5 6 7\"\n",
        "TTS for Ab Cd Ef Gh Ij, ", "DTMF dtmf=" + "1 " * 30 + "\n",
    )  # fmt: skip
    for unit in units:
        small = unit * 150
        big = unit * 600
        red.detect(small)  # warm caches and lazy tables
        assert _cpu(red, big) <= 8 * _cpu(red, small) + 0.05, unit[:30]
