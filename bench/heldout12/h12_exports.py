# ruff: noqa: E501
"""Templates of exports: applicant-tracking CSV, WooCommerce order CSV, camt.053 bank
statement XML, Jupyter notebook JSON.

Each returns markup (see ``h12_core``) and its kind.
"""

from __future__ import annotations

from h12_core import Ctx, D, V, card, hexs, iban, ip4, ip6, ssn, token, uuid
from h12_pools import (
    IBAN_CC,
    city,
    date_fmt,
    dob_parts,
    email,
    person,
    phone,
    phone_run,
    street,
    town,
)

ATS_COLS = {
    "en": "candidate_id,first_name,last_name,email,phone,street,city,applied_at,stage,ssn",
    "de": "Kandidat-ID;Vorname;Nachname;E-Mail;Telefon;Straße;Ort;Geburtsdatum;Beworben am;Status",
    "fr": "id_candidat;prenom;nom;email;telephone;adresse;ville;date_naissance;date_candidature;etape",
    "es": "id_candidato;nombre;apellidos;email;telefono;direccion;ciudad;fecha_nacimiento;fecha_solicitud;fase",
    "it": "id_candidato;nome;cognome;email;telefono;indirizzo;citta;data_nascita;data_candidatura;stato",
    "nl": "kandidaat_id;voornaam;achternaam;email;telefoon;adres;plaats;geboortedatum;gesolliciteerd_op;fase",
    "pt": "id_candidato;nome;apelido;email;telefone;morada;localidade;data_nascimento;data_candidatura;fase",
}
STAGES = {
    "en": ["Applied", "Phone screen", "Offer", "Hired"],
    "de": ["Eingang", "Telefoninterview", "Angebot", "Eingestellt"],
    "fr": ["Reçue", "Entretien", "Offre", "Embauché"],
    "es": ["Recibida", "Entrevista", "Oferta", "Contratado"],
    "it": ["Ricevuta", "Colloquio", "Offerta", "Assunto"],
    "nl": ["Ontvangen", "Gesprek", "Aanbod", "Aangenomen"],
    "pt": ["Recebida", "Entrevista", "Proposta", "Contratado"],
}


def ats(c: Ctx, lang: str) -> tuple[str, str]:
    """An applicant-tracking system's candidate export (Personio, Recruitee and the like)."""
    sep = "," if lang == "en" else ";"
    rows = [ATS_COLS[lang]]
    for _ in range(c.num(2, 4)):
        g, s = person(c, lang)
        cid = D("candidate-id", str(c.num(100000, 999999)))
        tel = phone_run(c, lang) if c.chance(0.4) else phone(c, lang)
        st = street(c, lang)
        st_cell = (
            f'"{V("STREET_ADDRESS", st)}"' if sep in st or "," in st else V("STREET_ADDRESS", st)
        )
        stamp = D(
            "timestamp",
            f"2026-{c.num(1, 5):02d}-{c.num(1, 28):02d} {c.num(7, 22):02d}:{c.num(0, 59):02d}:{c.num(0, 59):02d}",
        )
        stage = c.pick(STAGES[lang])
        town_cell = town(c, lang)
        if sep in town_cell or "," in town_cell:
            town_cell = f'"{town_cell}"'
        if lang == "en":
            hired = stage == STAGES["en"][3]
            ss = (
                V("US_SSN", c.uniq(ssn) if c.chance(0.5) else c.uniq(ssn).replace("-", ""))
                if hired
                else ""
            )
            cells = [
                cid,
                V("PERSON", g),
                V("PERSON", s),
                V("EMAIL", email(c, g, s)),
                V("PHONE", tel),
                st_cell,
                town_cell,
                stamp,
                stage,
                ss,
            ]
        else:
            y, m, d = dob_parts(c, 1965, 2005)
            bd = V("DATE_OF_BIRTH", date_fmt(lang, y, m, d, c.pick(["num", "iso"])))
            cells = [
                cid,
                V("PERSON", g),
                V("PERSON", s),
                V("EMAIL", email(c, g, s)),
                V("PHONE", tel),
                st_cell,
                town_cell,
                bd,
                stamp,
                stage,
            ]
        rows.append(sep.join(cells))
    return "\r\n".join(rows) + "\r\n", "csv"


WOO_COLS = '"Order Number","Order Date","Order Status","Billing First Name","Billing Last Name","Billing Address 1","Billing City","Billing Email Address","Billing Phone","Customer IP Address","Order Total","Customer Note"'
NOTES = {
    "en": "gate code {code}, leave with neighbour",
    "de": "Tor-Code {code}, bitte beim Nachbarn abgeben",
    "fr": "digicode {code}, 3e étage",
    "es": "código del portal {code}, dejar en conserjería",
    "it": "codice cancello {code}, citofono {name}",
    "nl": "poortcode {code}, bij de buren afgeven",
    "pt": "código do portão {code}, deixar na porteira",
}


def woo(c: Ctx, lang: str) -> tuple[str, str]:
    """A WooCommerce order export (CSV, every cell quoted) of a small web shop."""
    rows = [WOO_COLS]
    for _ in range(c.num(1, 3)):
        g, s = person(c, lang)
        order = D("order", str(c.num(10000, 99999)))
        dt = D(
            "timestamp",
            f"2026-{c.num(1, 5):02d}-{c.num(1, 28):02d} {c.num(7, 22):02d}:{c.num(0, 59):02d}",
        )
        ip = c.uniq(ip6) if c.chance(0.2) else c.uniq(ip4)
        note = ""
        if c.chance(0.35):
            code = V("SECRET", c.uniq(lambda r: str(r.randint(1000, 99999))))
            note = NOTES[lang].format(code=code, name=V("PERSON", s))
        total = D("price", f"{c.num(9, 240)}.{c.num(0, 99):02d}")
        cells = [
            order,
            dt,
            c.pick(["completed", "processing", "on-hold"]),
            V("PERSON", g),
            V("PERSON", s),
            V("STREET_ADDRESS", street(c, lang)),
            city(c, lang),
            V("EMAIL", email(c, g, s)),
            V("PHONE", phone(c, lang)),
            V("IP_ADDRESS", ip),
            total,
            note,
        ]
        rows.append(",".join(f'"{x}"' for x in cells))
    return "\n".join(rows) + "\n", "csv"


def camt(c: Ctx, lang: str) -> tuple[str, str]:
    """A camt.053 end-of-day bank statement (ISO 20022 XML) of a private account."""
    g, s = person(c, lang)
    cc = c.pick(IBAN_CC[lang])
    own = c.uniq(iban, cc)
    msg = f"STMT{c.num(10**9, 10**10 - 1)}"
    day = f"2026-{c.num(1, 5):02d}-{c.num(1, 28):02d}"
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">',
        "<BkToCstmrStmt>",
        f"  <GrpHdr><MsgId>{D('statement', msg)}</MsgId><CreDtTm>{D('timestamp', day + 'T18:' + str(c.num(10, 59)) + ':00')}</CreDtTm></GrpHdr>",
        "  <Stmt>",
        f"    <Acct><Id><IBAN>{V('IBAN', own)}</IBAN></Id><Ownr><Nm>{V('PERSON', f'{g} {s}')}</Nm>",
        f"      <PstlAdr><AdrLine>{V('STREET_ADDRESS', street(c, lang))}</AdrLine><AdrLine>{town(c, lang)}</AdrLine></PstlAdr></Ownr></Acct>",
    ]
    for _ in range(c.num(1, 2)):
        g2, s2 = person(c, lang)
        cp_iban = c.uniq(iban, c.pick(IBAN_CC[lang]))
        credit = c.chance(0.5)
        party = "Dbtr" if credit else "Cdtr"
        e2e = c.uniq(lambda r: f"E2E{r.randint(10**9, 10**10 - 1)}")
        out += [
            "    <Ntry>",
            f'      <Amt Ccy="EUR">{D("amount", f"{c.num(5, 1900)}.{c.num(0, 99):02d}")}</Amt><CdtDbtInd>{"CRDT" if credit else "DBIT"}</CdtDbtInd>',
            f"      <BookgDt><Dt>{D('booking-date', day)}</Dt></BookgDt>",
            "      <NtryDtls><TxDtls>",
            f"        <Refs><EndToEndId>{D('end-to-end-id', e2e)}</EndToEndId></Refs>",
            f"        <RltdPties><{party}><Pty><Nm>{V('PERSON', f'{g2} {s2}'.upper() if c.chance(0.3) else f'{g2} {s2}')}</Nm></Pty></{party}>",
            f"          <{party}Acct><Id><IBAN>{V('IBAN', cp_iban)}</IBAN></Id></{party}Acct></RltdPties>",
        ]
        if c.chance(0.35):
            mandate = D("mandate", f"MNDT-{c.num(100000, 999999)}")
            cid = D("creditor-id", f"{cc}{c.num(10, 99)}ZZZ{c.num(10**7, 10**8 - 1)}")
            out.append(
                f"        <RmtInf><Ustrd>Mandat {mandate} Gläubiger-ID {cid}</Ustrd></RmtInf>"
            )
        elif c.chance(0.4):
            out.append(
                f"        <RmtInf><Ustrd>{V('PERSON', g2)} Tel {V('PHONE', phone(c, lang))}</Ustrd></RmtInf>"
            )
        else:
            out.append(
                f"        <RmtInf><Ustrd>RE {D('invoice', str(c.num(100000, 999999)))}</Ustrd></RmtInf>"
            )
        out += ["      </TxDtls></NtryDtls>", "    </Ntry>"]
    out += ["  </Stmt>", "</BkToCstmrStmt>", "</Document>"]
    return "\n".join(out) + "\n", "xml"


NB = {
    "en": ("customers", "name", "email", "phone", "dob", "city"),
    "de": ("kunden", "name", "email", "telefon", "geburtsdatum", "ort"),
    "fr": ("clients", "nom", "email", "telephone", "date_naissance", "ville"),
    "es": ("clientes", "nombre", "email", "telefono", "fecha_nacimiento", "ciudad"),
    "it": ("clienti", "nome", "email", "telefono", "data_nascita", "citta"),
    "nl": ("klanten", "naam", "email", "telefoon", "geboortedatum", "plaats"),
    "pt": ("clientes", "nome", "email", "telefone", "data_nascimento", "localidade"),
}


def notebook(c: Ctx, lang: str) -> tuple[str, str]:
    """A Jupyter notebook (.ipynb JSON) with a database URL, an API key and a DataFrame output."""
    T = NB[lang]
    user = c.pick(["analyst", "etl", "reporting", "ds_ro"])
    pw = c.uniq(lambda r: token(r, 14))
    host = c.uniq(ip4, "priv")
    key = c.uniq(lambda r: "sk_live_" + token(r, 32))
    rows = []
    for i in range(2):
        g, s = person(c, lang)
        y, m, d = dob_parts(c, 1950, 2004)
        nm = f"{g} {s}"
        rows.append(
            f'"{i}  {V("PERSON", nm)}  {V("EMAIL", email(c, g, s))}  {V("PHONE", phone_run(c, lang))}  {V("DATE_OF_BIRTH", date_fmt(lang, y, m, d, "iso"))}  {city(c, lang)}\\n"'
        )
    head = f'"   {T[1]}  {T[2]}  {T[3]}  {T[4]}  {T[5]}\\n"'
    cells = [
        '  {"cell_type": "code", "execution_count": 1, "id": "'
        + D("cell-id", hexs(c.rng, 8))
        + '", "metadata": {}, "outputs": [], "source": [',
        '    "import pandas as pd\\n", "from sqlalchemy import create_engine\\n",',
        f'    "engine = create_engine(\\"postgresql://{V("URL_CREDENTIALS", f"{user}:{pw}")}@{V("IP_ADDRESS", host)}:5432/crm\\")\\n",',
        f'    "STRIPE_KEY = \\"{V("SECRET", key)}\\""',
        "  ]},",
        '  {"cell_type": "code", "execution_count": 2, "id": "'
        + D("cell-id", hexs(c.rng, 8))
        + f'", "metadata": {{}}, "source": ["df = pd.read_sql(\\"select * from {T[0]} limit 5\\", engine)\\n", "df.head()"],',
        '   "outputs": [{"output_type": "execute_result", "execution_count": 2, "metadata": {}, "data": {"text/plain": [',
        "    " + head + ",",
        ",\n".join("    " + r for r in rows),
        "   ]}}]}",
    ]
    doc = (
        '{\n "cells": [\n'
        + "\n".join(cells)
        + '\n ],\n "metadata": {"kernelspec": {"name": "python3"}, "language_info": {"version": "'
        + D("version", f"3.{c.num(9, 12)}.{c.num(1, 9)}")
        + '"}},\n "nbformat": 4, "nbformat_minor": 5\n}\n'
    )
    return doc, "json"


_ = (card, uuid)
