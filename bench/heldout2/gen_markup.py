"""The ⟦TYPE|value⟧ markup shared by the generator and handwritten.txt, and the per-text context.

Templates write their text with values already marked, so a span's offsets are never computed
by hand: ``parse`` removes the marks and records where each value landed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from gen_pools import CITIES
from gen_shapes import COUNTRIES, STREET_COUNTRIES
from gen_values import Values

OPEN, CLOSE = "⟦", "⟧"
MARK = re.compile(r"⟦([A-Z_]+)(?::([a-z0-9-]+))?\|(.*?)⟧", re.S)
ZWSP_TOKEN = "<ZWSP>"


def m(typ: str, value: str) -> str:
    assert OPEN not in value and CLOSE not in value and value == value.strip(), value
    return f"{OPEN}{typ}|{value}{CLOSE}"


def dk(note: str, value: str) -> str:
    return f"{OPEN}DECOY:{note}|{value}{CLOSE}"


def parse(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """Text without marks, and spans whose offsets are code-point indices into it."""
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for mt in MARK.finditer(marked):
        plain = marked[pos : mt.start()]
        assert OPEN not in plain and CLOSE not in plain, plain
        out.append(plain)
        length += len(plain)
        typ, note, value = mt.group(1), mt.group(2), mt.group(3).replace(ZWSP_TOKEN, "\u200b")
        span: dict[str, Any] = {
            "start": length,
            "end": length + len(value),
            "type": typ,
            "value": value,
        }
        if typ == "DECOY":
            assert note, mt.group(0)
            span["decoy"] = note
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = mt.end()
    rest = marked[pos:]
    assert OPEN not in rest and CLOSE not in rest, rest
    out.append(rest)
    return "".join(out), spans


def remap(
    text: str, spans: list[dict[str, Any]], old: str, new: str
) -> tuple[str, list[dict[str, Any]]]:
    """Replace ``old`` by ``new`` everywhere (CRLF line ends) and move the spans with it."""
    index = [0] * (len(text) + 1)
    out: list[str] = []
    i = j = 0
    while i < len(text):
        index[i] = j
        if text.startswith(old, i):
            out.append(new)
            for k in range(1, len(old)):
                index[i + k] = j
            i += len(old)
            j += len(new)
        else:
            out.append(text[i])
            i += 1
            j += 1
    index[len(text)] = j
    new_text = "".join(out)
    moved = []
    for sp in spans:
        s2 = dict(sp, start=index[sp["start"]], end=index[sp["end"]])
        s2["value"] = new_text[s2["start"] : s2["end"]]
        moved.append(s2)
    return new_text, moved


def wrap(text: str, spans: list[dict[str, Any]], width: int) -> tuple[str, list[dict[str, Any]]]:
    """Hard-wrap long lines the way a mail client does: a blank becomes a line break.

    Offsets do not move; a value with a blank inside may be cut (that is the point)."""
    chars = list(text)
    line_start = 0
    i = 0
    while i < len(chars):
        if chars[i] == "\n":
            line_start = i + 1
        elif i - line_start >= width:
            cut = max((k for k in range(line_start + 1, i + 1) if chars[k] == " "), default=-1)
            if cut > line_start:
                chars[cut] = "\n"
                line_start = cut + 1
        i += 1
    new_text = "".join(chars)
    return new_text, [dict(sp, value=new_text[sp["start"] : sp["end"]]) for sp in spans]


@dataclass
class Person:
    given: str
    surname: str
    mail: str

    @property
    def full(self) -> str:
        return m("PERSON", f"{self.given} {self.surname}")

    @property
    def sur(self) -> str:
        return m("PERSON", self.surname)

    @property
    def first(self) -> str:
        return m("PERSON", self.given)

    @property
    def email(self) -> str:
        return m("EMAIL", self.mail)


@dataclass
class Ctx:
    """One text being written: its language, the shared value makers, markup helpers."""

    r: random.Random
    lang: str
    v: Values
    flags: dict[str, Any] = field(default_factory=dict)

    def pick(self, seq: Any) -> Any:
        return self.r.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def L(self, **by_lang: Any) -> str:
        got = by_lang[self.lang]
        return str(self.pick(got) if isinstance(got, list) else got)

    # -- people and contacts ---------------------------------------------------------------
    def who(self, lang: str | None = None) -> Person:
        g, s = self.v.person(lang or self.lang)
        return Person(g, s, self.v.email_for(g, s, lang or self.lang))

    def email(self) -> str:
        return m("EMAIL", self.v.email(self.lang))

    def country(self) -> str:
        return str(self.pick(COUNTRIES[self.lang]))

    def phone(self, country: str | None = None) -> str:
        return m("PHONE", self.v.phone(country or self.country()))

    def street(self, country: str | None = None) -> tuple[str, str]:
        c = country or self.pick(STREET_COUNTRIES[self.lang])
        return m("STREET_ADDRESS", self.v.street(c)), c

    def addr(self, sep: str = ", ") -> str:
        st, c = self.street()
        return f"{st}{sep}{self.pick(CITIES[c])}"

    def dob(self, style: str = "") -> str:
        return m("DATE_OF_BIRTH", self.v.dob(self.lang, style))

    # -- money -----------------------------------------------------------------------------
    def card(self, brand: str = "") -> str:
        return m("CREDIT_CARD", self.v.card(brand))

    def iban(self, country: str | None = None, style: str = "") -> str:
        pools = {
            "en": ["GB"] * 4
            + ["IE"] * 2
            + ["NL", "DE", "FR", "MT", "CY", "SE", "DK", "NO", "FI", "IS"],
            "de": ["DE"] * 6
            + ["AT"] * 3
            + ["CH"] * 2
            + ["LI", "LU", "NL", "PL", "CZ", "HU", "HR", "SI", "SK"],
            "fr": ["FR"] * 6
            + ["BE"] * 3
            + ["LU", "MC", "CH", "IT", "RO", "GR", "EE", "LT", "LV", "BG"],
            "es": ["ES"] * 7 + ["PT"] * 2 + ["AD", "IT", "FR", "TR", "SA", "AE", "SE", "DE"],
        }
        return m("IBAN", self.v.iban(country or self.pick(pools[self.lang]), style))

    def ssn(self, style: str = "dash") -> str:
        return m("US_SSN", self.v.ssn(style))

    # -- network and secrets ---------------------------------------------------------------
    def ip4(self) -> str:
        return m("IP_ADDRESS", self.v.ipv4())

    def ip6(self) -> str:
        return m("IP_ADDRESS", self.v.ipv6())

    def ip(self) -> str:
        return self.ip6() if self.chance(0.3) else self.ip4()

    def secret(self, vendor: str = "") -> str:
        return m("SECRET", self.v.token(vendor))

    def pw(self) -> str:
        return m("SECRET", self.v.password())

    def jwt(self) -> str:
        return m("SECRET", self.v.jwt())

    def cred(self) -> str:
        return m("URL_CREDENTIALS", self.v.userinfo(self.lang))

    # -- decoys ----------------------------------------------------------------------------
    def decoy(self, note: str = "") -> str:
        note = note or self.pick(
            [
                "uuid",
                "git",
                "sha256",
                "md5",
                "version",
                "order",
                "invoice",
                "tracking",
                "ticket",
                "timestamp",
                "price",
                "isbn",
                "date",
                "luhn-invalid",
                "mac",
                "product",
            ]
        )
        v = self.v
        make = {
            "uuid": v.uuid,
            "git": lambda: v.hexs(self.pick([7, 40])),
            "sha256": lambda: v.hexs(64),
            "md5": lambda: v.hexs(32),
            "version": v.version,
            "order": v.order,
            "invoice": v.invoice,
            "tracking": v.tracking,
            "ticket": v.ticket,
            "timestamp": v.timestamp,
            "price": lambda: v.price(self.lang),
            "isbn": v.isbn,
            "date": lambda: v.other_date(self.lang),
            "luhn-invalid": v.card_like_invalid,
            "mac": v.mac,
            "product": v.product,
            "loopback": lambda: self.pick(["127.0.0.1", "::1", f"127.0.{self.r.randint(0, 9)}.1"]),
            "quantity": lambda: f"{self.r.randint(2, 5000)}",
            "netmask": lambda: self.pick(
                ["255.255.255.0", "255.255.0.0", "255.255.255.192", "255.255.248.0"]
            ),
        }[note]
        return dk(note, make())
