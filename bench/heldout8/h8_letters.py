"""Templates of set 8, letters and lists: youth-team rosters, tour-operator itineraries,
debt-collection letters and mailing-list digests.
"""

# Templates are text in seven languages: long lines and typographic dashes are on purpose.
# ruff: noqa: E501, RUF001

from __future__ import annotations

import h8_dates as D
import h8_pools as P
import h8_values as V
from h8_ctx import Ctx
from h8_markup import d, m

CC = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}

ROSTER = {
    "en": (
        "U12 Girls – Squad list",
        ["#", "Player", "DOB", "Parent/guardian", "Mobile", "Email", "Reg. no."],
    ),
    "de": (
        "D-Jugend – Kaderliste",
        [
            "Nr.",
            "Spieler/in",
            "Geb.-Datum",
            "Erziehungsberechtigte/r",
            "Handy",
            "E-Mail",
            "Spielerpass",
        ],
    ),
    "fr": (
        "U13 – Liste des licenciés",
        [
            "N°",
            "Joueur",
            "Date de naissance",
            "Responsable légal",
            "Portable",
            "Courriel",
            "Licence",
        ],
    ),
    "es": (
        "Alevín B – Plantilla",
        ["Dorsal", "Jugador/a", "F. nacimiento", "Tutor/a", "Móvil", "Correo", "Ficha"],
    ),
    "it": (
        "Under 12 – Rosa",
        ["N.", "Giocatore", "Data di nascita", "Genitore", "Cellulare", "E-mail", "Tessera"],
    ),
    "nl": (
        "JO11-2 – Selectie",
        ["Nr.", "Speler", "Geboortedatum", "Ouder/verzorger", "Mobiel", "E-mail", "Relatienr."],
    ),
    "pt": (
        "Sub-12 – Plantel",
        [
            "N.º",
            "Atleta",
            "Data de nascimento",
            "Encarregado de educação",
            "Telemóvel",
            "E-mail",
            "Licença",
        ],
    ),
}


def roster(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    title, cols = ROSTER[lang]
    rows = [f"## {title}", "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for n in r.sample(range(1, 30), r.choice([2, 2, 3])):
        g, s = P.full(r, lang)
        pg = P.given(r, lang)
        rows.append(
            f"| {n} | {m('PERSON', f'{g} {s}')} | {m('DATE_OF_BIRTH', D.dob(r, lang, 'num', 2012, 2016))} | "
            f"{m('PERSON', f'{pg} {s}')} | {c.phone(lang)} | {c.email(lang, pg, s)} | "
            f"{c.digits('licence', 7) if r.random() < 0.5 else '–'} |"
        )
    coach = P.full(r, lang)
    rows += ["", f"Coach: {m('PERSON', ' '.join(coach))}"]
    return "markdown", "\n".join(rows) + "\n"


ITIN = {
    "en": (
        "Subject: Your itinerary – booking {ref}",
        "Dear {name},",
        "please find your travel plan below. Passport details on file:",
        "born",
        "Day {n}: check in at",
        "Your local guide",
        "will meet you at arrivals; mobile",
        "In an emergency call our 24h line",
        "Kind regards,",
    ),
    "de": (
        "Betreff: Ihr Reiseplan – Buchung {ref}",
        "Sehr geehrte/r {name},",
        "anbei Ihr Reiseverlauf. Für die Einreise hinterlegt:",
        "geb.",
        "Tag {n}: Check-in im Hotel,",
        "Ihre Reiseleitung",
        "erwartet Sie am Ausgang; Handy",
        "Im Notfall erreichen Sie uns rund um die Uhr unter",
        "Mit freundlichen Grüßen",
    ),
    "fr": (
        "Objet : Votre carnet de voyage – dossier {ref}",
        "Bonjour {name},",
        "voici votre programme. Voyageurs enregistrés :",
        "né(e) le",
        "Jour {n} : arrivée à l'hôtel,",
        "Votre guide",
        "vous attendra à l'arrivée ; portable",
        "En cas d'urgence, notre ligne 24h/24 :",
        "Cordialement,",
    ),
    "es": (
        "Asunto: Su itinerario – reserva {ref}",
        "Estimado/a {name}:",
        "le enviamos su programa. Viajeros registrados:",
        "nacido el",
        "Día {n}: alojamiento en",
        "Su guía local",
        "le esperará en llegadas; móvil",
        "Para urgencias, nuestro teléfono 24 h:",
        "Un saludo,",
    ),
    "it": (
        "Oggetto: Il vostro itinerario – pratica {ref}",
        "Gentile {name},",
        "ecco il programma di viaggio. Viaggiatori registrati:",
        "nato il",
        "Giorno {n}: sistemazione presso",
        "La vostra guida",
        "vi aspetterà agli arrivi; cellulare",
        "Per emergenze, assistenza 24 ore:",
        "Cordiali saluti,",
    ),
    "nl": (
        "Onderwerp: Uw reisschema – boeking {ref}",
        "Beste {name},",
        "hierbij uw reisplan. Geregistreerde reizigers:",
        "geboren op",
        "Dag {n}: inchecken bij",
        "Uw reisleider",
        "wacht u op bij aankomst; mobiel",
        "Bij nood 24 uur per dag bereikbaar:",
        "Met vriendelijke groet,",
    ),
    "pt": (
        "Assunto: O seu itinerário – reserva {ref}",
        "Caro/a {name},",
        "segue o seu programa. Viajantes registados:",
        "nascido em",
        "Dia {n}: check-in em",
        "O seu guia",
        "espera-o nas chegadas; telemóvel",
        "Em caso de emergência, linha 24h:",
        "Com os melhores cumprimentos,",
    ),
}


def itinerary(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    L = ITIN[lang]
    g, s = P.full(r, lang)
    ref = d("booking", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    trav = []
    for _ in range(r.randint(1, 2)):
        tg = P.given(r, lang)
        trav.append(f"- {m('PERSON', f'{tg} {s}')}, {L[3]} {m('DATE_OF_BIRTH', D.dob(r, lang))}")
    dest = r.choice(["en", "de", "fr", "es", "it", "nl", "pt"])
    days = []
    for n in range(1, r.randint(2, 3)):
        days.append(
            f"{L[4].format(n=n)} Hotel {P.surname(r, dest)}, {c.street(dest)}, {P.town(r, dest)} "
            f"({d('flight', r.choice(['LH', 'AF', 'IB', 'AZ', 'KL', 'TP', 'BA']) + str(r.randint(100, 9999)))}, "
            f"{d('date', D.recent(r, lang))})"
        )
    gg, gs = P.full(r, dest)
    ag, as_ = P.full(r, lang)
    text = "\n".join(
        [
            f"From: {m('PERSON', f'{ag} {as_}')} <{c.email(lang, ag, as_, company=True)}>",
            L[0].format(ref=ref),
            "",
            L[1].format(name=m("PERSON", f"{g} {s}")),
            "",
            L[2],
            *trav,
            "",
            *days,
            "",
            f"{L[5]} {m('PERSON', f'{gg} {gs}')} {L[6]} {c.phone(dest)}.",
            f"{L[7]} {c.phone(lang)}. Total: {d('price', D.price(r, lang))}",
            "",
            L[8],
            f"{ag} · {r.choice(['Reisebüro', 'Travel desk', 'Agence', 'Agencia', 'Agenzia', 'Reisbureau', 'Agência'])}",
        ]
    )
    return "email", text + "\n"


DUN = {
    "en": (
        "FINAL NOTICE before legal action",
        "Our client",
        "assigned to us the claim",
        "Debtor",
        "date of birth",
        "Outstanding",
        "Please pay within 7 days to",
        "reference",
        "Questions: your case handler",
        "tel.",
        "Yours faithfully,",
    ),
    "de": (
        "LETZTE MAHNUNG vor Einleitung des gerichtlichen Mahnverfahrens",
        "Unsere Mandantin",
        "hat uns die Forderung",
        "Schuldner/in",
        "geb.",
        "Offen",
        "Bitte überweisen Sie binnen 7 Tagen auf",
        "Verwendungszweck",
        "Ihr Sachbearbeiter:",
        "Tel.",
        "Mit freundlichen Grüßen",
    ),
    "fr": (
        "MISE EN DEMEURE avant poursuites",
        "Notre mandant",
        "nous a confié la créance",
        "Débiteur",
        "né(e) le",
        "Solde dû",
        "Merci de régler sous 8 jours sur",
        "référence",
        "Votre gestionnaire :",
        "tél.",
        "Veuillez agréer nos salutations distinguées.",
    ),
    "es": (
        "ÚLTIMO AVISO antes de acciones judiciales",
        "Nuestro cliente",
        "nos ha encomendado el expediente",
        "Deudor/a",
        "nacido/a el",
        "Importe pendiente",
        "Rogamos abone en 7 días en",
        "concepto",
        "Su gestor:",
        "tel.",
        "Atentamente,",
    ),
    "it": (
        "ULTIMO SOLLECITO prima dell'azione legale",
        "Il nostro mandante",
        "ci ha affidato il credito",
        "Debitore",
        "nato il",
        "Importo dovuto",
        "Vi preghiamo di pagare entro 7 giorni su",
        "causale",
        "Referente pratica:",
        "tel.",
        "Distinti saluti,",
    ),
    "nl": (
        "LAATSTE AANMANING voor gerechtelijke stappen",
        "Onze opdrachtgever",
        "heeft ons de vordering",
        "Debiteur",
        "geboren op",
        "Openstaand",
        "Gelieve binnen 7 dagen te betalen op",
        "kenmerk",
        "Uw dossierbeheerder:",
        "tel.",
        "Hoogachtend,",
    ),
}


def dunning(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    L = DUN[lang]
    g, s = P.full(r, lang)
    hg, hs = P.full(r, lang)
    claim_raw = ("INK-" if lang == "de" else "DC") + str(r.randint(10**7, 10**8 - 1))
    claim = d("claim", claim_raw)
    firm = (
        r.choice(
            ["Telco", "Stadtwerke", "Fitness", "Énergie", "Seguros", "Assicurazioni", "Energie"]
        )
        + " "
        + P.surname(r, lang)
    )
    text = "\n".join(
        [
            f"{m('PERSON', f'{g} {s}')}",
            f"{c.street(lang, r.random() < 0.4)}",
            P.town(r, lang),
            "",
            L[0],
            "",
            f"{L[1]} {firm} {L[2]} {claim}. {L[3]}: {m('PERSON', f'{g} {s}')}, {L[4]} "
            f"{m('DATE_OF_BIRTH', D.dob(r, lang))}. {L[5]}: {d('price', D.price(r, lang))}.",
            f"{L[6]} {c.iban(CC[lang])}, {L[7]} {d('claim', claim_raw)}.",
            "",
            f"{L[8]} {m('PERSON', f'{hg} {hs}')}, {L[9]} {c.phone(lang)}, {c.email(lang, hg, hs, company=True)}",
            "",
            L[10],
        ]
    )
    return "email", text + "\n"


DIGEST = {
    "en": ("Today's Topics:", "Message", "Re: looking for a plumber", "Sent from my phone"),
    "de": ("Themen des Tages:", "Nachricht", "Re: Suche Elektriker", "Von meinem Handy gesendet"),
    "fr": ("Sujets du jour :", "Message", "Re: cherche covoiturage", "Envoyé de mon téléphone"),
    "es": ("Temas del día:", "Mensaje", "Re: busco canguro", "Enviado desde mi móvil"),
}


def digest(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    L = DIGEST[lang]
    listname = r.choice(["nachbarn-list", "quartier", "vecinos", "neighbours", "eltern-3b"])
    n = 2
    parts = [
        f"Send {listname} mailing list submissions to {listname}@lists.example.org",
        "",
        L[0],
        *[f"   {i + 1}. {L[2]}" for i in range(n)],
        "",
    ]
    for i in range(n):
        g, s = P.full(r, lang)
        body = [
            f"{L[1]}: {i + 1}",
            f"Date: {d('timestamp', D.iso_stamp(r))}",
            f"From: {m('PERSON', f'{g} {s}')} <{c.email(lang, g, s)}>",
            f"Subject: {L[2]}",
            f"Message-ID: <{d('message-id', V.hexs(r, 16) + '@mail.example.org')}>",
            "",
        ]
        if r.random() < 0.5:
            body.append(
                f"> {r.choice(['Wer kennt', 'Does anyone know', 'Quelqu un connaît', 'Alguien conoce'])} ..."
            )
        body.append(
            r.choice([f"{c.phone(lang)} – ", ""])
            + {
                "en": "ask for him, he was great.",
                "de": "fragt nach ihm, war super.",
                "fr": "de ma part, très bien.",
                "es": "de mi parte, muy bien.",
            }[lang]
        )
        body += ["", "--", m("PERSON", f"{g} {s}")]
        if r.random() < 0.5:
            body.append(f"{c.street(lang, r.random() < 0.3)}, {P.town(r, lang)}")
        if r.random() < 0.3:
            body.append(c.phone(lang))
        body += [L[3] if r.random() < 0.3 else "", "", "-" * 30]
        parts += body
    return "email", "\n".join(parts) + "\n"
