# ruff: noqa
"""Templates for machine text: SendGrid activity CSV, Twilio message JSON, PayPal IPN log,
MikroTik RouterOS export, WordPress user dump, git onboarding shell, Jekyll/Hugo config."""

from __future__ import annotations

import re
import string

from h15_core import Ctx, TOWNS, amount, dob, email, person, phone, street, when


def sendgrid_csv(c: Ctx, lang: str) -> str:
    """SendGrid email-activity export: one line per event, the same recipient repeated."""
    rows = [
        "processed,message_id,event,api_key_id,recipient_count,subject,from,email,ip,first_name,last_name"
    ]
    for _ in range(c.r.randint(2, 4)):
        f, s = person(c, lang)
        e = email(c, f, s)
        ip = c.ip(0.1)
        mid = c.token("", 22, string.ascii_letters + string.digits + "-_")
        for ev in c.r.sample(["delivered", "open", "click", "processed"], c.r.randint(1, 3)):
            rows.append(
                f"⁅~timestamp|{when(c)}⁆,⁅~message-id|{mid}⁆,{ev},⁅~key-id|{c.token('', 22)}⁆,1,Newsletter,news@shop.example,⁅EMAIL|{e}⁆,⁅IP_ADDRESS|{ip}⁆,⁅PERSON|{f}⁆,⁅PERSON|{s}⁆"
            )
    return "\n".join(rows)


def twilio_json(c: Ctx, lang: str) -> str:
    """Twilio Messages API list response with a body naming the recipient."""
    acc = "AC" + c.hexs(32)
    msgs = []
    for _ in range(c.r.randint(1, 3)):
        f, s = person(c, lang)
        to = phone(c, lang, intl=True).replace(" ", "")
        body = c.r.choice(
            [
                f"Hi {{P}}, your code is ⁅SECRET|{c.digits(6)}⁆",
                f"{{P}}, your parcel ⁅~tracking|1Z{c.hexs(6).upper()}{c.digits(10)}⁆ arrives today",
                f"Reminder {{P}}: appointment ⁅~appointment|{when(c)[:16]}⁆",
            ]
        )
        body = body.replace("{P}", f"⁅PERSON|{f}⁆")
        msgs.append(
            "    {\n"
            f'      "sid": "⁅~message-sid|SM{c.hexs(32)}⁆",\n'
            f'      "account_sid": "⁅~account-sid|{acc}⁆",\n'
            f'      "from": "⁅~short-code|{c.r.randint(20000, 99999)}⁆",\n'
            f'      "to": "⁅PHONE|{to}⁆",\n'
            f'      "body": "{body}",\n'
            f'      "status": "delivered", "num_segments": "1", "price": "⁅~price|-0.0{c.r.randint(40, 99)}⁆",\n'
            f'      "date_created": "⁅~timestamp|Mon, {c.r.randint(1, 28):02d} Nov 2026 {c.r.randint(0, 23):02d}:{c.r.randint(0, 59):02d}:00 +0000⁆"\n'
            "    }"
        )
    head = (
        f'{{\n  "_auth": "⁅SECRET|{c.hexs(32)}⁆",\n  "messages": [\n'
        if c.r.random() < 0.3
        else '{\n  "messages": [\n'
    )
    return head + ",\n".join(msgs) + '\n  ],\n  "page_size": 50\n}'


def paypal_ipn_log(c: Ctx, lang: str) -> str:
    """A shop's PayPal IPN listener log: the raw form-encoded notification, verify, result."""
    out = []
    for _ in range(c.r.randint(1, 2)):
        f, s = person(c, lang)
        e = email(c, f, s)
        st = street(c, lang)
        pc = c.r.choice(TOWNS[lang])
        ts = when(c)
        q = (
            f"mc_gross={amount(c, 'en')[1:]}&payer_id=⁅~payer-id|{c.token('', 13, string.ascii_uppercase + string.digits)}⁆&address_street=⁅STREET_ADDRESS|{st.replace(' ', '+').replace(',', '%2C')}⁆"
            f"&payment_date=⁅~timestamp|{ts[11:]}+Nov+{c.r.randint(1, 28)}%2C+2026+PST⁆&first_name=⁅PERSON|{f.replace(' ', '+')}⁆&last_name=⁅PERSON|{s.replace(' ', '+')}⁆&payer_email=⁅EMAIL|{e.replace('@', '%40')}⁆"
            f"&txn_id=⁅~txn-id|{c.digits(2)}{c.token('', 15, string.ascii_uppercase + string.digits)}⁆&address_city={pc.split()[-1]}&ipn_track_id=⁅~track-id|{c.hexs(13)}⁆"
        )
        if c.r.random() < 0.3:
            q += f"&contact_phone=⁅PHONE|{phone(c, lang).replace(' ', '-')}⁆"
        ip = c.ip(0.0)
        out += [
            f"[{ts}] INFO ipn.listener: POST /paypal/ipn from ⁅IP_ADDRESS|{ip}⁆",
            f"[{ts}] DEBUG ipn.listener: raw={q}",
            f"[{ts}] INFO ipn.listener: verify -> VERIFIED (ipnpb.paypal.com)",
            f"[{ts}] INFO orders: order ⁅~order|#{c.digits(5)}⁆ marked paid by ⁅EMAIL|{e}⁆",
        ]
    if c.r.random() < 0.3:
        out.append(
            f"[{when(c)}] WARN config: PAYPAL_CLIENT_SECRET=⁅SECRET|{c.token('E', 79, string.ascii_letters + string.digits + '-_')}⁆ loaded from env"
        )
    return "\n".join(out)


def mikrotik_rsc(c: Ctx, lang: str) -> str:
    """`/export` of a MikroTik RouterOS router set up for a family or a small office."""
    f, s = person(c, lang)
    lan = f"192.168.{c.r.randint(10, 99)}"
    wan = c.ip(0.0)
    out = [
        f"# {c.r.choice(['nov', 'dec'])}/{c.r.randint(1, 28):02d}/2026 {c.r.randint(0, 23):02d}:{c.r.randint(0, 59):02d}:00 by RouterOS ⁅~version|7.{c.r.randint(10, 16)}.{c.r.randint(1, 3)}⁆",
        f"# software id = ⁅~software-id|{c.token('', 4, string.ascii_uppercase + string.digits)}-{c.token('', 4, string.ascii_uppercase + string.digits)}⁆",
        f"# serial number = ⁅~serial|{c.hexs(12).upper()}⁆",
        "/interface wireless security-profiles",
        f'set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key="⁅SECRET|{c.password()}⁆"',
        "/ip address",
        f"add address=⁅IP_ADDRESS|{lan}.1/24⁆ interface=bridge network={lan}.0",
        f"add address=⁅IP_ADDRESS|{wan}/29⁆ interface=ether1",
        "/ip dhcp-server lease",
        f'add address=⁅IP_ADDRESS|{lan}.{c.r.randint(20, 200)}⁆ mac-address=⁅~mac|{":".join(c.hexs(2).upper() for _ in range(6))}⁆ comment="⁅PERSON|{f}⁆ laptop"',
    ]
    if c.r.random() < 0.6:
        out += [
            "/interface pppoe-client",
            f'add interface=ether1 name=pppoe-out1 user=⁅~pppoe-login|{c.digits(10)}@isp.example⁆ password="⁅SECRET|{c.password()}⁆"',
        ]
    if c.r.random() < 0.5:
        out += [
            "/ppp secret",
            f'add name={f.lower()[:5]} password="⁅SECRET|{c.password()}⁆" remote-address=⁅IP_ADDRESS|10.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(2, 254)}⁆ service=l2tp comment="⁅PERSON|{f} {s}⁆ ⁅PHONE|{phone(c, lang)}⁆"',
        ]
    out += [
        "/system identity",
        f"set name=rtr-{c.r.choice(['home', 'office', 'praxis', 'studio'])}",
        "/tool e-mail",
        f"set address=smtp.example.net from=⁅EMAIL|{email(c, f, s)}⁆ port=587 tls=yes user=⁅EMAIL|{email(c, 'router', s)}⁆ password=⁅SECRET|{c.password()}⁆",
    ]
    return "\n".join(out)


def wordpress_sql(c: Ctx, lang: str) -> str:
    """A mysqldump excerpt of WordPress's wp_users and wp_usermeta (WooCommerce billing meta)."""
    rows, meta = [], []
    for i in range(c.r.randint(1, 3)):
        uid = c.r.randint(2, 900)
        f, s = person(c, lang)
        e = email(c, f, s)
        rows.append(
            f"({uid},'{f.lower()[:4]}{c.r.randint(1, 99)}','⁅~hash|$P$B{c.token('', 30, string.ascii_letters + string.digits + './')}⁆','{f.lower()[:4]}','⁅EMAIL|{e}⁆','','⁅~timestamp|{when(c)}⁆','',0,'⁅PERSON|{f} {s}⁆')"
        )
        meta += [
            f"({c.r.randint(1000, 99999)},{uid},'first_name','⁅PERSON|{f}⁆')",
            f"({c.r.randint(1000, 99999)},{uid},'last_name','⁅PERSON|{s}⁆')",
            f"({c.r.randint(1000, 99999)},{uid},'billing_address_1','⁅STREET_ADDRESS|{street(c, lang).replace(chr(39), '')}⁆')",
            f"({c.r.randint(1000, 99999)},{uid},'billing_phone','⁅PHONE|{phone(c, lang)}⁆')",
        ]
        if c.r.random() < 0.4:
            meta.append(
                f"({c.r.randint(1000, 99999)},{uid},'billing_birth_date','⁅DATE_OF_BIRTH|{dob(c, lang).replace(chr(39), '')}⁆')"
            )
    return (
        "LOCK TABLES `wp_users` WRITE;\nINSERT INTO `wp_users` VALUES "
        + ",".join(rows)
        + ";\nUNLOCK TABLES;\n"
        "INSERT INTO `wp_usermeta` VALUES " + ",\n".join(meta) + ";"
    )


def git_onboarding_sh(c: Ctx, lang: str) -> str:
    """A new developer's terminal history: git identity, credentials store, a curl with basic auth."""
    f, s = person(c, lang)
    e = email(c, f, s)
    user = re.sub(r"[^a-z]", "", (f[:3] + s[:5]).lower()) or "dev"
    pat = c.token("github_pat_", 82, string.ascii_letters + string.digits + "_")
    out = [
        f'$ git config --global user.name "⁅PERSON|{f} {s}⁆"',
        f"$ git config --global user.email ⁅EMAIL|{e}⁆",
        "$ git config --global credential.helper store",
        f"$ echo 'https://⁅URL_CREDENTIALS|{user}:{pat}⁆@github.com' >> ~/.git-credentials",
        f"$ git clone git@github.com:acme/infra.git  # commit ⁅~git-sha|{c.hexs(40)}⁆",
    ]
    if c.r.random() < 0.6:
        pw = c.password()
        out.append(
            f"$ curl -s https://⁅URL_CREDENTIALS|{user}:{pw}⁆@nexus.internal.example/repository/ -o /dev/null -w '%{{http_code}}'"
        )
    if c.r.random() < 0.5:
        out.append(f"$ ssh {user}@⁅IP_ADDRESS|{c.ip()}⁆ -p 2222")
    out.append(f"$ npm view left-pad@⁅~version|1.{c.r.randint(0, 3)}.{c.r.randint(0, 9)}⁆")
    return "\n".join(out)


def site_config_yaml(c: Ctx, lang: str) -> str:
    """A Jekyll/Hugo personal-site `_config.yml` with the author block and deploy keys."""
    f, s = person(c, lang)
    out = [
        f'title: "⁅PERSON|{f} {s}⁆ · {c.r.choice(["notes", "blog", "fotos", "carnet", "diario"])}"',
        "author:",
        f"  name: ⁅PERSON|{f} {s}⁆",
        f"  email: ⁅EMAIL|{email(c, f, s)}⁆",
    ]
    if c.r.random() < 0.5:
        out.append(f'  phone: "⁅PHONE|{phone(c, lang)}⁆"')
    if c.r.random() < 0.3:
        out.append(f"  birthday: ⁅DATE_OF_BIRTH|{dob(c, lang)}⁆")
    out += [
        f"  location: {c.r.choice(TOWNS[lang]).split()[-1]}",
        f"google_analytics: ⁅~analytics-id|G-{c.token('', 10, string.ascii_uppercase + string.digits)}⁆",
        "deploy:",
    ]
    if c.r.random() < 0.6:
        out.append(f"  rsync: ⁅~user|deploy⁆@⁅IP_ADDRESS|{c.ip()}⁆:/var/www/site")
    out += [
        f"  netlify_token: ⁅SECRET|nfp_{c.token('', 36)}⁆",
        f"version: ⁅~version|{c.r.randint(0, 4)}.{c.r.randint(0, 140)}.{c.r.randint(0, 9)}⁆",
        f"build_date: ⁅~timestamp|{when(c)}⁆",
    ]
    return "\n".join(out)
