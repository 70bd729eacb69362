"""Message ids: the e-mail-shaped names that mail software gives a message, not a mailbox.

``Message-ID: <2d641e6f7b0bb3ff8568be5be2722d7a@mail.example.com>`` is shaped like an
address but routes to nobody and names no person: the part before the "@" is a digest, a
UUID or a time stamp the sending server made up. The EMAIL detector asks ``message_id``
for each address it finds; rules as data:

- the headers and keys that hold message ids (``MESSAGE_ID_KEYS``): every address-shaped
  value in angle brackets after one, on its line or on the header's folded continuation
  lines, whatever its local part (Gmail's ``<CAKx3p...@mail.gmail.com>``), and after the
  ``cid:`` and ``mid:`` URL schemes;
- an opaque local part (``OPAQUE_LOCAL``: hex with a run of twelve hex digits or more, a
  UUID, a time stamp and hex) anywhere else, the way a message id appears in a log, a URL
  or JSON, unless the line is an address header (``ADDRESS_HEADERS``: "From:", "To:"...),
  where a relay's token address does reach a person.

Digit-only local parts stay mailboxes ("0171234567@sms.example.com" is a phone number's
gateway address, "12345678@student.example.de" a student's).
"""

from __future__ import annotations

import re

__all__ = ["ADDRESS_HEADERS", "MESSAGE_ID_KEYS", "OPAQUE_LOCAL", "message_id"]

# Mail headers and log/JSON keys whose values are message ids.
MESSAGE_ID_KEYS = (
    "message-id", "message_id", "messageid", "msg-id", "msgid", "in-reply-to", "references",
    "content-id", "resent-message-id", "x-original-message-id", "original-message-id",
    "x-message-id", "x-ms-exchange-organization-network-message-id", "supersedes",
    "thread-index",
)  # fmt: skip
# Header lines that carry mailboxes, in the languages mail clients localize them into.
ADDRESS_HEADERS = (
    "from", "to", "cc", "bcc", "reply-to", "sender", "return-path", "von", "an", "kopie",
    "de", "à", "a", "para", "da", "van", "aan", "envoyé par", "reenviado por",
)  # fmt: skip
# A local part a server generated: hex (with dots and dashes) holding a run of twelve hex
# digits or more with a digit and a letter in it, or digits then such a run
# ("20260116059136.d4b13dda9297d77d", Amazon SES's "0102018f...-000000").
OPAQUE_LOCAL = re.compile(
    r"(?=[0-9a-f.\-]*(?<![0-9a-f])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{12})"
    r"[0-9a-f][0-9a-f.\-]*",
    re.IGNORECASE,
)
# A key, then the value in angle brackets as mail writes message ids (a CV's
# "References: jane@example.com" lists people); "cid:" and "mid:" are URL schemes.
_KEYED = re.compile(
    rf"(?<![\w\-])(?:(?:{'|'.join(re.escape(k) for k in MESSAGE_ID_KEYS)})[\"']?[ \t]*[:=][ \t]*"
    r"[\"']?(?:<[^<>\s]{1,250}>[ \t,]*)*<|(?:cid|mid):)[^<>\s@]{0,250}\Z",
    re.IGNORECASE,
)
_CONTINUED = re.compile(r"[ \t]+(?:<[^<>\s]{1,250}>[ \t,]*)*<[^<>\s@]{0,250}\Z")
_ADDRESS_LINE = re.compile(
    rf"[ \t>]*(?:{'|'.join(re.escape(h) for h in ADDRESS_HEADERS)})[ \t]*:", re.IGNORECASE
)
_REACH = 400  # characters of the line before the address that are looked at


def message_id(text: str, start: int, at: int) -> bool:
    """Whether the address-shaped ``text[start:...]`` (its "@" at ``at``) is a message id:
    after a message-id key, or with an opaque local part outside an address header."""
    line = text.rfind("\n", 0, start) + 1
    before = text[max(line, start - _REACH) : start]
    if _KEYED.search(before) is not None:
        return True
    if _CONTINUED.fullmatch(before) is not None and _folded_under_key(text, line):
        return True
    if OPAQUE_LOCAL.fullmatch(text, start, at) is None:
        return False
    return _ADDRESS_LINE.match(text, line, start) is None


def _folded_under_key(text: str, line: int) -> bool:
    """Whether the header folded onto the line starting at ``line`` is a message-id key
    (a "References:" header continued over several lines)."""
    for _ in range(20):
        if line == 0:
            return False
        above = text.rfind("\n", 0, line - 1) + 1
        head = text[above : line - 1].rstrip("\r")
        if head[:1] not in (" ", "\t"):
            key = head.split(":", 1)[0].strip().lower()
            return ":" in head and key in MESSAGE_ID_KEYS
        line = above
    return False
