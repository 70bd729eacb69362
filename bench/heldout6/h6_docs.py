"""Document templates of the sixth held-out set: listings, bounces, web-form notices,
prescriptions, baggage reports, rental agreements, SEPA mandates, birth notices, expat mail.

Each template takes a ``Ctx`` and returns ``(kind, marked text)``.
"""

from __future__ import annotations

from h6_markup import Ctx
from h6_pools import COMPANY, MONTHS, TOWN


def _town(c: Ctx) -> str:
    town, pc = c.rng.choice(TOWN[c.lang])
    return f"{pc} {town}" if c.lang not in ("en",) else f"{town} {pc}"


def listing(c: Ctx) -> tuple[str, str]:
    agent, g, s = c.person()
    L = c.lang
    head = {
        "en": "Charming {a} flat, south-facing balcony. Asking {p}. {ref}",
        "de": "Helle Wohnung, {a}, Balkon nach Süden. Kaufpreis {p}. {ref}",
        "fr": "Bel appartement de {a}, balcon plein sud. Prix : {p}. {ref}",
        "es": "Piso luminoso de {a}, balcón al sur. Precio: {p}. {ref}",
        "it": "Trilocale luminoso di {a}, balcone esposto a sud. Prezzo {p}. {ref}",
        "nl": "Licht appartement van {a}, balkon op het zuiden. Vraagprijs {p}. {ref}",
        "pt": "Apartamento T2 com {a}, varanda a sul. Preço {p}. {ref}",
    }[L]
    body = {
        "en": "Viewings by appointment: call {ag} on {ph} or write to {em}.\n"
        "Address: {st}, {tw}. Coordinates {geo}. Listed {dt}.",
        "de": "Besichtigung nach Vereinbarung: {ag}, Tel. {ph}, {em}.\n"
        "Objektadresse: {st}, {tw} (GPS {geo}). Eingestellt am {dt}.",
        "fr": "Visites sur rendez-vous auprès de {ag} au {ph} ou par mail : {em}.\n"
        "Adresse du bien : {st}, {tw}. Position {geo}. Annonce du {dt}.",
        "es": "Visitas con cita previa: {ag}, tel. {ph}, correo {em}.\n"
        "Dirección: {st}, {tw}. Ubicación {geo}. Publicado el {dt}.",
        "it": "Visite su appuntamento: {ag}, cell. {ph}, {em}.\n"
        "Indirizzo: {st}, {tw}. Coordinate {geo}. Pubblicato il {dt}.",
        "nl": "Bezichtiging op afspraak: {ag}, tel. {ph}, {em}.\n"
        "Adres: {st}, {tw}. Locatie {geo}. Geplaatst op {dt}.",
        "pt": "Visitas por marcação: {ag}, tlm. {ph}, {em}.\n"
        "Morada: {st}, {tw}. Coordenadas {geo}. Publicado a {dt}.",
    }[L]
    txt = head.format(a=c.d("area"), p=c.d("price"), ref=c.d("listing")) + "\n\n"
    txt += body.format(ag=agent, ph=c.phone(), em=c.email(g, s), st=c.street(), tw=_town(c),
                       geo=c.d("geo"), dt=c.d("date"))  # fmt: skip
    if c.rng.random() < 0.5:
        seller, _, _ = c.person()
        note = {"en": "Owner {n} can also be reached on {p}.",
                "de": "Eigentümerin {n} ist auch direkt erreichbar: {p}.",
                "fr": "Le propriétaire, {n}, répond aussi au {p}.",
                "es": "La propietaria, {n}, atiende también en el {p}.",
                "it": "Il proprietario {n} risponde anche al {p}.",
                "nl": "Eigenaar {n} is ook bereikbaar op {p}.",
                "pt": "O proprietário, {n}, atende também pelo {p}."}[L]  # fmt: skip
        txt += "\n" + note.format(n=seller, p=c.phone())
    return "prose", txt


def bounce(c: Ctx) -> tuple[str, str]:
    to_p, g, s = c.person()
    fr_p, g2, s2 = c.person()
    dest = c.email(g, s, dodge=0)
    intro = {"en": "This is the mail system at host mx2.example.net.\n\nI'm sorry to have to "
             "inform you that your message could not be delivered to one or more recipients.",
             "de": "Dies ist das Mailsystem von mx2.example.net.\n\nIhre Nachricht konnte an "
             "einen oder mehrere Empfänger nicht zugestellt werden.",
             "fr": "Ceci est le système de messagerie de mx2.example.net.\n\nVotre message n'a "
             "pas pu être remis à un ou plusieurs destinataires.",
             "es": "Este es el sistema de correo de mx2.example.net.\n\nNo se ha podido "
             "entregar su mensaje a uno o más destinatarios."}[c.lang]  # fmt: skip
    sub = {
        "en": "Re: your tenancy renewal",
        "de": "AW: Ihre Schadenmeldung",
        "fr": "RE: votre dossier d'inscription",
        "es": "RE: su solicitud de alquiler",
    }[c.lang]
    return "email", (
        f"From: MAILER-DAEMON@mx2.example.net\nSubject: Undelivered Mail Returned to Sender\n\n"
        f"{intro}\n\n<{dest}>: host mail.example.org[{c.ip()}] said: 550 5.1.1 "
        f"mailbox unavailable\n\n--- Delivery report ---\nReporting-MTA: dns; mx2.example.net\n"
        f"X-Queue-ID: {c.d('git')}\nArrival-Date: {c.d('timestamp')}\n\n"
        f"Final-Recipient: rfc822; {dest}\nStatus: 5.1.1\n\n"
        f"--- Original message headers ---\nFrom: {fr_p} <{c.email(g2, s2, dodge=0)}>\n"
        f"To: {to_p} <{dest}>\n"
        f"Subject: {sub}\nMessage-ID: <{c.d('uuid')}@example.net>\n"
        f"Received: from laptop ([{c.ip(cidr=0)}]) by smtp.example.net"
    )


def webform(c: Ctx) -> tuple[str, str]:
    p, g, s = c.person()
    L = c.lang
    lab = {"en": ("Name", "Email", "Phone", "Date of birth", "Message"),
           "de": ("Name", "E-Mail", "Telefon", "Geburtsdatum", "Nachricht"),
           "fr": ("Nom", "Courriel", "Téléphone", "Date de naissance", "Message"),
           "es": ("Nombre", "Correo", "Teléfono", "Fecha de nacimiento", "Mensaje"),
           "it": ("Nome", "Email", "Telefono", "Data di nascita", "Messaggio"),
           "nl": ("Naam", "E-mail", "Telefoon", "Geboortedatum", "Bericht"),
           "pt": ("Nome", "Email", "Telefone", "Data de nascimento", "Mensagem")}[L]  # fmt: skip
    msg = {"en": "I can't log in to the patient portal since the update. My password is {pw} "
           "if that helps, username is the email above.",
           "de": "Ich komme seit dem Update nicht mehr ins Kundenportal. Mein Passwort ist {pw}, "
           "Benutzer ist die Mailadresse.",
           "fr": "Impossible de me connecter à l'espace adhérent. Mon mot de passe est {pw}, "
           "l'identifiant est mon adresse mail.",
           "es": "No puedo entrar en el área de clientes. Mi contraseña es {pw} y el usuario "
           "es el correo de arriba.",
           "it": "Non riesco ad accedere all'area clienti. La mia password è {pw}, utente "
           "la mail qui sopra.",
           "nl": "Ik kan niet inloggen op het klantportaal. Mijn wachtwoord is {pw}, "
           "gebruikersnaam is het mailadres.",
           "pt": "Não consigo entrar na área de cliente. A minha palavra-passe é {pw}, "
           "o utilizador é o email acima."}[L]  # fmt: skip
    hdr = {"en": "New submission from Contact form", "de": "Neue Anfrage über Kontaktformular",
           "fr": "Nouveau message via le formulaire de contact",
           "es": "Nuevo envío del formulario de contacto",
           "it": "Nuovo invio dal modulo di contatto",
           "nl": "Nieuwe inzending via contactformulier",
           "pt": "Nova submissão do formulário de contacto"}[L]  # fmt: skip
    body = msg.format(pw=c.pw()) if c.rng.random() < 0.6 else c.d("ticket") + " — " + c.d("order")
    lines = [f"{hdr} ({c.d('timestamp')})", "", f"{lab[0]}: {p}", f"{lab[1]}: {c.email(g, s)}",
             f"{lab[2]}: {c.phone()}"]  # fmt: skip
    if c.rng.random() < 0.6:
        lines.append(f"{lab[3]}: {c.dob()}")
    if L == "en" and c.rng.random() < 0.4:
        lines.append(f"SSN (for the background check): {c.ssn()}")
    lines += [f"{lab[4]}: {body}", "", f"--\nSubmitted from {c.ip()} · entry {c.d('uuid')}"]
    return "form", "\n".join(lines)


def rx(c: Ctx) -> tuple[str, str]:
    pat, _, _ = c.person()
    doc, _, _ = c.person()
    L = c.lang
    lab = {"en": ("E-PRESCRIPTION", "Patient", "DOB", "Address", "Prescriber", "Practice phone",
                  "Diagnosis", "Issued"),
           "de": ("E-REZEPT", "Versicherte/r", "geb.", "Anschrift", "Arzt", "Praxis-Tel.",
                  "Diagnose", "Ausgestellt"),
           "fr": ("ORDONNANCE ÉLECTRONIQUE", "Patient(e)", "Né(e) le", "Adresse", "Prescripteur",
                  "Tél. cabinet", "Diagnostic", "Établie le"),
           "es": ("RECETA ELECTRÓNICA", "Paciente", "F. nac.", "Domicilio", "Médico",
                  "Tel. consulta", "Diagnóstico", "Emitida"),
           "it": ("RICETTA ELETTRONICA", "Assistito", "Nato il", "Indirizzo", "Medico",
                  "Tel. studio", "Diagnosi", "Emessa il"),
           "nl": ("E-RECEPT", "Patiënt", "Geb.datum", "Adres", "Voorschrijver", "Tel. praktijk",
                  "Diagnose", "Uitgegeven"),
           "pt": ("RECEITA ELETRÓNICA", "Utente", "Data nasc.", "Morada", "Médico",
                  "Tel. consultório", "Diagnóstico", "Emitida")}[L]  # fmt: skip
    title = {"en": "Dr ", "de": "Dr. med. ", "fr": "Dr ", "es": "Dra. ", "it": "Dott. ",
             "nl": "dr. ", "pt": "Dr. "}[L]  # fmt: skip
    return "form", (
        f"{lab[0]}  {c.d('part')}\n{lab[1]}: {pat}   {lab[2]} {c.dob()}\n"
        f"{lab[3]}: {c.street()}, {_town(c)}\n{lab[4]}: {title}{doc}\n"
        f"{lab[5]}: {c.phone()}\n{lab[6]}: {c.d('icd')}\nRx: Amoxicillin 500 mg, "
        f"{c.d('qty')}\n{lab[7]}: {c.d('date')}"
    )


def baggage(c: Ctx) -> tuple[str, str]:
    p, g, s = c.person()
    L = c.lang
    lab = {"en": ("PROPERTY IRREGULARITY REPORT", "Passenger", "Flight", "Bag tag",
                  "Delivery address", "Contact phone", "Email", "Booking"),
           "de": ("GEPÄCKERMITTLUNGSBERICHT", "Fluggast", "Flug", "Gepäckschein",
                  "Zustelladresse", "Telefon", "E-Mail", "Buchung"),
           "fr": ("DÉCLARATION D'IRRÉGULARITÉ BAGAGE", "Passager", "Vol", "Étiquette",
                  "Adresse de livraison", "Téléphone", "E-mail", "Réservation"),
           "es": ("PARTE DE IRREGULARIDAD DE EQUIPAJE", "Pasajero", "Vuelo", "Etiqueta",
                  "Dirección de entrega", "Teléfono", "Correo", "Reserva")}[L]  # fmt: skip
    name = p if c.rng.random() < 0.6 else c.v("PERSON", f"{s.upper()}/{g.upper()}")
    return "form", (
        f"{lab[0]}\n{lab[1]}: {name}\n{lab[2]}: {c.d('flight')} / {c.d('date')}\n"
        f"{lab[3]}: {c.d('bagtag')}\n{lab[7]}: {c.d('pnr')}\n{lab[4]}: {c.street(0.6)}, "
        f"{_town(c)}\n{lab[5]}: {c.phone()}\n{lab[6]}: {c.email(g, s)}"
    )


def rental(c: Ctx) -> tuple[str, str]:
    p, g, s = c.person()
    L = c.lang
    lab = {"en": ("RENTAL AGREEMENT", "Main driver", "Date of birth", "Home address", "Mobile",
                  "Card on file", "Deposit", "Mileage out"),
           "de": ("MIETVERTRAG", "Hauptfahrer", "Geburtsdatum", "Wohnanschrift", "Mobil",
                  "Hinterlegte Karte", "Kaution", "Km-Stand"),
           "fr": ("CONTRAT DE LOCATION", "Conducteur principal", "Date de naissance",
                  "Adresse", "Portable", "Carte enregistrée", "Caution", "Km départ"),
           "es": ("CONTRATO DE ALQUILER", "Conductor principal", "Fecha de nacimiento",
                  "Domicilio", "Móvil", "Tarjeta", "Fianza", "Km salida")}[L]  # fmt: skip
    extra = ""
    if c.rng.random() < 0.4:
        d2, _, _ = c.person()
        extra = f"\n2nd driver: {d2}, {lab[2]} {c.dob()}"
    return "form", (
        f"{lab[0]} {c.d('pnr')}\n{lab[1]}: {p}\n{lab[2]}: {c.dob()}\n{lab[3]}: {c.street()}, "
        f"{_town(c)}\n{lab[4]}: {c.phone()}\nE-mail: {c.email(g, s)}\n{lab[5]}: {c.card()}\n"
        f"{lab[6]}: {c.d('price')}\n{lab[7]}: {c.rng.randint(1000, 90000)} km{extra}\n"
        f"Voucher: {c.d('luhn-invalid')}"
    )


def mandate(c: Ctx) -> tuple[str, str]:
    p, _, _ = c.person()
    L = c.lang
    t = {"en": ("SEPA Direct Debit Mandate", "Creditor identifier", "Mandate reference",
                "Debtor", "Address", "IBAN", "Place, date"),
         "de": ("SEPA-Lastschriftmandat", "Gläubiger-ID", "Mandatsreferenz", "Kontoinhaber",
                "Anschrift", "IBAN", "Ort, Datum"),
         "fr": ("Mandat de prélèvement SEPA", "ICS", "Référence unique du mandat", "Débiteur",
                "Adresse", "IBAN", "Fait à, le"),
         "es": ("Orden de domiciliación SEPA", "Identificador del acreedor",
                "Referencia de la orden", "Titular", "Dirección", "IBAN", "Lugar y fecha"),
         "it": ("Mandato SDD", "Codice creditore", "Riferimento mandato", "Debitore",
                "Indirizzo", "IBAN", "Luogo e data"),
         "nl": ("Machtiging SEPA", "Incassant ID", "Kenmerk machtiging", "Naam",
                "Adres", "IBAN", "Plaats, datum"),
         "pt": ("Autorização de Débito Direto SEPA", "ID do credor", "Referência da ADD",
                "Devedor", "Morada", "IBAN", "Local e data")}[L]  # fmt: skip
    return "form", (
        f"{t[0]}\n{t[1]}: {c.d('creditor-id')}\n{t[2]}: {c.d('member')}\n\n{t[3]}: {p}\n"
        f"{t[4]}: {c.street()}, {_town(c)}\n{t[5]}: {c.iban()}\nBIC: "
        f"{c.rng.choice(['COBADEFFXXX', 'BNPAFRPP', 'CAIXESBBXXX', 'INGBNL2A', 'BCOMPTPL'])}\n"
        f"{t[6]}: {c.d('date')}"
    )


def birth(c: Ctx) -> tuple[str, str]:
    L = c.lang
    baby_g, sur = c.names()
    mum, _, _ = c.person()
    y, m, d = c.rng.randint(2025, 2026), c.rng.randint(1, 12), c.rng.randint(1, 28)
    mon = MONTHS[L][m - 1]
    when = {"en": f"{mon} {d}, {y}", "de": f"{d}. {mon} {y}", "fr": f"{d} {mon} {y}",
            "es": f"{d} de {mon} de {y}", "it": f"{d} {mon} {y}", "nl": f"{d} {mon} {y}",
            "pt": f"{d} de {mon} de {y}"}[L]  # fmt: skip
    key = f"{y}{m:02d}{d:02d}"
    if key in c.seen:
        when = f"{d:02d}/{m:02d}/{y}" if L != "de" else f"{d:02d}.{m:02d}.{y}"
    c.seen.add(key)
    baby = c.v("PERSON", f"{baby_g} {sur}")
    txt = {"en": "We are delighted to announce the arrival of {b}, born on {w} at 3.2 kg. "
           "Proud parents {m} and family. Cards to {s}, {t} or call {p}.",
           "de": "Wir freuen uns über die Geburt von {b}, geboren am {w}. Die glücklichen "
           "Eltern {m} und Familie. Post bitte an {s}, {t}; Tel. {p}.",
           "fr": "Nous avons la joie de vous annoncer la naissance de {b}, né le {w}. "
           "{m} et toute la famille. Courrier : {s}, {t} — {p}.",
           "es": "Os presentamos a {b}, que nació el {w}. Sus padres, {m} y familia. "
           "Regalos a {s}, {t}; tel. {p}.",
           "it": "Siamo felici di annunciare la nascita di {b}, nato il {w}. La mamma {m}. "
           "Auguri a {s}, {t} o al {p}.",
           "nl": "Wij zijn blij met de geboorte van {b}, geboren op {w}. Trotse ouders {m}. "
           "Kaartjes naar {s}, {t}, of bel {p}.",
           "pt": "Temos a alegria de anunciar o nascimento de {b}, nascido a {w}. A mãe, {m}. "
           "Mensagens para {s}, {t} ou {p}."}[L]  # fmt: skip
    return "prose", txt.format(b=baby, w=c.v("DATE_OF_BIRTH", when), m=mum, s=c.street(),
                               t=_town(c), p=c.phone())  # fmt: skip


def expat(c: Ctx) -> tuple[str, str]:
    _p, g, _s = c.person()
    agent, _ag, _asur = c.person()
    us = Ctx(c.rng, "en", c.seen)
    txt = {"en": "Hi {g},\n\nyour Social Security card arrived at our office: SSN {ssn}. Your "
           "new lease is for {st}, {tw}. We have your date of birth as {dob}; the payroll "
           "team needs the number before the first pay run.\n\nBest regards,\n{a}\n{ph}",
           "de": "Hallo {g},\n\nIhre Social Security Number ist da: {ssn}. Mietvertrag für "
           "{st}, {tw} ist unterschrieben. Geburtsdatum laut Pass: {dob}. Bitte die SSN an "
           "Payroll weitergeben.\n\nViele Grüße\n{a}\n{ph}",
           "fr": "Bonjour {g},\n\nvotre numéro de sécurité sociale américain est le {ssn}. "
           "Le bail pour {st}, {tw} est signé. Date de naissance retenue : {dob}.\n\n"
           "Cordialement,\n{a}\n{ph}",
           "es": "Hola {g}:\n\ntu número de seguro social (SSN) es {ssn}. El contrato del piso "
           "en {st}, {tw} ya está firmado. Fecha de nacimiento: {dob}.\n\nUn saludo,\n"
           "{a}\n{ph}"}[c.lang]  # fmt: skip
    tw = c.rng.choice(["Austin, TX 78704", "Raleigh, NC 27601", "Denver, CO 80205"])
    return "email", txt.format(g=c.v("PERSON", g), ssn=c.ssn(), st=us.street(), tw=tw,
                               dob=c.dob(), a=agent, ph=c.phone())  # fmt: skip


def autoreply(c: Ctx) -> tuple[str, str]:
    dep, g, s = c.person()
    me, _, _ = c.person()
    L = c.lang
    txt = {"en": "Automatic reply: I am out of the office until {d} with limited access to "
           "email. For urgent matters please contact {dep} ({em}, {ph}).\n\n{me}\n{co}",
           "de": "Automatische Antwort: Ich bin bis einschließlich {d} nicht im Büro. In "
           "dringenden Fällen wenden Sie sich bitte an {dep}, {em}, Tel. {ph}.\n\n{me}\n{co}",
           "fr": "Réponse automatique : je suis absente jusqu'au {d}. Pour toute urgence, "
           "merci de contacter {dep} ({em} / {ph}).\n\n{me}\n{co}",
           "es": "Respuesta automática: estaré fuera de la oficina hasta el {d}. Para asuntos "
           "urgentes, contacte con {dep} en {em} o al {ph}.\n\n{me}\n{co}",
           "it": "Risposta automatica: sarò fuori ufficio fino al {d}. Per urgenze scrivere a "
           "{dep} ({em}) o chiamare il {ph}.\n\n{me}\n{co}",
           "nl": "Automatisch antwoord: ik ben afwezig tot en met {d}. Voor dringende zaken "
           "kunt u terecht bij {dep} ({em}, {ph}).\n\n{me}\n{co}",
           "pt": "Resposta automática: estarei ausente até {d}. Para assuntos urgentes, "
           "contacte {dep} ({em}, {ph}).\n\n{me}\n{co}"}[L]  # fmt: skip
    return "email", txt.format(d=c.d("date"), dep=dep, em=c.email(g, s), ph=c.phone(), me=me,
                               co=c.rng.choice(COMPANY[L]))  # fmt: skip


def cardauth(c: Ctx) -> tuple[str, str]:
    p, g, s = c.person()
    L = c.lang
    t = {"en": ("CREDIT CARD AUTHORIZATION FORM", "Cardholder", "Card number", "Billing address",
                "I authorize the hotel to charge"),
         "de": ("KREDITKARTEN-AUTORISIERUNG", "Karteninhaber", "Kartennummer", "Rechnungsadresse",
                "Ich ermächtige das Hotel, zu belasten"),
         "fr": ("AUTORISATION DE DÉBIT CARTE", "Titulaire", "N° de carte", "Adresse de facturation",
                "J'autorise l'hôtel à débiter"),
         "es": ("AUTORIZACIÓN DE CARGO EN TARJETA", "Titular", "Número de tarjeta",
                "Dirección de facturación", "Autorizo al hotel a cargar")}[L]  # fmt: skip
    exp = f"{c.rng.randint(1, 12):02d}/{c.rng.randint(27, 31)}"
    return "form", (
        f"{t[0]}\nGroup booking {c.d('pnr')} · {c.d('date')}\n{t[1]}: {p}\n{t[2]}: {c.card()}"
        f"   exp {exp}\n{t[3]}: {c.street()}, {_town(c)}\nE-mail: {c.email(g, s)}\n"
        f"Tel: {c.phone()}\n{t[4]} {c.d('price')}.\nPrevious card (declined): {c.card()}\n"
        f"Gift voucher: {c.d('luhn-invalid')}"
    )


def screening(c: Ctx) -> tuple[str, str]:
    p, g, s = c.person()
    co, _, _ = c.person()
    us = Ctx(c.rng, "en", c.seen)
    return "form", (
        f"TENANT SCREENING APPLICATION  {c.d('ticket')}\nApplicant: {p}\nSSN: {c.ssn()}\n"
        f"DOB: {c.dob('en')}\nCurrent address: {us.street()}, Columbus, OH 43215\n"
        f"Phone: {us.phone()}\nEmail: {c.email(g, s)}\nCo-applicant: {co}, SSN {c.ssn()}\n"
        f"Application fee: {c.d('price', '$45.00')} paid with card {c.card()}"
    )
