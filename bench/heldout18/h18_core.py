"""Core of set 18: markup, checksums, value makers and the per-text context ``Ctx``.

Templates write marked-up text: ``⁅TYPE|value⁆`` is a labeled value, ``⁅~note|value⁆`` a
decoy, ``<ZWSP>`` a zero-width space. ``parse`` turns it into text and spans.
"""

from __future__ import annotations

import random
import string
import unicodedata
from typing import ClassVar

from h18_pools import (
    FLAT,
    GIVEN,
    IBAN_COUNTRY,
    MAIL_DOMAINS,
    SPELL_AT,
    STREETS,
    SURNAME,
    TOWNS,
)
from h18_values import dob, phone

OPEN, SEP, CLOSE = "⁅", "|", "⁆"
ZWSP = "\u200b"


def L(typ: str, value: str) -> str:
    """A labeled value in markup."""
    return f"{OPEN}{typ}{SEP}{value}{CLOSE}"


def D(note: str, value: str) -> str:
    """A decoy in markup."""
    return f"{OPEN}~{note}{SEP}{value}{CLOSE}"


def parse(markup: str, crlf: bool = False) -> tuple[str, list[dict]]:
    """Text and spans of a marked-up text (CRLF line ends if asked)."""
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
        k = markup.index(SEP, j)
        e = markup.index(CLOSE, k)
        tag, value = markup[j + 1 : k], markup[k + 1 : e]
        assert value and OPEN not in value, (tag, value)
        span = {"start": pos, "end": pos + len(value)}
        if tag.startswith("~"):
            span.update(type="DECOY", decoy=tag[1:], value=value)
        else:
            span.update(type=tag, value=value)
        spans.append(span)
        out.append(value)
        pos += len(value)
        i = e + 1
    text = "".join(out)
    assert OPEN not in text and CLOSE not in text
    return text, spans


# ---------------------------------------------------------------- checksums
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def mod97(iban: str) -> int:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_LEN = {
    "DE": 22,
    "AT": 20,
    "FR": 27,
    "BE": 16,
    "ES": 24,
    "LU": 20,
    "IT": 27,
    "CH": 21,
    "NL": 18,
    "PT": 25,
    "GB": 22,
    "IE": 22,
}


def _bban(rng: random.Random, cc: str) -> str:
    dg = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    if cc in ("GB", "IE"):
        return up(4) + dg(14)
    if cc == "NL":
        return up(4) + dg(10)
    if cc == "IT":
        return up(1) + dg(22)
    if cc == "FR":
        bank, branch, acct = dg(5), dg(5), dg(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return f"{bank}{branch}{acct}{key:02d}"
    if cc == "ES":
        bank, branch, acct = dg(4), dg(4), dg(10)

        def dc(s: str) -> str:
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            r = 11 - sum(int(a) * b for a, b in zip(s, w, strict=True)) % 11
            return str({11: 0, 10: 1}.get(r, r))

        return bank + branch + dc("00" + bank + branch) + dc(acct) + acct
    if cc == "PT":
        body = dg(19)
        return body + f"{98 - (int(body) * 100) % 97:02d}"
    return dg(IBAN_LEN[cc] - 4)


def make_iban(rng: random.Random, cc: str) -> str:
    bban = _bban(rng, cc)
    check = 98 - mod97(cc + "00" + bban)
    iban = f"{cc}{check:02d}{bban}"
    assert len(iban) == IBAN_LEN[cc] and mod97(iban) == 1
    return iban


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def mistype_iban(rng: random.Random, iban: str) -> str:
    """Same length, two neighbouring digits swapped: the mod-97 check fails."""
    for _ in range(100):
        i = rng.randrange(5, len(iban) - 1)
        a, b = iban[i], iban[i + 1]
        if a != b and a.isdigit() and b.isdigit():
            bad = iban[:i] + b + a + iban[i + 2 :]
            if mod97(bad) != 1:
                return bad
    raise AssertionError(iban)


def make_card(rng: random.Random, net: str) -> str:
    if net == "amex":
        body, n = rng.choice(["34", "37"]), 15
    elif net == "mc":
        body, n = str(rng.choice([51, 52, 53, 54, 55, 2221, 2298, 2389, 2520, 2710])), 16
    elif net == "disc":
        body, n = "6011", 16
    else:
        body, n = "4", 16
    while len(body) < n - 1:
        body += rng.choice(string.digits)
    return luhn_complete(body)


def card_fmt(card: str, style: str) -> str:
    if len(card) == 15:
        groups = [card[:4], card[4:10], card[10:]]
    else:
        groups = [card[i : i + 4] for i in range(0, 16, 4)]
    return {"space": " ", "dash": "-", "none": "", "zwsp": ZWSP}[style].join(groups)


def misread_card(rng: random.Random, card: str) -> str:
    while True:
        i = rng.randrange(6, len(card) - 1)
        bad = card[:i] + str((int(card[i]) + rng.randint(1, 9)) % 10) + card[i + 1 :]
        if not luhn_ok(bad):
            return bad


def make_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def make_ip(rng: random.Random, kind: str = "any") -> str:
    k = kind if kind != "any" else rng.choice(["doc", "doc", "priv", "cgnat", "v6"])
    if k == "doc":
        return f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(2, 254)}"
    if k == "priv":
        return rng.choice(
            [
                f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
            ]
        )
    if k == "cgnat":
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    return (
        f"2001:db8:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(2, 0xFFF):x}"
    )


def make_password(rng: random.Random) -> str:
    words = [
        "Tramonto",
        "Gletscher",
        "Brume",
        "Marea",
        "Kade",
        "Nevoeiro",
        "Larch",
        "Cuvee",
        "Anker",
        "Piste",
        "Fjord",
        "Dune",
        "Kiln",
        "Ravel",
        "Solstice",
        "Merlot",
    ]
    sym = rng.choice("!#$%&*+?=@")
    w = rng.choice(words)
    shapes = [
        f"{w}{sym}{rng.randint(10, 9999)}",
        f"{rng.choice(words).lower()}-{rng.choice(words).lower()}-{rng.randint(2, 99)}",
        "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(14)),
        f"{w[:3]}{rng.randint(100, 999)}{sym}{rng.choice(words)[:4].upper()}",
    ]
    return rng.choice(shapes)


def rand_token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ß", "ss")


# ---------------------------------------------------------------- the context
class Ctx:
    """One text's random source plus the set-wide register of values already used."""

    used: ClassVar[set[str]] = set()

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang = rng, lang

    def uniq(self, make):
        for _ in range(1000):
            v = make()
            key = v.replace(" ", "").replace("-", "").lower()
            if key not in Ctx.used:
                Ctx.used.add(key)
                return v
        raise AssertionError("pool exhausted")

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq):
        return self.rng.choice(seq)

    def given(self) -> str:
        return self.pick(GIVEN[self.lang])

    def surname(self) -> str:
        return self.pick(SURNAME[self.lang])

    def street(self) -> str:
        r, lang = self.rng, self.lang
        name, n = r.choice(STREETS[lang]), r.randint(2, 148)
        flat = r.choice(FLAT[lang]) if r.random() < 0.5 else ""
        if lang == "en":
            s = f"{n} {name}"
            return f"{flat}, {s}" if flat else s
        if lang == "fr":
            return f"{n} {name}" + (f", {flat}" if flat else "")
        if lang in ("es", "pt"):
            return f"{name} {n}" + (f", {flat}" if flat else "")
        if lang == "it":
            return f"{name} {n}" + (f", {flat}" if flat else "")
        if lang == "nl":
            return f"{name} {n}" + (f" {flat}" if flat else "")
        return f"{name} {n}" + (f", {flat}" if flat else "")

    def town(self) -> str:
        return self.pick(TOWNS[self.lang])

    def email(self, given: str, surname: str, domain: str | None = None) -> str:
        r = self.rng
        g = ascii_fold(given).lower()
        s = ascii_fold(surname).lower().replace(" ", "").replace("-", "")
        dom = domain or r.choice(MAIL_DOMAINS[self.lang])

        def make() -> str:
            local = r.choice(
                [
                    f"{g}.{s}",
                    f"{g[0]}{s}",
                    f"{g}{r.randint(2, 99)}",
                    f"{s}.{g}{r.randint(1, 9)}",
                    f"{g}_{s}{r.randint(10, 99)}",
                ]
            )
            return f"{local}@{dom}"

        return self.uniq(make)

    def spelled(self, email: str) -> str:
        at, dot = SPELL_AT[self.lang]
        local, dom = email.split("@")
        return f"{local} {at} {f' {dot} '.join(dom.split('.'))}"

    def phone(self, style: str = "any") -> tuple[str, str]:
        return self.uniq_phone(style)

    def uniq_phone(self, style: str = "any") -> tuple[str, str]:
        for _ in range(1000):
            w, nat = phone(self.rng, self.lang, style)
            if nat not in Ctx.used:
                Ctx.used.add(nat)
                return w, nat
        raise AssertionError("phones exhausted")

    def iban(self, cc: str | None = None) -> str:
        cc = cc or self.pick(IBAN_COUNTRY[self.lang])
        return self.uniq(lambda: make_iban(self.rng, cc))

    def card(self, net: str | None = None) -> str:
        net = net or self.pick(["visa", "visa", "mc", "mc", "amex", "disc"])
        return self.uniq(lambda: make_card(self.rng, net))

    def ssn(self) -> str:
        return self.uniq(lambda: make_ssn(self.rng))

    def ip(self, kind: str = "any") -> str:
        return self.uniq(lambda: make_ip(self.rng, kind))

    def password(self) -> str:
        return self.uniq(lambda: make_password(self.rng))

    def token(self, prefix: str, n: int, alphabet: str = string.ascii_letters + string.digits):
        return self.uniq(lambda: prefix + rand_token(self.rng, n, alphabet))

    def code(self, n: int = 4) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def dob(self, style: str = "any", lo: int = 1944, hi: int = 2004) -> str:
        return dob(self.rng, self.lang, style, lo, hi)

    def num(self, n: int) -> str:
        return self.uniq(lambda: str(self.rng.randint(10 ** (n - 1), 10**n - 1)))

    def ts(self, fmt: str = "iso") -> str:
        r = self.rng
        y, mo, d = 2026, r.randint(1, 11), r.randint(1, 28)
        h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        if fmt == "iso":
            return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
        if fmt == "pg":
            return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{r.randint(0, 999):03d} UTC"
        return f"{d:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}"

    def digits_ts(self, n: int) -> str:
        """A time stamp as one digit run, its first ``n`` digits (YYYYMMDDhhmmss...)."""
        iso = self.ts("iso")
        return (iso[:19].replace("-", "").replace(":", "").replace("T", "") + "123")[:n]

    def amount(self, lo: int = 20, hi: int = 2400) -> str:
        v = f"{self.rng.randint(lo, hi)}.{self.rng.randint(0, 99):02d}"
        return v if self.lang == "en" else v.replace(".", ",")
