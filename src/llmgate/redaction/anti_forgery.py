"""A web form's anti-forgery token is no credential: the names that say a token is one.

A CSRF token ("csrfmiddlewaretoken=...", "X-CSRF-Token: ...", "authenticity_token=...",
"__RequestVerificationToken") is random and sits under a token's name, so the SECRET
rules took it for an API token. It is a per-session nonce that the page itself hands to
every visitor and sends back in clear with each form; it authenticates nobody, and a
transcript of a failed form ("CSRF token mismatch") names it beside the password typed in
the same request, which stays masked.

Rules as data: the parts of a name (lower case) that mark it, searched in the field or
header name around a token word (``credentials``, ``passwords``).
"""

from __future__ import annotations

import re

__all__ = ["ANTI_FORGERY_PARTS", "anti_forgery_name"]

ANTI_FORGERY_PARTS = ("csrf", "xsrf", "authenticity", "requestverification", "antiforgery")
# The name around a token word: letters, digits and "_", "-", "." on both sides.
_NAME_BEFORE = re.compile(r"[\w.\-]{0,40}")
_NAME_AFTER = re.compile(r"[\w.\-]{0,40}")


def anti_forgery_name(low: str, pos: int) -> bool:
    """Whether the name around the token word at ``pos`` of ``low`` (lower-cased text) is an
    anti-forgery token's ("x-csrf-token", "authenticity_token")."""
    lo = max(0, pos - 40)
    before = _NAME_BEFORE.match(low[lo:pos][::-1])
    after = _NAME_AFTER.match(low, pos)
    start = pos - (before.end() if before else 0)
    name = low[start : after.end() if after else pos]
    return any(map(name.__contains__, ANTI_FORGERY_PARTS))
