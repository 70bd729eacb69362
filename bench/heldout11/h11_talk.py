# ruff: noqa: E501
"""Templates, people's text: school nurse visit logs, home-care visit notes, remote-support
tickets, second-hand gold buyers' purchase records, auction consignment mail.

Each language has its own wording; the values are drawn by ``Ctx`` and marked in place.
"""

from __future__ import annotations

from h11_ctx import Ctx
from h11_markup import D, M
from h11_pools import recent_date, stamp

NURSE = {
    "en": "HEALTH OFFICE VISIT LOG - {school}\nDate: {visit}  Time in: {t1}\nStudent: {child}   Grade: {grade}   ID: {pid}\nDOB: {dob}\nComplaint: {why}\nTemp: {temp} F   Pulse: {pulse}\nAction: rested {mins} min, ice pack, water. {med}\nParent/guardian contacted: {parent} at {phone}, {t2}\nPicked up by: {pickup} at {t3}\nNurse: {nurse}, RN",
    "de": "Krankenzimmer - Besuchsprotokoll {school}\nDatum: {visit}  Uhrzeit: {t1}\nSchüler/in: {child}   Klasse: {grade}   Schüler-Nr.: {pid}\nGeb.-Datum: {dob}\nBeschwerden: {why}\nTemp.: {temp} °C   Puls: {pulse}\nMaßnahme: {mins} Min. hingelegt, Kühlpack, Wasser. {med}\nErziehungsberechtigte/r informiert: {parent}, Tel. {phone}, {t2} Uhr\nAbgeholt von: {pickup} um {t3}\nSchulgesundheitsfachkraft: {nurse}",
    "fr": "Infirmerie scolaire - registre de passage - {school}\nDate : {visit}  Heure : {t1}\nÉlève : {child}   Classe : {grade}   N° élève : {pid}\nNé(e) le : {dob}\nMotif : {why}\nTempérature : {temp} °C   Pouls : {pulse}\nConduite tenue : repos {mins} min, poche de froid, eau. {med}\nResponsable légal prévenu : {parent} au {phone}, à {t2}\nRécupéré(e) par : {pickup} à {t3}\nInfirmière : {nurse}",
    "es": "Enfermería escolar - registro de visitas - {school}\nFecha: {visit}  Hora: {t1}\nAlumno/a: {child}   Curso: {grade}   Nº alumno: {pid}\nFecha de nacimiento: {dob}\nMotivo: {why}\nTemperatura: {temp} °C   Pulso: {pulse}\nActuación: reposo {mins} min, hielo, agua. {med}\nSe avisa a la familia: {parent} al {phone}, {t2}\nRecogido/a por: {pickup} a las {t3}\nEnfermera: {nurse}",
    "it": "Infermeria scolastica - registro accessi - {school}\nData: {visit}  Ora: {t1}\nAlunno/a: {child}   Classe: {grade}   Matricola: {pid}\nData di nascita: {dob}\nMotivo: {why}\nTemperatura: {temp} °C   Polso: {pulse}\nIntervento: riposo {mins} min, ghiaccio, acqua. {med}\nGenitore avvisato: {parent} al {phone}, ore {t2}\nRitirato/a da: {pickup} alle {t3}\nInfermiera: {nurse}",
    "nl": "Schoolverpleegkundige - bezoekregistratie {school}\nDatum: {visit}  Tijd: {t1}\nLeerling: {child}   Groep: {grade}   Leerlingnr.: {pid}\nGeboortedatum: {dob}\nKlacht: {why}\nTemp.: {temp} °C   Pols: {pulse}\nActie: {mins} min gerust, coldpack, water. {med}\nOuder gebeld: {parent} op {phone}, {t2}\nOpgehaald door: {pickup} om {t3}\nVerpleegkundige: {nurse}",
    "pt": "Enfermaria escolar - registo de atendimentos - {school}\nData: {visit}  Hora: {t1}\nAluno/a: {child}   Turma: {grade}   N.º aluno: {pid}\nData de nascimento: {dob}\nQueixa: {why}\nTemperatura: {temp} °C   Pulso: {pulse}\nProcedimento: repouso {mins} min, gelo, água. {med}\nEncarregado de educação avisado: {parent} pelo {phone}, às {t2}\nLevado/a por: {pickup} às {t3}\nEnfermeira: {nurse}",
}
WHY = {
    "en": ["headache after PE", "scraped knee at recess", "stomach ache", "nosebleed"],
    "de": [
        "Kopfschmerzen nach dem Sport",
        "Knie aufgeschürft in der Pause",
        "Bauchschmerzen",
        "Nasenbluten",
    ],
    "fr": [
        "maux de tête après l'EPS",
        "genou écorché à la récré",
        "mal au ventre",
        "saignement de nez",
    ],
    "es": [
        "dolor de cabeza tras educación física",
        "rodilla raspada en el recreo",
        "dolor de tripa",
        "sangrado nasal",
    ],
    "it": [
        "mal di testa dopo ginnastica",
        "ginocchio sbucciato in cortile",
        "mal di pancia",
        "sangue dal naso",
    ],
    "nl": ["hoofdpijn na gym", "geschaafde knie op het plein", "buikpijn", "bloedneus"],
    "pt": [
        "dor de cabeça depois de educação física",
        "joelho esfolado no recreio",
        "dor de barriga",
        "sangramento nasal",
    ],
}
SCHOOL = {"en": "Westbrook Elementary", "de": "Grundschule am Park", "fr": "École Jules-Ferry", "es": "CEIP Miguel Hernández",
          "it": "I.C. Giovanni Pascoli", "nl": "OBS De Regenboog", "pt": "EB1 do Alto"}  # fmt: skip


def _hm(c: Ctx, lo: int = 8, hi: int = 15) -> str:
    return f"{c.rng.randint(lo, hi):02d}:{c.rng.randint(0, 59):02d}"


def t_nurse(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = c.person(lang)
    pg, _ = c.person(lang)
    ng, ns = c.person(lang)
    parent = f"{pg} {s}"
    pickup = M("PERSON", parent) if r.random() < 0.6 else M("PERSON", f"{c.person(lang)[0]} {s}")
    temp = (
        f"{r.randint(97, 101)}.{r.randint(0, 9)}"
        if lang == "en"
        else f"{r.randint(36, 38)},{r.randint(0, 9)}"
    )
    med = ""
    if r.random() < 0.5:
        med = {"en": "Ibuprofen {d} per standing order.", "de": "Paracetamol {d} lt. Elternerlaubnis.", "fr": "Paracétamol {d} (PAI).",
               "es": "Paracetamol {d} con autorización.", "it": "Paracetamolo {d} (autorizzazione).", "nl": "Paracetamol {d} (toestemming).",
               "pt": "Paracetamol {d} (autorizado)."}[lang].format(d=D("dose", f"{r.choice([120, 200, 250, 500])} mg"))  # fmt: skip
    text = NURSE[lang].format(
        school=SCHOOL[lang],
        visit=D("date", recent_date(r, lang, "num")),
        t1=_hm(c),
        child=M("PERSON", f"{g} {s}"),
        grade=r.randint(1, 6),
        pid=D("pupil-id", c.num(6)),
        dob=M("DATE_OF_BIRTH", c.dob(lang, "num", 2010, 2020)),
        why=r.choice(WHY[lang]),
        temp=D("vital", temp),
        pulse=r.randint(70, 110),
        mins=r.choice([10, 15, 20, 30]),
        med=med,
        parent=M("PERSON", parent),
        phone=M("PHONE", c.phone(lang, mobile=True)),
        t2=_hm(c),
        pickup=pickup,
        t3=_hm(c),
        nurse=M("PERSON", f"{ng} {ns}"),
    )
    return "form", text


HOMECARE = {
    "en": "Visit note - client {client} (DOB {dob}), {street}\nCheck-in {t1} (GPS {geo}) / check-out {t2}. Visit ID {vid}.\nKey safe left of the garage door, code {code}. Please spin the dial back after use.\nBP {bp}, sugar {sugar} mg/dl, ate half of breakfast. {extra}\nNext of kin {rel} asks for a call if BP is over 160: {phone}.\nCarer: {carer}",
    "de": "Einsatzdoku - Klient/in {client} (geb. {dob}), {street}\nKommt {t1} (GPS {geo}) / Geht {t2}. Einsatz-Nr. {vid}.\nSchlüsseltresor links neben dem Garagentor, Code {code}. Bitte nach Gebrauch verstellen.\nRR {bp}, BZ {sugar} mg/dl, Frühstück zur Hälfte gegessen. {extra}\nAngehörige/r {rel} bittet um Anruf bei RR über 160: {phone}.\nPflegekraft: {carer}",
    "fr": "Fiche de passage - bénéficiaire {client} (date de naissance : {dob}), {street}\nArrivée {t1} (GPS {geo}) / départ {t2}. N° intervention {vid}.\nBoîte à clés à gauche du garage, code {code}. Merci de brouiller le code après usage.\nTA {bp}, glycémie {sugar} mg/dl, a mangé la moitié du petit-déjeuner. {extra}\nLe proche référent, {rel}, souhaite être appelé si TA > 160 : {phone}.\nAide-soignante : {carer}",
    "es": "Parte de visita - usuario/a {client} (fecha de nacimiento {dob}), {street}\nEntrada {t1} (GPS {geo}) / salida {t2}. Nº servicio {vid}.\nCajetín de llaves a la izquierda del garaje, código {code}. Mover la rueda al terminar.\nTA {bp}, glucemia {sugar} mg/dl, desayunó la mitad. {extra}\nEl familiar de contacto, {rel}, pide que le llamemos si la TA pasa de 160: {phone}.\nAuxiliar: {carer}",
    "it": "Scheda accesso - assistito/a {client} (data di nascita {dob}), {street}\nEntrata {t1} (GPS {geo}) / uscita {t2}. ID accesso {vid}.\nCassetta chiavi a sinistra del garage, codice {code}. Girare la rotella dopo l'uso.\nPA {bp}, glicemia {sugar} mg/dl, colazione a metà. {extra}\nIl familiare di riferimento, {rel}, chiede di essere chiamato se PA sopra 160: {phone}.\nOperatrice: {carer}",
    "nl": "Bezoekverslag - cliënt {client} (geb. {dob}), {street}\nIn {t1} (GPS {geo}) / uit {t2}. Bezoek-ID {vid}.\nSleutelkluis links van de garagedeur, code {code}. Na gebruik verdraaien a.u.b.\nRR {bp}, glucose {sugar} mg/dl, half ontbijt gegeten. {extra}\nContactpersoon {rel} wil gebeld worden bij RR boven 160: {phone}.\nVerzorgende: {carer}",
    "pt": "Registo de visita - utente {client} (data de nascimento {dob}), {street}\nEntrada {t1} (GPS {geo}) / saída {t2}. N.º visita {vid}.\nCofre de chaves à esquerda da garagem, código {code}. Rodar o código depois de usar.\nTA {bp}, glicemia {sugar} mg/dl, comeu metade do pequeno-almoço. {extra}\nO familiar de contacto, {rel}, pede que lhe liguem se a TA passar de 160: {phone}.\nAjudante: {carer}",
}
EXTRA = {
    "en": "Rx refill due {d}.", "de": "Rezept läuft am {d} aus.", "fr": "Ordonnance à renouveler le {d}.", "es": "Receta a renovar el {d}.",
    "it": "Ricetta da rinnovare il {d}.", "nl": "Herhaalrecept op {d}.", "pt": "Receita a renovar a {d}.",
}  # fmt: skip


def t_homecare(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = c.person(lang)
    rg = r.choice([x for x in __import__("h11_pools").GIVEN[lang] if x != g])
    cg, cs = c.person(lang)
    geo = f"{r.randint(38, 53)}.{c.num(5)}, {r.choice(['', '-'])}{r.randint(0, 13)}.{c.num(5)}"
    extra = (
        EXTRA[lang].format(d=D("rx-date", recent_date(r, lang, "num"))) if r.random() < 0.5 else ""
    )
    text = HOMECARE[lang].format(
        client=M("PERSON", f"{g} {s}"),
        dob=M("DATE_OF_BIRTH", c.dob(lang, "", 1926, 1950)),
        street=M("STREET_ADDRESS", c.street(lang)),
        t1=_hm(c, 7, 9),
        t2=_hm(c, 9, 11),
        geo=D("geo", geo),
        vid=D("visit", c.num(7)),
        code=M("SECRET", c.code(4)),
        bp=D("vital", f"{r.randint(118, 172)}/{r.randint(62, 98)}"),
        sugar=r.randint(85, 190),
        extra=extra,
        rel=M("PERSON", f"{rg} {s}"),
        phone=M("PHONE", c.phone(lang)),
        carer=M("PERSON", cg if r.random() < 0.4 else f"{cg} {cs}"),
    )
    return "prose", text.replace(" \n", "\n")


REMOTE = {
    "en": (
        "Ticket #{tid} - remote session - {state}",
        "Customer: {cust} ({company}), callback {phone}, {mail}",
        "Connected via AnyDesk {rid}, unattended access password set to {pw} at customer's request.",
        "Customer's public IP at connect: {ip}",
        "Router admin login was still factory default, changed to admin / {pw2} and noted in the customer file.",
        "Next step: call back {day}.",
    ),
    "de": (
        "Ticket #{tid} - Fernwartung - {state}",
        "Kunde: {cust} ({company}), Rückruf {phone}, {mail}",
        "Verbindung per AnyDesk {rid}, Passwort für unbeaufsichtigten Zugriff auf Kundenwunsch gesetzt: {pw}",
        "Öffentliche IP beim Verbinden: {ip}",
        "Router-Login war noch Werkseinstellung, geändert auf admin / {pw2}, in Kundenakte notiert.",
        "Nächster Schritt: Rückruf am {day}.",
    ),
    "fr": (
        "Ticket #{tid} - télémaintenance - {state}",
        "Client : {cust} ({company}), rappel au {phone}, {mail}",
        "Connexion AnyDesk {rid}, mot de passe d'accès sans surveillance défini à la demande du client : {pw}",
        "IP publique du client : {ip}",
        "L'accès admin de la box était resté d'usine, changé en admin / {pw2}, noté dans la fiche client.",
        "Suite : rappeler le {day}.",
    ),
    "es": (
        "Ticket #{tid} - asistencia remota - {state}",
        "Cliente: {cust} ({company}), devolver llamada al {phone}, {mail}",
        "Conexión por AnyDesk {rid}, contraseña de acceso desatendido fijada a petición del cliente: {pw}",
        "IP pública del cliente: {ip}",
        "El acceso admin del router seguía de fábrica, cambiado a admin / {pw2}, anotado en la ficha.",
        "Siguiente paso: llamar el {day}.",
    ),
    "it": (
        "Ticket #{tid} - assistenza remota - {state}",
        "Cliente: {cust} ({company}), richiamare al {phone}, {mail}",
        "Collegato con AnyDesk {rid}, password accesso non presidiato impostata su richiesta del cliente: {pw}",
        "IP pubblico del cliente: {ip}",
        "Login admin del router ancora di fabbrica, cambiato in admin / {pw2}, annotato nella scheda.",
        "Prossimo passo: richiamare il {day}.",
    ),
    "nl": (
        "Ticket #{tid} - hulp op afstand - {state}",
        "Klant: {cust} ({company}), terugbellen op {phone}, {mail}",
        "Verbonden via AnyDesk {rid}, wachtwoord voor onbeheerde toegang op verzoek ingesteld: {pw}",
        "Publiek IP van de klant: {ip}",
        "Router-login stond nog op fabrieksinstelling, gewijzigd naar admin / {pw2}, genoteerd in klantdossier.",
        "Volgende stap: terugbellen op {day}.",
    ),
    "pt": (
        "Ticket #{tid} - assistência remota - {state}",
        "Cliente: {cust} ({company}), ligar de volta para {phone}, {mail}",
        "Ligação por AnyDesk {rid}, palavra-passe de acesso não vigiado definida a pedido do cliente: {pw}",
        "IP público do cliente: {ip}",
        "O login admin do router estava de fábrica, alterado para admin / {pw2}, anotado na ficha.",
        "Próximo passo: ligar a {day}.",
    ),
}
STATE = {
    "en": "open",
    "de": "offen",
    "fr": "ouvert",
    "es": "abierto",
    "it": "aperto",
    "nl": "open",
    "pt": "aberto",
}
COMPANY = {"en": "Harrowgate Dental", "de": "Steuerbüro Lammers", "fr": "Cabinet Garnier", "es": "Gestoría Olmedo",
           "it": "Studio Sartori", "nl": "Administratiekantoor Postma", "pt": "Clínica Sampaio"}  # fmt: skip


def t_remote(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = c.person(lang)
    ag, _ = c.person(lang)
    rid = " ".join([c.num(3), c.num(3), c.num(3)]) if r.random() < 0.5 else c.num(10)
    lines = REMOTE[lang]
    vals = {
        "tid": D("ticket", c.num(6)),
        "state": STATE[lang],
        "cust": M("PERSON", f"{g} {s}"),
        "company": COMPANY[lang],
        "phone": M("PHONE", c.phone(lang)),
        "mail": M("EMAIL", c.email(g, s)),
        "rid": D("remote-id", rid),
        "pw": M("SECRET", c.password(lang)),
        "ip": M("IP_ADDRESS", c.ipv4(True) if r.random() < 0.8 else c.ipv6()),
        "pw2": M("SECRET", c.password(lang)),
        "day": D("date", recent_date(r, lang, "num")),
    }
    body = [ln.format(**vals) for ln in lines]
    if r.random() < 0.4:
        del body[4]
    if r.random() < 0.35:
        nas = f"sftp://{M('URL_CREDENTIALS', c.urlcred('backup', lang))}@{M('IP_ADDRESS', c.ipv4(False))}/volume1"
        body.insert(3, f"NAS: {nas}")
    body.append(f"-- {M('PERSON', ag)}, {stamp(r)}")
    return "ticket", "\n".join(body)


PAWN = {
    "en": "PURCHASE RECORD #{rec}   (secondhand precious metals)\nSeller: {name}\nDate of birth: {dob}\nAddress: {street}, {town}\nPhone: {phone}\nID: driver license, expires {exp}\nItem: 14K gold chain, {wt}, hallmark present\nPaid: {amount} by check\nClerk: {clerk}",
    "de": "ANKAUFSBELEG Nr. {rec}\nVerkäufer: {name}\nGeburtsdatum: {dob}\nAnschrift: {street}, {town}\nTelefon: {phone}\nAusweis: Personalausweis, gültig bis {exp}\nWare: Goldkette 585, {wt}, Punze vorhanden\nAnkaufspreis: {amount}, Auszahlung per Überweisung auf IBAN {iban}\nSachbearbeiter: {clerk}",
    "fr": "BORDEREAU D'ACHAT N° {rec} (livre de police)\nVendeur : {name}\nDate de naissance : {dob}\nAdresse : {street}, {town}\nTéléphone : {phone}\nPièce d'identité : CNI, valable jusqu'au {exp}\nObjet : chaîne or 18 carats, {wt}, poinçon présent\nPrix d'achat : {amount}, virement sur IBAN {iban}\nAcheteur : {clerk}",
    "es": "JUSTIFICANTE DE COMPRA Nº {rec} (libro registro)\nVendedor: {name}\nFecha de nacimiento: {dob}\nDomicilio: {street}, {town}\nTeléfono: {phone}\nDocumento: DNI, válido hasta {exp}\nArtículo: cadena de oro 18 k, {wt}, contraste visible\nImporte: {amount}, transferencia a IBAN {iban}\nTasador: {clerk}",
    "it": "SCHEDA DI ACQUISTO N. {rec} (registro compro oro)\nCedente: {name}\nData di nascita: {dob}\nIndirizzo: {street}, {town}\nTelefono: {phone}\nDocumento: carta d'identità, scadenza {exp}\nOggetto: catenina oro 750, {wt}, marchio presente\nImporto: {amount}, bonifico su IBAN {iban}\nOperatore: {clerk}",
    "nl": "INKOOPBON nr. {rec} (inkoopregister)\nVerkoper: {name}\nGeboortedatum: {dob}\nAdres: {street}, {town}\nTelefoon: {phone}\nLegitimatie: ID-kaart, geldig tot {exp}\nArtikel: gouden ketting 14 kt, {wt}, keurmerk aanwezig\nBedrag: {amount}, overgemaakt op IBAN {iban}\nMedewerker: {clerk}",
    "pt": "TALÃO DE COMPRA N.º {rec} (registo de artigos usados)\nVendedor: {name}\nData de nascimento: {dob}\nMorada: {street}, {town}\nTelefone: {phone}\nIdentificação: cartão de cidadão, válido até {exp}\nArtigo: fio de ouro 19,2 kt, {wt}, contraste visível\nValor: {amount}, transferência para IBAN {iban}\nAvaliador: {clerk}",
}


def t_pawn(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = c.person(lang)
    cg, cs = c.person(lang)
    name = M("PERSON", f"{s}, {g}" if r.random() < 0.5 else f"{g} {s}")
    iban = c.iban(lang)
    if r.random() < 0.5:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    wt = (
        f"{r.randint(2, 40)}.{r.randint(0, 9)} g"
        if lang == "en"
        else f"{r.randint(2, 40)},{r.randint(0, 9)} g"
    )
    text = PAWN[lang].format(
        rec=D("receipt", f"{r.randint(2025, 2026)}-{c.num(4)}"),
        name=name,
        dob=M("DATE_OF_BIRTH", c.dob(lang)),
        street=M("STREET_ADDRESS", c.street(lang)),
        town=c.town(lang),
        phone=M("PHONE", c.phone(lang)),
        exp=D("expiry", recent_date(r, lang, "num").replace("202", "203", 1)),
        wt=D("weight", wt),
        amount=D(
            "price", f"{r.randint(80, 2400)},00 €" if lang != "en" else f"${r.randint(80, 2400)}.00"
        ),
        iban=M("IBAN", iban),
        clerk=M("PERSON", cg if r.random() < 0.5 else f"{cg[0]}. {cs}"),
    )
    return "form", text


CONSIGN = {
    "en": (
        "Consignment - lot {lot} - my details",
        "Dear {house},\n\nthank you for the valuation of my grandmother's brooch (estimate {est}). Here are the details for the consignment agreement:\n\nFull name: {name}\nDate of birth: {dob}\nAddress: {street}, {town}\nPhone: {phone}\nSSN for the 1099: {ssn}\nPayout by ACH please, or check to the address above.\n\nIs the sale on {sale} still confirmed?\n\nKind regards,\n{first}",
    ),
    "de": (
        "Einlieferung Los {lot} - meine Angaben",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für die Schätzung der Brosche meiner Großmutter (Schätzpreis {est}). Für den Einlieferungsvertrag und die Prüfung nach Geldwäschegesetz meine Daten:\n\nName: {name}\nGeburtsdatum: {dob}\nAnschrift: {street}, {town}\nTelefon: {phone}\nAuszahlung bitte auf: {iban}\n\nBleibt es bei der Auktion am {sale}?\n\nMit freundlichen Grüßen\n{first}",
    ),
    "fr": (
        "Dépôt-vente lot {lot} - mes coordonnées",
        "Madame, Monsieur,\n\nmerci pour l'estimation de la broche de ma grand-mère (estimation {est}). Voici mes informations pour le contrat de dépôt et la vérification LCB-FT :\n\nNom : {name}\nDate de naissance : {dob}\nAdresse : {street}, {town}\nTéléphone : {phone}\nVirement du produit sur : {iban}\n\nLa vente du {sale} est-elle confirmée ?\n\nBien cordialement,\n{first}",
    ),
    "es": (
        "Consignación lote {lot} - mis datos",
        "Buenos días:\n\ngracias por la tasación del broche de mi abuela (estimación {est}). Les paso mis datos para el contrato de consignación y la diligencia debida:\n\nNombre: {name}\nFecha de nacimiento: {dob}\nDomicilio: {street}, {town}\nTeléfono: {phone}\nIngreso de la liquidación en: {iban}\n\n¿Sigue en pie la subasta del {sale}?\n\nUn saludo,\n{first}",
    ),
    "it": (
        "Mandato a vendere lotto {lot} - i miei dati",
        "Gentili signori,\n\ngrazie per la stima della spilla di mia nonna (stima {est}). Ecco i miei dati per il mandato e l'adeguata verifica antiriciclaggio:\n\nNome: {name}\nData di nascita: {dob}\nIndirizzo: {street}, {town}\nTelefono: {phone}\nAccredito del ricavato su: {iban}\n\nL'asta del {sale} è confermata?\n\nCordiali saluti,\n{first}",
    ),
    "nl": (
        "Inbreng kavel {lot} - mijn gegevens",
        "Geachte heer/mevrouw,\n\ndank voor de taxatie van de broche van mijn oma (schatting {est}). Hierbij mijn gegevens voor de inbrengovereenkomst en de Wwft-controle:\n\nNaam: {name}\nGeboortedatum: {dob}\nAdres: {street}, {town}\nTelefoon: {phone}\nUitbetaling graag op: {iban}\n\nGaat de veiling van {sale} nog door?\n\nMet vriendelijke groet,\n{first}",
    ),
    "pt": (
        "Consignação lote {lot} - os meus dados",
        "Exmos. Senhores,\n\nobrigado pela avaliação do alfinete da minha avó (estimativa {est}). Seguem os meus dados para o contrato de consignação e a verificação de branqueamento:\n\nNome: {name}\nData de nascimento: {dob}\nMorada: {street}, {town}\nTelefone: {phone}\nPagamento por transferência para: {iban}\n\nO leilão de {sale} mantém-se?\n\nCom os melhores cumprimentos,\n{first}",
    ),
}


def t_consign(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = c.person(lang)
    mail = c.email(g, s)
    subj, body = CONSIGN[lang]
    lot = D("lot", str(r.randint(100, 999)))
    iban = c.iban(lang)
    vals = {
        "house": "Ashcroft & Lowe",
        "est": D("price", f"{r.randint(3, 40)}00 - {r.randint(41, 90)}00"),
        "name": M("PERSON", f"{g} {s}"),
        "dob": M("DATE_OF_BIRTH", c.dob(lang)),
        "street": M("STREET_ADDRESS", c.street(lang)),
        "town": c.town(lang),
        "phone": M("PHONE", c.phone(lang)),
        "iban": M("IBAN", " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))),
        "sale": D("date", recent_date(r, lang, "words")),
        "first": M("PERSON", g),
        "ssn": "",
    }
    if lang == "en":
        vals["ssn"] = M("US_SSN", c.ssn(styled=True))
    head = f"From: {M('PERSON', f'{g} {s}')} <{M('EMAIL', mail)}>\nTo: consign@auction.example\nDate: {stamp(r)}\nSubject: {subj.format(lot=lot)}\n\n"
    return "email", head + body.format(**vals)
