"""Free-text templates of set 18: university admissions mails, dental-lab work orders,
ski-school incident reports."""

from __future__ import annotations

from h18_core import Ctx, D, L, card_fmt, group4, mistype_iban

MAIL = {
    "en": (
        "Subject: Application {app} - documents missing",
        "Dear {name},",
        "thank you for applying to the MSc programme. To complete your file we still need "
        "a certified transcript. Please check the details we hold:",
        ("Date of birth", "Home address", "Phone", "E-mail"),
        "For the financial aid review please confirm your SSN: {ssn}",
        "The application fee refund goes to {iban}",
        "Kind regards,\n{officer}\nGraduate Admissions Office",
    ),
    "de": (
        "Betreff: Bewerbung {app} - fehlende Unterlagen",
        "Liebe/r {name},",
        "vielen Dank für Ihre Bewerbung zum Masterstudium. Es fehlt noch das beglaubigte "
        "Zeugnis. Bitte prüfen Sie Ihre Angaben:",
        ("Geburtsdatum", "Heimatanschrift", "Telefon", "E-Mail"),
        "",
        "Die Rückerstattung der Gebühr geht an {iban}",
        "Mit freundlichen Grüßen\n{officer}\nStudierendensekretariat, Zulassung",
    ),
    "fr": (
        "Objet : Candidature {app} - pièces manquantes",
        "Bonjour {name},",
        "merci pour votre candidature en master. Il manque encore le relevé de notes "
        "certifié. Merci de vérifier vos informations :",
        ("Date de naissance", "Adresse", "Téléphone", "Courriel"),
        "",
        "Le remboursement des frais sera versé sur {iban}",
        "Cordialement,\n{officer}\nService des admissions",
    ),
    "es": (
        "Asunto: Solicitud {app} - documentación pendiente",
        "Estimado/a {name}:",
        "gracias por su solicitud de admisión al máster. Falta el expediente académico "
        "compulsado. Revise sus datos:",
        ("Fecha de nacimiento", "Domicilio", "Teléfono", "Correo"),
        "",
        "La devolución de la tasa se hará a {iban}",
        "Un saludo,\n{officer}\nOficina de Admisiones",
    ),
    "it": (
        "Oggetto: Candidatura {app} - documenti mancanti",
        "Gentile {name},",
        "grazie per la candidatura alla laurea magistrale. Manca ancora il certificato "
        "degli esami. Verifichi i dati:",
        ("Data di nascita", "Indirizzo", "Telefono", "E-mail"),
        "",
        "Il rimborso della tassa sarà accreditato su {iban}",
        "Cordiali saluti,\n{officer}\nUfficio Ammissioni",
    ),
    "nl": (
        "Onderwerp: Aanmelding {app} - ontbrekende documenten",
        "Beste {name},",
        "bedankt voor je aanmelding voor de master. We missen nog een gewaarmerkte "
        "cijferlijst. Controleer je gegevens:",
        ("Geboortedatum", "Adres", "Telefoon", "E-mail"),
        "",
        "De terugbetaling van het collegegeld gaat naar {iban}",
        "Met vriendelijke groet,\n{officer}\nAfdeling Toelating",
    ),
    "pt": (
        "Assunto: Candidatura {app} - documentos em falta",
        "Caro/a {name},",
        "obrigado pela candidatura ao mestrado. Falta o certificado de habilitações. "
        "Confirme os seus dados:",
        ("Data de nascimento", "Morada", "Telefone", "E-mail"),
        "",
        "O reembolso da propina será feito para {iban}",
        "Com os melhores cumprimentos,\n{officer}\nServiço de Admissões",
    ),
}
REPLY = {
    "en": "On {d}, Admissions wrote:",
    "de": "Am {d} schrieb die Zulassung:",
    "fr": "Le {d}, le service des admissions a écrit :",
    "es": "El {d}, Admisiones escribió:",
    "it": "Il {d} l'Ufficio Ammissioni ha scritto:",
    "nl": "Op {d} schreef Toelating:",
    "pt": "Em {d}, as Admissões escreveram:",
}
REPLY_TXT = {
    "en": "Hello, the address changed, please use {street}. Thanks, {g}",
    "de": "Hallo, die Adresse hat sich geändert: {street}. Danke, {g}",
    "fr": "Bonjour, nouvelle adresse : {street}. Merci, {g}",
    "es": "Hola, cambié de domicilio: {street}. Gracias, {g}",
    "it": "Salve, nuovo indirizzo: {street}. Grazie, {g}",
    "nl": "Hoi, nieuw adres: {street}. Dank, {g}",
    "pt": "Olá, mudei de morada: {street}. Obrigado, {g}",
}


def admissions_mail(c: Ctx) -> tuple[str, str, bool]:
    lang, r = c.lang, c.rng
    subj, hello, body, labels, ssn_l, iban_l, bye = MAIL[lang]
    g, s, officer = c.given(), c.surname(), f"{c.given()} {c.surname()}"
    mail = c.email(g, s)
    lines = [
        subj.format(app=D("application-id", f"APP-2027-{c.num(6)}")),
        "",
        hello.format(name=L("PERSON", f"{g} {s}")),
        "",
        body,
        "",
    ]
    ph, _ = c.phone()
    vals = [
        L("DATE_OF_BIRTH", c.dob(lo=1990, hi=2004)),
        f"{L('STREET_ADDRESS', c.street())}, {c.town()}",
        L("PHONE", ph),
        L("EMAIL", mail),
    ]
    lines += [f"  {lab}: {v}" for lab, v in zip(labels, vals, strict=True)]
    lines.append(f"  ID: {D('student-id', c.num(8))}")
    lines.append("")
    if lang == "en" and r.random() < 0.5:
        lines += [ssn_l.format(ssn=L("US_SSN", c.ssn())), ""]
    if r.random() < 0.6:
        iban = c.iban()
        shown = group4(iban) if r.random() < 0.7 else iban
        if " " in shown and r.random() < 0.25:
            cut = shown.find(" ", 12)
            shown = shown[:cut] + "\n" + shown[cut + 1 :]
        lines += [iban_l.format(iban=L("IBAN", shown)), ""]
    lines.append(bye.format(officer=L("PERSON", officer)))
    text = "\n".join(lines)
    if r.random() < 0.25:
        quoted = "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
        head = REPLY_TXT[lang].format(street=L("STREET_ADDRESS", c.street()), g=L("PERSON", g))
        text = f"{head}\n\n{REPLY[lang].format(d=D('date', c.ts('de')[:10]))}\n{quoted}"
    return "email", text + "\n", r.random() < 0.2


FORM = {
    "en": (
        "DENTAL LAB WORK ORDER",
        "Practice",
        "Dentist",
        "Patient",
        "Date of birth",
        "Patient address",
        "Practice phone",
        "Practice e-mail",
        "Job no.",
        "Shade",
        "Work",
        "porcelain-fused-to-metal crown",
        "Lab portal password",
        "Delivery by",
    ),
    "de": (
        "LABORAUFTRAG ZAHNTECHNIK",
        "Praxis",
        "Zahnarzt",
        "Patient",
        "Geburtsdatum",
        "Anschrift Patient",
        "Telefon Praxis",
        "E-Mail Praxis",
        "Auftrags-Nr.",
        "Farbe",
        "Arbeit",
        "VMK-Krone",
        "Passwort Laborportal",
        "Liefertermin",
    ),
    "fr": (
        "BON DE COMMANDE PROTHÈSE",
        "Cabinet",
        "Chirurgien-dentiste",
        "Patient",
        "Date de naissance",
        "Adresse patient",
        "Tél. cabinet",
        "Courriel cabinet",
        "N° de travail",
        "Teinte",
        "Travail",
        "couronne céramo-métallique",
        "Mot de passe portail labo",
        "Livraison le",
    ),
    "es": (
        "ORDEN DE TRABAJO LABORATORIO DENTAL",
        "Clínica",
        "Odontólogo",
        "Paciente",
        "Fecha de nacimiento",
        "Domicilio paciente",
        "Tel. clínica",
        "Correo clínica",
        "N.º de trabajo",
        "Color",
        "Trabajo",
        "corona metal-cerámica",
        "Contraseña portal laboratorio",
        "Entrega",
    ),
    "it": (
        "SCHEDA DI LAVORAZIONE LABORATORIO ODONTOTECNICO",
        "Studio",
        "Odontoiatra",
        "Paziente",
        "Data di nascita",
        "Indirizzo paziente",
        "Tel. studio",
        "E-mail studio",
        "N. lavoro",
        "Colore",
        "Lavoro",
        "corona in metallo-ceramica",
        "Password portale laboratorio",
        "Consegna",
    ),
    "nl": (
        "WERKBON TANDTECHNISCH LAB",
        "Praktijk",
        "Tandarts",
        "Patiënt",
        "Geboortedatum",
        "Adres patiënt",
        "Tel. praktijk",
        "E-mail praktijk",
        "Werkbonnr.",
        "Kleur",
        "Werk",
        "metaal-keramische kroon",
        "Wachtwoord labportaal",
        "Levering",
    ),
    "pt": (
        "ORDEM DE TRABALHO LABORATÓRIO DENTÁRIO",
        "Clínica",
        "Médico dentista",
        "Paciente",
        "Data de nascimento",
        "Morada do paciente",
        "Tel. clínica",
        "E-mail clínica",
        "N.º do trabalho",
        "Cor",
        "Trabalho",
        "coroa metalo-cerâmica",
        "Palavra-passe portal laboratório",
        "Entrega",
    ),
}


def dental_lab_form(c: Ctx) -> tuple[str, str, bool]:
    lang, r = c.lang, c.rng
    f = FORM[lang]
    dg, ds, pg, ps = c.given(), c.surname(), c.given(), c.surname()
    pat = f"{ps.upper()}, {pg}" if r.random() < 0.4 else f"{pg} {ps}"
    ph, _ = c.phone(c.pick(["nat", "intl"]))
    rows = [
        (f[1], f"Praxis {ds}" if lang == "de" else f"{ds} Dental"),
        (f[2], L("PERSON", f"{dg} {ds}")),
        (f[3], L("PERSON", pat)),
        (f[4], L("DATE_OF_BIRTH", c.dob())),
        (f[5], f"{L('STREET_ADDRESS', c.street())}, {c.town()}"),
        (f[6], L("PHONE", ph)),
        (f[7], L("EMAIL", c.email(dg, ds))),
        (f[8], D("job-no", f"{c.num(5)}/{r.randint(1, 9)}")),
        (f[9], "A2" if r.random() < 0.5 else "B1"),
        (f[10], f"{f[11]} 36, 37"),
        (f[13], D("date", c.ts("de")[:10])),
    ]
    if r.random() < 0.35:
        rows.append((f[12], L("SECRET", c.password())))
    if r.random() < 0.3:
        iban = c.iban()
        if r.random() < 0.3:
            rows.append(("IBAN", D("iban-invalid", group4(mistype_iban(r, iban)))))
        rows.append(("IBAN", L("IBAN", group4(iban))))
    if r.random() < 0.2:
        rows.append(
            (
                "Visa/MC",
                L(
                    "CREDIT_CARD",
                    card_fmt(c.card(c.pick(["visa", "mc"])), c.pick(["space", "dash"])),
                ),
            )
        )
    sep = r.choice([": ", " ....... ", " | ", ":  "])
    body = "\n".join(f"{k}{sep}{v}" for k, v in rows)
    return "form", f"{f[0]}\n{'=' * len(f[0])}\n{body}\n", r.random() < 0.2


REPORT = {
    "en": (
        "Incident report, {day}. During the afternoon lesson {kid} (born {dob}) fell on "
        "the blue run near the T-bar. Instructor {inst} stayed with the child until the "
        "ski patrol arrived. We rang the mother, {parent}, on {phone}; she is staying at "
        "{street} and will collect the boots. Insurance claim {claim}. Ski pass {pass_} "
        "was left in locker {locker}, code {code}."
    ),
    "de": (
        "Unfallbericht, {day}. Im Nachmittagskurs ist {kid} (geb. {dob}) auf der blauen "
        "Piste am Schlepplift gestürzt. Skilehrer {inst} blieb bei dem Kind, bis die "
        "Pistenrettung kam. Wir haben die Mutter, {parent}, unter {phone} erreicht; sie "
        "wohnt in der {street} und holt die Schuhe ab. Schadensnummer {claim}. Skipass "
        "{pass_} liegt im Schließfach {locker}, Code {code}."
    ),
    "fr": (
        "Rapport d'incident, {day}. Pendant le cours de l'après-midi, {kid} (né le {dob}) "
        "est tombé sur la piste bleue près du téléski. Le moniteur {inst} est resté avec "
        "l'enfant jusqu'à l'arrivée des pisteurs. Nous avons appelé la mère, {parent}, au "
        "{phone} ; elle loge au {street} et récupérera les chaussures. Sinistre {claim}. "
        "Forfait {pass_} laissé au casier {locker}, code {code}."
    ),
    "es": (
        "Parte de incidente, {day}. En la clase de la tarde {kid} (nacido el {dob}) se "
        "cayó en la pista azul junto al telearrastre. El monitor {inst} se quedó con el "
        "niño hasta que llegaron los pisteros. Llamamos a la madre, {parent}, al {phone}; "
        "se aloja en {street} y recogerá las botas. Parte de seguro {claim}. El forfait "
        "{pass_} quedó en la taquilla {locker}, código {code}."
    ),
    "it": (
        "Rapporto incidente, {day}. Durante la lezione pomeridiana {kid} (nato il {dob}) è "
        "caduto sulla pista blu vicino allo skilift. Il maestro {inst} è rimasto con il "
        "bambino fino all'arrivo del soccorso piste. Abbiamo chiamato la madre, {parent}, "
        "al {phone}; alloggia in {street} e ritirerà gli scarponi. Sinistro {claim}. "
        "Skipass {pass_} nell'armadietto {locker}, codice {code}."
    ),
    "nl": (
        "Incidentrapport, {day}. Tijdens de middagles is {kid} (geboren op {dob}) gevallen "
        "op de blauwe piste bij de sleeplift. Skileraar {inst} bleef bij het kind tot de "
        "pistehulp kwam. We belden de moeder, {parent}, op {phone}; zij logeert aan de "
        "{street} en haalt de schoenen op. Schadenummer {claim}. Skipas {pass_} ligt in "
        "kluisje {locker}, code {code}."
    ),
    "pt": (
        "Relatório de incidente, {day}. Na aula da tarde {kid} (nascido a {dob}) caiu na "
        "pista azul junto ao teleski. O monitor {inst} ficou com a criança até chegar a "
        "patrulha. Ligámos à mãe, {parent}, para o {phone}; está alojada na {street} e vai "
        "buscar as botas. Sinistro {claim}. O passe {pass_} ficou no cacifo {locker}, "
        "código {code}."
    ),
}


def ski_report(c: Ctx) -> tuple[str, str, bool]:
    kid, inst, pg, s = c.given(), c.given(), c.given(), c.surname()
    ph, _ = c.phone()
    text = REPORT[c.lang].format(
        day=D("date", c.ts("de")[:10]),
        kid=L("PERSON", f"{kid} {s}"),
        dob=L("DATE_OF_BIRTH", c.dob(c.pick(["num", "words"]), 2010, 2020)),
        inst=L("PERSON", inst),
        parent=L("PERSON", f"{pg} {s}"),
        phone=L("PHONE", ph),
        street=L("STREET_ADDRESS", c.street()),
        claim=D("claim", f"CLM-{c.num(7)}"),
        pass_=D("ski-pass", c.num(12)),
        locker=c.rng.randint(10, 240),
        code=L("SECRET", c.code()),
    )
    return "prose", text + "\n", False
