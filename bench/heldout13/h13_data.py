# ruff: noqa: E501
"""Templates: Mattermost bulk-export JSONL, Elasticsearch ``_search`` responses, Pipedrive CSV.

Mattermost's bulk export writes one JSON object a line (``version``, ``team``, ``user``,
``post``); users carry names and e-mails, posts carry what colleagues paste (a phone, a
password, a customer's IBAN). An Elasticsearch hit list of a customer index: ``_id``,
``took`` and scores are decoys. Pipedrive's people export is a CSV with quoted cells.
"""

from __future__ import annotations

import json
from typing import Any

from h13_pools import IBAN_CC, TOWNS, dob, email, money, person, phone, street


def q(s: str) -> str:
    """A JSON string body (without quotes) for text that holds markup."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


# fmt: off
POSTS = {
    "en": ["the vendor portal login is {pw}, don't share it outside the team", "customer {n} asked for a callback on {p}", "refund goes to {i}, approved by finance", "new starter {n}, born {d}, begins Monday"],
    "de": ["Login fürs Lieferantenportal ist {pw}, bitte nicht weitergeben", "Kundin {n} bittet um Rückruf unter {p}", "Erstattung geht auf {i}, von der Buchhaltung freigegeben", "neue Kollegin {n}, geb. {d}, fängt Montag an"],
    "fr": ["le mot de passe du portail fournisseur est {pw}, ne pas diffuser", "la cliente {n} demande à être rappelée au {p}", "remboursement sur {i}, validé par la compta", "nouvelle recrue {n}, née le {d}, arrive lundi"],
    "es": ["la contraseña del portal de proveedores es {pw}, no la compartáis", "la clienta {n} pide que la llamen al {p}", "el reembolso va a {i}, aprobado por finanzas", "nueva compañera {n}, nacida el {d}, empieza el lunes"],
    "it": ["la password del portale fornitori è {pw}, non diffondetela", "la cliente {n} chiede di essere richiamata al {p}", "il rimborso va su {i}, approvato dall'amministrazione", "nuova collega {n}, nata il {d}, inizia lunedì"],
    "nl": ["wachtwoord leveranciersportaal is {pw}, niet delen buiten het team", "klant {n} wil teruggebeld worden op {p}", "terugbetaling gaat naar {i}, goedgekeurd door finance", "nieuwe collega {n}, geboren op {d}, begint maandag"],
    "pt": ["a palavra-passe do portal de fornecedores é {pw}, não partilhem", "a cliente {n} pede para ligarem para o {p}", "o reembolso vai para {i}, aprovado pela contabilidade", "nova colega {n}, nascida a {d}, começa segunda-feira"],
}
# fmt: on


def mattermost(ctx: Any, lang: str) -> tuple[str, str]:
    lines = [
        '{"type":"version","version":1}',
    ]
    users = []
    for _ in range(ctx.rng.randint(2, 3)):
        g, f = person(ctx, lang)
        uname = (g[0] + f.replace(" ", "")).lower()
        users.append((uname, g, f))
        u = f'{{"type":"user","user":{{"username":"{uname}","email":"⁅EMAIL|{email(ctx, g, f)}⁆","first_name":"⁅PERSON|{g}⁆","last_name":"⁅PERSON|{f}⁆","locale":"{lang}"}}}}'
        lines.append(u)
    base = 1760000000000 + ctx.rng.randint(0, 10**10)
    for k, tpl in enumerate(ctx.rng.sample(POSTS[lang], ctx.rng.randint(2, 3))):
        cg, cf = person(ctx, lang)
        msg = tpl.format(
            pw=f"⁅SECRET|{ctx.password()}⁆",
            n=f"⁅PERSON|{cg} {cf}⁆",
            p=f"⁅PHONE|{phone(ctx, lang)}⁆",
            i=f"⁅IBAN|{ctx.iban(ctx.choice(IBAN_CC[lang]))}⁆",
            d=f"⁅DATE_OF_BIRTH|{dob(ctx, lang)}⁆",
        )
        user = ctx.choice(users)[0]
        lines.append(
            f'{{"type":"post","post":{{"team":"support","channel":"tier-2","user":"{user}","message":"{q(msg)}","create_at":⁅~epoch-ms|{base + k * ctx.rng.randint(60000, 900000)}⁆}}}}'
        )
    return "jsonl", "\n".join(lines) + "\n"


def elastic(ctx: Any, lang: str) -> tuple[str, str]:
    hits = []
    for _ in range(ctx.rng.randint(1, 2)):
        g, f = person(ctx, lang)
        src = [
            f'"first_name": "⁅PERSON|{g}⁆"',
            f'"last_name": "⁅PERSON|{f}⁆"',
            f'"email": "⁅EMAIL|{email(ctx, g, f)}⁆"',
            f'"phone": "⁅PHONE|{phone(ctx, lang)}⁆"',
            f'"birthdate": "⁅DATE_OF_BIRTH|{dob(ctx, lang, "iso")}⁆"',
            f'"address": {{"street": "⁅STREET_ADDRESS|{street(ctx, lang)}⁆", "city": "{ctx.choice(TOWNS[lang]).split(",")[0]}"}}',
            f'"last_login_ip": "⁅IP_ADDRESS|{ctx.ip(0.25)}⁆"',
            f'"customer_id": "⁅~customer-id|C{ctx.digits(8)}⁆"',
            f'"lifetime_value": ⁅~amount|{ctx.rng.randint(10, 9000)}.{ctx.digits(2)}⁆',
        ]
        if lang == "en" and ctx.chance(0.6):
            src.append(f'"ssn": "⁅US_SSN|{ctx.ssn()}⁆"')
        if ctx.chance(0.3):
            src.append(
                f'"payout_iban": "⁅IBAN|{ctx.iban(ctx.choice(IBAN_CC[lang]), grouped=False)}⁆"'
            )
        body = ",\n          ".join(src)
        hits.append(
            f'      {{\n        "_index": "customers-v3",\n        "_id": "⁅~doc-id|{ctx.token(20)}⁆",\n        "_score": {ctx.rng.randint(1, 12)}.{ctx.digits(6)},\n        "_source": {{\n          {body}\n        }}\n      }}'
        )
    text = (
        f'{{\n  "took": ⁅~took-ms|{ctx.rng.randint(3, 400)}⁆,\n'
        f'  "hits": {{\n    "total": {{"value": {len(hits)}, "relation": "eq"}},\n    "hits": [\n'
        + ",\n".join(hits)
        + "\n    ]\n  }\n}\n"
    )
    return "json", text


# fmt: off
PIPE_HEAD = {
    "en": "Person - Name,Person - Email,Person - Phone,Person - Postal address,Organization - Name,Deal - Value,Person - ID",
    "de": "Person - Name,Person - E-Mail,Person - Telefon,Person - Postanschrift,Organisation - Name,Deal - Wert,Person - ID",
    "fr": "Personne - Nom,Personne - E-mail,Personne - Téléphone,Personne - Adresse postale,Organisation - Nom,Affaire - Valeur,Personne - ID",
    "es": "Persona - Nombre,Persona - Correo,Persona - Teléfono,Persona - Dirección postal,Organización - Nombre,Trato - Valor,Persona - ID",
    "it": "Persona - Nome,Persona - Email,Persona - Telefono,Persona - Indirizzo,Organizzazione - Nome,Trattativa - Valore,Persona - ID",
    "nl": "Persoon - Naam,Persoon - E-mail,Persoon - Telefoon,Persoon - Postadres,Organisatie - Naam,Deal - Waarde,Persoon - ID",
    "pt": "Pessoa - Nome,Pessoa - E-mail,Pessoa - Telefone,Pessoa - Morada,Organização - Nome,Negócio - Valor,Pessoa - ID",
}
# fmt: on
# fmt: off
ORGS = ["Brightline Logistik", "Vela Ottica", "Harbourside Dental", "Atelier Rive", "Moinho Azul", "De Groene Fiets", "Solera Foods"]
# fmt: on


def pipedrive(ctx: Any, lang: str) -> tuple[str, str]:
    rows = [PIPE_HEAD[lang]]
    for _ in range(ctx.rng.randint(2, 4)):
        g, f = person(ctx, lang)
        town = ctx.choice(TOWNS[lang])
        ph = phone(ctx, lang, ctx.choice(["national", "intl", "run"]))
        rows.append(
            f'"⁅PERSON|{g} {f}⁆","⁅EMAIL|{email(ctx, g, f)}⁆","⁅PHONE|{ph}⁆","⁅STREET_ADDRESS|{street(ctx, lang)}⁆, {town}","{ctx.choice(ORGS)}","⁅~amount|{money(ctx, lang, 500, 40000)}⁆","⁅~person-id|{ctx.rng.randint(1000, 99999)}⁆"'
        )
    return "csv", "\n".join(rows) + "\n"
