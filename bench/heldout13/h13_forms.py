# ruff: noqa: E501
"""Templates: garage repair orders, self-storage rental agreements, dental cost estimates.

All three are forms printed from a shop's software: a label column, values beside it.
Decoys are what such forms carry in numbers (VIN, mileage, order and unit numbers, tooth
and fee codes, amounts, dates); the values are the customer's.
"""

from __future__ import annotations

import string
from typing import Any

from h13_pools import IBAN_CC, TOWNS, dob, email, money, person, phone, plain_date, street

# fmt: off
GARAGE = {
    "en": ["REPAIR ORDER", "Order no.", "Customer", "Address", "Phone", "E-mail", "Vehicle", "VIN", "Mileage", "Work requested", "Replace front brake pads and discs, check rattle rear axle", "Estimate", "Collected by", "Drop-off"],
    "de": ["WERKSTATTAUFTRAG", "Auftrag-Nr.", "Kunde", "Anschrift", "Telefon", "E-Mail", "Fahrzeug", "FIN", "km-Stand", "Auftrag", "Bremsbeläge und -scheiben vorn erneuern, Klappern Hinterachse prüfen", "Kostenvoranschlag", "Abholung durch", "Annahme"],
    "fr": ["ORDRE DE RÉPARATION", "OR n°", "Client", "Adresse", "Téléphone", "E-mail", "Véhicule", "VIN", "Kilométrage", "Travaux demandés", "Remplacer plaquettes et disques AV, contrôler bruit train AR", "Devis", "Récupéré par", "Dépôt"],
    "es": ["ORDEN DE REPARACIÓN", "OR nº", "Cliente", "Dirección", "Teléfono", "Correo", "Vehículo", "Bastidor", "Kilometraje", "Trabajos", "Cambiar pastillas y discos delanteros, revisar ruido eje trasero", "Presupuesto", "Recoge", "Entrada"],
    "it": ["ORDINE DI RIPARAZIONE", "Ordine n.", "Cliente", "Indirizzo", "Telefono", "E-mail", "Veicolo", "Telaio", "Km", "Lavori richiesti", "Sostituire pastiglie e dischi anteriori, verificare rumore asse posteriore", "Preventivo", "Ritira", "Accettazione"],
    "nl": ["WERKORDER", "Werkorder nr.", "Klant", "Adres", "Telefoon", "E-mail", "Voertuig", "VIN", "Kilometerstand", "Werkzaamheden", "Remblokken en schijven voor vervangen, rammel achteras controleren", "Prijsopgave", "Opgehaald door", "Binnengekomen"],
    "pt": ["ORDEM DE REPARAÇÃO", "OR n.º", "Cliente", "Morada", "Telefone", "E-mail", "Viatura", "VIN", "Quilómetros", "Trabalhos", "Substituir pastilhas e discos à frente, verificar ruído eixo traseiro", "Orçamento", "Levantado por", "Entrada"],
}
# fmt: on
# fmt: off
CARS = ["VW Golf VII 1.6 TDI", "Peugeot 308 SW", "Seat Ibiza 1.0 TSI", "Fiat Panda 1.2", "Toyota Yaris Hybrid", "Renault Clio IV", "Ford Focus Turnier", "Škoda Octavia Combi"]
# fmt: on
VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def garage(ctx: Any, lang: str) -> tuple[str, str]:
    L = GARAGE[lang]
    g, f = person(ctx, lang)
    cap = ctx.chance(0.35)
    name = f"⁅PERSON|{f.upper()}⁆, ⁅PERSON|{g}⁆" if cap else f"⁅PERSON|{g}⁆ ⁅PERSON|{f}⁆"
    rows = [
        f"{L[0]}            {L[1]} ⁅~order|{ctx.digits(2)}-{ctx.digits(5)}⁆",
        f"{L[13]}: ⁅~date|{plain_date(ctx, lang)}⁆ 08:{ctx.rng.randint(0, 5)}0",
        "",
        f"{L[2]:<14}{name}",
        f"{L[3]:<14}⁅STREET_ADDRESS|{street(ctx, lang)}⁆, {ctx.choice(TOWNS[lang])}",
        f"{L[4]:<14}⁅PHONE|{phone(ctx, lang)}⁆",
    ]
    if ctx.chance(0.7):
        rows.append(f"{L[5]:<14}⁅EMAIL|{email(ctx, g, f)}⁆")
    rows += [
        f"{L[6]:<14}{ctx.choice(CARS)}",
        f"{L[7]:<14}⁅~vin|{''.join(ctx.choice(VIN) for _ in range(17))}⁆",
        f"{L[8]:<14}⁅~odometer|{ctx.rng.randint(12, 240)}.{ctx.digits(3)}⁆ km"
        if lang != "en"
        else f"{L[8]:<14}⁅~odometer|{ctx.rng.randint(12, 240)},{ctx.digits(3)}⁆ mi",
        "",
        f"{L[9]}: {L[10]}",
        f"{L[11]}: ⁅~price|{money(ctx, lang, 180, 950)}⁆",
    ]
    if ctx.chance(0.4):
        g2, f2 = person(ctx, lang)
        rows.append(
            f"{L[12]}: ⁅PERSON|{g2}⁆ ⁅PERSON|{f2}⁆, ⁅PHONE|{phone(ctx, lang, mobile=True)}⁆"
        )
    return "form", "\n".join(rows) + "\n"


# fmt: off
STORAGE = {
    "en": ["SELF-STORAGE RENTAL AGREEMENT", "Unit", "Tenant", "Date of birth", "Home address", "Mobile", "E-mail", "ID checked", "Gate access code", "Payment", "Card on file", "Direct debit from", "Alternate contact", "Monthly rent", "Move-in date"],
    "de": ["MIETVERTRAG SELFSTORAGE", "Abteil", "Mieter", "Geburtsdatum", "Wohnanschrift", "Mobil", "E-Mail", "Ausweis geprüft", "Tor-Code", "Zahlung", "Hinterlegte Karte", "Lastschrift von", "Ansprechpartner im Notfall", "Monatsmiete", "Einzug"],
    "fr": ["CONTRAT DE LOCATION GARDE-MEUBLE", "Box", "Locataire", "Date de naissance", "Adresse", "Portable", "E-mail", "Pièce d'identité vérifiée", "Code portail", "Paiement", "Carte enregistrée", "Prélèvement sur", "Personne à prévenir", "Loyer mensuel", "Entrée"],
    "es": ["CONTRATO DE ALQUILER DE TRASTERO", "Trastero", "Arrendatario", "Fecha de nacimiento", "Domicilio", "Móvil", "Correo", "DNI comprobado", "Código de acceso", "Pago", "Tarjeta registrada", "Domiciliación en", "Contacto alternativo", "Cuota mensual", "Fecha de entrada"],
    "it": ["CONTRATTO DI LOCAZIONE BOX DEPOSITO", "Box", "Conduttore", "Data di nascita", "Residenza", "Cellulare", "E-mail", "Documento verificato", "Codice cancello", "Pagamento", "Carta registrata", "Addebito SEPA su", "Contatto alternativo", "Canone mensile", "Data ingresso"],
    "nl": ["HUUROVEREENKOMST OPSLAGBOX", "Box", "Huurder", "Geboortedatum", "Woonadres", "Mobiel", "E-mail", "ID gecontroleerd", "Toegangscode poort", "Betaling", "Opgeslagen kaart", "Incasso van", "Contactpersoon", "Huur per maand", "Ingangsdatum"],
    "pt": ["CONTRATO DE ARRENDAMENTO DE BOX", "Box", "Arrendatário", "Data de nascimento", "Morada", "Telemóvel", "E-mail", "Documento verificado", "Código do portão", "Pagamento", "Cartão registado", "Débito direto de", "Contacto alternativo", "Renda mensal", "Data de entrada"],
}
# fmt: on


def storage(ctx: Any, lang: str) -> tuple[str, str]:
    L = STORAGE[lang]
    g, f = person(ctx, lang)
    rows = [
        L[0],
        f"{L[1]}: ⁅~unit-no|{ctx.choice('ABCDE')}-{ctx.digits(3)}⁆ ({ctx.rng.randint(2, 15)} m²)   {L[14]}: ⁅~date|{plain_date(ctx, lang)}⁆",
        "",
        f"{L[2]}: ⁅PERSON|{g} {f}⁆",
        f"{L[3]}: ⁅DATE_OF_BIRTH|{dob(ctx, lang)}⁆",
        f"{L[4]}: ⁅STREET_ADDRESS|{street(ctx, lang)}⁆",
        f"          {ctx.choice(TOWNS[lang])}",
        f"{L[5]}: ⁅PHONE|{phone(ctx, lang, mobile=True)}⁆",
        f"{L[6]}: ⁅EMAIL|{email(ctx, g, f)}⁆",
        f"{L[7]}: [x]   {L[8]}: ⁅SECRET|{ctx.digits(ctx.choice([4, 6]))}⁆#",
        f"{L[13]}: ⁅~price|{money(ctx, lang, 39, 240)}⁆",
    ]
    if ctx.chance(0.5):
        rows.append(f"{L[9]}: {L[10]} ⁅CREDIT_CARD|{ctx.card()}⁆")
    else:
        rows.append(f"{L[9]}: {L[11]} ⁅IBAN|{ctx.iban(ctx.choice(IBAN_CC[lang]))}⁆")
    if lang == "en" and ctx.chance(0.6):
        rows.append(f"SSN (background check): ⁅US_SSN|{ctx.ssn()}⁆")
    if ctx.chance(0.5):
        g2, f2 = person(ctx, lang)
        rows.append(f"{L[12]}: ⁅PERSON|{g2} {f2}⁆, ⁅PHONE|{phone(ctx, lang)}⁆")
    rows.append(f"Ref. ⁅~agreement-no|{ctx.choice(string.ascii_uppercase)}{ctx.digits(6)}⁆")
    return "form", "\n".join(rows) + "\n"


# fmt: off
DENTAL = {
    "en": ["TREATMENT PLAN AND COST ESTIMATE", "Patient", "DOB", "Address", "Phone", "Insurance member no.", "Tooth", "Code", "Service", "Fee", "Total", "Dentist", "Crown, zirconia", "Root canal, 3 canals", "Composite filling, 2 surfaces", "Practice"],
    "de": ["HEIL- UND KOSTENPLAN", "Patient/in", "Geb.-Datum", "Anschrift", "Telefon", "Versichertennr.", "Zahn", "GOZ", "Leistung", "Betrag", "Summe", "Zahnarzt", "Vollkrone Zirkon", "Wurzelbehandlung, 3 Kanäle", "Kompositfüllung, zweiflächig", "Praxis"],
    "fr": ["DEVIS DENTAIRE", "Patient", "Né(e) le", "Adresse", "Téléphone", "N° adhérent mutuelle", "Dent", "CCAM", "Acte", "Honoraires", "Total", "Chirurgien-dentiste", "Couronne zircone", "Traitement de canal, 3 canaux", "Composite 2 faces", "Cabinet"],
    "es": ["PRESUPUESTO DENTAL", "Paciente", "F. nacimiento", "Domicilio", "Teléfono", "Nº de póliza", "Pieza", "Código", "Tratamiento", "Importe", "Total", "Odontólogo/a", "Corona de circonio", "Endodoncia, 3 conductos", "Obturación composite, 2 caras", "Clínica"],
    "it": ["PREVENTIVO ODONTOIATRICO", "Paziente", "Data di nascita", "Indirizzo", "Telefono", "N. tessera fondo", "Dente", "Cod.", "Prestazione", "Importo", "Totale", "Odontoiatra", "Corona in zirconio", "Devitalizzazione, 3 canali", "Otturazione composito, 2 superfici", "Studio"],
    "nl": ["BEGROTING TANDHEELKUNDIGE BEHANDELING", "Patiënt", "Geboortedatum", "Adres", "Telefoon", "Polisnummer", "Element", "Code", "Prestatie", "Tarief", "Totaal", "Tandarts", "Kroon zirkonia", "Wortelkanaalbehandeling, 3 kanalen", "Composietvulling, 2 vlakken", "Praktijk"],
    "pt": ["ORÇAMENTO DE TRATAMENTO DENTÁRIO", "Paciente", "Data de nascimento", "Morada", "Telefone", "N.º de beneficiário", "Dente", "Código", "Tratamento", "Valor", "Total", "Médico dentista", "Coroa em zircónia", "Desvitalização, 3 canais", "Restauração compósito, 2 faces", "Clínica"],
}
# fmt: on


def dental(ctx: Any, lang: str) -> tuple[str, str]:
    L = DENTAL[lang]
    g, f = person(ctx, lang)
    dg, df = person(ctx, lang)
    rows = [
        f"{L[15]} ⁅PERSON|{df}⁆ · ⁅PHONE|{phone(ctx, lang, 'national', mobile=False)}⁆",
        L[0],
        "",
        f"{L[1]}: ⁅PERSON|{g}⁆ ⁅PERSON|{f}⁆      {L[2]}: ⁅DATE_OF_BIRTH|{dob(ctx, lang, ctx.choice(['num', 'num', 'text']))}⁆",
        f"{L[3]}: ⁅STREET_ADDRESS|{street(ctx, lang)}⁆, {ctx.choice(TOWNS[lang])}",
    ]
    if ctx.chance(0.6):
        rows.append(f"{L[4]}: ⁅PHONE|{phone(ctx, lang)}⁆")
    rows += [
        f"{L[5]}: ⁅~member-no|{ctx.choice(string.ascii_uppercase)}{ctx.digits(9)}⁆",
        "",
        f"{L[6]:<8}{L[7]:<10}{L[8]:<40}{L[9]}",
    ]
    for _ in range(ctx.rng.randint(2, 3)):
        tooth = f"{ctx.rng.randint(1, 4)}{ctx.rng.randint(1, 8)}"
        code = (
            ctx.choice(["D2740", "D3330", "D2392"])
            if lang == "en"
            else ctx.choice(["2210", "2410", "HBLD036", "2080", "E01"]) + ctx.digits(1)
        )
        rows.append(
            f"{tooth:<8}⁅~fee-code|{code}⁆{' ' * (10 - len(code))}{ctx.choice(L[12:15]):<40}⁅~price|{money(ctx, lang, 80, 900)}⁆"
        )
    rows += [
        f"{L[10]}: ⁅~price|{money(ctx, lang, 900, 3200)}⁆",
        "",
        f"{L[11]}: Dr. ⁅PERSON|{dg}⁆ ⁅PERSON|{df}⁆   ⁅~date|{plain_date(ctx, lang)}⁆",
    ]
    return "form", "\n".join(rows) + "\n"
