"""Dates and prices in each language's shapes for set 7 (birth dates, decoy dates, amounts)."""

from __future__ import annotations

import random

MONTHS: dict[str, list[str]] = {
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


def date_str(
    rng: random.Random, lang: str, y: int, m: int, d: int, written: bool | None = None
) -> str:
    """A date in one of the language's usual shapes."""
    if written is None:
        written = rng.random() < 0.3
    mon = MONTHS[lang][m - 1]
    if written:
        if lang == "en":
            return rng.choice([f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{mon[:3]} {d} {y}"])
        if lang == "de":
            return rng.choice(
                [f"{d}. {mon} {y}", f"{d}. {mon[:3]}. {y}" if len(mon) > 4 else f"{d}. {mon} {y}"]
            )
        if lang in ("es", "pt"):
            return f"{d} de {mon} de {y}"
        return f"{'1er' if d == 1 and lang == 'fr' else d} {mon} {y}"
    if lang == "en":
        return rng.choice(
            [
                f"{m:02d}/{d:02d}/{y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{m}/{d}/{y % 100:02d}",
            ]
        )
    if lang in ("de", "nl") and rng.random() < 0.8:
        return (
            f"{d:02d}.{m:02d}.{y}"
            if lang == "de"
            else rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"])
        )
    if rng.random() < 0.15:
        return f"{y}-{m:02d}-{d:02d}"
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}"])


# phone shapes per country: each a list of (weight, maker)


CURRENCY = {
    "en": "${:,.2f}",
    "de": "{} €",
    "fr": "{} €",
    "es": "{} €",
    "it": "€ {}",
    "nl": "€ {}",
    "pt": "{} €",
}


def price(rng: random.Random, lang: str) -> str:
    v = rng.randint(3, 4800) + rng.choice([0, 0.5, 0.99, 0.25, 0.9])
    if lang == "en":
        return CURRENCY["en"].format(v)
    txt = f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return CURRENCY[lang].format(txt)
