# ruff: noqa: E501, RUF001
# Templates and pools are text in four languages: long phrase lines and typographic dashes,
# quotes and letters (en dash, apostrophe, dotless i) are what people write.
"""Templates for documents: HR onboarding forms, insurance claims, bank dispute letters,
clinical messages (HL7 v2 and FHIR), contracts, travel bookings, school enrolment, rental
applications and PDF text whose columns came apart.

Birth dates stand next to other dates (admission, contract start, travel) that are decoys.
"""

from __future__ import annotations

from h3_ctx import Ctx


def hr_form(c: Ctx) -> str:
    name = c.v.person()
    rows = c.t(
        en=[("Full legal name", c.person(name)), ("Date of birth", c.dob()), ("SSN", c.ssn()),
            ("Home address", c.address()), ("Personal email", c.email(name)), ("Mobile", c.phone()),
            ("Start date", c.decoy("date")), ("Direct deposit IBAN", c.iban()), ("Emergency contact", f"{c.person()} {c.phone()}")],
        de=[("Name, Vorname", c.person(name)), ("Geburtsdatum", c.dob()), ("Anschrift", c.address()),
            ("E-Mail privat", c.email(name)), ("Telefon", c.phone()), ("Eintrittsdatum", c.decoy("date")),
            ("IBAN", c.iban()), ("Notfallkontakt", f"{c.person()}, {c.phone()}"), ("Personalnummer", c.decoy("ticket"))],
        fr=[("Nom et prénom", c.person(name)), ("Date de naissance", c.dob()), ("Adresse", c.address()),
            ("Courriel personnel", c.email(name)), ("Téléphone", c.phone()), ("Date d'entrée", c.decoy("date")),
            ("RIB / IBAN", c.iban()), ("Personne à prévenir", f"{c.person()} - {c.phone()}"), ("Matricule", c.decoy("ticket"))],
        es=[("Nombre y apellidos", c.person(name)), ("Fecha de nacimiento", c.dob()), ("Domicilio", c.address()),
            ("Correo personal", c.email(name)), ("Teléfono", c.phone()), ("Fecha de alta", c.decoy("date")),
            ("IBAN", c.iban()), ("Contacto de emergencia", f"{c.person()}, {c.phone()}"), ("N.º de empleado", c.decoy("ticket"))],
    )  # fmt: skip
    title = c.t(
        en="NEW HIRE ONBOARDING FORM",
        de="PERSONALBOGEN NEUEINSTELLUNG",
        fr="FICHE D'ENTRÉE DU SALARIÉ",
        es="FICHA DE ALTA DE EMPLEADO",
    )
    sep = c.pick(": ", ":\t", " .......... ", " | ")
    return title + "\n" + "\n".join(f"{k}{sep}{val}" for k, val in rows)


def insurance_claim(c: Ctx) -> str:
    holder = c.v.person()
    return "\n".join([
        c.t(en=f"Claim {c.decoy('claim')} - motor", de=f"Schadenmeldung {c.decoy('claim')} (Kfz)",
            fr=f"Déclaration de sinistre {c.decoy('claim')} (auto)", es=f"Parte de siniestro {c.decoy('claim')} (auto)"),
        c.t(en=f"Policyholder: {c.person(holder)}, DOB {c.dob()}, {c.address()}",
            de=f"Versicherungsnehmer: {c.person(holder)}, geb. am {c.dob()}, {c.address()}",
            fr=f"Assuré : {c.person(holder)}, né le {c.dob()}, {c.address()}",
            es=f"Tomador: {c.person(holder)}, nacido el {c.dob()}, {c.address()}"),
        c.t(en=f"Incident on {c.decoy('date')}. Third party: {c.person()}, tel. {c.phone()}, born {c.dob()}.",
            de=f"Schadentag {c.decoy('date')}. Unfallgegner: {c.person()}, Tel. {c.phone()}, geboren {c.dob()}.",
            fr=f"Sinistre survenu le {c.decoy('date')}. Tiers : {c.person()}, tél. {c.phone()}, né(e) le {c.dob()}.",
            es=f"Fecha del siniestro {c.decoy('date')}. Contrario: {c.person()}, tel. {c.phone()}, nacido el {c.dob()}."),
        c.t(en=f"Repair estimate {c.decoy('price')}. Pay to {c.iban()}.", de=f"Kostenvoranschlag {c.decoy('price')}. Auszahlung auf {c.iban()}.",
            fr=f"Devis {c.decoy('price')}. Versement sur {c.iban()}.", es=f"Presupuesto {c.decoy('price')}. Abonar en {c.iban()}."),
        c.t(en=f"Witness: {c.person()} ({c.email()})", de=f"Zeuge: {c.person()} ({c.email()})",
            fr=f"Témoin : {c.person()} ({c.email()})", es=f"Testigo: {c.person()} ({c.email()})"),
    ])  # fmt: skip


def dispute_letter(c: Ctx) -> str:
    me = c.v.person()
    card = c.card()
    return "\n".join([
        c.person(me), c.address(), c.phone(), "",
        c.t(en=f"Re: Dispute of transaction {c.decoy('order')} dated {c.decoy('date')}",
            de=f"Betreff: Widerspruch gegen Buchung {c.decoy('order')} vom {c.decoy('date')}",
            fr=f"Objet : contestation de l'opération {c.decoy('order')} du {c.decoy('date')}",
            es=f"Asunto: reclamación del cargo {c.decoy('order')} del {c.decoy('date')}"),
        "",
        c.t(en=f"Dear Sir or Madam,\nI dispute a charge of {c.decoy('price')} on my card {card}. I did not authorise it; "
               f"my card was in my possession. Please credit account {c.iban()}. For identification: date of birth {c.dob()}, "
               f"SSN {c.ssn()}.",
            de=f"Sehr geehrte Damen und Herren,\nich widerspreche der Belastung von {c.decoy('price')} auf meiner Karte {card}. "
               f"Ich habe sie nicht veranlasst. Bitte erstatten Sie auf {c.iban()}. Zur Identifikation: geboren am {c.dob()}.",
            fr=f"Madame, Monsieur,\nje conteste le débit de {c.decoy('price')} sur ma carte {card}, que je n'ai pas autorisé. "
               f"Merci de recréditer le compte {c.iban()}. Pour m'identifier : née le {c.dob()}.",
            es=f"Muy señores míos:\nreclamo el cargo de {c.decoy('price')} en mi tarjeta {card}, que no autoricé. "
               f"Les ruego que lo abonen en {c.iban()}. Para identificarme: fecha de nacimiento {c.dob()}."),
        "",
        c.t(en="Sincerely,", de="Mit freundlichen Grüßen", fr="Veuillez agréer mes salutations distinguées,", es="Atentamente,"),
        c.person(me),
    ])  # fmt: skip


def hl7(c: Ctx) -> str:
    fam, giv = c.v.surname(), c.v.given()
    t = c.decoy("timestamp")
    return "\r".join([
        f"MSH|^~\\&|ADT1|HOSP|LAB|HOSP|{c.num(2024, 2026)}0{c.num(1, 9)}1{c.num(0, 9)}0830||ADT^A01|MSG{c.num(10000, 99999)}|P|2.5",
        f"PID|1||{c.num(100000, 999999)}^^^HOSP^MR||{_m('PERSON', fam)}^{_m('PERSON', giv)}||{c.dob_hl7()}|{c.pick('F', 'M')}|||"
        f"{c.street()}^^{c.v.city()}^^{c.num(10000, 99999)}||{c.phone()}|||||{c.num(10000, 99999)}|{c.ssn('bare' if c.chance(0.5) else 'dash')}",
        f"NK1|1|{_m('PERSON', c.v.surname())}^{_m('PERSON', c.v.given())}|SPO|||{c.phone()}",
        f"PV1|1|I|W{c.num(1, 9)}^{c.num(100, 400)}^1|||||||MED||||||||V{c.num(100000, 999999)}|||||||||||||||||||||||||",
        f"OBX|1|NM|2345-7^GLUCOSE||{c.num(70, 160)}|mg/dL|||||F|||{t}",
    ])  # fmt: skip


def _m(typ: str, value: str) -> str:
    from h3_markup import m

    return m(typ, value)


def fhir(c: Ctx) -> str:
    fam, giv = c.v.surname(), c.v.given()
    return (
        '{"resourceType": "Patient", "id": "' + c.decoy("uuid") + '",\n'
        ' "meta": {"versionId": "' + str(c.num(1, 9)) + '", "lastUpdated": "' + c.decoy("timestamp") + '"},\n'
        ' "name": [{"use": "official", "family": "' + _m("PERSON", fam) + '", "given": ["' + _m("PERSON", giv) + '"]}],\n'
        ' "telecom": [{"system": "phone", "value": "' + c.phone() + '"}, {"system": "email", "value": "' + c.email() + '"}],\n'
        ' "gender": "' + c.pick("female", "male", "other") + '", "birthDate": "' + c.dob_iso() + '",\n'
        ' "address": [{"line": ["' + c.street() + '"], "city": "' + c.v.city() + '"}],\n'
        ' "identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn", "value": "' + c.ssn() + '"}]}'
    )  # fmt: skip


def contract(c: Ctx) -> str:
    a, b = c.v.person(), c.v.person()
    return c.t(
        en=f"SERVICE AGREEMENT {c.decoy('ticket')}\nThis agreement is made on {c.decoy('date')} between {c.person(a)}, born {c.dob()}, "
           f"residing at {c.address()} (the \"Client\"), and {c.person(b)} of {c.street()} (the \"Contractor\"). "
           f"Fees of {c.decoy('price')} are payable to {c.iban()}. Notices: {c.email(a)}; {c.email(b)}.",
        de=f"DIENSTLEISTUNGSVERTRAG {c.decoy('ticket')}\nZwischen {c.person(a)}, geboren am {c.dob()}, wohnhaft {c.address()} "
           f"(„Auftraggeber“) und {c.person(b)}, {c.street()} („Auftragnehmer“) wird am {c.decoy('date')} folgender Vertrag geschlossen. "
           f"Die Vergütung von {c.decoy('price')} ist auf {c.iban()} zu zahlen. Kontakt: {c.email(a)}, {c.phone()}.",
        fr=f"CONTRAT DE PRESTATION {c.decoy('ticket')}\nEntre {c.person(a)}, né le {c.dob()}, demeurant {c.address()} "
           f"(le « Client »), et {c.person(b)}, {c.street()} (le « Prestataire »), il est convenu le {c.decoy('date')} ce qui suit. "
           f"Les honoraires de {c.decoy('price')} sont versés sur {c.iban()}. Contact : {c.email(a)}, {c.phone()}.",
        es=f"CONTRATO DE ARRENDAMIENTO DE SERVICIOS {c.decoy('ticket')}\nReunidos el {c.decoy('date')}, de una parte {c.person(a)}, "
           f"nacido el {c.dob()}, con domicilio en {c.address()}, y de otra {c.person(b)}, con domicilio en {c.street()}. "
           f"El precio de {c.decoy('price')} se abonará en {c.iban()}. Notificaciones: {c.email(a)}, {c.phone()}.",
    )  # fmt: skip


def travel(c: Ctx) -> str:
    pax = [c.v.person() for _ in range(c.num(1, 3))]
    lines = [c.t(en="BOOKING CONFIRMATION", de="BUCHUNGSBESTÄTIGUNG", fr="CONFIRMATION DE RÉSERVATION", es="CONFIRMACIÓN DE RESERVA")
             + f"  PNR {c.decoy('booking')}"]  # fmt: skip
    for i, p in enumerate(pax, 1):
        lines.append(f"{i}. {c.person(p)}  " + c.t(en="DOB", de="Geb.", fr="Né(e) le", es="F. nac.")
                     + f" {c.dob()}  " + c.t(en="Passport", de="Pass", fr="Passeport", es="Pasaporte") + f" {c.pick('X', 'C', 'P')}{c.num(1000000, 9999999)}")  # fmt: skip
    lines += [
        c.t(en="Outbound", de="Hinflug", fr="Aller", es="Ida") + f" {c.decoy('date')}  LH{c.num(100, 999)}  "
        + c.t(en="Return", de="Rückflug", fr="Retour", es="Vuelta") + f" {c.decoy('date')}",
        c.t(en="Paid with", de="Bezahlt mit", fr="Payé par", es="Pagado con") + f" {c.card()}  {c.decoy('price')}",
        c.t(en="Contact", de="Kontakt", fr="Contact", es="Contacto") + f": {c.email(pax[0])}, {c.phone()}",
    ]  # fmt: skip
    return "\n".join(lines)


def enrolment(c: Ctx) -> str:
    kid, parent = c.v.person(), c.v.person()
    return "\n".join([
        c.t(en="School enrolment 2026/27", de="Schulanmeldung 2026/27", fr="Inscription scolaire 2026-2027", es="Matrícula escolar 2026/27"),
        c.t(en=f"Pupil: {c.person(kid)}, date of birth {c.dob_child()}", de=f"Kind: {c.person(kid)}, geboren {c.dob_child()}",
            fr=f"Élève : {c.person(kid)}, né(e) le {c.dob_child()}", es=f"Alumno/a: {c.person(kid)}, fecha de nacimiento {c.dob_child()}"),
        c.t(en=f"Parent/guardian: {c.person(parent)} (born {c.dob()})", de=f"Erziehungsberechtigte/r: {c.person(parent)} (geb. {c.dob()})",
            fr=f"Responsable légal : {c.person(parent)} (né le {c.dob()})", es=f"Tutor/a: {c.person(parent)} (nacido/a el {c.dob()})"),
        f"{c.address()} · {c.phone()} · {c.email(parent)}",
        c.t(en=f"Class starts {c.decoy('date')}; lunch account top-up to {c.iban()}.",
            de=f"Unterrichtsbeginn {c.decoy('date')}; Essensgeld per Lastschrift von {c.iban()}.",
            fr=f"Rentrée le {c.decoy('date')} ; cantine prélevée sur {c.iban()}.",
            es=f"Inicio de curso el {c.decoy('date')}; comedor domiciliado en {c.iban()}."),
    ])  # fmt: skip


def rental(c: Ctx) -> str:
    me = c.v.person()
    return c.t(
        en=f"Rental application for {c.street()}\nApplicant: {c.person(me)}\nDOB: {c.dob()}\nSSN: {c.ssn()}\nCurrent address: {c.address()}\n"
           f"Phone: {c.phone()}  Email: {c.email(me)}\nEmployer: {c.v.pick(['Brightwater Logistics', 'Kestrel Insurance'])}, monthly income {c.decoy('price')}\n"
           f"Application fee charged to {c.card()}",
        de=f"Mieterselbstauskunft für {c.street()}\nName: {c.person(me)}\nGeburtsdatum: {c.dob()}\nJetzige Anschrift: {c.address()}\n"
           f"Telefon: {c.phone()}  E-Mail: {c.email(me)}\nNettoeinkommen: {c.decoy('price')}\nMietkaution von {c.iban()}",
        fr=f"Dossier de location – {c.street()}\nCandidat : {c.person(me)}\nNé le : {c.dob()}\nAdresse actuelle : {c.address()}\n"
           f"Tél. : {c.phone()}  Courriel : {c.email(me)}\nRevenus mensuels : {c.decoy('price')}\nGarant : {c.person()}, {c.phone()}",
        es=f"Solicitud de alquiler – {c.street()}\nSolicitante: {c.person(me)}\nFecha de nacimiento: {c.dob()}\nDomicilio actual: {c.address()}\n"
           f"Tel.: {c.phone()}  Email: {c.email(me)}\nIngresos: {c.decoy('price')}\nAval: {c.person()}, {c.phone()}",
    )  # fmt: skip


def pdf_text(c: Ctx) -> str:
    """Text pulled from a two-column PDF: labels on one line, values on the next."""
    return "\n".join([
        c.t(en="Account holder          Date of birth", de="Kontoinhaber            Geburtsdatum",
            fr="Titulaire               Date de naissance", es="Titular                 Fecha de nacimiento"),
        f"{c.person()}          {c.dob()}",
        c.t(en="IBAN                                Statement date", de="IBAN                                Auszugsdatum",
            fr="IBAN                                Date du relevé", es="IBAN                                Fecha del extracto"),
        f"{c.iban()}       {c.decoy('date')}",
        c.t(en="Card                    Phone", de="Karte                   Telefon", fr="Carte                   Téléphone",
            es="Tarjeta                 Teléfono"),
        f"{c.card()}     {c.phone()}",
        f"{c.decoy('invoice')}   {c.decoy('price')}   Page 1/{c.num(2, 6)}",
    ])  # fmt: skip


TEMPLATES = [("form", hr_form, 5), ("form", insurance_claim, 3), ("email", dispute_letter, 4),
             ("hl7", hl7, 3), ("fhir", fhir, 3), ("prose", contract, 3), ("email", travel, 3),
             ("form", enrolment, 3), ("form", rental, 3), ("ocr", pdf_text, 3)]  # fmt: skip
