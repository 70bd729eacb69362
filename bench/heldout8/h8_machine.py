"""Templates of set 8, machine text (1): ham-radio ADIF logs, raw HTTP requests as an
intercepting proxy copies them, Terraform state, Windows registry exports, PBX call-detail
records and mainframe fixed-width extracts.

Each template takes the set's ``Ctx`` and a language and returns (kind, marked text).
"""

# Templates are text in seven languages: long lines and typographic dashes are on purpose.
# ruff: noqa: E501

from __future__ import annotations

import base64

import h8_dates as D
import h8_pools as P
from h8_ctx import Ctx
from h8_markup import d, m

CC = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}
PREFIX = {"en": "G", "de": "DL", "fr": "F", "es": "EA", "it": "I", "nl": "PA", "pt": "CT"}


def _adif(tag: str, raw: str, typ: str | None = None, note: str | None = None) -> str:
    body = m(typ, raw) if typ else d(note, raw) if note else raw
    return f"<{tag}:{len(raw)}>{body}"


def adif(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    prog = r.choice(["Log4OM", "N1MM Logger+", "WSJT-X", "DXKeeper", "UcxLog"])
    out = [
        f"ADIF export from {prog} {r.randint(1, 2)}.{r.randint(0, 40)}",
        _adif("ADIF_VER", "3.1.4"),
        _adif("PROGRAMID", prog.split()[0]),
        "<EOH>",
        "",
    ]
    for _ in range(r.randint(2, 3)):
        g, s = P.full(r, lang)
        call = f"{PREFIX[lang]}{r.randint(1, 9)}{''.join(r.choice('ABCDEFGHKLMNPRSTWXZ') for _ in range(3))}"
        y, mo, da = D.ymd(r, 2025, 2026)
        band, freq = r.choice(
            [("20m", "14.074"), ("40m", "7.074"), ("17m", "18.100"), ("2m", "144.174")]
        )
        f = [
            _adif("CALL", call),
            _adif("QSO_DATE", f"{y}{mo:02d}{da:02d}", note="date" if r.random() < 0.5 else None),
            _adif("TIME_ON", f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"),
            _adif("BAND", band),
            _adif(
                "FREQ", f"{freq}{r.randint(100, 999)}", note="freq" if r.random() < 0.4 else None
            ),
            _adif("MODE", r.choice(["FT8", "SSB", "CW"])),
            _adif("NAME", g if r.random() < 0.6 else f"{g} {s}", "PERSON"),
            _adif(
                "GRIDSQUARE",
                f"{r.choice('IJ')}{r.choice('NO')}{r.randint(10, 99)}{r.choice('abcdefgh')}{r.choice('jklmn')}",
                note="locator" if r.random() < 0.5 else None,
            ),
        ]
        if r.random() < 0.6:
            f.append(_adif("EMAIL", c.email_raw(lang, g, s), "EMAIL"))
        if r.random() < 0.55:
            st, tw = P.street(r, lang), P.town(r, lang)
            f.append(f"<ADDRESS:{len(st) + 2 + len(tw)}>{m('STREET_ADDRESS', st)}, {tw}")
        if r.random() < 0.3:
            ph = c.phone_raw(lang)
            f.append(_adif("COMMENT", f"QSL direct, tel {ph}").replace(ph, m("PHONE", ph)))
        if r.random() < 0.4:
            f.append(_adif("APP_QRZLOG_LOGID", str(r.randint(100000000, 999999999)), note="logid"))
        if r.random() < 0.3:
            f.append(_adif("LOTW_QSLRDATE", f"{y}{mo:02d}{min(da + 2, 28):02d}", note="date"))
        out.append(" ".join(f) + " <EOR>")
    return "adif", "\n".join(out) + "\n"


HTTP_KEYS = {
    "en": ("firstName", "lastName", "dateOfBirth", "addressLine1"),
    "de": ("vorname", "nachname", "geburtsdatum", "strasse"),
    "fr": ("prenom", "nom", "dateNaissance", "adresse"),
    "es": ("nombre", "apellidos", "fechaNacimiento", "direccion"),
    "it": ("nome", "cognome", "dataNascita", "indirizzo"),
    "nl": ("voornaam", "achternaam", "geboortedatum", "straat"),
    "pt": ("nome", "apelido", "dataNascimento", "morada"),
}


def http(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    host = r.choice(
        ["portal.example.com", "api.shop.example", "app.kredit.test", "login.example.net"]
    )
    g, s = P.full(r, lang)
    ua = f"Mozilla/5.0 ({r.choice(['X11; Linux x86_64', 'Windows NT 10.0', 'Macintosh'])}) Firefox/{r.randint(118, 133)}.0"
    xff = f"X-Forwarded-For: {c.ip()}, {c.ip(True)}"
    variant = r.randrange(3)
    if variant == 0:
        local = P.email_local(r, g, s)
        dom = r.choice(P.DOMAINS)
        em = c.uniq(lambda: f"{local}%40{dom}")
        pw = c.pw_raw()
        enc = "".join(ch if ch.isalnum() or ch in "-_." else f"%{ord(ch):02X}" for ch in pw)
        body = f"username={m('EMAIL', em)}&password={m('SECRET', enc)}&remember=1&csrf_token={c.hexd('csrf', 40)}"
        head = [
            "POST /auth/login HTTP/1.1",
            f"Host: {host}",
            f"User-Agent: {ua}",
            "Content-Type: application/x-www-form-urlencoded",
            f"Cookie: _ga=GA1.2.{r.randint(10**8, 10**9)}.{r.randint(1700000000, 1760000000)}; lang={lang}",
            xff,
            f"Content-Length: {len(body)}",
        ]
        return "http", "\n".join(head) + "\n\n" + body + "\n"
    k = HTTP_KEYS[lang]
    dob = D.dob(r, lang, "iso")
    fields = [
        f'"{k[0]}": "{m("PERSON", g)}"',
        f'"{k[1]}": "{m("PERSON", s)}"',
        f'"{k[2]}": "{m("DATE_OF_BIRTH", dob)}"',
        f'"email": "{c.email(lang, g, s)}"',
        f'"phone": "{c.phone(lang)}"',
        f'"{k[3]}": "{c.street(lang)}"',
        f'"postalCode": "{next(t for t in P.town(r, lang).split() if any(ch.isdigit() for ch in t))}"',
    ]
    if lang == "en" and r.random() < 0.8:
        fields.append(f'"ssn": "{c.ssn(r.choice(["-", ""]))}"')
    if variant == 1:
        fields.append(f'"iban": "{c.iban(CC[lang], grouped=False)}"')
        fields.append(f'"amount": {r.randint(10, 400) * 100}')
    else:
        fields.append(f'"cardNumber": "{c.card("")}"')
        fields.append(f'"cardExpiry": "{r.randint(1, 12):02d}/{r.randint(27, 31)}"')
        fields.append(f'"orderId": "{c.digits("order", 9, "ORD-")}"')
    body = "{" + ", ".join(fields) + "}"
    auth = (
        f"Authorization: Bearer {c.tok()}"
        if r.random() < 0.5
        else f"Authorization: Basic {m('SECRET', base64.b64encode(f'{P.ascii_fold(g)}:{c.pw_raw()}'.encode()).decode())}"
    )
    head = [
        f"POST /api/v{r.randint(1, 3)}/{'applications' if variant == 1 else 'checkout'} HTTP/2",
        f"Host: {host}",
        f"User-Agent: {ua}",
        auth,
        f"Cookie: sessionid={m('SECRET', c.uniq(lambda: __import__('h8_values').hexs(r, 32)))}; csrftoken={c.hexd('csrf', 32)}",
        f"X-Request-ID: {c.uuid() if r.random() < 0.5 else r.randint(10**5, 10**6)}",
        xff,
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
    ]
    resp = ["", "", "HTTP/2 201 Created", f"Location: /api/applications/{c.uuid()}"]
    return "http", "\n".join(head) + "\n\n" + body + "\n".join(resp) + "\n"


def tfstate(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = P.full(r, lang)
    team = {
        "en": "payments",
        "de": "Zahlungen",
        "fr": "paiements",
        "es": "pagos",
        "it": "pagamenti",
        "nl": "betalingen",
        "pt": "pagamentos",
    }[lang]
    db_pw = c.pw_raw()
    user = r.choice(["app", "svc_orders", "billing", "keycloak"])
    host = f"{r.choice(['orders', 'billing', 'idp'])}-db.{r.choice(['internal', 'eu-west-1.rds.example'])}"
    ami = f"ami-0{c.rng.choice('abcdef')}{''.join(r.choice('0123456789abcdef') for _ in range(16))}"
    out = f'''{{
  "version": 4,
  "terraform_version": "{d("version", f"1.{r.randint(3, 9)}.{r.randint(0, 9)}")}",
  "serial": {r.randint(3, 400)},
  "lineage": "{c.uuid()}",
  "outputs": {{
    "db_endpoint": {{ "value": "{host}:5432", "type": "string" }},
    "owner_email": {{ "value": "{c.email(lang, g, s, company=True)}", "type": "string" }}
  }},
  "resources": [
    {{
      "type": "aws_db_instance", "name": "main",
      "instances": [{{ "attributes": {{
        "engine_version": "{d("version", f"{r.randint(13, 16)}.{r.randint(1, 9)}")}",
        "username": "{user}", "password": "{m("SECRET", db_pw)}",
        "tags": {{ "Owner": "{m("PERSON", f"{g} {s}")}", "Team": "{team}" }}
      }} }}]
    }},
    {{
      "type": "aws_instance", "name": "bastion",
      "instances": [{{ "attributes": {{
        "ami": "{d("ami", ami)}",
        "private_ip": "{c.ip(True)}",
        "public_ip": "{c.ip()}", "cidr_blocks": ["{c.net()}"]
      }} }}]
    }},
    {{
      "type": "random_password", "name": "grafana_admin",
      "instances": [{{ "attributes": {{ "length": 24, "special": true,
        "result": "{c.pw()}", "id": "none" }} }}]
    }},
    {{
      "type": "kubernetes_secret", "name": "app_env",
      "instances": [{{ "attributes": {{ "data": {{
        "DATABASE_URL": "postgresql://{c.urlcred(user)}@{host}:5432/app",
        "REDIS_URL": "redis://{c.urlcred("")}@cache.internal:6379/0",
        "STRIPE_KEY": "{c.tok()}"
      }}, "metadata": [{{ "uid": "{c.uuid()}" }}] }} }}]
    }}
  ]
}}
'''
    return "json", out


def reg(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = P.full(r, lang)
    sess = r.choice(["prod-db", "nas", "firewall", "kasse-01", "serveur-compta", "vpn-gw"])
    lines = [
        "Windows Registry Editor Version 5.00",
        "",
        f"[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\{sess}]",
        f'"HostName"="{c.ip(r.random() < 0.5)}"',
        f'"PortNumber"=dword:{r.choice(["00000016", "00000d3d", "0000115c"])}',
        f'"UserName"="{r.choice(["admin", "root", "backup", P.ascii_fold(g)])}"',
        f'"ProxyHost"="{c.ip(True) if r.random() < 0.5 else "proxy.local"}"',
        f'"ProxyUsername"="{P.ascii_fold(s)}"',
        f'"ProxyPassword"="{c.pw()}"',
        '"TerminalType"="xterm"',
        "",
    ]
    if r.random() < 0.7:
        lines += [
            f"[HKEY_CURRENT_USER\\Software\\Martin Prikryl\\WinSCP 2\\Sessions\\{P.ascii_fold(g)}@{sess}]",
            f'"HostName"="{c.ip()}"',
            f'"UserName"="{P.ascii_fold(g)}"',
            f'"Password"="{m("SECRET", c.uniq(lambda: "A35C" + __import__("h8_values").hexs(r, 44).upper()))}"',
            '"PingIntervalSecs"=dword:0000001e',
            "",
        ]
    lines += [
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]",
        f'"RegisteredOwner"="{m("PERSON", f"{g} {s}")}"',
        f'"RegisteredOrganization"="{r.choice(["Kanzlei", "Cabinet", "Despacho", "Studio"])} {P.surname(r, lang)}"',
        f'"ProductId"="{d("product-id", f"00330-{r.randint(10000, 99999)}-{r.randint(10000, 99999)}-AA{r.randint(100, 999)}")}"',
        f'"InstallDate"=dword:{r.randint(0x60000000, 0x68000000):08x}',
        f'"DisplayVersion"="{r.choice(["22H2", "23H2", "24H2"])}"',
        "",
    ]
    if r.random() < 0.6:
        lines += [
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]",
            '"AutoAdminLogon"="1"',
            f'"DefaultUserName"="{r.choice(["kasse", "empfang", "accueil", "recepcion"])}"',
            f'"DefaultPassword"="{c.pw()}"',
            '"DefaultDomainName"="WORKGROUP"',
            "",
        ]
    if r.random() < 0.3:
        lines += [
            f"[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Common\\Identity\\Identities\\{c.uuid()}]",
            f'"EmailAddress"="{c.email(lang, g, s, company=True)}"',
            f'"FriendlyName"="{m("PERSON", f"{g} {s}")}"',
            "",
        ]
    lines += [
        f"[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\Interfaces\\{{{c.uuid()}}}]",
        f'"DhcpIPAddress"="{c.ip(True)}"',
        '"DhcpSubnetMask"="255.255.255.0"',
        "",
    ]
    return "reg", "\r\n".join(lines) + "\r\n"


def cdr(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    rows = []
    if r.random() < 0.5:
        rows.append(
            '"accountcode","src","dst","dcontext","clid","channel","dstchannel","lastapp",'
            '"lastdata","start","answer","end","duration","billsec","disposition",'
            '"amaflags","uniqueid","userfield"'
        )
    for _ in range(r.choice([2, 2, 3])):
        ext = str(r.randint(200, 299))
        start = D.stamp(r)
        dur = r.randint(5, 900)
        uid = f"{r.randint(1735000000, 1767000000)}.{r.randint(1, 9999)}"
        if r.random() < 0.55:  # inbound
            num = c.phone_run(lang)
            g, s = P.full(r, lang)
            name = (
                m("PERSON", f"{g} {s}")
                if r.random() < 0.6
                else r.choice(["", "Anonymous", "UNKNOWN"])
            )
            clid = f'"""{name}"" <{m("PHONE", num)}>"' if name else f'"<{m("PHONE", num)}>"'
            row = [
                '""',
                f'"{m("PHONE", num)}"',
                f'"{ext}"',
                '"from-trunk"',
                clid,
                f'"PJSIP/trunk-{r.randint(10**7, 10**8 - 1):08x}"',
                f'"PJSIP/{ext}-{r.randint(10**7, 10**8 - 1):08x}"',
                '"Dial"',
                f'"PJSIP/{ext},30,tT"',
            ]
        else:
            num = c.phone_run(lang)
            row = [
                '"sales"',
                f'"{ext}"',
                f'"{m("PHONE", num)}"',
                '"from-internal"',
                f'"""Ext {ext}"" <{ext}>"',
                f'"PJSIP/{ext}-{r.randint(10**7, 10**8 - 1):08x}"',
                f'"PJSIP/trunk-{r.randint(10**7, 10**8 - 1):08x}"',
                '"Dial"',
                f'"PJSIP/{m("PHONE", num)}@trunk,60"',
            ]
        row += [
            f'"{start}"',
            f'"{start}"',
            f'"{start}"',
            str(dur),
            str(max(dur - 4, 0)),
            f'"{r.choice(["ANSWERED", "NO ANSWER", "BUSY"])}"',
            '"DOCUMENTATION"',
            f'"{d("uniqueid", uid)}"',
            '""',
        ]
        rows.append(",".join(row))
    return "cdr", "\n".join(rows) + "\n"


def fixed(c: Ctx, lang: str) -> tuple[str, str]:
    """A US benefits enrollment extract in fixed columns, as a mainframe job writes it."""
    r = c.rng
    head = (
        f"HDR{r.choice(['BENENRL', 'PAYEXT ', 'COBRA  '])}{D.write(r, 'en', *D.ymd(r, 2025, 2026), style='compact')}"
        f"{r.randint(1, 99):03d}"
    )
    cols = "EMPID   LAST-NAME        FIRST-NAME  SSN        DOB       ADDRESS                   ZIP    PHONE       PLAN EFFDT"
    out = [head, cols]
    for _ in range(r.choice([2, 2, 3])):
        g, s = P.full(r, "en")
        s = s.upper()
        g = g.upper()
        st = P.street(r, "en").upper()
        ph = "".join(
            ch
            for ch in c.uniq(
                lambda: f"{r.choice(['212', '312', '415', '617'])}5550{r.randint(100, 199)}"
            )
            if ch.isdigit()
        )
        dob = D.write(r, "en", *D.ymd(r, 1950, 2004), style="compact")
        eff = D.write(r, "en", *D.ymd(r, 2025, 2026), style="compact")
        eid = f"E{r.randint(1000000, 9999999)}"
        row = (
            f"{d('employee-id', eid) if r.random() < 0.5 else eid} "
            f"{m('PERSON', s)}{' ' * (17 - len(s))}{m('PERSON', g)}{' ' * (12 - len(g))}"
            f"{c.ssn('')} {m('DATE_OF_BIRTH', dob)}  {m('STREET_ADDRESS', st)}{' ' * max(1, 26 - len(st))}"
            f"{r.randint(10000, 99999)}  {m('PHONE', ph)}  {r.choice(['MED1', 'DEN2', 'VIS1'])} {d('date', eff)}"
        )
        out.append(row)
    out.append(f"TRL{len(out) - 2:07d}{d('amount', f'{r.randint(10**8, 10**9 - 1):011d}')}")
    return "fixed", "\n".join(out) + "\n"
