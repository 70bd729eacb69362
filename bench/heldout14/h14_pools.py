"""Value pools per language: names, streets, towns, phones in each country's plan, birth dates.

Small pools on purpose (names and streets repeat across texts); the structured values are
drawn fresh through ``Ctx`` so that they never repeat.
"""

from __future__ import annotations

from h14_core import Ctx

GIVEN = {
    "en": [
        "Harriet",
        "Desmond",
        "Imogen",
        "Rufus",
        "Marigold",
        "Tobias",
        "Lorna",
        "Cedric",
        "Philippa",
        "Warren",
        "Delphine",
        "Otis",
    ],
    "de": [
        "Henrike",
        "Malte",
        "Swantje",
        "Jannik",
        "Gesa",
        "Torben",
        "Wiebke",
        "Arne",
        "Lieselotte",
        "Konstantin",
        "Ilka",
        "Volker",
    ],
    "fr": [
        "Solange",
        "Gaspard",
        "Maëlys",
        "Anatole",
        "Bérénice",
        "Florian",
        "Gwenaëlle",
        "Thibault",
        "Apolline",
        "Lucien",
        "Ombeline",
        "Yannick",
    ],
    "es": [
        "Inmaculada",
        "Fermín",
        "Rocío",
        "Anselmo",
        "Begoña",
        "Iker",
        "Almudena",
        "Gonzalo",
        "Nerea",
        "Eusebio",
        "Maite",
        "Ramiro",
    ],
    "it": [
        "Ludovica",
        "Ottavio",
        "Benedetta",
        "Corrado",
        "Ginevra",
        "Tommaso",
        "Annalisa",
        "Rodolfo",
        "Carlotta",
        "Ercole",
        "Mirella",
        "Gianluca",
    ],
    "nl": [
        "Femke",
        "Joost",
        "Marloes",
        "Bram",
        "Ilse",
        "Sjoerd",
        "Noortje",
        "Wouter",
        "Lieke",
        "Gijs",
        "Anouk",
        "Maarten",
    ],
    "pt": [
        "Leonor",
        "Duarte",
        "Inês",
        "Rodrigo",
        "Beatriz",
        "Gonçalo",
        "Matilde",
        "Vasco",
        "Carolina",
        "Afonso",
        "Madalena",
        "Tiago",
    ],
}
SURNAMES = {
    "en": [
        "Ashcombe",
        "Pennington",
        "Whitlock",
        "Okonkwo",
        "Fairbairn",
        "Hollister",
        "Marchbank",
        "Tremayne",
        "Boateng",
        "Kilbride",
    ],
    "de": [
        "Brockmöller",
        "Hinrichsen",
        "Wendtland",
        "Kowalczyk",
        "Pfefferkorn",
        "Siebold",
        "Ahlgrimm",
        "Tönnies",
        "Ostermann",
        "Reinholz",
    ],
    "fr": [
        "Vasseur",
        "Lemercier",
        "Chauvet",
        "Benhamou",
        "Roussel",
        "Delacour",
        "Ferrand",
        "Goupil",
        "Marchetti",
        "Lebreton",
    ],
    "es": [
        "Villanueva",
        "Echeverría",
        "Carrasco",
        "Quintana",
        "Sanabria",
        "Olmedo",
        "Barrios",
        "Zamora",
        "Arrieta",
        "Pastor",
    ],
    "it": [
        "Ferraresi",
        "Bellandi",
        "Cavallaro",
        "Lombardini",
        "Santoro",
        "Pellegatti",
        "Morandi",
        "Zanetti",
        "Tortora",
        "Giacomelli",
    ],
    "nl": [
        "Brouwer",
        "Verhoeven",
        "Kuipers",
        "van Dalen",
        "de Groot",
        "Hoekstra",
        "Vermeulen",
        "Postma",
        "van der Meer",
        "Koster",
    ],
    "pt": [
        "Figueiredo",
        "Carvalho",
        "Magalhães",
        "Quaresma",
        "Pinheiro",
        "Sequeira",
        "Fontes",
        "Teixeira",
        "Gouveia",
        "Amaral",
    ],
}
STREETS = {
    "en": [
        "14 Cobden Road",
        "227 Larkspur Lane",
        "Flat 6, 41 Wharf Street",
        "88 Ridgeway Avenue",
        "1920 Calloway Drive, Apt 3B",
        "5 Mill Pond Close",
        "402 W Juniper St",
        "63 Hartfield Crescent",
    ],
    "de": [
        "Schwanenweg 17",
        "Lessingstraße 48a",
        "Am Mühlbach 3",
        "Buchenallee 112",
        "Kastanienweg 9, 2. OG",
        "Ringstraße 75",
        "Hafenstraße 21 b",
        "Brunnenstraße 6",
    ],
    "fr": [
        "18 rue des Capucins",
        "7 avenue Jean Jaurès",
        "42 boulevard Carnot",
        "3 impasse des Lilas",
        "Bât. B, 11 rue Pasteur",
        "25 chemin du Moulin",
        "9 place de la Halle",
        "64 rue Nationale",
    ],
    "es": [
        "Calle Alfonso XII 23, 2º B",
        "Avenida de la Constitución 81",
        "Calle del Pez 14, 1º izq.",
        "Paseo de Gracia 96",
        "Calle Toledo 58, bajo",
        "Rambla Nova 37, 3º 1ª",
        "Calle San Vicente 5",
        "Avenida Andalucía 122",
    ],
    "it": [
        "Via Carlo Alberto 19",
        "Corso Mazzini 144",
        "Via dei Ciliegi 7/B",
        "Piazza Cavour 3",
        "Via Roma 86, scala C",
        "Viale Europa 212",
        "Via San Martino 41",
        "Vicolo del Pozzo 5",
    ],
    "nl": [
        "Prinsengracht 318",
        "Lindenlaan 27",
        "Kerkstraat 64-2",
        "Molenweg 11",
        "Van Hallstraat 109",
        "Zeestraat 5A",
        "Oranjelaan 83",
        "Dorpsstraat 146",
    ],
    "pt": [
        "Rua das Flores, 54",
        "Avenida da Liberdade, 177, 4º Dto.",
        "Rua de Santa Catarina 312",
        "Travessa do Carmo, 8",
        "Rua Augusta 99, 2º Esq.",
        "Avenida Boavista 1410",
        "Rua do Almada 66",
        "Largo do Rato 12",
    ],
}
TOWNS = {
    "en": ["Bristol BS6 5QT", "Leeds LS7 3HB", "Portland, OR 97214", "Madison, WI 53703"],
    "de": ["28203 Bremen", "24103 Kiel", "79098 Freiburg", "04109 Leipzig"],
    "fr": ["35000 Rennes", "44000 Nantes", "21000 Dijon", "67000 Strasbourg"],
    "es": ["28014 Madrid", "08008 Barcelona", "41001 Sevilla", "43002 Tarragona"],
    "it": ["10123 Torino", "40125 Bologna", "37121 Verona", "50122 Firenze"],
    "nl": ["1016 GB Amsterdam", "3512 JK Utrecht", "9711 LV Groningen", "2011 AB Haarlem"],
    "pt": ["1250-096 Lisboa", "4000-066 Porto", "3000-143 Coimbra", "4700-035 Braga"],
}
DOMAINS = {
    "en": ["example.com", "example.co.uk", "mail.example", "inbox.test"],
    "de": ["example.de", "post.example", "mailbox.test", "example.net"],
    "fr": ["example.fr", "courriel.test", "example.org", "laposte.example"],
    "es": ["example.es", "correo.test", "example.com", "buzon.example"],
    "it": ["example.it", "posta.test", "example.org", "libero.example"],
    "nl": ["example.nl", "ziggo.example", "example.net", "post.test"],
    "pt": ["example.pt", "sapo.example", "correio.test", "example.com"],
}
IBAN_COUNTRY = {
    "en": ["GB", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "LU"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT"],
}
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


def person(ctx: Ctx, lang: str) -> tuple[str, str]:
    return ctx.rng.choice(GIVEN[lang]), ctx.rng.choice(SURNAMES[lang])


def email(ctx: Ctx, lang: str, given: str, surname: str) -> str:
    import unicodedata

    def fold(s: str) -> str:
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
        return s.lower().replace(" ", "")

    g, s = fold(given), fold(surname)
    r = ctx.rng

    def make() -> str:
        local = r.choice(
            [
                f"{g}.{s}",
                f"{g[0]}{s}",
                f"{g}{s[:3]}{r.randint(2, 99)}",
                f"{s}.{g[0]}",
                f"{g}_{s}{r.randint(60, 99)}",
            ]
        )
        return f"{local}@{r.choice(DOMAINS[lang])}"

    return ctx.uniq(make)


def phone(ctx: Ctx, lang: str, style: str = "") -> str:
    """A phone number in the plan of ``lang``'s country: national, international or a run."""
    r = ctx.rng
    style = style or r.choice(["nat", "nat", "intl", "intl", "run"])

    def dd(n: int) -> str:
        return ctx.digits(n)

    def make() -> str:
        if lang == "en":
            if r.random() < 0.5:
                area = r.choice(["312", "503", "608", "415", "617"])
                x = f"{r.randint(0, 99):02d}"
                return {
                    "nat": f"({area}) 555-01{x}",
                    "intl": f"+1 {area} 555 01{x}",
                    "run": f"1{area}55501{x}",
                }[style]
            t = r.randint(0, 999)
            return {
                "nat": f"07700 900{t:03d}",
                "intl": f"+44 7700 900{t:03d}",
                "run": f"447700900{t:03d}",
            }[style]
        if lang == "de":
            pre = r.choice(["151", "160", "170", "171", "176", "157"])
            n = dd(8) if pre != "160" else dd(7)
            if style == "nat" and r.random() < 0.35:
                return f"0{r.choice(['421', '431', '761', '341'])} {dd(3)} {dd(4)}"
            return {"nat": f"0{pre} {n}", "intl": f"+49 {pre} {n}", "run": f"49{pre}{n}"}[style]
        if lang == "fr":
            a = (
                r.choice(["6", "7"])
                if style != "nat" or r.random() < 0.7
                else r.choice(["1", "2", "3", "4"])
            )
            g = [dd(2) for _ in range(4)]
            return {
                "nat": f"0{a} {' '.join(g)}",
                "intl": f"+33 {a} {' '.join(g)}",
                "run": f"33{a}{''.join(g)}",
            }[style]
        if lang == "es":
            a = r.choice(["6", "7"]) + dd(2)
            b, c = dd(3), dd(3)
            if style == "nat" and r.random() < 0.3:
                return f"9{r.choice(['1', '3', '5'])} {dd(3)} {dd(2)} {dd(2)}"
            return {"nat": f"{a} {b} {c}", "intl": f"+34 {a} {b} {c}", "run": f"34{a}{b}{c}"}[style]
        if lang == "it":
            a = "3" + r.choice(["20", "28", "33", "39", "47", "49"])
            b = dd(7)
            if style == "nat" and r.random() < 0.3:
                return f"0{r.choice(['11', '51', '45', '55'])} {dd(4)} {dd(3)}"
            return {"nat": f"{a} {b[:3]} {b[3:]}", "intl": f"+39 {a} {b}", "run": f"39{a}{b}"}[
                style
            ]
        if lang == "nl":
            b = dd(8)
            if style == "nat" and r.random() < 0.3:
                return f"0{r.choice(['20', '30', '50', '23'])} {dd(3)} {dd(4)}"
            return {"nat": f"06 {b}", "intl": f"+31 6 {b}", "run": f"316{b}"}[style]
        a = "9" + r.choice(["1", "2", "3", "6"])
        b = dd(7)
        if style == "nat" and r.random() < 0.3:
            return f"2{r.choice(['1', '2', '3'])} {dd(3)} {dd(4)}"
        return {
            "nat": f"{a}{b[0]} {b[1:4]} {b[4:]}",
            "intl": f"+351 {a}{b[0]} {b[1:4]} {b[4:]}",
            "run": f"351{a}{b}",
        }[style]

    return ctx.uniq(make)


def birth(ctx: Ctx, lo: int = 1946, hi: int = 2004) -> tuple[int, int, int]:
    r = ctx.rng
    return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)


def dob_text(ctx: Ctx, lang: str, ymd: tuple[int, int, int], style: str = "") -> str:
    """A birth date as people of ``lang`` write it: numeric or with the month in words."""
    y, mo, dd = ymd
    style = style or ctx.rng.choice(["num", "num", "word"])
    month = MONTHS[lang][mo - 1]
    if style == "iso":
        return f"{y}-{mo:02d}-{dd:02d}"
    if lang == "en":
        if style == "word":
            return ctx.rng.choice([f"{month} {dd}, {y}", f"{dd} {month} {y}"])
        return ctx.rng.choice([f"{mo}/{dd}/{y}", f"{dd:02d}/{mo:02d}/{y}"])
    if style == "word":
        return {
            "de": f"{dd}. {month} {y}",
            "fr": f"{dd} {month} {y}",
            "es": f"{dd} de {month} de {y}",
            "it": f"{dd} {month} {y}",
            "nl": f"{dd} {month} {y}",
            "pt": f"{dd} de {month} de {y}",
        }[lang]
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{dd:02d}{sep}{mo:02d}{sep}{y}"


def iban(ctx: Ctx, lang: str, grouped: bool | None = None) -> str:
    g = ctx.rng.random() < 0.4 if grouped is None else grouped
    return ctx.iban(ctx.rng.choice(IBAN_COUNTRY[lang]), g)
