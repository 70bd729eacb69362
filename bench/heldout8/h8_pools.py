"""Value pools of set 8: names, street lines, towns, mail domains, per language.

Small pools on purpose (names and streets repeat across texts, as the README says); the
structured values (e-mails, phones, cards...) are drawn fresh and unique in ``h8_ctx``.
"""

from __future__ import annotations

import random
import unicodedata

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt"]

GIVEN = {
    "en": [
        "Rosalind",
        "Desmond",
        "Imogen",
        "Tobias",
        "Winifred",
        "Jasper",
        "Marisol",
        "Cedric",
        "Philippa",
        "Augustin",
        "Loretta",
        "Barnaby",
        "Henrietta",
        "Ezekiel",
    ],
    "de": [
        "Gudrun",
        "Wolfram",
        "Heike",
        "Reinhard",
        "Annegret",
        "Till",
        "Swantje",
        "Ortwin",
        "Liesel",
        "Volker",
        "Mechthild",
        "Jannik",
    ],
    "fr": [
        "Ghislaine",
        "Aurélien",
        "Solange",
        "Baptiste",
        "Maëlys",
        "Gaspard",
        "Odile",
        "Lucien",
        "Bérénice",
        "Anatole",
        "Clémence",
        "Firmin",
    ],
    "es": [
        "Remedios",
        "Gonzalo",
        "Inmaculada",
        "Ximena",
        "Fulgencio",
        "Araceli",
        "Baltasar",
        "Nieves",
        "Teodoro",
        "Montserrat",
        "Eusebio",
        "Candela",
    ],
    "it": [
        "Ludovica",
        "Ottavio",
        "Benedetta",
        "Corrado",
        "Ginevra",
        "Settimio",
        "Agnese",
        "Tancredi",
        "Rosalba",
        "Ercole",
    ],
    "nl": [
        "Femke",
        "Joris",
        "Wilhelmina",
        "Sjoerd",
        "Marieke",
        "Gijs",
        "Anouk",
        "Bram",
        "Hendrika",
        "Thijs",
    ],
    "pt": [
        "Conceição",
        "Joaquim",
        "Leonor",
        "Duarte",
        "Graça",
        "Afonso",
        "Filipa",
        "Bartolomeu",
        "Rosário",
        "Tomé",
    ],
}
SURNAME = {
    "en": [
        "Pendleton",
        "Okonjo",
        "Harrowgate",
        "Bellweather",
        "Fitzsimmons",
        "Abernathy",
        "Quenby",
        "Ravensworth",
        "Tillingham",
        "Castellano",
    ],
    "de": [
        "Wendelin",
        "Obermaier",
        "Kranichfeld",
        "Dörrbecker",
        "Schwarzkopf",
        "Lindqvist",
        "Brünninghaus",
        "Eckhoff",
        "Mertesacker",
        "Hollweg",
    ],
    "fr": [
        "Vasseur",
        "Delacroix-Marin",
        "Fournival",
        "Le Bihan",
        "Chassagne",
        "Roussillon",
        "Bertrandet",
        "Moulinier",
        "Quéré",
        "Lhermitte",
    ],
    "es": [
        "Villalobos",
        "Arrieta",
        "Echeverría",
        "Montesinos",
        "Quintanilla",
        "Zubizarreta",
        "Benavente",
        "Carrasco de la Vega",
        "Olabarri",
        "Peñalver",
    ],
    "it": [
        "Bonfiglioli",
        "Scarpellini",
        "Tagliaferri",
        "Mancuso",
        "Capobianco",
        "Ferraresi",
        "Lo Giudice",
        "Benedettini",
    ],
    "nl": [
        "van der Meulen",
        "Bosscher",
        "Kuipers",
        "de Wilde",
        "Hoogendijk",
        "Terpstra",
        "Visscher",
        "van Leeuwen",
    ],
    "pt": [
        "Magalhães",
        "Albuquerque",
        "Figueiredo",
        "Sequeira",
        "Cardoso",
        "Valadares",
        "Brandão",
        "Meireles",
    ],
}

# street line makers: number, street word order per country; postcode + town
STREETS = {
    "en": [
        "{n} Larkspur Lane",
        "{n} Foundry Road",
        "{n} Kingfisher Close",
        "{n} Wexley Avenue",
        "{n} Tanners Row",
        "{n} Old Mill Street",
    ],
    "de": [
        "Ahornweg {n}",
        "Kastanienallee {n}",
        "Am Mühlbach {n}",
        "Brauereistraße {n}",
        "Lerchenfeldgasse {n}",
        "Schillerplatz {n}",
    ],
    "fr": [
        "{n} rue des Tilleuls",
        "{n} avenue Jean-Jaurès",
        "{n} impasse du Moulin",
        "{n} boulevard Voltaire",
        "{n} chemin de la Forge",
    ],
    "es": [
        "Calle del Almendro {n}",
        "Avenida de la Constitución {n}",
        "Calle Mayor {n}",
        "Paseo de Gracia {n}",
        "Calle de Toledo {n}",
    ],
    "it": [
        "Via dei Cappuccini {n}",
        "Corso Garibaldi {n}",
        "Viale Mazzini {n}",
        "Via San Francesco {n}",
        "Piazza Cavour {n}",
    ],
    "nl": [
        "Lindengracht {n}",
        "Prinsesseweg {n}",
        "Molenstraat {n}",
        "Kerkplein {n}",
        "Jan van Galenstraat {n}",
    ],
    "pt": [
        "Rua das Flores {n}",
        "Avenida da Liberdade {n}",
        "Travessa do Carmo {n}",
        "Rua Direita {n}",
        "Largo do Chafariz {n}",
    ],
}
UNITS = {
    "en": [", Flat {u}", ", Apt {u}", ", Suite {u}0"],
    "de": [", {u}. OG", ", 2. OG links", ""],
    "fr": [", Bât. B", ", Appt {u}", ""],
    "es": [", {u}º izq.", ", {u}º B", ", bajo A"],
    "it": [", int. {u}", "/A", ""],
    "nl": ["-{u}", " bis", ""],
    "pt": [", {u}º Esq.", ", {u}º Dto.", ""],
}
TOWNS = {
    "en": [
        "Leeds LS6 2QF",
        "Bristol BS3 4EW",
        "Springfield, IL 62704",
        "Portland, OR 97214",
        "Albany, NY 12207",
    ],
    "de": ["50823 Köln", "04109 Leipzig", "79098 Freiburg", "1070 Wien", "8004 Zürich"],
    "fr": ["69003 Lyon", "31000 Toulouse", "44000 Nantes", "1000 Bruxelles", "67000 Strasbourg"],
    "es": ["46001 Valencia", "41004 Sevilla", "28012 Madrid", "50001 Zaragoza", "08008 Barcelona"],
    "it": ["40125 Bologna", "10121 Torino", "80134 Napoli", "50122 Firenze"],
    "nl": ["3511 LK Utrecht", "2611 HN Delft", "9711 AB Groningen", "5611 EM Eindhoven"],
    "pt": ["4050-261 Porto", "1250-096 Lisboa", "3000-150 Coimbra", "8000-123 Faro"],
}
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "post.test",
    "correo.example",
    "posteo.test",
    "kpnmail.example",
    "sapo.test",
    "libero.example",
]
COMPANY_DOMAINS = [
    "contoso.example",
    "acme-hausverwaltung.example",
    "lyonnaise-gestion.test",
    "inmobiliaria-sol.example",
    "studio-tecnico.test",
    "bouwbedrijf.example",
    "imobiliaria-norte.test",
    "northwind.test",
]


def given(rng: random.Random, lang: str) -> str:
    return rng.choice(GIVEN[lang])


def surname(rng: random.Random, lang: str) -> str:
    return rng.choice(SURNAME[lang])


def full(rng: random.Random, lang: str) -> tuple[str, str]:
    return given(rng, lang), surname(rng, lang)


def street(rng: random.Random, lang: str, unit: bool = False) -> str:
    n = str(rng.randint(1, 240))
    if lang in ("de", "nl") and rng.random() < 0.15:
        n += rng.choice("abc")
    s = rng.choice(STREETS[lang]).format(n=n)
    if unit:
        s += rng.choice(UNITS[lang]).format(u=rng.randint(1, 9))
    return s


def town(rng: random.Random, lang: str) -> str:
    return rng.choice(TOWNS[lang])


def ascii_fold(s: str) -> str:
    flat = unicodedata.normalize("NFKD", s.replace("ß", "ss"))
    return "".join(c for c in flat if c.isalnum() and ord(c) < 128).lower()


def email_local(rng: random.Random, g: str, s: str) -> str:
    g2, s2 = ascii_fold(g), ascii_fold(s.split()[-1])
    return rng.choice(
        [f"{g2}.{s2}", f"{g2[0]}{s2}", f"{g2}{rng.randint(1, 99)}", f"{s2}.{g2[0]}", f"{g2}_{s2}"]
    )
