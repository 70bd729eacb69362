"""Templates: apostille agency mails, dive-centre registration forms, glazier job reports."""

from __future__ import annotations

from h19_core import Ctx, d, dob_numeric, dob_words, fold, v, wrap_after
from h19_phone import phone

BUREAU = {
    "en": "apostille-bureau.co.uk",
    "de": "apostille-dienst.de",
    "fr": "legalisation-rapide.fr",
    "es": "apostilla-express.es",
    "it": "apostille-pratiche.it",
    "nl": "apostille-bureau.nl",
    "pt": "apostila-certa.pt",
}
MAIL = {
    "en": (
        "Subject: Apostille order {order}",
        "Dear {client},",
        "thank you for your order. Before we submit your birth certificate for the apostille, "
        "please confirm the details below:",
        "Date of birth: {dob}",
        "Return address: {street}, {town}",
        "Any overpaid fee will be refunded to {iban}.",
        "Kind regards,",
        "{agent}",
        "Case handler, Apostille Bureau | {phone}",
    ),
    "de": (
        "Betreff: Apostille-Auftrag {order}",
        "Guten Tag {client},",
        "vielen Dank für Ihren Auftrag. Bevor wir Ihre Geburtsurkunde zur Apostille einreichen, "
        "bestätigen Sie bitte:",
        "Geburtsdatum: {dob}",
        "Rücksendeadresse: {street}, {town}",
        "Zu viel gezahlte Gebühren erstatten wir auf {iban}.",
        "Mit freundlichen Grüßen",
        "{agent}",
        "Sachbearbeitung Apostille-Dienst | {phone}",
    ),
    "fr": (
        "Objet : Commande d'apostille {order}",
        "Bonjour {client},",
        "merci pour votre commande. Avant de déposer votre acte de naissance pour l'apostille, "
        "merci de confirmer :",
        "Date de naissance : {dob}",
        "Adresse de retour : {street}, {town}",
        "Tout trop-perçu sera remboursé sur {iban}.",
        "Bien cordialement,",
        "{agent}",
        "Chargée de dossier, Légalisation Rapide | {phone}",
    ),
    "es": (
        "Asunto: Pedido de apostilla {order}",
        "Estimada/o {client}:",
        "gracias por su pedido. Antes de presentar su partida de nacimiento para la apostilla, "
        "confirme por favor:",
        "Fecha de nacimiento: {dob}",
        "Dirección de devolución: {street}, {town}",
        "Cualquier importe pagado de más se devolverá a {iban}.",
        "Un saludo,",
        "{agent}",
        "Gestor/a, Apostilla Express | {phone}",
    ),
    "it": (
        "Oggetto: Pratica apostille {order}",
        "Gentile {client},",
        "grazie per l'ordine. Prima di presentare il suo atto di nascita per l'apostille, "
        "confermi per favore:",
        "Data di nascita: {dob}",
        "Indirizzo di restituzione: {street}, {town}",
        "Eventuali somme in eccesso saranno rimborsate su {iban}.",
        "Cordiali saluti,",
        "{agent}",
        "Ufficio pratiche | {phone}",
    ),
    "nl": (
        "Onderwerp: Apostille-opdracht {order}",
        "Beste {client},",
        "bedankt voor uw opdracht. Voordat we uw geboorteakte voor de apostille indienen, "
        "graag bevestigen:",
        "Geboortedatum: {dob}",
        "Retouradres: {street}, {town}",
        "Te veel betaalde kosten storten we terug op {iban}.",
        "Met vriendelijke groet,",
        "{agent}",
        "Dossierbehandelaar | {phone}",
    ),
    "pt": (
        "Assunto: Pedido de apostila {order}",
        "Caro/a {client},",
        "obrigado pela sua encomenda. Antes de entregar a sua certidão de nascimento para a "
        "apostila, confirme por favor:",
        "Data de nascimento: {dob}",
        "Morada de devolução: {street}, {town}",
        "Qualquer valor pago a mais será devolvido para {iban}.",
        "Com os melhores cumprimentos,",
        "{agent}",
        "Gestor de processos | {phone}",
    ),
}
SSN_EN = "For the FBI background check we have your SSN as {ssn}; please tell us if it is wrong."
REPLY = {
    "en": "All correct, thanks!",
    "de": "Alles korrekt, danke!",
    "fr": "Tout est bon, merci !",
    "es": "Todo correcto, gracias.",
    "it": "Tutto corretto, grazie!",
    "nl": "Klopt allemaal, dank!",
    "pt": "Está tudo certo, obrigado!",
}
WROTE = {
    "en": "wrote:",
    "de": "schrieb:",
    "fr": "a écrit :",
    "es": "escribió:",
    "it": "ha scritto:",
    "nl": "schreef:",
    "pt": "escreveu:",
}


def email(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    given, surname = ctx.person(lang)
    cmail = ctx.email(lang, given, surname)

    def agent_mail() -> str:
        g, s = ctx.person(lang)
        return f"{g}|{s}|{fold(g)[0]}.{fold(s.split()[-1])}@{BUREAU[lang]}"

    ag, asur, amail = ctx.fresh(agent_mail).split("|")
    y, m, dd = ctx.dob()
    dob = dob_words(lang, y, m, dd) if ctx.chance(0.4) else dob_numeric(lang, y, m, dd)
    iban = ctx.iban(lang)
    ibantxt = v("IBAN", iban)
    if ctx.chance(0.15):
        ibantxt = v("IBAN", wrap_after(iban, ctx.r.randint(2, 3)))
    written, _ = phone(ctx, lang, ctx.pick(["intl", "national"]))
    vals = {
        "order": d("order", f"AP-{ctx.digits(5)}"),
        "client": v("PERSON", f"{given} {surname}"),
        "dob": v("DATE_OF_BIRTH", dob),
        "street": v("STREET_ADDRESS", ctx.street(lang)),
        "town": ctx.town(lang),
        "iban": ibantxt,
        "agent": v("PERSON", f"{ag} {asur}"),
        "phone": v("PHONE", written),
    }
    lines = [ln.format(**vals) for ln in MAIL[lang]]
    if lang == "en" and ctx.chance(0.7):
        lines.insert(5, SSN_EN.format(ssn=v("US_SSN", ctx.ssn(ctx.pick(["-", "-", " "])))))
    body = lines[1:]
    head = [
        f"From: {v('PERSON', f'{ag} {asur}')} <{v('EMAIL', amail)}>",
        f"To: {v('EMAIL', cmail)}",
        lines[0],
        "Date: "
        + d(
            "timestamp",
            f"Mon, {ctx.r.randint(1, 28)} Sep 2026 "
            f"{ctx.r.randint(8, 17):02d}:{ctx.r.randint(0, 59):02d}:00 +0200",
        ),
    ]
    if ctx.chance(0.25):
        key, subj = lines[0].split(": ", 1)
        head = [f"From: {v('EMAIL', cmail)}", f"To: {v('EMAIL', amail)}", f"{key}: Re: {subj}"]
        quoted = [("> " + ln).rstrip() for part in body for ln in part.split("\n")]
        text = "\n".join(
            [
                *head,
                "",
                REPLY[lang],
                v("PERSON", given),
                "",
                f"{v('PERSON', f'{ag} {asur}')} {WROTE[lang]}",
                *quoted,
            ]
        )
    else:
        text = "\n".join([*head, "", *body])
    return text + "\n", "email"


FORM = {
    "en": (
        "BLUE REEF DIVE CENTRE - DIVER REGISTRATION",
        "Surname",
        "First name",
        "Date of birth",
        "Home address",
        "Mobile",
        "E-mail",
        "Emergency contact",
        "Emergency phone",
        "Certification no.",
        "Last dive",
        "Logged dives",
    ),
    "de": (
        "TAUCHBASIS SEEPFERDCHEN - ANMELDUNG",
        "Nachname",
        "Vorname",
        "Geburtsdatum",
        "Anschrift",
        "Handy",
        "E-Mail",
        "Notfallkontakt",
        "Notfalltelefon",
        "Brevet-Nr.",
        "Letzter Tauchgang",
        "Geloggte Tauchgänge",
    ),
    "fr": (
        "CENTRE DE PLONGÉE LES MÉROUS - INSCRIPTION",
        "Nom",
        "Prénom",
        "Date de naissance",
        "Adresse",
        "Portable",
        "E-mail",
        "Contact d'urgence",
        "Tél. d'urgence",
        "N° de brevet",
        "Dernière plongée",
        "Plongées",
    ),
    "es": (
        "CENTRO DE BUCEO LAS MEDAS - INSCRIPCIÓN",
        "Apellidos",
        "Nombre",
        "Fecha de nacimiento",
        "Domicilio",
        "Móvil",
        "Correo",
        "Contacto de emergencia",
        "Teléfono de emergencia",
        "N.º de titulación",
        "Última inmersión",
        "Inmersiones",
    ),
    "it": (
        "DIVING CENTER CAPO GALLO - ISCRIZIONE",
        "Cognome",
        "Nome",
        "Data di nascita",
        "Indirizzo",
        "Cellulare",
        "E-mail",
        "Contatto di emergenza",
        "Tel. emergenza",
        "N. brevetto",
        "Ultima immersione",
        "Immersioni",
    ),
    "nl": (
        "DUIKCENTRUM ZEELAND - INSCHRIJVING",
        "Achternaam",
        "Voornaam",
        "Geboortedatum",
        "Adres",
        "Mobiel",
        "E-mail",
        "Contact bij nood",
        "Noodnummer",
        "Brevetnummer",
        "Laatste duik",
        "Gelogde duiken",
    ),
    "pt": (
        "CENTRO DE MERGULHO BERLENGA - INSCRIÇÃO",
        "Apelido",
        "Nome próprio",
        "Data de nascimento",
        "Morada",
        "Telemóvel",
        "E-mail",
        "Contacto de emergência",
        "Telefone de emergência",
        "N.º de certificação",
        "Último mergulho",
        "Mergulhos",
    ),
}


def form(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    given, surname = ctx.person(lang)
    eg, es_ = ctx.person(lang)
    lab = FORM[lang]
    y, m, dd = ctx.dob()
    dob = dob_numeric(lang, y, m, dd, ctx.pick(["", "", "iso"]))
    p1, _ = phone(ctx, lang)
    p2, _ = phone(ctx, lang)
    sur = surname.upper() if ctx.chance(0.4) else surname
    pad = max(len(x) for x in lab[1:]) + 2 + (12 if lang == "en" else 0)
    rows = [
        (lab[1], v("PERSON", sur)),
        (lab[2], v("PERSON", given)),
        (lab[3], v("DATE_OF_BIRTH", dob)),
        (lab[4], v("STREET_ADDRESS", ctx.street(lang)) + ", " + ctx.town(lang)),
        (lab[5], v("PHONE", p1)),
        (lab[6], v("EMAIL", ctx.email(lang, given, surname))),
        (lab[7], v("PERSON", f"{eg} {es_}")),
        (lab[8], v("PHONE", p2)),
        (lab[9], d("cert-no", f"{ctx.pick(['PADI', 'SSI', 'CMAS'])} {ctx.digits(8)}")),
        (lab[10], d("date", f"{ctx.r.randint(1, 28):02d}/{ctx.r.randint(1, 12):02d}/2026")),
        (lab[11], str(ctx.r.randint(12, 480))),
    ]
    if lang == "en" and ctx.chance(0.5):
        rows.insert(4, ("SSN (US residents, DAN cover)", v("US_SSN", ctx.ssn())))
    if ctx.chance(0.5):
        rows[0], rows[1] = rows[1], rows[0]
    sepc = ctx.pick([":", ":", "....", " |"])
    out = [lab[0], "=" * len(lab[0])]
    for k, val in rows:
        out.append(
            f"{k}{sepc}".ljust(pad + 2) + val
            if sepc != "...."
            else (k + " ").ljust(pad + 4, ".") + " " + val
        )
    out.append(
        d(
            "timestamp",
            f"2026-{ctx.r.randint(1, 11):02d}-{ctx.r.randint(1, 28):02d} "
            f"{ctx.r.randint(8, 18):02d}:{ctx.r.randint(0, 59):02d}",
        )
    )
    return "\n".join(out) + "\n", "form"


PROSE = {
    "en": "Job report {job}. Attended {name} at {street}, {town}. Replaced a misted double-glazed "
    "unit in the kitchen (unit serial {serial}). Nobody home, used the key safe (code {code}). "
    "Customer asked for a callback on {phone} before the second visit. Invoice {inv} "
    "follows, {amount}. Fitter: {tech}.",
    "de": "Einsatzbericht {job}. Bei {name}, {street}, {town}. Beschlagene Isolierglasscheibe in "
    "der Küche getauscht (Scheiben-Nr. {serial}). Niemand zu Hause, Schlüsseltresor benutzt "
    "(Code {code}). Kunde bittet um Rückruf unter {phone} vor dem zweiten Termin. "
    "Rechnung {inv} folgt, {amount}. Monteur: {tech}.",
    "fr": "Rapport d'intervention {job}. Chez {name}, {street}, {town}. Remplacement d'un double "
    "vitrage embué dans la cuisine (n° de série {serial}). Personne sur place, boîte à clés "
    "utilisée (code {code}). Le client demande à être rappelé au {phone} avant le second "
    "passage. Facture {inv} à suivre, {amount}. Technicien : {tech}.",
    "es": "Parte de trabajo {job}. En casa de {name}, {street}, {town}. Sustituido un doble "
    "acristalamiento empañado en la cocina (n.º de serie {serial}). No había nadie; se usó "
    "la caja de llaves (código {code}). El cliente pide que le llamen al {phone} antes de la "
    "segunda visita. Factura {inv} pendiente, {amount}. Técnico: {tech}.",
    "it": "Rapporto d'intervento {job}. Presso {name}, {street}, {town}. Sostituita vetrocamera "
    "appannata in cucina (matricola {serial}). Nessuno in casa, usata la cassetta chiavi "
    "(codice {code}). Il cliente chiede di essere richiamato al {phone} prima del secondo "
    "sopralluogo. Fattura {inv} a seguire, {amount}. Tecnico: {tech}.",
    "nl": "Werkbon {job}. Bij {name}, {street}, {town}. Beslagen dubbel glas in de keuken "
    "vervangen (serienummer {serial}). Niemand thuis, sleutelkluis gebruikt (code {code}). "
    "Klant wil teruggebeld worden op {phone} voor het tweede bezoek. Factuur {inv} volgt, "
    "{amount}. Monteur: {tech}.",
    "pt": "Relatório de serviço {job}. Em casa de {name}, {street}, {town}. Substituído um vidro "
    "duplo embaciado na cozinha (n.º de série {serial}). Ninguém em casa, usada a caixa de "
    "chaves (código {code}). O cliente pede que liguem para o {phone} antes da segunda "
    "visita. Fatura {inv} a seguir, {amount}. Técnico: {tech}.",
}


def prose(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    given, surname = ctx.person(lang)
    tg, ts = ctx.person(lang)
    written, _ = phone(ctx, lang)
    vals = {
        "job": d("ticket", f"GL-{ctx.digits(5)}"),
        "name": v("PERSON", f"{given} {surname}"),
        "street": v("STREET_ADDRESS", ctx.street(lang)),
        "town": ctx.town(lang),
        "serial": d("serial", f"{ctx.pick(['SGG', 'AGC', 'PLK'])}{ctx.digits(9)}"),
        "code": v("SECRET", ctx.pin(4) + ctx.pick(["", "", "#", "B"])),
        "phone": v("PHONE", written),
        "inv": d("invoice", f"{2026}-{ctx.digits(5)}"),
        "amount": d(
            "amount",
            f"{ctx.r.randint(180, 990)},{ctx.digits(2)} €"
            if lang != "en"
            else f"£{ctx.r.randint(180, 990)}.{ctx.digits(2)}",
        ),
        "tech": v("PERSON", f"{tg} {ts}" if ctx.chance(0.5) else tg),
    }
    return PROSE[lang].format(**vals) + "\n", "prose"
