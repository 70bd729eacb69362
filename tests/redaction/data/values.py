"""Value generators for the redaction evaluation set (seeded; see build_eval.py).

Each generator returns a markup fragment: ``⟦TYPE|value⟧`` for a labeled entity and
``⟦~kind|value⟧`` for a labeled hard negative. Real-looking values that pass the same
checks a real one would (Luhn, mod-97, SSN ranges) and the ways people actually write them.
"""

from __future__ import annotations

import random
import string

NAMES = {
    "en": (
        [
            "James",
            "Mary",
            "Robert",
            "Patricia",
            "Jennifer",
            "Michael",
            "Linda",
            "David",
            "Susan",
            "Karen",
            "Emily",
            "Daniel",
            "Olivia",
            "Noah",
            "Grace",
            "Ethan",
        ],
        [
            "Smith",
            "Johnson",
            "Williams",
            "Brown",
            "Jones",
            "Miller",
            "Davis",
            "Wilson",
            "Anderson",
            "Taylor",
            "Thomas",
            "Moore",
            "Martin",
            "Clarke",
            "Turner",
            "Hughes",
        ],
    ),
    "de": (
        [
            "Lukas",
            "Anna",
            "Jonas",
            "Lea",
            "Felix",
            "Marie",
            "Maximilian",
            "Sophie",
            "Jürgen",
            "Katharina",
            "Stefan",
            "Sabine",
            "Tobias",
            "Ute",
            "Matthias",
            "Jana",
        ],
        [
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Koch",
            "Richter",
            "Wolf",
            "Schröder",
            "Neumann",
            "Braun",
        ],
    ),
    "fr": (
        [
            "Camille",
            "Louis",
            "Léa",
            "Hugo",
            "Chloé",
            "Jules",
            "Manon",
            "Gabriel",
            "Élodie",
            "Mathieu",
            "Inès",
            "Antoine",
            "Sophie",
            "Julien",
            "Margaux",
            "Théo",
        ],
        [
            "Martin",
            "Bernard",
            "Dubois",
            "Thomas",
            "Robert",
            "Richard",
            "Petit",
            "Durand",
            "Leroy",
            "Moreau",
            "Simon",
            "Laurent",
            "Lefèvre",
            "Michel",
            "Garnier",
            "Faure",
        ],
    ),
    "es": (
        [
            "Lucía",
            "Hugo",
            "Martina",
            "Pablo",
            "Sofía",
            "Alejandro",
            "Paula",
            "Daniel",
            "Carmen",
            "Javier",
            "Elena",
            "Sergio",
            "Marta",
            "Álvaro",
            "Laura",
            "Diego",
        ],
        [
            "García",
            "Fernández",
            "González",
            "Rodríguez",
            "López",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Martín",
            "Jiménez",
            "Ruiz",
            "Hernández",
            "Díaz",
            "Moreno",
            "Álvarez",
        ],
    ),
}
DOMAINS = {
    "en": [
        "example.com",
        "acme-corp.com",
        "mail.example.org",
        "northwind.co.uk",
        "contoso.io",
        "gmail.com",
        "outlook.com",
        "globex.net",
    ],
    "de": ["beispiel.de", "firma-gmbh.de", "web.de", "gmx.net", "mail.muster.at", "t-online.de"],
    "fr": ["exemple.fr", "societe.fr", "orange.fr", "laposte.net", "entreprise.eu", "free.fr"],
    "es": ["ejemplo.es", "empresa.es", "correo.com.mx", "telefonica.net", "hotmail.es"],
}
STREETS = {
    "en": [
        "Baker Street",
        "Main Street",
        "Oak Avenue",
        "Elm Road",
        "Maple Drive",
        "Sunset Blvd",
        "Park Lane",
        "Church Road",
        "Washington Ave",
        "Cedar Court",
    ],
    "de": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Gartenweg",
        "Lindenallee",
        "Marktplatz",
        "Goethestraße",
        "Schillerstr.",
        "Berliner Straße",
        "Am Hang",
        "Rosengasse",
    ],
    "fr": [
        "rue de la Paix",
        "avenue Victor Hugo",
        "boulevard Saint-Michel",
        "rue du Moulin",
        "place de la République",
        "chemin des Vignes",
        "rue Lafayette",
        "allée des Tilleuls",
    ],
    "es": [
        "Calle Mayor",
        "Avenida de la Constitución",
        "Calle de Alcalá",
        "Paseo del Prado",
        "Calle Serrano",
        "Plaza de España",
        "Calle Real",
        "Avenida Diagonal",
    ],
}


class Values:
    """All value generators share one seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def name(self, lang: str) -> tuple[str, str]:
        first, last = NAMES[lang]
        return self.r.choice(first), self.r.choice(last)

    # -- obfuscation -------------------------------------------------------------------
    def obfuscate(self, value: str) -> str:
        """Zero-width, full-width or look-alike characters, as pasted text often carries."""
        how = self.r.choice(["zw", "fullwidth", "homoglyph", "nbsp"])
        if how == "zw" and len(value) > 3:
            i = self.r.randrange(1, len(value) - 1)
            return value[:i] + self.r.choice("\u200b\u200c\u2060\u00ad") + value[i:]
        if how == "fullwidth":
            return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in value)
        if how == "homoglyph":
            table = str.maketrans(
                {
                    "a": "\u0430",
                    "e": "\u0435",
                    "o": "\u043e",
                    "c": "\u0441",
                    "p": "\u0440",
                    "A": "\u0410",
                    "E": "\u0415",
                    "O": "\u041e",
                }
            )
            return value.translate(table)
        return value.replace(" ", "\u00a0")

    # -- entities ----------------------------------------------------------------------
    def email(self, lang: str) -> str:
        first, last = self.name(lang)
        f = _ascii(first).lower()
        la = _ascii(last).lower()
        dom = self.r.choice(DOMAINS[lang])
        local = self.r.choice(
            [
                f"{f}.{la}",
                f"{f[0]}.{la}",
                f"{f}_{la}{self.r.randint(1, 99)}",
                f"{f}+{self.r.choice(['news', 'billing', 'hr'])}",
                f"{la}{f[0]}",
                f"{f}.{la}",
            ]
        )
        roll = self.r.random()
        if roll < 0.06:
            d1, _, d2 = dom.rpartition(".")
            sep_at, sep_dot = self.r.choice(
                [(" (at) ", " (dot) "), (" [at] ", " [dot] "), (" at ", " dot "), ("(at)", ".")]
            )
            value = f"{local}{sep_at}{d1.replace('.', sep_dot)}{sep_dot}{d2}"
        elif roll < 0.12:
            value = self.obfuscate(f"{local}@{dom}")
        elif roll < 0.2:
            value = f"{first[0]}{la.capitalize()}@{dom.upper()}"
            value = _ascii(value)
        else:
            value = f"{local}@{dom}"
        return f"⟦EMAIL|{value}⟧"

    def phone(self, lang: str) -> str:
        r = self.r
        d = self.digits
        area = str(r.randint(201, 989)).replace("9", "8", 1) if r.random() < 0.5 else "415"
        us = [
            f"({area}) {r.randint(200, 999)}-{d(4)}",
            f"{area}-{r.randint(200, 999)}-{d(4)}",
            f"{area}.{r.randint(200, 999)}.{d(4)}",
            f"+1 {area} {r.randint(200, 999)} {d(4)}",
            f"+1-{area}-{r.randint(200, 999)}-{d(4)}",
            f"+1{area}{r.randint(200, 999)}{d(4)}",
            f"+44 20 {d(4)} {d(4)}",
            f"020 7{d(3)} {d(4)}",
            f"07700 9{d(5)}",
            f"+44 7700 9{d(5)}",
        ]
        de = [
            f"+49 30 {d(8)}",
            f"+49 (0)30 {d(7)}",
            f"030 {d(8)}",
            f"030/{d(7)}",
            f"0171 {d(7)}",
            f"+49 171 {d(7)}",
            f"0049 89 {d(7)}",
            f"089 {d(4)}-{d(3)}",
            f"+43 1 {d(7)}",
            f"+41 44 {d(3)} {d(2)} {d(2)}",
        ]
        fr = [
            f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"01 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"07 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+33612{d(6)}",
            f"04-{d(2)}-{d(2)}-{d(2)}-{d(2)}",
        ]
        es = [
            f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
            f"6{d(2)} {d(3)} {d(3)}",
            f"91 {d(3)} {d(2)} {d(2)}",
            f"+34 91{d(1)} {d(3)} {d(3)}",
            f"7{d(2)} {d(2)} {d(2)} {d(2)}",
            f"+52 55 {d(4)} {d(4)}",
            f"93 {d(3)} {d(2)} {d(2)}",
        ]
        value = r.choice({"en": us, "de": de, "fr": fr, "es": es}[lang])
        if r.random() < 0.05:
            value = self.obfuscate(value)
        return f"⟦PHONE|{value}⟧"

    def card(self) -> str:
        r = self.r
        prefix, length = r.choice(
            [
                ("4", 16),
                ("4", 16),
                ("51", 16),
                ("55", 16),
                ("2221", 16),
                ("34", 15),
                ("37", 15),
                ("6011", 16),
                ("3528", 16),
                ("3589", 16),
                ("4", 13),
            ]
        )
        body = prefix + self.digits(length - len(prefix) - 1)
        number = body + _luhn_digit(body)
        style = r.random()
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, len(number), 4)]
        if style < 0.45:
            value = " ".join(groups)
        elif style < 0.7:
            value = "-".join(groups)
        else:
            value = number
        if r.random() < 0.05:
            value = self.obfuscate(value)
        return f"⟦CREDIT_CARD|{value}⟧"

    def iban(self) -> str:
        r = self.r
        d = self.digits
        up = string.ascii_uppercase
        country, bban = r.choice(
            [
                ("DE", d(18)),
                ("DE", d(18)),
                ("FR", d(10) + d(11) + d(2)),
                ("ES", d(20)),
                ("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + d(14)),
                ("NL", r.choice(["ABNA", "INGB", "RABO"]) + d(10)),
                ("IT", r.choice(up) + d(10) + d(12)),
                ("CH", d(17)),
                ("AT", d(16)),
                ("BE", d(12)),
            ]
        )
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        check = 98 - int(numeric) % 97
        iban = f"{country}{check:02d}{bban}"
        value = (
            " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if r.random() < 0.6 else iban
        )
        if r.random() < 0.05:
            value = self.obfuscate(value)
        return f"⟦IBAN|{value}⟧"

    def ssn(self) -> str:
        r = self.r
        area = r.choice([a for a in range(1, 900) if a != 666])
        value = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        if r.random() < 0.15:
            value = value.replace("-", " ")
        return f"⟦US_SSN|{value}⟧"

    def ipv4(self) -> str:
        r = self.r
        value = r.choice(
            [
                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            ]
        )
        return f"⟦IP_ADDRESS|{value}⟧"

    def ipv6(self) -> str:
        r = self.r
        groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(8)]
        value = r.choice(
            [
                "2001:db8:" + ":".join(groups[2:]),
                "2001:0db8:85a3:0000:0000:"
                + ":".join(f"{r.randint(0, 0xFFFF):04x}" for _ in range(3)),
                f"fe80::{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}",
                f"2a00:1450:4001:{groups[0]}::{groups[1]}",
                f"2001:db8::{groups[5]}",
            ]
        )
        return f"⟦IP_ADDRESS|{value}⟧"

    def ip(self) -> str:
        return self.ipv6() if self.r.random() < 0.25 else self.ipv4()

    def token(self) -> str:
        """A vendor credential in its own shape."""
        r = self.r
        a = self.alnum
        value = r.choice(
            [
                "sk-proj-" + a(48, string.ascii_letters + string.digits + "_-"),
                "sk-" + a(48),
                "sk-ant-api03-" + a(80, string.ascii_letters + string.digits + "_-") + "AA",
                "ghp_" + a(36),
                "gho_" + a(36),
                "github_pat_11" + a(20, string.ascii_uppercase + string.digits) + "_" + a(59),
                "xoxb-" + self.digits(12) + "-" + self.digits(13) + "-" + a(24),
                "xoxp-"
                + self.digits(11)
                + "-"
                + self.digits(12)
                + "-"
                + a(32, string.ascii_lowercase + string.digits),
                "sk_live_" + a(24),
                "rk_live_" + a(24),
                "pk_live_" + a(24),
                "AIza" + a(35, string.ascii_letters + string.digits + "_-"),
                "AKIA" + a(16, string.ascii_uppercase + string.digits),
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi"
                + a(30)
                + "."
                + a(43, string.ascii_letters + string.digits + "_-"),
            ]
        )
        return f"⟦SECRET|{value}⟧"

    def password(self) -> str:
        r = self.r
        words = [
            "Summer",
            "Winter",
            "Sonne",
            "Soleil",
            "Verano",
            "Dragon",
            "Falcon",
            "Tiger",
            "Kaffee",
        ]
        value = r.choice(
            [
                f"{r.choice(words)}{r.randint(2019, 2025)}{r.choice('!?#$%')}",
                self.alnum(16, string.ascii_letters + string.digits + "!#%&*+"),
                f"{r.choice(words).lower()}-{r.choice(words).lower()}-{r.randint(10, 99)}",
                self.alnum(24),
            ]
        )
        return f"⟦SECRET|{value}⟧"

    def aws_secret(self) -> str:
        return "⟦SECRET|" + self.alnum(40, string.ascii_letters + string.digits + "/+") + "⟧"

    def pem(self) -> str:
        body = "\n".join(
            self.alnum(64, string.ascii_letters + string.digits + "+/") for _ in range(4)
        )
        kind = self.r.choice(
            ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]
        )
        return f"⟦SECRET|-----BEGIN {kind}-----\n{body}\n-----END {kind}-----⟧"

    def person(self, lang: str) -> str:
        first, last = self.name(lang)
        return f"⟦PERSON|{first} {last}⟧"

    def street(self, lang: str) -> str:
        r = self.r
        s = r.choice(STREETS[lang])
        n = r.randint(1, 250)
        if lang == "en":
            value = f"{n}{r.choice(['', '', 'B'])} {s}" + r.choice(
                ["", "", ", Apt 4B", ", Suite 210"]
            )
        elif lang == "de":
            value = f"{s} {n}{r.choice(['', '', 'a'])}"
        elif lang == "fr":
            value = f"{n}{r.choice(['', '', ' bis'])} {s}"
        else:
            value = f"{s}, {n}" if r.random() < 0.5 else f"{s} {n}"
        return f"⟦STREET_ADDRESS|{value}⟧"


def _ascii(text: str) -> str:
    table = str.maketrans(
        {
            "ä": "ae",
            "ö": "oe",
            "ü": "ue",
            "ß": "ss",
            "é": "e",
            "è": "e",
            "ê": "e",
            "à": "a",
            "ç": "c",
            "É": "E",
            "Á": "A",
            "á": "a",
            "í": "i",
            "ó": "o",
            "ú": "u",
            "ñ": "n",
            "Ñ": "N",
            "Í": "I",
            "Ó": "O",
            "Ú": "U",
            "Ü": "Ue",
            "Ä": "Ae",
            "Ö": "Oe",
            "ï": "i",
            "Â": "A",
            "â": "a",
            "ô": "o",
            "ë": "e",
        }
    )
    return text.translate(table)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)
