# ruff: noqa: E501
"""Markup, value makers and label checks shared by the generator and ``load()``.

A template writes ``⁅TYPE|value⁆`` for a labeled value and ``⁅~note|value⁆`` for a decoy;
``parse`` strips the markup and returns the plain text with its spans. Checks live here so
that generation and loading assert the same rules.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
from typing import Any

TYPES = (
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
)
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
OPEN, SEP, CLOSE = "⁅", "|", "⁆"
ZWSP = "\u200b"
MARK = re.compile(r"⁅(~?[A-Za-z0-9_\-]+)\|([^⁅⁆]*)⁆")


def m(typ: str, value: str) -> str:
    """One labeled value in markup."""
    return f"{OPEN}{typ}{SEP}{value}{CLOSE}"


def d(note: str, value: str) -> str:
    """One decoy in markup."""
    return f"{OPEN}~{note}{SEP}{value}{CLOSE}"


def parse(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and spans from a marked-up text (``<ZWSP>`` becomes U+200B)."""
    marked = marked.replace("<ZWSP>", ZWSP)
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for hit in MARK.finditer(marked):
        chunk = marked[pos : hit.start()]
        out.append(chunk)
        length += len(chunk)
        tag, value = hit.group(1), hit.group(2)
        span: dict[str, Any] = {"start": length, "end": length + len(value)}
        if tag.startswith("~"):
            span.update(type="DECOY", decoy=tag[1:], value=value)
        else:
            span.update(type=tag, value=value)
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = hit.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert OPEN not in text and CLOSE not in text, "markup left"
    return text, spans


def hard_wrap(text: str, spans: list[dict[str, Any]], rng: random.Random) -> str:
    """Turn blanks into line breaks at 60-76 columns in place (offsets do not move)."""
    chars = list(text)
    width = rng.randint(60, 76)
    col = 0
    last_blank = -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            col, last_blank = 0, -1
            continue
        col += 1
        if ch == " ":
            last_blank = i
        if col > width and last_blank >= 0:
            chars[last_blank] = "\n"
            col = i - last_blank
            last_blank = -1
    new = "".join(chars)
    for s in spans:
        s["value"] = new[s["start"] : s["end"]]
    return new


def to_crlf(text: str, spans: list[dict[str, Any]]) -> str:
    """CRLF line ends, offsets moved."""
    shift = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        shift[i] = n
        if ch == "\n":
            n += 1
    shift[len(text)] = n
    for s in spans:
        s["start"] += shift[s["start"]]
        s["end"] += shift[s["end"]]
    new = text.replace("\n", "\r\n")
    for s in spans:
        s["value"] = new[s["start"] : s["end"]]
    return new


# -- checks ----------------------------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PT": 25, "GB": 22, "BE": 16}
IBAN_LEN.update({"AT": 20, "CH": 21, "IE": 22, "LU": 20, "FI": 18, "DK": 18})


def iban_ok(value: str) -> bool:
    raw = re.sub(r"\s", "", value).upper()
    if IBAN_LEN.get(raw[:2]) != len(raw):
        return False
    moved = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def ssn_ok(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) == 4:
        return digits != "0000"
    if len(digits) != 9:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def check_record(rec: dict[str, Any]) -> None:
    """Raise ``ValueError`` on the first bad label of one record."""
    text = rec["text"]
    if rec["lang"] not in LANGS:
        raise ValueError(f"{rec['id']}: lang {rec['lang']}")
    last_end = -1
    for s in sorted(rec["spans"], key=lambda x: x["start"]):
        val, typ = s["value"], s["type"]
        where = f"{rec['id']}: {typ} {val!r}"
        if text[s["start"] : s["end"]] != val or not val:
            raise ValueError(f"{where}: offsets")
        if s["start"] < last_end:
            raise ValueError(f"{where}: overlap")
        last_end = s["end"]
        if val != val.strip():
            raise ValueError(f"{where}: blank at edge")
        if typ == "DECOY":
            note = s.get("decoy", "")
            if not note:
                raise ValueError(f"{where}: decoy without note")
            digits = re.sub(r"\D", "", val)
            if note == "luhn-invalid" and luhn_ok(digits):
                raise ValueError(f"{where}: passes Luhn")
            if note == "iban-invalid" and iban_ok(val):
                raise ValueError(f"{where}: passes mod-97")
            continue
        if typ not in TYPES:
            raise ValueError(f"{where}: unknown type")
        plain = val.replace(ZWSP, "").replace("\r", "")
        digits = re.sub(r"\D", "", plain)
        if typ == "CREDIT_CARD" and not (13 <= len(digits) <= 19 and luhn_ok(digits)):
            raise ValueError(f"{where}: card")
        if typ == "IBAN" and not iban_ok(plain):
            raise ValueError(f"{where}: iban")
        if typ == "US_SSN" and digits and not ssn_ok(digits):
            raise ValueError(f"{where}: ssn")
        if typ == "IP_ADDRESS":
            ipaddress.ip_network(re.sub(r"\s", "", plain), strict=False)
        if typ == "URL_CREDENTIALS" and (":" not in val or "@" in val):
            raise ValueError(f"{where}: url credentials")


# -- makers ----------------------------------------------------------------------------------
class Ctx:
    """The random source of the set and the values already drawn (unique across texts)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def uniq(self, make: Any) -> str:
        for _ in range(200):
            value = str(make())
            key = re.sub(r"[^0-9A-Za-z@.]", "", value).lower()
            if key not in self.used:
                self.used.add(key)
                return value
        raise RuntimeError("pool exhausted")

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def hexs(self, n: int) -> str:
        return self.alnum(n, "0123456789abcdef")

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def card(self, network: str = "", sep: str = "") -> str:
        def make() -> str:
            net = network or self.rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
            prefix = {
                "visa": "4",
                "mc": str(self.rng.randint(51, 55)),
                "mc2": str(self.rng.randint(2221, 2720)),
                "amex": self.rng.choice(["34", "37"]),
                "disc": "6011",
                "jcb": str(self.rng.randint(3528, 3589)),
            }[net]
            length = 15 if net == "amex" else 16
            body = prefix + self.digits(length - len(prefix) - 1)
            check = next(c for c in "0123456789" if luhn_ok(body + c))
            num = body + check
            groups = [4, 6, 5] if net == "amex" else [4, 4, 4, 4]
            parts, i = [], 0
            for g in groups:
                parts.append(num[i : i + g])
                i += g
            return sep.join(parts) if sep else num

        return self.uniq(make)

    def bad_card(self, good: str) -> str:
        """A misread of ``good``: one digit changed so that Luhn fails."""
        chars = list(good)
        idx = [i for i, c in enumerate(chars) if c.isdigit()]
        while True:
            i = self.rng.choice(idx[2:-1])
            old = chars[i]
            chars[i] = str((int(old) + self.rng.randint(1, 9)) % 10)
            if not luhn_ok(re.sub(r"\D", "", "".join(chars))):
                return "".join(chars)
            chars[i] = old

    def iban(self, country: str, grouped: bool = False) -> str:
        def make() -> str:
            n = IBAN_LEN[country] - 4
            up = string.ascii_uppercase
            if country in ("GB", "IE"):
                bban = self.alnum(4, up) + self.digits(n - 4)
            elif country == "NL":
                bban = self.alnum(4, up) + self.digits(10)
            elif country == "IT":
                bban = self.alnum(1, up) + self.digits(n - 1)
            else:
                bban = self.digits(n)
            moved = bban + country + "00"
            check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
            raw = f"{country}{check:02d}{bban}"
            if grouped:
                return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
            return raw

        return self.uniq(make)

    def bad_iban(self, good: str) -> str:
        chars = list(good)
        idx = [i for i, c in enumerate(chars) if c.isdigit() and i > 4]
        while True:
            i = self.rng.choice(idx)
            old = chars[i]
            chars[i] = str((int(old) + self.rng.randint(1, 9)) % 10)
            if not iban_ok("".join(chars)):
                return "".join(chars)
            chars[i] = old

    def ssn(self, sep: str = "-") -> str:
        def make() -> str:
            area = self.rng.randint(1, 899)
            while area == 666:
                area = self.rng.randint(1, 899)
            g, s = self.rng.randint(1, 99), self.rng.randint(1, 9999)
            return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"

        return self.uniq(make)

    def ip4(self, private: bool = False) -> str:
        def make() -> str:
            r = self.rng
            nets = ["192.0.2", "198.51.100", "203.0.113"]
            if private or r.random() < 0.3:
                return r.choice(
                    [
                        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                        f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}",
                        f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                    ]
                )
            return f"{r.choice(nets)}.{r.randint(2, 254)}"

        return self.uniq(make)

    def ip6(self) -> str:
        return self.uniq(
            lambda: (
                f"2001:db8:{self.hexs(3).lstrip('0') or '1'}:{self.hexs(2)}::{self.hexs(3).lstrip('0') or 'a'}"
            )
        )

    def password(self) -> str:
        def make() -> str:
            words = ["Tide", "Gravel", "Mosaik", "Zebra", "Kolibri", "Falco", "Lume", "Brasa"]
            words += ["Orca", "Nebbia", "Vento", "Duin", "Pinho", "Sombra", "Ardoise", "Quarz"]
            r = self.rng
            if r.random() < 0.5:
                return f"{r.choice(words)}{r.choice('!#$%&*?+')}{self.digits(r.randint(2, 4))}{r.choice(words).lower()}"
            return self.alnum(r.randint(10, 16), string.ascii_letters + string.digits + "!#%&*+-_=")

        return self.uniq(make)

    def token(self, kind: str) -> str:
        an = string.ascii_letters + string.digits
        makers = {
            "ghp": lambda: "ghp_" + self.alnum(36, an),
            "glpat": lambda: "glpat-" + self.alnum(20, an + "-_"),
            "sk_live": lambda: "sk_live_" + self.alnum(24, an),
            "xoxb": lambda: f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.alnum(24, an)}",
            "hf": lambda: "hf_" + self.alnum(34, an),
            "aws": lambda: self.alnum(40, an + "+/"),
            "akia": lambda: "AKIA" + self.alnum(16, string.ascii_uppercase + "234567"),
            "shpat": lambda: "shpat_" + self.hexs(32),
            "hex": lambda: self.hexs(40),
            "b64": lambda: self.alnum(43, an + "+/") + "=",
            "sg": lambda: f"SG.{self.alnum(22, an + '-_')}.{self.alnum(43, an + '-_')}",
            "aiza": lambda: "AIza" + self.alnum(35, an + "-_"),
        }
        return self.uniq(makers[kind])
