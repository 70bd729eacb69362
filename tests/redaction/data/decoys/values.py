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


# Round two (issue 13's held-out decoy figures): kinds that only look private. Appended
# after the first round's methods so that the first round's texts are filled as before.
MAIL_HOSTS = ("mail.example.com", "mx1.example.org", "smtp.firma.example.de",
              "mail.gmail.com", "eu-west-1.amazonses.com", "exemple.fr")  # fmt: skip
CHIP_COUNTRIES = ("276", "250", "380", "724", "528", "620", "826", "040", "756")
AIRLINES = ("LH", "AF", "IB", "AZ", "KL", "TP", "BA", "LX", "OS", "EW", "VY", "FR", "U2")


def gs1_complete(body: str) -> str:
    """A GTIN's check digit (mod 10, weights 3 and 1 from the right)."""
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


class MoreDecoys(Decoys):
    """The second round's kinds: hashes in mail headers, phone-shaped part, product,
    claim, case and membership numbers, GTINs, flight and build numbers, loopback
    addresses, chip ids and dates next to a birth date."""

    def message_id(self) -> str:
        r = self.r
        host = r.choice(MAIL_HOSTS)
        return r.choice((
            f"{self._hex(32)}@{host}",
            f"{self._hex(40)}@{host}",
            f"{uuid.UUID(int=r.getrandbits(128), version=4)}@{host}",
            f"{r.randint(2023, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            f"{r.randint(0, 235959):06d}.{self._hex(16)}@{host}",
            f"0102018f{self._hex(8)}-{self._hex(8)}-{self._hex(4)}-{self._hex(4)}-"
            f"{self._hex(4)}-{self._hex(12)}-000000@{host}",
        ))  # fmt: skip

    def part_phone(self) -> str:
        """Part numbers grouped like phone numbers (Bosch-style "0 986 494 104")."""
        r = self.r
        d = string.digits
        return r.choice((
            f"0 {self._digits(3, d)} {self._digits(3, d)} {self._digits(3, d)}",
            f"1 {self._digits(3, d)} {self._digits(3, d)} {self._digits(3, d)}",
            f"0{self._digits(3)}-{self._digits(4, d)}-{self._digits(2, d)}",
            f"0{self._digits(2)} {self._digits(4, d)} {self._digits(4, d)}",
            f"0{self._digits(3)} {self._digits(7, d)}",
            f"{self._digits(3)}.{self._digits(3, d)}.{self._digits(3, d)}",
            f"0{self._digits(1)} {self._digits(2, d)} {self._digits(2, d)} {self._digits(2, d)} {self._digits(2, d)}",
        ))  # fmt: skip

    def product_no(self) -> str:
        r = self.r
        d = string.digits
        return r.choice((
            f"0{self._digits(9)}",
            f"0{self._digits(3)}-{self._digits(6, d)}",
            f"0{self._digits(1)} {self._digits(2, d)} {self._digits(2, d)} {self._digits(2, d)} {self._digits(2, d)}",
            f"{self._digits(3)} {self._digits(3, d)} {self._digits(3, d)}",
            f"0{self._digits(4)} {self._digits(6, d)}",
        ))  # fmt: skip

    def gtin(self) -> str:
        """EAN-13/GTIN-13 with national GS1 prefixes, plain or printed "4 006381 333931";
        EAN-8 now and then."""
        r = self.r
        prefix = r.choice(("400", "401", "402", "403", "405", "406", "407", "409", "410",
                           "412", "419", "426", "428", "430", "434", "438", "440", "300",
                           "340", "376", "841", "843", "800", "803", "871", "872", "560",
                           "500", "501", "490", "491", "761"))  # fmt: skip
        if r.random() < 0.15:
            return gs1_complete(prefix[:2] + self._digits(5, string.digits))
        full = gs1_complete(prefix + self._digits(9, string.digits))
        return full if r.random() < 0.7 else f"{full[0]} {full[1:7]} {full[7:]}"

    def claim_no(self) -> str:
        r = self.r
        d = string.digits
        return r.choice((
            f"{self._digits(2)} {self._digits(3, d)} {self._digits(3, d)} {self._digits(1, d)}",
            f"0{self._digits(3)}-{self._digits(6, d)}-{self._digits(2, d)}",
            f"{r.randint(2023, 2026)}-{self._digits(7, d)}",
            f"CLM-{self._digits(8)}",
            f"0{self._digits(9)}",
            f"{self._digits(3)} {self._digits(3, d)} {self._digits(4, d)}",
        ))  # fmt: skip

    def case_no(self) -> str:
        r = self.r
        d = string.digits
        return r.choice((
            f"{self._digits(4, '0')}-{self._digits(6, d)}",
            f"{r.randint(1, 30)} O {r.randint(10, 999)}/{r.randint(20, 26)}",
            f"0{self._digits(2)} {self._digits(3, d)} {self._digits(4, d)}",
            f"{r.randint(2023, 2026)}/{self._digits(6, d)}",
            f"0{self._digits(9)}",
        ))  # fmt: skip

    def membership_no(self) -> str:
        r = self.r
        d = string.digits
        return r.choice((
            f"{self._digits(4)} {self._digits(3, d)} {self._digits(3, d)}",
            f"0{self._digits(8)}",
            f"{self._digits(10)}",
            f"M-{self._digits(7)}",
            f"{self._digits(3)}-{self._digits(3, d)}-{self._digits(3, d)}",
            group4("3083" + self._digits(12, d)),
        ))  # fmt: skip

    def flight(self) -> str:
        r = self.r
        code = r.choice(AIRLINES)
        return r.choice((f"{code} {r.randint(1, 9999)}", f"{code}{r.randint(100, 9999)}",
                         f"{code} {r.randint(1000, 9999)}"))  # fmt: skip

    def build_no(self) -> str:
        r = self.r
        return r.choice((
            f"{r.randint(2023, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 12)}",
            f"{r.randint(19041, 26100)}.{r.randint(1000, 5000)}",
            f"10.0.{r.randint(19041, 26100)}.{r.randint(1000, 5000)}",
            f"{r.randint(1000, 9999)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"{r.randint(2023, 2026)}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}-{r.randint(1000, 9999)}",
            f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}+{r.randint(1000000, 9999999)}",
        ))  # fmt: skip

    def booking(self) -> str:
        r = self.r
        letters = string.ascii_uppercase
        return r.choice((
            "".join(r.choice(letters + string.digits) for _ in range(6)),
            f"{self._digits(3)} {self._digits(3, string.digits)} {self._digits(3, string.digits)}",
            f"{self._digits(10)}",
        ))  # fmt: skip

    def loopback(self) -> str:
        r = self.r
        return r.choice(("127.0.0.1", "::1", "127.0.1.1", "127.0.0.53", "0:0:0:0:0:0:0:1",
                         "::ffff:127.0.0.1", f"127.0.0.{r.randint(2, 20)}", "[::1]"))  # fmt: skip

    def chip_id(self) -> str:
        """Pet microchips (ISO 11784, 15 digits, country first) and SIM ICCIDs (19 digits,
        "89" first, a Luhn check digit): half of the microchips pass Luhn too."""
        r = self.r
        d = string.digits
        if r.random() < 0.35:
            body = (
                "89" + r.choice(("49", "33", "34", "39", "31", "351", "44")) + self._digits(12, d)
            )
            iccid = luhn_complete(body[:18])
            return r.choice((iccid, group4(iccid)))
        chip = r.choice(CHIP_COUNTRIES) + self._digits(12, d)
        if r.random() < 0.5:
            chip = luhn_complete(chip[:14])
        return r.choice((chip, f"{chip[:3]} {chip[3:5]} {chip[5:]}"))

    def hex_id(self) -> str:
        """A git commit id or a digest as mail-like text quotes it."""
        return self._hex(self.r.choice((32, 40)))

    def event_date(self) -> str:
        """A date of an event (issue, entry, membership) whose year could be a birth year."""
        r = self.r
        y, mo, d = r.randint(1985, 2024), r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{d:02d}.{mo:02d}.{y}", f"{d:02d}/{mo:02d}/{y}", f"{y}-{mo:02d}-{d:02d}"))
