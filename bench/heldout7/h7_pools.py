"""Word pools and per-language shapes (names, streets, towns, phones, dates) for set 7.

Pools are small on purpose and new for this set; the README says that PERSON and
STREET_ADDRESS strings therefore repeat across texts.
"""

from __future__ import annotations

import random

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")

GIVEN: dict[str, list[str]] = {
    "en": [
        "Marcus",
        "Delia",
        "Owen",
        "Priya",
        "Harriet",
        "Callum",
        "Nadia",
        "Wesley",
        "Imogen",
        "Rowan",
        "Felicity",
        "Desmond",
        "Tamsin",
        "Gareth",
    ],
    "de": [
        "Jörg",
        "Annika",
        "Ralf",
        "Svenja",
        "Bernd",
        "Heike",
        "Till",
        "Wiebke",
        "Detlef",
        "Maren",
        "Ute",
        "Hartmut",
        "Frauke",
    ],
    "fr": [
        "Gaëlle",
        "Thibault",
        "Solène",
        "Régis",
        "Maëlys",
        "Bastien",
        "Josiane",
        "Yannick",
        "Clémence",
        "Hervé",
        "Nolwenn",
        "Ludovic",
    ],
    "es": [
        "Íñigo",
        "Rocío",
        "Adrián",
        "Marisol",
        "Jacinto",
        "Nerea",
        "Gonzalo",
        "Begoña",
        "Rubén",
        "Ainhoa",
        "Fermín",
        "Itziar",
    ],
    "it": [
        "Ottavio",
        "Ludovica",
        "Ruggero",
        "Benedetta",
        "Gianluca",
        "Ornella",
        "Tommaso",
        "Fiorella",
        "Arturo",
    ],
    "nl": ["Joost", "Femke", "Sander", "Lieke", "Bram", "Marloes", "Wouter", "Ilse", "Gerrit"],
    "pt": ["Gonçalo", "Inês", "Tiago", "Leonor", "Rui", "Beatriz", "Duarte", "Matilde", "Vasco"],
}

SURNAME: dict[str, list[str]] = {
    "en": [
        "Ashworth",
        "Pemberton",
        "Okonjo",
        "Whitlock",
        "Hargreave",
        "Lindqvist",
        "Castellano",
        "Thornbury",
        "McAllister",
        "Fairbanks",
        "Quinlan",
        "Adebayo",
    ],
    "de": [
        "Hollmann",
        "Brückner",
        "Kowalczyk",
        "Seidel",
        "Ostermann",
        "Vogt",
        "Rademacher",
        "Lindemann",
        "Pohl",
        "Wiesinger",
        "Öztürk",
    ],
    "fr": [
        "Le Bihan",
        "Marchetti",
        "Fauvel",
        "Dubreuil",
        "Carpentier",
        "Lemoine",
        "Guillot",
        "Roussel",
        "Vasseur",
        "Benali",
    ],
    "es": [
        "Echeverría",
        "Villalobos",
        "Quintero",
        "Arrieta",
        "Saavedra",
        "Montoya",
        "Cifuentes",
        "Barrios",
        "Olmedo",
        "Zamora Ruiz",
    ],
    "it": ["Ferraresi", "Brambilla", "Santoro", "Lombardi", "De Luca", "Pellegrini", "Caruso"],
    "nl": ["van der Heijden", "Bakker", "Verhoeven", "de Groot", "Mulder", "Dijkstra", "Kuipers"],
    "pt": ["Figueiredo", "Carvalho", "Teixeira", "Nogueira", "Pacheco", "Antunes", "Meireles"],
}

TOWNS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Leeds", "LS6 2QT"),
        ("Bristol", "BS3 4HN"),
        ("Portland, OR", "97214"),
        ("Columbus, OH", "43215"),
        ("Norwich", "NR2 3DB"),
        ("Madison, WI", "53703"),
    ],
    "de": [
        ("Bielefeld", "33602"),
        ("Kassel", "34117"),
        ("Regensburg", "93047"),
        ("Lübeck", "23552"),
        ("Graz", "8010"),
        ("Winterthur", "8400"),
    ],
    "fr": [
        ("Rennes", "35000"),
        ("Tours", "37000"),
        ("Besançon", "25000"),
        ("Nîmes", "30000"),
        ("Namur", "5000"),
        ("Lausanne", "1003"),
    ],
    "es": [
        ("Zaragoza", "50001"),
        ("Valladolid", "47001"),
        ("Murcia", "30001"),
        ("Gijón", "33201"),
        ("Pamplona", "31001"),
    ],
    "it": [("Bergamo", "24121"), ("Padova", "35121"), ("Lecce", "73100"), ("Trento", "38122")],
    "nl": [
        ("Utrecht", "3511 LX"),
        ("Groningen", "9711 HV"),
        ("Delft", "2611 GK"),
        ("Breda", "4811 BD"),
    ],
    "pt": [
        ("Braga", "4700-320"),
        ("Coimbra", "3000-150"),
        ("Aveiro", "3810-064"),
        ("Faro", "8000-138"),
    ],
}

_ST = {
    "en": [
        "Larkspur",
        "Whitmore",
        "Kingsbridge",
        "Old Mill",
        "Cedar Hollow",
        "Ferncliff",
        "Tanner's",
    ],
    "de": [
        "Kastanienweg",
        "Am Mühlbach",
        "Rosenheimer Straße",
        "Friedhofstraße",
        "Lessingplatz",
        "Bergmannstraße",
        "Zur Alten Ziegelei",
    ],
    "fr": [
        "rue des Glycines",
        "avenue Jean-Jaurès",
        "boulevard Carnot",
        "impasse du Moulin",
        "allée des Tilleuls",
        "chemin de la Croix-Blanche",
    ],
    "es": [
        "Calle del Olivo",
        "Avenida de Sagasta",
        "Calle Arenal",
        "Paseo de los Almendros",
        "Calle de la Marina",
        "Ronda de Toledo",
    ],
    "it": ["Via Mazzini", "Viale delle Rose", "Via San Donato", "Corso Vercelli", "Piazza Duomo"],
    "nl": [
        "Prinsengracht",
        "Lindenlaan",
        "Kerkstraat",
        "Molenweg",
        "Stationsplein",
        "Jan Steenstraat",
    ],
    "pt": [
        "Rua das Flores",
        "Avenida Almirante Reis",
        "Rua do Carmo",
        "Travessa do Salitre",
        "Rua Miguel Bombarda",
    ],
}


def street(rng: random.Random, lang: str) -> str:
    """A street line in the language's order, sometimes with a flat, floor or door part."""
    name, n = rng.choice(_ST[lang]), rng.randint(1, 240)
    extra = rng.random() < 0.3
    if lang == "en":
        suffix = rng.choice(["Road", "Lane", "Crescent", "Avenue", "Drive", "Close", "Street"])
        base = f"{n} {name} {suffix}"
        return (
            rng.choice(
                [
                    f"Flat {rng.randint(1, 30)}, {base}",
                    f"{base}, Apt {rng.randint(1, 40)}",
                    f"{base} Unit {rng.randint(1, 9)}B",
                ]
            )
            if extra
            else base
        )
    if lang == "de":
        base = f"{name} {n}" + rng.choice(["", "", " a", "b"])
        return (
            base + rng.choice([", 2. OG", ", 3. OG rechts", " / Top 4", ", Hinterhaus"])
            if extra
            else base
        )
    if lang == "fr":
        base = f"{n}{rng.choice(['', '', ' bis', ' ter'])} {name}"
        return (
            rng.choice(
                [
                    f"Appt {rng.randint(1, 40)}, {base}",
                    f"{base}, Bât. {rng.choice('ABCD')}",
                    f"Résidence Les Cèdres, {base}",
                ]
            )
            if extra
            else base
        )
    if lang == "es":
        base = f"{name} {n}" if rng.random() < 0.6 else f"{name}, nº {n}"
        return (
            base
            + rng.choice(
                [
                    f", {rng.randint(1, 9)}º {rng.choice('ABCD')}",
                    ", bajo izq.",
                    f", {rng.randint(1, 6)}º {rng.randint(1, 4)}ª",
                ]
            )
            if extra
            else base
        )
    if lang == "it":
        base = f"{name} {n}" if rng.random() < 0.7 else f"{name}, {n}"
        return base + rng.choice(["/B", ", scala C", ", int. 7"]) if extra else base
    if lang == "nl":
        base = f"{name} {n}"
        return base + rng.choice(["-2", "A", " bis", "-III"]) if extra else base
    base = f"{name}, {n}" if rng.random() < 0.6 else f"{name} {n}"
    return base + rng.choice([", 2º Esq.", ", 4º Dto.", ", r/c"]) if extra else base


IBAN_CC: dict[str, list[str]] = {
    "en": ["GB", "IE", "DE", "NL", "LU", "MT", "FI"],
    "de": ["DE", "DE", "DE", "AT", "CH", "LI", "PL", "CZ"],
    "fr": ["FR", "FR", "FR", "BE", "MC", "LU", "CH"],
    "es": ["ES", "ES", "ES", "PT", "RO", "GR"],
    "it": ["IT", "IT", "SI", "HR"],
    "nl": ["NL", "NL", "BE", "DK"],
    "pt": ["PT", "PT", "ES", "SE", "EE", "LT", "HU", "SK", "NO", "IS"],
}

DOMAINS: dict[str, list[str]] = {
    "en": ["example.com", "example.org", "mail.example", "contoso.test", "example.net"],
    "de": ["example.de", "beispiel.example", "post.test", "example.com"],
    "fr": ["example.fr", "courriel.example", "example.org", "boite.test"],
    "es": ["example.es", "correo.example", "example.com", "buzon.test"],
    "it": ["example.it", "posta.example", "example.com"],
    "nl": ["example.nl", "mail.test", "example.org"],
    "pt": ["example.pt", "correio.example", "example.com"],
}
