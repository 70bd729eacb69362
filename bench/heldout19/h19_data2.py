"""Templates: UBL invoices, ERPNext bench shell histories, OpenCart SQL, Authelia YAML."""

from __future__ import annotations

from h19_core import Ctx, d, fold, v
from h19_phone import phone
from h19_pools import UNIT

SUPPLIER = {
    "en": "Harbourside Joinery Ltd",
    "de": "Tischlerei Kranich GmbH",
    "fr": "Menuiserie Sauvage SARL",
    "es": "Carpintería Robles S.L.",
    "it": "Falegnameria Ronchi Srl",
    "nl": "Timmerbedrijf Visser B.V.",
    "pt": "Carpintaria Lopes Lda",
}
_ITEM = {
    "en": "Oak staircase",
    "de": "Eichentreppe",
    "fr": "Escalier en chêne",
    "es": "Escalera de roble",
    "it": "Scala in rovere",
    "nl": "Eiken trap",
    "pt": "Escada de carvalho",
}
CC = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}


def ubl(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    sg, ss = ctx.person(lang)
    cg, cs = ctx.person(lang)
    ctown = ctx.town(lang)
    cur = "GBP" if lang == "en" else "EUR"
    net = ctx.r.randint(800, 9000)
    dom = fold(SUPPLIER[lang].split()[1]) + {"en": ".co.uk", "pt": ".pt"}.get(lang, "." + lang)
    smail = ctx.fresh(lambda: f"{fold(ctx.person(lang)[0])}@{dom}")
    iban = ctx.iban(lang, grouped=False, cc=ctx.pick(["GB", "IE"]) if lang == "en" else None)
    unit = ctx.street(lang, 0) if ctx.chance(0.5) else None
    x = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
        'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
        'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
        f"  <cbc:ID>{d('invoice', f'INV-2026-{ctx.digits(5)}')}</cbc:ID>",
        f"  <cbc:IssueDate>{d('date', f'2026-{ctx.r.randint(1, 11):02d}-{ctx.r.randint(10, 28)}')}"
        "</cbc:IssueDate>",
        f"  <cac:OrderReference><cbc:ID>{d('order', f'PO-{ctx.digits(6)}')}</cbc:ID>"
        "</cac:OrderReference>",
        "  <cac:AccountingSupplierParty><cac:Party>",
        f"    <cac:PartyName><cbc:Name>{SUPPLIER[lang]}</cbc:Name></cac:PartyName>",
        "    <cac:PostalAddress>",
        f"      <cbc:StreetName>{v('STREET_ADDRESS', ctx.street(lang, 0))}</cbc:StreetName>",
        "    </cac:PostalAddress>",
        "    <cac:Contact>",
        f"      <cbc:Name>{v('PERSON', f'{sg} {ss}')}</cbc:Name>",
        f"      <cbc:Telephone>{v('PHONE', phone(ctx, lang, 'intl')[0])}</cbc:Telephone>",
        f"      <cbc:ElectronicMail>{v('EMAIL', smail)}</cbc:ElectronicMail>",
        "    </cac:Contact>",
        "  </cac:Party></cac:AccountingSupplierParty>",
        "  <cac:AccountingCustomerParty><cac:Party>",
        f"    <cac:PartyName><cbc:Name>{v('PERSON', f'{cg} {cs}')}</cbc:Name></cac:PartyName>",
        "    <cac:PostalAddress>",
        f"      <cbc:StreetName>{v('STREET_ADDRESS', ctx.street(lang, 0))}</cbc:StreetName>",
    ]
    if unit is not None:
        flat = ctx.pick(
            {
                "en": ["Flat 2", "Apt 5B"],
                "de": ["3. OG links", "Whg. 7"],
                "fr": ["Appt 12", "Bât. C"],
                "es": ["3º B", "bajo izq."],
                "it": ["int. 6", "scala A"],
                "nl": ["2-hoog"],
                "pt": ["2.º Esq.", "1.º Dto."],
            }[lang]
        )
        x.append(
            f"      <cbc:AdditionalStreetName>{v('STREET_ADDRESS', flat)}"
            "</cbc:AdditionalStreetName>"
        )
    x += [
        f"      <cbc:CityName>{ctown.split(' ')[-1]}</cbc:CityName>",
        "    </cac:PostalAddress>",
        f"    <cac:Contact><cbc:Telephone>{v('PHONE', phone(ctx, lang)[0])}</cbc:Telephone>",
        f"      <cbc:ElectronicMail>{v('EMAIL', ctx.email(lang, cg, cs))}</cbc:ElectronicMail>"
        "</cac:Contact>",
        "  </cac:Party></cac:AccountingCustomerParty>",
        "  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>",
        f"    <cac:PayeeFinancialAccount><cbc:ID>{v('IBAN', iban)}</cbc:ID>"
        "</cac:PayeeFinancialAccount></cac:PaymentMeans>",
        f'  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="{cur}">'
        f"{d('amount', f'{net * 1.2:.2f}')}</cbc:PayableAmount></cac:LegalMonetaryTotal>",
        "</Invoice>",
    ]
    return "\n".join(x) + "\n", "xml"


def bench(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    g, s = ctx.person(lang)
    eg, es_ = ctx.person(lang)
    site = (
        ctx.pick(["erp", "erpnext", "intranet"])
        + "."
        + ctx.pick(
            [
                "kranich-moebel.de",
                "lumen.fr",
                "robles.es",
                "ronchi.it",
                "visser.nl",
                "lopes.pt",
                "harbourside.co.uk",
            ]
        )
    )
    y, m, dd = ctx.dob()
    emp = d("employee-id", f"HR-EMP-{ctx.digits(5)}")
    gh_user = ctx.pick(["deploy-bot", "ci-frappe", fold(g)])
    n = ctx.r.randint(300, 900)
    cmds = [
        f"ssh frappe@{v('IP_ADDRESS', ctx.ip4(False) if ctx.chance(0.7) else ctx.ip6())}",
        f"bench new-site {site} --admin-password '{v('SECRET', ctx.password())}' "
        f"--mariadb-root-password '{v('SECRET', ctx.password())}'",
        f"bench get-app https://{v('URL_CREDENTIALS', gh_user + ':' + ctx.token('ghp_', 36))}"
        "@github.com/acme-erp/custom_hr.git",
        f"bench --site {site} install-app erpnext custom_hr",
        f"bench --site {site} set-config mail_password '{v('SECRET', ctx.password())}'",
        f"bench --site {site} add-system-manager {v('EMAIL', ctx.email(lang, g, s))} "
        f"--first-name {v('PERSON', g)} --last-name {v('PERSON', s) if ' ' not in s else repr(s)}",
        f"bench --site {site} execute frappe.client.set_value --args \"['Employee', '{emp}', "
        f"'cell_number', '{v('PHONE', phone(ctx, lang, ctx.pick(['intl', 'run']))[0])}']\"",
        f"bench --site {site} execute frappe.client.set_value --args \"['Employee', '{emp}', "
        f"'date_of_birth', '{v('DATE_OF_BIRTH', f'{y}-{m:02d}-{dd:02d}')}']\"",
        f"bench --site {site} execute frappe.client.set_value --args \"['Employee', '{emp}', "
        f"'employee_name', '{v('PERSON', f'{eg} {es_}')}']\"",
        f"bench version  # erpnext {d('version', f'15.{ctx.r.randint(10, 49)}.0')}",
        f"git -C apps/erpnext log -1 --format=%H  # {d('git-sha', ctx.hexs(40))}",
    ]
    if "'" in s:
        cmds[6] = cmds[6].replace(repr(s), s)
    if " " in s:
        cmds[6] = cmds[6].replace(f"--last-name {s!r}", f'--last-name "{v("PERSON", s)}"')
    if lang == "en" and ctx.chance(0.6):
        cmds.insert(
            9,
            f"bench --site {site} execute frappe.client.set_value --args \"['Employee', "
            f"'{emp}', 'custom_ssn', '{v('US_SSN', ctx.ssn(ctx.pick(['-', ''])))}']\"",
        )
    mid = cmds[3:9]
    ctx.r.shuffle(mid)
    cmds[3:9] = mid
    del cmds[ctx.r.choice([6, 7, 8])]
    if ctx.chance(0.5):
        del cmds[ctx.r.choice([3, 4, 5])]
    return "\n".join(f"{n + k:5d}  {c}" for k, c in enumerate(cmds)) + "\n", "shell"


def opencart(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    host = ctx.ip4(True)
    cust, addr = [], []
    for k in range(2 + ctx.chance(0.3)):
        g, s = ctx.person(lang)
        cid = ctx.r.randint(100, 9999) + k
        sq = s.replace("'", "''")
        pw = "$2y$10$" + ctx.alnum(
            53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        )
        ip = ctx.ip4(False) if ctx.chance(0.8) else ctx.ip6()
        day = f"2026-{ctx.r.randint(1, 11):02d}-{ctx.r.randint(10, 28)}"
        added = f"{day} 1{ctx.r.randint(0, 9)}:0{ctx.r.randint(0, 9)}:11"
        cust.append(
            f"({d('customer-id', str(cid))},'{v('PERSON', g)}','{v('PERSON', sq)}',"
            f"'{v('EMAIL', ctx.email(lang, g, s))}','{v('PHONE', phone(ctx, lang)[0])}',"
            f"'{d('bcrypt', pw)}','{v('IP_ADDRESS', ip)}','{d('timestamp', added)}')"
        )
        street = ctx.street(lang, 0)
        a2 = ""
        if ctx.chance(0.3):
            a2 = v("STREET_ADDRESS", ctx.pick(UNIT[lang]).format(u=ctx.r.randint(1, 9)))
        town = ctx.town(lang)
        addr.append(
            f"({ctx.r.randint(1, 9999)},{cid},"
            f"'{v('STREET_ADDRESS', street.replace(chr(39), chr(39) * 2))}','{a2}',"
            f"'{town.split(' ')[-1]}','{town.split(' ')[0]}')"
        )
    ver = d("version", f"8.0.{ctx.r.randint(30, 40)}")
    text = (
        f"-- MySQL dump 10.13  Distrib {ver}, for Linux (x86_64)\n"
        f"-- Host: {v('IP_ADDRESS', host)}    Database: opencart\n\n"
        "INSERT INTO `oc_customer` (`customer_id`, `firstname`, `lastname`, `email`, "
        "`telephone`, `password`, `ip`, `date_added`) VALUES\n" + ",\n".join(cust) + ";\n\n"
        "INSERT INTO `oc_address` (`address_id`, `customer_id`, "
        "`address_1`, `address_2`, `city`, `postcode`) "
        "VALUES\n" + ",\n".join(addr) + ";\n"
    )
    return text, "sql"


YC = {
    "en": ("home lab of", "on call"),
    "de": ("Heimnetz von", "Notfall"),
    "fr": ("homelab de", "urgence"),
    "es": ("homelab de", "urgencias"),
    "it": ("homelab di", "emergenze"),
    "nl": ("thuislab van", "nood"),
    "pt": ("homelab de", "emergência"),
}


def authelia(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    g, s = ctx.person(lang)
    own, call = YC[lang]
    dom = ctx.pick(["auth.example.net", "sso.example.org", "login.example.com"])
    mail = ctx.email(lang, g, s)
    y = [
        f"# Authelia - {own} {v('PERSON', f'{g} {s}')} ({v('EMAIL', mail)})",
        f"# {call}: {v('PHONE', phone(ctx, lang)[0])}",
        f"jwt_secret: {v('SECRET', ctx.alnum(40))}",
        "session:",
        f"  secret: {v('SECRET', ctx.alnum(32))}",
        f"  domain: {dom.split('.', 1)[1]}",
        "storage:",
        f"  encryption_key: {v('SECRET', ctx.alnum(40))}",
        "  mysql:",
        f"    host: {v('IP_ADDRESS', ctx.ip4(True))}",
        "    username: authelia",
        f"    password: '{v('SECRET', ctx.password())}'",
        "notifier:",
        "  smtp:",
        f"    host: smtp.{dom.split('.', 1)[1]}",
        "    port: 587",
        f"    username: {v('EMAIL', mail)}",
        f"    password: {v('SECRET', ctx.password().replace('#', 'x'))}",
        f'    sender: "Authelia <noreply@{dom}>"',
        "---",
        "# users_database.yml",
        "users:",
    ]
    for _ in range(1 + ctx.chance(0.4)):
        ug, us = ctx.person(lang)
        salt, hsh = ctx.alnum(22), ctx.alnum(43)
        y += [
            f"  {fold(ug)[0]}{fold(us.split()[-1])}:",
            f'    displayname: "{v("PERSON", f"{ug} {us}")}"',
            f'    password: "{d("argon2", f"$argon2id$v=19$m=65536,t=3,p=4${salt}${hsh}")}"',
            f"    email: {v('EMAIL', ctx.email(lang, ug, us))}",
            "    groups: [" + ctx.pick(["admins", "family", "dev"]) + "]",
        ]
    return "\n".join(y) + "\n", "yaml"
