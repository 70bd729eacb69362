# ruff: noqa: E501, RUF001
# Templates and pools are text in four languages: long phrase lines and typographic dashes,
# quotes and letters (en dash, apostrophe, dotless i) are what people write.
"""More templates, for the values the first three modules draw least: URL credentials in
connection strings, SSNs in US tax and benefits paperwork, card numbers next to gift-card
and loyalty numbers that fail Luhn, IP addresses in access and firewall logs, tracking
numbers and part numbers shaped like phone numbers.
"""

from __future__ import annotations

from h3_ctx import Ctx


def conn_strings(c: Ctx) -> str:
    host = c.pick("db.internal.example", "mq.corp.example", "files.example.net", "git.example.org")
    lines = [
        c.t(en="which of these connection strings is wrong? staging works, prod doesn't",
            de="welcher dieser Connection-Strings ist falsch? Staging geht, Prod nicht",
            fr="laquelle de ces chaînes de connexion est fausse ? la préprod marche, pas la prod",
            es="¿cuál de estas cadenas de conexión está mal? staging funciona, prod no"),
        f"SPRING_DATASOURCE_URL=jdbc:mysql://{host}:3306/shop?user={c.user()}&password={c.password()}",
        f"MONGO_URI=mongodb+srv://{c.url_cred()}@cluster0.{c.pick('a1b2c', 'x9k3q', 'mz7pw')}.mongodb.example/prod",
        f"AMQP_URL=amqps://{c.url_cred()}@{host}:5671/%2f",
        f"git clone https://{c.url_cred('oauth2')}@{host}/team/app.git",
        f"ftp://{c.url_cred()}@{c.ip(False)}/exports/",
    ]  # fmt: skip
    if c.chance(0.5):
        lines.append(
            f"SMTP=smtp://{c.url_cred()}@{host}:587  # {c.t(en='relay', de='Relay', fr='relais', es='relé')} {c.decoy('version')}"
        )
    return "\n".join(lines)


def tax_form(c: Ctx) -> str:
    name = c.v.person()
    return "\n".join([
        c.t(en="Form W-9 (Rev. March 2024) - extracted fields", de="Formular W-9 (US-Steuer) – ausgelesene Felder",
            fr="Formulaire W-9 (fiscalité US) – champs extraits", es="Formulario W-9 (impuestos EE. UU.) – campos extraídos"),
        f"1 Name: {c.person(name)}",
        f"3 {c.t(en='Federal tax classification', de='Steuerklasse', fr='Classification fiscale', es='Clasificación fiscal')}: Individual/sole proprietor",
        f"5 Address: {c.street('en')}",
        f"6 City, state, ZIP: {c.v.town('en')}",
        f"Part I  Social security number: {c.ssn(c.pick('dash', 'space'))}",
        f"Date: {c.decoy('date')}   Signature on file",
        c.t(en=f"Spouse SSN {c.ssn()} (joint), dependent born {c.dob('en')}",
            de=f"Ehepartner SSN {c.ssn()}, Kind geboren am {c.dob()}",
            fr=f"SSN du conjoint {c.ssn()}, enfant né le {c.dob()}",
            es=f"SSN del cónyuge {c.ssn()}, hijo nacido el {c.dob()}"),
    ])  # fmt: skip


def benefits_csv(c: Ctx) -> str:
    sep = c.pick(",", ";", "|")
    lines = [
        sep.join(["employee_id", "first_name", "last_name", "ssn", "dob", "plan", "effective"])
    ]
    for _ in range(c.num(3, 6)):
        lines.append(sep.join([c.decoy("ticket"), c.given(), c.person(c.v.surname()), c.ssn(),
                               c.dob(c.pick("en", c.lang)), c.pick("PPO", "HMO", "HDHP"), c.decoy("date")]))  # fmt: skip
    return "\n".join(lines)


def gift_cards(c: Ctx) -> str:
    return "\n".join([
        c.t(en=f"Hi, I paid order {c.decoy('order')} with two things: my Visa {c.card('visa')} and a gift card {c.decoy('luhn-invalid')}.",
            de=f"Hallo, ich habe Bestellung {c.decoy('order')} mit Karte {c.card()} und Gutschein-Nr. {c.decoy('luhn-invalid')} bezahlt.",
            fr=f"Bonjour, j'ai réglé la commande {c.decoy('order')} avec ma carte {c.card()} et la carte cadeau {c.decoy('luhn-invalid')}.",
            es=f"Hola, pagué el pedido {c.decoy('order')} con mi tarjeta {c.card()} y la tarjeta regalo {c.decoy('luhn-invalid')}."),
        c.t(en=f"The gift card was refunded but the card wasn't. Loyalty no. {c.decoy('luhn-invalid')}, parcel {c.decoy('tracking')}.",
            de=f"Der Gutschein wurde erstattet, die Karte nicht. Kundenkarte {c.decoy('luhn-invalid')}, Sendung {c.decoy('tracking')}.",
            fr=f"La carte cadeau a été remboursée, pas la carte bancaire. Carte fidélité {c.decoy('luhn-invalid')}, colis {c.decoy('tracking')}.",
            es=f"Me devolvieron la tarjeta regalo pero no la otra. Tarjeta de fidelidad {c.decoy('luhn-invalid')}, envío {c.decoy('tracking')}."),
        c.t(en=f"Backup card if needed: {c.card()} - call me on {c.phone()}.",
            de=f"Ersatzweise Karte {c.card()} belasten, Rückruf unter {c.phone()}.",
            fr=f"Sinon débitez la carte {c.card()}, rappelez-moi au {c.phone()}.",
            es=f"Si hace falta, cargad la tarjeta {c.card()}; llamadme al {c.phone()}."),
    ])  # fmt: skip


def fraud_alert(c: Ctx) -> str:
    rows = [
        f"  {c.decoy('timestamp')}  {c.card()}  {c.decoy('price')}  {c.ip()}"
        for _ in range(c.num(2, 4))
    ]
    return "\n".join([
        c.t(en="Subject: Fraud review - velocity rule fired", de="Betreff: Betrugsprüfung – Velocity-Regel ausgelöst",
            fr="Objet : revue fraude – règle de vélocité déclenchée", es="Asunto: revisión de fraude – regla de velocidad"),
        "",
        c.t(en=f"Rule {c.decoy('version')} flagged these attempts from one device ({c.decoy('uuid')}):",
            de=f"Regel {c.decoy('version')} hat diese Versuche von einem Gerät ({c.decoy('uuid')}) markiert:",
            fr=f"La règle {c.decoy('version')} a signalé ces tentatives depuis un appareil ({c.decoy('uuid')}) :",
            es=f"La regla {c.decoy('version')} marcó estos intentos desde un dispositivo ({c.decoy('uuid')}):"),
        *rows,
        c.t(en=f"Account holder {c.person()}, {c.email()}, DOB on file {c.dob()}.",
            de=f"Kontoinhaber {c.person()}, {c.email()}, Geburtsdatum laut Akte {c.dob()}.",
            fr=f"Titulaire {c.person()}, {c.email()}, date de naissance au dossier {c.dob()}.",
            es=f"Titular {c.person()}, {c.email()}, fecha de nacimiento registrada {c.dob()}."),
    ])  # fmt: skip


def access_log(c: Ctx) -> str:
    lines = []
    for _ in range(c.num(3, 5)):
        lines.append(f'{c.ip()} - - [{c.num(10, 28)}/Nov/2026:{c.num(10, 23)}:{c.num(10, 59)}:{c.num(10, 59)} +0100] '
                     f'"GET /api/v{c.num(1, 3)}/orders/{c.decoy("order")} HTTP/1.1" {c.pick("200", "404", "401", "500")} {c.num(200, 9000)}')  # fmt: skip
    lines.append(
        f"{c.decoy('timestamp')} ufw BLOCK IN=eth0 SRC={c.ip()} DST={c.ip(False)} MAC={c.decoy('mac')} PROTO=TCP DPT=22"
    )
    lines.append(c.t(en="why is the last one blocked?", de="warum wird der letzte geblockt?", fr="pourquoi le dernier est bloqué ?",
                     es="¿por qué se bloquea el último?"))  # fmt: skip
    return "\n".join(lines)


def parts_order(c: Ctx) -> str:
    return "\n".join([
        c.t(en=f"Please reorder part {c.decoy('product')} (qty 40) and {c.decoy('product')}; supplier rep is {c.person()}, {c.phone()}.",
            de=f"Bitte Teil {c.decoy('product')} (40 Stk.) und {c.decoy('product')} nachbestellen; Ansprechpartner {c.person()}, {c.phone()}.",
            fr=f"Merci de recommander la pièce {c.decoy('product')} (40 pcs) et {c.decoy('product')} ; contact fournisseur {c.person()}, {c.phone()}.",
            es=f"Repón la pieza {c.decoy('product')} (40 uds.) y la {c.decoy('product')}; contacto del proveedor {c.person()}, {c.phone()}."),
        c.t(en=f"Ship to {c.address()}, tracking goes to {c.email()}. Last shipment {c.decoy('tracking')}, ISBN of the manual {c.decoy('isbn')}.",
            de=f"Lieferung an {c.address()}, Tracking an {c.email()}. Letzte Sendung {c.decoy('tracking')}, Handbuch ISBN {c.decoy('isbn')}.",
            fr=f"Livraison au {c.address()}, suivi à {c.email()}. Dernier envoi {c.decoy('tracking')}, manuel ISBN {c.decoy('isbn')}.",
            es=f"Enviar a {c.address()}, seguimiento a {c.email()}. Último envío {c.decoy('tracking')}, manual ISBN {c.decoy('isbn')}."),
    ])  # fmt: skip


def payment_chat(c: Ctx) -> str:
    bot = c.t(en="Assistant", de="Assistent", fr="Assistant", es="Asistente")
    me = c.given()
    return "\n".join([
        f"{me}: " + c.t(en="i want to pay my overdue bill", de="ich will meine offene Rechnung zahlen",
                        fr="je veux régler ma facture en retard", es="quiero pagar la factura pendiente"),
        f"{bot}: " + c.t(en=f"Sure. Invoice {c.decoy('invoice')}, {c.decoy('price')}. Card number?",
                         de=f"Gern. Rechnung {c.decoy('invoice')}, {c.decoy('price')}. Kartennummer?",
                         fr=f"Bien sûr. Facture {c.decoy('invoice')}, {c.decoy('price')}. Numéro de carte ?",
                         es=f"Claro. Factura {c.decoy('invoice')}, {c.decoy('price')}. ¿Número de tarjeta?"),
        f"{me}: {c.card()}",
        f"{bot}: " + c.t(en="And the billing ZIP and SSN last four? Actually, we need the full SSN for this account type.",
                         de="Für diese Kontoart brauchen wir die vollständige US-Sozialversicherungsnummer.",
                         fr="Pour ce type de compte, il nous faut le numéro de sécurité sociale américain complet.",
                         es="Para este tipo de cuenta necesitamos el número de seguro social completo."),
        f"{me}: {c.ssn()}",
        f"{me}: " + c.t(en=f"oh and my new mobile is {c.phone()}", de=f"ach ja, neue Handynummer: {c.phone()}",
                        fr=f"ah et mon nouveau portable : {c.phone()}", es=f"ah, y mi móvil nuevo es {c.phone()}"),
    ])  # fmt: skip


def it_handover(c: Ctx) -> str:
    """Passwords in prose, the way colleagues hand accounts over."""
    return "\n".join([
        c.t(en=f"Hi {c.given()}, handing over the shop admin while I'm away.",
            de=f"Hallo {c.given()}, hier die Übergabe für den Shop-Admin während meines Urlaubs.",
            fr=f"Salut {c.given()}, voici la passation pour l'admin de la boutique pendant mon absence.",
            es=f"Hola {c.given()}, te paso el admin de la tienda mientras estoy fuera."),
        c.t(en=f"The admin password is {c.password()} and the backup account is {c.user()} / {c.password()}.",
            de=f"Das Admin-Passwort lautet {c.password()}, der Notfall-Account ist {c.user()} / {c.password()}.",
            fr=f"Le mot de passe admin est {c.password()} et le compte de secours {c.user()} / {c.password()}.",
            es=f"La contraseña de admin es {c.password()} y la cuenta de respaldo {c.user()} / {c.password()}."),
        c.t(en=f"If the payment plugin asks, use {c.secret()} as the API key (not the one in {c.decoy('ticket')}).",
            de=f"Falls das Zahlungsplugin fragt: API-Key {c.secret()} (nicht den aus {c.decoy('ticket')}).",
            fr=f"Si le module de paiement le demande, la clé API est {c.secret()} (pas celle de {c.decoy('ticket')}).",
            es=f"Si el plugin de pagos lo pide, la clave API es {c.secret()} (no la del {c.decoy('ticket')})."),
        f"PAYMENT_WEBHOOK_SECRET={c.password()}",
        c.t(en=f"Alarm code for the stockroom: {c.pin(4)}. Plugin version {c.decoy('version')}.",
            de=f"Alarmcode fürs Lager: {c.pin(4)}. Plugin-Version {c.decoy('version')}.",
            fr=f"Code alarme de la réserve : {c.pin(4)}. Version du module {c.decoy('version')}.",
            es=f"Código de la alarma del almacén: {c.pin(4)}. Versión del plugin {c.decoy('version')}."),
    ])  # fmt: skip


TEMPLATES = [("prose", it_handover, 5), ("config", conn_strings, 6), ("form", tax_form, 5), ("csv", benefits_csv, 5),
             ("chat", gift_cards, 5), ("email", fraud_alert, 5), ("log", access_log, 4),
             ("email", parts_order, 3), ("chat", payment_chat, 5)]  # fmt: skip
