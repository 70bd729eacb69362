# ruff: noqa: E501, E731
"""``Ctx``: one text's draws for set 9, values unique across the set, returned with their markup."""

from __future__ import annotations

import unicodedata

import h9_people as pe
import h9_values as va
from h9_checks import STRUCTURED, norm
from h9_pools import DOMAINS, FLAT, GIVEN, STREETS, SURNAME, TOWNS

IBAN_CC = {
    "en": ["GB", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "LU"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT"],
}


def ascii_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum() or c == "-")


class Ctx:
    def __init__(self, rng, lang: str, used: set[str]):
        self.rng, self.lang, self.used, self.own = rng, lang, used, set()
        self.dstyle = rng.choice(["num", "num", "num", "iso", "long"])

    # -- plumbing --------------------------------------------------------------------------
    def uniq(self, typ: str, maker):
        for _ in range(200):
            v = maker()
            key = norm(typ, v)
            if typ not in STRUCTURED or (key not in self.used and key not in self.own):
                self.own.add(key)
                return v
        raise AssertionError(f"no fresh {typ}")

    @staticmethod
    def m(typ: str, v: str) -> str:
        return f"⟦{typ}|{v}⟧"

    @staticmethod
    def d(note: str, v: str) -> str:
        return f"⟦DECOY:{note}|{v}⟧"

    def pick(self, xs):
        return self.rng.choice(xs)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    # -- people ----------------------------------------------------------------------------
    def g(self, lang: str | None = None) -> str:
        return self.pick(GIVEN[lang or self.lang])

    def s(self, lang: str | None = None) -> str:
        return self.pick(SURNAME[lang or self.lang])

    def P(self, name: str) -> str:
        return self.m("PERSON", name)

    def full(self, lang: str | None = None) -> tuple[str, str, str]:
        g, s = self.g(lang), self.s(lang)
        return g, s, self.P(f"{g} {s}")

    def email(self, g: str | None = None, s: str | None = None, dom: str | None = None) -> str:
        g, s = g or self.g(), s or self.s()

        def mk():
            local = self.pick(
                [
                    f"{ascii_name(g)}.{ascii_name(s)}",
                    f"{ascii_name(g)[0]}{ascii_name(s)}",
                    f"{ascii_name(s)}.{ascii_name(g)[0]}",
                    f"{ascii_name(g)}{self.rng.randrange(10, 99)}",
                ]
            )
            return f"{local}@{dom or self.pick(DOMAINS)}"

        return self.m("EMAIL", self.uniq("EMAIL", mk))

    def phone_raw(self, style: str | None = None, lang: str | None = None) -> str:
        return self.uniq("PHONE", lambda: pe.phone(self.rng, lang or self.lang, style))

    def phone(self, style: str | None = None, lang: str | None = None) -> str:
        return self.m("PHONE", self.phone_raw(style, lang))

    def street(self, flat: float = 0.25, lang: str | None = None) -> str:
        lang = lang or self.lang
        line = self.pick(STREETS[lang]).format(n=self.rng.randrange(1, 140))
        if self.p(flat):
            f = self.pick(FLAT[lang]).format(f=self.rng.randrange(1, 9))
            line = f + line if f.endswith(", ") else line + f
        return self.m("STREET_ADDRESS", line)

    def town(self, lang: str | None = None) -> str:
        return self.pick(TOWNS[lang or self.lang])

    def dob_raw(self, style: str | None = None, y0: int = 1938, y1: int = 2006) -> str:
        return pe.dob(self.rng, self.lang, y0, y1, style)

    def dob(self, style: str | None = None, y0: int = 1938, y1: int = 2006) -> str:
        return self.m("DATE_OF_BIRTH", self.dob_raw(style, y0, y1))

    # -- numbers -------------------------------------------------------------------------
    def card_raw(self, sep: str = " ", shape=None) -> str:
        def mk():
            d, groups = va.card_digits(self.rng, shape)
            return va.group(d, groups, sep) if sep is not None else d

        return self.uniq("CREDIT_CARD", mk)

    def card(self, sep: str = " ", shape=None) -> str:
        return self.m("CREDIT_CARD", self.card_raw(sep, shape))

    def iban_raw(self, cc: str | None = None, grouped: bool = True) -> str:
        cc = cc or self.pick(IBAN_CC[self.lang])
        v = self.uniq("IBAN", lambda: va.iban(self.rng, cc))
        return va.iban_grouped(v) if grouped else v

    def iban(self, cc: str | None = None, grouped: bool = True) -> str:
        return self.m("IBAN", self.iban_raw(cc, grouped))

    def ssn(self, style: str = "dash") -> str:
        v = self.uniq("US_SSN", lambda: va.ssn(self.rng))
        v = {"dash": v, "bare": v.replace("-", ""), "space": v.replace("-", " ")}[style]
        return self.m("US_SSN", v)

    def ip_raw(self, v6: bool = False) -> str:
        return self.uniq("IP_ADDRESS", lambda: va.ipv6(self.rng) if v6 else va.ipv4(self.rng))

    def ip(self, v6: bool = False) -> str:
        return self.m("IP_ADDRESS", self.ip_raw(v6))

    def cidr(self) -> str:
        return self.m("IP_ADDRESS", self.uniq("IP_ADDRESS", lambda: va.cidr(self.rng)))

    def pw_raw(self) -> str:
        return self.uniq("SECRET", lambda: va.password(self.rng))

    def pw(self) -> str:
        return self.m("SECRET", self.pw_raw())

    def tok(self, k: int | None = None) -> str:
        return self.m("SECRET", self.uniq("SECRET", lambda: va.token(self.rng, k)))

    def code(self, n: int = 6) -> str:
        return self.m("SECRET", self.uniq("SECRET", lambda: va.pin(self.rng, n)))

    def ucred(self, user: str) -> str:
        return self.m(
            "URL_CREDENTIALS",
            self.uniq(
                "URL_CREDENTIALS",
                lambda: (
                    f"{user}:{va.password(self.rng).replace('#', '').replace('?', '').replace('%', '').replace('/', '')}"
                ),
            ),
        )

    # -- decoys --------------------------------------------------------------------------
    def uuid(self) -> str:
        return self.d("uuid", va.uuid(self.rng))

    def hexd(self, note: str, n: int) -> str:
        return self.d(note, va.hexid(self.rng, n))

    def ver(self, note: str = "version") -> str:
        return self.d(note, va.version(self.rng))

    def num(self, note: str, n: int, prefix: str = "") -> str:
        return self.d(note, prefix + va.digits(self.rng, n))

    def date(self, note: str = "date", style: str | None = None) -> str:
        return self.d(note, pe.event_date(self.rng, self.lang, style or self.dstyle))

    def pair(
        self,
        n1: str,
        n2: str,
        style: str | None = None,
        days: int = 14,
        y0: int = 2024,
        y1: int = 2027,
    ) -> tuple[str, str]:
        """Two event dates, the second 1..days days after the first, in one style."""
        import datetime as dt

        y, m, d = pe.ymd(self.rng, y0, y1)
        a = dt.date(y, m, d)
        b = a + dt.timedelta(days=self.rng.randrange(1, days + 1))
        st = style or self.dstyle
        f = lambda x: pe.fmt_date(
            self.rng,
            self.lang,
            (x.year, x.month, x.day),
            st if st != "num" or self.lang != "en" else "iso",
        )
        return self.d(n1, f(a)), self.d(n2, f(b))

    def stamp(self, style: str | None = None) -> str:
        return self.d("timestamp", pe.stamp(self.rng, style))

    def price(self) -> str:
        return self.d("price", pe.price(self.rng, self.lang))

    def badcard(self) -> str:
        return self.d("luhn-invalid", va.bad_luhn(self.rng))

    def badiban(self) -> str:
        return self.d(
            "iban-invalid", va.iban_grouped(va.bad_iban(self.rng, self.pick(IBAN_CC[self.lang])))
        )
