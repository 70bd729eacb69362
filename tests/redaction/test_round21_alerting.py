"""Issue 13, round 21 (alerting): secrets in monitoring, alerting, broker and router configs
that the assignment rules passed by: PagerDuty routing, service and integration keys (32 hex
digits, which read as a hash), Alertmanager's SMTP and webhook passwords that are plain
words or unquoted app passwords, Gotify and ntfy tokens, receiver keys named after their
service, grafana.ini's triple quotes, Mosquitto's ``remote_password VALUE``, RouterOS
``add``/``set`` secrets (an all-digit PPPoE password), Telegram bot tokens (the vendor
rule's, in a Zabbix media's ``Token`` column and a Bot API URL), Discord and Teams webhook
paths, Pushover keys where Pushover is named; and what must stay beside them: templates,
placeholders, ``*_file`` paths, VictorOps' team routing keys, chat ids, durations. One case
each through the public API; floors for the round's development file
(dev_issue13_r21_alerting.txt) and its private split, both written before the rules (the
private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_PD = (
    "receivers:\n  - name: pd-db\n    pagerduty_configs:\n"
    "      - routing_key: 0a7f3c5e9b1d46e28c4a6f0b2d8e1c97\n"
    "        severity: '{{ .CommonLabels.severity }}'\n"
)
_TEAMS_PATH = (
    "1b3d5f7a-9c2e-4a6b-8d0f-2e4a6c8b0d13@7f9b1d3e-5a2c-4e6f-9b8d-0a2c4e6f8b10/IncomingWebhook/"
    "4d6f8a0c2e4b46d8a0c2e4f6a8b0c2d4/9e1c3a5f-7b2d-4f6a-8c0e-2b4d6f8a0c1e"
)
_ROS = (
    "/interface pppoe-client\n"
    "add disabled=no interface=ether1 name=pppoe-out1 password=55017342 user=fam.janssen\n"
    "/interface wireless security-profiles\n"
    "add authentication-types=wpa2-psk mode=dynamic-keys name=thuis "
    'wpa2-pre-shared-key="Zonnebloem Akker 31"\n'
)

POSITIVES = [
    ("SECRET", _PD, "0a7f3c5e9b1d46e28c4a6f0b2d8e1c97"),
    ("SECRET", "pagerduty_configs:\n- service_key: '6e2b9d0f4a8c47139b5e0d2f7a1c3e84'\n",
     "6e2b9d0f4a8c47139b5e0d2f7a1c3e84"),
    ("SECRET", "        settings:\n          integrationKey: 1d5f8b2e6a0c4937a2e4c6b8d0f1a3e5\n",
     "1d5f8b2e6a0c4937a2e4c6b8d0f1a3e5"),
    ("SECRET", "global:\n  smtp_auth_password: Heidelbeere\n  smtp_require_tls: true\n",
     "Heidelbeere"),
    ("SECRET", "global:\n  smtp_auth_password: mqzt lwhe pofa ksnd\n", "mqzt lwhe pofa ksnd"),
    ("SECRET", "    email_configs:\n      - to: ops@example.org\n"
     "        auth_password: 'Lindenblatt'  # rotated\n", "Lindenblatt"),
    ("SECRET", "        http_config:\n          basic_auth:\n            username: am\n"
     "            password: Ruisseau\n", "Ruisseau"),
    ("SECRET", "url: https://gotify.example.net\napp_token: Bq8_Zt2nLx7Wr4K\n", "Bq8_Zt2nLx7Wr4K"),
    ("SECRET", "default-host: https://ntfy.sh\ndefault-token: tk_r8vq2mzx7lpw3ntk5bdh9jc1fsy4\n",
     "tk_r8vq2mzx7lpw3ntk5bdh9jc1fsy4"),
    ("SECRET", "stringData:\n  opsgenie-key: 2b7e4d19-c0a3-4f56-8e1d-93a6c5f0b7d2\n",
     "2b7e4d19-c0a3-4f56-8e1d-93a6c5f0b7d2"),
    ("SECRET", '[smtp]\nuser = apikey\npassword = """Fj3#kLq9;Zw2Xr"""\n', "Fj3#kLq9;Zw2Xr"),
    ("SECRET", "connection kantoor\nremote_username brug\nremote_password Slootwater\n",
     "Slootwater"),
    ("SECRET", _ROS, "55017342"),
    ("SECRET", _ROS, "Zonnebloem Akker 31"),
    ("SECRET", "/ppp secret\nadd name=vpn-eva password=Regenboog17 service=l2tp\n",
     "Regenboog17"),
    ("SECRET", "/radius\nadd address=10.0.9.4 secret=Hofweide-2231 service=wireless\n",
     "Hofweide-2231"),
    ("SECRET", "Parameters:\n  Token   7340192856:AAGk2Lx9Qw4Rz7Vn1Mt8Pb3Yc6Dh5Jf0Esq\n"
     "  To      {ALERT.SENDTO}\n", "AAGk2Lx9Qw4Rz7Vn1Mt8Pb3Yc6Dh5Jf0Esq"),
    ("SECRET", "/tool fetch url=\"https://api.telegram.org/bot6128403957:AAHq3Wz8Lx1Rv6Kp4Mn9Tb2Yc"
     "7Df5Gj0Esq/sendMessage?chat_id=-100123\"\n", "AAHq3Wz8Lx1Rv6Kp4Mn9Tb2Yc7Df5Gj0Esq"),
    ("SECRET", "  - webhook_url: https://discord.com/api/webhooks/1098273645019283746/Qz7Lm2Xp-Rv9Kw"
     "4Nt1Jb6Yc3Dh8Gf5Es0Ua_Io2Pa7Sd\n",
     "1098273645019283746/Qz7Lm2Xp-Rv9Kw4Nt1Jb6Yc3Dh8Gf5Es0Ua_Io2Pa7Sd"),
    ("SECRET", f"webhook_url: https://acme.webhook.office.com/webhookb2/{_TEAMS_PATH}\n",
     _TEAMS_PATH),
    ("SECRET", "// pushover.things\nThing pushover:pushover-account:acc [ apikey=\"x\", "
     "user=\"uT5rE9wQ3yU7iO1pA4sD8fG2hJ6kLz\" ]\n", "uT5rE9wQ3yU7iO1pA4sD8fG2hJ6kLz"),
]  # fmt: skip

NEGATIVES = [
    (_PD, "{{ .CommonLabels.severity }}"),
    ("victorops_configs:\n  - routing_key: storage-oncall\n", "storage-oncall"),
    ("pagerduty_configs:\n  - routing_key: <routing_key>\n", "<routing_key>"),
    ("pagerduty_configs:\n  - routing_key: ${PD_ROUTING_KEY}\n", "PD_ROUTING_KEY"),
    ("pagerduty_configs:\n  - routing_key_file: /etc/am/pd_key\n", "/etc/am/pd_key"),
    ("email_configs:\n  - auth_password_file: /run/secrets/smtp_pass\n", "/run/secrets/smtp_pass"),
    ("global:\n  smtp_auth_password: <secret>\n", "<secret>"),
    ("telegram_configs:\n  - bot_token_file: /etc/am/tg\n    chat_id: -1001234567890\n",
     "-1001234567890"),
    ("route:\n  group_wait: 30s\n  group_interval: 5m\n  repeat_interval: 4h\n", "5m"),
    ("/interface wireless security-profiles\nadd name=x wpa2-pre-shared-key=<your-password>\n",
     "<your-password>"),
    ("- api_url: https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXX\n",
     "XXXXXXXXX/XXXXXXXXX"),
    ("gotify:\n  app_token: production\n", "production"),
    ("Pushover receiver 'pushover-lab' routes to the on-call phone.", "pushover-lab"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round21_alerting_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 21's development file: 81 of 83 secrets (63 before the round's rules: PagerDuty
    keys, unquoted app passwords, Mosquitto bridges, Gotify tokens, an all-digit PPPoE
    password, Discord and Teams webhooks missed; the two left are bot tokens whose public id
    the vendor rule leaves), no secret finding on no secret (RouterOS'
    ``authentication-types=wpa2-psk,wpa3-psk`` before), two decoys touched (a team and a
    host name read as persons, before the round too)."""
    records = private_split("dev_issue13_r21_alerting.txt", "dev13r21alerting")
    assert len(records) >= 60
    report = evalset.score_default(records)
    secret = report.per_type["SECRET"]  # type: ignore[attr-defined]
    assert secret.gold == 83 and secret.found >= 81, secret.missed
    assert secret.predicted == secret.true_pos, secret.false
    assert report.negatives_masked <= 2, report.masked_negatives  # type: ignore[attr-defined]


# SECRET found at least, decoys masked at most.
PRIVATE_FLOOR = (35, 0)


def test_round21_alerting_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning, scored twice: 35 of 36 secrets (26 before
    the round's rules), no decoy touched (0 before)."""
    records = private_split("dev_issue13_r21_alerting_private.txt", "dev13r21alertingp")
    assert len(records) >= 25
    report = evalset.score_default(records)
    found = report.per_type["SECRET"].found  # type: ignore[attr-defined]
    assert found >= PRIVATE_FLOOR[0]
    assert report.negatives_masked <= PRIVATE_FLOOR[1]  # type: ignore[attr-defined]


def test_alerting_rules_stay_linear() -> None:
    """Each new trigger repeated costs time in proportion to the text (4n characters at
    most 8 times the CPU time of n)."""
    detect = Redactor(cache_size=0).detect
    for piece, tail in (
        ("routing_key: ", "0a7f3c5e9b1d46e28c4a6f0b2d8e1c97\n"),
        ("service key integration ", "\n"),
        ("app_token: client_token: ", "Bq8_Zt2nLx7Wr4K\n"),
        ("opsgenie-key: ", "2b7e4d19-c0a3-4f56-8e1d-93a6c5f0b7d2\n"),
        ("smtp_auth_password: x", "\n"),
        ("  basic_auth:\n    user: a\n", "    password: Ruisseau\n"),
        ("password: abcd efgh ijkl ", "mnop\n"),
        ('password = """', 'Fj3#kLq9"""\n'),
        ("remote_password a b ", "\n"),
        ("add password=", "/interface x\n"),
        ("add x=", "/ppp secret\nadd password=abcdef\n"),
        ("/api/webhooks/1098273645019283746/", "\n"),
        ("/IncomingWebhook/", "\n"),
        ("pushover uT5rE9wQ3yU7iO1pA4sD8fG2hJ6kLz", "\n"),
    ):
        assert_linear(detect, rep(piece, 600) + tail)
