"""Machine templates of set 18: Matomo config.ini.php, EDIFACT IFTMIN booking messages,
Stripe CLI shell histories, Patroni YAML."""

from __future__ import annotations

from h18_core import Ctx, D, L, ascii_fold, hexs
from h18_talk import container_no

COMMENT = {
    "en": "site owner",
    "de": "Betreiber",
    "fr": "responsable du site",
    "es": "responsable del sitio",
    "it": "titolare del sito",
    "nl": "beheerder",
    "pt": "responsável do site",
}


def matomo_config(c: Ctx) -> tuple[str, str, bool]:
    r = c.rng
    g, s = c.given(), c.surname()
    ph, _ = c.phone(c.pick(["intl", "nat"]))
    lines = [
        "; <?php exit; ?> DO NOT REMOVE THIS LINE",
        "; file automatically generated or modified by Matomo; you can manually override",
        f"; {COMMENT[c.lang]}: {L('PERSON', f'{g} {s}')}, {L('STREET_ADDRESS', c.street())}"
        f", {c.town()}, {L('PHONE', ph)}",
        "",
        "[database]",
        f'host = "{L("IP_ADDRESS", c.ip("priv"))}"',
        'username = "matomo"',
        f'password = "{L("SECRET", c.password())}"',
        'dbname = "matomo"',
        'tables_prefix = "matomo_"',
        'charset = "utf8mb4"',
        "",
        "[General]",
        f'salt = "{L("SECRET", c.uniq(lambda: hexs(r, 32)))}"',
        'trusted_hosts[] = "stats.example.org"',
        f'proxy_ips[] = "{L("IP_ADDRESS", c.ip("doc"))}"',
        f'noreply_email_address = "{L("EMAIL", c.email(g, s))}"',
        f"; installed version {D('version', f'5.{r.randint(0, 3)}.{r.randint(0, 9)}')}",
        "",
        "[mail]",
        'transport = "smtp"',
        f'host = "{L("IP_ADDRESS", c.ip())}"',
        "port = 587",
        f'username = "{L("EMAIL", c.email(g, s))}"',
        f'password = "{L("SECRET", c.password())}"',
        'encryption = "tls"',
    ]
    if r.random() < 0.5:
        user, pw = "proxyuser", c.password().replace("@", "")
        lines += [
            "",
            "[proxy]",
            'type = "http"',
            f'host = "{L("IP_ADDRESS", c.ip("priv"))}"',
            "port = 3128",
            f"; old: http://{L('URL_CREDENTIALS', f'{user}:{pw}')}@proxy.local:3128",
            f'username = "{user}"',
            f'password = "{L("SECRET", pw)}"',
        ]
    if r.random() < 0.4:
        lines += [
            "",
            "[Plugins]",
            'Plugins[] = "CorePluginsAdmin"',
            f"; license key {L('SECRET', c.token('', 40, '0123456789abcdef'))}",
        ]
    return "config", "\n".join(lines) + "\n", r.random() < 0.15


def edi_esc(v: str) -> str:
    return ascii_fold(v).upper().replace("'", "?'").replace("+", "?+").replace(":", "?:")


def iftmin(c: Ctx) -> tuple[str, str, bool]:
    r = c.rng
    ref = c.num(8)
    sg, ss, cg, cs = c.given(), c.surname(), c.given(), c.surname()
    sph, _ = c.phone("intl")
    cph, _ = c.phone(c.pick(["intl", "run"]))
    ds = c.digits_ts(12)
    stamp = f"{ds[2:8]}:{ds[8:12]}"
    cc = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}[
        c.lang
    ]
    town = c.town()
    segs = [
        "UNA:+.? '",
        f"UNB+UNOC:3+FWDSENDER:ZZZ+CARRIER01:ZZZ+{D('timestamp', stamp)}+{D('interchange', ref)}'",
        "UNH+1+IFTMIN:D:04A:UN'",
        f"BGM+610+{D('booking', 'BKG' + c.num(7))}+9'",
        f"DTM+137:{D('timestamp', c.digits_ts(12))}:203'",
        f"NAD+CZ+++{L('PERSON', edi_esc(f'{ss} {sg}'))}+"
        f"{L('STREET_ADDRESS', edi_esc(c.street()))}+{edi_esc(town)}++{cc}'",
        f"CTA+IC+:{L('PERSON', edi_esc(f'{sg} {ss}'))}'",
        f"COM+{L('PHONE', sph.replace(' ', ''))}:TE'",
        f"COM+{L('EMAIL', c.email(sg, ss).upper())}:EM'",
        f"NAD+CN+++{L('PERSON', edi_esc(f'{cg} {cs}'))}+"
        f"{L('STREET_ADDRESS', edi_esc(c.street()))}+{edi_esc(c.town())}++{cc}'",
        f"COM+{L('PHONE', cph)}:TE'",
        f"GID+1+{r.randint(10, 90)}:PK'",
        "FTX+AAA+++HOUSEHOLD GOODS AND PERSONAL EFFECTS'",
        f"MEA+AAE+G+KGM:{D('weight', str(r.randint(800, 9000)))}'",
        f"EQD+CN+{D('container', container_no(c))}+22G1:102:5'",
    ]
    if r.random() < 0.4:
        segs.insert(7, f"DTM+329:{L('DATE_OF_BIRTH', c.dob('iso').replace('-', ''))}:102'")
    if c.lang == "en" and r.random() < 0.35:
        segs.insert(5, f"RFF+ABO:{L('US_SSN', c.ssn())}'")
    segs.append(f"UNT+{len(segs)}+1'")
    segs.append(f"UNZ+1+{ref}'")
    sep = "\n" if r.random() < 0.7 else ""
    return "edifact", sep.join(segs) + "\n", False


def stripe_shell(c: Ctx) -> tuple[str, str, bool]:
    r = c.rng
    g, s = c.given(), c.surname()
    ph, _ = c.phone("intl")
    key = c.token("sk_live_51", 40)
    host = c.pick(["staging.example.org", "hooks.example.net", "dev.example.com"])
    user, pw = c.pick(["dev", "hook", "ci"]), c.password().replace("@", "").replace("'", "")
    lines = [
        f"$ stripe login --api-key {L('SECRET', key)}",
        f'$ stripe customers create --name "{L("PERSON", f"{g} {s}")}" '
        f'--email {L("EMAIL", c.email(g, s))} --phone "{L("PHONE", ph)}"',
        f'  "id": "{D("customer-id", c.token("cus_", 14))}",',
        f'  "created": {D("epoch", str(1780000000 + r.randint(0, 9999999)))},',
        f"$ stripe listen --forward-to "
        f"https://{L('URL_CREDENTIALS', f'{user}:{pw}')}@{host}/webhooks/stripe",
        f"> Ready! Your webhook signing secret is {L('SECRET', c.token('whsec_', 32))}",
        "$ stripe trigger payment_intent.succeeded",
        f"  --> payment_intent.created [{D('event-id', c.token('evt_', 24))}]",
    ]
    if r.random() < 0.5:
        lines.append(f"$ ssh deploy@{L('IP_ADDRESS', c.ip())} 'systemctl restart shop'")
    if r.random() < 0.4:
        g2, s2 = c.given(), c.surname()
        lines.append(
            f"$ stripe customers update {D('customer-id', c.token('cus_', 14))} "
            f'-d "address[line1]={L("STREET_ADDRESS", c.street())}" '
            f'-d "metadata[contact]={L("PERSON", f"{g2} {s2}")}"'
        )
    lines.append(f"$ export STRIPE_RESTRICTED_KEY={L('SECRET', c.token('rk_live_51', 40))}")
    return "shell", "\n".join(lines) + "\n", False


def patroni_yaml(c: Ctx) -> tuple[str, str, bool]:
    r = c.rng
    g, s = c.given(), c.surname()
    ph, _ = c.phone(c.pick(["intl", "nat"]))
    me, peer = c.ip("priv"), c.ip("priv")
    bu, bpw = "barman", c.password().replace("@", "").replace("'", "")
    lines = [
        f"# on-call DBA: {L('PERSON', f'{g} {s}')}, {L('PHONE', ph)}",
        "scope: shop-cluster",
        "name: pg-node1",
        "restapi:",
        f"  listen: {L('IP_ADDRESS', me)}:8008",
        f"  connect_address: {L('IP_ADDRESS', me)}:8008",
        "  authentication:",
        "    username: patroni",
        f"    password: {L('SECRET', c.password())}",
        "etcd3:",
        f"  hosts: {L('IP_ADDRESS', c.ip('priv'))}:2379",
        "bootstrap:",
        "  dcs:",
        "    postgresql:",
        "      parameters:",
        f"        wal_keep_size: {r.randint(1, 16)}GB",
        "postgresql:",
        f"  listen: {L('IP_ADDRESS', me)}:5432",
        "  data_dir: /var/lib/postgresql/16/main",
        f"  restore_command: 'curl -s https://{L('URL_CREDENTIALS', f'{bu}:{bpw}')}"
        f"@backup.example.org/wal/%f -o %p'",
        "  authentication:",
        "    superuser:",
        "      username: postgres",
        f"      password: '{L('SECRET', c.password())}'",
        "    replication:",
        "      username: replicator",
        f"      password: '{L('SECRET', c.password())}'",
        "  pg_hba:",
        f"  - host replication replicator {L('IP_ADDRESS', peer)}/32 scram-sha-256",
        f"# cluster id {D('system-id', c.num(19))}",
        f"# notify {L('EMAIL', c.email(g, s))}",
    ]
    return "yaml", "\n".join(lines) + "\n", False
