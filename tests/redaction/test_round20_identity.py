"""Issue 13, round 20 (identity): user-directory and identity exports. Values under the
keys of JSON user records (Keycloak ``attributes`` arrays under English and localized
names, Okta, Graph, Google and SCIM schema names) and the columns of user exports' CSV
(Okta, Entra, Google Workspace with its bracketed heading notes), LDIF ``userPassword``
(base64 or plain, a scheme-tagged hash stays), a password column under "Password
[Required]" with quoted cells beside it, a neighbour and a door code in a delivery note;
and what must stay beside them: UUIDs, usernames, hashes, salts, iteration counts, groups,
customer numbers. One case each through the public API; floors for the round's development
file (dev_issue13_r20_identity.txt) and its private split, both written before the rules
(the private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_KEYCLOAK = (
    '{ "id" : "0b6f2d1c-5a8e-4c3b-9f1a-7e2d4c6b8a90",\n'
    '  "createdTimestamp" : 1712345678901,\n'
    '  "username" : "rvanderzee",\n'
    '  "firstName" : "Roelof", "lastName" : "van der Zee",\n'
    '  "attributes" : {\n'
    '    "straat" : [ "Pieter Cornelisz Hooftstraat 88" ],\n'
    '    "ulica" : [ "ul. Mokotowska 41" ],\n'
    '    "telefone" : [ "912 604 338" ]\n'
    "  },\n"
    '  "credentials" : [ { "type" : "password",\n'
    '    "secretData" : "{\\"value\\":\\"q0Zx3v9LmB2nR8tY4wK6sD1fH7jP5cA0eG2iU8oT3yM=\\",'
    '\\"salt\\":\\"Vb7nQ2xL9mK4pR1sT6wY3z==\\"}",\n'
    '    "credentialData" : "{\\"hashIterations\\":27500}" } ],\n'
    '  "groups" : [ "/warehouse/night-shift" ] }'
)
_ENTRA_CSV = (
    "userPrincipalName,displayName,surname,givenName,jobTitle,streetAddress,city,mobile\n"
    "w.ostrander@example.org,Wilma Ostrander,Ostrander,Wilma,Clerk,Kerkstraat 12,Gent,"
    "0471-22 83 90\n"
    "h.kowal@example.org,Henryka Kowal,Kowal,Henryka,Clerk,ul. Długa 7,Gdańsk,601-339-482\n"
)
_GOOGLE_CSV = (
    "First Name [Required],Last Name [Required],Email Address [Required],Password [Required],"
    "Org Unit Path [Required],Mobile Phone,Home Address\n"
    'Eulalie,Brandtner,eulalie@example.org,Kiefer#Wald38,/Sales,0172 5518820,"Am Anger 3, '
    '07743 Jena"\n'
)
_LDIF = (
    "dn: uid=gmeissner,ou=People,dc=example,dc=org\n"
    "objectClass: inetOrgPerson\n"
    "cn: Gunda Meißner\n"
    "userPassword:: V2ludGVyc29ubmUjNzc=\n"
    "\n"
    "dn: uid=svc-backup,ou=Services,dc=example,dc=org\n"
    "userPassword:: e1NTSEF9cVpYM3Y5TG1CMm5SOHRZNHdLNnM=\n"
)
_KEEPASS = (
    "<Entry>\n\t<String>\n\t\t<Key>UserName</Key>\n\t\t<Value>{}</Value>\n\t</String>\n"
    "\t<String>\n\t\t<Key>Notes</Key>\n\t\t<Value>Kundennummer 7731 0046 12</Value>\n"
    "\t</String>\n</Entry>"
)
_PHONE_LAST = "email,mobile\nx@example.org,06-12345678\nbernd.kaul@example.org,06-87654321\n"
_NOTE = (
    '{"order": {"note": "Si absent, laisser chez la voisine Odile Marchandeau. '
    'Code portail 40719. n° client 551870"}}'
)

POSITIVES = [
    # Keycloak attributes under localized names, the value a shape rule cannot read alone
    ("STREET_ADDRESS", _KEYCLOAK, "Pieter Cornelisz Hooftstraat 88"),
    ("STREET_ADDRESS", _KEYCLOAK, "ul. Mokotowska 41"),
    ("PHONE", _KEYCLOAK, "912 604 338"),
    ("PERSON", _KEYCLOAK, "Roelof"),
    # an Entra export's columns: the given name alone, the street, a national mobile
    ("PERSON", _ENTRA_CSV, "Henryka"),
    ("STREET_ADDRESS", _ENTRA_CSV, "ul. Długa 7"),
    ("PHONE", _ENTRA_CSV, "0471-22 83 90"),
    ("PHONE", _ENTRA_CSV, "601-339-482"),
    # Google Workspace's upload: the password under "Password [Required]", a quoted address
    ("SECRET", _GOOGLE_CSV, "Kiefer#Wald38"),
    ("PHONE", _GOOGLE_CSV, "0172 5518820"),
    # LDIF: the base64 of a plain password
    ("SECRET", _LDIF, "V2ludGVyc29ubmUjNzc="),
    ("SECRET", "dn: cn=x,dc=y\nuserPassword: Sommerwiese!21\n", "Sommerwiese!21"),
    # a delivery note: the neighbour, the gate code; a Romanian name in a note
    ("PERSON", _NOTE, "Odile Marchandeau"),
    ("SECRET", _NOTE, "40719"),
    ("PERSON", "Deixar com a vizinha Leonilde Sarmento, código da porta 2207",
     "Leonilde Sarmento"),
    ("PERSON", "dejar con la vecina Ruxandra Pătrășcanu del 3º", "Ruxandra Pătrășcanu"),
    # a phone in a CSV's last cell does not glue to the next row's e-mail
    ("PHONE", _PHONE_LAST, "06-12345678"),
    ("EMAIL", _PHONE_LAST, "bernd.kaul@example.org"),
    # a KeePass entry's user written as a name; a phone used as a login keeps its prefix
    ("PERSON", _KEEPASS.format("Brammertz, Hedwig"), "Brammertz, Hedwig"),
    ("PERSON", _KEEPASS.format("J. van Oosterwijk"), "J. van Oosterwijk"),
    ("PHONE", _KEEPASS.format("+49 171 5520418"), "+49 171 5520418"),
    # a Graph user's keys
    ("PHONE", '{"businessPhones": ["030 2291 7740"], "mobilePhone": "0176 3302 1948"}',
     "030 2291 7740"),
]  # fmt: skip

NEGATIVES = [
    # what a realm export holds beside its users
    (_KEYCLOAK, "0b6f2d1c-5a8e-4c3b-9f1a-7e2d4c6b8a90"),
    (_KEYCLOAK, "1712345678901"),
    (_KEYCLOAK, "rvanderzee"),
    (_KEYCLOAK, "q0Zx3v9LmB2nR8tY4wK6sD1fH7jP5cA0eG2iU8oT3yM="),
    (_KEYCLOAK, "Vb7nQ2xL9mK4pR1sT6wY3z=="),
    (_KEYCLOAK, "27500"),
    (_KEYCLOAK, "night-shift"),
    # an LDIF hash with its scheme, base64-encoded
    (_LDIF, "e1NTSEF9cVpYM3Y5TG1CMm5SOHRZNHdLNnM="),
    # the heading note is no password; the customer number stays
    (_GOOGLE_CSV, "[Required],Org"),
    (_NOTE, "551870"),
    # a KeePass login that is a customer number, or a one-word handle
    (_KEEPASS.format("4410 2293 88"), "4410 2293 88"),
    (_KEEPASS.format("1002345671"), "1002345671"),
    (_KEEPASS.format("Gerold"), "Gerold"),
    (_KEEPASS.format("Gerold"), "7731 0046 12"),
    # keys of other records: an HTTP Via header, a street without a number
    ('{"via": "1.1 varnish (Varnish/7.4)", "status": 200}', "varnish"),
    ('{"street": "Main", "streetAddress": "TBD"}', "Main"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round20_identity_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 20's development file: every name (288; 284 before the round's rules), phone
    (132; 126), street (50; 42), secret (44; 29), e-mail (125), IP address (13) and birth
    date (27) caught, every SECRET and PHONE finding on a value (2 false secrets before:
    "[Required],Org"), no decoy touched (none before)."""
    records = private_split("dev_issue13_r20_identity.txt", "dev13r20identity")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    for kind, gold in (("PERSON", 288), ("PHONE", 132), ("STREET_ADDRESS", 50),
                       ("SECRET", 44), ("EMAIL", 125), ("IP_ADDRESS", 13),
                       ("DATE_OF_BIRTH", 27)):  # fmt: skip
        assert per[kind].found == per[kind].gold == gold, per[kind].missed
    for kind in ("SECRET", "PHONE", "DATE_OF_BIRTH"):
        assert per[kind].true_pos == per[kind].predicted, per[kind].false
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round20_identity_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning, scored twice: 71 of 72 names (69 before
    the round's rules), 9 of 10 secrets (6), 29 of 29 phones (29), 20 of 20 streets (20),
    no decoy touched (none before)."""
    records = private_split("dev_issue13_r20_identity_private.txt", "dev13r20identityp")
    assert len(records) >= 25
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    found = [per[k].found for k in ("PERSON", "SECRET", "PHONE", "STREET_ADDRESS")]
    assert all(f >= floor for f, floor in zip(found, PRIVATE_FLOOR[:4], strict=True))
    assert report.negatives_masked <= PRIVATE_FLOOR[4]  # type: ignore[attr-defined]


# PERSON, SECRET, PHONE, STREET_ADDRESS found at least, decoys masked at most.
PRIVATE_FLOOR = (71, 9, 29, 20, 0)


def test_identity_rules_stay_linear() -> None:
    """JSON keys and arrays, CSV headers and rows, heading notes, LDIF password lines and
    note cues repeated cost time in proportion to the text."""
    detect = Redactor(cache_size=0).detect
    assert_linear(detect, rep('"straat" : [ "Lindenweg 4" ], ', 600) + "\n")
    assert_linear(detect, rep('"telefone" : [ ', 600) + '"0612"')
    assert_linear(detect, "email,mobile,street\n" + rep("a@b.cd,0612345678,Weg 4\n", 600))
    assert_linear(detect, rep("Email [Required],Password [Required],", 600) + "\n")
    assert_linear(detect, "username,street\n" + rep('x,"Weg 4, ', 600) + '"\n')
    assert_linear(detect, rep("userPassword:: QUJDRA==\n", 600))
    assert_linear(detect, rep("chez la voisine Anne ", 600) + "x")
    assert_linear(detect, rep("06-12345678\n", 600) + "a@b.cd")
    assert_linear(detect, rep("<Key>UserName</Key><Value>Ab Cd</Value>", 600) + "\n")
    assert_linear(detect, rep("<Key>UserName</Key> <Value>4410 2293 88</Value>", 600) + "\n")
