"""Issue 13, round 21 (sqlusers): user tables in SQL dumps and query results, read by
column (sql_users.py): Moodle ``mdl_user`` rows (``phone1``, ``phone2``, ``address``,
``firstname``, ``lastname``) as multi-row and one-row INSERTs, mysqldump's and SQLite's
INSERTs without a column list under their CREATE TABLE, pg_dump's ``COPY ... FROM stdin``,
psql and mysql result tables and psql's expanded display, values with mysqldump's
``\\'`` escapes; WordPress ``wp_users`` (its fixed schema) and WooCommerce
``wp_usermeta`` key-value rows (``billing_phone``, ``billing_address_1``,
``billing_first_name``); localized columns (``telefoon``, ``indirizzo``, ``morada``). What
must stay beside them: ``idnumber``, ``icq``, epochs, ids, postcodes and a stored password
hash. One case each through the public API; floors for the round's development file
(dev_issue13_r21_sqlusers.txt) and its private split, both written before the rules (the
private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_MOODLE = (
    "INSERT INTO `mdl_user` (`id`,`username`,`idnumber`,`firstname`,`lastname`,`icq`,"
    "`phone1`,`phone2`,`address`,`city`,`lastlogin`) VALUES "
    "(12,'okrebs','20231187','Ottilie','Krebsbach','381294417','0157 31942285',"
    "'05141 937720','Lerchenfeld 17a, 2. OG','Celle',1718822714),"
    "(13,'bvos','STU-4471902','Bartel','Vosmaer','','06-41937025','',"
    "'Reguliersdwarsstraat 58 hs','Amsterdam',1719921032);\n"
)
_MYSQLDUMP = (
    "CREATE TABLE `mdl_user` (\n  `id` bigint(10) NOT NULL,\n  `firstname` varchar(100),\n"
    "  `lastname` varchar(100),\n  `phone1` varchar(20),\n  `address` varchar(255),\n"
    "  `timecreated` bigint(10),\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n"
    "INSERT INTO `mdl_user` VALUES (4,'Séverine','Aubrac','07 61 48 29 93',"
    "'14 impasse des Glycines',1701449823),(5,'Eudes','Lornac','0638172944',"
    "'3 ter rue du Four',1702558934);\n"
)
_COPY = (
    "COPY public.mdl_user (id, firstname, lastname, phone1, address, idnumber) FROM stdin;\n"
    "7\tCaetano\tBrandão Vilela\t912 408 337\tRua do Almada 211, 3º Dto\t204418\n"
    "8\tRemedios\tAlbarracín\t654 30 21 97\tCalle del Olivar 9, 2º A\t204419\n"
    "\\.\n"
)
_PSQL = (
    "moodle=> SELECT id, firstname, phone1, phone2, icq FROM mdl_user;\n"
    " id | firstname | phone1       | phone2      | icq\n"
    "----+-----------+--------------+-------------+-----------\n"
    "  3 | Annunziata | 3471902264   | 06 4491 2035 | 412778095\n"
    "(1 row)\n"
)
_MYSQL = (
    "+----+------------+-------------------------+\n"
    "| id | lastname   | address                 |\n"
    "+----+------------+-------------------------+\n"
    "|  9 | Oudshoorn  | Tolhuisweg 41-III       |\n"
    "+----+------------+-------------------------+\n"
    "1 row in set (0.00 sec)\n"
)
_WP = (
    "INSERT INTO `wp_users` VALUES (31,'mgalli','$P$BqN2c8yI8pQ0zTr1ZkPfV0lHxR9hAm/',"
    "'mgalli','m.galli@posta.example.it','','2024-03-02 10:11:12','',0,'Marcella Galli');\n"
    "INSERT INTO `wp_usermeta` VALUES (901,31,'billing_first_name','Marcella'),"
    "(902,31,'billing_last_name','Galli'),(903,31,'billing_address_1','Via Saragozza 118'),"
    "(904,31,'billing_postcode','40135'),(905,31,'billing_phone','3396124870'),"
    "(906,31,'last_update','1716281044');\n"
)
_META_COPY = (
    "COPY public.wp_usermeta (umeta_id, user_id, meta_key, meta_value) FROM stdin;\n"
    "51\t6\tshipping_address_1\tRua Fernandes Tomás 88, 1º Esq\n"
    "52\t6\tbilling_phone\t00351 936 218 440\n"
    "53\t6\tbilling_postcode\t4000-214\n"
    "\\.\n"
)
_SQLITE = (
    "CREATE TABLE klanten(id INTEGER PRIMARY KEY, voornaam TEXT, achternaam TEXT, "
    "telefoon TEXT, adres TEXT);\n"
    "INSERT INTO klanten VALUES(1,'Wendelien','Ruijsdael','0612 873 406','Populierenlaan 12');\n"
)
_ESCAPED = (
    "INSERT INTO `mdl_user` (`id`,`firstname`,`lastname`,`phone1`,`address`) VALUES "
    "(21,'Gianmaria','D\\'Ambrosio','3287710452','Via dell\\'Orto 6'),"
    "(22,'Ornella','Sparapani','0544 218903','Via Bassi 31');\n"
)
_EXPANDED = (
    "moodle=> SELECT * FROM mdl_user WHERE id = 4;\n-[ RECORD 1 ]-+-----------------\n"
    "id            | 4\nfirstname     | Lieselotte\nlastname      | Brandauer\n"
    "phone1        | 0421 88401277\naddress       | Hinter der Mauer 3\n"
    "idnumber      | 0176339120\n"
)
_COMMENTED = (
    "CREATE TABLE `mdl_user` (\n  `id` bigint(10) NOT NULL AUTO_INCREMENT,\n"
    "  `firstname` varchar(100) NOT NULL DEFAULT '' COMMENT 'given, as typed',\n"
    "  `phone1` varchar(20) NOT NULL DEFAULT '',\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n"
    "INSERT INTO `mdl_user` VALUES (1,'Wolfram','0761 4481920'),(2,'Ursel','07621 889104');\n"
)
_GUEST = (
    "INSERT INTO mdl_user (id, username, firstname, lastname, phone1) VALUES "
    "(1,'guest','Guest user',' ',''),(2,'admin','Admin','User',''),"
    "(3,'mdesroches','Mathilde','DESROCHES-LEBRUN','06 41 22 87 19');\n"
)

POSITIVES = [
    ("PHONE", _MOODLE, "0157 31942285"),
    ("PHONE", _MOODLE, "05141 937720"),
    ("PHONE", _MOODLE, "06-41937025"),
    ("STREET_ADDRESS", _MOODLE, "Lerchenfeld 17a, 2. OG"),
    ("STREET_ADDRESS", _MOODLE, "Reguliersdwarsstraat 58 hs"),
    ("PERSON", _MOODLE, "Bartel"),
    ("PHONE", _MYSQLDUMP, "07 61 48 29 93"),
    ("STREET_ADDRESS", _MYSQLDUMP, "3 ter rue du Four"),
    ("PERSON", _MYSQLDUMP, "Lornac"),
    ("PHONE", _COPY, "912 408 337"),
    ("PHONE", _COPY, "654 30 21 97"),
    ("STREET_ADDRESS", _COPY, "Rua do Almada 211, 3º Dto"),
    ("PERSON", _COPY, "Brandão Vilela"),
    ("PHONE", _PSQL, "3471902264"),
    ("PHONE", _PSQL, "06 4491 2035"),
    ("STREET_ADDRESS", _MYSQL, "Tolhuisweg 41-III"),
    ("PERSON", _MYSQL, "Oudshoorn"),
    ("PERSON", _WP, "Marcella Galli"),
    ("PERSON", _WP, "Galli"),
    ("STREET_ADDRESS", _WP, "Via Saragozza 118"),
    ("PHONE", _WP, "3396124870"),
    ("STREET_ADDRESS", _META_COPY, "Rua Fernandes Tomás 88, 1º Esq"),
    ("PHONE", _META_COPY, "00351 936 218 440"),
    ("PHONE", _SQLITE, "0612 873 406"),
    ("PERSON", _SQLITE, "Ruijsdael"),
    ("STREET_ADDRESS", _SQLITE, "Populierenlaan 12"),
    ("PHONE", _COMMENTED, "07621 889104"),
    ("STREET_ADDRESS", "INSERT INTO wp_usermeta VALUES (7,3,'billing_address_2','3e verdieping');",
     "3e verdieping"),
    ("PERSON", _GUEST, "DESROCHES-LEBRUN"),
    ("PERSON", _ESCAPED, "D\\'Ambrosio"),
    ("PHONE", _ESCAPED, "0544 218903"),
    ("PERSON", _EXPANDED, "Brandauer"),
    ("PHONE", _EXPANDED, "0421 88401277"),
]  # fmt: skip

NEGATIVES = [
    (_MOODLE, "20231187"),
    (_MOODLE, "381294417"),
    (_MOODLE, "1718822714"),
    (_MYSQLDUMP, "1701449823"),
    (_COPY, "204418"),
    (_PSQL, "412778095"),
    (_WP, "1716281044"),
    (_WP, "40135"),
    (_WP, "mgalli"),
    (_META_COPY, "4000-214"),
    ("INSERT INTO users (id, email, password) VALUES (3, 'r@x.example', "
     "'$2y$10$Hq0WcXf2Lr9x1bY6mZ7pUe4Tt3Ns5Ko8Jv2Ai1Rg0Dc9Ep7Fb3Gw6');\n",
     "$2y$10$Hq0WcXf2Lr9x1bY6mZ7pUe4Tt3Ns5Ko8Jv2Ai1Rg0Dc9Ep7Fb3Gw6"),
    ("LOCK TABLES `mdl_user` WRITE;\nINSERT INTO `mdl_user` VALUES (1);\nUNLOCK TABLES;\n",
     "TABLES"),
    (_EXPANDED, "0176339120"),
    (_GUEST, "Guest user"),
    (_GUEST, "Admin"),
    ("COPY public.orders (id, address, total) FROM stdin;\n1\tsee ticket\t19.90\n\\.\n",
     "see ticket"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round21_sqlusers_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 21's development file: every person, phone and street (295/366, 140/167,
    115/145 before the round's rules), the SQL keywords the person model took for
    surnames ("INSERT", "TABLES") left, stored password hashes left (SECRET 11 before); one
    decoy touched (13 before: an idnumber after a comment that asks for phone numbers)."""
    records = private_split("dev_issue13_r21_sqlusers.txt", "dev13r21sqlusers")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    for entity, floor in (("PERSON", 366), ("PHONE", 167), ("STREET_ADDRESS", 145)):
        assert per[entity].found >= floor, per[entity].missed
    assert per["PERSON"].predicted - per["PERSON"].true_pos <= 3, per["PERSON"].false
    assert per["SECRET"].predicted == 0, per["SECRET"].false
    assert report.negatives_masked <= 1, report.masked_negatives  # type: ignore[attr-defined]


# PERSON, PHONE and STREET_ADDRESS found at least, decoys masked at most.
PRIVATE_FLOOR = (144, 75, 58, 0)


def test_round21_sqlusers_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning, scored twice: every person, phone and
    street (persons 126 of 144, phones 61 of 75, streets 41 of 58 before the rules), no
    decoy touched (2 before)."""
    records = private_split("dev_issue13_r21_sqlusers_private.txt", "dev13r21sqlusersp")
    assert len(records) >= 25
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    assert per["PERSON"].found >= PRIVATE_FLOOR[0]
    assert per["PHONE"].found >= PRIVATE_FLOOR[1]
    assert per["STREET_ADDRESS"].found >= PRIVATE_FLOOR[2]
    assert report.negatives_masked <= PRIVATE_FLOOR[3]  # type: ignore[attr-defined]


def test_sqlusers_rules_stay_linear() -> None:
    """Dump statements, COPY rows, result-table rules and meta keys repeated cost time in
    proportion to the text (4n characters at most 8 times the CPU time of n)."""
    detect = Redactor(cache_size=0).detect
    for piece, tail in (
        ("INSERT INTO t (phone1) VALUES ('0612345678');\n", ""),
        ("INSERT INTO t VALUES ('a', 'b'),", "(1,2);\n"),
        ("CREATE TABLE t (phone1 text, ", "x text);\nINSERT INTO t VALUES ('0612345678');\n"),
        ("COPY t (id, phone1) FROM stdin;\n", "1\t0612345678\n\\.\n"),
        ("1\t0612345678\n", "\\.\n"),
        ("---+---\n", " a | b\n"),
        ("+---+---+\n", "| phone1 | b |\n"),
        ("| 1 | 0612345678 |\n", "+---+\n"),
        ("(1,2,'billing_phone','0612345678'),", "(1);\n"),
        ("'billing_phone', ", "'x'"),
        ("-[ RECORD 1 ]-+---\n", "phone1 | 0612345678\n"),
        ("INSERT INTO t (a) VALUES ('D\\'", "x');\n"),
    ):
        assert_linear(detect, rep(piece, 600) + tail)
