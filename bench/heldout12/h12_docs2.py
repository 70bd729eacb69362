# ruff: noqa: E501
"""Templates of documents, continued: property-portal enquiry mail, school report cards.

Each returns markup (see ``h12_core``) and its kind; wording per language is data.
"""

from __future__ import annotations

from h12_core import Ctx, D, V, ssn
from h12_pools import dob, email, other_date, person, phone, street, town

LISTING = {
    "en": (
        "New enquiry for your listing",
        "Listing",
        "Name",
        "E-mail",
        "Phone",
        "Message",
        "Hello, I'd love to view the flat. I currently live at {st} and could move in from {date}. Monthly net income {inc}. Born {dob}, no pets. Best reached on {tel2} after 5pm.",
        "Reply directly to this e-mail to contact the enquirer.",
    ),
    "de": (
        "Neue Anfrage zu Ihrem Inserat",
        "Objekt-ID",
        "Name",
        "E-Mail",
        "Telefon",
        "Nachricht",
        "Guten Tag, ich interessiere mich sehr für die Wohnung. Derzeit wohne ich in der {st} und könnte ab {date} einziehen. Nettoeinkommen {inc}, Geburtsdatum {dob}, Nichtraucher. Tagsüber erreichbar unter {tel2}.",
        "Antworten Sie direkt auf diese E-Mail, um den Interessenten zu kontaktieren.",
    ),
    "fr": (
        "Nouveau contact pour votre annonce",
        "Réf. annonce",
        "Nom",
        "E-mail",
        "Téléphone",
        "Message",
        "Bonjour, je suis intéressée par l'appartement. J'habite actuellement {st} et je serais disponible à partir du {date}. Revenus nets {inc}, née le {dob}. Joignable au {tel2} après 18h.",
        "Répondez directement à cet e-mail pour contacter l'auteur de la demande.",
    ),
    "es": (
        "Nuevo contacto por tu anuncio",
        "Referencia",
        "Nombre",
        "Email",
        "Teléfono",
        "Mensaje",
        "Hola, me interesa mucho el piso. Vivo ahora en {st} y podría entrar a partir del {date}. Ingresos netos {inc}, fecha de nacimiento {dob}. Mejor al {tel2} por las tardes.",
        "Responde a este correo para contactar con el interesado.",
    ),
    "it": (
        "Nuova richiesta per il tuo annuncio",
        "Rif. annuncio",
        "Nome",
        "Email",
        "Telefono",
        "Messaggio",
        "Buongiorno, sono interessato all'appartamento. Abito in {st} e potrei entrare dal {date}. Reddito netto {inc}, nato il {dob}. Meglio al {tel2} dopo le 18.",
        "Rispondi a questa email per contattare l'utente.",
    ),
    "nl": (
        "Nieuwe reactie op je woning",
        "Advertentie",
        "Naam",
        "E-mail",
        "Telefoon",
        "Bericht",
        "Hallo, ik heb interesse in de woning. Ik woon nu op {st} en kan per {date} verhuizen. Netto inkomen {inc}, geboortedatum {dob}. Bereikbaar op {tel2} na 17 uur.",
        "Beantwoord deze e-mail om contact op te nemen.",
    ),
    "pt": (
        "Novo contacto para o seu anúncio",
        "Ref. anúncio",
        "Nome",
        "Email",
        "Telefone",
        "Mensagem",
        "Olá, tenho interesse no apartamento. Moro na {st} e posso mudar a partir de {date}. Rendimento líquido {inc}, data de nascimento {dob}. Contacto preferencial {tel2} depois das 18h.",
        "Responda a este email para contactar o interessado.",
    ),
}


def listing(c: Ctx, lang: str) -> tuple[str, str]:
    """A property portal's enquiry notification e-mail forwarded to the landlord."""
    T = LISTING[lang]
    g, s = person(c, lang)
    gl, sl = person(c, lang)
    mail = email(c, g, s)
    lid = str(c.num(10000000, 99999999))
    inc = f"{c.num(18, 52)}00 EUR" if lang != "en" else f"${c.num(28, 72)}00"
    if lang == "en" and c.chance(0.5):
        T = (*T[:6], T[6] + " SSN for the credit check: {ssn}.", T[7])
    body = T[6].format(
        ssn=V("US_SSN", c.uniq(ssn)),
        st=V("STREET_ADDRESS", street(c, lang)),
        date=D("date", other_date(c, lang)),
        inc=D("price", inc),
        dob=V("DATE_OF_BIRTH", dob(c, lang, 1960, 2003)),
        tel2=V("PHONE", phone(c, lang)),
    )
    head = [
        "From: Portal <noreply@listings.example>",
        f"Reply-To: {V('PERSON', f'{g} {s}')} <{V('EMAIL', mail)}>",
        f"To: {V('PERSON', f'{gl} {sl}')} <{V('EMAIL', email(c, gl, sl))}>",
        f"Subject: {T[0]} {D('listing-id', lid)}",
        f"Message-ID: <{D('message-id', c.uniq(lambda r: f'{r.randint(10**11, 10**12)}.{r.randint(1000, 9999)}'))}@listings.example>",
        "",
        f"{T[1]}: {D('listing-id', lid)}",
        f"{T[2]}: {V('PERSON', f'{g} {s}')}",
        f"{T[3]}: {V('EMAIL', mail)}",
        f"{T[4]}: {V('PHONE', phone(c, lang))}",
        f"{T[5]}:",
        "",
    ]
    if c.chance(0.3):
        return _reply(c, lang, head[6:], body, (g, s, mail), (gl, sl), lid), "email"
    return "\n".join(head) + "\n" + body + "\n\n" + T[7] + "\n", "email"


REPLY = {
    "en": ("Thanks for your message. Could you view on {date}? My mobile is {tel}.", "wrote"),
    "de": (
        "Danke für Ihre Anfrage. Passt Ihnen eine Besichtigung am {date}? Mobil: {tel}.",
        "schrieb",
    ),
    "fr": (
        "Merci pour votre message. Une visite le {date} vous conviendrait ? Mon portable : {tel}.",
        "a écrit",
    ),
    "es": ("Gracias por tu mensaje. ¿Te viene bien verlo el {date}? Mi móvil: {tel}.", "escribió"),
    "it": (
        "Grazie del messaggio. Le va bene una visita il {date}? Il mio cellulare: {tel}.",
        "ha scritto",
    ),
    "nl": ("Dank voor je bericht. Kun je op {date} komen kijken? Mijn mobiel: {tel}.", "schreef"),
    "pt": ("Obrigado pela mensagem. Pode visitar a {date}? O meu telemóvel: {tel}.", "escreveu"),
}


def _reply(
    c: Ctx,
    lang: str,
    fields: list[str],
    body: str,
    asker: tuple[str, str, str],
    owner: tuple[str, str],
    lid: str,
) -> str:
    """The landlord's answer on top, the portal's notification quoted below with ``> ``."""
    g, s, mail = asker
    gl, sl = owner
    words, wrote = REPLY[lang]
    top = [
        f"From: {V('PERSON', f'{gl} {sl}')} <{V('EMAIL', email(c, gl, sl))}>",
        f"To: {V('PERSON', f'{g} {s}')} <{V('EMAIL', mail)}>",
        f"Subject: Re: {LISTING[lang][0]} {D('listing-id', lid)}",
        "",
        words.format(date=D("date", other_date(c, lang)), tel=V("PHONE", phone(c, lang))),
        "",
        V("PERSON", gl),
        "",
        f"{D('date', other_date(c, lang))}, Portal <noreply@listings.example> {wrote}:",
    ]
    quoted = [f"> {ln}" if ln else ">" for ln in [*fields, *body.split("\n")]]
    return "\n".join(top + quoted) + "\n"


REPORT = {
    "en": (
        "END OF YEAR REPORT",
        "Pupil",
        "Date of birth",
        "Pupil no.",
        "Form",
        "Parent/carer",
        "Contact",
        "Home address",
        "English",
        "Maths",
        "Science",
        "Days absent",
        "Issued",
        "Form tutor",
    ),
    "de": (
        "JAHRESZEUGNIS",
        "Schüler/in",
        "geboren am",
        "Schülernummer",
        "Klasse",
        "Erziehungsberechtigte/r",
        "Kontakt",
        "Wohnanschrift",
        "Deutsch",
        "Mathematik",
        "Sachkunde",
        "Fehltage",
        "Ausgestellt",
        "Klassenleitung",
    ),
    "fr": (
        "BULLETIN DU 3e TRIMESTRE",
        "Élève",
        "Né(e) le",
        "INE",
        "Classe",
        "Responsable légal",
        "Contact",
        "Adresse",
        "Français",
        "Mathématiques",
        "SVT",
        "Demi-journées d'absence",
        "Édité le",
        "Professeur principal",
    ),
    "es": (
        "BOLETÍN DE NOTAS",
        "Alumno/a",
        "Fecha de nacimiento",
        "NIA",
        "Curso",
        "Tutor legal",
        "Contacto",
        "Domicilio",
        "Lengua",
        "Matemáticas",
        "Ciencias",
        "Faltas",
        "Emitido",
        "Tutora",
    ),
    "it": (
        "PAGELLA SCOLASTICA",
        "Alunno/a",
        "Data di nascita",
        "Matricola",
        "Classe",
        "Genitore",
        "Recapito",
        "Residenza",
        "Italiano",
        "Matematica",
        "Scienze",
        "Giorni di assenza",
        "Rilasciata il",
        "Coordinatore",
    ),
    "nl": (
        "RAPPORT",
        "Leerling",
        "Geboortedatum",
        "Leerlingnummer",
        "Klas",
        "Ouder/verzorger",
        "Contact",
        "Adres",
        "Nederlands",
        "Rekenen",
        "Natuur",
        "Dagen afwezig",
        "Uitgegeven",
        "Mentor",
    ),
    "pt": (
        "FICHA DE AVALIAÇÃO",
        "Aluno/a",
        "Data de nascimento",
        "N.º de processo",
        "Turma",
        "Encarregado de educação",
        "Contacto",
        "Morada",
        "Português",
        "Matemática",
        "Ciências",
        "Faltas",
        "Emitida em",
        "Diretor de turma",
    ),
}


def report_card(c: Ctx, lang: str) -> tuple[str, str]:
    """A school report card as the school's system prints it, with the parent's contact."""
    T = REPORT[lang]
    g, s = person(c, lang)
    gp = person(c, lang)[0]
    gt, st = person(c, lang)
    grade = {"en": lambda: c.pick(["A", "B", "C", "A*"]), "de": lambda: str(c.num(1, 4))}.get(
        lang, lambda: str(c.num(11, 19) if lang in ("fr", "pt") else c.num(5, 10))
    )
    lines = [
        T[0] + "  2025/26",
        f"{T[1]}: {V('PERSON', f'{s.upper()} {g}' if c.chance(0.4) else f'{g} {s}')}",
        f"{T[2]}: {V('DATE_OF_BIRTH', dob(c, lang, 2010, 2019))}     {T[3]}: {D('pupil-id', str(c.num(10000000, 99999999)))}",
        f"{T[4]}: {c.num(3, 9)}{c.pick('ABC')}",
        f"{T[5]}: {V('PERSON', f'{gp} {s}')}",
        f"{T[6]}: {V('PHONE', phone(c, lang))} / {V('EMAIL', email(c, gp, s))}",
        f"{T[7]}: {V('STREET_ADDRESS', street(c, lang))}, {town(c, lang)}",
        "",
        f"{T[8]:<16}{grade()}",
        f"{T[9]:<16}{grade()}",
        f"{T[10]:<16}{grade()}",
        f"{T[11]}: {c.num(0, 14)}",
        "",
        f"{T[12]}: {D('date', other_date(c, lang))}    {T[13]}: {V('PERSON', f'{gt} {st}')}",
    ]
    return "\n".join(lines) + "\n", "form"
