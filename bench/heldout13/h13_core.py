"""Markup, value makers and label checks of held-out set 13 (standard library only).

Templates write ``⁅TYPE|value⁆`` for a labeled value and ``⁅~note|value⁆`` for a decoy;
``parse`` turns that into text and spans, so a label can never drift from its value.
``Ctx`` draws structured values unique across the whole set, because a value seen in two
texts would let a detector's repeat logic or a memorised value score twice.
"""

from __future__ import annotations

import random
import re
import string
from typing import Any

# fmt: off
TYPES = (
    "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS",
    "SECRET", "URL_CREDENTIALS", "PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH",
)
# fmt: on
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
# fmt: off
STRUCTURED = {
    "CREDIT_CARD", "EMAIL", "IBAN", "IP_ADDRESS", "PHONE", "SECRET", "URL_CREDENTIALS", "US_SSN",
}
# fmt: on
MARK = re.compile(r"⁅(~?[A-Za-z_\-0-9]+)\|(.*?)⁆", re.S)
ZW = "\u200b"


def parse(src: str) -> tuple[str, list[dict[str, Any]]]:
    """Text and spans of a marked-up string (``<ZWSP>`` becomes U+200B)."""
    src = src.replace("<ZWSP>", ZW)
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        length += m.start() - pos
        tag, value = m.group(1), m.group(2)
        span: dict[str, Any] = {"start": length, "end": length + len(value)}
        if tag.startswith("~"):
            span["type"] = "DECOY"
            span["decoy"] = tag[1:]
        else:
            span["type"] = tag
        span["value"] = value
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "⁅" not in text and "⁆" not in text, text[:200]
    return text, spans


def hard_wrap(text: str, spans: list[dict[str, Any]], rng: random.Random) -> str:
    """Wrap lines at 60-76 columns by turning a blank into a line break (offsets unchanged)."""
    width = rng.randint(60, 76)
    chars = list(text)
    col = 0
    last_blank = -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            col = 0
            last_blank = -1
            continue
        if ch == " ":
            last_blank = i
        col += 1
        if col > width and last_blank >= 0:
            chars[last_blank] = "\n"
            col = i - last_blank
            last_blank = -1
    new = "".join(chars)
    for s in spans:
        s["value"] = new[s["start"] : s["end"]]
    return new


def to_crlf(text: str, spans: list[dict[str, Any]]) -> str:
    """The text with CRLF line ends; span offsets moved with it."""
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


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError(body)


def mod97_ok(iban: str) -> bool:
    s = iban.replace(" ", "").replace("\n", "").upper()
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban_with_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{country}{98 - int(num) % 97:02d}{bban}"


IBAN_SHAPE = {  # country: (length, BBAN pattern: d digit, A letter, c letter or digit)
    "DE": (22, "d" * 18),
    "FR": (27, "d" * 23),
    "ES": (24, "d" * 20),
    "IT": (27, "A" + "d" * 22),
    "NL": (18, "AAAA" + "d" * 10),
    "PT": (25, "d" * 21),
    "BE": (16, "d" * 12),
    "AT": (20, "d" * 16),
    "GB": (22, "AAAA" + "d" * 14),
    "IE": (22, "AAAA" + "d" * 14),
    "CH": (21, "d" * 17),
    "LU": (20, "d" * 16),
}
BANKS = {
    "NL": ["ABNA", "RABO", "INGB", "TRIO"],
    "GB": ["NWBK", "BARC", "MIDL"],
    "IE": ["AIBK", "BOFI"],
}


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


class Ctx:
    """Random draws for one set, structured values unique across all texts."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def uniq(self, make: Any) -> str:
        for _ in range(200):
            v = str(make())
            key = re.sub(r"\W", "", v).lower()
            if key not in self.used:
                self.used.add(key)
                return v
        raise AssertionError("no unique value")

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def choice(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def iban(self, country: str, grouped: bool | None = None) -> str:
        def make() -> str:
            _, pat = IBAN_SHAPE[country]
            chars = []
            for p in pat:
                if p == "d":
                    chars.append(self.choice(string.digits))
                elif p == "A":
                    chars.append(self.choice(string.ascii_uppercase))
                else:
                    chars.append(self.choice(string.digits + string.ascii_uppercase))
            bban = "".join(chars)
            if country in BANKS:
                bban = self.choice(BANKS[country]) + bban[4:]
            return iban_with_check(country, bban)

        v = self.uniq(make)
        assert mod97_ok(v) and len(v) == IBAN_SHAPE[country][0]
        g = self.chance(0.35) if grouped is None else grouped
        return group4(v) if g else v

    def bad_iban(self, good: str) -> str:
        s = good.replace(" ", "")
        for _ in range(50):
            i = self.rng.randrange(6, len(s))
            if not s[i].isdigit():
                continue
            t = s[:i] + str((int(s[i]) + self.rng.randint(1, 9)) % 10) + s[i + 1 :]
            if not mod97_ok(t):
                return group4(t) if " " in good else t
        raise AssertionError(good)

    def card(self, net: str | None = None, style: str | None = None) -> str:
        net = net or self.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
        pre = {
            "visa": "4" + self.digits(5),
            "mc": self.choice(["51", "52", "53", "54", "55"]) + self.digits(4),
            "mc2": str(self.rng.randint(2221, 2720)) + self.digits(2),
            "amex": self.choice(["34", "37"]) + self.digits(4),
            "disc": "6011" + self.digits(2),
            "jcb": str(self.rng.randint(3528, 3589)) + self.digits(2),
        }[net]
        n = 15 if net == "amex" else 16
        v = self.uniq(lambda: luhn_complete(pre[:6] + self.digits(n - 7)))
        style = style or self.choice(["blank", "blank", "dash", "none"])
        amex = [v[:4], v[4:10], v[10:]]
        parts = amex if net == "amex" else [v[i : i + 4] for i in range(0, 16, 4)]
        return {"blank": " ", "dash": "-", "none": ""}[style].join(parts)

    def bad_card(self, good: str) -> str:
        d = [c for c in good if c.isdigit()]
        for _ in range(50):
            i = self.rng.randrange(6, len(d) - 1)
            t = d[:]
            t[i] = str((int(t[i]) + self.rng.randint(1, 9)) % 10)
            if not luhn_ok("".join(t)):
                it = iter(t)
                return "".join(next(it) if c.isdigit() else c for c in good)
        raise AssertionError(good)

    def ssn(self, style: str = "dash") -> str:
        def make() -> str:
            area = self.rng.randint(1, 899)
            while area == 666:
                area = self.rng.randint(1, 899)
            return f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"

        v = self.uniq(make)
        return {"dash": v, "blank": v.replace("-", " "), "bare": v.replace("-", "")}[style]

    def ipv4(self) -> str:
        def make() -> str:
            r = self.rng.randint
            return self.choice(
                [
                    f"192.0.2.{r(1, 254)}",
                    f"198.51.100.{r(1, 254)}",
                    f"203.0.113.{r(1, 254)}",
                    f"10.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}",
                    f"172.{r(16, 31)}.{r(0, 255)}.{r(1, 254)}",
                    f"192.168.{r(0, 255)}.{r(1, 254)}",
                    f"100.{r(64, 127)}.{r(0, 255)}.{r(1, 254)}",
                ]
            )

        return self.uniq(make)

    def ipv6(self) -> str:
        def make() -> str:
            h = [f"{self.rng.randint(1, 0xFFFF):x}" for _ in range(4)]
            return self.choice(
                [f"2001:db8:{h[0]}::{h[1]}", f"2001:db8:{h[0]}:{h[1]}:{h[2]}::{h[3]}"]
            )

        return self.uniq(make)

    def ip(self, p6: float = 0.15) -> str:
        return self.ipv6() if self.chance(p6) else self.ipv4()

    def token(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.choice(alphabet) for _ in range(n))

    def password(self) -> str:
        words = [
            "Kiwi",
            "Tornado",
            "Velo",
            "Mistral",
            "Garnet",
            "Lupin",
            "Quokka",
            "Fjord",
            "Cobalt",
            "Saffron",
        ]
        words += [
            "Marmota",
            "Zebu",
            "Ortica",
            "Wolk",
            "Pinheiro",
            "Eichel",
            "Brume",
            "Lince",
            "Duna",
        ]

        def make() -> str:
            style = self.rng.randint(0, 3)
            if style == 0:
                return (
                    self.choice(words)
                    + self.choice("!#$%&*?+")
                    + self.digits(self.rng.randint(2, 4))
                )
            if style == 1:
                return self.token(
                    self.rng.randint(14, 22), string.ascii_letters + string.digits + "!#%+="
                )
            if style == 2:
                return f"{self.choice(words).lower()}-{self.choice(words).lower()}-{self.digits(2)}"
            return self.choice(words) + self.digits(2) + self.choice(words) + self.choice("!.@$")

        return self.uniq(make)

    def api_key(self) -> str:
        kinds = [
            lambda: "ghp_" + self.token(36),
            lambda: "glpat-" + self.token(20, string.ascii_letters + string.digits + "-_"),
            lambda: "sk_live_" + self.token(24),
            lambda: "xoxb-" + self.digits(11) + "-" + self.digits(13) + "-" + self.token(24),
            lambda: "hf_" + self.token(34),
            lambda: "SG." + self.token(22) + "." + self.token(43),
            lambda: "AIza" + self.token(35, string.ascii_letters + string.digits + "-_"),
            lambda: "dckr_pat_" + self.token(27, string.ascii_letters + string.digits + "-_"),
            lambda: "glsa_" + self.token(32) + "_" + self.token(8, "0123456789abcdef"),
            lambda: "npm_" + self.token(36),
        ]
        return self.uniq(lambda: self.choice(kinds)())

    def hexid(self, n: int) -> str:
        return self.token(n, "0123456789abcdef")

    def uuid(self) -> str:
        h = self.hexid(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.choice('89ab')}{h[17:20]}-{h[20:]}"


def check_record(rec: dict[str, Any]) -> None:
    """Raise ValueError on the first bad label of one record."""
    text = rec["text"]
    if rec["lang"] not in LANGS:
        raise ValueError(f"{rec['id']}: language {rec['lang']}")
    prev = -1
    for s in sorted(rec["spans"], key=lambda s: s["start"]):
        v = s["value"]
        if text[s["start"] : s["end"]] != v or not v:
            raise ValueError(f"{rec['id']}: offsets do not give {v!r}")
        if s["start"] < prev:
            raise ValueError(f"{rec['id']}: overlap at {v!r}")
        prev = s["end"]
        if v != v.strip():
            raise ValueError(f"{rec['id']}: blank at the edge of {v!r}")
        t = s["type"]
        if t == "DECOY":
            if not s.get("decoy"):
                raise ValueError(f"{rec['id']}: decoy without note")
            flat = re.sub(r"\D", "", v)
            if s["decoy"] == "luhn-invalid" and luhn_ok(flat):
                raise ValueError(f"{rec['id']}: luhn-invalid decoy passes Luhn")
            if s["decoy"] == "iban-invalid" and mod97_ok(v):
                raise ValueError(f"{rec['id']}: iban-invalid decoy passes mod-97")
            continue
        if t not in TYPES:
            raise ValueError(f"{rec['id']}: type {t}")
        flat = re.sub(r"[\s\u200b\-]", "", v)
        if t == "CREDIT_CARD" and flat.isdigit() and not luhn_ok(flat):
            raise ValueError(f"{rec['id']}: card {v!r} fails Luhn")
        if t == "IBAN":
            c = flat[:2].upper()
            if c not in IBAN_SHAPE or len(flat) != IBAN_SHAPE[c][0] or not mod97_ok(flat):
                raise ValueError(f"{rec['id']}: IBAN {v!r}")
        if t == "US_SSN" and flat.isdigit():
            a, g, n = int(flat[:3]), int(flat[3:5]), int(flat[5:])
            if len(flat) != 9 or a in (0, 666) or a >= 900 or g == 0 or n == 0:
                raise ValueError(f"{rec['id']}: SSN {v!r}")
        if t == "URL_CREDENTIALS" and (":" not in v or "@" in v):
            raise ValueError(f"{rec['id']}: URL credential {v!r}")
        if t == "IP_ADDRESS":
            import ipaddress

            ipaddress.ip_address(v.replace("\n", ""))
    if "⁅" in text or "⁆" in text:
        raise ValueError(f"{rec['id']}: markup left")
