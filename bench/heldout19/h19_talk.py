"""Templates: hot-air balloon booking calls, pest-control chats, dry-cleaner SMS (set 19)."""

from __future__ import annotations

from h19_core import (
    Ctx,
    d,
    digit_words,
    dob_spoken_en,
    dob_words,
    v,
)
from h19_phone import phone

CALL = {
    "en": [
        "Skylark Balloon Flights, this is {agent}, how can I help?",
        "Hi, I'd like to book two seats on the sunrise flight. My name is {name}.",
        "Lovely. For the passenger insurance I need your date of birth.",
        "It's {dob}.",
        "And a number we can reach you on the morning of the flight?",
        "Sure, my number is {phone}.",
        "Where should we post the voucher?",
        "{street}, {town}.",
        "And an e-mail for the weather updates?",
        "It's {email}.",
        "The deposit is {amount}. Card number when you're ready.",
        "Okay: {card}.",
        "Your booking reference is {ref}, flight on {fdate}. Thanks, {given}!",
    ],
    "de": [
        "Ballonfahrten Himmelblau, Sie sprechen mit {agent}, was kann ich für Sie tun?",
        "Guten Tag, ich möchte eine Ballonfahrt buchen. Mein Name ist {name}.",
        "Gern. Für die Passagierversicherung brauche ich Ihr Geburtsdatum.",
        "Das ist der {dob}.",
        "Unter welcher Nummer erreichen wir Sie am Fahrtag?",
        "Meine Nummer ist {phone}.",
        "Wohin dürfen wir den Gutschein schicken?",
        "{street}, {town}.",
        "Und eine E-Mail für die Wetterinfos?",
        "Gern, {email}.",
        "Die Anzahlung beträgt {amount}. Ihre Kartennummer bitte.",
        "Ja: {card}.",
        "Ihre Buchungsnummer ist {ref}, Fahrt am {fdate}. Vielen Dank, {given}!",
    ],
    "fr": [
        "Montgolfières du Lauragais, {agent} à l'appareil, bonjour.",
        "Bonjour, je voudrais réserver un vol en montgolfière. Je m'appelle {name}.",
        "Très bien. Pour l'assurance passager, votre date de naissance ?",
        "Le {dob}.",
        "Un numéro pour vous joindre le matin du vol ?",
        "Mon numéro c'est le {phone}.",
        "Où envoyer le bon cadeau ?",
        "{street}, {town}.",
        "Et une adresse e-mail pour la météo ?",
        "C'est {email}.",
        "L'acompte est de {amount}. Votre numéro de carte ?",
        "Oui : {card}.",
        "Votre référence de réservation est {ref}, vol le {fdate}. Merci, {given} !",
    ],
    "es": [
        "Globos Meseta, le atiende {agent}, ¿en qué puedo ayudarle?",
        "Hola, quería reservar un vuelo en globo. Me llamo {name}.",
        "Perfecto. Para el seguro del pasajero necesito su fecha de nacimiento.",
        "Es el {dob}.",
        "¿Un teléfono para avisarle la mañana del vuelo?",
        "Sí, mi número es {phone}.",
        "¿A qué dirección enviamos el bono?",
        "{street}, {town}.",
        "¿Y un correo para el parte meteorológico?",
        "Es {email}.",
        "La señal son {amount}. ¿Número de tarjeta?",
        "Vale: {card}.",
        "Su localizador es {ref}, vuelo el {fdate}. ¡Gracias, {given}!",
    ],
    "it": [
        "Mongolfiere del Chianti, sono {agent}, come posso aiutarla?",
        "Buongiorno, vorrei prenotare un volo in mongolfiera. Mi chiamo {name}.",
        "Certo. Per l'assicurazione passeggeri mi serve la data di nascita.",
        "È il {dob}.",
        "Un numero per contattarla la mattina del volo?",
        "Il mio numero è {phone}.",
        "Dove spediamo il buono?",
        "{street}, {town}.",
        "E un indirizzo e-mail per il meteo?",
        "È {email}.",
        "L'acconto è di {amount}. Il numero della carta?",
        "Sì: {card}.",
        "Il codice prenotazione è {ref}, volo il {fdate}. Grazie, {given}!",
    ],
    "nl": [
        "Ballonvaart De Wolken, u spreekt met {agent}, waarmee kan ik helpen?",
        "Goedemiddag, ik wil graag een ballonvaart boeken. Mijn naam is {name}.",
        "Prima. Voor de passagiersverzekering heb ik uw geboortedatum nodig.",
        "Dat is {dob}.",
        "Op welk nummer kunnen we u bereiken op de vaartdag?",
        "Mijn nummer is {phone}.",
        "Waar mogen we de cadeaubon naartoe sturen?",
        "{street}, {town}.",
        "En een e-mailadres voor de weerberichten?",
        "Dat is {email}.",
        "De aanbetaling is {amount}. Uw kaartnummer?",
        "Ja: {card}.",
        "Uw boekingsnummer is {ref}, vaart op {fdate}. Dank u, {given}!",
    ],
    "pt": [
        "Balões do Alentejo, fala {agent}, em que posso ajudar?",
        "Boa tarde, queria reservar um voo de balão. O meu nome é {name}.",
        "Com certeza. Para o seguro do passageiro preciso da data de nascimento.",
        "É {dob}.",
        "Um número para o contactarmos na manhã do voo?",
        "O meu número é {phone}.",
        "Para onde enviamos o voucher?",
        "{street}, {town}.",
        "E um e-mail para a meteorologia?",
        "É {email}.",
        "O sinal é de {amount}. O número do cartão?",
        "Sim: {card}.",
        "A referência da reserva é {ref}, voo a {fdate}. Obrigado, {given}!",
    ],
}
SPK = {
    "en": ("Agent", "Caller"),
    "de": ("Agentin", "Anrufer"),
    "fr": ("Agent", "Client"),
    "es": ("Agente", "Cliente"),
    "it": ("Operatore", "Cliente"),
    "nl": ("Medewerker", "Beller"),
    "pt": ("Operador", "Cliente"),
}
MISREAD = {
    "en": "sorry, wrong digit, it's",
    "de": "Moment, falsch, richtig ist",
    "fr": "pardon, je me suis trompé :",
    "es": "perdón, me equivoqué, es",
    "it": "scusi, ho sbagliato, è",
    "nl": "sorry, verkeerd, het is",
    "pt": "desculpe, enganei-me, é",
}


def call(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    agent = ctx.person(lang)[0]
    given, surname = ctx.person(lang)
    while given == agent:
        given = ctx.person(lang)[0]
    caps = ctx.chance(0.3)
    name = v("PERSON", f"{given} {surname.upper() if caps else surname}")
    y, m, dd = ctx.dob()
    spoken = lang == "en" and ctx.chance(0.5)
    dob = dob_spoken_en(y, m, dd) if spoken else dob_words(lang, y, m, dd)
    written, nat = phone(ctx, lang)
    if ctx.chance(0.3):
        groups = {
            "en": (3, 3, 4) if len(nat) == 10 else (5, 3, 3),
            "de": (4, 3, 4),
            "fr": (2, 2, 2, 2, 2),
            "es": (3, 3, 3),
            "it": (3, 3, 4),
            "nl": (2, 4, 4),
            "pt": (3, 3, 3),
        }[lang]
        written = digit_words(lang, nat, groups)
    email = ctx.email(lang, given, surname)
    card = ctx.card(ctx.pick([" ", "-", ""]))
    cardtxt = v("CREDIT_CARD", card)
    if ctx.chance(0.3):
        cardtxt = d("luhn-invalid", ctx.card_misread(card)) + f", {MISREAD[lang]} " + cardtxt
    vals = {
        "agent": v("PERSON", agent),
        "name": name,
        "dob": v("DATE_OF_BIRTH", dob),
        "phone": v("PHONE", written),
        "street": v("STREET_ADDRESS", ctx.street(lang)),
        "town": ctx.town(lang),
        "email": v("EMAIL", email),
        "amount": d(
            "amount",
            f"{ctx.r.randint(3, 9) * 25},00 €"
            if lang != "en"
            else f"£{ctx.r.randint(3, 9) * 25}.00",
        ),
        "card": cardtxt,
        "ref": d("booking", f"SKY-{ctx.digits(6)}"),
        "fdate": d("date", f"{ctx.r.randint(1, 28):02d}/0{ctx.r.randint(4, 9)}/2027"),
        "given": v("PERSON", given),
        "surname": v("PERSON", surname),
    }
    lines = CALL[lang]
    drop = set()
    if ctx.chance(0.3):
        drop |= {8, 9}
    if ctx.chance(0.5):
        drop |= {10, 11}
    a, c = SPK[lang]
    out, t = [], ctx.r.randint(0, 20)
    for k, ln in enumerate(lines):
        if k in drop:
            continue
        who = a if k % 2 == 0 else c
        t += ctx.r.randint(4, 19)
        out.append(f"[{t // 60:02d}:{t % 60:02d}] {who}: " + ln.format(**vals))
    return "\n".join(out) + "\n", "call"


CHAT = {
    "en": (
        "Hi! You're chatting with {agent} from BuzzOff Pest Control. What's the problem?",
        "wasps nest under the roof, need someone asap",
        "Name for the booking?",
        "{name}",
        "Address?",
        "{street}",
        "Best phone for the technician?",
        "{phone}",
        "If nobody's home, how does he get into the garden?",
        "side gate, code is {code}",
        "Email for the confirmation?",
        "{email}",
        "Booked: job {job}, {amount} incl. VAT.",
    ),
    "de": (
        "Hallo! Hier ist {agent} von Schädlingsfrei24. Worum geht es?",
        "Ratten im Keller, bitte schnell",
        "Auf welchen Namen?",
        "{name}",
        "Adresse?",
        "{street}",
        "Telefon für den Techniker?",
        "{phone}",
        "Falls niemand da ist, wie kommt er in den Keller?",
        "Schlüsselkasten, Code {code}",
        "E-Mail für die Bestätigung?",
        "{email}",
        "Gebucht: Auftrag {job}, {amount} brutto.",
    ),
    "fr": (
        "Bonjour ! Vous discutez avec {agent} de Nuisibles Express. Quel est le souci ?",
        "des punaises de lit dans la chambre",
        "À quel nom ?",
        "{name}",
        "Adresse ?",
        "{street}",
        "Un téléphone pour le technicien ?",
        "{phone}",
        "Si personne n'est là, comment entrer ?",
        "boîte à clés, code {code}",
        "E-mail pour la confirmation ?",
        "{email}",
        "C'est noté : intervention {job}, {amount} TTC.",
    ),
    "es": (
        "¡Hola! Te atiende {agent} de Plagas Fuera. ¿Qué ocurre?",
        "cucarachas en la cocina del bar",
        "¿A nombre de quién?",
        "{name}",
        "¿Dirección?",
        "{street}",
        "¿Teléfono para el técnico?",
        "{phone}",
        "Si no hay nadie, ¿cómo entra?",
        "portal con código {code}",
        "¿Correo para la confirmación?",
        "{email}",
        "Reservado: servicio {job}, {amount} IVA incl.",
    ),
    "it": (
        "Ciao! Sono {agent} di Disinfestazioni Rapide. Qual è il problema?",
        "calabroni nel sottotetto",
        "A che nome?",
        "{name}",
        "Indirizzo?",
        "{street}",
        "Telefono per il tecnico?",
        "{phone}",
        "Se non c'è nessuno come entra?",
        "codice cancello {code}",
        "Email per la conferma?",
        "{email}",
        "Prenotato: intervento {job}, {amount} IVA inclusa.",
    ),
    "nl": (
        "Hoi! Je chat met {agent} van Ongedierte Direct. Wat is er aan de hand?",
        "muizen in de meterkast",
        "Op welke naam?",
        "{name}",
        "Adres?",
        "{street}",
        "Telefoon voor de monteur?",
        "{phone}",
        "Als er niemand thuis is, hoe komt hij binnen?",
        "sleutelkastje, code {code}",
        "E-mail voor de bevestiging?",
        "{email}",
        "Geboekt: opdracht {job}, {amount} incl. btw.",
    ),
    "pt": (
        "Olá! Fala {agent} da Pragas Zero. Qual é o problema?",
        "térmitas no soalho",
        "Em nome de quem?",
        "{name}",
        "Morada?",
        "{street}",
        "Telefone para o técnico?",
        "{phone}",
        "Se não estiver ninguém, como entra?",
        "código do portão {code}",
        "E-mail para a confirmação?",
        "{email}",
        "Marcado: serviço {job}, {amount} c/ IVA.",
    ),
}


AT_DOT = {
    "en": ("(at)", "(dot)"),
    "de": ("(at)", "(punkt)"),
    "fr": ("arobase", "point"),
    "es": ("arroba", "punto"),
    "it": ("chiocciola", "punto"),
    "nl": ("apenstaartje", "punt"),
    "pt": ("arroba", "ponto"),
}


def spell_mail(ctx: Ctx, lang: str, mail: str) -> str:
    """A quarter of the addresses written with the words for the sign and the dot."""
    if not ctx.chance(0.25):
        return mail
    at, dot = AT_DOT[lang]
    local, dom = mail.split("@")
    return f"{local} {at} {dom.replace('.', f' {dot} ')}"


CARDW = {
    "en": "card for the deposit:",
    "de": "Karte für die Anzahlung:",
    "fr": "carte pour l'acompte :",
    "es": "tarjeta para la señal:",
    "it": "carta per l'acconto:",
    "nl": "kaart voor de aanbetaling:",
    "pt": "cartão para o sinal:",
}


def chat(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    agent = ctx.person(lang)[0]
    given, surname = ctx.person(lang)
    name = f"{surname.upper()}, {given}" if ctx.chance(0.3) else f"{given} {surname}"
    written, _ = phone(ctx, lang)
    if ctx.chance(0.15) and " " in written:
        written = written.replace(" ", " <ZWSP>", 1)
    vals = {
        "agent": v("PERSON", agent),
        "name": v("PERSON", name),
        "street": v("STREET_ADDRESS", ctx.street(lang)) + ", " + ctx.town(lang),
        "phone": v("PHONE", written),
        "code": v("SECRET", ctx.pin(ctx.pick([4, 4, 5, 6]))),
        "email": v("EMAIL", spell_mail(ctx, lang, ctx.email(lang, given, surname))),
        "job": d("ticket", f"J{ctx.digits(7)}"),
        "amount": d(
            "amount",
            f"{ctx.r.randint(89, 349)},00 €" if lang != "en" else f"${ctx.r.randint(89, 349)}.00",
        ),
    }
    t0 = ctx.r.randint(8, 19) * 60 + ctx.r.randint(0, 50)
    out = [
        d("timestamp", f"2026-{ctx.r.randint(1, 11):02d}-{ctx.r.randint(1, 28):02d}") + " — Crisp"
    ]
    for k, ln in enumerate(CHAT[lang]):
        t0 += ctx.r.randint(0, 2)
        who = "operator" if k % 2 == 0 else "visitor"
        out.append(f"{t0 // 60:02d}:{t0 % 60:02d} {who}: {ln.format(**vals)}")
    if ctx.chance(0.35):
        sep = ctx.pick([" ", "zwsp"])
        out.insert(
            -1,
            f"{t0 // 60:02d}:{t0 % 60:02d} visitor: {CARDW[lang]} "
            + v("CREDIT_CARD", ctx.card(sep)),
        )
    return "\n".join(out) + "\n", "chat"
