"""Generated texts of the structured kinds (CSV, JSON, .env, YAML, INI, shell) and e-mails.

Each maker returns markup (see values.mark) for one text.
"""

from __future__ import annotations

import json

import templates as t
import values as v

COLS = {  # header words per language: name, email, phone, birth date, IBAN, street
    "en": ("full_name", "email", "phone", "date_of_birth", "iban", "street"),
    "de": ("name", "e_mail", "telefon", "geburtsdatum", "iban", "strasse"),
    "fr": ("nom_complet", "courriel", "telephone", "date_naissance", "iban", "adresse"),
    "es": ("nombre", "correo", "telefono", "fecha_nacimiento", "iban", "direccion"),
}


def csv_text(rng: v.R, lang: str) -> str:
    sep = rng.choice([",", ";", "\t"])
    name, mail, tel, birth, iban, street = COLS[lang]
    header = ["id", name, mail, tel, birth, iban, street, "order_ref", "created_at", "loyalty_no"]
    if lang == "en":
        header.insert(5, "ssn")
    rows = [sep.join(header)]
    for i in range(rng.randint(2, 5)):
        person = v.person_name(rng, lang)
        street_mk = v.street(rng, lang)
        if sep == "," and "," in street_mk:
            street_mk = '"' + street_mk + '"'
        cells = [str(1000 + i * 7), v.mark("PERSON", person), v.email(rng, lang, person),
                 v.phone(rng, lang), v.dob(rng, lang, iso=rng.random() < 0.5), v.iban(rng),
                 street_mk, v.decoy(rng, "order"), v.decoy(rng, "timestamp"),
                 v.bad_card(rng)]  # fmt: skip
        if lang == "en":
            cells.insert(5, v.ssn(rng))
        rows.append(sep.join(cells))
    return "\n".join(rows)


def json_text(rng: v.R, lang: str) -> str:
    """A JSON record; markup is put in after dumping so offsets stay exact."""
    person = v.person_name(rng, lang)
    slots = {
        "@NAME": v.mark("PERSON", person), "@MAIL": v.email(rng, lang, person),
        "@TEL": v.phone(rng, lang), "@DOB": v.dob(rng, lang, iso=True), "@CARD": v.card(rng),
        "@IP": v.ip(rng), "@KEY": v.secret(rng), "@ID": v.decoy(rng, "uuid"),
        "@VER": v.decoy(rng, "version"), "@SUM": v.decoy(rng, "sha256"), "@SSN": v.ssn(rng),
    }  # fmt: skip
    keys = rng.choice([
        {"id": "@ID",
         "customer": {"name": "@NAME", "email": "@MAIL", "phone": "@TEL", "birthDate": "@DOB"},
         "payment": {"card": "@CARD"}, "client_version": "@VER"},
        {"event": "login", "user": "@MAIL", "remote_addr": "@IP", "request_id": "@ID",
         "sha256": "@SUM"},
        {"service": "billing", "api_key": "@KEY", "build": "@VER", "owner": "@NAME"},
        {"employee": {"fullName": "@NAME", "dateOfBirth": "@DOB", "ssn": "@SSN", "mobile": "@TEL"},
         "ref": "@ID"},
    ])  # fmt: skip
    text = json.dumps(keys, indent=rng.choice([None, 2]), ensure_ascii=False)
    for slot, markup in slots.items():
        text = text.replace(slot, markup.replace('"', '\\"'))
    return text


def env_text(rng: v.R, lang: str) -> str:
    key, secret = v.aws_pair(rng)
    lines = [
        f"APP_VERSION={v.decoy(rng, 'version')}",
        f"DATABASE_URL={v.url_with_credentials(rng)}",
        f"DB_PASSWORD={v.password(rng)}",
        f"OPENAI_API_KEY={v.secret(rng)}",
        f"AWS_ACCESS_KEY_ID={v.mark('SECRET', key)}",
        f"AWS_SECRET_ACCESS_KEY={v.mark('SECRET', secret)}",
        f"SMTP_PASS='{v.password(rng)}'",
        f"ADMIN_EMAIL={v.email(rng, lang)}",
        f"BUILD_SHA={v.decoy(rng, 'git')}",
        f'SESSION_SECRET="{v.password(rng)}"',
        f"LISTEN_ADDR={v.ip(rng)}",
    ]
    rng.shuffle(lines)
    return "\n".join(["# generated for staging", *lines[: rng.randint(5, len(lines))]])


def yaml_text(rng: v.R, lang: str) -> str:
    return "\n".join([
        "database:",
        f"  host: {v.ip(rng)}",
        "  user: app_rw",
        f"  password: \"{v.password(rng)}\"",
        f"  url: {v.url_with_credentials(rng)}",
        "smtp:",
        f"  username: {v.email(rng, lang)}",
        f"  password: '{v.password(rng)}'",
        "integrations:",
        f"  github_token: {v.secret(rng)}",
        f"  webhook_id: {v.decoy(rng, 'uuid')}",
        f"image: registry.example.com/app:{v.decoy(rng, 'version')}",
        f"contact: {v.mark('PERSON', v.person_name(rng, lang))} <{v.email(rng, lang)}>",
    ])  # fmt: skip


def ini_text(rng: v.R, lang: str) -> str:
    return "\n".join([
        "[server]",
        f"bind = {v.ip(rng)}",
        "port = 8443",
        f"checksum = {v.decoy(rng, 'md5')}",
        "",
        "[auth]",
        f"admin_user = {v.email(rng, lang)}",
        f"admin_password = {v.password(rng)}",
        f"api_token = {v.secret(rng)}",
        "",
        "[billing]",
        f"iban = {v.iban(rng)}",
        f"version = {v.decoy(rng, 'version')}",
    ])  # fmt: skip


def shell_text(rng: v.R, lang: str) -> str:
    pw = v.password_value(rng).replace("'", "")
    cmds = [
        f"$ mysql -u root -p'{v.mark('SECRET', pw)}' -h {v.ip(rng)} shop",
        f"$ export GITHUB_TOKEN={v.secret(rng)}",
        f"$ curl -u 'admin:{v.password(rng)}' https://api.example.com/v1/users",
        f"$ git clone {v.url_with_credentials(rng, git=True)}",
        f"$ ssh deploy@{v.ip(rng)}",
        f"$ sha256sum release.tar.gz\n{v.decoy(rng, 'sha256')}  release.tar.gz",
        f"$ git log -1 --format=%H\n{v.decoy(rng, 'git')}",
        f"$ docker login -u ci -p '{v.password(rng)}' registry.example.com",
        f"$ curl -H 'Authorization: Bearer {v.secret(rng)}' https://api.example.net/v2/me",
        f"$ psql {v.url_with_credentials(rng)} -c 'select 1'",
        f"$ pip install llmgate=={v.decoy(rng, 'version')}",
    ]
    rng.shuffle(cmds)
    return "\n".join(cmds[: rng.randint(3, 6)])


def email_text(rng: v.R, lang: str) -> str:
    """Headers, greeting, a body, a signature and sometimes a quoted earlier mail."""
    ctx: dict[str, str] = {}
    body_tpl = rng.choice(t.CHAT[lang] + t.PROSE[lang] + t.TICKET[lang][3:])
    body = t.fill(rng, lang, body_tpl, ctx)
    me = v.mark("PERSON", ctx["me"])
    parts = [
        t.fill(rng, lang, "From: <<me>> <<<myemail>>>\nTo: <<them>> <<<email>>>", ctx),
        f"Subject: {rng.choice(['Re: ', 'AW: ', 'RE : ', 'RV: ', ''])}{v.decoy(rng, 'ticket')}",
        "",
        t.fill(rng, lang, rng.choice(t.GREETING[lang]), ctx),
        "",
        body,
        "",
        rng.choice(t.SIGNOFF[lang]),
        me if rng.random() < 0.5 else f"-- \n{me}",
    ]
    if rng.random() < 0.7:
        parts += [
            rng.choice(
                [
                    "Head of Accounts",
                    "Support Engineer",
                    "Teamleitung Einkauf",
                    "Responsable RH",
                    "Jefa de Ventas",
                ]
            ),
            f"{v.street(rng, lang)}, {rng.choice(v.CITY[lang])}",
            f"{t.SIG_PHONE[lang]}: {v.phone(rng, lang)} | "
            f"{t.SIG_MOBILE[lang]}: {v.phone(rng, lang)}",
        ]
    if rng.random() < 0.5:
        quoted = t.fill(rng, lang, rng.choice(t.CHAT[lang]), ctx)
        parts += ["", t.fill(rng, lang, t.WROTE[lang], ctx)]
        parts += ["> " + line for line in quoted.split("\n")]
    return "\n".join(parts)
