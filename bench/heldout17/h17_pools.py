"""Pools per language (names, streets, towns, months, digit words) and person-shaped makers."""

from __future__ import annotations

import unicodedata

from h17_core import Ctx

GIVEN = {
    "en": ["Harriet", "Desmond", "Imogen", "Rowan", "Tobias", "Maeve", "Callum", "Priya"],
    "de": ["Henrike", "Jannik", "Margarete", "Ole", "Svenja", "Korbinian", "Wiebke", "Till"],
    "fr": ["Solène", "Baptiste", "Gaëlle", "Maxence", "Ophélie", "Tristan", "Anaïs", "Gérald"],
    "es": ["Itziar", "Gonzalo", "Remedios", "Iker", "Nerea", "Sebastián", "Mireia", "Ramiro"],
    "it": ["Ludovica", "Gianmarco", "Ornella", "Tommaso", "Benedetta", "Settimio", "Rebecca"],
    "nl": ["Femke", "Joost", "Marloes", "Sietse", "Ilse", "Wouter", "Roos", "Gijs"],
    "pt": ["Inês", "Rui", "Filipa", "Duarte", "Madalena", "Tiago", "Leonor", "Vasco"],
}
SURNAMES = {
    "en": ["Ashworth", "Penhaligon", "Okonkwo", "Bramley", "Whitcombe", "Delacroix-Hale"],
    "de": ["Brinkmann", "Oberhauser", "Schwendtner", "Kuhlmann", "Petersen", "Eichhorst"],
    "fr": ["Lemercier", "Vauquelin", "Bourdais", "Chastain", "Rivière", "Kerjean"],
    "es": ["Etxeberria", "Villalobos", "Carrasco", "Montserrat", "Quiroga", "Peñalver"],
    "it": ["Fabbrini", "Castellucci", "Magnani", "Zanetti", "Lombardozzi", "Pellegrino"],
    "nl": ["Brouwer", "van der Heijden", "Kuijpers", "Veenstra", "de Wit", "Hoekstra"],
    "pt": ["Carvalho", "Magalhães", "Fontoura", "Pacheco", "Sequeira", "Brandão"],
}
STREETS = {
    "en": [
        "{n} Larkspur Lane",
        "{n} Cranmore Road",
        "Flat {u}, {n} Wexford Street",
        "{n} Elm Grove",
    ],
    "de": ["Lindenhofstraße {n}", "Am Mühlbach {n}", "Karl-Heine-Weg {n}, 2. OG", "Rosengasse {n}"],
    "fr": [
        "{n} rue des Tanneurs",
        "{n}, avenue Jean-Jaurès",
        "{n} allée des Cerisiers",
        "{n} bd Voltaire",
    ],
    "es": [
        "Calle del Pez {n}, 2º B",
        "Avenida de Burgos {n}",
        "C/ Alcalde Sainz {n}, 4º izq.",
        "Paseo del Prado {n}",
    ],
    "it": [
        "Via dei Mille {n}",
        "Via Garibaldi n. {n}",
        "Corso Vittorio Emanuele {n}",
        "Viale Piave {n}/A",
    ],
    "nl": [
        "Keizersgracht {n}",
        "Vondelstraat {n}",
        "Laan van Meerdervoort {n}",
        "Oudegracht {n}-2",
    ],
    "pt": [
        "Rua do Almada, {n}",
        "Av. da Boavista {n}, 3.º Esq.",
        "Rua Direita {n}",
        "Travessa do Carmo {n}",
    ],
}
TOWNS = {
    "en": ["Leeds LS6 2AB", "Bristol BS7 8QL", "Portland, OR 97214", "Austin, TX 78704"],
    "de": ["04229 Leipzig", "79098 Freiburg", "28195 Bremen", "93047 Regensburg"],
    "fr": ["35000 Rennes", "69007 Lyon", "13006 Marseille", "67000 Strasbourg"],
    "es": ["28012 Madrid", "48009 Bilbao", "41003 Sevilla", "46004 Valencia"],
    "it": ["40126 Bologna", "10121 Torino", "80134 Napoli", "35122 Padova"],
    "nl": ["1017 CT Amsterdam", "3511 AB Utrecht", "2517 KL Den Haag", "9711 HM Groningen"],
    "pt": ["4050-029 Porto", "1200-109 Lisboa", "3000-150 Coimbra", "4700-321 Braga"],
}
DOMAINS = {
    "en": ["example.co.uk", "mailbox.example.com", "example.org"],
    "de": ["example.de", "post.example.de", "example.at"],
    "fr": ["example.fr", "courriel.example.fr", "example.be"],
    "es": ["example.es", "correo.example.es", "example.com.mx"],
    "it": ["example.it", "posta.example.it"],
    "nl": ["example.nl", "mail.example.nl"],
    "pt": ["example.pt", "correio.example.pt"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio"
    " julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno"
    " luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho"
    " julho agosto setembro outubro novembro dezembro",
}
DIGITS = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
}


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace(" ", "").lower()


def person(c: Ctx, lang: str) -> tuple[str, str]:
    return c.pick(GIVEN[lang]), c.pick(SURNAMES[lang])


def street(c: Ctx, lang: str) -> str:
    return c.pick(STREETS[lang]).format(n=c.r.randint(2, 188), u=c.r.randint(1, 14))


def town(c: Ctx, lang: str) -> str:
    return c.pick(TOWNS[lang])


def email(c: Ctx, lang: str, given: str, sur: str) -> str:
    def make() -> str:
        g, s = ascii_fold(given), ascii_fold(sur)
        form = c.r.randrange(4)
        local = [f"{g}.{s}", f"{g[0]}{s}", f"{g}{c.r.randint(2, 98)}", f"{s}.{g[0]}"][form]
        return f"{local}@{c.pick(DOMAINS[lang])}"

    return c.fresh(make)


SPELL = {
    "en": (" at ", " dot "),
    "de": (" (at) ", " (punkt) "),
    "fr": (" arobase ", " point "),
    "es": (" arroba ", " punto "),
    "it": (" chiocciola ", " punto "),
    "nl": (" apenstaartje ", " punt "),
    "pt": (" arroba ", " ponto "),
}


def spelled_email(addr: str, lang: str) -> str:
    at, dot = SPELL[lang]
    local, dom = addr.split("@")
    return local + at + dom.replace(".", dot)


def phone(c: Ctx, lang: str, style: str = "any") -> str:
    """A phone number in the language's plan: 'intl', 'nat', 'run' or 'any'."""
    if style == "any":
        style = c.pick(["intl", "intl", "nat", "nat", "run"])

    def make() -> str:
        r = c.r
        d = c.digits
        if lang == "en":
            if r.random() < 0.5:
                area = r.choice(["212", "503", "512", "617", "415"])
                tail = f"01{r.randint(0, 99):02d}"
                return {
                    "intl": f"+1 {area} 555 {tail}",
                    "nat": f"({area}) 555-{tail}",
                    "run": f"{area}555{tail}",
                }[style]
            tail = f"900{r.randint(0, 999):03d}"
            return {"intl": f"+44 7700 {tail}", "nat": f"07700 {tail}", "run": f"07700{tail}"}[
                style
            ]
        if lang == "de":
            pre = r.choice(["151", "176", "171", "172"])
            sub = d(8) if pre in ("151", "176") else d(7)
            return {"intl": f"+49 {pre} {sub}", "nat": f"0{pre} {sub}", "run": f"0{pre}{sub}"}[
                style
            ]
        if lang == "fr":
            m = r.choice("67") + d(8)
            pairs = " ".join(m[i : i + 2] for i in range(1, 9, 2))
            return {
                "intl": f"+33 {m[0]} {pairs}",
                "nat": f"0{m[0]} {pairs}",
                "run": f"0{m}",
            }[style]
        if lang == "es":
            m = "6" + d(8)
            g = f"{m[:3]} {m[3:6]} {m[6:]}"
            return {"intl": f"+34 {g}", "nat": g, "run": m}[style]
        if lang == "it":
            m = "3" + r.choice(["20", "28", "33", "38", "47", "49"]) + d(7)
            return {
                "intl": f"+39 {m[:3]} {m[3:6]} {m[6:]}",
                "nat": f"{m[:3]} {m[3:]}",
                "run": m,
            }[style]
        if lang == "nl":
            m = "6" + d(8)
            return {"intl": f"+31 6 {m[1:]}", "nat": f"06-{m[1:]}", "run": f"0{m}"}[style]
        m = "9" + r.choice("1236") + d(7)
        return {
            "intl": f"+351 {m[:3]} {m[3:6]} {m[6:]}",
            "nat": f"{m[:3]} {m[3:6]} {m[6:]}",
            "run": m,
        }[style]

    return c.fresh(make)


def phone_words(num: str, lang: str) -> str:
    words = DIGITS[lang].split()
    out = []
    for grp in num.replace("+", "").replace("-", " ").replace("(", "").replace(")", "").split():
        out.append(" ".join(words[int(ch)] for ch in grp))
    return ", ".join(out)


def dob(c: Ctx, lang: str, style: str = "any") -> str:
    y, m, d = c.r.randint(1941, 2004), c.r.randint(1, 12), c.r.randint(1, 28)
    if style == "any":
        style = c.pick(["num", "num", "iso", "words"])
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    month = MONTHS[lang].split()[m - 1]
    if style == "words":
        return {
            "en": f"{month} {d}, {y}",
            "de": f"{d}. {month} {y}",
            "fr": f"{d} {month} {y}",
            "es": f"{d} de {month} de {y}",
            "it": f"{d} {month} {y}",
            "nl": f"{d} {month} {y}",
            "pt": f"{d} de {month} de {y}",
        }[lang]
    if lang == "en":
        return c.pick([f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}"])
    if lang in ("de", "nl"):
        return f"{d:02d}.{m:02d}.{y}" if lang == "de" else f"{d:02d}-{m:02d}-{y}"
    return f"{d:02d}/{m:02d}/{y}"


def plain_date(c: Ctx) -> str:
    return f"{c.r.randint(2024, 2026)}-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d}"


def stamp(c: Ctx) -> str:
    h, m, s = c.r.randint(6, 22), c.r.randint(0, 59), c.r.randint(0, 59)
    return f"{plain_date(c)} {h:02d}:{m:02d}:{s:02d}"


def amount(c: Ctx, lang: str) -> str:
    v = f"{c.r.randint(18, 4800)},{c.r.randint(0, 99):02d}"
    return f"£{v.replace(',', '.')}" if lang == "en" else f"{v} €"
