"""Templates: voice-assistant transcripts, forum posts, scanned (OCR) forms and team chats."""

# Templates are text: a source line holds a line of the text, however long it is.
# ruff: noqa: E501

from __future__ import annotations

from h4_ctx import Ctx

Made = tuple[str, str]


def voice_assistant(c: Ctx) -> Made:
    p, q = c.person(), c.person()
    tel = c.phone_spaced() if c.chance(0.4) else c.phone()
    wake = c.pick(["Nova", "Aria", "Juno"])
    text = c.L(
        en=f"[device log {c.d('timestamp')}]\nUser: hey {wake}, save a new contact\n{wake}: Sure. What's the name?\n"
        f"User: {c.name(p)}\n{wake}: And the number?\nUser: {tel}\n{wake}: Saved {c.name(p, 'given')}. Anything else?\n"
        f"User: remind me that {c.name(q, 'given')}'s birthday is {c.dob()}, and email the wifi password "
        f"{c.password()} to {c.email(q)}\n{wake}: I can set the reminder. I can't send passwords by email.",
        de=f"[Geräteprotokoll {c.d('timestamp')}]\nNutzer: {wake}, neuen Kontakt anlegen\n{wake}: Gern. Wie heißt der Kontakt?\n"
        f"Nutzer: {c.name(p)}\n{wake}: Und die Nummer?\nNutzer: {tel}\n{wake}: {c.name(p, 'given')} ist gespeichert.\n"
        f"Nutzer: erinnere mich, dass {c.name(q)} am {c.dob()} geboren ist, für die Glückwunschkarte. Und der Türcode "
        f"für die Garage ist {c.pin(4)}, merk dir den\n{wake}: Codes speichere ich aus Sicherheitsgründen nicht.",
        fr=f"[journal {c.d('timestamp')}]\nUtilisateur : {wake}, ajoute un contact\n{wake} : D'accord. Quel nom ?\n"
        f"Utilisateur : {c.name(p)}\n{wake} : Et le numéro ?\nUtilisateur : {tel}\n{wake} : {c.name(p, 'given')} est "
        f"enregistré.\nUtilisateur : rappelle-moi que {c.name(q)} est née le {c.dob()}, et envoie son adresse "
        f"{c.addr()[0]} à {c.email(q)}\n{wake} : C'est noté.",
        es=f"[registro {c.d('timestamp')}]\nUsuario: {wake}, guarda un contacto nuevo\n{wake}: Claro. ¿Cómo se llama?\n"
        f"Usuario: {c.name(p)}\n{wake}: ¿Y el número?\nUsuario: {tel}\n{wake}: He guardado a {c.name(p, 'given')}.\n"
        f"Usuario: apunta que {c.name(q)} nació el {c.dob()} y que la clave de la alarma es {c.pin(4)}\n"
        f"{wake}: Puedo apuntar la fecha, pero no guardo claves.",
    )
    return "call", text


def forum_post(c: Ctx) -> Made:
    me = c.person()
    model = c.pick(["FritzBox 7590", "Archer AX55", "Livebox 6", "HGU Askey", "UDM Pro"])
    text = c.L(
        en=f"Title: {model} drops WAN every night around 3am (fw {c.d('version')})\n\nSince the last update my "
        f"line drops nightly. Public IP is {c.ip()}, LAN is {c.ip(cidr=True)}, the NAS sits at {c.ip()}. I set "
        f"the admin password to {c.password()} and turned off remote access, no change. ISP support ref "
        f"{c.d('ticket')}. Any ideas? PM me or {c.email_spoken(me)}\n\nEDIT: forgot to remove my contact line, oops: "
        f"{c.name(me)}, {c.phone()}",
        de=f"Titel: {model} verliert jede Nacht die Verbindung (Firmware {c.d('version')})\n\nSeit dem Update "
        f"bricht nachts die Leitung weg. Öffentliche IP {c.ip()}, Heimnetz {c.ip(cidr=True)}, NAS auf {c.ip()}. "
        f"Admin-Passwort hab ich auf {c.password()} geändert, Fernzugriff aus, hilft nicht. Störungsnr. beim "
        f"Provider: {c.d('ticket')}.\n\nGruß {c.name(me)}\n(Nachtrag: wer helfen mag, gern auch telefonisch {c.phone()})",
        fr=f"Titre : {model} perd la connexion chaque nuit (firmware {c.d('version')})\n\nDepuis la mise à jour, "
        f"coupure vers 3 h. IP publique {c.ip()}, réseau local {c.ip(cidr=True)}, NAS en {c.ip()}. J'ai changé le "
        f"mot de passe admin en {c.password()}, accès à distance désactivé, rien n'y fait. Ticket opérateur "
        f"{c.d('ticket')}.\n\nMerci d'avance, {c.name(me)} ({c.email_spoken(me)})",
        es=f"Título: el {model} se desconecta cada noche (firmware {c.d('version')})\n\nDesde la actualización "
        f"se cae la línea de madrugada. IP pública {c.ip()}, red local {c.ip(cidr=True)}, NAS en {c.ip()}. Cambié "
        f"la contraseña de admin a {c.password()} y desactivé el acceso remoto, nada. Incidencia con la "
        f"operadora: {c.d('ticket')}.\n\nGracias, {c.name(me)} (si alguien prefiere llamarme: {c.phone()})",
    )
    return "prose", text


def ocr_form(c: Ctx) -> Made:
    p = c.person()
    street, town = c.addr()
    tel = c.phone()
    tel = tel.replace(" ", "  ")
    iban = c.iban(grouped=True).replace(" ", "  ")
    labels = {
        "en": (
            "S u r n a m e",
            "F o r e n a m e s",
            "Date  of  birth",
            "Add ress",
            "Tel",
            "Bank account (IBAN)",
        ),
        "de": (
            "N a c h n a m e",
            "V o r n a m e",
            "Geburts datum",
            "Ansch rift",
            "Telefon",
            "IBAN",
        ),
        "fr": ("N o m", "P r é n o m s", "Date de nais sance", "Adres se", "Tél éphone", "IBAN"),
        "es": (
            "A p e l l i d o s",
            "N o m b r e",
            "Fecha de naci miento",
            "Domi cilio",
            "Telé fono",
            "IBAN",
        ),
    }[c.lang]
    head = c.L(en="APPLICATION FOR MEMBERSHIP  -  page 1 of 2", de="ANTRAG AUF MITGLIEDSCHAFT   Seite 1/2",
               fr="DEMANDE D ' ADHÉSION   page 1 / 2", es="SOLICITUD DE ALTA  ·  pág. 1 de 2")  # fmt: skip
    text = (
        f"{head}\n\n{labels[0]}  :  {c.m('PERSON', p.surname.upper())}     {labels[1]}  :  {c.m('PERSON', p.given.upper())}\n"
        f"{labels[2]}  ;  {c.dob('numeric')}\n{labels[3]} |  {street}\n          {town}\n{labels[4]}  :  {tel}\n"
        f"{labels[5]}  :  {iban}\n\n{c.L(en='Signature', de='Unterschrift', fr='Signature', es='Firma')} ..........   "
        f"{c.L(en='Date', de='Datum', fr='Date', es='Fecha')}  {c.date()}"
    )
    return "ocr", text


def teams_chat(c: Ctx) -> Made:
    a, b, guest = c.person(), c.person(), c.person()
    hour, minute = c.rng.randint(8, 17), c.rng.randint(0, 50)
    ts = [f"[{hour}:{minute + i * 2:02d}]" for i in range(5)]
    text = c.L(
        en=f"{ts[0]} {c.name(a)}: @{c.name(b)} the auditor {c.name(guest)} needs read access to the payroll share\n"
        f"{ts[1]} {c.name(b)}: which account?\n{ts[2]} {c.name(a)}: {c.email(guest)}, and she asked for the SFTP login\n"
        f"{ts[3]} {c.name(b)}: sftp user audit_ext / {c.password()} , expires {c.date()}\n"
        f"{ts[4]} {c.name(a)}: thx. her number if she calls: {c.phone()}",
        de=f"{ts[0]} {c.name(a)}: @{c.name(b)} die Prüferin {c.name(guest)} braucht Lesezugriff auf die Lohnablage\n"
        f"{ts[1]} {c.name(b)}: welches Konto?\n{ts[2]} {c.name(a)}: {c.email(guest)}, sie fragt nach dem SFTP-Zugang\n"
        f"{ts[3]} {c.name(b)}: Zugang: pruefung_ext / {c.password()} (gültig bis {c.date()})\n"
        f"{ts[4]} {c.name(a)}: danke! Falls sie anruft: {c.phone()}",
        fr=f"{ts[0]} {c.name(a)} : @{c.name(b)} l'auditrice {c.name(guest)} doit accéder au partage paie en lecture\n"
        f"{ts[1]} {c.name(b)} : quel compte ?\n{ts[2]} {c.name(a)} : {c.email(guest)}, elle demande aussi l'accès SFTP\n"
        f"{ts[3]} {c.name(b)} : identifiants : audit_ext / {c.password()} (expire le {c.date()})\n"
        f"{ts[4]} {c.name(a)} : merci. Son numéro si elle appelle : {c.phone()}",
        es=f"{ts[0]} {c.name(a)}: @{c.name(b)} la auditora {c.name(guest)} necesita acceso de lectura a nóminas\n"
        f"{ts[1]} {c.name(b)}: ¿qué cuenta?\n{ts[2]} {c.name(a)}: {c.email(guest)}, y pide el acceso SFTP\n"
        f"{ts[3]} {c.name(b)}: usuario auditoria_ext / {c.password()} (caduca el {c.date()})\n"
        f"{ts[4]} {c.name(a)}: gracias. Su teléfono por si llama: {c.phone()}",
    )
    return "chat", text


def quoted_reply(c: Ctx) -> Made:
    agent, cust = c.person(), c.person()
    street, town = c.addr()
    text = c.L(
        en=f"Hi {c.name(cust, 'given')},\n\nthanks, I've updated the delivery address and the card on file ends in 4417 "
        f"now. Your order {c.d('order')} ships tomorrow.\n\nBest,\n{c.name(agent)}\n\nOn {c.date()}, "
        f"{c.name(cust)} <{c.email(cust)}> wrote:\n> Please send it to my new place: {street}, {town}.\n"
        f"> New card is {c.card()}, expiry 09/29.\n> Mobile {c.phone()} if the courier needs me.",
        de=f"Hallo {c.name(cust)},\n\ndanke, Lieferadresse und Karte sind aktualisiert. Bestellung {c.d('order')} "
        f"geht morgen raus.\n\nViele Grüße\n{c.name(agent)}\n\nAm {c.date()} schrieb {c.name(cust)} "
        f"<{c.email(cust)}>:\n> Bitte an meine neue Adresse: {street}, {town}.\n> Neue Karte: {c.card()}\n"
        f"> Handy {c.phone()}, falls der Bote klingelt und keiner da ist.",
        fr=f"Bonjour {c.name(cust, 'given')},\n\nC'est corrigé : nouvelle adresse et nouvelle carte enregistrées. "
        f"La commande {c.d('order')} part demain.\n\nBien à vous,\n{c.name(agent)}\n\nLe {c.date()}, "
        f"{c.name(cust)} <{c.email(cust)}> a écrit :\n> Merci de livrer à ma nouvelle adresse : {street}, {town}.\n"
        f"> Nouvelle carte : {c.card()}\n> Portable {c.phone()} pour le livreur.",
        es=f"Hola {c.name(cust, 'given')}:\n\nListo, he cambiado la dirección y la tarjeta. El pedido {c.d('order')} "
        f"sale mañana.\n\nUn saludo,\n{c.name(agent)}\n\nEl {c.date()}, {c.name(cust)} <{c.email(cust)}> "
        f"escribió:\n> Enviadlo a mi nueva dirección: {street}, {town}.\n> La tarjeta nueva es {c.card()}\n"
        f"> Móvil {c.phone()} por si el repartidor me necesita.",
    )
    return "email", text
