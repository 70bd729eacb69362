"""ZPL label source: the recipient's name, street and phone in ``^FD`` text fields.

A shipping label's source prints the address block one field a line: ``^FO50,190^A0N,40,40
^FDMARTINA KOWALSKI^FS`` / ``^FD...street...^FS`` / ``^FD53115 Bonn^FS``. The field that
holds a postcode and a town anchors the block: the field before it is the street, and the
one or two before that (a name, perhaps beside a firm's) the recipient; a field after a
recipient word (``SHIP TO:``, ``Empfänger:``, ``Destinataire :``...), or such a word's own
field (``^FDTo: Anna Weber^FS``), is a name too; a field block breaks its lines with
"\\&", and each line counts as a field. Barcode fields (a ``^B`` command before the data,
``>:`` subsets: the tracking number) and the postcode and town stay.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.field_values import looks_like_name, looks_like_street, span_in

__all__ = ["RECIPIENT_WORDS", "label_spans"]

# Recipient and sender words of the seven languages (a field that is only the word).
RECIPIENT_WORDS = frozenset(
    ["ship to", "deliver to", "to", "recipient", "consignee", "from", "sender", "return to",
     "empfänger", "empfaenger", "an", "absender", "lieferanschrift", "destinataire", "à",
     "expéditeur", "livrer à", "destinatario", "remitente", "enviar a", "mittente",
     "consegnare a", "ontvanger", "afzender", "aan", "destinatário", "destinatario/a",
     "remetente", "entregar a"]
)  # fmt: skip
_FIELD = re.compile(r"\^FD")
_BARCODE = re.compile(r"\^B[0-9A-Z]")
# A postcode and a town, either order: "53115 Bonn", "D-53115 Bonn", "2011 KP Haarlem",
# "4700-321 Braga", "Exeter EX4 6PX", "Springfield, IL 62704", "LECCE 73100", and a
# British postcode first: "EX4 6PX Exeter".
_POSTAL_LINE = re.compile(
    r"(?:[A-Z]{1,2}[- ])?[0-9]{4,5}(?:[- ][0-9]{3}| ?[A-Z]{2}(?![^\W\d_]))?[ \t]+[^\W\d_].*"
    r"|[A-Z]{1,2}[0-9][A-Z0-9]?[ \t]?[0-9][A-Z]{2}[ \t]+[^\W\d_].*"
    r"|[^\W\d_][^\d\n]*?,?[ \t]+(?:[A-Z]{2}[ \t]+[0-9]{5}(?:-[0-9]{4})?"
    r"|[A-Z]{1,2}[0-9][A-Z0-9]?[ \t]?[0-9][A-Z]{2}|[0-9]{4,5})"
)


def _fields(text: str) -> list[tuple[int, int]]:
    """Offsets of the text (not barcode) fields' data, in order."""
    out: list[tuple[int, int]] = []
    block = 0
    for m in _FIELD.finditer(text):
        start = m.end()
        end = start
        while end < len(text) and text[end] not in "^\n":
            end += 1
        barcode = _BARCODE.search(text, block, m.start()) is not None
        if not barcode and not text.startswith(">", start):
            # a field block (^FB) breaks its lines at "\&": each line is a field of its own
            pos = start
            while (cut := text.find("\\&", pos, end)) >= 0:
                out.append((pos, cut))
                pos = cut + 2
            out.append((pos, end))
        block = end
    return out


def label_spans(text: str) -> list[Span]:
    """Name and street fields of a ZPL label's address blocks."""
    if "^FD" not in text or "^XA" not in text:
        return []
    fields = _fields(text)
    values = [text[s:e].strip() for s, e in fields]
    out: list[Span] = []
    for i, value in enumerate(values):
        word = value.rstrip(": ").lower()
        head, colon, rest = value.partition(":")
        if colon and head.strip().lower() in RECIPIENT_WORDS and looks_like_name(rest.strip()):
            start, end = fields[i]
            out += span_in(text, start + text.find(":", start, end) + 1 - start, end, "PERSON")
        if word in RECIPIENT_WORDS and i + 1 < len(values) and looks_like_name(values[i + 1]):
            out += span_in(text, *fields[i + 1], "PERSON")
        if i < 1 or _POSTAL_LINE.fullmatch(value) is None:
            continue
        if not looks_like_street(values[i - 1]):
            continue
        out += span_in(text, *fields[i - 1], "STREET_ADDRESS")
        for j in (i - 2, i - 3):
            if (
                j >= 0
                and looks_like_name(values[j])
                and values[j].rstrip(": ").lower() not in RECIPIENT_WORDS
            ):
                out += span_in(text, *fields[j], "PERSON")
                break
    return out
