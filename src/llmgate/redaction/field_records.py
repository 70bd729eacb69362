"""Records whose own syntax names each field: one detector over the formats that hold a
person's name, street and phone under a key, a tag or a heading.

DICOM header dumps (dicom.py), vCard, MECARD and EPC payloads (contact_payloads.py), ZPL
label source (label_fields.py), directory listings (directory_dumps.py) and reports pasted
from PDF with their column headings (report_columns.py), tables as pandas, consoles and
notebooks print them and shop exports quote them (frame_prints.py), the user records of
identity providers in JSON and CSV (identity_exports.py). HL7 v2 and X12 segments, whose
fields are named by their position, are records.py's. Each format's step opens with a
C-level test for its own marks (``(0010,``, ``BEGIN:VCARD``, ``MECARD:``, ``BCD``, ``^XA``,
``samaccountname``...), on both detection paths alike, so a text without them costs a few
``in`` tests.
"""

from __future__ import annotations

from llmgate.redaction.contact_payloads import contact_spans
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span
from llmgate.redaction.dicom import dicom_spans
from llmgate.redaction.directory_dumps import directory_spans
from llmgate.redaction.frame_prints import frame_spans
from llmgate.redaction.identity_exports import identity_spans
from llmgate.redaction.label_fields import label_spans
from llmgate.redaction.report_columns import report_spans
from llmgate.redaction.sql_users import sql_user_spans

__all__ = ["FieldRecordDetector"]


class FieldRecordDetector(BuiltinDetector):
    """Names, streets, phones (and a DICOM birth date) in fields that their format names."""

    name = "field_records"
    entities = frozenset({"PERSON", "STREET_ADDRESS", "PHONE", "DATE_OF_BIRTH"})

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out = dicom_spans(text)
        out += contact_spans(text)
        out += label_spans(text)
        out += directory_spans(text, ctx.lower)
        out += report_spans(text)
        out += frame_spans(text)
        out += identity_spans(text)
        out += sql_user_spans(text, ctx.lower)
        return out
