"""What a template writes with: values drawn once, never repeated, and marked where written.

A template asks its ``Ctx`` for a value and gets the marked form (``⟦PHONE|...⟧``) back, so
the label is made in the same step as the text. Values are unique across the whole set
(names aside), which keeps one lucky value from counting many times.
"""

# Tables of formats and words: one row a line, however long it is.
# ruff: noqa: E501

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import h4_phones
import h4_secrets as sec
import h4_values as val
from h4_pools import COMPANIES, COUNTRIES_BY_LANG, DOMAINS, GIVEN, SURNAME

T = TypeVar("T")


@dataclass(frozen=True)
class Person:
    given: str
    surname: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


class Ctx:
    def __init__(self, rng: random.Random, lang: str, used: set[str]) -> None:
        self.rng = rng
        self.lang = lang
        self.used = used

    # -- plumbing ------------------------------------------------------------------------------
    def pick(self, options: list[T] | tuple[T, ...]) -> T:
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def L(self, **by_lang: str) -> str:
        return by_lang[self.lang]

    def _unique(self, make: Callable[[], str]) -> str:
        for _ in range(200):
            value = make()
            key = "".join(ch for ch in value.lower() if ch.isalnum())
            if key not in self.used:
                self.used.add(key)
                return value
        raise RuntimeError("value pool exhausted")

    @staticmethod
    def m(typ: str, value: str) -> str:
        return f"⟦{typ}|{value}⟧"

    # -- people --------------------------------------------------------------------------------
    def person(self, lang: str | None = None) -> Person:
        lang = lang or (self.lang if self.chance(0.8) else self.pick(list(GIVEN)))
        return Person(self.pick(GIVEN[lang]), self.pick(SURNAME[lang]))

    def name(self, p: Person, form: str = "full") -> str:
        text = {
            "full": p.full,
            "given": p.given,
            "surname": p.surname,
            "initial": f"{p.given[0]}. {p.surname}",
            "inverted": f"{p.surname}, {p.given}",
            "upper": f"{p.surname.upper()} {p.given}",
            "caps": p.full.upper(),
            "airline": f"{p.surname.upper().replace(' ', '')}/{p.given.upper().replace(' ', '')}",
        }[form]
        return self.m("PERSON", text)

    def company(self) -> str:
        return self.pick(COMPANIES[self.lang])

    # -- structured values ---------------------------------------------------------------------
    def email(self, p: Person | None = None, domain: str | None = None) -> str:
        who = p or self.person()
        return self.m(
            "EMAIL",
            self._unique(
                lambda: val.email(self.rng, who.given, who.surname, domain or self.pick(DOMAINS))
            ),
        )

    def email_spoken(self, p: Person) -> str:
        """An address written so that harvesters miss it, as forum posters do."""

        def draw() -> str:
            plain = val.email(self.rng, p.given, p.surname, self.pick(DOMAINS))
            local, domain = plain.split("@")
            at, dot = self.pick([(" [at] ", " [dot] "), (" (at) ", " (dot) "), (" at ", " dot "),
                                 (" @ ", " . ")])  # fmt: skip
            return local + at + domain.replace(".", dot)

        return self.m("EMAIL", self._unique(draw))

    def email_raw(self, local: str, domain: str | None = None) -> str:
        return self.m("EMAIL", self._unique(lambda: f"{local}@{domain or self.pick(DOMAINS)}"))

    def phone(self, country: str | None = None) -> str:
        return self.m("PHONE", self._unique(lambda: h4_phones.phone(self.rng, self.lang, country)))

    def phone_spaced(self, country: str | None = None) -> str:
        raw = self._unique(lambda: h4_phones.phone(self.rng, self.lang, country))
        return self.m("PHONE", h4_phones.spaced(raw))

    def card(self, brand: str | None = None, sep: str | None = None) -> str:
        return self.m("CREDIT_CARD", self._unique(lambda: val.card(self.rng, brand, sep)))

    def iban(self, grouped: bool | None = None) -> str:
        return self.m("IBAN", self._unique(lambda: val.iban(self.rng, self.lang, grouped)))

    def ssn(self, form: str | None = None) -> str:
        return self.m("US_SSN", self._unique(lambda: val.ssn(self.rng, form)))

    def ip(self, v6: bool = False, cidr: bool = False) -> str:
        make = val.ipv6 if v6 else val.ipv4
        return self.m("IP_ADDRESS", self._unique(lambda: make(self.rng, cidr)))

    def secret(self, kind: str | None = None) -> str:
        return self.m("SECRET", self._unique(lambda: sec.token(self.rng, kind)))

    def password(self) -> str:
        return self.m("SECRET", self._unique(lambda: sec.password(self.rng)))

    def pin(self, n: int | None = None) -> str:
        return self.m("SECRET", self._unique(lambda: sec.pin(self.rng, n)))

    def aws_pair(self) -> tuple[str, str]:
        key_id = self._unique(lambda: sec.aws_key_id(self.rng))
        return self.m("SECRET", key_id), self.secret("aws_secret")

    def url(self, user: str | None = None) -> str:
        """A connection URL whose ``user:password`` is labeled."""
        parts: list[tuple[str, str, str]] = []

        def draw() -> str:
            parts.append(sec.url_cred(self.rng, user))
            return parts[-1][1]

        info = self._unique(draw)
        scheme, _, rest = parts[-1]
        return f"{scheme}://{self.m('URL_CREDENTIALS', info)}@{rest}"

    def userinfo(self, user: str) -> str:
        """A marked ``user:password`` to write into a URL by hand."""
        return self.m(
            "URL_CREDENTIALS",
            self._unique(lambda: f"{user}:{sec.url_escape(sec.password(self.rng))}"),
        )

    def dob(self, form: str | None = None) -> str:
        return self.m(
            "DATE_OF_BIRTH",
            self._unique(
                lambda: val.date_text(self.rng, self.lang, val.birth_date(self.rng), form)
            ),
        )

    def dob_date(self) -> datetime.date:
        return val.birth_date(self.rng)

    def addr(self, country: str | None = None) -> tuple[str, str]:
        """(marked street line, postcode and town)."""
        where = country or self.pick(COUNTRIES_BY_LANG[self.lang])
        towns: list[str] = []

        def draw() -> str:
            line, town = val.street(self.rng, where)
            towns.append(town)
            return line

        return self.m("STREET_ADDRESS", self._unique(draw)), towns[-1]

    # -- decoys --------------------------------------------------------------------------------
    def d(self, what: str) -> str:
        return f"⟦DECOY:{what}|{self._unique(lambda: sec.decoy(self.rng, what))}⟧"

    def date(self, iso: bool = False) -> str:
        """A date that is no birth date: an appointment, a delivery, a contract start."""
        day = datetime.date(2026, 1, 1) + datetime.timedelta(days=self.rng.randint(0, 500))
        text = day.isoformat() if iso else val.date_text(self.rng, self.lang, day)
        return f"⟦DECOY:date|{text}⟧"

    def money(self) -> str:
        """A price as the text's language writes it (mostly its own currency)."""
        r = self.rng
        units, cents = r.randint(4, 4800), r.randint(0, 99)
        big = f"{units // 1000}.{units % 1000:03d}" if units >= 1000 else str(units)
        options = {
            "en": [f"${units:,}.{cents:02d}", f"£{units:,}.{cents:02d}", f"USD {units:,}.{cents:02d}",
                   f"€{units:,}.{cents:02d}"],
            "de": [f"{big},{cents:02d} €", f"{big},{cents:02d} EUR", f"EUR {big},{cents:02d}",
                   f"CHF {units}.{cents:02d}"],
            "fr": [f"{big.replace('.', ' ')},{cents:02d} €", f"{units},{cents:02d} EUR",
                   f"{units} € TTC", f"CHF {units}.{cents:02d}"],
            "es": [f"{big},{cents:02d} €", f"{units},{cents:02d} EUR", f"${units:,}.{cents:02d} MXN",
                   f"{big} €"],
        }[self.lang]  # fmt: skip
        return f"⟦DECOY:price|{self.pick(options)}⟧"
