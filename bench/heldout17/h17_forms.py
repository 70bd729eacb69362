"""Templates: roofing-contractor quote mails, tennis-club membership forms, lift service reports."""

from __future__ import annotations

from h17_core import Ctx, Doc, wrap_iban
from h17_pools import amount, dob, email, person, phone, plain_date, street, town

MAIL = {
    "en": (
        "Subject: Your roof repair quote",
        "Dear",
        "thank you for letting us inspect the roof at",
        "Quote no.",
        "total incl. VAT",
        "For the deposit please use our account; if you prefer direct debit, confirm your IBAN:",
        "Our surveyor can be reached on",
        "Kind regards,",
        "> On",
        "wrote:",
        "Yes please, my IBAN is",
    ),
    "de": (
        "Betreff: Ihr Angebot Dachsanierung",
        "Sehr geehrte/r",
        "vielen Dank für die Besichtigung des Daches in der",
        "Angebot Nr.",
        "gesamt inkl. MwSt.",
        "Für die Abschlagszahlung per Lastschrift bestätigen Sie bitte Ihre IBAN:",
        "Unser Gutachter ist erreichbar unter",
        "Mit freundlichen Grüßen",
        "> Am",
        "schrieb:",
        "Gerne, meine IBAN lautet",
    ),
    "fr": (
        "Objet : Votre devis de toiture",
        "Bonjour",
        "merci de nous avoir laissés inspecter la toiture au",
        "Devis n°",
        "total TTC",
        "Pour l'acompte par prélèvement, merci de confirmer votre IBAN :",
        "Notre couvreur est joignable au",
        "Cordialement,",
        "> Le",
        "a écrit :",
        "Oui, mon IBAN est",
    ),
    "es": (
        "Asunto: Su presupuesto de tejado",
        "Estimado/a",
        "gracias por dejarnos revisar el tejado en",
        "Presupuesto n.º",
        "total IVA incl.",
        "Para la señal por domiciliación, confirme su IBAN:",
        "Nuestro técnico está en el",
        "Saludos cordiales,",
        "> El",
        "escribió:",
        "Sí, mi IBAN es",
    ),
    "it": (
        "Oggetto: Preventivo rifacimento tetto",
        "Gentile",
        "grazie per averci fatto ispezionare il tetto in",
        "Preventivo n.",
        "totale IVA inclusa",
        "Per l'acconto con addebito diretto confermi il suo IBAN:",
        "Il nostro tecnico risponde al",
        "Cordiali saluti,",
        "> Il",
        "ha scritto:",
        "Sì, il mio IBAN è",
    ),
    "nl": (
        "Onderwerp: Uw offerte dakrenovatie",
        "Beste",
        "bedankt dat we het dak aan de",
        "Offerte nr.",
        "totaal incl. btw",
        "Voor de aanbetaling via incasso, bevestig uw IBAN:",
        "Onze dakdekker is bereikbaar op",
        "Met vriendelijke groet,",
        "> Op",
        "schreef:",
        "Ja graag, mijn IBAN is",
    ),
    "pt": (
        "Assunto: O seu orçamento de telhado",
        "Caro/a",
        "obrigado por nos deixar inspecionar o telhado na",
        "Orçamento n.º",
        "total c/ IVA",
        "Para o sinal por débito direto, confirme o seu IBAN:",
        "O nosso técnico atende no",
        "Com os melhores cumprimentos,",
        "> Em",
        "escreveu:",
        "Sim, o meu IBAN é",
    ),
}


def mail(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    p = MAIL[lang]
    doc = Doc(crlf=c.chance(0.15))
    g, s = person(c, lang)
    rg, rs = person(c, lang)
    cust = email(c, lang, g, s)
    reply = c.chance(0.25)
    q = "> " if reply else ""
    if reply:
        doc.t(f"{p[10]} ")
        raw, grouped = c.iban(lang)
        doc.v("IBAN", grouped).t(f"\n{g}\n\n{p[8]} {plain_date(c)} ").v("PERSON", f"{rg} {rs}")
        doc.t(f" {p[9]}\n")
    doc.t(f"{q}{p[0]}\n{q}To: ").v("EMAIL", cust).t(f"\n{q}\n{q}{p[1]} ").v("PERSON", f"{g} {s}")
    doc.t(f",\n{q}{p[2]} ").v("STREET_ADDRESS", street(c, lang)).t(", " + town(c, lang) + ".\n")
    doc.t(f"{q}{p[3]} ").d("quote", f"Q-{c.r.randint(2024, 2026)}-{c.digits(4)}")
    doc.t(f", {p[4]} ").d("amount", amount(c, lang)).t(".\n")
    if not reply:
        doc.t(f"{q}{p[5]}\n{q}")
        raw, grouped = c.iban(lang)
        if c.chance(0.2):
            doc.v("IBAN", wrap_iban(grouped, c.r.randint(2, 4)))
        elif c.chance(0.2):
            doc.v("IBAN", raw)
        else:
            doc.v("IBAN", grouped)
        doc.t("\n")
    if lang == "en" and c.chance(0.3):
        doc.t(f"{q}For the finance option we also need the SSN of the account holder.\n")
    doc.t(f"{q}{p[6]} ").v("PHONE", phone(c, lang)).t(f".\n{q}\n{q}{p[7]}\n{q}")
    doc.v("PERSON", f"{rg} {rs}").t(f"\n{q}")
    doc.v("PHONE", phone(c, lang, "intl")).t(" | ").v("EMAIL", email(c, lang, rg, rs)).t("\n")
    return "email", doc


FORM = {
    "en": (
        "RIVERSIDE LAWN TENNIS CLUB - MEMBERSHIP APPLICATION",
        "Surname",
        "Given name(s)",
        "Date of birth",
        "Address",
        "Mobile",
        "E-mail",
        "Membership no.",
        "Annual fee",
        "Bank account (IBAN) for direct debit",
        "Proposed by",
        "Social Security No. (US members)",
    ),
    "de": (
        "TC BLAU-WEISS - AUFNAHMEANTRAG",
        "Name",
        "Vorname",
        "Geburtsdatum",
        "Anschrift",
        "Handy",
        "E-Mail",
        "Mitgliedsnr.",
        "Jahresbeitrag",
        "IBAN (SEPA-Lastschrift)",
        "Geworben von",
        "",
    ),
    "fr": (
        "TENNIS CLUB DES BORDS DE LOIRE - BULLETIN D'ADHÉSION",
        "Nom",
        "Prénom",
        "Date de naissance",
        "Adresse",
        "Portable",
        "Courriel",
        "N° d'adhérent",
        "Cotisation",
        "IBAN (prélèvement)",
        "Parrain",
        "",
    ),
    "es": (
        "CLUB DE TENIS LA ALAMEDA - SOLICITUD DE ALTA",
        "Apellidos",
        "Nombre",
        "Fecha de nacimiento",
        "Domicilio",
        "Móvil",
        "Correo",
        "N.º de socio",
        "Cuota anual",
        "IBAN para domiciliación",
        "Avalado por",
        "",
    ),
    "it": (
        "CIRCOLO TENNIS VILLA BIANCA - DOMANDA DI ISCRIZIONE",
        "Cognome",
        "Nome",
        "Data di nascita",
        "Indirizzo",
        "Cellulare",
        "E-mail",
        "N. tessera",
        "Quota annuale",
        "IBAN per addebito",
        "Presentato da",
        "",
    ),
    "nl": (
        "TENNISVERENIGING DE LINDEN - AANMELDFORMULIER",
        "Achternaam",
        "Voornaam",
        "Geboortedatum",
        "Adres",
        "Mobiel",
        "E-mail",
        "Lidnummer",
        "Contributie",
        "IBAN (incasso)",
        "Voorgedragen door",
        "",
    ),
    "pt": (
        "CLUBE DE TÉNIS DO RESTELO - PROPOSTA DE SÓCIO",
        "Apelido",
        "Nome",
        "Data de nascimento",
        "Morada",
        "Telemóvel",
        "E-mail",
        "N.º de sócio",
        "Quota anual",
        "IBAN para débito direto",
        "Proposto por",
        "",
    ),
}


def form(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    p = FORM[lang]
    doc = Doc(crlf=c.chance(0.1))
    g, s = person(c, lang)
    pad = 26
    doc.t(p[0] + "\n\n")

    def row(label: str) -> None:
        doc.t(f"{label + ':':<{pad}}")

    row(p[1])
    doc.v("PERSON", s.upper() if c.chance(0.4) else s).t("\n")
    row(p[2])
    doc.v("PERSON", g).t("\n")
    row(p[3])
    doc.v("DATE_OF_BIRTH", dob(c, lang)).t("\n")
    row(p[4])
    doc.v("STREET_ADDRESS", street(c, lang)).t("\n" + " " * pad + town(c, lang) + "\n")
    row(p[5])
    doc.v("PHONE", phone(c, lang)).t("\n")
    row(p[6])
    doc.v("EMAIL", email(c, lang, g, s)).t("\n")
    if lang == "en" and c.chance(0.35):
        row(p[11])
        doc.v("US_SSN", c.ssn(c.pick(["-", " "]))).t("\n")
    row(p[7])
    doc.d("member-no", f"{c.r.randint(1990, 2026)}/{c.digits(4)}").t("\n")
    row(p[8])
    doc.d("amount", amount(c, lang)).t("\n")
    row(p[9])
    raw, grouped = c.iban(lang)
    if c.chance(0.15):
        doc.d("iban-invalid", c.iban_mistyped(raw)).t(" / ")
    doc.v("IBAN", grouped).t("\n")
    row(p[10])
    pg, ps = person(c, lang)
    doc.v("PERSON", f"{ps.upper()}, {pg}" if c.chance(0.4) else f"{pg} {ps}").t("\n")
    doc.t(f"\n{plain_date(c)}   ____________________\n")
    return "form", doc


PROSE = {
    "en": (
        "Service visit to the passenger lift at",
        "Called out by the caretaker",
        "on",
        "Door operator fault cleared; landing door rollers replaced on floor 3.",
        "Machine-room key safe code is",
        "Controller firmware",
        "Technician:",
        "Next inspection due",
        "Caretaker's mobile:",
    ),
    "de": (
        "Wartungseinsatz am Personenaufzug in der",
        "Gerufen von Hausmeister",
        "unter",
        "Türantrieb neu eingestellt, Rollen der Schachttür im 3. OG getauscht.",
        "Code des Schlüsseltresors am Maschinenraum:",
        "Firmware der Steuerung",
        "Monteur:",
        "Nächste Prüfung fällig am",
        "Handy Hausmeister:",
    ),
    "fr": (
        "Intervention sur l'ascenseur au",
        "Appel du gardien",
        "au",
        "Défaut d'opérateur de porte levé, galets remplacés au 3e étage.",
        "Code de la boîte à clés du local machinerie :",
        "Firmware de l'armoire",
        "Technicien :",
        "Prochain contrôle le",
        "Portable du gardien :",
    ),
    "es": (
        "Visita de mantenimiento al ascensor de",
        "Aviso del conserje",
        "al",
        "Avería del operador de puertas resuelta; rodillos cambiados en la planta 3.",
        "Código del cajetín de llaves del cuarto de máquinas:",
        "Firmware del cuadro",
        "Técnico:",
        "Próxima inspección",
        "Móvil del conserje:",
    ),
    "it": (
        "Intervento sull'ascensore in",
        "Chiamata del portiere",
        "al",
        "Guasto all'operatore porte risolto, rulli sostituiti al 3° piano.",
        "Codice della cassetta chiavi del locale macchine:",
        "Firmware del quadro",
        "Tecnico:",
        "Prossima verifica",
        "Cellulare del portiere:",
    ),
    "nl": (
        "Onderhoudsbezoek aan de personenlift aan de",
        "Gebeld door beheerder",
        "op",
        "Storing deuraandrijving verholpen, rollen schachtdeur 3e verdieping vervangen.",
        "Code sleutelkluis machinekamer:",
        "Firmware besturing",
        "Monteur:",
        "Volgende keuring",
        "Mobiel beheerder:",
    ),
    "pt": (
        "Visita de manutenção ao elevador na",
        "Chamada do porteiro",
        "pelo",
        "Avaria do operador de portas resolvida; roletes trocados no 3.º piso.",
        "Código do cofre de chaves da casa das máquinas:",
        "Firmware do quadro",
        "Técnico:",
        "Próxima inspeção",
        "Telemóvel do porteiro:",
    ),
}


def prose(c: Ctx, lang: str, i: int) -> tuple[str, Doc]:
    p = PROSE[lang]
    doc = Doc(crlf=c.chance(0.1))
    g, s = person(c, lang)
    doc.t(p[0] + " ").v("STREET_ADDRESS", street(c, lang)).t(", " + town(c, lang) + ". ")
    doc.t(p[1] + " ").v("PERSON", f"{g} {s}").t(f" {p[2]} ").d("date", plain_date(c)).t(". ")
    doc.t(p[3] + " " + p[4] + " ").v("SECRET", c.pin(c.pick([4, 5]))).t(". ")
    doc.t(p[5] + " ").d("version", f"v{c.r.randint(2, 9)}.{c.r.randint(0, 19)}.{c.r.randint(0, 9)}")
    doc.t(", serial ").d("serial", f"EL{c.digits(8)}").t(". ")
    doc.t(p[8] + " ").v("PHONE", phone(c, lang)).t(". ")
    doc.t(p[7] + " ").d("date", plain_date(c)).t(".\n")
    tg, ts = person(c, lang)
    doc.t(p[6] + " ").v("PERSON", tg if c.chance(0.4) else f"{tg} {ts}").t("\n")
    return "prose", doc
