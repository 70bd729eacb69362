"""Set 16 templates, free text: mortgage-broker mail, pawnbroker pledge tickets,
tradesperson job reports."""

from __future__ import annotations

from h16_core import Ctx, wrap_value

T = "\u2045{}|{}\u2046"


def m(typ: str, v: str) -> str:
    return T.format(typ, v)


def d(note: str, v: str) -> str:
    return T.format("~" + note, v)


MAIL = {
    "en": (
        "Documents for your mortgage application",
        "Dear",
        "please send the items below.",
        "Applicant",
        "Date of birth",
        "Current address",
        "Salary account",
        "Kind regards",
        "SSN (for the credit pull)",
    ),
    "de": (
        "Unterlagen für Ihre Baufinanzierung",
        "Hallo",
        "bitte senden Sie uns Folgendes.",
        "Antragsteller",
        "Geburtsdatum",
        "Aktuelle Anschrift",
        "Gehaltskonto",
        "Viele Grüße",
        "",
    ),
    "fr": (
        "Pièces pour votre prêt immobilier",
        "Bonjour",
        "merci de nous envoyer ceci.",
        "Emprunteur",
        "Date de naissance",
        "Adresse actuelle",
        "Compte salaire",
        "Cordialement",
        "",
    ),
    "es": (
        "Documentación para su hipoteca",
        "Hola",
        "por favor envíenos lo siguiente.",
        "Solicitante",
        "Fecha de nacimiento",
        "Domicilio actual",
        "Cuenta nómina",
        "Un saludo",
        "",
    ),
    "it": (
        "Documenti per il mutuo",
        "Gentile",
        "la preghiamo di inviarci quanto segue.",
        "Richiedente",
        "Data di nascita",
        "Indirizzo attuale",
        "Conto stipendio",
        "Cordiali saluti",
        "",
    ),
    "nl": (
        "Stukken voor uw hypotheekaanvraag",
        "Beste",
        "stuur ons graag het volgende.",
        "Aanvrager",
        "Geboortedatum",
        "Huidig adres",
        "Salarisrekening",
        "Met vriendelijke groet",
        "",
    ),
    "pt": (
        "Documentos para o crédito habitação",
        "Olá",
        "envie-nos por favor o seguinte.",
        "Proponente",
        "Data de nascimento",
        "Morada atual",
        "Conta ordenado",
        "Com os melhores cumprimentos",
        "",
    ),
}


def mortgage_email(c: Ctx, lang: str) -> tuple[str, str]:
    subj, hello, ask, appl, dob, addr, acct, bye, ssn = MAIL[lang]
    g, s = c.given(lang), c.surname(lang)
    bg, bs = c.given(lang), c.surname(lang)
    bmail, cmail = c.email(bg, bs), c.email(g, s)
    iban = c.iban(lang, grouped=True)
    body = [
        f"From: {m('PERSON', bg + ' ' + bs)} <{m('EMAIL', bmail)}>",
        f"To: {m('EMAIL', cmail)}",
        f"Date: {d('timestamp', c.stamp(False))}",
        f"Subject: {subj} {d('order', 'MTG-' + c.digits(7))}",
        "",
        f"{hello} {m('PERSON', g)},",
        ask,
        "",
        f"{appl}: {m('PERSON', (s.upper() + ', ' + g) if c.chance(0.25) else g + ' ' + s)}",
        f"{dob}: {m('DATE_OF_BIRTH', c.dob(lang))}",
        f"{addr}: {m('STREET_ADDRESS', c.street(lang))}, {c.town(lang)}",
        f"{acct}: {m('IBAN', wrap_value(iban) if c.chance(0.15) else iban)}",
        f"Loan: {d('amount', c.amount())}k, rate {d('version', '3.' + c.digits(2))}%",
    ]
    if lang == "en" and c.chance(0.5):
        body.append(f"{ssn}: {m('US_SSN', c.ssn())}")
    body += ["", bye, m("PERSON", bg + " " + bs), f"Tel. {m('PHONE', c.phone(lang, 'intl'))}"]
    if c.chance(0.25):
        body = [f"{m('PERSON', g)} wrote:", ""] + ["> " + x if x else ">" for x in body]
        body = ["OK, " + m("PHONE", c.phone(lang)), "", *body]
    return "email", "\n".join(body)


PAWN = {
    "en": ("PLEDGE TICKET", "Pledgor", "Born", "Address", "Phone", "Item", "Loan", "Ticket no."),
    "de": (
        "PFANDSCHEIN",
        "Verpfänder",
        "Geb.",
        "Anschrift",
        "Telefon",
        "Pfand",
        "Darlehen",
        "Pfandschein-Nr.",
    ),
    "fr": (
        "RECONNAISSANCE DE GAGE",
        "Emprunteur",
        "Né le",
        "Adresse",
        "Tél.",
        "Objet",
        "Prêt",
        "N° de gage",
    ),
    "es": (
        "PAPELETA DE EMPEÑO",
        "Pignorante",
        "Fecha de nacimiento",
        "Domicilio",
        "Teléfono",
        "Prenda",
        "Préstamo",
        "Papeleta n.º",
    ),
    "it": (
        "POLIZZA DI PEGNO",
        "Impegnante",
        "Nato il",
        "Residenza",
        "Telefono",
        "Oggetto",
        "Prestito",
        "Polizza n.",
    ),
    "nl": (
        "PANDBEWIJS",
        "Pandgever",
        "Geboortedatum",
        "Adres",
        "Telefoon",
        "Voorwerp",
        "Lening",
        "Pandbewijs nr.",
    ),
    "pt": (
        "CAUTELA DE PENHOR",
        "Mutuário",
        "Data de nascimento",
        "Morada",
        "Telefone",
        "Objeto",
        "Empréstimo",
        "Cautela n.º",
    ),
}


def pawn_form(c: Ctx, lang: str) -> tuple[str, str]:
    title, who, born, addr, tel, item, loan, no = PAWN[lang]
    g, s = c.given(lang), c.surname(lang)
    name = f"{s.upper()}, {g}" if c.chance(0.4) else f"{g} {s.upper() if c.chance(0.2) else s}"
    L = [
        title,
        f"{no} {d('ticket', c.uniq(lambda: c.digits(8)))}    {c.later_date(lang)}",
        f"{who}: {m('PERSON', name)}",
        f"{born}: {m('DATE_OF_BIRTH', c.dob(lang))}",
        f"ID: {d('passport-no', c.uniq(lambda: c.pick(['C', 'X', 'Y']) + c.digits(8)))}",
        f"{addr}: {m('STREET_ADDRESS', c.street(lang))}, {c.town(lang)}",
        f"{tel}: {m('PHONE', c.phone(lang))}",
        f"{item}: 18ct ring, serial {d('serial', c.uniq(lambda: 'RX' + c.digits(9)))}",
        f"{loan}: {d('amount', c.amount())} / 6 mo.",
    ]
    if lang == "en" and c.chance(0.4):
        L.insert(4, f"SSN: {m('US_SSN', c.ssn(c.pick(['-', ' '])))}")
    return "form", "\n".join(L)


JOB = {
    "en": (
        "Job report {j}. Attended {n} at {a} to replace the leaking valve. Customer "
        "{g} let us in; key safe code {k}. Invoice {i} to follow, callback {p}."
    ),
    "de": (
        "Einsatzbericht {j}. Bei {n}, {a}, Ventil getauscht. Kundin {g} hat geöffnet; "
        "Schlüsseltresor-Code {k}. Rechnung {i} folgt, Rückruf {p}."
    ),
    "fr": (
        "Rapport d'intervention {j}. Chez {n}, {a}, remplacement du robinet. {g} nous a "
        "ouvert ; code de la boîte à clés {k}. Facture {i} à suivre, rappeler au {p}."
    ),
    "es": (
        "Parte de trabajo {j}. En casa de {n}, {a}, cambio de válvula. Nos abrió {g}; "
        "código del cajetín {k}. Factura {i} pendiente, llamar al {p}."
    ),
    "it": (
        "Rapporto intervento {j}. Da {n}, {a}, sostituita la valvola. Ci ha aperto {g}; "
        "codice cassetta chiavi {k}. Fattura {i} a seguire, richiamare al {p}."
    ),
    "nl": (
        "Werkbon {j}. Bij {n}, {a}, kraan vervangen. {g} deed open; code sleutelkluis "
        "{k}. Factuur {i} volgt, terugbellen op {p}."
    ),
    "pt": (
        "Relatório de serviço {j}. Em casa de {n}, {a}, troca da válvula. Abriu-nos {g}; "
        "código do cofre de chaves {k}. Fatura {i} a seguir, ligar para {p}."
    ),
}


def trade_prose(c: Ctx, lang: str) -> tuple[str, str]:
    g, s = c.given(lang), c.surname(lang)
    text = JOB[lang].format(
        j=d("order", "WO-" + c.uniq(lambda: c.digits(6))),
        n=m("PERSON", f"{g} {s}"),
        a=m("STREET_ADDRESS", c.street(lang)),
        g=m("PERSON", g),
        k=m("SECRET", c.pin(4)),
        i=d("invoice", c.uniq(lambda: "INV" + c.digits(7))),
        p=m("PHONE", c.phone(lang, c.pick(["nat", "run"]))),
    )
    extra = f"\nBoiler serial {d('serial', c.uniq(lambda: c.digits(4) + '-' + c.digits(6)))}."
    if c.chance(0.4):
        tg, ts_ = c.given(lang), c.surname(lang)
        extra += f" Tech: {m('PERSON', tg)} ({m('EMAIL', c.email(tg, ts_))})."
    return "prose", text + extra


TEMPLATES = {
    "mortgage": mortgage_email,
    "pawn": pawn_form,
    "jobrep": trade_prose,
}
