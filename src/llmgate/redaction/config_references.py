"""Values of a configuration file that stand where a secret's value is, yet point to the
secret kept elsewhere or ask the program to make one: they hold nothing to hide.

- A YAML tag that reads its value from another place: Home Assistant's and ESPHome's
  ``password: !secret wifi_password`` (the value lives in ``secrets.yaml``, under the name
  after the tag), ``!env_var``, ``!include``, a blueprint's ``!input``, Ansible's
  ``!vault``, CloudFormation's ``!Ref`` / ``!Sub`` / ``!GetAtt`` / ``!ImportValue``. The
  rules that take the word after "password:" find the tag; a home-automation config holds
  dozens of them (``username:``, ``api_key:``, ``token:``, ``still_image_url:`` ...).
- An environment variable read by the program's own substitution where a literal would be:
  Frigate's ``password: "{FRIGATE_MQTT_PASSWORD}"`` and
  ``rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@cam``, Python ``str.format`` fields.
- A directive for the program to make the value itself: Zigbee2MQTT's
  ``network_key: GENERATE`` (and ``pan_id`` / ``ext_pan_id``), or a value the file says is
  to be filled in later.

One check over the SECRET detector's findings, on the text alone (the same on every engine
path), before repeats are looked for.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span

__all__ = ["DIRECTIVES", "REFERENCE_TAGS", "drop_config_references"]

# YAML tags (after "!", compared in lower case) whose value names another place: Home
# Assistant / ESPHome, Ansible, CloudFormation (short forms), GitLab CI's ``!reference``.
REFERENCE_TAGS = (
    "secret", "env_var", "include", "include_dir_list", "include_dir_named",
    "include_dir_merge_list", "include_dir_merge_named", "input", "vault", "ref", "sub",
    "getatt", "importvalue", "findinmap", "getazs", "reference",
)  # fmt: skip
# Values (lower case) that ask the program to make or leave the value: no secret yet.
DIRECTIVES = ("generate", "auto", "autogenerate", "auto_generate", "random")

_TAG = re.compile(r"""["']?!([A-Za-z_]{2,30})(?=[\s"']|$)""")
_TAGS = frozenset(REFERENCE_TAGS)
_DIRECTIVES = frozenset(DIRECTIVES)
# "{FRIGATE_MQTT_PASSWORD}", "{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}": format fields.
_FIELD = re.compile(r"""["']?\{[A-Za-z_][\w.]{0,60}\}(?:[:@]\{[A-Za-z_][\w.]{0,60}\})?["']?""")


def _reference(text: str, span: Span) -> bool:
    """Whether the finding at ``span`` is a reference tag, a format field or a directive."""
    value = text[span.start : span.end]
    tag = _TAG.match(value)
    if tag is not None and tag.group(1).lower() in _TAGS:
        return True
    if "{" in value and _FIELD.fullmatch(value):
        return True
    return value.strip("\"'").lower() in _DIRECTIVES


def drop_config_references(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less the references, format fields and directives described above."""
    return [s for s in spans if not _reference(text, s)]
