"""Build the DATE_OF_BIRTH model's look-alike set (``dob_negatives.jsonl``).

Run ``python tests/redaction/data/build_dob_negatives.py``.

Reads ``dob_negatives.txt`` (hand-written, in EN, DE, FR, ES, IT, NL, PT: forms, CSV and
JSON rows, medical and HR records, contracts, chats, historical prose, genealogy) and
writes ``dob_negatives.jsonl`` in the development set's format (``text``, ``spans``,
``hard_negatives``) plus ``split``. The texts are full of dates that are not birth dates
and are often far in the past (admission, discharge, last visit, hire, termination,
probation, issue, expiry, policy start, renewal, founding, incorporation, registration,
marriage, death, vaccination, diagnosis, release, publication, historical events,
"member since", "customer since"), with real birth dates in the same layouts so that
recall is measured too. It was written before any model was run on it.

Markup: ``⟦D:value⟧`` a DATE_OF_BIRTH, ``⟦N:value⟧`` a date that must stay (a hard
negative), ``⟦I:value⟧`` a value of the gray zone, in no figure and no training example
(``ignored``). Records are separated by ``---``; a record's first line is ``# id lang kind``.

Decisions, written down before scoring:
- A private person's birth date is a DATE_OF_BIRTH however long ago it was and whether
  or not the person is alive (a deceased grandparent's in a family tree: it is personal
  data of a family and a key to records).
- A death, marriage, baptism or other life-event date is not a birth date: a negative.
- The birth date of a public historical figure (Newton, Goethe, Victor Hugo) is in the
  gray zone (public knowledge, masking it is harmless but not required).
- A birthday said with the current year ("he turned 60 on 14 October 2024") is in the
  gray zone: it is the anniversary, not the birth date, but it gives the day and month.
- A year or a decade alone ("since 1987", "built in the 1950s") is no date: left as text.

``split``: of the first ``WRITTEN_BEFORE_SCORING`` records, every tenth record's 3rd, 6th
and 9th (30%) are ``test``, a private part never tuned on (no threshold, feature or weight
is chosen by it); the rest is ``dev``. The languages share many layouts, so a test record
often has a translation in the dev part. The records after them (ids ``add-...``) were
added to the dev part after the first scoring: the look-alikes taught the model that a
lone old date after "on", "am", "le", "el" is no birth date, and birth idioms with no
birth word ("came into the world", "zur Welt", "venue au monde", "vino al mundo", "venuto
al mondo", "ter wereld", "veio ao mundo"), records of a person with one date and no key,
and the ends of wars beside them had no example.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import marked  # beside this script

HERE = Path(__file__).parent
TEST_SLOTS = (2, 5, 8)
WRITTEN_BEFORE_SCORING = 244


def build() -> list[dict[str, Any]]:
    records = marked.records(HERE / "dob_negatives.txt", {"D": "DATE_OF_BIRTH"}, "date")
    for i, rec in enumerate(records):
        test = i < WRITTEN_BEFORE_SCORING and i % 10 in TEST_SLOTS
        rec["split"] = "test" if test else "dev"
    return records


if __name__ == "__main__":
    out = HERE / "dob_negatives.jsonl"
    records = build()
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    print(f"{len(records)} records -> {out.name}")
