"""Build the decoy collection: ``python tests/redaction/data/decoys/build.py``.

Writes ``dev.jsonl`` (about 70% of the templates: the rules are tuned on it) and
``private.jsonl`` (the other templates: scored only before and after a round of rule
changes, never tuned on) next to this file. Each template is filled three times with a fixed
seed. Record format as the held-out sets: ``{"id", "lang", "kind", "text", "spans"}`` with
spans ``{"start", "end", "type", "value"}``; decoys have type ``DECOY`` and their kind in
``"decoy"`` (uuid, md5, semver, order, bad_card, ...). The texts were written, and this
collection committed, before any detector was run on it.

Round two appends ``templates_c`` (message ids in mail headers, phone-shaped part, product,
claim, case and membership numbers, GTINs, flights, builds, loopback addresses, chip ids,
event dates beside a birth date) and ``values.MoreDecoys``'s kinds after the first round's:
one generator fills both in order, so the first round's texts come out as before.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from reals import Reals  # noqa: E402
from templates_a import TEMPLATES_A  # noqa: E402
from templates_b import TEMPLATES_B  # noqa: E402
from templates_c import TEMPLATES_C  # noqa: E402
from values import Decoys, MoreDecoys  # noqa: E402

SEED = 20261206
COPIES = 3
SLOT = re.compile(r"«(@?)([A-Za-z_0-9]+)»")
REAL = {"PERSON": "person", "EMAIL": "email", "PHONE": "phone", "IBAN": "iban",
        "CREDIT_CARD": "card", "IP_ADDRESS": "ip", "SECRET": "secret",
        "DATE_OF_BIRTH": "dob", "SSN": "ssn"}  # fmt: skip
TYPE = {"SSN": "US_SSN"}


def private(index: int) -> bool:
    """Three templates in ten go to the private file, spread over both template lists."""
    return index % 10 in (2, 5, 8)


def fill(
    template: str, decoys: Decoys, reals: Reals, lang: str
) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = length = 0
    for m in SLOT.finditer(template):
        out.append(template[pos : m.start()])
        length += m.start() - pos
        name = m.group(2)
        if m.group(1):
            value = getattr(reals, REAL[name])(lang)
            span: dict[str, object] = {"type": TYPE.get(name, name)}
        else:
            value = getattr(decoys, name)()
            span = {"type": "DECOY", "decoy": name}
        spans.append({"start": length, "end": length + len(value), **span, "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def main() -> None:
    rng = random.Random(SEED)
    decoys, reals = MoreDecoys(rng), Reals(rng)
    files: dict[bool, list[str]] = {False: [], True: []}
    for index, (lang, kind, template) in enumerate([*TEMPLATES_A, *TEMPLATES_B, *TEMPLATES_C]):
        for copy in range(COPIES):
            text, spans = fill(template, decoys, reals, lang)
            for s in spans:
                assert text[s["start"] : s["end"]] == s["value"]  # type: ignore[misc]
            rec = {"id": f"{lang}-{kind}-{index:03d}-{copy}", "lang": lang, "kind": kind,
                   "text": text, "spans": spans}  # fmt: skip
            files[private(index)].append(json.dumps(rec, ensure_ascii=False))
    (HERE / "dev.jsonl").write_text("\n".join(files[False]) + "\n", encoding="utf-8")
    (HERE / "private.jsonl").write_text("\n".join(files[True]) + "\n", encoding="utf-8")
    print(f"dev {len(files[False])} texts, private {len(files[True])} texts")


if __name__ == "__main__":
    main()
