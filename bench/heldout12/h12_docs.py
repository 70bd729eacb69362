# ruff: noqa: E501, RUF001
"""Templates of documents: rental car agreements, notarial purchase deeds, property-portal
enquiry mail, school report cards.

Each returns markup (see ``h12_core``) and its kind; wording per language is data.
"""

from __future__ import annotations

from h12_core import Ctx, D, V, bad_luhn, card, group4, group_card, iban, ssn
from h12_pools import IBAN_CC, dob, email, other_date, person, phone, street, town

RENT = {
    "en": (
        "RENTAL AGREEMENT",
        "Renter",
        "Date of birth",
        "Address",
        "Mobile",
        "E-mail",
        "Driving licence",
        "Additional driver",
        "DOB",
        "Card on file",
        "Pick-up",
        "Return",
        "Estimated total",
        "Signature",
    ),
    "de": (
        "MIETVERTRAG",
        "Mieter",
        "Geburtsdatum",
        "Anschrift",
        "Mobil",
        "E-Mail",
        "Führerschein-Nr.",
        "Zusatzfahrer",
        "geb.",
        "Hinterlegte Karte",
        "Abholung",
        "Rückgabe",
        "Voraussichtlicher Betrag",
        "Unterschrift",
    ),
    "fr": (
        "CONTRAT DE LOCATION",
        "Locataire",
        "Date de naissance",
        "Adresse",
        "Portable",
        "E-mail",
        "Permis n°",
        "Conducteur additionnel",
        "né(e) le",
        "Carte enregistrée",
        "Départ",
        "Retour",
        "Montant estimé",
        "Signature",
    ),
    "es": (
        "CONTRATO DE ALQUILER",
        "Arrendatario",
        "Fecha de nacimiento",
        "Dirección",
        "Móvil",
        "Correo",
        "Permiso de conducir",
        "Conductor adicional",
        "F. nac.",
        "Tarjeta de garantía",
        "Recogida",
        "Devolución",
        "Importe estimado",
        "Firma",
    ),
    "it": (
        "CONTRATTO DI NOLEGGIO",
        "Cliente",
        "Data di nascita",
        "Indirizzo",
        "Cellulare",
        "Email",
        "Patente n.",
        "Secondo conducente",
        "nato il",
        "Carta a garanzia",
        "Ritiro",
        "Riconsegna",
        "Totale stimato",
        "Firma",
    ),
    "nl": (
        "HUUROVEREENKOMST",
        "Huurder",
        "Geboortedatum",
        "Adres",
        "Mobiel",
        "E-mail",
        "Rijbewijsnr.",
        "Extra bestuurder",
        "geb.",
        "Kaart in bewaring",
        "Ophalen",
        "Inleveren",
        "Geschat totaal",
        "Handtekening",
    ),
    "pt": (
        "CONTRATO DE ALUGUER",
        "Locatário",
        "Data de nascimento",
        "Morada",
        "Telemóvel",
        "Email",
        "Carta de condução n.º",
        "Condutor adicional",
        "nasc.",
        "Cartão de garantia",
        "Levantamento",
        "Devolução",
        "Total estimado",
        "Assinatura",
    ),
}


def rental(c: Ctx, lang: str) -> tuple[str, str]:
    """A rental car agreement printed at the counter, label and value columns."""
    T = RENT[lang]
    g, s = person(c, lang)
    g2, s2 = person(c, lang)
    ra = f"RA{c.num(10000000, 99999999)}"
    net = c.pick(["visa", "visa", "mc", "amex", "discover", "jcb"])
    cardno = c.uniq(card, net)
    sep = c.pick([" ", "", "-"])
    lic = f"{c.pick(['B', 'D', 'X'])}{c.num(1000000, 9999999)}{c.pick(['A', 'K', 'Z'])}"
    lines = [
        f"{T[0]}   No. {D('agreement-no', ra)}",
        f"{'':-<60}",
        f"{T[1]:<24}{V('PERSON', f'{s.upper()}, {g}' if c.chance(0.4) else f'{g} {s}')}",
        f"{T[2]:<24}{V('DATE_OF_BIRTH', dob(c, lang, 1950, 2004))}",
        f"{T[3]:<24}{V('STREET_ADDRESS', street(c, lang))}, {town(c, lang)}",
        f"{T[4]:<24}{V('PHONE', phone(c, lang))}",
        f"{T[5]:<24}{V('EMAIL', email(c, g, s))}",
        f"{T[6]:<24}{lic}   exp. {D('expiry', other_date(c, lang, 2031))}",
    ]
    if c.chance(0.5):
        lines.append(
            f"{T[7]:<24}{V('PERSON', f'{g2} {s2}')}  {T[8]} {V('DATE_OF_BIRTH', dob(c, lang, 1950, 2004))}"
        )
    if c.chance(0.2):
        lines.append(f"{T[9]:<24}{D('luhn-invalid', group_card(bad_luhn(c.rng, net), ' '))}  VOID")
    lines.append(
        f"{T[9]:<24}{V('CREDIT_CARD', group_card(cardno, sep) if sep else cardno)}  {c.num(1, 12):02d}/{c.num(27, 31)}"
    )
    lines += [
        f"{T[10]:<24}{D('date', other_date(c, lang))} {c.num(7, 11)}:00   km {D('odometer', str(c.num(10000, 89999)))}",
        f"{T[11]:<24}{D('date', other_date(c, lang))} {c.num(12, 20)}:00",
        f"{T[12]:<24}{D('price', f'{c.num(90, 900)},{c.num(10, 99)} EUR' if lang != 'en' else f'${c.num(90, 900)}.{c.num(10, 99)}')}",
        "",
        f"{T[13]}: ______________________",
    ]
    return "\n".join(lines) + "\n", "form"


DEED = {
    "de": "UR-Nr. {urno}\n\nKaufvertrag\n\nHeute, am {date}, erschienen vor mir, {notary}, Notar in Köln:\n\n1. {p1}, geboren am {dob1}, wohnhaft {st1}, {tw1},\n– nachstehend „Verkäufer“ –\n\n2. {p2}, geboren am {dob2}, wohnhaft {st2}, {tw2},\n– nachstehend „Käufer“ –\n\nDie Erschienenen wiesen sich durch gültige Personalausweise aus. Der Kaufpreis von {price} ist binnen 14 Tagen auf das Konto des Verkäufers {iban} zu zahlen. Grundbuch Blatt {sheet}, Flurstück {parcel}.\n\nRückfragen an das Notariat: {tel}, {mail}.\n",
    "fr": "Répertoire n° {urno}\n\nACTE DE VENTE\n\nL'an deux mille vingt-six, le {date}, par-devant Maître {notary}, notaire à Nantes, ont comparu :\n\nMonsieur {p1}, né le {dob1}, demeurant {st1}, {tw1}, ci-après « le vendeur »,\n\net Madame {p2}, née le {dob2}, demeurant {st2}, {tw2}, ci-après « l'acquéreur ».\n\nLe prix de {price} sera versé par virement sur le compte {iban} du vendeur. Cadastre section {parcel}, volume {sheet}.\n\nContact de l'étude : {tel} – {mail}\n",
    "es": "NÚMERO {urno}\n\nESCRITURA DE COMPRAVENTA\n\nEn Sevilla, a {date}. Ante mí, {notary}, Notario del Ilustre Colegio de Andalucía,\n\nCOMPARECEN\n\nDe una parte, D. {p1}, nacido el {dob1}, con domicilio en {st1}, {tw1}.\n\nY de otra, Dña. {p2}, nacida el {dob2}, con domicilio en {st2}, {tw2}.\n\nEl precio de {price} se abona mediante transferencia a la cuenta {iban}. Referencia catastral {parcel}, finca registral {sheet}.\n\nNotaría: {tel}, {mail}\n",
    "it": "Repertorio n. {urno}\n\nATTO DI COMPRAVENDITA\n\nL'anno 2026, il giorno {date}, avanti a me, {notary}, notaio in Bologna, sono presenti:\n\n- {p1}, nato il {dob1}, residente in {st1}, {tw1}, parte venditrice;\n- {p2}, nata il {dob2}, residente in {st2}, {tw2}, parte acquirente.\n\nIl prezzo di {price} è corrisposto mediante bonifico sul conto {iban}. Catasto foglio {sheet}, particella {parcel}.\n\nStudio notarile: tel. {tel}, {mail}\n",
    "nl": "Repertoriumnummer {urno}\n\nAKTE VAN LEVERING\n\nHeden, {date}, verschenen voor mij, {notary}, notaris te Utrecht:\n\n1. de heer {p1}, geboren op {dob1}, wonende te {st1}, {tw1}, hierna: verkoper;\n2. mevrouw {p2}, geboren op {dob2}, wonende te {st2}, {tw2}, hierna: koper.\n\nDe koopsom van {price} wordt voldaan via de kwaliteitsrekening; het saldo wordt overgemaakt naar {iban}. Kadastraal bekend sectie {parcel}, nummer {sheet}.\n\nNotariskantoor: {tel}, {mail}\n",
    "pt": "Livro {urno}\n\nESCRITURA DE COMPRA E VENDA\n\nNo dia {date}, perante mim, {notary}, notário no Porto, compareceram:\n\nPrimeiro: {p1}, nascido em {dob1}, residente na {st1}, {tw1};\n\nSegundo: {p2}, nascida em {dob2}, residente na {st2}, {tw2}.\n\nO preço de {price} é pago por transferência para o IBAN {iban}. Artigo matricial {parcel}, descrição predial {sheet}.\n\nCartório: {tel}, {mail}\n",
    "en": "Instrument No. {urno}\n\nWARRANTY DEED\n\nThis deed, made on {date}, before {notary}, Notary Public, between {p1} (date of birth {dob1}), of {st1}, {tw1}, Grantor, and {p2} (date of birth {dob2}), of {st2}, {tw2}, Grantee.\n\nFor the consideration of {price}, paid by wire to the Grantor's account {iban}. Parcel ID {parcel}, Book {sheet}.\n\nSeller's SSN for the 1099-S: {ssn}\n\nClosing office: {tel}, {mail}\n",
}


def deed(c: Ctx, lang: str) -> tuple[str, str]:
    """A notarial property purchase deed; the body is hard-wrapped as a word processor exports."""
    (g1, s1), (g2, s2), (gn, sn) = person(c, lang), person(c, lang), person(c, lang)
    cc = c.pick(IBAN_CC[lang])
    raw = c.uniq(iban, cc)
    iban_s = group4(raw) if c.chance(0.7) else raw
    price = (
        f"{c.num(120, 900)}.{c.num(100, 999)},00 EUR"
        if lang != "en"
        else f"${c.num(120, 900)},{c.num(100, 999)}.00"
    )
    fields = dict(
        urno=D("deed-no", f"{c.num(100, 2999)}/2026"),
        date=D("deed-date", other_date(c, lang)),
        notary=V("PERSON", f"{gn} {sn}"),
        p1=V("PERSON", f"{g1} {s1}"),
        p2=V("PERSON", f"{g2} {s2}"),
        dob1=V("DATE_OF_BIRTH", dob(c, lang)),
        dob2=V("DATE_OF_BIRTH", dob(c, lang)),
        st1=V("STREET_ADDRESS", street(c, lang)),
        st2=V("STREET_ADDRESS", street(c, lang)),
        tw1=town(c, lang),
        tw2=town(c, lang),
        price=D("price", price),
        iban=V("IBAN", iban_s),
        sheet=D("land-register", str(c.num(1000, 99999))),
        parcel=D(
            "parcel",
            f"{c.num(100, 999)}/{c.num(1, 99)}"
            if lang != "es"
            else f"{c.num(1000000, 9999999)}VK{c.num(1000, 9999)}N",
        ),
        tel=V("PHONE", phone(c, lang)),
        mail=V("EMAIL", email(c, "notariat", sn)),
        ssn=V("US_SSN", c.uniq(ssn)) if lang == "en" else "",
    )
    return DEED[lang].format(**fields), "prose"
