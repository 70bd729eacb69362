"""Decoys: values that look private to a pattern and must reach the vendor unchanged.

A redactor that masks these breaks the task the user asked for (the order to look up, the
commit to revert, the parcel to trace), so each is labeled with what it is. Luhn-invalid
numbers fail Luhn on purpose; part numbers are shaped like phone numbers.
"""

from __future__ import annotations

import string

from h3_checks import luhn_ok
from h3_secrets import rand, recent_date
from h3_values import Values

HEX = "0123456789abcdef"


def uuid(v: Values) -> str:
    def make() -> str:  # version 4, RFC 4122 variant, as libraries issue them
        head = f"{rand(v, 8, HEX)}-{rand(v, 4, HEX)}-4{rand(v, 3, HEX)}"
        return f"{head}-{v.pick('89ab')}{rand(v, 3, HEX)}-{rand(v, 12, HEX)}"

    return v.fresh(make)


def git_sha(v: Values, short: bool | None = None) -> str:
    size = 7 if (v.chance(0.5) if short is None else short) else 40
    return v.fresh(lambda: rand(v, size, HEX))


def sha256(v: Values) -> str:
    return v.fresh(lambda: rand(v, 64, HEX))


def md5(v: Values) -> str:
    return v.fresh(lambda: rand(v, 32, HEX))


def version(v: Values) -> str:
    r = v.rng.randint
    return v.fresh(
        lambda: v.pick(
            [
                f"{r(1, 9)}.{r(0, 30)}.{r(0, 99)}",
                f"v{r(1, 5)}.{r(0, 20)}.{r(0, 9)}",
                f"{r(10, 24)}.{r(1, 12)}.{r(0, 9)}.{r(100, 9999)}",
                f"{r(1, 4)}.{r(0, 9)}.{r(0, 9)}-rc.{r(1, 5)}",
            ]
        )
    )


def order(v: Values) -> str:
    return v.fresh(
        lambda: v.pick(
            [
                f"ORD-{v.n(8)}",
                f"#{v.n(7)}",
                f"{v.n(3)}-{v.n(7)}-{v.n(7)}",
                f"BE{v.n(9)}",
                f"PO-{v.n(4)}-{v.n(5)}",
                f"A{v.n(10)}",
            ]
        )
    )


def invoice(v: Values) -> str:
    return v.fresh(
        lambda: v.pick(
            [
                f"INV-{v.rng.randint(2023, 2026)}-{v.n(5)}",
                f"RE{v.n(8)}",
                f"F{v.rng.randint(2023, 2026)}/{v.n(6)}",
                f"FAC-{v.n(6)}",
                f"{v.n(4)}/{v.n(4)}",
            ]
        )
    )


def ticket(v: Values) -> str:
    return v.fresh(
        lambda: v.pick(
            [
                f"{v.pick(['OPS', 'HR', 'SUP', 'FIN', 'IT'])}-{v.n(v.pick([3, 4, 5]))}",
                f"INC{v.n(7)}",
                f"#{v.n(6)}",
                f"CS-{v.n(8)}",
                f"RITM{v.n(7)}",
            ]
        )
    )


def tracking(v: Values) -> str:
    up = string.ascii_uppercase
    return v.fresh(
        lambda: v.pick(
            [
                f"1Z{rand(v, 6, up + string.digits)}{v.n(10)}",
                v.n(12),
                f"JJD{v.n(18)}",
                f"{rand(v, 2, up)}{v.n(9)}{rand(v, 2, up)}",
                f"9400 {v.n(4)} {v.n(4)} {v.n(4)} {v.n(4)} {v.n(2)}",
                v.n(20),
            ]
        )
    )


def luhn_invalid(v: Values) -> str:
    def make() -> str:
        while True:
            number = v.pick(["4", "5", "6", "3"]) + v.n(15)
            if not luhn_ok(number):
                break
        how = v.pick(["space", "space", "dash", "none"])
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
        return {"space": " ".join(groups), "dash": "-".join(groups), "none": number}[how]

    return v.fresh(make)


def part_number(v: Values) -> str:
    """Part numbers and SKUs, several shaped like phone numbers."""
    return v.fresh(
        lambda: v.pick(
            [
                f"{v.n(3)}-{v.n(3)}-{v.n(4)}",
                f"0{v.n(3)} {v.n(6)}",
                f"{v.n(2)} {v.n(2)} {v.n(2)} {v.n(2)} {v.n(2)}",
                f"SKU {v.n(4)}-{v.n(4)}",
                f"{v.n(4)}.{v.n(3)}.{v.n(3)}",
                f"P/N {v.n(5)}-{v.n(5)}",
            ]
        )
    )


def timestamp(v: Values) -> str:
    r = v.rng.randint
    return v.fresh(
        lambda: v.pick(
            [
                f"{r(2024, 2026)}-{r(1, 12):02d}-{r(1, 28):02d}"
                f"T{r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}Z",
                f"{r(2024, 2026)}-{r(1, 12):02d}-{r(1, 28):02d}"
                f" {r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}.{v.n(3)}",
                str(r(1_700_000_000, 1_800_000_000)),
            ]
        )
    )


def price(v: Values) -> str:
    amount = (
        f"{v.rng.randint(3, 98_000)},{v.n(2)}"
        if v.lang != "en"
        else f"{v.rng.randint(3, 9800)}.{v.n(2)}"
    )
    return (
        v.pick([f"{amount} €", f"€{amount}", f"${amount}", f"EUR {amount}"])
        if v.lang != "en"
        else f"${amount}"
    )


def isbn(v: Values) -> str:
    def make() -> str:
        body = v.pick(["978", "979"]) + v.n(9)
        check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        full = body + str(check)
        return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"

    return v.fresh(make)


def mac(v: Values) -> str:
    sep = v.pick([":", "-"])
    return v.fresh(lambda: sep.join(rand(v, 2, "0123456789ABCDEF") for _ in range(6)))


def claim(v: Values) -> str:
    return v.fresh(
        lambda: v.pick(
            [
                f"CLM-{v.n(4)}-{v.n(6)}",
                f"SIN{v.n(9)}",
                f"Schaden {v.n(2)}/{v.n(6)}",
                f"POL-{v.n(3)}-{v.n(5)}-{v.n(2)}",
            ]
        ).split(" ")[-1]
    )


def booking(v: Values) -> str:
    return v.fresh(lambda: rand(v, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))


def date(v: Values) -> str:
    return recent_date(v)


def loopback(v: Values) -> str:
    return v.pick(["127.0.0.1", "::1", f"127.0.{v.rng.randint(0, 9)}.{v.rng.randint(1, 9)}"])
