"""Word pools of the eleventh set: names, streets, towns, domains, months, dates and prices.

Pools are small on purpose (a name repeats across texts, as in the earlier sets); every
structured value is drawn fresh by ``h11_values`` / ``h11_phones``. Streets are written in
each country's order, with the flat, floor or door parts people put on the same line.
"""

from __future__ import annotations

import random

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt"]

GIVEN = {
    "en": ["Rosalind", "Desmond", "Imogen", "Cormac", "Tabitha", "Everett", "Philippa", "Rupert",
           "Marisol", "Jerome", "Winifred", "Callum", "Odette", "Lionel"],
    "de": ["Gudrun", "Volker", "Henrike", "Detlef", "Wiebke", "Ansgar", "Roswitha", "Torben",
           "Almut", "Jörg", "Friederike", "Malte", "Heike", "Ulrich"],
    "fr": ["Ghislaine", "Thibault", "Maëlle", "Gaëtan", "Solange", "Baptiste", "Clémence",
           "Aurélien", "Bérénice", "Florian", "Josiane", "Quentin", "Nadège", "Régis"],
    "es": ["Remedios", "Ignacio", "Milagros", "Fermín", "Araceli", "Gonzalo", "Inmaculada",
           "Baltasar", "Rocío", "Eusebio", "Montserrat", "Leandro", "Begoña", "Ramiro"],
    "it": ["Ornella", "Gianluca", "Loredana", "Massimo", "Tiziana", "Ottavio", "Graziella",
           "Fabrizio", "Annunziata", "Raffaele", "Donatella", "Cosimo", "Patrizia", "Settimio"],
    "nl": ["Marijke", "Joost", "Femke", "Gerrit", "Ilse", "Wouter", "Annelies", "Sjoerd",
           "Hanneke", "Maarten", "Liesbeth", "Bram", "Geertje", "Ruud"],
    "pt": ["Conceição", "Rui", "Filipa", "Nuno", "Graça", "Tiago", "Lurdes", "Duarte",
           "Inês", "Vasco", "Fernanda", "Gonçalo", "Teresa", "Alberto"],
}  # fmt: skip

SURNAMES = {
    "en": ["Ashcroft", "Pemberton", "Okonjo", "Whitfield", "Lindqvist", "Harrowgate", "Brennan",
           "Castellano", "Fairbairn", "Mbeki", "Thornbury", "Kowalczyk"],
    "de": ["Brinkmann", "Oberländer", "Sauerwein", "Kettler", "Hüsing", "Pfannkuch", "Wendland",
           "Grabowski", "Steinhöfel", "Lammers", "Ziegenbein", "Aydin"],
    "fr": ["Villeneuve", "Garnier", "Lecomte", "Fauconnier", "Marchetti", "Boisvert", "Chauvin",
           "Delacroix", "Pelletier", "Benali", "Rousselot", "Tessier"],
    "es": ["Echeverría", "Quintana", "Villalobos", "Carrasco", "Montoya", "Arrieta", "Salcedo",
           "Barrientos", "Iglesias", "Zamora", "Olmedo", "Cifuentes"],
    "it": ["Bellandi", "Scognamiglio", "Ferraresi", "Lombardo", "Cavallaro", "Pellegrini",
           "Mancuso", "Tagliaferri", "Di Stefano", "Guarnieri", "Sartori", "Bonfanti"],
    "nl": ["Verhoeven", "de Groot", "Kuipers", "van Dijk", "Mulder", "Schouten", "Brouwer",
           "van der Linden", "Hendriks", "Postma", "Dekker", "Wijnands"],
    "pt": ["Figueiredo", "Carvalho", "Monteiro", "Sousa", "Tavares", "Rebelo", "Antunes",
           "Magalhães", "Quaresma", "Pinheiro", "Lourenço", "Sampaio"],
}  # fmt: skip

STREETS = {
    "en": ["{n} Larkspur Lane", "{n} Old Mill Road", "{n} Kingfisher Close, Apt {u}",
           "{n} W Harrison Street", "Flat {u}, {n} Tavistock Crescent", "{n} Juniper Court",
           "{n} Orchard View Drive, Suite {u}", "{n} Bramble Way"],
    "de": ["Lindenallee {n}", "Kastanienweg {n}", "Am Mühlbach {n}", "Bismarckstraße {n}, 2. OG",
           "Fliederstr. {n}", "Hauptstraße {n} a", "Zur Alten Ziegelei {n}", "Weserstraße {n}"],
    "fr": ["{n} rue des Capucins", "{n} avenue Jean-Jaurès", "{n} bis, rue du Moulin",
           "{n} impasse des Tilleuls", "{n} boulevard Voltaire, Appt {u}", "{n} chemin des Crêtes",
           "{n} rue de la République", "Bât. B, {n} allée des Érables"],
    "es": ["Calle de Toledo {n}, {u}º B", "Avenida de la Constitución {n}", "C/ Sagasta {n}",
           "Paseo de Gracia {n}, {u}º 2ª", "Calle Mayor {n}, bajo", "Camino de Ronda {n}",
           "Plaza del Pilar {n}, {u}º izq.", "Calle San Bernardo {n}"],
    "it": ["Via Garibaldi {n}", "Corso Vittorio Emanuele {n}", "Via dei Tigli {n}/B",
           "Piazza Cavour {n}, int. {u}", "Viale Monza {n}", "Via Roma n. {n}",
           "Vicolo del Pozzo {n}", "Via San Francesco {n}, scala B"],
    "nl": ["Prinsengracht {n}", "Dorpsstraat {n}", "Lindelaan {n}-{u}", "Kerkweg {n}",
           "Molenstraat {n} A", "Van Speijkstraat {n}", "Oude Gracht {n}-bis", "Zeeweg {n}"],
    "pt": ["Rua Augusta, {n}, {u}º Esq.", "Avenida da Liberdade {n}", "Rua do Carmo {n}",
           "Travessa da Fé {n}, r/c", "Rua de Santa Catarina {n}, {u}º Dto.",
           "Largo do Rato {n}", "Rua Direita {n}", "Avenida dos Aliados {n}, {u}º"],
}  # fmt: skip

TOWNS = {
    "en": ["Springfield, IL 62704", "Portland, OR 97205", "Leeds LS6 2QT", "Albany, NY 12207",
           "Bristol BS8 1TH"],
    "de": ["10437 Berlin", "50667 Köln", "1070 Wien", "8004 Zürich", "28195 Bremen"],
    "fr": ["69003 Lyon", "33000 Bordeaux", "1050 Bruxelles", "1205 Genève", "44000 Nantes"],
    "es": ["28012 Madrid", "08008 Barcelona", "41001 Sevilla", "46002 Valencia", "50001 Zaragoza"],
    "it": ["20121 Milano", "00184 Roma", "10123 Torino", "40126 Bologna", "80134 Napoli"],
    "nl": ["1016 GV Amsterdam", "3511 LX Utrecht", "2011 HK Haarlem", "9711 JB Groningen",
           "3000 Leuven"],
    "pt": ["1100-053 Lisboa", "4000-322 Porto", "3000-150 Coimbra", "8000-078 Faro",
           "4700-424 Braga"],
}  # fmt: skip

DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "post.test",
           "kanzlei.example", "familie.example", "correo.example", "posta.example",
           "webmail.test", "inbox.example", "exemple.test"]  # fmt: skip

MONTHS = {
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

MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def given(rng: random.Random, lang: str) -> str:
    return rng.choice(GIVEN[lang])


def surname(rng: random.Random, lang: str) -> str:
    return rng.choice(SURNAMES[lang])


def street(rng: random.Random, lang: str) -> str:
    return rng.choice(STREETS[lang]).format(n=rng.randint(2, 187), u=rng.randint(1, 9))


def town(rng: random.Random, lang: str) -> str:
    return rng.choice(TOWNS[lang])


def split_town(t: str) -> tuple[str, str]:
    """(postcode, town) of a pool town line, whatever the country's order."""
    if "," in t:  # Springfield, IL 62704
        city, _, rest = t.partition(", ")
        return rest.split()[-1], city
    parts = t.split()
    if parts[0][0].isdigit():
        if len(parts) > 2 and parts[1].isalpha() and parts[1].isupper():
            return f"{parts[0]} {parts[1]}", " ".join(parts[2:])
        return parts[0], " ".join(parts[1:])
    return " ".join(parts[1:]), parts[0]


def ascii_fold(s: str) -> str:
    table = str.maketrans(
        "äöüßéèêëáàâíìîóòôõúùûçñãıÄÖÜÉÁÍÓÚÇÑ", "aouseeeeaaaiiioooouuucnaiAOUEAIOUCN"
    )
    return s.translate(table)


def email_for(rng: random.Random, first: str, last: str, domain: str | None = None) -> str:
    f, la = ascii_fold(first).lower(), ascii_fold(last).lower().replace(" ", "")
    local = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{la}.{f[0]}", f"{f}{rng.randint(2, 99)}",
                        f"{f}_{la}"])  # fmt: skip
    return f"{local}@{domain or rng.choice(DOMAINS)}"


def birth_ymd(rng: random.Random, lo: int = 1941, hi: int = 2004) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def fmt_date(rng: random.Random, lang: str, ymd: tuple[int, int, int], style: str = "") -> str:
    """A date as each language writes it: numeric in its order, ISO, or with a written month."""
    y, m, d = ymd
    style = style or rng.choice(["num", "num", "num", "iso", "words"])
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "compact":
        return f"{y}{m:02d}{d:02d}"
    if style == "words":
        mon = MONTHS[lang][m - 1]
        if lang == "en":
            return rng.choice([f"{mon} {d}, {y}", f"{d} {mon} {y}"])
        if lang == "de":
            return f"{d}. {mon} {y}"
        if lang in ("es", "pt"):
            return f"{d} de {mon} de {y}"
        return f"{d} {mon} {y}"
    if lang == "en":
        return f"{m:02d}/{d:02d}/{y}" if rng.random() < 0.7 else f"{d:02d}/{m:02d}/{y}"
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "nl":
        return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"])
    return f"{d:02d}/{m:02d}/{y}"


def recent_date(rng: random.Random, lang: str, style: str = "") -> str:
    return fmt_date(
        rng, lang, (rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)), style
    )


def stamp(rng: random.Random, sep: str = " ") -> str:
    y, m, d = rng.randint(2025, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return f"{y}-{m:02d}-{d:02d}{sep}{hh:02d}:{mm:02d}:{ss:02d}"


def price(rng: random.Random, lang: str) -> str:
    v = rng.randint(300, 480000) / 100
    if lang == "en":
        return rng.choice([f"${v:,.2f}", f"£{v:,.2f}"])
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return f"{s} €" if lang in ("de", "fr", "es", "pt") else f"€ {s}"
