"""Builder, value makers and pools for the seventeenth held-out set (stdlib only)."""

from __future__ import annotations

import random
import string

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
PER_LANG = {"en": 7, "de": 6, "fr": 6, "es": 6, "it": 4, "nl": 4, "pt": 4}


class Doc:
    """Text under construction with its spans; CRLF is applied as pieces are added."""

    def __init__(self, crlf: bool = False) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.crlf = crlf

    def _fix(self, s: str) -> str:
        return s.replace("\n", "\r\n") if self.crlf else s

    def t(self, s: str) -> Doc:
        s = self._fix(s)
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, typ: str, value: str) -> Doc:
        value = self._fix(value)
        self.spans.append(
            {"start": self.n, "end": self.n + len(value), "type": typ, "value": value}
        )
        self.parts.append(value)
        self.n += len(value)
        return self

    def d(self, note: str, value: str) -> Doc:
        value = self._fix(value)
        self.spans.append(
            {
                "start": self.n,
                "end": self.n + len(value),
                "type": "DECOY",
                "value": value,
                "decoy": note,
            }
        )
        self.parts.append(value)
        self.n += len(value)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        k = int(ch)
        if i % 2 == 1:
            k *= 2
            if k > 9:
                k -= 9
        total += k
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


IBAN_LEN = {
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "PT": 25,
    "GB": 22,
    "BE": 16,
    "AT": 20,
    "IE": 22,
    "LU": 20,
    "CH": 21,
}
LANG_IBAN = {
    "en": ("GB", "IE"),
    "de": ("DE", "AT"),
    "fr": ("FR", "BE", "LU"),
    "es": ("ES",),
    "it": ("IT",),
    "nl": ("NL", "BE"),
    "pt": ("PT",),
}


def mod97(s: str) -> int:
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").replace("\n", "").replace("\r", "")
    return len(s) == IBAN_LEN.get(s[:2], -1) and mod97(s[4:] + s[:4]) == 1


class Ctx:
    """Random source and the set of structured values already used (no repeats)."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.used: set[str] = set()

    def fresh(self, make) -> str:
        for _ in range(200):
            v = make()
            key = "".join(ch for ch in v if ch.isalnum()).lower()
            if key not in self.used:
                self.used.add(key)
                return v
        raise AssertionError("no fresh value")

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # cards -------------------------------------------------------------
    def card_raw(self) -> tuple[str, str]:
        def make() -> str:
            net = self.r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
            if net == "visa":
                return luhn_complete("4" + self.digits(14))
            if net == "mc":
                return luhn_complete(str(self.r.randint(51, 55)) + self.digits(13))
            if net == "mc2":
                return luhn_complete(str(self.r.randint(2221, 2720)) + self.digits(11))
            if net == "amex":
                return luhn_complete(self.r.choice(["34", "37"]) + self.digits(12))
            return luhn_complete("6011" + self.digits(11))

        raw = self.fresh(make)
        return raw, group_card(raw, self.r.choice([" ", " ", "-", ""]))

    def card(self) -> str:
        return self.card_raw()[1]

    def card_misread(self, raw: str) -> str:
        """The same card with one digit changed so that Luhn fails."""
        i = self.r.randrange(4, len(raw) - 1)
        for c in "1357924680":
            bad = raw[:i] + c + raw[i + 1 :]
            if c != raw[i] and not luhn_ok(bad):
                return group_card(bad, " ")
        raise AssertionError(raw)

    # IBAN --------------------------------------------------------------
    def iban_raw(self, lang: str) -> str:
        def make() -> str:
            cc = self.r.choice(LANG_IBAN[lang])
            n = IBAN_LEN[cc] - 4
            if cc in ("GB", "IE"):
                bban = "".join(self.r.choice("ABCDEFGHJKLMNPRSTWXY") for _ in range(4))
                bban += self.digits(n - 4)
            elif cc == "NL":
                bban = self.r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + self.digits(10)
            elif cc == "IT":
                bban = self.r.choice(string.ascii_uppercase) + self.digits(n - 1)
            else:
                bban = self.digits(n)
            check = 98 - mod97(bban + cc + "00")
            return f"{cc}{check:02d}{bban}"

        iban = self.fresh(make)
        assert iban_ok(iban)
        return iban

    def iban(self, lang: str, grouped: bool = True) -> tuple[str, str]:
        raw = self.iban_raw(lang)
        return raw, (group4(raw) if grouped else raw)

    def iban_mistyped(self, raw: str) -> str:
        for _ in range(50):
            i = self.r.randrange(5, len(raw))
            if not raw[i].isdigit():
                continue
            bad = raw[:i] + str((int(raw[i]) + self.r.randint(1, 9)) % 10) + raw[i + 1 :]
            if not iban_ok(bad):
                return group4(bad)
        raise AssertionError(raw)

    # SSN, IP, secrets ----------------------------------------------------
    def ssn(self, sep: str = "-") -> str:
        def make() -> str:
            area = self.r.randint(1, 899)
            while area == 666:
                area = self.r.randint(1, 899)
            return f"{area:03d}{sep}{self.r.randint(1, 99):02d}{sep}{self.r.randint(1, 9999):04d}"

        return self.fresh(make)

    def ip(self, v6: bool = False) -> str:
        def make() -> str:
            if v6:
                words = [f"{self.r.randint(1, 0xFFFF):x}" for _ in range(3)]
                return "2001:db8:" + ":".join(words[:1]) + "::" + ":".join(words[1:])
            k = self.r.randrange(6)
            a = self.r.randint(2, 250)
            b = self.r.randint(1, 250)
            return [
                f"192.0.2.{a}",
                f"198.51.100.{a}",
                f"203.0.113.{a}",
                f"10.{b}.{self.r.randint(0, 250)}.{a}",
                f"192.168.{b}.{a}",
                f"100.{self.r.randint(64, 127)}.{b}.{a}",
            ][k]

        return self.fresh(make)

    def password(self) -> str:
        def make() -> str:
            w = self.r.choice(
                ["Sommer", "Lavande", "Tortuga", "Girasole", "Tulp", "Oceano", "Maple", "Falke"]
            )
            sym = self.r.choice("!#$%&*?+")
            return f"{w}{sym}{self.digits(self.r.randint(2, 4))}{self.r.choice('xqzkvw')}"

        return self.fresh(make)

    def token(self, n: int = 32, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.fresh(lambda: "".join(self.r.choice(alphabet) for _ in range(n)))

    def hexs(self, n: int) -> str:
        return self.fresh(lambda: "".join(self.r.choice("0123456789abcdef") for _ in range(n)))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def pin(self, n: int = 4) -> str:
        return self.fresh(lambda: str(self.r.randint(1, 9)) + self.digits(n - 1))


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def group_card(raw: str, sep: str) -> str:
    if not sep:
        return raw
    if len(raw) == 15:
        return sep.join([raw[:4], raw[4:10], raw[10:]])
    return sep.join(raw[i : i + 4] for i in range(0, len(raw), 4))


def wrap_iban(grouped: str, at: int) -> str:
    """A grouped IBAN cut by a mail client's line break after group ``at``."""
    groups = grouped.split(" ")
    at = max(1, min(at, len(groups) - 1))
    return " ".join(groups[:at]) + "\n" + " ".join(groups[at:])
