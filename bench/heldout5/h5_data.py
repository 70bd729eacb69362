"""Data and machine templates: ATS, gym and loyalty exports, CRM CSV dumps, helpdesk JSON,
wiki pages, code review comments, Dockerfiles, CI files, crash reports and SQL result tables.
"""

# ruff: noqa: E501, RUF001
# Templates are text: their lines are as long as the sentences they hold, with real dashes.

from __future__ import annotations

import json
from collections.abc import Callable

from h5_decoys import decoy
from h5_pools import WORD
from h5_values import Ctx

COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}
HEAD = {
    "en": "candidate_id,full_name,email,mobile,date_of_birth,address,applied",
    "de": "bewerber_id;name;e_mail;mobil;geburtsdatum;anschrift;eingang",
    "fr": "id_candidat;nom_complet;courriel;portable;date_naissance;adresse;reçu_le",
    "es": "id_candidato;nombre_completo;correo;movil;fecha_nacimiento;direccion;recibido",
}  # fmt: skip


def ats(c: Ctx, lang: str) -> str:
    sep = "," if lang == "en" else ";"
    rows = [HEAD[lang]]
    for _ in range(c.rng.randint(3, 5)):
        st = c.street(lang)
        if sep == "," and "," in st:
            st = f'"{st}"'
        rows.append(
            sep.join(
                [
                    decoy(c, "member"),
                    c.person(lang),
                    c.email(lang),
                    c.phone(lang),
                    c.dob(lang),
                    st,
                    decoy(c, "date"),
                ]
            )
        )
    return "\n".join(rows)


def gym(c: Ctx, lang: str) -> str:
    lines = ["MEMBER_NO | SURNAME | FIRST | BIRTH | PHONE | IBAN | JOINED | FEE"]
    for _ in range(c.rng.randint(3, 4)):
        g, s = c.given(lang), c.surname(lang)
        lines.append(" | ".join([decoy(c, "member"), f"⟦PERSON|{s.upper()}⟧", f"⟦PERSON|{g}⟧", c.dob(lang),
                                 c.phone(lang), c.iban(COUNTRY[lang]), decoy(c, "date"),
                                 decoy(c, "price", lang)]))  # fmt: skip
    return "Membership export (club management system)\n" + "\n".join(lines)


def loyalty(c: Ctx, lang: str) -> str:
    out = []
    for _ in range(c.rng.randint(3, 4)):
        row = {"loyalty_id": "@M", "name": "@P", "email": "@E", "birthday": "@D", "points": c.rng.randint(10, 9000),
               "last_item_ean": "@R", "card_token": "@T", "gift_card": "@G"}  # fmt: skip
        out.append(json.dumps(row, ensure_ascii=False))
    text = "\n".join(out)
    makers: tuple[tuple[str, Callable[[], str]], ...] = (("@M", lambda: decoy(c, "member")), ("@P", lambda: c.person(lang)),
                      ("@E", lambda: c.email(lang)), ("@D", lambda: c.dob(lang)),
                      ("@R", lambda: decoy(c, "ean")), ("@G", lambda: c.bad_card()), ("@T", lambda: decoy(c, "uuid")))  # fmt: skip
    for key, make in makers:
        while key in text:
            text = text.replace(key, make(), 1)
    return text


def salesforce(c: Ctx, lang: str) -> str:
    rows = [
        '"Id","FirstName","LastName","Email","Phone","MailingStreet","Birthdate","LastModifiedDate"'
    ]
    for _ in range(c.rng.randint(3, 5)):
        sid = "003" + "".join(
            c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijk0123456789") for _ in range(15)
        )
        rows.append(",".join(f'"{x}"' for x in [
            f"⟦DECOY:sfid|{sid}⟧", c.person(lang, "given"), c.person(lang, "surname"), c.email(lang),
            c.phone(lang), c.street(lang), c.dob(lang), decoy(c, "timestamp")]))  # fmt: skip
    return "\n".join(rows)


def zendesk(c: Ctx, lang: str) -> str:
    w = WORD[lang]
    body = {"en": "I can't log in, my {pw} was {x}. my card {cc} got charged twice",
            "de": "Ich komme nicht rein, das {pw} war {x}. Karte {cc} wurde doppelt belastet",
            "fr": "Impossible de me connecter, le {pw} était {x}. Ma carte {cc} a été débitée deux fois",
            "es": "No puedo entrar, la {pw} era {x}. Me cobraron dos veces en la tarjeta {cc}",
            }[lang].format(pw=w["pw"], x=c.password(), cc=c.card())  # fmt: skip
    return (
        f'{{"ticket": {{"id": {c.rng.randint(10000, 99999)}, "external_id": "{decoy(c, "uuid")}",\n'
        f' "requester": {{"name": "{c.person(lang)}", "email": "{c.email(lang)}", "phone": "{c.phone(lang)}"}},\n'
        f' "subject": "{decoy(c, "order")}", "description": "{body}",\n'
        f' "via": {{"channel": "web", "source": {{"from": {{"ip": "{c.ip()}"}}}}}},\n'
        f' "custom_fields": [{{"id": 360001, "value": "{decoy(c, "version")}"}}], "created_at": "{decoy(c, "timestamp")}"}}}}'
    )


def notion(c: Ctx, lang: str) -> str:
    w = WORD[lang]
    return (
        f"# Onboarding – {c.person(lang)}\n\n> Owner: {c.person(lang)} · last edited {decoy(c, 'date')}\n\n"
        f"| field | value |\n|---|---|\n| {w['born']} | {c.dob(lang)} |\n| {w['addr']} | {c.street(lang)} |\n"
        f"| {w['phone']} | {c.phone(lang)} |\n| laptop MAC | {decoy(c, 'mac')} |\n| VPN IP | {c.ip()} |\n\n"
        f"## Accounts\n- Wi-Fi guest {w['pw']}: {c.password()}\n- Jira: ask @{c.person(lang, 'given')}\n"
        f"- Page id {decoy(c, 'uuid')}, template v{decoy(c, 'version')}"
    )


def review(c: Ctx, lang: str) -> str:
    note = {"en": "please don't commit this, it's the real staging password",
            "de": "bitte nicht einchecken, das ist das echte Staging-Passwort",
            "fr": "merci de ne pas committer ça, c'est le vrai mot de passe de recette",
            "es": "no subas esto, es la contraseña real de preproducción"}[lang]  # fmt: skip
    return (
        f"{c.person(lang)} commented on settings/staging.py line 42 ({decoy(c, 'git')}):\n"
        f'```python\nDATABASE_URL = "postgres://{c.userinfo()}@{c.ip()}:5432/crm"\n'
        f'SENTRY_RELEASE = "{decoy(c, "version")}"\nADMIN_EMAIL = "{c.email(lang)}"\n'
        f'STRIPE_KEY = "{c.token("sk_live_", 24)}"\n```\n> {note}. {c.person(lang, "given")}, rotate it?\n'
        f"Build {decoy(c, 'build')} is green anyway."
    )


def dockerfile(c: Ctx, lang: str) -> str:
    return (
        f"# maintainer: {c.person(lang)} <{c.email(lang)}>\nFROM python:3.12-slim@sha256:{c.rng.randint(10**9, 10**10)}\n"
        f"ARG PIP_INDEX_URL=https://{c.userinfo()}@pypi.internal/simple\n"
        f"ENV APP_VERSION={decoy(c, 'version')} \\\n    REDIS_URL=redis://{c.url_password()}@{c.ip()}:6379/0 \\\n"
        f"    GITHUB_TOKEN={c.token('ghp_', 36)}\nEXPOSE 8080\nHEALTHCHECK CMD curl -f http://{decoy(c, 'loopback')}:8080/health\n"
    )


def ci(c: Ctx, lang: str) -> str:
    return (
        f'# .gitlab-ci.yml (pasted by {c.person(lang)})\nvariables:\n  DEPLOY_HOST: "{c.ip()}"\n'
        f'  DEPLOY_PASSWORD: "{c.password()}"\n  AWS_SECRET_ACCESS_KEY: "{c.token("", 40)}"\n'
        f'  IMAGE_TAG: "{decoy(c, "git")}"\n  ALLOWED_NET: "{c.ip(cidr=True)}"\n'
        f'deploy:\n  script:\n    - sshpass -p "$DEPLOY_PASSWORD" ssh deploy@$DEPLOY_HOST\n    - echo release {decoy(c, "version")}\n'
    )


def crash(c: Ctx, lang: str) -> str:
    return (
        f"Crash report {decoy(c, 'uuid')} – app {decoy(c, 'version')} build {decoy(c, 'build')}\n"
        f"User: {c.email(lang)} (id {decoy(c, 'member')}), client IP {c.ip(v6=c.rng.random() < 0.3)}\n"
        f'Traceback (most recent call last):\n  File "checkout/views.py", line 218, in pay\n'
        f'    charge(card="{c.card()}", voucher="{c.bad_card()}", name="{c.person(lang)}", amount={c.rng.randint(5, 900)})\n'
        f"stripe.error.CardError: declined\nLocals: billing_address='{c.street(lang)}', phone='{c.phone(lang)}', session='{decoy(c, 'md5')}'\n"
    )


def sql(c: Ctx, lang: str) -> str:
    head = " id | name                 | ssn         | dob        | email"
    rows = [f"crm=> SELECT id, name, ssn, dob, email FROM patients WHERE clinic = {c.rng.randint(2, 90)};", head,
            "----+----------------------+-------------+------------+------------------------"]  # fmt: skip
    n = c.rng.randint(3, 5)
    for _ in range(n):
        rows.append(
            f" {c.rng.randint(100, 999)} | {c.person(lang)} | {c.ssn()} | {c.dob('en')} | {c.email(lang)}"
        )
    rows.append(f"({n} rows)\nTime: {c.rng.randint(1, 90)}.{c.rng.randint(100, 999)} ms")
    return "\n".join(rows)


TEMPLATES = {
    "ats": ("csv", ats), "gym": ("table", gym), "loyalty": ("jsonl", loyalty),
    "sfdc": ("csv", salesforce), "zendesk": ("json", zendesk), "notion": ("markdown", notion),
    "review": ("review", review), "docker": ("dockerfile", dockerfile), "ci": ("config", ci),
    "crash": ("log", crash), "sql": ("sql", sql),
}  # fmt: skip
