"""Windows answer files (``unattend.xml``, ``autounattend.xml``): which values are secrets
and which look like one and stay.

An answer file writes each password as a ``<Value>`` inside the element that names it
(``<AdministratorPassword>``, a ``<LocalAccount>``'s or ``<AutoLogon>``'s ``<Password>``),
either in clear (``<PlainText>true</PlainText>``) or as base64 of UTF-16 text (``false``):
both are the password, one value each. The name is in the parent element, so no rule that
reads ``name=value`` or ``<password>X</password>`` sees it. Its FirstLogonCommands often
create an account with ``net user NAME PASSWORD /add``, which ``settings_secrets`` reads.
A domain join's ``<Credentials><Password>X</Password>`` is an element of its own
(``secret_fields``).

The same file holds values beside a key's or a password's word that are public:
``publicKeyToken="31bf3856ad364e35"`` (the strong-name token of every Microsoft
component, a cue in ``public_values``), a ``<settings pass="oobeSystem">`` (a setup
pass's name after "pass="), the product key (Microsoft publishes the generic ones; a
product key is a licence, not a login). ``public_value`` says which.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span

__all__ = ["SETUP_PASSES", "public_value", "unattend_secrets"]

# Windows Setup's configuration passes (``<settings pass="...">``).
SETUP_PASSES = frozenset(
    ("windowspe", "offlineservicing", "generalize", "specialize", "auditsystem", "audituser",
     "oobesystem")
)  # fmt: skip
# A Windows product key: five groups of five from the 24 letters and digits it is written
# with (no vowel but none, no 0, 1, 5, L, S, Z; "N" since Windows 8).
_PRODUCT_KEY = re.compile(r"[BCDFGHJKMNPQRTVWXY2346789]{5}(?:-[BCDFGHJKMNPQRTVWXY2346789]{5}){4}")
# An element whose name holds "password" (AdministratorPassword, Password, DomainPassword)
# and whose first child is a <Value>: the value is the password (clear or base64 UTF-16).
_VALUE_UNDER_PASSWORD = re.compile(
    r"<(?:[\w\-]{1,20}:)?[A-Za-z]{0,30}?Password[A-Za-z]{0,20}(?:[ \t][^<>\n]{0,200})?>"
    r"\s{0,120}<Value>(?P<v>[^<>\n]{1,800})</Value>",
    re.IGNORECASE,
)
# What Setup writes in its logs in a password's place, and empty-looking values.
_NO_VALUE = re.compile(r"\*SENSITIVE\*DATA\*DELETED\*|\s*\Z|[*xX]{3,}\Z|\$\{|%\w+%\Z")


def unattend_secrets(text: str, low: str) -> list[Span]:
    """The ``<Value>`` of each password element of an answer file in ``text``
    (``low``: its lower case, for the C-level gate)."""
    out: list[Span] = []
    if "<value>" not in low or "password" not in low:
        return out
    for m in _VALUE_UNDER_PASSWORD.finditer(text):
        value = m.group("v")
        if len(value.strip()) >= 4 and _NO_VALUE.match(value) is None:
            out.append(Span(m.start("v"), m.end("v"), "SECRET"))
    return out


def public_value(value: str) -> bool:
    """A setup pass's name or a Windows product key: public wherever it stands."""
    return value.lower() in SETUP_PASSES or _PRODUCT_KEY.fullmatch(value) is not None
