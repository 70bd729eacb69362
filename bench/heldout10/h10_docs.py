# ruff: noqa: E501, RUF001, RUF059
"""Templates for set 10, documents and mail: voicemail-to-e-mail notices, account security
alerts, ISP field-service work orders, alarm-monitoring keyholder sheets, credit-bureau
report extracts, GDPR data-access exports."""

from __future__ import annotations

import h10_values as V
from h10_ctx import Ctx

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}


def vmmail(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    rg, rs = c.who()
    cc = r.choice(__import__("h10_pools").COUNTRIES[c.lang])
    num = c.phone(cc, intl=True, raw=True)
    national = __import__("h10_pools").national_digits(num, cc)
    mode = r.random()
    if mode < 0.3:  # the recogniser writes the call-back number in words
        spoken = c.m("PHONE", " ".join(DIGIT_WORDS[c.lang][int(d)] for d in national))
    elif mode < 0.5:
        spoken = c.m("PHONE", " ".join(national))
    else:
        spoken = c.phone()
    T = {
        "en": (
            "New voicemail from",
            "Duration",
            "Transcription (beta, may contain errors)",
            f"hi {c.m('PERSON', rg)} uh this is {c.name(g, s)} calling about the the repair quote um could you call me back on {spoken} any time after four, oh and my date of birth for the account is {c.dob('words')} thanks bye",
        ),
        "de": (
            "Neue Sprachnachricht von",
            "Dauer",
            "Transkription (Beta, kann Fehler enthalten)",
            f"ja hallo hier ist {c.name(g, s)} äh wegen dem Termin beim beim Hausarzt können Sie mich zurückrufen unter {spoken} und mein Geburtsdatum ist der {c.dob('words')} danke tschüss",
        ),
        "fr": (
            "Nouveau message vocal de",
            "Durée",
            "Transcription (bêta, peut contenir des erreurs)",
            f"oui bonjour c'est {c.name(g, s)} euh je rappelle pour le le dossier de la mutuelle vous pouvez me joindre au {spoken} ma date de naissance c'est le {c.dob('words')} merci au revoir",
        ),
        "es": (
            "Nuevo mensaje de voz de",
            "Duración",
            "Transcripción (beta, puede contener errores)",
            f"hola buenas soy {c.name(g, s)} eh llamaba por lo de la la cita me puede llamar al {spoken} mi fecha de nacimiento es el {c.dob('words')} gracias hasta luego",
        ),
        "it": (
            "Nuovo messaggio vocale da",
            "Durata",
            "Trascrizione (beta, può contenere errori)",
            f"sì buongiorno sono {c.name(g, s)} ehm chiamo per la per la pratica mi può richiamare al {spoken} la mia data di nascita è {c.dob('words')} grazie arrivederci",
        ),
        "nl": (
            "Nieuw voicemailbericht van",
            "Duur",
            "Transcriptie (bèta, kan fouten bevatten)",
            f"ja hallo met {c.name(g, s)} eh ik bel over de de offerte kunt u mij terugbellen op {spoken} mijn geboortedatum is {c.dob('words')} dank u wel doei",
        ),
        "pt": (
            "Nova mensagem de voz de",
            "Duração",
            "Transcrição (beta, pode conter erros)",
            f"olá bom dia fala {c.name(g, s)} é sobre a a marcação pode ligar-me para o {spoken} a minha data de nascimento é {c.dob('words')} obrigado",
        ),
    }[c.lang]
    caller_id = c.m("PHONE", num)
    head = (
        f"From: Voicemail <{c.mailbox('voicemail', 'pbx.example.net')}>\nTo: {c.name(rg, rs)} <{c.email(rg, rs)}>\n"
        f"Date: {c.stamp()}\nSubject: {T[0]} {caller_id}\n\n"
    )
    body = (
        f"{T[0]} {caller_id} ({c.name(g, s) if r.random() < 0.5 else c.m('PERSON', s.upper() + ' ' + g.upper())})\n"
        f'{T[1]}: 0:{r.randint(12, 59)}\nID: {c.uuid()}\n\n{T[2]}:\n"{T[3]}"\n'
    )
    return "email", head + body


def secalert(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    ip = c.ip(False) if r.random() < 0.8 else c.ip(v6=True)
    T = {
        "en": (
            "Security alert: new sign-in",
            "Hi",
            "We noticed a new sign-in to your account",
            "Device",
            "IP address",
            "Time",
            "If this was you, you can ignore this message. If not, reset your password now.",
            "The Accounts team",
        ),
        "de": (
            "Sicherheitswarnung: neue Anmeldung",
            "Hallo",
            "Wir haben eine neue Anmeldung bei Ihrem Konto festgestellt",
            "Gerät",
            "IP-Adresse",
            "Zeit",
            "Wenn Sie das waren, können Sie diese Nachricht ignorieren. Andernfalls ändern Sie jetzt Ihr Passwort.",
            "Ihr Konto-Team",
        ),
        "fr": (
            "Alerte de sécurité : nouvelle connexion",
            "Bonjour",
            "Nous avons détecté une nouvelle connexion à votre compte",
            "Appareil",
            "Adresse IP",
            "Heure",
            "Si c'était vous, ignorez ce message. Sinon, changez votre mot de passe dès maintenant.",
            "L'équipe Comptes",
        ),
        "es": (
            "Alerta de seguridad: nuevo inicio de sesión",
            "Hola",
            "Hemos detectado un nuevo inicio de sesión en tu cuenta",
            "Dispositivo",
            "Dirección IP",
            "Hora",
            "Si fuiste tú, ignora este mensaje. Si no, cambia tu contraseña ahora.",
            "El equipo de Cuentas",
        ),
        "it": (
            "Avviso di sicurezza: nuovo accesso",
            "Ciao",
            "Abbiamo rilevato un nuovo accesso al tuo account",
            "Dispositivo",
            "Indirizzo IP",
            "Ora",
            "Se eri tu, ignora questo messaggio. Altrimenti cambia subito la password.",
            "Il team Account",
        ),
        "nl": (
            "Beveiligingsmelding: nieuwe aanmelding",
            "Hallo",
            "We zagen een nieuwe aanmelding op je account",
            "Apparaat",
            "IP-adres",
            "Tijd",
            "Was jij dit? Dan kun je dit bericht negeren. Zo niet, wijzig dan nu je wachtwoord.",
            "Het Accountteam",
        ),
        "pt": (
            "Alerta de segurança: novo início de sessão",
            "Olá",
            "Detetámos um novo início de sessão na sua conta",
            "Dispositivo",
            "Endereço IP",
            "Hora",
            "Se foi você, ignore esta mensagem. Caso contrário, altere já a sua palavra-passe.",
            "A equipa de Contas",
        ),
    }[c.lang]
    me = c.email(g, s)
    t = (
        f"From: {c.mailbox('no-reply', 'accounts.example.com')}\nTo: {me}\nSubject: {T[0]}\nMessage-ID: <{c.d('message-id', V.hexs(r, 20) + '@accounts.example.com')}>\n\n"
        f"{T[1]} {c.m('PERSON', g)},\n\n{T[2]} ({me}).\n\n"
        f"  {T[3]}: {r.choice(['Firefox ' + str(r.randint(110, 140)) + ' on Windows', 'Safari on iPhone', 'Chrome on Android'])}\n"
        f"  {T[4]}: {ip}\n  {T[5]}: {c.stamp()} UTC\n  Request: {c.uuid()}\n\n{T[6]}\n\n— {T[7]}\n"
    )
    if r.random() < 0.5:
        q = {
            "en": "> was this you??",
            "de": "> warst du das??",
            "fr": "> c'était toi ??",
            "es": "> ¿fuiste tú?",
            "it": "> eri tu??",
            "nl": "> was jij dit??",
            "pt": "> foste tu??",
        }[c.lang]
        fg, fs = c.who()
        reply = {
            "en": f"no it wasn't me, I'm at home on {c.ip(True)}. changed the pw to {c.password()} for now. {c.m('PERSON', fg)}",
            "de": f"nein, ich war's nicht. hab das Passwort auf {c.password()} geändert. {c.m('PERSON', fg)}",
            "fr": f"non ce n'était pas moi. j'ai mis le mot de passe {c.password()} en attendant. {c.m('PERSON', fg)}",
            "es": f"no fui yo. he cambiado la contraseña a {c.password()} de momento. {c.m('PERSON', fg)}",
            "it": f"no non ero io. ho cambiato la password in {c.password()} per ora. {c.m('PERSON', fg)}",
            "nl": f"nee, ik niet. wachtwoord is nu {c.password()} voorlopig. {c.m('PERSON', fg)}",
            "pt": f"não fui eu. mudei a senha para {c.password()} por agora. {c.m('PERSON', fg)}",
        }[c.lang]
        t = f"Fwd: {T[0]}\n\n{reply}\n\n{q}\n" + "".join("> " + x + "\n" for x in t.splitlines())
    return "email", t.rstrip()


def workorder(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    tg, ts = c.who()
    L = {
        "en": [
            "FIELD SERVICE WORK ORDER",
            "Order",
            "Customer",
            "Install address",
            "Contact",
            "Appointment",
            "Technician",
            "ONT serial",
            "Router MAC",
            "Wi-Fi key set to",
            "PPPoE login",
            "PPPoE password",
            "Static IP",
            "Notes",
            "customer asked to keep the old SSID",
        ],
        "de": [
            "TECHNIKER-AUFTRAG",
            "Auftrag",
            "Kunde",
            "Installationsadresse",
            "Kontakt",
            "Termin",
            "Techniker",
            "ONT-Seriennr.",
            "Router-MAC",
            "WLAN-Schlüssel gesetzt auf",
            "PPPoE-Benutzer",
            "PPPoE-Passwort",
            "Feste IP",
            "Notiz",
            "Kunde möchte die alte SSID behalten",
        ],
        "fr": [
            "BON D'INTERVENTION",
            "Commande",
            "Client",
            "Adresse d'installation",
            "Contact",
            "Rendez-vous",
            "Technicien",
            "N° série ONT",
            "MAC routeur",
            "Clé Wi-Fi définie",
            "Identifiant PPPoE",
            "Mot de passe PPPoE",
            "IP fixe",
            "Remarques",
            "le client garde l'ancien SSID",
        ],
        "es": [
            "ORDEN DE TRABAJO",
            "Pedido",
            "Cliente",
            "Dirección de instalación",
            "Contacto",
            "Cita",
            "Técnico",
            "N.º serie ONT",
            "MAC router",
            "Clave Wi-Fi configurada",
            "Usuario PPPoE",
            "Contraseña PPPoE",
            "IP fija",
            "Notas",
            "el cliente mantiene el SSID antiguo",
        ],
        "it": [
            "ORDINE DI INTERVENTO",
            "Ordine",
            "Cliente",
            "Indirizzo di installazione",
            "Contatto",
            "Appuntamento",
            "Tecnico",
            "Seriale ONT",
            "MAC router",
            "Chiave Wi-Fi impostata",
            "Utente PPPoE",
            "Password PPPoE",
            "IP statico",
            "Note",
            "il cliente tiene il vecchio SSID",
        ],
        "nl": [
            "WERKBON MONTEUR",
            "Order",
            "Klant",
            "Installatieadres",
            "Contact",
            "Afspraak",
            "Monteur",
            "ONT-serienr.",
            "Router-MAC",
            "Wifi-sleutel ingesteld op",
            "PPPoE-gebruiker",
            "PPPoE-wachtwoord",
            "Vast IP",
            "Opmerkingen",
            "klant houdt de oude SSID",
        ],
        "pt": [
            "ORDEM DE SERVIÇO",
            "Encomenda",
            "Cliente",
            "Morada de instalação",
            "Contacto",
            "Marcação",
            "Técnico",
            "N.º série ONT",
            "MAC router",
            "Chave Wi-Fi definida",
            "Utilizador PPPoE",
            "Palavra-passe PPPoE",
            "IP fixo",
            "Notas",
            "cliente mantém o SSID antigo",
        ],
    }[c.lang]
    rows = [
        L[0],
        "=" * len(L[0]),
        f"{L[1]}: {c.num('order', 8, 'WO-')}",
        f"{L[2]}: {c.name(g, s) if r.random() < 0.6 else c.name(g, s, 'caps')}",
        f"{L[3]}: {c.street()}, {c.town()}",
        f"{L[4]}: {c.phone()}" + (f" / {c.email(g, s)}" if r.random() < 0.5 else ""),
        f"{L[5]}: {c.date('appointment')} {r.randint(8, 16)}:00",
        f"{L[6]}: {c.m('PERSON', tg + ' ' + ts[0] + '.')}",
        f"{L[7]}: {c.d('serial', V.rand(r, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + V.hexs(r, 8).upper())}",
        f"{L[8]}: {c.d('mac', V.mac(r))}",
        f"{L[9]}: {c.password()}",
        f"{L[10]}: {r.choice(['dsl', 'ftth', 'vdsl'])}{c.num('login-no', 8)}@isp.example",
        f"{L[11]}: {c.password()}",
    ]
    if r.random() < 0.5:
        rows.append(f"{L[12]}: {c.ip(False)} / {c.d('netmask', '255.255.255.248')}")
    if r.random() < 0.5:
        rows.append(
            f"TR-069 ACS: http://{c.urlcred('cpe' + str(r.randint(100, 999)))}@acs.isp.example:7547/"
        )
    if r.random() < 0.6:
        dd = {
            "en": "Direct debit",
            "de": "Lastschrift",
            "fr": "Prélèvement",
            "es": "Domiciliación",
            "it": "Addebito SDD",
            "nl": "Incasso",
            "pt": "Débito direto",
        }[c.lang]
        rows.append(f"{dd}: {c.iban()}")
    if c.lang == "en" and r.random() < 0.5:
        rows.append(f"SSN (credit check): {c.ssn(r.choice(['dash', 'space']))}")
    rows.append(f"{L[13]}: {L[14]}; {c.d('firmware', 'FW ' + V.version(r))}")
    return "form", "\n".join(rows)


def keyholder(c: Ctx) -> tuple[str, str]:
    r = c.r
    L = {
        "en": [
            "ALARM MONITORING – ACCOUNT SHEET",
            "Account no.",
            "Premises",
            "Verbal password",
            "Duress word",
            "Panel user code",
            "Keyholders (call in this order)",
            "Zones",
            "front door",
            "PIR hallway",
            "Last test",
        ],
        "de": [
            "ALARMAUFSCHALTUNG – OBJEKTBLATT",
            "Kundennr.",
            "Objekt",
            "Kennwort (mündlich)",
            "Bedrohungswort",
            "Benutzercode Zentrale",
            "Schlüsselträger (in dieser Reihenfolge anrufen)",
            "Meldelinien",
            "Haustür",
            "Bewegungsmelder Flur",
            "Letzte Prüfung",
        ],
        "fr": [
            "TÉLÉSURVEILLANCE – FICHE CLIENT",
            "N° abonné",
            "Site",
            "Mot de passe verbal",
            "Mot de contrainte",
            "Code utilisateur centrale",
            "Personnes à prévenir (dans l'ordre)",
            "Zones",
            "porte d'entrée",
            "détecteur couloir",
            "Dernier test",
        ],
        "es": [
            "CENTRAL RECEPTORA – FICHA DE ABONADO",
            "N.º abonado",
            "Instalación",
            "Palabra clave",
            "Palabra de coacción",
            "Código de usuario",
            "Contactos (llamar en este orden)",
            "Zonas",
            "puerta principal",
            "volumétrico pasillo",
            "Última prueba",
        ],
        "it": [
            "VIGILANZA – SCHEDA CLIENTE",
            "N. contratto",
            "Immobile",
            "Parola d'ordine",
            "Parola di coercizione",
            "Codice utente centrale",
            "Reperibili (chiamare in quest'ordine)",
            "Zone",
            "porta d'ingresso",
            "volumetrico corridoio",
            "Ultimo test",
        ],
        "nl": [
            "MELDKAMER – OBJECTKAART",
            "Abonneenr.",
            "Object",
            "Wachtwoord (mondeling)",
            "Dwangwoord",
            "Gebruikerscode centrale",
            "Sleutelhouders (in deze volgorde bellen)",
            "Zones",
            "voordeur",
            "PIR gang",
            "Laatste test",
        ],
        "pt": [
            "CENTRAL DE ALARMES – FICHA DE CLIENTE",
            "N.º cliente",
            "Local",
            "Palavra-passe verbal",
            "Palavra de coação",
            "Código de utilizador",
            "Contactos (ligar por esta ordem)",
            "Zonas",
            "porta de entrada",
            "PIR corredor",
            "Último teste",
        ],
    }[c.lang]
    rows = [
        L[0],
        f"{L[1]} {c.num('account', 7)}    {L[2]}: {c.street()}, {c.town()}",
        f"{L[3]}: {c.secret_raw(lambda: r.choice(V.WORDS).upper() + str(r.randint(10, 99)))}    {L[4]}: {c.secret_raw(lambda: r.choice(V.WORDS).lower() + r.choice(['blau', 'rouge', 'verde', 'rood', 'azul', 'grey']))}",
        f"{L[5]}: {c.code(r.choice([4, 6]))}",
        "",
        L[6] + ":",
    ]
    for i in range(r.randint(2, 4)):
        g, s = c.who()
        line = f"  {i + 1}. {c.name(g, s) if r.random() < 0.7 else c.name(g, s, 'last_first')}  {c.phone()}"
        if r.random() < 0.35:
            line += f"  {c.phone()}"
        rows.append(line)
    if r.random() < 0.4:
        rows.append(f"IBAN: {c.iban()}")
    rows += [
        "",
        f"{L[7]}: 01 {L[8]} / 02 {L[9]} / 03 {dict(en='garage', de='Keller', fr='cave', es='garaje', it='cantina', nl='kelder', pt='sótão')[c.lang]}",
        f"{L[10]}: {c.date('test-date')}  ({c.d('event-code', 'E' + str(r.randint(100, 999)) + '-' + str(r.randint(10, 99)))})",
    ]
    return "form", "\n".join(rows)


def credit(c: Ctx) -> tuple[str, str]:
    """A credit-bureau report as text extracted from its PDF: columns come apart."""
    r = c.r
    g, s = c.who()
    L = {
        "en": [
            "CONSUMER CREDIT REPORT",
            "Report date",
            "Name",
            "Date of birth",
            "Current address",
            "Previous address",
            "Accounts",
            "Enquiries",
            "Score",
            "SSN",
        ],
        "de": [
            "SELBSTAUSKUNFT",
            "Auskunftsdatum",
            "Name",
            "Geburtsdatum",
            "Aktuelle Anschrift",
            "Voranschrift",
            "Konten",
            "Anfragen",
            "Score",
            None,
        ],
        "fr": [
            "RELEVÉ DE SITUATION CRÉDIT",
            "Date du relevé",
            "Nom",
            "Date de naissance",
            "Adresse actuelle",
            "Adresse précédente",
            "Comptes",
            "Consultations",
            "Score",
            None,
        ],
        "es": [
            "INFORME DE SOLVENCIA",
            "Fecha del informe",
            "Nombre",
            "Fecha de nacimiento",
            "Domicilio actual",
            "Domicilio anterior",
            "Cuentas",
            "Consultas",
            "Puntuación",
            None,
        ],
        "it": [
            "VISURA CENTRALE RISCHI",
            "Data visura",
            "Nominativo",
            "Data di nascita",
            "Indirizzo attuale",
            "Indirizzo precedente",
            "Rapporti",
            "Interrogazioni",
            "Punteggio",
            None,
        ],
        "nl": [
            "BKR-OVERZICHT",
            "Datum overzicht",
            "Naam",
            "Geboortedatum",
            "Huidig adres",
            "Vorig adres",
            "Registraties",
            "Raadplegingen",
            "Score",
            None,
        ],
        "pt": [
            "MAPA DE RESPONSABILIDADES",
            "Data do mapa",
            "Nome",
            "Data de nascimento",
            "Morada atual",
            "Morada anterior",
            "Contratos",
            "Consultas",
            "Pontuação",
            None,
        ],
    }[c.lang]
    gap = lambda: " " * r.randint(2, 9)  # noqa: E731
    rows = [
        f"{L[0]}{gap()}{L[1]}: {c.date('report-date')}{gap()}Ref. {c.num('report-ref', 10)}",
        f"{L[2]}:{gap()}{c.name(g, s, r.choice(['full', 'caps']))}{gap()}{L[3]}:{gap()}{c.dob()}",
    ]
    if L[9]:
        rows.append(f"{L[9]}:{gap()}{c.ssn(r.choice(['dash', 'space']))}")
    rows += [
        f"{L[4]}:{gap()}{c.street()}",
        f"{gap()}{c.town()}",
        f"{L[5]}:{gap()}{c.street()}{gap()}({c.date('moved-out')})",
        "",
        f"{L[6]}",
        f"Lender{gap()}Opened{gap()}Limit{gap()}Balance",
    ]
    for _ in range(r.randint(2, 4)):
        rows.append(
            f"{r.choice(['Example Bank', 'Banco Ejemplo', 'Beispielbank AG', 'Banca Esempio', 'Voorbeeldbank', 'Banco Exemplo'])}{gap()}"
            f"{c.date('opened')}{gap()}{c.price()}{gap()}{c.price().split('|', 1)[1].rstrip('⟧')}{gap()}****{r.randint(1000, 9999)}"
        )
    rows += [
        "",
        f"{L[7]}: {c.date('enquiry')}, {c.date('enquiry')}",
        f"{L[8]}: {c.d('score', str(r.randint(380, 990)))}",
        f"{c.d('page', str(r.randint(1, 3)) + '/' + str(r.randint(3, 4)))}",
    ]
    return "ocr", "\n".join(rows)


def dsar(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    logins = ",\n".join(
        f'    {{"at": "{c.stamp("T")}Z", "ip": "{c.ip()}", "device": "{r.choice(("ios", "android", "web"))}"}}'
        for _ in range(r.randint(2, 4))
    )
    pay = (
        f'{{"type": "sepa_debit", "iban": "{c.iban(False)}", "mandate": "{c.num("mandate", 8, "MD")}"}}'
        if r.random() < 0.55
        else f'{{"type": "card", "number": "{c.card("")}", "note": "stored before tokenisation"}}'
    )
    msgs = {
        "en": "please change my delivery address",
        "de": "bitte Lieferadresse ändern",
        "fr": "merci de changer mon adresse",
        "es": "cambien mi dirección de entrega por favor",
        "it": "per favore cambiate l'indirizzo",
        "nl": "graag mijn adres wijzigen",
        "pt": "por favor alterem a minha morada",
    }[c.lang]
    extra = f'    "tax_id_us": "{c.ssn()}",\n' if c.lang == "en" and r.random() < 0.5 else ""
    t = (
        f'{{\n  "export_id": "{c.uuid()}",\n  "generated_at": "{c.stamp("T")}Z",\n  "profile": {{\n'
        f'    "given_name": "{c.m("PERSON", g)}",\n    "family_name": "{c.m("PERSON", s)}",\n'
        f'    "email": "{c.email(g, s)}",\n    "phone": "{c.phone()}",\n    "birthdate": "{c.dob("iso")}",\n'
        f'{extra}    "address": {{"street": "{c.street()}", "locality": "{c.town()}"}},\n    "locale": "{c.lang}"\n  }},\n'
        f'  "login_history": [\n{logins}\n  ],\n  "payment_methods": [{pay}],\n'
        f'  "support_messages": [{{"sent": "{c.stamp("T")}Z", "text": "{msgs}: {c.street()}"}}],\n'
        f'  "orders": [{{"id": "{c.num("order", 9)}", "total": "{c.price()}"}}]\n}}'
    )
    return "json", t
