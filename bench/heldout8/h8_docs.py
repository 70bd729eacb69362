"""Templates of set 8, documents: apartment handover protocols, private used-car sale
contracts, laboratory result reports and birth-register / baptism extracts.
"""

# Templates are text in seven languages: long lines and typographic dashes are on purpose.
# ruff: noqa: E501

from __future__ import annotations

import h8_dates as D
import h8_pools as P
from h8_ctx import Ctx
from h8_markup import d, m

CC = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}

HANDOVER = {
    "de": [
        "Wohnungsübergabeprotokoll (Auszug)",
        "Mietobjekt",
        "Übergabe am",
        "Vermieter/Verwaltung",
        "Mieter",
        "geb. am",
        "Neue Anschrift",
        "Telefon",
        "E-Mail",
        "Zählerstände",
        "Strom Nr.",
        "Wasser Nr.",
        "Schlüssel übergeben",
        "Kaution bitte überweisen auf",
        "Kontoinhaber",
        "Unterschriften",
    ],
    "fr": [
        "État des lieux de sortie",
        "Logement",
        "Date de l'état des lieux",
        "Bailleur / agence",
        "Locataire sortant",
        "né(e) le",
        "Nouvelle adresse",
        "Tél.",
        "Courriel",
        "Relevés",
        "Électricité PDL",
        "Eau compteur",
        "Clés remises",
        "Restitution du dépôt de garantie sur",
        "Titulaire",
        "Signatures",
    ],
    "es": [
        "Acta de entrega de llaves",
        "Vivienda",
        "Fecha de entrega",
        "Propietario / gestor",
        "Inquilino saliente",
        "nacido el",
        "Nueva dirección",
        "Teléfono",
        "Correo",
        "Lecturas",
        "Luz contador",
        "Agua contador",
        "Llaves entregadas",
        "Devolución de la fianza en",
        "Titular",
        "Firmas",
    ],
    "it": [
        "Verbale di riconsegna dell'immobile",
        "Immobile",
        "Data di riconsegna",
        "Locatore / agenzia",
        "Conduttore uscente",
        "nato il",
        "Nuovo indirizzo",
        "Tel.",
        "E-mail",
        "Letture",
        "Luce contatore",
        "Acqua contatore",
        "Chiavi riconsegnate",
        "Restituzione deposito cauzionale su",
        "Intestatario",
        "Firme",
    ],
    "nl": [
        "Opleveringsrapport huurwoning",
        "Woning",
        "Datum oplevering",
        "Verhuurder / beheerder",
        "Vertrekkende huurder",
        "geboren op",
        "Nieuw adres",
        "Telefoon",
        "E-mail",
        "Meterstanden",
        "Stroom meter",
        "Water meter",
        "Sleutels ingeleverd",
        "Borg terugstorten op",
        "Tenaamstelling",
        "Handtekeningen",
    ],
    "pt": [
        "Auto de entrega do locado",
        "Imóvel",
        "Data de entrega",
        "Senhorio / gestor",
        "Inquilino",
        "nascido em",
        "Nova morada",
        "Telemóvel",
        "E-mail",
        "Leituras",
        "Eletricidade contador",
        "Água contador",
        "Chaves entregues",
        "Devolução da caução para o",
        "Titular",
        "Assinaturas",
    ],
}


def handover(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    L = HANDOVER[lang]
    lg, ls = P.full(r, lang)
    tg, ts = P.full(r, lang)
    dob = (
        f" ({L[5]} {m('DATE_OF_BIRTH', D.dob(r, lang, 'num', 1950, 2003))})"
        if r.random() < 0.5
        else ""
    )
    lines = [
        L[0],
        "=" * len(L[0]),
        f"{L[1]}: {c.street(lang, True)}, {P.town(r, lang)}",
        f"{L[2]}: {d('date', D.recent(r, lang, 'num'))}",
        f"{L[3]}: {m('PERSON', f'{lg} {ls}')}",
        f"{L[4]}: {m('PERSON', f'{tg} {ts}')}{dob}",
        f"{L[6]}: {c.street(lang)}, {P.town(r, lang)}",
        f"{L[7]}: {c.phone(lang)}   {L[8]}: {c.email(lang, tg, ts)}",
        "",
        f"{L[9]}:",
        f"  {L[10]} {c.digits('meter', 8, '1ESY')}: {d('meter-reading', f'{r.randint(1000, 99999)},{r.randint(0, 9)}')} kWh",
        f"{L[12]}: {r.randint(2, 6)}",
        "",
        f"{L[13]}: {c.iban(CC[lang] if r.random() < 0.8 else 'DE')}",
        f"{L[14]}: {m('PERSON', f'{tg} {ts}')}",
        "",
        f"{L[15]}: ______________ / ______________",
    ]
    return "form", "\n".join(lines) + "\n"


CAR = {
    "en": [
        "PRIVATE VEHICLE SALE AGREEMENT",
        "Seller",
        "Buyer",
        "Date of birth",
        "Address",
        "Phone",
        "Vehicle",
        "VIN",
        "Registration",
        "First registered",
        "Mileage",
        "Price",
        "Paid by transfer to",
    ],
    "de": [
        "KAUFVERTRAG über ein gebrauchtes Kraftfahrzeug (privat)",
        "Verkäufer",
        "Käufer",
        "Geburtsdatum",
        "Anschrift",
        "Telefon",
        "Fahrzeug",
        "FIN",
        "Kennzeichen",
        "Erstzulassung",
        "Kilometerstand",
        "Kaufpreis",
        "Zahlung per Überweisung auf",
    ],
    "fr": [
        "CERTIFICAT DE CESSION / contrat de vente entre particuliers",
        "Vendeur",
        "Acheteur",
        "Date de naissance",
        "Adresse",
        "Tél.",
        "Véhicule",
        "N° VIN",
        "Immatriculation",
        "Première mise en circulation",
        "Kilométrage",
        "Prix",
        "Paiement par virement sur",
    ],
    "es": [
        "CONTRATO DE COMPRAVENTA DE VEHÍCULO ENTRE PARTICULARES",
        "Vendedor",
        "Comprador",
        "Fecha de nacimiento",
        "Domicilio",
        "Teléfono",
        "Vehículo",
        "Bastidor",
        "Matrícula",
        "Primera matriculación",
        "Kilometraje",
        "Precio",
        "Pago por transferencia a",
    ],
    "it": [
        "SCRITTURA PRIVATA DI VENDITA DI AUTOVEICOLO",
        "Venditore",
        "Acquirente",
        "Data di nascita",
        "Residenza",
        "Cellulare",
        "Veicolo",
        "Telaio",
        "Targa",
        "Prima immatricolazione",
        "Chilometri",
        "Prezzo",
        "Pagamento con bonifico su",
    ],
    "pt": [
        "CONTRATO DE COMPRA E VENDA DE VEÍCULO USADO",
        "Vendedor",
        "Comprador",
        "Data de nascimento",
        "Morada",
        "Telemóvel",
        "Veículo",
        "Quadro (VIN)",
        "Matrícula",
        "Primeira matrícula",
        "Quilómetros",
        "Preço",
        "Pagamento por transferência para",
    ],
}


def carsale(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    L = CAR[lang]
    out = [L[0], ""]
    for role in (L[1], L[2]):
        g, s = P.full(r, lang)
        out += [
            f"{role}:",
            f"  {m('PERSON', f'{g} {s}')}",
            f"  {L[3]}: {m('DATE_OF_BIRTH', D.dob(r, lang, None, 1945, 2005))}",
            f"  {L[4]}: {c.street(lang, r.random() < 0.3)}, {P.town(r, lang)}",
            f"  {L[5]}: {c.phone(lang)}"
            + (f" · {c.email(lang, g, s)}" if r.random() < 0.3 else ""),
            "",
        ]
    plate = {
        "en": f"AB{r.randint(10, 75)} {''.join(r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
        "de": f"K-{r.choice(['AB', 'XY', 'MZ'])} {r.randint(10, 9999)}",
        "fr": f"{r.choice(['FG', 'EH', 'GA'])}-{r.randint(100, 999)}-{r.choice(['KL', 'TR', 'ZB'])}",
        "es": f"{r.randint(1000, 9999)} {''.join(r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
        "it": f"{r.choice(['FX', 'GB', 'EK'])} {r.randint(100, 999)}{r.choice(['AB', 'TZ'])}",
        "pt": f"{r.randint(10, 99)}-{r.choice(['AB', 'XZ', 'TM'])}-{r.randint(10, 99)}",
    }[lang]
    y, mo, da = D.ymd(r, 2008, 2020)
    out += [
        f"{L[6]}: {r.choice(['VW Golf', 'Renault Clio', 'Seat León', 'Fiat Panda', 'Peugeot 308', 'Toyota Yaris'])}",
        f"  {L[7]}: {d('vin', __import__('h8_values').vin(r))}",
        f"  {L[8]}: {d('plate', plate) if r.random() < 0.5 else plate}",
        f"  {L[9]}: {d('first-registration', D.write(r, lang, y, mo, da, 'num'))}",
        f"  {L[10]}: {r.randint(20, 240)}.{r.randint(100, 999)} km",
        f"{L[11]}: {d('price', D.price(r, lang))}",
    ]
    if r.random() < 0.7:
        out.append(f"{L[12]} {c.iban(CC[lang])}")
    out += ["", f"{P.town(r, lang).split()[-1]}, {d('date', D.recent(r, lang))}"]
    return "form", "\n".join(out) + "\n"
