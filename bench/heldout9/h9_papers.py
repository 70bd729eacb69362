# ruff: noqa: E501, RUF059
"""Templates: OCR of cheques and of ID-card fronts, CMR consignment notes, probate inventories,
tenancy reference letters and corporate-card expense exports."""

from __future__ import annotations

from h9_people import fmt_date
from h9_pools import GIVEN

OCR_SWAP = {"l": "1", "O": "0", "o": "0", "I": "l", "e": "c", "rn": "m", "S": "5"}


def noisy(c, label: str) -> str:
    """A label as a poor scan reads it: a swapped letter or two, sometimes a broken space."""
    out = label
    for a, b in OCR_SWAP.items():
        if a in out and c.p(0.25):
            out = out.replace(a, b, 1)
    if " " in out and c.p(0.2):
        out = out.replace(" ", "  ", 1)
    return out


CHQ = {
    "en": ("PAY", "the sum of", "DATE", "Memo", "ACCOUNT HOLDER"),
    "fr": ("PAYEZ CONTRE CE CHÈQUE", "la somme de", "Fait à", "Motif", "TITULAIRE"),
    "es": ("PÁGUESE POR ESTE CHEQUE A", "la cantidad de", "Fecha", "Concepto", "TITULAR"),
    "it": ("PAGATE PER QUESTO ASSEGNO A", "la somma di", "Data", "Causale", "INTESTATARIO"),
    "pt": ("PAGUE POR ESTE CHEQUE A", "a quantia de", "Data", "Referente a", "TITULAR"),
    "de": (
        "ZAHLEN SIE GEGEN DIESEN SCHECK AN",
        "den Betrag von",
        "Datum",
        "Verwendungszweck",
        "KONTOINHABER",
    ),
    "nl": (
        "BETAAL TEGEN DEZE CHEQUE AAN",
        "het bedrag van",
        "Datum",
        "Omschrijving",
        "REKENINGHOUDER",
    ),
}


def cheque(c):
    L = CHQ[c.lang]
    payee = c.P(f"{c.g()} {c.s()}".upper() if c.p(0.5) else f"{c.g()} {c.s()}")
    g, s, drawer = c.full()
    chq = c.num("cheque", 7)
    lines = [
        f"{noisy(c, L[4])}: {drawer}",
        f"{c.street(0.2)}",
        f"{c.town()}",
        "",
        f"{noisy(c, L[2])}  {c.date('cheque-date')}",
        f"{noisy(c, L[0])}  {payee}",
        f"{noisy(c, L[1])}  {c.price()}   ****",
        f"{noisy(c, L[3])}: {c.pick({'en': ['rent', 'deposit'], 'fr': ['caution', 'loyer'], 'es': ['fianza', 'alquiler'], 'it': ['affitto', 'caparra'], 'pt': ['renda', 'caução'], 'de': ['Miete', 'Kaution'], 'nl': ['huur', 'borg']}[c.lang])}",
        "",
        f"⑈{chq}⑈ ⑆{c.num('routing', 9)}⑆ {c.num('account-no', 10)}⑈",
    ]
    return "ocr", "\n".join(lines)


IDC = {
    "en": (
        "DRIVING LICENCE",
        "1. Surname",
        "2. Given names",
        "3. Date and place of birth",
        "4a. Date of issue",
        "4b. Expiry",
        "5. Licence number",
        "8. Address",
    ),
    "de": (
        "PERSONALAUSWEIS",
        "Name",
        "Vornamen",
        "Geburtstag",
        "Ausgestellt am",
        "Gültig bis",
        "Ausweisnummer",
        "Anschrift",
    ),
    "fr": (
        "CARTE NATIONALE D'IDENTITÉ",
        "Nom",
        "Prénoms",
        "Né(e) le",
        "Délivrée le",
        "Valable jusqu'au",
        "N° du document",
        "Adresse",
    ),
    "es": (
        "DOCUMENTO NACIONAL DE IDENTIDAD",
        "Apellidos",
        "Nombre",
        "Fecha de nacimiento",
        "Expedición",
        "Validez",
        "Núm. soporte",
        "Domicilio",
    ),
    "it": (
        "CARTA D'IDENTITÀ",
        "Cognome",
        "Nome",
        "Nato il",
        "Emissione",
        "Scadenza",
        "N. documento",
        "Residenza",
    ),
    "nl": (
        "RIJBEWIJS",
        "1. Naam",
        "2. Voornamen",
        "3. Geboortedatum en -plaats",
        "4a. Afgiftedatum",
        "4b. Geldig tot",
        "5. Rijbewijsnummer",
        "Adres",
    ),
    "pt": (
        "CARTÃO DE CIDADÃO",
        "Apelido(s)",
        "Nome(s)",
        "Data de nascimento",
        "Emissão",
        "Validade",
        "N.º documento",
        "Morada",
    ),
}


def idcard(c):
    L = IDC[c.lang]
    g, s = c.g(), c.s()
    b = c.dob(c.pick(["num", "num", "mon3"]))
    place = c.town().split()[-1]
    y, m, d = c.rng.randrange(2017, 2027), c.rng.randrange(1, 13), c.rng.randrange(1, 29)
    st = c.pick(["num", "iso"])
    iss = c.d("issue", fmt_date(c.rng, c.lang, (y, m, d), st))
    exp = c.d("expiry", fmt_date(c.rng, c.lang, (y + 10, m, d), st if c.lang != "en" else "iso"))
    docno = c.pick(["L", "T", "C", "X", ""]) + str(c.rng.randrange(10**7, 10**9))
    rows = [
        noisy(c, L[0]),
        f"{noisy(c, L[1])}  {c.P(s.upper())}",
        f"{noisy(c, L[2])}  {c.P(g.upper())}",
        f"{noisy(c, L[3])}  {b}" + (f"  {place.upper()}" if c.p(0.5) else ""),
        f"{noisy(c, L[4])} {iss}",
        f"{noisy(c, L[5])} {exp}",
        f"{noisy(c, L[6])}  {docno}",
    ]
    if c.p(0.6):
        rows.append(f"{noisy(c, L[7])}  {c.street(0.2)}  {c.town()}")
    junk = c.pick(["|", "~", "'", ":", "."])
    return "ocr", "\n".join(r + (f" {junk}" if c.p(0.3) else "") for r in rows)


BOL = {
    "en": (
        "CMR CONSIGNMENT NOTE",
        "1 Sender",
        "2 Consignee",
        "Contact",
        "3 Place of delivery",
        "Goods",
        "Gross weight",
        "Seal",
        "Container",
        "Driver",
        "Tracking",
    ),
    "de": (
        "CMR-FRACHTBRIEF",
        "1 Absender",
        "2 Empfänger",
        "Ansprechpartner",
        "3 Auslieferungsort",
        "Ware",
        "Bruttogewicht",
        "Plombe",
        "Container",
        "Fahrer",
        "Sendungsnr.",
    ),
    "fr": (
        "LETTRE DE VOITURE CMR",
        "1 Expéditeur",
        "2 Destinataire",
        "Contact",
        "3 Lieu de livraison",
        "Marchandise",
        "Poids brut",
        "Scellé",
        "Conteneur",
        "Chauffeur",
        "Suivi",
    ),
    "es": (
        "CARTA DE PORTE CMR",
        "1 Remitente",
        "2 Destinatario",
        "Contacto",
        "3 Lugar de entrega",
        "Mercancía",
        "Peso bruto",
        "Precinto",
        "Contenedor",
        "Conductor",
        "Seguimiento",
    ),
    "it": (
        "LETTERA DI VETTURA CMR",
        "1 Mittente",
        "2 Destinatario",
        "Referente",
        "3 Luogo di consegna",
        "Merce",
        "Peso lordo",
        "Sigillo",
        "Container",
        "Autista",
        "Tracking",
    ),
    "nl": (
        "CMR-VRACHTBRIEF",
        "1 Afzender",
        "2 Geadresseerde",
        "Contactpersoon",
        "3 Plaats van aflevering",
        "Goederen",
        "Brutogewicht",
        "Zegel",
        "Container",
        "Chauffeur",
        "Zendingsnr.",
    ),
    "pt": (
        "GUIA DE TRANSPORTE CMR",
        "1 Expedidor",
        "2 Destinatário",
        "Contacto",
        "3 Local de entrega",
        "Mercadoria",
        "Peso bruto",
        "Selo",
        "Contentor",
        "Motorista",
        "Rastreio",
    ),
}


def bol(c):
    L = BOL[c.lang]
    g, s, pn = c.full()
    cont = c.d(
        "container", c.pick(["MSKU", "CMAU", "TGHU", "HLXU"]) + str(c.rng.randrange(10**6, 10**7))
    )
    lines = [
        L[0],
        f"{L[1]}: Atelier {c.pick(['Nord', 'Sud', 'Delta'])} - {c.street(0, c.pick(['de', 'fr', 'es', 'it', 'nl', 'pt']))}",
        f"{L[2]}: {pn}, {c.street(0.4)}, {c.town()}",
        f"{L[3]}: {c.P(f'{c.g()} {c.s()}')} {c.phone()} / {c.email()}",
        f"{L[4]}: {c.pick(['idem', 'see 2', 's. 2', 'voir 2'])}",
        f"{L[5]}: {c.rng.randrange(1, 30)} pal. HS {c.num('hs-code', 8)}",
        f"{L[6]}: {c.rng.randrange(200, 22000)} kg",
        f"{L[8]}: {cont}   {L[7]}: {c.num('seal', 7)}",
        f"{L[9]}: {c.P(f'{c.g()} {c.s()}')}, {c.phone('intl')}",
        f"{L[10]}: {c.num('tracking', 12, '1Z')}",
        f"{c.pair('loading', 'delivery', days=5)[0]} / {c.stamp('space')}",
    ]
    return "form", "\n".join(lines)


PRO = {
    "en": "Estate of the late {d}, born {b}, died {x}, last resident at {st}. Heirs: {h1} ({a1}) and {h2} ({a2}). Accounts held by the deceased: {i1}. Executor: {ex}, reachable on {ph}. Probate file {f}.",
    "de": "Nachlassverzeichnis für {d}, geboren am {b}, verstorben am {x}, zuletzt wohnhaft {st}. Erben: {h1} ({a1}) und {h2} ({a2}). Konten des/der Verstorbenen: {i1}. Testamentsvollstrecker: {ex}, Tel. {ph}. Aktenzeichen {f}.",
    "fr": "Inventaire de succession de feu {d}, né(e) le {b}, décédé(e) le {x}, dernier domicile {st}. Héritiers : {h1} ({a1}) et {h2} ({a2}). Comptes du défunt : {i1}. Notaire chargé : {ex}, tél. {ph}. Dossier {f}.",
    "es": "Inventario de la herencia de {d}, nacido/a el {b}, fallecido/a el {x}, con último domicilio en {st}. Herederos: {h1} ({a1}) y {h2} ({a2}). Cuentas del causante: {i1}. Albacea: {ex}, teléfono {ph}. Expediente {f}.",
    "it": "Inventario dell'eredità di {d}, nato/a il {b}, deceduto/a il {x}, ultima residenza {st}. Eredi: {h1} ({a1}) e {h2} ({a2}). Conti del de cuius: {i1}. Esecutore: {ex}, tel. {ph}. Pratica {f}.",
    "nl": "Boedelbeschrijving van wijlen {d}, geboren op {b}, overleden op {x}, laatst wonende {st}. Erfgenamen: {h1} ({a1}) en {h2} ({a2}). Rekeningen van de erflater: {i1}. Executeur: {ex}, tel. {ph}. Dossier {f}.",
    "pt": "Relação de bens da herança de {d}, nascido/a em {b}, falecido/a em {x}, última morada {st}. Herdeiros: {h1} ({a1}) e {h2} ({a2}). Contas do falecido: {i1}. Cabeça de casal: {ex}, tel. {ph}. Processo {f}.",
}


def probate(c):
    g, s, d = c.full()
    vals = {
        "d": d,
        "b": c.dob(c.pick(["long", "num"]), 1925, 1960),
        "x": c.d(
            "death-date",
            fmt_date(
                c.rng,
                c.lang,
                (c.rng.randrange(2024, 2027), c.rng.randrange(1, 13), c.rng.randrange(1, 29)),
                c.dstyle,
            ),
        ),
        "st": c.street(0.2),
        "h1": c.P(f"{c.pick([x for x in GIVEN[c.lang] if x != g])} {s}"),
        "a1": c.street(0.4),
        "h2": c.P(f"{c.g()} {c.s()}"),
        "a2": f"{c.street(0.3)}, {c.town()}",
        "i1": c.iban() + (f", {c.iban()}" if c.p(0.4) else ""),
        "ex": c.P(f"{c.g()} {c.s()}"),
        "ph": c.phone(),
        "f": c.num("file-no", 6, c.pick(["", "VI ", "N-"])),
    }
    return "prose", PRO[c.lang].format(**vals)


REF = {
    "en": (
        "Subject: Tenancy reference for {t}",
        "To whom it may concern,",
        "{t} (date of birth {b}) rented our flat at {st} from {a} to {z}. Rent of {p} was paid on time from {i}.",
        "Happy to confirm by phone: {ph}.",
        "Kind regards,",
    ),
    "de": (
        "Betreff: Mieterbescheinigung / Vormieterbescheinigung {t}",
        "Sehr geehrte Damen und Herren,",
        "{t} (geb. {b}) hat unsere Wohnung {st} vom {a} bis {z} gemietet. Die Miete von {p} ging stets pünktlich von {i} ein.",
        "Für Rückfragen: {ph}.",
        "Mit freundlichen Grüßen",
    ),
    "fr": (
        "Objet : attestation de bon paiement des loyers - {t}",
        "Madame, Monsieur,",
        "{t} (né(e) le {b}) a occupé notre logement au {st} du {a} au {z}. Le loyer de {p} a toujours été réglé depuis le compte {i}.",
        "Je reste joignable au {ph}.",
        "Cordialement,",
    ),
    "es": (
        "Asunto: referencia de inquilino - {t}",
        "Estimados señores:",
        "{t} (fecha de nacimiento {b}) alquiló nuestro piso en {st} desde el {a} hasta el {z}. La renta de {p} se pagó puntualmente desde {i}.",
        "Pueden llamarme al {ph}.",
        "Un saludo,",
    ),
    "it": (
        "Oggetto: referenze inquilino - {t}",
        "Spettabile agenzia,",
        "{t} (nato/a il {b}) ha locato il nostro appartamento in {st} dal {a} al {z}. Il canone di {p} è sempre arrivato puntuale dal conto {i}.",
        "Resto a disposizione al {ph}.",
        "Cordiali saluti,",
    ),
    "nl": (
        "Onderwerp: verhuurdersverklaring {t}",
        "Geachte heer/mevrouw,",
        "{t} (geboortedatum {b}) huurde onze woning aan de {st} van {a} tot {z}. De huur van {p} werd steeds op tijd betaald vanaf {i}.",
        "Bereikbaar op {ph}.",
        "Met vriendelijke groet,",
    ),
    "pt": (
        "Assunto: declaração de senhorio - {t}",
        "Exmos. Senhores,",
        "{t} (data de nascimento {b}) arrendou o nosso apartamento na {st} de {a} a {z}. A renda de {p} foi sempre paga a tempo a partir da conta {i}.",
        "Contacto: {ph}.",
        "Com os melhores cumprimentos,",
    ),
}


def tenantref(c):
    L = REF[c.lang]
    g, s, t = c.full()
    lg, ls = c.g(), c.s()
    a, z = c.pair("tenancy-start", "tenancy-end", style="num", days=1500, y0=2017, y1=2022)
    vals = {
        "t": t,
        "b": c.dob(),
        "st": c.street(0.6),
        "a": a,
        "z": z,
        "p": c.price(),
        "i": c.iban(),
        "ph": c.phone(),
    }
    extra = ""
    if c.lang == "en" and c.p(0.8):
        extra = f" For your screening, the Social Security number on our old file is {c.ssn(c.pick(['dash', 'space']))}."
    body = "\n\n".join(
        [L[1], L[2].format(**vals) + extra, L[3].format(**vals), f"{L[4]}\n{c.P(f'{lg} {ls}')}"]
    )
    head = f"From: {c.P(f'{lg} {ls}')} <{c.email(lg, ls)}>\nTo: {c.email(dom='lettings.example')}\n{L[0].format(**vals)}\n\n"
    return "email", head + body


def expense(c):
    H = {
        "en": "employee,card_number,txn_date,merchant,amount,receipt_id,cost_centre",
        "de": "mitarbeiter;kartennummer;belegdatum;haendler;betrag;beleg_id;kostenstelle",
        "fr": "collaborateur;numero_carte;date_operation;commercant;montant;id_justificatif;centre_cout",
        "es": "empleado;num_tarjeta;fecha;comercio;importe;id_ticket;centro_coste",
        "it": "dipendente;numero_carta;data;esercente;importo;id_scontrino;centro_costo",
        "nl": "medewerker;kaartnummer;datum;winkel;bedrag;bon_id;kostenplaats",
        "pt": "colaborador;numero_cartao;data;comerciante;valor;id_recibo;centro_custo",
    }[c.lang]
    sep = "," if c.lang == "en" else ";"
    rows = [H]
    for _ in range(c.rng.randrange(2, 4)):
        name = c.P(f"{c.g()} {c.s()}" if c.p(0.6) else f"{c.s()}, {c.g()}")
        card = c.card(c.pick(["", " ", "-"]))
        name = f'"{name}"' if "," in name else name
        for _ in range(c.rng.randrange(1, 3)):
            rows.append(
                sep.join(
                    [
                        name,
                        card,
                        c.date("txn-date"),
                        c.pick(
                            ["TAXI BCN", "DB Fernverkehr", "HOTEL ALMA", "SNCF", "Ryanair", "Uber"]
                        ),
                        c.price().replace(",", ".") if sep == "," else c.price(),
                        c.hexd("receipt-id", 10),
                        c.num("cost-centre", 5),
                    ]
                )
            )
    return "csv", "\n".join(rows)


TEMPLATES = {
    "cheque": cheque,
    "idcard": idcard,
    "bol": bol,
    "probate": probate,
    "tenantref": tenantref,
    "expense": expense,
}
