# ruff: noqa: E501
# Templates and pools are text in four languages: long phrase lines and typographic dashes,
# quotes and letters (en dash, apostrophe, dotless i) are what people write.
"""Templates for machine text people paste into an assistant: SQL dumps and query output,
SOAP and JSON payloads, tab-separated spreadsheets, Kubernetes and Compose files, .netrc and
.pgpass, curl commands, commit messages and CI logs.

Secrets sit beside hashes, UUIDs and versions that must stay readable.
"""

from __future__ import annotations

from h3_ctx import Ctx
from h3_markup import m
from h3_secrets import aws_pair


def sql_insert(c: Ctx) -> str:
    rows = []
    for _ in range(c.num(2, 4)):
        g, s = c.v.given(), c.v.surname()
        rows.append(f"({c.num(1000, 9999)}, '{m('PERSON', g)}', '{m('PERSON', s.replace(chr(39), chr(39) * 2))}', "
                    f"'{c.email(f'{g} {s}')}', '{c.phone()}', '{c.dob_iso()}', '{c.ssn()}', '{c.decoy('timestamp')}')")  # fmt: skip
    return ("INSERT INTO customers (id, first_name, last_name, email, phone, birth_date, ssn, created_at) VALUES\n"
            + ",\n".join(rows) + ";")  # fmt: skip


def sql_copy(c: Ctx) -> str:
    lines = ["COPY public.payment_methods (id, holder, pan, iban, updated_at) FROM stdin;"]
    for _ in range(c.num(2, 4)):
        lines.append("\t".join([c.decoy("uuid"), c.person(), c.card(style="none"), c.iban(style="compact"),
                                c.decoy("timestamp")]))  # fmt: skip
    lines.append("\\.")
    return "\n".join(lines)


def sql_result(c: Ctx) -> str:
    head = " user_id |      name       |   dob      |    phone        | last_ip"
    lines = [c.t(en="why does this query return duplicates?", de="warum liefert die Abfrage Duplikate?",
                 fr="pourquoi cette requête renvoie des doublons ?", es="¿por qué esta consulta devuelve duplicados?"),
             "SELECT u.user_id, u.name, u.dob, u.phone, s.last_ip FROM users u JOIN sessions s USING (user_id);",
             head, "-" * len(head)]  # fmt: skip
    for _ in range(c.num(2, 4)):
        uid = c.num(10, 99999)
        lines.append(f" {uid:>7} | {c.person()} | {c.dob_iso()} | {c.phone()} | {c.ip()}")
    lines.append(f"({len(lines) - 4} rows)")
    return "\n".join(lines)


def soap(c: Ctx) -> str:
    return "\n".join([
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">',
        "  <soapenv:Header><wsse:Security><wsse:UsernameToken>",
        f"    <wsse:Username>{c.user()}</wsse:Username><wsse:Password>{c.password()}</wsse:Password>",
        "  </wsse:UsernameToken></wsse:Security></soapenv:Header>",
        "  <soapenv:Body><CreatePolicy>",
        f"    <RequestId>{c.decoy('uuid')}</RequestId>",
        f"    <Insured><FirstName>{c.given()}</FirstName><LastName>{m('PERSON', c.v.surname())}</LastName>",
        f"      <BirthDate>{c.dob_iso()}</BirthDate><TaxId>{c.ssn()}</TaxId>",
        f"      <Street>{c.street()}</Street><Phone>{c.phone()}</Phone></Insured>",
        f"    <Premium currency=\"EUR\">{c.num(100, 999)}.{c.num(10, 99)}</Premium><Product>{c.decoy('product')}</Product>",
        "  </CreatePolicy></soapenv:Body>",
        "</soapenv:Envelope>",
    ])  # fmt: skip


def json_api(c: Ctx) -> str:
    name = c.v.person()
    return "\n".join([
        c.t(en="The checkout webhook fails with 422, payload below:", de="Der Checkout-Webhook liefert 422, Payload:",
            fr="Le webhook de paiement renvoie 422, voici le payload :", es="El webhook de pago da 422, este es el payload:"),
        "{",
        f'  "event_id": "{c.decoy("uuid")}",',
        f'  "api_version": "{c.decoy("version")}",',
        f'  "customer": {{"name": "{c.person(name)}", "email": "{c.email(name)}", "phone": "{c.phone()}",',
        f'               "date_of_birth": "{c.dob_iso() if c.chance(0.6) else c.dob()}", "ip": "{c.ip()}"}},',
        f'  "payment": {{"card_number": "{c.card()}", "cvc": "{c.num(100, 999)}", "order_id": "{c.decoy("order")}"}},',
        f'  "billing_address": {{"line1": "{c.street()}", "city": "{c.v.city()}"}},',
        f'  "signature": "{c.decoy("sha256")}"',
        "}",
        c.t(en=f"Header was Authorization: Bearer {c.secret()}", de=f"Header war Authorization: Bearer {c.secret()}",
            fr=f"En-tête : Authorization: Bearer {c.secret()}", es=f"Cabecera: Authorization: Bearer {c.secret()}"),
    ])  # fmt: skip


def tsv_sheet(c: Ctx) -> str:
    head = c.t(
        en="Name\tDOB\tSSN\tPhone\tEmail\tCost centre",
        de="Name\tGeburtsdatum\tTelefon\tIBAN\tE-Mail\tKostenstelle",
        fr="Nom\tNé(e) le\tTéléphone\tIBAN\tCourriel\tCentre de coût",
        es="Nombre\tF. nacimiento\tTeléfono\tIBAN\tCorreo\tCentro de coste",
    )
    lines = [c.t(en="pasted from the payroll sheet:", de="aus der Lohnliste kopiert:", fr="copié depuis le tableau de paie :",
                 es="copiado de la hoja de nóminas:"), head]  # fmt: skip
    for _ in range(c.num(3, 5)):
        name = c.v.person()
        third = c.ssn() if c.lang == "en" else c.phone()
        fourth = c.phone() if c.lang == "en" else c.iban()
        lines.append(
            "\t".join(
                [c.person(name), c.dob(), third, fourth, c.email(name), str(c.num(4000, 4999))]
            )
        )
    return "\n".join(lines)


def k8s(c: Ctx) -> str:
    return "\n".join([
        "apiVersion: v1", "kind: Secret", "metadata:", f"  name: billing-{c.pick('prod', 'staging')}",
        f"  annotations:\n    checksum/config: {c.decoy('sha256')}", "type: Opaque", "stringData:",
        f"  DATABASE_URL: postgresql://{c.url_cred()}@{c.ip()}:5432/billing",
        f"  STRIPE_KEY: {c.secret()}", f"  SMTP_PASSWORD: \"{c.password()}\"",
        "---", "apiVersion: apps/v1", "kind: Deployment",
        f"spec:\n  template:\n    spec:\n      containers:\n        - image: registry.example.com/billing:{c.decoy('version')}",
        "          env:", "            - name: ADMIN_PASSWORD", f"              value: '{c.password()}'",
    ])  # fmt: skip


def compose(c: Ctx) -> str:
    return "\n".join([
        "services:", "  db:", f"    image: postgres:{c.num(13, 17)}", "    environment:",
        f"      POSTGRES_PASSWORD: {c.password()}", "  api:", f"    image: acme/api@sha256:{c.decoy('sha256')}",
        "    environment:", f"      - REDIS_URL=redis://{c.url_cred('default')}@cache:6379/0",
        f"      - JWT_SECRET={c.secret()}", f"      - BIND_ADDR={c.decoy('loopback')}",
        f"    extra_hosts:\n      - \"db.internal:{c.ip(False)}\"",
    ])  # fmt: skip


def netrc(c: Ctx) -> str:
    return "\n".join([
        c.t(en="my ~/.netrc and ~/.pgpass, curl still says 401:", de="meine ~/.netrc und ~/.pgpass, curl sagt trotzdem 401:",
            fr="mon ~/.netrc et ~/.pgpass, curl répond toujours 401 :", es="mi ~/.netrc y ~/.pgpass, curl sigue dando 401:"),
        f"machine api.example.com login {c.user()} password {c.password()}",
        f"machine {c.ip(False)} login {c.user()} password {c.secret()}",
        f"{c.pick('db.example.net', 'pg01.corp.example')}:5432:*:{c.user()}:{c.password()}",
        f"$ curl -u {c.user()}:{c.password()} https://api.example.com/v{c.num(1, 3)}/orders/{c.decoy('order')}",
        f"$ git remote -v\norigin  https://{c.url_cred()}@git.example.org/ops/infra.git (fetch)",
    ])  # fmt: skip


def curl_cmd(c: Ctx) -> str:
    return "\n".join([
        "curl -X POST https://api.example.org/v2/payments \\",
        f"  -H 'Authorization: Bearer {c.secret()}' \\",
        f"  -H 'Idempotency-Key: {c.decoy('uuid')}' \\",
        f"  -d '{{\"amount\": {c.num(100, 99999)}, \"card\": \"{c.card()}\", \"holder\": \"{c.person()}\", \"email\": \"{c.email()}\"}}'",
        f"curl -s 'https://{c.url_cred()}@hooks.example.net/v1/ping?ts={c.decoy('timestamp')}'",
        c.t(en=f"returns 402 on {c.decoy('version')}", de=f"liefert 402 seit {c.decoy('version')}",
            fr=f"renvoie 402 depuis la {c.decoy('version')}", es=f"devuelve 402 desde la {c.decoy('version')}"),
    ])  # fmt: skip


def git_commit(c: Ctx) -> str:
    author = c.v.person()
    return "\n".join([
        f"commit {c.decoy('git')}",
        f"Author: {c.person(author)} <{c.email(author)}>",
        f"Date:   {c.decoy('timestamp')}",
        "",
        c.t(en="    fix: retry payment capture on timeout", de="    fix: Zahlungserfassung bei Timeout wiederholen",
            fr="    fix : relancer la capture du paiement en cas de timeout", es="    fix: reintentar la captura del pago si hay timeout"),
        "",
        f"    Temporarily hardcode sandbox key {c.secret()} (remove before release {c.decoy('version')})",
        f"    Reviewed-by: {c.person()} <{c.email()}>",
    ])  # fmt: skip


def ci_log(c: Ctx) -> str:
    key_id, secret_key = aws_pair(c.v)
    return "\n".join([
        f"{c.decoy('timestamp')} Run actions/checkout@{c.decoy('git')}",
        f"{c.decoy('timestamp')} + export AWS_ACCESS_KEY_ID={m('SECRET', key_id)}",
        f"{c.decoy('timestamp')} + export AWS_SECRET_ACCESS_KEY={m('SECRET', secret_key)}",
        f"{c.decoy('timestamp')} + docker login -u ci -p {c.password()} registry.example.com",
        f"{c.decoy('timestamp')} + npm publish --//registry.example.org/:_authToken={c.secret()}",
        f"{c.decoy('timestamp')} + pip install -i https://{c.url_cred()}@packages.corp.example/simple app",
        f"{c.decoy('timestamp')} error: connect ECONNREFUSED {c.ip()}:443 (build {c.decoy('md5')})",
    ])  # fmt: skip


TEMPLATES = [("sql", sql_insert, 5), ("sql", sql_copy, 4), ("sql", sql_result, 3), ("xml", soap, 3),
             ("json", json_api, 4), ("tsv", tsv_sheet, 4), ("config", k8s, 3), ("config", compose, 3),
             ("shell", netrc, 3), ("shell", curl_cmd, 3), ("git", git_commit, 3), ("log", ci_log, 3)]  # fmt: skip
