"""Templates: helpdesk threads, issue trackers, tables, payloads, configs and mail headers."""

# Templates are text: a source line holds a line of the text, however long it is.
# ruff: noqa: E501

from __future__ import annotations

import json

from h4_ctx import Ctx

Made = tuple[str, str]


def helpdesk_thread(c: Ctx) -> Made:
    a, b, u = c.person(), c.person(), c.person()
    t1, t2, t3 = "9:02 AM", "9:05 AM", "9:11 AM"
    ask = c.L(
        en=f"hey, {c.name(u)} from accounts is locked out of the VPN again. Can someone reset? her laptop shows {c.ip()}",
        de=f"moin, {c.name(u)} aus der Buchhaltung kommt nicht mehr ins VPN. Kann jemand resetten? Laptop hat {c.ip()}",
        fr=f"salut, {c.name(u)} (compta) n'arrive plus à se connecter au VPN. Quelqu'un peut réinitialiser ? son poste : {c.ip()}",
        es=f"buenas, {c.name(u)} de contabilidad no puede entrar en la VPN. ¿Alguien lo resetea? su portátil tiene la {c.ip()}",
    )
    answer = c.L(
        en=f"done. temp password is {c.password()} - she has to change it at first login. @{c.name(u, 'given')} fyi",
        de=f"erledigt. Das Einmalpasswort lautet {c.password()}, muss beim ersten Login geändert werden. @{c.name(u, 'given')} zur Info",
        fr=f"c'est fait, mot de passe provisoire : {c.password()} (à changer à la première connexion). @{c.name(u, 'given')}",
        es=f"hecho. La contraseña temporal es {c.password()}, tendrá que cambiarla al entrar. @{c.name(u, 'given')} para que lo sepas",
    )
    follow = c.L(
        en=f"> temp password is ...\nplease don't paste those here :( next time DM or call her on {c.phone()}",
        de=f"> Das Einmalpasswort lautet ...\nbitte sowas nicht in den Kanal, nächstes Mal per DM oder anrufen: {c.phone()}",
        fr=f"> mot de passe provisoire ...\névitez de coller ça ici svp, appelez-la plutôt au {c.phone()}",
        es=f"> La contraseña temporal es ...\nno pongáis eso en el canal porfa, mejor llamadla al {c.phone()}",
    )
    text = (f"{c.name(a)}  {t1}\n{ask}\n\n{c.name(b)}  {t2}\n{answer}\n\n{c.name(a)}  {t3}\n{follow}\n"
            f"{c.L(en='ticket', de='Ticket', fr='ticket', es='ticket')} {c.d('ticket')}")  # fmt: skip
    return "chat-export", text


def issue_with_log(c: Ctx) -> Made:
    rep = c.person()
    cust = c.person()
    req, ver, sha = c.d("uuid"), c.d("version"), c.d("git")
    ts1, ts2 = c.d("timestamp"), c.d("timestamp")
    mail = c.email(cust)
    log = (f"{ts1} INFO  checkout.api request_id={req} user={mail} ip={c.ip()} cart_total=42.90\n"
           f"{ts2} ERROR payment.gateway declined: card={c.card(sep='')} reason=do_not_honor "
           f"upstream={c.ip()}:8443 retry=false\n"
           f"    at PaymentClient.charge (payment/client.ts:118)\n"
           f"WARN  outbox: retrying publish to {c.url()} (attempt 3)\n"
           f"    Authorization: Bearer {c.secret(c.pick(['stripe', 'jwt', 'hex64']))}")  # fmt: skip
    head = c.L(
        en=f"### Bug: checkout fails for some Maestro/Visa cards after {ver}\n\nReported by {c.name(rep)}. "
        f"Customer {c.name(cust)} tried 3 times. Log from the pod:",
        de=f"### Fehler: Checkout bricht seit {ver} bei manchen Karten ab\n\nGemeldet von {c.name(rep)}. "
        f"Kundin {c.name(cust)} hat es dreimal versucht. Log aus dem Pod:",
        fr=f"### Bug : le paiement échoue depuis la {ver}\n\nSignalé par {c.name(rep)}. Le client "
        f"{c.name(cust)} a essayé trois fois. Logs du pod :",
        es=f"### Error: el pago falla desde la {ver}\n\nReportado por {c.name(rep)}. La clienta "
        f"{c.name(cust)} lo intentó tres veces. Log del pod:",
    )
    tail = c.L(en=f"Regression probably from commit {sha}.", de=f"Vermutlich seit Commit {sha}.",
               fr=f"Régression probable depuis le commit {sha}.", es=f"Regresión seguramente del commit {sha}.")  # fmt: skip
    return "ticket", f"{head}\n\n```\n{log}\n```\n\n{tail}"


def markdown_table(c: Ctx) -> Made:
    head = c.L(en="| Name | Email | Phone | Date of birth | Status |",
               de="| Name | E-Mail | Telefon | Geburtsdatum | Status |",
               fr="| Nom | Courriel | Téléphone | Date de naissance | Statut |",
               es="| Nombre | Correo | Teléfono | Fecha de nacimiento | Estado |")  # fmt: skip
    rows = [c.L(en="Waiting list for the spring course:", de="Warteliste Frühjahrskurs:",
                fr="Liste d'attente du stage de printemps :", es="Lista de espera del curso de primavera:"),
            "", head, "|---|---|---|---|---|"]  # fmt: skip
    for _ in range(c.rng.randint(3, 6)):
        p = c.person()
        status = c.pick(["paid", "pending", "bezahlt", "payé", "pagado", "—"])
        rows.append(f"| {c.name(p)} | {c.email(p)} | {c.phone()} | {c.dob()} | {status} |")
    return "markdown", "\n".join(rows)


def soap_payload(c: Ctx) -> Made:
    p = c.person()
    street, town = c.addr()
    user = c.pick(["crm_sync", "svc-claims", "ws_partner", "broker01"])
    text = (
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:cus="urn:example:customer:v2">\n <soapenv:Header>\n  <wsse:Security>\n   <wsse:UsernameToken>\n'
        f"    <wsse:Username>{user}</wsse:Username>\n    <wsse:Password>{c.password()}</wsse:Password>\n"
        f"   </wsse:UsernameToken>\n  </wsse:Security>\n </soapenv:Header>\n <soapenv:Body>\n  <cus:UpdateCustomer>\n"
        f"   <cus:CustomerId>{c.d('uuid')}</cus:CustomerId>\n   <cus:FirstName>{c.m('PERSON', p.given)}</cus:FirstName>\n"
        f"   <cus:LastName>{c.m('PERSON', p.surname)}</cus:LastName>\n   <cus:BirthDate>{c.dob('iso')}</cus:BirthDate>\n"
        f"   <cus:Street>{street}</cus:Street>\n   <cus:City>{town}</cus:City>\n   <cus:Phone>{c.phone()}</cus:Phone>\n"
        f"   <cus:Email>{c.email(p)}</cus:Email>\n   <cus:Iban>{c.iban(grouped=False)}</cus:Iban>\n"
        f"   <cus:ModifiedAt>{c.d('timestamp')}</cus:ModifiedAt>\n  </cus:UpdateCustomer>\n </soapenv:Body>\n</soapenv:Envelope>"
    )
    return "xml", text


def env_config(c: Ctx) -> Made:
    style = c.pick(["env", "ini", "toml"])
    admin = c.person()
    note = c.L(en="# copied from prod, do not commit", de="# aus Prod kopiert, nicht committen",
               fr="# copié de la prod, ne pas committer", es="# copiado de prod, no subir al repo")  # fmt: skip
    if style == "env":
        text = (f"{note}\nAPP_VERSION={c.d('version')}\nDATABASE_URL={c.url()}\nREDIS_URL={c.url(user='')}\n"
                f"SMTP_HOST=smtp.example.net\nSMTP_USER=noreply\nSMTP_PASSWORD={c.password()}\n"
                f"OPENAI_API_KEY={c.secret('openai')}\nADMIN_EMAIL={c.email(admin)}\nBIND_ADDR={c.ip()}\n"
                f"ALLOWED_CIDR={c.ip(cidr=True)}\nSENTRY_RELEASE={c.d('git')}")  # fmt: skip
    elif style == "ini":
        text = (f"; {note[2:]}\n[database]\nhost = {c.ip()}\nport = 5432\nuser = hr_app\npassword = {c.password()}\n\n"
                f"[mail]\nsender = {c.email(admin)}\npassword = {c.password()}\n\n[payments]\n"
                f"api_key = {c.secret(c.pick(['stripe', 'hex64']))}\nwebhook_secret = {c.secret('stripe_whsec')}\n"
                f"[build]\nid = {c.d('build')}")  # fmt: skip
    else:
        key_id, key = c.aws_pair()
        text = (f"{note}\n[server]\nlisten = \"{c.ip(v6=c.chance(0.4))}\"\nversion = \"{c.d('version')}\"\n\n"
                f"[storage]\naccess_key_id = \"{key_id}\"\nsecret_access_key = \"{key}\"\n\n[broker]\n"
                f"url = \"{c.url()}\"\n\n[owner]\nname = \"{c.name(admin)}\"\nemail = \"{c.email(admin)}\"")  # fmt: skip
    return "config", text


def infra_vars(c: Ctx) -> Made:
    if c.chance(0.5):
        text = (f"# terraform.tfvars ({c.L(en='staging', de='Staging', fr='recette', es='preproducción')})\n"
                f"region          = \"eu-central-1\"\nvpc_cidr        = \"{c.ip(cidr=True)}\"\n"
                f"bastion_ip      = \"{c.ip()}\"\nadmin_cidrs     = [\"{c.ip(cidr=True)}\", \"{c.ip(v6=True, cidr=True)}\"]\n"
                f"db_password     = \"{c.password()}\"\ngrafana_token   = \"{c.secret(c.pick(['hex64', 'b64']))}\"\n"
                f"alert_email     = \"{c.email()}\"\nami_id          = \"ami-{c.d('git')}\"\n")  # fmt: skip
    else:
        text = (f"---\n# group_vars/{c.pick(['web', 'db', 'payroll'])}.yml\nansible_host: {c.ip()}\n"
                f"ansible_user: deploy\nansible_become_password: \"{c.password()}\"\n"
                f"app_release: \"{c.d('version')}\"\nmysql_root_password: {c.password()}\n"
                f"backup_target: \"{c.url()}\"\nnotify_to: {c.email()}\noncall_phone: \"{c.phone()}\"\n"
                f"gitlab_token: {c.secret('gitlab')}\n")  # fmt: skip
    return "config", text


def har_export(c: Ctx) -> Made:
    p = c.person()
    tok = c.secret(c.pick(["jwt", "openai", "github", "postman"]))
    body = json.dumps({"firstName": "GIVEN", "lastName": "SURNAME", "email": "MAIL", "phone": "TEL",
                       "birthDate": "DOB"}, ensure_ascii=False)  # fmt: skip
    body = (body.replace("GIVEN", c.m("PERSON", p.given)).replace("SURNAME", c.m("PERSON", p.surname))
            .replace("MAIL", c.email(p)).replace("TEL", c.phone()).replace("DOB", c.dob("iso")))  # fmt: skip
    body_escaped = body.replace('"', '\\"')
    text = (
        '{\n  "log": {\n    "version": "1.2",\n    "creator": {"name": "WebInspector", "version": "537.36"},\n'
        '    "entries": [{\n      "startedDateTime": "'
        + c.d("timestamp")
        + '",\n      "request": {\n'
        '        "method": "POST",\n        "url": "https://api.example.com/v1/customers",\n'
        '        "headers": [\n          {"name": "Authorization", "value": "Bearer '
        + tok
        + '"},\n'
        '          {"name": "X-Request-Id", "value": "' + c.d("uuid") + '"}\n        ],\n'
        '        "postData": {"mimeType": "application/json", "text": "'
        + body_escaped
        + '"}\n      },\n'
        '      "serverIPAddress": "'
        + c.ip()
        + '",\n      "response": {"status": 422}\n    }]\n  }\n}'
    )
    return "json", text


def mail_headers(c: Ctx) -> Made:
    snd, rcv = c.person(), c.person()
    street, town = c.addr()
    msgid = c.d("md5")
    to_mail = c.email(rcv)
    title = c.L(en="Office Manager", de="Assistenz der Geschäftsführung", fr="Responsable administrative",
                es="Responsable de administración")  # fmt: skip
    body = c.L(
        en=f"Hi {c.name(rcv, 'given')}, see attached the signed lease. Deposit goes to {c.iban()}.",
        de=f"Hallo {c.name(rcv, 'given')}, anbei der unterschriebene Mietvertrag. Kaution bitte auf {c.iban()}.",
        fr=f"Bonjour {c.name(rcv, 'given')}, ci-joint le bail signé. Le dépôt de garantie est à verser sur {c.iban()}.",
        es=f"Hola {c.name(rcv, 'given')}, te adjunto el contrato firmado. La fianza va a {c.iban()}.",
    )
    text = (
        f"Received: from mail.example.net (mail.example.net [{c.ip()}])\n\tby mx2.example.org with ESMTPS id "
        f"{c.d('git')}\n\tfor <{to_mail}>; {c.d('timestamp')}\nX-Originating-IP: [{c.ip()}]\n"
        f'From: "{c.name(snd)}" <{c.email(snd)}>\nTo: {c.name(rcv)} <{to_mail}>\n'
        f"Message-ID: <{msgid}@mail.example.net>\nSubject: {c.L(en='Lease', de='Mietvertrag', fr='Bail', es='Contrato')}\n\n"
        f"{body}\n\n-- \n{c.name(snd)}\n{title} | {c.company()}\n{street} · {town}\n"
        f"{c.L(en='T', de='Tel.', fr='Tél.', es='Tel.')} {c.phone()}  |  {c.L(en='M', de='Mobil', fr='Port.', es='Móvil')} {c.phone()}"
    )
    return "email", text
