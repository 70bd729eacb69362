"""Markup, context and text shaping of the sixth held-out set.

Templates write ``⟦TYPE|value⟧`` for a labeled value and ``⟦DECOY:kind|value⟧`` for a decoy;
``parse`` turns that into text and spans. ``Ctx`` draws values (never repeating one across
the set), per-language phones and e-mails, and marks them. ``wrap`` hard-wraps like a mail
client (blanks become line breaks, offsets unchanged); ``crlf`` shifts offsets.
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

import h6_values as hv
from h6_pools import DOMAIN, GIVEN, PW_WORDS, STREET, SURNAME, UNIT_AFTER

MARK = re.compile(r"⟦([A-Z_]+)(?::([a-z0-9-]+))?\|([^⟧]*)⟧")
TYPES = ["EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "SECRET",
         "URL_CREDENTIALS", "PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"]  # fmt: skip
STRUCTURED = {"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "SECRET",
              "URL_CREDENTIALS"}  # fmt: skip


def parse(marked: str) -> tuple[str, list[dict[str, Any]]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        typ, note, value = m.group(1), m.group(2), m.group(3).replace("<ZWSP>", "\u200b")
        span: dict[str, Any] = {"start": length, "end": length + len(value), "type": typ}
        if typ == "DECOY":
            span["decoy"] = note
        span["value"] = value
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text[:80]
    return text, spans


def wrap(text: str, spans: list[dict[str, Any]], width: int) -> str:
    """Turn blanks into line breaks so no line is longer than ``width`` (where possible)."""
    chars = list(text)
    col, last_blank = 0, -1
    for i, c in enumerate(chars):
        if c == "\n":
            col, last_blank = 0, -1
            continue
        if c == " ":
            last_blank = i
        col += 1
        if col > width and last_blank >= 0:
            chars[last_blank] = "\n"
            col = i - last_blank
            last_blank = -1
    out = "".join(chars)
    for s in spans:
        s["value"] = out[s["start"] : s["end"]]
    return out


def crlf(text: str, spans: list[dict[str, Any]]) -> str:
    before = [0] * (len(text) + 1)
    n = 0
    for i, c in enumerate(text):
        before[i] = n
        n += c == "\n"
    before[len(text)] = n
    for s in spans:
        s["start"] += before[s["start"]]
        s["end"] += before[s["end"]]
    out = text.replace("\n", "\r\n")
    for s in spans:
        s["value"] = out[s["start"] : s["end"]]
    return out


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss"))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_")).lower()


class Ctx:
    """What one text is written with: its language, the random source and marked values."""

    def __init__(self, rng: random.Random, lang: str, seen: set[str]) -> None:
        self.rng, self.lang, self.seen = rng, lang, seen

    # marking
    def v(self, typ: str, value: str) -> str:
        return f"⟦{typ}|{value}⟧"

    def d(self, kind: str, value: str | None = None) -> str:
        return (
            f"⟦DECOY:{kind}|{value if value is not None else hv.decoy(self.rng, kind, self.lang)}⟧"
        )

    def _unique(self, make: Any) -> str:
        for _ in range(200):
            val: str = make()
            key = hv.digits(val) if len(hv.digits(val)) >= 7 else val.lower()
            if key not in self.seen:
                self.seen.add(key)
                return val
        raise RuntimeError("pool exhausted")

    def pick(self, xs: list[str]) -> str:
        return self.rng.choice(xs)

    # people and places
    def names(self, lang: str | None = None) -> tuple[str, str]:
        lg = lang or self.lang
        return self.rng.choice(GIVEN[lg]), self.rng.choice(SURNAME[lg])

    def person(self, lang: str | None = None) -> tuple[str, str, str]:
        """(marked full name, given, surname)."""
        g, s = self.names(lang)
        return self.v("PERSON", f"{g} {s}"), g, s

    def street(self, unit: float = 0.35) -> str:
        lg, r = self.lang, self.rng
        name, no = r.choice(STREET[lg]), str(r.randint(1, 180))
        if lg in ("en", "fr") and not name.startswith(("Am ", "Rua")):
            line = f"{no}{r.choice(['', '', 'bis' if lg == 'fr' else 'A'])} {name}"
            if lg == "fr":
                line = line.replace("bis ", " bis ")
        elif lg == "es":
            line = f"{name}, {no}" if r.random() < 0.5 else f"{name} {no}"
        elif lg == "pt":
            line = f"{name}, {no}"
        else:
            line = f"{name} {no}"
        if r.random() < unit:
            line += r.choice(UNIT_AFTER[lg])
        if lg == "en" and r.random() < 0.15:
            line = r.choice(["Flat 3, ", "Apartment 12, ", "Unit 5/"]) + line.split(",")[0]
        return self.v("STREET_ADDRESS", line)

    def email(self, given: str = "", surname: str = "", dodge: float = 0.03) -> str:
        r = self.rng

        def make() -> str:
            g, s = (
                ascii_fold(given or r.choice(GIVEN[self.lang])),
                ascii_fold((surname or r.choice(SURNAME[self.lang])).replace(" ", "")),
            )
            local = r.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s[:1]}", f"{s}.{g}", f"{g}_{s}",
                              f"{g}.{s}{r.randint(2, 99)}", f"{s}{r.randint(10, 99)}"])  # fmt: skip
            return f"{local}@{r.choice(DOMAIN[self.lang])}"

        val = self._unique(make)
        if r.random() < dodge:
            local, dom = val.split("@")
            head, _, tld = dom.rpartition(".")
            val = r.choice([f"{local} [at] {head} [dot] {tld}", f"{local} (at) {head} (dot) {tld}",
                            f"{local} at {head} dot {tld}"])  # fmt: skip
        return self.v("EMAIL", val)

    def phone(self, lang: str | None = None) -> str:
        val = self._unique(lambda: self._phone(lang or self.lang))
        if self.rng.random() < 0.03:  # read out digit by digit, as a form field or chat has it
            val = ("+ " if val.startswith("+") else "") + " ".join(hv.digits(val))
        return self.v("PHONE", val)

    def _phone(self, lg: str) -> str:
        r = self.rng

        def n(k: int) -> str:
            return "".join(r.choice("0123456789") for _ in range(k))

        if r.random() < 0.07:  # one digit run, as CRMs and messengers store it
            return r.choice({"en": ["+1503" + "55501" + n(2), "07700900" + n(3)],
                             "de": ["01" + r.choice("567") + n(9), "+49176" + n(8)],
                             "fr": ["06" + n(8), "+337" + n(8)],
                             "es": ["6" + n(8), "34" + "6" + n(8)],
                             "it": ["+39347" + n(7)], "nl": ["06" + n(8)],
                             "pt": ["+3519" + n(8)]}[lg])  # fmt: skip
        if lg == "en":
            a = r.choice(["503", "614", "971", "312", "646", "720"])
            return r.choice([f"({a}) 555-01{n(2)}", f"{a}-555-01{n(2)}", f"+1 {a} 555 01{n(2)}",
                             f"1-{a}-555-01{n(2)}", f"{a}.555.01{n(2)}",
                             f"07700 900{n(3)}", f"+44 7700 900{n(3)}", f"0113 496 0{n(3)}",
                             f"+44 (0)117 496 0{n(3)}", f"087 {n(3)} {n(4)}",
                             f"+353 86 {n(3)} {n(4)}"])  # fmt: skip
        if lg == "de":
            return r.choice([f"01{r.choice('567')}{n(1)} {n(7)}", f"+49 15{n(1)} {n(8)}",
                             f"0521 / {n(6)}", f"(0431) {n(2)} {n(2)} {n(2)}",
                             f"+49 (0)761 {n(6)}", f"0049 431 {n(7)}", f"+43 664 {n(7)}",
                             f"0664/{n(7)}", f"+41 79 {n(3)} {n(2)} {n(2)}",
                             f"041 {n(3)} {n(2)} {n(2)}", f"0761-{n(5)}"])  # fmt: skip
        if lg == "fr":
            p = [n(2) for _ in range(4)]
            return r.choice([f"06 {' '.join(p)}", f"+33 7 {' '.join(p)}", f"02.{'.'.join(p)}",
                             f"0033 6 {' '.join(p)}", f"+33 (0)4 {' '.join(p)}",
                             f"+32 470 {p[0]} {p[1]} {p[2]}", f"0471/{p[0]}.{p[1]}.{p[2]}",
                             f"+41 21 {n(3)} {p[0]} {p[1]}"])  # fmt: skip
        if lg == "es":
            return r.choice([f"6{n(2)} {n(3)} {n(3)}", f"+34 6{n(2)} {n(2)} {n(2)} {n(2)}",
                             f"(+34) 9{n(2)} {n(3)} {n(3)}", f"0034 7{n(8)}",
                             f"+34 944 {n(2)} {n(2)} {n(2)}", f"+52 33 {n(4)} {n(4)}",
                             f"91 {n(3)} {n(2)} {n(2)}"])  # fmt: skip
        if lg == "it":
            return r.choice([f"+39 3{n(2)} {n(3)} {n(4)}", f"3{n(2)} {n(7)}", f"051 {n(6)}",
                             f"0039 011 {n(7)}"])  # fmt: skip
        if lg == "nl":
            return r.choice(
                [
                    f"06-{n(8)}",
                    f"+31 6 {n(8)}",
                    f"030-{n(7)}",
                    f"+31 (0)50 {n(3)} {n(4)}",
                    f"06 {n(2)} {n(2)} {n(2)} {n(2)}",
                ]
            )
        return r.choice([f"9{n(2)} {n(3)} {n(3)}", f"+351 9{n(2)} {n(3)} {n(3)}",
                         f"22 {n(3)} {n(4)}", f"00351 21 {n(3)} {n(4)}"])  # fmt: skip

    # structured values
    def card(self, zw: float = 0.0) -> str:
        val = self._unique(lambda: hv.card(self.rng))
        if self.rng.random() < zw:  # pasted from a page that joins groups with U+200B
            val = val.replace(" ", "\u200b").replace("-", "\u200b")
            if "\u200b" not in val:
                val = "\u200b".join(val[i : i + 4] for i in range(0, len(val), 4))
        return self.v("CREDIT_CARD", val)

    def iban(self, cc: str | None = None) -> str:
        home = {"en": ["GB", "IE"], "de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "LU", "MC"],
                "es": ["ES"], "it": ["IT"], "nl": ["NL"], "pt": ["PT"]}[self.lang]  # fmt: skip
        pool = home * 3 + list(hv.IBAN_LEN)
        return self.v("IBAN", self._unique(lambda: hv.iban(self.rng, cc or self.rng.choice(pool))))

    def ssn(self) -> str:
        return self.v("US_SSN", self._unique(lambda: hv.ssn(self.rng)))

    def ip(self, v6: float = 0.1, cidr: float = 0.08) -> str:
        r = self.rng
        if r.random() < v6:
            return self.v("IP_ADDRESS", self._unique(lambda: hv.ipv6(r)))
        c = r.random() < cidr
        return self.v("IP_ADDRESS", self._unique(lambda: hv.ipv4(r, c)))

    def pw(self) -> str:
        return self.v("SECRET", self._unique(lambda: hv.password(self.rng, PW_WORDS)))

    def token(self) -> str:
        return self.v("SECRET", self._unique(lambda: hv.token(self.rng)))

    def pin(self, k: int = 4) -> str:
        return self.v(
            "SECRET", self._unique(lambda: str(self.rng.randint(10 ** (k - 1), 10**k - 1)))
        )

    def urlcred(self, user: str = "") -> str:
        r = self.rng
        u = user or r.choice(["svc_sync", "deploy", "app", "reporting", "etl", "admin", "ci"])
        return self.v("URL_CREDENTIALS", self._unique(lambda: f"{u}:{hv.url_pw(r, PW_WORDS)}"))

    def dob(self, lang: str | None = None) -> str:
        return self.v("DATE_OF_BIRTH", self._unique(lambda: hv.dob(self.rng, lang or self.lang)))


def check_record(rec: dict[str, Any]) -> None:
    """Raise ValueError on the first wrong label of a record."""
    text, last = rec["text"], -1
    for s in sorted(rec["spans"], key=lambda s: s["start"]):
        val, typ = s["value"], s["type"]
        if text[s["start"] : s["end"]] != val:
            raise ValueError(f"{rec['id']}: offsets do not give back {val!r}")
        if s["start"] < last:
            raise ValueError(f"{rec['id']}: overlapping spans at {val!r}")
        last = s["end"]
        if not val or val != val.strip():
            raise ValueError(f"{rec['id']}: blank at the edge of {val!r}")
        if typ not in TYPES and typ != "DECOY":
            raise ValueError(f"{rec['id']}: unknown type {typ}")
        if typ == "DECOY" and not s.get("decoy"):
            raise ValueError(f"{rec['id']}: decoy without its note")
        why = hv.check_value(typ, val, s.get("decoy", ""))
        if why:
            raise ValueError(f"{rec['id']}: {why}: {val!r}")
    labeled = [hv.digits(s["value"]) for s in rec["spans"] if s["type"] != "DECOY"]
    for s in rec["spans"]:
        if s["type"] == "DECOY":
            dd = hv.digits(s["value"])
            for lv in labeled:
                if len(lv) >= 6 and lv in dd:
                    raise ValueError(f"{rec['id']}: decoy {s['value']!r} holds a value's digits")
