"""Directory listings: ``Get-ADUser -Properties *`` output and LDIF, by attribute name.

PowerShell's list format pads each property to a column (``GivenName      : Anna``) and
``ldapsearch`` prints LDIF (``givenName: Anna``); the attribute names are the directory
schema's, the same in every language of the values: ``GivenName``, ``Surname``/``sn``,
``DisplayName``, ``Name``/``cn``, ``StreetAddress``/``street``, ``MobilePhone``/``mobile``,
``OfficePhone``/``telephoneNumber``, and distinguished names whose first RDN is a person
(``Manager : CN=Weber\\, Anna,OU=Staff,DC=corp,DC=example``). A listing counts as one only
where it holds a directory-only attribute (``SamAccountName``, ``DistinguishedName``,
``UserPrincipalName``, ``objectClass``, ``ObjectGUID``, an LDIF ``dn:``, or the
``Get-ADUser`` command), so a plain "Name : ..." line
elsewhere is not read as a person. City, PostalCode, Company, ObjectGUID, SID stay.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.field_values import looks_like_name, phone_digits, span_in

__all__ = ["DIRECTORY_ATTRIBUTES", "directory_spans"]

# attribute (lower case) -> what its value holds
_NAME_KEYS = ("givenname", "sn", "surname", "displayname", "name", "cn", "middlename",
              "othername", "fullname")  # fmt: skip
_DN_KEYS = ("manager", "distinguishedname", "dn", "directreports", "secretary", "assistant",
            "managedby", "member")  # fmt: skip
_STREET_KEYS = ("streetaddress", "street", "homepostaladdress", "postaladdress")
_PHONE_KEYS = ("mobilephone", "mobile", "officephone", "telephonenumber", "homephone", "ipphone",
               "pager", "fax", "facsimiletelephonenumber", "othermobile", "othertelephone",
               "otherhomephone")  # fmt: skip
DIRECTORY_ATTRIBUTES: dict[str, str] = {
    **dict.fromkeys(_NAME_KEYS, "name"),
    **dict.fromkeys(_DN_KEYS, "dn"),
    **dict.fromkeys(_STREET_KEYS, "street"),
    **dict.fromkeys(_PHONE_KEYS, "phone"),
}
_GATES = (
    "samaccountname",
    "distinguishedname",
    "userprincipalname",
    "objectclass",
    "objectguid",
    "get-aduser",
    "\ndn: ",
)
_LINE = re.compile(r"(?m)^[ \t]*([A-Za-z][A-Za-z0-9\-]*)[ \t]*:[ \t]?([^\n]*)$")
# A DN's common name: "CN=" up to the first comma that no backslash escapes.
_CN = re.compile(r"(?i)(?<![A-Za-z])CN=((?:\\.|[^,\\}\n])+)")
# A listing of groups, computers or containers: its Name and own DN are no person's (its
# ManagedBy still is).
_OTHER_CLASS = re.compile(
    r"(?im)^[ \t]*objectclass[ \t]*:[ \t]*(?:group|computer|organizationalunit|container)\b"
)
_PERSON_CLASS = re.compile(r"(?im)^[ \t]*objectclass[ \t]*:[ \t]*(?:user|person|inetorgperson)\b")
_OWN_DN = frozenset(["distinguishedname", "dn"])


def _first_cns(text: str, start: int, end: int) -> list[Span]:
    """The first RDN of each DN in a value (``CN=Weber\\, Anna,OU=...``; a container's
    ``CN=Users`` further on is none), one DN or a list (``{CN=..., CN=...}``)."""
    out: list[Span] = []
    for cn in _CN.finditer(text, start, end):
        lead = text[start : cn.start()].strip(" \t{")
        if lead and text[cn.start() - 2 : cn.start()] not in (", ", "; "):
            continue
        if looks_like_name(cn.group(1).strip()):
            out += span_in(text, *cn.span(1), "PERSON")
    return out


def directory_spans(text: str, lower: str) -> list[Span]:
    """Findings on the attribute lines of a directory listing (``lower``: text lowered)."""
    if not any(map(lower.__contains__, _GATES)):
        return []
    out: list[Span] = []
    others = _OTHER_CLASS.search(text) is not None and _PERSON_CLASS.search(text) is None
    for m in _LINE.finditer(text):
        key = m.group(1).lower()
        kind = DIRECTORY_ATTRIBUTES.get(key)
        if kind is None or (others and (kind == "name" or key in _OWN_DN)):
            continue
        start, end = m.span(2)
        value = text[start:end].strip().strip("{}")
        if kind == "dn":
            out += _first_cns(text, start, end)
        elif kind == "name":
            if looks_like_name(value):
                out += span_in(text, start, end, "PERSON")
        elif kind == "phone":
            if phone_digits(value):
                out += span_in(text, start, end, "PHONE")
        elif any(c.isalpha() for c in value) and any(c.isdigit() for c in value):
            out += span_in(text, start, end, "STREET_ADDRESS")
    return out
