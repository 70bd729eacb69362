# ruff: noqa: E501, RUF001
"""Templates for set 10, machine text: DICOM dumps, QR-scanner histories, ZPL labels, REPL
dumps, Get-ADUser output, sign-in log exports, cloud-init, FileZilla/RDP, CloudTrail."""

from __future__ import annotations

import h10_values as V
from h10_ctx import Ctx, strip_accents


def dicom(c: Ctx) -> tuple[str, str]:
    g, s = c.who()
    rg, rs = c.who()
    r = c.r
    dob = c.dob("compact")
    modality = r.choice(["MR", "CT", "CR", "US", "MG"])
    desc = {
        "en": "KNEE LEFT",
        "de": "KNIE LINKS",
        "fr": "GENOU GAUCHE",
        "es": "RODILLA IZQ",
        "it": "GINOCCHIO SX",
        "nl": "KNIE LINKS",
        "pt": "JOELHO ESQ",
    }[c.lang]
    uid = "1.2.826.0.1.3680043.8." + ".".join(str(r.randint(1, 99999)) for _ in range(4))
    lines = [
        "# Dicom-File-Format",
        "",
        "# Dicom-Meta-Information-Header",
        f"(0002,0003) UI [{uid}]",
        "",
        "# Dicom-Data-Set",
        f"(0008,0020) DA [{c.date('study-date', 'compact')}]                     #   8, 1 StudyDate",
        f"(0008,0030) TM [{r.randint(70000, 175959)}]                       #   6, 1 StudyTime",
        f"(0008,0050) SH [{c.num('accession', 10, 'A')}]                 #  12, 1 AccessionNumber",
        f"(0008,0060) CS [{modality}]                           #   2, 1 Modality",
        f"(0008,0090) PN [{c.name(rg, rs, 'caret')}]          #  20, 1 ReferringPhysicianName",
        f"(0008,1030) LO [{desc}]                   #  14, 1 StudyDescription",
        f"(0010,0010) PN [{c.name(g, s, 'caret')}]         #  22, 1 PatientName",
        f"(0010,0020) LO [{c.num('patient-id', 8)}]                     #   8, 1 PatientID",
        f"(0010,0030) DA [{dob}]                     #   8, 1 PatientBirthDate",
        f"(0010,0040) CS [{r.choice('MF')}]                            #   2, 1 PatientSex",
    ]
    if r.random() < 0.7:
        lines.append(f"(0010,1040) LO [{c.street()}^^{c.town()}]   #  40, 1 PatientAddress")
    if r.random() < 0.7:
        lines.append(f"(0010,2154) SH [{c.phone()}]            #  14, 1 PatientTelephoneNumbers")
    lines += [
        f"(0018,1020) LO [{c.d('version', 'syngo MR ' + V.version(r))}]  #  18, 1 SoftwareVersions",
        f"(0020,000d) UI [{c.d('study-uid', uid + '.' + str(r.randint(1, 9)))}] #  56, 1 StudyInstanceUID",
    ]
    if r.random() < 0.4:
        lines.append(
            f"(0032,1032) PN [{c.name(*c.who(), 'caret')}]     #  18, 1 RequestingPhysician"
        )
    return "dicom", "\n".join(lines)


def qrscan(c: Ctx) -> tuple[str, str]:
    r = c.r
    head = {
        "en": "QR & Barcode Scanner - history export",
        "de": "QR-Scanner – Verlauf exportiert",
        "fr": "Scanner QR – export de l'historique",
        "es": "Lector QR – historial exportado",
        "it": "Scanner QR – cronologia esportata",
        "nl": "QR-scanner – geschiedenis geëxporteerd",
        "pt": "Leitor QR – histórico exportado",
    }[c.lang]
    out = [head, ""]
    items = r.sample(["epc", "wifi", "mecard", "vcard", "url", "ean"], r.randint(3, 4))
    for i, it in enumerate(items):
        st = c.stamp()
        out.append(f"[{st if i == 0 else st.split('|', 1)[1].rstrip('⟧')}]")
        if it == "epc":
            g, s = c.who()
            out += [
                "BCD",
                "002",
                "1",
                "SCT",
                c.d(
                    "bic",
                    V.rand(r, 4, "ABCDEFGHIJKLMNOPRSTUVWXYZ")
                    + c.lang.upper().replace("EN", "GB")
                    + "2X",
                ),
                c.name(g, s),
                c.iban(False),
                "EUR" + c.d("price", f"{r.randint(5, 900)}.{r.randint(0, 99):02d}"),
                "",
                c.d("reference", "RF" + str(r.randint(10, 99)) + V.rand(r, 12, "0123456789")),
                "",
            ]
        elif it == "wifi":
            ssid = r.choice(
                [
                    "FRITZ!Box 7590 QX",
                    "Livebox-4C1A",
                    "MOVISTAR_9F2E",
                    "TIM-28471",
                    "Ziggo5521",
                    "MEO-A1B2C3",
                    "BT-Hub6-R7KQ",
                ]
            )
            out.append(f"WIFI:T:WPA;S:{ssid};P:{c.password()};;")
        elif it == "mecard":
            g, s = c.who()
            out.append(
                f"MECARD:N:{c.m('PERSON', s + ',' + g)};TEL:{c.phone()};EMAIL:{c.email(g, s)};ADR:{c.street()};;"
            )
        elif it == "vcard":
            g, s = c.who()
            out += [
                "BEGIN:VCARD",
                "VERSION:3.0",
                f"N:{c.m('PERSON', s)};{c.m('PERSON', g)};;;",
                f"FN:{c.name(g, s)}",
                f"TEL;TYPE=CELL:{c.phone(intl=True)}",
                f"EMAIL:{c.email(g, s)}",
                "END:VCARD",
            ]
        elif it == "url":
            out.append(f"https://tickets.example.com/t/{c.uuid()}?lang={c.lang}")
        else:
            out.append(f"EAN-13: {c.d('ean', V.ean13(r))}")
        out.append("")
    return "qr", "\n".join(out).rstrip()


def zpl(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    sg, ss = c.who()
    trk = c.num("tracking", 12, "1Z" + V.rand(r, 4, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
    lines = [
        "^XA",
        "^CI28",
        "^FO40,30^A0N,28,28^FDFROM:^FS",
        f"^FO40,62^A0N,24,24^FD{c.name(sg, ss)}^FS",
        f"^FO40,90^A0N,24,24^FD{c.street()}^FS",
        f"^FO40,118^A0N,24,24^FD{c.town()}^FS",
        "^FO40,170^A0N,34,34^FDSHIP TO:^FS",
        f"^FO40,210^A0N,40,40^FD{c.name(g, s) if r.random() < 0.7 else c.m('PERSON', (g + ' ' + s).upper())}^FS",
        f"^FO40,256^A0N,40,40^FD{c.street()}^FS",
        f"^FO40,302^A0N,40,40^FD{c.town()}^FS",
    ]
    if r.random() < 0.75:
        lines.append(f"^FO40,350^A0N,26,26^FDTel. {c.phone()}^FS")
    lines += [
        f"^FO40,400^BY3^BCN,120,Y,N,N^FD{trk}^FS",
        f"^FO420,560^A0N,24,24^FD{c.d('weight', str(r.randint(1, 30)) + '.' + str(r.randint(0, 9)) + ' kg')}^FS",
        f"^FO40,560^A0N,24,24^FDREF {c.num('order', 9)}^FS",
        "^XZ",
    ]
    return "zpl", "\n".join(lines)


def repl(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    if r.random() < 0.5:
        uid = r.randint(1000, 99999)
        t = (
            f"irb(main):00{r.randint(1, 9)}:0> User.find({uid})\n"
            f'  User Load (0.{r.randint(3, 9)}ms)  SELECT "users".* FROM "users" WHERE "users"."id" = $1 LIMIT $2\n'
            f'=> #<User id: {uid}, email: "{c.email(g, s)}", first_name: "{c.m("PERSON", g)}", '
            f'last_name: "{c.m("PERSON", s)}", phone: "{c.phone()}", date_of_birth: "{c.dob("iso")}", '
            f'street: "{c.street()}", encrypted_password: "{c.d("bcrypt", "$2a$12$" + V.rand(r, 53, V.ALNUM + "./"))}", '
            f'last_sign_in_ip: "{c.ip()}", created_at: "{c.stamp()}", locale: "{c.lang}">'
        )
        if c.lang == "en" and r.random() < 0.5:
            t = t.replace(", street:", f', ssn: "{c.ssn(r.choice(["dash", "bare"]))}", street:')
        if r.random() < 0.35:
            t += f"\nirb(main):01{r.randint(0, 9)}:0> ENV['SMTP_PASSWORD']\n=> \"{c.password()}\""
        elif r.random() < 0.5:
            t += f"\nirb(main):01{r.randint(0, 9)}:0> ENV['DATABASE_URL']\n=> \"postgres://{c.urlcred()}@{c.ip(True)}:5432/prod\""
        return "repl", t
    t = (
        f"php > print_r($customer);\nArray\n(\n    [id] => {r.randint(100, 9999)}\n"
        f"    [firstname] => {c.m('PERSON', g)}\n    [lastname] => {c.m('PERSON', s)}\n"
        f"    [email] => {c.email(g, s)}\n    [telephone] => {c.phone()}\n"
        f"    [dob] => {c.dob('iso')}\n    [address_1] => {c.street()}\n    [city] => {c.town()}\n"
        f"    [ip] => {c.ip()}\n    [token] => {c.token()}\n    [date_added] => {c.stamp()}\n)\n"
    )
    if r.random() < 0.3:
        t += f"php > echo $order->cc_number;\n{c.card('')}\n"
    if r.random() < 0.4:
        ib = c.iban(False)
        t += f"php > var_dump($payment['iban']);\nstring({len(ib) - 9}) \"{ib}\"\n"
    return "repl", t.rstrip()


def adusers(c: Ctx) -> tuple[str, str]:
    r = c.r
    out = [
        f"PS C:\\> Get-ADUser -Filter {{Department -eq '{dict(en='Finance', de='Logistik', fr='Ventes', es='Compras', it='Vendite', nl='Inkoop', pt='Vendas')[c.lang]}'}} -Properties * | Select-Object GivenName,Surname,EmailAddress,MobilePhone,StreetAddress,Description,ObjectGUID,whenCreated",
        "",
    ]
    for _ in range(r.randint(1, 3)):
        g, s = c.who()
        desc = r.choice(
            [
                {
                    "en": "contractor until Q3",
                    "de": "Werkstudent",
                    "fr": "stagiaire",
                    "es": "becario",
                    "it": "stagista",
                    "nl": "uitzendkracht",
                    "pt": "estagiário",
                }[c.lang],
                {
                    "en": "temp pw ",
                    "de": "Initialpasswort ",
                    "fr": "mdp provisoire ",
                    "es": "contraseña temporal ",
                    "it": "password temporanea ",
                    "nl": "tijdelijk wachtwoord ",
                    "pt": "senha temporária ",
                }[c.lang]
                + c.password(),
            ]
        )
        out += [
            f"GivenName     : {c.m('PERSON', g)}",
            f"Surname       : {c.m('PERSON', s)}",
            f"EmailAddress  : {c.email(g, s, 'corp.example')}",
            f"MobilePhone   : {c.phone()}",
            f"StreetAddress : {c.street() if r.random() < 0.5 else ''}".rstrip(),
            f"Description   : {desc}",
            f"ObjectGUID    : {c.uuid()}",
            *(
                [f"extensionAttribute5 : SSN {c.ssn()}"]
                if c.lang == "en" and r.random() < 0.4
                else []
            ),
            f"whenCreated   : {c.d('timestamp', c.r.choice(['03/11/2024 09:14:55', '17.02.2025 14:02:10', '2025-06-30 08:00:00']))}",
            "",
        ]
    return "shell", "\n".join(out).rstrip()


def signin(c: Ctx) -> tuple[str, str]:
    r = c.r
    sep = r.choice([",", ";"]) if c.lang != "en" else ","
    head = sep.join(
        [
            "Date (UTC)",
            "Request ID",
            "User",
            "Username",
            "IP address",
            "Location",
            "Application",
            "Status",
            "Sign-in error code",
        ]
    )
    rows = [head]
    users = [c.who() for _ in range(r.randint(2, 3))]
    mails = {u: c.email(u[0], u[1], "contoso.example") for u in users}
    ips = [c.ip() for _ in range(r.randint(1, 2))]
    for _ in range(r.randint(3, 5)):
        u = r.choice(users)
        ok = r.random() < 0.7
        loc = r.choice(
            [
                "Berlin, DE",
                "Lyon, FR",
                "Madrid, ES",
                "Milano, IT",
                "Utrecht, NL",
                "Porto, PT",
                "Leeds, GB",
                "Austin, US",
            ]
        )
        rows.append(
            sep.join(
                [
                    c.stamp("T") + "Z",
                    V.uuid(r),
                    c.name(*u),
                    mails[u],
                    r.choice(ips),
                    f'"{loc}"' if sep == "," else loc,
                    r.choice(["Office 365 Exchange Online", "Azure Portal", "Microsoft Teams"]),
                    "Success" if ok else "Failure",
                    "0" if ok else c.d("error-code", str(r.choice([50126, 50053, 50074, 500121]))),
                ]
            )
        )
    # a repeated mail and IP are the same value in the same text
    return "csv", "\n".join(rows)


def cloudinit(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    user = strip_accents(g).lower()
    comment = {
        "en": "# provisioned for",
        "de": "# eingerichtet für",
        "fr": "# préparé pour",
        "es": "# preparado para",
        "it": "# preparato per",
        "nl": "# ingericht voor",
        "pt": "# preparado para",
    }[c.lang]
    t = [
        "#cloud-config",
        f"{comment} {c.name(g, s)} ({c.email(g, s)})",
        f"hostname: {r.choice(['edge', 'kiosk', 'pos', 'lab'])}-{r.randint(1, 40):02d}",
        "users:",
        f"  - name: {user}",
        f"    gecos: {c.name(g, s)}",
        "    groups: [sudo, docker]",
        "    ssh_authorized_keys:",
        f"      - {c.d('public-key', V.ssh_pub(r))} {user}@laptop",
        "chpasswd:",
        "  expire: false",
        "  list: |",
        f"    {user}:{c.password()}",
        "write_files:",
        "  - path: /etc/app/env",
        "    content: |",
        f"      DATABASE_URL=postgresql://{c.urlcred()}@{c.ip(True)}:5432/app",
        f"      API_TOKEN={c.token()}",
        f"      APP_VERSION={c.d('version', V.version(r))}",
        "runcmd:",
        f"  - [ sh, -c, 'echo \"{c.ip(True)} registry.internal\" >> /etc/hosts' ]",
    ]
    if r.random() < 0.5:
        t.insert(4, f"bootcmd:\n  - ip route add {c.cidr()} via {c.ip(True)}")
    return "yaml", "\n".join(t)


def siteman(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    if r.random() < 0.6:
        import base64

        pw = V.password(r)
        b64 = base64.b64encode(pw.encode()).decode()
        note = {
            "en": "contact",
            "de": "Ansprechpartner",
            "fr": "contact",
            "es": "contacto",
            "it": "referente",
            "nl": "contactpersoon",
            "pt": "contacto",
        }[c.lang]
        t = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3 version="'
            + c.d("version", V.version(r))
            + '" platform="windows">\n'
            "\t<Servers>\n\t\t<Server>\n"
            f"\t\t\t<Host>{c.ip()}</Host>\n\t\t\t<Port>{r.choice([21, 22, 2222])}</Port>\n\t\t\t<Protocol>1</Protocol>\n"
            f"\t\t\t<User>{strip_accents(s).lower().replace(' ', '')}</User>\n"
            f'\t\t\t<Pass encoding="base64">{c.secret_raw(lambda: b64)}</Pass>\n'
            f"\t\t\t<Name>{r.choice(['Kunde', 'client', 'cliente', 'klant', 'customer'])} {r.randint(10, 99)}</Name>\n"
            f"\t\t\t<Comments>{note}: {c.name(g, s)}, {c.phone()}</Comments>\n"
            "\t\t</Server>\n\t</Servers>\n</FileZilla3>"
        )
        return "xml", t
    t = (
        f"screen mode id:i:2\r\nfull address:s:{c.ip()}:3389\r\nusername:s:{r.choice(['CORP', 'KANZLEI', 'AGENCE'])}\\"
        f"{strip_accents(g).lower()}\r\ndomain:s:\r\npassword 51:b:{c.d('dpapi-blob', '01000000D08C9DDF0115D1118C7A00C04FC297EB' + V.hexs(r, 80).upper())}\r\n"
        f"gatewayhostname:s:gw.example.net\r\n"
    )
    t = f"; {c.name(g, s)} – {c.email(g, s)}\r\n" + t
    return "config", t.rstrip()


def cloudtrail(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    user = strip_accents(g[0] + s).lower().replace(" ", "")
    acct = c.num("account-id", 12)
    ev = r.choice(
        [
            "CreateUser",
            "CreateLoginProfile",
            "UpdateLoginProfile",
            "ConsoleLogin",
            "CreateAccessKey",
        ]
    )
    body = ""
    if ev in ("CreateLoginProfile", "UpdateLoginProfile"):
        body = f'"requestParameters": {{"userName": "{user}", "password": "{c.password()}", "passwordResetRequired": true}},'
    elif ev == "CreateAccessKey":
        ak, sk = V.aws_pair(r)
        body = (
            f'"requestParameters": {{"userName": "{user}"}}, "responseElements": {{"accessKey": '
            f'{{"accessKeyId": "{c.secret_raw(lambda: ak)}", "secretAccessKey": "{c.secret_raw(lambda: sk)}", "status": "Active"}}}},'
        )
    elif ev == "CreateUser":
        body = (
            f'"requestParameters": {{"userName": "{user}", "tags": [{{"key": "owner", "value": "{c.name(g, s)}"}}, '
            f'{{"key": "email", "value": "{c.email(g, s)}"}}]}},'
        )
    else:
        body = '"responseElements": {"ConsoleLogin": "Success"},'
    t = (
        f'{{"eventVersion": "1.09", "userIdentity": {{"type": "IAMUser", "principalId": "{c.d("principal-id", "AIDA" + V.rand(r, 17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}", '
        f'"arn": "arn:aws:iam::{acct}:user/admin-{r.randint(1, 9)}", "accountId": "{acct}"}}, '
        f'"eventTime": "{c.stamp("T")}Z", "eventSource": "iam.amazonaws.com", "eventName": "{ev}", '
        f'"awsRegion": "eu-central-1", "sourceIPAddress": "{c.ip(False)}", "userAgent": "aws-cli/{c.d("version", V.version(r))}", '
        f'{body} "requestID": "{c.uuid()}", "eventID": "{c.uuid()}"}}'
    )
    return "json", t
