"""Inputs built for catastrophic backtracking are processed in linear time.

Compares the time for 100 KB and 1 MB of the same pattern: linear is a ratio near 10,
quadratic near 100. The bound is generous so a loaded machine does not fail it.
"""

from __future__ import annotations

import time

import pytest

from llmgate.redaction import Redactor

from .linear import Text, assert_linear, rep

RED = Redactor()

UNITS = {
    "digits": "7",
    "at-signs": "@",
    "dots": ".",
    "brackets": "[",
    "closing-brackets": "]",
    "digit-dots": "1.",
    "digit-spaces": "1 ",
    "hex-colons": "a:",
    "word-at": "a@",
    "email-labels": "a.b@c.",
    "pem": "-----BEGIN PRIVATE KEY-----",
    "url-credentials": "://a:b",
    "assignments": "password=",
    "capital-words": "Dear Mr Jo ",
    "given-names": "Anna Maria ",
    "capitals-after-title": "MR JOHN ",
    "intro-cues": "my name is ",
    "sign-offs": "Thanks, ",
    "base64": "Ab0+/",
    "digit-lines": "1234\n",
    "wrapped-digits": "12 34\r\n",
    "spaced-at": "a @ b . ",
    "at-lines": "a@b\n",
    "password-words": "password for ",
    "login-pairs": "login: a / ",
    "birth-cues": "born on 1 ",
    "birth-columns": "dob,1990-01-01\n",
    "password-columns": "pass,x\n",
    "password-name-values": "name: x_password\nvalue: ",
    "parenthesized-area-codes": "(0 30) ",
    "spelled-letters": "Ab A-B-C-D-",
    "spaced-digit-groups": "1 2, 3 4 - ",
    "pin-words": "PIN for the door is ",
    "pin-questions": "PIN?\nA: 1234 ",
    "door-codes": "code porte 1a",
    "cut-addresses": "10.0.\n> ",
    "cut-v6-addresses": "a:b::\n",
    "quoted-date-lines": "born 1 March\n> ",
    "spelled-at-words": "a arroba b punto ",
    "bracketed-at-signs": "a[@]b[.]",
    "cut-ssn-groups": "SSN 123 45\n",
    "plus-spaced-digits": "+ 1 2 3 ",
    "vendor-prefixes": "glsa_ya29.hvs.",
    "chat-answers": "password?\nA: use x\n",
    "same-line-answers": "password? it's ",
    "codes-before": "1234 is your verification code ",
    # round 7: PERSON and STREET_ADDRESS rules
    "chat-stamps": "\n12/03/2026, 09:14 - Ab Cd",
    "stamped-name-lines": "Anna Schmidt 10:42\n",
    "name-questions": "your name?\nIt's ",
    "list-lines": "\nTo: Anna Schmidt, ",
    "list-items": "Schmidt, Anna; ",
    "form-labels": "Surname ANNA ",
    "html-cells": "<td>Name</td> <td>Anna ",
    "handles": "@anna.b@",
    "address-fields": "address: 1 A ",
    "address-columns": "street,a\n",
    "spanish-floors": "C/ Mayor 5, 3º izq",
    # round 11: fixed-width columns, street-first lines, pass: lines, French pairs, quotes
    "fixed-width-phones": "ID  PHONE\nX  3125550187\n",
    "fixed-width-names": "SURNAME  GIVEN  EMAIL\n",
    "street-first-lines": "Rue de Namur 44 ",
    "pass-lines": "user: a\npass: Xy#12345\n",
    "french-pairs": "numéro zéro six, douze, ",
    "quoted-csv-cells": 'id,name,phone\n1,"a, b",718.555.0122\n',
}


def _cpu(text: str, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        RED.redact(text)
        best = min(best, time.process_time() - start)
    return max(best, 1e-4)


@pytest.mark.parametrize("name", sorted(UNITS))
def test_linear_time(name: str) -> None:
    unit = UNITS[name]
    small = unit * (100_000 // len(unit))
    large = unit * (1_000_000 // len(unit))
    large_s = _cpu(large, repeat=2)
    ratio = large_s / _cpu(small, repeat=5)
    # Linear is ~10; quadratic would be ~100. 30 leaves room for a loaded CI machine.
    assert ratio < 30, f"{name}: 1 MB took {ratio:.1f}x the time of 100 KB"
    assert large_s < 20, f"{name}: 1 MB took {large_s:.1f} s"


@pytest.mark.parametrize(
    "rows",
    [
        # phones in an INSERT's rows, without a heading of their own: the phone rules look
        # each one's column up among the statement's values (parsed once per text, not once
        # per number: 1,000 rows took 2.3 s)
        rep(",\n('Ada', '0612345678')", 1000),
        rep(",('Ada', '0612345678', '612345678')", 1000),
    ],
)
def test_sql_rows_stay_linear(rows: Text) -> None:
    red = Redactor(cache_size=0)
    head = "INSERT INTO contacts (name, phone) VALUES ('Bob', '0687654321')"
    assert_linear(red.detect, head + rows + ";\n")
