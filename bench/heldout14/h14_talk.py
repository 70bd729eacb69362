# ruff: noqa: E501
"""Templates counted as chat: driving-school enrolment calls, tax-adviser portal messages.

Calls are written as an Otter-style transcript export (speaker line with ``m:ss``, the
words on the next line); portal messages as a client-portal thread print-out.
"""

from __future__ import annotations

from h14_core import Ctx, d, m
from h14_pools import GIVEN, STREETS, birth, dob_text, email, iban, person, phone

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
SCHOOL = {
    "en": ["Kestrel Driving School", "Roadwise Learners"],
    "de": ["Fahrschule Dünenweg", "Fahrschule Quermann"],
    "fr": ["Auto-école du Parc", "Auto-école Mistral"],
    "es": ["Autoescuela Levante", "Autoescuela El Faro"],
    "it": ["Autoscuola Primavera", "Autoscuola Delta"],
    "nl": ["Rijschool De Vaart", "Rijschool Stuurvast"],
    "pt": ["Escola de Condução Atlântico", "Escola de Condução Miradouro"],
}
CALL = {
    "en": [
        "{school}, good morning, you're speaking with {agent}.",
        "Hi, I'd like to sign up for driving lessons. My name is {name}.",
        "Lovely. For the provisional licence check, what's your date of birth?",
        "It's {dob}.",
        "And the best number to reach you on?",
        "my number is {phone}",
        "Email address?",
        "{email}",
        "Where should the instructor pick you up?",
        "At home, {street}.",
        "Great. Theory starts on {start}, the first block of ten lessons is {price}. Your learner number will be {ref}.",
        "Can I pay the deposit by card?",
        "Sure, go ahead with the card number.",
        "It's {card}, expiry {exp}.",
        "Sorry, let me read that again: {card2}.",
        "Thank you, {given}, that's all booked.",
    ],
    "de": [
        "{school}, guten Tag, Sie sprechen mit {agent}.",
        "Hallo, ich möchte mich für den Führerschein anmelden. Mein Name ist {name}.",
        "Gern. Für die Anmeldung brauche ich Ihr Geburtsdatum.",
        "Das ist der {dob}.",
        "Unter welcher Nummer erreichen wir Sie?",
        "meine Nummer ist {phone}",
        "Und Ihre E-Mail-Adresse?",
        "{email}",
        "Wo soll der Fahrlehrer Sie abholen?",
        "Bei mir zu Hause, {street}.",
        "Gut. Der Theoriekurs beginnt am {start}, die Grundgebühr beträgt {price}. Ihre Schülernummer ist {ref}.",
        "Kann ich die Anzahlung mit Karte machen?",
        "Ja, nennen Sie mir bitte die Kartennummer.",
        "Die ist {card}, gültig bis {exp}.",
        "Moment, ich lese nochmal: {card2}.",
        "Danke, {given}, dann ist alles eingetragen.",
    ],
    "fr": [
        "{school}, bonjour, {agent} à l'appareil.",
        "Bonjour, je voudrais m'inscrire pour le permis. Je m'appelle {name}.",
        "Très bien. Quelle est votre date de naissance ?",
        "Je suis né le {dob}.",
        "À quel numéro peut-on vous joindre ?",
        "mon numéro c'est {phone}",
        "Et votre adresse e-mail ?",
        "{email}",
        "Où le moniteur doit-il venir vous chercher ?",
        "Chez moi, au {street}.",
        "Parfait. Le code commence le {start}, le forfait vingt heures est à {price}. Votre numéro d'élève sera {ref}.",
        "Je peux payer l'acompte par carte ?",
        "Oui, je vous écoute pour le numéro.",
        "C'est {card}, expiration {exp}.",
        "Pardon, je relis : {card2}.",
        "Merci {given}, c'est noté.",
    ],
    "es": [
        "{school}, buenos días, le atiende {agent}.",
        "Hola, quería matricularme para el carné. Me llamo {name}.",
        "Perfecto. ¿Me dice su fecha de nacimiento?",
        "Nací el {dob}.",
        "¿En qué teléfono le localizamos?",
        "mi número es {phone}",
        "¿Y el correo electrónico?",
        "{email}",
        "¿Dónde le recoge el profesor?",
        "En mi casa, {street}.",
        "Bien. El curso teórico empieza el {start}, la matrícula son {price}. Su número de alumno es {ref}.",
        "¿Puedo pagar la señal con tarjeta?",
        "Claro, dígame el número de la tarjeta.",
        "Es {card}, caduca {exp}.",
        "Perdone, repito: {card2}.",
        "Gracias, {given}, queda todo apuntado.",
    ],
    "it": [
        "{school}, buongiorno, sono {agent}.",
        "Salve, vorrei iscrivermi per la patente. Mi chiamo {name}.",
        "Certo. Mi dice la sua data di nascita?",
        "Sono nato il {dob}.",
        "A che numero la possiamo richiamare?",
        "il mio numero è {phone}",
        "E l'indirizzo e-mail?",
        "{email}",
        "Dove passa a prenderla l'istruttore?",
        "A casa, {street}.",
        "Bene. Il corso di teoria inizia il {start}, il pacchetto costa {price}. Il suo numero allievo è {ref}.",
        "Posso pagare l'acconto con la carta?",
        "Sì, mi dica il numero della carta.",
        "È {card}, scadenza {exp}.",
        "Scusi, rileggo: {card2}.",
        "Grazie {given}, è tutto registrato.",
    ],
    "nl": [
        "{school}, goedemorgen, u spreekt met {agent}.",
        "Hallo, ik wil me aanmelden voor rijles. Mijn naam is {name}.",
        "Prima. Wat is uw geboortedatum?",
        "Dat is {dob}.",
        "Op welk nummer kunnen we u bereiken?",
        "mijn nummer is {phone}",
        "En uw e-mailadres?",
        "{email}",
        "Waar mag de instructeur u ophalen?",
        "Thuis, {street}.",
        "Goed. De theorieles begint op {start}, het lespakket kost {price}. Uw leerlingnummer is {ref}.",
        "Kan ik de aanbetaling met een creditcard doen?",
        "Ja hoor, zeg het kaartnummer maar.",
        "Het is {card}, geldig tot {exp}.",
        "Sorry, ik herhaal: {card2}.",
        "Dank u, {given}, alles staat erin.",
    ],
    "pt": [
        "{school}, bom dia, fala {agent}.",
        "Olá, queria inscrever-me para a carta. Chamo-me {name}.",
        "Com certeza. Qual é a sua data de nascimento?",
        "Nasci a {dob}.",
        "Para que número podemos ligar?",
        "o meu número é {phone}",
        "E o e-mail?",
        "{email}",
        "Onde é que o instrutor a vai buscar?",
        "Em casa, {street}.",
        "Muito bem. O código começa a {start}, o pacote custa {price}. O seu número de aluno é {ref}.",
        "Posso pagar o sinal com cartão?",
        "Sim, diga-me o número do cartão.",
        "É {card}, validade {exp}.",
        "Desculpe, repito: {card2}.",
        "Obrigada, {given}, fica tudo registado.",
    ],
}


def spoken(ctx: Ctx, lang: str, number: str) -> str:
    """A phone read out digit by digit in words, groups kept apart by commas."""
    words = DIGIT_WORDS[lang]
    return ", ".join(
        " ".join(words[int(c)] for c in grp if c.isdigit())
        for grp in number.replace("+", "").split()
    )


def driving_call(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    agent = r.choice(GIVEN[lang])
    given, sur = person(ctx, lang)
    ph = phone(ctx, lang, r.choice(["nat", "nat", "intl"]))
    mode = r.random()
    if mode < 0.25:
        ph_txt = m("PHONE", spoken(ctx, lang, ph))
    elif mode < 0.35:
        ph_txt = m("PHONE", " ".join(c for c in ph if c.isdigit()))
    else:
        ph_txt = m("PHONE", ph)
    y = r.randint(2003, 2008) if r.random() < 0.7 else r.randint(1970, 2000)
    dob = dob_text(
        ctx, lang, (y, r.randint(1, 12), r.randint(1, 28)), r.choice(["num", "word", "word"])
    )
    card = ctx.card(sep=" ")
    lines = CALL[lang]
    vals = {
        "school": r.choice(SCHOOL[lang]),
        "agent": m("PERSON", agent),
        "name": m("PERSON", f"{given} {sur}"),
        "dob": m("DATE_OF_BIRTH", dob),
        "phone": ph_txt,
        "email": m("EMAIL", email(ctx, lang, given, sur)),
        "street": m("STREET_ADDRESS", r.choice(STREETS[lang])),
        "start": d(
            "course-date",
            f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2027"
            if lang != "en"
            else f"{r.randint(1, 12)}/{r.randint(1, 28)}/2027",
        ),
        "price": d(
            "price",
            f"{r.randint(3, 19)}{r.choice(['90', '50', '00'])} €"
            if lang != "en"
            else f"£{r.randint(280, 690)}",
        ),
        "ref": d("learner-no", f"{r.choice(['L', 'FS', 'AE'])}-{ctx.digits(5)}"),
        "given": m("PERSON", given),
        "exp": d("expiry", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"),
    }
    with_card = r.random() < 0.5
    misread = with_card and r.random() < 0.3
    if misread:
        vals["card"] = d("luhn-invalid", ctx.bad_card(card))
        vals["card2"] = m("CREDIT_CARD", card)
    else:
        vals["card"] = m("CREDIT_CARD", card)
    speakers = [vals["agent"], "Speaker 2"] if r.random() < 0.4 else ["Speaker 1", "Speaker 2"]
    keep = list(range(len(lines)))
    if not with_card:
        keep = [i for i in keep if i not in (11, 12, 13, 14)]
    elif not misread:
        keep = [i for i in keep if i != 14]
    if r.random() < 0.5:
        keep = [i for i in keep if i not in (8, 9)]
    if r.random() < 0.3:
        keep = [i for i in keep if i not in (6, 7)]
    out = []
    t = 0
    for i in keep:
        who = speakers[0 if i in (0, 2, 4, 6, 8, 10, 12, 15) else 1]
        out.append(f"{who}  {t // 60}:{t % 60:02d}\n{lines[i].format(**vals)}\n")
        t += r.randint(3, 14)
    head = f"{vals['school']} - call {r.randint(1, 12):02d}-{r.randint(1, 28):02d}\n\n"
    return head + "\n".join(out)


PORTAL = {
    "en": (
        "Client portal - messages",
        "Hi {adv}, here are the missing bits for the {year} return.",
        "My SSN is {ssn}, and please use {iban} (account holder {name}) for the refund.",
        "Thanks {given}. Could you also send your daughter's date of birth for the child tax credit?",
        "She was born {dob}.",
        "Our UTR is {taxid}. You can call me on {phone}.",
        "The login for the payroll portal is {user} / {pw}.",
        "Noted. Estimated refund {amount}, reference {case}.",
    ),
    "de": (
        "Mandantenportal - Nachrichten",
        "Hallo {adv}, anbei die fehlenden Angaben für die Steuererklärung {year}.",
        "Die Erstattung bitte auf {iban}, Kontoinhaberin {name}.",
        "Danke, {given}. Für das Kindergeld brauche ich noch das Geburtsdatum Ihrer Tochter.",
        "Sie ist am {dob} geboren.",
        "Meine Steuer-ID ist {taxid}, telefonisch bin ich unter {phone} erreichbar.",
        "Zugang zum Lohnportal: {user} / {pw}",
        "Notiert. Voraussichtliche Erstattung {amount}, Aktenzeichen {case}.",
    ),
    "fr": (
        "Espace client - messagerie",
        "Bonjour {adv}, voici les éléments manquants pour la déclaration {year}.",
        "Pour le remboursement, merci d'utiliser {iban}, titulaire {name}.",
        "Merci {given}. Pouvez-vous m'indiquer la date de naissance de votre fille ?",
        "Elle est née le {dob}.",
        "Mon numéro fiscal est {taxid}, vous pouvez m'appeler au {phone}.",
        "Identifiants du portail paie : {user} / {pw}",
        "C'est noté. Remboursement estimé {amount}, dossier {case}.",
    ),
    "es": (
        "Portal del cliente - mensajes",
        "Hola {adv}, le paso lo que faltaba para la renta {year}.",
        "La devolución, por favor, a {iban}, titular {name}.",
        "Gracias, {given}. ¿Me indica la fecha de nacimiento de su hija para la deducción?",
        "Nació el {dob}.",
        "Mi NIF es {taxid} y mi móvil {phone}.",
        "Usuario del portal de nóminas: {user} / {pw}",
        "Anotado. Devolución estimada {amount}, expediente {case}.",
    ),
    "it": (
        "Area clienti - messaggi",
        "Buongiorno {adv}, le mando i dati mancanti per il 730/{year}.",
        "Il rimborso sull'IBAN {iban}, intestato a {name}.",
        "Grazie {given}. Mi serve la data di nascita di sua figlia per le detrazioni.",
        "È nata il {dob}.",
        "Il mio codice fiscale è {taxid}, il mio cellulare {phone}.",
        "Credenziali del portale cedolini: {user} / {pw}",
        "Annotato. Rimborso stimato {amount}, pratica {case}.",
    ),
    "nl": (
        "Klantportaal - berichten",
        "Hoi {adv}, hierbij de ontbrekende gegevens voor de aangifte {year}.",
        "De teruggaaf graag op {iban}, ten name van {name}.",
        "Dank je, {given}. Wat is de geboortedatum van je dochter voor het kindgebonden budget?",
        "Ze is geboren op {dob}.",
        "Mijn BSN is {taxid}, bellen kan op {phone}.",
        "Inloggegevens salarisportaal: {user} / {pw}",
        "Genoteerd. Verwachte teruggaaf {amount}, dossier {case}.",
    ),
    "pt": (
        "Portal do cliente - mensagens",
        "Olá {adv}, envio o que faltava para o IRS de {year}.",
        "O reembolso para o IBAN {iban}, titular {name}.",
        "Obrigado, {given}. Preciso da data de nascimento da sua filha para as deduções.",
        "Nasceu a {dob}.",
        "O meu NIF é {taxid}, telemóvel {phone}.",
        "Acesso ao portal de recibos: {user} / {pw}",
        "Registado. Reembolso estimado {amount}, processo {case}.",
    ),
}


def tax_chat(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    g_adv, s_adv = person(ctx, lang)
    given, sur = person(ctx, lang)
    p = PORTAL[lang]
    taxid = {
        "en": ctx.digits(10),
        "de": ctx.digits(11),
        "fr": r.choice("0123") + ctx.digits(12),
        "es": ctx.digits(8) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE"),
        "it": f"{sur[:3].upper()}{given[:3].upper()}{r.randint(70, 99)}A{r.randint(10, 68)}L{ctx.digits(3)}X",
        "nl": ctx.digits(9),
        "pt": r.choice("12") + ctx.digits(8),
    }[lang]
    vals = {
        "adv": m("PERSON", g_adv),
        "year": "2026",
        "iban": m("IBAN", iban(ctx, lang) if lang != "en" else ctx.iban("GB")),
        "name": m("PERSON", f"{given} {sur}"),
        "given": m("PERSON", given),
        "dob": m("DATE_OF_BIRTH", dob_text(ctx, lang, birth(ctx, 2008, 2022))),
        "taxid": d("tax-id", taxid),
        "phone": m("PHONE", phone(ctx, lang)),
        "user": f"{given[0].lower()}{sur.lower().replace(' ', '')[:6]}",
        "pw": m("SECRET", ctx.password()),
        "amount": d(
            "amount",
            f"{r.randint(210, 3900)},{r.randint(0, 99):02d} €"
            if lang != "en"
            else f"${r.randint(210, 3900)}.{r.randint(0, 99):02d}",
        ),
        "case": d("case-no", f"{r.randint(100, 999)}/{ctx.digits(5)}-26"),
        "ssn": m("US_SSN", ctx.ssn()),
    }
    if r.random() < 0.2:  # the client mistypes the IBAN, then sends it again
        good = vals["iban"][len("⁅IBAN|") : -1]
        vals["iban"] = (
            d("iban-invalid", ctx.bad_iban(good))
            + " — "
            + {
                "en": "sorry, typo: ",
                "de": "sorry, Tippfehler: ",
                "fr": "pardon, coquille : ",
                "es": "perdón, errata: ",
                "it": "scusi, refuso: ",
                "nl": "sorry, typfout: ",
                "pt": "desculpe, gralha: ",
            }[lang]
            + vals["iban"]
        )
    stamp = [
        f"{r.randint(1, 28):02d}.{r.randint(1, 3):02d}.2027 {r.randint(8, 19):02d}:{r.randint(0, 59):02d}"
        for _ in range(8)
    ]
    stamp.sort(key=lambda x: (x[3:5], x[:2], x[6:]))
    client = m("PERSON", f"{given} {sur}")
    adviser = m("PERSON", f"{g_adv} {s_adv}")
    turns = [
        (client, 1),
        (client, 2),
        (adviser, 3),
        (client, 4),
        (client, 5),
        (client, 6),
        (adviser, 7),
    ]
    if r.random() < 0.5:
        turns = [t for t in turns if t[1] != 6]
    if r.random() < 0.3:
        turns = [t for t in turns if t[1] not in (3, 4)]
    out = [p[0], "=" * len(p[0]), ""]
    for i, (who, line) in enumerate(turns):
        out.append(f"— {stamp[i]} · {who} —\n{p[line].format(**vals)}\n")
    return "\n".join(out)


BLOOD = {
    "en": (
        "Blood Service",
        "Hi {given}, your donation appointment is confirmed for {date} at {venue}. Donor no. {donor}. Reply C to cancel.",
        "can't make it, can you call me on {phone}",
        "my details are wrong in the app, my date of birth is {dob}",
        "I've moved, new address is {street}",
        "Thanks {given}, we've updated your record.",
    ),
    "de": (
        "Blutspendedienst",
        "Hallo {given}, Ihr Spendetermin am {date} in {venue} ist bestätigt. Spendernr. {donor}. Absage mit A.",
        "schaffe es nicht, rufen Sie mich bitte unter {phone} an",
        "in der App stimmt mein Geburtsdatum nicht, richtig ist {dob}",
        "bin umgezogen, neue Adresse: {street}",
        "Danke {given}, wir haben Ihre Daten aktualisiert.",
    ),
    "fr": (
        "EFS Don de sang",
        "Bonjour {given}, votre rendez-vous de don du {date} à {venue} est confirmé. N° donneur {donor}. Répondez A pour annuler.",
        "je ne pourrai pas venir, rappelez-moi au {phone}",
        "ma date de naissance est fausse dans l'appli, c'est le {dob}",
        "j'ai déménagé, nouvelle adresse : {street}",
        "Merci {given}, votre dossier est à jour.",
    ),
    "es": (
        "Centro de Transfusión",
        "Hola {given}, tu cita para donar el {date} en {venue} está confirmada. Nº donante {donor}. Responde A para anular.",
        "no puedo ir, llámame al {phone}",
        "en la app sale mal mi fecha de nacimiento, es el {dob}",
        "me he mudado, nueva dirección: {street}",
        "Gracias {given}, hemos actualizado tus datos.",
    ),
    "it": (
        "AVIS Donatori",
        "Ciao {given}, la tua donazione del {date} presso {venue} è confermata. Tessera donatore {donor}. Rispondi A per annullare.",
        "non riesco a venire, chiamami al {phone}",
        "nell'app la data di nascita è sbagliata, è il {dob}",
        "ho cambiato casa, nuovo indirizzo: {street}",
        "Grazie {given}, abbiamo aggiornato i tuoi dati.",
    ),
    "nl": (
        "Sanquin",
        "Hoi {given}, je donatie-afspraak op {date} in {venue} is bevestigd. Donornr. {donor}. Antwoord A om te annuleren.",
        "lukt niet, kunnen jullie me bellen op {phone}",
        "mijn geboortedatum klopt niet in de app, het is {dob}",
        "ik ben verhuisd, nieuw adres: {street}",
        "Dank je {given}, we hebben je gegevens aangepast.",
    ),
    "pt": (
        "IPST Dador",
        "Olá {given}, a sua dádiva a {date} em {venue} está confirmada. N.º de dador {donor}. Responda A para cancelar.",
        "não consigo ir, liguem-me para o {phone}",
        "a minha data de nascimento está errada na app, é {dob}",
        "mudei de casa, nova morada: {street}",
        "Obrigado {given}, atualizámos os seus dados.",
    ),
}
VENUE = {
    "en": "Town Hall",
    "de": "Stadthalle",
    "fr": "la salle des fêtes",
    "es": "el centro cívico",
    "it": "la sede AVIS",
    "nl": "het buurthuis",
    "pt": "o centro de saúde",
}


def blood_sms(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    given, _ = person(ctx, lang)
    t = BLOOD[lang]
    vals = {
        "given": m("PERSON", given),
        "date": d(
            "appointment",
            f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d} {r.randint(8, 19)}:{r.choice(['00', '15', '30', '45'])}",
        ),
        "venue": VENUE[lang],
        "donor": d("donor-no", f"{r.choice(['D', 'BD', ''])}{ctx.digits(r.choice([7, 8]))}"),
        "phone": m("PHONE", phone(ctx, lang)),
        "dob": m("DATE_OF_BIRTH", dob_text(ctx, lang, birth(ctx, 1958, 2006))),
        "street": m("STREET_ADDRESS", r.choice(STREETS[lang])),
    }
    reply = r.choice([2, 3, 3, 4])
    hh = r.randint(8, 20)
    lines = [
        f"{t[0]} {hh:02d}:{r.randint(0, 59):02d}\n{t[1].format(**vals)}",
        f"{hh + 1:02d}:{r.randint(0, 59):02d}\n{t[reply].format(**vals)}",
    ]
    if r.random() < 0.7:
        lines.append(f"{t[0]} {hh + 2:02d}:{r.randint(0, 59):02d}\n{t[5].format(**vals)}")
    return "\n\n".join(lines)
