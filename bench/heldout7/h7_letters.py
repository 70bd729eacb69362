# ruff: noqa: E501, RUF001  (templates hold natural-language lines and typographic dashes on purpose)
"""Templates: letters and notices (obituaries, work references, parking-fine appeals,
lost-property office mail). Birth dates of the dead and of former employees are birth dates;
death, funeral and employment dates are decoys.
"""

from __future__ import annotations

import h7_dates as Dt
from h7_docs import L, Out
from h7_markup import Ctx


def obituary(c: Ctx) -> Out:
    g, s = c.given(), c.surname()
    y, m, d = c.rng.randint(2024, 2026), c.rng.randint(1, 12), c.rng.randint(1, 20)
    died = Dt.date_str(c.rng, c.lang, y, m, d)
    when = Dt.date_str(c.rng, c.lang, y, m, d + c.rng.randint(4, 8))
    kw = dict(
        name=c.P(f"{g} {s}"),
        first=c.P(g),
        dob=c.dob(written=c.chance(0.6), years=(1924, 1962)),
        died=c.D("date", died),
        church=c.addr(),
        when=c.D("date", when),
        iban=c.iban(),
        kin=c.person(),
        mail=c.email(),
        tel=c.phone(),
    )
    return "prose", L(
        c,
        {
            "en": "{name} ({dob} – {died}) died peacefully at home. {first} taught music for forty years and never missed a choir rehearsal. "
            "A service will be held at St Barnabas, {church}, on {when}. In lieu of flowers, donations to the hospice fund, IBAN {iban}. "
            "Condolences may be sent to {kin} at {mail} or {tel}.",
            "de": "In stiller Trauer nehmen wir Abschied von {name}, * {dob}, † {died}. {first} war ein Mensch, der für alle Zeit hatte. "
            "Die Trauerfeier findet am {when} in der Friedhofskapelle, {church}, statt. Statt Blumen bitten wir um eine Spende an den Hospizverein, "
            "IBAN {iban}. Kondolenzen an {kin}, {mail}, Tel. {tel}.",
            "fr": "C'est avec tristesse que nous annonçons le décès de {name}, né(e) le {dob}, survenu le {died}. {first} aimait la mer et les longues marches. "
            "Les obsèques auront lieu le {when} en l'église Saint-Martin, {church}. Dons à la Ligue contre le cancer, IBAN {iban}. "
            "Contact pour la famille : {kin}, {mail}, {tel}.",
            "es": "Falleció {name} ({dob} – {died}). {first} fue una persona muy querida por todo el barrio. "
            "El funeral se celebrará el {when} en la parroquia de San Lorenzo, {church}. En lugar de flores, donativos a la asociación, "
            "IBAN {iban}. Pésames a {kin}: {mail} o {tel}.",
            "it": "Ci ha lasciati {name} ({dob} – {died}). {first} lascia la famiglia e tanti amici. "
            "Il funerale si terrà il {when} nella chiesa parrocchiale, {church}. Offerte all'associazione, IBAN {iban}. "
            "Per condoglianze: {kin}, {mail}, cell. {tel}.",
            "nl": "Met verdriet delen wij mee dat {name} is overleden. Geboren op {dob}, overleden op {died}. {first} hield van zeilen en van de kleinkinderen. "
            "De afscheidsdienst is op {when} in de aula, {church}. In plaats van bloemen een gift aan het hospice, {iban}. "
            "Condoleances aan {kin}, {mail}, telefoon {tel}.",
            "pt": "Faleceu {name} ({dob} – {died}). {first} ensinou música durante trinta anos. "
            "O funeral realiza-se a {when} na igreja matriz, {church}. Donativos para a associação, IBAN {iban}. "
            "Condolências a {kin}: {mail}, telemóvel {tel}.",
        },
        **kw,
    )


def reference(c: Ctx) -> Out:
    g, s = c.given(), c.surname()
    kw = dict(
        name=c.P(f"{g} {s}"),
        sur=c.P(s),
        dob=c.dob(years=(1955, 2001)),
        start=c.dec("old-date"),
        end=c.dec("date"),
        ssn=c.ssn() if c.lang == "en" or c.chance(0.3) else "",
        town=c.town()[0],
        boss=c.person(),
        tel=c.phone(),
        mail=c.email(),
        date=c.dec("date"),
    )
    x = kw["ssn"]
    kw.update(
        ssnde=f" (US-Sozialversicherungsnummer {x})" if x else "",
        ssnfr=f" (numéro de sécurité sociale américain {x})" if x else "",
        ssnes=f" (número de seguro social de EE. UU. {x})" if x else "",
    )
    return "prose", L(
        c,
        {
            "en": "To whom it may concern,\n\nThis is to confirm that {name}, born {dob}, SSN {ssn}, was employed by our company from {start} to {end} "
            "as a logistics coordinator in {town}. {sur} was reliable, careful with customer data and well liked by colleagues. "
            "For further questions please contact {boss}, Head of Operations, on {tel} or at {mail}.\n\n{town}, {date}",
            "de": "ARBEITSZEUGNIS\n\n{name}, geboren am {dob} in {town}{ssnde}, war vom {start} bis zum {end} in unserem Unternehmen als "
            "Sachbearbeitung in der Disposition tätig. {sur} erledigte die Aufgaben stets zu unserer vollsten Zufriedenheit. "
            "Für Rückfragen steht Ihnen {boss} unter {tel} oder {mail} gerne zur Verfügung.\n\n{town}, den {date}",
            "fr": "CERTIFICAT DE TRAVAIL\n\nNous soussignés certifions que {name}, né(e) le {dob}{ssnfr}, a été employé du {start} au {end} "
            "en qualité de technicien(ne) de maintenance. {sur} nous quitte libre de tout engagement. "
            "Renseignements : {boss}, au {tel} ou {mail}.\n\nFait à {town}, le {date}",
            "es": "CERTIFICADO DE EMPRESA\n\nCertificamos que {name}, con fecha de nacimiento {dob}{ssnes}, ha prestado servicios en esta empresa "
            "desde el {start} hasta el {end} como administrativo. {sur} ha demostrado gran responsabilidad. "
            "Para cualquier consulta, contacte con {boss} en el {tel} o en {mail}.\n\n{town}, a {date}",
        },
        **kw,
    )


def parking(c: Ctx) -> Out:
    g, s = c.given(), c.surname()
    pay = c.iban() if c.lang != "en" else c.card()
    kw = dict(
        name=c.P(f"{g} {s}"),
        sig=c.P(f"{g} {s}"),
        addr=c.addr_line(),
        fine=c.dec("fine"),
        date=c.dec("date"),
        ts=c.dec("timestamp"),
        geo=c.dec("geo"),
        pay=pay,
        tel=c.phone(),
        mail=c.email(g, s),
        amt=c.dec("price"),
        mail2=c.email(g, s, domain="example.com"),
    )
    if c.lang != "en" and c.chance(0.4):
        kw["pay"] += L(
            c,
            {
                "en": "",
                "de": " (nicht {x} wie im Formular)",
                "fr": " (et non {x} comme indiqué)",
                "es": " (no {x}, que tenía una errata)",
            },
            x=c.dec("iban-invalid"),
        )
    return "email", L(
        c,
        {
            "en": "From: {mail2}\nSubject: Appeal against PCN {fine}\n\nDear Sir or Madam,\n\nI, {name}, of {addr}, wish to appeal the penalty "
            "charge notice {fine} issued on {date}. The pay-and-display machine at {geo} was out of order (photo attached, taken {ts}). "
            "I paid {amt} by phone instead and my card {pay} was charged twice. Please refund one payment.\n\n"
            "Kind regards\n{sig}\n{tel}\n{mail}",
            "de": "Von: {mail2}\nBetreff: Einspruch gegen Verwarnungsgeld {fine}\n\nSehr geehrte Damen und Herren,\n\nhiermit lege ich, {name}, wohnhaft "
            "{addr}, Einspruch gegen das Verwarnungsgeld {fine} vom {date} ein. Der Parkscheinautomat bei {geo} war defekt (Foto vom {ts} anbei). "
            "Den bereits gezahlten Betrag von {amt} erstatten Sie bitte auf mein Konto {pay}.\n\nMit freundlichen Grüßen\n{sig}\nTel. {tel}\n{mail}",
            "fr": "De : {mail2}\nObjet : contestation avis de contravention {fine}\n\nMadame, Monsieur,\n\nJe soussigné(e) {name}, demeurant {addr}, "
            "conteste l'avis {fine} du {date}. L'horodateur situé aux coordonnées {geo} était hors service (photo du {ts}). "
            "Merci de rembourser les {amt} déjà réglés sur mon compte {pay}.\n\nCordialement,\n{sig}\n{tel}\n{mail}",
            "es": "De: {mail2}\nAsunto: Recurso contra la denuncia {fine}\n\nEstimados señores:\n\nYo, {name}, con domicilio en {addr}, recurro la denuncia "
            "{fine} del {date}. El parquímetro situado en {geo} no funcionaba (foto tomada el {ts}). "
            "Solicito la devolución de {amt} en la cuenta {pay}.\n\nAtentamente,\n{sig}\n{tel}\n{mail}",
        },
        **kw,
    )


def lostfound(c: Ctx) -> Out:
    g, s = c.given(), c.surname()
    kw = dict(
        name=c.P(f"{g} {s}"),
        owner=c.P(f"{g} {s}"),
        rep=c.dec("ticket"),
        date=c.dec("date"),
        dob=c.dob(),
        addr=c.addr_line(),
        tel=c.phone(),
        price=c.dec("price"),
        iban=c.iban(),
        ref=c.dec("order"),
        clerk=c.person(),
        mail=c.email(),
        gift=c.dec("luhn-invalid"),
        ssn=c.ssn() if c.lang == "en" else "",
    )
    return "email", L(
        c,
        {
            "en": "Subject: Lost property report {rep}\n\nDear {name},\n\nan item matching your report was handed in on {date}: a black wallet with a driving "
            "licence in the name of {owner} (date of birth {dob}), a bank card and a gift card {gift}. You can collect it at {addr}, "
            "Monday to Friday, or call us on {tel}. We can also post it for {price}; please pay to {iban}, reference {ref}.\n\n"
            "Regards,\n{clerk}\nLost Property Office\n{mail}",
            "de": "Betreff: Fundsache zu Ihrer Verlustmeldung {rep}\n\nGuten Tag {name},\n\nam {date} wurde eine schwarze Geldbörse abgegeben, darin ein "
            "Personalausweis auf {owner}, geboren am {dob}, eine Girocard und eine Geschenkkarte {gift}. Abholung im Fundbüro, {addr}, "
            "oder Rückruf unter {tel}. Zusendung gegen {price} auf IBAN {iban}, Verwendungszweck {ref}.\n\nMit freundlichen Grüßen\n{clerk}\nFundbüro\n{mail}",
            "fr": "Objet : objet trouvé – déclaration {rep}\n\nBonjour {name},\n\nun portefeuille noir a été déposé le {date} : une carte d'identité au nom de "
            "{owner}, né(e) le {dob}, une carte bancaire et une carte cadeau {gift}. Retrait au {addr} ou appelez le {tel}. "
            "Envoi possible pour {price}, virement sur {iban}, référence {ref}.\n\nCordialement,\n{clerk}\nService des objets trouvés\n{mail}",
            "es": "Asunto: objeto perdido – denuncia {rep}\n\nEstimado/a {name}:\n\nel {date} se entregó una cartera negra con un DNI a nombre de {owner}, "
            "fecha de nacimiento {dob}, una tarjeta bancaria y una tarjeta regalo {gift}. Puede recogerla en {addr} o llamar al {tel}. "
            "Envío por {price}, transferencia a {iban}, concepto {ref}.\n\nUn saludo,\n{clerk}\nOficina de objetos perdidos\n{mail}",
            "it": "Oggetto: oggetto smarrito – denuncia {rep}\n\nGentile {name},\n\nil {date} è stato consegnato un portafoglio nero con carta d'identità di "
            "{owner}, nato il {dob}, una carta bancaria e una gift card {gift}. Ritiro in {addr} oppure chiami il {tel}. "
            "Spedizione a {price}, bonifico su {iban}, causale {ref}.\n\nCordiali saluti,\n{clerk}\nUfficio oggetti smarriti\n{mail}",
        },
        **kw,
    )
