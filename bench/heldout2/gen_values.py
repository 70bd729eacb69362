"""Value makers for the second held-out set: valid private values, and decoys that are not.

Written fresh for this set (2026-12-06), without looking at the first set's pools. Every maker
draws from the one ``random.Random`` it is given, so the whole set follows from the seed, and
remembers what it handed out so that a value is not reused across texts. The shapes of each
kind of value (national phone formats, card groupings, street lines...) are in gen_shapes.
"""

from __future__ import annotations

# ruff: noqa: E501 - template lines are kept whole so they read as the text they make
import base64
import json
import random

from gen_checks import (
    ALNUM,
    B64URL,
    DG,
    IBAN_SPEC,
    LO,
    UP,
    iban_check,
    iban_ok,
    luhn_complete,
    luhn_ok,
)
from gen_pools import BANK_CODES, DOMAINS, GIVEN, SURNAMES
from gen_shapes import CARD_MIX, VENDORS, _ascii, _card, _date, _password, _phone, _street, _token


class Values:
    """Draws distinct values; ``r`` is the set's one random generator."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.seen: set[str] = set()
        self.digit_runs: list[str] = []

    # -- helpers ---------------------------------------------------------------------------
    def _fresh(self, make: object) -> str:
        for _ in range(200):
            v = make()  # type: ignore[operator]
            key = "".join(ch for ch in v.lower() if ch.isalnum())
            if key not in self.seen:
                self.seen.add(key)
                return str(v)
        raise AssertionError("pool exhausted")

    def s(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def d(self, n: int, first: str = DG) -> str:
        return self.r.choice(first) + self.s(DG, n - 1)

    def pick(self, seq: list[str] | tuple[str, ...]) -> str:
        return self.r.choice(list(seq))

    # -- people ----------------------------------------------------------------------------
    def given(self, lang: str) -> str:
        pool = GIVEN[lang] if self.r.random() < 0.75 else GIVEN["intl"]
        return self.r.choice(pool)

    def surname(self, lang: str) -> str:
        pool = SURNAMES[lang] if self.r.random() < 0.75 else SURNAMES["intl"]
        return self.r.choice(pool)

    def person(self, lang: str) -> tuple[str, str]:
        """A (given, surname) pair never drawn before in this set."""
        for _ in range(300):
            g, s = self.given(lang), self.surname(lang)
            if f"{g} {s}" not in self.seen:
                self.seen.add(f"{g} {s}")
                return g, s
        raise AssertionError("names exhausted")

    def email_for(self, given: str, surname: str, lang: str) -> str:
        def make() -> str:
            g = _ascii(given).lower().replace(" ", "")
            s = _ascii(surname).lower().replace(" ", "").replace("'", "")
            local = self.pick(
                [
                    f"{g}.{s}",
                    f"{g[0]}.{s}",
                    f"{g}{s[:1]}",
                    f"{s}.{g}",
                    f"{g}_{s}",
                    f"{g[0]}{s}",
                    f"{g}.{s}{self.r.randint(2, 98)}",
                    f"{s}-{g[0]}",
                ]
            )
            return f"{local}@{self.domain(lang)}"

        return self._fresh(make)

    def email(self, lang: str) -> str:
        g, s = self.given(lang), self.surname(lang)
        if self.r.random() < 0.2:
            return self._fresh(
                lambda: (
                    self.pick(
                        [
                            "billing",
                            "support",
                            "hr",
                            "facturation",
                            "buchhaltung",
                            "compras",
                            "it-helpdesk",
                            "noreply",
                            "payroll",
                            "contacto",
                            "rrhh",
                            "kundenservice",
                            "sav",
                            "ops-alerts",
                        ]
                    )
                    + f"{self.pick(['', '', '.' + self.s(LO, 2), str(self.r.randint(1, 9))])}"
                    + f"@{self.domain(lang)}"
                )
            )
        return self.email_for(g, s, lang)

    def domain(self, lang: str) -> str:
        return self.pick(DOMAINS[lang] + DOMAINS["any"])

    # -- phones ----------------------------------------------------------------------------
    def phone(self, country: str) -> str:
        return self._fresh(lambda: _phone(self, country))

    # -- cards -----------------------------------------------------------------------------
    def card(self, brand: str = "") -> str:
        return self._fresh(lambda: _card(self, brand or self.pick(CARD_MIX)))

    def card_like_invalid(self) -> str:
        """16 digits in card groups with a real-looking prefix whose Luhn sum fails."""

        def make() -> str:
            body = self.pick(["4", "51", "52", "55", "6011"])
            full = luhn_complete(body + self.s(DG, 15 - len(body)))
            bad = full[:-1] + str((int(full[-1]) + self.r.randint(1, 9)) % 10)
            assert not luhn_ok(bad)
            sep = self.pick([" ", "-", "", " "])
            return sep.join(bad[i : i + 4] for i in range(0, 16, 4))

        return self._fresh(make)

    # -- bank ------------------------------------------------------------------------------
    def iban(self, country: str, style: str = "") -> str:
        def make() -> str:
            total, shape = IBAN_SPEC[country]
            bban = ""
            num = ""
            for ch in shape:
                if ch.isdigit():
                    num += ch
                    continue
                n = int(num)
                num = ""
                if ch == "n":
                    bban += self.s(DG, n)
                elif ch == "a":
                    bban += (
                        self.pick(BANK_CODES[country]) if country in BANK_CODES else self.s(UP, n)
                    )
                else:
                    bban += "".join(
                        self.r.choice(UP) if self.r.random() < 0.12 else self.r.choice(DG)
                        for _ in range(n)
                    )
            iban = iban_check(country, bban)
            assert len(iban) == total and iban_ok(iban)
            st = style or self.pick(["group", "group", "group", "compact", "compact", "lower"])
            if st == "compact":
                return iban
            grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
            if st == "lower":
                return grouped.lower() if self.r.random() < 0.5 else iban.lower()
            if st == "dash":
                return grouped.replace(" ", "-")
            return grouped

        return self._fresh(make)

    # -- SSN -------------------------------------------------------------------------------
    def ssn(self, style: str = "dash") -> str:
        def make() -> str:
            area = self.r.randint(1, 899)
            while area == 666:
                area = self.r.randint(1, 899)
            d = f"{area:03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"
            sep = {"dash": "-", "space": " ", "bare": "", "dot": "."}[style]
            return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"

        return self._fresh(make)

    # -- network ---------------------------------------------------------------------------
    def ipv4(self, public_doc: bool = True) -> str:
        def make() -> str:
            r = self.r.random()
            if public_doc and r < 0.55:
                net = self.pick(["192.0.2", "198.51.100", "203.0.113"])
                return f"{net}.{self.r.randint(1, 254)}"
            if r < 0.75:
                return (
                    f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
                )
            if r < 0.85:
                return f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            if r < 0.95:
                return f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            return (
                f"100.{self.r.randint(64, 127)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            )

        return self._fresh(make)

    def ipv6(self) -> str:
        def make() -> str:
            h = lambda: format(self.r.randint(1, 0xFFFF), "x")  # noqa: E731
            k = self.r.random()
            if k < 0.45:
                return f"2001:db8:{h()}:{h()}::{h()}"
            if k < 0.6:
                return f"2001:db8:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"
            if k < 0.7:
                return f"2001:0db8:{self.r.randint(0, 0xFFFF):04x}:0000:0000:{self.r.randint(0, 0xFFFF):04x}:0000:{self.r.randint(1, 0xFFFF):04x}"
            if k < 0.8:
                return f"fe80::{h()}:{h()}ff:fe{self.r.randint(0, 255):02x}:{h()}"
            if k < 0.9:
                return f"fd{self.r.randint(0, 255):02x}:{h()}:{h()}::{h()}"
            return f"::ffff:{self.ipv4()}"

        return self._fresh(make)

    def cidr(self) -> str:
        return self._fresh(
            lambda: self.pick(
                [
                    f"10.{self.r.randint(0, 255)}.0.0/16",
                    f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.0/24",
                    f"198.51.100.{self.r.choice([0, 64, 128])}/26",
                    f"2001:db8:{format(self.r.randint(1, 0xFFFF), 'x')}::/48",
                ]
            )
        )

    def mac(self) -> str:
        sep = self.pick([":", "-"])
        return self._fresh(lambda: sep.join(self.s("0123456789ABCDEF", 2) for _ in range(6)))

    # -- dates -----------------------------------------------------------------------------
    def dob(self, lang: str, style: str = "") -> str:
        def make() -> str:
            y, m, dd = self.r.randint(1936, 2006), self.r.randint(1, 12), self.r.randint(1, 28)
            return _date(self, lang, y, m, dd, style)

        return self._fresh(make)

    def other_date(self, lang: str) -> str:
        def make() -> str:
            y, m, dd = self.r.randint(2019, 2027), self.r.randint(1, 12), self.r.randint(1, 28)
            return _date(self, lang, y, m, dd, "")

        return self._fresh(make)

    def timestamp(self) -> str:
        def make() -> str:
            y, mo, dd = self.r.randint(2024, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
            hh, mi, ss = self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59)
            return self.pick(
                [
                    f"{y}-{mo:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z",
                    f"{y}-{mo:02d}-{dd:02d} {hh:02d}:{mi:02d}:{ss:02d}",
                    f"{y}-{mo:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{self.r.randint(0, 999):03d}+01:00",
                    str(self.r.randint(1_700_000_000, 1_790_000_000)),
                ]
            )

        return self._fresh(make)

    # -- streets ---------------------------------------------------------------------------
    def street(self, country: str) -> str:
        return self._fresh(lambda: _street(self, country))

    # -- decoys ----------------------------------------------------------------------------
    def uuid(self) -> str:
        h = self.s("0123456789abcdef", 32)
        return self._fresh(
            lambda: (
                f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{self.s('0123456789abcdef', 12)}"
            )
        )

    def hexs(self, n: int) -> str:
        return self._fresh(lambda: self.s("0123456789abcdef", n))

    def version(self) -> str:
        return self._fresh(
            lambda: self.pick(
                [
                    f"{self.r.randint(0, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 40)}",
                    f"v{self.r.randint(1, 5)}.{self.r.randint(0, 19)}.{self.r.randint(0, 9)}",
                    f"{self.r.randint(1, 4)}.{self.r.randint(0, 9)}.{self.r.randint(0, 9)}-rc{self.r.randint(1, 4)}",
                    f"{self.r.randint(10, 24)}.{self.r.randint(1, 12)}.{self.r.randint(1, 4)}.{self.r.randint(100, 9999)}",
                ]
            )
        )

    def order(self) -> str:
        return self._fresh(
            lambda: self.pick(
                [
                    f"ORD-{self.r.randint(2024, 2026)}-{self.d(6)}",
                    f"#{self.d(7, '123456789')}",
                    f"PO{self.d(8)}",
                    f"A{self.d(3)}-{self.d(4)}-{self.d(3)}",
                    f"{self.d(10, '123456789')}",
                    f"SO-{self.s(UP, 2)}{self.d(6)}",
                ]
            )
        )

    def invoice(self) -> str:
        return self._fresh(
            lambda: self.pick(
                [
                    f"INV-{self.d(6)}",
                    f"RE-{self.r.randint(2024, 2026)}-{self.d(5)}",
                    f"F{self.r.randint(2024, 2026)}/{self.d(4)}",
                    f"FAC-{self.d(4)}-{self.d(3)}",
                    f"{self.r.randint(2024, 2026)}{self.d(6)}",
                ]
            )
        )

    def tracking(self) -> str:
        return self._fresh(
            lambda: self.pick(
                [
                    f"1Z{self.s(UP + DG, 6)}{self.d(10)}",
                    f"JJD{self.d(18)}",
                    f"{self.s(UP, 2)}{self.d(9)}{self.pick(['DE', 'FR', 'ES', 'GB', 'US'])}",
                    f"{self.d(12, '3456789')}",
                ]
            )
        )

    def ticket(self) -> str:
        return self._fresh(
            lambda: self.pick(
                [
                    f"{self.pick(['INC', 'REQ', 'CHG', 'SR', 'CS'])}{self.d(7)}",
                    f"{self.pick(['OPS', 'SUP', 'HELP', 'BILL', 'SEC'])}-{self.r.randint(100, 99999)}",
                    f"#{self.r.randint(10000, 999999)}",
                ]
            )
        )

    def price(self, lang: str) -> str:
        def make() -> str:
            whole, cents = self.r.randint(3, 24999), self.r.randint(0, 99)
            if lang == "en":
                return self.pick(
                    [
                        f"${whole:,}.{cents:02d}",
                        f"£{whole:,}.{cents:02d}",
                        f"USD {whole:,}.{cents:02d}",
                    ]
                )
            grp = f"{whole:,}".replace(",", ".")
            return self.pick(
                [
                    f"{grp},{cents:02d} €",
                    f"€ {grp},{cents:02d}",
                    f"{grp},{cents:02d} EUR",
                    f"CHF {whole:,}.{cents:02d}".replace(",", "'"),
                ]
            )

        return self._fresh(make)

    def isbn(self) -> str:
        def make() -> str:
            body = "978" + self.s(DG, 9)
            total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
            full = body + str((10 - total % 10) % 10)
            return self.pick(
                [
                    f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}",
                    full,
                    f"{full[:3]}-{full[3:5]}-{full[5:9]}-{full[9:12]}-{full[12]}",
                ]
            )

        return self._fresh(make)

    def product(self) -> str:
        """Part numbers and SKUs that are shaped like phone numbers or IDs but are neither."""
        return self._fresh(
            lambda: self.pick(
                [
                    f"{self.d(3)}-{self.d(3)}-{self.d(2)}",
                    f"{self.d(4)}.{self.d(3)}.{self.d(3)}",
                    f"SKU {self.d(3)} {self.d(3)} {self.d(3)}",
                    f"{self.d(2)}-{self.d(4)}-{self.d(3)}-{self.d(2)}",
                    f"{self.s(UP, 3)}-{self.d(4)}-{self.d(2)}",
                ]
            )
        )

    # -- secrets ---------------------------------------------------------------------------
    def password(self) -> str:
        return self._fresh(lambda: _password(self))

    def token(self, vendor: str = "") -> str:
        return self._fresh(lambda: _token(self, vendor or self.pick(VENDORS)))

    def jwt(self) -> str:
        def make() -> str:
            head = {"alg": self.pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}
            body = {
                "sub": self.d(8),
                "iat": self.r.randint(1_700_000_000, 1_790_000_000),
                "scope": self.pick(["read", "read write", "admin", "billing:read"]),
            }
            enc = lambda o: base64.urlsafe_b64encode(json.dumps(o).encode()).decode().rstrip("=")  # noqa: E731
            return f"{enc(head)}.{enc(body)}.{self.s(B64URL, 43)}"

        return self._fresh(make)

    def pem(self) -> str:
        kind = self.pick(
            ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]
        )
        lines = [self.s(ALNUM + "+/", 64) for _ in range(self.r.randint(3, 6))]
        lines.append(self.s(ALNUM + "+/", self.r.randint(8, 60)) + "==")
        body = "\n".join(lines)
        return self._fresh(lambda: f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----")

    def userinfo(self, lang: str) -> str:
        """``user:password`` for a URL; the password may hold percent escapes."""

        def make() -> str:
            user = self.pick(
                [
                    _ascii(self.given(lang)).lower(),
                    "admin",
                    "svc_" + self.s(LO, 5),
                    "deploy",
                    "backup",
                    "app",
                    "report_ro",
                    "etl-" + self.s(LO, 3),
                    "ftpuser" + self.d(2),
                ]
            )
            pw = _password(self)
            pw = pw.replace("@", "%40").replace("/", "%2F").replace(":", "%3A").replace("#", "%23")
            pw = pw.replace("?", "%3F")
            return f"{user}:{pw}"

        return self._fresh(make)
