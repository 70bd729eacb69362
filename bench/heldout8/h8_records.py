"""Templates of set 8, records: laboratory result reports and birth-register / baptism extracts."""

from __future__ import annotations

import h8_dates as D
import h8_pools as P
from h8_ctx import Ctx
from h8_markup import d, m

# Templates are text in seven languages: long lines and typographic dashes are on purpose.
# ruff: noqa: E501


LAB = {
    "en": [
        "LABORATORY REPORT",
        "Patient",
        "DOB",
        "Address",
        "Ordering physician",
        "Specimen ID",
        "Collected",
        "Test",
        "Result",
        "Reference",
        "Questions? Call the lab at",
        "SSN",
    ],
    "de": [
        "LABORBEFUND",
        "Patient/in",
        "Geb.-Datum",
        "Anschrift",
        "Einsender",
        "Proben-Nr.",
        "Entnahme",
        "Analyse",
        "Ergebnis",
        "Referenz",
        "Rückfragen an das Labor:",
        "",
    ],
    "fr": [
        "COMPTE RENDU D'ANALYSES",
        "Patient(e)",
        "Né(e) le",
        "Adresse",
        "Prescripteur",
        "N° d'échantillon",
        "Prélèvement",
        "Analyse",
        "Résultat",
        "Valeurs de référence",
        "Renseignements au laboratoire :",
        "",
    ],
    "es": [
        "INFORME DE LABORATORIO",
        "Paciente",
        "F. Nac.",
        "Domicilio",
        "Médico solicitante",
        "Nº muestra",
        "Extracción",
        "Prueba",
        "Resultado",
        "Referencia",
        "Consultas al laboratorio:",
        "",
    ],
    "it": [
        "REFERTO DI LABORATORIO",
        "Paziente",
        "Data di nascita",
        "Indirizzo",
        "Medico richiedente",
        "ID campione",
        "Prelievo",
        "Esame",
        "Risultato",
        "Intervallo",
        "Informazioni: laboratorio",
        "",
    ],
    "nl": [
        "LABORATORIUMUITSLAG",
        "Patiënt",
        "Geboortedatum",
        "Adres",
        "Aanvrager",
        "Monsternummer",
        "Afname",
        "Bepaling",
        "Uitslag",
        "Referentie",
        "Vragen? Bel het lab:",
        "",
    ],
}
TESTS = [
    ("Hb", "g/dL", "12.0-16.0"),
    ("WBC", "10^9/L", "4.0-11.0"),
    ("CRP", "mg/L", "<5"),
    ("TSH", "mU/L", "0.27-4.20"),
    ("HbA1c", "%", "4.0-5.6"),
    ("Ferritin", "µg/L", "15-150"),
]


def labreport(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    L = LAB[lang]
    g, s = P.full(r, lang)
    dg, ds = P.full(r, lang)
    head = [
        L[0],
        "",
        f"{L[1]}: {m('PERSON', f'{s.upper()}, {g}')}"
        if r.random() < 0.5
        else f"{L[1]}: {m('PERSON', f'{g} {s}')}",
        f"{L[2]}: {m('DATE_OF_BIRTH', D.dob(r, lang, 'num', 1935, 2015))}",
        f"{L[3]}: {c.street(lang, r.random() < 0.3)}, {P.town(r, lang)}",
    ]
    if L[11] and r.random() < 0.6:
        head.append(f"{L[11]}: {c.ssn()}")
        head.append(f"Member ID: {c.digits('member', 9, 'W')}")
    head += [
        f"{L[4]}: Dr. {m('PERSON', f'{dg} {ds}')}",
        f"{L[5]}: {c.digits('specimen', 10)}",
        f"{L[6]}: {d('timestamp', D.stamp(r))}",
        "",
        f"{L[7]:<12}{L[8]:<12}{L[9]}",
    ]
    for name, unit, ref in r.sample(TESTS, r.randint(3, 5)):
        val = f"{r.uniform(0.5, 15):.1f}"
        head.append(
            f"{name:<12}{val + ' ' + unit:<12}{d('lab-range', ref) if '-' in ref and r.random() < 0.4 else ref}"
        )
    head += ["", f"{L[10]} {c.phone(lang)}"]
    return "form", "\n".join(head) + "\n"


REGISTER = {
    "en": (
        "CERTIFICATE OF BAPTISM",
        "This is to certify that {child}, child of {f} and {mo}, residing at {adr}, was born on {dob} and was baptised in this parish on {bap}.",
        "Register vol. {vol}, p. {page}. Issued {iss}.",
    ),
    "de": (
        "TAUFBESCHEINIGUNG",
        "Hiermit wird bescheinigt, dass {child}, Kind von {f} und {mo}, wohnhaft {adr}, geboren am {dob}, am {bap} in unserer Gemeinde getauft wurde.",
        "Taufbuch Bd. {vol}, S. {page}. Ausgestellt am {iss}.",
    ),
    "fr": (
        "EXTRAIT D'ACTE DE NAISSANCE",
        "{child}, né(e) le {dob}, de {f} et de {mo}, domiciliés {adr}. Baptême célébré le {bap}.",
        "Registre n° {vol}, folio {page}. Délivré le {iss}.",
    ),
    "es": (
        "PARTIDA DE BAUTISMO",
        "{child}, nacido el {dob}, hijo de {f} y de {mo}, con domicilio en {adr}, recibió el bautismo el {bap}.",
        "Libro {vol}, folio {page}. Expedida el {iss}.",
    ),
    "it": (
        "ESTRATTO DELL'ATTO DI NASCITA",
        "{child}, nato il {dob}, figlio di {f} e di {mo}, residenti in {adr}. Battezzato il {bap}.",
        "Registro {vol}, parte I, n. {page}. Rilasciato il {iss}.",
    ),
    "nl": (
        "UITTREKSEL GEBOORTEAKTE",
        "{child}, geboren op {dob}, kind van {f} en {mo}, wonende {adr}. Gedoopt op {bap}.",
        "Register {vol}, akte {page}. Afgegeven op {iss}.",
    ),
    "pt": (
        "CERTIDÃO DE NASCIMENTO",
        "{child}, nascido em {dob}, filho de {f} e de {mo}, residentes na {adr}. Batizado a {bap}.",
        "Livro {vol}, folha {page}. Emitida em {iss}.",
    ),
}


def register(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    title, body, foot = REGISTER[lang]
    g, s = P.full(r, lang)
    fg = P.given(r, lang)
    mg, ms = P.full(r, lang)
    y, mo, da = D.ymd(r, 1940, 2012)
    bap = D.write(r, lang, y + r.choice([0, 0, 1]), min(mo + 1, 12), da, "words")
    text = body.format(
        child=m("PERSON", f"{g} {s}"),
        f=m("PERSON", f"{fg} {s}"),
        mo=m("PERSON", f"{mg} {ms}"),
        adr=f"{c.street(lang)}, {P.town(r, lang)}",
        dob=m("DATE_OF_BIRTH", D.write(r, lang, y, mo, da, r.choice(["words", "num"]))),
        bap=d("old-date", bap),
    )
    foot = foot.format(
        vol=str(r.randint(12, 240)),
        page=d("register-no", str(r.randint(100, 999))),
        iss=d("date", D.recent(r, lang)),
    )
    extra = ""
    if r.random() < 0.4:
        extra = (
            "\n\n"
            + {
                "en": "Enquiries",
                "de": "Pfarrbüro",
                "fr": "Secrétariat",
                "es": "Despacho parroquial",
                "it": "Ufficio anagrafe",
                "nl": "Burgerzaken",
                "pt": "Conservatória",
            }[lang]
            + f": {c.phone(lang)}"
        )
    return "prose", f"{title}\n\n{text}\n\n{foot}{extra}\n"
