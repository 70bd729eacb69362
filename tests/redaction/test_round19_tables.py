"""Issue 13, round 19 (tables): tables as tools print them, read by their column headings
(frame_prints.py, with the header tables of columns.py, dob.py, phones.py and
report_columns.py): pandas frames (right-aligned cells under single-blank headings, an
index column, "..." columns, frames wrapped with "\\"), the same inside a notebook's JSON
("text/plain" lines, "text/html" <td> cells), psql, MySQL, polars and tabulate boxes,
SQL*Plus and tabulate "simple" headings underlined by dashes, and
exports with every cell quoted (WooCommerce "Billing First Name", Shopify, Magento,
Mailchimp's month/day birthday); and what must stay beside them: customer and order ids,
totals, timestamps, postcodes, SKUs, dtypes listings. One case each through the public
API; floors for the round's development file (dev_issue13_r19_tables.txt) and its private
split, both written before the rules (the private split's test reports counts only)."""

from __future__ import annotations

import time
from collections.abc import Callable
from types import ModuleType

import pytest

from llmgate.redaction import Redactor

from .cases import case_tests

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_FRAME = (
    "Why is geburtsdatum an object?\n\n"
    "   kunden_id     vorname   nachname geburtsdatum        telefon             strasse    plz\n"
    "0      40817  Wendelgard  Hufschmid   1961-11-04  4916098127745      Rosmarinweg 17  24103\n"
    "1      40822    Radegund   Terhorst   1979-05-23  4917799031468  Korenbloemstraat 9  24105\n"
    "\n[2 rows x 7 columns]\n"
)
_WRAPPED = (
    "   customer_id given_name     family_name date_of_birth  \\\n"
    "0        51230     Sorcha  Blennerhassett    1974-08-22  \n"
    "\n"
    "         mobile           created_at\n"
    "0  447911604382  2025-03-14 10:22:51\n"
)
_IPYNB = (
    '   "data": {\n    "text/plain": [\n'
    '     "   cliente_id      nome       cognome  data_nascita      telefono\\n",\n'
    '     "0        5093  Florindo  Sciacchitano      19740822  393478812054"\n'
    "    ]\n   },\n"
)
_HTML = (
    '    "text/html": [\n'
    '     "<table border=\\"1\\" class=\\"dataframe\\">\\n",\n'
    '     "  <thead>\\n",\n     "    <tr style=\\"text-align: right;\\">\\n",\n'
    '     "      <th></th>\\n",\n     "      <th>prenom</th>\\n",\n'
    '     "      <th>nom</th>\\n",\n     "      <th>date_naissance</th>\\n",\n'
    '     "      <th>telephone</th>\\n",\n     "      <th>code_postal</th>\\n",\n'
    '     "    </tr>\\n",\n     "  </thead>\\n",\n     "  <tbody>\\n",\n'
    '     "    <tr>\\n",\n     "      <th>0</th>\\n",\n'
    '     "      <td>Bernardette</td>\\n",\n     "      <td>Quillebeuf</td>\\n",\n'
    '     "      <td>12.06.1968</td>\\n",\n     "      <td>33745193206</td>\\n",\n'
    '     "      <td>69003</td>\\n",\n     "    </tr>\\n",\n'
    '     "  </tbody>\\n",\n     "</table>\\n"\n'
)
_PSQL = (
    "shop=# SELECT * FROM klanten LIMIT 1;\n"
    " id | voornaam  | achternaam | geboortedatum |   telefoon\n"
    "----+-----------+------------+---------------+--------------\n"
    " 77 | Aldegonda | Terhorst   | 1982-03-17    | +31648027715\n"
    "(1 row)\n"
)
_POLARS = (
    "shape: (1, 5)\n"
    "┌────────┬──────────┬──────────────────┬─────────────┬───────┐\n"
    "│ nombre ┆ apellido ┆ fecha_nacimiento ┆ movil       ┆ cp    │\n"
    "│ ---    ┆ ---      ┆ ---              ┆ ---         ┆ ---   │\n"
    "│ str    ┆ str      ┆ str              ┆ i64         ┆ i64   │\n"
    "╞════════╪══════════╪══════════════════╪═════════════╪═══════╡\n"
    "│ Olavo  ┆ Urquiaga ┆ 1958-01-29       ┆ 34644871920 ┆ 28014 │\n"
    "└────────┴──────────┴──────────────────┴─────────────┴───────┘\n"
)
_WOO = (
    '"Order Number","Order Date","Billing First Name","Billing Last Name",'
    '"Billing Address 1","Billing Postcode","Billing Phone","Item SKU","Order Total"\n'
    '"58214","2026-10-03 14:22","SORCHA","Hufschmid","Via Ticino 44","20146",'
    '"351962204187","MUG-7731-BL","38.90"\n'
)
_MAILCHIMP = (
    '"Email Address","First Name","Last Name","Address","Phone Number","Birthday",OPTIN_TIME\n'
    '"radegund@example.org","Radegund","BRANDÃO","22 rue Voltaire  Lille  59000",'
    '"+33687120459","11/27","2024-02-11 08:14:09"\n'
)

_NAMED_INDEX = (
    "            First Name  Last Name Date of Birth   Phone Number\n"
    "customer_id                                                   \n"
    "1001           Hiltrud  Vogelsang    1966-02-14  4915203318842\n"
    "1002             Ewald     Gruber    1990-07-30  4917640021957\n"
)
_SEMICOLONS = (
    "Vorname;Nachname;Geburtsdatum;Telefon;PLZ\n"
    '"Hiltrud";"VOGELSANG";"14.02.1966";"+49 1520 3318842";"24103"\n'
)
_SIMPLE = (
    "SQL> SELECT nome, cognome, data_nascita, cellulare FROM clienti;\n\n"
    "NOME       COGNOME    DATA_NASCITA CELLULARE\n"
    "---------- ---------- ------------ ---------------\n"
    "Wiltrude   ZANDBERGEN 1971-06-30   393471190237\n"
    "Ubaldo     Oudshoorn  1988-12-01   393420458813\n\n"
    "2 rows selected.\n"
)
_HOSTS = (
    "   hostname          address  owner_email\n"
    "0    gw-01  fe80::1c2b:9a1f  ops@example.net\n"
    "1    db-02     10.20.30.41  ops@example.net\n"
)

POSITIVES = [
    # pandas prints: right-aligned cells, an index, a wrapped frame
    ("DATE_OF_BIRTH", _FRAME, "1961-11-04"),
    ("PHONE", _FRAME, "4917799031468"),
    ("STREET_ADDRESS", _FRAME, "Korenbloemstraat 9"),
    ("DATE_OF_BIRTH", _WRAPPED, "1974-08-22"),
    ("PHONE", _WRAPPED, "447911604382"),
    # a notebook's JSON: text/plain lines and text/html cells
    ("DATE_OF_BIRTH", _IPYNB, "19740822"),
    ("PHONE", _IPYNB, "393478812054"),
    ("PERSON", _HTML, "Quillebeuf"),
    ("DATE_OF_BIRTH", _HTML, "12.06.1968"),
    ("PHONE", _HTML, "33745193206"),
    # console boxes
    ("PERSON", _PSQL, "Aldegonda"),
    ("DATE_OF_BIRTH", _PSQL, "1982-03-17"),
    ("PHONE", _PSQL, "+31648027715"),
    ("PERSON", _POLARS, "Urquiaga"),
    ("DATE_OF_BIRTH", _POLARS, "1958-01-29"),
    ("PHONE", _POLARS, "34644871920"),
    # headings of several words, a named index's own line; a ";" export under plain headings
    ("PERSON", _NAMED_INDEX, "Gruber"),
    ("DATE_OF_BIRTH", _NAMED_INDEX, "1966-02-14"),
    ("PHONE", _NAMED_INDEX, "4917640021957"),
    ("PERSON", _SEMICOLONS, "VOGELSANG"),
    ("DATE_OF_BIRTH", _SEMICOLONS, "14.02.1966"),
    ("PHONE", _SEMICOLONS, "+49 1520 3318842"),
    # SQL*Plus and tabulate "simple": headings underlined by runs of dashes
    ("PERSON", _SIMPLE, "ZANDBERGEN"),
    ("PERSON", _SIMPLE, "Ubaldo"),
    ("DATE_OF_BIRTH", _SIMPLE, "1988-12-01"),
    ("PHONE", _SIMPLE, "393471190237"),
    # exports with every cell quoted
    ("PERSON", _WOO, "SORCHA"),
    ("PERSON", _WOO, "Hufschmid"),
    ("STREET_ADDRESS", _WOO, "Via Ticino 44"),
    ("PHONE", _WOO, "351962204187"),
    ("PERSON", _MAILCHIMP, "BRANDÃO"),
    ("DATE_OF_BIRTH", _MAILCHIMP, "11/27"),
]  # fmt: skip

NEGATIVES = [
    # ids, postcodes, timestamps, totals, SKUs beside the values
    (_FRAME, "40817"),
    (_FRAME, "24105"),
    (_WRAPPED, "51230"),
    (_WRAPPED, "2025-03-14 10:22:51"),
    (_IPYNB, "5093"),
    (_HTML, "69003"),
    (_POLARS, "28014"),
    (_WOO, "58214"),
    (_WOO, "2026-10-03 14:22"),
    (_WOO, "20146"),
    (_WOO, "MUG-7731-BL"),
    (_WOO, "38.90"),
    (_MAILCHIMP, "2024-02-11 08:14:09"),
    # a frame of orders: no personal column, its numbers stay
    ("   order_id  quantity     order_date  total\n0  4471093852         3  2026-04-02  129.90\n"
     "1  4471093867         1  2026-04-03   45.00\n", "4471093852"),
    ("   order_id  quantity     order_date  total\n0  4471093852         3  2026-04-02  129.90\n",
     "2026-04-02"),
    (_SEMICOLONS, "24103"),
    (_NAMED_INDEX, "1001"),
    # a dtypes listing and a shape line
    (">>> df.dtypes\nvorname          object\ngeburtsdatum     object\ntelefon           int64\n"
     "dtype: object\n", "object"),
    # a psql table of products: a "name" column without a person's field
    (" id | name         | sku\n----+--------------+-------------\n"
     "  3 | Oak Table    | TBL-2231-OK\n", "Oak Table"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)

# Names in a pandas row: the person model may join a first and last name cell into one
# finding across the blanks between them ("Wendelgard  Hufschmid"); each must be covered.
COVERED = [
    (_FRAME, "Wendelgard"),
    (_FRAME, "Terhorst"),
    (_WRAPPED, "Sorcha"),
    (_WRAPPED, "Blennerhassett"),
    (_IPYNB, "Florindo"),
    (_IPYNB, "Sciacchitano"),
    (_NAMED_INDEX, "Hiltrud"),
    (_MAILCHIMP, "22 rue Voltaire"),
]


@pytest.mark.parametrize(("text", "value"), COVERED)
def test_frame_cells_covered(text: str, value: str) -> None:
    start = text.index(value)
    spans = RED.detect(text)
    assert any(s.start <= start and start + len(value) <= s.end for s in spans), value
    assert value not in RED.redact(text).text


def test_round19_tables_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 19's development file: every name (649; 499 before the round's rules), phone
    (248; 193), birth date (198; 91), e-mail (172; 172) and street (147; 137) caught, every
    phone and birth date finding on a value, none of its 561 decoys touched (none before)."""
    records = private_split("dev_issue13_r19_tables.txt", "dev13r19tables")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    for kind, gold in (("PERSON", 649), ("PHONE", 248), ("DATE_OF_BIRTH", 198),
                       ("EMAIL", 172), ("STREET_ADDRESS", 147)):  # fmt: skip
        assert per[kind].found == per[kind].gold == gold, per[kind].missed
    for kind in ("PHONE", "DATE_OF_BIRTH", "EMAIL"):
        assert per[kind].true_pos == per[kind].predicted, per[kind].false
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round19_tables_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 319 of 319 names (199 before the round's
    rules), 130 of 131 phones (99), 105 of 105 birth dates (53), 87 of 87 streets (65), at
    most the 2 of its decoys touched before the rules."""
    records = private_split("dev_issue13_r19_tables_private.txt", "dev13r19tablesp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    found = [per[k].found for k in ("PERSON", "PHONE", "DATE_OF_BIRTH", "STREET_ADDRESS")]
    assert found[0] >= 319 and found[1] >= 130 and found[2] >= 105 and found[3] >= 87
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked <= 2


def test_host_address_column_is_no_street() -> None:
    """An "address" column of hosts holds no street line (IP addresses stay IP_ADDRESS)."""
    assert all(s.type != "STREET_ADDRESS" for s in RED.detect(_HOSTS))


def _cpu(red: Redactor, text: str) -> float:
    start = time.process_time()
    red.detect(text)
    return time.process_time() - start


def test_table_rules_stay_linear() -> None:
    """Frames, boxes, notebook cells and quoted exports repeated 4 times as long cost at
    most about 4 times the time (a ratio bound on CPU time): each row is read once."""
    red = Redactor(cache_size=0)
    units = (
        _FRAME, "   a b\n0 x y\n", "\n0 " * 500, " x\n1 " * 300, "-+-" * 600, "|---|\n| a |\n" * 80,
        "┆" * 2000, _POLARS, "<thead><th>nom</th></thead>" * 60, _HTML, '","' * 700,
        '"First Name","Phone"\n' * 50, _WOO, "   first_name last_name\n" * 40, _SIMPLE,
        "a b\n-- --\n" * 60, "-- " * 700, '"a";"b"\n' * 60, "      x y\nidx\n1 a b\n" * 40,
    )  # fmt: skip
    for unit in units:
        short = unit * 4
        long = short * 4
        _cpu(red, short)  # warm caches
        small = min(_cpu(red, short) for _ in range(3))
        large = min(_cpu(red, long) for _ in range(3))
        assert large <= 8 * small + 0.05, (unit[:30], small, large)
