# ruff: noqa
"""Templates for free text: embassy visa-hotline calls, car-sharing support chats,
boat-rental SMS, freelancer-platform onboarding forms, Eventbrite order mails and alumni
class notes. Each returns the ``⁅TYPE|value⁆`` markup of one text."""

from __future__ import annotations

from h15_core import Ctx, amount, dob, email, in_words, person, phone, street, when, TOWNS

W = {  # per-language words: agent, caller, name?, dob?, phone?, email?, address?, thanks
    "en": (
        "Agent",
        "Caller",
        "May I have your full name?",
        "And your date of birth?",
        "A number where we can reach you?",
        "And your e-mail for the confirmation?",
        "Your current home address?",
        "Thank you",
    ),
    "de": (
        "Mitarbeiterin",
        "Anrufer",
        "Ihr vollständiger Name bitte?",
        "Und Ihr Geburtsdatum?",
        "Unter welcher Nummer erreichen wir Sie?",
        "Und Ihre E-Mail für die Bestätigung?",
        "Ihre aktuelle Wohnadresse?",
        "Danke",
    ),
    "fr": (
        "Agent",
        "Appelant",
        "Votre nom complet, s'il vous plaît ?",
        "Et votre date de naissance ?",
        "Un numéro où vous joindre ?",
        "Et votre e-mail pour la confirmation ?",
        "Votre adresse actuelle ?",
        "Merci",
    ),
    "es": (
        "Agente",
        "Llamante",
        "¿Me dice su nombre completo?",
        "¿Y su fecha de nacimiento?",
        "¿Un teléfono de contacto?",
        "¿Y su correo para la confirmación?",
        "¿Su domicilio actual?",
        "Gracias",
    ),
    "it": (
        "Operatore",
        "Chiamante",
        "Mi dice nome e cognome?",
        "E la sua data di nascita?",
        "Un numero di telefono per ricontattarla?",
        "E la sua e-mail per la conferma?",
        "Il suo indirizzo di residenza?",
        "Grazie",
    ),
    "nl": (
        "Medewerker",
        "Beller",
        "Mag ik uw volledige naam?",
        "En uw geboortedatum?",
        "Op welk telefoonnummer bent u bereikbaar?",
        "En uw e-mailadres voor de bevestiging?",
        "Uw huidige woonadres?",
        "Dank u",
    ),
    "pt": (
        "Agente",
        "Chamador",
        "Pode dizer-me o seu nome completo?",
        "E a sua data de nascimento?",
        "Um número de telefone para contacto?",
        "E o seu e-mail para a confirmação?",
        "A sua morada atual?",
        "Obrigado",
    ),
}


def visa_call(c: Ctx, lang: str) -> str:
    """An embassy visa-appointment hotline call, exported with [mm:ss] stamps."""
    ag, ca, qn, qd, qp, qe, qa, th = W[lang]
    f, s = person(c, lang)
    agent = c.r.choice(["Lorna", "Kasimir", "Odile", "Paz", "Nives", "Jelle", "Zélia"])
    t = 0

    def ts() -> str:
        nonlocal t
        t += c.r.randint(4, 19)
        return f"[{t // 60:02d}:{t % 60:02d}]"

    ph = phone(c, lang)
    lines = [
        f"Visa appointment line — ref ⁅~booking|VA-{c.digits(7)}⁆",
        f"{ts()} {ag}: ⁅PERSON|{agent}⁆ speaking. {qn}",
        f"{ts()} {ca}: ⁅PERSON|{f} {s}⁆.",
    ]
    if c.r.random() < 0.3:
        lines.append(
            f"{ts()} {ca}: {s.upper()[0]} ... ⁅PERSON|{s.upper()}⁆, "
            + " ".join(s.upper().replace(" ", ""))
            + "."
        )
    lines += [
        f"{ts()} {ag}: {qd}",
        f"{ts()} {ca}: ⁅DATE_OF_BIRTH|{dob(c, lang)}⁆.",
        f"{ts()} {ag}: Passport ⁅~passport-no|{c.r.choice('CPKX')}{c.r.choice('FGHJ')}{c.digits(7)}⁆, expiry ⁅~expiry|{c.r.randint(2027, 2035)}-{c.r.randint(1, 12):02d}⁆. {qp}",
    ]
    if c.r.random() < 0.3:
        lines.append(f"{ts()} {ca}: ⁅PHONE|{in_words(lang, ph)}⁆")
    else:
        lines.append(f"{ts()} {ca}: ⁅PHONE|{ph}⁆")
    if c.r.random() < 0.7:
        lines += [f"{ts()} {ag}: {qe}", f"{ts()} {ca}: ⁅EMAIL|{email(c, f, s)}⁆"]
    if c.r.random() < 0.6:
        lines += [
            f"{ts()} {ag}: {qa}",
            f"{ts()} {ca}: ⁅STREET_ADDRESS|{street(c, lang)}⁆, {c.r.choice(TOWNS[lang])}",
        ]
    if lang == "en" and c.r.random() < 0.5:
        lines += [
            f"{ts()} {ag}: For the DS-160 I need your social security number.",
            f"{ts()} {ca}: ⁅US_SSN|{c.ssn(c.r.choice(['-', ' ']))}⁆",
        ]
    if c.r.random() < 0.5:
        card = c.card()
        if c.r.random() < 0.3:
            lines.append(
                f"{ts()} {ca}: card ⁅~luhn-invalid|{c.bad_card()}⁆ — sorry, wrong, ⁅CREDIT_CARD|{card}⁆"
            )
        else:
            lines.append(
                f"{ts()} {ca}: fee by card: ⁅CREDIT_CARD|{card}⁆, ⁅~expiry|{c.r.randint(1, 12):02d}/{c.r.randint(27, 31)}⁆"
            )
        lines.append(
            f"{ts()} {ag}: fee ⁅~fee|{amount(c, lang)}⁆, slot ⁅~appointment|{when(c, 2027)[:16]}⁆."
        )
    lines.append(f"{ts()} {ag}: {th}, {f}.")
    return "\n".join(lines).replace(f"{th}, {f}.", f"{th}, ⁅PERSON|{f}⁆.")


CS = {
    "en": (
        "the car won't unlock",
        "Can you confirm the e-mail on the account?",
        "new PIN for the card reader",
    ),
    "de": (
        "das Auto öffnet nicht",
        "Können Sie die E-Mail des Kontos bestätigen?",
        "neue PIN für den Kartenleser",
    ),
    "fr": (
        "la voiture ne s'ouvre pas",
        "Pouvez-vous confirmer l'e-mail du compte ?",
        "nouveau code PIN du lecteur",
    ),
    "es": ("el coche no se abre", "¿Me confirma el correo de la cuenta?", "nuevo PIN del lector"),
    "it": ("l'auto non si apre", "Mi conferma l'e-mail dell'account?", "nuovo PIN del lettore"),
    "nl": (
        "de auto gaat niet open",
        "Kunt u het e-mailadres van het account bevestigen?",
        "nieuwe pincode voor de kaartlezer",
    ),
    "pt": ("o carro não abre", "Pode confirmar o e-mail da conta?", "novo PIN do leitor"),
}


def carsharing_chat(c: Ctx, lang: str) -> str:
    """An in-app car-sharing support chat with hh:mm stamps."""
    f, s = person(c, lang)
    ag = c.r.choice(["Mika", "Jolanda", "Sacha", "Nuno", "Greta"])
    prob, qe, pin = CS[lang]
    hh = c.r.randint(7, 22)
    m = c.r.randint(0, 40)
    out = [
        f"{hh:02d}:{m:02d} ⁅PERSON|{f}⁆: {prob}, plate ⁅~plate|{c.r.choice(['B-', 'M-', 'AB-'])}{c.r.choice('KLMX')}{c.r.choice('QRST')} {c.r.randint(100, 9999)}⁆, booking ⁅~booking|{c.digits(9)}⁆",
        f"{hh:02d}:{m + 1:02d} ⁅PERSON|{ag}⁆: {qe}",
        f"{hh:02d}:{m + 2:02d} ⁅PERSON|{f}⁆: ⁅EMAIL|{email(c, f, s)}⁆",
    ]
    if c.r.random() < 0.6:
        out.append(f"{hh:02d}:{m + 3:02d} ⁅PERSON|{f}⁆: tel ⁅PHONE|{phone(c, lang)}⁆")
    if c.r.random() < 0.5:
        out.append(
            f"{hh:02d}:{m + 4:02d} ⁅PERSON|{ag}⁆: {pin}: ⁅SECRET|{c.digits(4)}⁆ (valid until ⁅~timestamp|{hh + 1:02d}:{m:02d}⁆)"
        )
    if c.r.random() < 0.4:
        out.append(
            f"{hh:02d}:{m + 5:02d} ⁅PERSON|{f}⁆: refund to ⁅IBAN|{c.iban(lang)}⁆ please, ⁅~amount|{amount(c, lang)}⁆"
        )
    if c.r.random() < 0.3:
        out.append(
            f"{hh:02d}:{m + 6:02d} ⁅PERSON|{f}⁆: I parked at ⁅STREET_ADDRESS|{street(c, lang)}⁆, app v⁅~version|{c.r.randint(3, 9)}.{c.r.randint(0, 30)}.{c.r.randint(0, 9)}⁆"
        )
    return "\n".join(out)


def boat_sms(c: Ctx, lang: str) -> str:
    """Boat and kayak rental SMS thread: booking, key-box code, deposit, call-back."""
    f, s = person(c, lang)
    hi = {
        "en": "Hi",
        "de": "Hallo",
        "fr": "Bonjour",
        "es": "Hola",
        "it": "Ciao",
        "nl": "Hoi",
        "pt": "Olá",
    }[lang]
    parts = [
        f"[BOATRENT] {hi} ⁅PERSON|{f}⁆, booking ⁅~booking|BR{c.digits(6)}⁆ on ⁅~date|{when(c)[:10]}⁆, pier ⁅~berth|{c.r.choice('ABCD')}{c.r.randint(1, 40)}⁆. Key box code ⁅SECRET|{c.digits(c.r.choice([4, 5, 6]))}⁆.",
        f"> ⁅PERSON|{f} {s}⁆: ok! my mobile ⁅PHONE|{phone(c, lang, intl=c.r.random() < 0.6)}⁆",
    ]
    if c.r.random() < 0.5:
        parts.append(
            f"[BOATRENT] Deposit ⁅~amount|{amount(c, lang)}⁆ back to ⁅IBAN|{c.iban(lang, grouped=False)}⁆? Reply YES"
        )
    if c.r.random() < 0.4:
        parts.append(
            f"> YES. skipper licence holder ⁅PERSON|{c.r.choice(person(c, lang))}⁆ born ⁅DATE_OF_BIRTH|{dob(c, lang)}⁆"
        )
    return "\n".join(parts)


FL = {
    "en": (
        "Freelancer profile",
        "Legal name",
        "Date of birth",
        "Address",
        "Phone",
        "Email",
        "Payout IBAN",
        "SSN (W-9)",
    ),
    "de": (
        "Freelancer-Profil",
        "Name",
        "Geburtsdatum",
        "Anschrift",
        "Telefon",
        "E-Mail",
        "Auszahlungs-IBAN",
        "Steuer-ID",
    ),
    "fr": (
        "Profil freelance",
        "Nom",
        "Date de naissance",
        "Adresse",
        "Téléphone",
        "E-mail",
        "IBAN de versement",
        "SIRET",
    ),
    "es": (
        "Perfil autónomo",
        "Nombre",
        "Fecha de nacimiento",
        "Dirección",
        "Teléfono",
        "Correo",
        "IBAN de cobro",
        "NIF",
    ),
    "it": (
        "Profilo freelance",
        "Nome",
        "Data di nascita",
        "Indirizzo",
        "Telefono",
        "E-mail",
        "IBAN di accredito",
        "Partita IVA",
    ),
    "nl": (
        "Freelancerprofiel",
        "Naam",
        "Geboortedatum",
        "Adres",
        "Telefoon",
        "E-mail",
        "Uitbetalings-IBAN",
        "KvK-nummer",
    ),
    "pt": (
        "Perfil freelancer",
        "Nome",
        "Data de nascimento",
        "Morada",
        "Telefone",
        "E-mail",
        "IBAN de pagamento",
        "NIF",
    ),
}


def freelancer_form(c: Ctx, lang: str) -> str:
    """Freelancer-platform onboarding summary (KYC form), fields and values."""
    t, ln, ld, la, lp, le, li, lt = FL[lang]
    f, s = person(c, lang)
    name = f"{s.upper()}, {f}" if c.r.random() < 0.3 else f"{f} {s}"
    rows = [
        f"{t} #⁅~profile-id|{c.digits(8)}⁆ — submitted ⁅~timestamp|{when(c)}⁆ from ⁅IP_ADDRESS|{c.ip()}⁆",
        f"{ln}: ⁅PERSON|{name}⁆",
        f"{ld}: ⁅DATE_OF_BIRTH|{dob(c, lang)}⁆",
        f"{la}: ⁅STREET_ADDRESS|{street(c, lang)}⁆, {c.r.choice(TOWNS[lang])}",
        f"{lp}: ⁅PHONE|{phone(c, lang)}⁆",
        f"{le}: ⁅EMAIL|{email(c, f, s)}⁆",
        f"{li}: ⁅IBAN|{c.iban(lang)}⁆",
    ]
    if lang == "en":
        rows.append(
            f"{lt}: ⁅US_SSN|{c.ssn()}⁆"
            if c.r.random() < 0.7
            else f"EIN: ⁅~ein|{c.digits(2)}-{c.digits(7)}⁆"
        )
    else:
        rows.append(f"{lt}: ⁅~tax-id|{c.digits(11)}⁆")
    rows += [
        f"Hourly rate: ⁅~price|{amount(c, lang)}⁆",
        f"Skills: Figma, Webflow, Python ⁅~version|3.{c.r.randint(8, 13)}⁆",
    ]
    return "\n".join(rows)


EB = {
    "en": ("Your order", "Attendee", "Ticket", "Questions? Reply to this mail or call"),
    "de": ("Ihre Bestellung", "Teilnehmer", "Ticket", "Fragen? Antworten Sie oder rufen Sie an:"),
    "fr": ("Votre commande", "Participant", "Billet", "Des questions ? Répondez ou appelez le"),
    "es": ("Tu pedido", "Asistente", "Entrada", "¿Dudas? Responde o llama al"),
    "it": ("Il tuo ordine", "Partecipante", "Biglietto", "Domande? Rispondi o chiama il"),
    "nl": ("Je bestelling", "Deelnemer", "Ticket", "Vragen? Antwoord of bel"),
    "pt": ("A sua encomenda", "Participante", "Bilhete", "Dúvidas? Responda ou ligue"),
}


def eventbrite_mail(c: Ctx, lang: str) -> str:
    """Eventbrite-style order confirmation as raw mail, 25% quoted in a reply."""
    yo, at, tk, q = EB[lang]
    f, s = person(c, lang)
    of, os_ = person(c, lang)
    mail = email(c, f, s)
    org = email(c, of, os_)
    body = [
        f"From: Eventbrite <noreply@eventbrite.example>",
        f"To: ⁅PERSON|{f} {s}⁆ <⁅EMAIL|{mail}⁆>",
        f"Message-ID: <⁅~message-id|{c.hexs(16)}.{c.digits(10)}@eventbrite.example⁆>",
        f"Subject: {yo} #⁅~order|{c.digits(10)}⁆",
        "",
        f"{at} 1: ⁅PERSON|{f} {s}⁆ — {tk} ⁅~ticket|{c.digits(10)}{c.digits(3)}⁆ — ⁅~price|{amount(c, lang)}⁆",
    ]
    if c.r.random() < 0.5:
        g, h = person(c, lang)
        body.append(f"{at} 2: ⁅PERSON|{g} {h}⁆ <⁅EMAIL|{email(c, g, h)}⁆>")
    body.append(f"Paid with Visa •••• ⁅~last4|{c.digits(4)}⁆ on ⁅~timestamp|{when(c)}⁆")
    body.append(f"{q} ⁅PERSON|{of} {os_}⁆, ⁅PHONE|{phone(c, lang)}⁆, ⁅EMAIL|{org}⁆")
    if c.r.random() < 0.25:
        reply = [
            f"From: ⁅PERSON|{f} {s}⁆ <⁅EMAIL|{mail}⁆>",
            f"To: ⁅EMAIL|{org}⁆",
            "",
            f"Hi ⁅PERSON|{of}⁆, I can't come, please send the refund to ⁅IBAN|{c.iban(lang)}⁆. New number ⁅PHONE|{phone(c, lang)}⁆.",
            "",
        ]
        return "\n".join(reply + ["> " + b if b else ">" for b in body[4:]])
    return "\n".join(body)


AL = {
    "en": ("Class of {y} — notes", "now lives at", "writes from", "is celebrating her birthday on"),
    "de": (
        "Jahrgang {y} — Neuigkeiten",
        "wohnt jetzt in der",
        "schreibt aus",
        "feiert Geburtstag am",
    ),
    "fr": (
        "Promo {y} — nouvelles",
        "habite désormais au",
        "écrit depuis",
        "fête son anniversaire le",
    ),
    "es": (
        "Promoción {y} — noticias",
        "vive ahora en",
        "escribe desde",
        "celebra su cumpleaños el",
    ),
    "it": ("Classe {y} — notizie", "abita ora in", "scrive da", "festeggia il compleanno il"),
    "nl": (
        "Lichting {y} — nieuws",
        "woont nu aan de",
        "schrijft vanuit",
        "viert haar verjaardag op",
    ),
    "pt": ("Curso de {y} — notícias", "vive agora na", "escreve de", "celebra o aniversário a"),
}


def alumni_notes(c: Ctx, lang: str) -> str:
    """Alumni-association class notes (a newsletter column), prose with contacts."""
    head, lives, writes, bday = AL[lang]
    y = c.r.randint(1968, 2012)
    out = [head.format(y=y), ""]
    for _ in range(c.r.randint(2, 3)):
        f, s = person(c, lang)
        st = s.upper() if c.r.random() < 0.25 else s
        p = f"⁅PERSON|{f} {st}⁆ ({y}) {lives} ⁅STREET_ADDRESS|{street(c, lang)}⁆, {c.r.choice(TOWNS[lang])}."
        r = c.r.random()
        if r < 0.4:
            p += f" ⁅PERSON|{f}⁆: ⁅EMAIL|{email(c, f, s)}⁆ / ⁅PHONE|{phone(c, lang)}⁆."
        elif r < 0.7:
            p += f" — DOB ⁅DATE_OF_BIRTH|{dob(c, lang)}⁆."
        else:
            p += f" Donation ⁅~amount|{amount(c, lang)}⁆, receipt ⁅~receipt|R-{y}-{c.digits(5)}⁆."
        out.append(p)
    out.append(f"Reunion ⁅~date|{when(c, 2027)[:10]}⁆ — RSVP ⁅EMAIL|{email(c, 'alumni', str(y))}⁆")
    return "\n".join(out)
