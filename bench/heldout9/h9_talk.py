# ruff: noqa: B905, E501, RUF059, SIM108
"""Templates: IVR phone-tree transcripts with keypad input, video-ident (KYC) transcripts, daycare-app
parent chats, Slack and Telegram JSON exports."""

from __future__ import annotations

import json

from h9_people import spaced

IVR = {
    "en": (
        "Welcome to Northgate Utilities. For billing, press 1.",
        "Please enter your eight-digit account number, then the pound key.",
        "Please enter your date of birth as month, day, year.",
        "Please enter your four-digit PIN.",
        "Say or enter the phone number we can call you back on.",
        "Thank you. Your reference is",
        "Please hold for the next available agent.",
        "Agent",
        "Caller",
        "Can I just confirm your name?",
    ),
    "de": (
        "Willkommen bei den Stadtwerken. Für Rechnungsfragen drücken Sie die 1.",
        "Bitte geben Sie Ihre achtstellige Kundennummer ein, gefolgt von der Raute.",
        "Bitte geben Sie Ihr Geburtsdatum ein: Tag, Monat, Jahr.",
        "Bitte geben Sie Ihre vierstellige PIN ein.",
        "Unter welcher Nummer dürfen wir Sie zurückrufen?",
        "Danke. Ihre Vorgangsnummer lautet",
        "Bitte bleiben Sie in der Leitung.",
        "Agent",
        "Anrufer",
        "Darf ich kurz Ihren Namen bestätigen?",
    ),
    "fr": (
        "Bienvenue chez Énergie Ouest. Pour la facturation, tapez 1.",
        "Saisissez votre numéro client à huit chiffres suivi de la touche dièse.",
        "Saisissez votre date de naissance : jour, mois, année.",
        "Saisissez votre code confidentiel à quatre chiffres.",
        "À quel numéro pouvons-nous vous rappeler ?",
        "Merci. Votre référence est",
        "Veuillez patienter, un conseiller va vous répondre.",
        "Conseiller",
        "Appelant",
        "Je confirme votre nom ?",
    ),
    "es": (
        "Bienvenido a Aguas del Norte. Para facturación, pulse 1.",
        "Introduzca su número de cliente de ocho dígitos seguido de almohadilla.",
        "Introduzca su fecha de nacimiento: día, mes y año.",
        "Introduzca su PIN de cuatro dígitos.",
        "¿En qué número podemos devolverle la llamada?",
        "Gracias. Su referencia es",
        "Espere, le atenderá el próximo agente.",
        "Agente",
        "Cliente",
        "¿Me confirma su nombre completo?",
    ),
    "it": (
        "Benvenuto in Acque Padane. Per le bollette, prema 1.",
        "Digiti il codice cliente di otto cifre seguito dal tasto cancelletto.",
        "Digiti la sua data di nascita: giorno, mese, anno.",
        "Digiti il PIN di quattro cifre.",
        "A quale numero possiamo richiamarla?",
        "Grazie. Il suo codice pratica è",
        "Resti in linea, un operatore risponderà a breve.",
        "Operatore",
        "Cliente",
        "Mi conferma nome e cognome?",
    ),
    "nl": (
        "Welkom bij Waternet Noord. Voor facturen, toets 1.",
        "Toets uw klantnummer van acht cijfers, gevolgd door een hekje.",
        "Toets uw geboortedatum: dag, maand, jaar.",
        "Toets uw pincode van vier cijfers.",
        "Op welk nummer kunnen we u terugbellen?",
        "Dank u. Uw referentie is",
        "Een ogenblik geduld, u wordt doorverbonden.",
        "Medewerker",
        "Beller",
        "Mag ik uw naam even bevestigen?",
    ),
    "pt": (
        "Bem-vindo às Águas do Douro. Para faturação, prima 1.",
        "Introduza o número de cliente de oito dígitos seguido de cardinal.",
        "Introduza a sua data de nascimento: dia, mês, ano.",
        "Introduza o PIN de quatro dígitos.",
        "Para que número podemos ligar de volta?",
        "Obrigado. A sua referência é",
        "Aguarde, será atendido pelo próximo operador.",
        "Operador",
        "Cliente",
        "Confirma-me o nome completo?",
    ),
}


def ivr(c):
    L = IVR[c.lang]
    g, s, pname = c.full()
    y, m, d = c.rng.randrange(1940, 2003), c.rng.randrange(1, 13), c.rng.randrange(1, 29)
    dtmf_dob = f"{m:02d}{d:02d}{y}" if c.lang == "en" else f"{d:02d}{m:02d}{y}"
    num = c.phone_raw(c.pick(["nat", "run"]))
    if c.p(0.5):
        said = c.m("PHONE", spaced(num))
    else:
        said = c.m("PHONE", num)
    t = 0
    out = []

    def line(who, txt):
        nonlocal t
        t += c.rng.randrange(3, 14)
        out.append(f"[{t // 60:02d}:{t % 60:02d}] {who}: {txt}")

    line("IVR", L[0])
    line("DTMF", "1")
    line("IVR", L[1])
    line("DTMF", c.num("account", 8) + "#")
    line("IVR", L[2])
    line("DTMF", c.m("DATE_OF_BIRTH", dtmf_dob))
    line("IVR", L[3])
    line("DTMF", c.code(4))
    if c.lang == "en" and c.p(0.7):
        line("IVR", "For your security, please enter your nine-digit Social Security number.")
        line("DTMF", c.ssn("bare"))
    line("IVR", L[4])
    line("ASR", f"{said} (confidence 0.{c.rng.randrange(55, 99)})")
    line("IVR", f"{L[5]} {c.num('reference', 10)}. {L[6]}")
    line(L[7], L[9])
    line(L[8], f"{c.P(g if c.p(0.2) else f'{g} {s}')}")
    if c.p(0.5):
        line(
            L[7],
            {
                "en": "and the e-mail on file?",
                "de": "und die E-Mail?",
                "fr": "et l'adresse e-mail ?",
                "es": "¿y el correo?",
                "it": "e l'e-mail?",
                "nl": "en het e-mailadres?",
                "pt": "e o e-mail?",
            }[c.lang],
        )
        em = c.email(g, s)
        if c.p(0.5):  # the ASR writes what the caller said
            raw = em[len("⟦EMAIL|") : -1]
            at = {
                "en": "at",
                "de": "at",
                "fr": "arobase",
                "es": "arroba",
                "it": "chiocciola",
                "nl": "apenstaartje",
                "pt": "arroba",
            }[c.lang]
            dot = {
                "en": "dot",
                "de": "punkt",
                "fr": "point",
                "es": "punto",
                "it": "punto",
                "nl": "punt",
                "pt": "ponto",
            }[c.lang]
            em = c.m("EMAIL", raw.replace("@", f" {at} ").replace(".", f" {dot} "))
        line(L[8], em)
    return "call", "\n".join(out)


KYC = {
    "en": (
        "Ident agent",
        "Customer",
        "Good afternoon, this call is recorded for identification. Could you tell me your full name?",
        "And your date of birth, please?",
        "Which address should we send the card to?",
        "I'm sending a six-digit code by text now, please read it back.",
        "it's",
        "And a mobile number for the account?",
    ),
    "de": (
        "Ident-Agent",
        "Kunde",
        "Guten Tag, das Gespräch wird zur Identifizierung aufgezeichnet. Nennen Sie mir bitte Ihren vollständigen Namen?",
        "Und Ihr Geburtsdatum?",
        "An welche Adresse dürfen wir die Karte schicken?",
        "Ich sende Ihnen jetzt eine TAN per SMS, lesen Sie sie bitte vor.",
        "die lautet",
        "Und Ihre Handynummer für das Konto?",
    ),
    "fr": (
        "Agent",
        "Client",
        "Bonjour, l'appel est enregistré pour la vérification d'identité. Vos nom et prénom ?",
        "Et votre date de naissance ?",
        "À quelle adresse envoyer la carte ?",
        "Je vous envoie un code à six chiffres par SMS, pouvez-vous me le lire ?",
        "c'est",
        "Et un numéro de portable pour le compte ?",
    ),
    "es": (
        "Agente",
        "Cliente",
        "Buenas tardes, la llamada se graba para la verificación. ¿Su nombre completo?",
        "¿Y su fecha de nacimiento?",
        "¿A qué dirección enviamos la tarjeta?",
        "Le envío un código de seis cifras por SMS, léamelo por favor.",
        "es el",
        "¿Y un móvil para la cuenta?",
    ),
    "it": (
        "Operatore",
        "Cliente",
        "Buongiorno, la videochiamata è registrata per l'identificazione. Nome e cognome?",
        "E la data di nascita?",
        "A quale indirizzo spediamo la carta?",
        "Le invio un codice di sei cifre via SMS, me lo legge?",
        "è",
        "E un cellulare per il conto?",
    ),
    "nl": (
        "Medewerker",
        "Klant",
        "Goedemiddag, dit gesprek wordt opgenomen voor identificatie. Uw volledige naam?",
        "En uw geboortedatum?",
        "Naar welk adres mogen we de pas sturen?",
        "Ik stuur u nu een code van zes cijfers per sms, wilt u die voorlezen?",
        "het is",
        "En een mobiel nummer voor de rekening?",
    ),
    "pt": (
        "Operador",
        "Cliente",
        "Boa tarde, a chamada é gravada para identificação. O seu nome completo?",
        "E a data de nascimento?",
        "Para que morada enviamos o cartão?",
        "Vou enviar um código de seis dígitos por SMS, pode lê-lo?",
        "é",
        "E um telemóvel para a conta?",
    ),
}


def kyc(c):
    L = KYC[c.lang]
    g, s, pname = c.full()
    A, C = L[0], L[1]
    code = c.code(6)
    out = [
        f"{A}: {L[2]}",
        f"{C}: {pname}" + (f", {c.P('-'.join(s.upper().replace(' ', '')))}" if c.p(0.2) else ""),
        f"{A}: {L[3]}",
        f"{C}: {c.dob(c.pick(['long', 'num']))}",
        f"{A}: {L[4]}",
        f"{C}: {c.street(0.35)}, {c.town()}",
        f"{A}: {L[7]}",
        f"{C}: {c.phone()}",
        f"{A}: {L[5]}",
        f"{C}: {L[6]} {code}",
    ]
    if c.p(0.6):
        ask = {
            "en": "And the reference account for transfers?",
            "de": "Und Ihr Referenzkonto?",
            "fr": "Et le RIB de votre compte de référence ?",
            "es": "¿Y la cuenta de referencia?",
            "it": "E l'IBAN del conto di appoggio?",
            "nl": "En uw tegenrekening?",
            "pt": "E o IBAN da conta de referência?",
        }[c.lang]
        out += [f"{A}: {ask}"]
        if c.p(0.35):
            out += [f"{C}: {c.badiban()}", f"{A}: ... ✗", f"{C}: {c.iban()}"]
        else:
            out += [f"{C}: {c.iban()}"]
    if c.lang == "en" and c.p(0.8):
        out += [
            f"{A}: Last one, for the tax form: your Social Security number?",
            f"{C}: {c.ssn(c.pick(['dash', 'space', 'bare']))}",
        ]
    if c.p(0.4):
        out.insert(0, f"Session {c.uuid()} - {c.stamp('space')}")
    return "call", "\n".join(out)


KITA = {
    "en": (
        "Hi {t}, {child} will be picked up today by {who}, a family friend. Her mobile is {ph}.",
        "Thanks! Can you send her ID photo? Door code for the side gate is {code} this week.",
        "Also the form asks for {child}'s birthday again: {dob}",
        "Our new address is {st}, please update the list.",
    ),
    "de": (
        "Hallo {t}, {child} wird heute von {who} abgeholt (Nachbarin/Nachbar). Handy: {ph}.",
        "Danke! Bitte Ausweis mitbringen. Der Türcode fürs Gartentor ist diese Woche {code}.",
        "Im Formular fehlt noch {child}s Geburtsdatum: {dob}",
        "Wir sind umgezogen: {st}. Bitte in der Liste ändern.",
    ),
    "fr": (
        "Bonjour {t}, {child} sera récupérée ce soir par {who}, un ami de la famille. Son portable : {ph}.",
        "Merci ! Le code du portillon cette semaine : {code}.",
        "La fiche demande encore la date de naissance de {child} : {dob}",
        "Nouvelle adresse : {st}, merci de mettre à jour.",
    ),
    "es": (
        "Hola {t}, a {child} hoy la recoge {who}, amigo de la familia. Su móvil: {ph}.",
        "¡Gracias! El código de la puerta lateral esta semana es {code}.",
        "En la ficha falta la fecha de nacimiento de {child}: {dob}",
        "Nos hemos mudado a {st}, actualizad la lista porfa.",
    ),
    "it": (
        "Ciao {t}, oggi {child} la prende {who}, un amico di famiglia. Cellulare: {ph}.",
        "Grazie! Il codice del cancelletto questa settimana è {code}.",
        "Nel modulo manca la data di nascita di {child}: {dob}",
        "Nuovo indirizzo: {st}, aggiornate l'elenco per favore.",
    ),
    "nl": (
        "Hoi {t}, {child} wordt vandaag opgehaald door {who}, een vriend van de familie. Mobiel: {ph}.",
        "Dank je! De code van het hek is deze week {code}.",
        "Op het formulier mist nog de geboortedatum van {child}: {dob}",
        "Ons nieuwe adres is {st}, willen jullie de lijst aanpassen?",
    ),
    "pt": (
        "Olá {t}, hoje a {child} vai ser buscada por {who}, amigo da família. Telemóvel: {ph}.",
        "Obrigada! O código do portão esta semana é {code}.",
        "Na ficha falta a data de nascimento da {child}: {dob}",
        "Mudámos para {st}, atualizem a lista por favor.",
    ),
}


def kita(c):
    L = KITA[c.lang]
    parent = f"{c.g()} {c.s()}"
    teacher = c.g()
    child = c.g()
    who = f"{c.g()} {c.s()}"
    ph = c.phone_raw("nat")
    if c.p(0.25):  # pasted from a contact card: zero-width spaces between the groups
        ph = ph.replace(" ", " <ZWSP>", 1)
    vals = {
        "t": c.P(teacher),
        "child": c.P(child),
        "who": c.P(who),
        "ph": c.m("PHONE", ph),
        "code": c.code(4),
        "dob": c.dob(None, 2020, 2023),
        "st": c.street(0.3),
    }
    h = [f"{c.rng.randrange(7, 18):02d}:{c.rng.randrange(60):02d}" for _ in range(4)]
    msgs = [(parent, L[0]), (teacher, L[1]), (teacher, L[2]), (parent, L[3])]
    out = []
    for (who_, tmpl), hh in zip(msgs, sorted(h)):
        out.append(f"{c.P(who_)} · {hh}\n{tmpl.format(**vals)}")
    return "chat", "\n\n".join(out)


def chatjson(c):
    g1, s1 = c.g(), c.s()
    g2, s2 = c.g(), c.s()
    if c.p(0.5):  # Slack export day file
        msgs = [
            {
                "type": "message",
                "user": "U0" + c.rng.choice("ABCD") + "7XK2",
                "text": "the shared mailbox login is {pw} until IT resets it",
                "ts": "{ts1}",
                "user_profile": {"real_name": "{n1}"},
            },
            {
                "type": "message",
                "user": "U0" + c.rng.choice("EFGH") + "9PL4",
                "text": "thx. customer wants a callback on {ph}, card ending 4421, ticket {tk}",
                "ts": "{ts2}",
                "user_profile": {"real_name": "{n2}"},
                "client_msg_id": "{u}",
            },
        ]
    else:  # Telegram Desktop result.json
        msgs = [
            {
                "id": c.rng.randrange(1000, 99999),
                "type": "message",
                "date": "{d1}",
                "from": "{n1}",
                "text": "IBAN for the rent is {iban}, and my new address {st}",
            },
            {
                "id": c.rng.randrange(1000, 99999),
                "type": "message",
                "date": "{d2}",
                "from": "{n2}",
                "text": "ok! mail me the contract at {em}",
            },
        ]
    raw = json.dumps(msgs, ensure_ascii=False, indent=1)
    ts = c.rng.randrange(1760000000, 1790000000)
    vals = {
        "pw": c.pw(),
        "ts1": c.d("timestamp", f"{ts}.{c.rng.randrange(10**6):06d}"),
        "ts2": c.d("timestamp", f"{ts + 97}.{c.rng.randrange(10**6):06d}"),
        "n1": c.P(f"{g1} {s1}"),
        "n2": c.P(f"{g2} {s2}"),
        "ph": c.phone(),
        "tk": c.num("ticket", 6, "SUP-"),
        "u": c.uuid(),
        "d1": c.stamp("iso")[:-1],
        "d2": c.stamp("iso")[:-1],
        "iban": c.iban(),
        "st": c.street(0.3),
        "em": c.email(g2, s2),
    }
    for k, v in vals.items():
        raw = raw.replace("{" + k + "}", v)
    return "json", raw


TEMPLATES = {"ivr": ivr, "kyc": kyc, "kita": kita, "chatjson": chatjson}
