# ruff: noqa: E501
"""Templates, data exports: Kafka consumer output, mobile app preference dumps, a browser's
autofill database dumped with sqlite3, Google Contacts CSV exports.
"""

from __future__ import annotations

from h11_ctx import Ctx
from h11_markup import D, M
from h11_pools import ascii_fold, birth_ymd, fmt_date, split_town, stamp


def t_kafka(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    topic = r.choice(["customer-events", "crm.customer.v2", "accounts-cdc", "onboarding.events"])
    reg = ""
    if r.random() < 0.5:
        reg = f" -s value=avro -r https://{M('URL_CREDENTIALS', c.urlcred('sr-' + r.choice(['reader', 'ops', 'etl']), lang))}@schema-registry.internal:8081"
    out = [
        f"$ kcat -C -b kafka-{r.randint(1, 3)}.internal:9093 -X sasl.username=svc-{topic.split('.')[0].split('-')[0]}-reader -X sasl.password={M('SECRET', c.token('rnd')[:32])} -t {topic}{reg} -o -{r.randint(3, 9)} -e -f 'p=%p o=%o k=%k\\n%s\\n'"
    ]
    g, s = c.person(lang)
    cid = f"cust-{c.num(8)}"
    off = r.randint(100000, 9999999)
    part = r.randint(0, 11)
    mail = c.email(g, s)
    ph = c.phone_obj(lang)
    st, town = c.street(lang), c.town(lang)
    pc, city = split_town(town)
    dob = fmt_date(r, lang, birth_ymd(r), "iso")
    ts = stamp(r, "T") + "Z"
    out.append(f"p={part} o={off} k={D('customer-id', cid)}")
    out.append(
        f'{{"type":"customer.updated","ts":"{D("timestamp", ts)}","customer":{{"id":"{cid}","firstName":"{M("PERSON", g)}","lastName":"{M("PERSON", s)}","email":"{M("EMAIL", mail)}","phone":"{M("PHONE", "+" + ph.cc + ph.nsn)}","birthDate":"{M("DATE_OF_BIRTH", dob)}","address":{{"street":"{M("STREET_ADDRESS", st)}","zip":"{pc}","city":"{city}"}}}},"traceId":"{c.hexs(32)}"}}'
    )
    off += r.randint(1, 4)
    kind = r.random()
    out.append(f"p={part} o={off} k={cid}")
    if lang == "en" and kind < 0.6:
        out.append(
            f'{{"type":"customer.kyc_submitted","ts":"{stamp(r, "T")}Z","customer":{{"id":"{cid}","ssn":"{M("US_SSN", c.ssn(styled=True))}","dob":"{M("DATE_OF_BIRTH", dob)}","idv_provider":"veriff","score":{r.randint(40, 99)}}}}}'
        )
    elif kind < 0.6:
        pan = c.card()
        out.append(
            f'{{"type":"payment.authorized","ts":"{stamp(r, "T")}Z","order":"{D("order", "ORD-" + c.num(9))}","amount":{r.randint(500, 90000)},"currency":"EUR","card":{{"pan":"{M("CREDIT_CARD", pan)}","exp":"{r.randint(1, 12):02d}/{r.randint(27, 31)}","holder":"{M("PERSON", ascii_fold(g + " " + s).upper())}"}}}}'
        )
    else:
        iban = c.iban(lang)
        out.append(
            f'{{"type":"payment.mandate_created","ts":"{stamp(r, "T")}Z","mandate":{{"reference":"{D("mandate", "MNDT-" + c.num(10))}","iban":"{M("IBAN", iban)}","holder":"{M("PERSON", f"{g} {s}")}","signedAt":"{D("date", f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")}"}}}}'
        )
    if r.random() < 0.5:
        g2, s2 = c.person(lang)
        out.append(f"p={r.randint(0, 11)} o={r.randint(100000, 9999999)} k=cust-{c.num(8)}")
        out.append(
            f'{{"type":"customer.login","ts":"{stamp(r, "T")}Z","customer":{{"email":"{M("EMAIL", c.email(g2, s2))}"}},"ip":"{M("IP_ADDRESS", c.ipv4(True) if r.random() < 0.7 else c.ipv6())}","userAgent":"Mozilla/5.0 (Linux; Android 14)","appVersion":"{D("version", f"{r.randint(3, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}")}"}}'
        )
    out.append(
        f"% Reached end of topic {topic} [{part}] at offset {off + r.randint(1, 9)}: exiting"
    )
    return "log", "\n".join(out)


def t_prefs(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = c.person(lang)
    mail = c.email(g, s)
    ph = c.phone_obj(lang, mobile=True)
    tok = c.jwt(c.uuid())
    refresh = c.token("rnd")
    ip = c.ipv4(True) if r.random() < 0.7 else c.ipv6()
    app = r.choice(
        ["com.example.lieferbox", "com.example.mobility", "app.example.kita", "com.example.fitclub"]
    )
    if r.random() < 0.55:
        out = [
            f"$ adb shell run-as {app} cat shared_prefs/{app}_preferences.xml",
            "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>",
            "<map>",
        ]
        out.append(f'    <string name="access_token">{M("SECRET", tok)}</string>')
        out.append(f'    <string name="refresh_token">{M("SECRET", refresh)}</string>')
        out.append(
            f'    <long name="token_expires_at" value="{D("timestamp", str(r.randint(1767000000000, 1790000000000)))}" />'
        )
        out.append(f'    <string name="user_email">{M("EMAIL", mail)}</string>')
        out.append(f'    <string name="user_display_name">{M("PERSON", f"{g} {s}")}</string>')
        out.append(f'    <string name="user_phone">{M("PHONE", "+" + ph.cc + ph.nsn)}</string>')
        if r.random() < 0.6:
            out.append(
                f'    <string name="delivery_street">{M("STREET_ADDRESS", c.street(lang))}</string>'
            )
            out.append(f'    <string name="delivery_city">{c.town(lang)}</string>')
        out.append(
            f'    <string name="fcm_token">{D("fcm-token", c.hexs(11) + ":APA91b" + c.hexs(40))}</string>'
        )
        out.append(f'    <string name="installation_id">{D("uuid", c.uuid())}</string>')
        out.append(f'    <string name="last_login_ip">{M("IP_ADDRESS", ip)}</string>')
        if r.random() < 0.3:
            cred = M(
                "URL_CREDENTIALS", c.urlcred("qa-" + r.choice(["tester", "build", "stage"]), lang)
            )
            out.append(
                f'    <string name="debug_api_base">https://{cred}@staging-api.example.com/v2</string>'
            )
        out.append(
            f'    <string name="app_version">{D("version", f"{r.randint(2, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)}")}</string>'
        )
        out.append('    <boolean name="onboarding_done" value="true" />')
        out.append("</map>")
    else:
        out = [f"$ plutil -p Library/Preferences/{app}.plist", "{"]
        out.append(f'  "accessToken" => "{M("SECRET", tok)}"')
        out.append(
            f'  "appVersion" => "{D("version", f"{r.randint(2, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)}")}"'
        )
        out.append(f'  "deviceId" => "{D("uuid", c.uuid().upper())}"')
        out.append(f'  "lastKnownIP" => "{M("IP_ADDRESS", ip)}"')
        out.append(f'  "profile.email" => "{M("EMAIL", mail)}"')
        out.append(f'  "profile.firstName" => "{M("PERSON", g)}"')
        out.append(f'  "profile.lastName" => "{M("PERSON", s)}"')
        out.append(f'  "profile.mobile" => "{M("PHONE", ph.intl(" "))}"')
        if r.random() < 0.5:
            out.append(
                f'  "profile.birthday" => "{M("DATE_OF_BIRTH", fmt_date(r, lang, birth_ymd(r), "iso"))}"'
            )
        out.append(f'  "refreshToken" => "{M("SECRET", refresh)}"')
        out.append(f'  "tokenExpiry" => {D("timestamp", str(r.randint(1767000000, 1790000000)))}')
        out.append("}")
    return "config", "\n".join(out)


AUTOFILL_FIELDS = {
    "en": ("phone", "dob", "address1", "card_number", "member_no"),
    "de": ("telefon", "geburtsdatum", "strasse", "kartennummer", "kundennr"),
    "fr": ("telephone", "date_naissance", "adresse", "numero_carte", "num_client"),
    "es": ("telefono", "fecha_nacimiento", "direccion", "num_tarjeta", "num_cliente"),
    "it": ("cellulare", "data_nascita", "indirizzo", "numero_carta", "codice_cliente"),
    "nl": ("telefoon", "geboortedatum", "adres", "kaartnummer", "klantnummer"),
    "pt": ("telemovel", "data_nascimento", "morada", "numero_cartao", "num_cliente"),
}


def t_autofill(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    f_tel, f_dob, f_str, f_card, f_cust = AUTOFILL_FIELDS[lang]
    g, s = c.person(lang)
    mail = c.email(g, s)
    tel = c.phone(lang)
    dob = c.dob(lang, "num")
    st = c.street(lang)

    def row(name: str, v: str, lower: str | None = None) -> str:
        t0 = r.randint(1690000000, 1760000000)
        return f"INSERT INTO autofill VALUES('{name}','{v}','{lower if lower is not None else v}',{t0},{t0 + r.randint(1000, 9999999)},{r.randint(1, 40)});"

    out = [
        '$ sqlite3 ~/.config/google-chrome/Default/"Web Data" ".dump autofill"',
        "PRAGMA foreign_keys=OFF;",
        "BEGIN TRANSACTION;",
        "CREATE TABLE autofill (name VARCHAR, value VARCHAR, value_lower VARCHAR, date_created INTEGER, date_last_used INTEGER, count INTEGER);",
    ]
    rows = [
        row("email", M("EMAIL", mail), M("EMAIL", mail.lower())),
        row("firstname", M("PERSON", g), M("PERSON", g.lower())),
        row("lastname", M("PERSON", s), M("PERSON", s.lower())),
        row(f_tel, M("PHONE", tel)),
        row(f_dob, M("DATE_OF_BIRTH", dob)),
        row(f_str, M("STREET_ADDRESS", st), M("STREET_ADDRESS", st.lower())),
        row(f_cust, D("customer-id", c.num(8))),
    ]
    if r.random() < 0.4:
        rows.append(
            row(
                "coupon",
                D("coupon", f"{r.choice(['SPRING', 'WELCOME', 'VIP'])}{r.randint(10, 30)}"),
            )
        )
    if r.random() < 0.4:
        del rows[2]  # no last name typed on this profile
    if r.random() < 0.35:
        pan = c.card()
        rows.append(row(f_card, M("CREDIT_CARD", pan)))
    if r.random() < 0.4:
        iban = c.iban(lang)
        rows.append(row("iban", M("IBAN", iban), M("IBAN", iban.lower())))
    if lang == "en" and r.random() < 0.5:
        rows.append(
            row("ssn", M("US_SSN", c.ssn().replace("-", "") if r.random() < 0.5 else c.ssn()))
        )
    if r.random() < 0.4:
        rows.append(row("password", M("SECRET", c.password(lang))))
    rows.append(
        row(
            "q",
            r.choice(
                [
                    "wohnung mieten",
                    "cheap flights lisbon",
                    "horaires piscine",
                    "receta paella",
                    "meteo domani",
                    "fietsenmaker open",
                    "farmacia de servico",
                ]
            ),
        )
    )
    r.shuffle(rows)
    t_first = rows[0].rsplit(",", 3)
    rows[0] = ",".join([t_first[0], D("timestamp", t_first[1]), *t_first[2:]])
    out += rows
    out.append("COMMIT;")
    return "sql", "\n".join(out)


GC_NOTES = {
    "en": ["gate code {k}", "alarm {k} then #", "SSN {ssn}", "kids' dentist Tue"],
    "de": ["Torcode {k}", "Alarmanlage {k}", "Schlüssel beim Nachbarn", "Kita-Abholung Di"],
    "fr": ["code portail {k}", "digicode {k}", "clé chez la voisine", "nounou le mercredi"],
    "es": ["código portal {k}", "alarma {k}", "llave en la portería", "dentista martes"],
    "it": ["codice cancello {k}", "allarme {k}", "chiavi dalla vicina", "pediatra martedì"],
    "nl": ["poortcode {k}", "alarmcode {k}", "sleutel bij buren", "oppas woensdag"],
    "pt": ["código do portão {k}", "alarme {k}", "chave na vizinha", "dentista terça"],
}
GC_LABEL = {"en": ("Mobile", "Home", "Family"), "de": ("Mobil", "Privat", "Familie"), "fr": ("Mobile", "Domicile", "Famille"),
            "es": ("Móvil", "Casa", "Familia"), "it": ("Cellulare", "Casa", "Famiglia"), "nl": ("Mobiel", "Thuis", "Familie"),
            "pt": ("Telemóvel", "Casa", "Família")}  # fmt: skip


def t_gcontacts(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    mob, home, fam = GC_LABEL[lang]
    out = [
        "First Name,Last Name,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Postal Code"
    ]
    for _ in range(r.choice([2, 2, 3])):
        g, s = c.person(lang)
        y, m, d = birth_ymd(r, 1938, 2019)
        bday = (
            M(
                "DATE_OF_BIRTH",
                f"{y}-{m:02d}-{d:02d}" if r.random() < 0.75 else f"--{m:02d}-{d:02d}",
            )
            if r.random() < 0.7
            else ""
        )
        note = ""
        if r.random() < 0.35:
            tmpl = r.choice(GC_NOTES[lang])
            if "{ssn}" in tmpl:
                note = tmpl.format(ssn=M("US_SSN", c.ssn(styled=True)))
            elif "{k}" in tmpl:
                note = tmpl.format(k=M("SECRET", c.code(r.choice([4, 4, 5, 6]))))
            else:
                note = tmpl
        mail = M("EMAIL", c.email(g, s)) if r.random() < 0.8 else ""
        p1 = M("PHONE", c.phone(lang, r.choice(["intl", "nat", "e164"]), mobile=True))
        p2 = ""
        if r.random() < 0.3:
            p2 = M("PHONE", c.phone(lang, "nat", mobile=False))
        if r.random() < 0.25:
            p1 = p1 + " ::: " + M("PHONE", c.phone(lang, "intl", mobile=True))
        addr = street = city = pc = ""
        if r.random() < 0.55:
            st, town = c.street(lang), c.town(lang)
            pc, city = split_town(town)
            addr = f'"{M("STREET_ADDRESS", st)}\n{town}"'
            street = f'"{M("STREET_ADDRESS", st)}"' if "," in st else M("STREET_ADDRESS", st)
        out.append(
            ",".join(
                [
                    M("PERSON", g),
                    M("PERSON", s),
                    bday,
                    note,
                    f"* myContacts ::: {fam}" if r.random() < 0.5 else "* myContacts",
                    "* Home" if mail else "",
                    mail,
                    mob,
                    p1,
                    home if p2 else "",
                    p2,
                    home if addr else "",
                    addr,
                    street,
                    city,
                    pc,
                ]
            )
        )
    return "csv", "\n".join(out)
