"""Templates for the values the others draw least: cards, SSNs, URL credentials, codes.

Payment exports, gift-card chats, US tax and benefits paperwork, CI logs, network inventories
and verification messages are where these values really turn up in business text.
"""

# Templates are text: a source line holds a line of the text, however long it is.
# ruff: noqa: E501

from __future__ import annotations

import json

from h4_ctx import Ctx

Made = tuple[str, str]


def gift_card_chat(c: Ctx) -> Made:
    cust = c.person()
    agent = c.pick(["Sam", "Lea", "Noé", "Lucía", "Jonas", "Maya"])
    gift, loyalty = c.d("luhn-invalid"), c.d("luhn-invalid")
    zw = c.chance(0.25)
    card = c.card(sep="<ZWSP>" if zw else None)
    text = c.L(
        en=f"Customer: hi, my gift card {gift} shows a balance of zero but I never used it\nAgent {agent}: Sorry about "
        f"that! Can you give me the order it came with?\nCustomer: {c.d('order')}, paid with my card {card}\n"
        f"Agent {agent}: Thanks {c.name(cust, 'given')}. I've re-issued it; the loyalty number {loyalty} keeps its points.",
        de=f"Kunde: Hallo, meine Geschenkkarte {gift} zeigt 0 € Guthaben, obwohl ich sie nie benutzt habe\n"
        f"{agent} (Support): Das tut mir leid! Zu welcher Bestellung gehört sie?\nKunde: {c.d('order')}, bezahlt mit "
        f"Karte {card}\n{agent} (Support): Danke, Herr {c.name(cust, 'surname')}. Neu ausgestellt; Ihre Kundenkarte "
        f"{loyalty} behält die Punkte.",
        fr=f"Client : bonjour, ma carte cadeau {gift} affiche un solde nul alors que je ne l'ai jamais utilisée\n"
        f"{agent} (conseiller) : Désolé ! Quelle commande ?\nClient : {c.d('order')}, payée avec ma carte {card}\n"
        f"{agent} (conseiller) : Merci M. {c.name(cust, 'surname')}, c'est réémis. Votre carte fidélité {loyalty} "
        f"garde ses points.",
        es=f"Cliente: hola, mi tarjeta regalo {gift} sale con saldo cero y no la he usado\n{agent} (soporte): ¡Vaya! "
        f"¿Con qué pedido vino?\nCliente: {c.d('order')}, pagado con la tarjeta {card}\n{agent} (soporte): Gracias, "
        f"{c.name(cust)}. Ya está reemitida; la tarjeta de puntos {loyalty} conserva el saldo.",
    )
    return "chat", text


def chargeback_export(c: Ctx) -> Made:
    head = c.L(en="txn_id,date,pan,amount,cardholder,reason", de="txn_id;datum;kartennummer;betrag;karteninhaber;grund",
               fr="id_txn;date;numero_carte;montant;titulaire;motif", es="id_txn;fecha;num_tarjeta;importe;titular;motivo")  # fmt: skip
    sep = "," if c.lang == "en" else ";"
    rows = [head]
    for _ in range(c.rng.randint(3, 6)):
        p = c.person()
        reason = c.pick(
            ["fraud", "not_received", "duplicate", "fraude", "no_recibido", "nicht_erhalten"]
        )
        rows.append(sep.join([f"⟦DECOY:txn|{c.rng.randint(10**9, 10**10 - 1)}⟧", c.date(iso=True),
                              c.card(sep=c.pick(["", "", " ", "-"])), f"⟦DECOY:price|{c.rng.randint(5, 900)}.{c.rng.randint(0, 99):02d}⟧",
                              c.name(p, c.pick(["caps", "full"])), reason]))  # fmt: skip
    return "csv", "\n".join(rows)


def tax_email(c: Ctx) -> Made:
    a, b, kid = c.person("en"), c.person(), c.person()
    kid = type(kid)(kid.given, a.surname)
    street, town = c.addr("us")
    text = c.L(
        en=f"Hi {c.name(a, 'given')},\n\nfor the 1040 I still need: your spouse's SSN (I have yours, {c.ssn()}), "
        f"{c.name(kid, 'given')}'s SSN and date of birth for the child tax credit, and confirmation that you still "
        f"live at {street}, {town}.\n\nAnswer from {c.name(b)}:\n> Spouse: {c.name(b)}, SSN {c.ssn()}, DOB {c.dob()}\n"
        f"> {c.name(kid)}: {c.ssn()}, born {c.dob()}\n> Address unchanged.\n\nThanks! Refund will go to the "
        f"account on file; fee {c.money()}.",
        de=f"Hallo {c.name(a, 'given')},\n\nfür die US-Steuererklärung (Form 1040) brauche ich noch: die Social Security "
        f"Number Ihrer Frau (Ihre habe ich: {c.ssn()}), die SSN und das Geburtsdatum von {c.name(kid, 'given')} sowie "
        f"Ihre US-Anschrift ({street}, {town}).\n\nAntwort von {c.name(b)}:\n> {c.name(b)}: SSN {c.ssn()}, geb. "
        f"{c.dob()}\n> {c.name(kid)}: {c.ssn()}, geboren am {c.dob()}\n\nHonorar: {c.money()}",
        fr=f"Bonjour {c.name(a, 'given')},\n\npour votre déclaration américaine (1040), il me manque le SSN de votre "
        f"conjointe (le vôtre : {c.ssn()}), le SSN et la date de naissance de {c.name(kid, 'given')}, et votre adresse "
        f"aux États-Unis ({street}, {town}).\n\nRéponse de {c.name(b)} :\n> {c.name(b)}, SSN {c.ssn()}, née le "
        f"{c.dob()}\n> {c.name(kid)} : SSN {c.ssn()}, né le {c.dob()}\n\nHonoraires : {c.money()}",
        es=f"Hola {c.name(a, 'given')}:\n\npara la declaración de EE. UU. (1040) me falta el SSN de tu esposa (el tuyo "
        f"ya lo tengo: {c.ssn()}), el SSN y la fecha de nacimiento de {c.name(kid, 'given')} y tu dirección allí "
        f"({street}, {town}).\n\nRespuesta de {c.name(b)}:\n> {c.name(b)}: SSN {c.ssn()}, nacida el {c.dob()}\n"
        f"> {c.name(kid)}: {c.ssn()}, nacido el {c.dob()}\n\nHonorarios: {c.money()}",
    )
    return "email", text


def benefits_form(c: Ctx) -> Made:
    p = c.person("en")
    deps = [c.person("en") for _ in range(c.rng.randint(1, 3))]
    rows = "\n".join(
        f"  {i + 1}. {c.name(d)}   Relationship: {c.pick(['Spouse', 'Child', 'Domestic partner'])}   "
        f"DOB: {c.dob()}   SSN: {c.ssn()}"
        for i, d in enumerate(deps)
    )
    street, town = c.addr("us")
    intro = c.L(en="", de="(US-Tochtergesellschaft - Formular auf Englisch)\n",
                fr="(filiale américaine - formulaire en anglais)\n", es="(filial de EE. UU. - formulario en inglés)\n")  # fmt: skip
    text = (f"{intro}BENEFITS ENROLLMENT {c.d('version')}\nEmployee: {c.name(p, 'inverted')}\nEmployee SSN: {c.ssn()}\n"
            f"Date of Birth: {c.dob()}\nHome Address: {street}\nCity/State/ZIP: {town}\nPhone: {c.phone('us')}\n\n"
            f"Dependents:\n{rows}\n\nPlan: PPO 1500   Effective: {c.date()}")  # fmt: skip
    return "form", text


def ci_log(c: Ctx) -> Made:
    job, sha, sha256 = c.d("build"), c.d("git"), c.d("sha256")
    text = (
        f"Running job {job} on runner {c.d('mac')} ({c.d('loopback')})\n$ git checkout {sha}\n"
        f"$ docker pull registry.example.com/shop/api@sha256:{sha256}\n"
        f"$ ./migrate.sh --db {c.url()}\n"
        f"Migrating schema {c.d('version')} ... ok ({c.d('quantity')})\n"
        f"$ curl -fsS {c.pick(['https', 'http'])}://{c.userinfo('ci-bot')}"
        f"@nexus.example.net/repository/raw/artifact.tgz -o a.tgz\n"
        f"WARN  smoke test: {c.L(en='login as', de='Login als', fr='connexion en tant que', es='login como')} "
        f"{c.email()} failed from {c.ip()}\n$ echo done"
    )
    return "log", text


def network_inventory(c: Ctx) -> Made:
    rows = ["| host | ip | mac | owner | notes |", "|---|---|---|---|---|"]
    for _ in range(c.rng.randint(3, 6)):
        owner = c.person()
        rows.append(f"| {c.pick(['nas', 'printer-2og', 'cam-lager', 'ap-empfang', 'pos-kasse1', 'voip-gw'])}"
                    f"{c.rng.randint(1, 9)} | {c.ip(v6=c.chance(0.2))} | {c.d('mac')} | {c.name(owner)} | "
                    f"{c.pick(['fw ', 'firmware ', 'v'])}{c.d('version')} |")  # fmt: skip
    head = c.L(en="Network inventory (branch office)", de="Netzwerkinventar Filiale",
               fr="Inventaire réseau agence", es="Inventario de red de la sucursal")  # fmt: skip
    admin = c.L(en="Router admin", de="Router-Admin", fr="Admin routeur", es="Admin del router")
    return "markdown", f"{head}\n\n" + "\n".join(rows) + f"\n\n{admin}: admin / {c.password()}"


def otp_sms(c: Ctx) -> Made:
    code = c.pin(6)
    text = c.pick([
        c.L(en=f"{code} is your verification code for your bank login. Never share it. Ref {c.d('ticket')}",
            de=f"Ihr Bestätigungscode lautet {code}. Geben Sie ihn niemals weiter.",
            fr=f"Votre code de vérification est {code}. Ne le communiquez à personne.",
            es=f"Tu código de verificación es {code}. No lo compartas con nadie."),
        c.L(en=f"Card ending 4417: payment of {c.money()} at ONLINE SHOP. Code: {code}. Not you? Call {c.phone()}",
            de=f"Zahlung über {c.money()} bestätigen mit TAN {code}. Nicht Sie? Sperr-Notruf {c.phone()}",
            fr=f"Paiement de {c.money()} : code de confirmation {code}. Pas vous ? Appelez le {c.phone()}",
            es=f"Compra de {c.money()}: código de confirmación {code}. ¿No eres tú? Llama al {c.phone()}"),
    ])  # fmt: skip
    return "sms", text


def postman_env(c: Ctx) -> Made:
    key_id, key = c.aws_pair()
    values = [
        ("baseUrl", "https://api.example.com/v2"), ("apiKey", c.secret(c.pick(["openai", "google", "hf", "sendgrid"]))),
        ("dbUrl", c.url()), ("awsAccessKeyId", key_id), ("awsSecretAccessKey", key),
        ("testUserEmail", c.email()), ("testUserPassword", c.password()), ("orderId", c.d("order")),
    ]  # fmt: skip
    items = [{"key": k, "value": v, "enabled": True} for k, v in values]
    body = json.dumps(
        {"id": "UUIDX", "name": "shop-staging", "values": items}, indent=2, ensure_ascii=False
    )
    return "json", body.replace("UUIDX", c.d("uuid"))


def bookshop_invoice(c: Ctx) -> Made:
    p = c.person()
    street, town = c.addr()
    lines = "\n".join(
        f"  ISBN {c.d('isbn')}  x{c.rng.randint(1, 3)}  {c.money()}"
        for _ in range(c.rng.randint(2, 3))
    )
    text = c.L(
        en=f"Invoice {c.d('invoice')}\nBill to: {c.name(p)}, {street}, {town}\n{lines}\nPaid by card {c.card()} on {c.date()}",
        de=f"Rechnung {c.d('invoice')}\nRechnungsempfänger: {c.name(p)}, {street}, {town}\n{lines}\nBezahlt per Karte {c.card()} am {c.date()}",
        fr=f"Facture {c.d('invoice')}\nFacturé à : {c.name(p)}, {street}, {town}\n{lines}\nRéglée par carte {c.card()} le {c.date()}",
        es=f"Factura {c.d('invoice')}\nCliente: {c.name(p)}, {street}, {town}\n{lines}\nPagada con tarjeta {c.card()} el {c.date()}",
    )
    return "email", text


def boarding_pass(c: Ctx) -> Made:
    p = c.person()
    pnr, flight, seat = c.d("booking"), c.d("flight"), c.d("seat")
    frm, to = c.pick(
        [("MUC", "LHR"), ("CDG", "MAD"), ("BCN", "FRA"), ("DUB", "JFK"), ("VIE", "LIS")]
    )
    surname = p.surname.upper().replace(" ", "").replace("'", "")
    given = p.given.upper().replace(" ", "")
    bcbp_name = f"{surname}/{given}"[:20]
    text = c.L(
        en=f"BOARDING PASS\nPassenger: {c.m('PERSON', f'{surname}/{given}')} MR\nFlight {flight}  {frm} → {to}\n"
        f"Seat {seat}  Gate B{c.rng.randint(1, 40)}  Boarding {c.rng.randint(5, 21):02d}:{c.rng.choice(['05', '20', '40', '55'])}\n"
        f"Booking ref {pnr}\nData: M1{c.m('PERSON', bcbp_name)}{' ' * (20 - len(bcbp_name))} E",
        de=f"BORDKARTE\nPassagier: {c.m('PERSON', f'{surname}/{given}')}\nFlug {flight}  {frm} → {to}\n"
        f"Sitz {seat}  Gate B{c.rng.randint(1, 40)}\nBuchungscode {pnr}\nBarcode-Daten: M1{c.m('PERSON', bcbp_name)}"
        f"{' ' * (20 - len(bcbp_name))} E",
        fr=f"CARTE D'EMBARQUEMENT\nPassager : {c.m('PERSON', f'{surname}/{given}')}\nVol {flight}  {frm} → {to}\n"
        f"Siège {seat}  Porte B{c.rng.randint(1, 40)}\nRéférence {pnr}\nCode-barres : M1{c.m('PERSON', bcbp_name)}"
        f"{' ' * (20 - len(bcbp_name))} E",
        es=f"TARJETA DE EMBARQUE\nPasajero: {c.m('PERSON', f'{surname}/{given}')}\nVuelo {flight}  {frm} → {to}\n"
        f"Asiento {seat}  Puerta B{c.rng.randint(1, 40)}\nLocalizador {pnr}\nDatos del código: M1{c.m('PERSON', bcbp_name)}"
        f"{' ' * (20 - len(bcbp_name))} E",
    )
    fq = c.L(en="\nQuestions? Text the agent on ", de="\nFragen? SMS an ", fr="\nUne question ? SMS au ",
             es="\n¿Dudas? SMS al ")  # fmt: skip
    return "pass", text + fq + c.phone()
