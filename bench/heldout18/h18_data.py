"""Data templates of set 18: Stripe payments CSV, DATEV Debitoren CSV, Zammad ticket JSON,
PostgreSQL server logs."""

from __future__ import annotations

import json

from h18_core import Ctx, D, L, hexs, rand_token

COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}


def stripe_csv(c: Ctx) -> tuple[str, str, bool]:
    r = c.rng
    head = (
        "id,Created date (UTC),Amount,Currency,Status,Customer ID,Customer Email,"
        "Customer Description,Card Last4,Card Fingerprint,Shipping Address Line1,"
        "Shipping Phone,birthdate (metadata)"
    )
    rows = [head]
    for _ in range(r.randint(2, 3)):
        g, s = c.given(), c.surname()
        desc = f"{s.upper()}, {g}" if r.random() < 0.25 else f"{g} {s}"
        ph, _ = c.phone(c.pick(["intl", "run"]))
        cells = [
            D("charge-id", c.token("ch_3", 21)),
            D("timestamp", c.ts("iso").replace("T", " ").rstrip("Z")),
            D("amount", f"{r.randint(9, 480)}.{r.randint(0, 99):02d}"),
            "eur" if c.lang != "en" else "gbp",
            r.choice(["Paid", "Paid", "Refunded"]),
            D("customer-id", c.token("cus_", 14)),
            L("EMAIL", c.email(g, s)),
            f'"{L("PERSON", desc)}"' if "," in desc else L("PERSON", desc),
            D("last4", c.code(4)),
            D("fingerprint", rand_token(r, 16)),
            L("STREET_ADDRESS", c.street()),
            L("PHONE", ph),
            L("DATE_OF_BIRTH", c.dob("iso")) if r.random() < 0.6 else "",
        ]
        if "," in cells[10]:
            cells[10] = f'"{cells[10]}"'
        rows.append(",".join(cells))
    return "csv", "\n".join(rows) + "\n", r.random() < 0.3


def datev_csv(c: Ctx) -> tuple[str, str, bool]:
    r = c.rng
    meta = (
        f'"EXTF";700;16;"Debitoren/Kreditoren";5;{D("timestamp", c.digits_ts(17))};;'
        f'"RE";"";"";{c.code(5)};{c.code(5)};20260101;4;;;"";""'
    )
    head = (
        "Konto;Name (Adressatentyp Unternehmen);Name (Adressatentyp natürl. Person);"
        "Vorname (Adressatentyp natürl. Person);Geburtsdatum;Straße;Postleitzahl;Ort;"
        "Telefon;E-Mail;IBAN-Nr. 1;Kundennummer"
    )
    rows = [meta, head]
    for _ in range(r.randint(2, 4)):
        g, s = c.given(), c.surname()
        town = c.town()
        pc, _, place = town.partition(" ")
        ph, _ = c.phone(c.pick(["nat", "intl", "run"]))
        iban = L("IBAN", c.iban()) if r.random() < 0.7 else ""
        cells = [
            D("account", str(10000 + r.randint(0, 89999))),
            '""',
            f'"{L("PERSON", s)}"',
            f'"{L("PERSON", g)}"',
            L("DATE_OF_BIRTH", c.dob("num")) if r.random() < 0.7 else "",
            f'"{L("STREET_ADDRESS", c.street())}"',
            f'"{pc}"',
            f'"{place}"',
            f'"{L("PHONE", ph)}"',
            f'"{L("EMAIL", c.email(g, s))}"',
            f'"{iban}"',
            f'"{D("customer-no", "K" + c.num(6))}"',
        ]
        rows.append(";".join(cells))
    return "csv", "\n".join(rows) + "\n", True


ZAMMAD_BODY = {
    "en": "Hi, my parcel never arrived. Ship it to {street} please, or call me on {phone}.",
    "de": "Hallo, mein Paket kam nie an. Bitte an {street} schicken oder {phone} anrufen.",
    "fr": "Bonjour, mon colis n'est jamais arrivé. Envoyez-le au {street} ou appelez le {phone}.",
    "es": "Hola, mi paquete no llegó. Envíenlo a {street} o llámenme al {phone}.",
    "it": "Salve, il pacco non è mai arrivato. Spedite in {street} o chiamatemi al {phone}.",
    "nl": "Hoi, mijn pakket is nooit aangekomen. Stuur het naar {street} of bel {phone}.",
    "pt": "Olá, a encomenda não chegou. Enviem para {street} ou liguem para {phone}.",
}


def zammad_json(c: Ctx) -> tuple[str, str, bool]:
    r = c.rng
    g, s, ag, ags = c.given(), c.surname(), c.given(), c.surname()
    ph, _ = c.phone()
    mob, _ = c.phone(c.pick(["intl", "run"]))
    marks: list[tuple[str, str]] = []

    def m(typ: str, value: str) -> str:
        marks.append((typ, value))
        return f"QQ{len(marks) - 1}QQ"

    body = ZAMMAD_BODY[c.lang].format(street=m("STREET_ADDRESS", c.street()), phone=m("PHONE", ph))
    if c.lang == "en" and r.random() < 0.3:
        body += " For the payroll form my SSN is " + m("US_SSN", c.ssn()) + "."
    obj = {
        "id": int(c.num(5)),
        "number": m("~ticket", c.num(5)),
        "title": "Parcel missing",
        "state": "open",
        "priority_id": 2,
        "created_at": m("~timestamp", c.ts("iso")),
        "customer": {
            "firstname": m("PERSON", g),
            "lastname": m("PERSON", s),
            "email": m("EMAIL", c.email(g, s)),
            "phone": m("PHONE", mob),
            "login": "cust" + c.code(4),
            "web": "",
            "last_login_ip": m("IP_ADDRESS", c.ip()),
        },
        "owner": {"firstname": m("PERSON", ag), "lastname": m("PERSON", ags)},
        "articles": [
            {
                "from": m("PERSON", f"{g} {s}"),
                "content_type": "text/plain",
                "body": body,
                "message_id": m("~message-id", f"<{c.token('', 20)}@zammad.example>"),
            }
        ],
        "tags": ["parcel", "claim"],
    }
    if r.random() < 0.3:
        obj["customer"]["birthday"] = m("DATE_OF_BIRTH", c.dob("iso"))
    escape = r.random() < 0.3
    text = json.dumps(obj, ensure_ascii=escape, indent=2 if r.random() < 0.4 else None)
    for i, (typ, value) in enumerate(marks):
        shown = json.dumps(value, ensure_ascii=escape)[1:-1]
        mark = D(typ[1:], shown) if typ.startswith("~") else L(typ, shown)
        assert text.count(f"QQ{i}QQ") == 1
        text = text.replace(f"QQ{i}QQ", mark)
    return "json", text + "\n", False


PG_STMT = {
    "en": "UPDATE customers SET phone",
    "de": "UPDATE kunden SET telefon",
    "fr": "UPDATE clients SET telephone",
    "es": "UPDATE clientes SET telefono",
    "it": "UPDATE clienti SET telefono",
    "nl": "UPDATE klanten SET telefoon",
    "pt": "UPDATE clientes SET telefone",
}


def pg_log(c: Ctx) -> tuple[str, str, bool]:
    r = c.rng
    lines = []

    def pre(user: str, db: str) -> str:
        return f"{D('timestamp', c.ts('pg'))} [{r.randint(1000, 99999)}] {user}@{db} "

    for _ in range(r.randint(3, 6)):
        ev = r.choice(["conn", "conn", "fail", "alter", "update", "insert", "dblink"])
        ip = L("IP_ADDRESS", c.ip())
        if ev == "conn":
            lines.append(
                pre("app", "shop") + f"LOG:  connection received: host={ip} "
                f"port={r.randint(30000, 65000)}"
            )
        elif ev == "fail":
            lines.append(
                pre("report", "shop") + 'FATAL:  password authentication failed for user "report"'
            )
            lines.append(
                f"DETAIL:  Connection matched pg_hba.conf line {r.randint(80, 99)}: "
                f'"host all all {ip}/32 scram-sha-256"'
            )
        elif ev == "alter":
            lines.append(
                pre("postgres", "postgres") + "LOG:  statement: ALTER ROLE "
                f"etl_{c.code(2)} WITH LOGIN PASSWORD '{L('SECRET', c.password())}';"
            )
        elif ev == "update":
            ph, _ = c.phone()
            lines.append(
                pre("app", "shop") + f"LOG:  duration: {r.randint(1, 90)}.{c.code(3)} "
                f"ms  statement: {PG_STMT[c.lang]} = '{L('PHONE', ph)}' WHERE "
                f"id = {D('record-id', c.num(6))};"
            )
        elif ev == "insert":
            g, s = c.given(), c.surname()
            vals = [
                f"'{L('PERSON', g)}'",
                f"'{L('PERSON', s)}'",
                f"'{L('EMAIL', c.email(g, s))}'",
                f"'{L('DATE_OF_BIRTH', c.dob('iso'))}'",
            ]
            cols = "first_name, last_name, email, birth_date"
            if c.lang == "en" and r.random() < 0.35:
                vals.append(f"'{L('US_SSN', c.ssn())}'")
                cols += ", ssn"
            lines.append(
                pre("app", "shop") + "ERROR:  duplicate key value violates unique "
                'constraint "customers_email_key"'
            )
            lines.append(f"STATEMENT:  INSERT INTO customers ({cols}) VALUES ({', '.join(vals)});")
        else:
            user, pw = f"sync{c.code(2)}", c.password().replace("@", "")
            lines.append(
                pre("etl", "dwh") + "LOG:  statement: SELECT * FROM dblink("
                f"'postgresql://{L('URL_CREDENTIALS', f'{user}:{pw}')}@"
                f"{L('IP_ADDRESS', c.ip('priv'))}:5432/shop', 'SELECT id FROM orders')"
                " AS t(id int);"
            )
    lines.append(
        f"{D('timestamp', c.ts('pg'))} [{r.randint(1000, 99999)}] LOG:  checkpoint "
        f"complete: wrote {r.randint(10, 900)} buffers; lsn={D('lsn', f'0/{hexs(r, 8).upper()}')}"
    )
    return "log", "\n".join(lines) + "\n", False
