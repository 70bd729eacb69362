"""Decoys: values that look like private data and must stay. Each is marked with what it is."""

from __future__ import annotations

import string

from h5_values import Ctx

HEX = "0123456789abcdef"


def decoy(c: Ctx, what: str, lang: str = "en") -> str:
    """One decoy of kind ``what``, marked ``⟦DECOY:what|value⟧``."""
    r, d = c.rng, c.d

    def hx(n: int) -> str:
        return "".join(r.choice(HEX) for _ in range(n))

    def up(n: int) -> str:
        return "".join(r.choice(string.ascii_uppercase) for _ in range(n))

    if what == "old-date":  # contracts, invoices and events from long ago, never births
        y, m, day = r.randint(1961, 1999), r.randint(1, 12), r.randint(1, 28)
        v = r.choice([f"{day:02d}.{m:02d}.{y}", f"{day:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{day:02d}"])
    elif what == "date":
        y, m, day = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
        v = r.choice([f"{day:02d}.{m:02d}.{y}", f"{m:02d}/{day:02d}/{y}", f"{y}-{m:02d}-{day:02d}"])
    elif what == "price":
        e, cents = r.randint(3, 4999), r.randint(0, 99)
        de = f"{e:,}".replace(",", ".") + f",{cents:02d} €"
        v = {"en": f"${e:,}.{cents:02d}", "de": de, "fr": f"{e} €",
             "es": f"{e},{cents:02d} €"}.get(lang, f"€ {e},{cents:02d}")  # fmt: skip
    elif what == "uuid":
        v = f"{hx(8)}-{hx(4)}-4{hx(3)}-{r.choice('89ab')}{hx(3)}-{hx(12)}"
    elif what == "sha":
        v = hx(40)
    elif what == "git":
        v = hx(r.choice([7, 8, 10]))
    elif what == "md5":
        v = hx(32)
    elif what == "version":
        v = f"{r.randint(0, 12)}.{r.randint(0, 40)}.{r.randint(0, 99)}"
    elif what == "part":  # part numbers written like phone numbers
        v = r.choice([f"0{d(3)}-{d(3)}-{d(3)}", f"{d(3)} {d(3)} {d(4)}", f"0{d(2)}.{d(3)}.{d(3)}"])
    elif what == "order":
        v = r.choice([f"ORD-{d(7)}", f"#{d(8)}", f"{up(2)}{d(9)}"])
    elif what == "invoice":
        v = r.choice([f"INV-{r.randint(1987, 2026)}-{d(5)}", f"RE{d(8)}", f"F{d(2)}/{d(6)}"])
    elif what == "ticket":
        v = r.choice([f"#{d(6)}", f"SUP-{d(5)}", f"ZD-{d(7)}"])
    elif what == "timestamp":
        v = r.choice([f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T"
                      f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(10, 59)}Z",
                      f"17{d(8)}"])  # fmt: skip
    elif what == "mac":
        v = ":".join(hx(2) for _ in range(6))
    elif what == "ean":
        body = f"40{d(10)}"  # a GS1 check digit, as printed under a barcode
        odd = sum(int(x) for x in body[::2]) + 3 * sum(int(x) for x in body[1::2])
        v = body + str(-odd % 10)
    elif what == "member":
        v = r.choice([f"M-{d(6)}", f"{up(3)}{d(7)}", f"LOY {d(4)} {d(4)}"])
    elif what == "case":
        v = r.choice([f"{d(2)} O {d(3)}/{d(2)}", f"RG {d(2)}/{d(5)}", f"CV-{d(4)}-{d(6)}"])
    elif what == "chip":  # pet microchips: 15 digits
        v = f"{r.choice(['276', '250', '724', '380'])}{d(12)}"
    elif what == "qty":
        v = f"{r.randint(2, 900)} {r.choice(['pcs', 'kg', 'ml', 'units'])}"
    elif what == "build":
        v = f"{d(4)}.{d(3)}.{r.randint(1, 9)}"
    elif what == "loopback":
        v = r.choice(["127.0.0.1", "::1", "127.0.1.1"])
    elif what == "policy":
        v = r.choice([f"POL-{d(8)}", f"{up(2)}-{d(3)}-{d(6)}"])
    else:
        raise ValueError(what)
    c.used.add(v)
    return f"⟦DECOY:{what}|{v}⟧"


def luhn_bad(c: Ctx) -> str:
    return c.bad_card()
