"""A device's default administrator and its new password in a support ticket or a
handover: "router reset to factory: admin / Gw8!reset-pl", "ora si entra con admin /
HallRouter!59", "inloggen met admin / Modem!Reset908".

The login rules (``passwords``) need a login word before the pair ("Zugang: admin / X");
a ticket often names only the device, and the user is the one every router, modem, NAS
and printer ships with. So the pair is read from the user name itself: one of
``ADMIN_USERS``, a slash with a blank beside it (a path's or a menu's slash has none:
"/admin/users", "Settings/Admin") or a dash between blanks, then a value that no
sentence word looks like (``password_values.strong``, with a digit: "admin / Users-Group"
is a menu; no version, no IP).

A remote-support tool's unattended-access password is named by those words alone as
often as by a password's ("unattended access: X", ``UNATTENDED_WORDS``).

The remote-support tool's id next to it (AnyDesk's nine or ten digits, TeamViewer's,
RustDesk's) is an address, not a secret: ``record_ids`` names it for the PHONE rules.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.password_values import strong, trim_value

__all__ = ["ADMIN_USERS", "UNATTENDED_WORDS", "admin_pairs", "unattended_passwords"]

# The user names devices ship with, and the administrator's word in the seven languages.
ADMIN_USERS = (
    "admin", "administrator", "administrateur", "administrador", "amministratore",
    "beheerder", "root", "supervisor", "ubnt", "superuser",
)  # fmt: skip
# The pair's mark: a slash with a blank beside it, or a dash between blanks ("admin - X").
_PAIR = re.compile(
    rf"(?<![\w/\-.])(?:{'|'.join(ADMIN_USERS)})"
    r"(?:[ \t]+/[ \t]*|[ \t]*/[ \t]+|[ \t]+[\-\u2013\u2014][ \t]+)"
    r"(?P<v>[^\s/\"'`<>]{4,80})",
    re.IGNORECASE,
)

# A remote-support tool's unattended access, named for its password in the seven
# languages ("unattended access: X", "acceso desatendido = X", "acesso não supervisionado
# para X"), then a separator or a short preposition.
UNATTENDED_WORDS = (
    "unattended access", "unattended-access", "unbeaufsichtigter zugriff",
    "unbeaufsichtigten zugriff", "unbeaufsichtigter zugang", "accès non surveillé",
    "acces non surveille", "accès sans surveillance", "acceso desatendido",
    "acceso no supervisado", "accesso non presidiato", "accesso non supervisionato",
    "onbeheerde toegang", "onbewaakte toegang", "acesso não supervisionado",
    "acesso autônomo", "acesso nao supervisionado", "acesso autonomo",
)  # fmt: skip
_UNATTENDED = re.compile(
    rf"(?:{'|'.join(UNATTENDED_WORDS)})[^\n:=.]{{0,40}}?"
    r"(?:[ \t]*[:=]|[ \t](?:to|auf|sur|en|a|op|para|in|su|como|as|als|come|comme))[ \t]+"
    r"(?P<v>[^\s\"'`<>]{4,80})"
)


def unattended_passwords(text: str, low: str) -> list[Span]:
    """The password after a remote-support tool's unattended-access words (``low``: the
    lower case of ``text``, same length, where the words are found)."""
    if (
        "unattended" not in low
        and "toegang" not in low
        and not any(
            word in low for word in ("zugriff", "zugang", "accès", "acces", "acceso", "accesso")
        )
    ):
        return []
    out: list[Span] = []
    for m in _UNATTENDED.finditer(low):
        start = m.start("v")
        value = trim_value(text[start : m.end("v")])
        if strong(value):
            out.append(Span(start, start + len(value), "SECRET"))
    return out


def admin_pairs(text: str, low: str) -> list[Span]:
    """The password of each "admin / password" pair in ``text`` (``low``: lower case)."""
    if not any(map(low.__contains__, ("admin", "root", "ubnt", "super", "beheerder"))):
        return []
    out: list[Span] = []
    for m in _PAIR.finditer(text):
        value = trim_value(m.group("v"))
        if not any(c.isdigit() for c in value):
            continue  # "supervisor - Mo-Fr", "admin / Users-Group": a remark, a menu
        if strong(value) and value[0] not in "([{":  # "admin / (Aufkleber)": a remark
            start = m.start("v")
            out.append(Span(start, start + len(value), "SECRET"))
    return out
