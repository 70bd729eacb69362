# ruff: noqa: E501, RUF005
"""Word pools for set 10: names, streets, towns, domains, months, phone shapes, dates."""

from __future__ import annotations

import random

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt"]

GIVEN = {
    "en": [
        "Rosalind",
        "Everett",
        "Imogen",
        "Desmond",
        "Philippa",
        "Garrett",
        "Lorna",
        "Tobias",
        "Winifred",
        "Cormac",
        "Delphine",
        "Ambrose",
        "Marisol",
        "Keziah",
        "Lyle",
    ],
    "de": [
        "Wiebke",
        "Hartmut",
        "Almut",
        "Gernot",
        "Friederike",
        "Volker",
        "Henrike",
        "Detlef",
        "Solveig",
        "Ingmar",
        "Roswitha",
        "Eckhard",
        "Lieselotte",
        "Malte",
    ],
    "fr": [
        "Gaëlle",
        "Thibault",
        "Solange",
        "Gaspard",
        "Maïwenn",
        "Anatole",
        "Bérénice",
        "Corentin",
        "Ombeline",
        "Lucien",
        "Clotilde",
        "Évariste",
        "Romane",
        "Hippolyte",
    ],
    "es": [
        "Remedios",
        "Baltasar",
        "Inmaculada",
        "Leandro",
        "Araceli",
        "Fermín",
        "Montserrat",
        "Eusebio",
        "Itziar",
        "Casimiro",
        "Nieves",
        "Anselmo",
        "Rocío",
        "Teodoro",
    ],
    "it": [
        "Ludovica",
        "Ottavio",
        "Benedetta",
        "Gualtiero",
        "Ginevra",
        "Raimondo",
        "Ornella",
        "Tancredi",
        "Costanza",
        "Ermanno",
        "Fiamma",
        "Leopoldo",
        "Iolanda",
        "Corrado",
    ],
    "nl": [
        "Femke",
        "Gijsbert",
        "Marieke",
        "Wouter",
        "Annelies",
        "Reinout",
        "Hester",
        "Joost",
        "Liesbeth",
        "Maarten",
        "Geertje",
        "Siebe",
        "Anouk",
        "Hidde",
    ],
    "pt": [
        "Conceição",
        "Adelino",
        "Leonor",
        "Rui",
        "Filipa",
        "Gonçalo",
        "Graça",
        "Tomé",
        "Benedita",
        "Vasco",
        "Ermelinda",
        "Duarte",
        "Madalena",
        "Afonso",
    ],
}
SURNAME = {
    "en": [
        "Hollingworth",
        "Pemberton",
        "Okonjo",
        "Fairclough",
        "Ashdown",
        "Rutherford",
        "Quennell",
        "Mallory",
        "Ibbotson",
        "Kavanagh",
        "Thistlewood",
        "Achterberg",
    ],
    "de": [
        "Brunnhuber",
        "Kettler",
        "Wolfsteiner",
        "Hasenkamp",
        "Liebknecht",
        "Oberthür",
        "Rautenberg",
        "Schwalbach",
        "Dreesen",
        "Imhof",
        "Vollmering",
        "Zeidler",
    ],
    "fr": [
        "Duvivier",
        "Lemarchand",
        "Quéméner",
        "Fontanel",
        "Brissac",
        "Delacourt",
        "Roussillon",
        "Vautrin",
        "Le Bihan",
        "Marchetti",
        "Peyrefitte",
        "Chevallier",
    ],
    "es": [
        "Villarreal",
        "Echeverría",
        "Quiroga",
        "Santisteban",
        "Llorente",
        "Barrantes",
        "Ocaña",
        "Urquijo",
        "Carvajal",
        "Mendizábal",
        "Peralta",
        "Zubiri",
    ],
    "it": [
        "Bracciolini",
        "Cantarutti",
        "Fumagalli",
        "Lanzillotta",
        "Moretto",
        "Pellegrini",
        "Sciarra",
        "Tagliaferri",
        "Vivarelli",
        "Zanardi",
        "Capodanno",
        "Ruggeri",
    ],
    "nl": [
        "Verschuuren",
        "Hoogendijk",
        "van Lieshout",
        "Brouwers",
        "Kuipers",
        "Oosterhuis",
        "de Wilde",
        "Schreuder",
        "Timmermans",
        "Veldkamp",
        "Zwart",
        "Jongeneel",
    ],
    "pt": [
        "Magalhães",
        "Quaresma",
        "Vasconcelos",
        "Albuquerque",
        "Carvalhal",
        "Figueiredo",
        "Sampaio",
        "Teixeira",
        "Valadares",
        "Brandão",
        "Mourinho",
        "Lacerda",
    ],
}
STREET = {
    "en": [
        "{n} Larkspur Lane",
        "{n} Wexford Road",
        "Flat {f}, {n} Tanner's Row",
        "{n} Old Quarry Close",
        "{n} Sycamore Crescent",
        "Apt {f}, {n} Bayberry Avenue",
        "{n} Millbrook Drive",
        "{n} W Juniper St",
    ],
    "de": [
        "Holunderweg {n}",
        "Am Kirschgarten {n}",
        "Talstraße {n}, {f}. OG",
        "Lerchenfeldstr. {n}",
        "Mühlbachgasse {n}",
        "Uhlandstraße {n} b",
        "Birkenallee {n}",
        "Weidenstieg {n}",
    ],
    "fr": [
        "{n} rue des Glycines",
        "{n}, avenue du Vercors",
        "{n} bis rue Lamartine",
        "{n} impasse des Tilleuls",
        "{n} chemin de la Garenne",
        "Bât. B, {n} allée des Mésanges",
        "{n} boulevard Vauban",
        "{n} quai des Brumes",
    ],
    "es": [
        "Calle del Almendro {n}, {f}º B",
        "Avenida de la Albufera {n}",
        "C/ Cervantes {n}, bajo",
        "Paseo de la Alameda {n}, {f}º izda.",
        "Calle Mayor de Triana {n}",
        "Plaza del Olivo {n}, {f}º A",
        "Carrer de la Diputació {n}, {f}º 1ª",
        "Ronda de Poniente {n}",
    ],
    "it": [
        "Via delle Ortensie {n}",
        "Via Guglielmo Marconi {n}/B",
        "Corso Vittorio Emanuele {n}",
        "Viale dei Platani {n}",
        "Piazza San Domenico {n}",
        "Via del Gelso {n}, int. {f}",
        "Vicolo dei Tintori {n}",
        "Via Roma n. {n}",
    ],
    "nl": [
        "Meidoornlaan {n}",
        "Prinsengracht {n}-{f}",
        "Kastanjestraat {n}",
        "Burgemeester de Bruinweg {n}",
        "Lindenhof {n}",
        "Havenkade {n} A",
        "Zonnebloemstraat {n}",
        "Van Hallstraat {n}-II",
    ],
    "pt": [
        "Rua das Camélias, {n}, {f}º Dto.",
        "Avenida da Liberdade {n}",
        "Travessa do Carmo, {n}",
        "Rua Dr. António Granjo {n}",
        "Largo da Feira, {n}",
        "Rua de Santa Catarina {n}, {f}º Esq.",
        "Calçada da Ajuda {n}",
        "Avenida Rodrigues de Freitas {n}",
    ],
}
TOWN = {
    "en": [
        "Springfield, IL 62704",
        "Portland, OR 97214",
        "Leeds LS6 2AB",
        "Bristol BS3 4NT",
        "Austin, TX 78704",
    ],
    "de": ["10437 Berlin", "50823 Köln", "79100 Freiburg", "1070 Wien", "8004 Zürich"],
    "fr": ["69004 Lyon", "35000 Rennes", "13006 Marseille", "1050 Ixelles", "1204 Genève"],
    "es": ["28045 Madrid", "46022 Valencia", "41010 Sevilla", "08029 Barcelona", "48005 Bilbao"],
    "it": ["40126 Bologna", "10128 Torino", "80135 Napoli", "50122 Firenze", "20144 Milano"],
    "nl": [
        "3581 KL Utrecht",
        "1015 DT Amsterdam",
        "9711 HM Groningen",
        "2514 GL Den Haag",
        "5611 AZ Eindhoven",
    ],
    "pt": [
        "1250-096 Lisboa",
        "4000-447 Porto",
        "3000-214 Coimbra",
        "4700-320 Braga",
        "8000-172 Faro",
    ],
}
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "post.example",
    "correo.example",
    "posta.test",
    "webmail.test",
    "inbox.example",
    "kpn-mail.example",
]
COMPANY_DOMAINS = [
    "example.de",
    "example.fr",
    "example.es",
    "example.it",
    "example.nl",
    "example.pt",
    "example.co.uk",
    "example.ch",
    "example.be",
    "example.at",
]

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


def ymd(rng: random.Random, lo: int, hi: int) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def fmt_date(lang: str, y: int, m: int, d: int, style: str) -> str:
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if style == "compact":
        return f"{y:04d}{m:02d}{d:02d}"
    if style == "words":
        mn = MONTHS[lang][m - 1]
        if lang == "en":
            return f"{mn} {d}, {y}"
        if lang == "de":
            return f"{d}. {mn} {y}"
        if lang in ("es", "pt"):
            return f"{d} de {mn} de {y}"
        return f"{d} {mn} {y}"
    if lang == "en":
        return f"{m:02d}/{d:02d}/{y}" if rng_us(y, m, d) else f"{d:02d}/{m:02d}/{y}"
    if lang in ("de", "nl") and style == "dots":
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "nl":
        return f"{d:02d}-{m:02d}-{y}"
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y}"


def rng_us(y: int, m: int, d: int) -> bool:
    return (y + m + d) % 3 != 0


def dob(
    rng: random.Random, lang: str, style: str | None = None, lo: int = 1936, hi: int = 2008
) -> str:
    y, m, d = ymd(rng, lo, hi)
    style = style or rng.choice(["num", "num", "num", "iso", "words"])
    return fmt_date(lang, y, m, d, style)


def event_date(rng: random.Random, lang: str, style: str | None = None) -> str:
    y, m, d = ymd(rng, 2024, 2027)
    return fmt_date(lang, y, m, d, style or rng.choice(["num", "num", "iso", "words"]))


def stamp(rng: random.Random, sep: str = " ") -> str:
    y, m, d = ymd(rng, 2025, 2026)
    return f"{y}-{m:02d}-{d:02d}{sep}{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def price(rng: random.Random, lang: str) -> str:
    v = rng.randint(300, 250000) / 100
    if lang == "en":
        return rng.choice(["$", "£"]) + f"{v:,.2f}"
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{s} €" if lang != "de" or rng.random() < 0.7 else f"EUR {s}"


# -- phones ---------------------------------------------------------------------------------


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(rng: random.Random, cc: str, intl: bool | None = None) -> str:
    """A number in the country's plan, in a grouping its people write."""
    if intl is None:
        intl = rng.random() < 0.35
    r = rng
    if cc == "us":
        a = r.choice(["212", "415", "312", "617", "206", "303", "512", "720", "503", "646"])
        x = f"{r.randint(100, 199)}"[1:]
        line = f"01{x}"
        return r.choice(
            [
                f"({a}) 555-{line}",
                f"{a}-555-{line}",
                f"+1 {a} 555 {line}",
                f"{a}.555.{line}",
                f"1-{a}-555-{line}",
                f"+1 ({a}) 555-{line}",
            ]
        )
    if cc == "uk":
        kind = r.randint(0, 2)
        if kind == 0:
            n = f"900{r.randint(0, 999):03d}"
            return f"+44 7700 {n}" if intl else f"07700 {n}"
        if kind == 1:
            n = f"0{r.randint(0, 999):03d}"
            return f"+44 20 7946 {n}" if intl else f"020 7946 {n}"
        area = r.choice(
            ["113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161"]
        )
        n = f"0{r.randint(0, 999):03d}"
        return f"+44 {area} 496 {n}" if intl else f"0{area} 496 {n}"
    if cc == "de":
        if r.random() < 0.5:
            pre = r.choice(
                ["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "178"]
            )
            n = _d(r, 8 if pre.startswith("15") or pre == "176" else 7)
            return (
                r.choice(
                    [f"+49 {pre} {n}", f"0{pre} {n}", f"0{pre}/{n}", f"0{pre}-{n[:3]} {n[3:]}"]
                )
                if not intl
                else f"+49 {pre} {n}"
            )
        area = r.choice(["30", "40", "89", "221", "69", "711", "761", "511"])
        n = _d(r, 8 if len(area) == 2 else 7)
        return (
            f"+49 {area} {n}"
            if intl
            else r.choice(
                [
                    f"0{area} {n}",
                    f"0{area}/{n}",
                    f"(0{area}) {n[:3]} {n[3:]}",
                    f"0{area} {n[:3]} {n[3:]}",
                ]
            )
        )
    if cc == "at":
        return r.choice(
            [f"+43 1 {_d(r, 7)}", f"0664 {_d(r, 7)}", f"+43 676 {_d(r, 7)}", f"0316 {_d(r, 6)}"]
        )
    if cc == "ch":
        return r.choice(
            [
                f"+41 44 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
                f"079 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
                f"+41 78 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
                f"022 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
            ]
        )
    if cc == "fr":
        first = r.choice(["6", "7", "1", "2", "3", "4", "5", "9"])
        pairs = [_d(r, 2) for _ in range(4)]
        if intl:
            return f"+33 {first} " + " ".join(pairs)
        sep = r.choice([" ", " ", ".", ""])
        return sep.join([f"0{first}"] + pairs)
    if cc == "be":
        return r.choice(
            [
                f"+32 2 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
                f"04{r.choice('789')}{_d(r, 1)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
                f"+32 47{_d(r, 1)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            ]
        )
    if cc == "es":
        first = r.choice(["6", "6", "7", "91", "93", "96", "95", "94"])
        n = first + _d(r, 9 - len(first))
        if intl:
            return f"+34 {n[:3]} {n[3:6]} {n[6:]}"
        return r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n])
    if cc == "it":
        if r.random() < 0.6:
            n = (
                "3"
                + r.choice(["20", "28", "33", "35", "38", "40", "47", "49", "66", "93"])
                + _d(r, 7)
            )
            return (
                f"+39 {n[:3]} {n[3:]}"
                if intl
                else r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:]}", n])
            )
        a = r.choice(["06", "02", "011", "051", "055", "081"])
        n = _d(r, 10 - len(a))
        return f"+39 {a} {n}" if intl else f"{a} {n[:4]} {n[4:]}"
    if cc == "nl":
        if r.random() < 0.55:
            n = _d(r, 8)
            return (
                f"+31 6 {n}"
                if intl
                else r.choice([f"06-{n}", f"06 {n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])
            )
        a = r.choice(["20", "10", "30", "70", "50", "40"])
        n = _d(r, 7)
        return (
            f"+31 {a} {n[:3]} {n[3:]}" if intl else r.choice([f"0{a} {n[:3]} {n[3:]}", f"0{a}-{n}"])
        )
    if cc == "pt":
        n = r.choice(["91", "92", "93", "96", "21", "22", "239"]) + ""
        n = n + _d(r, 9 - len(n))
        return (
            f"+351 {n[:3]} {n[3:6]} {n[6:]}" if intl else r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n])
        )
    raise KeyError(cc)


COUNTRIES = {
    "en": ["us", "us", "uk", "uk"],
    "de": ["de", "de", "de", "at", "ch"],
    "fr": ["fr", "fr", "fr", "be", "ch"],
    "es": ["es"],
    "it": ["it"],
    "nl": ["nl"],
    "pt": ["pt"],
}
IBAN_CC = {
    "en": ["GB", "IE", "GB"],
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "LU"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "NL", "BE"],
    "pt": ["PT"],
}


CC_CODE = {
    "us": "1",
    "uk": "44",
    "de": "49",
    "at": "43",
    "ch": "41",
    "fr": "33",
    "be": "32",
    "es": "34",
    "it": "39",
    "nl": "31",
    "pt": "351",
}


def national_digits(num: str, cc: str) -> str:
    """The digits a caller says for ``num`` at home: trunk ``0`` where the plan has one."""
    d = "".join(ch for ch in num if ch.isdigit())
    if cc == "us":
        return d[-10:]
    if num.startswith("+"):
        d = d[len(CC_CODE[cc]) :]
        if cc in ("uk", "de", "at", "ch", "fr", "be", "nl"):
            d = "0" + d
    return d
