# ruff: noqa: E501, RUF001
# Templates and pools are text in four languages: long phrase lines and typographic dashes,
# quotes and letters (en dash, apostrophe, dotless i) are what people write.
"""Templates for spoken and typed conversation: call-centre transcripts, support chats,
helpdesk comments, meeting notes, SMS and auto-replies.

Values arrive as answers to questions, are corrected ("no wait"), read digit by digit or
repeated in another grouping, next to decoys the conversation is actually about.
"""

from __future__ import annotations

from h3_ctx import Ctx


def call_verify(c: Ctx) -> str:
    agent, caller = c.v.person(), c.v.person()
    a = c.t(en="Agent", de="Agent", fr="Conseiller", es="Agente")
    k = c.t(en="Caller", de="Anrufer", fr="Client", es="Cliente")
    first_card = c.card()
    fixed = c.card()
    num = c.phone_spoken() if c.chance(0.5) else c.phone()
    lines = [
        c.t(en=f"{a}: Thanks for calling, my name is {c.person(agent)}. Who am I speaking with?",
            de=f"{a}: Guten Tag, Sie sprechen mit {c.person(agent)}. Mit wem spreche ich?",
            fr=f"{a} : Bonjour, {c.person(agent)} à l'appareil. Puis-je avoir votre nom ?",
            es=f"{a}: Buenos días, le atiende {c.person(agent)}. ¿Con quién hablo?"),
        f"{k}: {c.person(caller)}.",
        c.t(en=f"{a}: And your date of birth, please?", de=f"{a}: Und Ihr Geburtsdatum bitte?",
            fr=f"{a} : Et votre date de naissance ?", es=f"{a}: ¿Y su fecha de nacimiento?"),
        f"{k}: {c.dob()}",
        c.t(en=f"{a}: Which card was charged?", de=f"{a}: Welche Karte wurde belastet?",
            fr=f"{a} : Quelle carte a été débitée ?", es=f"{a}: ¿Qué tarjeta se cargó?"),
        f"{k}: {first_card} " + c.t(en=f"... no wait, that's the old one. It's {fixed}.",
                                      de=f"... nein Moment, das ist die alte. Es ist die {fixed}.",
                                      fr=f"... non attendez, c'est l'ancienne. C'est la {fixed}.",
                                      es=f"... no, espere, esa es la vieja. Es la {fixed}."),
        c.t(en=f"{a}: I see two charges of {c.decoy('price')} on order {c.decoy('order')}. Best number to reach you?",
            de=f"{a}: Ich sehe zwei Buchungen über {c.decoy('price')} zur Bestellung {c.decoy('order')}. Unter welcher Nummer erreiche ich Sie?",
            fr=f"{a} : Je vois deux débits de {c.decoy('price')} pour la commande {c.decoy('order')}. À quel numéro vous joindre ?",
            es=f"{a}: Veo dos cargos de {c.decoy('price')} del pedido {c.decoy('order')}. ¿Un teléfono de contacto?"),
        f"{k}: {num}",
        c.t(en=f"{a}: Your case number is {c.decoy('ticket')}.", de=f"{a}: Ihre Vorgangsnummer ist {c.decoy('ticket')}.",
            fr=f"{a} : Votre numéro de dossier est {c.decoy('ticket')}.", es=f"{a}: Su número de caso es {c.decoy('ticket')}."),
    ]  # fmt: skip
    return "\n".join(lines)


def call_ssn(c: Ctx) -> str:
    style = c.pick("dash", "space", "bare")
    ssn = c.ssn(style)
    ssn_last = c.ssn()
    return "\n".join([
        f"[00:00:0{c.num(1, 9)}] AGENT: {c.t(en='Benefits line, this is', de='Personalabteilung USA,', fr='Service paie US,', es='Nóminas EE. UU.,')} {c.given()}.",
        f"[00:00:1{c.num(0, 9)}] CALLER: {c.t(en='Hi, I need to update my W-4. My social is', de='Hallo, ich muss mein W-4 ändern. Meine Social Security Number ist', fr='Bonjour, je dois corriger mon W-4. Mon numéro de sécurité sociale américain est le', es='Hola, tengo que corregir mi W-4. Mi número de seguro social es')} {ssn}.",
        f"[00:00:2{c.num(0, 9)}] AGENT: {c.t(en='Can you repeat that slowly?', de='Können Sie das langsam wiederholen?', fr='Pouvez-vous répéter lentement ?', es='¿Puede repetirlo despacio?')}",
        f"[00:00:3{c.num(0, 9)}] CALLER: {ssn_last}. {c.t(en='Sorry, I misread it the first time.', de='Entschuldigung, vorhin verlesen.', fr='Pardon, je l’avais mal lu.', es='Perdón, lo leí mal antes.')}",
        f"[00:00:4{c.num(0, 9)}] AGENT: {c.t(en='And date of birth?', de='Und das Geburtsdatum?', fr='Et la date de naissance ?', es='¿Y la fecha de nacimiento?')}",
        f"[00:00:5{c.num(0, 9)}] CALLER: {c.dob()}. {c.t(en='Employee ID is', de='Personalnummer ist', fr='Matricule', es='Mi número de empleado es')} {c.decoy('ticket')}.",
        f"[00:01:0{c.num(0, 9)}] AGENT: {c.t(en='Updated. The change takes effect on', de='Erledigt, gültig ab', fr='C’est fait, effectif le', es='Hecho, efectivo el')} {c.decoy('date')}.",
    ])  # fmt: skip


def call_bank(c: Ctx) -> str:
    iban = c.iban()
    return "\n".join([
        c.t(en="Transcript — card services (auto-generated)", de="Transkript Kartenservice (automatisch erstellt)",
            fr="Transcription — service cartes (automatique)", es="Transcripción — servicio de tarjetas (automática)"),
        c.t(en=f"Customer: hello yes my name is {c.person()} and my card got blocked",
            de=f"Kundin: ja hallo hier ist {c.person()} meine Karte ist gesperrt",
            fr=f"Cliente : oui bonjour c'est {c.person()} ma carte est bloquée",
            es=f"Clienta: sí hola soy {c.person()} y me han bloqueado la tarjeta"),
        c.t(en="Agent: I can help. What's the account the card is linked to?", de="Agent: Auf welches Konto läuft die Karte?",
            fr="Agent : À quel compte la carte est-elle rattachée ?", es="Agente: ¿A qué cuenta está asociada la tarjeta?"),
        c.t(en=f"Customer: the IBAN is {iban}", de=f"Kundin: IBAN {iban}", fr=f"Cliente : l'IBAN c'est {iban}",
            es=f"Clienta: el IBAN es {iban}"),
        c.t(en="Agent: and the card number?", de="Agent: Und die Kartennummer?", fr="Agent : et le numéro de carte ?",
            es="Agente: ¿y el número de tarjeta?"),
        c.t(en=f"Customer: {c.card()} expiry 0{c.num(1, 9)}/2{c.num(7, 9)}",
            de=f"Kundin: {c.card()} gültig bis 0{c.num(1, 9)}/2{c.num(7, 9)}",
            fr=f"Cliente : {c.card()} expire 0{c.num(1, 9)}/2{c.num(7, 9)}",
            es=f"Clienta: {c.card()} caduca 0{c.num(1, 9)}/2{c.num(7, 9)}"),
        c.t(en="Agent: I'll send a code to the mobile ending... can you confirm the full number?",
            de="Agent: Ich schicke einen Code an Ihr Handy, bestätigen Sie die Nummer?",
            fr="Agent : je vous envoie un code, vous confirmez le numéro de portable ?",
            es="Agente: le envío un código, ¿me confirma el móvil?"),
        c.t(en=f"Customer: {c.phone()}", de=f"Kundin: {c.phone()}", fr=f"Cliente : {c.phone()}", es=f"Clienta: {c.phone()}"),
        c.t(en=f"Customer: ok the code is {c.pin(6)}", de=f"Kundin: der Code lautet {c.pin(6)}",
            fr=f"Cliente : le code c'est {c.pin(6)}", es=f"Clienta: el código es {c.pin(6)}"),
    ])  # fmt: skip


def support_chat(c: Ctx) -> str:
    me, bot = c.v.person(), c.t(en="Support", de="Support", fr="Assistance", es="Soporte")
    ask = c.t(
        en="can you send me the wifi password for the guest network?",
        de="kannst du mir das WLAN-Passwort fürs Gästenetz schicken?",
        fr="tu peux m'envoyer le mot de passe du wifi invités ?",
        es="¿me pasas la contraseña del wifi de invitados?",
    )
    answer = c.t(
        en=f"sure, it's {c.password()}",
        de=f"klar: {c.password()}",
        fr=f"oui, c'est {c.password()}",
        es=f"claro, es {c.password()}",
    )
    hh = c.num(8, 17)
    return "\n".join([
        f"[{hh}:0{c.num(0, 9)}] {c.person(me)}: {ask}",
        f"[{hh}:1{c.num(0, 9)}] {bot}: {answer}",
        f"[{hh}:2{c.num(0, 9)}] {c.person(me)}: " + c.t(
            en=f"thx. also my laptop {c.decoy('mac')} still can't reach {c.ip()}",
            de=f"danke. mein Laptop {c.decoy('mac')} kommt aber nicht an {c.ip()} ran",
            fr=f"merci. mon portable {c.decoy('mac')} n'arrive pas à joindre {c.ip()}",
            es=f"gracias. mi portátil {c.decoy('mac')} no llega a {c.ip()}"),
        f"[{hh}:3{c.num(0, 9)}] {bot}: " + c.t(
            en=f"try the VPN profile, login {c.user()} / {c.password()}",
            de=f"nimm das VPN-Profil, Login {c.user()} / {c.password()}",
            fr=f"utilise le profil VPN, identifiants {c.user()} / {c.password()}",
            es=f"usa el perfil VPN, usuario {c.user()} / {c.password()}"),
    ])  # fmt: skip


def helpdesk_comment(c: Ctx) -> str:
    who = c.v.person()
    return "\n".join([
        f"{c.decoy('ticket')} · {c.t(en='Comment by', de='Kommentar von', fr='Commentaire de', es='Comentario de')} {c.person(who)} · {c.decoy('timestamp')}",
        c.t(en=f"Customer called from {c.phone()} about a refund for {c.decoy('order')}. Card on file {c.card()}, "
               f"they want it to go to {c.iban()} instead. Verified DOB {c.dob()}.",
            de=f"Kunde rief von {c.phone()} an wegen Erstattung zu {c.decoy('order')}. Hinterlegte Karte {c.card()}, "
               f"Gutschrift bitte auf {c.iban()}. Geburtsdatum geprüft: {c.dob()}.",
            fr=f"Le client a appelé du {c.phone()} pour un remboursement de {c.decoy('order')}. Carte enregistrée {c.card()}, "
               f"il souhaite un virement sur {c.iban()}. Date de naissance vérifiée : {c.dob()}.",
            es=f"El cliente llamó desde el {c.phone()} por un reembolso del pedido {c.decoy('order')}. Tarjeta {c.card()}, "
               f"quiere el abono en {c.iban()}. Fecha de nacimiento comprobada: {c.dob()}."),
        c.t(en=f"@{c.person()} please approve, amount {c.decoy('price')}.", de=f"@{c.person()} bitte freigeben, Betrag {c.decoy('price')}.",
            fr=f"@{c.person()} merci de valider, montant {c.decoy('price')}.", es=f"@{c.person()} aprueba por favor, importe {c.decoy('price')}."),
    ])  # fmt: skip


def meeting_notes(c: Ctx) -> str:
    people = [c.person() for _ in range(c.num(2, 4))]
    return "\n".join([
        c.t(en="Minutes: onboarding sync", de="Protokoll: Onboarding-Abstimmung", fr="Compte rendu : point onboarding",
            es="Acta: reunión de incorporación") + f" ({c.decoy('date')})",
        c.t(en="Attendees: ", de="Teilnehmende: ", fr="Participants : ", es="Asistentes: ") + ", ".join(people),
        c.t(en=f"- New hire {c.person()} (born {c.dob()}) starts Monday; badge PIN {c.pin(4)}.",
            de=f"- Neue Kollegin {c.person()} (geb. {c.dob()}) fängt Montag an; Badge-PIN {c.pin(4)}.",
            fr=f"- Nouvelle recrue {c.person()} (née le {c.dob()}) arrive lundi ; code badge {c.pin(4)}.",
            es=f"- Nueva incorporación: {c.person()} (nacida el {c.dob()}) empieza el lunes; PIN de la tarjeta {c.pin(4)}."),
        c.t(en=f"- Laptop asset {c.decoy('product')}, image {c.decoy('version')}. Temp password {c.password()}.",
            de=f"- Laptop Inventar {c.decoy('product')}, Image {c.decoy('version')}. Startpasswort {c.password()}.",
            fr=f"- PC portable {c.decoy('product')}, image {c.decoy('version')}. Mot de passe provisoire {c.password()}.",
            es=f"- Portátil {c.decoy('product')}, imagen {c.decoy('version')}. Contraseña temporal {c.password()}."),
        c.t(en=f"- Payroll needs her SSN ({c.ssn()}) and home address {c.address()}.",
            de=f"- Lohnbuchhaltung braucht Adresse {c.address()} und Telefon {c.phone()}.",
            fr=f"- La paie a besoin de son adresse {c.address()} et de son téléphone {c.phone()}.",
            es=f"- Nóminas necesita su domicilio {c.address()} y su teléfono {c.phone()}."),
    ])  # fmt: skip


def sms(c: Ctx) -> str:
    return c.pick(
        c.t(en=f"Your verification code is {c.pin(6)}. Don't share it. Ref {c.decoy('booking')}",
            de=f"Ihr Bestätigungscode: {c.pin(6)}. Nicht weitergeben. Ref {c.decoy('booking')}",
            fr=f"Votre code de vérification : {c.pin(6)}. Ne le partagez pas. Réf {c.decoy('booking')}",
            es=f"Tu código de verificación es {c.pin(6)}. No lo compartas. Ref {c.decoy('booking')}"),
        c.t(en=f"hey it's {c.given()}, new number {c.phone()} - old one {c.phone()} is dead",
            de=f"hi hier {c.given()}, neue Nummer {c.phone()}, die alte {c.phone()} geht nicht mehr",
            fr=f"coucou c'est {c.given()}, nouveau numéro {c.phone()}, l'ancien {c.phone()} ne marche plus",
            es=f"hola soy {c.given()}, mi número nuevo es {c.phone()}, el {c.phone()} ya no va"),
        c.t(en=f"Parcel {c.decoy('tracking')} held. Call {c.phone()} with PIN {c.pin(4)}",
            de=f"Paket {c.decoy('tracking')} liegt bereit. Abholung mit PIN {c.pin(4)}, Rückfragen {c.phone()}",
            fr=f"Colis {c.decoy('tracking')} en attente. Code de retrait {c.pin(4)}, info {c.phone()}",
            es=f"Paquete {c.decoy('tracking')} retenido. Código de recogida {c.pin(4)}, info {c.phone()}"),
    )  # fmt: skip


def auto_reply(c: Ctx) -> str:
    me, dep = c.v.person(), c.v.person()
    return "\n".join([
        c.t(en=f"Subject: Automatic reply: {c.decoy('invoice')}", de=f"Betreff: Automatische Antwort: {c.decoy('invoice')}",
            fr=f"Objet : Réponse automatique : {c.decoy('invoice')}", es=f"Asunto: Respuesta automática: {c.decoy('invoice')}"),
        "",
        c.t(en=f"I'm out of office until {c.decoy('date')}. For urgent matters contact {c.person(dep)} ({c.email(dep)}, {c.phone()}).",
            de=f"Ich bin bis {c.decoy('date')} nicht im Büro. In dringenden Fällen wenden Sie sich an {c.person(dep)} ({c.email(dep)}, {c.phone()}).",
            fr=f"Je suis absente jusqu'au {c.decoy('date')}. En cas d'urgence, contactez {c.person(dep)} ({c.email(dep)}, {c.phone()}).",
            es=f"Estoy fuera de la oficina hasta el {c.decoy('date')}. Para urgencias, contacte con {c.person(dep)} ({c.email(dep)}, {c.phone()})."),
        "",
        "--",
        c.person(me),
        c.address(),
        f"{c.t(en='Mobile', de='Mobil', fr='Portable', es='Móvil')}: {c.phone()} | {c.email(me)}",
    ])  # fmt: skip


TEMPLATES = [("call", call_verify, 5), ("call", call_ssn, 6), ("call", call_bank, 5),
             ("chat", support_chat, 4), ("ticket", helpdesk_comment, 4),
             ("prose", meeting_notes, 3), ("sms", sms, 3), ("email", auto_reply, 3)]  # fmt: skip
