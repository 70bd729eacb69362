# ruff: noqa: E501, RUF059
"""Templates: hotel guest registration cards, hospital discharge letters, school report exports,
travel-clinic vaccination certificates, campsite and marina check-in sheets."""

from __future__ import annotations

HOTEL = {
    "en": (
        "GUEST REGISTRATION CARD",
        "Surname",
        "First name",
        "Date of birth",
        "Home address",
        "Phone",
        "E-mail",
        "Arrival",
        "Departure",
        "Room",
        "Booking ref.",
        "Passport no.",
        "Signature of guest",
    ),
    "de": (
        "MELDESCHEIN für Beherbergungsstätten",
        "Familienname",
        "Vorname",
        "Geburtsdatum",
        "Wohnanschrift",
        "Telefon",
        "E-Mail",
        "Ankunft",
        "Abreise",
        "Zimmer",
        "Buchungsnr.",
        "Ausweis-Nr.",
        "Unterschrift",
    ),
    "fr": (
        "FICHE INDIVIDUELLE DE POLICE",
        "Nom",
        "Prénom",
        "Date de naissance",
        "Domicile habituel",
        "Téléphone",
        "Courriel",
        "Arrivée",
        "Départ",
        "Chambre",
        "Réf. réservation",
        "N° pièce d'identité",
        "Signature",
    ),
    "es": (
        "PARTE DE ENTRADA DE VIAJEROS",
        "Primer apellido",
        "Nombre",
        "Fecha de nacimiento",
        "Domicilio",
        "Teléfono",
        "Correo",
        "Fecha de entrada",
        "Fecha de salida",
        "Habitación",
        "Localizador",
        "N.º documento",
        "Firma del viajero",
    ),
    "it": (
        "SCHEDINA ALLOGGIATI",
        "Cognome",
        "Nome",
        "Data di nascita",
        "Residenza",
        "Telefono",
        "E-mail",
        "Arrivo",
        "Partenza",
        "Camera",
        "Prenotazione n.",
        "Documento n.",
        "Firma",
    ),
    "nl": (
        "NACHTREGISTER / GASTENKAART",
        "Achternaam",
        "Voornaam",
        "Geboortedatum",
        "Adres",
        "Telefoon",
        "E-mail",
        "Aankomst",
        "Vertrek",
        "Kamer",
        "Boekingsnr.",
        "Paspoortnr.",
        "Handtekening",
    ),
    "pt": (
        "BOLETIM DE ALOJAMENTO",
        "Apelido",
        "Nome próprio",
        "Data de nascimento",
        "Morada",
        "Telefone",
        "E-mail",
        "Chegada",
        "Partida",
        "Quarto",
        "Reserva n.º",
        "Documento n.º",
        "Assinatura",
    ),
}


def hotelreg(c):
    L = HOTEL[c.lang]
    g, s = c.g(), c.s()
    sur = s.upper() if c.p(0.5) else s
    arr, dep = c.pair("arrival", "departure")
    lines = [L[0], "=" * len(L[0])]
    rows = [
        (L[1], c.P(sur)),
        (L[2], c.P(g)),
        (L[3], c.dob(c.pick(["num", "num", "iso", "long"]))),
        (L[4], f"{c.street(0.3)}, {c.town()}"),
        (L[5], c.phone()),
        (L[6], c.email(g, s)),
        (L[7], arr),
        (L[8], dep),
        (L[9], str(c.rng.randrange(101, 530))),
        (L[10], c.d("booking", c.pick(["", "HX", "BK-"]) + str(c.rng.randrange(10**7, 10**9)))),
    ]
    if c.p(0.5):
        rows.append((L[11], c.pick(["C", "X", "P", "Y"]) + str(c.rng.randrange(10**6, 10**8))))
    dots = c.p(0.4)
    for k, v in rows:
        lines.append(f"{k} {'.' * (24 - len(k))} {v}" if dots else f"{k}: {v}")
    if c.p(0.35):
        g2, s2 = c.g(), c.s()
        acc = {
            "en": "Accompanying guest",
            "de": "Mitreisende(r)",
            "fr": "Accompagnant",
            "es": "Acompañante",
            "it": "Accompagnatore",
            "nl": "Medereiziger",
            "pt": "Acompanhante",
        }[c.lang]
        lines.append(f"{acc}: {c.P(f'{g2} {s2}')}, {c.dob(c.pick(['num', 'long']), 1950, 2020)}")
    lines.append(f"\n{L[12]}: ______________   {c.date('signed')}")
    return "form", "\n".join(lines)


DIS = {
    "en": (
        "Discharge summary",
        "Patient",
        "DOB",
        "Address",
        "Admitted",
        "Discharged",
        "Ward",
        "Dear Dr",
        "Diagnosis",
        "Follow-up: please call the ward on",
        "Hospital no.",
    ),
    "de": (
        "Entlassungsbrief",
        "Patient/in",
        "geb.",
        "wohnhaft",
        "Aufnahme",
        "Entlassung",
        "Station",
        "Sehr geehrte Frau Kollegin / sehr geehrter Herr Kollege",
        "Diagnose",
        "Rückfragen bitte an die Station unter",
        "Fallnummer",
    ),
    "fr": (
        "Compte rendu d'hospitalisation",
        "Patient(e)",
        "né(e) le",
        "demeurant",
        "Entrée",
        "Sortie",
        "Service",
        "Cher confrère",
        "Diagnostic",
        "Pour toute question, joindre le service au",
        "N° de séjour",
    ),
    "es": (
        "Informe de alta",
        "Paciente",
        "fecha de nacimiento",
        "domicilio",
        "Ingreso",
        "Alta",
        "Planta",
        "Estimado/a compañero/a",
        "Diagnóstico",
        "Para dudas, llamar a la planta al",
        "N.º de episodio",
    ),
    "it": (
        "Lettera di dimissione",
        "Paziente",
        "nato/a il",
        "residente in",
        "Ricovero",
        "Dimissione",
        "Reparto",
        "Gentile collega",
        "Diagnosi",
        "Per informazioni contattare il reparto al",
        "N. nosologico",
    ),
    "nl": (
        "Ontslagbrief",
        "Patiënt",
        "geboortedatum",
        "wonende",
        "Opname",
        "Ontslag",
        "Afdeling",
        "Geachte collega",
        "Diagnose",
        "Vragen? Bel de afdeling op",
        "Opnamenummer",
    ),
    "pt": (
        "Nota de alta",
        "Doente",
        "data de nascimento",
        "residente na",
        "Internamento",
        "Alta",
        "Serviço",
        "Caro colega",
        "Diagnóstico",
        "Dúvidas: contactar o serviço pelo",
        "N.º de episódio",
    ),
}
DIAG = {
    "en": "community-acquired pneumonia, treated with amoxicillin",
    "de": "ambulant erworbene Pneumonie",
    "fr": "pneumopathie communautaire",
    "es": "neumonía adquirida en la comunidad",
    "it": "polmonite acquisita in comunità",
    "nl": "pneumonie, behandeld met amoxicilline",
    "pt": "pneumonia adquirida na comunidade",
}


def discharge(c):
    L = DIS[c.lang]
    g, s, pname = c.full()
    gp = c.P(f"{c.g()} {c.s()}")
    doc = c.P(f"{c.g()} {c.s()}")
    adm, dis = c.pair("admission", "discharge", days=20, y0=2025, y1=2026)
    lab = c.d(
        "lab-range",
        f"{c.rng.randrange(1, 9)}.{c.rng.randrange(10, 99)}-{c.rng.randrange(10, 30)}.{c.rng.randrange(10, 99)}",
    )
    txt = (
        f"{L[0]}\n{L[10]}: {c.num('case', 8)}\n\n{L[7]} {gp},\n\n"
        f"{L[1]}: {pname}, {L[2]} {c.dob(None, 1930, 2004)}, {L[3]} {c.street(0.3)}, {c.town()}.\n"
        f"{L[4]}: {adm} - {L[5]}: {dis} ({L[6]} {c.pick(['4B', 'C2', '7'])}).\n\n"
        f"{L[8]}: {DIAG[c.lang]}. CRP {c.rng.randrange(5, 250)} mg/L (ref. {lab}).\n"
        f"{L[9]} {c.phone('nat')}.\n\n{doc}"
    )
    if c.lang == "en" and c.p(0.7):
        txt += f"\nBilling: Medicare Advantage, member SSN {c.ssn(c.pick(['dash', 'space']))}, claim {c.num('claim', 9, 'C')}"
    if c.p(0.4):
        kin = {
            "en": "Next of kin",
            "de": "Angehörige(r)",
            "fr": "Personne à prévenir",
            "es": "Familiar de contacto",
            "it": "Familiare di riferimento",
            "nl": "Contactpersoon",
            "pt": "Familiar de contacto",
        }[c.lang]
        txt += f"\n\n{kin}: {c.P(f'{c.g()} {s}')}, {c.phone()}"
    if c.p(0.4):  # sent through the hospital's secure mail: a subject line above the letter
        return (
            "email",
            f"Subject: {L[0]} - {pname}\nX-Secure-Mail: KIM/HIN/MSSanté gateway\n\n{txt}",
        )
    return "prose", txt


SCH = {
    "en": (
        "pupil_id",
        "surname",
        "forename",
        "dob",
        "year_group",
        "guardian",
        "guardian_mobile",
        "guardian_email",
        "attendance_pct",
        "report_date",
    ),
    "de": (
        "schueler_id",
        "nachname",
        "vorname",
        "geburtsdatum",
        "klasse",
        "erziehungsberechtigt",
        "telefon_eltern",
        "email_eltern",
        "fehltage",
        "zeugnisdatum",
    ),
    "fr": (
        "id_eleve",
        "nom",
        "prenom",
        "date_naissance",
        "classe",
        "responsable_legal",
        "tel_responsable",
        "courriel_responsable",
        "absences",
        "date_bulletin",
    ),
    "es": (
        "nia",
        "apellidos",
        "nombre",
        "fecha_nacimiento",
        "curso",
        "tutor_legal",
        "movil_tutor",
        "email_tutor",
        "faltas",
        "fecha_boletin",
    ),
    "it": (
        "matricola",
        "cognome",
        "nome",
        "data_nascita",
        "classe",
        "genitore",
        "cellulare_genitore",
        "email_genitore",
        "assenze",
        "data_pagella",
    ),
    "nl": (
        "leerlingnummer",
        "achternaam",
        "voornaam",
        "geboortedatum",
        "groep",
        "ouder_verzorger",
        "telefoon_ouder",
        "email_ouder",
        "verzuim",
        "rapportdatum",
    ),
    "pt": (
        "n_aluno",
        "apelido",
        "nome",
        "data_nascimento",
        "turma",
        "encarregado_educacao",
        "telemovel_ee",
        "email_ee",
        "faltas",
        "data_pauta",
    ),
}


def schoolreport(c):
    H = SCH[c.lang]
    sep = c.pick([";", ",", "\t"])
    kind = "tsv" if sep == "\t" else "csv"
    rows = [sep.join(H)]
    dst = c.pick(["num", "iso"])
    rep = c.date("report")
    for _ in range(c.rng.randrange(2, 5)):
        g, s = c.g(), c.s()
        pg = c.g()
        cells = [
            c.num("pupil-id", 6),
            c.P(s.upper() if c.p(0.3) else s),
            c.P(g),
            c.dob(dst, 2008, 2019),
            c.pick(["5B", "7A", "3", "10c", "4"]),
            c.P(f"{pg} {s}"),
            c.phone(c.pick(["nat", "run", "intl"])),
            c.email(pg, s),
            str(c.rng.randrange(0, 30)),
            rep,
        ]
        rows.append(sep.join(cells))
    return kind, "\n".join(rows)


VAC = {
    "en": (
        "TRAVEL HEALTH CLINIC - Vaccination record",
        "Name",
        "Date of birth",
        "Vaccine",
        "Batch",
        "Given on",
        "Next dose due",
        "Clinician",
        "Clinic line",
    ),
    "de": (
        "REISEMEDIZIN - Impfbescheinigung",
        "Name",
        "Geburtsdatum",
        "Impfstoff",
        "Ch.-B.",
        "Geimpft am",
        "Auffrischung fällig",
        "Ärztin/Arzt",
        "Praxis",
    ),
    "fr": (
        "CENTRE DE VACCINATIONS INTERNATIONALES",
        "Nom",
        "Date de naissance",
        "Vaccin",
        "Lot",
        "Administré le",
        "Rappel",
        "Médecin",
        "Standard",
    ),
    "es": (
        "CENTRO DE VACUNACIÓN INTERNACIONAL",
        "Nombre",
        "Fecha de nacimiento",
        "Vacuna",
        "Lote",
        "Fecha",
        "Próxima dosis",
        "Facultativo",
        "Centralita",
    ),
    "it": (
        "AMBULATORIO MEDICINA DEI VIAGGI",
        "Nominativo",
        "Data di nascita",
        "Vaccino",
        "Lotto",
        "Somministrato il",
        "Richiamo",
        "Medico",
        "Centralino",
    ),
    "nl": (
        "REIZIGERSVACCINATIE - Inentingsbewijs",
        "Naam",
        "Geboortedatum",
        "Vaccin",
        "Batch",
        "Gegeven op",
        "Volgende dosis",
        "Arts",
        "Telefoon",
    ),
    "pt": (
        "CONSULTA DO VIAJANTE - Registo de vacinação",
        "Nome",
        "Data de nascimento",
        "Vacina",
        "Lote",
        "Administrada em",
        "Próxima dose",
        "Médico",
        "Telefone",
    ),
}


def vaccine(c):
    L = VAC[c.lang]
    g, s, pname = c.full()
    out = [L[0], "", f"{L[1]}: {pname}", f"{L[2]}: {c.dob(c.pick(['num', 'long', 'mon3']))}", ""]
    for v in c.rng.sample(
        [
            "Yellow fever (Stamaril)",
            "Hepatitis A (Havrix 1440)",
            "Typhim Vi",
            "Ixiaro JE",
            "Rabies (Verorab)",
            "Dukoral",
        ],
        3,
    ):
        lot = c.d(
            "batch",
            c.pick(["S", "U", "AH", "T"])
            + str(c.rng.randrange(1000, 99999))
            + c.pick(["", "B", "AA"]),
        )
        out.append(f"{L[3]}: {v} | {L[4]} {lot} | {L[5]} {c.date('vaccination')}")
    out.append(f"{L[6]}: {c.date('due')}")
    out.append(f"{L[7]}: {c.P(c.g() + ' ' + c.s())} - {L[8]} {c.phone('nat')}")
    if c.p(0.3):
        out.append(f"ICVP No. {c.num('certificate', 8)}")
    return "form", "\n".join(out)


CAMP = {
    "en": (
        "Marina berth & campsite check-in",
        "Skipper / lead guest",
        "Born",
        "Address",
        "Mobile",
        "E-mail",
        "Boat / vehicle reg.",
        "Berth / pitch",
        "Deposit card",
        "Nights",
        "Total",
    ),
    "de": (
        "Anmeldung Campingplatz / Gastliegeplatz",
        "Gast / Skipper",
        "geboren am",
        "Anschrift",
        "Handy",
        "E-Mail",
        "Kennzeichen / Bootsname",
        "Platz / Liegeplatz",
        "Kaution per Karte",
        "Nächte",
        "Summe",
    ),
    "fr": (
        "Fiche d'arrivée camping / port de plaisance",
        "Titulaire",
        "né(e) le",
        "Adresse",
        "Portable",
        "Courriel",
        "Immatriculation",
        "Emplacement / anneau",
        "Caution carte",
        "Nuits",
        "Total",
    ),
    "es": (
        "Registro de entrada camping / amarre",
        "Titular",
        "fecha de nacimiento",
        "Dirección",
        "Móvil",
        "Correo",
        "Matrícula",
        "Parcela / amarre",
        "Fianza con tarjeta",
        "Noches",
        "Total",
    ),
    "it": (
        "Registrazione campeggio / posto barca",
        "Intestatario",
        "nato il",
        "Indirizzo",
        "Cellulare",
        "E-mail",
        "Targa / imbarcazione",
        "Piazzola / ormeggio",
        "Cauzione su carta",
        "Notti",
        "Totale",
    ),
    "nl": (
        "Inschrijving camping / passantenhaven",
        "Hoofdgast / schipper",
        "geboortedatum",
        "Adres",
        "Mobiel",
        "E-mail",
        "Kenteken / bootnaam",
        "Plaats / ligplaats",
        "Borg via kaart",
        "Nachten",
        "Totaal",
    ),
    "pt": (
        "Registo de entrada parque de campismo / marina",
        "Titular",
        "data de nascimento",
        "Morada",
        "Telemóvel",
        "E-mail",
        "Matrícula",
        "Lote / lugar",
        "Caução com cartão",
        "Noites",
        "Total",
    ),
}


def campsite(c):
    L = CAMP[c.lang]
    g, s, pname = c.full()
    card = c.card(c.pick([" ", "-", ""]))
    lines = [
        L[0],
        "",
        f"{L[1]}: {pname}  ({L[2]} {c.dob()})",
        f"{L[3]}: {c.street(0.2)} - {c.town()}",
        f"{L[4]}: {c.phone()}   {L[5]}: {c.email(g, s)}",
        f"{L[6]}: {c.d('plate', c.pick(['B-KL ', 'AB-', 'GX-', '']) + str(c.rng.randrange(100, 9999)) + c.pick(['', 'E', 'ZT']))}",
        f"{L[7]}: {c.pick(['A', 'C', 'P', 'Steg '])}{c.rng.randrange(1, 80)}   {L[9]}: {c.rng.randrange(1, 15)}   "
        f"{L[10]}: {c.price()}",
    ]
    if c.p(0.4):
        lines.append(f"{L[8]}: {c.badcard()} (refused) -> {card}")
    else:
        lines.append(f"{L[8]}: {card}  exp {c.rng.randrange(1, 13):02d}/{c.rng.randrange(27, 31)}")
    if c.p(0.45):
        lines.append(f"IBAN (refund / Rückerstattung / remboursement): {c.iban(grouped=c.p(0.6))}")
    if c.p(0.5):
        lines.append(f"Wi-Fi: {c.pick(['Marina_Guest', 'Camp-WLAN', 'Pitch-Net'])} / {c.pw()}")
    if c.p(0.4):
        lines.append(f"Gate / Schranke / barrière: {c.code(4)}")
    return "form", "\n".join(lines)


TEMPLATES = {
    "hotelreg": hotelreg,
    "discharge": discharge,
    "schoolreport": schoolreport,
    "vaccine": vaccine,
    "campsite": campsite,
}
