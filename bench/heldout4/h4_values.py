"""Value makers of the fourth held-out set: cards, IBANs, SSNs, IPs, e-mails, dates, streets.

Every maker draws from the generator's own ``random.Random`` so the set is reproducible, and
writes the value in one of the forms people and systems really use for it.
"""

# Tables of formats and words: one row a line, however long it is.
# ruff: noqa: E501

from __future__ import annotations

import datetime
import random
import unicodedata

from h4_checks import IBAN_LENGTHS, iban_check, luhn_digit
from h4_pools import MONTHS, STREETS, TOWNS

# Issuer prefixes to draw from: (prefix choices, length, grouping).
CARD_BRANDS: dict[str, tuple[list[str], int, tuple[int, ...]]] = {
    "visa": (["4"], 16, (4, 4, 4, 4)),
    "visa13": (["4"], 13, (4, 3, 3, 3)),
    "mc": (["51", "52", "53", "54", "55"], 16, (4, 4, 4, 4)),
    "mc2": (["2221", "2299", "2458", "2567", "2631", "2720"], 16, (4, 4, 4, 4)),
    "amex": (["34", "37"], 15, (4, 6, 5)),
    "diners": (["300", "301", "305", "36", "38"], 14, (4, 6, 4)),
    "discover": (["6011", "644", "647", "65"], 16, (4, 4, 4, 4)),
    "jcb": (["3528", "3541", "3566", "3589"], 16, (4, 4, 4, 4)),
    "unionpay": (["62"], 19, (4, 4, 4, 4, 3)),
    "maestro": (["5018", "6304", "6759", "6762"], 19, (4, 4, 4, 4, 3)),
}
BRAND_WEIGHTS = {"visa": 9, "mc": 7, "mc2": 2, "amex": 4, "diners": 2, "discover": 2, "jcb": 1,
                 "unionpay": 1, "maestro": 1, "visa13": 1}  # fmt: skip

# BBAN layouts: n digits, a upper-case letters, c alphanumerics.
BBAN: dict[str, str] = {
    "DE": "18n", "AT": "16n", "CH": "5n12c", "FR": "10n11c2n", "BE": "12n", "ES": "20n",
    "GB": "4a14n", "IE": "4a14n", "IT": "1a10n12c", "NL": "4a10n", "PT": "21n", "LU": "3n13c",
    "PL": "24n", "SE": "20n", "DK": "14n", "FI": "14n", "NO": "11n", "MC": "10n11c2n",
    "AD": "8n12c", "MT": "4a5n18c", "GR": "7n16c", "CZ": "20n", "SK": "20n", "HU": "24n",
    "RO": "4a16c", "HR": "17n", "SI": "15n", "LT": "16n", "LV": "4a13c", "EE": "16n",
    "SA": "2n18c", "AE": "19n", "TR": "5n1n16c", "BR": "23n1a1c", "LI": "5n12c", "IS": "22n",
    "BG": "4a6n8c", "CY": "8n16c", "SM": "1a10n12c",
}  # fmt: skip
IBAN_BY_LANG: dict[str, list[str]] = {
    "en": ["GB", "GB", "IE", "IE", "NL", "MT", "CY", "SE", "DK", "AE", "SA", "IS"],
    "de": ["DE", "DE", "DE", "AT", "AT", "CH", "LI", "LU", "PL", "CZ", "HU", "HR", "TR"],
    "fr": ["FR", "FR", "FR", "BE", "BE", "LU", "MC", "CH", "RO", "GR", "BG", "FI"],
    "es": ["ES", "ES", "ES", "ES", "PT", "AD", "IT", "SM", "BR", "SI", "LT", "LV", "EE", "NO"],
}


def _draw(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def card_digits(rng: random.Random, brand: str) -> str:
    prefixes, length, _ = CARD_BRANDS[brand]
    body = rng.choice(prefixes)
    body += _draw(rng, "0123456789", length - 1 - len(body))
    return body + luhn_digit(body)


def card(rng: random.Random, brand: str | None = None, sep: str | None = None) -> str:
    brand = brand or rng.choices(list(BRAND_WEIGHTS), list(BRAND_WEIGHTS.values()))[0]
    num = card_digits(rng, brand)
    groups = CARD_BRANDS[brand][2]
    sep = sep if sep is not None else rng.choice([" ", " ", " ", "-", ""])
    parts, pos = [], 0
    for g in groups:
        parts.append(num[pos : pos + g])
        pos += g
    return sep.join(parts)


def iban(rng: random.Random, lang: str, grouped: bool | None = None) -> str:
    country = rng.choice(IBAN_BY_LANG[lang])
    bban = ""
    layout = BBAN[country]
    num = ""
    for ch in layout:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        alphabet = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    "c": "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"}[ch]  # fmt: skip
        bban += _draw(rng, alphabet, n)
    value = country + iban_check(country, bban) + bban
    assert len(value) == IBAN_LENGTHS[country], country
    if grouped is None:
        grouped = rng.random() < 0.6
    if grouped:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    if rng.random() < 0.04:
        value = value.lower()
    return value


def ssn(rng: random.Random, form: str | None = None) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    form = form or rng.choice(["-", "-", "-", "-", " ", ""])
    return f"{area:03d}{form}{group:02d}{form}{serial:04d}"


def ipv4(rng: random.Random, cidr: bool = False) -> str:
    first = rng.choice(["10", "172", "192.168", "192.0.2", "198.51.100", "203.0.113", "100.64",
                        "84", "151", "62", "185"])  # fmt: skip
    parts = ["172", str(rng.randint(16, 31))] if first == "172" else first.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(0, 254) if len(parts) < 3 else rng.randint(2, 253)))
    if cidr:
        bits = rng.choice([8, 16, 20, 22, 24, 24, 26, 28])
        if bits <= 24:
            parts[3] = "0"
        if bits <= 16:
            parts[2] = "0"
        return ".".join(parts) + f"/{bits}"
    return ".".join(parts)


def ipv6(rng: random.Random, cidr: bool = False) -> str:
    head = rng.choice(["2001:db8", "2001:db8", "fd12:3456", "fd9c:71e0", "2a02:8071", "fe80:"])
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.randint(2, 4))]
    if cidr:
        head = head if not head.endswith(":") else "2001:db8"
        return f"{head}:{groups[0]}::/{rng.choice([48, 56, 64])}"
    return f"{head}:{':'.join(groups)}" if head.endswith(":") else f"{head}::{':'.join(groups)}"


def ascii_fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).lower()


def email(rng: random.Random, given: str, surname: str, domain: str) -> str:
    g = ascii_fold(given).replace(" ", "").replace("'", "")
    s = ascii_fold(surname).replace(" ", "").replace("'", "").replace(".", "")
    local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s[0]}", f"{s}.{g}", f"{g}_{s}",
                        f"{g}.{s}{rng.randint(2, 98)}", f"{g[0]}{s}", f"{s}-{g[:3]}"])  # fmt: skip
    return f"{local}@{domain}"


def birth_date(rng: random.Random) -> datetime.date:
    start = datetime.date(1934, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(start, datetime.date(2008, 12, 31).toordinal()))


def date_text(rng: random.Random, lang: str, d: datetime.date, form: str | None = None) -> str:
    """A date as people of ``lang`` write it, numeric or written out."""
    m = MONTHS[lang][d.month - 1]
    forms = {
        "en": [f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}",
               f"{d.day:02d}/{d.month:02d}/{d.year}", f"{m} {d.day}, {d.year}",
               f"{d.day} {m} {d.year}", f"{m[:3]} {d.day} {d.year}", d.isoformat(),
               f"{d.day:02d}-{m[:3]}-{d.year}", f"{d.day}{_ord(d.day)} {m} {d.year}",
               f"{d.month:02d}-{d.day:02d}-{d.year % 100:02d}"],
        "de": [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}",
               f"{d.day}. {m} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
               d.isoformat(), f"{d.day}. {m[:3]}. {d.year}" if len(m) > 4 else f"{d.day}. {m} {d.year}"],
        "fr": [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}",
               f"{'1er' if d.day == 1 else d.day} {m} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
               d.isoformat(), f"{d.day:02d}-{d.month:02d}-{d.year}"],
        "es": [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {m} de {d.year}",
               f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
               d.isoformat(), f"{d.day} {m[:3]}. {d.year}", f"{d.day} de {m} del {d.year}"],
    }  # fmt: skip
    options = forms[lang]
    if form == "numeric":
        return options[0]
    if form == "iso":
        return d.isoformat()
    return rng.choice(options)


def _ord(day: int) -> str:
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def street(rng: random.Random, country: str) -> tuple[str, str]:
    """A street line (the labeled value) and the postcode-and-town line that follows it."""
    name = rng.choice(STREETS[country])
    n = rng.randint(1, 240)
    town, code = rng.choice(TOWNS[country])
    r = rng.random()
    if country in ("us", "ca") and not name.startswith(("Rue", "Boulevard")):
        unit = rng.choice(["", "", f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
                           f" Suite {rng.randint(100, 900)}", f", Unit {rng.randint(2, 40)}"])  # fmt: skip
        return f"{rng.randint(100, 9899)} {name}{unit}", f"{town}, {code}"
    if country == "ca":
        return f"{rng.randint(100, 6999)}, {name}, app. {rng.randint(1, 12)}", f"{town} {code}"
    if country in ("gb", "ie"):
        line = f"Flat {rng.randint(1, 9)}, {n} {name}" if r < 0.3 else f"{n} {name}"
        return line, f"{town} {code}" if country == "gb" else f"{town}, {code}"
    if country == "au":
        line = f"Unit {rng.randint(1, 12)}/{n} {name}" if r < 0.4 else f"{n} {name}"
        return line, f"{town} {code}"
    if country in ("de", "at", "ch"):
        suffix = rng.choice(["", "", "", "a", "b", f"-{n + 2}"])
        extra = ""
        if country == "at" and r < 0.5:
            extra = f"/{rng.randint(1, 9)}/{rng.randint(1, 24)}"
        elif country == "de" and r < 0.2:
            extra = f", {rng.randint(1, 5)}. OG"
        return (
            f"{name} {n}{suffix}{extra}",
            f"{'CH-' if country == 'ch' and r > 0.7 else ''}{code} {town}",
        )
    if country == "fr":
        bis = rng.choice(["", "", "", " bis", " ter"])
        extra = f", Bât. {rng.choice('ABCD')}, Appt {rng.randint(2, 60)}" if r < 0.25 else ""
        return f"{n}{bis} {name}{extra}", f"{code} {town}"
    if country == "be":
        extra = f" bte {rng.randint(1, 20)}" if r < 0.4 else ""
        return f"{name} {n}{extra}", f"{code} {town}"
    if country == "es":
        floor = rng.choice(["", f", {rng.randint(1, 9)}º {rng.choice('ABCD')}",
                            f", {rng.randint(1, 8)}º izq.", f" {n}, bajo",
                            f", {rng.randint(1, 6)}º {rng.randint(1, 4)}ª"])  # fmt: skip
        if floor.startswith(" "):
            return f"{name}{floor}", f"{code} {town}"
        return f"{name}, {n}{floor}" if r < 0.5 else f"{name} {n}{floor}", f"{code} {town}"
    if country == "mx":
        return f"{name} {rng.randint(10, 3999)}, Int. {rng.randint(1, 40)}", f"{code} {town}"
    # ar
    return (
        f"{name} {rng.randint(100, 5999)}, {rng.randint(1, 12)}º piso, depto. {rng.choice('ABCD')}",
        (f"{code} {town}"),
    )
