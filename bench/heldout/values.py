# ruff: noqa: E501 - value pools and templates are data, one entry per line for reading
"""Value pools and value makers for the held-out redaction set.

Every maker returns markup, ``⟦TYPE|value⟧``, that generate.py turns into text and labeled
spans. The pools were written for this set alone; they share nothing with the detectors'
own tests. Checksummed values are built valid here and checked again in generate.py.
"""

from __future__ import annotations

import random
import string

R = random.Random  # the one generator passed around, seeded in generate.py


def mark(kind: str, value: str) -> str:
    """Markup for one labeled value (``kind`` is an entity type or ``DECOY:<what>``)."""
    return f"⟦{kind}|{value}⟧"


# -- people ------------------------------------------------------------------------------
GIVEN = {
    "en": ["Harriet", "Declan", "Priya", "Marcus", "Orla", "Tobias", "Wendell", "Imogen",
           "Rashid", "Colleen", "Bartholomew", "Yvette", "Desmond", "Keisha", "Fergus",
           "Loretta", "Nnamdi", "Tamsin", "Ezra", "Marjorie"],
    "de": ["Wiebke", "Jörg", "Annegret", "Malte", "Sünje", "Ulrich", "Henrike", "Detlef",
           "Frauke", "Lutz", "Gesine", "Bernd", "Ilka", "Volker", "Rosemarie", "Kai-Uwe",
           "Heiko", "Dörte", "Lennart", "Mechthild"],
    "fr": ["Gaëlle", "Thibault", "Maëlys", "Gonzague", "Solène", "Aurélien", "Ghislaine",
           "Yannick", "Bérénice", "Loïc", "Apolline", "Jean-Baptiste", "Mathilde", "Corentin",
           "Éloïse", "Anatole", "Clémence", "Hervé", "Sixtine", "Benoît"],
    "es": ["Itziar", "Iñaki", "Remedios", "Fermín", "Begoña", "Ximena", "Anselmo", "Nuria",
           "Txema", "Macarena", "Rogelio", "Ainhoa", "Eusebio", "Montserrat", "Gonzalo",
           "Almudena", "Baltasar", "Yolanda", "Leandro", "Consuelo"],
}  # fmt: skip
SURNAME = {
    "en": ["Whitcombe", "Okafor", "Brennan", "Haverford", "Lindqvist", "Pemberton",
           "Achterberg", "Mulcahy", "Thistlewood", "Castellano", "Drummond", "Ashworth",
           "Nakamura", "Fairbairn", "Oyelaran", "Quigley"],
    "de": ["Hinrichsen", "Pöhlmann", "Wachtendorf", "Grabowski", "Oberhuber", "Kästner",
           "Brunnmeier", "Tiedemann", "Schäfer-Lutz", "von Oppen", "Ziegenbein", "Harms",
           "Rößler", "Ostermann", "Quandt", "Lüdecke"],
    "fr": ["Le Floch", "Dumoulin", "Marchetti", "Vasseur", "de La Roche", "Kerguelen",
           "Pelletier", "Chauvin", "Delacroix-Morin", "Baudry", "Lemaître", "Ravoux",
           "Fauconnier", "Guérin", "Abadie", "Tessier"],
    "es": ["Goikoetxea", "Villanueva", "Ortuño", "Sáez de Ibarra", "Castañeda", "Berrocal",
           "Fuentes", "Echeverría", "Llorente", "Quintanilla", "de la Fuente", "Arrieta",
           "Mondragón", "Peñalver", "Zubizarreta", "Carrasco"],
}  # fmt: skip


def person_name(rng: R, lang: str) -> str:
    first = rng.choice(GIVEN[lang])
    last = rng.choice(SURNAME[lang])
    if rng.random() < 0.15:
        first += " " + rng.choice(GIVEN[lang])
    return f"{first} {last}"


def person(rng: R, lang: str) -> str:
    return mark("PERSON", person_name(rng, lang))


# -- e-mail ------------------------------------------------------------------------------
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "acme-logistik.example",
           "kanzlei.test", "boulangerie.example", "ventas.example.es", "corp.example.co.uk",
           "hr.example.org", "support.example.fr", "gmail.example", "posteo.test",
           "müller-bau.example", "clinica-sur.example", "lab.example.io"]  # fmt: skip


def _ascii(name: str) -> str:
    table = str.maketrans("äöüßéèëêàâçíñóúïîôÉ", "aouseeeeaacinouiioE")
    return "".join(c for c in name.lower().translate(table) if c.isalnum())


def email_value(rng: R, lang: str, name: str | None = None) -> str:
    name = name or person_name(rng, lang)
    parts = name.split()
    first, last = _ascii(parts[0]), _ascii(parts[-1])
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{rng.randint(1, 99)}",
                        f"{last}.{first[0]}", f"{first}+billing", f"{first}-{last}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def email(rng: R, lang: str, name: str | None = None) -> str:
    return mark("EMAIL", email_value(rng, lang, name))


def obfuscated_email(rng: R, lang: str) -> str:
    local, domain = email_value(rng, lang).split("@")
    host, _, tld = domain.rpartition(".")
    at, dot = rng.choice([(" @ ", " . "), (" at ", " dot "), (" (at) ", " (dot) "),
                          (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT ")])  # fmt: skip
    if at == " @ ":
        return mark("EMAIL", f"{local} @ {host} . {tld}")
    return mark("EMAIL", f"{local}{at}{host.replace('.', dot)}{dot}{tld}")


# -- phones --------------------------------------------------------------------------------
def _d(rng: R, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def phone_value(rng: R, lang: str) -> str:
    n = rng.randint(2, 9)
    forms = {
        "en": [f"(415) 555-01{_d(rng, 2)}", f"212-555-01{_d(rng, 2)}", f"+1 646 555 01{_d(rng, 2)}",
               f"1-800-555-01{_d(rng, 2)}", f"+44 20 7946 0{_d(rng, 3)}", f"020 7946 0{_d(rng, 3)}",
               f"+44 (0)161 496 0{_d(rng, 3)}", f"+1.312.555.01{_d(rng, 2)}",
               f"07700 900{_d(rng, 3)}"],
        "de": [f"+49 30 {n}{_d(rng, 7)}", f"030 / {n}{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 2)}",
               f"0171 {n}{_d(rng, 6)}", f"0049 89 {n}{_d(rng, 3)}-{_d(rng, 3)}",
               f"+49 (0)89 {n}{_d(rng, 6)}", f"+49-221-{n}{_d(rng, 3)}-{_d(rng, 2)}",
               f"(0 40) {n}{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}", f"+43 1 {n}{_d(rng, 6)}",
               f"0151-{n}{_d(rng, 7)}"],
        "fr": [f"0{n} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
               f"+33 6 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
               f"+33 (0)1 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
               f"0{n}.{_d(rng, 2)}.{_d(rng, 2)}.{_d(rng, 2)}.{_d(rng, 2)}",
               f"0033 7 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
               f"+32 2 {n}{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}"],
        "es": [f"+34 6{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}", f"91 {n}{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
               f"6{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}", f"(+34) 93 {n}{_d(rng, 6)}",
               f"0034-6{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 3)}", f"+52 55 {n}{_d(rng, 3)} {_d(rng, 4)}",
               f"9{n}{_d(rng, 7)}"],
    }  # fmt: skip
    return rng.choice(forms[lang])


def phone(rng: R, lang: str) -> str:
    value = phone_value(rng, lang)
    roll = rng.random()
    if roll < 0.06:  # one digit run
        value = ("+" if value.startswith("+") else "") + "".join(c for c in value if c.isdigit())
    elif roll < 0.10:  # spaced digits, as dictated
        value = " ".join(c for c in value if c.isdigit())
    return mark("PHONE", value)


# -- cards -----------------------------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c)
        if i % 2 == 1:
            v = v * 2 - 9 if v > 4 else v * 2
        total += v
    return total % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: R) -> str:
    body = prefix + _d(rng, length - len(prefix) - 1)
    for check in string.digits:
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


CARD_BRANDS = [  # prefixes, length, grouping
    (["4"], 16, (4, 4, 4, 4)), (["51", "53", "55", "2221", "2720"], 16, (4, 4, 4, 4)),
    (["34", "37"], 15, (4, 6, 5)), (["36", "38"], 14, (4, 6, 4)), (["6011", "65"], 16, (4, 4, 4, 4)),
    (["3530", "3566"], 16, (4, 4, 4, 4)), (["4"], 13, (4, 4, 5)),
]  # fmt: skip


def card_value(rng: R, valid: bool = True) -> tuple[str, str]:
    """A card number in its brand's grouping, and its digits."""
    prefixes, length, groups = rng.choice(CARD_BRANDS[:6] if not valid else CARD_BRANDS)
    digits = _luhn_complete(rng.choice(prefixes), length, rng)
    if not valid:
        digits = digits[:-1] + str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    sep = rng.choice([" ", " ", "-", "", " "])
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    return sep.join(out), digits


def card(rng: R, zero_width: bool = False) -> str:
    value, _ = card_value(rng)
    zero_width = zero_width or rng.random() < 0.1
    if zero_width:
        value = value.replace(" ", "").replace("-", "")
        value = "\u200b".join(value[i : i + 4] for i in range(0, len(value), 4))
    return mark("CREDIT_CARD", value)


def bad_card(rng: R) -> str:
    return mark("DECOY:luhn-invalid", card_value(rng, valid=False)[0])


# -- IBAN --------------------------------------------------------------------------------------
IBAN_BBAN = {"DE": "8n10n", "FR": "5n5n11c2n", "ES": "4n4n1n1n10n", "GB": "4a6n8n", "NL": "4a10n",
             "AT": "5n11n", "CH": "5n12c", "BE": "3n7n2n", "IT": "1a5n5n12c"}  # fmt: skip


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    return f"{98 - num % 97:02d}"


def mod97_ok(iban: str) -> bool:
    s = "".join(c for c in iban if c.isalnum()).upper()
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def iban_value(rng: R, country: str | None = None) -> str:
    country = country or rng.choice(list(IBAN_BBAN))
    bban = ""
    spec = IBAN_BBAN[country]
    num = ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        count = int(num)
        num = ""
        pool = {"n": string.digits, "a": string.ascii_uppercase,
                "c": string.digits + string.ascii_uppercase}[ch]  # fmt: skip
        bban += "".join(rng.choice(pool) for _ in range(count))
    iban = country + iban_check(country, bban) + bban
    style = rng.random()
    if style < 0.6:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if style < 0.9:
        return iban
    return (
        iban.lower() if style < 0.95 else "-".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    )


def iban(rng: R, country: str | None = None) -> str:
    return mark("IBAN", iban_value(rng, country))


# -- SSN ---------------------------------------------------------------------------------------
def ssn_value(rng: R, sep: str = "-") -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


def ssn(rng: R) -> str:
    return mark("US_SSN", ssn_value(rng, rng.choice(["-", "-", " ", ""])))


# -- IP ----------------------------------------------------------------------------------------
def ip_value(rng: R) -> str:
    forms = [f"192.0.2.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}",
             f"203.0.113.{rng.randint(1, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
             f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
             f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
             f"{rng.choice([81, 85, 91, 145, 188, 212])}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
             f"2001:db8:{rng.randint(1, 0xffff):x}::{rng.randint(1, 0xfff):x}",
             f"2001:0db8:85a3:0000:0000:8a2e:{rng.randint(0, 0xffff):04x}:{rng.randint(0, 0xffff):04x}",
             f"fe80::{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}%eth0",
             f"::ffff:203.0.113.{rng.randint(1, 254)}"]  # fmt: skip
    return rng.choice(forms)


def ip(rng: R) -> str:
    return mark("IP_ADDRESS", ip_value(rng))


# -- secrets -------------------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits


def _r(rng: R, n: int, pool: str = ALNUM) -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def token_value(rng: R) -> str:
    return rng.choice([
        f"sk-proj-{_r(rng, 48, ALNUM + '_-')}", f"sk-ant-api03-{_r(rng, 86, ALNUM + '_-')}AA",
        f"ghp_{_r(rng, 36)}", f"github_pat_11{_r(rng, 20, string.ascii_uppercase + string.digits)}_{_r(rng, 59)}",
        f"glpat-{_r(rng, 20, ALNUM + '_-')}", f"xoxb-{_d(rng, 11)}-{_d(rng, 12)}-{_r(rng, 24)}",
        f"sk_live_{_r(rng, 24)}", f"whsec_{_r(rng, 32)}", f"SG.{_r(rng, 22)}.{_r(rng, 43, ALNUM + '_-')}",
        f"hf_{_r(rng, 34)}", f"AIza{_r(rng, 35, ALNUM + '_-')}", f"npm_{_r(rng, 36)}",
        f"dop_v1_{_r(rng, 64, '0123456789abcdef')}",
        f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI{_r(rng, 30)}.{_r(rng, 43, ALNUM + '_-')}",
        _r(rng, 32, "0123456789abcdef"), _r(rng, 40, ALNUM + "+/"),
    ])  # fmt: skip


def aws_pair(rng: R) -> tuple[str, str]:
    return "AKIA" + _r(rng, 16, string.ascii_uppercase + "234567"), _r(rng, 40, ALNUM + "+/")


HUMAN_PW = ["Sommer2024!", "Ch@ngeMe-77", "Kaffee#Tasse9", "P4ssw0rt!", "Bienvenue2025*",
            "Soleil&Mer88", "Verano_2023$", "Contraseña#1", "Tr0ub4dor&3", "Winter-is-coming-12",
            "hunter2hunter2", "Mot2Passe!", "qwerty!2345", "Gr33nT3a$", "Zugang_8812", "Barça1899!",
            "letmein#2024", "S3cure*Pass", "Rosalia.77!", "admin!Q2w"]  # fmt: skip


def password_value(rng: R) -> str:
    if rng.random() < 0.5:
        return rng.choice(HUMAN_PW)
    # Starts with a letter or digit: "Kennwort =abc" would read as an assignment.
    return rng.choice(ALNUM) + _r(rng, rng.randint(11, 23), ALNUM + "!#$%&*+-=?@^_~")


def secret(rng: R) -> str:
    return mark("SECRET", token_value(rng))


def password(rng: R) -> str:
    return mark("SECRET", password_value(rng))


def url_with_credentials(rng: R, git: bool = False) -> str:
    """A URL with ``user:password`` userinfo (only the https git kind when ``git``)."""
    scheme, host = ("https", "git.example.com/team/repo.git") if git else rng.choice([("postgres", "db.internal:5432/app"), ("mysql", mark("IP_ADDRESS", "10.0.4.7") + ":3306/shop"),
                               ("mongodb+srv", "cluster0.example.net/prod"), ("redis", "cache.example.com:6379/0"),
                               ("amqp", "mq.example.org:5672/vhost"), ("https", "git.example.com/team/repo.git"),
                               ("ftp", "files.example.de/upload"), ("smtp", "mail.example.fr:587")])  # fmt: skip
    user = rng.choice(["app", "admin", "svc_backup", "deploy", "root", "reporting", "facturation"])
    pw = (
        password_value(rng)
        .replace("@", "%40")
        .replace("/", "%2F")
        .replace("#", "%23")
        .replace("?", "%3F")
    )
    return f"{scheme}://{mark('URL_CREDENTIALS', f'{user}:{pw}')}@{host}"


# -- addresses -------------------------------------------------------------------------------------
def street(rng: R, lang: str) -> str:
    n = rng.randint(1, 240)
    forms = {
        "en": [f"{n} Larkspur Lane", f"{n} Coldharbour Road", f"{n}B Wexford Street", f"{n} Elmwood Avenue",
               f"{n} Kings Parade", f"Flat 4, {n} Marlowe Court", f"{n} N. Halsted St.", f"{n} Juniper Drive"],
        "de": [f"Lindenallee {n}", f"Hafenstraße {n}a", f"Am Mühlbach {n}", f"Bergstr. {n}",
               f"Kastanienweg {n}", f"Große Bleichen {n}", f"Friedrich-Ebert-Platz {n}", f"Im Winkel {n}"],
        "fr": [f"{n} rue des Lilas", f"{n} bis, avenue Jean Jaurès", f"{n} boulevard Voltaire",
               f"{n} impasse du Moulin", f"{n} place de la Mairie", f"{n} chemin des Vignes", f"{n} quai de Bourbon"],
        "es": [f"Calle Mayor {n}", f"Avenida de la Constitución {n}", f"C/ Alfarería {n}, 3º B",
               f"Paseo de Gracia {n}", f"Plaza del Pilar {n}", f"Camino Viejo {n}", f"Calle de Toledo {n}, 2º izq."],
    }  # fmt: skip
    return mark("STREET_ADDRESS", rng.choice(forms[lang]))


CITY = {"en": ["London EC2A 4NE", "Springfield, IL 62704", "Manchester M1 2AB", "Boston, MA 02118"],
        "de": ["10405 Berlin", "80331 München", "20095 Hamburg", "50667 Köln"],
        "fr": ["75011 Paris", "69002 Lyon", "13001 Marseille", "33000 Bordeaux"],
        "es": ["28013 Madrid", "08007 Barcelona", "41001 Sevilla", "46002 Valencia"]}  # fmt: skip


# -- dates of birth ----------------------------------------------------------------------------------
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                 "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"]}  # fmt: skip


def date_value(rng: R, lang: str, year: int | None = None, iso: bool = False) -> str:
    y = year or rng.randint(1941, 2006)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if iso:
        return f"{y}-{m:02d}-{d:02d}"
    forms = {"en": [f"{MONTHS['en'][m - 1]} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}"],
             "de": [f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS['de'][m - 1]} {y}", f"{d}.{m}.{y}"],
             "fr": [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m - 1]} {y}"],
             "es": [f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS['es'][m - 1]} de {y}", f"{d:02d}-{m:02d}-{y}"]}  # fmt: skip
    return rng.choice(forms[lang] + [f"{y}-{m:02d}-{d:02d}"])


def dob(rng: R, lang: str, iso: bool = False) -> str:
    return mark("DATE_OF_BIRTH", date_value(rng, lang, iso=iso))


# -- decoys ------------------------------------------------------------------------------------------
HEX = "0123456789abcdef"


def decoy(rng: R, what: str | None = None, lang: str = "en") -> str:
    what = what or rng.choice(["uuid", "git", "sha256", "version", "order", "invoice", "tracking",
                               "luhn-invalid", "timestamp", "price", "isbn", "date", "md5", "ticket"])  # fmt: skip
    if what == "luhn-invalid":
        return bad_card(rng)

    def h(n: int) -> str:
        return _r(rng, n, HEX)

    value = {
        "uuid": f"{h(8)}-{h(4)}-4{h(3)}-{rng.choice('89ab')}{h(3)}-{h(12)}",
        "git": h(rng.choice([7, 10, 40])),
        "sha256": h(64), "md5": h(32),
        "version": rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                               f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}",
                               f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(100, 9999)}"]),
        "order": rng.choice([f"ORD-{rng.randint(2019, 2026)}-{_d(rng, 6)}", f"#{_d(rng, 8)}",
                             f"A{_d(rng, 9)}", f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}"]),
        "invoice": rng.choice([f"RE-{rng.randint(2020, 2026)}-{_d(rng, 5)}", f"INV{_d(rng, 10)}",
                               f"FA{rng.randint(2020, 2026)}/{_d(rng, 4)}", f"F-{_d(rng, 12)}"]),
        "tracking": rng.choice([f"1Z{_r(rng, 6, string.ascii_uppercase + string.digits)}{_d(rng, 10)}",
                                f"JJD{_d(rng, 18)}", f"00{_d(rng, 18)}", f"{_d(rng, 12)}"]),
        "timestamp": rng.choice([f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
                                 f"{rng.randint(1700000000, 1790000000)}",
                                 f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2025 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"]),
        "price": rng.choice([f"{rng.randint(1, 9)}.{_d(rng, 3)},{_d(rng, 2)} €", f"${rng.randint(10, 99999):,}.{_d(rng, 2)}",
                             f"EUR {rng.randint(100, 999999)}.{_d(rng, 2)}", f"{rng.randint(1, 999)},{_d(rng, 2)} €"]),
        "isbn": rng.choice(["978-3-16-148410-0", "978-0-306-40615-7", "978-84-376-0494-7",
                            "978-2-07-036822-8", "0-306-40615-2", "9781861972712"]),
        "date": date_value(rng, lang, year=rng.randint(2019, 2026)),
        "ticket": rng.choice([f"JIRA-{_d(rng, 4)}", f"INC{_d(rng, 7)}", f"SR-{_d(rng, 6)}", f"CASE-{_d(rng, 8)}"]),
    }[what]  # fmt: skip
    return mark(f"DECOY:{what}", value)
