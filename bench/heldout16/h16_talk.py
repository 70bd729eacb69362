"""Set 16 templates, chats and calls: heat-pump survey calls, exchange KYC chats, physio SMS."""

from __future__ import annotations

from h16_core import Ctx

T = "\u2045{}|{}\u2046"


def m(typ: str, v: str) -> str:
    return T.format(typ, v)


def d(note: str, v: str) -> str:
    return T.format("~" + note, v)


CALL = {
    "en": (
        "Agent",
        "Caller",
        "Thanks for calling Northwind Heat Pumps, this is {a}.",
        "Can I take your full name?",
        "Date of birth for the financing check?",
        "And the address for the site survey?",
        "Best number to reach you?",
        "my number is",
        "E-mail for the survey report?",
        "The deposit card number?",
    ),
    "de": (
        "Agentin",
        "Anrufer",
        "Wärmepumpen-Service Nordwind, mein Name ist {a}.",
        "Ihr vollständiger Name bitte?",
        "Geburtsdatum für die Förderprüfung?",
        "Adresse für die Vor-Ort-Begehung?",
        "Unter welcher Nummer erreichen wir Sie?",
        "meine Nummer ist",
        "E-Mail für den Bericht?",
        "Die Kartennummer für die Anzahlung?",
    ),
    "fr": (
        "Conseiller",
        "Appelant",
        "Pompes à chaleur Nordvent, {a} à l'appareil.",
        "Votre nom complet ?",
        "Votre date de naissance pour le dossier d'aide ?",
        "L'adresse pour la visite technique ?",
        "Un numéro pour vous joindre ?",
        "mon numéro c'est",
        "Un e-mail pour le rapport ?",
        "Le numéro de carte pour l'acompte ?",
    ),
    "es": (
        "Agente",
        "Cliente",
        "Bombas de calor Norvento, le atiende {a}.",
        "¿Su nombre completo?",
        "¿Fecha de nacimiento para la subvención?",
        "¿Dirección para la visita técnica?",
        "¿Un teléfono de contacto?",
        "mi número es",
        "¿Correo para el informe?",
        "¿El número de tarjeta para la señal?",
    ),
    "it": (
        "Operatore",
        "Cliente",
        "Pompe di calore Tramontana, sono {a}.",
        "Nome e cognome?",
        "Data di nascita per la pratica dell'incentivo?",
        "Indirizzo per il sopralluogo?",
        "Un numero per ricontattarla?",
        "il mio numero è",
        "Un'e-mail per il verbale?",
        "Il numero della carta per l'acconto?",
    ),
    "nl": (
        "Medewerker",
        "Beller",
        "Warmtepompen Noordwind, u spreekt met {a}.",
        "Uw volledige naam?",
        "Geboortedatum voor de subsidieaanvraag?",
        "Het adres voor de opname?",
        "Op welk nummer bent u bereikbaar?",
        "mijn nummer is",
        "E-mail voor het rapport?",
        "Het kaartnummer voor de aanbetaling?",
    ),
    "pt": (
        "Operadora",
        "Cliente",
        "Bombas de calor Nortada, fala {a}.",
        "O seu nome completo?",
        "Data de nascimento para o apoio?",
        "A morada para a visita técnica?",
        "Um número para contacto?",
        "o meu número é",
        "Um e-mail para o relatório?",
        "O número do cartão para o sinal?",
    ),
}


def heatpump_call(c: Ctx, lang: str) -> tuple[str, str]:
    a_role, c_role, hello, q_name, q_dob, q_addr, q_tel, my_no, q_mail, q_card = CALL[lang]
    agent = c.given(lang)
    g, s = c.given(lang), c.surname(lang)
    mm = [0]

    def ts() -> str:
        mm[0] += c.r.randint(4, 19)
        return f"[{mm[0] // 60:02d}:{mm[0] % 60:02d}]"

    lines = [f"{ts()} {a_role}: {hello.format(a=m('PERSON', agent))}", f"{ts()} {a_role}: {q_name}"]
    if c.chance(0.3):
        lines.append(f"{ts()} {c_role}: {m('PERSON', g)} {m('PERSON', s.upper())}")
    else:
        lines.append(f"{ts()} {c_role}: {m('PERSON', g + ' ' + s)}")
    lines.append(f"{ts()} {a_role}: {q_dob}")
    lines.append(f"{ts()} {c_role}: {m('DATE_OF_BIRTH', c.dob(lang, 'word'))}")
    if lang == "en" and c.chance(0.5):
        lines.append(f"{ts()} {a_role}: And your social for the credit check?")
        lines.append(f"{ts()} {c_role}: {m('US_SSN', c.ssn(c.pick(['-', ' '])))}")
    lines.append(f"{ts()} {a_role}: {q_addr}")
    lines.append(f"{ts()} {c_role}: {m('STREET_ADDRESS', c.street(lang))}, {c.town(lang)}")
    lines.append(f"{ts()} {a_role}: {q_tel}")
    tel = c.phone(lang)
    said = c.words(lang, tel) if c.chance(0.3) else tel
    lines.append(f"{ts()} {c_role}: {my_no} {m('PHONE', said)}")
    if c.chance(0.7):
        lines.append(f"{ts()} {a_role}: {q_mail}")
        lines.append(f"{ts()} {c_role}: {m('EMAIL', c.email(g, s))}")
    lines.append(
        f"{ts()} {a_role}: ref {d('booking', 'HP-' + c.uniq(lambda: c.digits(6)))}, "
        f"{d('date', c.later_date(lang))}, {d('amount', c.amount())} EUR"
    )
    if c.chance(0.5):
        lines.append(f"{ts()} {a_role}: {q_card}")
        good = c.card()
        if c.chance(0.3):
            lines.append(f"{ts()} {c_role}: {d('luhn-invalid', c.bad_card(good))}")
            lines.append(f"{ts()} {a_role}: ?")
        lines.append(f"{ts()} {c_role}: {m('CREDIT_CARD', good)}")
    lines.append(f"{ts()} {a_role}: Ok, {m('PERSON', g)}. {d('ticket', 'SV' + c.digits(7))}")
    return "call", "\n".join(lines)


CHAT = {
    "en": (
        "Hi, my withdrawal is stuck, KYC says pending",
        "Sorry! Full legal name and date of birth as on your ID?",
        "Residential address?",
        "Phone for SMS?",
        "And the bank account for the withdrawal?",
        "My 2FA backup code was",
        "Thanks",
    ),
    "de": (
        "Hallo, meine Auszahlung hängt, KYC ausstehend",
        "Vollständiger Name und Geburtsdatum laut Ausweis?",
        "Wohnadresse?",
        "Handynummer für SMS?",
        "Und das Konto für die Auszahlung?",
        "Mein 2FA-Backup-Code war",
        "Danke",
    ),
    "fr": (
        "Bonjour, mon retrait est bloqué, KYC en attente",
        "Nom complet et date de naissance comme sur la pièce ?",
        "Adresse ?",
        "Portable pour les SMS ?",
        "Le compte pour le retrait ?",
        "Mon code de secours 2FA était",
        "Merci",
    ),
    "es": (
        "Hola, mi retiro está bloqueado, KYC pendiente",
        "¿Nombre completo y fecha de nacimiento como en el DNI?",
        "¿Domicilio?",
        "¿Móvil para SMS?",
        "¿Y la cuenta para el retiro?",
        "Mi código de respaldo 2FA era",
        "Gracias",
    ),
    "it": (
        "Ciao, il prelievo è bloccato, KYC in attesa",
        "Nome completo e data di nascita come sul documento?",
        "Indirizzo di residenza?",
        "Cellulare per gli SMS?",
        "Il conto per il prelievo?",
        "Il mio codice di backup 2FA era",
        "Grazie",
    ),
    "nl": (
        "Hoi, mijn opname staat vast, KYC in behandeling",
        "Volledige naam en geboortedatum zoals op je ID?",
        "Woonadres?",
        "Mobiel voor sms?",
        "En de rekening voor de opname?",
        "Mijn 2FA-herstelcode was",
        "Bedankt",
    ),
    "pt": (
        "Olá, o levantamento está parado, KYC pendente",
        "Nome completo e data de nascimento como no documento?",
        "Morada?",
        "Telemóvel para SMS?",
        "E a conta para o levantamento?",
        "O meu código de recuperação 2FA era",
        "Obrigado",
    ),
}


def exchange_chat(c: Ctx, lang: str) -> tuple[str, str]:
    hi, q_id, q_addr, q_tel, q_iban, backup, thanks = CHAT[lang]
    g, s = c.given(lang), c.surname(lang)
    agent = c.given(lang)
    t = [c.r.randint(8, 20), c.r.randint(0, 50)]

    def ts() -> str:
        t[1] += c.r.randint(1, 3)
        return f"{t[0]:02d}:{t[1]:02d}"

    u, a = "visitor", f"{m('PERSON', agent)} (Crisp)"
    L = [f"{ts()} {u}: {hi}", f"{ts()} {a}: {q_id}"]
    name = f"{s.upper()}, {g}" if c.chance(0.3) else f"{g} {s}"
    L.append(f"{ts()} {u}: {m('PERSON', name)} / {m('DATE_OF_BIRTH', c.dob(lang))}")
    L.append(f"{ts()} {a}: {q_addr}")
    L.append(f"{ts()} {u}: {m('STREET_ADDRESS', c.street(lang))}, {c.town(lang)}")
    L.append(f"{ts()} {a}: {q_tel}")
    L.append(f"{ts()} {u}: {m('PHONE', c.phone(lang, c.pick(['intl', 'run', 'nat'])))}")
    L.append(f"{ts()} {a}: {q_iban}")
    good = c.iban(lang)
    if c.chance(0.25):
        L.append(f"{ts()} {u}: {d('iban-invalid', c.bad_iban(good))}")
        L.append(f"{ts()} {a}: checksum?")
    L.append(f"{ts()} {u}: {m('IBAN', good)}")
    L.append(f"{ts()} {u}: tx {d('hash', '0x' + c.hexs(64))} {d('amount', c.amount())} USDC")
    if c.chance(0.4):
        L.append(f"{ts()} {u}: {backup} {m('SECRET', c.token('', 10, '0123456789abcdef'))}")
    if c.chance(0.35):
        sep = c.pick([" ", " ", "-", "", "\u200b"])
        L.append(f"{ts()} {u}: card {m('CREDIT_CARD', c.card(sep=sep))}")
    L.append(f"{ts()} {a}: case {d('ticket', '#' + c.digits(6))} · {thanks}, {m('PERSON', g)}")
    if c.chance(0.5):
        L.append(f"{ts()} {u}: {m('EMAIL', c.email(g, s))}")
    return "chat", "\n".join(L)


SMS = {
    "en": (
        "Reminder: physio with {t} on {d}. Reply C to confirm.",
        "C. New number btw",
        "Noted. Door code for the back entrance is",
        "Please bring your date of birth form:",
    ),
    "de": (
        "Erinnerung: Physio bei {t} am {d}. Mit J bestätigen.",
        "J. Neue Nummer übrigens",
        "Notiert. Türcode Hintereingang:",
        "Geburtsdatum fürs Formular bitte:",
    ),
    "fr": (
        "Rappel : kiné avec {t} le {d}. Répondez O.",
        "O. Nouveau numéro au fait",
        "Noté. Code de la porte arrière :",
        "Votre date de naissance pour la fiche :",
    ),
    "es": (
        "Recordatorio: fisio con {t} el {d}. Responda S.",
        "S. Por cierto, número nuevo",
        "Anotado. Código de la puerta trasera:",
        "Fecha de nacimiento para la ficha:",
    ),
    "it": (
        "Promemoria: fisioterapia con {t} il {d}. Rispondi S.",
        "S. Nuovo numero tra l'altro",
        "Annotato. Codice porta sul retro:",
        "Data di nascita per la scheda:",
    ),
    "nl": (
        "Herinnering: fysio bij {t} op {d}. Antwoord J.",
        "J. Trouwens nieuw nummer",
        "Genoteerd. Code achterdeur:",
        "Geboortedatum voor het formulier:",
    ),
    "pt": (
        "Lembrete: fisioterapia com {t} a {d}. Responda S.",
        "S. Já agora, número novo",
        "Anotado. Código da porta das traseiras:",
        "Data de nascimento para a ficha:",
    ),
}


def physio_sms(c: Ctx, lang: str) -> tuple[str, str]:
    remind, yes, code, q_dob = SMS[lang]
    ther, g = c.given(lang), c.given(lang)
    L = [
        f"{d('timestamp', c.stamp(False))} Praxis: "
        + remind.format(t=m("PERSON", ther), d=d("appointment", c.later_date(lang)))
    ]
    tel = c.phone(lang, c.pick(["run", "nat", "intl"]))
    L.append(f"{d('timestamp', c.stamp(False))} {m('PERSON', g)}: {yes} {m('PHONE', tel)}")
    L.append(f"Praxis: {code} {m('SECRET', c.pin(c.pick([4, 5, 6])))}#")
    if c.chance(0.6):
        L.append(f"Praxis: {q_dob}")
        L.append(f"{m('PERSON', g)}: {m('DATE_OF_BIRTH', c.dob(lang))}")
    if c.chance(0.3):
        L.append(f"{m('PERSON', g)}: {m('EMAIL', c.email(g, c.surname(lang)))}")
    return "sms", "\n".join(L)


TEMPLATES = {
    "hpcall": heatpump_call,
    "kycchat": exchange_chat,
    "physio": physio_sms,
}
