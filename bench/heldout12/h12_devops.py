# ruff: noqa: E501
"""Templates of build and debugging output: GitHub Actions job logs, ``curl -v`` traces,
Jenkins script-console credential dumps.

Each returns markup (see ``h12_core``) and its kind. Secrets the runner masks (``***``) are
not labeled: only what stands in clear is.
"""

from __future__ import annotations

import base64

from h12_core import Ctx, D, V, card, hexs, iban, ip4, ip6, jwt, password, ssn, token, uuid
from h12_pools import IBAN_CC, date_fmt, dob_parts, email, person, phone, street, town

COMMIT = {
    "en": "Fix invoice rounding for {who}'s report",
    "de": "Rundung in Rechnungen korrigiert (Hinweis von {who})",
    "fr": "Corrige l'arrondi des factures signalé par {who}",
    "es": "Corrige el redondeo de facturas que reportó {who}",
    "it": "Corretto l'arrotondamento fatture segnalato da {who}",
    "nl": "Afronding facturen gerepareerd, gemeld door {who}",
    "pt": "Corrige o arredondamento das faturas reportado por {who}",
}


def gha(c: Ctx, lang: str) -> tuple[str, str]:
    """A GitHub Actions job log as downloaded (time-stamped lines, groups), with leaks."""
    g, s = person(c, lang)
    g2, s2 = person(c, lang)
    sec = c.num(10, 50) * 10**7
    day = c.num(10, 28)
    out: list[str] = []

    def line(text: str) -> None:
        nonlocal sec
        sec += c.num(10**5, 3 * 10**7)
        whole, frac = divmod(sec, 10**7)
        stamp = f"2026-03-{day}T09:{whole // 60 % 60:02d}:{whole % 60:02d}.{frac:07d}Z"
        out.append(f"{D('timestamp', stamp) if len(out) < 2 else stamp} {text}")

    sha = hexs(c.rng, 40)
    line(f"Current runner version: '{D('version', f'2.3{c.num(10, 21)}.{c.num(0, 3)}')}'")
    line(f"Runner name: 'selfhosted-{c.num(1, 9)}' (IP {V('IP_ADDRESS', c.uniq(ip4, 'priv'))})")
    line("##[group]Run actions/checkout@v4")
    line(f"Checking out ref refs/heads/main at {D('sha', sha)}")
    line(f"Author: {V('PERSON', f'{g} {s}')} <{V('EMAIL', email(c, g, s))}>")
    line("    " + COMMIT[lang].format(who=V("PERSON", f"{g2} {s2}")))
    line("##[group]Run npm ci")
    npm = c.uniq(lambda r: "npm_" + token(r, 36))
    if c.chance(0.6):
        line(f"npm verb config //registry.npmjs.org/:_authToken={V('SECRET', npm)}")
    else:
        line("npm verb config //registry.npmjs.org/:_authToken=***")
    line("##[group]Run ./scripts/migrate.sh")
    pw = c.uniq(lambda r: token(r, 16))
    dbhost = c.uniq(ip4)
    if c.chance(0.7):
        line(f"  DATABASE_URL: postgres://app:{'***'}@db:5432/app")
        line(
            f'+ echo "connecting to postgres://{V("URL_CREDENTIALS", f"migrator:{pw}")}@{V("IP_ADDRESS", dbhost)}:5432/app"'
        )
    else:
        line(
            f"  DATABASE_URL: mysql://{V('URL_CREDENTIALS', f'root:{pw}')}@{V('IP_ADDRESS', dbhost)}:3306/shop"
        )
    line("##[endgroup]")
    line("##[group]Run pytest -q")
    g3, s3 = person(c, lang)
    y, m, d = dob_parts(c, 1955, 2001)
    cardf = ""
    if c.chance(0.5):
        cardf = f", 'card': '{V('CREDIT_CARD', c.uniq(card, c.pick(['visa', 'mc', 'amex', 'diners'])))}'"
    if c.chance(0.6):
        line(
            f"E       AssertionError: assert {{'name': '{V('PERSON', f'{g3} {s3}')}', 'birth_date': '{V('DATE_OF_BIRTH', date_fmt(lang, y, m, d, 'iso'))}', 'iban': '{V('IBAN', c.uniq(iban, c.pick(IBAN_CC[lang])))}'{cardf}}} == {{...}}"
        )
    line(f"FAILED tests/test_export.py::test_row[{D('uuid', uuid(c.rng))}] - AssertionError")
    line(f"1 failed, {c.num(100, 900)} passed in {c.num(10, 99)}.{c.num(10, 99)}s")
    line("##[error]Process completed with exit code 1.")
    line(
        f"Notifying {V('EMAIL', email(c, g2, s2))} (run {D('run-id', str(c.num(10**9, 10**10 - 1)))})"
    )
    return "\n".join(out) + "\n", "log"


CURL_BODY = {
    "en": ("fullName", "email", "phone", "dateOfBirth", "street"),
    "de": ("vollstaendigerName", "email", "telefon", "geburtsdatum", "strasse"),
    "fr": ("nomComplet", "email", "telephone", "dateNaissance", "adresse"),
    "es": ("nombreCompleto", "email", "telefono", "fechaNacimiento", "direccion"),
    "it": ("nomeCompleto", "email", "telefono", "dataNascita", "indirizzo"),
    "nl": ("volledigeNaam", "email", "telefoon", "geboortedatum", "adres"),
    "pt": ("nomeCompleto", "email", "telefone", "dataNascimento", "morada"),
}


def curlv(c: Ctx, lang: str) -> tuple[str, str]:
    """A ``curl -v`` trace pasted into a support thread: request headers, response body."""
    K = CURL_BODY[lang]
    g, s = person(c, lang)
    ip = c.uniq(ip6) if c.chance(0.25) else c.uniq(ip4, "doc")
    host = c.pick(["api.crm.example", "partner.example.net", "staging.shop.test"])
    out = []
    if c.chance(0.4):
        user, pw = c.pick(["ops", "integration", "partner"]), c.uniq(password)
        out.append(
            f"$ curl -v https://{V('URL_CREDENTIALS', f'{user}:{pw}')}@{host}/v2/customers/{D('customer-id', str(c.num(100000, 999999)))}"
        )
        auth = "Basic " + V("SECRET", base64.b64encode(f"{user}:{pw}".encode()).decode())
    else:
        out.append(
            f'$ curl -v -H "Authorization: Bearer $TOKEN" https://{host}/v2/customers/{D("customer-id", str(c.num(100000, 999999)))}'
        )
        auth = "Bearer " + V("SECRET", c.uniq(jwt))
    out += [
        f"*   Trying {V('IP_ADDRESS', ip)}:443...",
        f"* Connected to {host} ({V('IP_ADDRESS', ip)}) port 443",
        "> GET /v2/customers/... HTTP/2",
        f"> Host: {host}",
        f"> User-Agent: curl/{D('version', f'8.{c.num(1, 11)}.{c.num(0, 1)}')}",
        f"> Authorization: {auth}",
        ">",
        "< HTTP/2 200",
        f"< date: {D('timestamp', f'Tue, {c.num(10, 28)} Apr 2026 {c.num(8, 20)}:{c.num(10, 59)}:{c.num(10, 59)} GMT')}",
        f"< x-request-id: {D('uuid', uuid(c.rng))}",
        f'< etag: W/"{D("etag", hexs(c.rng, 16))}"',
        "<",
    ]
    y, m, d = dob_parts(c)
    body = (
        f'{{"id":{D("customer-id", str(c.num(100000, 999999)))},"{K[0]}":"{V("PERSON", f"{g} {s}")}","{K[1]}":"{V("EMAIL", email(c, g, s))}",'
        f'"{K[2]}":"{V("PHONE", phone(c, lang, intl=True))}","{K[3]}":"{V("DATE_OF_BIRTH", date_fmt(lang, y, m, d, "iso"))}",'
        f'"{K[4]}":"{V("STREET_ADDRESS", street(c, lang))}","city":"{town(c, lang)}","createdAt":"{D("timestamp", f"2025-{c.num(1, 12):02d}-{c.num(1, 28):02d}T{c.num(10, 23)}:00:00Z")}"}}'
    )
    if lang == "en" and c.chance(0.6):
        emp = D("employee-id", str(c.num(100000000, 899999999)))
        body = body[:-1] + f',"employeeId":{emp},"ssn":"{V("US_SSN", c.uniq(ssn))}"}}'
    elif c.chance(0.3):
        body = (
            body[:-1]
            + f',"paymentCard":"{V("CREDIT_CARD", c.uniq(card, c.pick(["visa", "mc", "jcb"])))}"}}'
        )
    out += [body, f"* Connection #0 to host {host} left intact"]
    return "\n".join(out) + "\n", "shell"


JENKINS_DESC = {
    "en": "SFTP drop for payroll, owner {who}",
    "de": "SFTP Lohnbuchhaltung, Ansprechpartner {who}",
    "fr": "SFTP paie, responsable {who}",
    "es": "SFTP nóminas, responsable {who}",
    "it": "SFTP paghe, referente {who}",
    "nl": "SFTP salarisadministratie, eigenaar {who}",
    "pt": "SFTP salários, responsável {who}",
}


def jenkins(c: Ctx, lang: str) -> tuple[str, str]:
    """A Jenkins script-console run that prints every stored credential in clear."""
    g, s = person(c, lang)
    out = [
        "Script Console",
        "",
        "def creds = com.cloudbees.plugins.credentials.CredentialsProvider.lookupCredentials(",
        "    com.cloudbees.plugins.credentials.common.StandardCredentials, Jenkins.instance, null, null)",
        "for (c in creds) { println(c.id + ' | ' + c.description + ' | ' + (c.properties.username ?: '') + ' | ' + (c.properties.password ?: c.properties.secret ?: '')) }",
        "",
        "Result:",
    ]
    out.append(
        f"{D('uuid', uuid(c.rng))} | {JENKINS_DESC[lang].format(who=V('PERSON', f'{g} {s}'))} | payroll | {V('SECRET', c.uniq(password))}"
    )
    out.append(
        f"github-deploy | GitHub App token | x-access-token | {V('SECRET', c.uniq(lambda r: 'ghp_' + token(r, 36)))}"
    )
    out.append(
        f"smtp-relay | mail {V('EMAIL', email(c, g, s))} | {V('EMAIL', email(c, 'jenkins', 'ci'))} | {V('SECRET', c.uniq(password))}"
    )
    if c.chance(0.5):
        out.append(
            f"nexus-admin | Nexus {V('IP_ADDRESS', c.uniq(ip4, 'priv'))}:8081 | admin | {V('SECRET', c.uniq(lambda r: token(r, 20)))}"
        )
    out.append(f"sonar-token | SonarQube | | {V('SECRET', c.uniq(lambda r: 'squ_' + hexs(r, 40)))}")
    out.append(f"gpg-signing | release key {D('key-id', hexs(c.rng, 16).upper())} | | ")
    if c.chance(0.5):
        pub = "AAAAC3NzaC1lZDI1NTE5AAAAI" + token(c.rng, 43)
        out.append(
            f"deploy-key | public half: ssh-ed25519 {D('public-key', pub)} deploy@ci | git | "
        )
    out.append(f"Result: [{D('uuid', uuid(c.rng))}, github-deploy, smtp-relay, ...]")
    return "\n".join(out) + "\n", "config"
