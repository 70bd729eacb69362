"""Issue 13, round 16 (machine text): addresses that tcpdump joins to their port with a dot
("IP 192.168.1.20.51514 > 10.0.0.5.21:"), four-part versions after a product's name or a
version word a few words back, section numbers; clear-text FTP/POP3 logins in a capture,
OpenVPN static keys, Cisco IOS secrets (crypt hashes that open with "$9$") and SNMP
communities; and the public values beside key words that must stay: a kubeconfig's
certificate-authority-data and any base64 of a PEM certificate or public key, SSH public
key blobs. One case each through the public API, beside the look-alike it must leave;
floors for the round's development file (dev_issue13_r16_machine.txt) and its private
split, both written before the rules (the private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)
CA = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJkekNDQVIyZ0F3SUJBZ0lCQURBS0JnZ3Foa2pPUFFR"

POSITIVES = [
    # tcpdump's "address.port" pairs, IPv4 and IPv6
    ("IP_ADDRESS", "12:00:01.5 IP 192.168.7.20.51514 > 10.9.0.5.21: Flags [P.], length 22",
     "192.168.7.20"),
    ("IP_ADDRESS", "12:00:01.5 IP 192.168.7.20.51514 > 10.9.0.5.21: Flags [P.], length 22",
     "10.9.0.5"),
    ("IP_ADDRESS", "09:00:00.1 IP 172.16.2.9.500 > 198.51.100.4.500: isakmp", "198.51.100.4"),
    ("IP_ADDRESS", "ethertype IPv4 (0x0800), length 74: 192.168.3.20.51514 > 10.0.0.5.22: Flags",
     "192.168.3.20"),
    ("IP_ADDRESS", "    192.168.4.20.51514 > 10.0.0.5.22: Flags [P.], cksum 0x1c2d (correct)",
     "192.168.4.20"),
    ("IP_ADDRESS", "IP6 2001:db8::5.443 > 2001:db8:0:12::a1.50234: Flags [S.]", "2001:db8::5"),
    # a section number's look-alike is no version under a network word; CIDR and zone
    ("IP_ADDRESS", "inet 192.168.122.15/24 brd 192.168.122.255 scope global",
     "192.168.122.15/24"),
    ("IP_ADDRESS", "64 bytes from fe80::1%eth0: icmp_seq=1", "fe80::1"),
    ("IP_ADDRESS", "ESTAB 0 0 [::ffff:10.0.0.5]:5432 [::ffff:10.0.0.8]:41002", "::ffff:10.0.0.8"),
    # clear-text logins in a capture or a session
    ("SECRET", "length 22: FTP: PASS Ftp!Backup2026", "Ftp!Backup2026"),
    ("SECRET", "length 21: POP3: PASS Pop!Mail-77", "Pop!Mail-77"),
    ("SECRET", "USER backup\r\n331 Password required\r\nPASS Srv0r!Ftp\r\n", "Srv0r!Ftp"),
    # PgBouncer's userlist (a hash, or a plain one where the file is named); OpenVPN's
    # inline login
    ("SECRET", '"bob" "md5a3f1c9e2b7d6054e8f9a0b1c2d3e4f5b"',
     "md5a3f1c9e2b7d6054e8f9a0b1c2d3e4f5b"),
    ("SECRET", '; pgbouncer users\n"alice" "Al1ce!Bouncer"\n', "Al1ce!Bouncer"),
    ("SECRET", "<auth-user-pass>\nanna\nOvpn!Pass2026\n</auth-user-pass>", "Ovpn!Pass2026"),
    # an OpenVPN static key; Cisco IOS secrets and an SNMP community
    ("SECRET", "-----BEGIN OpenVPN Static key V1-----\nd1f3a5b7c9e0f2a4b6c8d0e1f3a5b7c9\n"
     "-----END OpenVPN Static key V1-----", "d1f3a5b7c9e0f2a4b6c8d0e1f3a5b7c9"),
    ("SECRET", "username ops privilege 15 secret 9 $9$abcDEF12$QwErTy0987zxcvbnmASDFG",
     "$9$abcDEF12$QwErTy0987zxcvbnmASDFG"),
    ("SECRET", "enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0", "$1$mERr$hx5rVt7rPNoS4wqbXKX7m0"),
    ("SECRET", "snmp-server community N0c-R34d0nly RO", "N0c-R34d0nly"),
    # the client key beside the public certificate stays a secret
    ("SECRET", "    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NB"
     "UUVBd3pVZ3F5dU1oK0xXN0pK\n",
     "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBd3pVZ3F5dU1oK0xXN0pK"),
]  # fmt: skip

NEGATIVES = [
    # five-part versions, section numbers, versions a few words after a version word
    ("release notes: upgrade from 10.0.0.5.21 to 10.0.0.6.3 fixes it", "10.0.0.5"),
    ("voir section 4.2.1.3 du guide", "4.2.1.3"),
    ("changes: 2.4.1.7.3 > 2.4.1.7.2", "2.4.1.7"),
    ("Version: 1.2.3.4.5: fixed the parser", "1.2.3.4"),
    ("Zie paragraaf 3.1.2.4 van de handleiding", "3.1.2.4"),
    ("siehe Tabelle 3.2.1.4 und Abb. 2.1.4.3", "3.2.1.4"),
    ("siehe Tabelle 3.2.1.4 und Abb. 2.1.4.3", "2.1.4.3"),
    ("X.509 extension OID 2.5.29.17 (subjectAltName)", "2.5.29.17"),
    ("Firmware der Box ist 7.57.0.3, alles aktuell", "7.57.0.3"),
    ("Built with Python 3.12.1.0 on Ubuntu", "3.12.1.0"),
    ("snmpwalk -v2c -c public 10.0.0.2 1.3.6.1.2.1.2.2.1.10", "1.3.6.1"),
    # public certificates and keys beside a key's word
    (f"    certificate-authority-data: {CA}\n", CA),
    (f'{{"data":{{"ca.crt":"{CA}"}}}}', CA),
    (f"secret_key_cert: {CA}", CA),
    ("token_signing_cert: MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ",
     "MIIDdzCCAl+gAwIBAgIE"),
    ("private_key_pub: AAAAC3NzaC1lZDI1NTE5AAAAIG4rT3vTt99Ox5kndS4HmgTrKBT8SKzhK4rhGkEVGlCI",
     "AAAAC3NzaC1lZDI1NTE5"),
    # a status line, a jest result, an SNMP community that is the default, a reference
    ("Status: PASS all checks green", "all"),
    ("PASS  src/App.test.js (1.2 s)", "src/App.test.js"),
    ("snmp-server community public RO", "public"),
    ('10.0.0.9 - - [02/Jan/2026] "GET / HTTP/1.1" 200 12\n"referer-x" "agent-string-x"',
     "agent-string-x"),
    ("enable secret $ENABLE_SECRET", "ENABLE_SECRET"),
    # boot and event ids
    ('{"_BOOT_ID":"4c1e2b7a9f0d4e3ab6c5d8e7f1a2b3c4","MESSAGE":"Started"}',
     "4c1e2b7a9f0d4e3ab6c5d8e7f1a2b3c4"),
    ('{"event_id":"9ec79c33ec9942ab8353589fcb2e04dc","level":"error"}',
     "9ec79c33ec9942ab8353589fcb2e04dc"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round16_machine_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 16's development file: all 136 addresses and 24 secrets caught after the
    round's rules (127 and 20 before them), every finding on a value (4 version or section
    numbers and 2 CA data values taken before), none of its 41 decoys touched (6 before)."""
    records = private_split("dev_issue13_r16_machine.txt", "dev13r16machine")
    assert len(records) >= 60
    report = evalset.score_default(records)
    for kind, gold in (("IP_ADDRESS", 136), ("SECRET", 24)):
        stats = report.per_type[kind]  # type: ignore[attr-defined]
        assert stats.found == stats.gold == gold, stats.missed
        assert stats.true_pos == stats.predicted, stats.false
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round16_machine_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 43 of its 43 addresses (39 before the
    round's rules) and 8 of its 8 secrets (6 before) caught, every finding on a value, at
    most one of its 10 decoys touched (3 before)."""
    records = private_split("dev_issue13_r16_machine_private.txt", "dev13r16machinep")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    ip, secret = report.per_type["IP_ADDRESS"], report.per_type["SECRET"]  # type: ignore[attr-defined]
    found = (ip.found, secret.found)
    assert found[0] >= 43 and found[1] >= 8
    exact = ip.true_pos == ip.predicted and secret.true_pos == secret.predicted
    assert exact
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked <= 1


def test_machine_rules_stay_linear() -> None:
    """tcpdump arrows, PASS lines, static key markers, Cisco secret lines and version words
    repeated cost time in proportion to the text (every repetition is bounded)."""
    red = Redactor(cache_size=0)
    for text in (
        rep("IP 1.2.3.4.5", 8000),
        rep("> 10.0.0.1.2 ", 8000),
        rep("FTP: PASS ", 8000),
        rep("USER a\nPASS ", 8000),
        rep("-----BEGIN OpenVPN Static key V1-----\n", 2000),
        rep("username a privilege 1 secret ", 4000),
        rep('"a" "md5', 5000),
        rep("<auth-user-pass>\na\n", 4000),
        rep("firmware der box ist ", 5000),
        rep("section 1.2.3.4 ", 5000),
        rep("LS0tLS1CRUdJTiBDRVJUSUZJQ0FU", 3000),
    ):
        assert_linear(red.detect, text)
