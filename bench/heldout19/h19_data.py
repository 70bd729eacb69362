"""Templates: invoicing-app contact CSV, Adyen webhooks, MariaDB slow logs, Vault HCL."""

from __future__ import annotations

import base64

from h19_core import Ctx, d, dob_numeric, fold, v
from h19_phone import phone

CSV_HEAD = {
    "en": (
        ",",
        [
            "Contact ID",
            "First name",
            "Last name",
            "Email",
            "Phone",
            "Address line 1",
            "Town",
            "IBAN",
            "Date of birth",
        ],
    ),
    "de": (
        ";",
        [
            "Kundennummer",
            "Vorname",
            "Nachname",
            "E-Mail",
            "Telefon",
            "Straße",
            "Ort",
            "IBAN",
            "Geburtsdatum",
        ],
    ),
    "fr": (
        ";",
        [
            "N° client",
            "Prénom",
            "Nom",
            "E-mail",
            "Téléphone",
            "Adresse",
            "Ville",
            "IBAN",
            "Date de naissance",
        ],
    ),
    "es": (
        ",",
        [
            "Código",
            "Nombre",
            "Apellidos",
            "Email",
            "Teléfono",
            "Dirección",
            "Población",
            "IBAN",
            "Fecha de nacimiento",
        ],
    ),
    "it": (
        ";",
        [
            "Codice",
            "Nome",
            "Cognome",
            "Email",
            "Telefono",
            "Indirizzo",
            "Città",
            "IBAN",
            "Data di nascita",
        ],
    ),
    "nl": (
        ";",
        [
            "Relatienummer",
            "Voornaam",
            "Achternaam",
            "E-mail",
            "Telefoon",
            "Adres",
            "Plaats",
            "IBAN",
            "Geboortedatum",
        ],
    ),
    "pt": (
        ";",
        [
            "N.º cliente",
            "Nome",
            "Apelido",
            "Email",
            "Telefone",
            "Morada",
            "Localidade",
            "IBAN",
            "Data de nascimento",
        ],
    ),
}


def csv(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    sep, head = CSV_HEAD[lang]
    with_dob = ctx.chance(0.45)
    cols = head if with_dob else head[:-1]
    rows = [sep.join(cols)]
    for _ in range(ctx.r.randint(2, 3)):
        g, s = ctx.person(lang)
        street = ctx.street(lang, 0.25)
        q = '"' if sep in street else ""
        cells = [
            d("customer-no", f"{ctx.r.randint(10000, 99999)}"),
            v("PERSON", g),
            v("PERSON", s.upper() if ctx.chance(0.15) else s),
            v("EMAIL", ctx.email(lang, g, s)),
            v("PHONE", phone(ctx, lang, ctx.pick(["intl", "run", "national"]))[0]),
            q + v("STREET_ADDRESS", street) + q,
            ctx.town(lang).split(" ", 1)[-1]
            if lang != "en"
            else ctx.town(lang).split(",")[0].split(" ")[0],
            v("IBAN", ctx.iban(lang, grouped=ctx.chance(0.3))) if ctx.chance(0.7) else "",
        ]
        if with_dob:
            y, m, dd = ctx.dob()
            cells.append(v("DATE_OF_BIRTH", dob_numeric(lang, y, m, dd, ctx.pick(["", "iso"]))))
        rows.append(sep.join(cells))
    return "\n".join(rows) + "\n", "csv"


def adyen(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    g, s = ctx.person(lang)
    method = ctx.pick(["visa", "mc", "amex", "sepadirectdebit", "klarna"])
    add = [
        (
            "shopperName",
            f"[first name={v('PERSON', g)}, infix=null, last name={v('PERSON', s)}, gender=null]",
        ),
        ("shopperEmail", v("EMAIL", ctx.email(lang, g, s))),
        ("shopperIP", v("IP_ADDRESS", ctx.ip6() if ctx.chance(0.25) else ctx.ip4(False))),
        ("shopperTelephone", v("PHONE", phone(ctx, lang, "intl")[0])),
    ]
    if method in ("visa", "mc", "amex"):
        add += [
            ("cardSummary", d("card-last4", ctx.digits(4))),
            ("cardHolderName", v("PERSON", f"{g[0]} {s}" if ctx.chance(0.5) else f"{g} {s}")),
            ("expiryDate", d("expiry", f"{ctx.r.randint(1, 12)}/20{ctx.r.randint(27, 31)}")),
        ]
    elif method == "sepadirectdebit":
        add += [
            ("sepadirectdebit.mandateId", d("mandate", ctx.alnum(16).upper())),
            ("bankAccount.iban", v("IBAN", ctx.iban(lang, grouped=False))),
            ("bankAccount.ownerName", v("PERSON", f"{g} {s}")),
        ]
    else:
        y, m, dd = ctx.dob()
        add += [
            ("dateOfBirth", v("DATE_OF_BIRTH", f"{y}-{m:02d}-{dd:02d}")),
            ("deliveryAddress.street", v("STREET_ADDRESS", ctx.street(lang, 0))),
        ]
    if ctx.chance(0.5):
        add.insert(
            0, ("hmacSignature", d("signature", base64.b64encode(ctx.r.randbytes(32)).decode()))
        )
    ind = "      "
    adds = (",\n").join(f'{ind}"{k}": "{val}"' for k, val in add)
    cur = "GBP" if lang == "en" else "EUR"
    psp = d("psp-ref", ctx.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") + ctx.digits(15))
    when = (
        f"2026-{ctx.r.randint(1, 11):02d}-{ctx.r.randint(10, 28)}T{ctx.r.randint(10, 23)}:"
        f"{ctx.r.randint(10, 59)}:04+01:00"
    )
    shop = ctx.pick(["FahrradwerkECOM", "MaisonLumen", "CasaVerde"])
    ref = d("order", "ORD-" + ctx.digits(7))
    text = (
        '{"live": "false", "notificationItems": [{"NotificationRequestItem": {\n'
        '    "additionalData": {\n'
        f"{adds}\n    }},\n"
        f'    "amount": {{"currency": "{cur}", "value": '
        f"{d('amount', str(ctx.r.randint(990, 89900)))}}},\n"
        '    "eventCode": "AUTHORISATION",\n'
        f'    "eventDate": "{d("timestamp", when)}",\n'
        f'    "merchantAccountCode": "{shop}",\n'
        f'    "merchantReference": "{ref}",\n'
        f'    "paymentMethod": "{method}",\n    "pspReference": "{psp}",\n'
        '    "success": "true"\n}}]}\n'
    )
    return text, "json"


SLOW_Q = [
    "SELECT customer_id, status FROM oc_customer WHERE LCASE(email) = '{email}' LIMIT 1;",
    "UPDATE oc_customer SET telephone = '{phone}', firstname = '{given}', lastname = '{surname}'"
    " WHERE customer_id = {cid};",
    "INSERT INTO oc_address (customer_id, firstname, lastname, address_1, city) VALUES "
    "({cid}, '{given}', '{surname}', '{street}', '{town}');",
    "SELECT o.order_id, o.total FROM oc_order o WHERE o.lastname = '{surname}'"
    " AND o.dob = '{dob}';",
    "ALTER USER 'reporting'@'10.0.%' IDENTIFIED BY '{pw}';",
]


def slowlog(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    out = []
    ts = 1_764_000_000 + ctx.r.randint(0, 3_000_000)
    qs = ctx.r.sample(range(len(SLOW_Q)), ctx.r.randint(2, 3))
    for k in qs:
        g, s = ctx.person(lang)
        y, m, dd = ctx.dob()
        ts += ctx.r.randint(5, 900)
        vals = {
            "email": v("EMAIL", ctx.email(lang, g, s)),
            "phone": v("PHONE", phone(ctx, lang, ctx.pick(["intl", "run"]))[0]),
            "given": v("PERSON", g),
            "surname": v("PERSON", s.replace("'", "''")),
            "cid": d("customer-id", str(ctx.r.randint(1000, 99999))),
            "street": v("STREET_ADDRESS", ctx.street(lang, 0)),
            "town": ctx.town(lang).split(" ")[-1],
            "dob": v("DATE_OF_BIRTH", f"{y}-{m:02d}-{dd:02d}"),
            "pw": v("SECRET", ctx.password()),
        }
        host = v("IP_ADDRESS", ctx.ip4(True))
        stamp = (
            f"26{ctx.r.randint(1, 12):02d}{ctx.r.randint(10, 28)} "
            f"{ctx.r.randint(0, 23):2d}:{ctx.r.randint(10, 59)}:{ctx.r.randint(10, 59)}"
        )
        out += [
            f"# Time: {d('timestamp', stamp)}",
            f"# User@Host: shop_rw[shop_rw] @ web-{ctx.r.randint(1, 4)} [{host}]",
            f"# Query_time: {ctx.r.uniform(1, 12):.6f}  Lock_time: 0.000{ctx.digits(3)}  "
            f"Rows_sent: {ctx.r.randint(0, 3)}  Rows_examined: {ctx.r.randint(1000, 900000)}",
            f"SET timestamp={d('epoch', str(ts))};",
            SLOW_Q[k].format(**vals),
        ]
    head = "/usr/sbin/mariadbd, Version: " + d(
        "version", f"10.11.{ctx.r.randint(4, 10)}-MariaDB-log"
    )
    return head + "\n" + "\n".join(out) + "\n", "log"


HCL_C = {
    "en": ("Vault prod cluster", "owner", "on-call"),
    "de": ("Vault Produktiv", "Verantwortlich", "Rufbereitschaft"),
    "fr": ("Vault production", "responsable", "astreinte"),
    "es": ("Vault producción", "responsable", "guardia"),
    "it": ("Vault produzione", "referente", "reperibilità"),
    "nl": ("Vault productie", "eigenaar", "piket"),
    "pt": ("Vault produção", "responsável", "prevenção"),
}


def vault_hcl(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    g, s = ctx.person(lang)
    title, own, call = HCL_C[lang]
    dom = ctx.pick(["infra.example.net", "ops.example.org", "corp.example.com"])
    mail = ctx.fresh(lambda: f"{fold(ctx.person(lang)[0])}.{ctx.digits(2)}@{dom}")
    api = ctx.ip4(True)
    db = ctx.ip4(True)
    lines = [
        f"# {title}",
        f"# {own}: {v('PERSON', f'{g} {s}')} <{v('EMAIL', mail)}>",
        f"# {call}: {v('PHONE', phone(ctx, lang, 'intl')[0])}",
        'storage "postgresql" {',
        f'  connection_url = "postgres://{v("URL_CREDENTIALS", "vault:" + ctx.url_password())}'
        f'@{v("IP_ADDRESS", db)}:5432/vault?sslmode=verify-full"',
        "}",
        'listener "tcp" {',
        f'  address       = "{v("IP_ADDRESS", api)}:8200"',
        "}",
        'seal "transit" {',
        f'  address  = "https://{v("IP_ADDRESS", ctx.ip4(True))}:8200"',
        f'  token    = "{v("SECRET", ctx.token("hvs.", 24 + ctx.r.randint(0, 60)))}"',
        '  key_name = "autounseal"',
        "}",
        f'api_addr     = "https://{v("IP_ADDRESS", ctx.ip4(True))}:8200"',
        f'cluster_addr = "https://[{v("IP_ADDRESS", ctx.ip6())}]:8201"',
        "ui = true",
        f"# plugin sha256 {d('hash', ctx.hexs(64))}",
        f"# vault {d('version', f'1.{ctx.r.randint(15, 19)}.{ctx.r.randint(0, 9)}')}",
    ]
    return "\n".join(lines) + "\n", "config"
