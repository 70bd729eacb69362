"""Document kinds: e-mails, support tickets, prose notes, forms and OCR'd scans of forms."""

from __future__ import annotations

# ruff: noqa: E501 - template lines are kept whole so they read as the text they make
from collections.abc import Callable

from gen_markup import Ctx, Person, dk, m

Sentence = Callable[[Ctx], str]


def s_iban(c: Ctx) -> str:
    i = c.iban()
    return c.L(
        en=[
            f"Please pay the deposit to {i} by Friday.",
            f"Our bank details changed; the new IBAN is {i}.",
        ],
        de=[f"Bitte überweisen Sie den Betrag auf {i}.", f"Unsere neue Bankverbindung: IBAN {i}"],
        fr=[
            f"Merci de virer l'acompte sur le compte {i}.",
            f"Nos coordonnées bancaires ont changé : IBAN {i}.",
        ],
        es=[f"Por favor, haga la transferencia a {i}.", f"Nuestra nueva cuenta es {i}."],
    )


def s_card(c: Ctx) -> str:
    k = c.card()
    return c.L(
        en=[
            f"The booking was paid with the card ending in the number {k}; please refund it there.",
            f"Charge the remaining balance to {k}.",
        ],
        de=[
            f"Bitte buchen Sie den Restbetrag von der Karte {k} ab.",
            f"Bezahlt wurde mit Karte {k}.",
        ],
        fr=[
            f"Le solde peut être débité sur la carte {k}.",
            f"Paiement effectué avec la carte {k}.",
        ],
        es=[f"Cargue el importe pendiente en la tarjeta {k}.", f"Se pagó con la tarjeta {k}."],
    )


def s_dob(c: Ctx) -> str:
    p, d = c.who(), c.dob()
    return c.L(
        en=[
            f"New starter {p.full} (DOB {d}) joins on Monday.",
            f"{p.full} was born on {d}, please correct the policy.",
        ],
        de=[
            f"Neue Mitarbeiterin {p.full}, geb. {d}, fängt am Montag an.",
            f"Herr {p.sur} ist am {d} geboren, bitte korrigieren.",
        ],
        fr=[
            f"{p.full}, né le {d}, rejoint l'équipe lundi.",
            f"Date de naissance de Mme {p.sur} : {d}.",
        ],
        es=[
            f"{p.full}, nacida el {d}, se incorpora el lunes.",
            f"Fecha de nacimiento del paciente {p.full}: {d}.",
        ],
    )


def s_ssn(c: Ctx) -> str:
    p, s = c.who("en"), c.ssn(c.pick(["dash", "dash", "space"]))
    return c.L(
        en=[
            f"For {p.full}'s 1099 we have SSN {s} on file.",
            f"Employee {p.full}, social security number {s}.",
        ],
        de=[f"US-Kollege {p.full}: SSN {s} für die Lohnabrechnung."],
        fr=[f"Pour le salarié américain {p.full}, SSN {s}."],
        es=[f"Para el empleado de Miami {p.full}, SSN {s}."],
    )


def s_phone(c: Ctx) -> str:
    p = c.phone()
    return c.L(
        en=[f"Call me on {p} if anything is unclear.", f"You can reach the site manager at {p}."],
        de=[
            f"Bei Rückfragen bin ich unter {p} erreichbar.",
            f"Der Bauleiter ist unter {p} zu erreichen.",
        ],
        fr=[f"En cas de question, appelez-moi au {p}.", f"Le gardien est joignable au {p}."],
        es=[f"Si tiene dudas, llámeme al {p}.", f"El encargado está en el {p}."],
    )


def s_secret(c: Ctx) -> str:
    k = c.pick([c.secret, c.secret, c.jwt, c.pw])()
    url = f"{c.pick(['postgres', 'mysql', 'mongodb', 'redis', 'amqp', 'https', 'sftp'])}://{c.cred()}@{c.pick(['db', 'mq', 'files', 'cache'])}.internal.example:{c.pick(['5432', '3306', '27017', '6379', '5672', '443', '22'])}/"
    return c.L(
        en=[f"The staging token is {k} - please do not forward.", f"Connection string: {url}"],
        de=[f"Der Token für Staging ist {k}, bitte nicht weiterleiten.", f"Verbindung: {url}"],
        fr=[f"Le jeton de recette est {k}, ne pas transférer.", f"Chaîne de connexion : {url}"],
        es=[f"El token de preproducción es {k}; no lo reenvíes.", f"Cadena de conexión: {url}"],
    )


def s_ip(c: Ctx) -> str:
    a, b = c.ip(), c.ip4()
    return c.L(
        en=[f"The new VPN gateway is {a}; the old one ({b}) goes away on {c.decoy('date')}."],
        de=[
            f"Das neue VPN-Gateway ist {a}, das alte ({b}) wird am {c.decoy('date')} abgeschaltet."
        ],
        fr=[
            f"La nouvelle passerelle VPN est {a} ; l'ancienne ({b}) sera coupée le {c.decoy('date')}."
        ],
        es=[f"La nueva pasarela VPN es {a}; la antigua ({b}) se apaga el {c.decoy('date')}."],
    )


def s_decoys(c: Ctx) -> str:
    return c.L(
        en=f"Re invoice {c.decoy('invoice')} ({c.decoy('price')}), build {c.decoy('version')}, commit {c.decoy('git')}.",
        de=f"Zu Rechnung {c.decoy('invoice')} über {c.decoy('price')}: Lieferung {c.decoy('tracking')} ist unterwegs.",
        fr=f"Concernant la facture {c.decoy('invoice')} ({c.decoy('price')}), la commande {c.decoy('order')} est partie.",
        es=f"Sobre la factura {c.decoy('invoice')} por {c.decoy('price')}: pedido {c.decoy('order')} enviado.",
    )


def s_decoys2(c: Ctx) -> str:
    k = c.r.random()
    if k < 0.25:
        return c.L(
            en=f"The gift card {c.decoy('luhn-invalid')} cannot be used for this order.",
            de=f"Die Kundenkarte Nr. {c.decoy('luhn-invalid')} ist keine Zahlungskarte.",
            fr=f"La carte fidélité n° {c.decoy('luhn-invalid')} n'est pas un moyen de paiement.",
            es=f"La tarjeta de socio {c.decoy('luhn-invalid')} no sirve como medio de pago.",
        )
    if k < 0.45:
        return c.L(
            en=f"The replacement part {c.decoy('product')} and the manual (ISBN {c.decoy('isbn')}) ship separately.",
            de=f"Ersatzteil {c.decoy('product')} und Handbuch (ISBN {c.decoy('isbn')}) kommen getrennt.",
            fr=f"La pièce {c.decoy('product')} et le manuel (ISBN {c.decoy('isbn')}) partent séparément.",
            es=f"La pieza {c.decoy('product')} y el manual (ISBN {c.decoy('isbn')}) van por separado.",
        )
    if k < 0.65:
        return c.L(
            en=f"Device MAC {c.decoy('mac')}, firmware {c.decoy('version')}, checksum {c.decoy('md5')}.",
            de=f"Geräte-MAC {c.decoy('mac')}, Firmware {c.decoy('version')}, MD5 {c.decoy('md5')}.",
            fr=f"Adresse MAC {c.decoy('mac')}, firmware {c.decoy('version')}, MD5 {c.decoy('md5')}.",
            es=f"MAC del equipo {c.decoy('mac')}, firmware {c.decoy('version')}, MD5 {c.decoy('md5')}.",
        )
    if k < 0.8:
        return c.L(
            en=f"Request id {c.decoy('uuid')}; the log was cut at {c.decoy('timestamp')}.",
            de=f"Vorgangs-ID {c.decoy('uuid')}, Log endet um {c.decoy('timestamp')}.",
            fr=f"Identifiant {c.decoy('uuid')} ; journal coupé à {c.decoy('timestamp')}.",
            es=f"ID de solicitud {c.decoy('uuid')}; el log se corta en {c.decoy('timestamp')}.",
        )
    return c.L(
        en=f"We ordered {c.decoy('quantity')} units at {c.decoy('price')} each (PO {c.decoy('order')}).",
        de=f"Bestellt: {c.decoy('quantity')} Stück à {c.decoy('price')} (Bestellung {c.decoy('order')}).",
        fr=f"Commande de {c.decoy('quantity')} unités à {c.decoy('price')} (bon {c.decoy('order')}).",
        es=f"Pedimos {c.decoy('quantity')} unidades a {c.decoy('price')} (pedido {c.decoy('order')}).",
    )


def s_address(c: Ctx) -> str:
    a = c.addr()
    return c.L(
        en=[f"Please send the documents to {a}.", f"The meeting is at our office, {a}."],
        de=[f"Bitte schicken Sie die Unterlagen an {a}.", f"Der Termin ist in unserem Büro, {a}."],
        fr=[f"Merci d'envoyer les documents au {a}.", f"Rendez-vous à notre agence, {a}."],
        es=[f"Envíe la documentación a {a}.", f"La reunión es en nuestra oficina de {a}."],
    )


SENTENCES: list[Sentence] = [
    s_iban,
    s_card,
    s_dob,
    s_ssn,
    s_phone,
    s_secret,
    s_ip,
    s_decoys,
    s_decoys2,
    s_address,
]
S_WEIGHTS = [3, 2, 3, 2, 3, 3, 2, 2, 2, 3]


def body(c: Ctx, n: int) -> str:
    joiner = c.pick([" ", " ", "\n\n", "\n"])
    return joiner.join(c.r.choices(SENTENCES, S_WEIGHTS)[0](c) for _ in range(n))


def signature(c: Ctx, p: Person) -> str:
    role = c.L(
        en=["Account Manager", "Office Manager", "Senior Engineer"],
        de=["Sachbearbeiterin Buchhaltung", "Teamleiter Vertrieb", "Projektleitung"],
        fr=["Chargée de clientèle", "Responsable administratif", "Gestionnaire RH"],
        es=["Responsable de compras", "Administración", "Atención al cliente"],
    )
    lines = [
        p.full,
        role,
        c.pick(
            ["Northgate Ltd", "Brightwave GmbH", "Atelier Dupuis SARL", "Inmobiliaria Sol S.L."]
        ),
    ]
    if c.chance(0.6):
        st, ctry = c.street()
        from gen_pools import CITIES

        lines.append(f"{st}{c.pick([', ', ' · ', chr(10)])}{c.pick(CITIES[ctry])}")
    tel = c.L(en="Tel", de="Tel.", fr="Tél.", es="Tel.")
    lines.append(f"{tel} {c.phone()}" + (f" | Mobile {c.phone()}" if c.chance(0.4) else ""))
    if c.chance(0.5):
        lines.append(p.email)
    return ("-- \n" if c.chance(0.4) else "") + "\n".join(lines)


def email(c: Ctx) -> str:
    sender, to = c.who(), c.who()
    greet = c.L(
        en=[f"Hi {to.first},", f"Dear {to.full},", f"Dear Ms {to.sur},"],
        de=[f"Hallo {to.first},", f"Sehr geehrte Frau {to.sur},", f"Guten Tag Herr {to.sur},"],
        fr=[f"Bonjour {to.first},", f"Madame {to.sur},", f"Cher {to.full},"],
        es=[f"Hola {to.first}:", f"Estimado Sr. {to.sur}:", f"Buenos días, {to.full}:"],
    )
    close = c.L(
        en=["Best regards,", "Thanks,", "Kind regards,"],
        de=["Viele Grüße", "Mit freundlichen Grüßen"],
        fr=["Cordialement,", "Bien à vous,"],
        es=["Un saludo,", "Atentamente,"],
    )
    subj = c.L(
        en=["Re: onboarding paperwork", "Invoice query", "Access for the new site"],
        de=["AW: Unterlagen Neueinstellung", "Rückfrage Rechnung", "Zugang Baustelle"],
        fr=["RE: dossier d'embauche", "Question sur la facture", "Accès au site"],
        es=["RE: documentación", "Consulta factura", "Acceso a la obra"],
    )
    head = [f"From: {sender.full} <{sender.email}>", f"To: {to.email}"]
    if c.chance(0.3):
        cc = c.who()
        head.append(f"Cc: {cc.full} <{cc.email}>")
    day = c.pick(["Mon", "Tue", "Wed", "Thu", "Fri"])
    mon = c.pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Sep", "Oct", "Nov"])
    when = f"{day}, {c.r.randint(1, 28)} {mon} 2026 {c.r.randint(7, 19):02d}:{c.r.randint(0, 59):02d}:{c.r.randint(0, 59):02d} {c.pick(['+0100', '+0200', '-0500', '+0000'])}"
    head += [f"Date: {dk('timestamp', when)}", f"Subject: {subj}"]
    text = (
        "\n".join(head)
        + f"\n\n{greet}\n\n{body(c, c.r.randint(2, 4))}\n\n{close}\n{signature(c, sender)}"
    )
    if c.chance(0.35):
        quoted = f"{body(c, 2)}\n\n{to.full}"
        wrote = c.L(
            en=f"On {c.decoy('date')}, {to.full} <{to.email}> wrote:",
            de=f"Am {c.decoy('date')} schrieb {to.full} <{to.email}>:",
            fr=f"Le {c.decoy('date')}, {to.full} <{to.email}> a écrit :",
            es=f"El {c.decoy('date')}, {to.full} <{to.email}> escribió:",
        )
        text += f"\n\n{wrote}\n" + "\n".join("> " + ln for ln in quoted.split("\n"))
    return text


TICKET_KEYS = {
    "en": ("Ticket", "Reporter", "Assignee", "Priority", "Description", "Comment"),
    "de": ("Ticket", "Melder", "Bearbeiter", "Priorität", "Beschreibung", "Kommentar"),
    "fr": ("Ticket", "Demandeur", "Assigné à", "Priorité", "Description", "Commentaire"),
    "es": ("Ticket", "Solicitante", "Asignado a", "Prioridad", "Descripción", "Comentario"),
}


def ticket(c: Ctx) -> str:
    rep, ass = c.who(), c.who()
    k = TICKET_KEYS[c.lang]
    head = (
        f"{k[0]}: {c.decoy('ticket')}\n{k[1]}: {rep.full} <{rep.email}>\n{k[2]}: {ass.full}\n"
        f"{k[3]}: P{c.r.randint(1, 4)}\n\n{k[4]}:\n{body(c, c.r.randint(2, 3))}"
    )
    comment = c.L(
        en=f"{ass.first}: called {rep.first}, confirmed details. {body(c, 1)}",
        de=f"{ass.first}: mit {rep.full} telefoniert. {body(c, 1)}",
        fr=f"{ass.first} : échange avec {rep.full}. {body(c, 1)}",
        es=f"{ass.first}: hablé con {rep.full}. {body(c, 1)}",
    )
    return f"{head}\n\n{k[5]} ({c.decoy('timestamp')}):\n{comment}"


def prose(c: Ctx) -> str:
    p, q = c.who(), c.who()
    intro = c.L(
        en=[
            f"Case note. {p.full} visited the branch together with {q.full}.",
            f"Minutes: {p.full} opened the meeting; {q.full} took notes.",
        ],
        de=[
            f"Gesprächsnotiz: {p.full} war heute mit {q.full} in der Filiale.",
            f"Protokoll: {p.full} eröffnet die Sitzung, {q.full} protokolliert.",
        ],
        fr=[
            f"Compte rendu : {p.full} est passé à l'agence avec {q.full}.",
            f"Procès-verbal : {p.full} ouvre la séance, {q.full} est secrétaire.",
        ],
        es=[
            f"Nota del caso: {p.full} vino a la oficina con {q.full}.",
            f"Acta: {p.full} abre la reunión y {q.full} toma notas.",
        ],
    )
    return f"{intro} {body(c, c.r.randint(3, 5))}"


FORM_LABELS = {
    "en": [
        "Full name",
        "Date of birth",
        "Street address",
        "City / ZIP",
        "Phone",
        "Email",
        "SSN",
        "Card number",
        "Bank account (IBAN)",
    ],
    "de": [
        "Name, Vorname",
        "Geburtsdatum",
        "Straße, Hausnr.",
        "PLZ / Ort",
        "Telefon",
        "E-Mail",
        "SSN (nur US-Mitarbeiter)",
        "Kreditkarte",
        "IBAN",
    ],
    "fr": [
        "Nom et prénom",
        "Date de naissance",
        "Adresse",
        "Code postal / Ville",
        "Téléphone",
        "Courriel",
        "SSN (salariés US)",
        "Carte bancaire",
        "IBAN",
    ],
    "es": [
        "Nombre y apellidos",
        "Fecha de nacimiento",
        "Domicilio",
        "C.P. / Localidad",
        "Teléfono",
        "Correo electrónico",
        "SSN (solo EE. UU.)",
        "Tarjeta",
        "IBAN",
    ],
}


def _form_values(c: Ctx) -> list[str]:
    from gen_pools import CITIES

    p = c.who()
    st, ctry = c.street()
    vals = [
        p.full,
        c.dob(),
        st,
        c.pick(CITIES[ctry]),
        c.phone(),
        p.email,
        c.ssn(c.pick(["dash", "bare", "space"])) if c.lang == "en" or c.chance(0.3) else "",
        c.card() if c.chance(0.5) else "",
        c.iban() if c.chance(0.7) else "",
    ]
    return vals


def form(c: Ctx) -> str:
    labels, vals = FORM_LABELS[c.lang], _form_values(c)
    style = c.r.random()
    rows = []
    for lab, val in zip(labels, vals, strict=True):
        if not val:
            continue
        if style < 0.4:
            rows.append(f"{lab}: {val}")
        elif style < 0.7:
            rows.append(f"{lab:.<28} {val}")
        else:
            rows.append(f"{lab}\n{val}")
    title = c.L(
        en="NEW CUSTOMER APPLICATION",
        de="Antrag auf Kundenkonto",
        fr="Fiche d'inscription",
        es="Formulario de alta",
    )
    return (
        f"{title} - {c.L(en='Ref', de='Az.', fr='Réf.', es='Ref.')} {c.decoy('order')}\n\n"
        + "\n".join(rows)
    )


def _ocr_noise(label: str, c: Ctx) -> str:
    k = c.r.random()
    if k < 0.3:
        return " ".join(label)
    if k < 0.5:
        return label.replace("a", "a ").replace("e", "e ", 1)
    return label


def ocr(c: Ctx) -> str:
    labels, vals = FORM_LABELS[c.lang], _form_values(c)
    rows = [
        c.L(
            en="SCANNED - page 1/2",
            de="Scan Seite 1 von 2",
            fr="Numérisation p. 1/2",
            es="Escaneado - pág. 1/2",
        )
    ]
    for lab, val in zip(labels, vals, strict=True):
        if not val:
            continue
        val = _respace(val, c)
        rows.append(
            f"{_ocr_noise(lab, c)} {c.pick([':', ' :', ' ;', '|', ''])}{' ' * c.r.randint(1, 6)}{val}"
        )
    rows.append(
        f"{c.L(en='Signed', de='Unterschrift', fr='Signé', es='Firma')} {' ' * 3}___________  {c.decoy('date')}"
    )
    return "\n".join(rows)


def _respace(marked: str, c: Ctx) -> str:
    """Double the blanks inside a marked value (the value changes with it)."""
    if "|" not in marked or not c.chance(0.5):
        return marked
    head, _, rest = marked.partition("|")
    value = rest[:-1]
    return f"{head}|{value.replace(' ', '  ')}{rest[-1]}"


__all__ = ["email", "form", "m", "ocr", "prose", "ticket"]
