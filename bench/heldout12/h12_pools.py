# ruff: noqa: E501
"""Pools of names, streets, towns, phones and dates of the twelfth held-out set, per language.

Pools are new and small on purpose (names and streets repeat across texts); phone numbers
follow each country's numbering plan (US 555-01xx, UK drama ranges), domains are example
domains. Nothing here comes from another set.
"""

from __future__ import annotations

import random
import unicodedata

from h12_core import Ctx

GIVEN = {
    "en": "Rosalind Tobias Imogen Desmond Priya Everett Nkechi Callum Wren Abigail Lorcan Hattie",
    "de": "Wiebke Torsten Henrike Malte Ilse Bastian Gesine Ruprecht Annelie Jost Friederike Timo",
    "fr": "Ghislaine Aurélien Solène Baptiste Maëlle Gaspard Armelle Thibault Clémence Yannick",
    "es": "Remedios Ignacio Itziar Borja Consuelo Iker Montserrat Gonzalo Rocío Txema Nerea Jacinto",
    "it": "Ludovica Ottavio Benedetta Corrado Ilaria Tommaso Graziella Fulvio Serena Annibale",
    "nl": "Marieke Joost Femke Sjoerd Anouk Wouter Lieke Gijs Ilse Maarten Roosmarijn Teun",
    "pt": "Inês Duarte Leonor Rui Madalena Gonçalo Beatriz Tiago Filipa Afonso Conceição Vasco",
}
SURNAME = {
    "en": "Ashworth Pemberton Okonjo Fairclough Lindqvist Mbeki Haverford Quinlan Trelawny Osei",
    "de": "Hollerbach Strübing Kranich Vossberg Eichhorn Lüdemann Brandauer Pfeiffer Wendland",
    "fr": "Duvernoy Lacombe Morvan Chassagne Le Bihan Roussel Vautrin Kerjean Delmas Fourcade",
    "es": "Ugarte Berenguer Olabarría Castañeda Villalobos Arrieta Quiroga Monteagudo Zubiri",
    "it": "Bortolotti Sciarra Vitale Pellegrini Mastrangelo Cavallaro Fumagalli Gentile Lombardi",
    "nl": "Van der Heijden Brouwer Kuipers De Wit Verhoeven Schouten Bosman Van Dijk Hendriks",
    "pt": "Carvalho Meireles Pestana Figueiredo Sequeira Magalhães Antunes Brandão Cordeiro",
}
# Surnames of two words are kept whole: split on two blanks below.
SURNAME["fr"] = SURNAME["fr"].replace("Le Bihan", "Le_Bihan")
SURNAME["nl"] = SURNAME["nl"].replace("Van der Heijden", "Van_der_Heijden")
SURNAME["nl"] = SURNAME["nl"].replace("De Wit", "De_Wit").replace("Van Dijk", "Van_Dijk")

STREETS = {
    "en": [
        "{n} Larkspur Lane",
        "{n} Wexford Road",
        "Flat {f}, {n} Chandos Street",
        "{n} Hollowbrook Drive, Apt {f}",
        "{n} Kestrel Avenue",
        "{n} Mill Race Close",
        "{n} N Ashland Ave, Unit {f}",
        "{n} Quarry Bank Terrace",
    ],
    "de": [
        "Amselweg {n}",
        "Hohenzollernring {n}",
        "Am Mühlbach {n} a",
        "Friedrich-Ebert-Straße {n}",
        "Kastanienallee {n}, 2. OG",
        "Lerchenfeldgasse {n}/{f}",
        "Schillerplatz {n}",
        "Auf der Heide {n}",
    ],
    "fr": [
        "{n} rue des Capucins",
        "{n}, avenue Jean-Jaurès",
        "{n} boulevard de la Liberté",
        "{n} impasse des Tilleuls",
        "Bât. B, {n} allée des Mésanges",
        "{n} chemin du Moulin",
        "{n} quai de la Fosse",
        "{n} place du Marché",
    ],
    "es": [
        "Calle del Pez {n}, 2º B",
        "Avenida de América {n}",
        "C/ Sant Antoni {n}, 1º 2ª",
        "Paseo de Gracia {n}",
        "Calle Real {n}, bajo",
        "Plaza de la Constitución {n}",
        "Camino de Ronda {n}, 4º izq.",
        "Travesía del Carmen {n}",
    ],
    "it": [
        "Via dei Serragli {n}",
        "Corso Vittorio Emanuele II {n}",
        "Via Garibaldi {n}/B",
        "Piazza Santo Stefano {n}",
        "Viale Monza {n}, scala C",
        "Via della Spiga {n}",
        "Vicolo del Moro {n}",
        "Via Roma n. {n}",
    ],
    "nl": [
        "Prinsengracht {n}",
        "Oudegracht {n}-bis",
        "Laan van Nieuw Oost-Indië {n}",
        "Lindenstraat {n}",
        "Kerkstraat {n} A",
        "Willemsparkweg {n}-3",
        "Burgemeester Reigerstraat {n}",
        "Tuinstraat {n}",
    ],
    "pt": [
        "Rua Augusta, nº {n}",
        "Avenida da Liberdade {n}, 3º Esq.",
        "Rua de Santa Catarina {n}",
        "Travessa do Carmo {n}, 1º Dto.",
        "Largo do Chiado {n}",
        "Rua Miguel Bombarda {n}",
        "Avenida Paulista {n}, apto {f}",
        "Rua das Flores {n}",
    ],
}
TOWNS = {
    "en": ["Leeds LS6 2AB", "Portland, OR 97214", "Bristol BS3 4QT", "Madison, WI 53703"],
    "de": ["50667 Köln", "04109 Leipzig", "1070 Wien", "79098 Freiburg"],
    "fr": ["69002 Lyon", "44000 Nantes", "31000 Toulouse", "1003 Lausanne"],
    "es": ["28014 Madrid", "08001 Barcelona", "41001 Sevilla", "48005 Bilbao"],
    "it": ["50125 Firenze", "20121 Milano", "40126 Bologna", "00186 Roma"],
    "nl": ["1016 GV Amsterdam", "3511 AB Utrecht", "2514 JP Den Haag", "9711 LM Groningen"],
    "pt": ["1100-053 Lisboa", "4000-322 Porto", "3000-150 Coimbra", "01310-100 São Paulo"],
}
IBAN_CC = {
    "en": ["GB", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "LU"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT"],
}
DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "post.test"]
DOMAINS += ["example.de", "example.fr", "example.es", "example.it", "example.nl", "example.pt"]
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}


def given(c: Ctx, lang: str) -> str:
    return str(c.pick(GIVEN[lang].split()))


def surname(c: Ctx, lang: str) -> str:
    return str(c.pick(SURNAME[lang].split())).replace("_", " ")


def person(c: Ctx, lang: str) -> tuple[str, str]:
    return given(c, lang), surname(c, lang)


def street(c: Ctx, lang: str) -> str:
    return str(c.pick(STREETS[lang])).format(n=c.num(2, 188), f=c.num(1, 24))


def town(c: Ctx, lang: str) -> str:
    return str(c.pick(TOWNS[lang]))


def city(c: Ctx, lang: str) -> str:
    """A town's name without its postal code or state, as a city column holds it."""
    words = c.pick(TOWNS[lang]).replace(",", "").split()
    return " ".join(w for w in words if not any(ch.isdigit() for ch in w) and not w.isupper())


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.lower().replace(" ", "").replace("'", "")


def email(c: Ctx, g: str, s: str) -> str:
    def make(rng: random.Random) -> str:
        form = rng.choice(["{g}.{s}", "{g0}{s}", "{s}.{g}", "{g}{n}", "{g}_{s}{n}"])
        local = form.format(g=_ascii(g), s=_ascii(s), g0=_ascii(g)[0], n=rng.randint(2, 98))
        return f"{local}@{rng.choice(DOMAINS)}"

    return c.uniq(make)


def work_email(c: Ctx, local: str) -> str:
    return c.uniq(lambda r: f"{local}{r.randint(1, 99)}@{r.choice(DOMAINS)}")


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone(rng: random.Random, cc: str, intl: bool) -> str:
    r = rng
    if cc == "US":
        a = r.choice(["212", "415", "503", "608", "617", "312", "206", "512", "303", "404"])
        x = f"{r.randint(0, 99):02d}"
        return (
            r.choice([f"+1 {a} 555 01{x}", f"+1-{a}-555-01{x}"])
            if intl
            else (r.choice([f"({a}) 555-01{x}", f"{a}-555-01{x}", f"{a}.555.01{x}"]))
        )
    if cc == "GB":
        kind = r.choice(["m", "lon", "lds", "man"])
        if kind == "m":
            n = f"7700 900{r.randint(0, 999):03d}"
        elif kind == "lon":
            n = f"20 7946 0{r.randint(0, 999):03d}"
        elif kind == "lds":
            n = f"113 496 0{r.randint(0, 999):03d}"
        else:
            n = f"161 496 0{r.randint(0, 999):03d}"
        return f"+44 {n}" if intl else f"0{n}"
    if cc == "DE":
        if r.random() < 0.6:
            p = r.choice(["151", "160", "170", "171", "176", "157"])
            # 015x numbers have eight digits after the prefix, 016x and 017x seven or eight.
            n = _d(r, 8 if p.startswith("15") else 7 + r.randint(0, 1))
            return f"+49 {p} {n}" if intl else r.choice([f"0{p} {n}", f"0{p}/{n}", f"0{p}-{n}"])
        p, n = r.choice(["30", "40", "89", "221", "341"]), _d(r, 7)
        return f"+49 {p} {n}" if intl else r.choice([f"0{p} {n}", f"(0{p}) {n}"])
    if cc == "AT":
        n = _d(r, 7)
        return f"+43 664 {n}" if intl else f"0664 {n}"
    if cc == "FR":
        p = r.choice(["6", "7", "1", "4", "2"])
        g = [f"{r.randint(30 if p == '7' else 10, 99)}"] + [
            f"{r.randint(10, 99)}" for _ in range(3)
        ]
        return (
            f"+33 {p} {' '.join(g)}"
            if intl
            else r.choice([f"0{p} {' '.join(g)}", f"0{p}.{'.'.join(g)}"])
        )
    if cc == "BE":
        n = f"4{r.randint(70, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        return f"+32 {n}" if intl else f"0{n}"
    if cc == "ES":
        p = r.choice(["6", "6", "71", "74", "91", "93"])
        n = p + _d(r, 9 - len(p))
        fmt = f"{n[:3]} {n[3:6]} {n[6:]}"
        return f"+34 {fmt}" if intl else r.choice([fmt, f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"])
    if cc == "IT":
        if r.random() < 0.7:
            p = r.choice(["347", "338", "320", "333", "366", "389"])
            n = _d(r, 7)
            return f"+39 {p} {n}" if intl else r.choice([f"{p} {n}", f"{p}{n}", f"{p}-{n}"])
        n = _d(r, 8)
        return f"+39 06 {n}" if intl else f"06 {n}"
    if cc == "NL":
        if r.random() < 0.7:
            n = str(r.randint(1, 5)) + _d(r, 7)
            return (
                f"+31 6 {n}"
                if intl
                else r.choice([f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])
            )
        n = _d(r, 7)
        return f"+31 20 {n}" if intl else f"020 {n[:3]} {n[3:]}"
    if cc == "PT":
        p = r.choice(["91", "92", "93", "96", "21", "22"])
        n = p + _d(r, 7)
        return f"+351 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"{n[:3]} {n[3:6]} {n[6:]}"
    raise AssertionError(cc)


PHONE_CC = {
    "en": ["US", "US", "GB"],
    "de": ["DE", "DE", "AT"],
    "fr": ["FR", "FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["PT"],
}


def phone(c: Ctx, lang: str, intl: bool | None = None) -> str:
    cc = c.pick(PHONE_CC[lang])
    i = c.chance(0.35) if intl is None else intl
    return c.uniq(_phone, cc, i)


def phone_run(c: Ctx, lang: str) -> str:
    """A phone written as one digit run with its country code and no plus (CRM, WhatsApp)."""
    return c.uniq(
        lambda r: "".join(ch for ch in _phone(r, c.pick(PHONE_CC[lang]), True) if ch.isdigit())
    )


def dob_parts(c: Ctx, lo: int = 1938, hi: int = 2006) -> tuple[int, int, int]:
    return c.num(lo, hi), c.num(1, 12), c.num(1, 28)


def date_fmt(lang: str, y: int, m: int, d: int, style: str) -> str:
    """A date in one of the styles a text of ``lang`` writes it."""
    mon = MONTHS[lang].split()[m - 1]
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if style == "num":
        if lang == "en":
            return f"{m:02d}/{d:02d}/{y}" if d % 2 else f"{d:02d}/{m:02d}/{y}"
        sep = {"de": ".", "nl": "-", "pt": "/", "it": "/", "fr": "/", "es": "/"}[lang]
        return f"{d:02d}{sep}{m:02d}{sep}{y}"
    if style == "word":
        if lang == "en":
            return f"{mon} {d}, {y}" if d % 2 else f"{d} {mon} {y}"
        if lang == "de":
            return f"{d}. {mon} {y}"
        if lang in ("es", "pt"):
            return f"{d} de {mon} de {y}"
        return f"{d} {mon} {y}"
    raise AssertionError(style)


def dob(c: Ctx, lang: str, lo: int = 1938, hi: int = 2006) -> str:
    y, m, d = dob_parts(c, lo, hi)
    return date_fmt(lang, y, m, d, c.pick(["num", "num", "iso", "word"]))


def other_date(c: Ctx, lang: str, year: int = 2026) -> str:
    m, d = c.num(1, 12), c.num(1, 28)
    return date_fmt(lang, c.num(year - 1, year), m, d, c.pick(["num", "iso", "word"]))
