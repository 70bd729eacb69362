"""A device's default administrator and its new password in a support ticket or a
handover: "router reset to factory: admin / Gw8!reset-pl", "ora si entra con admin /
HallRouter!59", "inloggen met admin / Modem!Reset908".

The login rules (``passwords``) need a login word before the pair ("Zugang: admin / X");
a ticket often names only the device, and the user is the one every router, modem, NAS
and printer ships with. So the pair is read from the user name itself: one of
``ADMIN_USERS``, a slash with a blank beside it (a path's or a menu's slash has none:
"/admin/users", "Settings/Admin"), then a value that no sentence word looks like
(``password_values.strong``: a digit, or a capital and a symbol; no version, no IP).

The remote-support tool's id next to it (AnyDesk's nine or ten digits, TeamViewer's,
RustDesk's) is an address, not a secret: ``record_ids`` names it for the PHONE rules.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.password_values import strong, trim_value

__all__ = ["ADMIN_USERS", "admin_pairs"]

# The user names devices ship with, and the administrator's word in the seven languages.
ADMIN_USERS = (
    "admin", "administrator", "administrateur", "administrador", "amministratore",
    "beheerder", "root", "supervisor", "ubnt", "superuser",
)  # fmt: skip
_PAIR = re.compile(
    rf"(?<![\w/\-.])(?:{'|'.join(ADMIN_USERS)})(?:[ \t]+/[ \t]*|[ \t]*/[ \t]+)"
    r"(?P<v>[^\s/\"'`<>]{4,80})",
    re.IGNORECASE,
)


def admin_pairs(text: str, low: str) -> list[Span]:
    """The password of each "admin / password" pair in ``text`` (``low``: lower case)."""
    if "/" not in text or not any(user in low for user in ("admin", "root", "ubnt", "super")):
        return []
    out: list[Span] = []
    for m in _PAIR.finditer(text):
        value = trim_value(m.group("v"))
        if strong(value):
            start = m.start("v")
            out.append(Span(start, start + len(value), "SECRET"))
    return out
