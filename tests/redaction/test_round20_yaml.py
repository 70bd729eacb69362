"""Issue 13, round 20 (yaml): home-automation and self-hosted configs. A value that points
to the secret kept elsewhere is none (Home Assistant's and ESPHome's ``!secret name``, the
other YAML reference tags, Frigate's ``{FRIGATE_...}`` fields, Zigbee2MQTT's ``GENERATE``);
a crypt hash after a password's name is one (Node-RED's adminAuth, Authelia, AdGuard Home),
as are a password file's ``user:hash`` lines (Mosquitto, .htpasswd, shadow), Tasmota's
password commands, Zigbee2MQTT's network key and a setting named in Portuguese, Dutch or
French ("senha", "wachtwoord", "mdp"); a record's ``encrypted_password`` hash stays. One case
each through the public API; floors for the round's development file
(dev_issue13_r20_yaml.txt) and its private split, both written before the rules (the
private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_HA = (
    "homeassistant:\n"
    "  latitude: !secret home_latitude\n"
    "  time_zone: Europe/Vienna\n"
    "notify:\n"
    "  - platform: smtp\n"
    "    username: !secret smtp_user\n"
    "    password: !secret smtp_password\n"
    "telegram_bot:\n"
    "  - platform: polling\n"
    '    api_key: "!secret tg_bot_token"\n'
)
_Z2M = (
    "mqtt:\n"
    "  password: '{FRIGATE_MQTT_PASSWORD}'\n"
    "advanced:\n"
    "  pan_id: GENERATE\n"
    "  ext_pan_id: GENERATE\n"
    "  network_key: GENERATE\n"
)

POSITIVES = [
    # crypt hashes after a password's name
    ("SECRET", 'users: [{username: "admin", password: "$2b$08$Tq3Lm7Xz1Rv5Wn9Kp2Hc6Yd0Fb4Js8'
     'Ga1Ue5IoPq7Rs0Vw", permissions: "*"}]',
     "$2b$08$Tq3Lm7Xz1Rv5Wn9Kp2Hc6Yd0Fb4Js8Ga1Ue5IoPq7Rs0Vw"),
    ("SECRET", 'users:\n  anna:\n    password: "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$Zr4Kx8'
     'Lp2Vn6Tq0Wm3Yb7Hd1Fs5Jc9Ga2Ue5Io8Pq4Rs"\n',
     "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$Zr4Kx8Lp2Vn6Tq0Wm3Yb7Hd1Fs5Jc9Ga2Ue5Io8Pq4Rs"),
    # password files' lines
    ("SECRET", "mqtt_ha:$7$101$Qp4Rs7Tu0Vw3Xy6Z$Ab9Cd2Ef5Gh8Ij1Kl4Mn7Op0Qr3St6Uv9Wx2Yz5Ab8Cd1"
     "Ef4==\n",
     "$7$101$Qp4Rs7Tu0Vw3Xy6Z$Ab9Cd2Ef5Gh8Ij1Kl4Mn7Op0Qr3St6Uv9Wx2Yz5Ab8Cd1Ef4=="),
    ("SECRET", "ops:$apr1$Xk9Lq2Rw$Vn4Tb7Yc1Hd5Fs8Jm0Ga3Ue/\n",
     "$apr1$Xk9Lq2Rw$Vn4Tb7Yc1Hd5Fs8Jm0Ga3Ue/"),
    ("SECRET", "root:$6$Wq2Er4Ty$Ui6Op8As0Df2Gh4Jk6Lz8Xc0Vb2Nm4Qw6Er8Ty0Ui2Op4As6Df8Gh0Jk2Lz4Xc6Vb8"
     "Nm0.:19700:0:99999:7:::\n",
     "$6$Wq2Er4Ty$Ui6Op8As0Df2Gh4Jk6Lz8Xc0Vb2Nm4Qw6Er8Ty0Ui2Op4As6Df8Gh0Jk2Lz4Xc6Vb8Nm0."),
    # Tasmota's console, a Zigbee network key
    ("SECRET", "Backlog SSID1 Hofladen; Password1 Kartoffel#Acker8; MqttHost 10.1.1.2",
     "Kartoffel#Acker8"),
    ("SECRET", "Backlog MqttUser dev; MqttPassword Rübe-Feld_41; Topic keller", "Rübe-Feld_41"),
    ("SECRET", "advanced:\n  network_key: [7, 19, 201, 44, 90, 3, 250, 18, 66, 131, 12, 77, 240,"
     " 5, 162, 38]\n", "[7, 19, 201, 44, 90, 3, 250, 18, 66, 131, 12, 77, 240, 5, 162, 38]"),
    # a setting's name in Portuguese, Dutch and French
    ("SECRET", "email_senha: Cataplana_Algarve7\n", "Cataplana_Algarve7"),
    ("SECRET", "nas_wachtwoord: Klompen-Marken55\n", "Klompen-Marken55"),
    ("SECRET", "smtp_mdp: Bouillabaisse!13\n", "Bouillabaisse!13"),
    # a real value beside the references stays a secret
    ("SECRET", _HA + "wifi_password: Edelweiss_Alm42\n", "Edelweiss_Alm42"),
]  # fmt: skip

NEGATIVES = [
    # YAML reference tags, format fields, directives
    (_HA, "!secret"),
    (_HA, "smtp_password"),
    (_HA, "tg_bot_token"),
    ("wifi:\n  ssid: !secret wifi_ssid\n  password: !secret wifi_password\n", "!secret"),
    ("ota:\n  password: !env_var OTA_PASSWORD\n", "!env_var"),
    ("Parameters:\n  DbPassword: !Ref MasterUserPassword\n", "!Ref"),
    (_Z2M, "{FRIGATE_MQTT_PASSWORD}"),
    (_Z2M, "GENERATE"),
    ("- path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.0.30.11:554/live\n",
     "{FRIGATE_RTSP_PASSWORD}"),
    # a record's stored hash; a network's public ids
    ('=> #<User id: 7, encrypted_password: "$2a$12$Lm4Nq7Rt0Vx3Zb6Cd9Fg2Hk5Jp8Ws1Ya4Ue7Io0Ka3Pq6'
     'Rs9Tu2", admin: false>', "$2a$12$Lm4Nq7Rt0Vx3Zb6Cd9Fg2Hk5Jp8Ws1Ya4Ue7Io0Ka3Pq6Rs9Tu2"),
    ("advanced:\n  ext_pan_id: [221, 221, 221, 221, 221, 221, 221, 221]\n  pan_id: 6754\n",
     "221, 221"),
    ("Backlog WebPassword ****; Topic garten\n", "****"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round20_yaml_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 20's development file: 89 of 93 secrets (77 before the round's rules), every
    secret finding on a secret (77 of 110 before: 30 "!secret" tags, three GENERATE, two
    Frigate fields), every e-mail, IP address, phone, street and name; no decoy touched by
    a secret (4 decoys touched by names and phones, 32 before)."""
    records = private_split("dev_issue13_r20_yaml.txt", "dev13r20yaml")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    for kind, gold in (("EMAIL", 22), ("IP_ADDRESS", 33), ("PHONE", 4), ("PERSON", 20),
                       ("STREET_ADDRESS", 1)):  # fmt: skip
        assert per[kind].found == per[kind].gold == gold, per[kind].missed
    assert per["SECRET"].found >= 89, per["SECRET"].missed
    assert per["DATE_OF_BIRTH"].found >= 3, per["DATE_OF_BIRTH"].missed
    assert per["SECRET"].true_pos == per["SECRET"].predicted, per["SECRET"].false
    assert report.negatives_masked <= 4, report.masked_negatives  # type: ignore[attr-defined]


def test_round20_yaml_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning, scored twice: 30 of 32 secrets (25 before the
    round's rules), every secret finding on a secret (25 of 40 before), no decoy touched (14)."""
    records = private_split("dev_issue13_r20_yaml_private.txt", "dev13r20yamlp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    secret = report.per_type["SECRET"]  # type: ignore[attr-defined]
    assert secret.found >= PRIVATE_FLOOR[0] and secret.true_pos >= PRIVATE_FLOOR[1]
    assert secret.predicted - secret.true_pos <= PRIVATE_FLOOR[2]
    assert report.negatives_masked <= PRIVATE_FLOOR[3]  # type: ignore[attr-defined]


# SECRET found, SECRET findings on a secret at least; SECRET false findings, decoys touched
# at most.
PRIVATE_FLOOR = (30, 30, 0, 0)  # before the rules: 25 found, 25 of 40 findings, 14 decoys


def test_yaml_rules_stay_linear() -> None:
    """Reference tags, format fields, password files' lines, Tasmota commands and network
    keys repeated cost time in proportion to the text."""
    red = Redactor(cache_size=0)
    for text in (
        rep("  password: !secret wifi_password\n", 2000),
        rep("  password: '{FRIGATE_MQTT_PASSWORD}'\n  pan_id: GENERATE\n", 2000),
        rep("user" + "a" * 60 + ":$7$101$" + "Ab1" * 40 + "\n", 600),
        rep("u:$6$" + "x" * 30 + "$" * 50 + " ", 600),
        rep("Backlog Password1 Ab1!xyz9; MqttPassword Cd2?uvw8; ", 1500),
        rep("network_key: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]\n", 1500),
        rep("network_key: " + "[1, " * 30, 800),
        rep("password: $2b$10$" + "Zx9" * 20 + " ", 1500),
    ):
        assert_linear(red.detect, text)
