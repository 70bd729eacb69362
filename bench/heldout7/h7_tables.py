# ruff: noqa: E501  (templates hold natural-language lines on purpose)
"""Templates: exported tables (browser password-manager CSV exports, crowdfunding backer
reports, race entry lists), with the column names each tool and language uses.
"""

from __future__ import annotations

from h7_docs import L, Out
from h7_markup import Ctx, ascii_name


def pwexport(c: Ctx) -> Out:
    head = c.pick(["name,url,username,password,note", "name,url,username,password"])
    rows = [head]
    for _ in range(c.rng.randint(2, 4)):
        site = c.pick(
            ["bank", "mail", "router", "nas", "school-portal", "insurance", "shop", "gym"]
        )
        user = c.email() if c.chance(0.5) else ascii_name(c.given()) + str(c.rng.randint(1, 99))
        url = f"https://{site}.example.com/login"
        if site in ("router", "nas") and c.chance(0.5):
            url = f"http://{c.ip()}/"
        row = f"{site},{url},{user},{c.pw()}"
        if head.endswith("note"):
            note = c.pick(
                [
                    "",
                    "",
                    L(
                        c,
                        {"en": "PIN {p}", "de": "PIN {p}", "fr": "code PIN {p}", "es": "PIN {p}"},
                        p=c.pin(),
                    ),
                    L(
                        c,
                        {
                            "en": "account of {n}",
                            "de": "Konto von {n}",
                            "fr": "compte de {n}",
                            "es": "cuenta de {n}",
                        },
                        n=c.person(),
                    ),
                    f"{c.dec('date')}",
                ]
            )
            row += f",{note}"
        rows.append(row)
    if c.chance(0.6):
        extra = f"{c.pick(['Visa', 'Mastercard', 'Amex'])} {L(c, {'en': 'card', 'de': 'Karte', 'fr': 'carte', 'es': 'tarjeta'})},,{c.person()},{c.pin()}"
        rows.append(extra + (f",{c.card(sep=c.pick([' ', '']))}" if head.endswith("note") else ""))
    if c.lang == "en" and head.endswith("note") and c.chance(0.6):
        rows.append(f"Social Security,,,,SSN {c.ssn()}")
    return "csv", "\n".join(rows)


def backers(c: Ctx) -> Out:
    head = {
        "en": "Backer Number,Backer Name,Email,Shipping Name,Shipping Address 1,Shipping City,Shipping Postal Code,Shipping Phone,Pledge Amount,Reward",
        "de": "Unterstützer-Nr.;Name;E-Mail;Lieferadresse;Ort;PLZ;Telefon;Betrag;Belohnung",
        "fr": "N° contributeur;Nom;Courriel;Adresse;Ville;Code postal;Téléphone;Montant;Contrepartie",
        "es": "N.º mecenas;Nombre;Correo;Dirección;Ciudad;C.P.;Teléfono;Importe;Recompensa",
        "it": "N. sostenitore;Nome;E-mail;Indirizzo;Città;CAP;Telefono;Importo;Ricompensa",
        "nl": "Backernr;Naam;E-mail;Adres;Plaats;Postcode;Telefoon;Bedrag;Beloning",
        "pt": "N.º apoiante;Nome;E-mail;Morada;Cidade;Código postal;Telefone;Valor;Recompensa",
    }[c.lang]
    rows = [head]
    for _ in range(c.rng.randint(1, 3)):
        g, s = c.given(), c.surname()
        town, pc = c.town()
        reward = (
            c.pick(["Early Bird", "Deluxe", "Tier 2 + stickers", "Kit"]) + " " + c.dec("part")
            if c.chance(0.3)
            else c.pick(["Early Bird", "Deluxe", "Kit"])
        )
        if c.lang == "en":
            name = c.P(f"{g} {s}")
            rows.append(
                f'{c.D("backer", str(c.rng.randint(1, 9999)))},{name},{c.email(g, s)},{c.P(f"{g} {s}")},"{c.addr()}","{town}",{pc},{c.phone()},{c.dec("price").replace(",", "")},{reward}'
            )
        else:
            rows.append(
                f"{c.D('backer', str(c.rng.randint(1, 9999)))};{c.P(f'{g} {s}')};{c.email(g, s)};{c.addr()};{town};{pc};{c.phone()};{c.dec('price')};{reward}"
            )
    return "csv", "\n".join(rows)


def race(c: Ctx) -> Out:
    sep = c.pick([",", ";", "\t"])
    head = {
        "en": [
            "bib",
            "first_name",
            "last_name",
            "dob",
            "club",
            "email",
            "emergency_contact",
            "emergency_phone",
        ],
        "de": [
            "Startnr",
            "Vorname",
            "Nachname",
            "Geburtsdatum",
            "Verein",
            "E-Mail",
            "Notfallkontakt",
            "Notfalltelefon",
        ],
        "fr": [
            "dossard",
            "prénom",
            "nom",
            "date_naissance",
            "club",
            "courriel",
            "contact_urgence",
            "tel_urgence",
        ],
        "es": [
            "dorsal",
            "nombre",
            "apellidos",
            "fecha_nacimiento",
            "club",
            "correo",
            "contacto_emergencia",
            "tel_emergencia",
        ],
        "it": [
            "pettorale",
            "nome",
            "cognome",
            "data_nascita",
            "società",
            "email",
            "contatto_emergenza",
            "tel_emergenza",
        ],
        "nl": [
            "startnr",
            "voornaam",
            "achternaam",
            "geboortedatum",
            "vereniging",
            "email",
            "noodcontact",
            "noodnummer",
        ],
        "pt": [
            "dorsal",
            "nome",
            "apelido",
            "data_nascimento",
            "clube",
            "email",
            "contacto_emergencia",
            "tel_emergencia",
        ],
    }[c.lang]
    rows = [sep.join(head)]
    for _ in range(c.rng.randint(1, 3)):
        g, s = c.given(), c.surname()
        club = c.pick(["LG Nord", "AC Sud", "Runners Club", "-", "CA Ribera", "TriTeam"])
        dob = c.dob(written=False, iso=c.chance(0.3))
        rows.append(
            sep.join(
                [
                    c.dec("bib"),
                    c.P(g),
                    c.P(s),
                    dob,
                    club,
                    c.email(g, s),
                    c.pick(["", c.given()]),
                    c.phone(),
                ]
            )
        )
    if c.chance(0.5):
        rows.append(f"# export {c.dec('timestamp')} v{c.dec('version')}")
    return "csv" if sep != "\t" else "tsv", "\n".join(rows)
