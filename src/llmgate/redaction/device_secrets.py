"""Secrets in the files and consoles of home-automation and self-hosted services, written
where no password word stands right before the value:

- A password file's line, ``user:hash``: Mosquitto's ``passwd`` (``mosquitto_passwd``
  writes ``name:$7$101$salt$hash``), Apache's ``.htpasswd`` (``$apr1$``, ``$2y$``), a
  shadow line (``root:$6$salt$hash:19700:0:99999:7:::``). A crypt hash opens the account to
  whoever cracks it, so it goes with the password (``provision_secrets`` says the same of
  cloud-init's ``passwd:``); a record's ``encrypted_password`` column is a store's own
  hash and is judged elsewhere (the name stands before it there, no line opens with it).
- Tasmota's console commands (``Backlog SSID1 x; Password1 y; MqttPassword z``): the
  command is the name, a blank the separator, ";" the end of the value.
- Zigbee2MQTT's ``network_key: [1, 3, ...]``: the 16 bytes of the Zigbee network's
  encryption key, written as a YAML list of numbers (``GENERATE`` asks for one;
  ``pan_id`` / ``ext_pan_id`` name the network and stay).

Each rule runs only where its marker occurs (C-level finds) and reads bounded runs, so the
cost stays linear and the same on every engine path.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span
from llmgate.redaction.password_values import CRYPT_ID, looks_like_password

__all__ = ["TASMOTA_PASSWORDS", "device_secrets"]

# "name:$7$101$...", "alice:$apr1$...", "root:$6$...:19700:0:99999:7:::" at a line's start.
_HASH_LINE = re.compile(
    rf"(?m)^[ \t]*[A-Za-z_][\w.@\-]{{0,63}}:(?P<v>\${CRYPT_ID}[A-Za-z0-9./$=,+\-]{{16,400}})"
    r"(?=[:\s]|\Z)"
)
# Tasmota's commands that set a password (the Wi-Fi's, the MQTT broker's, the web UI's).
TASMOTA_PASSWORDS = ("password1", "password2", "mqttpassword", "webpassword")
_TASMOTA = re.compile(
    r"(?:^|;|\bbacklog\b|\bcmnd/[\w\-/]{1,60}\b)[ \t]*(?:password[12]|mqttpassword|webpassword)"
    r"[ \t]+(?P<v>[^;\s]{4,64})",
    re.IGNORECASE | re.MULTILINE,
)
# Zigbee2MQTT's network key: 16 numbers 0-255 in a flow list.
_NETWORK_KEY = re.compile(
    r"network_key[\"']?[ \t]*:[ \t]*(?P<v>\[[ \t]*[0-9]{1,3}(?:[ \t]*,[ \t]*[0-9]{1,3}){15}"
    r"[ \t]*\])"
)


def device_secrets(ctx: ScanContext) -> list[Span]:
    """Password files' hashes, Tasmota's password commands, Zigbee network keys."""
    text, low = ctx.text, ctx.lower
    out: list[Span] = []
    if ":$" in text:
        out.extend(Span(m.start("v"), m.end("v"), "SECRET") for m in _HASH_LINE.finditer(text))
    if "password" in low and any(map(low.__contains__, TASMOTA_PASSWORDS)):
        out.extend(
            Span(m.start("v"), m.end("v"), "SECRET")
            for m in _TASMOTA.finditer(text)
            if looks_like_password(m.group("v"), prose=False)  # not "****", not a number
        )
    if "network_key" in text:
        out.extend(Span(m.start("v"), m.end("v"), "SECRET") for m in _NETWORK_KEY.finditer(text))
    return out
