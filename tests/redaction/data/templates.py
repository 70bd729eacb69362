"""Sentence and document templates for the evaluation set ({SLOT} is filled by build_eval)."""

from __future__ import annotations

GREETING = {
    "en": ["Dear {PERSON},", "Hi {FIRST},", "Hello {PERSON},", "Dear Mr. {PERSON},", "Hi team,"],
    "de": [
        "Sehr geehrte Frau {PERSON},",
        "Hallo {FIRST},",
        "Lieber {PERSON},",
        "Sehr geehrter Herr {PERSON},",
        "Hallo zusammen,",
    ],
    "fr": [
        "Bonjour {FIRST},",
        "Chère Madame {PERSON},",
        "Bonjour Monsieur {PERSON},",
        "Bonjour à tous,",
    ],
    "es": ["Hola {FIRST},", "Estimado {PERSON}:", "Estimada Sra. {PERSON}:", "Hola equipo,"],
}

SIGNOFF = {
    "en": [
        "Best regards,\n{PERSON}",
        "Thanks,\n{FIRST}",
        "Kind regards,\n{PERSON}\n{PHONE}",
        "Cheers,\n{PERSON}",
    ],
    "de": [
        "Mit freundlichen Grüßen\n{PERSON}",
        "Viele Grüße\n{FIRST}",
        "Beste Grüße\n{PERSON}\nTel. {PHONE}",
    ],
    "fr": ["Cordialement,\n{PERSON}", "Bien à vous,\n{PERSON}", "Merci,\n{FIRST}"],
    "es": ["Saludos,\n{PERSON}", "Atentamente,\n{PERSON}", "Un saludo,\n{FIRST}"],
}

PROSE = {
    "en": [
        "Please send the signed contract to {EMAIL} by Friday.",
        "You can reach me on {PHONE} after 3pm.",
        "My new mobile number is {PHONE}.",
        "Call the customer back at {PHONE} regarding the delivery.",
        "The customer paid with card {CARD}, exp 09/27.",
        "Please refund the amount to IBAN {IBAN}.",
        "Employee SSN: {SSN}.",
        "Her social security number is {SSN} according to the form.",
        "Suspicious logins came from {IP} last night.",
        "The VPN assigned {IPV6} to the laptop.",
        "I accidentally pasted our API key {TOKEN} into the channel, please rotate it.",
        "Here is the token that fails: {TOKEN}",
        "The temporary password is {PASSWORD}\n",
        "Ship the replacement to {STREET}, Springfield, IL.",
        "Dr. {PERSON} will review the claim.",
        "cc {EMAIL} and {EMAIL} on the reply.",
        "Order {HN_order} was shipped on {HN_date}.",
        "Invoice {HN_invoice} totals {HN_price} and is due {HN_date}.",
        "Build {HN_git_sha} deployed as version {HN_version}.",
        "Request id {HN_uuid} failed at {HN_timestamp}.",
        "Tracking number {HN_tracking}, ISBN {HN_isbn}.",
        "The service listens on {HN_loopback} in development.",
        "Conversion went up {HN_percent} to {HN_quantity} visits.",
        "Customer no. {HN_phone_like_id} asked about ticket {HN_ticket}.",
        "Artifact digest {HN_hash}, subnet mask {HN_netmask}.",
    ],
    "de": [
        "Bitte schicken Sie die Unterlagen an {EMAIL}.",
        "Sie erreichen mich unter {PHONE}.",
        "Meine Handynummer: {PHONE}",
        "Rufen Sie bitte {PHONE} zurück.",
        "Die Kreditkarte {CARD} wurde zweimal belastet.",
        "Bitte überweisen Sie den Betrag auf {IBAN}.",
        "IBAN: {IBAN}, BIC: COBADEFFXXX",
        "Zugriffe von {IP} wurden blockiert.",
        "Das Passwort lautet {PASSWORD}\n",
        "Der API-Schlüssel {TOKEN} ist abgelaufen.",
        "Lieferadresse: {STREET}, {HN_zip} Berlin.",
        "Frau {PERSON} ist ab Montag im Urlaub.",
        "Herr {PERSON} hat wegen der Mahnung angerufen.",
        "Die SSN des US-Mitarbeiters ist {SSN}.",
        "Bestellung {HN_order} vom {HN_date} ist unterwegs.",
        "Rechnung {HN_invoice} über {HN_price} ist fällig.",
        "Version {HN_version} ist installiert (Commit {HN_git_sha}).",
        "Vorgang {HN_uuid} um {HN_timestamp} abgeschlossen.",
        "Der Dienst läuft lokal auf {HN_loopback}.",
        "Kundennummer {HN_phone_like_id}, Ticket {HN_ticket}.",
        "Sendungsnummer {HN_tracking}, Umsatz {HN_quantity} Stück.",
    ],
    "fr": [
        "Merci d'envoyer le dossier à {EMAIL}.",
        "Vous pouvez me joindre au {PHONE}.",
        "Mon numéro de portable : {PHONE}",
        "Rappelez le client au {PHONE} avant midi.",
        "Le client a payé avec la carte {CARD}.",
        "Merci de virer le remboursement sur {IBAN}.",
        "RIB / IBAN : {IBAN}",
        "Connexions suspectes depuis {IP} cette nuit.",
        "Le mot de passe est {PASSWORD}\n",
        "La clé API {TOKEN} a fuité dans le dépôt.",
        "Adresse de livraison : {STREET}, {HN_zip} Paris.",
        "Madame {PERSON} a validé la demande.",
        "Le numéro SSN de l'employé américain : {SSN}.",
        "Commande {HN_order} du {HN_date} expédiée.",
        "Facture {HN_invoice} d'un montant de {HN_price}.",
        "Version {HN_version} déployée (commit {HN_git_sha}).",
        "Identifiant de requête {HN_uuid} à {HN_timestamp}.",
        "Le serveur écoute sur {HN_loopback}.",
        "Réf. client {HN_phone_like_id}, ticket {HN_ticket}.",
        "Numéro de suivi {HN_tracking}, hausse de {HN_percent}.",
    ],
    "es": [
        "Por favor envíe el contrato a {EMAIL}.",
        "Puede llamarme al {PHONE}.",
        "Mi teléfono móvil: {PHONE}",
        "Llame al cliente al {PHONE} mañana.",
        "El cliente pagó con la tarjeta {CARD}.",
        "Haga la transferencia a {IBAN}.",
        "IBAN: {IBAN}",
        "Accesos sospechosos desde {IP} anoche.",
        "La contraseña es {PASSWORD}\n",
        "La clave de API {TOKEN} se publicó por error.",
        "Dirección de envío: {STREET}, {HN_zip} Madrid.",
        "La Sra. {PERSON} aprobó el reembolso.",
        "El SSN del empleado en EE. UU. es {SSN}.",
        "Pedido {HN_order} del {HN_date} enviado.",
        "Factura {HN_invoice} por {HN_price}.",
        "Versión {HN_version} instalada (commit {HN_git_sha}).",
        "Solicitud {HN_uuid} a las {HN_timestamp}.",
        "El servicio escucha en {HN_loopback}.",
        "Nº de cliente {HN_phone_like_id}, incidencia {HN_ticket}.",
        "Número de seguimiento {HN_tracking}, {HN_quantity} unidades.",
    ],
}

STRUCTURED = {
    "log": [
        "{HN_timestamp} INFO  auth login ok user={EMAIL} src={IP} req={HN_uuid}\n"
        "{HN_timestamp} WARN  rate limit src={IP} path=/api/v1/orders/{HN_order}\n"
        "{HN_timestamp} DEBUG upstream {HN_loopback} took 35ms build={HN_git_sha}",
        "[{HN_timestamp}] ERROR payment declined card={CARD} amount={HN_price} trace={HN_uuid}\n"
        "[{HN_timestamp}] INFO  retry from {IPV4} (client {HN_version})",
        '{"ts":"{HN_timestamp}","level":"info","msg":"signup","email":"{EMAIL}","phone":"{PHONE}",'
        '"ip":"{IP}","trace_id":"{HN_hash}"}',
        "{HN_timestamp} sshd[{HN_ticket}]: Accepted publickey for deploy from {IP} port 52144\n"
        "{HN_timestamp} sshd: Failed password for admin from {IPV6} port 22\n"
        "{HN_timestamp} kernel: eth0 MAC {HN_mac} link up, mask {HN_netmask}",
        "{HN_timestamp} DEBUG POST /v1/chat Authorization: Bearer {TOKEN} req={HN_uuid}\n"
        "{HN_timestamp} INFO  db connect postgres://⟦SECRET|svc:{URLPASS_RAW}⟧@db.internal:5432/app",
    ],
    "config": [
        "# .env\nDATABASE_URL=postgres://⟦SECRET|app:{URLPASS_RAW}⟧@db.prod.internal:5432/orders\n"
        "OPENAI_API_KEY={TOKEN}\nAPP_VERSION={HN_version}\nLISTEN_ADDR={HN_loopback}\nDEBUG=false",
        "aws_access_key_id = {AKIA}\naws_secret_access_key = {AWS_SECRET}\nregion = eu-central-1\n"
        "# rotated {HN_date}, ticket {HN_ticket}",
        "database:\n  host: {IPV4}\n  port: 5432\n  user: orders\n  password: {PASSWORD}\n"
        "cache:\n  url: redis://:{URLPASS}@{HN_loopback}\n  ttl: 300\nrelease: {HN_version}",
        "[smtp]\nserver = mail.example.com\nusername = {EMAIL}\npassword = {PASSWORD}\n"
        "[api]\nsecret_key = {PASSWORD}\nprimary_key = id\nmax_tokens = 512",
        "SLACK_BOT_TOKEN={TOKEN}\nSTRIPE_KEY={TOKEN}\nGIT_SHA={HN_git_sha}\nBUILD_ID={HN_uuid}",
        "ssh_key: |\n  {PEM}\nimage: registry.example.com/app@{HN_hash}",
        '{"client_id": "{HN_uuid}", "client_secret": "{PASSWORD}", "redirect": "http://{HN_loopback}/cb"}',
    ],
    "csv": [
        "id,name,email,phone,created\n{HN_order},{PERSON},{EMAIL},{PHONE},{HN_date}\n"
        "{HN_order},{PERSON},{EMAIL},{PHONE},{HN_date}",
        "employee;ssn;iban;salary\n{PERSON};{SSN};{IBAN};{HN_price}\n{PERSON};{SSN};{IBAN};{HN_price}",
        "order_id,card,amount,ip\n{HN_invoice},{CARD},{HN_price},{IP}\n{HN_invoice},{CARD},{HN_price},{IP}",
        "ticket,reporter,contact,version\n{HN_ticket},{EMAIL},{PHONE},{HN_version}",
    ],
    "json": [
        '{"customer": {"name": "{PERSON}", "email": "{EMAIL}", "phone": "{PHONE}"},\n'
        ' "order_id": "{HN_order}", "request_id": "{HN_uuid}", "total": "{HN_price}"}',
        '{"employee": "{PERSON}", "ssn": "{SSN}", "iban": "{IBAN}", "start": "{HN_date}"}',
        '{"api_key": "{TOKEN}", "model": "gpt-4o-mini", "max_tokens": 256, '
        '"version": "{HN_version}"}',
        '{"event": "login", "ip": "{IP}", "user": "{EMAIL}", "session": "{HN_hash}", '
        '"at": "{HN_timestamp}"}',
        '{"payment": {"card_number": "{CARD}", "holder": "{PERSON}", "invoice": "{HN_invoice}"}}',
        '{"password": "{PASSWORD}", "username": "{EMAIL}", "commit": "{HN_git_sha}"}',
    ],
}
