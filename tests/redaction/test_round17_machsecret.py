"""Issue 13, round 17 (machine secrets): passwords, keys and one-time codes that machine
text names by its own syntax (cloud-init's chpasswd list and a user's crypt hash, Redis
MONITOR's AUTH and HSET fields, SQL's IDENTIFIED BY / SET PASSWORD / an INSERT's columns,
PHP print_r and var_dump, a REPL's answer to an environment lookup, FileZilla's base64
<Pass>, a directory account's description with the adjective after the password's word),
and the look-alikes that stay: RDP DPAPI blobs, push and device tokens, stored hashes,
SSH public keys, ids. One case each through the public API, beside the look-alike it must
leave; floors for the round's development file (dev_issue13_r17_machsecret.txt) and its
private split, both written before the rules (the private split's test reports counts
only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor
from llmgate.redaction.dump_secrets import field_kind

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)
MON = "1741999000.100200 [0 10.8.0.4:51000] "
FCM = "eZq3Lw8Rx2T:APA91bG5nT1Lq8Wz3Rx6Vm9Kb2Hc7Yp4Fd1Sg8Ja5Ue2Io7Xz4"
BLOB = "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000F7E6D5C4B3A29180000000000200000000"

POSITIVES = [
    # cloud-init: a chpasswd list (block or items), a shell's chpasswd, a crypt hash
    ("SECRET", "chpasswd:\n  expire: false\n  list: |\n    root:Qk!Seed-4481\n", "Qk!Seed-4481"),
    ("SECRET", "chpasswd:\n  list:\n    - alma:Alm4-Item#20\n  expire: true\n", "Alm4-Item#20"),
    ("SECRET", "runcmd:\n  - echo 'ops:0ps-Shell!72' | chpasswd\n", "0ps-Shell!72"),
    ("SECRET", "users:\n  - name: ops\n    passwd: $6$Lq2Zx$Wm7Rt4Vn8Kb1Hc6Yp3Fd0Sg5Ja2Ue7\n",
     "$6$Lq2Zx$Wm7Rt4Vn8Kb1Hc6Yp3Fd0Sg5Ja2Ue7"),
    # Redis MONITOR and redis-cli
    ("SECRET", MON + '"AUTH" "Mon!tor-Pw31"', "Mon!tor-Pw31"),
    ("SECRET", MON + '"AUTH" "svc" "Acl-Svc#2026"', "Acl-Svc#2026"),
    ("SECRET", MON + '"HSET" "u:7" "mail" "x@y.example" "otp" "604211"', "604211"),
    ("SECRET", MON + '"HMSET" "verify:+4915112" "code" "551930" "n" "0"', "551930"),
    ("SECRET", MON + '"CONFIG" "SET" "requirepass" "Cfg-Req!Pass9"', "Cfg-Req!Pass9"),
    ("SECRET", MON + '"ACL" "SETUSER" "ana" "on" ">An4-Acl!Set" "~*"', "An4-Acl!Set"),
    ("SECRET", "127.0.0.1:6379> AUTH Cl1-Auth!Redis", "Cl1-Auth!Redis"),
    # SQL in a general or statement log
    ("SECRET", "Query\tALTER USER 'a'@'%' IDENTIFIED WITH caching_sha2_password BY 'Sha2!Plug-in'",
     "Sha2!Plug-in"),
    ("SECRET", "Query\tSET PASSWORD FOR 'b'@'%' = PASSWORD('Old-Fn#Pw77')", "Old-Fn#Pw77"),
    ("SECRET", "ALTER USER scott IDENTIFIED BY t1ger_Scott;", "t1ger_Scott"),
    ("SECRET", "INSERT INTO users (login, passwd, mail) VALUES ('a', 'Ins3rt!Col', 'm'),"
     " ('b', 'Row2#Ins3rt', 'n');", "Row2#Ins3rt"),
    ("SECRET", "UPDATE users SET otp_code = '772104' WHERE id = 9", "772104"),
    # PHP dumps, REPL answers
    ("SECRET", "Array\n(\n    [smtp_pass] => Smtp#Arr-551\n)", "Smtp#Arr-551"),
    ("SECRET", 'array(1) {\n  ["db_pass"]=>\n  string(12) "Vd!Db-Pass12"\n}', "Vd!Db-Pass12"),
    ("SECRET", '  ["secret":protected]=>\n  string(10) "Pr0t!ected"', "Pr0t!ected"),
    ("SECRET", "[3] pry(main)> ENV['MAIL_PASSWORD']\n=> \"Pry-Mail!808\"", "Pry-Mail!808"),
    ("SECRET", ">>> os.getenv('API_TOKEN')\n'Tq8Lw3Zx7Rn2Vt6Mb1Kc'", "Tq8Lw3Zx7Rn2Vt6Mb1Kc"),
    ("SECRET", "3.2.2 :004 > Rails.application.credentials.dig(:smtp, :password)\n"
     ' => "Dig!Cred-2026"', "Dig!Cred-2026"),
    ("SECRET", 'In [4]: cfg["api_token"]\nOut[4]: "Ipy7Lq2Wz9Rx4Mn8Vb3H"', "Ipy7Lq2Wz9Rx4Mn8Vb3H"),
    ("SECRET", "aws sts get-session-token --serial-number arn:aws:iam::559201847733:mfa/jo "
     "--token-code 493021", "493021"),
    # saved settings named by an attribute; PowerShell and net user
    ("SECRET", '<map>\n    <string name="auth_token">Pr3fs7Lq2Wz9Rx4Mn8Vb3Hc</string>\n</map>',
     "Pr3fs7Lq2Wz9Rx4Mn8Vb3Hc"),
    ("SECRET", '<setting name="SmtpPassword" serializeAs="String">\n  <value>N3t!Set-26</value>',
     "N3t!Set-26"),
    ("SECRET", '<entry key="db.password">Pr0ps!Xml-2026</entry>', "Pr0ps!Xml-2026"),
    ("SECRET", "New-LocalUser -Name svc -Password (ConvertTo-SecureString 'L0cal!Svc-26' "
     "-AsPlainText -Force)", "L0cal!Svc-26"),
    ("SECRET", "C:\\> net user kiosk K1osk!Front9 /add", "K1osk!Front9"),
    # FileZilla's encoded password, directory descriptions in the seven languages
    ('SECRET', '<Pass encoding="base64">RmlsZVppbGxhITIwMjY=</Pass>', "RmlsZVppbGxhITIwMjY="),
    ("SECRET", "Description : password temporanea Estate#2026", "Estate#2026"),
    ("SECRET", "Description : senha provisória Verao!2026", "Verao!2026"),
    ("SECRET", "Info        : contraseña nueva Otono-2026!", "Otono-2026!"),
    ("SECRET", "Description : mot de passe provisoire Hiver*2026", "Hiver*2026"),
]  # fmt: skip

NEGATIVES = [
    # RDP's DPAPI blob; push and device tokens under their names or by their shape
    (f"password 51:b:{BLOB}", BLOB[:20]),
    (f"I/FirebaseMessaging: FCM registration token: {FCM}", FCM[:20]),
    (f'{{"registration_id":"{FCM}","platform":"android"}}', FCM[:20]),
    ('device_token: "d41e8f2a9c7b5e3f1a0d2c4b6e8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f"',
     "d41e8f2a9c7b5e3f1a0d2c4b6e8f0a1c"),
    ('{"push_token":"Zx9Lq2Wm7Rt4Vn8Kb1Hc6Yp3Fd0Sg5Ja2Ue7"}', "Zx9Lq2Wm7Rt4Vn8Kb1Hc6Yp3"),
    # stored hashes beside a record, PHP's visibility, OAuth's grant
    ('encrypted_password: "$2a$12$Wq4Lz8Rx2Tm6Vn0Kb3Hc7OeYp1Fd5Sg9Ja3Ue6Io0Xz2Lw"',
     "$2a$12$Wq4Lz8Rx2Tm6Vn0Kb3Hc7O"),
    ("INSERT INTO u (email, password_hash) VALUES ('a@b.c', '$2y$10$Pq8Lw3Zx7Rn2Vt6Mb1Kc9O')",
     "$2y$10$Pq8Lw3Zx7Rn2Vt6Mb1Kc9O"),
    ('  ["password":protected]=>\n  NULL', "protected"),
    ("grant_type=password&username=k.olsen&client_id=app", "k.olsen"),
    # a push token's setting, a prompt for the password, a data class's printed form
    ('<string name="fcm_token">dK3xQ:APA91bG5nT1Lq8Wz3Rx6Vm9Kb2Hc7Yp4Fd1Sg8Ja5Ue2</string>',
     "APA91bG5nT1Lq8Wz3Rx6Vm9Kb2"),
    ('<boolean name="password_saved" value="true" />', "true"),
    ("New-LocalUser -Name svc -Password (ConvertTo-SecureString $pw -AsPlainText -Force)",
     "ConvertTo-SecureString"),
    ("net user kiosk * /add", "kiosk"),
    ("D/AuthRepo: LoginRequest(username=jdoe, remember=true)", "LoginRequest"),
    # CloudTrail's own mask, an MFA device's ARN, a code's settings, a REPL's plain answer
    ('"requestParameters":{"userName":"x","password":"HIDDEN_DUE_TO_SECURITY_REASONS"}',
     "HIDDEN_DUE_TO_SECURITY_REASONS"),
    ("aws sts get-session-token --serial-number arn:aws:iam::559201847733:mfa/jo "
     "--token-code 493021", "559201847733"),
    ("otp_ttl: 3600\notp_period: 30\npin_timeout = 1200\ntan_max: 5000", "3600"),
    (">>> user.username\n'jsmith_Admin1'", "jsmith_Admin1"),
    ("config = {\n  'password': os.environ['DB_PASSWORD'],\n  'database': 'warehouse',\n}",
     "database"),
    ('{"username":"x","password":"$2b$12$Qz7Lw2Rx9Tm4Vn8Kb1Hc6OeYp3Fd0Sg5Ja2Ue7Io4Xz8Lw3Rt6M"}',
     "$2b$12$Qz7Lw2Rx9Tm4Vn8Kb1Hc6Oe"),
    ("The root cause was identified by 'monitoring' first.", "monitoring"),
    # ids and plain values under the same formats
    (MON + '"HSET" "user:9" "name" "Bob" "age" "42" "zip" "10115"', "10115"),
    (MON + '"SET" "session:a81f3c92e7d04b5c" "1"', "a81f3c92e7d04b5c"),
    ("Array\n(\n    [status_code] => 200401\n    [pin_count] => 4\n)", "200401"),
    ("status code: 2004, error_code: 1234, postal code 75001", "1234"),
    ("chpasswd:\n  expire: false\n  users:\n    - name: a\n      type: RANDOM\n", "RANDOM"),
    ("Description : Built-in account for administering the computer/domain", "Built-in"),
    ("Description : new password policy applies from Monday", "applies"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_field_kind() -> None:
    """A field's name says what it holds; names that describe a credential hold none."""
    assert field_kind("smtpPassword") == field_kind("DB-PASSWD") == "password"
    assert field_kind("remember_token") == field_kind("api_key") == "token"
    assert field_kind("otp") == field_kind("verification_code") == "code"
    for name in (
        "encrypted_password",
        "password_digest",
        "token_type",
        "fcm_token",
        "device_token",
        "passwordResetRequired",
        "shipping",
        "compass",
        "pin_count",
    ):
        assert field_kind(name) is None, name


def test_round17_machsecret_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 17's development file: all 97 secrets caught after the round's rules (68
    before them), every finding on a value (13 findings elsewhere before), none of its
    decoys touched (7 before)."""
    records = private_split("dev_issue13_r17_machsecret.txt", "dev13r17machsecret")
    assert len(records) >= 60
    report = evalset.score_default(records)
    stats = report.per_type["SECRET"]  # type: ignore[attr-defined]
    assert stats.found == stats.gold == 97, stats.missed
    assert stats.true_pos == stats.predicted, stats.false
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round17_machsecret_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 27 of its 28 secrets caught (19 before the
    round's rules), every finding on a value (3 findings elsewhere before), none of its
    decoys touched (3 before)."""
    records = private_split("dev_issue13_r17_machsecret_private.txt", "dev13r17machsecretp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    secret = report.per_type["SECRET"]  # type: ignore[attr-defined]
    found = secret.found
    assert found >= 27
    exact = secret.true_pos == secret.predicted
    assert exact
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked == 0


def test_machsecret_rules_stay_linear() -> None:
    """Dump markers, MONITOR lines, SQL grammar, chpasswd blocks, password elements and
    qualified password words repeated cost time in proportion to the text."""
    red = Redactor(cache_size=0)
    for text in (
        rep("[pass] => ", 8000),
        rep('["pass"]=>\n string(1) "', 5000),
        rep("ENV['A_PASSWORD'] ", 5000),
        rep(MON, 3000),
        rep(MON + '"AUTH" ', 3000),
        rep('"HSET" "otp" ', 6000),
        rep("a> AUTH ", 8000),
        rep("IDENTIFIED BY ", 6000),
        rep("SET PASSWORD FOR ", 5000),
        rep("INSERT INTO t (password) VALUES (", 3000),
        "INSERT INTO t (password) VALUES ('a', (" + rep("(", 20000),
        rep("x = '", 8000) + "UPDATE",
        rep("chpasswd:\n", 5000),
        rep("chpasswd:\n  a:b\n", 4000),
        rep("echo 'a:b' | ", 5000),
        rep("passwd: $6$", 4000),
        rep('<Pass encoding="b">', 4000),
        rep("password temporanea ", 5000),
        rep("otp_code = ", 8000),
        rep("password 51:b:", 5000),
        rep("fcm_token ", 8000),
        rep("> a.password\n", 5000),
        rep(">>> x\n'", 5000),
        rep("In [1]: ", 6000),
        rep("--token-code ", 6000),
        rep("arn:aws:iam::1:", 4000),
        rep("HIDDEN_", 8000),
        rep('<string name="a_token">', 4000),
        rep('<a b name="pass"', 4000),
        rep("ConvertTo-SecureString ", 5000),
        rep("net user a ", 6000),
    ):
        assert_linear(red.detect, text)
