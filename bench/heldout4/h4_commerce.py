"""Templates: shops, parcels, banks, travel, insurance and clinics writing to their customers.

Each template draws its values first, then writes the text in the context's language; it
returns the kind of text and the marked text.
"""

# Templates are text: a source line holds a line of the text, however long it is.
# ruff: noqa: E501

from __future__ import annotations

from h4_ctx import Ctx

Made = tuple[str, str]


def order_email(c: Ctx) -> Made:
    p = c.person()
    street, town = c.addr()
    who = c.name(p, c.pick(["full", "given", "full"]))
    order, track = c.d("order"), c.d("tracking")
    sku1, sku2 = c.d("product"), c.d("product")
    p1, p2, total = c.money(), c.money(), c.money()
    when = c.date()
    shop = c.company()
    support = c.email_raw(c.pick(["support", "service", "kundenservice", "ayuda", "sav"]))
    tel = c.phone()
    mail = c.email(p)
    card_line = ""
    if c.chance(0.35):
        card_line = c.L(
            en=f"\nPaid with card {c.card()} (exp {c.rng.randint(1, 12):02d}/{c.rng.randint(27, 31)})",
            de=f"\nBezahlt mit Karte {c.card()}",
            fr=f"\nRéglé par carte n° {c.card()}",
            es=f"\nPagado con la tarjeta {c.card()}",
        )
    text = c.L(
        en=f"Subject: Your {shop} order {order} is confirmed\nTo: {mail}\n\nHi {who},\n\n"
        f"Thanks for shopping with us! Here's what's on its way:\n\n  1 x Trail jacket ({sku1}) {p1}\n"
        f"  2 x Merino socks ({sku2}) {p2}\n  Total: {total}{card_line}\n\nDelivering to:\n{c.name(p)}\n{street}\n{town}\n\n"
        f"Estimated delivery: {when}. Tracking: {track}\nQuestions? Reply to {support} or call {tel}.",
        de=f"Betreff: Ihre Bestellung {order} bei {shop}\nAn: {mail}\n\nHallo {who},\n\n"
        f"vielen Dank für Ihre Bestellung.\n\nPos. 1  Hochbeet Lärche ({sku1})  {p1}\nPos. 2  Gartenschere ({sku2})  {p2}\n"
        f"Gesamtsumme: {total}{card_line}\n\nLieferadresse:\n{c.name(p)}\n{street}\n{town}\n\n"
        f"Voraussichtliche Zustellung am {when}, Sendungsnummer {track}.\nRückfragen an {support} oder telefonisch unter {tel}.",
        fr=f"Objet : Confirmation de votre commande {order}\nÀ : {mail}\n\nBonjour {who},\n\n"
        f"Nous avons bien reçu votre commande chez {shop} :\n- Lampe en laiton ({sku1}) : {p1}\n- Coussin lin ({sku2}) : {p2}\n"
        f"Total TTC : {total}{card_line}\n\nAdresse de livraison :\n{c.name(p)}\n{street}\n{town}\n\n"
        f"Livraison prévue le {when} (suivi {track}).\nUne question ? {support} ou {tel}",
        es=f"Asunto: Pedido {order} confirmado\nPara: {mail}\n\nHola {who}:\n\n"
        f"Gracias por tu compra en {shop}.\n· Cafetera italiana ({sku1}) {p1}\n· Pack de filtros ({sku2}) {p2}\n"
        f"Total: {total}{card_line}\n\nDirección de envío:\n{c.name(p)}\n{street}\n{town}\n\n"
        f"Entrega estimada: {when}. Número de seguimiento: {track}.\n¿Dudas? Escríbenos a {support} o llámanos al {tel}.",
    )
    return "email", text


def shipping_sms(c: Ctx) -> Made:
    p = c.person()
    track = c.d("tracking")
    street, _ = c.addr()
    tel = c.phone()
    slot = c.pick(["10:00-12:00", "14:30-16:30", "8-13h", "18:00-20:00"])
    text = c.L(
        en=f"Parcel {track} for {c.name(p, 'initial')} arrives today {slot}. Not home? Leave it at "
        f"{street} with neighbour or reschedule. Driver: {tel}",
        de=f"Ihr Paket {track} kommt heute zwischen {slot}. Empfänger: {c.name(p)}, {street}. "
        f"Fahrer erreichbar unter {tel}. Abstellgenehmigung: Antwort JA",
        fr=f"Colis {track} : livraison aujourd'hui {slot} chez {c.name(p)}, {street}. "
        f"Absent ? Le livreur au {tel}.",
        es=f"Tu paquete {track} llega hoy ({slot}) a {street}. Destinatario: {c.name(p)}. "
        f"Repartidor: {tel}",
    )
    return "sms", text


def dispute_letter(c: Ctx) -> Made:
    p = c.person()
    street, town = c.addr()
    card, iban = c.card(), c.iban()
    amount, when, ref = c.money(), c.date(), c.d("ticket")
    dob, tel, mail = c.dob(), c.phone(), c.email(p)
    bank = c.company()
    text = c.L(
        en=f"{c.name(p)}\n{street}\n{town}\n\nTo: Card Disputes, {bank}\n\nRe: Disputed transaction of "
        f"{amount} on {when}\n\nDear Sir or Madam,\n\nI am writing to dispute a charge on my card "
        f"{card}. I did not authorise this payment and have never dealt with the merchant. Please "
        f"credit the amount back to my account {iban}. For identification: date of birth {dob}, "
        f"your reference {ref}.\n\nYou can reach me on {tel} or at {mail}.\n\nYours faithfully,\n{c.name(p)}",
        de=f"{c.name(p)}\n{street}\n{town}\n\nAn: {bank}, Reklamationen\n\nWiderspruch gegen Belastung über "
        f"{amount} vom {when}\n\nSehr geehrte Damen und Herren,\n\nhiermit widerspreche ich der Belastung "
        f"meiner Kreditkarte {card}. Die Zahlung wurde nicht von mir veranlasst. Bitte erstatten Sie den "
        f"Betrag auf mein Konto {iban}. Zur Identifikation: geboren am {dob}, Ihr Zeichen {ref}.\n\n"
        f"Telefonisch bin ich unter {tel} erreichbar, per E-Mail unter {mail}.\n\nMit freundlichen Grüßen\n{c.name(p)}",
        fr=f"{c.name(p)}\n{street}\n{town}\n\n{bank} - Service contestations\n\nObjet : contestation d'une "
        f"opération de {amount} du {when}\n\nMadame, Monsieur,\n\nJe conteste le paiement débité sur ma "
        f"carte {card}, que je n'ai pas autorisé. Merci de recréditer mon compte {iban}. Pour "
        f"m'identifier : née le {dob}, dossier {ref}.\n\nJe reste joignable au {tel} ou par courriel "
        f"({mail}).\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\n{c.name(p)}",
        es=f"{c.name(p)}\n{street}\n{town}\n\nA la atención de {bank}, Departamento de Reclamaciones\n\n"
        f"Asunto: cargo no reconocido de {amount} del {when}\n\nMuy señores míos:\n\nMediante la presente "
        f"reclamo el cargo realizado en mi tarjeta {card}, que no he autorizado. Les ruego abonen el "
        f"importe en mi cuenta {iban}. Datos de identificación: fecha de nacimiento {dob}; referencia {ref}.\n\n"
        f"Teléfono de contacto: {tel}. Correo: {mail}\n\nAtentamente,\n{c.name(p)}",
    )
    return "prose", text


def travel_booking(c: Ctx) -> Made:
    pax = [c.person() for _ in range(c.rng.randint(1, 3))]
    pnr, f1, f2 = c.d("booking"), c.d("flight"), c.d("flight")
    rows = []
    for p in pax:
        rows.append(f"  {c.name(p, 'airline')} {c.pick(['MR', 'MRS', 'MS', ''])}".rstrip()
                    + f"   {c.L(en='DOB', de='Geb.', fr='Né(e) le', es='F. nac.')} {c.dob()}"
                    + f"   {c.L(en='Seat', de='Sitz', fr='Siège', es='Asiento')} {c.d('seat')}")  # fmt: skip
    lead = pax[0]
    mail, tel, card = c.email(lead), c.phone(), c.card()
    out, back, price = c.date(), c.date(), c.money()
    pax_block = "\n".join(rows)
    text = c.L(
        en=f"Booking confirmation - reference {pnr}\n\nPassengers:\n{pax_block}\n\nOutbound {f1} on {out}, "
        f"return {f2} on {back}.\nTotal charged {price} to card {card}.\nContact: {mail} / {tel}\n"
        f"Please check that names match your passports exactly.",
        de=f"Buchungsbestätigung, Buchungscode {pnr}\n\nReisende:\n{pax_block}\n\nHinflug {f1} am {out}, "
        f"Rückflug {f2} am {back}.\nGesamtpreis {price}, belastet auf Karte {card}.\nKontakt: {mail}, "
        f"mobil {tel}\nBitte prüfen Sie die Namen gemäß Reisepass.",
        fr=f"Confirmation de réservation - dossier {pnr}\n\nVoyageurs :\n{pax_block}\n\nAller {f1} le {out}, "
        f"retour {f2} le {back}.\nMontant débité {price} sur la carte {card}.\nContact : {mail} - {tel}",
        es=f"Confirmación de reserva - localizador {pnr}\n\nPasajeros:\n{pax_block}\n\nIda {f1} el {out}, "
        f"vuelta {f2} el {back}.\nImporte cargado {price} en la tarjeta {card}.\nContacto: {mail} · {tel}",
    )
    return "email", text


def apis_manifest(c: Ctx) -> Made:
    head = c.L(en="surname,given_names,date_of_birth,nationality,contact_phone,email,seat",
               de="nachname;vorname;geburtsdatum;nationalitaet;telefon;email;sitz",
               fr="nom;prenom;date_naissance;nationalite;telephone;courriel;siege",
               es="apellidos;nombre;fecha_nacimiento;nacionalidad;telefono;email;asiento")  # fmt: skip
    sep = "," if c.lang == "en" else ";"
    lines = [f"# {c.d('flight')} {c.date(iso=True)} manifest", head]
    for _ in range(c.rng.randint(3, 6)):
        p = c.person()
        nat = c.pick(["GBR", "DEU", "FRA", "ESP", "USA", "IRL", "MEX", "BEL", "AUT"])
        lines.append(sep.join([c.m("PERSON", p.surname.upper()), c.m("PERSON", p.given.upper()),
                               c.dob("iso"), nat, c.phone(), c.email(p), c.d("seat")]))  # fmt: skip
    return "csv", "\n".join(lines)


def insurance_claim(c: Ctx) -> Made:
    p, w = c.person(), c.person()
    street, town = c.addr()
    claim, policy, when = c.d("claim"), c.d("claim"), c.date()
    text = c.L(
        en=f"CLAIM FORM - MOTOR\nPolicy no.: {policy}    Claim ref: {claim}\n\nPolicyholder: {c.name(p)}\n"
        f"Date of birth: {c.dob()}\nAddress: {street}, {town}\nDaytime phone: {c.phone()}\n"
        f"Email: {c.email(p)}\n\nDate of incident: {when}\nDescription: reversing out of the car park at "
        f"work, the other driver clipped my rear bumper.\nWitness: {c.name(w)}, tel. {c.phone()}\n\n"
        f"Payment of settlement to: {c.iban()}\nEstimate from garage: {c.money()}",
        de=f"SCHADENMELDUNG HAUSRAT\nVersicherungsschein-Nr.: {policy}  Schaden-Nr.: {claim}\n\n"
        f"Versicherungsnehmer/in: {c.name(p, 'inverted')}\nGeburtsdatum: {c.dob()}\nAnschrift: {street}, {town}\n"
        f"Telefon tagsüber: {c.phone()}\nE-Mail: {c.email(p)}\n\nSchadentag: {when}\nHergang: Leitungswasser aus "
        f"der Wohnung darüber, Decke im Bad durchnässt.\nZeuge: Nachbar {c.name(w)}, {c.phone()}\n\n"
        f"Auszahlung auf: {c.iban()}\nKostenvoranschlag Maler: {c.money()}",
        fr=f"DÉCLARATION DE SINISTRE\nN° de contrat : {policy}   N° de sinistre : {claim}\n\nAssuré(e) : {c.name(p, 'upper')}\n"
        f"Date de naissance : {c.dob()}\nAdresse : {street}, {town}\nTél. : {c.phone()}\nCourriel : {c.email(p)}\n\n"
        f"Date du sinistre : {when}\nCirconstances : vol du vélo dans le local fermé de la résidence.\n"
        f"Témoin : {c.name(w)} ({c.phone()})\n\nRIB / IBAN pour l'indemnisation : {c.iban()}\nValeur déclarée : {c.money()}",
        es=f"PARTE DE SINIESTRO - HOGAR\nPóliza: {policy}   Siniestro: {claim}\n\nTomador: {c.name(p)}\n"
        f"Fecha de nacimiento: {c.dob()}\nDomicilio: {street}, {town}\nTeléfono: {c.phone()}\nEmail: {c.email(p)}\n\n"
        f"Fecha del siniestro: {when}\nDescripción: rotura de tubería en la cocina, daños en el parqué.\n"
        f"Testigo: {c.name(w)}, tlf. {c.phone()}\n\nCuenta para el pago (IBAN): {c.iban()}\nPresupuesto: {c.money()}",
    )
    return "form", text


def clinic_sms(c: Ctx) -> Made:
    p = c.person()
    when, time = c.date(), c.pick(["08:40", "11:15", "15:30", "17:05"])
    tel = c.phone()
    text = c.pick([
        c.L(en=f"Reminder: {c.name(p, 'given')}, your appointment at the practice is on {when} at {time}. "
            f"To cancel call {tel}. Bring your insurance card.",
            de=f"Erinnerung: Termin für {c.name(p)} am {when} um {time} in der Praxis. Absage bitte "
            f"unter {tel}.",
            fr=f"Rappel : RDV de {c.name(p)} le {when} à {time}. Pour annuler : {tel}.",
            es=f"Recordatorio: cita de {c.name(p)} el {when} a las {time}. Para anular llame al {tel}."),
        c.L(en=f"Pharmacy: the prescription for {c.name(p)} (DOB {c.dob()}) is ready for collection. "
            f"Ref {c.d('order')}. Questions: {tel}",
            de=f"Apotheke: Das Rezept für {c.name(p)}, geb. {c.dob()}, liegt zur Abholung bereit "
            f"(Abholnr. {c.d('order')}). Fragen: {tel}",
            fr=f"Pharmacie : l'ordonnance de {c.name(p)}, né(e) le {c.dob()}, est prête. Retrait avec le "
            f"code {c.d('order')}. Infos : {tel}",
            es=f"Farmacia: la receta de {c.name(p)} (nac. {c.dob()}) ya está lista. Recogida con el "
            f"código {c.d('order')}. Dudas: {tel}"),
    ])  # fmt: skip
    return "sms", text
