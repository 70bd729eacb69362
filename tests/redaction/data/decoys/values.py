# ruff: noqa: E501  (data: one text per template line reads better than wrapped)
"""Value generators for the decoy collection (build.py): decoys that must stay, and a few
real values so that recall is checked in the same texts.

Decoys are shaped like private values (digit runs, hex, dotted quads, card- and IBAN-like
groups) but are not: checksums fail, or the value is a version, a hash, a reference number.
Written without looking at the detectors' rules, from the formats' own definitions.
"""

from __future__ import annotations

import base64
import hashlib
import random
import string
import uuid

HEX = "0123456789abcdef"


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


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    return f"{98 - num % 97:02d}"


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


class Decoys:
    """One method per decoy kind; each returns the value as it appears in the text."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def _hex(self, n: int) -> str:
        return "".join(self.r.choice(HEX) for _ in range(n))

    def _digits(self, n: int, first: str = "123456789") -> str:
        return self.r.choice(first) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    def uuid(self) -> str:
        value = str(uuid.UUID(int=self.r.getrandbits(128), version=4))
        return value.upper() if self.r.random() < 0.2 else value

    def git_sha(self) -> str:
        return self._hex(40)

    def short_sha(self) -> str:
        return self._hex(self.r.choice((7, 8, 10, 12)))

    def md5(self) -> str:
        return self._hex(32)

    def sha1(self) -> str:
        return self._hex(40)

    def sha256(self) -> str:
        return self._hex(64)

    def b64hash(self) -> str:
        raw = hashlib.sha256(str(self.r.random()).encode()).digest()
        return base64.b64encode(raw).decode()

    def sri(self) -> str:
        raw = hashlib.sha512(str(self.r.random()).encode()).digest()
        return "sha512-" + base64.b64encode(raw).decode()

    def etag(self) -> str:
        raw = hashlib.md5(str(self.r.random()).encode()).digest()
        return base64.b64encode(raw).decode().rstrip("=")

    def semver(self) -> str:
        r = self.r
        v = f"{r.randint(0, 14)}.{r.randint(0, 30)}.{r.randint(0, 60)}"
        tail = r.choice(("", "", "", f"-rc.{r.randint(1, 5)}", f"-beta.{r.randint(1, 9)}",
                         f"+build.{r.randint(10, 9999)}"))  # fmt: skip
        return r.choice(("", "v", "")) + v + tail

    def build(self) -> str:
        r = self.r
        return r.choice((
            f"{r.randint(2022, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 9)}",
            f"{r.randint(1000, 99999)}",
            f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}",
        ))  # fmt: skip

    def quad_version(self) -> str:
        r = self.r
        return r.choice((
            f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1, 250)}",
            f"{r.randint(6, 10)}.{r.randint(0, 3)}.{r.randint(1000, 26000)}.{r.randint(1, 5000)}",
        ))  # fmt: skip

    def order(self) -> str:
        r = self.r
        return r.choice((
            f"ORD-{r.randint(2022, 2026)}-{self._digits(6)}",
            f"{self._digits(3)}-{self._digits(7, string.digits)}-{self._digits(7, string.digits)}",
            f"#{self._digits(6)}",
            f"SO{self._digits(8)}",
            self._digits(10),
        ))  # fmt: skip

    def invoice(self) -> str:
        r = self.r
        return r.choice((
            f"INV-{self._digits(5)}",
            f"RE-{r.randint(2023, 2026)}-{self._digits(5, string.digits)}",
            f"F{r.randint(2023, 2026)}/{self._digits(6, string.digits)}",
            f"{r.randint(2023, 2026)}{self._digits(6, string.digits)}",
        ))  # fmt: skip

    def tracking(self) -> str:
        r = self.r
        return r.choice((
            "1Z" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
            self._digits(20, "0"),
            self._digits(12),
            f"JJD{self._digits(18, string.digits)}",
            f"RR{self._digits(9)}DE",
        ))  # fmt: skip

    def ticket(self) -> str:
        r = self.r
        proj = r.choice(("OPS", "INC", "SUP", "JIRA", "HD", "CS", "PLAT"))
        return r.choice((f"{proj}-{r.randint(100, 99999)}", f"#{r.randint(1000, 999999)}",
                         f"INC{self._digits(7, string.digits)}"))  # fmt: skip

    def case(self) -> str:
        return self.r.choice(
            (self._digits(8, "0"), f"CAS-{self._digits(5)}-{self._hex(6).upper()}")
        )

    def bad_card(self) -> str:
        while True:
            body = self.r.choice("3456") + self._digits(15, string.digits)
            if not luhn_ok(body):
                break
        return self.r.choice((body, group4(body), "-".join(group4(body).split())))

    def sku(self) -> str:
        r = self.r
        return r.choice((
            f"SKU-{self._digits(4)}-{r.choice(('BLK', 'WHT', 'RED', 'XL', 'M'))}",
            f"{self._digits(4, string.digits)}-{self._digits(4, string.digits)}-{r.randint(10, 99)}",
            f"{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}{self._digits(6)}",
        ))  # fmt: skip

    def serial(self) -> str:
        chars = string.ascii_uppercase + string.digits
        return self.r.choice(("C02", "SN", "FVF", "")) + "".join(
            self.r.choice(chars) for _ in range(self.r.choice((9, 10, 12)))
        )

    def timestamp(self) -> str:
        r = self.r
        y, mo, d = r.randint(2021, 2026), r.randint(1, 12), r.randint(1, 28)
        h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        return r.choice((
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
            f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
            f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}",
            str(r.randint(1_600_000_000, 1_800_000_000)),
        ))  # fmt: skip

    def date(self) -> str:
        r = self.r
        y, mo, d = r.randint(2022, 2027), r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{d:02d}.{mo:02d}.{y}", f"{y}-{mo:02d}-{d:02d}", f"{d:02d}/{mo:02d}/{y}",
                         f"{mo:02d}/{d:02d}/{y}"))  # fmt: skip

    def amount(self) -> str:
        r = self.r
        whole, cents = r.randint(1, 98_000), r.randint(0, 99)
        return r.choice((
            f"€{whole:,}.{cents:02d}",
            f"{whole:,}.{cents:02d} USD",
            f"{whole:,}".replace(",", ".") + f",{cents:02d} €",
            f"{whole:,}".replace(",", " ") + f",{cents:02d} EUR",
            f"${whole:,}.{cents:02d}",
        ))  # fmt: skip

    def phone_ref(self) -> str:
        r = self.r
        return r.choice((
            f"{self._digits(3, '0')}-{self._digits(4, string.digits)}-{self._digits(4, string.digits)}",
            f"{self._digits(2)} {self._digits(3, string.digits)} {self._digits(3, string.digits)} {self._digits(2, string.digits)}",
            f"0{self._digits(9)}",
            f"({self._digits(3)}) {self._digits(3, string.digits)}-{self._digits(4, string.digits)}",
        ))  # fmt: skip

    def bad_iban(self) -> str:
        r = self.r
        country, length = r.choice((("DE", 18), ("FR", 23), ("ES", 20), ("IT", 23), ("NL", 14)))
        if country == "NL":
            bban = "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + self._digits(10)
        elif country == "IT":
            bban = r.choice(string.ascii_uppercase) + self._digits(22, string.digits)
        else:
            bban = self._digits(length, string.digits)
        good = iban_check(country, bban)
        check = f"{(int(good) + r.randint(1, 40)) % 97 + 2:02d}"
        value = country + check + bban
        return group4(value) if r.random() < 0.6 else value

    def isbn(self) -> str:
        r = self.r
        body = "978" + self._digits(9, string.digits)
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - total % 10) % 10)
        return r.choice((full, f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}"))

    def ean(self) -> str:
        body = self._digits(12, "04")
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def coords(self) -> str:
        r = self.r
        lat, lon = r.uniform(36, 55), r.uniform(-9, 19)
        return r.choice((f"{lat:.5f}, {lon:.5f}", f"{lat:.6f},{lon:.6f}",
                         f"{int(lat)}°{r.randint(0, 59)}'{r.randint(0, 59)}\"N"))  # fmt: skip

    def ports(self) -> str:
        r = self.r
        ps = sorted(r.sample((22, 80, 443, 3000, 5432, 6379, 8080, 8443, 9000, 9090, 27017), 3))
        return r.choice((",".join(map(str, ps)), "/".join(map(str, ps)),
                         f"{ps[0]}:{ps[0]}", f"{ps[0]}-{ps[0] + r.randint(10, 99)}"))  # fmt: skip

    def vat(self) -> str:
        r = self.r
        return r.choice((f"DE{self._digits(9)}", f"FR{self._digits(11, string.digits)}",
                         f"NL{self._digits(9)}B01", f"ESB{self._digits(8)}",
                         f"IT{self._digits(11, string.digits)}"))  # fmt: skip

    def account_ref(self) -> str:
        return self.r.choice((f"K{self._digits(8)}", self._digits(9), f"CUST-{self._digits(6)}"))
