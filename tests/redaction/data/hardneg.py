"""Hard negatives: identifiers that look like personal data and must stay unmasked."""

from __future__ import annotations

import random
import string
import uuid

HEX = "0123456789abcdef"


class HardNegatives:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def hexs(self, n: int) -> str:
        return "".join(self.r.choice(HEX) for _ in range(n))

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def make(self, kind: str) -> str:
        value: str = getattr(self, "_" + kind)()
        return f"⟦~{kind}|{value}⟧"

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def _git_sha(self) -> str:
        return self.hexs(self.r.choice([7, 8, 10, 12, 40]))

    def _hash(self) -> str:
        return self.r.choice(["", "sha256:", "md5:"]) + self.hexs(self.r.choice([32, 40, 64]))

    def _order(self) -> str:
        r = self.r
        return r.choice(
            [
                f"ORD-{r.randint(2019, 2025)}-{self.digits(6)}",
                f"#{self.digits(8)}",
                f"{self.digits(10)}",
                f"A{self.digits(9)}",
                f"{self.digits(4)}-{self.digits(4)}-{self.digits(4)}",
                f"{self.digits(4)} {self.digits(4)} {self.digits(4)} {self.digits(4)}",
            ]
        )

    def _invoice(self) -> str:
        r = self.r
        return r.choice(
            [
                f"INV-{self.digits(6)}",
                f"RE-{r.randint(2020, 2025)}-{self.digits(5)}",
                f"F{r.randint(2020, 2025)}-{self.digits(4)}",
                f"{r.randint(2020, 2025)}/{self.digits(5)}",
                f"FAC-{self.digits(7)}",
            ]
        )

    def _version(self) -> str:
        r = self.r
        return r.choice(
            [
                f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
                f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 40)}",
                f"10.0.{r.randint(10000, 22631)}.{r.randint(100, 4000)}",
                f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1, 99)}",
            ]
        )

    def _timestamp(self) -> str:
        r = self.r
        y, mo, d = r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28)
        h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        return r.choice(
            [
                f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
                f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{r.randint(100, 999)}",
                f"{r.randint(1500000000, 1760000000)}",
                f"{h:02d}:{mi:02d}:{s:02d}.{self.digits(6)}",
            ]
        )

    def _date(self) -> str:
        r = self.r
        y, mo, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
        return r.choice(
            [
                f"{d:02d}.{mo:02d}.{y}",
                f"{mo:02d}/{d:02d}/{y}",
                f"{y}-{mo:02d}-{d:02d}",
                f"{d}/{mo}/{y}",
                f"{y}{mo:02d}{d:02d}",
            ]
        )

    def _price(self) -> str:
        r = self.r
        a, b = r.randint(1, 999), r.randint(0, 999)
        return r.choice(
            [
                f"${a},{b:03d}.{r.randint(0, 99):02d}",
                f"€ {a}.{b:03d},00",
                f"{a} {b:03d},50 €",
                f"USD {a},{b:03d}",
                f"{a}.{b:03d} EUR",
                f"£{a}.{r.randint(0, 99):02d}",
                f"{a} {b:03d} {r.randint(100, 999)} €",
            ]
        )

    def _loopback(self) -> str:
        return self.r.choice(
            [
                "127.0.0.1",
                "localhost:8080",
                "0.0.0.0",
                "::1",
                "127.0.0.1:5432",
                "http://127.0.0.1:11434",
                "[::1]:8000",
                "0.0.0.0:443",
            ]
        )

    def _ticket(self) -> str:
        r = self.r
        return f"{r.choice(['JIRA', 'SUP', 'OPS', 'HR', 'IT'])}-{r.randint(10, 99999)}"

    def _tracking(self) -> str:
        return self.r.choice(
            [
                "1Z"
                + "".join(self.r.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                self.digits(12),
                "JD" + self.digits(18),
            ]
        )

    def _zip(self) -> str:
        r = self.r
        return r.choice(
            [self.digits(5), f"{self.digits(5)}-{self.digits(4)}", f"SW1A {r.randint(1, 9)}AA"]
        )

    def _mac(self) -> str:
        return ":".join(self.hexs(2).upper() for _ in range(6))

    def _quantity(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.randint(1, 99)} {self.digits(3)} {self.digits(3)}",
                f"{r.randint(1, 99)},{self.digits(3)},{self.digits(3)}",
                f"{r.randint(1, 99)}.{self.digits(3)}.{self.digits(3)}",
            ]
        )

    def _isbn(self) -> str:
        return (
            f"978-{self.r.randint(0, 9)}-{self.digits(2)}-{self.digits(6)}-{self.r.randint(0, 9)}"
        )

    def _netmask(self) -> str:
        return self.r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128"])

    def _env_ref(self) -> str:
        return self.r.choice(
            [
                "${DB_PASSWORD}",
                "${{ secrets.API_TOKEN }}",
                "$SECRET_KEY",
                "<your-api-key>",
                "os.environ['API_KEY']",
                "********",
            ]
        )

    def _code_key(self) -> str:
        return self.r.choice(
            [
                "primary_key",
                "sort_key",
                "max_tokens",
                "token_count",
                "keyboard",
                "sk-learn",
                "passenger_id",
                "auth_required",
            ]
        )

    def _percent(self) -> str:
        return f"{self.r.randint(1, 99)}.{self.r.randint(0, 9)}%"

    def _phone_like_id(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
                f"{r.randint(1, 9)}{self.digits(9)}",
                f"{self.digits(2)}-{self.digits(7)}",
            ]
        )


KINDS = [
    "uuid",
    "git_sha",
    "hash",
    "order",
    "invoice",
    "version",
    "timestamp",
    "date",
    "price",
    "loopback",
    "ticket",
    "tracking",
    "zip",
    "mac",
    "quantity",
    "isbn",
    "netmask",
    "percent",
]
