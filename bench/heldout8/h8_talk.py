"""Templates of set 8, conversations: chatbot transcripts (a bot asks, the user types),
emergency-call transcripts, building-concierge texts and ham-radio net check-ins.
"""

# Templates are text in seven languages: long lines and typographic dashes are on purpose.
# ruff: noqa: E501

from __future__ import annotations

import h8_dates as D
import h8_pools as P
from h8_ctx import Ctx
from h8_markup import d, m

BOT = {
    "en": [
        "Hi! I'm Penny, the virtual assistant. What can I help you with?",
        "[Change my details] [Track parcel] [Talk to a human]",
        "Sure. To verify you, what's your full name?",
        "Thanks. And your date of birth?",
        "What's the new address?",
        "And the best number to reach you?",
        "Got it. Which e-mail should we use?",
        "Last step: your 4-digit account PIN, please.",
        "All done! Reference",
        "Order",
    ],
    "de": [
        "Hallo! Ich bin Lotte, Ihre digitale Assistentin. Worum geht es?",
        "[Daten ändern] [Sendung verfolgen] [Mitarbeiter]",
        "Gern. Zur Prüfung: Wie lautet Ihr vollständiger Name?",
        "Danke. Und Ihr Geburtsdatum?",
        "Wie lautet die neue Adresse?",
        "Unter welcher Nummer erreichen wir Sie?",
        "Welche E-Mail-Adresse sollen wir nutzen?",
        "Zum Schluss Ihre 4-stellige Kunden-PIN bitte.",
        "Erledigt! Vorgang",
        "Bestellung",
    ],
    "fr": [
        "Bonjour, je suis Léa, l'assistante virtuelle. Que puis-je faire pour vous ?",
        "[Modifier mes infos] [Suivre un colis] [Conseiller]",
        "Pour vous identifier, quel est votre nom complet ?",
        "Merci. Votre date de naissance ?",
        "Quelle est la nouvelle adresse ?",
        "Un numéro pour vous joindre ?",
        "Quelle adresse e-mail utiliser ?",
        "Dernière étape : votre code PIN à 4 chiffres.",
        "C'est fait ! Dossier",
        "Commande",
    ],
    "es": [
        "¡Hola! Soy Vera, la asistente virtual. ¿En qué puedo ayudarle?",
        "[Cambiar mis datos] [Seguir envío] [Hablar con agente]",
        "Para verificarle, ¿cuál es su nombre completo?",
        "Gracias. ¿Y su fecha de nacimiento?",
        "¿Cuál es la nueva dirección?",
        "¿Un teléfono de contacto?",
        "¿Qué correo electrónico usamos?",
        "Último paso: su PIN de cliente de 4 cifras.",
        "¡Listo! Gestión",
        "Pedido",
    ],
    "it": [
        "Ciao! Sono Gaia, l'assistente virtuale. Come posso aiutarti?",
        "[Modifica dati] [Traccia spedizione] [Operatore]",
        "Per verificarti, qual è il tuo nome completo?",
        "Grazie. E la data di nascita?",
        "Qual è il nuovo indirizzo?",
        "Un numero per contattarti?",
        "Quale indirizzo e-mail usiamo?",
        "Ultimo passo: il PIN cliente di 4 cifre.",
        "Fatto! Pratica",
        "Ordine",
    ],
    "nl": [
        "Hoi! Ik ben Sanne, de digitale assistent. Waarmee kan ik helpen?",
        "[Gegevens wijzigen] [Pakket volgen] [Medewerker]",
        "Ter controle: wat is je volledige naam?",
        "Dank je. En je geboortedatum?",
        "Wat is het nieuwe adres?",
        "Op welk nummer ben je bereikbaar?",
        "Welk e-mailadres gebruiken we?",
        "Laatste stap: je pincode van 4 cijfers.",
        "Klaar! Dossier",
        "Bestelling",
    ],
    "pt": [
        "Olá! Sou a Rita, a assistente virtual. Em que posso ajudar?",
        "[Alterar dados] [Seguir encomenda] [Falar com assistente]",
        "Para confirmar, qual é o seu nome completo?",
        "Obrigada. E a data de nascimento?",
        "Qual é a nova morada?",
        "Um contacto telefónico?",
        "Que e-mail devemos usar?",
        "Último passo: o seu PIN de cliente de 4 dígitos.",
        "Concluído! Processo",
        "Encomenda",
    ],
}


PAY = {
    "en": (
        "Would you like to update your payment card? Type the card number.",
        "Please type the IBAN for refunds.",
        "Hmm, that number doesn't look valid. Please check it and try again.",
    ),
    "de": (
        "Möchten Sie Ihre Zahlungskarte aktualisieren? Bitte Kartennummer eingeben.",
        "Bitte geben Sie die IBAN für Erstattungen ein.",
        "Diese Nummer scheint ungültig zu sein. Bitte prüfen und erneut eingeben.",
    ),
    "fr": (
        "Souhaitez-vous mettre à jour votre carte ? Saisissez le numéro.",
        "Indiquez l'IBAN pour les remboursements.",
        "Ce numéro ne semble pas valide. Merci de vérifier.",
    ),
    "es": (
        "¿Quiere actualizar su tarjeta? Escriba el número.",
        "Escriba el IBAN para los reembolsos.",
        "Ese número no parece válido. Revíselo, por favor.",
    ),
    "it": (
        "Vuoi aggiornare la carta? Scrivi il numero.",
        "Scrivi l'IBAN per i rimborsi.",
        "Il numero non sembra valido. Controlla e riprova.",
    ),
    "nl": (
        "Wil je je betaalkaart bijwerken? Typ het kaartnummer.",
        "Typ het IBAN voor terugbetalingen.",
        "Dat nummer lijkt niet geldig. Controleer het even.",
    ),
    "pt": (
        "Quer atualizar o cartão? Escreva o número.",
        "Escreva o IBAN para reembolsos.",
        "Esse número não parece válido. Verifique, por favor.",
    ),
}


def bot(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    L = BOT[lang]
    g, s = P.full(r, lang)
    who = r.choice(["You", "Sie", "Vous", "Tú", "Tu", "Jij", "Eu"]) if r.random() < 0.3 else "User"
    lines = [
        f"Bot: {L[0]}",
        f"Bot: {L[1]}",
        f"{who}: {L[1].split('] [')[0].lstrip('[')}",
        f"Bot: {L[2]}",
        f"{who}: {m('PERSON', f'{g} {s}' if r.random() < 0.7 else f'{g.lower()} {s.lower()}')}",
        f"Bot: {L[3]}",
        f"{who}: {m('DATE_OF_BIRTH', D.dob(r, lang))}",
        f"Bot: {L[4]}",
        f"{who}: {c.street(lang, r.random() < 0.4)}, {P.town(r, lang)}",
        f"Bot: {L[5]}",
        f"{who}: {c.phone(lang)}",
    ]
    if r.random() < 0.7:
        lines += [f"Bot: {L[6]}", f"{who}: {c.email(lang, g, s)}"]
    if r.random() < 0.6:
        lines += [f"Bot: {L[7]}", f"{who}: {c.pin(4)}"]
    pay = r.random()
    if pay < 0.3:
        lines += [f"Bot: {PAY[lang][0]}"]
        if r.random() < 0.4:
            lines += [f"{who}: {c.luhn_bad()}", f"Bot: {PAY[lang][2]}"]
        lines += [
            f"{who}: {c.card(r.choice([' ', '', ' ', '-']))}",
            f"{who}: {r.randint(1, 12):02d}/{r.randint(27, 31)}",
        ]
    elif pay < 0.55:
        cc = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}[
            lang
        ]
        lines += [f"Bot: {PAY[lang][1]}"]
        if r.random() < 0.5:
            lines += [f"{who}: {c.iban_bad(cc)}", f"Bot: {PAY[lang][2]}"]
        lines += [f"{who}: {c.iban(cc, r.random() < 0.6)}"]
    lines.append(
        f"Bot: {L[8]} {c.digits('ticket', 8, '#')} · {L[9]} {c.digits('order', 10)} · "
        f"{d('timestamp', D.stamp(r)) if r.random() < 0.4 else D.stamp(r)[11:16]}"
    )
    return "chat", "\n".join(lines) + "\n"


EMERG = {
    "en": (
        "Dispatcher: 911, what's the address of your emergency?",
        "Caller:",
        "Dispatcher: What's the phone number you're calling from?",
        "Dispatcher: What's your name?",
        "Dispatcher: Patient's date of birth, if you know it?",
        "Dispatcher: Okay, help is on the way. Incident",
        "it's my dad, he collapsed",
        "Unit",
    ),
    "de": (
        "Leitstelle: Notruf 112, wo genau ist der Notfallort?",
        "Anrufer:",
        "Leitstelle: Unter welcher Nummer erreichen wir Sie?",
        "Leitstelle: Wie heißen Sie?",
        "Leitstelle: Geburtsdatum des Patienten?",
        "Leitstelle: Rettungswagen ist unterwegs. Einsatznummer",
        "mein Vater ist umgekippt",
        "RTW",
    ),
    "fr": (
        "Opérateur : SAMU, quelle est l'adresse exacte ?",
        "Appelant :",
        "Opérateur : Un numéro pour vous rappeler ?",
        "Opérateur : Votre nom ?",
        "Opérateur : Date de naissance de la personne ?",
        "Opérateur : Une équipe arrive. Intervention",
        "c'est ma mère, elle est tombée",
        "VSAV",
    ),
    "es": (
        "Operador: 112, ¿cuál es la dirección de la emergencia?",
        "Llamante:",
        "Operador: ¿Un teléfono de contacto?",
        "Operador: ¿Su nombre?",
        "Operador: ¿Fecha de nacimiento del paciente?",
        "Operador: La ambulancia va en camino. Incidente",
        "es mi abuela, se ha caído",
        "SVB",
    ),
    "it": (
        "Operatore: 112, qual è l'indirizzo dell'emergenza?",
        "Chiamante:",
        "Operatore: Un numero per richiamarla?",
        "Operatore: Come si chiama?",
        "Operatore: Data di nascita del paziente?",
        "Operatore: L'ambulanza è in arrivo. Evento",
        "è mio marito, non respira bene",
        "MSB",
    ),
    "nl": (
        "Meldkamer: 112, wat is het adres van het incident?",
        "Melder:",
        "Meldkamer: Op welk nummer bent u bereikbaar?",
        "Meldkamer: Wat is uw naam?",
        "Meldkamer: Geboortedatum van de patiënt?",
        "Meldkamer: De ambulance is onderweg. Incident",
        "mijn moeder is gevallen",
        "Ambu",
    ),
    "pt": (
        "Operador: 112, qual é a morada da ocorrência?",
        "Chamador:",
        "Operador: Um número para contacto?",
        "Operador: Como se chama?",
        "Operador: Data de nascimento da vítima?",
        "Operador: A ambulância está a caminho. Ocorrência",
        "é o meu pai, desmaiou",
        "INEM",
    ),
}


def emergency(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    L = EMERG[lang]
    g, s = P.full(r, lang)
    pg = P.given(r, lang)
    t0 = r.randint(0, 9)
    ph_raw = c.phone_raw(lang)
    if r.random() < 0.5:  # the caller reads it digit by digit, as speech-to-text writes it
        digits = " ".join(ch for ch in ph_raw.replace("(0)", "") if ch.isdigit())
        ph_raw = ("+ " + digits) if ph_raw.startswith("+") else digits
    lines = [
        f"[00:00:0{t0}] {L[0]}",
        f"[00:00:1{t0}] {L[1]} {c.street(lang, r.random() < 0.5)}, {P.town(r, lang)}, {L[6]}",
        f"[00:00:2{t0}] {L[2]}",
        f"[00:00:3{t0}] {L[1]} {m('PHONE', ph_raw)}",
        f"[00:00:4{t0}] {L[3]}",
        f"[00:00:5{t0}] {L[1]} {m('PERSON', f'{g} {s}')}",
    ]
    if r.random() < 0.7:
        lines += [
            f"[00:01:0{t0}] {L[4]}",
            f"[00:01:1{t0}] {L[1]} {m('DATE_OF_BIRTH', D.dob(r, lang, None, 1930, 1960))}",
        ]
    if r.random() < 0.4:
        lines.append(f"[00:01:2{t0}] {L[1]} {m('PERSON', pg)} {m('PERSON', s)}, {c.phone(lang)}")
    lines.append(
        f"[00:01:3{t0}] {L[5]} {c.digits('incident', 10)}, {L[7]} {r.randint(10, 89)}/{r.randint(1, 9)}"
    )
    lines.append(
        f"CAD: {d('timestamp', D.stamp(r))} · GPS {d('geo', f'{r.uniform(36, 53):.5f}, {r.uniform(-9, 14):.5f}')}"
    )
    return "call", "\n".join(lines) + "\n"


def hamnet(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    pre = "DL" if lang == "de" else "W"
    lines = [
        f"NET CONTROL: {'Hier ist die Notfunkrunde, bitte melden.' if lang == 'de' else 'This is the county ARES net, check-ins please.'}"
    ]
    for _ in range(r.randint(2, 3)):
        g, _ = P.full(r, lang)
        call = f"{pre}{r.randint(1, 9)}{''.join(r.choice('ABCDEFGHKLMNPRSTWXZ') for _ in range(3))}"
        if lang == "de":
            say = f"{call}, Name {m('PERSON', g)}, Standort {c.street(lang)}, {P.town(r, lang)}, Rückruf {c.phone(lang)}"
        else:
            say = f"{call}, name is {m('PERSON', g)}, QTH {c.street(lang)}, {P.town(r, lang)}, landline {c.phone(lang)}"
        lines.append(f"{call}: {say}")
    lines.append(
        f"NET CONTROL: {d('freq', f'{r.randint(144, 146)}.{r.randint(100, 990)}')} MHz, "
        f"tone {r.choice(['88.5', '100.0', '123.0'])}, {d('timestamp', D.stamp(r))}"
    )
    return "call", "\n".join(lines) + "\n"
