"""``Ctx``: draws values unique across set 10 and returns them with their markup."""

from __future__ import annotations

import random
import unicodedata

import h10_pools as P
import h10_values as V


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def norm(value: str) -> str:
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) >= 7 and len(digits) >= len(value.replace(" ", "")) * 0.6:
        return digits
    return value.lower().replace(" ", "")


class Ctx:
    def __init__(self, rng: random.Random, lang: str, used: set[str]) -> None:
        self.r = rng
        self.lang = lang
        self.used = used
        self.mine: set[str] = set()

    # -- plumbing ---------------------------------------------------------------------------
    def fresh(self, make) -> str:  # type: ignore[no-untyped-def]
        for _ in range(200):
            v = make()
            k = norm(v)
            if k not in self.used:
                self.used.add(k)
                self.mine.add(k)
                return v
        raise RuntimeError("no fresh value")

    def release(self) -> None:
        self.used -= self.mine
        self.mine = set()

    @staticmethod
    def m(typ: str, value: str) -> str:
        return f"⟦{typ}|{value}⟧"

    @staticmethod
    def d(note: str, value: str) -> str:
        return f"⟦DECOY:{note}|{value}⟧"

    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.r.choice(seq)

    # -- people -----------------------------------------------------------------------------
    def who(self, lang: str | None = None) -> tuple[str, str]:
        lang = lang or self.lang
        return self.r.choice(P.GIVEN[lang]), self.r.choice(P.SURNAME[lang])

    def name(self, given: str, surname: str, style: str = "full") -> str:
        if style == "full":
            return self.m("PERSON", f"{given} {surname}")
        if style == "caps":
            return self.m("PERSON", f"{surname.upper()}, {given.upper()}")
        if style == "last_first":
            return self.m("PERSON", f"{surname}, {given}")
        if style == "caret":
            return self.m("PERSON", f"{surname.upper()}^{given.upper()}")
        raise KeyError(style)

    def email(
        self, given: str | None = None, surname: str | None = None, domain: str | None = None
    ) -> str:
        g, s = (
            given or self.r.choice(P.GIVEN[self.lang]),
            surname or self.r.choice(P.SURNAME[self.lang]),
        )
        g, s = strip_accents(g).lower(), strip_accents(s).lower().replace(" ", "")
        dom = domain or self.r.choice(P.DOMAINS + P.COMPANY_DOMAINS)

        def make() -> str:
            shape = self.r.randint(0, 4)
            local = [
                f"{g}.{s}",
                f"{g[0]}{s}",
                f"{s}.{g[0]}",
                f"{g}{self.r.randint(2, 99)}",
                f"{g}_{s[:4]}",
            ][shape]
            if self.r.random() < 0.3:
                local += str(self.r.randint(1, 999))
            return f"{local}@{dom}"

        return self.m("EMAIL", self.fresh(make))

    def mailbox(self, local: str, domain: str | None = None) -> str:
        dom = domain or self.r.choice(P.COMPANY_DOMAINS)
        return self.m(
            "EMAIL",
            self.fresh(lambda: f"{local}{self.r.choice(['', str(self.r.randint(1, 99))])}@{dom}"),
        )

    def phone(self, cc: str | None = None, intl: bool | None = None, raw: bool = False) -> str:
        cc = cc or self.r.choice(P.COUNTRIES[self.lang])
        v = self.fresh(lambda: P.phone(self.r, cc, intl))
        return v if raw else self.m("PHONE", v)

    def phone_run(self, cc: str | None = None) -> str:
        """A number as one digit run with its country code and no ``+`` (as exports write it)."""
        cc = cc or self.r.choice(P.COUNTRIES[self.lang])
        code = {
            "us": "1",
            "uk": "44",
            "de": "49",
            "at": "43",
            "ch": "41",
            "fr": "33",
            "be": "32",
            "es": "34",
            "it": "39",
            "nl": "31",
            "pt": "351",
        }[cc]

        def make() -> str:
            v = P.phone(self.r, cc, True)
            return code + "".join(c for c in v.split(" ", 1)[1] if c.isdigit())

        return self.m("PHONE", self.fresh(make))

    def street(self, lang: str | None = None) -> str:
        lang = lang or self.lang
        t = self.r.choice(P.STREET[lang])
        return self.m("STREET_ADDRESS", t.format(n=self.r.randint(1, 240), f=self.r.randint(1, 9)))

    def town(self, lang: str | None = None) -> str:
        return self.r.choice(P.TOWN[lang or self.lang])

    def dob(self, style: str | None = None, lo: int = 1936, hi: int = 2008) -> str:
        return self.m("DATE_OF_BIRTH", P.dob(self.r, self.lang, style, lo, hi))

    # -- structured -------------------------------------------------------------------------
    def card(self, sep: str | None = None, net: str | None = None) -> str:
        sep = sep if sep is not None else self.r.choice([" ", " ", "-", ""])

        def make() -> str:
            digits, groups = V.card(self.r, net)
            return V.group(digits, groups, sep) if sep else digits

        return self.m("CREDIT_CARD", self.fresh(make))

    def iban(self, grouped: bool | None = None, cc: str | None = None) -> str:
        cc = cc or self.r.choice(P.IBAN_CC[self.lang])
        grouped = self.r.random() < 0.6 if grouped is None else grouped
        v = self.fresh(lambda: V.iban(cc, self.r))
        return self.m("IBAN", V.iban_grouped(v) if grouped else v)

    def ssn(self, style: str = "dash") -> str:
        v = self.fresh(lambda: V.ssn(self.r))
        if style == "space":
            v = v.replace("-", " ")
        elif style == "bare":
            v = v.replace("-", "")
        return self.m("US_SSN", v)

    def ip(self, private: bool | None = None, v6: bool = False) -> str:
        return self.m(
            "IP_ADDRESS", self.fresh(lambda: V.ipv6(self.r) if v6 else V.ipv4(self.r, private))
        )

    def cidr(self) -> str:
        return self.m("IP_ADDRESS", self.fresh(lambda: V.cidr(self.r)))

    def password(self) -> str:
        return self.m("SECRET", self.fresh(lambda: V.password(self.r)))

    def token(self) -> str:
        return self.m("SECRET", self.fresh(lambda: V.token(self.r)))

    def code(self, n: int = 4) -> str:
        return self.m("SECRET", self.fresh(lambda: V.pin(self.r, n)))

    def secret_raw(self, make) -> str:  # type: ignore[no-untyped-def]
        return self.m("SECRET", self.fresh(make))

    def urlcred(self, user: str | None = None) -> str:
        u = user or self.r.choice(["app", "svc_backup", "report", "etl", "deploy", "crm_rw", "ops"])
        pw = self.fresh(lambda: V.rand(self.r, self.r.randint(10, 18)))
        return self.m("URL_CREDENTIALS", f"{u}:{pw}")

    # -- decoys -----------------------------------------------------------------------------
    def uuid(self) -> str:
        return self.d("uuid", V.uuid(self.r))

    def stamp(self, sep: str = " ") -> str:
        return self.d("timestamp", P.stamp(self.r, sep))

    def date(self, note: str = "date", style: str | None = None) -> str:
        return self.d(note, P.event_date(self.r, self.lang, style))

    def price(self) -> str:
        return self.d("price", P.price(self.r, self.lang))

    def num(self, note: str, n: int, prefix: str = "") -> str:
        return self.d(note, prefix + "".join(str(self.r.randint(0, 9)) for _ in range(n)))
