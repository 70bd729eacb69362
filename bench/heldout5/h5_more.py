"""More templates: court filings, tenant letters, dating chats, helpdesk chats with codes,
Freshdesk JSON, HubSpot exports, Kubernetes and .env files, payment logs and US staff notes
written in all four languages. They carry most of the cards, SSNs and secrets.
"""

# ruff: noqa: E501, RUF001
# Templates are text: their lines are as long as the sentences they hold, with real dashes.

from __future__ import annotations

from h5_decoys import decoy
from h5_pools import WORD
from h5_values import Ctx

CC = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES"}


def court(c: Ctx, lang: str) -> str:
    a, b = c.person(lang), c.person(lang)
    return {
        "en": f"IN THE COUNTY COURT – Claim No. {decoy(c, 'case')}\nBETWEEN {a} (Claimant), born {c.dob(lang)}, of {c.street(lang)}, {c.town(lang)}\nand {b} (Defendant).\nPARTICULARS: By a tenancy agreement dated {decoy(c, 'old-date')} and renewed on {decoy(c, 'date')}, the Defendant agreed to pay rent of {decoy(c, 'price', lang)} into account {c.iban('GB')}. Arrears as at invoice {decoy(c, 'invoice')} remain unpaid.\nStatement of truth signed by {c.person(lang)}.",
        "de": f"Amtsgericht – Az. {decoy(c, 'case')}\nIn dem Rechtsstreit {a}, geb. {c.dob(lang)}, wohnhaft {c.street(lang)}, {c.town(lang)} – Kläger –\ngegen {b} – Beklagte –\nwegen Mietzahlung. Der Mietvertrag vom {decoy(c, 'old-date')} sieht eine Miete von {decoy(c, 'price', lang)} vor, zahlbar auf {c.iban('DE')}. Rechnung {decoy(c, 'invoice')} blieb offen.\nRechtsanwältin {c.person(lang)}",
        "fr": f"TRIBUNAL JUDICIAIRE – RG {decoy(c, 'case')}\nDEMANDEUR : {a}, né le {c.dob(lang)}, demeurant {c.street(lang)}, {c.town(lang)}\nDÉFENDEUR : {b}\nPar bail du {decoy(c, 'old-date')}, le défendeur s'est engagé à verser un loyer de {decoy(c, 'price', lang)} sur le compte {c.iban('FR')}. La facture {decoy(c, 'invoice')} reste impayée.\nMe {c.person(lang)}, avocat",
        "es": f"JUZGADO DE PRIMERA INSTANCIA – Procedimiento {decoy(c, 'case')}\nDemandante: {a}, nacido el {c.dob(lang)}, con domicilio en {c.street(lang)}, {c.town(lang)}\nDemandado: {b}\nEn virtud del contrato de arrendamiento de {decoy(c, 'old-date')}, el demandado debía abonar {decoy(c, 'price', lang)} en la cuenta {c.iban('ES')}. La factura {decoy(c, 'invoice')} sigue impagada.\nLetrada: {c.person(lang)}",
    }[lang]  # fmt: skip


def tenant(c: Ctx, lang: str) -> str:
    w = WORD[lang]
    return {
        "en": f"Subject: Deposit return – {c.street(lang)}\n\nDear {c.person(lang)},\n\nthe check-out on {decoy(c, 'date')} went fine. Please return the deposit ({decoy(c, 'price', lang)}) to {c.iban('IE')}. The meter reading was {decoy(c, 'qty')}. Our original lease dates from {decoy(c, 'old-date')}, the boiler serial is {decoy(c, 'part')}. New address: {c.street(lang)}, {c.town(lang)}. Phone {c.phone(lang)}.\n\n{w['regards']},\n{c.person(lang)}",
        "de": f"Betreff: Kaution – {c.street(lang)}\n\nSehr geehrte Frau {c.person(lang, 'surname')},\n\ndie Wohnungsübergabe am {decoy(c, 'date')} verlief ohne Mängel. Bitte überweisen Sie die Kaution ({decoy(c, 'price', lang)}) auf {c.iban('DE')}. Zählerstand {decoy(c, 'qty')}, Zählernummer {decoy(c, 'part')}. Der Mietvertrag stammt vom {decoy(c, 'old-date')}. Neue Anschrift: {c.street(lang)}, {c.town(lang)}, Tel. {c.phone(lang)}.\n\n{w['regards']}\n{c.person(lang)}",
        "fr": f"Objet : restitution du dépôt de garantie – {c.street(lang)}\n\nMadame {c.person(lang, 'surname')},\n\nl'état des lieux de sortie du {decoy(c, 'date')} n'a relevé aucun dégât. Merci de virer le dépôt ({decoy(c, 'price', lang)}) sur {c.iban('FR')}. Compteur n° {decoy(c, 'part')}. Bail signé le {decoy(c, 'old-date')}. Ma nouvelle adresse : {c.street(lang)}, {c.town(lang)}. Tél. {c.phone(lang)}.\n\n{w['regards']},\n{c.person(lang)}",
        "es": f"Asunto: devolución de la fianza – {c.street(lang)}\n\nEstimado {c.person(lang)}:\n\nla entrega de llaves del {decoy(c, 'date')} fue correcta. Le ruego transfiera la fianza ({decoy(c, 'price', lang)}) a {c.iban('ES')}. Contador n.º {decoy(c, 'part')}. El contrato es del {decoy(c, 'old-date')}. Mi nueva dirección: {c.street(lang)}, {c.town(lang)}. Tel. {c.phone(lang)}.\n\n{w['regards']},\n{c.person(lang)}",
    }[lang]  # fmt: skip


def dating(c: Ctx, lang: str) -> str:
    a, b = c.given(lang), c.given(lang)
    while b == a:
        b = c.given(lang)
    lines = {
        "en": [f"{a}: so nice chatting! I'm off the app soon, text me? {c.phone(lang)}", f"{b}: sure :) drinks friday at the bar near {c.street(lang)}?", f"{a}: deal. I'm the one born {c.dob(lang)}, so technically a leo 😄", f"{b}: haha. my insta is @{b.lower()}_{c.d(2)} btw"],
        "de": [f"{a}: war nett! Schreib mir lieber auf WhatsApp: {c.phone(lang)}", f"{b}: gern 🙂 Freitag im Café in der {c.street(lang)}?", f"{a}: passt. ich hab übrigens am {c.dob(lang)} Geburtstag, also bald 😉"],
        "fr": [f"{a} : trop sympa ! écris-moi plutôt au {c.phone(lang)}", f"{b} : ok 🙂 vendredi au bar du {c.street(lang)} ?", f"{a} : parfait, je suis né le {c.dob(lang)} donc je paie la 1re tournée"],
        "es": [f"{a}: ¡qué bien! mejor escríbeme al {c.phone(lang)}", f"{b}: vale 🙂 ¿el viernes en el bar de {c.street(lang)}?", f"{a}: genial, nací el {c.dob(lang)}, así que invito yo"],
    }[lang]  # fmt: skip
    names = f"⟦PERSON|{a}⟧", f"⟦PERSON|{b}⟧"
    return "\n".join(line.replace(f"{a}:", f"{names[0]}:", 1).replace(f"{a} :", f"{names[0]} :", 1)
                     .replace(f"{b}:", f"{names[1]}:", 1).replace(f"{b} :", f"{names[1]} :", 1)
                     for line in lines)  # fmt: skip


def helpchat(c: Ctx, lang: str) -> str:
    ag, cu = c.person(lang, "given"), c.person(lang)
    return {
        "en": f"Chat transcript {decoy(c, 'ticket')} – agent {ag}, customer {cu}\n[10:02] Customer: my router login stopped working\n[10:03] Agent: what's the admin password you set?\n[10:03] Customer: {c.password()}\n[10:04] Agent: thanks. the router WAN IP is {c.ip()}, firmware {decoy(c, 'version')}\n[10:05] Customer: also the SMS code I got was {c.pin(6)}\n[10:06] Agent: perfect, serial {decoy(c, 'part')} is registered to {c.street(lang)}",
        "de": f"Chatverlauf {decoy(c, 'ticket')} – Agentin {ag}, Kunde {cu}\n[10:02] Kunde: Das WLAN-Passwort geht nicht mehr\n[10:03] Agentin: Welches Passwort haben Sie eingetragen?\n[10:03] Kunde: {c.password()}\n[10:04] Agentin: Danke. Ihre IP ist {c.ip()}, Firmware {decoy(c, 'version')}\n[10:05] Kunde: der Bestätigungscode war {c.pin(6)}",
        "fr": f"Transcription {decoy(c, 'ticket')} – conseillère {ag}, client {cu}\n[10:02] Client : mon mot de passe box ne marche plus\n[10:03] Conseillère : quel mot de passe avez-vous saisi ?\n[10:03] Client : {c.password()}\n[10:04] Conseillère : merci, l'IP de la box est {c.ip()}, firmware {decoy(c, 'version')}\n[10:05] Client : le code reçu par SMS est {c.pin(6)}",
        "es": f"Transcripción {decoy(c, 'ticket')} – agente {ag}, cliente {cu}\n[10:02] Cliente: la contraseña del router no funciona\n[10:03] Agente: ¿qué contraseña ha puesto?\n[10:03] Cliente: {c.password()}\n[10:04] Agente: gracias, la IP es {c.ip()}, firmware {decoy(c, 'version')}\n[10:05] Cliente: el código del SMS es {c.pin(6)}",
    }[lang]  # fmt: skip


def freshdesk(c: Ctx, lang: str) -> str:
    w = WORD[lang]
    return (
        f'{{"id": {c.rng.randint(1000, 99999)}, "type": "Billing", "requester": {{"name": "{c.person(lang)}", '
        f'"email": "{c.email(lang)}", "mobile": "{c.phone(lang)}"}},\n "conversations": [\n'
        f'  {{"body_text": "{w["hi"]}, {w["born"]}: {c.dob(lang)}. card {c.card()} exp 09/28", "private": false}},\n'
        f'  {{"body_text": "Note: refund {decoy(c, "price", lang)} to {c.iban(CC[lang])}, order {decoy(c, "order")}", "private": true}}],\n'
        f' "tags": ["{decoy(c, "version")}"], "updated_at": "{decoy(c, "timestamp")}"}}'
    )


def hubspot(c: Ctx, lang: str) -> str:
    rows = [
        "Record ID,First Name,Last Name,Email,Phone Number,Street Address,Create Date,Deal Amount"
    ]
    for _ in range(c.rng.randint(3, 5)):
        st = c.street(lang)
        rows.append(",".join([str(c.rng.randint(10**9, 10**10)), c.person(lang, "given"), c.person(lang, "surname"),
                              c.email(lang), c.phone(lang), f'"{st}"' if "," in st else st,
                              decoy(c, "date"), decoy(c, "price", "en").replace(",", "")]))  # fmt: skip
    return "\n".join(rows)


def kube(c: Ctx, lang: str) -> str:
    return (
        f'# values-prod.yaml – {decoy(c, "git")} (owner {c.email(lang)})\nimage:\n  tag: "{decoy(c, "version")}"\n'
        f'env:\n  - name: DATABASE_URL\n    value: "mysql://{c.userinfo()}@{c.ip()}:3306/shop"\n'
        f'  - name: SMTP_PASSWORD\n    value: "{c.password()}"\n  - name: SENDGRID_API_KEY\n'
        f'    value: "{c.token("SG.", 22)[:-1]}.{c.token("", 43)[len("⟦SECRET|") :]}"\n'
        f'  - name: REQUEST_ID_SALT\n    value: "{decoy(c, "md5")}"\n'
        f'ingress:\n  allowlist: ["{c.ip(cidr=True)}", "{c.ip(v6=True)}"]\n'
    )


def payments(c: Ctx, lang: str) -> str:
    lines = []
    for _ in range(c.rng.randint(3, 5)):
        ok = c.rng.random() < 0.7
        card = c.card() if ok else c.bad_card()
        lines.append(
            f'{decoy(c, "timestamp")} txn={decoy(c, "uuid")} pan={card} holder="{c.person(lang)}" '
            f"ip={c.ip()} status={'approved' if ok else 'rejected_luhn'}"
        )
    return "payment-gateway.log (excerpt)\n" + "\n".join(lines)


def usstaff(c: Ctx, lang: str) -> str:
    name = c.person(lang)
    return {
        "en": f"Hi payroll, new US hire {name} starts {decoy(c, 'date')}. SSN {c.ssn()}, DOB {c.dob('en')}, home address {c.street('en')}, {c.town('en')}. W-4 form rev. {decoy(c, 'old-date')}. Direct deposit routing info to follow.",
        "de": f"Hallo Lohnbuchhaltung, der neue US-Kollege {name} fängt am {decoy(c, 'date')} in Boston an. Social Security Number: {c.ssn()}, geboren {c.dob('de')}, Adresse {c.street('en')}, {c.town('en')}. Personalnr. {decoy(c, 'member')}.",
        "fr": f"Bonjour la paie, {name} rejoint la filiale américaine le {decoy(c, 'date')}. Numéro de sécurité sociale US (SSN) : {c.ssn()}, né le {c.dob('fr')}, domicile {c.street('en')}, {c.town('en')}. Matricule {decoy(c, 'member')}.",
        "es": f"Hola nóminas, {name} empieza en la filial de EE. UU. el {decoy(c, 'date')}. SSN: {c.ssn()}, fecha de nacimiento {c.dob('es')}, domicilio {c.street('en')}, {c.town('en')}. N.º de empleado {decoy(c, 'member')}.",
    }[lang]  # fmt: skip


def handover(c: Ctx, lang: str) -> str:
    """A colleague's handover note before leave: the logins a team really pastes into a page."""
    head = {
        "en": ("Handover while I'm on leave", "Wi-Fi for the meeting room", "the alarm code is", "supplier portal", "the password manager is down"),
        "de": ("Übergabe während meines Urlaubs", "WLAN Besprechungsraum", "der Alarmcode ist", "Lieferantenportal", "der Passwortmanager ist down"),
        "fr": ("Passation pendant mes congés", "Wi-Fi salle de réunion", "le code de l'alarme est", "portail fournisseur", "le gestionnaire de mots de passe est en panne"),
        "es": ("Traspaso durante mis vacaciones", "Wi-Fi sala de reuniones", "el código de la alarma es", "portal de proveedores", "el gestor de contraseñas no funciona"),
        "it": ("Passaggio di consegne durante le ferie", "Wi-Fi sala riunioni", "il codice dell'allarme è", "portale fornitori", "il password manager non funziona"),
        "nl": ("Overdracht tijdens mijn verlof", "wifi vergaderzaal", "de alarmcode is", "leveranciersportaal", "de wachtwoordmanager ligt eruit"),
        "pt": ("Passagem de pasta durante as férias", "Wi-Fi sala de reuniões", "o código do alarme é", "portal de fornecedores", "o gestor de palavras-passe está em baixo"),
    }[lang]  # fmt: skip
    title, wifi, alarm, portal, down = head
    return (
        f"{title} – {c.person(lang)} ({decoy(c, 'date')} → {decoy(c, 'date')})\n"
        f"- {wifi}: {c.password()}\n- {alarm} {c.pin(c.rng.choice([4, 6]))}\n"
        f"- {portal}: {c.email(lang)} / {c.password()}\n"
        f"- SFTP: sftp://{c.userinfo()}@{c.ip()}/inbox\n"
        f"- API token ({down}): {c.token(c.pick(['glpat-', 'xoxb-', 'hf_', 'dop_v1_']), 28)}\n"
        f"- {WORD[lang]['phone']} {c.person(lang, 'given')}: {c.phone(lang)}; VPN gateway {c.ip()}, client {decoy(c, 'version')}"
    )


def envfile(c: Ctx, lang: str) -> str:
    return (
        f"# .env ({decoy(c, 'git')}) – {c.person(lang)} asked why the worker fails, pasted whole\n"
        f"APP_VERSION={decoy(c, 'version')}\nREDIS_URL=rediss://{c.url_password()}@{c.ip()}:6380\n"
        f"AMQP_URL=amqp://{c.userinfo()}@{c.ip()}:5672/%2F\nJWT_SECRET={c.token('', 40)}\n"
        f"SMTP_USER={c.email(lang)}\nSMTP_PASSWORD={c.password()}\nCACHE_KEY_PREFIX={decoy(c, 'md5')}\n"
        f'REQUEST_TIMEOUT=30\nSUPPORT_PHONE="{c.phone(lang)}"\n'
    )


TEMPLATES = {
    "court": ("prose", court), "tenant": ("email", tenant), "dating": ("chat", dating),
    "helpchat": ("chat-export", helpchat), "freshdesk": ("json", freshdesk),
    "hubspot": ("csv", hubspot), "kube": ("config", kube), "payments": ("log", payments),
    "usstaff": ("email", usstaff), "handover": ("prose", handover), "envfile": ("config", envfile),
}  # fmt: skip
