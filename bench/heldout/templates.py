# ruff: noqa: E501 - value pools and templates are data, one entry per line for reading
"""Templates for the generated part of the held-out set (``<<slot>>`` is filled by fill()).

Slots: me / them (a PERSON, the same one each time in a text), myemail (an e-mail made from
me's name), email, obfemail, phone, card, cardzw (zero-width spaces between groups), iban,
ssn, ssnbare (nine digits after an SSN word), ip, token, pw, aws, urlcred, street, city,
dob, dobiso, and decoy / decoy:<what>.
"""

from __future__ import annotations

import re

import values as v

CHAT = {
    "en": [
        "Hi, <<me>> here. I can't log in since the update. My login is <<myemail>> / <<pw>>, can you check? Order <<decoy:order>>.",
        "hey support, card ending in 4 digits got charged twice on <<decoy:date>>. full number is <<card>>, amount <<decoy:price>>",
        "Agent: Could you confirm your phone number?\nCustomer: sure it's <<phone>>, and email <<obfemail>>",
        "Customer: my SSN is <<ssn>> and date of birth <<dob>>, please update the file.\nAgent: Thanks <<them>>, done.",
        "quick one - the password for the shared mailbox is <<pw>> (don't forward pls). server is at <<ip>>",
        "Can you refund to my IBAN <<iban>>? Account holder <<me>>. Invoice <<decoy:invoice>>.",
        "I moved! New address: <<street>>, <<city>>. Phone stays <<phone>>.",
        "The API key we got is <<token>> - it started failing after build <<decoy:git>>.",
        "pls don't email me at work, use <<obfemail>> instead. or text <<phone>>",
        "[09:14] <<me>>: can someone reset my pw? temp one was <<pw>>\n[09:15] Support: done, check <<myemail>>",
        "my wife's card <<card>> was declined, but <<decoy:luhn-invalid>> is just our loyalty number",
        "For the W-2 correction: employee <<them>>, SSN <<ssnbare>>, born <<dob>>. Payroll run <<decoy:invoice>>.",
        "Agent: last four won't do, I need the full social.\nCustomer: ok it's <<ssn>>",
    ],
    "de": [
        "Hallo, hier ist <<me>>. Mein Passwort ist <<pw>> und ich komme trotzdem nicht rein. Kundennummer <<decoy:order>>.",
        "Guten Tag, bitte buchen Sie von meinem Konto <<iban>> ab. Rechnung <<decoy:invoice>> über <<decoy:price>>.",
        "Kunde: Meine Handynummer ist <<phone>>, E-Mail <<obfemail>>\nAgent: Danke, notiert.",
        "Ich bin umgezogen: <<street>>, <<city>>. Geburtsdatum zur Kontrolle: <<dob>>.",
        "Zugangsdaten fürs VPN: Benutzer <<myemail>>, Kennwort <<pw>>. Gateway <<ip>>.",
        "Die Kreditkarte <<card>> wurde am <<decoy:date>> zweimal belastet.",
        "[14:02] <<me>>: Token für den Build-Server: <<token>>\n[14:03] <<them>>: danke, Version <<decoy:version>> läuft",
        "Rückruf bitte unter <<phone>>. Mfg <<me>>",
        "Schreiben Sie mir lieber privat: <<obfemail>> - die Firmenadresse liest mein Chef mit.",
        "geb. am <<dob>>, wohnhaft <<street>> - bitte Vertrag auf mich umschreiben. Sendungsnummer <<decoy:tracking>>",
        "Meine Karte: <<cardzw>> (aus der App kopiert)",
    ],
    "fr": [
        "Bonjour, c'est <<me>>. Mon mot de passe est <<pw>> mais la connexion échoue. Commande <<decoy:order>>.",
        "Client : mon numéro est le <<phone>>, mon adresse mail <<obfemail>>\nConseiller : merci, c'est noté.",
        "Merci de prélever sur l'IBAN <<iban>> (titulaire <<me>>). Facture <<decoy:invoice>> de <<decoy:price>>.",
        "J'ai déménagé au <<street>>, <<city>>. Né le <<dob>>, si besoin pour vérifier.",
        "Le code d'accès wifi du bureau : <<pw>>. Le routeur est en <<ip>>.",
        "Ma carte <<card>> a été débitée deux fois le <<decoy:date>>.",
        "[10:21] <<me>> : voilà la clé API <<token>>\n[10:22] <<them>> : merci, je déploie la <<decoy:version>>",
        "Rappelez-moi au <<phone>> svp. Cordialement, <<me>>",
        "écrivez-moi plutôt sur <<obfemail>>, je ne consulte plus l'ancienne boîte",
        "numéro de carte : <<cardzw>> — copié depuis l'appli",
        "identifiant : <<myemail>> / mdp : <<pw>>",
    ],
    "es": [
        "Hola, soy <<me>>. Mi contraseña es <<pw>> y no puedo entrar. Pedido <<decoy:order>>.",
        "Cliente: mi móvil es <<phone>> y el correo <<obfemail>>\nAgente: gracias, anotado.",
        "Por favor domicilien el recibo en mi IBAN <<iban>>. Factura <<decoy:invoice>> de <<decoy:price>>.",
        "Me he mudado a <<street>>, <<city>>. Fecha de nacimiento: <<dob>>.",
        "La clave del wifi de la oficina es <<pw>>, el router está en <<ip>>.",
        "Me cobraron dos veces en la tarjeta <<card>> el <<decoy:date>>.",
        "[11:40] <<me>>: aquí va el token <<token>>\n[11:41] <<them>>: gracias, ya está en la versión <<decoy:version>>",
        "Llámenme al <<phone>>. Un saludo, <<me>>",
        "mejor escríbeme a <<obfemail>>, el correo del trabajo no lo miro",
        "usuario: <<myemail>> / pass: <<pw>>",
        "tarjeta <<cardzw>>, caduca 08/27",
    ],
}  # fmt: skip

TICKET = {
    "en": [
        "Ticket <<decoy:ticket>>\nReporter: <<me>> (<<myemail>>)\nPriority: high\n\nCustomer <<them>> reports that payments with card <<card>> fail since <<decoy:timestamp>>. Checksum of the failing request: <<decoy:sha256>>.",
        "Subject: Account locked\nRequester: <<me>>\nPhone: <<phone>>\nSSN (last check): <<ssn>>\nDOB: <<dob>>\n\nPlease unlock; verified by phone.",
        "Incident <<decoy:ticket>>: outbound traffic from <<ip>> to <<ip>> flagged. Commit <<decoy:git>> rolled back. Credentials in the log: <<urlcred>>",
        "Bug: the export writes the raw API key (<<token>>) into <<decoy:uuid>>.json. Assigned to <<them>>.",
    ],
    "de": [
        "Ticket <<decoy:ticket>>\nMelder: <<me>> (<<myemail>>)\n\nKundin <<them>> kann seit <<decoy:timestamp>> nicht mit der Karte <<card>> zahlen. Prüfsumme: <<decoy:md5>>.",
        "Betreff: Konto gesperrt\nAnsprechpartner: <<me>>\nTelefon: <<phone>>\nGeburtsdatum: <<dob>>\nIBAN: <<iban>>\n\nBitte entsperren.",
        "Störung <<decoy:ticket>>: Zugriffe von <<ip>> blockiert. Connection-String im Log: <<urlcred>>. Fix in <<decoy:git>>.",
        "Fehler: Das Passwort <<pw>> steht im Klartext in der Logdatei. Zuständig: <<them>>.",
    ],
    "fr": [
        "Ticket <<decoy:ticket>>\nDemandeur : <<me>> (<<myemail>>)\n\nLa cliente <<them>> ne peut plus payer avec la carte <<card>> depuis le <<decoy:timestamp>>. Empreinte : <<decoy:sha256>>.",
        "Objet : compte bloqué\nContact : <<me>>\nTél. : <<phone>>\nDate de naissance : <<dob>>\nIBAN : <<iban>>\n\nMerci de débloquer.",
        "Incident <<decoy:ticket>> : trafic suspect depuis <<ip>>. Chaîne de connexion dans les logs : <<urlcred>>. Correctif <<decoy:git>>.",
        "Anomalie : le mot de passe <<pw>> apparaît en clair dans l'export. Assigné à <<them>>.",
    ],
    "es": [
        "Ticket <<decoy:ticket>>\nSolicitante: <<me>> (<<myemail>>)\n\nLa clienta <<them>> no puede pagar con la tarjeta <<card>> desde <<decoy:timestamp>>. Hash: <<decoy:md5>>.",
        "Asunto: cuenta bloqueada\nContacto: <<me>>\nTeléfono: <<phone>>\nFecha de nacimiento: <<dob>>\nIBAN: <<iban>>\n\nPor favor desbloquear.",
        "Incidencia <<decoy:ticket>>: tráfico desde <<ip>> bloqueado. Cadena de conexión en el log: <<urlcred>>. Arreglo en <<decoy:git>>.",
        "Error: la contraseña <<pw>> aparece en texto plano en el log. Asignado a <<them>>.",
    ],
}  # fmt: skip

CALL = {
    "en": [
        "AGENT: Thanks for calling, who am I speaking with?\nCALLER: This is <<me>>.\nAGENT: Can you give me the number on the account?\nCALLER: Yes, <<phone>>.\nAGENT: And your date of birth?\nCALLER: I was born on <<dob>>.\nAGENT: Last, the social?\nCALLER: <<ssn>>.",
        "[00:01:12] Agent: card number please\n[00:01:20] Caller: <<card>>\n[00:01:41] Agent: and the billing address?\n[00:01:45] Caller: <<street>>, <<city>>",
    ],
    "de": [
        "AGENT: Mit wem spreche ich?\nANRUFER: Mein Name ist <<me>>.\nAGENT: Ihre Rückrufnummer?\nANRUFER: <<phone>>\nAGENT: Und Ihr Geburtsdatum?\nANRUFER: Ich bin am <<dob>> geboren.",
        "[00:02:03] Agent: Ihre IBAN bitte\n[00:02:10] Kunde: <<iban>>\n[00:02:30] Agent: Und die Anschrift?\n[00:02:33] Kunde: <<street>>, <<city>>",
    ],
    "fr": [
        "CONSEILLER : À qui ai-je l'honneur ?\nAPPELANT : Je m'appelle <<me>>.\nCONSEILLER : Votre numéro ?\nAPPELANT : <<phone>>\nCONSEILLER : Votre date de naissance ?\nAPPELANT : Je suis née le <<dob>>.",
        "[00:03:11] Conseiller : l'IBAN s'il vous plaît\n[00:03:20] Client : <<iban>>\n[00:03:40] Conseiller : et l'adresse ?\n[00:03:42] Client : <<street>>, <<city>>",
    ],
    "es": [
        "AGENTE: ¿Con quién hablo?\nLLAMANTE: Me llamo <<me>>.\nAGENTE: ¿Su teléfono?\nLLAMANTE: <<phone>>\nAGENTE: ¿Fecha de nacimiento?\nLLAMANTE: Nací el <<dob>>.",
        "[00:01:05] Agente: el número de la tarjeta, por favor\n[00:01:14] Cliente: <<card>>\n[00:01:30] Agente: ¿y la dirección?\n[00:01:33] Cliente: <<street>>, <<city>>",
    ],
}  # fmt: skip

PROSE = {
    "en": [
        "Following our meeting on <<decoy:date>>, <<them>> agreed to send the signed contract. Payment of <<decoy:price>> goes to <<iban>>. Release <<decoy:version>> ships with it.",
        "The new starter, <<them>>, was born <<dob>> and lives at <<street>>. Badge photo is stored under <<decoy:uuid>>.",
        "Background check for <<them>> (social security number <<ssn>>, DOB <<dob>>) came back clean; case <<decoy:ticket>>.",
        "We rotated the staging password (now <<pw>>) after the audit; tracking number of the hardware token shipment is <<decoy:tracking>>.",
    ],
    "de": [
        "Nach dem Termin am <<decoy:date>> hat <<them>> den Vertrag unterschrieben. Die Zahlung über <<decoy:price>> geht an <<iban>>.",
        "Der neue Kollege <<them>> (geboren am <<dob>>) wohnt in der <<street>>. Sein Diensthandy: <<phone>>.",
        "Das Kennwort für das Testsystem lautet jetzt <<pw>>; die ISBN des Handbuchs ist <<decoy:isbn>>.",
    ],
    "fr": [
        "Suite à la réunion du <<decoy:date>>, <<them>> a signé le contrat. Le règlement de <<decoy:price>> sera viré sur <<iban>>.",
        "La nouvelle collègue, <<them>>, née le <<dob>>, habite <<street>>. Son portable : <<phone>>.",
        "Le mot de passe de la recette est désormais <<pw>> ; l'ISBN du guide est <<decoy:isbn>>.",
    ],
    "es": [
        "Tras la reunión del <<decoy:date>>, <<them>> firmó el contrato. El pago de <<decoy:price>> irá a <<iban>>.",
        "La nueva compañera, <<them>>, nacida el <<dob>>, vive en <<street>>. Su móvil: <<phone>>.",
        "La contraseña del entorno de pruebas ahora es <<pw>>; el ISBN del manual es <<decoy:isbn>>.",
    ],
}  # fmt: skip

GREETING = {"en": ["Hi <<them>>,", "Dear <<them>>,", "Hello,"], "de": ["Hallo <<them>>,", "Guten Tag <<them>>,", "Guten Tag,"],
            "fr": ["Bonjour <<them>>,", "Madame, Monsieur,", "Cher <<them>>,"], "es": ["Hola <<them>>:", "Buenas tardes, <<them>>:", "Buenos días,"]}  # fmt: skip
SIGNOFF = {"en": ["Best regards,", "Thanks,", "Cheers,"], "de": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße,"],
           "fr": ["Cordialement,", "Bien à vous,", "Merci,"], "es": ["Un saludo,", "Atentamente,", "Saludos,"]}  # fmt: skip
WROTE = {"en": "On <<decoy:date>>, <<them>> <<<email>>> wrote:", "de": "Am <<decoy:date>> schrieb <<them>> <<<email>>>:",
         "fr": "Le <<decoy:date>>, <<them>> <<<email>>> a écrit :", "es": "El <<decoy:date>>, <<them>> <<<email>>> escribió:"}  # fmt: skip
SIG_PHONE = {"en": "Tel", "de": "Tel.", "fr": "Tél.", "es": "Tel."}
SIG_MOBILE = {"en": "Mobile", "de": "Mobil", "fr": "Portable", "es": "Móvil"}

_SLOT = re.compile(r"<<([a-z]+)(?::([a-z0-9-]+))?>>")


def fill(rng: v.R, lang: str, template: str, ctx: dict[str, str]) -> str:
    """Replace each ``<<slot>>`` with fresh markup; me/them stay one person per text."""
    if "me" not in ctx:
        ctx["me"] = v.person_name(rng, lang)
        ctx["them"] = v.person_name(rng, lang)

    def one(m: re.Match[str]) -> str:
        slot, arg = m.group(1), m.group(2)
        if slot in ("me", "them"):
            return v.mark("PERSON", ctx[slot])
        makers = {
            "myemail": lambda: v.email(rng, lang, ctx["me"]), "email": lambda: v.email(rng, lang),
            "obfemail": lambda: v.obfuscated_email(rng, lang), "phone": lambda: v.phone(rng, lang),
            "card": lambda: v.card(rng), "cardzw": lambda: v.card(rng, zero_width=True),
            "iban": lambda: v.iban(rng), "ssn": lambda: v.ssn(rng),
            "ssnbare": lambda: v.mark("US_SSN", v.ssn_value(rng, "")), "ip": lambda: v.ip(rng),
            "token": lambda: v.secret(rng), "pw": lambda: v.password(rng),
            "urlcred": lambda: v.url_with_credentials(rng), "street": lambda: v.street(rng, lang),
            "city": lambda: rng.choice(v.CITY[lang]), "dob": lambda: v.dob(rng, lang),
            "dobiso": lambda: v.dob(rng, lang, iso=True), "decoy": lambda: v.decoy(rng, arg, lang),
        }  # fmt: skip
        return makers[slot]()

    return _SLOT.sub(one, template)
