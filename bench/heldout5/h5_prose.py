"""Free-text templates: support macros, CRM notes, marketplace chats, recruiting, referrals,
incident reports, court filings, tenant mail, school messages, vet records, voicemails and
forwarded threads. Each returns marked text; ``{...}`` fields are drawn fresh per text.
"""

# ruff: noqa: E501, RUF001
# Templates are text: their lines are as long as the sentences they hold, with real dashes.

from __future__ import annotations

from collections.abc import Callable

from h5_decoys import decoy
from h5_pools import WORD
from h5_values import Ctx

Template = Callable[[Ctx, str], str]
SKEL: dict[str, dict[str, str]] = {
    "ticket": {
        "en": "Macro: Card replacement (agent: {ag})\nHi {gv}, thanks for reaching out about ticket {tk}. I've updated your account: new card {cc} is linked and the old one was blocked (chargeback {inv}). We'll post it to {st}, {town}. If anything looks off call us back on {ph} or reply to {em}. Order {od} ({pr}) is unaffected.\n— {ag}, Customer Care",
        "de": "Textbaustein: Adressänderung (Bearbeiter: {ag})\nHallo {gv}, danke für Ihre Nachricht zu Vorgang {tk}. Die neue Anschrift {st}, {town} ist hinterlegt, ebenso die Rufnummer {ph}. Abbuchung künftig von {ib}. Ihre Bestellung {od} über {pr} geht wie geplant raus. Rückfragen gern an {em}.\nFreundliche Grüße\n{ag}",
        "fr": "Macro : mise à jour du moyen de paiement (agent : {ag})\nBonjour {gv}, suite à votre demande {tk}, la carte {cc} a bien été enregistrée et le prélèvement se fera désormais sur {ib}. Le colis de la commande {od} ({pr}) partira au {st}, {town}. Pour toute question : {ph} ou {em}.\n{ag}, service client",
        "es": "Macro: cambio de datos (agente: {ag})\nHola {gv}, sobre su incidencia {tk}: hemos actualizado el teléfono a {ph} y la dirección de envío a {st}, {town}. El cargo del pedido {od} ({pr}) se hará en la tarjeta {cc}. Cualquier duda, escríbanos a {em}.\nUn saludo, {ag}",
    },
    "crm": {
        "en": "CRM note – {date}\nCall with {pn} (decision maker, procurement). Prefers mobile {ph}, not the switchboard. Personal mail {em}. Born {dob}, mentioned it because of the loyalty birthday voucher. Billing moved to {st}. Framework contract signed {old}, renewal quote {inv} at {pr}. Next step: send deck, CC {pn2}.",
        "de": "CRM-Notiz vom {date}\nTelefonat mit {pn} (Einkauf). Erreichbar am besten unter {ph}, privat {em}. Geb. {dob}. Rechnungsanschrift neu: {st}, {town}. Rahmenvertrag seit {old}, Angebot {inv} über {pr} liegt vor. Ansprechpartnerin in Vertretung: {pn2}.",
        "fr": "Note CRM du {date}\nÉchange avec {pn}, acheteuse. Joignable au {ph}, mail perso {em}. Née le {dob}. Nouvelle adresse de facturation : {st}, {town}. Client depuis le contrat du {old}; devis {inv} de {pr} envoyé. En copie : {pn2}.",
        "es": "Nota CRM {date}\nLlamada con {pn} (compras). Móvil {ph}, correo personal {em}. Fecha de nacimiento {dob}. Dirección fiscal: {st}, {town}. Cliente desde el contrato del {old}; presupuesto {inv} por {pr}. Sustituta: {pn2}.",
        "it": "Nota CRM del {date}\nTelefonata con {pn} (acquisti). Cellulare {ph}, email {em}. Data di nascita {dob}. Indirizzo di fatturazione: {st}, {town}. Contratto quadro dal {old}, offerta {inv} da {pr}. In copia {pn2}.",
        "nl": "CRM-notitie {date}\nGesprek met {pn} (inkoop). Mobiel {ph}, privé-mail {em}. Geboortedatum {dob}. Factuuradres: {st}, {town}. Raamcontract sinds {old}, offerte {inv} van {pr}. Vervanger: {pn2}.",
        "pt": "Nota CRM {date}\nChamada com {pn} (compras). Telemóvel {ph}, email pessoal {em}. Data de nascimento {dob}. Morada de faturação: {st}, {town}. Contrato desde {old}; proposta {inv} de {pr}. Em cópia: {pn2}.",
    },
    "chat": {
        "en": "[Marketplace] {gv}: hi, is the bike still available? {pr} is fine\nSeller: yes! pickup at {st}\n{gv}: great. my number is {ph} if the app is slow\nSeller: cool, pay by transfer? {ib}\n{gv}: ok. part no. on the frame says {part}, right?\nSeller: yep. also here's the lockbox code for the garage: {pin}",
        "de": "[Kleinanzeigen] {gv}: Hallo, ist das Sofa noch da? {pr} passt\nVerkäufer: Ja, Abholung {st}, {town}\n{gv}: Super, meine Nummer: {ph}\nVerkäufer: Überweisung bitte auf {ib}, Verwendungszweck {od}\n{gv}: ok, Artikelnr. {part} stimmt?",
        "fr": "[Leboncoin] {gv} : bonjour, la table est toujours dispo ? {pr} ça vous va ?\nVendeur : oui, à récupérer au {st}\n{gv} : parfait, voici mon 06 : {ph}\nVendeur : le code du portail c'est {pin}\n{gv} : réf. annonce {od}, c'est bien ça ?",
        "es": "[Wallapop] {gv}: hola, ¿sigue disponible la cámara? te ofrezco {pr}\nVendedor: sí, puedes pasar por {st}\n{gv}: genial, mi móvil es {ph}\nVendedor: te paso el IBAN: {ib}\n{gv}: la ref. es {part}, ¿verdad?",
        "it": "[Subito] {gv}: ciao, la bici è ancora disponibile? offro {pr}\nVenditore: sì, ritiro in {st}, {town}\n{gv}: il mio numero è {ph}\nVenditore: bonifico su {ib} per favore",
        "nl": "[Marktplaats] {gv}: hoi, is de kinderwagen nog te koop? {pr} is prima\nVerkoper: ja, ophalen op {st}\n{gv}: top, mijn nummer is {ph}\nVerkoper: overmaken naar {ib} graag",
        "pt": "[OLX] {gv}: olá, o sofá ainda está disponível? ofereço {pr}\nVendedor: sim, pode levantar na {st}\n{gv}: o meu número é {ph}\nVendedor: transferência para {ib}, obrigado",
    },
    "cover": {
        "en": "Subject: Application – Senior Analyst (req {tk})\n\nDear hiring team,\n\nplease find my CV attached. I'm currently at {st}, {town} and can be reached on {ph} or {em}. My referee is {pn2} ({em2}).\n\nKind regards,\n{pn}",
        "de": "Betreff: Bewerbung als Sachbearbeiterin (Kennziffer {tk})\n\nSehr geehrte Damen und Herren,\n\nanbei mein Lebenslauf. Sie erreichen mich unter {ph} oder {em}, postalisch {st}, {town}. Referenz: {pn2}, {em2}.\n\nMit freundlichen Grüßen\n{pn}",
        "fr": "Objet : candidature – poste de comptable (réf. {tk})\n\nMadame, Monsieur,\n\nje vous adresse ci-joint mon CV. Je suis joignable au {ph} ou par courriel à {em}. Adresse : {st}, {town}. Référence : {pn2} ({em2}).\n\nBien cordialement,\n{pn}",
        "es": "Asunto: candidatura – técnico de RR. HH. (ref. {tk})\n\nEstimados señores:\n\nles adjunto mi currículum. Pueden contactarme en el {ph} o en {em}. Domicilio: {st}, {town}. Referencia: {pn2} ({em2}).\n\nAtentamente,\n{pn}",
    },
    "cv": {
        "en": "CURRICULUM VITAE\nName: {pn}\nDate of birth: {dob}\nAddress: {st}, {town}\nMobile: {ph}\nE-mail: {em}\n\n2019–present  Data analyst, licence no. {part}\n2014–2019     Junior analyst (certified {old2})",
        "de": "LEBENSLAUF\nName: {pn}\nGeboren am {dob}\nAnschrift: {st}, {town}\nMobil: {ph}\nE-Mail: {em}\n\nseit 2020  Buchhalterin\nAusbildung abgeschlossen {old2}, Zertifikat Nr. {part}",
        "fr": "CURRICULUM VITAE\n{pn}\nNée le {dob}\n{st}, {town}\nTél. : {ph} – {em}\n\nDepuis 2018 : assistante de direction\nDiplôme obtenu le {old2} (n° {part})",
        "es": "CURRÍCULUM\nNombre: {pn}\nFecha de nacimiento: {dob}\nDomicilio: {st}, {town}\nTeléfono: {ph}\nCorreo: {em}\n\n2017–hoy  Enfermera\nTítulo expedido el {old2}, n.º {part}",
    },
    "referral": {
        "en": "Referral letter\nRe: {pn}, DOB {dob}, NHS-style ref {case}\nAddress: {st}, {town}. Tel {ph}.\nDear Dr {sn},\nI would be grateful if you could see this patient, first seen here on {old2}. Next of kin {pn2}, {ph2}. Dosage 20 mg, {qty}.\nYours sincerely, {ag}",
        "de": "Überweisung\nPatientin: {pn}, geb. {dob}\nWohnhaft {st}, {town}, Tel. {ph}\nSehr geehrte Frau Kollegin {sn},\nich überweise die o. g. Patientin zur Abklärung. Erstvorstellung {old2}. Angehörige: {pn2}, {ph2}. Fallnr. {case}.\nMit kollegialen Grüßen\n{ag}",
        "fr": "Lettre d'adressage\nPatient : {pn}, né le {dob}\nDomicile : {st}, {town} – {ph}\nChère consœur {sn},\nje vous adresse ce patient suivi depuis le {old2}. Personne à prévenir : {pn2}, {ph2}. Dossier {case}.\nBien confraternellement, {ag}",
        "es": "Volante de derivación\nPaciente: {pn}, nacida el {dob}\nDomicilio: {st}, {town}. Tel. {ph}\nEstimada Dra. {sn}:\nderivo a la paciente, en seguimiento desde el {old2}. Contacto: {pn2}, {ph2}. Historia {case}.\nAtentamente, {ag}",
    },
    "incident": {
        "en": "INCIDENT REPORT {case}\nReported by: {pn}\nDOB: {dob}\nHome address: {st}, {town}\nContact: {ph} / {em}\nDriver SSN: {ssn}\nOther party: {pn2}, policy {pol}\nNarrative: on {date} at approx. 17:40 the vehicle was struck at low speed. Damage estimate {pr}.",
        "de": "SCHADENMELDUNG {case}\nMeldende Person: {pn}\nGeburtsdatum: {dob}\nAnschrift: {st}, {town}\nTelefon: {ph}, E-Mail: {em}\nUnfallgegner: {pn2}, Police {pol}\nHergang: am {date} beim Ausparken touchiert. Schätzung {pr}. Erstzulassung {old2}.",
        "fr": "DÉCLARATION DE SINISTRE {case}\nDéclarant : {pn}\nDate de naissance : {dob}\nAdresse : {st}, {town}\nTél. : {ph} – {em}\nTiers : {pn2}, contrat {pol}\nCirconstances : le {date}, dégât des eaux depuis l'appartement du dessus. Estimation {pr}. Bail signé le {old2}.",
        "es": "PARTE DE INCIDENCIA {case}\nDeclarante: {pn}\nFecha de nacimiento: {dob}\nDomicilio: {st}, {town}\nContacto: {ph} / {em}\nContrario: {pn2}, póliza {pol}\nHechos: el {date} se produjo un robo en el trastero. Valoración {pr}.",
    },
}  # fmt: skip
CUES = {"ph2": "phone", "ssn": "ssn"}


def fill(c: Ctx, lang: str, skel: str) -> str:
    """Draw every field the skeleton names; unused ones cost nothing but a draw."""
    country = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}
    f: dict[str, str] = {
        "ag": c.person(lang, c.pick(["full", "given"])), "gv": c.person(lang, "given"),
        "pn": c.person(lang), "pn2": c.person(lang, c.pick(["full", "rev"])),
        "sn": c.person(lang, "surname"), "st": c.street(lang), "town": c.town(lang),
        "ph": c.phone(lang), "ph2": c.phone(lang), "em": c.email(lang, c.rng.random() < 0.06), "em2": c.email(lang),
        "cc": c.card(), "ib": c.iban(c.pick([country[lang], country[lang], "BE", "LU", "AT"])),
        "ssn": c.ssn(), "dob": c.dob(lang), "pin": c.pin(c.rng.choice([4, 5, 6])),
        "tk": decoy(c, "ticket"), "inv": decoy(c, "invoice"), "od": decoy(c, "order"),
        "pr": decoy(c, "price", lang), "part": decoy(c, "part"), "date": decoy(c, "date"),
        "old": decoy(c, "old-date"), "old2": decoy(c, "old-date"), "case": decoy(c, "case"),
        "pol": decoy(c, "policy"), "qty": decoy(c, "qty"),
    }  # fmt: skip
    return skel.format(**f)


def make(name: str) -> Template:
    def t(c: Ctx, lang: str) -> str:
        return fill(c, lang, SKEL[name][lang])

    return t


def school(c: Ctx, lang: str) -> str:
    w = WORD[lang]
    body = {
        "en": f"{w['hi']} Ms {c.person(lang, 'surname')}, {c.person(lang, 'given')} won't be in on {decoy(c, 'date')} (dentist). For the trip form: her DOB is {c.dob(lang)} and my mobile {c.phone(lang)}. Trip fee {decoy(c, 'price', lang)} paid, ref {decoy(c, 'order')}. {w['thanks']}, {c.person(lang)}",
        "de": f"{w['hi']} Frau {c.person(lang, 'surname')}, {c.person(lang, 'given')} fehlt am {decoy(c, 'date')} krankheitsbedingt. Für die Klassenfahrt: geb. {c.dob(lang)}, Notfallnummer {c.phone(lang)}. Beitrag {decoy(c, 'price', lang)} überwiesen. {w['regards']}, {c.person(lang)}",
        "fr": f"{w['hi']} Madame {c.person(lang, 'surname')}, {c.person(lang, 'given')} sera absent le {decoy(c, 'date')}. Pour la sortie : né le {c.dob(lang)}, mon portable {c.phone(lang)}. Participation {decoy(c, 'price', lang)} réglée. {w['regards']}, {c.person(lang)}",
        "es": f"{w['hi']}, profe {c.person(lang, 'given')}: {c.person(lang, 'given')} no irá el {decoy(c, 'date')}. Para la excursión: nació el {c.dob(lang)}, mi móvil {c.phone(lang)}. Pagados {decoy(c, 'price', lang)}. {w['thanks']}, {c.person(lang)}",
        "it": f"{w['hi']} maestra {c.person(lang, 'surname')}, {c.person(lang, 'given')} sarà assente il {decoy(c, 'date')}. Per la gita: nata il {c.dob(lang)}, cellulare {c.phone(lang)}. {w['thanks']}, {c.person(lang)}",
        "nl": f"{w['hi']} juf {c.person(lang, 'given')}, {c.person(lang, 'given')} is er op {decoy(c, 'date')} niet. Voor het schoolreisje: geboren {c.dob(lang)}, mijn nummer {c.phone(lang)}. {w['thanks']}, {c.person(lang)}",
        "pt": f"{w['hi']} professora {c.person(lang, 'surname')}, o {c.person(lang, 'given')} falta no dia {decoy(c, 'date')}. Para a visita de estudo: nasceu a {c.dob(lang)}, telemóvel {c.phone(lang)}. {w['thanks']}, {c.person(lang)}",
    }  # fmt: skip
    return body[lang]


def vet(c: Ctx, lang: str) -> str:
    w = WORD[lang]
    pet = c.pick(["Biscuit", "Luna", "Pixel", "Mabel", "Rocco", "Nala"])
    return (
        f"VET RECORD {decoy(c, 'case')}\nPatient: {pet} (canine), microchip {decoy(c, 'chip')}\n"
        f"Owner: {c.person(lang, c.pick(['full', 'rev', 'caps']))}\n{w['addr']}: {c.street(lang)}, {c.town(lang)}\n"
        f"{w['phone']}: {c.phone(lang)}\nE-mail: {c.email(lang)}\nCard on file: {c.card()}\nGift card: {c.bad_card()}\n"
        f"Vaccination {decoy(c, 'date')}, batch {decoy(c, 'version')}, total {decoy(c, 'price', lang)}"
    )


def voicemail(c: Ctx, lang: str) -> str:
    said = lang in ("en", "de", "fr", "es") and c.rng.random() < 0.35
    ph = c.said(lang) if said else c.phone(lang)
    body = {
        "en": f"Voicemail (transcribed): hi this is {c.person(lang)} calling about the flat at {c.street(lang)}. you can reach me on {ph}, that's my cell. my date of birth for the credit check is {c.dob(lang)} and my social is {c.ssn()}. reference {decoy(c, 'ticket')}. thanks bye",
        "de": f"Mailbox (transkribiert): Ja hallo, hier ist {c.person(lang)} wegen der Wohnung in der {c.street(lang)}. Rückruf bitte unter {ph}. Mein Geburtsdatum für die Schufa ist der {c.dob(lang)}. Vorgangsnummer {decoy(c, 'ticket')}. Tschüss",
        "fr": f"Messagerie (transcription) : oui bonjour c'est {c.person(lang)}, pour l'appartement du {c.street(lang)}. Rappelez-moi au {ph}. Je suis né le {c.dob(lang)} pour le dossier. Référence {decoy(c, 'ticket')}. Merci au revoir",
        "es": f"Buzón de voz (transcrito): hola, soy {c.person(lang)}, llamo por el piso de {c.street(lang)}. Mi número es el {ph}. Mi fecha de nacimiento es {c.dob(lang)}. Referencia {decoy(c, 'ticket')}. Gracias",
        "it": f"Segreteria (trascritta): buongiorno, sono {c.person(lang)}, chiamo per l'appartamento in {c.street(lang)}. Il mio numero è {c.phone(lang)}. Sono nata il {c.dob(lang)}. Riferimento {decoy(c, 'ticket')}. Grazie",
        "nl": f"Voicemail (uitgeschreven): hallo, met {c.person(lang)}, over het appartement aan de {c.street(lang)}. Bel me terug op {c.phone(lang)}. Mijn geboortedatum is {c.dob(lang)}. Referentie {decoy(c, 'ticket')}. Dag",
        "pt": f"Correio de voz (transcrito): olá, fala {c.person(lang)}, sobre o apartamento na {c.street(lang)}. O meu número é {c.phone(lang)}. Nasci a {c.dob(lang)}. Referência {decoy(c, 'ticket')}. Obrigado",
    }  # fmt: skip
    return body[lang]


def forwarded(c: Ctx, lang: str) -> str:
    hdr = {"en": ("Forwarded message", "From", "Date", "Subject"),
           "de": ("Weitergeleitete Nachricht", "Von", "Datum", "Betreff"),
           "fr": ("Message transféré", "De", "Date", "Objet"),
           "es": ("Mensaje reenviado", "De", "Fecha", "Asunto")}  # fmt: skip
    other = c.pick([x for x in hdr if x != lang])
    fw, frm, dt, sub = hdr[other]
    w = WORD[lang]
    return (
        f"{w['hi']} {c.person(lang, 'given')}, see below – can you set up the tenant portal?\n"
        f"The temporary {w['pw']} I gave them is {c.password()}\n\n---------- {fw} ---------\n"
        f"{frm}: {c.person(lang)} <{c.email(lang)}>\n{dt}: {decoy(c, 'date')}\n{sub}: {decoy(c, 'ticket')}\n\n"
        f"{c.street(lang)}, {c.town(lang)} – {w['phone']} {c.phone(lang)}\nIBAN {c.iban('DE' if lang == 'de' else 'FR' if lang == 'fr' else 'ES' if lang == 'es' else 'IE')}\n"
        f"{w['regards']}\n{c.person(lang)}"
    )


TEMPLATES: dict[str, tuple[str, Template]] = {
    "macro": ("ticket", make("ticket")), "crmnote": ("prose", make("crm")),
    "market": ("chat", make("chat")), "cover": ("email", make("cover")),
    "cv": ("form", make("cv")), "referral": ("prose", make("referral")),
    "incident": ("form", make("incident")), "school": ("sms", school),
    "vet": ("form", vet), "voicemail": ("voicemail", voicemail), "fwd": ("email", forwarded),
}  # fmt: skip
