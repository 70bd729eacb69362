# ruff: noqa: E501
"""Data templates: Mailchimp audience CSV, Shopify order JSON, Keycloak realm export, KeePass 2 XML."""

from __future__ import annotations

from h14_core import Ctx, d, m
from h14_pools import STREETS, TOWNS, birth, email, iban, person, phone

CC = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}
TZ = {
    "en": "Europe/London",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pt": "Europe/Lisbon",
}


def _ts(ctx: Ctx) -> str:
    r = ctx.rng
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _csv(cell: str) -> str:
    return f'"{cell}"' if "," in cell else cell


def mailchimp(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    head = "Email Address,First Name,Last Name,Address,Phone Number,Birthday,MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,LAST_CHANGED,LEID,EUID,NOTES,TAGS"
    rows = [head]
    for _ in range(2 if r.random() < 0.85 else 3):
        g, s = person(ctx, lang)
        ip = ctx.ip4() if r.random() < 0.85 else ctx.ip6()
        same = r.random() < 0.6
        geo = r.random() < 0.4
        street = r.choice(STREETS[lang]) if r.random() < 0.7 else ""
        town = r.choice(TOWNS[lang])
        addr = f"{m('STREET_ADDRESS', street)}  {town}  {CC[lang]}" if street else ""
        ph = m("PHONE", phone(ctx, lang)) if r.random() < 0.7 else ""
        bday = (
            m("DATE_OF_BIRTH", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}")
            if r.random() < 0.6
            else ""
        )
        cells = [
            m("EMAIL", email(ctx, lang, g, s)),
            m("PERSON", g),
            m("PERSON", s),
            f'"{addr}"' if "," in street else addr,
            ph,
            bday,
            str(r.randint(1, 5)),
            d("timestamp", _ts(ctx)),
            m("IP_ADDRESS", ip),
            _ts(ctx),
            m("IP_ADDRESS", ip if same else ctx.ip4()),
            d("geo", f"{r.uniform(36, 55):.7f}") if geo else "",
            d("geo", f"{r.uniform(-9, 12):.7f}") if geo else "",
            "1" if lang != "en" else "0",
            "2" if lang != "en" else "1",
            TZ[lang],
            CC[lang].lower(),
            "",
            _ts(ctx),
            d("leid", ctx.digits(9)),
            ctx.hexs(10),
            "",
            "",
        ]
        rows.append(",".join(cells))
    return "\n".join(rows)


def shopify(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    g, s = person(ctx, lang)
    mail = m("EMAIL", email(ctx, lang, g, s))
    ph = phone(ctx, lang, "intl").replace(" ", "")
    street = r.choice(STREETS[lang])
    town = r.choice(TOWNS[lang])
    zip_, city = (
        town.split(" ", 1)
        if lang not in ("en", "nl")
        else (town.rsplit(" ", 1)[-1], town.split(",")[0])
    )
    total = f"{r.randint(12, 480)}.{r.randint(0, 99):02d}"
    oid = str(r.randint(1, 9)) + ctx.digits(12)
    addr_block = (
        f'"first_name":"{m("PERSON", g)}","last_name":"{m("PERSON", s)}","address1":"{m("STREET_ADDRESS", street)}",'
        f'"address2":null,"city":"{city}","zip":"{zip_}","country_code":"{CC[lang]}","phone":"{m("PHONE", ph)}","name":"{m("PERSON", f"{g} {s}")}"'
    )
    note = ""
    if r.random() < 0.35:
        ng, ns = person(ctx, lang)
        code = ctx.uniq(lambda: ctx.digits(r.choice([4, 5, 6])))
        note = {
            "en": f"Leave with neighbour {m('PERSON', f'{ng} {ns}')}, door code {m('SECRET', code)}",
            "de": f"Bitte bei {m('PERSON', f'{ng} {ns}')} abgeben, Türcode {m('SECRET', code)}",
            "fr": f"Déposer chez {m('PERSON', f'{ng} {ns}')}, digicode {m('SECRET', code)}",
            "es": f"Dejar a {m('PERSON', f'{ng} {ns}')}, código portal {m('SECRET', code)}",
            "it": f"Lasciare a {m('PERSON', f'{ng} {ns}')}, codice cancello {m('SECRET', code)}",
            "nl": f"Afgeven bij {m('PERSON', f'{ng} {ns}')}, deurcode {m('SECRET', code)}",
            "pt": f"Entregar a {m('PERSON', f'{ng} {ns}')}, código da porta {m('SECRET', code)}",
        }[lang]
    ship = addr_block
    if r.random() < 0.3:
        g2, s2 = person(ctx, lang)
        ship = f'"first_name":"{m("PERSON", g2)}","last_name":"{m("PERSON", s2)}","address1":"{m("STREET_ADDRESS", r.choice(STREETS[lang]))}","city":"{city}","zip":"{zip_}","country_code":"{CC[lang]}","name":"{m("PERSON", f"{g2} {s2}")}"'
    cur = "GBP" if lang == "en" else "EUR"
    ip = m("IP_ADDRESS", ctx.ip4() if r.random() < 0.8 else ctx.ip6())
    return (
        '{"order":{'
        f'"id":{d("order-id", oid)},"email":"{mail}","created_at":"{d("timestamp", _ts(ctx).replace(" ", "T") + "+01:00")}",'
        f'"number":{d("order", str(r.randint(1000, 9999)))},"note":{"null" if not note else chr(34) + note + chr(34)},'
        f'"total_price":"{d("price", total)}","currency":"{cur}",'
        f'"financial_status":"paid","browser_ip":"{ip}",'
        f'"billing_address":{{{addr_block}}},"shipping_address":{{{ship}}},'
        f'"customer":{{"id":{d("customer-id", str(r.randint(1, 9)) + ctx.digits(12))},"email":"{mail}"}}'
        "}}"
    )


def keycloak(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    realm = r.choice(["members", "clinic", "portal", "staff"])
    dom = r.choice(["example.com", "example.org", "corp.test"])
    smtp_user = ctx.uniq(lambda: f"noreply{r.randint(1, 999)}@{dom}")
    users = []
    for _ in range(1 if r.random() < 0.7 else 2):
        g, s = person(ctx, lang)
        y, mo, dd = birth(ctx)
        attrs = [f'"phoneNumber":["{m("PHONE", phone(ctx, lang))}"]']
        if r.random() < 0.7:
            attrs.append(f'"birthdate":["{m("DATE_OF_BIRTH", f"{y}-{mo:02d}-{dd:02d}")}"]')
        if r.random() < 0.4:
            attrs.append(f'"street":["{m("STREET_ADDRESS", r.choice(STREETS[lang]))}"]')
        users.append(
            f'{{"id":"{d("uuid", ctx.uuid())}","createdTimestamp":{d("epoch-ms", "17" + ctx.digits(11))},'
            f'"username":"{g[0].lower()}.{s.lower().replace(" ", "")}","enabled":true,'
            f'"firstName":"{m("PERSON", g)}","lastName":"{m("PERSON", s)}","email":"{m("EMAIL", email(ctx, lang, g, s))}",'
            f'"attributes":{{{",".join(attrs)}}},'
            f'"credentials":[{{"type":"password","createdDate":{d("epoch-ms", "17" + ctx.digits(11))},'
            f'"secretData":"{{\\"value\\":\\"{d("hash", ctx.alnum(43) + "=")}\\"}}"}}]}}'
        )
    return (
        f'{{"realm":"{realm}","enabled":true,'
        f'"smtpServer":{{"host":"smtp.{dom}","port":"587","from":"{m("EMAIL", smtp_user)}","fromDisplayName":"{realm.title()} Login",'
        f'"auth":"true","starttls":"true","user":"{m("EMAIL", smtp_user)}","password":"{m("SECRET", ctx.password())}"}},'
        f'"clients":[{{"clientId":"{realm}-web","secret":"{m("SECRET", ctx.alnum(32))}"}}],'
        f'"users":[{",".join(users)}]}}'
    )


def _kp_entry(ctx: Ctx, title: str, user: str, pw: str, url: str, notes: str) -> str:
    r = ctx.rng
    t = f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
    uid = d("uuid-b64", ctx.alnum(22) + "==") if r.random() < 0.3 else ctx.alnum(22) + "=="
    parts = [
        f"<Entry><UUID>{uid}</UUID>",
        f"<String><Key>Title</Key><Value>{title}</Value></String>",
    ]
    if user:
        parts.append(f"<String><Key>UserName</Key><Value>{user}</Value></String>")
    if pw:
        parts.append(
            f'<String><Key>Password</Key><Value ProtectInMemory="True">{pw}</Value></String>'
        )
    if url:
        parts.append(f"<String><Key>URL</Key><Value>{url}</Value></String>")
    if notes:
        parts.append(f"<String><Key>Notes</Key><Value>{notes}</Value></String>")
    parts[-1] += "</Entry>"
    if r.random() < 0.25:
        parts.insert(
            1, f"<Times><LastModificationTime>{d('timestamp', t)}</LastModificationTime></Times>"
        )
    return "\n".join("  " + p for p in parts)


def _xml_pw(ctx: Ctx) -> str:
    while True:
        pw = ctx.password()
        if not set(pw) & set("&<>"):
            return pw


def keepass(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    g, s = person(ctx, lang)
    entries = []
    bank = {
        "en": "Online banking",
        "de": "Onlinebanking",
        "fr": "Banque en ligne",
        "es": "Banca online",
        "it": "Home banking",
        "nl": "Internetbankieren",
        "pt": "Homebanking",
    }[lang]
    acct = ctx.iban("GB") if lang == "en" else iban(ctx, lang, False)
    entries.append(
        _kp_entry(
            ctx,
            bank,
            d("customer-no", ctx.digits(10)),
            m("SECRET", _xml_pw(ctx)),
            "",
            f"IBAN {m('IBAN', acct)}",
        )
    )
    if r.random() < 0.6:
        entries.append(
            _kp_entry(
                ctx, "Mail", m("EMAIL", email(ctx, lang, g, s)), m("SECRET", _xml_pw(ctx)), "", ""
            )
        )
    if r.random() < 0.6:
        entries.append(
            _kp_entry(
                ctx,
                "Router",
                "admin",
                m("SECRET", _xml_pw(ctx)),
                f"http://{m('IP_ADDRESS', ctx.ip4(private=True))}/",
                {
                    "en": "WiFi key",
                    "de": "WLAN-Schlüssel",
                    "fr": "Clé Wi-Fi",
                    "es": "Clave wifi",
                    "it": "Chiave Wi-Fi",
                    "nl": "Wifi-sleutel",
                    "pt": "Chave Wi-Fi",
                }[lang]
                + f": {m('SECRET', _xml_pw(ctx))}",
            )
        )
    if r.random() < 0.4:
        user = r.choice(["nas", "backup", "media"])
        cred = f"{user}:{ctx.alnum(16)}"
        entries.append(
            _kp_entry(
                ctx,
                "NAS",
                user,
                "",
                f"https://{m('URL_CREDENTIALS', cred)}@{m('IP_ADDRESS', ctx.ip4(private=True))}:5001/",
                "",
            )
        )
    if r.random() < 0.6:
        card = ctx.card(sep=" ")
        holder = m("PERSON", f"{g.upper()} {s.upper()}")
        entries.append(
            _kp_entry(
                ctx,
                "Visa" if card[0] == "4" else "Kreditkarte" if lang == "de" else "Card",
                "",
                m("SECRET", ctx.uniq(lambda: ctx.digits(r.choice([4, 5, 6])))),
                "",
                f"{m('CREDIT_CARD', card)} {d('expiry', f'{r.randint(1, 12):02d}/{r.randint(27, 31)}')} CVC {d('cvc', ctx.digits(3))} {holder}",
            )
        )
    if r.random() < 0.3:
        entries.append(
            _kp_entry(
                ctx,
                "GitHub",
                f"{g.lower()}{r.randint(1, 99)}",
                m("SECRET", _xml_pw(ctx)),
                "https://github.com/login",
                f"token {m('SECRET', ctx.token('ghp'))}",
            )
        )
    return (
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<KeePassFile>\n<Meta><Generator>KeePass</Generator>'
        f"<DatabaseName>{r.choice(['Passwords', 'Privat', 'Home', 'Familie'])}</DatabaseName>\n<DefaultUserName>{m('PERSON', f'{g} {s}')}</DefaultUserName></Meta>\n"
        "<Root><Group><Name>Root</Name>\n"
        + "\n".join(entries)
        + "\n</Group></Root>\n</KeePassFile>"
    )
