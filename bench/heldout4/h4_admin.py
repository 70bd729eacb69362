"""Templates: HR, payroll, lettings, schools, contracts, and directory/contact file formats."""

# Templates are text: a source line holds a line of the text, however long it is.
# ruff: noqa: E501

from __future__ import annotations

from h4_ctx import Ctx
from h4_values import ascii_fold

Made = tuple[str, str]


def hr_onboarding(c: Ctx) -> Made:
    p, e = c.person(), c.person()
    street, town = c.addr()
    start, emp_id = c.date(), c.d("ticket")
    us = c.lang == "en" or c.chance(0.25)
    ssn_line = ""
    if us:
        ssn_line = c.L(en=f"SSN: {c.ssn()}\n", de=f"US-Sozialversicherungsnr. (SSN): {c.ssn()}\n",
                       fr=f"N° de sécurité sociale US (SSN) : {c.ssn()}\n",
                       es=f"Número de Seguro Social (EE. UU.): {c.ssn()}\n")  # fmt: skip
    text = c.L(
        en=f"New hire onboarding - {emp_id}\n------------------------------\nLegal name: {c.name(p)}\n"
        f"Date of birth: {c.dob()}\n{ssn_line}Home address: {street}\n                {town}\n"
        f"Personal email: {c.email(p)}\nMobile: {c.phone()}\nStart date: {start}\n\nDirect deposit\n"
        f"  Account (IBAN): {c.iban()}\n\nEmergency contact: {c.name(e)} (spouse) - {c.phone()}\n",
        de=f"Personalbogen Neueinstellung ({emp_id})\n\nName, Vorname: {c.name(p, 'inverted')}\n"
        f"Geburtsdatum: {c.dob()}\n{ssn_line}Anschrift: {street}, {town}\nPrivate E-Mail: {c.email(p)}\n"
        f"Mobil: {c.phone()}\nEintrittsdatum: {start}\nBankverbindung (IBAN): {c.iban()}\n"
        f"Notfallkontakt: {c.name(e)}, Tel. {c.phone()}\n",
        fr=f"Fiche d'embauche - {emp_id}\n\nNom et prénom : {c.name(p, 'upper')}\nDate de naissance : {c.dob()}\n"
        f"{ssn_line}Adresse : {street}, {town}\nE-mail personnel : {c.email(p)}\nPortable : {c.phone()}\n"
        f"Date d'entrée : {start}\nIBAN pour le virement du salaire : {c.iban()}\n"
        f"Personne à prévenir : {c.name(e)} - {c.phone()}\n",
        es=f"Ficha de alta de empleado - {emp_id}\n\nNombre completo: {c.name(p)}\nFecha de nacimiento: {c.dob()}\n"
        f"{ssn_line}Domicilio: {street}, {town}\nCorreo personal: {c.email(p)}\nMóvil: {c.phone()}\n"
        f"Fecha de incorporación: {start}\nCuenta de nómina (IBAN): {c.iban()}\n"
        f"Contacto de emergencia: {c.name(e)}, {c.phone()}\n",
    )
    return "form", text


def payroll_export(c: Ctx) -> Made:
    tsv = c.chance(0.4)
    sep = "\t" if tsv else ("," if c.lang == "en" else ";")
    us = c.lang == "en"
    cols = c.L(en="emp_id,last_name,first_name,dob,ssn,net_pay,pay_date",
               de="pers_nr;nachname;vorname;geb_datum;iban;netto;auszahlung",
               fr="matricule;nom;prenom;date_naissance;iban;net_a_payer;date_paie",
               es="id_empleado;apellidos;nombre;fecha_nacimiento;iban;neto;fecha_pago")  # fmt: skip
    rows = [cols.replace(",", sep).replace(";", sep)]
    pay_day = c.date(iso=True)
    for _ in range(c.rng.randint(4, 8)):
        p = c.person()
        ident = c.ssn() if us else c.iban(grouped=False)
        net = f"⟦DECOY:price|{c.rng.randint(1800, 7400)}.{c.rng.randint(0, 99):02d}⟧"
        rows.append(sep.join([str(c.rng.randint(10000, 99999)), c.m("PERSON", p.surname),
                              c.m("PERSON", p.given), c.dob("iso" if c.chance(0.5) else None),
                              ident, net, pay_day]))  # fmt: skip
    return "tsv" if tsv else "csv", "\n".join(rows)


def rental_application(c: Ctx) -> Made:
    p, ref = c.person(), c.person()
    cur, town = c.addr()
    flat, ftown = c.addr()
    rent, income = c.money(), c.money()
    credit = ""
    if c.lang == "en" and c.chance(0.6):
        credit = f" For the credit check, my SSN is {c.ssn()}."
    text = c.L(
        en=f"Hi,\n\nI'd like to apply for the flat at {flat}, {ftown} (listing {c.d('ticket')}). "
        f"About me: {c.name(p)}, born {c.dob()}, currently renting at {cur}, {town}. I work as a nurse, net "
        f"income {income} a month, so the rent of {rent} is fine. Previous landlord: {c.name(ref)}, "
        f"{c.phone()}.{credit} You can reach me on {c.phone()} or {c.email(p)}.\n\nThanks,\n{c.name(p, 'given')}",
        de=f"Guten Tag,\n\nich interessiere mich für die Wohnung {flat}, {ftown} (Objekt-Nr. {c.d('ticket')}). "
        f"Zu mir: {c.name(p)}, geb. am {c.dob()}, derzeit wohnhaft {cur}, {town}, unbefristet angestellt, "
        f"Nettoeinkommen {income}. Die Warmmiete von {rent} passt. Vermieterbescheinigung kann "
        f"{c.name(ref)} ausstellen ({c.phone()}). Erreichbar bin ich unter {c.phone()} oder {c.email(p)}.\n\n"
        f"Viele Grüße\n{c.name(p)}",
        fr=f"Bonjour,\n\nJe suis intéressée par l'appartement situé {flat}, {ftown} (annonce {c.d('ticket')}). "
        f"Je m'appelle {c.name(p)}, née le {c.dob()}, locataire actuellement au {cur}, {town}. CDI, "
        f"revenus nets {income}, loyer de {rent} dans mon budget. Garant : {c.name(ref)}, {c.phone()}. "
        f"Mon numéro : {c.phone()}, mon mail : {c.email(p)}.\n\nCordialement,\n{c.name(p)}",
        es=f"Hola:\n\nMe interesa el piso de {flat}, {ftown} (anuncio {c.d('ticket')}). Soy {c.name(p)}, "
        f"nacida el {c.dob()}, vivo de alquiler en {cur}, {town}. Contrato indefinido, ingresos netos de "
        f"{income} al mes; el alquiler de {rent} me encaja. Avalista: {c.name(ref)} ({c.phone()}). "
        f"Mi móvil es el {c.phone()} y mi correo {c.email(p)}.\n\nUn saludo,\n{c.name(p)}",
    )
    return "email", text


def school_mail(c: Ctx) -> Made:
    kid, parent, staff = c.person(), c.person(), c.person()
    kid = type(kid)(kid.given, parent.surname)
    room, when = c.d("room"), c.date()
    text = c.L(
        en=f"From: Admissions Office <{c.email(staff)}>\n"
        f"To: {c.email(parent)}\nSubject: Enrolment documents for {c.name(kid)}\n\nDear {c.name(parent)},\n\n"
        f"Thank you for the application. Before term starts we still need a copy of the birth certificate "
        f"confirming the date of birth you entered ({c.dob()}) and a second emergency number; at the moment we "
        f"only hold {c.phone()}. The induction session is on {when} in {room}.\n\nKind regards,\n{c.name(staff)}\n"
        f"Admissions, Northgate Academy",
        de=f"Sehr geehrte/r {c.name(parent)},\n\nfür die Einschreibung von {c.name(kid)} (geb. {c.dob()}) fehlen "
        f"noch die Masernschutz-Bescheinigung und Ihre aktuelle Anschrift; bei uns steht noch "
        f"{c.addr()[0]}. Der Elternabend findet am {when} in Raum {room} statt. Rückfragen gern an "
        f"{c.email(staff)} oder {c.phone()}.\n\nMit freundlichen Grüßen\n{c.name(staff)}, Sekretariat",
        fr=f"Madame, Monsieur {c.name(parent, 'surname')},\n\nLe dossier d'inscription de {c.name(kid)} (date de "
        f"naissance : {c.dob()}) est incomplet : merci de joindre un justificatif de domicile. L'adresse "
        f"indiquée est {c.addr()[0]}. Réunion de rentrée le {when}, salle {room}.\n\n{c.name(staff)}\n"
        f"Secrétariat de scolarité - {c.phone()} - {c.email(staff)}",
        es=f"Estimada familia {c.name(parent, 'surname')}:\n\nPara completar la matrícula de {c.name(kid)} "
        f"(fecha de nacimiento {c.dob()}) necesitamos el libro de familia y un teléfono de contacto "
        f"adicional al {c.phone()}. La reunión de inicio de curso será el {when} en el {room}.\n\n"
        f"Un saludo,\n{c.name(staff)}\nSecretaría - {c.email(staff)}",
    )
    return "email", text


def contract_parties(c: Ctx) -> Made:
    a, b = c.person(), c.person()
    sa, ta = c.addr()
    sb, tb = c.addr()
    start = c.date()
    text = c.L(
        en=f"MUTUAL NON-DISCLOSURE AGREEMENT\n\nThis Agreement is made on {start} between:\n\n(1) {c.name(a, 'caps')}, "
        f'born {c.dob()}, residing at {sa}, {ta} (the "Discloser"); and\n(2) {c.name(b)}, of {sb}, {tb} '
        f'(the "Recipient").\n\n1. Confidential Information means ...\n\nNotices under clause 9 shall be sent to '
        f"{c.email(a)} and {c.email(b)} respectively.\n\nSigned: ____________________  {c.name(a)}\n"
        f"Signed: ____________________  {c.name(b)}",
        de=f"VERTRAULICHKEITSVEREINBARUNG\n\nzwischen\n\nHerrn/Frau {c.name(a)}, geboren am {c.dob()}, wohnhaft "
        f'{sa}, {ta}\n- nachfolgend "Offenlegende Partei" -\n\nund\n\n{c.name(b)}, {sb}, {tb}\n- nachfolgend '
        f'"Empfangende Partei" -\n\n§ 1 Gegenstand ...\n§ 9 Zustellungen erfolgen an {c.email(a)} bzw. '
        f"{c.email(b)}.\n\nGültig ab {start}.\n\n______________________\n{c.name(a)}",
        fr=f"ACCORD DE CONFIDENTIALITÉ\n\nEntre les soussignés :\n\n{c.name(a, 'upper')}, né(e) le {c.dob()}, "
        f"demeurant {sa}, {ta}, ci-après « la Partie divulgatrice »,\n\net\n\n{c.name(b)}, demeurant {sb}, {tb}, "
        f"ci-après « la Partie réceptrice ».\n\nArticle 1 - Objet ...\nArticle 9 - Les notifications sont "
        f"adressées à {c.email(a)} et {c.email(b)}.\n\nFait en deux exemplaires, le {start}.",
        es=f"ACUERDO DE CONFIDENCIALIDAD\n\nREUNIDOS\n\nDe una parte, D./Dña. {c.name(a)}, nacido/a el {c.dob()}, "
        f"con domicilio en {sa}, {ta}.\n\nDe otra parte, D./Dña. {c.name(b)}, con domicilio en {sb}, {tb}.\n\n"
        f"CLÁUSULAS\n\nPrimera. Objeto ...\nNovena. Las notificaciones se dirigirán a {c.email(a)} y a "
        f"{c.email(b)}.\n\nEn prueba de conformidad, firman el presente el {start}.",
    )
    return "prose", text


def ldif(c: Ctx) -> Made:
    blocks = []
    ou = c.pick(["people", "staff", "Mitarbeiter", "personnel", "empleados"])
    for _ in range(c.rng.randint(2, 3)):
        p = c.person()
        street, town = c.addr()
        uid = ascii_fold(p.given[0] + p.surname.replace(" ", "").replace("'", ""))[:10]
        blocks.append(
            f"dn: uid={uid},ou={ou},dc=corp,dc=example\nobjectClass: inetOrgPerson\ncn: {c.name(p)}\n"
            f"sn: {c.m('PERSON', p.surname)}\ngivenName: {c.m('PERSON', p.given)}\nmail: {c.email(p)}\n"
            f"telephoneNumber: {c.phone()}\nmobile: {c.phone()}\nstreet: {street}\npostalAddress: {town}\n"
            f"userPassword: {c.password()}\nemployeeNumber: {c.rng.randint(1000, 9999)}"
        )
    return "ldif", f"# export {c.d('timestamp')}\nversion: 1\n\n" + "\n\n".join(blocks)


def vcard(c: Ctx) -> Made:
    p = c.person()
    street, town = c.addr()
    dob = c.dob("iso")
    text = (
        f"BEGIN:VCARD\nVERSION:3.0\nN:{c.m('PERSON', p.surname)};{c.m('PERSON', p.given)};;;\n"
        f"FN:{c.name(p)}\nORG:{c.company()}\nTEL;TYPE=CELL:{c.phone()}\nTEL;TYPE=WORK,VOICE:{c.phone()}\n"
        f"EMAIL;TYPE=INTERNET:{c.email(p)}\nADR;TYPE=HOME:;;{street};{town};;;\nBDAY:{dob}\n"
        f"NOTE:{c.L(en='met at trade fair', de='Messekontakt', fr='contact salon', es='contacto feria')}\n"
        f"REV:{c.d('timestamp')}\nUID:urn:uuid:{c.d('uuid')}\nEND:VCARD"
    )
    return "vcard", text


def ical(c: Ctx) -> Made:
    org, att = c.person(), c.person()
    street, town = c.addr()
    summary = c.L(
        en="Lease signing", de="Übergabe Wohnung", fr="État des lieux", es="Firma de contrato"
    )
    text = (
        f"BEGIN:VCALENDAR\nPRODID:-//Corp//Calendar {c.d('version')}//EN\nBEGIN:VEVENT\nUID:{c.d('uuid')}\n"
        f"DTSTAMP:{c.d('timestamp')}\nSUMMARY:{summary}\nLOCATION:{street}, {town}\n"
        f"ORGANIZER;CN={c.name(org)}:mailto:{c.email(org)}\n"
        f"ATTENDEE;CN={c.name(att)};ROLE=REQ-PARTICIPANT:mailto:{c.email(att)}\n"
        f"DESCRIPTION:{c.L(en='Dial-in', de='Einwahl', fr='Numéro', es='Teléfono')} {c.phone()}\\, "
        f"{c.L(en='PIN', de='PIN', fr='code', es='PIN')} {c.pin()}#\nEND:VEVENT\nEND:VCALENDAR"
    )
    return "ical", text
