"""Value makers: each returns the value already marked ``⟦TYPE|value⟧`` where it is written.

Values are unique across the set (a set of used values) so a detector cannot score twice on
one memorised string; formats are drawn per language, with and without separators.
"""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata

from h5_markup import IBAN_LEN, luhn_ok
from h5_pools import DOMAINS, GIVEN, MONTHS, PW_WORDS, STREET, SURNAME, TOWN

CARD_PREFIX = [("4", 16), ("4", 13), ("51", 16), ("54", 16), ("2221", 16), ("2720", 16),
               ("34", 15), ("37", 15), ("36", 14), ("38", 14), ("6011", 16), ("3530", 16),
               ("62", 16), ("4", 19)]  # fmt: skip
US_AREA = ["212", "415", "503", "617", "720", "312", "206", "404"]


class Ctx:
    """Draws values for one set, never the same structured value twice."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def _new(self, make: object) -> str:
        assert callable(make)
        for _ in range(200):
            v = str(make())
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("value pool exhausted")

    def d(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def pick(self, seq: list[str] | tuple[str, ...]) -> str:
        return self.rng.choice(list(seq))

    # -- people and places ---------------------------------------------------------------
    def given(self, lang: str) -> str:
        return self.pick(GIVEN[lang])

    def surname(self, lang: str) -> str:
        return self.pick(SURNAME[lang])

    def person(self, lang: str, form: str = "full") -> str:
        g, s = self.given(lang), self.surname(lang)
        v = {"full": f"{g} {s}", "given": g, "surname": s, "rev": f"{s}, {g}",
             "caps": f"{s.upper()} {g}"}[form]  # fmt: skip
        return f"⟦PERSON|{v}⟧"

    def street(self, lang: str) -> str:
        st = self.pick(STREET[lang])
        n = str(self.rng.randint(1, 240))
        floor, door = self.rng.randint(1, 9), self.pick(["izda.", "dcha.", "B"])
        v = {
            "en": lambda: self.pick([f"{n} {st}", f"Flat {self.rng.randint(1, 30)}, {n} {st}"]),
            "de": lambda: self.pick([f"{st} {n}", f"{st} {n}a", f"{st} {n}, {floor}. OG"]),
            "fr": lambda: self.pick([f"{n} {st}", f"{n} bis {st}", f"{n}, {st}"]),
            "es": lambda: self.pick([f"{st} {n}", f"{st}, {n}, {floor}º {door}"]),
            "it": lambda: self.pick([f"{st} {n}", f"{st}, {n}"]),
            "nl": lambda: self.pick([f"{st} {n}", f"{st} {n}-{self.pick(['I', 'II', 'hs'])}"]),
            "pt": lambda: self.pick([f"{st}, {n}", f"{st} {n}, {self.rng.randint(1, 6)}º Esq."]),
        }[lang]()  # fmt: skip
        return f"⟦STREET_ADDRESS|{v}⟧"

    def town(self, lang: str) -> str:
        return self.pick(TOWN[lang])

    # -- contact -------------------------------------------------------------------------
    def email(self, lang: str, obfuscate: bool = False) -> str:
        def make() -> str:
            g = self.given(lang).lower().replace("ë", "e").replace("ñ", "n").replace("ç", "c")
            s = self.surname(lang).split()[-1].lower().replace("ü", "ue").replace("ö", "oe")
            local = self.pick([f"{g}.{s}", f"{g[0]}{s}", f"{g}{self.d(2)}", f"{s}.{g[0]}"])
            local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
            return f"{local}@{self.pick(DOMAINS)}"

        v = self._new(make)
        if obfuscate:
            v = v.replace("@", " [at] ").replace(".", " [dot] ")
        return f"⟦EMAIL|{v}⟧"

    def phone(self, lang: str) -> str:
        r, d = self.rng, self.d

        def make() -> str:
            if lang == "en":
                a = self.pick(US_AREA)
                return r.choice(
                    [
                        f"({a}) 555-{d(4)}",
                        f"1-{a}-555-{d(4)}",
                        f"+1 {a} 555 {d(4)}",
                        f"{a}.555.{d(4)}",
                        f"+44 7700 9{d(5)}",
                        f"07700 9{d(5)}",
                        f"+353 87 {d(3)} {d(4)}",
                        f"+61 4{d(2)} {d(3)} {d(3)}",
                    ]
                )
            if lang == "de":
                return r.choice(
                    [
                        f"0151 {d(8)}",
                        f"+49 (0)40 {d(6)}",
                        f"(030) {d(3)} {d(2)} {d(2)}",
                        f"0049 89 {d(7)}",
                        f"0176{d(8)}",
                        f"+43 664 {d(7)}",
                        f"+41 79 {d(3)} {d(2)} {d(2)}",
                        f"0221/{d(6)}",
                    ]
                )
            if lang == "fr":
                return r.choice(
                    [
                        f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                        f"+33 7 {d(2)} {d(2)} {d(2)} {d(2)}",
                        f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
                        f"0033 6 {d(8)}",
                        f"+32 470 {d(2)} {d(2)} {d(2)}",
                        f"07{d(8)}",
                    ]
                )
            if lang == "es":
                return r.choice(
                    [
                        f"6{d(2)} {d(3)} {d(3)}",
                        f"+34 91 {d(3)} {d(2)} {d(2)}",
                        f"(+34) 6{d(2)} {d(2)} {d(2)} {d(2)}",
                        f"0034 7{d(8)}",
                        f"+52 55 {d(4)} {d(4)}",
                        f"+54 9 11 {d(4)}-{d(4)}",
                    ]
                )
            if lang == "it":
                return r.choice([f"+39 347 {d(3)} {d(4)}", f"02 {d(4)} {d(4)}", f"33{d(8)}"])
            if lang == "nl":
                return r.choice([f"06-{d(8)}", f"+31 6 {d(4)} {d(4)}", f"020 {d(3)} {d(4)}"])
            return r.choice([f"+351 91{d(1)} {d(3)} {d(3)}", f"21 {d(3)} {d(4)}", f"96{d(7)}"])

        return f"⟦PHONE|{self._new(make)}⟧"

    # -- finance -------------------------------------------------------------------------
    def card_digits(self) -> str:
        prefix, n = self.rng.choice(CARD_PREFIX)
        while True:
            body = prefix + self.d(n - len(prefix) - 1)
            for c in string.digits:
                if luhn_ok(body + c):
                    return body + c

    def card(self) -> str:
        def make() -> str:
            d = self.card_digits()
            if len(d) in (14, 15):  # Diners 4-6-4, Amex 4-6-5
                groups = [d[:4], d[4:10], d[10:]]
            else:
                groups = [d[i : i + 4] for i in range(0, len(d), 4)]
            return self.rng.choice([" ", "-", "", " "]).join(groups)

        return f"⟦CREDIT_CARD|{self._new(make)}⟧"

    def bad_card(self) -> str:
        d = self.card_digits()
        d = d[:-1] + str((int(d[-1]) + self.rng.randint(1, 9)) % 10)
        return f"⟦DECOY:luhn-invalid|{' '.join(d[i : i + 4] for i in range(0, len(d), 4))}⟧"

    def iban(self, country: str) -> str:
        def make() -> str:
            n = IBAN_LEN[country]
            bban = self.d(n - 4)
            if country == "IT":  # the CIN check letter leads an Italian BBAN
                bban = self.rng.choice(string.ascii_uppercase) + self.d(n - 5)
            if country in ("GB", "IE", "NL"):
                bban = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(4)) + self.d(
                    n - 8
                )
            num = "".join(str(int(c, 36)) for c in bban + country + "00")
            check = 98 - int(num) % 97
            raw = f"{country}{check:02d}{bban}"
            if self.rng.random() < 0.6:
                return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
            return raw

        return f"⟦IBAN|{self._new(make)}⟧"

    def ssn(self) -> str:
        def make() -> str:
            a = self.rng.randint(1, 899)
            a = 667 if a == 666 else a
            g, s = self.rng.randint(1, 99), self.rng.randint(1, 9999)
            sep = self.rng.choice(["-", "-", " ", ""])
            return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"

        return f"⟦US_SSN|{self._new(make)}⟧"

    # -- machine -------------------------------------------------------------------------
    def ip(self, v6: bool = False, cidr: bool = False) -> str:
        def make() -> str:
            if v6:
                return f"2001:db8:{self.rng.randint(1, 0xFFFF):x}::{self.rng.randint(1, 0xFFFF):x}"
            base = self.rng.choice(["10.{}.{}.{}", "192.168.{}.{}", "172.16.{}.{}",
                                    "203.0.113.{}", "198.51.100.{}"]).count("{}")  # fmt: skip
            parts = [str(self.rng.randint(1, 254)) for _ in range(base)]
            prefix = {3: "10", 2: "192.168", 1: "203.0.113"}[base]
            addr = ".".join([prefix, *parts])
            if cidr:  # a network as written in an allowlist: host bits zero
                return str(
                    ipaddress.ip_network(f"{addr}/{self.rng.choice([24, 16, 28])}", strict=False)
                )
            return addr

        return f"⟦IP_ADDRESS|{self._new(make)}⟧"

    def password(self) -> str:
        def make() -> str:
            return (
                self.pick(PW_WORDS)
                + self.pick(["!", "#", "$", "%", "*", "&", "?", ""])
                + self.d(self.rng.randint(2, 4))
                + self.pick(["", "x", "Q", "!"])
            )

        return f"⟦SECRET|{self._new(make)}⟧"

    def token(self, prefix: str = "", n: int = 32) -> str:
        alpha = string.ascii_letters + string.digits
        value = self._new(lambda: prefix + "".join(self.rng.choice(alpha) for _ in range(n)))
        return f"⟦SECRET|{value}⟧"

    def said(self, lang: str) -> str:
        """A phone number read out in words, as a voicemail transcript writes it."""
        words = {
            "en": ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
            "de": [
                "null",
                "eins",
                "zwei",
                "drei",
                "vier",
                "fünf",
                "sechs",
                "sieben",
                "acht",
                "neun",
            ],
            "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
            "es": [
                "cero",
                "uno",
                "dos",
                "tres",
                "cuatro",
                "cinco",
                "seis",
                "siete",
                "ocho",
                "nueve",
            ],
        }[lang]
        head = {"en": "0770", "de": "0171", "fr": "06", "es": "6"}[lang]

        def make() -> str:
            digits = head + self.d(10 - len(head) if lang != "es" else 8)
            groups = [digits[i : i + 3] for i in range(0, len(digits), 3)]
            return ", ".join(" ".join(words[int(x)] for x in g) for g in groups)

        return f"⟦PHONE|{self._new(make)}⟧"

    def pin(self, n: int = 6) -> str:
        return f"⟦SECRET|{self._new(lambda: self.d(n))}⟧"

    def url_password(self) -> str:
        """``:password`` of a URL with no user (Redis), percent-free."""
        value = self._new(lambda: self.pick(PW_WORDS) + self.d(4) + self.pick(["x", "Kq", "7z"]))
        return f"⟦URL_CREDENTIALS|:{value}⟧"

    def userinfo(self) -> str:
        def make() -> str:
            u = self.pick(["svc_etl", "app", "reporting", "deploy", "ro_user", "backup"])
            tail = self.pick(["%21", "", "zz", "%23"])  # %21 and %23: ! and # percent-encoded
            return f"{u}{self.d(2)}:{self.pick(PW_WORDS)}{self.d(3)}{tail}"

        return f"⟦URL_CREDENTIALS|{self._new(make)}⟧"

    # -- dates ---------------------------------------------------------------------------
    def dob(self, lang: str) -> str:
        y, m, day = self.rng.randint(1938, 2012), self.rng.randint(1, 12), self.rng.randint(1, 28)
        mon = MONTHS[lang][m - 1]
        f = self.rng.randint(0, 5)
        if f == 0:
            v = f"{y}-{m:02d}-{day:02d}"
        elif f == 1:
            v = f"{m:02d}/{day:02d}/{y}" if lang == "en" else f"{day:02d}/{m:02d}/{y}"
        elif f == 2:
            v = f"{day:02d}.{m:02d}.{y}" if lang in ("de", "nl") else f"{day}/{m}/{str(y)[2:]}"
        elif f == 3:
            v = (
                f"{mon} {day}, {y}"
                if lang == "en"
                else f"{day}. {mon} {y}"
                if lang == "de"
                else (f"{day} de {mon} de {y}" if lang in ("es", "pt") else f"{day} {mon} {y}")
            )
        elif f == 4:
            v = f"{day} {mon[:3]} {y}" if lang != "de" else f"{day}. {mon[:3]}. {y}"
        else:
            v = f"{day:02d}-{m:02d}-{y}"
        return f"⟦DATE_OF_BIRTH|{v}⟧"
