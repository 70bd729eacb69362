"""Machine-text templates of the sixth held-out set: bank statement exports (CSV, MT940),
RSVP exports, GEDCOM family trees, Jupyter output, Alertmanager webhooks, package-manager
configs, Docker auth files, Terraform plans and ``kubectl describe`` output.
"""

from __future__ import annotations

import base64

import h6_values as hv
from h6_markup import Ctx, parse
from h6_pools import MONTHS, PW_WORDS


def statement(c: Ctx) -> tuple[str, str]:
    sep = ";" if c.lang != "en" else ","
    head = {"en": "Date,Payee,Account,Reference,Amount",
            "de": "Buchungstag;Empfänger/Auftraggeber;IBAN;Verwendungszweck;Betrag",
            "fr": "Date;Bénéficiaire;IBAN;Libellé;Montant",
            "es": "Fecha;Beneficiario;IBAN;Concepto;Importe",
            "it": "Data;Beneficiario;IBAN;Causale;Importo",
            "nl": "Datum;Naam tegenpartij;Tegenrekening;Omschrijving;Bedrag",
            "pt": "Data;Beneficiário;IBAN;Descritivo;Montante"}[c.lang]  # fmt: skip
    rows = [head]
    for _ in range(c.rng.randint(3, 6)):
        who, _, _ = c.person()
        ref = c.rng.choice([c.d("invoice"), c.d("statement"), c.d("creditor-id"), c.d("order")])
        rows.append(sep.join([c.d("date"), who, c.iban(), ref, c.d("price")]))
    return "csv", "\n".join(rows)


def mt940(c: Ctx) -> tuple[str, str]:
    own = c.iban()
    lines = [
        ":20:" + c.d("statement"),
        f":25:{own}",
        ":28C:00042/001",
        ":60F:C260301EUR" + str(c.rng.randint(100, 99999)) + ",00",
    ]
    for _ in range(c.rng.randint(2, 4)):
        who, _, _ = c.person()
        amount = f"{c.rng.randint(5, 4000)},{c.rng.randint(0, 99):02d}"
        lines += [
            f":61:2603{c.rng.randint(10, 28)}D{amount}NTRF{c.d('order')}",
            f":86:166?00SEPA-UEBERWEISUNG?20{c.d('invoice')}?31{c.iban()}?32{who}",
        ]
    lines.append(":62F:C260331EUR1234,56")
    return "mt940", "\n".join(lines)


def rsvp(c: Ctx) -> tuple[str, str]:
    head = {"en": "guest_name,email,phone,mailing_address,party_size,birthday",
            "de": "gast;email;telefon;adresse;personen;geburtstag",
            "fr": "invité;email;téléphone;adresse;nb_pers;date_naissance",
            "es": "invitado;email;teléfono;dirección;personas;fecha_nacimiento",
            "it": "ospite;email;telefono;indirizzo;persone;data_nascita",
            "nl": "gast;email;telefoon;adres;personen;geboortedatum",
            "pt": "convidado;email;telefone;morada;pessoas;data_nascimento"}[c.lang]  # fmt: skip
    sep = "," if c.lang == "en" else ";"
    rows = [head]
    for _ in range(c.rng.randint(3, 5)):
        p, g, s = c.person()
        st = c.street(0.2)
        if sep == "," and "," in st:
            st = f'"{st}"'
        rows.append(sep.join([p, c.email(g, s, dodge=0), c.phone(), st,
                              str(c.rng.randint(1, 5)), c.dob()]))  # fmt: skip
    return "csv", "\n".join(rows)


def gedcom(c: Ctx) -> tuple[str, str]:
    out = ["0 HEAD", "1 SOUR FamilySync", f"2 VERS {c.d('version')}", "1 CHAR UTF-8"]
    for i in range(c.rng.randint(2, 3)):
        g, s = c.names()

        def draw() -> str:
            mon = MONTHS["en"][c.rng.randint(0, 11)][:3].upper()
            return f"{c.rng.randint(1, 28)} {mon} {c.rng.randint(1935, 2005)}"

        out += [f"0 @I{i + 1}@ INDI", f"1 NAME {c.v('PERSON', g)} /{c.v('PERSON', s)}/",
                f"1 BIRT\n2 DATE {c.v('DATE_OF_BIRTH', c._unique(draw))}"]  # fmt: skip
        if c.rng.random() < 0.4:
            out.append(f"1 DEAT\n2 DATE {c.d('old-date', f'{c.rng.randint(1, 28)} JUN 1998')}")
        else:
            out += [f"1 RESI\n2 ADDR {c.street()}", f"2 PHON {c.phone()}",
                    f"2 EMAIL {c.email(g, s, dodge=0)}"]  # fmt: skip
    out.append("0 TRLR")
    return "gedcom", "\n".join(out)


def notebook(c: Ctx) -> tuple[str, str]:
    rows = []
    for i in range(c.rng.randint(2, 4)):
        p, g, s = c.person()
        rows.append(f"{i}  {p}  {c.email(g, s, dodge=0)}  {c.dob()}  {c.d('price')}")
    key_line = f'os.environ["SERVICE_API_TOKEN"] = "{c.token()}"'
    # The text a user pastes: cells with their outputs, JSON-escaped as .ipynb stores them.
    src = (
        '{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": '
        f"{c.rng.randint(1, 40)},\n"
        f'   "source": ["import os\\n", "{key_line.replace(chr(34), chr(92) + chr(34))}\\n", '
        '"df = pd.read_csv(\\"customers.csv\\")\\n", "df.head()"],\n'
        '   "outputs": [{"output_type": "stream", "name": "stdout", "text": [\n'
        + ",\n".join(f'     "{r}\\n"' for r in rows)
        + f'\n   ]}}]\n  }}\n ],\n "metadata": {{"kernel_id": "{c.d("uuid")}"}}\n}}'
    )
    return "notebook", src


def alert(c: Ctx) -> tuple[str, str]:
    owner, g, s = c.person()
    body = (
        '{\n  "receiver": "ops-pager",\n  "status": "firing",\n  "alerts": [{\n'
        f'    "labels": {{"alertname": "HostDown", "instance": "{c.ip(v6=0.15)}:9100"}},\n'
        f'    "annotations": {{"owner": "{owner}", "contact": "{c.email(g, s, dodge=0)}", '
        f'"oncall_phone": "{c.phone()}"}},\n'
        f'    "startsAt": "{c.d("timestamp")}",\n    "fingerprint": "{c.d("md5")}",\n'
        f'    "generatorURL": "https://{c.urlcred()}@prometheus.internal:9090/graph"\n'
        f'  }}],\n  "groupKey": "{c.d("uuid")}",\n  "externalURL": "http://{c.d("loopback")}:9093"\n}}'
    )
    return "json", body


def pkgcfg(c: Ctx) -> tuple[str, str]:
    k = c.rng.randint(0, 3)
    host = c.rng.choice(["registry.internal", "pkgs.corp.test", "artifacts.example.com"])
    who, g, s = c.person()
    if k == 0:
        return "config", (
            f"# ~/.npmrc  ({who})\nregistry=https://{host}/npm/\n//{host}/npm/:_authToken="
            f"{c.token()}\nemail={c.email(g, s, dodge=0)}\nalways-auth=true"
        )
    if k == 1:
        return "config", (
            f"# ~/.pypirc\n[distutils]\nindex-servers = internal\n\n[internal]\n"
            f"repository = https://{host}/pypi/\nusername = {g.lower()}\npassword = {c.pw()}\n\n"
            f"# pip.conf\n[global]\nindex-url = https://{c.urlcred(g.lower())}@{host}/simple/"
        )
    if k == 2:
        return "xml", (
            f"<!-- settings.xml of {who} -->\n<settings>\n  <servers>\n    <server>\n"
            f"      <id>releases</id>\n      <username>{g.lower()}</username>\n"
            f"      <password>{c.pw()}</password>\n    </server>\n  </servers>\n"
            f"  <mirrors><mirror><url>https://{host}/maven2/</url></mirror></mirrors>\n"
            f"  <!-- nexus {c.d('version')} -->\n</settings>"
        )
    return "xml", (
        f'<configuration>\n  <packageSources>\n    <add key="corp" value="https://{host}/nuget/" '
        f"/>\n  </packageSources>\n  <packageSourceCredentials>\n    <corp>\n"
        f'      <add key="Username" value="{g.lower()}" />\n'
        f'      <add key="ClearTextPassword" value="{c.pw()}" />\n    </corp>\n'
        f"  </packageSourceCredentials>\n</configuration>"
    )


def dockercfg(c: Ctx) -> tuple[str, str]:
    user = c.rng.choice(["ci-bot", "deploy", "builder"])
    pw_marked = c.pw()
    pw = parse(pw_marked)[0]
    auth = base64.b64encode(f"{user}:{pw}".encode()).decode()
    auth_marked = c.v("SECRET", auth)
    c.seen.add(auth.lower())
    tok = parse(c.token())[0]
    auth2 = c.v("SECRET", base64.b64encode(f"octo-{user}:{tok}".encode()).decode())
    return "json", (
        '{\n  "auths": {\n    "registry.internal:5000": {\n'
        f'      "auth": "{auth_marked}"\n    }},\n    "ghcr.io": {{\n'
        f'      "auth": "{auth2}"\n'
        f'    }}\n  }},\n  "credsStore": "", "currentContext": "default",\n'
        f'  "HttpHeaders": {{"User-Agent": "Docker-Client/{c.d("version")} (linux)"}}\n}}'
    )


def tfplan(c: Ctx) -> tuple[str, str]:
    _who, g, s = c.person()
    return "log", (
        "Terraform will perform the following actions:\n\n"
        "  # azurerm_postgresql_flexible_server.main will be created\n"
        '  + resource "azurerm_postgresql_flexible_server" "main" {\n'
        f'      + administrator_login          = "pgadmin"\n'
        f'      + administrator_password       = "{c.pw()}"\n'
        f"      + id                           = (known after apply)\n"
        f'      + version                      = "{c.rng.randint(12, 16)}"\n'
        f"      + tags                         = {{\n"
        f'          + "owner" = "{c.email(g, s, dodge=0)}"\n'
        f'          + "build" = "{c.d("git")}"\n        }}\n    }}\n\n'
        "  # azurerm_postgresql_flexible_server_firewall_rule.office will be created\n"
        f'  + start_ip_address = "{c.ip(v6=0)}"\n'
        f"\nPlan: 2 to add, 0 to change, 0 to destroy. (run {c.d('uuid')})"
    )


def kdescribe(c: Ctx) -> tuple[str, str]:
    pod = c.d("pod")
    cache = ""
    if c.rng.random() < 0.5:  # Redis writes an empty user: the credential is ":password"
        pw = c._unique(lambda: hv.url_pw(c.rng, PW_WORDS))
        cache = f"      CACHE_URL:     redis://{c.v('URL_CREDENTIALS', ':' + pw)}@redis:6379/0\n"
    return "log", (
        f"$ kubectl describe pod {pod}\nName:         {pod}\nNamespace:    billing\n"
        f"Node:         ip-10-0-3-17/{c.ip(v6=0)}\nStatus:       Running\nIP:           "
        f"{c.ip(v6=0.2)}\nContainers:\n  api:\n    Image:        registry.internal/api@"
        f"{c.d('sha256')}\n    Environment:\n      DATABASE_URL:  postgres://"
        f"{c.urlcred()}@pg.billing.svc:5432/app\n      STRIPE_KEY:    {c.token()}\n"
        f"{cache}      LOG_LEVEL:     info\nEvents:\n  Normal  Pulled  {c.d('timestamp')}  kubelet"
    )


def cron(c: Ctx) -> tuple[str, str]:
    _who, g, s = c.person()
    host = c.rng.choice(["db1.internal", "10.0.4.12", "pg.corp.test"])
    return "config", (
        f"# crontab -l  (backup jobs, owner {c.email(g, s, dodge=0)})\nMAILTO=ops@example.com\n"
        f"15 2 * * * pg_dump postgres://{c.urlcred()}@{host}:5432/erp | gzip > /srv/bk/erp.gz\n"
        f"30 2 * * * curl -s -u {c.urlcred('backup')} https://nas.internal/api/snap\n"
        f"0 3 * * 0 rsync -a /srv/bk/ rsync://{c.urlcred('mirror')}@{c.ip(v6=0)}/offsite/\n"
        f"# release {c.d('version')} / {c.d('git')}"
    )
