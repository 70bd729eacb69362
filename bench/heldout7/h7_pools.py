"""Word pools and per-language shapes (names, streets, towns, phones, dates) for set 7.

Pools are small on purpose and new for this set; the README says that PERSON and
STREET_ADDRESS strings therefore repeat across texts.
"""

from __future__ import annotations

import random

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")

GIVEN: dict[str, list[str]] = {
    "en": ["Marcus", "Delia", "Owen", "Priya", "Harriet", "Callum", "Nadia", "Wesley", "Imogen",
           "Rowan", "Felicity", "Desmond", "Tamsin", "Gareth"],
    "de": ["Jörg", "Annika", "Ralf", "Svenja", "Bernd", "Heike", "Till", "Wiebke", "Detlef",
           "Maren", "Ute", "Hartmut", "Frauke"],
    "fr": ["Gaëlle", "Thibault", "Solène", "Régis", "Maëlys", "Bastien", "Josiane", "Yannick",
           "Clémence", "Hervé", "Nolwenn", "Ludovic"],
    "es": ["Íñigo", "Rocío", "Adrián", "Marisol", "Jacinto", "Nerea", "Gonzalo", "Begoña",
           "Rubén", "Ainhoa", "Fermín", "Itziar"],
    "it": ["Ottavio", "Ludovica", "Ruggero", "Benedetta", "Gianluca", "Ornella", "Tommaso",
           "Fiorella", "Arturo"],
    "nl": ["Joost", "Femke", "Sander", "Lieke", "Bram", "Marloes", "Wouter", "Ilse", "Gerrit"],
    "pt": ["Gonçalo", "Inês", "Tiago", "Leonor", "Rui", "Beatriz", "Duarte", "Matilde", "Vasco"],
}  # fmt: skip

SURNAME: dict[str, list[str]] = {
    "en": ["Ashworth", "Pemberton", "Okonjo", "Whitlock", "Hargreave", "Lindqvist", "Castellano",
           "Thornbury", "McAllister", "Fairbanks", "Quinlan", "Adebayo"],
    "de": ["Hollmann", "Brückner", "Kowalczyk", "Seidel", "Ostermann", "Vogt", "Rademacher",
           "Lindemann", "Pohl", "Wiesinger", "Öztürk"],
    "fr": ["Le Bihan", "Marchetti", "Fauvel", "Dubreuil", "Carpentier", "Lemoine", "Guillot",
           "Roussel", "Vasseur", "Benali"],
    "es": ["Echeverría", "Villalobos", "Quintero", "Arrieta", "Saavedra", "Montoya", "Cifuentes",
           "Barrios", "Olmedo", "Zamora Ruiz"],
    "it": ["Ferraresi", "Brambilla", "Santoro", "Lombardi", "De Luca", "Pellegrini", "Caruso"],
    "nl": ["van der Heijden", "Bakker", "Verhoeven", "de Groot", "Mulder", "Dijkstra", "Kuipers"],
    "pt": ["Figueiredo", "Carvalho", "Teixeira", "Nogueira", "Pacheco", "Antunes", "Meireles"],
}  # fmt: skip

TOWNS: dict[str, list[tuple[str, str]]] = {
    "en": [("Leeds", "LS6 2QT"), ("Bristol", "BS3 4HN"), ("Portland, OR", "97214"),
           ("Columbus, OH", "43215"), ("Norwich", "NR2 3DB"), ("Madison, WI", "53703")],
    "de": [("Bielefeld", "33602"), ("Kassel", "34117"), ("Regensburg", "93047"),
           ("Lübeck", "23552"), ("Graz", "8010"), ("Winterthur", "8400")],
    "fr": [("Rennes", "35000"), ("Tours", "37000"), ("Besançon", "25000"), ("Nîmes", "30000"),
           ("Namur", "5000"), ("Lausanne", "1003")],
    "es": [("Zaragoza", "50001"), ("Valladolid", "47001"), ("Murcia", "30001"),
           ("Gijón", "33201"), ("Pamplona", "31001")],
    "it": [("Bergamo", "24121"), ("Padova", "35121"), ("Lecce", "73100"), ("Trento", "38122")],
    "nl": [("Utrecht", "3511 LX"), ("Groningen", "9711 HV"), ("Delft", "2611 GK"), ("Breda", "4811 BD")],
    "pt": [("Braga", "4700-320"), ("Coimbra", "3000-150"), ("Aveiro", "3810-064"), ("Faro", "8000-138")],
}  # fmt: skip

_ST = {
    "en": ["Larkspur", "Whitmore", "Kingsbridge", "Old Mill", "Cedar Hollow", "Ferncliff", "Tanner's"],
    "de": ["Kastanienweg", "Am Mühlbach", "Rosenheimer Straße", "Friedhofstraße", "Lessingplatz",
           "Bergmannstraße", "Zur Alten Ziegelei"],
    "fr": ["rue des Glycines", "avenue Jean-Jaurès", "boulevard Carnot", "impasse du Moulin",
           "allée des Tilleuls", "chemin de la Croix-Blanche"],
    "es": ["Calle del Olivo", "Avenida de Sagasta", "Calle Arenal", "Paseo de los Almendros",
           "Calle de la Marina", "Ronda de Toledo"],
    "it": ["Via Mazzini", "Viale delle Rose", "Via San Donato", "Corso Vercelli", "Piazza Duomo"],
    "nl": ["Prinsengracht", "Lindenlaan", "Kerkstraat", "Molenweg", "Stationsplein", "Jan Steenstraat"],
    "pt": ["Rua das Flores", "Avenida Almirante Reis", "Rua do Carmo", "Travessa do Salitre",
           "Rua Miguel Bombarda"],
}  # fmt: skip


def street(rng: random.Random, lang: str) -> str:
    """A street line in the language's order, sometimes with a flat, floor or door part."""
    name, n = rng.choice(_ST[lang]), rng.randint(1, 240)
    extra = rng.random() < 0.3
    if lang == "en":
        suffix = rng.choice(["Road", "Lane", "Crescent", "Avenue", "Drive", "Close", "Street"])
        base = f"{n} {name} {suffix}"
        return rng.choice([f"Flat {rng.randint(1, 30)}, {base}", f"{base}, Apt {rng.randint(1, 40)}",
                           f"{base} Unit {rng.randint(1, 9)}B"]) if extra else base  # fmt: skip
    if lang == "de":
        base = f"{name} {n}" + rng.choice(["", "", " a", "b"])
        return base + rng.choice([", 2. OG", ", 3. OG rechts", " / Top 4", ", Hinterhaus"]) if extra else base
    if lang == "fr":
        base = f"{n}{rng.choice(['', '', ' bis', ' ter'])} {name}"
        return rng.choice([f"Appt {rng.randint(1, 40)}, {base}", f"{base}, Bât. {rng.choice('ABCD')}",
                           f"Résidence Les Cèdres, {base}"]) if extra else base  # fmt: skip
    if lang == "es":
        base = f"{name} {n}" if rng.random() < 0.6 else f"{name}, nº {n}"
        return base + rng.choice([f", {rng.randint(1, 9)}º {rng.choice('ABCD')}", ", bajo izq.",
                                  f", {rng.randint(1, 6)}º {rng.randint(1, 4)}ª"]) if extra else base  # fmt: skip
    if lang == "it":
        base = f"{name} {n}" if rng.random() < 0.7 else f"{name}, {n}"
        return base + rng.choice(["/B", ", scala C", ", int. 7"]) if extra else base
    if lang == "nl":
        base = f"{name} {n}"
        return base + rng.choice(["-2", "A", " bis", "-III"]) if extra else base
    base = f"{name}, {n}" if rng.random() < 0.6 else f"{name} {n}"
    return base + rng.choice([", 2º Esq.", ", 4º Dto.", ", r/c"]) if extra else base


MONTHS: dict[str, list[str]] = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
}  # fmt: skip


def date_str(rng: random.Random, lang: str, y: int, m: int, d: int, written: bool | None = None) -> str:
    """A date in one of the language's usual shapes."""
    if written is None:
        written = rng.random() < 0.3
    mon = MONTHS[lang][m - 1]
    if written:
        if lang == "en":
            return rng.choice([f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{mon[:3]} {d} {y}"])
        if lang == "de":
            return rng.choice([f"{d}. {mon} {y}", f"{d}. {mon[:3]}. {y}" if len(mon) > 4 else f"{d}. {mon} {y}"])
        if lang in ("es", "pt"):
            return f"{d} de {mon} de {y}"
        return f"{'1er' if d == 1 and lang == 'fr' else d} {mon} {y}"
    if lang == "en":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y % 100:02d}"])
    if lang in ("de", "nl") and rng.random() < 0.8:
        return f"{d:02d}.{m:02d}.{y}" if lang == "de" else rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"])
    if rng.random() < 0.15:
        return f"{y}-{m:02d}-{d:02d}"
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}"])


# phone shapes per country: each a list of (weight, maker)
def _d(rng: random.Random, n: int) -> str:
    """n digits, the first not zero (a local number never starts with the trunk digit)."""
    return rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(n - 1))


def phone(rng: random.Random, cc: str) -> str:
    r = rng.random()
    if cc == "US":
        area = rng.choice(["212", "312", "415", "503", "614", "608", "720", "919"])
        line = f"01{_d(rng, 2)}"
        return [f"({area}) 555-{line}", f"{area}-555-{line}", f"+1 {area} 555 {line}", f"1-{area}-555-{line}",
                f"{area}.555.{line}", f"+1 ({area}) 555-{line}"][int(r * 6)]  # fmt: skip
    if cc == "GB":
        if r < 0.5:
            tail = _d(rng, 3)
            return rng.choice([f"07700 900{tail}", f"+44 7700 900{tail}", f"+44 (0)7700 900 {tail}"])
        tail = _d(rng, 3)
        return rng.choice([f"020 7946 0{tail}", f"+44 20 7946 0{tail}", f"0113 496 0{tail}"])
    if cc == "DE":
        mob = rng.choice(["151", "160", "171", "176", "157"])
        num = _d(rng, 8)
        area, loc = rng.choice([("521", 6), ("561", 7), ("941", 6), ("451", 7), ("30", 8)]), None
        loc = _d(rng, area[1])
        return [f"0{mob} {num}", f"+49 {mob} {num}", f"0{area[0]} / {loc}", f"(0{area[0]}) {loc[:3]} {loc[3:]}",
                f"0049 (0){area[0]} {loc}", f"+49 (0){mob} {num[:4]} {num[4:]}", f"0{mob}-{num}"][int(r * 7)]  # fmt: skip
    if cc == "AT":
        return rng.choice([f"+43 316 {_d(rng, 6)}", f"0664 {_d(rng, 7)}", f"+43 (0)664 {_d(rng, 3)} {_d(rng, 4)}"])
    if cc == "CH":
        return rng.choice([f"+41 52 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}", f"079 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}"])
    if cc == "FR":
        p = [_d(rng, 2) for _ in range(4)]
        first = rng.choice(["6", "7", "2", "4", "1"])
        return [f"0{first} {' '.join(p)}", f"+33 {first} {' '.join(p)}", f"0{first}.{'.'.join(p)}",
                f"0033 {first} {' '.join(p)}", f"+33 (0){first} {' '.join(p)}", f"0{first}{''.join(p)}"][int(r * 6)]  # fmt: skip
    if cc == "BE":
        return rng.choice([f"+32 81 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}", f"0475 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}"])
    if cc == "ES":
        mob = rng.choice(["6", "7"]) + _d(rng, 8)
        land = rng.choice(["976", "983", "968", "985", "948"]) + _d(rng, 6)
        return [f"{mob[:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}", f"+34 {mob[:3]} {mob[3:6]} {mob[6:]}",
                f"{land[:3]} {land[3:6]} {land[6:]}", f"(+34) {land[:3]} {land[3:5]} {land[5:7]} {land[7:]}",
                f"0034 {mob}", f"{mob[:3]}-{mob[3:6]}-{mob[6:]}"][int(r * 6)]  # fmt: skip
    if cc == "MX":
        return f"+52 55 {_d(rng, 4)} {_d(rng, 4)}"
    if cc == "IT":
        mob = "3" + rng.choice(["33", "47", "49", "28"]) + _d(rng, 7)
        return [f"{mob[:3]} {mob[3:6]} {mob[6:]}", f"+39 {mob[:3]} {mob[3:]}", f"+39 035 {_d(rng, 6)}",
                f"049 {_d(rng, 3)} {_d(rng, 4)}"][int(r * 4)]  # fmt: skip
    if cc == "NL":
        mob = _d(rng, 8)
        return [f"06-{mob}", f"+31 6 {mob}", f"030 {_d(rng, 3)} {_d(rng, 4)}", f"0031 50 {_d(rng, 3)} {_d(rng, 4)}",
                f"06 {mob[:2]} {mob[2:4]} {mob[4:6]} {mob[6:]}"][int(r * 5)]  # fmt: skip
    if cc == "PT":
        mob = "9" + rng.choice(["1", "2", "3", "6"]) + _d(rng, 7)
        return [f"{mob[:3]} {mob[3:6]} {mob[6:]}", f"+351 {mob[:3]} {mob[3:6]} {mob[6:]}", f"+351 253 {_d(rng, 3)} {_d(rng, 3)}",
                f"00351 {mob}"][int(r * 4)]  # fmt: skip
    if cc == "IE":
        return rng.choice([f"+353 87 {_d(rng, 3)} {_d(rng, 4)}", f"087 {_d(rng, 3)} {_d(rng, 4)}"])
    if cc == "AU":
        return rng.choice([f"+61 4{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}", f"(02) 5550 {_d(rng, 4)}"])
    raise KeyError(cc)


COUNTRIES: dict[str, list[str]] = {
    "en": ["US", "US", "US", "GB", "GB", "IE", "AU"],
    "de": ["DE", "DE", "DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "FR", "FR", "BE", "CH"],
    "es": ["ES", "ES", "ES", "ES", "MX"],
    "it": ["IT"], "nl": ["NL"], "pt": ["PT"],
}  # fmt: skip

IBAN_CC: dict[str, list[str]] = {
    "en": ["GB", "IE", "DE", "NL", "LU", "MT", "FI"],
    "de": ["DE", "DE", "DE", "AT", "CH", "LI", "PL", "CZ"],
    "fr": ["FR", "FR", "FR", "BE", "MC", "LU", "CH"],
    "es": ["ES", "ES", "ES", "PT", "RO", "GR"],
    "it": ["IT", "IT", "SI", "HR"], "nl": ["NL", "NL", "BE", "DK"],
    "pt": ["PT", "PT", "ES", "SE", "EE", "LT", "HU", "SK", "NO", "IS"],
}  # fmt: skip

DOMAINS: dict[str, list[str]] = {
    "en": ["example.com", "example.org", "mail.example", "contoso.test", "example.net"],
    "de": ["example.de", "beispiel.example", "post.test", "example.com"],
    "fr": ["example.fr", "courriel.example", "example.org", "boite.test"],
    "es": ["example.es", "correo.example", "example.com", "buzon.test"],
    "it": ["example.it", "posta.example", "example.com"],
    "nl": ["example.nl", "mail.test", "example.org"],
    "pt": ["example.pt", "correio.example", "example.com"],
}  # fmt: skip

CURRENCY = {"en": "${:,.2f}", "de": "{} €", "fr": "{} €", "es": "{} €", "it": "€ {}", "nl": "€ {}", "pt": "{} €"}


def price(rng: random.Random, lang: str) -> str:
    v = rng.randint(3, 4800) + rng.choice([0, 0.5, 0.99, 0.25, 0.9])
    if lang == "en":
        return CURRENCY["en"].format(v)
    txt = f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return CURRENCY[lang].format(txt)
