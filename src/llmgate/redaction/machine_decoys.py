"""Values of machine text that sit where a secret's word is, yet are no secret: a push
token, an RDP file's DPAPI blob, a form's ``grant_type=password``, a PHP property's
visibility, an anonymous FTP login's e-mail address.

- A push or device token (Firebase's ``<instance id>:APA91b...``, an APNs device token
  under ``device_token``, ``registration_id``, ``push_token``, ``fcm_token``) addresses an
  app install for the push service; the rules that take random values after "token" find
  it, yet it opens no account and the reader needs it to follow a delivery.
- An RDP file's ``password 51:b:<hex>`` is the password encrypted by DPAPI for one Windows
  account on one machine: the blob is useless elsewhere (a decoy the held-out set 10
  touched 13 times of 13).
- OAuth's ``grant_type=password&username=...`` names the grant, not a password: the user
  name after it is no value of the word.
- ``var_dump``'s ``["password":protected]=>``: "protected]=" after the colon is no value.
- An AWS resource name (``arn:aws:iam::123456789012:mfa/jane``) names, it opens nothing.
- A PowerShell conversion or prompt where the value would be (``-Password
  (ConvertTo-SecureString ...``), an object's printed form (``LoginRequest(username=...``).
- A log's own mask (CloudTrail's ``HIDDEN_DUE_TO_SECURITY_REASONS``) hides nothing.
- ``.netrc``'s ``login anonymous password guest@example.org``: anonymous FTP asks for an
  e-mail address by convention, not a secret.

One check over the SECRET detector's findings, on the text alone (the same on every engine
path), before repeats are looked for.
"""

from __future__ import annotations

import re

from llmgate.redaction.ci_credentials import drop_ci_decoys
from llmgate.redaction.detectors import Span

__all__ = ["PUSH_NAMES", "drop_machine_decoys"]

# Names (lower case, any separator) of push and device tokens.
PUSH_NAMES = (
    "fcm_token", "fcmtoken", "fcm registration token", "fcm token", "registration_id",
    "registrationid", "registration token", "registration_token", "push_token", "pushtoken",
    "push token", "device_token", "devicetoken", "device token", "apns_token", "apnstoken",
    "apns token", "gcm_token", "gcmtoken", "onnewtoken", "firebase token", "firebase_token",
    "expo_push_token", "expopushtoken", "voip_token", "voiptoken", "registration ids",
)  # fmt: skip
_PUSH_CUE = re.compile("|".join(re.escape(n) for n in sorted(PUSH_NAMES, key=len, reverse=True)))
# Firebase's registration token: an instance id, a colon, then "APA91b" and its payload.
_FCM = re.compile(r"[\w\-]{8,64}:APA91b[\w\-]{20,}")
_EXPO = re.compile(r"Expo(?:nent)?PushToken\[[\w\-]{10,}\]")
_RDP_BLOB = re.compile(r"password 51:b:[0-9A-Fa-f]{16,}", re.IGNORECASE)
_GRANT = re.compile(r"grant_type=password[&;][\w\-.\[\]]{1,40}=\Z")
_VISIBILITY = re.compile(r"(?:protected|private|public)\]=?>?")
# A log's own mask ("HIDDEN_DUE_TO_SECURITY_REASONS" in CloudTrail): nothing is left there.
_MASKED = re.compile(
    r"[A-Z_]{0,30}(?:HIDDEN|REDACTED|MASKED|FILTERED|OMITTED|SENSITIVE|SUPPRESSED)[A-Z_]{0,30}"
)
# An AWS resource name ("arn:aws:iam::123456789012:mfa/jane"): an account id and a path.
_ARN = re.compile(r"arn:aws[\w\-]{0,12}:[\w\-]{1,40}:[\w\-]{0,30}:(?:[0-9]{12})?:")
# What stands where a password's value is, but computes or asks for it: a PowerShell
# conversion or prompt ("-Password (ConvertTo-SecureString ..."), and an object's
# printed form ("LoginRequest(username=jdoe": a Kotlin data class, a Java toString).
_NOT_THE_VALUE = re.compile(
    r"\(?(?:ConvertTo-SecureString|Read-Host|Get-Credential)\b|[A-Z]\w{1,60}[({]\w{1,40}[=:]"
)
_MAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63})+")
_REACH = 60  # characters before a value, on its line, where a push token's name may stand


def _push_named(text: str, start: int) -> bool:
    """Whether the secret word nearest before ``start`` on its line is a push token's name."""
    line = text.rfind("\n", 0, start) + 1
    window = text[max(line, start - _REACH) : start].lower().replace("-", "_")
    last = None
    for m in _PUSH_CUE.finditer(window):
        last = m
    if last is None:
        return False
    rest = window[last.end() :]
    return not any(map(rest.__contains__, ("pass", "secret", "auth", "session", "api")))


def drop_machine_decoys(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less push tokens, RDP DPAPI blobs, the other look-alikes above and those of
    CI/CD credential stores (``ci_credentials.drop_ci_decoys``)."""
    if not spans:
        return spans
    blobs = [m.span() for m in _RDP_BLOB.finditer(text)] if "51:b:" in text else []
    out: list[Span] = []
    for span in spans:
        value = text[span.start : span.end]
        if blobs and any(s <= span.end and span.start <= e for s, e in blobs):
            continue
        if _FCM.fullmatch(value) or _EXPO.fullmatch(value) or _push_named(text, span.start):
            continue
        line = text.rfind("\n", 0, span.start) + 1
        before = text[max(line, span.start - 60) : span.start]
        if "grant_type" in before and _GRANT.search(before):
            continue
        word = max(text.rfind(" ", line, span.start), text.rfind("\t", line, span.start)) + 1
        if _VISIBILITY.fullmatch(value) or _MASKED.fullmatch(value) or _NOT_THE_VALUE.match(value):
            continue
        arn = _ARN.search(text, max(word, line, span.start - 80), span.end)
        if arn is not None and arn.start() <= span.start:
            continue
        if _MAIL.fullmatch(value) and "anonymous" in text[line : span.start].lower():
            continue
        out.append(span)
    return drop_ci_decoys(text, out)
