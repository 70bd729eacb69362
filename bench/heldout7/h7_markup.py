"""Markup, per-text context and label checks for the seventh held-out set.

Templates write ``⟦TYPE|value⟧`` for a labeled value and ``⟦DECOY:note|value⟧`` for a decoy;
``parse`` turns that into text and spans. Mail hard-wrap and CRLF act on the parsed text and
keep every span exact. ``check`` is shared by generation and ``load()``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

import h7_dates as Dt
import h7_phones as Ph
import h7_pools as P
import h7_values as V

TYPES = [
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "IBAN",
    "US_SSN",
    "IP_ADDRESS",
    "SECRET",
    "URL_CREDENTIALS",
    "PERSON",
    "STREET_ADDRESS",
    "DATE_OF_BIRTH",
]
MARK = re.compile(r"⟦([A-Z_]+)(?::([a-z0-9-]+))?\|(.*?)⟧", re.S)
USED: set[str] = set()


def key(value: str) -> str:
    return "".join(ch for ch in value if ch.isalnum()).lower()


def parse(markup: str) -> tuple[str, list[dict[str, Any]]]:
    out, spans, pos = [], [], 0
    for m in MARK.finditer(markup):
        out.append(markup[pos : m.start()])
        start = sum(len(x) for x in out)
        typ, note, value = m.group(1), m.group(2), m.group(3)
        out.append(value)
        span: dict[str, Any] = {
            "start": start,
            "end": start + len(value),
            "type": typ,
            "value": value,
        }
        if typ == "DECOY":
            span["decoy"] = note
        spans.append(span)
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out), spans


def hard_wrap(text: str, spans: list[dict[str, Any]], width: int) -> str:
    """Turn blanks into line breaks as a hard-wrapping mail client does (lengths unchanged)."""
    chars = list(text)
    col, last_blank = 0, -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            col, last_blank = 0, -1
            continue
        if ch == " ":
            last_blank = i
        col += 1
        if col > width and last_blank >= 0:
            chars[last_blank] = "\n"
            col, last_blank = i - last_blank, -1
    new = "".join(chars)
    for s in spans:
        s["value"] = new[s["start"] : s["end"]]
    return new


def to_crlf(text: str, spans: list[dict[str, Any]]) -> str:
    shift = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        shift[i] = n
        if ch == "\n":
            n += 1
    shift[len(text)] = n
    new = text.replace("\n", "\r\n")
    for s in spans:
        s["start"] += shift[s["start"]]
        s["end"] += shift[s["end"]]
        s["value"] = new[s["start"] : s["end"]]
    return new


def ascii_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isalnum() and ord(ch) < 128).lower()


class Ctx:
    """One text being drawn: its language, its random source, and value makers as markup."""

    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang, self.rng = lang, rng
        self.obf_rate, self.zw_rate = 0.0, 0.0

    # ------------------------------------------------------------ helpers
    def pick(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def uniq(self, maker: Any) -> str:
        for _ in range(200):
            v = maker()
            k = key(v)
            if k not in USED:
                USED.add(k)
                return str(v)
        raise AssertionError("pool exhausted")

    def given(self, lang: str | None = None) -> str:
        return str(self.rng.choice(P.GIVEN[lang or self.lang]))

    def surname(self, lang: str | None = None) -> str:
        return str(self.rng.choice(P.SURNAME[lang or self.lang]))

    def full(self, lang: str | None = None) -> str:
        return f"{self.given(lang)} {self.surname(lang)}"

    def P(self, name: str) -> str:
        return f"⟦PERSON|{name}⟧"

    def person(self) -> str:
        return self.P(self.full())

    def town(self) -> tuple[str, str]:
        t: tuple[str, str] = self.rng.choice(P.TOWNS[self.lang])
        return t

    def addr(self) -> str:
        return f"⟦STREET_ADDRESS|{P.street(self.rng, self.lang)}⟧"

    def addr_line(self) -> str:
        town, pc = self.town()
        if self.lang == "en" and "," in town:
            return f"{self.addr()}, {town} {pc}"
        if self.lang == "en":
            return f"{self.addr()}, {town} {pc}"
        return f"{self.addr()}, {pc} {town}"

    # ------------------------------------------------------------ values
    def phone(self, cc: str | None = None, style: str = "") -> str:
        cc = cc or self.pick(Ph.COUNTRIES[self.lang])
        v = self.uniq(lambda: Ph.phone(self.rng, cc))
        if style == "run" or (not style and self.chance(0.06)):
            v = v.replace(" ", "").replace("-", "").replace(".", "").replace("/", "")
            v = v.replace("(0)", "").replace("(", "").replace(")", "")
        elif style == "spaced" or (not style and self.chance(0.03)):
            v = " ".join(ch for ch in v.replace("(0)", "") if ch.isdigit() or ch == "+").replace(
                "+ ", "+"
            )
        elif (style == "zw" or (not style and self.chance(self.zw_rate))) and " " in v:
            v = v.replace(" ", " " + V.ZW, 1)
        return f"⟦PHONE|{v}⟧"

    def email(
        self,
        given: str | None = None,
        surname: str | None = None,
        obf: bool | None = None,
        domain: str | None = None,
    ) -> str:
        g = ascii_name(given or self.given())
        s = ascii_name(surname or self.surname())
        dom = domain or self.pick(P.DOMAINS[self.lang])

        def make() -> str:
            local = self.pick(
                [
                    f"{g}.{s}",
                    f"{g[0]}{s}",
                    f"{s}.{g[0]}",
                    f"{g}{self.rng.randint(1, 99)}",
                    f"{g}_{s}{self.rng.randint(1, 9)}",
                    f"{s}-{g}",
                ]
            )
            return f"{local}@{dom}"

        v = self.uniq(make)
        if obf is None:
            obf = self.chance(self.obf_rate)
        if obf:
            local, dom2 = v.split("@")
            base, tld = dom2.rsplit(".", 1)
            style = self.pick(["[at]", "(at)", "at", "@ "])
            if style == "@ ":
                v = f"{local} @ {base} . {tld}"
            elif style == "at":
                word = {
                    "fr": ("arobase", "point"),
                    "es": ("arroba", "punto"),
                    "de": ("at", "punkt"),
                    "it": ("chiocciola", "punto"),
                    "nl": ("at", "punt"),
                    "pt": ("arroba", "ponto"),
                }
                at, dot = word.get(self.lang, ("at", "dot"))
                v = f"{local} {at} {base} {dot} {tld}"
            else:
                dots = "[dot]" if style == "[at]" else "(dot)"
                v = f"{local} {style} {base} {dots} {tld}"
        return f"⟦EMAIL|{v}⟧"

    def card(self, brand: str | None = None, sep: str | None = None, zw: bool | None = None) -> str:
        holder: list[str] = []

        def make() -> str:
            b, num = V.card_number(self.rng, brand)
            holder[:] = [b]
            return num

        num = self.uniq(make)
        s = sep if sep is not None else self.pick([" ", " ", "-", ""])
        if zw is None:
            zw = self.chance(self.zw_rate * 3)
        v = V.group_card(num, holder[0], (s or " ") + V.ZW if zw else s) if (s or zw) else num
        return f"⟦CREDIT_CARD|{v}⟧"

    def iban(self, cc: str | None = None, grouped: bool | None = None) -> str:
        cc = cc or self.pick(P.IBAN_CC[self.lang])
        v = self.uniq(lambda: V.iban(self.rng, cc))
        if grouped if grouped is not None else self.chance(0.6):
            v = V.group4(v)
        return f"⟦IBAN|{v}⟧"

    def ssn(self, style: str | None = None) -> str:
        d = self.uniq(lambda: V.ssn(self.rng))
        style = style or self.pick(["-", "-", "-", " ", ""])
        return f"⟦US_SSN|{d[:3]}{style}{d[3:5]}{style}{d[5:]}⟧"

    def ip(self, v6: bool = False, cidr: bool = False) -> str:
        v = self.uniq(
            lambda: V.cidr(self.rng, v6) if cidr else (V.ipv6(self.rng) if v6 else V.ipv4(self.rng))
        )
        return f"⟦IP_ADDRESS|{v}⟧"

    def pw(self, value: str | None = None) -> str:
        return f"⟦SECRET|{value or self.uniq(lambda: V.password(self.rng))}⟧"

    def tok(self, vendor: str) -> str:
        return f"⟦SECRET|{self.uniq(lambda: V.token(self.rng, vendor))}⟧"

    def pin(self, n: int = 4) -> str:
        return f"⟦SECRET|{self.uniq(lambda: V.pin(self.rng, n))}⟧"

    def ucred(self, user: str | None = None) -> str:
        user = (
            user
            if user is not None
            else self.pick(
                ["app", "svc_etl", "deploy", "reporting", "admin", ascii_name(self.given())]
            )
        )
        pw = self.uniq(lambda: V.url_password(self.rng))
        return f"⟦URL_CREDENTIALS|{user}:{pw}⟧"

    def dob_parts(self, years: tuple[int, int] = (1936, 2008)) -> tuple[int, int, int]:
        return self.rng.randint(*years), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def dob(
        self, written: bool | None = None, iso: bool = False, years: tuple[int, int] = (1936, 2008)
    ) -> str:
        y, m, d = self.dob_parts(years)
        v = f"{y}-{m:02d}-{d:02d}" if iso else Dt.date_str(self.rng, self.lang, y, m, d, written)
        return f"⟦DATE_OF_BIRTH|{v}⟧"

    # ------------------------------------------------------------ decoys
    def D(self, note: str, value: str) -> str:
        return f"⟦DECOY:{note}|{value}⟧"

    def dec(self, note: str) -> str:
        r, lang = self.rng, self.lang
        y = r.randint(2024, 2027)
        makers: dict[str, Any] = {
            "uuid": lambda: V.uuid4(r),
            "git": lambda: V.hexstr(r, r.choice([7, 8, 40])),
            "sha256": lambda: V.hexstr(r, 64),
            "md5": lambda: V.hexstr(r, 32),
            "version": lambda: V.version(r),
            "timestamp": lambda: V.timestamp(r),
            "date": lambda: Dt.date_str(r, lang, y, r.randint(1, 12), r.randint(1, 28)),
            "old-date": lambda: Dt.date_str(
                r, lang, r.randint(1958, 2003), r.randint(1, 12), r.randint(1, 28)
            ),
            "price": lambda: Dt.price(r, lang),
            "order": lambda: (
                r.choice(["ORD-", "BST-", "CMD-", "PED-", "#"]) + V.fixed(r, r.choice([6, 7, 8]))
            ),
            "invoice": lambda: (
                r.choice(["INV-", "RE-", "FAC-", "FT ", "F"]) + f"{y}-" + V.fixed(r, 5)
            ),
            "tracking": lambda: r.choice(
                [
                    f"1Z{V.hexstr(r, 6).upper()}{V.fixed(r, 10)}",
                    f"JJD{V.fixed(r, 18)}",
                    f"LX{V.fixed(r, 9)}{r.choice(['DE', 'FR', 'ES', 'NL'])}",
                    f"00{V.fixed(r, 18)}",
                ]
            ),
            "luhn-invalid": lambda: V.bad_card(r),
            "iban-invalid": lambda: V.group4(V.bad_iban(r, r.choice(P.IBAN_CC[lang]))),
            "part": lambda: r.choice(
                [
                    f"0{V.fixed(r, 3)}-{V.fixed(r, 3)}-{V.fixed(r, 2)}",
                    f"{V.fixed(r, 3)}.{V.fixed(r, 3)}.{V.fixed(r, 3)}",
                    f"+{V.fixed(r, 2)} {V.fixed(r, 3)} {V.fixed(r, 4)}-X",
                ]
            ),
            "geo": lambda: f"{r.uniform(36, 55):.5f}, {r.uniform(-9, 16):.5f}",
            "mac": lambda: ":".join(V.hexstr(r, 2) for _ in range(6)),
            "loopback": lambda: r.choice(["127.0.0.1", "::1", "127.0.1.1"]),
            "ticket": lambda: r.choice(["INC", "REQ", "TCK-", "SR"]) + V.fixed(r, 7),
            "qty": lambda: f"{r.randint(2, 480)} {r.choice(['pcs', 'kg', 'x', 'Stk.', 'uds.'])}",
            "meter": lambda: r.choice(
                [
                    f"1ESY{V.fixed(r, 10)}",
                    f"ZN{V.fixed(r, 8)}",
                    f"{V.fixed(r, 8)}-{r.randint(10, 99)}",
                ]
            ),
            "bib": lambda: str(r.randint(100, 24999)),
            "serial": lambda: (
                f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 9):02d}"
            ),
            "callid": lambda: f"{V.hexstr(r, 16)}@{r.choice(['pbx.example.com', 'sbc.test'])}",
            "branch": lambda: "z9hG4bK" + V.hexstr(r, 12),
            "hs-code": lambda: f"{r.randint(3900, 9620)}.{r.randint(10, 99)}.{r.randint(10, 99)}",
            "fine": lambda: r.choice(["PCN ", "AZ ", "PV ", "EXP "]) + V.fixed(r, 9),
            "policy": lambda: r.choice(["POL-", "VS-", "CT"]) + V.fixed(r, 8),
            "port": lambda: str(r.choice([5060, 5061, 8080, 8443, 51820, 5432, 3306, 6379])),
            "epoch": lambda: str(r.randint(1704067200, 1830000000)),
            "account": lambda: V.fixed(r, r.choice([9, 10, 11])),
            "supply-point": lambda: {
                "es": f"ES00{V.fixed(r, 16)}{r.choice(['AB', 'JN', 'QF'])}",
                "it": f"IT001E{V.fixed(r, 8)}",
                "pt": f"PT0002{V.fixed(r, 14)}{r.choice(['KF', 'TZ'])}",
                "nl": f"8716{V.fixed(r, 14)}",
                "fr": V.fixed(r, 14),
                "de": f"DE{V.fixed(r, 11)}",
                "en": f"{V.fixed(r, 2)} {V.fixed(r, 4)} {V.fixed(r, 4)} {V.fixed(r, 3)}",
            }[lang],
            "member": lambda: r.choice(["M", "RSA-", "ADAC ", "MBR"]) + V.fixed(r, 8),
        }
        return self.D(note, makers[note]())
