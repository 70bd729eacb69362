# ruff: noqa
"""Markup, value makers and pools for held-out set 15 (stdlib only).

A template writes ``⁅TYPE|value⁆`` for a labeled value and ``⁅~note|value⁆`` for a decoy;
``parse`` turns that into plain text and spans, so offsets are right by construction.
"""

from __future__ import annotations

import random
import re
import string

TYPES = [
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "IBAN",
    "US_SSN",
    "DATE_OF_BIRTH",
    "IP_ADDRESS",
    "SECRET",
    "URL_CREDENTIALS",
    "PERSON",
    "STREET_ADDRESS",
]
LANGS = ["en", "de", "fr", "es", "it", "nl", "pt"]
MARK = re.compile(r"⁅(~?[A-Za-z_0-9-]+)\|(.*?)⁆", re.S)


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Plain text and spans from the markup; ``<ZWSP>`` becomes U+200B."""
    marked = marked.replace("<ZWSP>", "\u200b")
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        tag, value = m.group(1), m.group(2)
        span: dict[str, object] = {"start": length, "end": length + len(value)}
        if tag.startswith("~"):
            span.update(type="DECOY", decoy=tag[1:], value=value)
        else:
            span.update(type=tag, value=value)
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").replace("\n", "").replace("\r", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_SPEC = {  # country: bban pattern (n digit, a capital letter)
    "DE": "n" * 18,
    "AT": "n" * 16,
    "CH": "n" * 17,
    "FR": "n" * 23,
    "BE": "n" * 12,
    "ES": "n" * 20,
    "IT": "a" + "n" * 22,
    "NL": "aaaa" + "n" * 10,
    "PT": "n" * 21,
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "LU": "n" * 16,
}
LANG_IBAN = {
    "en": ["GB", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "LU"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT"],
}


class Ctx:
    """Random source that never hands out the same structured value twice."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.used: set[str] = set()

    def uniq(self, make) -> str:  # type: ignore[no-untyped-def]
        for _ in range(200):
            v = make()
            key = re.sub(r"[^0-9A-Za-z@]", "", v).lower()
            if key not in self.used:
                self.used.add(key)
                return v
        raise RuntimeError("no unique value")

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def iban(self, lang: str, grouped: bool | None = None) -> str:
        def make() -> str:
            cc = self.r.choice(LANG_IBAN[lang])
            bban = "".join(
                self.r.choice(string.ascii_uppercase) if c == "a" else self.r.choice(string.digits)
                for c in IBAN_SPEC[cc]
            )
            r = bban + cc + "00"
            chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
            s = f"{cc}{chk:02d}{bban}"
            assert iban_ok(s)
            g = self.r.random() < 0.55 if grouped is None else grouped
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if g else s

        return self.uniq(make)

    def bad_iban(self, lang: str) -> str:
        good = self.iban(lang, grouped=True)
        chars = list(good)
        idx = [i for i, c in enumerate(chars) if c.isdigit() and i > 4]
        i = self.r.choice(idx)
        chars[i] = str((int(chars[i]) + self.r.randint(1, 8)) % 10)
        bad = "".join(chars)
        return bad if not iban_ok(bad) else self.bad_iban(lang)

    def card(self, net: str | None = None, sep: str | None = None) -> str:
        def make() -> str:
            n = net or self.r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
            pre, ln = {
                "visa": ("4" + self.digits(5), 16),
                "mc": (str(self.r.randint(51, 55)) + self.digits(4), 16),
                "mc2": (str(self.r.randint(2221, 2720)) + self.digits(2), 16),
                "amex": (self.r.choice(["34", "37"]) + self.digits(4), 15),
                "disc": ("6011" + self.digits(2), 16),
                "jcb": (str(self.r.randint(3528, 3589)) + self.digits(2), 16),
            }[n]
            body = pre + self.digits(ln - len(pre) - 1)
            for d in string.digits:
                if luhn_ok(body + d):
                    num = body + d
                    break
            s = self.r.choice([" ", " ", "-", ""]) if sep is None else sep
            groups = (
                [num[:4], num[4:10], num[10:]]
                if ln == 15
                else [num[i : i + 4] for i in range(0, 16, 4)]
            )
            return s.join(groups)

        return self.uniq(make)

    def bad_card(self) -> str:
        c = self.card(net="visa", sep=" ")
        d = c.replace(" ", "")
        last = str((int(d[-1]) + self.r.randint(1, 9)) % 10)
        return c[:-1] + last

    def ssn(self, sep: str = "-") -> str:
        def make() -> str:
            a = self.r.randint(1, 899)
            while a == 666:
                a = self.r.randint(1, 899)
            g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
            return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"

        return self.uniq(make)

    def ip(self, v6: float = 0.15) -> str:
        def make() -> str:
            if self.r.random() < v6:
                return (
                    "2001:db8:"
                    + ":".join(f"{self.r.randint(1, 0xFFFF):x}" for _ in range(2))
                    + "::"
                    + f"{self.r.randint(1, 0xFFF):x}"
                )
            net = self.r.choice(
                [
                    "192.0.2",
                    "198.51.100",
                    "203.0.113",
                    "10.%d.%d" % (self.r.randint(0, 255), self.r.randint(0, 255)),
                    "192.168.%d" % self.r.randint(0, 99),
                    "100.%d.%d" % (self.r.randint(64, 127), self.r.randint(0, 255)),
                ]
            )
            return f"{net}.{self.r.randint(2, 254)}"

        return self.uniq(make)

    def password(self) -> str:
        def make() -> str:
            r = self.r
            w = r.choice(
                [
                    "Tulpe",
                    "Marea",
                    "Faro",
                    "Gabbiano",
                    "Kanaal",
                    "Sardinha",
                    "Harbour",
                    "Lavande",
                    "Zypresse",
                    "Olmo",
                    "Duna",
                    "Bruma",
                ]
            )
            return r.choice(
                [
                    f"{w}{r.randint(10, 99)}!{r.choice('xqzk')}",
                    f"{w.lower()}-{r.randint(1000, 9999)}-{r.choice(['Vx', 'Qp', 'Lm'])}",
                    "".join(
                        r.choice(string.ascii_letters + string.digits)
                        for _ in range(r.randint(12, 18))
                    ),
                    f"{r.choice('#%$&')}{w}{r.randint(1970, 2019)}",
                ]
            )

        return self.uniq(make)

    def token(
        self, prefix: str, n: int, alphabet: str = string.ascii_letters + string.digits
    ) -> str:
        return self.uniq(lambda: prefix + "".join(self.r.choice(alphabet) for _ in range(n)))

    def hexs(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


# --- pools -------------------------------------------------------------------------------
GIVEN = {
    "en": [
        "Harriet",
        "Desmond",
        "Imogen",
        "Tobias",
        "Priya",
        "Callum",
        "Marisol",
        "Everett",
        "Niamh",
        "Rowan",
        "Delphine",
        "Augustin",
    ],
    "de": [
        "Wiebke",
        "Thorsten",
        "Annegret",
        "Jannik",
        "Svenja",
        "Volker",
        "Henrike",
        "Malte",
        "Dörte",
        "Kilian",
        "Ulrike",
        "Bastian",
    ],
    "fr": [
        "Solène",
        "Gaëtan",
        "Maëlle",
        "Aurélien",
        "Clémence",
        "Florian",
        "Ombeline",
        "Tanguy",
        "Bérénice",
        "Loïc",
        "Capucine",
        "Arnaud",
    ],
    "es": [
        "Itziar",
        "Gonzalo",
        "Nerea",
        "Iñigo",
        "Rocío",
        "Baltasar",
        "Ainhoa",
        "Fermín",
        "Macarena",
        "Rodrigo",
        "Begoña",
        "Álvaro",
    ],
    "it": [
        "Ottavia",
        "Leandro",
        "Ginevra",
        "Ettore",
        "Serena",
        "Raffaele",
        "Benedetta",
        "Corrado",
        "Ilaria",
        "Tommaso",
        "Ludovica",
        "Gianluca",
    ],
    "nl": [
        "Femke",
        "Joost",
        "Marloes",
        "Thijs",
        "Anouk",
        "Sjoerd",
        "Lieke",
        "Wouter",
        "Ilse",
        "Ruben",
        "Sanne",
        "Gijs",
    ],
    "pt": [
        "Inês",
        "Duarte",
        "Beatriz",
        "Gonçalo",
        "Leonor",
        "Tiago",
        "Matilde",
        "Rui",
        "Carolina",
        "Afonso",
        "Mariana",
        "Vasco",
    ],
}
SURNAME = {
    "en": [
        "Ashworth",
        "Pemberton",
        "Okonkwo",
        "Whitlock",
        "Fairbairn",
        "Castellano",
        "Holloway",
        "Brannigan",
        "Thistlewood",
        "Mahoney",
    ],
    "de": [
        "Brückner",
        "Kesselring",
        "Ahlers",
        "Dreßler",
        "Overbeck",
        "Pfannschmidt",
        "Rautenberg",
        "Tiedemann",
        "Wendland",
        "Hollerbach",
    ],
    "fr": [
        "Delacroix",
        "Fauchon",
        "Marchetti",
        "Lemaître",
        "Brunel",
        "Castagné",
        "Rouvière",
        "Pelletier",
        "Vasseur",
        "Hautecoeur",
    ],
    "es": [
        "Arrizabalaga",
        "Villalobos",
        "Echeverría",
        "Montenegro",
        "Quintana",
        "Salcedo",
        "Berenguer",
        "Zubiaurre",
        "Carrasco",
        "Olmedo",
    ],
    "it": [
        "Bellandi",
        "Castiglioni",
        "Ferraresi",
        "Mancuso",
        "Orlandini",
        "Pagliarulo",
        "Santangelo",
        "Tedeschi",
        "Zanardi",
        "Vitale",
    ],
    "nl": [
        "van der Heijden",
        "Brouwer",
        "de Graaf",
        "Kuipers",
        "Verhoeven",
        "Mulder",
        "van Dijk",
        "Hoekstra",
        "Schouten",
        "Dekker",
    ],
    "pt": [
        "Figueiredo",
        "Magalhães",
        "Carvalho",
        "Sampaio",
        "Antunes",
        "Quaresma",
        "Teixeira",
        "Valente",
        "Moreira",
        "Brandão",
    ],
}
STREETS = {
    "en": [
        "{n} Larkspur Lane",
        "{n} Whitcombe Road, Flat {u}",
        "{n} Harbour View Terrace",
        "{n} Old Mill Street",
        "{n} Sycamore Avenue, Apt {u}",
        "{n} Kestrel Close",
    ],
    "de": [
        "Lindenhofstraße {n}",
        "Am Mühlenbach {n}",
        "Kastanienallee {n}, {u}. OG",
        "Schillerweg {n} b",
        "Hafenstraße {n}",
        "Bergheimer Str. {n}",
    ],
    "fr": [
        "{n} rue des Capucins",
        "{n}, avenue Jean-Jaurès",
        "{n} boulevard Voltaire, Bât. B",
        "{n} impasse des Lilas",
        "{n} rue du Moulin, Appt {u}",
        "{n} allée des Tilleuls",
    ],
    "es": [
        "Calle de Velarde {n}, {u}º B",
        "Avenida de la Constitución {n}",
        "C/ Sant Antoni {n}, bajo",
        "Paseo de Gràcia {n}, {u}º 2ª",
        "Calle Mayor {n}",
        "Camino de Ronda {n}",
    ],
    "it": [
        "Via Garibaldi {n}",
        "Via dei Serragli {n}/A",
        "Corso Vittorio Emanuele {n}",
        "Viale Mazzini {n}, scala B",
        "Via San Vitale {n}",
        "Piazza Cavour {n}",
    ],
    "nl": [
        "Prinsengracht {n}",
        "Lange Voorhout {n}-{u}",
        "Kerkstraat {n}",
        "Oudegracht {n} bis",
        "Zeestraat {n}",
        "Molenweg {n}",
    ],
    "pt": [
        "Rua do Almada, {n}",
        "Avenida da Liberdade {n}, {u}º Esq.",
        "Rua das Flores {n}",
        "Travessa do Carmo {n}",
        "Rua de Cedofeita, n.º {n}",
        "Largo do Rato {n}",
    ],
}
TOWNS = {
    "en": ["SW9 7HT London", "Leeds LS6 2QB", "Portland, OR 97214", "Bristol BS8 1TH"],
    "de": ["28195 Bremen", "79098 Freiburg", "6020 Innsbruck", "50667 Köln"],
    "fr": ["69002 Lyon", "33000 Bordeaux", "1000 Bruxelles", "44000 Nantes"],
    "es": ["48001 Bilbao", "41004 Sevilla", "08007 Barcelona", "46002 Valencia"],
    "it": ["50125 Firenze", "40126 Bologna", "10123 Torino", "90133 Palermo"],
    "nl": ["2514 JH Den Haag", "3511 KK Utrecht", "1016 GV Amsterdam", "9711 LM Groningen"],
    "pt": ["4050-009 Porto", "1250-096 Lisboa", "3000-150 Coimbra", "4700-321 Braga"],
}
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "post.example",
    "mail.test",
    "correo.example",
    "posta.example",
    "web.example",
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
DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
}


def person(c: Ctx, lang: str) -> tuple[str, str]:
    return c.r.choice(GIVEN[lang]), c.r.choice(SURNAME[lang])


def street(c: Ctx, lang: str) -> str:
    return c.r.choice(STREETS[lang]).format(n=c.r.randint(2, 214), u=c.r.randint(1, 9))


def email(c: Ctx, first: str, last: str) -> str:
    def make() -> str:
        tr = str.maketrans("äöüßéèêëáíóúñçãõâôîïàìòÁ", "aouseeeeaiouncaoaoiiaioa")
        f = first.lower().translate(tr).replace(" ", "")
        la = last.lower().translate(tr).replace(" ", "")
        form = c.r.choice(["{f}.{l}", "{f}{l}{d}", "{i}{l}", "{l}.{f}{d}", "{f}_{l}"])
        return form.format(f=f, l=la, i=f[0], d=c.r.randint(2, 99)) + "@" + c.r.choice(DOMAINS)

    return c.uniq(make)


def phone(c: Ctx, lang: str, intl: bool | None = None) -> str:
    def make() -> str:
        r = c.r
        i = r.random() < 0.4 if intl is None else intl
        d = c.digits
        if lang == "en":
            if r.random() < 0.5:
                x = f"01{r.randint(0, 99):02d}"
                area = r.choice(["312", "415", "503", "617", "206"])
                return (
                    f"+1 {area} 555 {x}"
                    if i
                    else r.choice([f"({area}) 555-{x}", f"{area}-555-{x}", f"{area}.555.{x}"])
                )
            return (
                f"+44 7700 900{d(3)}"
                if i
                else r.choice([f"07700 900{d(3)}", f"020 7946 0{d(3)}", f"0161 496 0{d(3)}"])
            )
        if lang == "de":
            p = r.choice(["151", "160", "171", "176", "152"])
            return (
                f"+49 {p} {d(4)} {d(4)}"
                if i
                else r.choice([f"0{p} {d(7)}", f"0{p}/{d(4)}{d(4)}", f"030 {d(4)} {d(3)}"])
            )
        if lang == "fr":
            p = r.choice(["6", "7"])
            g = " ".join(d(2) for _ in range(4))
            return (
                f"+33 {p} {g}"
                if i
                else r.choice([f"0{p} {g}", f"0{p}." + g.replace(" ", "."), f"01 {g}"])
            )
        if lang == "es":
            p = r.choice(["6", "7"])
            return (
                f"+34 {p}{d(2)} {d(3)} {d(3)}"
                if i
                else r.choice(
                    [
                        f"{p}{d(2)} {d(3)} {d(3)}",
                        f"{p}{d(2)} {d(2)} {d(2)} {d(2)}",
                        f"91 {d(3)} {d(2)} {d(2)}",
                    ]
                )
            )
        if lang == "it":
            p = r.choice(["320", "333", "347", "349", "366"])
            return (
                f"+39 {p} {d(3)} {d(4)}"
                if i
                else r.choice([f"{p} {d(7)}", f"{p} {d(3)} {d(4)}", f"06 {d(4)} {d(4)}"])
            )
        if lang == "nl":
            return (
                f"+31 6 {d(8)}"
                if i
                else r.choice([f"06-{d(8)}", f"06 {d(4)} {d(4)}", f"020 {d(3)} {d(4)}"])
            )
        p = r.choice(["91", "92", "93", "96"])
        return (
            f"+351 {p}{d(1)} {d(3)} {d(3)}"
            if i
            else r.choice([f"{p}{d(1)} {d(3)} {d(3)}", f"21 {d(3)} {d(4)}"])
        )

    return c.uniq(make)


def in_words(lang: str, number: str) -> str:
    ws = DIGIT_WORDS[lang]
    return " ".join(ws[int(ch)] for ch in number if ch.isdigit())


def dob(c: Ctx, lang: str) -> str:
    r = c.r
    y, m, d = r.randint(1941, 2006), r.randint(1, 12), r.randint(1, 28)
    form = r.random()
    if form < 0.25:
        return f"{y}-{m:02d}-{d:02d}"
    if form < 0.55:
        mon = MONTHS[lang][m - 1]
        return {
            "en": f"{mon} {d}, {y}",
            "de": f"{d}. {mon} {y}",
            "es": f"{d} de {mon} de {y}",
            "pt": f"{d} de {mon} de {y}",
        }.get(lang, f"{d} {mon} {y}")
    if lang == "en":
        return f"{m:02d}/{d:02d}/{y}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{d:02d}{sep}{m:02d}{sep}{y}"


def when(c: Ctx, year: int = 2026) -> str:
    return f"{year}-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d} {c.r.randint(6, 22):02d}:{c.r.randint(0, 59):02d}:{c.r.randint(0, 59):02d}"


def amount(c: Ctx, lang: str) -> str:
    v = f"{c.r.randint(5, 2400)}.{c.r.randint(0, 99):02d}"
    return f"${v}" if lang == "en" else v.replace(".", ",") + " €"
