# ruff: noqa: E501
"""Free-text templates: payslips, bailiff notices, summer-camp registration mail, utility move-in forms."""

from __future__ import annotations

from h14_core import Ctx, d, m
from h14_pools import GIVEN, STREETS, TOWNS, birth, dob_text, email, iban, person, phone

PAY = {
    "en": (
        "EARNINGS STATEMENT",
        "Employee",
        "Employee ID",
        "Address",
        "Date of birth",
        "Pay period",
        "Gross pay",
        "Net pay",
        "Deposited to",
        "SSN",
        "Tax code",
    ),
    "de": (
        "Verdienstabrechnung",
        "Mitarbeiter",
        "Personalnr.",
        "Anschrift",
        "Geburtsdatum",
        "Abrechnungsmonat",
        "Gesamtbrutto",
        "Auszahlungsbetrag",
        "Überweisung an IBAN",
        "",
        "Steuer-ID",
    ),
    "fr": (
        "BULLETIN DE PAIE",
        "Salarié",
        "Matricule",
        "Adresse",
        "Date de naissance",
        "Période",
        "Salaire brut",
        "Net à payer",
        "Virement IBAN",
        "",
        "N° sécurité sociale",
    ),
    "es": (
        "NÓMINA",
        "Trabajador",
        "Nº empleado",
        "Domicilio",
        "Fecha de nacimiento",
        "Periodo",
        "Total devengado",
        "Líquido a percibir",
        "Transferencia a",
        "",
        "Nº afiliación SS",
    ),
    "it": (
        "CEDOLINO PAGA",
        "Dipendente",
        "Matricola",
        "Indirizzo",
        "Data di nascita",
        "Mese retribuzione",
        "Totale competenze",
        "Netto in busta",
        "Accredito su IBAN",
        "",
        "Codice fiscale",
    ),
    "nl": (
        "LOONSTROOK",
        "Werknemer",
        "Personeelsnr.",
        "Adres",
        "Geboortedatum",
        "Periode",
        "Bruto loon",
        "Netto uitbetaald",
        "Uitbetaald op",
        "",
        "Loonheffingennr.",
    ),
    "pt": (
        "RECIBO DE VENCIMENTO",
        "Colaborador",
        "Nº mecanográfico",
        "Morada",
        "Data de nascimento",
        "Período",
        "Total ilíquido",
        "Líquido a receber",
        "Transferência para",
        "",
        "NISS",
    ),
}
EMPLOYER = {
    "en": ["Halden Freight Ltd", "Northgate Bakeries Inc."],
    "de": ["Elbkontor Logistik GmbH", "Bäckerei Wendehals KG"],
    "fr": ["Transports Ardoise SAS", "Boulangeries du Cher SARL"],
    "es": ["Logística Sierra S.L.", "Panaderías Ribera S.A."],
    "it": ["Trasporti Collina S.r.l.", "Forno Adriatico S.p.A."],
    "nl": ["Vrachtwerk B.V.", "Bakkerij De Zeef B.V."],
    "pt": ["Transportes Ribeira, Lda.", "Padarias do Douro, S.A."],
}


def _money(ctx: Ctx, lang: str, lo: int, hi: int) -> str:
    v = ctx.rng.randint(lo, hi)
    c = ctx.rng.randint(0, 99)
    if lang == "en":
        return f"{v:,}.{c:02d}"
    return f"{v:,}".replace(",", ".") + f",{c:02d}"


def payslip(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    lab = PAY[lang]
    given, sur = person(ctx, lang)
    name = f"{sur.upper()}, {given}" if r.random() < 0.35 else f"{given} {sur}"
    w = 22
    rows = [f"{r.choice(EMPLOYER[lang])}", lab[0], ""]
    rows.append(f"{lab[1]:<{w}}{m('PERSON', name)}")
    rows.append(f"{lab[2]:<{w}}{d('employee-id', ctx.digits(r.choice([4, 5, 6])))}")
    rows.append(
        f"{lab[3]:<{w}}{m('STREET_ADDRESS', r.choice(STREETS[lang]))}, {r.choice(TOWNS[lang])}"
    )
    if lang in ("de", "it", "nl") or r.random() < 0.4:
        rows.append(
            f"{lab[4]:<{w}}{m('DATE_OF_BIRTH', dob_text(ctx, lang, birth(ctx, 1958, 2004), 'num'))}"
        )
    month = r.randint(1, 12)
    rows.append(f"{lab[5]:<{w}}{d('period', f'{month:02d}/2026')}")
    if lang == "en" and r.random() < 0.6:
        rows.append(f"{lab[9]:<{w}}{m('US_SSN', ctx.ssn())}")
    elif lang != "en":
        tid = {
            "de": ctx.digits(11),
            "fr": f"{r.choice('12')} {ctx.digits(2)} {ctx.digits(2)} {ctx.digits(2)} {ctx.digits(3)} {ctx.digits(3)} {ctx.digits(2)}",
            "es": f"{ctx.digits(2)}/{ctx.digits(8)}/{ctx.digits(2)}",
            "it": f"{sur[:3].upper()}{given[:3].upper()}{r.randint(60, 99)}B{r.randint(10, 60)}F{ctx.digits(3)}K",
            "nl": f"{ctx.digits(9)}L01",
            "pt": ctx.digits(11),
        }[lang]
        rows.append(f"{lab[10]:<{w}}{d('national-id', tid)}")
    rows.append("")
    gross = _money(ctx, lang, 1900, 6400)
    rows.append(f"{lab[6]:<{w}}{d('amount', gross)}")
    for _ in range(r.randint(1, 2)):
        rows.append(
            f"  {r.choice(['-', '+'])} {d('wage-code', str(r.randint(100, 999)))}  {d('amount', _money(ctx, lang, 20, 900))}"
        )
    rows.append(f"{lab[7]:<{w}}{d('amount', _money(ctx, lang, 1300, 4200))}")
    acct = ctx.iban("GB" if r.random() < 0.5 else "IE") if lang == "en" else iban(ctx, lang)
    rows.append(f"{lab[8]:<{w}}{m('IBAN', acct)}")
    return "\n".join(rows)


BAILIFF = {
    "en": "NOTICE OF ENFORCEMENT\nEnforcement agent: {agent}, {office}\nTo: {name}\n{street}, {town}\nDate of birth of debtor: {dob}\nCase reference {case}. The outstanding sum of {amount} under the judgment must be paid within 7 days to account {iban}, quoting the case reference. If you cannot pay in full, call {phone} or write to {mail} before the visit on {visit}. A second visit adds a fee of {fee}.",
    "de": "Obergerichtsvollzieherin {agent}, {office}\nHerrn/Frau {name}\n{street}, {town}\nVollstreckungsauftrag, DR II {case}\nSchuldner/in, geb. {dob}\nSie werden aufgefordert, den Betrag von {amount} binnen einer Woche auf das Dienstkonto {iban} zu überweisen (Verwendungszweck: DR II {case}). Sprechzeiten telefonisch unter {phone}, schriftlich an {mail}. Andernfalls erfolgt ein Vollstreckungsversuch am {visit}; die Kosten von {fee} trägt der Schuldner.",
    "fr": "Commissaire de justice {agent}, {office}\nSIGNIFICATION - COMMANDEMENT DE PAYER\nÀ {name}, né(e) le {dob}\ndemeurant {street}, {town}\nDossier n° {case}. Vous êtes tenu(e) de régler la somme de {amount} dans un délai de huit jours par virement sur le compte {iban}. Pour un échéancier, contactez l'étude au {phone} ou par courriel {mail}. À défaut, une saisie pourra être pratiquée à compter du {visit}. Coût de l'acte : {fee}.",
    "es": "JUZGADO - SERVICIO COMÚN DE NOTIFICACIONES Y EMBARGOS\nProcurador/a: {agent}, {office}\nRequerido/a: {name}, nacido/a el {dob}\nDomicilio: {street}, {town}\nEjecución {case}. Se le requiere el pago de {amount} en el plazo de diez días mediante ingreso en la cuenta {iban}. Para consultas: teléfono {phone}, correo {mail}. Diligencia de embargo señalada para el {visit}. Costas: {fee}.",
    "it": "UFFICIALE GIUDIZIARIO - ATTO DI PRECETTO\nAvv. {agent}, {office}\nA: {name}, nato/a il {dob}\nresidente in {street}, {town}\nProcedura n. {case}. Si intima il pagamento di {amount} entro dieci giorni mediante bonifico sul conto {iban}. Per informazioni tel. {phone}, e-mail {mail}. In mancanza si procederà a pignoramento dal {visit}. Spese: {fee}.",
    "nl": "Gerechtsdeurwaarder {agent}, {office}\nEXPLOOT VAN BETEKENING\nAan: {name}, geboren op {dob}\n{street}, {town}\nDossiernummer {case}. U dient het bedrag van {amount} binnen twee dagen over te maken op rekening {iban} onder vermelding van het dossiernummer. Een betalingsregeling? Bel {phone} of mail naar {mail}. Zonder betaling volgt beslag op {visit}. Kosten van dit exploot: {fee}.",
    "pt": "AGENTE DE EXECUÇÃO {agent}, {office}\nCITAÇÃO - PROCESSO EXECUTIVO\nExecutado/a: {name}, nascido/a a {dob}\nMorada: {street}, {town}\nProcesso n.º {case}. Fica citado/a para pagar {amount} no prazo de vinte dias por transferência para o IBAN {iban}. Contactos do escritório: telefone {phone}, e-mail {mail}. Penhora agendada para {visit}. Despesas: {fee}.",
}


def bailiff(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    ga, sa = person(ctx, lang)
    g, s = person(ctx, lang)
    visit = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2027"
    vals = {
        "agent": m("PERSON", f"{ga} {sa}"),
        "office": f"{r.choice(STREETS[lang])}",
        "name": m("PERSON", f"{g} {s.upper() if r.random() < 0.3 else s}"),
        "street": m("STREET_ADDRESS", r.choice(STREETS[lang])),
        "town": r.choice(TOWNS[lang]),
        "dob": m("DATE_OF_BIRTH", dob_text(ctx, lang, birth(ctx))),
        "case": d("file-no", f"{r.randint(100, 4999)}/{r.choice(['26', '2026', '27'])}"),
        "amount": d("amount", _money(ctx, lang, 180, 14800) + (" €" if lang != "en" else "")),
        "iban": m("IBAN", iban(ctx, lang, True) if lang != "en" else ctx.iban("GB", True)),
        "phone": m("PHONE", phone(ctx, lang, "nat")),
        "mail": m("EMAIL", email(ctx, lang, ga, sa)),
        "visit": d("visit-date", visit),
        "fee": d("fee", _money(ctx, lang, 18, 140)),
    }
    # The office's own street is the bailiff's workplace: labeled too (it is a street line).
    vals["office"] = m("STREET_ADDRESS", vals["office"])
    return BAILIFF[lang].format(**vals)


CAMP = {
    "en": (
        "Registration confirmed: {camp}",
        "Dear {parent},",
        "thank you for registering {child} (date of birth {dob}) for {session}. Your booking reference is {ref}; the balance of {amount} is due by bank transfer to {iban}.",
        "Emergency contact on file: {contact}, {phone}. Please let us know of any change.",
        "Kind regards,\n{staff}\n{camp} | {cphone}",
    ),
    "de": (
        "Anmeldebestätigung: {camp}",
        "Liebe/r {parent},",
        "vielen Dank für die Anmeldung von {child} (geb. {dob}) für {session}. Ihre Buchungsnummer lautet {ref}; bitte überweisen Sie den Restbetrag von {amount} auf {iban}.",
        "Notfallkontakt: {contact}, {phone}. Bitte teilen Sie uns Änderungen mit.",
        "Viele Grüße\n{staff}\n{camp} | {cphone}",
    ),
    "fr": (
        "Inscription confirmée : {camp}",
        "Bonjour {parent},",
        "merci pour l'inscription de {child} (né(e) le {dob}) au {session}. Votre référence de réservation est {ref} ; le solde de {amount} est à régler par virement sur {iban}.",
        "Contact d'urgence : {contact}, {phone}. Merci de nous signaler tout changement.",
        "Bien cordialement,\n{staff}\n{camp} | {cphone}",
    ),
    "es": (
        "Inscripción confirmada: {camp}",
        "Hola {parent}:",
        "gracias por inscribir a {child} (fecha de nacimiento {dob}) en el {session}. Su localizador es {ref}; el resto, {amount}, se abona por transferencia a {iban}.",
        "Contacto de emergencia: {contact}, {phone}. Avísenos de cualquier cambio.",
        "Un saludo,\n{staff}\n{camp} | {cphone}",
    ),
    "it": (
        "Iscrizione confermata: {camp}",
        "Gentile {parent},",
        "grazie per aver iscritto {child} (data di nascita {dob}) al {session}. Il codice prenotazione è {ref}; il saldo di {amount} va versato con bonifico su {iban}.",
        "Contatto di emergenza: {contact}, {phone}. Ci comunichi eventuali variazioni.",
        "Cordiali saluti,\n{staff}\n{camp} | {cphone}",
    ),
    "nl": (
        "Inschrijving bevestigd: {camp}",
        "Beste {parent},",
        "bedankt voor het inschrijven van {child} (geboortedatum {dob}) voor {session}. Je boekingsnummer is {ref}; het restbedrag van {amount} graag overmaken naar {iban}.",
        "Noodcontact: {contact}, {phone}. Laat het ons weten als er iets verandert.",
        "Groeten,\n{staff}\n{camp} | {cphone}",
    ),
    "pt": (
        "Inscrição confirmada: {camp}",
        "Olá {parent},",
        "obrigado por inscrever {child} (data de nascimento {dob}) no {session}. A referência da reserva é {ref}; o restante, {amount}, deve ser pago por transferência para {iban}.",
        "Contacto de emergência: {contact}, {phone}. Avise-nos de qualquer alteração.",
        "Com os melhores cumprimentos,\n{staff}\n{camp} | {cphone}",
    ),
}
CAMPS = {
    "en": "Pinewood Lake Camp",
    "de": "Feriencamp Heidesee",
    "fr": "Colo des Trois Vallées",
    "es": "Campamento Los Pinares",
    "it": "Campo estivo Val di Sole",
    "nl": "Zomerkamp De Kieviet",
    "pt": "Campo de Férias Serra Azul",
}
SESSION = {
    "en": "Session {n}",
    "de": "Turnus {n}",
    "fr": "séjour {n}",
    "es": "turno {n}",
    "it": "turno {n}",
    "nl": "kampweek {n}",
    "pt": "turno {n}",
}
REPLY = {
    "en": "Thanks, one correction: my new mobile is {phone2}.",
    "de": "Danke! Kleine Korrektur: meine neue Handynummer ist {phone2}.",
    "fr": "Merci ! Petite correction : mon nouveau portable est le {phone2}.",
    "es": "¡Gracias! Una corrección: mi nuevo móvil es {phone2}.",
    "it": "Grazie! Una correzione: il mio nuovo cellulare è {phone2}.",
    "nl": "Dank je! Eén correctie: mijn nieuwe mobiele nummer is {phone2}.",
    "pt": "Obrigado! Uma correção: o meu novo telemóvel é {phone2}.",
}
WROTE = {
    "en": "wrote",
    "de": "schrieb",
    "fr": "a écrit",
    "es": "escribió",
    "it": "ha scritto",
    "nl": "schreef",
    "pt": "escreveu",
}


def camp_mail(ctx: Ctx, lang: str) -> tuple[str, bool]:
    """A camp's confirmation as a raw .eml, or the parent's reply quoting it; True if prose to wrap."""
    r = ctx.rng
    pg, ps = person(ctx, lang)
    child = r.choice([x for x in GIVEN[lang] if x != pg])
    sg, ss = person(ctx, lang)
    cg, cs = person(ctx, lang)
    camp = CAMPS[lang]
    dom = r.choice(["example.org", "camp.test", "example.net"])
    staff_mail = ctx.uniq(
        lambda: (
            f"{r.choice(['anmeldung', 'booking', 'info', 'inscripciones', 'iscrizioni'])}{r.randint(1, 999)}@{dom}"
        )
    )
    parent_mail = email(ctx, lang, pg, ps)
    t = CAMP[lang]
    vals = {
        "camp": camp,
        "parent": m("PERSON", f"{pg} {ps}" if r.random() < 0.5 else pg),
        "child": m("PERSON", f"{child} {ps}"),
        "dob": m("DATE_OF_BIRTH", dob_text(ctx, lang, birth(ctx, 2011, 2019))),
        "session": SESSION[lang].format(n=r.randint(1, 4))
        + f" ({d('session-date', f'{r.randint(1, 28):02d}.07.2027')})",
        "ref": d("booking", f"PL{ctx.digits(6)}"),
        "amount": d("amount", _money(ctx, lang, 120, 890) + ("" if lang == "en" else " €")),
        "iban": m("IBAN", iban(ctx, lang) if lang != "en" else ctx.iban("GB")),
        "contact": m("PERSON", f"{cg} {cs}"),
        "phone": m("PHONE", phone(ctx, lang)),
        "staff": m("PERSON", f"{sg} {ss}"),
        "cphone": m("PHONE", phone(ctx, lang, "nat")),
    }
    day = r.randint(1, 28)
    mid = d("message-id", f"<{ctx.hexs(16)}.{ctx.digits(6)}@mail.{dom}>")
    body = "\n\n".join(x.format(**vals) for x in t[1:])
    hdr = [
        f"From: {camp} <{m('EMAIL', staff_mail)}>",
        f"To: {m('PERSON', f'{pg} {ps}')} <{m('EMAIL', parent_mail)}>",
        f"Subject: {t[0].format(camp=camp)}",
        f"Date: Mon, {day} Mar 2027 10:{r.randint(10, 59)}:{r.randint(10, 59)} +0100",
        f"Message-ID: {mid}",
    ]
    if r.random() < 0.25:
        reply_hdr = [
            f"From: {m('PERSON', f'{pg} {ps}')} <{m('EMAIL', parent_mail)}>",
            f"To: {m('EMAIL', staff_mail)}",
            f"Subject: Re: {t[0].format(camp=camp)}",
            f"In-Reply-To: {mid}",
        ]
        quoted = "\n".join("> " + ln if ln else ">" for ln in body.split("\n"))
        lead = REPLY[lang].format(phone2=m("PHONE", phone(ctx, lang)))
        return (
            "\n".join(reply_hdr)
            + f"\n\n{lead}\n\n{m('PERSON', pg)}\n\n{m('PERSON', f'{sg} {ss}')} {WROTE[lang]}:\n{quoted}\n",
            False,
        )
    return "\n".join(hdr) + "\n\n" + body + "\n", True


MOVE = {
    "en": (
        "Moving home - new electricity account",
        "Account holder",
        "Date of birth",
        "Supply address",
        "Moving-in date",
        "MPAN",
        "Meter serial",
        "Opening reading",
        "Phone",
        "Email",
        "Direct debit account",
        "Previous address",
    ),
    "de": (
        "Anmeldung Strom - Einzug",
        "Vertragspartner",
        "Geburtsdatum",
        "Lieferanschrift",
        "Einzugsdatum",
        "Marktlokation",
        "Zählernummer",
        "Zählerstand bei Einzug",
        "Telefon",
        "E-Mail",
        "SEPA-Lastschrift IBAN",
        "Bisherige Anschrift",
    ),
    "fr": (
        "Emménagement - souscription électricité",
        "Titulaire",
        "Date de naissance",
        "Adresse de fourniture",
        "Date d'emménagement",
        "PDL",
        "N° de compteur",
        "Index relevé",
        "Téléphone",
        "E-mail",
        "Prélèvement SEPA - IBAN",
        "Ancienne adresse",
    ),
    "es": (
        "Alta de suministro por cambio de domicilio",
        "Titular",
        "Fecha de nacimiento",
        "Dirección de suministro",
        "Fecha de alta",
        "CUPS",
        "Nº de contador",
        "Lectura inicial",
        "Teléfono",
        "Correo",
        "Domiciliación IBAN",
        "Dirección anterior",
    ),
    "it": (
        "Subentro fornitura luce",
        "Intestatario",
        "Data di nascita",
        "Indirizzo di fornitura",
        "Data subentro",
        "POD",
        "Matricola contatore",
        "Lettura iniziale",
        "Telefono",
        "E-mail",
        "Addebito SEPA IBAN",
        "Indirizzo precedente",
    ),
    "nl": (
        "Verhuizing - aanmelding stroom",
        "Contractant",
        "Geboortedatum",
        "Leveringsadres",
        "Verhuisdatum",
        "EAN-code",
        "Meternummer",
        "Meterstand",
        "Telefoon",
        "E-mail",
        "Automatische incasso IBAN",
        "Vorig adres",
    ),
    "pt": (
        "Mudança de casa - contrato de eletricidade",
        "Titular",
        "Data de nascimento",
        "Morada de fornecimento",
        "Data de entrada",
        "CPE",
        "Nº do contador",
        "Leitura inicial",
        "Telefone",
        "E-mail",
        "Débito direto IBAN",
        "Morada anterior",
    ),
}


def move_in(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    lab = MOVE[lang]
    g, s = person(ctx, lang)
    point = {
        "en": f"{ctx.digits(2)} {ctx.digits(3)} {ctx.digits(3)} {ctx.digits(4)} {ctx.digits(4)} {ctx.digits(3)}",
        "de": f"{r.randint(1, 9)}{ctx.digits(10)}",
        "fr": ctx.digits(14),
        "es": f"ES0021{ctx.digits(12)}{r.choice('ABCDEFGHJKLM')}{r.choice('NPQRSTVWXY')}0F",
        "it": f"IT001E{ctx.digits(8)}",
        "nl": f"871{ctx.digits(15)}",
        "pt": f"PT0002{ctx.digits(12)}{r.choice('ABCDEFGH')}{r.choice('JKLMNPQR')}",
    }[lang]
    sep = " .... " if r.random() < 0.3 else ": "
    rows = [lab[0], "-" * len(lab[0])]
    holder = f"{s.upper()} {g}" if r.random() < 0.25 else f"{g} {s}"
    rows.append(f"{lab[1]}{sep}{m('PERSON', holder)}")
    rows.append(
        f"{lab[2]}{sep}{m('DATE_OF_BIRTH', dob_text(ctx, lang, birth(ctx), r.choice(['num', 'iso', 'num'])))}"
    )
    rows.append(
        f"{lab[3]}{sep}{m('STREET_ADDRESS', r.choice(STREETS[lang]))}, {r.choice(TOWNS[lang])}"
    )
    rows.append(
        f"{lab[4]}{sep}{d('move-date', f'{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2027')}"
    )
    rows.append(f"{lab[5]}{sep}{d('supply-point', point)}")
    rows.append(f"{lab[6]}{sep}{d('meter', ctx.digits(r.choice([8, 9, 10])))}")
    rows.append(f"{lab[7]}{sep}{d('reading', f'{r.randint(100, 99999)} kWh')}")
    rows.append(f"{lab[8]}{sep}{m('PHONE', phone(ctx, lang))}")
    if r.random() < 0.8:
        rows.append(f"{lab[9]}{sep}{m('EMAIL', email(ctx, lang, g, s))}")
    if lang == "en" and r.random() < 0.5:
        rows.append(f"SSN (credit check){sep}{m('US_SSN', ctx.ssn(r.choice(['-', '-', ' '])))}")
    if r.random() < 0.75:
        acct = ctx.iban("GB") if lang == "en" else iban(ctx, lang)
        rows.append(f"{lab[10]}{sep}{m('IBAN', acct)}")
    if r.random() < 0.5:
        rows.append(
            f"{lab[11]}{sep}{m('STREET_ADDRESS', r.choice(STREETS[lang]))}, {r.choice(TOWNS[lang])}"
        )
    return "\n".join(rows)
