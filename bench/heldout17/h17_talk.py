"""Templates: sleep-lab booking calls, grooming-salon Tidio chats, yoga-studio SMS."""

from __future__ import annotations

from h17_core import Ctx, Doc
from h17_pools import (
    dob,
    email,
    person,
    phone,
    phone_words,
    plain_date,
    spelled_email,
    street,
    town,
)

CALL = {
    "en": (
        "Northgate Sleep Centre, you're speaking with",
        "Hi, it's",
        "I was referred for an overnight study.",
        "Can I take your date of birth?",
        "It's",
        "And a good callback number?",
        "Sure, it's",
        "What's the home address?",
        "What e-mail should the questionnaire go to?",
        "Your referral number is",
        "We have a bed on",
        "For the deposit, card number?",
        "sorry, I misread that, it's",
        "Last thing, your social for the insurance check?",
    ),
    "de": (
        "Schlaflabor am Stadtpark, Sie sprechen mit",
        "Guten Tag, hier ist",
        "Ich habe eine Überweisung fürs Schlaflabor.",
        "Ihr Geburtsdatum, bitte?",
        "Das ist der",
        "Unter welcher Nummer erreiche ich Sie?",
        "Meine Nummer ist",
        "Und Ihre Anschrift?",
        "An welche E-Mail dürfen wir den Fragebogen schicken?",
        "Ihre Vorgangsnummer lautet",
        "Wir hätten ein Bett am",
        "Für die Anzahlung, die Kartennummer?",
        "Moment, falsch abgelesen, richtig ist",
        "",
    ),
    "fr": (
        "Centre du sommeil Saint-Louis, vous êtes avec",
        "Bonjour, c'est",
        "Mon médecin m'a prescrit une polysomnographie.",
        "Votre date de naissance ?",
        "C'est le",
        "Un numéro où vous joindre ?",
        "Mon numéro est",
        "Votre adresse ?",
        "À quelle adresse mail envoyer le questionnaire ?",
        "Votre numéro de dossier est",
        "Nous avons un lit le",
        "Pour l'acompte, le numéro de carte ?",
        "pardon, je me suis trompé, c'est",
        "",
    ),
    "es": (
        "Unidad del Sueño Arganzuela, le atiende",
        "Hola, soy",
        "Tengo un volante para un estudio del sueño.",
        "¿Su fecha de nacimiento?",
        "Es el",
        "¿Un teléfono de contacto?",
        "Mi número es",
        "¿Su dirección?",
        "¿A qué correo le mandamos el cuestionario?",
        "Su número de expediente es",
        "Tenemos cama el",
        "Para la señal, ¿el número de tarjeta?",
        "perdón, lo leí mal, es",
        "",
    ),
    "it": (
        "Centro di medicina del sonno, risponde",
        "Buongiorno, sono",
        "Ho l'impegnativa per la polisonnografia.",
        "La sua data di nascita?",
        "È il",
        "Un numero per richiamarla?",
        "Il mio numero è",
        "Il suo indirizzo?",
        "A quale e-mail mandiamo il questionario?",
        "Il suo numero di pratica è",
        "Abbiamo un letto il",
        "Per l'acconto, il numero della carta?",
        "scusi, ho letto male, è",
        "",
    ),
    "nl": (
        "Slaapcentrum Oost, u spreekt met",
        "Goedemiddag, met",
        "Ik heb een verwijzing voor een slaaponderzoek.",
        "Wat is uw geboortedatum?",
        "Dat is",
        "Op welk nummer kan ik u terugbellen?",
        "Mijn nummer is",
        "Wat is uw adres?",
        "Naar welk e-mailadres sturen we de vragenlijst?",
        "Uw dossiernummer is",
        "We hebben een bed op",
        "Voor de aanbetaling, het kaartnummer?",
        "sorry, verkeerd gelezen, het is",
        "",
    ),
    "pt": (
        "Centro de Medicina do Sono, fala",
        "Bom dia, é",
        "Tenho uma credencial para estudo do sono.",
        "A sua data de nascimento?",
        "É",
        "Um contacto telefónico?",
        "O meu número é",
        "A sua morada?",
        "Para que e-mail enviamos o questionário?",
        "O seu número de processo é",
        "Temos cama no dia",
        "Para o sinal, o número do cartão?",
        "desculpe, li mal, é",
        "",
    ),
}


def name_of(c: Ctx, lang: str, caps: float = 0.3) -> str:
    g, s = person(c, lang)
    if c.chance(caps):
        return f"{s.upper()}, {g}"
    return f"{g} {s}"


def call(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    p = CALL[lang]
    doc = Doc(crlf=c.chance(0.1))
    sec = 0

    def line(who: str) -> None:
        nonlocal sec
        doc.t(f"[{sec // 60:02d}:{sec % 60:02d}] {who}: ")
        sec += c.r.randint(4, 19)

    agent = c.pick(["Agent", "Reception"] if lang == "en" else ["Agent", "Agent"])
    caller = (
        "Caller"
        if lang == "en"
        else c.pick(["Anrufer", "Patient", "Client", "Paciente", "Cliente", "Beller"])
    )
    line(agent)
    doc.t(p[0] + " ").v("PERSON", person(c, lang)[0]).t(".\n")
    line(caller)
    g, s = person(c, lang)
    nm = f"{s.upper()} {g}" if c.chance(0.3) else f"{g} {s}"
    doc.t(p[1] + " ").v("PERSON", nm).t(". " + p[2] + "\n")
    line(agent)
    doc.t(p[9] + " ").d("referral", f"{c.r.choice('RSZ')}{c.digits(6)}").t(". " + p[3] + "\n")
    line(caller)
    doc.t(p[4] + " ").v("DATE_OF_BIRTH", dob(c, lang, c.pick(["words", "num"]))).t(".\n")
    line(agent)
    doc.t(p[5] + "\n")
    line(caller)
    num = phone(c, lang, c.pick(["intl", "nat", "run"]))
    if c.chance(0.3):
        doc.t(p[6] + " ").v("PHONE", phone_words(num, lang)).t(".\n")
    else:
        doc.t(p[6] + " ").v("PHONE", num).t(".\n")
    line(agent)
    doc.t(p[7] + "\n")
    line(caller)
    doc.v("STREET_ADDRESS", street(c, lang)).t(", " + town(c, lang) + ".\n")
    if c.chance(0.7):
        line(agent)
        doc.t(p[8] + "\n")
        line(caller)
        addr = email(c, lang, g, s)
        doc.v("EMAIL", spelled_email(addr, lang) if c.chance(0.35) else addr).t("\n")
    if lang == "en" and c.chance(0.5):
        line(agent)
        doc.t(p[13] + "\n")
        line(caller)
        doc.t("it's ").v("US_SSN", c.ssn(c.pick(["-", " "]))).t("\n")
    line(agent)
    doc.t(p[10] + " ").d("date", plain_date(c)).t(".\n")
    if c.chance(0.5):
        line(agent)
        doc.t(p[11] + "\n")
        line(caller)
        raw, card = c.card_raw()
        if c.chance(0.3):
            doc.d("luhn-invalid", c.card_misread(raw)).t(" ... " + p[12] + " ")
        doc.v("CREDIT_CARD", card).t("\n")
    return "call", doc


CHAT = {
    "en": (
        "Hi! Welcome to Waggle & Suds grooming. How can we help?",
        "I'd like to book a full groom for",
        "Lovely! Name and mobile for the booking?",
        "Owner's birthday for the loyalty card?",
        "Address for the mobile van?",
        "Gate code so the groomer can get in?",
        "Booked, ref",
    ),
    "de": (
        "Hallo! Willkommen beim Hundesalon Fellfein. Wie können wir helfen?",
        "Ich möchte einen Termin für",
        "Gern! Name und Handynummer?",
        "Geburtsdatum für die Kundenkarte?",
        "Adresse für den Mobil-Service?",
        "Torcode, damit die Groomerin reinkommt?",
        "Gebucht, Nr.",
    ),
    "fr": (
        "Bonjour ! Bienvenue au salon de toilettage Poil Doux.",
        "Je voudrais un toilettage complet pour",
        "Avec plaisir ! Nom et portable ?",
        "Date de naissance pour la carte fidélité ?",
        "Adresse pour le camion de toilettage ?",
        "Code du portail pour la toiletteuse ?",
        "C'est réservé, réf.",
    ),
    "es": (
        "¡Hola! Bienvenido a la peluquería canina Guau Spa.",
        "Quiero cita de baño y corte para",
        "¡Claro! ¿Nombre y móvil?",
        "¿Fecha de nacimiento para la tarjeta de puntos?",
        "¿Dirección para la furgoneta?",
        "¿Código del portal para la peluquera?",
        "Reservado, ref.",
    ),
    "it": (
        "Ciao! Benvenuto da Toelettatura Pelodoro.",
        "Vorrei prenotare una toelettatura per",
        "Certo! Nome e cellulare?",
        "Data di nascita per la tessera fedeltà?",
        "Indirizzo per il furgone?",
        "Codice del cancello per la toelettatrice?",
        "Prenotato, rif.",
    ),
    "nl": (
        "Hoi! Welkom bij trimsalon Kwispel.",
        "Ik wil graag een trimbeurt voor",
        "Leuk! Naam en mobiel nummer?",
        "Geboortedatum voor de klantenkaart?",
        "Adres voor de trimbus?",
        "Code van het hek voor de trimster?",
        "Geboekt, ref.",
    ),
    "pt": (
        "Olá! Bem-vindo à tosquia Patudos.",
        "Queria marcar banho e tosquia para",
        "Claro! Nome e telemóvel?",
        "Data de nascimento para o cartão cliente?",
        "Morada para a carrinha?",
        "Código do portão para a tosquiadora?",
        "Marcado, ref.",
    ),
}
DOGS = ["Biscuit", "Lotte", "Pistache", "Canela", "Briciola", "Sientje", "Farrusco"]


def chat(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    p = CHAT[lang]
    doc = Doc()
    hh, mm = c.r.randint(8, 20), c.r.randint(0, 50)
    bot = c.pick(["Tidio bot", "Operator"])
    g, s = person(c, lang)
    doc.t(f"{hh:02d}:{mm:02d} {bot}: {p[0]}\n")
    doc.t(f"{hh:02d}:{mm + 1:02d} Visitor: {p[1]} {c.pick(DOGS)} ").d(
        "appointment", plain_date(c)
    ).t("\n")
    doc.t(f"{hh:02d}:{mm + 2:02d} {bot}: {p[2]}\n")
    nm = f"{s.upper()}, {g}" if c.chance(0.3) else f"{g} {s}"
    num = phone(c, lang)
    if c.chance(0.15):
        num = " ".join(num.replace(" ", "").replace("-", ""))
    doc.t(f"{hh:02d}:{mm + 3:02d} Visitor: ").v("PERSON", nm).t(", ").v("PHONE", num).t("\n")
    doc.t(f"{hh:02d}:{mm + 4:02d} {bot}: {p[3]}\n")
    doc.t(f"{hh:02d}:{mm + 5:02d} Visitor: ").v("DATE_OF_BIRTH", dob(c, lang)).t("\n")
    doc.t(f"{hh:02d}:{mm + 6:02d} {bot}: {p[4]}\n")
    doc.t(f"{hh:02d}:{mm + 7:02d} Visitor: ").v("STREET_ADDRESS", street(c, lang))
    doc.t(", " + town(c, lang) + "\n")
    if c.chance(0.6):
        doc.t(f"{hh:02d}:{mm + 8:02d} {bot}: {p[5]}\n")
        doc.t(f"{hh:02d}:{mm + 9:02d} Visitor: ").v("SECRET", c.pin(c.pick([4, 5, 6]))).t("\n")
    if c.chance(0.4):
        doc.t(f"{hh:02d}:{mm + 9:02d} Visitor: ").v("EMAIL", email(c, lang, g, s)).t("\n")
    doc.t(f"{hh:02d}:{mm + 10:02d} {bot}: {p[6]} ").d("booking", f"WS-{c.digits(5)}")
    doc.t(" · ").d("amount", c.pick(["45", "62,50", "38"]) + (" GBP" if lang == "en" else " EUR"))
    doc.t("\n")
    return "chat", doc


SMS = {
    "en": (
        "Hi {g}, your Yin Yoga class with",
        "is on",
        "Door code for the studio:",
        "Reply STOP. Queries:",
    ),
    "de": ("Hallo {g}, dein Yin-Yoga-Kurs bei", "ist am", "Türcode fürs Studio:", "Fragen:"),
    "fr": (
        "Bonjour {g}, votre cours de yin yoga avec",
        "a lieu le",
        "Code de la porte du studio :",
        "Questions :",
    ),
    "es": (
        "Hola {g}, tu clase de yin yoga con",
        "es el",
        "Código de la puerta del estudio:",
        "Dudas:",
    ),
    "it": (
        "Ciao {g}, la tua lezione di yin yoga con",
        "è il",
        "Codice della porta dello studio:",
        "Info:",
    ),
    "nl": ("Hoi {g}, je yin-yogales bij", "is op", "Deurcode van de studio:", "Vragen:"),
    "pt": (
        "Olá {g}, a tua aula de yin yoga com",
        "é no dia",
        "Código da porta do estúdio:",
        "Dúvidas:",
    ),
}


def sms(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    p = SMS[lang]
    doc = Doc()
    g = person(c, lang)[0]
    teacher = person(c, lang)[0]
    doc.t("From: ").v("PHONE", phone(c, lang, "intl")).t(f"  {plain_date(c)}\n")
    head, rest = p[0].split("{g}")
    doc.t(head).v("PERSON", g).t(rest + " ").v("PERSON", teacher).t(f" {p[1]} ")
    doc.d("date", plain_date(c)).t(f" 18:30. {p[2]} ").v("SECRET", c.pin(c.pick([4, 6])))
    doc.t(". ")
    if c.chance(0.35):
        doc.t("Membership ").d("member-no", f"YS{c.digits(6)}").t(". ")
    if c.chance(0.3):
        doc.t(
            {
                "en": "Birthday on file: ",
                "de": "Geburtsdatum: ",
                "fr": "Date de naissance : ",
                "es": "Fecha de nacimiento: ",
                "it": "Data di nascita: ",
                "nl": "Geboortedatum: ",
                "pt": "Data de nascimento: ",
            }[lang]
        ).v("DATE_OF_BIRTH", dob(c, lang, "num")).t(". ")
    doc.t(p[3] + " ").v("PHONE", phone(c, lang, c.pick(["nat", "run"])))
    return "sms", doc
