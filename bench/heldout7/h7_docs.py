# ruff: noqa: E501, RUF001  (templates and pools hold natural-language lines and typographic dashes on purpose)
"""Templates: documents and forms (fax covers, port requests, supplier switches, donation
receipts, customs declarations, obituaries, work references, mailing labels, parking-fine
appeals, holiday-rental guest guides).

Each template draws its values first, then fills the language's wording with them, so only
the values of the chosen language are drawn.
"""

from __future__ import annotations

from h7_markup import Ctx

Out = tuple[str, str]


def L(c: Ctx, forms: dict[str, str], **kw: str) -> str:
    return forms.get(c.lang, forms["en"]).format(**kw)


def fax(c: Ctx) -> Out:
    g2, s2 = c.given(), c.surname()
    kw = dict(
        to=c.person(),
        tofax=c.phone(),
        frm=c.P(f"{g2} {s2}"),
        frmfax=c.phone(),
        mail=c.email(g2, s2),
        date=c.dec("date"),
        pat=c.person(),
        dob=c.dob(),
        ref=c.dec("ticket"),
        pages=str(c.rng.randint(2, 9)),
    )
    kw["pat"] += (", SSN " + c.ssn()) if c.lang == "en" and c.chance(0.7) else ""
    return "form", L(
        c,
        {
            "en": "FAX COVER SHEET\n\nTo: {to}\nFax: {tofax}\n\nFrom: Dr. {frm}\nFax: {frmfax}\nE-mail: {mail}\n\n"
            "Date: {date}    Pages (incl. cover): {pages}\nRe: records request, patient {pat}, DOB {dob}\nOur ref.: {ref}\n\n"
            "CONFIDENTIAL: if you received this fax in error, call the sender and destroy all pages.",
            "de": "TELEFAX\n\nAn: {to}\nFax: {tofax}\n\nVon: Dr. {frm}\nFax: {frmfax}\nE-Mail: {mail}\n\n"
            "Datum: {date}   Seiten inkl. Deckblatt: {pages}\nBetreff: Befundanforderung, Patientin {pat}, geb. {dob}\nUnser Zeichen: {ref}\n\n"
            "Dieses Fax ist vertraulich. Bei Fehlzustellung bitte Absender informieren.",
            "fr": "TÉLÉCOPIE\n\nDestinataire : {to}\nFax : {tofax}\n\nExpéditeur : Dr {frm}\nFax : {frmfax}\nCourriel : {mail}\n\n"
            "Date : {date}    Nombre de pages : {pages}\nObjet : demande de dossier, patient(e) {pat}, né(e) le {dob}\nRéf. : {ref}\n\n"
            "Document confidentiel. En cas d'erreur, merci de prévenir l'expéditeur.",
            "es": "FAX\n\nPara: {to}\nFax: {tofax}\n\nDe: Dra. {frm}\nFax: {frmfax}\nCorreo: {mail}\n\n"
            "Fecha: {date}    Páginas: {pages}\nAsunto: solicitud de historia clínica de {pat}, fecha de nacimiento {dob}\nRef.: {ref}\n\n"
            "Confidencial. Si lo recibe por error, avise al remitente.",
            "it": "FAX\n\nA: {to}\nFax: {tofax}\n\nDa: dott. {frm}\nFax: {frmfax}\nE-mail: {mail}\n\n"
            "Data: {date}    Pagine: {pages}\nOggetto: richiesta cartella clinica di {pat}, nato il {dob}\nRif.: {ref}\n\n"
            "Documento riservato.",
        },
        **kw,
    )


def portin(c: Ctx) -> Out:
    g, s = c.given(), c.surname()
    kw = dict(
        name=c.P(f"{g} {s}"),
        dob=c.dob(),
        addr=c.addr_line(),
        num=c.phone(),
        acct=c.dec("account"),
        pin=c.pin(c.pick([4, 6])),
        mail=c.email(g, s),
        ip=c.ip(v6=c.chance(0.2)),
        ts=c.dec("timestamp"),
        ssn=c.ssn(),
        req=c.dec("order"),
    )
    return "form", L(
        c,
        {
            "en": "Port-in request {req}\nAccount holder: {name}\nDate of birth: {dob}\nService address: {addr}\n"
            "Number to transfer: {num}\nAccount number at current carrier: {acct}\nTransfer PIN: {pin}\n"
            "SSN (credit check): {ssn}\nContact e-mail: {mail}\n"
            "Submitted {ts} from {ip}",
            "de": "Auftrag Rufnummernmitnahme {req}\nAnschlussinhaber: {name}\nGeburtsdatum: {dob}\nAnschrift: {addr}\n"
            "Zu portierende Rufnummer: {num}\nKundennummer beim abgebenden Anbieter: {acct}\nKundenkennwort: {pin}\n"
            "E-Mail: {mail}\nEingang {ts}, IP {ip}",
            "fr": "Demande de portabilité {req}\nTitulaire : {name}\nNé(e) le : {dob}\nAdresse : {addr}\n"
            "Numéro à porter : {num}\nN° client opérateur actuel : {acct}\nCode confidentiel : {pin}\n"
            "Courriel : {mail}\nDemande reçue le {ts} depuis {ip}",
            "es": "Solicitud de portabilidad {req}\nTitular: {name}\nFecha de nacimiento: {dob}\nDomicilio: {addr}\n"
            "Número a portar: {num}\nN.º de cliente del operador donante: {acct}\nPIN de la línea: {pin}\n"
            "Correo: {mail}\nEnviada {ts} desde {ip}",
            "nl": "Nummerbehoud aanvraag {req}\nAbonnee: {name}\nGeboortedatum: {dob}\nAdres: {addr}\n"
            "Over te zetten nummer: {num}\nKlantnummer huidige provider: {acct}\nOverstapcode: {pin}\n"
            "E-mail: {mail}\nOntvangen {ts} vanaf {ip}",
        },
        **kw,
    )


def energy(c: Ctx) -> Out:
    g, s = c.given(), c.surname()
    town, pc = c.town()
    holder = c.person() if c.chance(0.3) else c.P(f"{g} {s}")
    kw = dict(
        name=c.P(f"{g} {s}"),
        dob=c.dob(years=(1938, 2005)),
        street=c.addr(),
        town=town,
        pc=pc,
        meter=c.dec("meter"),
        sp=c.dec("supply-point"),
        iban=c.iban(),
        holder=holder,
        tel=c.phone(),
        mail=c.email(g, s),
        start=c.dec("date"),
        cost=c.dec("price"),
        ref=c.dec("policy"),
    )
    kw["ssn"] = ("\nSSN (credit check): " + c.ssn()) if c.lang == "en" and c.chance(0.8) else ""
    return "form", L(
        c,
        {
            "en": "Switch form — ref {ref}\nCustomer: {name}   Date of birth: {dob}\nSupply address: {street}, {town} {pc}\n"
            "Meter serial: {meter}   MPAN: {sp}\nDirect debit from: {iban} (account holder: {holder})\n"
            "Phone: {tel}   Email: {mail}{ssn}\nRequested switch date: {start}\nEstimated annual cost: {cost}",
            "de": "Auftrag Lieferantenwechsel – Vertragsnr. {ref}\nKunde: {name}, geb. {dob}\nLieferanschrift: {street}, {pc} {town}\n"
            "Zählernummer: {meter}   Marktlokations-ID: {sp}\nSEPA-Lastschrift von IBAN {iban}, Kontoinhaber {holder}\n"
            "Telefon: {tel}   E-Mail: {mail}\nGewünschter Lieferbeginn: {start}\nVoraussichtlicher Jahresbetrag: {cost}",
            "fr": "Souscription électricité – contrat {ref}\nTitulaire : {name}, né(e) le {dob}\nAdresse de fourniture : {street}, {pc} {town}\n"
            "N° de compteur : {meter}   PDL : {sp}\nPrélèvement sur l'IBAN {iban} (titulaire : {holder})\n"
            "Tél. : {tel}   Courriel : {mail}\nDate de mise en service : {start}\nEstimation annuelle : {cost}",
            "es": "Cambio de comercializadora – contrato {ref}\nTitular: {name}, fecha de nacimiento {dob}\nDirección de suministro: {street}, {pc} {town}\n"
            "N.º de contador: {meter}   CUPS: {sp}\nDomiciliación: {iban} (titular de la cuenta: {holder})\n"
            "Teléfono: {tel}   Correo: {mail}\nFecha de alta: {start}\nCoste anual estimado: {cost}",
            "it": "Cambio fornitore – contratto {ref}\nIntestatario: {name}, data di nascita {dob}\nIndirizzo di fornitura: {street}, {pc} {town}\n"
            "Matricola contatore: {meter}   POD: {sp}\nAddebito SEPA su IBAN {iban} (intestatario del conto: {holder})\n"
            "Cellulare: {tel}   E-mail: {mail}\nDecorrenza: {start}\nSpesa annua stimata: {cost}",
            "nl": "Overstapformulier – contract {ref}\nNaam: {name}, geboortedatum {dob}\nLeveradres: {street}, {pc} {town}\n"
            "Meternummer: {meter}   EAN-code: {sp}\nAutomatische incasso van {iban} (rekeninghouder: {holder})\n"
            "Telefoon: {tel}   E-mail: {mail}\nStartdatum levering: {start}\nGeschatte jaarkosten: {cost}",
            "pt": "Mudança de comercializador – contrato {ref}\nTitular: {name}, data de nascimento {dob}\nMorada de fornecimento: {street}, {pc} {town}\n"
            "N.º do contador: {meter}   CPE: {sp}\nDébito direto na conta {iban} (titular: {holder})\n"
            "Telemóvel: {tel}   E-mail: {mail}\nData de início: {start}\nCusto anual estimado: {cost}",
        },
        **kw,
    )


def donation(c: Ctx) -> Out:
    kw = dict(
        name=c.person(),
        addr=c.addr_line(),
        amount=c.dec("price"),
        date=c.dec("date"),
        iban=(c.card() if c.chance(0.6 if c.lang in ("en", "es") else 0.4) else c.iban())
        + (" (" + c.dec("iban-invalid") + " ✗)" if c.chance(0.3) else ""),
        no=c.dec("invoice"),
        mail=c.email(),
        tel=c.phone(),
        sig=c.person(),
    )
    return "form", L(
        c,
        {
            "en": "DONATION RECEIPT No. {no}\nDonor: {name}\n{addr}\nAmount received: {amount} on {date}\n"
            "Paid from {iban}\nNo goods or services were provided in exchange.\n"
            "Questions: {mail}, {tel}\nAuthorized signature: {sig}, Treasurer",
            "de": "Bestätigung über Geldzuwendungen Nr. {no}\nName und Anschrift des Zuwendenden:\n{name}\n{addr}\n"
            "Betrag der Zuwendung: {amount}   Tag der Zuwendung: {date}\nÜberweisung von IBAN {iban}\n"
            "Rückfragen: {mail} / {tel}\n{sig} (Schatzmeisterin)",
            "fr": "REÇU AU TITRE DES DONS n° {no}\nDonateur : {name}\nAdresse : {addr}\nMontant : {amount}, versé le {date}\n"
            "Mode de versement : virement depuis le compte {iban}\nContact : {mail} – {tel}\nLe trésorier, {sig}",
            "es": "CERTIFICADO DE DONACIÓN n.º {no}\nDonante: {name}\nDomicilio: {addr}\nImporte: {amount}   Fecha: {date}\n"
            "Forma de pago: {iban}\nConsultas: {mail} · {tel}\nFdo.: {sig}, tesorera",
            "pt": "RECIBO DE DONATIVO n.º {no}\nDoador: {name}\nMorada: {addr}\nValor: {amount}   Data: {date}\n"
            "Transferência da conta {iban}\nContactos: {mail} / {tel}\nO tesoureiro, {sig}",
        },
        **kw,
    )


def customs(c: Ctx) -> Out:
    g, s = c.given(), c.surname()
    kw = dict(
        sender=c.person(),
        saddr=c.addr_line(),
        stel=c.phone(),
        to=c.P(f"{g} {s}"),
        taddr=c.addr_line(),
        ttel=c.phone(),
        tmail=c.email(g, s),
        hs1=c.dec("hs-code"),
        hs2=c.dec("hs-code"),
        v1=c.dec("price"),
        v2=c.dec("price"),
        trk=c.dec("tracking"),
        date=c.dec("date"),
        q=c.dec("qty"),
    )
    return "form", L(
        c,
        {
            "en": "CUSTOMS DECLARATION CN 23\nFrom: {sender}\n{saddr}\nTel: {stel}\nTo: {to}\n{taddr}\nTel: {ttel}   Email: {tmail}\n"
            "Contents | Qty | HS tariff no. | Value\nWool scarf | {q} | {hs1} | {v1}\nCeramic mug | 2 | {hs2} | {v2}\n"
            "Category: gift    Item no.: {trk}\nDate and sender's signature: {date}",
            "de": "ZOLLINHALTSERKLÄRUNG CN 23\nAbsender: {sender}\n{saddr}\nTel. {stel}\nEmpfänger: {to}\n{taddr}\nTel. {ttel}   E-Mail {tmail}\n"
            "Inhalt | Menge | Zolltarifnr. | Wert\nStrickschal | {q} | {hs1} | {v1}\nKeramikbecher | 2 | {hs2} | {v2}\n"
            "Art der Sendung: Geschenk   Sendungsnr.: {trk}\nDatum/Unterschrift: {date}",
            "fr": "DÉCLARATION EN DOUANE CN 23\nExpéditeur : {sender}\n{saddr}\nTél. {stel}\nDestinataire : {to}\n{taddr}\nTél. {ttel}  Courriel {tmail}\n"
            "Désignation | Qté | N° tarifaire | Valeur\nÉcharpe en laine | {q} | {hs1} | {v1}\nTasse en céramique | 2 | {hs2} | {v2}\n"
            "Catégorie : cadeau   N° d'envoi : {trk}\nDate et signature : {date}",
            "es": "DECLARACIÓN DE ADUANA CN 23\nRemitente: {sender}\n{saddr}\nTel. {stel}\nDestinatario: {to}\n{taddr}\nTel. {ttel}   Correo {tmail}\n"
            "Contenido | Cant. | Partida arancelaria | Valor\nBufanda de lana | {q} | {hs1} | {v1}\nTaza de cerámica | 2 | {hs2} | {v2}\n"
            "Categoría: regalo   N.º de envío: {trk}\nFecha y firma: {date}",
        },
        **kw,
    )


def labels(c: Ctx) -> Out:
    blocks = []
    for _ in range(c.rng.randint(2, 4)):
        town, pc = c.town()
        lines = [c.person()]
        if c.chance(0.25):
            lines.append(
                (
                    "c/o "
                    if c.lang == "en"
                    else {"de": "bei ", "fr": "chez ", "es": "a/a "}.get(c.lang, "c/o ")
                )
                + c.person()
            )
        lines.append(c.addr())
        lines.append(f"{town} {pc}" if c.lang == "en" else f"{pc} {town}")
        if c.chance(0.3):
            lines.append(
                {"en": "Tel ", "de": "Tel. ", "fr": "Tél. ", "es": "Tel. "}[c.lang] + c.phone()
            )
        if c.chance(0.35):
            lines.append(
                {"en": "Ref ", "de": "Sendung ", "fr": "Colis ", "es": "Envío "}[c.lang]
                + c.dec("tracking")
            )
        blocks.append("\n".join(lines))
    head = {
        "en": "Avery L7163 — print run {}",
        "de": "Etiketten Zweckform 3475 – Druck {}",
        "fr": "Planche d'étiquettes – impression {}",
        "es": "Hoja de etiquetas – impresión {}",
    }[c.lang]
    return "label", head.format(c.dec("timestamp")) + "\n\n" + "\n\n".join(blocks)


def guestguide(c: Ctx) -> Out:
    kw = dict(
        addr=c.addr(),
        host=c.person(),
        htel=c.phone(),
        box=c.pin(4),
        wifi=c.pw(),
        alarm=c.pin(c.pick([4, 5, 6])),
        nb=c.person(),
        ntel=c.phone(),
        out=c.dec("date"),
        book=c.dec("order"),
        geo=c.dec("geo"),
        hmail=", " + c.email() if c.chance(0.5) else "",
    )
    md = c.chance(0.3)
    body = L(
        c,
        {
            "en": "# Welcome to {addr}\n\nYour host: {host}, {htel} (WhatsApp is fine){hmail}\n\n## Getting in\nThe key safe by the door opens with {box}.\n"
            "## Wi-Fi\nNetwork: Larkspur-Guest, password: {wifi}\n## Alarm\nIf it beeps, type {alarm} and press OFF.\n"
            "## Emergencies\nSpare key with our neighbour {nb}: {ntel}.\n\nCheck-out by 11:00 on {out} (booking {book}). Taxi pick-up point: {geo}.",
            "de": "# Willkommen – {addr}\n\nGastgeberin: {host}, {htel}{hmail}\n\n## Ankunft\nDer Schlüsseltresor neben der Tür öffnet mit {box}.\n"
            "## WLAN\nNetz: Ferienwohnung-2G, Passwort: {wifi}\n## Alarmanlage\nCode {alarm} eingeben, dann AUS.\n"
            "## Notfall\nErsatzschlüssel bei {nb}, Tel. {ntel}.\n\nAbreise bis 10 Uhr am {out} (Buchung {book}). Taxi-Treffpunkt: {geo}.",
            "fr": "# Bienvenue au {addr}\n\nVotre hôte : {host}, {htel}{hmail}\n\n## Arrivée\nLa boîte à clés s'ouvre avec le code {box}.\n"
            "## Wifi\nRéseau : Gite-Invites, mot de passe : {wifi}\n## Alarme\nTapez {alarm} puis OFF.\n"
            "## Urgences\nDouble des clés chez {nb} : {ntel}.\n\nDépart avant 11 h le {out} (réservation {book}). Point taxi : {geo}.",
            "es": "# Bienvenidos a {addr}\n\nAnfitriona: {host}, {htel}{hmail}\n\n## Llegada\nLa caja de llaves se abre con {box}.\n"
            "## Wifi\nRed: Apartamento-Invitados, contraseña: {wifi}\n## Alarma\nMarcad {alarm} y OFF.\n"
            "## Urgencias\nCopia de la llave: {nb}, {ntel}.\n\nSalida antes de las 11:00 del {out} (reserva {book}). Parada de taxi: {geo}.",
            "it": "# Benvenuti in {addr}\n\nHost: {host}, {htel}{hmail}\n\n## Arrivo\nLa cassetta delle chiavi si apre con {box}.\n"
            "## Wi-Fi\nRete: Casa-Ospiti, la password è {wifi}\n## Allarme\nDigitate {alarm} e poi OFF.\n"
            "## Emergenze\nCopia delle chiavi: {nb}, {ntel}.\n\nCheck-out entro le 10 del {out} (prenotazione {book}). Taxi: {geo}.",
            "nl": "# Welkom op {addr}\n\nGastheer: {host}, {htel}{hmail}\n\n## Aankomst\nHet sleutelkastje gaat open met {box}.\n"
            "## Wifi\nNetwerk: Gasten-5G, wachtwoord: {wifi}\n## Alarm\nToets {alarm} en dan UIT.\n"
            "## Nood\nReservesleutel bij {nb}: {ntel}.\n\nUitchecken voor 10 uur op {out} (boeking {book}). Taxi: {geo}.",
            "pt": "# Bem-vindos à {addr}\n\nAnfitrião: {host}, {htel}{hmail}\n\n## Chegada\nO cofre das chaves abre com {box}.\n"
            "## Wi-Fi\nRede: Casa-Hospedes, a senha é {wifi}\n## Alarme\nMarquem {alarm} e depois OFF.\n"
            "## Emergências\nChave suplente com {nb}: {ntel}.\n\nSaída até às 11h do dia {out} (reserva {book}). Táxi: {geo}.",
        },
        **kw,
    )
    if not md:
        body = body.replace("## ", "").replace("# ", "")
    return ("markdown" if md else "prose"), body
