"""Issue 13, round 13 (machine formats): IBANs glued to an MT940 sub-field tag or with the
country code apart from the check digits, or cut by the ":86:" field's line wrap;
counterparty names of bank statement fields; passwords of NuGet/web.config key/value
attributes, aligned ``kubectl describe`` and terraform plan columns (and a plan's new value
after "->"), a .netrc, a Kubernetes dockerconfigjson secret, a notebook's JSON-escaped
source, Maven's encrypted password, a CSV column of API keys, a JSON "pass" key, htpasswd,
openssl -passin/-passout and sqlcmd, .pgpass, wp-config.php, redis.conf, IDENTIFIED BY;
curl's "user:password" as one value. One case each through the public API, beside the
look-alike it must leave; floors for the round's development file
(dev_issue13_r13_machine.txt) and its private split, both written before the rules."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

POSITIVES = [
    # IBAN: glued to the MT940 ":86:" sub-field tag ?31, to the word; country code apart
    ("IBAN", ":86:166?00GUTSCHRIFT?30GENODEF1S04?31DE89370400440532013000?32MAX MEIER",
     "DE89370400440532013000"),
    ("IBAN", "IBANDE89370400440532013000 BIC COBADEFFXXX", "DE89370400440532013000"),
    ("IBAN", "IBAN: IT 60 X 05428 11101 000000123456", "IT 60 X 05428 11101 000000123456"),
    ("IBAN", ":25:NL91ABNA0417164300EUR", "NL91ABNA0417164300"),
    # IBAN: a mail client's wrap after a digit group that letters follow, or before a
    # group that mixes letters and digits
    ("IBAN", "Monaco account: MC59 6584 2227\n62WX YYIX 930H 356 (CMB)",
     "MC59 6584 2227\n62WX YYIX 930H 356"),
    ("IBAN", "IBAN: BG35 FYPG 6477\r\n89JR N352 M2, BIC FINVBGSF",
     "BG35 FYPG 6477\r\n89JR N352 M2"),
    # PERSON: counterparty names of statement fields (DFUE ?32/?33, Dutch /NAME/, MT103)
    ("PERSON", "?31DE89370400440532013000?32ANNA LENA BERGMANN?34000", "ANNA LENA BERGMANN"),
    ("PERSON", "?32MARIA DOLORES FERNANDEZ?33GARCIA?34000", "GARCIA"),
    ("PERSON", "?31DE89370400440532013000?32MUSTERMANN, MAX", "MUSTERMANN, MAX"),
    # IBAN and name: the ":86:" field wraps at 65 characters, inside a value too
    ("IBAN", ":86:166?00GUTSCHRIFT?20SVWZ+Erstattung?31DE893704004405320\n13000?32MAX MEIER",
     "DE893704004405320\n13000"),
    ("PERSON", ":86:177?00SEPA-UEBERWEISUNG?20SVWZ+Miete Januar?31DE89370400440532013000?32A"
     "NNA\nLENA BERGMANN", "ANNA\nLENA BERGMANN"),
    ("PERSON", "/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/P. DE GROOT/REMI/huur/",
     "P. DE GROOT"),
    ("PERSON", ":59:/FR1420041010050500013M02606\nJEAN-LUC MOREAU\nPARIS", "JEAN-LUC MOREAU"),
    # SECRET: key/value attributes of NuGet.config and web.config appSettings
    ("SECRET", '<add key="ClearTextPassword" value="Nu6et!Feed#2026" />', "Nu6et!Feed#2026"),
    ("SECRET", '<add key="SmtpPassword" value="M4il-Relay-77x" />', "M4il-Relay-77x"),
    # SECRET: aligned columns of kubectl describe and a terraform plan; a plan's new value
    ("SECRET", "    Environment:\n      DB_PASSWORD:             Pmt$2026-qX9\n",
     "Pmt$2026-qX9"),
    ("SECRET", '  ~ "DB_PASSWORD"       = "0ldPa55!api" -> "N3wPa55!api2026"', "N3wPa55!api2026"),
    ("SECRET", '  ~ "DB_PASSWORD"       = "0ldPa55!api" -> "N3wPa55!api2026"', "0ldPa55!api"),
    # SECRET: .netrc over several lines; a dockerconfigjson secret
    ("SECRET", "machine ftp.example.org\n    login anna\n    password plainwordpass\n",
     "plainwordpass"),
    ("SECRET", "data:\n  .dockerconfigjson: eyJhdXRocyI6eyJyZWdpc3RyeS5hY21lLmlvIjp7fX19\n",
     "eyJhdXRocyI6eyJyZWdpc3RyeS5hY21lLmlvIjp7fX19"),
    # SECRET: a notebook's JSON-escaped source line; Docker's compact config.json
    ("SECRET", '"source": ["password = \\"Jupyt3r!Secret\\"\\n"]', "Jupyt3r!Secret"),
    ("SECRET", '{"auths":{"ghcr.io":{"auth":"b2N0b2NhdDpPY3RvI1JlZzFzdHJ5"}}}',
     "b2N0b2NhdDpPY3RvI1JlZzFzdHJ5"),
    # SECRET: a CSV column of API keys; a quoted JSON "pass" key; command-line passwords
    ("SECRET", "service,api_key,owner\nbilling,9fK2xQ7LmP3vR8tZ1wN6yH4j,ops\n",
     "9fK2xQ7LmP3vR8tZ1wN6yH4j"),
    ("SECRET", '{"credentials": {"user": "svc_backup", "pass": "Bkp#2026!x"}}', "Bkp#2026!x"),
    ("SECRET", "$ htpasswd -b /etc/nginx/.htpasswd admin Ng1nx!Adm", "Ng1nx!Adm"),
    ("SECRET", "$ openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:P12export!",
     "P12export!"),
    ("SECRET", "$ sqlcmd -S sql01 -U sa -P 'Sql$erver2026'", "Sql$erver2026"),
    # SECRET: .pgpass, wp-config.php, redis.conf, SQL's IDENTIFIED BY
    ("SECRET", "# ~/.pgpass\ndb01.corp.local:5432:orders:orders_app:Pg!Pass-2026\n",
     "Pg!Pass-2026"),
    ("SECRET", "define( 'DB_PASSWORD', 'Wp!Config-2026' );", "Wp!Config-2026"),
    ("SECRET", "# redis.conf\nrequirepass R3d1s!Conf2026\n", "R3d1s!Conf2026"),
    ("SECRET", "CREATE USER 'report'@'%' IDENTIFIED BY 'R3port!Usr';", "R3port!Usr"),
    # SECRET: curl's user and password, one value as a URL's userinfo is
    ("SECRET", "*/10 * * * * curl -fsS -u monitor:H3artb3at#10 https://status.acme.io/ping",
     "monitor:H3artb3at#10"),
]  # fmt: skip

NEGATIVES = [
    # an IBAN glued to a word or a digit; a spaced country code in lower case; mod-97 fails
    ("Ref XDE89370400440532013000", "DE89370400440532013000"),
    ("A1DE89370400440532013000", "DE89370400440532013000"),
    ("IBAN: IT 60 X 05428 11101 000000123457", "000000123457"),
    # a line that ends with a digit group before a word: no IBAN across the break
    ("Order DE12 3456\n7890 shipped today", "7890"),
    # SEPA creditor identifiers and BICs beside an IBAN field
    ("?22CRED+DE98ZZZ09999999999?30COBADEFFXXX", "DE98ZZZ09999999999"),
    # a wrapped ?31 account that fails mod-97; a company in a statement's name field
    (":86:166?31DE893704004405320\n13001?32MAX MEIER", "DE893704004405320"),
    ("?31DE89370400440532013000?32STADTWERKE MUENCHEN GMBH", "STADTWERKE"),
    ("/NAME/ACME TRADING B.V./REMI/invoice 2026-118/", "ACME"),
    # terraform and kubectl placeholders and references
    ("      + password              = (sensitive value)", "sensitive"),
    ("      + password     = (known after apply)", "known"),
    ("      DB_PASSWORD:    <set to the key 'password' in secret 'db'>  Optional: false",
     "set to"),
    ('<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />', "NUGET_PASSWORD"),
    ('<add key="PasswordResetUrl" value="https://acme.example/reset" />', "acme.example"),
    ("machine api.example.com login deploy password $NETRC_PASSWORD", "NETRC_PASSWORD"),
    ("Use the default password reset flow", "reset"),
    # names that describe a credential; values that name a resource or a public key
    ('      + secret_name               = "prod/db/password"', "prod/db/password"),
    ('      + key_name                  = "deployer-key-2024"', "deployer-key-2024"),
    ('      + kms_key_id                = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd"',
     "arn:aws"),
    ('      + public_key                = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC3x7 dep"',
     "ssh-rsa"),
    ("    SecretName:  db-credentials", "db-credentials"),
    ('password_hash_algo = "argon2id"', "argon2id"),
    ('{"authority": "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47"}',
     "login.microsoftonline.com"),
    # a token column's type and expiry; a "pass" key that holds a flag; a branch
    ("user,token_type,token_expiry\nalice,Bearer,2026-03-01T10:00:00Z\n", "Bearer"),
    ('{"checks": {"pass": "true", "fail": "false"}}', "true"),
    ("$ git checkout -b feature/login-page", "feature/login-page"),
    # "identified by" in prose; a time stamp with colons; a PHP constant that is no secret
    ("The root cause was identified by 'monitoring' first.", "monitoring"),
    ("at 10:15:30:5432:user:abcdef1", "abcdef1"),
    ("define('WP_DEBUG_DISPLAY', 'false');", "false"),
    # base64 that is no credential: image data, a certificate; hashes
    ('"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e"',
     "iVBORw0KGgo"),
    ("  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURkekNDQWwrZ0F3SUJBZ0lFQWdBQXVU",
     "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t"),
    ('"integrity": "sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17L"',
     "sha512-v2kDEe57"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_docker_auths_object_is_no_value() -> None:
    """'"auths":{...}' names the object of registries, not a value: the finding is the
    inner "auth", not the JSON around it."""
    text = '{"auths":{"https://index.docker.io/v1/":{"auth":"am9obmRvZTpTM2NyZXQhMjAyNg=="}}}'
    assert [text[s.start : s.end] for s in RED.detect(text)] == ["am9obmRvZTpTM2NyZXQhMjAyNg=="]


def test_maven_encrypted_password_is_masked() -> None:
    """Maven's encrypted server password opens with the master password of
    settings-security.xml: a credential too (the finding may take the closing tag along)."""
    text = "<server><id>repo</id><password>{COQLCE6DU6GtcS5P=}</password></server>"
    masked = RED.redact(text).text
    assert "COQLCE6DU6GtcS5P" not in masked
    assert "<id>repo</id>" in masked


def test_round13_machine_file_floor(private_split: PrivateSplit, evalset: ModuleType) -> None:
    """Every span of the round's development file caught after its rules (103 of 118 before
    them: IBAN 41/44, SECRET 29/37, PERSON 24/28), at most 2 of its 66 decoys touched (3
    before; an MT940 reference read as a phone number and a BIC as a name stay)."""
    records = private_split("dev_issue13_r13_machine.txt", "dev13r13m")
    assert len(records) >= 55
    report = evalset.score(records, lambda t: [tuple(s) for s in RED.detect(t)])
    for kind in ("IBAN", "SECRET", "EMAIL", "PERSON"):
        assert report.per_type[kind].leaked == 0, report.per_type[kind].missed
    assert report.negatives_masked <= 2, report.masked_negatives


def test_round13_machine_private_split_floor(
    private_split: PrivateSplit, evalset: ModuleType
) -> None:
    """The split kept out of the round's tuning: 51 of its 57 spans caught after the
    round's rules (45 before them), at most one of its 19 decoys touched (two before)."""
    records = private_split("dev_issue13_r13_machine_private.txt", "dev13r13mp")
    assert len(records) >= 30
    report = evalset.score(records, lambda t: [tuple(s) for s in RED.detect(t)])
    assert sum(s.found for s in report.per_type.values()) >= 51
    assert report.negatives_masked <= 1, report.masked_negatives


def test_statement_and_config_rules_stay_linear() -> None:
    """Statement tags, netrc tokens and aligned blanks repeated cost time in proportion to
    the text (every repetition is bounded)."""
    red = Redactor(cache_size=0)
    for text in (
        rep("?32", 20000),
        rep("?31DE89", 10000),
        rep("machine x password ", 5000),
        "DB_PASSWORD:" + rep(" ", 30000) + "x",
        rep("/NAME/A B", 10000),
        rep('<add key="Password" value="', 5000),
    ):
        assert_linear(red.detect, text)
