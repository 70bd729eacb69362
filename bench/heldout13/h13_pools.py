# ruff: noqa: E501
"""Value pools of held-out set 13: names, streets, towns, domains, phones and dates per language.

Pools are small and new (not taken from any other set); phones follow each country's plan
so that a detector that checks number plans has no excuse to reject them.
"""

from __future__ import annotations

from typing import Any

# fmt: off
GIVEN = {
    "en": ["Rowena", "Desmond", "Imogen", "Thaddeus", "Philippa", "Cormac", "Lorna", "Ezekiel", "Marisol", "Barnaby", "Ottilie", "Kwame"],
    "de": ["Wiebke", "Jorinde", "Bertram", "Hannelore", "Ansgar", "Frauke", "Gernot", "Liesel", "Detlev", "Mechthild", "Volkmar", "Swantje"],
    "fr": ["Ghislaine", "Aurélien", "Maëlys", "Gaspard", "Solange", "Firmin", "Clothilde", "Évariste", "Bérengère", "Anatole", "Léopoldine"],
    "es": ["Inmaculada", "Baltasar", "Remedios", "Eusebio", "Rocío", "Anselmo", "Milagros", "Teodoro", "Almudena", "Casimiro", "Nieves"],
    "it": ["Ornella", "Gualtiero", "Benedetta", "Ottavio", "Rosalba", "Ermanno", "Ludovica", "Settimio", "Gianna", "Aurelio", "Cosima"],
    "nl": ["Femke", "Wouter", "Geertruida", "Sjoerd", "Marijke", "Hidde", "Anouk", "Reinier", "Trijntje", "Joost", "Ilse"],
    "pt": ["Leonor", "Gonçalo", "Benedita", "Afonso", "Conceição", "Duarte", "Filipa", "Tomé", "Graça", "Vasco", "Iolanda"],
}
# fmt: on
# fmt: off
FAMILY = {
    "en": ["Pennington", "Okonkwo", "Haverford", "McAllister", "Thistlewood", "Brannigan", "Ashcombe", "Delacourt", "Winterbourne", "Fairweather"],
    "de": ["Kleinschroth", "Obermaier", "Wendeborn", "Hülsmann", "Rautenberg", "Zwiebler", "Eichhorst", "Brackmann", "Schwertfeger", "Mündelein"],
    "fr": ["Vautrin", "Lespinasse", "Courtois", "Delaunay", "Marchetti", "Boisselier", "Fauconnier", "Rigaudeau", "Pelletier", "Chassaing"],
    "es": ["Villarejo", "Echeverría", "Cifuentes", "Montalbán", "Arrieta", "Zubizarreta", "Benavente", "Quiroga", "Espinosa", "Llorente"],
    "it": ["Bertolazzi", "Cavallaro", "Santangelo", "Ferraresi", "Lombardozzi", "Mancuso", "Piccirillo", "Trevisani", "Zanardi", "Quagliarella"],
    "nl": ["Timmermans", "van Wijngaarden", "Brouwer", "de Haan", "Kuipers", "Oosterhuis", "Verbruggen", "van der Meulen", "Hoekstra", "Zijlstra"],
    "pt": ["Figueiredo", "Magalhães", "Carvalhal", "Sequeira", "Antunes", "Quaresma", "Vasconcelos", "Fontoura", "Brandão", "Teixeira"],
}
# fmt: on
# fmt: off
STREETS = {
    "en": ["{n} Juniper Hollow Road", "{n} Alder Crescent, Apt {f}", "{n} Whitby Lane", "{n} Larkspur Avenue, Unit {f}", "Flat {f}, {n} Cathcart Street", "{n} Mossgiel Drive", "{n} Brookhaven Terrace", "{n} Old Quarry Way"],
    "de": ["Lindenhofweg {n}", "Am Krähenberg {n}a", "Schillerstraße {n}, {f}. OG", "Mühlengrund {n}", "Holunderstieg {n}", "Bergmannstraße {n}, Hinterhaus", "Kastanienallee {n}", "Zur Alten Ziegelei {n}"],
    "fr": ["{n} rue des Tanneurs", "{n} bis avenue Jean-Jaurès", "{n} chemin des Vignerons", "{n} rue du Moulin Vert, bât. B", "{n} impasse des Lilas", "{n} boulevard de la Liberté, {f}e étage", "{n} place du Marché-Neuf", "{n} allée des Peupliers"],
    "es": ["Calle de Toledo {n}, {f}º B", "Avenida de la Constitución {n}", "Calle Mayor {n}, 2º izq.", "Paseo de los Tilos {n}", "Calle del Almendro {n}, {f}º A", "Plaza de San Ildefonso {n}", "Camino Viejo {n}", "Calle Sagasta {n}, bajo"],
    "it": ["Via dei Mille {n}", "Corso Garibaldi {n}, int. {f}", "Via Alessandro Manzoni {n}", "Viale dei Gelsomini {n}", "Via San Francesco {n}, scala B", "Piazza della Repubblica {n}", "Via delle Fornaci {n}", "Vicolo del Pozzo {n}"],
    "nl": ["Lindengracht {n}", "Burgemeester de Withstraat {n}", "Kastanjelaan {n}-{f}", "Oude Rijn {n}a", "Vondelstraat {n} II", "Zonnebloemweg {n}", "Herengracht {n}-H", "Molenstraat {n}"],
    "pt": ["Rua da Alegria {n}, {f}º Esq.", "Avenida da República {n}", "Travessa do Carmo {n}", "Rua Sá da Bandeira {n}, {f}º Dto.", "Largo do Chafariz {n}", "Rua das Flores {n}", "Calçada da Estrela {n}", "Rua do Almada {n}, r/c"],
}
# fmt: on
# fmt: off
TOWNS = {
    "en": ["Springfield, IL 62704", "Leeds LS6 2AB", "Asheville, NC 28801", "Bristol BS7 8QD"],
    "de": ["79098 Freiburg", "04109 Leipzig", "49074 Osnabrück", "97070 Würzburg"],
    "fr": ["69003 Lyon", "35000 Rennes", "13006 Marseille", "21000 Dijon"],
    "es": ["28005 Madrid", "41001 Sevilla", "50003 Zaragoza", "46002 Valencia"],
    "it": ["40121 Bologna", "10123 Torino", "80134 Napoli", "35122 Padova"],
    "nl": ["3512 JC Utrecht", "9711 LM Groningen", "2011 HB Haarlem", "5611 AB Eindhoven"],
    "pt": ["4050-262 Porto", "1200-195 Lisboa", "3000-141 Coimbra", "8000-171 Faro"],
}
# fmt: on
# fmt: off
DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "post.test", "example.de", "example.fr", "example.es", "example.it", "example.nl", "example.pt", "correo.example", "posta.test", "webmail.example"]
# fmt: on
# fmt: off
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
}
# fmt: on
CC = {"en": "1", "de": "49", "fr": "33", "es": "34", "it": "39", "nl": "31", "pt": "351"}
# fmt: off
IBAN_CC = {
    "en": ["GB", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "LU"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT"],
}
# fmt: on


def person(ctx: Any, lang: str) -> tuple[str, str]:
    return ctx.choice(GIVEN[lang]), ctx.choice(FAMILY[lang])


def street(ctx: Any, lang: str) -> str:
    return ctx.choice(STREETS[lang]).format(n=ctx.rng.randint(2, 148), f=ctx.rng.randint(1, 6))


def email(ctx: Any, given: str, family: str) -> str:
    import unicodedata

    def plain(s: str) -> str:
        return "".join(
            c for c in unicodedata.normalize("NFKD", s.lower()) if c.isalnum() or c in ".-"
        )

    g, f = plain(given), plain(family.replace(" ", ""))

    def make() -> str:
        local = ctx.choice(
            [f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g}", f"{g}{ctx.digits(2)}", f"{g}_{f}{ctx.digits(1)}"]
        )
        return f"{local}@{ctx.choice(DOMAINS)}"

    return str(ctx.uniq(make))


def _national(ctx: Any, lang: str, mobile: bool) -> tuple[str, str]:
    """(national form with trunk/grouping, international significant number)."""
    d = ctx.digits
    r = ctx.rng.randint
    if lang == "en":
        if ctx.chance(0.5):
            a = ctx.choice(["212", "312", "415", "617", "503", "828"])
            x = f"01{r(0, 9)}{r(0, 9)}"
            nat = ctx.choice([f"({a}) 555-{x}", f"{a}-555-{x}", f"{a}.555.{x}"])
            return nat, f"1{a}555{x}"
        if mobile:
            x = f"{r(0, 999):03d}"
            return f"07700 900{x}", f"447700900{x}"
        x = f"{r(0, 999):03d}"
        a = ctx.choice(["020 7946 0", "0113 496 0", "0161 496 0"])
        return a + x, "44" + (a + x).replace(" ", "")[1:]
    if lang == "de":
        if mobile:
            p = ctx.choice(["0151", "0152", "0176", "0157", "0171", "0172"])
            rest = d(7) if p in ("0171", "0172") else d(8)
            return ctx.choice(
                [f"{p} {rest}", f"{p}/{rest}", f"{p}-{rest[:3]} {rest[3:]}"]
            ), "49" + p[1:] + rest
        p, n = ctx.choice(
            [("030", 8), ("040", 8), ("089", 8), ("0221", 7), ("0761", 6), ("0341", 7)]
        )
        rest = str(r(2, 9)) + d(n - 1)
        return ctx.choice([f"{p} {rest}", f"{p}/{rest}", f"({p}) {rest}"]), "49" + p[1:] + rest
    if lang == "fr":
        p = ctx.choice(["06", "07"]) if mobile else ctx.choice(["01", "02", "03", "04", "05"])
        second = str(r(30, 99)) if p == "07" else d(2)
        rest = second + d(6)
        sep = ctx.choice([" ", ".", ""])
        grp = sep.join([p] + [rest[i : i + 2] for i in range(0, 8, 2)])
        return grp, "33" + p[1:] + rest
    if lang == "es":
        first = ctx.choice(["6", "71", "74"]) if mobile else ctx.choice(["91", "93"])
        n = first + d(9 - len(first))
        return ctx.choice(
            [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n]
        ), "34" + n
    if lang == "it":
        if mobile:
            p = ctx.choice(["320", "328", "333", "340", "347", "349", "366", "389"])
            rest = d(7)
            return ctx.choice(
                [f"{p} {rest}", f"{p} {rest[:3]} {rest[3:]}", f"{p}{rest}"]
            ), "39" + p + rest
        p = ctx.choice(["06", "02", "051", "011"])
        rest = d(10 - len(p))
        return ctx.choice([f"{p} {rest}", f"{p}-{rest}"]), "39" + p + rest
    if lang == "nl":
        if mobile:
            rest = str(r(1, 5)) + d(7)
            return ctx.choice(
                [f"06-{rest}", f"06 {rest[:2]} {rest[2:5]} {rest[5:]}", f"06{rest}"]
            ), "316" + rest
        p = ctx.choice(["020", "030", "010", "050"])
        rest = str(r(2, 8)) + d(6)
        return ctx.choice([f"{p}-{rest}", f"{p} {rest[:3]} {rest[3:]}"]), "31" + p[1:] + rest
    p = ctx.choice(["91", "92", "93", "96"]) if mobile else ctx.choice(["21", "22"])
    rest = d(7)
    n = p + rest
    return ctx.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n]), "351" + n


def phone(ctx: Any, lang: str, style: str = "any", mobile: bool | None = None) -> str:
    """A phone number in one of: national, intl (+), run (country code, no +), spaced."""
    mob = ctx.chance(0.6) if mobile is None else mobile
    if style == "any":
        style = ctx.choice(["national", "national", "national", "intl", "intl", "run"])

    def make() -> str:
        nat, full = _national(ctx, lang, mob)
        if style == "national":
            return nat
        if style == "run":
            return full
        if style == "spaced":
            return " ".join(
                nat.replace(" ", "")
                .replace("-", "")
                .replace("/", "")
                .replace(".", "")
                .replace("(", "")
                .replace(")", "")
            )
        cc = CC[lang] if not full.startswith("44") else "44"
        sig = full[len(cc) :]
        if cc == "1":
            return f"+1 {sig[:3]} {sig[3:6]} {sig[6:]}"
        if cc == "44":
            cut = 4 if sig[0] == "7" else (2 if sig.startswith("20") else 3)
            grp = (
                f"{sig[:cut]} {sig[cut:]}"
                if cut == 4
                else f"{sig[:cut]} {sig[cut : cut + 4 - (cut == 3)]} {sig[cut + 4 - (cut == 3) :]}"
            )
            return ctx.choice([f"+44 {grp}", f"+44 (0){grp}", f"+44{sig}"])
        if cc == "33":
            return ctx.choice(
                [f"+33 {sig[0]} " + " ".join(sig[i : i + 2] for i in range(1, 9, 2)), f"+33{sig}"]
            )
        if cc == "31" and sig.startswith("6"):
            return ctx.choice(
                [f"+31 6 {sig[1:]}", f"+31 6 {sig[1:3]} {sig[3:6]} {sig[6:]}", f"+31{sig}"]
            )
        if cc in ("34", "351"):
            return ctx.choice([f"+{cc} {sig[:3]} {sig[3:6]} {sig[6:]}", f"+{cc}{sig}"])
        if cc == "49":
            cut = 3 if sig[0] == "1" else (2 if sig[:2] in ("30", "40", "89") else 3)
            return ctx.choice(
                [f"+49 {sig[:cut]} {sig[cut:]}", f"+49 (0){sig[:cut]} {sig[cut:]}", f"+49{sig}"]
            )
        cut = 3 if sig[0] == "3" or sig[:3] in ("051", "011") else 2
        return ctx.choice([f"+{cc} {sig[:cut]} {sig[cut:]}", f"+{cc}{sig}"])

    return str(ctx.uniq(make))


def dob(ctx: Any, lang: str, style: str = "any", young: bool = False) -> str:
    y = ctx.rng.randint(1997, 2007) if young else ctx.rng.randint(1938, 2006)
    m = ctx.rng.randint(1, 12)
    d = ctx.rng.randint(1, 28)
    if style == "any":
        style = ctx.choice(["num", "num", "iso", "text"])
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "text":
        mn = MONTHS[lang][m - 1]
        return {
            "en": f"{mn} {d}, {y}",
            "de": f"{d}. {mn} {y}",
            "fr": f"{d} {mn} {y}",
            "es": f"{d} de {mn} de {y}",
            "it": f"{d} {mn} {y}",
            "nl": f"{d} {mn} {y}",
            "pt": f"{d} de {mn} de {y}",
        }[lang]
    if lang == "en":
        return f"{m:02d}/{d:02d}/{y}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{d:02d}{sep}{m:02d}{sep}{y}"


def plain_date(ctx: Any, lang: str, year: int = 2026) -> str:
    m = ctx.rng.randint(1, 12)
    d = ctx.rng.randint(1, 28)
    if lang == "en":
        return f"{m:02d}/{d:02d}/{year}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{d:02d}{sep}{m:02d}{sep}{year}"


def money(ctx: Any, lang: str, lo: int = 20, hi: int = 2400) -> str:
    v = ctx.rng.randint(lo * 100, hi * 100)
    e, c = divmod(v, 100)
    if lang == "en":
        return f"${e:,}.{c:02d}"
    return f"{e:,}".replace(",", ".") + f",{c:02d} €"
