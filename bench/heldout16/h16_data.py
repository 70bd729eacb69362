"""Set 16 templates, machine text: Typeform CSV, Calendly webhook JSON, Traefik access log,
Mosquitto/openHAB config, pfSense config.xml, Heroku/Fly shell history, Moodle SQL,
Alertmanager YAML."""

from __future__ import annotations

import json

from h16_core import Ctx, plain

T = "\u2045{}|{}\u2046"


def m(typ: str, v: str) -> str:
    return T.format(typ, v)


def d(note: str, v: str) -> str:
    return T.format("~" + note, v)


def q(s: str) -> str:
    """A CSV cell, quoted where it holds a comma."""
    return f'"{s}"' if "," in s else s


FIELD = {
    "en": ("First name", "Last name", "Email", "Phone number", "Date of birth", "Street"),
    "de": ("Vorname", "Nachname", "E-Mail", "Telefonnummer", "Geburtsdatum", "Straße"),
    "fr": ("Prénom", "Nom", "E-mail", "Téléphone", "Date de naissance", "Adresse"),
    "es": ("Nombre", "Apellidos", "Correo", "Teléfono", "Fecha de nacimiento", "Dirección"),
    "it": ("Nome", "Cognome", "Email", "Telefono", "Data di nascita", "Indirizzo"),
    "nl": ("Voornaam", "Achternaam", "E-mail", "Telefoonnummer", "Geboortedatum", "Adres"),
    "pt": ("Nome", "Apelido", "Email", "Telefone", "Data de nascimento", "Morada"),
}


def typeform_csv(c: Ctx, lang: str) -> tuple[str, str]:
    f = FIELD[lang]
    head = ["#", *f, "Start Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags"]
    rows = [",".join(head)]
    for _ in range(c.r.randint(2, 4)):
        g, s = c.given(lang), c.surname(lang)
        st = c.street(lang)
        rows.append(
            ",".join(
                [
                    d("response-id", c.token("", 32, "0123456789abcdefghijklmnopqrstuvwxyz")),
                    m("PERSON", g),
                    m("PERSON", s),
                    m("EMAIL", c.email(g, s)),
                    m("PHONE", c.phone(lang, c.pick(["intl", "nat", "run"]))),
                    m("DATE_OF_BIRTH", c.dob(lang, c.pick(["iso", "num"]))),
                    q(m("STREET_ADDRESS", st)),
                    d("timestamp", c.stamp(False)),
                    d("timestamp", c.stamp(False)),
                    d("network-id", c.hexs(10)),
                    "",
                ]
            )
        )
    return "csv", "\n".join(rows)


def calendly_json(c: Ctx, lang: str) -> tuple[str, str]:
    g, s = c.given(lang), c.surname(lang)
    mail, tel = c.email(g, s), c.phone(lang, "intl")
    host = f"{c.given(lang)} {c.surname(lang)}"
    ev, inv = c.uuid(), c.uuid()
    mark = {
        "NAME": m("PERSON", f"{g} {s}"),
        "FIRST": m("PERSON", g),
        "LAST": m("PERSON", s),
        "MAIL": m("EMAIL", mail),
        "TEL": m("PHONE", tel),
        "HOST": m("PERSON", host),
        "EV": d("uuid", ev),
        "INV": d("uuid", inv),
        "T1": d("timestamp", c.stamp()),
        "T2": d("timestamp", c.stamp()),
    }
    doc = {
        "event": "invitee.created",
        "created_at": "T1",
        "payload": {
            "uri": "https://api.calendly.com/scheduled_events/EV/invitees/INV",
            "name": "NAME",
            "first_name": "FIRST",
            "last_name": "LAST",
            "email": "MAIL",
            "text_reminder_number": "TEL",
            "timezone": "Europe/Berlin",
            "status": "active",
            "questions_and_answers": [
                {"question": "Anything we should know?", "answer": "ANS", "position": 0}
            ],
            "scheduled_event": {
                "start_time": "T2",
                "event_memberships": [
                    {"user_name": "HOST", "user": "https://api.calendly.com/users/EV"}
                ],
            },
        },
    }
    ans = "ANS0"
    if c.chance(0.4):
        ans = f"Call me on {m('PHONE', c.phone(lang))}"
    elif c.chance(0.4):
        ans = f"DOB {m('DATE_OF_BIRTH', c.dob(lang, 'iso'))}"
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    for k in sorted(mark, key=len, reverse=True):
        text = text.replace(f'"{k}"', f'"{mark[k]}"').replace(f"/{k}", "/" + mark[k])
    text = text.replace('"ANS"', json.dumps(ans, ensure_ascii=False)).replace("ANS0", "-")
    if c.chance(0.3):
        text = text.replace(
            '"event": ', f'"signing_key": "{m("SECRET", c.token("", 43))}",\n  "event": ', 1
        )
    return "json", text


def traefik_log(c: Ctx, lang: str) -> tuple[str, str]:
    L = []
    for _ in range(c.r.randint(3, 6)):
        ip = c.ip(c.chance(0.2))
        r = c.r.random()
        if r < 0.3:
            g, s = c.given(lang), c.surname(lang)
            e = c.email(g, s).replace("@", "%40")
            path = f"/api/newsletter?email={m('EMAIL', e)}&lang={lang}"
        elif r < 0.5:
            path = f"/hooks/deploy?token={m('SECRET', c.token('', 40))}"
        else:
            path = f"/static/app.{d('hash', c.hexs(8))}.js"
        user = plain(c.given(lang)) if c.chance(0.3) else "-"
        L.append(
            f'{m("IP_ADDRESS", ip)} - {user} [{d("timestamp", c.stamp())}] "GET {path} '
            f'HTTP/2.0" 200 {c.r.randint(200, 90000)} "-" "Mozilla/5.0" '
            f'{c.r.randint(1, 9999)} "web@docker" "http://172.18.0.{c.r.randint(2, 9)}:80" '
            f"{c.r.randint(1, 900)}ms"
        )
    return "log", "\n".join(L)


def mqtt_config(c: Ctx, lang: str) -> tuple[str, str]:
    g, s = c.given(lang), c.surname(lang)
    pw, pw2 = c.password(), c.password()
    broker = c.ip()
    L = [
        f"# mosquitto.conf - {m('PERSON', g + ' ' + s)}, {m('STREET_ADDRESS', c.street(lang))}",
        "listener 1883",
        "allow_anonymous false",
        "password_file /etc/mosquitto/passwd",
        "",
        "# openHAB services/mqtt.cfg",
        f"broker.url=tcp://{m('IP_ADDRESS', broker)}:1883",
        "broker.user=openhab",
        f"broker.pwd={m('SECRET', pw)}",
        "",
        "# bridge to the cloud",
        f"address mqtts://{m('URL_CREDENTIALS', 'bridge:' + pw2)}@mq.example.net:8883",
        f"mail.to={m('EMAIL', c.email(g, s))}",
        f"sms.to={m('PHONE', c.phone(lang, 'intl'))}",
        f"# firmware {d('version', '2.' + str(c.r.randint(0, 9)) + '.' + str(c.r.randint(0, 30)))}"
        f" device {d('mac', c.mac())}",
    ]
    return "config", "\n".join(L)


def pfsense_xml(c: Ctx, lang: str) -> tuple[str, str]:
    L = ['<?xml version="1.0"?>', "<pfsense>", "  <system>", f"    <hostname>fw-{lang}</hostname>"]
    for _ in range(c.r.randint(1, 2)):
        g, s = c.given(lang), c.surname(lang)
        L += [
            "    <user>",
            f"      <name>{plain(g)}</name>",
            f"      <descr><![CDATA[{m('PERSON', g + ' ' + s)}]]></descr>",
            f"      <bcrypt-hash>{d('bcrypt', '$2y$10$' + c.token('', 53))}</bcrypt-hash>",
            f"      <email>{m('EMAIL', c.email(g, s))}</email>",
            "    </user>",
        ]
    L += [
        "  </system>",
        "  <interfaces><wan>",
        f"    <ipaddr>{m('IP_ADDRESS', c.ip())}</ipaddr><subnet>29</subnet>",
        "  </wan></interfaces>",
        "  <dhcpd><lan>",
    ]
    for _ in range(c.r.randint(1, 3)):
        L += [
            "    <staticmap>",
            f"      <mac>{d('mac', c.mac())}</mac>",
            f"      <ipaddr>{m('IP_ADDRESS', c.ip())}</ipaddr>",
            f"      <descr><![CDATA[Laptop {m('PERSON', c.given(lang))}]]></descr>",
            "    </staticmap>",
        ]
    L += [
        "  </lan></dhcpd>",
        "  <notifications><smtp>",
        f"    <username>{m('EMAIL', c.email(c.given(lang), c.surname(lang)))}</username>",
        f"    <password>{m('SECRET', c.password())}</password>",
        "  </smtp></notifications>",
        f"  <revision><time>{d('epoch', str(c.r.randint(1700000000, 1790000000)))}</time>"
        "</revision>",
        "</pfsense>",
    ]
    return "xml", "\n".join(L)


def heroku_shell(c: Ctx, lang: str) -> tuple[str, str]:
    g, s = c.given(lang), c.surname(lang)
    app = f"shop-{lang}-{c.r.randint(10, 99)}"
    user = plain(g)[:6] + c.digits(2)
    cred = m("URL_CREDENTIALS", user + ":" + c.password())
    db_ip = m("IP_ADDRESS", c.ip())
    L = [
        f"  {n}  {x}"
        for n, x in enumerate(
            [
                f"heroku login -i  # {m('EMAIL', c.email(g, s))}",
                f"heroku config:set -a {app} DATABASE_URL=postgres://{cred}@{db_ip}:5432/shop",
                f"heroku config:set -a {app} STRIPE_SECRET_KEY="
                f"{m('SECRET', c.token('sk_live_', 24))}",
                f"fly secrets set SMTP_PASSWORD='{m('SECRET', c.password())}' -a {app}",
                f"git log -1 --format=%H  # {d('git-sha', c.hexs(40))}",
                f"ssh deploy@{m('IP_ADDRESS', c.ip())}",
                f"heroku releases -a {app} | head  # "
                f"{d('version', 'v' + str(c.r.randint(10, 400)))}",
            ],
            start=c.r.randint(200, 900),
        )
    ]
    if c.chance(0.4):
        L.append(f'  999  git config --global user.name "{m("PERSON", g + " " + s)}"')
    return "shell", "\n".join(L)


def moodle_sql(c: Ctx, lang: str) -> tuple[str, str]:
    L = [
        "INSERT INTO `mdl_user` (`id`, `username`, `password`, `idnumber`, `firstname`, "
        "`lastname`, `email`, `phone1`, `phone2`, `address`, `city`, `lastip`) VALUES"
    ]
    rows = []
    for n in range(c.r.randint(2, 4)):
        g, s = c.given(lang), c.surname(lang)
        ph2 = m("PHONE", c.phone(lang, "run")) if c.chance(0.5) else ""
        st = c.street(lang)
        while "'" in st:
            st = c.street(lang)
        rows.append(
            f"({c.r.randint(2, 9000)},'{plain(g)}{n}',"
            f"'{d('bcrypt', '$2y$10$' + c.token('', 53))}','{d('student-id', c.digits(8))}',"
            f"'{m('PERSON', g)}','{m('PERSON', s.replace(chr(39), ''))}',"
            f"'{m('EMAIL', c.email(g, s))}','{m('PHONE', c.phone(lang))}','{ph2}',"
            f"'{m('STREET_ADDRESS', st)}','{c.city(lang)}',"
            f"'{m('IP_ADDRESS', c.ip())}')"
        )
    return "sql", L[0] + "\n" + ",\n".join(rows) + ";"


def alertmanager_yaml(c: Ctx, lang: str) -> tuple[str, str]:
    g, s = c.given(lang), c.surname(lang)
    g2, s2 = c.given(lang), c.surname(lang)
    L = [
        "global:",
        "  smtp_smarthost: 'smtp.example.net:587'",
        f"  smtp_auth_username: '{m('EMAIL', c.email(g, s))}'",
        f"  smtp_auth_password: '{m('SECRET', c.password())}'",
        "receivers:",
        "  - name: oncall",
        f"    # {m('PERSON', g + ' ' + s)}, mobile {m('PHONE', c.phone(lang, 'intl'))}",
        "    email_configs:",
        f"      - to: '{m('EMAIL', c.email(g2, s2))}'",
        "    pagerduty_configs:",
        f"      - routing_key: '{m('SECRET', c.hexs(32))}'",
        "    webhook_configs:",
        f"      - url: 'https://{m('URL_CREDENTIALS', 'am:' + c.password())}@hooks.example.org/am'",
        f"# generated {d('timestamp', c.stamp())} by {d('version', 'amtool 0.2' + c.digits(1))}",
    ]
    return "yaml", "\n".join(L)


TEMPLATES = {
    "typeform": typeform_csv,
    "calendly": calendly_json,
    "traefik": traefik_log,
    "mqtt": mqtt_config,
    "pfsense": pfsense_xml,
    "heroku": heroku_shell,
    "moodle": moodle_sql,
    "alertmgr": alertmanager_yaml,
}
