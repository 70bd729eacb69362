"""Value makers for the second held-out set: valid private values, and decoys that are not.

Written fresh for this set (2026-12-06), without looking at the first set's pools. Every maker
draws from the one ``random.Random`` it is given, so the whole set follows from the seed, and
remembers what it handed out so that a value is not reused across texts.
Checks (Luhn, mod-97, SSN ranges) live here too: generate.py runs them on every span.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import string
import unicodedata

from gen_pools import (
    BANK_GB,
    DOMAINS,
    GIVEN,
    MONTHS,
    STREETS,
    SURNAMES,
)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
B64URL = ALNUM + "-_"

# Country: (total IBAN length, BBAN shape as (count, class) with class n digits, a upper, c alnum)
IBAN_SPEC: dict[str, tuple[int, str]] = {
    "DE": (22, "18n"), "AT": (20, "16n"), "CH": (21, "5n12c"), "FR": (27, "10n11c2n"),
    "ES": (24, "20n"), "GB": (22, "4a14n"), "IE": (22, "4a14n"), "IT": (27, "1a10n12c"),
    "NL": (18, "4a10n"), "BE": (16, "12n"), "LU": (20, "3n13c"), "PT": (25, "21n"),
    "PL": (28, "24n"), "CZ": (24, "20n"), "SK": (24, "20n"), "SE": (24, "20n"),
    "DK": (18, "14n"), "NO": (15, "11n"), "FI": (18, "14n"), "MC": (27, "10n11c2n"),
    "LI": (21, "5n12c"), "HR": (21, "17n"), "SI": (19, "15n"), "HU": (28, "24n"),
    "RO": (24, "4a16c"), "GR": (27, "7n16c"), "MT": (31, "4a5n18c"), "AD": (24, "8n12c"),
    "EE": (20, "16n"), "LT": (20, "16n"), "LV": (21, "4a13c"), "IS": (26, "22n"),
    "CY": (28, "8n16c"), "BG": (22, "4a6n8c"), "TR": (26, "6n16c"), "SA": (24, "2n18c"),
    "AE": (23, "19n"),
}


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for last in DG:
        if luhn_ok(body + last):
            return body + last
    raise AssertionError(body)


def iban_ok(raw: str) -> bool:
    s = "".join(ch for ch in raw if ch.isalnum()).upper()
    spec = IBAN_SPEC.get(s[:2])
    if spec is None or len(s) != spec[0]:
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    rem = int("".join(str(int(ch, 36)) for ch in moved)) % 97
    return f"{country}{98 - rem:02d}{bban}"


def ssn_ok(raw: str) -> bool:
    d = "".join(ch for ch in raw if ch.isdigit())
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= area <= 899 and area != 666 and group != 0 and serial != 0


def ip_ok(raw: str) -> bool:
    try:
        ipaddress.ip_network(raw, strict=False) if "/" in raw else ipaddress.ip_address(raw)
    except ValueError:
        return False
    return True


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
                [f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s[:1]}", f"{s}.{g}", f"{g}_{s}",
                 f"{g[0]}{s}", f"{g}.{s}{self.r.randint(2, 98)}", f"{s}-{g[0]}"]
            )
            return f"{local}@{self.domain(lang)}"

        return self._fresh(make)

    def email(self, lang: str) -> str:
        g, s = self.given(lang), self.surname(lang)
        if self.r.random() < 0.2:
            return self._fresh(
                lambda: self.pick(["billing", "support", "hr", "facturation", "buchhaltung",
                                   "compras", "it-helpdesk", "noreply", "payroll", "contacto",
                                   "rrhh", "kundenservice", "sav", "ops-alerts"])
                + f"{self.pick(['', '', '.' + self.s(LO, 2), str(self.r.randint(1, 9))])}"
                + f"@{self.domain(lang)}"
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
                    bban += self.pick(BANK_GB) if n == 4 and country in ("GB", "IE") else \
                        self.s(UP, n)
                else:
                    bban += "".join(self.r.choice(UP) if self.r.random() < 0.12 else self.r.choice(DG) for _ in range(n))
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
                return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            if r < 0.85:
                return f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            if r < 0.95:
                return f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            return f"100.{self.r.randint(64, 127)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

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
            lambda: self.pick([
                f"10.{self.r.randint(0, 255)}.0.0/16",
                f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.0/24",
                f"198.51.100.{self.r.choice([0, 64, 128])}/26",
                f"2001:db8:{format(self.r.randint(1, 0xFFFF), 'x')}::/48",
            ])
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
            return self.pick([
                f"{y}-{mo:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z",
                f"{y}-{mo:02d}-{dd:02d} {hh:02d}:{mi:02d}:{ss:02d}",
                f"{y}-{mo:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{self.r.randint(0, 999):03d}+01:00",
                str(self.r.randint(1_700_000_000, 1_790_000_000)),
            ])

        return self._fresh(make)

    # -- streets ---------------------------------------------------------------------------
    def street(self, country: str) -> str:
        return self._fresh(lambda: _street(self, country))

    # -- decoys ----------------------------------------------------------------------------
    def uuid(self) -> str:
        h = self.s("0123456789abcdef", 32)
        return self._fresh(lambda: f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{self.s('0123456789abcdef', 12)}")

    def hexs(self, n: int) -> str:
        return self._fresh(lambda: self.s("0123456789abcdef", n))

    def version(self) -> str:
        return self._fresh(lambda: self.pick([
            f"{self.r.randint(0, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 40)}",
            f"v{self.r.randint(1, 5)}.{self.r.randint(0, 19)}.{self.r.randint(0, 9)}",
            f"{self.r.randint(1, 4)}.{self.r.randint(0, 9)}.{self.r.randint(0, 9)}-rc{self.r.randint(1, 4)}",
            f"{self.r.randint(10, 24)}.{self.r.randint(1, 12)}.{self.r.randint(1, 4)}.{self.r.randint(100, 9999)}",
        ]))

    def order(self) -> str:
        return self._fresh(lambda: self.pick([
            f"ORD-{self.r.randint(2024, 2026)}-{self.d(6)}", f"#{self.d(7, '123456789')}",
            f"PO{self.d(8)}", f"A{self.d(3)}-{self.d(4)}-{self.d(3)}", f"{self.d(10, '123456789')}",
            f"SO-{self.s(UP, 2)}{self.d(6)}",
        ]))

    def invoice(self) -> str:
        return self._fresh(lambda: self.pick([
            f"INV-{self.d(6)}", f"RE-{self.r.randint(2024, 2026)}-{self.d(5)}",
            f"F{self.r.randint(2024, 2026)}/{self.d(4)}", f"FAC-{self.d(4)}-{self.d(3)}",
            f"{self.r.randint(2024, 2026)}{self.d(6)}",
        ]))

    def tracking(self) -> str:
        return self._fresh(lambda: self.pick([
            f"1Z{self.s(UP + DG, 6)}{self.d(10)}", f"JJD{self.d(18)}",
            f"{self.s(UP, 2)}{self.d(9)}{self.pick(['DE', 'FR', 'ES', 'GB', 'US'])}",
            f"{self.d(12, '3456789')}",
        ]))

    def ticket(self) -> str:
        return self._fresh(lambda: self.pick([
            f"{self.pick(['INC', 'REQ', 'CHG', 'SR', 'CS'])}{self.d(7)}",
            f"{self.pick(['OPS', 'SUP', 'HELP', 'BILL', 'SEC'])}-{self.r.randint(100, 99999)}",
            f"#{self.r.randint(10000, 999999)}",
        ]))

    def price(self, lang: str) -> str:
        def make() -> str:
            whole, cents = self.r.randint(3, 24999), self.r.randint(0, 99)
            if lang == "en":
                return self.pick([f"${whole:,}.{cents:02d}", f"£{whole:,}.{cents:02d}",
                                  f"USD {whole:,}.{cents:02d}"])
            grp = f"{whole:,}".replace(",", ".")
            return self.pick([f"{grp},{cents:02d} €", f"€ {grp},{cents:02d}", f"{grp},{cents:02d} EUR",
                              f"CHF {whole:,}.{cents:02d}".replace(",", "'")])

        return self._fresh(make)

    def isbn(self) -> str:
        def make() -> str:
            body = "978" + self.s(DG, 9)
            total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
            full = body + str((10 - total % 10) % 10)
            return self.pick([f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}", full,
                              f"{full[:3]}-{full[3:5]}-{full[5:9]}-{full[9:12]}-{full[12]}"])

        return self._fresh(make)

    def product(self) -> str:
        """Part numbers and SKUs that are shaped like phone numbers or IDs but are neither."""
        return self._fresh(lambda: self.pick([
            f"{self.d(3)}-{self.d(3)}-{self.d(2)}", f"{self.d(4)}.{self.d(3)}.{self.d(3)}",
            f"SKU {self.d(3)} {self.d(3)} {self.d(3)}", f"{self.d(2)}-{self.d(4)}-{self.d(3)}-{self.d(2)}",
            f"{self.s(UP, 3)}-{self.d(4)}-{self.d(2)}",
        ]))

    # -- secrets ---------------------------------------------------------------------------
    def password(self) -> str:
        return self._fresh(lambda: _password(self))

    def token(self, vendor: str = "") -> str:
        return self._fresh(lambda: _token(self, vendor or self.pick(VENDORS)))

    def jwt(self) -> str:
        def make() -> str:
            head = {"alg": self.pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}
            body = {"sub": self.d(8), "iat": self.r.randint(1_700_000_000, 1_790_000_000),
                    "scope": self.pick(["read", "read write", "admin", "billing:read"])}
            enc = lambda o: base64.urlsafe_b64encode(json.dumps(o).encode()).decode().rstrip("=")  # noqa: E731
            return f"{enc(head)}.{enc(body)}.{self.s(B64URL, 43)}"

        return self._fresh(make)

    def pem(self) -> str:
        kind = self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        lines = [self.s(ALNUM + "+/", 64) for _ in range(self.r.randint(3, 6))]
        lines.append(self.s(ALNUM + "+/", self.r.randint(8, 60)) + "==")
        body = "\n".join(lines)
        return self._fresh(lambda: f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----")

    def userinfo(self, lang: str) -> str:
        """``user:password`` for a URL; the password may hold percent escapes."""

        def make() -> str:
            user = self.pick([
                _ascii(self.given(lang)).lower(), "admin", "svc_" + self.s(LO, 5), "deploy",
                "backup", "app", "report_ro", "etl-" + self.s(LO, 3), "ftpuser" + self.d(2),
            ])
            pw = _password(self)
            pw = pw.replace("@", "%40").replace("/", "%2F").replace(":", "%3A").replace("#", "%23")
            pw = pw.replace("?", "%3F")
            return f"{user}:{pw}"

        return self._fresh(make)


CARD_MIX = ["visa"] * 9 + ["mc"] * 6 + ["mc2"] * 2 + ["amex"] * 4 + ["diners"] * 2 + [
    "discover", "discover", "jcb", "jcb", "visa13", "unionpay", "maestro"]


def _card(v: Values, brand: str) -> str:
    r = v.r
    if brand == "visa":
        n = luhn_complete("4" + v.s(DG, 14))
    elif brand == "visa13":
        n = luhn_complete("4" + v.s(DG, 11))
        return v.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:7]}-{n[7:10]}-{n[10:]}"])
    elif brand == "mc":
        n = luhn_complete(str(r.randint(51, 55)) + v.s(DG, 13))
    elif brand == "mc2":
        n = luhn_complete(str(r.randint(2221, 2720)) + v.s(DG, 11))
    elif brand == "discover":
        n = luhn_complete(v.pick(["6011", "65" + v.s(DG, 2), "644"+ v.s(DG, 1)]) + v.s(DG, 11))
    elif brand == "jcb":
        n = luhn_complete(str(r.randint(3528, 3589)) + v.s(DG, 11))
    elif brand == "unionpay":
        n = luhn_complete("62" + v.s(DG, 16))
        return v.pick([n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:16]} {n[16:]}", f"{n[:6]} {n[6:]}"])
    elif brand == "maestro":
        n = luhn_complete(v.pick(["6759", "5018", "5020", "6304"]) + v.s(DG, 14))
        return v.pick([n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:16]} {n[16:]}"])
    elif brand == "amex":
        n = luhn_complete(v.pick(["34", "37"]) + v.s(DG, 12))
        return v.pick([f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}", n])
    elif brand == "diners":
        n = luhn_complete(v.pick(["36", "38"]) + v.s(DG, 11))
        return v.pick([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    else:
        raise AssertionError(brand)
    style = v.pick(["space", "space", "space", "dash", "plain", "plain", "dot", "zwsp"])
    groups = [n[i : i + 4] for i in range(0, 16, 4)]
    if style == "plain":
        return n
    if style == "zwsp":
        return "\u200b".join(groups) if v.r.random() < 0.5 else " \u200b".join(groups)
    return {"space": " ", "dash": "-", "dot": "."}[style].join(groups)


def _phone(v: Values, c: str) -> str:
    d, p = v.d, v.pick
    if c == "US":
        a, x = f"{v.r.randint(2, 9)}{v.d(2)}", f"01{v.d(2)}"
        area = p(["212", "415", "312", "617", "206", "303", "512", "404", "702", "919", a])
        return p([f"({area}) 555-{x}", f"{area}-555-{x}", f"{area}.555.{x}", f"+1 {area} 555 {x}",
                  f"+1-{area}-555-{x}", f"1-{area}-555-{x}", f"1 ({area}) 555-{x}",
                  f"{area}555{x}", f"+1 ({area}) 555-{x}", f"+1{area}555{x}"])
    if c == "UK":
        return p([f"020 7946 0{d(3)}", f"+44 20 7946 0{d(3)}", f"07700 900{d(3)}",
                  f"+44 7700 900{d(3)}", f"0161 496 0{d(3)}", f"(0161) 496 0{d(3)}",
                  f"+44 (0)20 7946 0{d(3)}", f"0113 496 0{d(3)}", f"07700900{d(3)}",
                  f"+44 113 496 0{d(3)}", f"0044 7700 900 {d(3)}"])
    if c == "IE":
        return p([f"+353 1 {d(3)} {d(4)}", f"01 {d(3)} {d(4)}", f"087 {d(3)} {d(4)}",
                  f"+353 86 {d(3)} {d(4)}"])
    if c == "DE":
        mob = p(["151", "152", "160", "162", "170", "171", "172", "175", "176", "177", "179"])
        city = p(["30", "40", "89", "221", "69", "711", "211", "351", "341", "511", "911"])
        ln = d(8 - len(city) + 1 if len(city) < 3 else 7)
        return p([f"0{city} {ln}", f"0{city}/{ln}", f"+49 {city} {ln}", f"0{mob} {d(7)}",
                  f"0{mob}-{d(8)}", f"+49 {mob} {d(7)}", f"+49 (0){city} {ln[:-1]}-0",
                  f"0049 {city} {ln[:3]} {ln[3:]}", f"(0{city}) {ln[:2]} {ln[2:4]} {ln[4:]}",
                  f"0{city} / {ln}", f"0{mob}{d(7)}", f"+49 {mob[:3]} {d(4)} {d(3)}",
                  f"+49-{city}-{ln}"])
    if c == "AT":
        return p([f"+43 1 {d(7)}", f"01 {d(3)} {d(2)} {d(2)}", f"0664 {d(7)}",
                  f"+43 664 {d(3)} {d(2)} {d(2)}", f"0676/{d(7)}", f"+43 316 {d(6)}",
                  f"0043 699 {d(8)}"])
    if c == "CH":
        return p([f"+41 44 {d(3)} {d(2)} {d(2)}", f"044 {d(3)} {d(2)} {d(2)}",
                  f"079 {d(3)} {d(2)} {d(2)}", f"0041 79 {d(3)} {d(2)} {d(2)}",
                  f"+41 22 {d(3)} {d(2)} {d(2)}", f"022 {d(3)} {d(2)} {d(2)}",
                  f"+41 (0)31 {d(3)} {d(2)} {d(2)}", f"076 {d(3)} {d(2)} {d(2)}"])
    if c == "FR":
        g = lambda: " ".join(d(2) for _ in range(4))  # noqa: E731
        h = p(["1", "2", "3", "4", "5", "6", "7", "9"])
        return p([f"0{h} {g()}", f"+33 {h} {g()}", f"0{h}.{g().replace(' ', '.')}",
                  f"+33 (0){h} {g()}", f"0{p(['6', '7'])}{d(8)}", f"0033 {h} {g()}",
                  f"0{h}-{g().replace(' ', '-')}", f"+33{p(['6', '7'])}{d(8)}",
                  f"0{h} {g()}"])
    if c == "BE":
        return p([f"+32 2 {d(3)} {d(2)} {d(2)}", f"02 {d(3)} {d(2)} {d(2)}",
                  f"04{p(['7', '8', '9'])}{d(1)} {d(2)} {d(2)} {d(2)}",
                  f"+32 4{p(['7', '8', '9'])}{d(1)} {d(2)} {d(2)} {d(2)}", f"09 {d(3)} {d(2)} {d(2)}",
                  f"+32 (0)3 {d(3)} {d(2)} {d(2)}"])
    if c == "ES":
        land = p(["91", "93", "95", "96", "94", "98"])
        m = p(["6", "7"])
        return p([f"{land}{d(1)} {d(3)} {d(3)}", f"+34 {land}{d(1)} {d(3)} {d(3)}",
                  f"{m}{d(2)} {d(2)} {d(2)} {d(2)}", f"+34 {m}{d(2)}-{d(3)}-{d(3)}",
                  f"0034 {land} {d(3)} {d(2)} {d(2)}", f"({land}) {d(3)} {d(2)} {d(2)}",
                  f"{m}{d(8)}", f"+34 {m}{d(2)} {d(3)} {d(3)}", f"+34{m}{d(8)}",
                  f"{land}{d(1)}.{d(3)}.{d(3)}"])
    if c == "MX":
        return p([f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 55 {d(4)} {d(4)}",
                  f"(55) {d(4)}-{d(4)}", f"+52 81 {d(4)} {d(4)}", f"(33) {d(4)} {d(4)}",
                  f"+52 (33) {d(4)}-{d(4)}", f"01 800 {d(3)} {d(4)}"])
    if c == "AR":
        return p([f"+54 9 11 {d(4)}-{d(4)}", f"011 {d(4)}-{d(4)}", f"+54 11 {d(4)} {d(4)}"])
    if c == "NL":
        return p([f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"020 {d(3)} {d(4)}", f"+31 6 {d(8)}"])
    if c == "IT":
        return p([f"+39 02 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"06 {d(4)} {d(4)}"])
    if c == "CA":
        return p([f"(416) 555-01{d(2)}", f"+1 604 555 01{d(2)}", f"514-555-01{d(2)}"])
    raise AssertionError(c)


COUNTRIES = {
    "en": ["US"] * 6 + ["UK"] * 4 + ["IE", "CA", "NL", "IT", "DE", "FR"],
    "de": ["DE"] * 7 + ["AT"] * 3 + ["CH"] * 3 + ["NL", "UK", "US", "IT"],
    "fr": ["FR"] * 7 + ["BE"] * 3 + ["CH"] * 3 + ["ES", "UK", "CA"],
    "es": ["ES"] * 7 + ["MX"] * 4 + ["AR"] * 2 + ["US", "FR", "IT"],
}


def _date(v: Values, lang: str, y: int, m: int, dd: int, style: str) -> str:
    mon = MONTHS[lang][m - 1]
    short = mon[:3] if lang != "fr" else mon[:4].rstrip(".") if len(mon) > 4 else mon
    opts: dict[str, list[str]] = {
        "en": [f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{dd:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{dd:02d}",
               f"{mon} {dd}, {y}", f"{dd} {mon} {y}", f"{short} {dd} {y}", f"{dd}-{short}-{y}",
               f"{mon} {dd}{_th(dd)}, {y}", f"{dd}{_th(dd)} {mon} {y}", f"{m:02d}-{dd:02d}-{y}"],
        "de": [f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd}. {mon} {y}", f"{y}-{m:02d}-{dd:02d}",
               f"{dd:02d}.{m:02d}.{str(y)[2:]}", f"{dd}. {short}. {y}" if len(mon) > 4 else f"{dd}. {mon} {y}",
               f"{dd:02d}.{m:02d}.{y}"],
        "fr": [f"{dd:02d}/{m:02d}/{y}", f"{dd} {mon} {y}", f"{dd:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{dd:02d}",
               f"{'1er' if dd == 1 else dd} {mon} {y}", f"{dd:02d}.{m:02d}.{y}", f"{dd}/{m}/{y}"],
        "es": [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {mon} de {y}", f"{dd}-{m:02d}-{y}", f"{y}-{m:02d}-{dd:02d}",
               f"{dd}/{m}/{y}", f"{dd} {short} {y}", f"{dd} de {mon} del {y}", f"{dd:02d}.{m:02d}.{y}"],
    }
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "numeric":
        return opts[lang][0]
    return v.pick(opts[lang])


def _th(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _street(v: Values, c: str) -> str:
    n = v.r.randint(1, 480)
    p = v.pick
    name = p(STREETS[c])
    if c == "US":
        base = f"{n} {name} {p(['Street', 'St.', 'Avenue', 'Ave', 'Road', 'Blvd', 'Lane', 'Drive', 'Dr.', 'Court', 'Way', 'Place', 'Parkway'])}"
        if v.r.random() < 0.15:
            base = f"{n} {p(['N.', 'S.', 'E.', 'W.', 'North', 'West'])} {name} {p(['Street', 'Ave', 'Road'])}"
        if v.r.random() < 0.3:
            base += p([f", Suite {v.r.randint(100, 950)}", f", Apt {v.r.randint(1, 30)}{p('ABCD')}",
                       f" #{v.r.randint(2, 40)}", f", Unit {v.r.randint(1, 12)}", f" Apt. {v.r.randint(1, 9)}"])
        return base
    if c == "UK":
        base = f"{n} {name} {p(['Road', 'Street', 'Lane', 'Close', 'Gardens', 'Crescent', 'Terrace', 'Mews', 'Avenue', 'Row'])}"
        if v.r.random() < 0.25:
            base = p([f"Flat {v.r.randint(1, 24)}, ", f"Flat {v.r.randint(1, 9)}{p('ABC')}, ",
                      f"Unit {v.r.randint(1, 9)}, "]) + base
        return base
    if c == "DE":
        suf = p(["straße", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer"])
        base = f"{name}{suf} {n}{p(['', '', '', 'a', 'b', ' c', '-' + str(n + 2)])}"
        if v.r.random() < 0.12:
            base = f"{p(['Am', 'An der', 'Im', 'Auf dem', 'Zur'])} {name}{p(['berg', 'hof', 'bach', 'garten', 'mühle'])} {n}"
        if v.r.random() < 0.15:
            base = f"{name}-{p(['Ebert', 'Heuss', 'Adenauer', 'Brandt', 'Scholl'])}-{p(['Straße', 'Allee', 'Platz'])} {n}"
        if v.r.random() < 0.1:
            base += p([", 3. OG", ", Hinterhaus", ", 2. Stock links", " / Top 5"])
        return base
    if c == "CH":
        return f"{name}{p(['strasse', 'gasse', 'weg', 'rain'])} {n}" if v.r.random() < 0.6 else \
            f"{p(['Rue', 'Chemin', 'Avenue'])} {p(['de la Gare', 'du Lac', 'des Alpes', 'de Lausanne', 'du Mont-Blanc'])} {n}"
    if c == "FR":
        typ = p(["rue", "rue", "avenue", "boulevard", "allée", "impasse", "place", "chemin", "quai", "cours"])
        num = f"{n}{p(['', '', '', ' bis', ' ter', 'B'])}"
        base = f"{num}{p([' ', ', '])}{typ} {name}"
        if v.r.random() < 0.12:
            base = p([f"Bât. {p('ABCD')}, ", f"Appt {v.r.randint(1, 60)}, ", f"Résidence Les Pins, "]) + base
        return base
    if c == "BE":
        return f"{p(['Rue', 'Avenue', 'Chaussée', 'Boulevard'])} {name} {n}" if v.r.random() < 0.6 else \
            f"{p(['Kerkstraat', 'Stationsstraat', 'Molenstraat', 'Dorpsstraat'])} {n}"
    if c == "ES":
        typ = p(["Calle", "C/", "Avda.", "Avenida", "Paseo", "Plaza", "Carrer", "Ronda", "Camino", "Travesía"])
        base = f"{typ} {name}{p([' ', ', ', ', nº '])}{n}"
        if v.r.random() < 0.35:
            base += p([f", {v.r.randint(1, 9)}º {p('ABCD')}", f", {v.r.randint(1, 8)}º {v.r.randint(1, 4)}ª",
                       f", bajo", f", {v.r.randint(1, 6)}-{p('ABCDI')}", f" {v.r.randint(1, 9)}º{p('ABCD')}"])
        return base
    if c == "MX":
        return f"{p(['Av.', 'Calle', 'Blvd.', 'Calz.'])} {name} {n}{p(['', ' Int. ' + str(v.r.randint(1, 20)), ' Depto. ' + str(v.r.randint(101, 904))])}"
    raise AssertionError(c)


STREET_COUNTRIES = {
    "en": ["US"] * 6 + ["UK"] * 4, "de": ["DE"] * 8 + ["CH", "CH"],
    "fr": ["FR"] * 8 + ["BE", "CH"], "es": ["ES"] * 7 + ["MX"] * 3,
}


def _password(v: Values) -> str:
    p = v.pick
    words = ["Sommer", "winter", "Kaffee", "soleil", "Lluvia", "tiger", "Falcon", "marea", "Blume",
             "orange", "Nebel", "pivot", "Cobalt", "luna", "Hafen", "ruisseau", "granito", "Delta",
             "maple", "Kiesel", "brume", "Cielo", "quartz", "Anker", "olivo", "Perle", "tundra"]
    sym = ["!", "#", "?", "$", "%", "*", "&", "!!", "+", "@", "_", "-", "."]
    k = v.r.random()
    if k < 0.3:
        return f"{p(words).capitalize()}{v.r.randint(10, 2029)}{p(sym[:9])}"
    if k < 0.55:
        return v.s(ALNUM, v.r.randint(3, 6)) + p(sym[:11]) + v.s(ALNUM, v.r.randint(4, 8))
    if k < 0.68:
        return f"{p(words)}-{p(words).lower()}-{v.r.randint(10, 99)}"
    if k < 0.8:
        leet = p(words).replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return f"{leet.capitalize()}{p(sym[:9])}{v.r.randint(1, 999)}"
    if k < 0.88:
        return f"{v.s(UP, 1)}{v.s(LO, 1)}({v.d(1)})[{v.s(LO, 1)}]{{{v.d(1)}}}{p(sym[:6])}"
    return v.s(ALNUM + "!#$%&*+=?~", v.r.randint(10, 18)) + v.d(1)


VENDORS = ["openai", "anthropic", "aws", "github", "github_pat", "gitlab", "slack", "stripe",
           "sendgrid", "google", "hf", "npm", "shopify", "twilio", "mailchimp", "vault", "doppler",
           "square", "pypi", "azure", "datadog", "digitalocean", "linear", "postman", "slack_hook"]


def _token(v: Values, vendor: str) -> str:
    s = v.s
    return {
        "openai": lambda: "sk-proj-" + s(B64URL, 74) + "T3BlbkFJ" + s(B64URL, 20) if v.r.random() < 0.5
        else "sk-" + s(ALNUM, 48),
        "anthropic": lambda: "sk-ant-api03-" + s(B64URL, 93) + "AA",
        "aws": lambda: v.pick(["AKIA", "ASIA"]) + s(UP + "234567", 16),
        "github": lambda: v.pick(["ghp_", "gho_", "ghs_", "ghu_"]) + s(ALNUM, 36),
        "github_pat": lambda: "github_pat_11" + s(UP + DG, 20) + "_" + s(ALNUM, 59),
        "gitlab": lambda: "glpat-" + s(ALNUM + "-_", 20),
        "slack": lambda: v.pick(["xoxb-", "xoxp-", "xapp-1-"]) + s(DG, 12) + "-" + s(DG, 13) + "-" + s(ALNUM, 24),
        "stripe": lambda: v.pick(["sk_live_", "rk_live_", "sk_test_", "whsec_"]) + s(ALNUM, 32),
        "sendgrid": lambda: "SG." + s(B64URL, 22) + "." + s(B64URL, 43),
        "google": lambda: "AIza" + s(B64URL, 35),
        "hf": lambda: "hf_" + s(ALNUM, 34),
        "npm": lambda: "npm_" + s(ALNUM, 36),
        "shopify": lambda: v.pick(["shpat_", "shpss_"]) + s("0123456789abcdef", 32),
        "twilio": lambda: "SK" + s("0123456789abcdef", 32),
        "mailchimp": lambda: s("0123456789abcdef", 32) + "-us" + str(v.r.randint(1, 21)),
        "vault": lambda: "hvs." + s(B64URL, 90),
        "doppler": lambda: "dp.st.prd." + s(ALNUM, 40),
        "square": lambda: "EAAA" + s(B64URL, 60),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + s(B64URL, 50),
        "azure": lambda: s(ALNUM + "+/", 86) + "==",
        "datadog": lambda: s("0123456789abcdef", 40),
        "digitalocean": lambda: "dop_v1_" + s("0123456789abcdef", 64),
        "linear": lambda: "lin_api_" + s(ALNUM, 40),
        "postman": lambda: "PMAK-" + s("0123456789abcdef", 24) + "-" + s("0123456789abcdef", 34),
        "slack_hook": lambda: f"https://hooks.slack.com/services/T{s(UP + DG, 8)}/B{s(UP + DG, 10)}/{s(ALNUM, 24)}",
        "aws_secret": lambda: s(ALNUM + "/+", 40),
    }[vendor]()


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ı", "i").replace("ł", "l")
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    return s.replace("-", "").replace(" ", "").replace(".", "")
