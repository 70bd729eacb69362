"""``Ctx``: the per-set draw of set 8 that keeps structured values unique across texts.

Every maker draws again when a value was already used anywhere in the set (hand-written
texts' values are registered first), so that no structured value repeats across texts.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import h8_phones
import h8_pools as P
import h8_values as V
from h8_markup import d, m


class Ctx:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def uniq(self, make: Callable[[], str]) -> str:
        for _ in range(500):
            v = make()
            key = "".join(c for c in v if c.isalnum()).lower()
            if key not in self.used:
                self.used.add(key)
                return v
        raise RuntimeError("pool exhausted")

    # ---- labeled values, markup included ----
    def email(self, lang: str, g: str, s: str, company: bool = False) -> str:
        r = self.rng
        dom = r.choice(P.COMPANY_DOMAINS if company else P.DOMAINS)
        return m("EMAIL", self.uniq(lambda: f"{P.email_local(r, g, s)}@{dom}"))

    def email_raw(self, lang: str, g: str, s: str) -> str:
        r = self.rng
        return self.uniq(lambda: f"{P.email_local(r, g, s)}@{r.choice(P.DOMAINS)}")

    def phone(self, lang: str) -> str:
        return m("PHONE", self.phone_raw(lang))

    def phone_raw(self, lang: str) -> str:
        return self.uniq(lambda: h8_phones.phone(self.rng, lang))

    def phone_run(self, lang: str) -> str:
        return self.uniq(lambda: h8_phones.run_digits(self.rng, lang))

    def card(self, sep: str = " ", net: int | None = None) -> str:
        return m("CREDIT_CARD", self.uniq(lambda: V.card(self.rng, sep, net)))

    def iban(self, cc: str, grouped: bool = True) -> str:
        return m("IBAN", self.iban_raw(cc, grouped))

    def iban_raw(self, cc: str, grouped: bool = True) -> str:
        return self.uniq(lambda: V.iban(self.rng, cc, grouped))

    def ssn(self, style: str = "-") -> str:
        return m("US_SSN", self.uniq(lambda: V.ssn(self.rng, style)))

    def ip(self, private: bool = False) -> str:
        return m("IP_ADDRESS", self.ip_raw(private))

    def ip_raw(self, private: bool = False) -> str:
        return self.uniq(lambda: V.ipv4(self.rng, private))

    def ip6(self) -> str:
        return m("IP_ADDRESS", self.uniq(lambda: V.ipv6(self.rng)))

    def net(self) -> str:
        return m("IP_ADDRESS", self.uniq(lambda: V.cidr(self.rng)))

    def pw(self) -> str:
        return m("SECRET", self.pw_raw())

    def pw_raw(self) -> str:
        return self.uniq(lambda: V.password(self.rng))

    def tok(self) -> str:
        return m("SECRET", self.uniq(lambda: V.token(self.rng)))

    def pin(self, n: int = 4) -> str:
        return m("SECRET", self.uniq(lambda: V.pin(self.rng, n)))

    def urlcred(self, user: str) -> str:
        return m("URL_CREDENTIALS", self.uniq(lambda: f"{user}:{V.url_password(self.rng)}"))

    def person(self, lang: str, form: str = "gs") -> tuple[str, str, str]:
        """(given, surname, markup) in the order ``form`` asks: gs, sg (``Surname, Given``)..."""
        g, s = P.full(self.rng, lang)
        text = {
            "gs": f"{g} {s}",
            "sg": f"{s}, {g}",
            "caps": f"{s.upper()} {g.upper()}",
            "g": g,
            "s": s,
        }[form]
        return g, s, m("PERSON", text)

    def street(self, lang: str, unit: bool = False) -> str:
        return m("STREET_ADDRESS", P.street(self.rng, lang, unit))

    # ---- decoys ----
    def luhn_bad(self) -> str:
        return d("luhn-invalid", self.uniq(lambda: V.card(self.rng, " ", valid=False)))

    def iban_bad(self, cc: str) -> str:
        return d("iban-invalid", self.uniq(lambda: V.iban(self.rng, cc, True, valid=False)))

    def uuid(self) -> str:
        return d("uuid", V.uuid4(self.rng))

    def hexd(self, note: str, n: int) -> str:
        return d(note, V.hexs(self.rng, n))

    def digits(self, note: str, n: int, prefix: str = "") -> str:
        return d(note, prefix + "".join(self.rng.choice("0123456789") for _ in range(n)))

    def version(self) -> str:
        return d("version", V.version(self.rng))
