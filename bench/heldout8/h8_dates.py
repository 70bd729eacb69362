"""Dates, prices and stamps of set 8, written the way each language writes them.

Birth dates (labeled) and other dates (decoys) come from the same writers, so that a
detector can only tell them apart by their cue, never by their shape.
"""

from __future__ import annotations

import random

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}
ABBR = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def ymd(rng: random.Random, lo: int, hi: int) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def write(rng: random.Random, lang: str, y: int, mo: int, da: int, style: str | None = None) -> str:
    """One date in one of the shapes ``lang`` uses (``style`` picks one: iso, num, words)."""
    style = style or rng.choice(["num", "num", "words", "iso"])
    if style == "iso":
        return f"{y}-{mo:02d}-{da:02d}"
    if style == "compact":
        return f"{y}{mo:02d}{da:02d}"
    if style == "num":
        if lang == "en":
            return rng.choice(
                [f"{mo:02d}/{da:02d}/{y}", f"{mo}/{da}/{y}", f"{da:02d}/{mo:02d}/{y}"]
            )
        if lang in ("de",):
            return rng.choice(
                [f"{da:02d}.{mo:02d}.{y}", f"{da}.{mo}.{y}", f"{da:02d}.{mo:02d}.{y % 100:02d}"]
            )
        if lang == "nl":
            return rng.choice([f"{da:02d}-{mo:02d}-{y}", f"{da}-{mo}-{y}"])
        return rng.choice([f"{da:02d}/{mo:02d}/{y}", f"{da}/{mo}/{y}", f"{da:02d}-{mo:02d}-{y}"])
    if style == "abbr":
        return f"{da:02d}-{ABBR[mo - 1].title()}-{y}"
    name = MONTHS[lang][mo - 1]
    if lang == "en":
        return rng.choice([f"{name} {da}, {y}", f"{da} {name} {y}", f"{name[:3]} {da}, {y}"])
    if lang == "de":
        return f"{da}. {name} {y}"
    if lang in ("es", "pt"):
        return f"{da} de {name} de {y}"
    return f"{da} {name} {y}"


def dob(
    rng: random.Random, lang: str, style: str | None = None, lo: int = 1938, hi: int = 2007
) -> str:
    y, mo, da = ymd(rng, lo, hi)
    return write(rng, lang, y, mo, da, style)


def recent(rng: random.Random, lang: str, style: str | None = None) -> str:
    y, mo, da = ymd(rng, 2024, 2027)
    return write(rng, lang, y, mo, da, style)


def stamp(rng: random.Random) -> str:
    y, mo, da = ymd(rng, 2025, 2026)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return f"{y}-{mo:02d}-{da:02d} {hh:02d}:{mi:02d}:{ss:02d}"


def iso_stamp(rng: random.Random) -> str:
    return stamp(rng).replace(" ", "T") + "Z"


def price(rng: random.Random, lang: str) -> str:
    a, c = rng.randint(3, 4800), rng.randint(0, 99)
    if lang == "en":
        return rng.choice([f"${a:,}.{c:02d}", f"£{a}.{c:02d}"])
    big = f"{a:,}".replace(",", ".")
    return rng.choice([f"{big},{c:02d} €", f"€ {big},{c:02d}", f"{a},{c:02d} EUR"])
