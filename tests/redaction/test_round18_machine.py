"""Issue 13, round 18 (machine text, SECRET precision first): Windows answer files (a
password's <Value> in clear or base64 UTF-16, "net user NAME PASSWORD /add"), Android
shared_prefs, KeePass XML, SNMP communities in printer exports, a device's "admin /
password" pair and the unattended-access password of a remote-support tool in seven
languages; and the values beside them that stay: publicKeyToken, setup passes, product
keys, Windows command switches, push tokens, RADIUS authenticators, AnyDesk / TeamViewer /
RustDesk ids, wp-config-sample placeholders. One case each through the public API, beside
the look-alike it must leave; floors for the round's development file
(dev_issue13_r18_machine.txt) and its private split, both written before the rules (the
private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)
TOKEN = "31bf3856ad364e35"
B64 = "UwBlAGMAcgBlAHQAIQA5ADkAUABhAHMAcwB3AG8AcgBkAA=="

POSITIVES = [
    # answer files: the <Value> under a password element, a FirstLogonCommands account
    ("SECRET", "<AdministratorPassword>\n  <Value>Lab!Admin-6620</Value>\n"
     "  <PlainText>true</PlainText>\n</AdministratorPassword>", "Lab!Admin-6620"),
    ("SECRET", f"<Password>\n  <Value>{B64}</Value>\n  <PlainText>false</PlainText>\n</Password>",
     B64),
    ("SECRET", "<CommandLine>net user helpdesk H3lp!Desk-01 /add</CommandLine>",
     "H3lp!Desk-01"),
    ("SECRET", '<Password wcm:action="add"><Value>Wcm!Action-2026</Value>', "Wcm!Action-2026"),
    # app and device settings
    ("SECRET", '<string name="password">Kids!App-3309</string>', "Kids!App-3309"),
    ("SECRET", '<string name="refresh_token">rt_Lq9Xm2Vw7Pk4Rz8Tn3Bc6Hj1</string>',
     "rt_Lq9Xm2Vw7Pk4Rz8Tn3Bc6Hj1"),
    ("SECRET", '<String><Key>Password</Key><Value ProtectInMemory="True">Kp!Vault-881'
     "</Value></String>", "Kp!Vault-881"),
    ("SECRET", "[SNMP]\nReadCommunity=public\nWriteCommunity=Rw-Office!19", "Rw-Office!19"),
    ("SECRET", "Comunità SNMP di scrittura: scrivi-Ufficio7 (SNMP v2c)", "scrivi-Ufficio7"),
    # a device's administrator and a remote-support tool's password in a ticket
    ("SECRET", "Modem reset by the ISP, now admin / Isp!Modem-440 until Monday",
     "Isp!Modem-440"),
    ("SECRET", "password per l'accesso non presidiato impostata a Ott!ica-Remota2",
     "Ott!ica-Remota2"),
    ("SECRET", "Senha de acesso autônomo definida como Loja#Remota-61", "Loja#Remota-61"),
    ("SECRET", "TeamViewer: mot de passe personnel Garage!Tv-77 pour l'accès", "Garage!Tv-77"),
    ("SECRET", "unattended access: Uw!9xPz2-Lab", "Uw!9xPz2-Lab"),
    ("SECRET", "la contraseña del router quedó en Rtr!Malaga-61", "Rtr!Malaga-61"),
    ("SECRET", "Il tecnico ha lasciato la password del modem a Mdm!Bari-17", "Mdm!Bari-17"),
    ("SECRET", "$cfg['Servers'][$i]['password'] = 'Pma!Conf-3301';", "Pma!Conf-3301"),
    # a URL's "user:password" after "//" is no Windows switch ("net user x /active:yes")
    ("SECRET", "fetch https://svc:ab8kq2lm9xz@repo.example.net/x", "svc:ab8kq2lm9xz"),
    ("SECRET", "Zugangsdaten Router: admin \u2013 R0uter!Hof4", "R0uter!Hof4"),
    # a password typed into a plain field, in Chrome's autofill table, and its lower case
    ("SECRET", "INSERT INTO autofill VALUES('wachtwoord','Tulp!Fiets2027','tulp!fiets2027',"
     "1767000000,1767000000,1);", "Tulp!Fiets2027"),
    ("SECRET", "INSERT INTO autofill VALUES('wachtwoord','Tulp!Fiets2027','tulp!fiets2027',"
     "1767000000,1767000000,1);", "tulp!fiets2027"),
]  # fmt: skip

NEGATIVES = [
    # answer files
    (f'<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" '
     f'publicKeyToken="{TOKEN}" language="neutral" versionScope="nonSxS">', TOKEN),
    ('<settings pass="oobeSystem">', "oobeSystem"),
    ('<Password wcm:action="add"><Value>*SENSITIVE*DATA*DELETED*</Value>', "action"),
    ("Produktschlüssel ist 6TP4R-GNPTD-KYYHQ-7B7DP-J447Y", "6TP4R-GNPTD-KYYHQ-7B7DP-J447Y"),
    ("<CommandLine>net user Administrator /active:yes</CommandLine>", "active:yes"),
    ("<CommandLine>cmd /c net user kiosk /passwordreq:yes</CommandLine>", "passwordreq:yes"),
    ("<Value>*SENSITIVE*DATA*DELETED*</Value>", "SENSITIVE"),
    # app and device settings
    ('<string name="fcm_token">eT5yU8iO1p:APA91bK3lZ6xC9vB2nM5qW8eR1tY4uI7o</string>',
     "APA91bK3lZ6xC9vB2nM5qW8eR1tY4uI7o"),
    ('<string name="device_id">7c3e9a1f2b4d6e80</string>', "7c3e9a1f2b4d6e80"),
    ("<UUID>pQ7rS2tU9vWxYz1A3bC5dE==</UUID>", "pQ7rS2tU9vWxYz1A3bC5dE"),
    ("[SNMP]\nReadCommunity=public\nWriteCommunity=private", "private"),
    ("Community: Nextcloud forum, see the thread", "Nextcloud"),
    ("\tMessage-Authenticator = 0x7e1a9c3f5b2d48e0c6f9b1a27d3e5c01", "0x7e1a9c3f5b2d48e0"),
    ("define('AUTH_KEY', 'put your unique phrase here');", "put your unique phrase here"),
    ("define('WP_CACHE_KEY_SALT', 'laden.example.de:');", "laden.example.de"),
    # paths and menus, remote-support ids
    ("see Settings / admin / Users and /admin/v2/users", "Users"),
    ("la password a 12 caratteri, le mot de passe à changer, la clave como siempre", "changer"),
    ("admin / (Aufkleber), supervisor - Mo-Fr, admin / Users-Group", "Users-Group"),
    ("admin / (Aufkleber), supervisor - Mo-Fr, admin / Users-Group", "Aufkleber"),
    ("INSERT INTO autofill VALUES('zip','1012AB','1012ab',1767000000,1767000000,1);", "1012AB"),
    ('  "keychainAccessGroup" => "ABCDE12345.com.example.shared"', "ABCDE12345"),
    ("AnyDesk-ID 771 204 388, Passwort: Halle!Remote3", "771 204 388"),
    ("ID do AnyDesk: 662 908 117", "662 908 117"),
    ("AnyDesk-Zugang: 482 913 573 / Zugang#Praxis8", "482 913 573"),
    ("TeamViewer ID 1 448 207 316", "1 448 207 316"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round18_machine_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 18's development file: all 68 secrets caught after the round's rules (47
    before them), every SECRET finding on a secret (8 of 55 on a publicKeyToken, a setup
    pass or a product key before), at most one of its decoys touched (13 before: the
    publicKeyTokens and AnyDesk ids read as phone numbers)."""
    records = private_split("dev_issue13_r18_machine.txt", "dev13r18machine")
    assert len(records) >= 60
    report = evalset.score_default(records)
    stats = report.per_type["SECRET"]  # type: ignore[attr-defined]
    assert stats.found == stats.gold == 68, stats.missed
    assert stats.true_pos == stats.predicted, stats.false
    assert report.negatives_masked <= 1, report.masked_negatives  # type: ignore[attr-defined]


def test_round18_machine_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 24 of its 24 secrets (15 before the
    round's rules), every SECRET finding on a secret (15 of 18 before), none of its decoys
    touched (4 before)."""
    records = private_split("dev_issue13_r18_machine_private.txt", "dev13r18machinep")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    secret = report.per_type["SECRET"]  # type: ignore[attr-defined]
    found = secret.found
    assert found >= 24
    exact = secret.true_pos == secret.predicted
    assert exact
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked == 0


def test_machine_rules_stay_linear() -> None:
    """Answer-file elements, net user commands, prefs strings, KeePass keys, community
    settings and admin pairs repeated cost time in proportion to the text (every
    repetition is bounded)."""
    red = Redactor(cache_size=0)
    for text in (
        rep("<AdministratorPassword ", 5000),
        rep("<Password>\n<Value>", 5000),
        rep("net user a ", 8000),
        rep('<string name="password">', 4000),
        rep("<Key>Password</Key><Value ", 4000),
        rep("snmp community", 6000),
        rep("WriteCommunity", 6000),
        rep("admin / ", 8000),
        rep("admin /a", 8000),
        rep("comunidad snmp de ", 5000),
        rep("anydesk id ", 6000),
        rep("admin - ", 8000),
        rep("unattended access ", 5000),
        rep("INSERT INTO autofill VALUES('a',", 3000),
    ):
        assert_linear(red.detect, text)
