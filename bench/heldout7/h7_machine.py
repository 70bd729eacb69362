# ruff: noqa: E501  (templates hold natural-language lines on purpose)
"""Templates: data and machine text (WHOIS records, SIP traces, Asterisk PJSIP configs,
router running-configs, WireGuard and wpa_supplicant files, web-framework settings, browser
password exports, mail and git dotfiles, Airflow and Kafka Connect connections, crowdfunding
backer reports, race entry lists, DNS zone files).

Comments and free-text fields follow the text's language; keys stay as the tools write them.
"""

from __future__ import annotations

import h7_phones as Ph
import h7_values as V
from h7_docs import L, Out
from h7_markup import Ctx, ascii_name

CMT = {
    "en": "contact",
    "de": "Ansprechpartner",
    "fr": "contact",
    "es": "contacto",
    "it": "referente",
    "nl": "contactpersoon",
    "pt": "contacto",
}


WHOIS_CC = {
    "en": ("US", "1"),
    "de": ("DE", "49"),
    "fr": ("FR", "33"),
    "es": ("ES", "34"),
    "nl": ("NL", "31"),
}


def whois_phone(c: Ctx) -> str:
    """A phone as registries print it: ``+CC.NATIONAL`` without the trunk digit."""
    cc, code = WHOIS_CC[c.lang]

    def make() -> str:
        d = "".join(ch for ch in Ph.phone(c.rng, cc).replace("(0)", "") if ch.isdigit())
        for prefix in ("00" + code, code, "0"):
            if d.startswith(prefix):
                d = d[len(prefix) :]
                break
        return f"+{code}.{d}"

    return f"⟦PHONE|{c.uniq(make)}⟧"


def whois(c: Ctx) -> Out:
    g, s = c.given(), c.surname()
    town, pc = c.town()
    tel = c.phone() if c.chance(0.4) else whois_phone(c)
    cc = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL"}[c.lang]
    dom = f"{ascii_name(s)}-{c.pick(['bau', 'atelier', 'studio', 'design', 'consult'])}.example"
    lines = [
        f"Domain Name: {dom.upper()}",
        f"Registry Domain ID: {c.dec('account')}_DOMAIN_EXAMPLE-VRSN",
        f"Updated Date: {c.dec('timestamp')}",
        f"Creation Date: {c.dec('timestamp')}",
        f"Registrant Name: {c.P(f'{g} {s}')}",
        f"Registrant Street: {c.addr()}",
        f"Registrant City: {town}",
        f"Registrant Postal Code: {pc}",
        f"Registrant Country: {cc}",
        f"Registrant Phone: {tel}",
        f"Registrant Email: {c.email(g, s)}",
        f"Admin Name: {c.person()}",
        f"Admin Email: {c.email()}",
        f"Name Server: NS1.{dom.upper()}",
        "DNSSEC: unsigned",
        f">>> Last update of WHOIS database: {c.dec('timestamp')} <<<",
    ]
    return "whois", "\n".join(lines)


def sip(c: Ctx) -> Out:
    """A SIP INVITE as captured by sngrep: CRLF line ends, caller id in From and P-Asserted-Identity."""
    name, num = c.person(), c.phone(style="run")
    callee = c.phone(style="run")
    ip1, ip2 = c.ip(), c.ip()
    lines = [
        f"U {c.dec('timestamp')} {ip1}:{c.dec('port')} -> {ip2}:5060",
        f"INVITE sip:{callee}@pbx.example.com SIP/2.0",
        f"Via: SIP/2.0/UDP pbx.example.com:5060;branch={c.dec('branch')}",
        f'From: "{name}" <sip:{c.pick(["201", "ext-14", "anna"])}@pbx.example.com>;tag={c.dec("md5")}',
        f"To: <sip:{callee}@pbx.example.com>",
        f"Call-ID: {c.dec('callid')}",
        "CSeq: 102 INVITE",
        f'P-Asserted-Identity: "{c.P(c.full())}" <tel:{num}>',
        f"User-Agent: Yealink SIP-T46U {c.dec('version')}",
        f"Contact: <sip:201@{c.ip()}:5060>",
        "Content-Type: application/sdp",
        "",
        f"c=IN IP4 {c.ip()}",
        "m=audio 16424 RTP/AVP 8 0 101",
    ]
    return "sip", "\n".join(lines)


def pjsip(c: Ctx) -> Out:
    blocks = [
        f"; pjsip.conf — {L(c, {'en': 'generated', 'de': 'erzeugt', 'fr': 'généré', 'es': 'generado'})} {c.dec('timestamp')}",
        "[transport-udp]\ntype=transport\nprotocol=udp\nbind=" + c.ip() + ":5060",
    ]
    for ext in c.rng.sample(range(201, 260), c.rng.randint(1, 2)):
        who = c.full()
        blocks.append(
            f'[{ext}]\ntype=endpoint\ncontext=internal\ncallerid="{c.P(who)}" <{c.phone(style="run")}>\nauth={ext}-auth\n'
            f"mailboxes={ext}@default\n\n[{ext}-auth]\ntype=auth\nauth_type=userpass\nusername={ext}\npassword={c.tok('sipsecret')}"
        )
    blocks.append(
        f"[trunk-provider]\ntype=registration\nserver_uri=sip:sip.provider.test\nclient_uri=sip:{c.phone(style='run')}@sip.provider.test\n"
        f"contact_user={c.dec('account')}\n; {CMT[c.lang]}: {c.person()} {c.email()}\n"
        f"[trunk-acl]\ntype=acl\npermit={c.ip(cidr=True)}"
    )
    return "config", "\n\n".join(blocks)


def router(c: Ctx) -> Out:
    host = c.pick(["edge-rtr01", "br-lyon-gw", "core-sw2", "fil-zgz-r1"])
    lines = [
        "!",
        f"! Last configuration change at {c.dec('timestamp')} by admin",
        f"version {c.dec('version')}",
        f"hostname {host}",
        "!",
        f"enable secret 9 $9${V.token(c.rng, 'b64')[:14]}${V.token(c.rng, 'b64')[:43]}",
        f"username netops privilege 15 secret 0 {c.pw()}",
        "!",
        "interface GigabitEthernet0/0",
        f" description WAN {c.dec('account')}",
        f" ip address {c.ip()} {c.D('netmask', '255.255.255.0')}",
        " no shutdown",
        "!",
        "interface Vlan20",
        f" description {L(c, {'en': 'Office', 'de': 'Büro', 'fr': 'Bureau', 'es': 'Oficina'})}",
        f" ipv6 address {c.ip(v6=True, cidr=True)}",
        "!",
        "ip route 0.0.0.0 0.0.0.0 Dialer1",
        f"snmp-server community {c.tok('community')} RO",
        f"snmp-server location {c.addr_line()}",
        f"snmp-server contact {c.person()} {c.phone()}",
        f"tacacs server TAC1\n address ipv4 {c.ip()}\n key 7 ⟦SECRET|{c.uniq(lambda: V.token(c.rng, 'hex32')[:22].upper())}⟧",
        f"logging host {c.ip()}",
        "!",
        "end",
    ]
    return "config", "\n".join(lines)


def wireguard(c: Ctx) -> Out:
    if c.chance(0.6):
        text = (
            f"# {L(c, {'en': 'laptop of', 'de': 'Laptop von', 'fr': 'portable de', 'es': 'portátil de'})} {c.person()}\n"
            f"[Interface]\nPrivateKey = {c.tok('wg')}\nAddress = {c.ip()[:-1]}/32⟧\nDNS = {c.ip()}\n\n"
            f"[Peer]\nPublicKey = {c.D('wg-public', V.token(c.rng, 'wg'))}\n"
            f"PresharedKey = {c.tok('wg')}\nEndpoint = {c.ip()}:51820\nAllowedIPs = {c.ip(cidr=True)}, {c.ip(v6=True, cidr=True)}\n"
            f"PersistentKeepalive = 25"
        )
    else:
        nets = []
        for _ in range(c.rng.randint(2, 3)):
            nets.append(
                f'network={{\n    ssid="{c.pick(["Fritz!Box 7590 XY", "Livebox-4F2A", "MOVISTAR_9C1B", "Ziggo8841", "Vodafone-Home"])}"\n'
                f'    psk="{c.pw()}"\n    priority={c.rng.randint(1, 9)}\n}}'
            )
        text = (
            f"# wpa_supplicant.conf — {CMT[c.lang]} {c.person()} {c.email()}\nctrl_interface=DIR=/var/run/wpa_supplicant\n"
            f"update_config=1\ncountry={c.lang.upper() if c.lang != 'en' else 'GB'}\n\n"
            + "\n\n".join(nets)
        )
    return "config", text


def frameworks(c: Ctx) -> Out:
    pick = c.pick(["rails", "django", "spring", "wordpress", "laravel-yml"])
    db = c.pick(["db.internal", "pg-primary.internal", "mysql01.internal"])
    if pick == "rails":
        text = (
            f"# config/database.yml\nproduction:\n  adapter: postgresql\n  host: {c.ip()}\n  database: shop_prod\n"
            f"  username: shop\n  password: {c.pw()}\n\nreplica:\n  url: postgres://{c.ucred()}@{db}:5432/shop_prod\n"
            f"# {CMT[c.lang]}: {c.person()} <{c.email()}>"
        )
    elif pick == "django":
        text = (
            f'# settings/production.py\nSECRET_KEY = "{c.tok("b64")}"\nADMINS = [("{c.person()}", "{c.email()}")]\n'
            f'ALLOWED_HOSTS = ["{c.ip()}", "app.example.com"]\nDATABASES = {{\n    "default": {{\n        "ENGINE": "django.db.backends.postgresql",\n'
            f'        "HOST": "{db}",\n        "USER": "app",\n        "PASSWORD": "{c.pw()}",\n    }}\n}}\n'
            f'CACHES = {{"default": {{"LOCATION": "redis://{c.ucred("")}@{c.ip()}:6379/1"}}}}\nRELEASE = "{c.dec("git")}"'
        )
    elif pick == "spring":
        text = (
            f"# application-prod.properties\nspring.datasource.url=jdbc:mysql://{db}:3306/billing\nspring.datasource.username=billing\n"
            f"spring.datasource.password={c.pw()}\nspring.mail.host=smtp.example.com\nspring.mail.username={c.email()}\n"
            f"spring.mail.password={c.pw()}\nspring.rabbitmq.addresses=amqps://{c.ucred()}@mq.internal:5671\n"
            f"app.support.phone={c.phone()}\nbuild.version={c.dec('version')}"
        )
    elif pick == "wordpress":
        text = (
            f"<?php\n// wp-config.php — {CMT[c.lang]} {c.person()}\ndefine( 'DB_NAME', 'wp_site' );\ndefine( 'DB_USER', 'wp' );\n"
            f"define( 'DB_PASSWORD', '{c.pw()}' );\ndefine( 'DB_HOST', '{c.ip()}' );\ndefine( 'AUTH_KEY', '{c.tok('b64')}' );\n"
            f"define( 'WP_CACHE_KEY_SALT', '{c.dec('md5')}' );\ndefine( 'SMTP_USER', '{c.email()}' );\ndefine( 'SMTP_PASS', '{c.pw()}' );"
        )
    else:
        text = (
            f'# config/mail.yml (Symfony/Laravel style)\nmailer:\n  dsn: "smtp://{c.ucred(c.pick(["mailer", "postmaster"]))}@smtp.example.com:587"\n'
            f'  from: "{c.email()}"\nqueue:\n  dsn: "redis://{c.ucred("")}@{c.ip()}:6379"\nsentry:\n  dsn: "https://{c.dec("md5")}@o0.ingest.example.com/42"\n'
            f"stripe:\n  secret: {c.tok('stripe')}\nowner: {c.person()}"
        )
    return "config", text


def dotfiles(c: Ctx) -> Out:
    pick = c.pick(["gitcred", "muttrc", "fetchmail", "rclone"])
    if pick == "gitcred":
        rows = [
            f"https://{c.ucred(ascii_name(c.given()))}@git.example.com"
            for _ in range(c.rng.randint(1, 2))
        ]
        rows.append(f"https://{c.ucred('oauth2')}@gitlab.example.org")
        text = "# ~/.git-credentials\n" + "\n".join(rows)
    elif pick == "muttrc":
        g, s = c.given(), c.surname()
        text = (
            f'# ~/.muttrc\nset realname = "{c.P(f"{g} {s}")}"\nset from = "{c.email(g, s)}"\n'
            f'set imap_pass = "{c.pw()}"\nset folder = "imaps://{c.ucred(ascii_name(g))}@imap.example.com:993/"\n'
            f'set smtp_url = "smtps://{ascii_name(g)}@smtp.example.com:465/"\nset signature = "~/.sig"  # {c.phone()}'
        )
    elif pick == "fetchmail":
        text = (
            f'# ~/.fetchmailrc\npoll mail.example.net proto imap\n  user "{c.email()}" there with password "{c.pw()}" is "{ascii_name(c.given())}" here\n'
            f'  ssl sslfingerprint "{c.dec("md5")}"\npoll {c.ip()} proto pop3\n  user "legacy" password "{c.pw()}"'
        )
    else:
        text = (
            f"# rclone.conf\n[nas]\ntype = webdav\nurl = https://{c.ip()}/remote.php/dav\nuser = {ascii_name(c.given())}\npass = {c.tok('b64')}\n\n"
            f"[s3-backup]\ntype = s3\naccess_key_id = {c.tok('aws')}\nsecret_access_key = {c.tok('awssecret')}\n"
            f"# {CMT[c.lang]}: {c.person()}, {c.phone()}"
        )
    return "config", text


def airflow(c: Ctx) -> Out:
    if c.chance(0.5):
        conns = []
        for cid, scheme in c.rng.sample(
            [
                ("warehouse", "postgres"),
                ("crm_db", "mysql"),
                ("sftp_partner", "sftp"),
                ("smtp_default", "smtp"),
                ("redis_cache", "redis"),
                ("mongo_events", "mongodb+srv"),
                ("ldap_dir", "ldaps"),
                ("ftp_legacy", "ftp"),
                ("mssql_erp", "mssql"),
                ("rabbit", "amqp"),
            ],
            3,
        ):
            user = "" if scheme == "redis" else None
            conns.append(
                f'  "{cid}": {{"conn_uri": "{scheme}://{c.ucred(user)}@{cid.replace("_", "-")}.internal:{c.dec("port")}/x", '
                f'"description": "{CMT[c.lang]} {c.person()}"}}'
            )
        text = "{\n" + ",\n".join(conns) + "\n}"
    else:
        text = (
            '{\n  "name": "crm-sink-'
            + c.lang
            + '",\n  "config": {\n    "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",\n'
            f'    "connection.url": "jdbc:postgresql://{c.ip()}:5432/crm",\n    "connection.user": "kafka",\n'
            f'    "connection.password": "{c.pw()}",\n    "topics": "customers",\n    "errors.deadletterqueue.topic.name": "dlq-{c.dec("uuid")}",\n'
            f'    "transforms.mask.replacement": "{c.dec("version")}"\n  }},\n  "owner": "{c.email()}"\n}}'
        )
    return "json", text


def zone(c: Ctx) -> Out:
    dom = c.pick(["shop", "praxis", "cabinet", "tienda", "club"]) + "-" + c.lang + ".example"
    lines = [
        f"; zone {dom} — {CMT[c.lang]}: {c.person()} <{c.email()}>, {c.phone()}",
        "$TTL 3600",
        f"@  IN SOA ns1.{dom}. hostmaster.{dom}. (",
        f"      {c.dec('serial')} ; serial",
        "      7200 3600 1209600 3600 )",
        f"@      IN A     {c.ip()}",
        f"@      IN AAAA  {c.ip(v6=True)}",
        f"www    IN A     {c.ip()}",
        f"mail   IN A     {c.ip()}",
        f'@      IN TXT   "v=spf1 ip4:{c.ip(cidr=True)} -all"',
        f'_acme  IN TXT   "{c.dec("sha256")}"',
        f"legacy IN A     {c.dec('loopback') if c.chance(0.3) else c.ip()}",
    ]
    return "zone", "\n".join(lines)
