"""Markup parser, checksums and value makers for held-out set 19 (stdlib only)."""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata

from h19_pools import (
    DIGITS,
    GIVEN,
    IBAN_CC,
    MAILDOM,
    MONTHS,
    ORDINAL_EN,
    STREET,
    SURNAME,
    TENS_EN,
    TOWN,
    UNIT,
    UNITS_EN,
)

OPEN, CLOSE = "\u2045", "\u2046"
ZWSP = "\u200b"


def v(typ: str, value: str) -> str:
    """A labeled value in the markup."""
    return f"{OPEN}{typ}|{value}{CLOSE}"


def d(note: str, value: str) -> str:
    """A decoy in the markup."""
    return f"{OPEN}~{note}|{value}{CLOSE}"


def parse(markup: str, crlf: bool = False) -> tuple[str, list[dict]]:
    """The text and its spans from the markup (``<ZWSP>`` is a zero-width space)."""
    markup = markup.replace("<ZWSP>", ZWSP)
    if crlf:
        markup = markup.replace("\r\n", "\n").replace("\n", "\r\n")
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    i = 0
    while True:
        j = markup.find(OPEN, i)
        if j < 0:
            out.append(markup[i:])
            break
        out.append(markup[i:j])
        pos += j - i
        bar = markup.index("|", j)
        end = markup.index(CLOSE, bar)
        typ, value = markup[j + 1 : bar], markup[bar + 1 : end]
        assert OPEN not in value, value
        span = {"start": pos, "end": pos + len(value)}
        if typ.startswith("~"):
            span.update(type="DECOY", decoy=typ[1:], value=value)
        else:
            span.update(type=typ, value=value)
        spans.append(span)
        out.append(value)
        pos += len(value)
        i = end + 1
    return "".join(out), spans


def fold(s: str) -> str:
    """ASCII letters for a mail local part."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-")).lower()


def luhn_ok(num: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(num)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    s = "".join(c for c in iban if c.isalnum())
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


IBAN_SHAPE = {
    "GB": "LLLL" + "9" * 14,
    "IE": "LLLL" + "9" * 14,
    "DE": "9" * 18,
    "AT": "9" * 16,
    "FR": "9" * 23,
    "BE": "9" * 12,
    "ES": "9" * 20,
    "IT": "L" + "9" * 22,
    "NL": "LLLL" + "9" * 10,
    "PT": "9" * 21,
    "LU": "9" * 16,
}
BANKS = {"GB": ["NWBK", "BARC", "LOYD"], "IE": ["AIBK", "BOFI"], "NL": ["RABO", "INGB", "ABNA"]}


class Ctx:
    """Random source plus the set of values already used (structured values never repeat)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.used: set[str] = set()

    def fresh(self, make, key=None) -> str:  # type: ignore[no-untyped-def]
        for _ in range(500):
            val = make()
            k = key(val) if key else val
            key_ = "".join(c for c in k if c.isalnum()).lower()
            if key_ not in self.used:
                self.used.add(key_)
                return val
        raise RuntimeError("pool exhausted")

    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def sub(self, n: int) -> str:
        """Subscriber digits: the first one not zero."""
        return str(self.r.randint(2, 9)) + self.digits(n - 1)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # -- people and places --------------------------------------------------------------
    def person(self, lang: str) -> tuple[str, str]:
        return self.pick(GIVEN[lang]), self.pick(SURNAME[lang])

    def street(self, lang: str, unit: float = 0.3) -> str:
        line = self.pick(STREET[lang]).format(n=self.r.randint(2, 188))
        if self.chance(unit):
            u = self.pick(UNIT[lang]).format(u=self.r.randint(1, 9))
            line = f"{u}, {line}" if lang == "en" else f"{line}, {u}"
        return line

    def town(self, lang: str) -> str:
        return self.pick(TOWN[lang])

    def email(self, lang: str, given: str, surname: str) -> str:
        def make() -> str:
            g, s = fold(given), fold(surname.replace(" ", ""))
            local = self.pick([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g}{self.digits(2)}"])
            return f"{local}{self.r.randint(2, 99) if self.chance(0.4) else ''}@" + self.pick(
                MAILDOM[lang]
            )

        return self.fresh(make)

    # -- numbers -------------------------------------------------------------------------
    def card(self, sep: str = " ") -> str:
        def make() -> str:
            kind = self.r.random()
            if kind < 0.4:
                body, groups = "4" + self.digits(14), (4, 4, 4, 4)
            elif kind < 0.6:
                body, groups = str(self.r.randint(51, 55)) + self.digits(13), (4, 4, 4, 4)
            elif kind < 0.75:
                body, groups = str(self.r.randint(2221, 2720)) + self.digits(11), (4, 4, 4, 4)
            elif kind < 0.93:
                body, groups = self.pick(["34", "37"]) + self.digits(12), (4, 6, 5)
            else:
                body, groups = "6011" + self.digits(11), (4, 4, 4, 4)
            num = next(body + c for c in string.digits if luhn_ok(body + c))
            return join_groups(num, groups, sep)

        return self.fresh(make)

    def card_misread(self, card: str) -> str:
        """The card with one digit changed so that the Luhn check fails."""
        for _ in range(50):
            pos = self.r.choice([i for i, c in enumerate(card) if c.isdigit()][4:])
            new = card[:pos] + str((int(card[pos]) + self.r.randint(1, 9)) % 10) + card[pos + 1 :]
            if not luhn_ok("".join(c for c in new if c.isdigit())):
                return new
        raise RuntimeError

    def iban(self, lang: str, grouped: bool = True, cc: str | None = None) -> str:
        cc = cc or self.pick(IBAN_CC[lang])

        def make() -> str:
            shape = IBAN_SHAPE[cc]
            if cc in BANKS:
                bban = self.pick(BANKS[cc]) + self.digits(len(shape) - 4)
            else:
                bban = "".join(
                    self.r.choice(string.ascii_uppercase)
                    if c == "L"
                    else self.r.choice("0123456789")
                    for c in shape
                )
            num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
            iban = f"{cc}{98 - num % 97:02d}{bban}"
            assert iban_ok(iban)
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if grouped else iban

        return self.fresh(make)

    def iban_mistyped(self, iban: str) -> str:
        for _ in range(50):
            pos = self.r.choice([i for i, c in enumerate(iban) if c.isdigit()][3:])
            new = iban[:pos] + str((int(iban[pos]) + self.r.randint(1, 9)) % 10) + iban[pos + 1 :]
            if not iban_ok(new):
                return new
        raise RuntimeError

    def ssn(self, sep: str = "-") -> str:
        def make() -> str:
            area = self.r.randint(1, 899)
            while area == 666:
                area = self.r.randint(1, 899)
            g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
            return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"

        return self.fresh(make)

    def ip4(self, private: bool | None = None) -> str:
        def make() -> str:
            k = self.r.random() if private is None else (0.1 if private else 0.9)
            if k < 0.45:
                pre = self.pick(["10.{}.{}", "172.{}.{}", "192.168.{}"])
                a = pre.format(self.r.randint(0, 40), self.r.randint(0, 254))
                if pre.startswith("172"):
                    a = f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 254)}"
                if pre.startswith("192"):
                    a = f"192.168.{self.r.randint(0, 254)}"
                return f"{a}.{self.r.randint(2, 254)}"
            if k < 0.55:
                mid = f"{self.r.randint(64, 127)}.{self.r.randint(0, 254)}"
                return f"100.{mid}.{self.r.randint(2, 254)}"
            net = self.pick(["192.0.2", "198.51.100", "203.0.113"])
            return f"{net}.{self.r.randint(2, 254)}"

        return self.fresh(make)

    def ip6(self) -> str:
        def make() -> str:
            groups = [self.hexs(self.r.randint(1, 4)).lstrip("0") or "0" for _ in range(4)]
            addr = "2001:db8:" + ":".join(groups[:2]) + "::" + ":".join(groups[2:])
            return str(ipaddress.IPv6Address(addr))

        return self.fresh(make)

    def password(self, n: int | None = None) -> str:
        n = n or self.r.randint(11, 16)

        def make() -> str:
            body = self.alnum(n - 2) + self.pick("!#%*+-=?_") + str(self.r.randint(0, 9))
            return body if body[0] not in "-=" else "Q" + body[1:]

        return self.fresh(make)

    def url_password(self) -> str:
        """A password that a URL's userinfo holds without escapes."""
        return self.fresh(
            lambda: self.alnum(self.r.randint(10, 18)) + self.pick("-_.~!*") + self.alnum(3)
        )

    def pin(self, n: int = 4) -> str:
        return self.fresh(lambda: str(self.r.randint(1, 9)) + self.digits(n - 1))

    def token(
        self, prefix: str, n: int, alphabet: str = string.ascii_letters + string.digits
    ) -> str:
        return self.fresh(lambda: prefix + self.alnum(n, alphabet))

    def dob(self) -> tuple[int, int, int]:
        return self.r.randint(1938, 2004), self.r.randint(1, 12), self.r.randint(1, 28)


def join_groups(num: str, groups: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for g in groups:
        out.append(num[i : i + g])
        i += g
    if sep == "zwsp":
        return ZWSP.join(out)
    return sep.join(out)


def dob_numeric(lang: str, y: int, m: int, day: int, style: str = "") -> str:
    if style == "iso":
        return f"{y}-{m:02d}-{day:02d}"
    if lang == "en":
        return f"{m:02d}/{day:02d}/{y}" if style != "uk" else f"{day:02d}/{m:02d}/{y}"
    if lang == "de":
        return f"{day:02d}.{m:02d}.{y}"
    if lang == "nl":
        return f"{day:02d}-{m:02d}-{y}"
    return f"{day:02d}/{m:02d}/{y}"


def dob_words(lang: str, y: int, m: int, day: int) -> str:
    mon = MONTHS[lang][m - 1]
    return {
        "en": f"{mon} {day}, {y}",
        "de": f"{day}. {mon} {y}",
        "fr": f"{'1er' if day == 1 else day} {mon} {y}",
        "es": f"{day} de {mon} de {y}",
        "it": f"{'1°' if day == 1 else day} {mon} {y}",
        "nl": f"{day} {mon} {y}",
        "pt": f"{day} de {mon} de {y}",
    }[lang]


def dob_spoken_en(y: int, m: int, day: int) -> str:
    yy = y % 100
    if y >= 2000:
        year = "two thousand" + (f" and {DIGITS['en'][yy]}" if yy else "")
    else:
        year = "nineteen " + TENS_EN[yy // 10] + UNITS_EN[yy % 10] if yy >= 40 else str(y)
    return f"the {ORDINAL_EN[day - 1]} of {MONTHS['en'][m - 1]}, {year}"


def digit_words(lang: str, digits: str, group: tuple[int, ...]) -> str:
    words = DIGITS[lang]
    out, i = [], 0
    for g in group:
        out.append(" ".join(words[int(c)] for c in digits[i : i + g]))
        i += g
    if i < len(digits):
        out.append(" ".join(words[int(c)] for c in digits[i:]))
    return ", ".join(out)


def wrap_after(value: str, cut: int, indent: str = "") -> str:
    """A grouped value broken by a mail client after group ``cut``."""
    parts = value.split(" ")
    return " ".join(parts[:cut]) + "\n" + indent + " ".join(parts[cut:])
