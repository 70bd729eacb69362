"""``Ctx``: what a template draws its values with, unique across the whole set.

Structured values (e-mail, phone, card, IBAN, SSN, IP, secret, URL credentials) are never
drawn twice in the set, and never equal a hand-written one: the hand texts are read first
and their values reserved. Names, streets and towns come from the small pools and repeat.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import h11_phones as ph
import h11_pools as po
import h11_values as va

IBAN_COUNTRIES = {
    "en": ["GB", "GB", "IE"],
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "FR", "BE", "LU"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "NL", "NL", "BE"],
    "pt": ["PT"],
}


def norm(typ: str, value: str) -> str:
    if typ in ("PHONE", "CREDIT_CARD", "US_SSN"):
        d = "".join(c for c in value if c.isdigit())
        if not d:  # said in words
            return value.lower()
        return d[-9:] if typ == "PHONE" else d
    if typ in ("EMAIL", "IBAN"):
        return "".join(value.split()).lower()
    return value


class Ctx:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[tuple[str, str]] = set()

    def reserve(self, typ: str, value: str) -> None:
        self.used.add((typ, norm(typ, value)))

    def uniq(self, typ: str, make: Callable[[], str]) -> str:
        for _ in range(1000):
            v = make()
            key = (typ, norm(typ, v))
            if key not in self.used:
                self.used.add(key)
                return v
        raise AssertionError(f"cannot draw a new {typ}")

    # -- people and places (pools, may repeat)
    def person(self, lang: str) -> tuple[str, str]:
        return po.given(self.rng, lang), po.surname(self.rng, lang)

    def street(self, lang: str) -> str:
        return po.street(self.rng, lang)

    def town(self, lang: str) -> str:
        return po.town(self.rng, lang)

    def dob(self, lang: str, style: str = "", lo: int = 1941, hi: int = 2004) -> str:
        return po.fmt_date(self.rng, lang, po.birth_ymd(self.rng, lo, hi), style)

    # -- structured values (unique across the set)
    def email(self, first: str, last: str, domain: str | None = None) -> str:
        return self.uniq("EMAIL", lambda: po.email_for(self.rng, first, last, domain))

    def phone_obj(
        self, lang: str, country: str | None = None, mobile: bool | None = None
    ) -> ph.Phone:
        c = country or self.rng.choice(ph.COUNTRIES[lang])
        while True:
            p = ph.make_phone(self.rng, c, mobile)
            key = ("PHONE", norm("PHONE", p.nsn))
            if key not in self.used:
                self.used.add(key)
                return p

    def phone(self, lang: str, style: str | None = None, country: str | None = None,
              mobile: bool | None = None) -> str:  # fmt: skip
        return ph.write_phone(self.rng, self.phone_obj(lang, country, mobile), style)

    def card(self, kind: str | None = None) -> str:
        return self.uniq("CREDIT_CARD", lambda: va.make_card(self.rng, kind))

    def iban(self, lang: str, country: str | None = None) -> str:
        c = country or self.rng.choice(IBAN_COUNTRIES[lang])
        return self.uniq("IBAN", lambda: va.make_iban(self.rng, c))

    def ssn(self, styled: bool = False) -> str:
        """An SSN with dashes, or (``styled``) as people also write it: bare or with blanks."""
        v = self.uniq("US_SSN", lambda: va.make_ssn(self.rng))
        if styled:
            x = self.rng.random()
            return v.replace("-", "") if x < 0.25 else v.replace("-", " ") if x < 0.4 else v
        return v

    def ipv4(self, public: bool | None = None) -> str:
        return self.uniq("IP_ADDRESS", lambda: va.make_ipv4(self.rng, public))

    def ipv6(self) -> str:
        return self.uniq("IP_ADDRESS", lambda: va.make_ipv6(self.rng))

    def cidr(self) -> str:
        return self.uniq("IP_ADDRESS", lambda: va.make_cidr(self.rng))

    def password(self, lang: str, symbols: str = "!#$%*+-_.?") -> str:
        return self.uniq("SECRET", lambda: va.make_password(self.rng, lang, symbols))

    def token(self, vendor: str | None = None) -> str:
        return self.uniq("SECRET", lambda: va.make_token(self.rng, vendor))

    def code(self, n: int = 6) -> str:
        return self.uniq("SECRET", lambda: str(self.rng.randint(10 ** (n - 1), 10**n - 1)))

    def jwt(self, sub: str) -> str:
        return self.uniq("SECRET", lambda: va.make_jwt(self.rng, sub))

    def urlcred(self, user: str, lang: str) -> str:
        return self.uniq("URL_CREDENTIALS", lambda: f"{user}:{va.rand_str(self.rng, 14)}")

    # -- decoys (not unique, but never holding a labeled value's digits: checked per text)
    def uuid(self) -> str:
        return va.make_uuid(self.rng)

    def hexs(self, n: int) -> str:
        return va.make_hex(self.rng, n)

    def num(self, n: int) -> str:
        return str(self.rng.randint(10 ** (n - 1), 10**n - 1))

    def bad_card(self) -> str:
        return va.bad_card(self.rng)

    def bad_iban(self, lang: str) -> str:
        return va.bad_iban(self.rng, self.rng.choice(IBAN_COUNTRIES[lang]))
