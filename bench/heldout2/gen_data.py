"""Data kinds: CSV, JSON, YAML, INI, .env, shell sessions, logs, markdown, HTML, SQL dumps."""

from __future__ import annotations

# ruff: noqa: E501 - template lines are kept whole so they read as the text they make
from gen_markup import Ctx, dk, m, parse
from gen_pools import CITIES

COLS = {
    "en": {
        "id": "id",
        "first": "first_name",
        "last": "last_name",
        "name": "name",
        "email": "email",
        "phone": "phone",
        "street": "address",
        "city": "city",
        "dob": "dob",
        "iban": "iban",
        "card": "card_number",
        "ssn": "ssn",
        "ip": "last_ip",
        "amount": "amount",
        "sku": "sku",
        "isbn": "isbn",
        "qty": "qty",
        "card_like": "giftcard_no",
    },
    "de": {
        "id": "kdnr",
        "first": "vorname",
        "last": "nachname",
        "name": "name",
        "email": "email",
        "phone": "telefon",
        "street": "strasse",
        "city": "ort",
        "dob": "geburtsdatum",
        "iban": "iban",
        "card": "kartennummer",
        "ssn": "ssn",
        "ip": "ip",
        "amount": "betrag",
        "sku": "artikelnr",
        "isbn": "isbn",
        "qty": "menge",
        "card_like": "gutscheinkarte",
    },
    "fr": {
        "id": "id_client",
        "first": "prenom",
        "last": "nom",
        "name": "nom_complet",
        "email": "courriel",
        "phone": "telephone",
        "street": "adresse",
        "city": "ville",
        "dob": "date_naissance",
        "iban": "iban",
        "card": "carte",
        "ssn": "ssn",
        "ip": "ip",
        "amount": "montant",
        "sku": "reference",
        "isbn": "isbn",
        "qty": "quantite",
        "card_like": "carte_cadeau",
    },
    "es": {
        "id": "id",
        "first": "nombre",
        "last": "apellidos",
        "name": "nombre_completo",
        "email": "correo",
        "phone": "telefono",
        "street": "direccion",
        "city": "localidad",
        "dob": "fecha_nacimiento",
        "iban": "iban",
        "card": "tarjeta",
        "ssn": "ssn",
        "ip": "ip",
        "amount": "importe",
        "sku": "referencia",
        "isbn": "isbn",
        "qty": "cantidad",
        "card_like": "tarjeta_regalo",
    },
}

TABLES = [
    ["id", "first", "last", "email", "phone", "dob"],
    ["id", "name", "street", "city", "phone"],
    ["id", "name", "iban", "amount"],
    ["id", "first", "last", "ssn", "dob", "email"],
    ["id", "email", "ip", "amount"],
    ["id", "name", "card", "amount", "email"],
    ["sku", "isbn", "qty", "amount"],
    ["sku", "card_like", "qty", "amount"],
]


def _cell(c: Ctx, col: str, quote: str) -> str:
    p = c.flags.setdefault("row_person", c.who())
    st = None
    if col == "id":
        return (
            c.decoy(c.pick(["order", "uuid", "quantity"]))
            if c.chance(0.5)
            else str(c.r.randint(1000, 99999))
        )
    if col == "first":
        return p.first
    if col == "last":
        return p.sur
    if col == "name":
        return p.full
    if col == "email":
        return p.email
    if col == "phone":
        return c.phone()
    if col == "street":
        st, ctry = c.street()
        c.flags["ctry"] = ctry
        return f"{quote}{st}{quote}" if "," in st else st
    if col == "city":
        return c.pick(CITIES[c.flags.get("ctry", "US" if c.lang == "en" else "DE")])
    if col == "dob":
        return c.dob(c.pick(["numeric", "iso", "numeric"]))
    if col == "iban":
        return c.iban(style=c.pick(["compact", "compact", "group"]))
    if col == "card":
        return c.card()
    if col == "ssn":
        return c.ssn(c.pick(["dash", "dash", "bare"]))
    if col == "ip":
        return c.ip()
    if col == "amount":
        return c.decoy("price")
    if col == "sku":
        return c.decoy("product")
    if col == "isbn":
        return c.decoy("isbn")
    if col == "qty":
        return c.decoy("quantity")
    if col == "card_like":
        return c.decoy("luhn-invalid")
    raise AssertionError(col)


def _rows(c: Ctx, cols: list[str], sep: str, quote: str = '"') -> list[str]:
    rows = []
    for _ in range(c.r.randint(3, 6)):
        c.flags.pop("row_person", None)
        cells = [_cell(c, col, quote) for col in cols]
        if sep == ",":
            cells = [
                f'"{x}"' if ("," in parse(x)[0] and not x.startswith('"')) else x for x in cells
            ]
        rows.append(sep.join(cells))
    return rows


def csv(c: Ctx) -> str:
    cols = c.pick(TABLES)
    sep = c.pick([",", ",", ";", "\t", "|"])
    head = sep.join(COLS[c.lang][k] for k in cols)
    return "\n".join([head, *_rows(c, cols, sep)])


def markdown(c: Ctx) -> str:
    cols = c.pick(TABLES)
    head = "| " + " | ".join(COLS[c.lang][k].replace("_", " ").title() for k in cols) + " |"
    rule = "|" + "|".join("---" for _ in cols) + "|"
    rows = ["| " + r + " |" for r in _rows(c, cols, " | ", quote="")]
    if "sku" in cols:
        title = c.L(
            en="## Stock check", de="## Inventur Lager 3", fr="## Inventaire", es="## Inventario"
        )
    else:
        title = c.L(
            en="## Contacts to migrate",
            de="## Zu migrierende Kontakte",
            fr="## Contacts à migrer",
            es="## Contactos a migrar",
        )
    return "\n".join([title, "", head, rule, *rows, "", f"_{c.decoy('timestamp')}_"])


def html(c: Ctx) -> str:
    p, q = c.who(), c.who()
    k = c.r.random()
    if k < 0.4:
        rows = []
        for _ in range(c.r.randint(2, 4)):
            r = c.who()
            rows.append(
                f'  <tr><td>{r.full}</td><td><a href="mailto:{r.email}">{r.email}</a></td>'
                f"<td>{c.phone()}</td></tr>"
            )
        return '<table class="contacts">\n' + "\n".join(rows) + "\n</table>"
    if k < 0.7:
        dob_label = c.L(
            en="Date of birth", de="Geburtsdatum", fr="Date de naissance", es="Fecha de nacimiento"
        )
        return (
            f'<dl class="profile">\n  <dt>{c.L(en="Name", de="Name", fr="Nom", es="Nombre")}</dt><dd>{p.full}</dd>\n'
            f"  <dt>{dob_label}</dt><dd>{c.dob()}</dd>\n"
            f"  <dt>{c.L(en='Address', de='Adresse', fr='Adresse', es='Dirección')}</dt><dd>{c.addr('<br>')}</dd>\n"
            f"  <dt>IBAN</dt><dd>{c.iban()}</dd>\n</dl>\n<!-- build {c.decoy('git')} -->"
        )
    return (
        f'<form action="/checkout">\n  <input name="email" value="{p.email}">\n'
        f'  <input name="cc" value="{c.card()}">\n  <input name="order" value="{c.decoy("order")}">\n'
        f"</form>\n<p>{c.L(en='Questions? Write to', de='Fragen? Schreiben Sie an', fr='Une question ? Écrivez à', es='¿Dudas? Escriba a')} "
        f'<a href="mailto:{q.email}">{q.full}</a>.</p>'
    )


def sql(c: Ctx) -> str:
    cols = c.pick(TABLES)
    names = [COLS[c.lang][k] for k in cols]
    rows = []
    for _ in range(c.r.randint(2, 5)):
        c.flags.pop("row_person", None)
        vals = []
        for col in cols:
            x = _cell(c, col, "")
            q = '"' if "'" in parse(x)[0] else "'"
            vals.append(x if col == "id" and x.isdigit() else f"{q}{x}{q}")
        rows.append("(" + ", ".join(vals) + ")")
    table = (
        "inventory"
        if "sku" in cols
        else c.pick(["customers", "kunden", "clients", "clientes", "employees", "payments"])
    )
    return (
        f"-- dump {c.decoy('timestamp')}\nINSERT INTO `{table}` ({', '.join(names)}) VALUES\n"
        + ",\n".join(rows)
        + ";"
    )


def json_doc(c: Ctx) -> str:
    p = c.who()
    k = c.r.random()
    if k < 0.5:
        return (
            "{\n"
            f'  "customer": {{"id": "{c.decoy("uuid")}", "name": "{p.full}", "email": "{p.email}",\n'
            f'    "phone": "{c.phone()}", "birthDate": "{c.dob("iso")}",\n'
            f'    "address": {{"line1": "{c.street()[0]}", "city": "{c.pick(["Leeds", "Lyon", "Köln", "Sevilla"])}"}}}},\n'
            f'  "payment": {{"iban": "{c.iban()}", "amount": "{c.decoy("price")}"}},\n'
            f'  "meta": {{"client_ip": "{c.ip()}", "app": "{c.decoy("version")}"}}\n}}'
        )
    if k < 0.75:
        return (
            '{"event": "payment.failed", "ts": "' + c.decoy("timestamp") + '", '
            f'"card": "{c.card()}", "holder": "{p.full}", "ip": "{c.ip4()}", '
            f'"request_id": "{c.decoy("uuid")}"}}'
        )
    return (
        '{\n  "service": "billing",\n'
        f'  "db_url": "postgresql://{c.cred()}@db.billing.example:5432/prod",\n'
        f'  "api_key": "{c.secret()}",\n  "admin_email": "{c.email()}",\n'
        f'  "checksum": "{c.decoy("sha256")}"\n}}'
    )


def yaml(c: Ctx) -> str:
    k = c.r.random()
    if k < 0.5:
        return (
            f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-{c.r.randint(1, 9)}\n"
            f'stringData:\n  DB_PASSWORD: "{c.pw()}"\n  STRIPE_KEY: {c.secret("stripe")}\n'
            f"  SMTP_URL: smtp://{c.cred()}@mail.example.com:587\n"
        )
    p = c.who()
    return (
        f"# {c.L(en='contact sheet', de='Kontaktblatt', fr='fiche contact', es='ficha de contacto')}\n"
        f'owner:\n  name: {p.full}\n  email: {p.email}\n  phone: "{c.phone()}"\n'
        f"  born: {c.dob('iso')}\nbilling:\n  iban: {c.iban(style='compact')}\n"
        f"server:\n  host: {c.ip4()}\n  image: registry.example.com/app:{c.decoy('version')}\n"
    )


def ini(c: Ctx) -> str:
    return (
        f"[database]\nhost = {c.ip4()}\nnetmask = {c.decoy('netmask')}\nuser = app_rw\npassword = {c.pw()}\n\n"
        f"[smtp]\nserver = mail.example.com\nuser = {c.email()}\npass = {c.pw()}\n\n"
        f"[api]\nkey = {c.secret()}\nretries = {c.decoy('quantity')}\n\n"
        f"[backup]\ntarget = ftp://{c.cred()}@backup.example.net/nightly/\n"
    )


ENV_KEYS = [
    ("OPENAI_API_KEY", "openai"),
    ("ANTHROPIC_API_KEY", "anthropic"),
    ("GITHUB_TOKEN", "github"),
    ("SENDGRID_API_KEY", "sendgrid"),
    ("HF_TOKEN", "hf"),
    ("GITLAB_TOKEN", "gitlab"),
    ("SLACK_BOT_TOKEN", "slack"),
    ("STRIPE_SECRET", "stripe"),
    ("NPM_TOKEN", "npm"),
    ("VAULT_TOKEN", "vault"),
    ("SHOPIFY_ACCESS_TOKEN", "shopify"),
    ("MAILCHIMP_KEY", "mailchimp"),
    ("DD_API_KEY", "datadog"),
    ("LINEAR_API_KEY", "linear"),
]


def _named_key(c: Ctx) -> tuple[str, str]:
    name, vendor = c.pick(ENV_KEYS)
    return name, c.secret(vendor)


def env(c: Ctx) -> str:
    lines = [
        f"DATABASE_URL=postgres://{c.cred()}@{c.ip4()}:5432/app",
        "{}={}".format(*_named_key(c)),
        f"ADMIN_PASSWORD={c.pw()}",
        f'SUPPORT_PHONE="{c.phone()}"',
        f"RELEASE={c.decoy('version')}",
        f"JWT_SECRET={c.secret('datadog')}",
        f"NOTIFY_EMAIL={c.email()}",
    ]
    c.r.shuffle(lines)
    return "\n".join(lines[: c.r.randint(4, 7)])


def shell(c: Ctx) -> str:
    host_raw = c.v.ipv4()
    host = m("IP_ADDRESS", host_raw)
    p = c.who()
    k = c.r.random()
    if k < 0.35:
        return (
            f"$ ssh deploy@{host}\nLast login: {c.decoy('timestamp')} from {c.ip()}\n"
            f"deploy@web-2:~$ mysql -u root -p{c.pw()} shop\nmysql> SELECT email FROM users LIMIT 1;\n"
            f"| {c.email()} |\n"
        )
    if k < 0.65:
        return (
            f"$ export AWS_ACCESS_KEY_ID={c.secret('aws')}\n$ export AWS_SECRET_ACCESS_KEY={c.secret('aws_secret')}\n"
            f'$ curl -s -H "Authorization: Bearer {c.jwt()}" https://api.example.com/v2/orders/{c.decoy("order")}\n'
            f'{{"status":"shipped","tracking":"{c.decoy("tracking")}"}}\n'
        )
    if k < 0.85:
        return (
            f"$ git log -1\ncommit {c.decoy('git')}\nAuthor: {p.full} <{p.email}>\nDate:   {c.decoy('date')}\n\n"
            f"    Fix rounding in invoice export\n$ git remote -v\norigin  https://{c.cred()}@git.example.com/shop/backend.git (fetch)\n"
            f"$ md5sum release.tar.gz\n{c.decoy('md5')}  release.tar.gz\n$ ip -br addr\neth0   UP   {c.ip4()}/24 {c.ip6()}/64\n"
            f"lo     UNKNOWN {dk('loopback', '127.0.0.1')}/8\n"
        )
    return (
        f"PS C:\\> ping {host}\nReply from {host}: bytes=32 time=3ms TTL=57\n"
        f"PS C:\\> getmac\n{c.decoy('mac')}   \\Device\\Tcpip_{{{dk('uuid', c.v.uuid().upper())}}}\n"
        f"PS C:\\> net use Z: \\\\files01\\share /user:CORP\\{_ascii_user(p.given)} {c.pw()}\n"
    )


def _ascii_user(g: str) -> str:
    return "".join(ch for ch in g.lower() if ch.isascii() and ch.isalpha()) or "user"


def log(c: Ctx) -> str:
    out = []
    for _ in range(c.r.randint(3, 6)):
        ts = c.decoy("timestamp")
        k = c.r.random()
        if k < 0.3:
            out.append(
                f'{ts} level=info msg="login ok" user={c.email()} src_ip={c.ip()} session={c.decoy("uuid")}'
            )
        elif k < 0.45:
            out.append(
                f"{c.ip4()} - - [{c.pick(['14/Mar/2026:09:12:44 +0100', '02/Feb/2026:23:01:09 +0000'])}] "
                f'"GET /api/v1/orders/{c.decoy("order")} HTTP/1.1" 200 {c.r.randint(200, 9000)}'
            )
        elif k < 0.6:
            out.append(
                f"{ts} WARN payment declined card={c.card()} amount={c.decoy('price')} order={c.decoy('order')}"
            )
        elif k < 0.7:
            out.append(f"{ts} ERROR db connect failed url=mysql://{c.cred()}@{c.ip4()}:3306/crm")
        elif k < 0.8:
            out.append(
                f"{ts} DEBUG headers={{'Authorization': 'Bearer {c.secret()}', 'X-Request-Id': '{c.decoy('uuid')}'}}"
            )
        elif k < 0.85:
            out.append(f"{ts} dhcpd: DHCPACK on {c.ip4()} to {c.decoy('mac')} via eth1")
        elif k < 0.9:
            out.append(
                f"{ts} sshd[{c.r.randint(300, 9999)}]: Accepted publickey for deploy from {c.ip()} port {c.r.randint(30000, 65000)}"
            )
        else:
            out.append(
                f"{ts} INFO upstream {dk('loopback', '127.0.0.1')}:8080 healthy, build {c.decoy('version')}, peer [{c.ip6()}]:443"
            )
    return "\n".join(out)
