"""The context a template writes with: one language, marked values, phrases per language.

``c.phone()`` returns a fresh phone number already in markup, ``c.t(en=..., de=...)`` the
phrase of the text's language; a template is then a plain f-string that reads like the
message it stands for.
"""

from __future__ import annotations

import random
from typing import TypeVar

import h3_decoys as dc
import h3_secrets as sc
from h3_markup import d, m
from h3_values import Values

T = TypeVar("T")


class Ctx:
    def __init__(self, rng: random.Random, lang: str, used: set[str]) -> None:
        self.v = Values(rng, lang, used)
        self.rng = rng
        self.lang = lang

    # phrase helpers
    def t(self, **by_lang: T) -> T:
        return by_lang[self.lang]

    def pick(self, *items: str) -> str:
        return self.rng.choice(items)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    # labeled values
    def person(self, name: str | None = None) -> str:
        return m("PERSON", name or self.v.person())

    def given(self) -> str:
        return m("PERSON", self.v.given())

    def email(self, name: str | None = None) -> str:
        if name is None and self.chance(0.05):
            return m("EMAIL", self.v.email_obfuscated())
        return m("EMAIL", self.v.email(name))

    def phone(self, country: str | None = None) -> str:
        return m("PHONE", self.v.phone(country))

    def phone_spoken(self) -> str:
        return m("PHONE", self.v.phone_spaced())

    def card(self, brand: str | None = None, style: str | None = None) -> str:
        return m("CREDIT_CARD", self.v.card(brand, style))

    def iban(self, country: str | None = None, style: str | None = None) -> str:
        return m("IBAN", self.v.iban(country, style))

    def ssn(self, style: str | None = None) -> str:
        return m("US_SSN", self.v.ssn(style))

    def ip(self, v6: bool | None = None) -> str:
        return m("IP_ADDRESS", self.v.ip(v6))

    def street(self, lang: str | None = None) -> str:
        return m("STREET_ADDRESS", self.v.street(lang))

    def town(self) -> str:
        return self.v.town()

    def address(self) -> str:
        return f"{self.street()}, {self.town()}"

    def secret(self) -> str:
        return m("SECRET", sc.api_key(self.v))

    def password(self) -> str:
        return m("SECRET", sc.password(self.v))

    def pin(self, size: int | None = None) -> str:
        return m("SECRET", sc.pin(self.v, size))

    def pem(self) -> str:
        return m("SECRET", sc.pem(self.v))

    def url_cred(self, user: str | None = None) -> str:
        return m("URL_CREDENTIALS", f"{user or sc.user_name(self.v)}:{sc.password(self.v)}")

    def dob(self, lang: str | None = None) -> str:
        return m("DATE_OF_BIRTH", sc.dob(self.v, lang))

    def dob_child(self) -> str:
        return m("DATE_OF_BIRTH", sc.dob(self.v, None, (2009, 2021)))

    def dob_iso(self) -> str:
        return m("DATE_OF_BIRTH", sc.dob_iso(self.v))

    def dob_hl7(self) -> str:
        return m("DATE_OF_BIRTH", sc.dob_hl7(self.v))

    def user(self) -> str:
        return sc.user_name(self.v)

    # decoys
    def decoy(self, what: str) -> str:
        make = {"uuid": dc.uuid, "git": dc.git_sha, "sha256": dc.sha256, "md5": dc.md5,
                "version": dc.version, "order": dc.order, "invoice": dc.invoice,
                "ticket": dc.ticket, "tracking": dc.tracking, "luhn-invalid": dc.luhn_invalid,
                "product": dc.part_number, "timestamp": dc.timestamp, "price": dc.price,
                "isbn": dc.isbn, "mac": dc.mac, "claim": dc.claim, "booking": dc.booking,
                "date": dc.date, "loopback": dc.loopback}[what]  # fmt: skip
        return d(what, make(self.v))
