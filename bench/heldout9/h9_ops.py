# ruff: noqa: B007, E501
"""Templates: kubeconfig files, journald JSON lines, NetworkManager/OpenVPN/ODBC/PgBouncer/Grafana
files, Sentry event payloads and tcpdump ASCII captures."""

from __future__ import annotations

import base64

CMT = {
    "en": "# copied from the old laptop, do not share",
    "de": "# vom alten Laptop kopiert, nicht weitergeben",
    "fr": "# copié depuis l'ancien portable, ne pas diffuser",
    "es": "# copiado del portátil viejo, no compartir",
    "it": "# copiato dal vecchio portatile, non condividere",
    "nl": "# gekopieerd van de oude laptop, niet delen",
    "pt": "# copiado do portátil antigo, não partilhar",
}


def b64(c, n: int) -> str:
    return base64.b64encode(bytes(c.rng.randrange(256) for _ in range(n))).decode()


def kubeconfig(c):
    cl = c.pick(["staging", "prod-eu", "lab", "edge-01"])
    user = c.pick(["deploy-bot", "ci", "admin", "ops"])
    server = c.ip_raw()
    proxy = ""
    if c.p(0.5):
        proxy = f"    proxy-url: http://{c.ucred(c.pick(['svc-k8s', 'proxyuser', 'build']))}@proxy.corp.internal:3128\n"
    auth = f"    token: {c.tok(4)}" if c.p(0.6) else f"    username: {user}\n    password: {c.pw()}"
    txt = (
        f"{CMT[c.lang]}\napiVersion: v1\nkind: Config\nclusters:\n- cluster:\n"
        f"    certificate-authority-data: {c.d('ca-cert', 'LS0tLS1CRUdJTi' + b64(c, 30))}\n"
        f"    server: https://{c.m('IP_ADDRESS', server)}:6443\n{proxy}  name: {cl}\ncontexts:\n- context:\n"
        f"    cluster: {cl}\n    user: {user}\n  name: {user}@{cl}\ncurrent-context: {user}@{cl}\n"
        f"users:\n- name: {user}\n  user:\n{auth}\n"
    )
    if c.p(0.4):
        txt += f"# API server reachable only from {c.cidr()} (VPN)\n"
    if c.p(0.4):
        txt += f"# oidc issuer contact: {c.email(dom='corp.internal')} (uid {c.uuid()})\n"
    return "config", txt


def journald(c):
    host = c.pick(["web-02", "nas", "gw-eu1", "build7"])
    lines = []
    ts = c.rng.randrange(1760000000, 1790000000)
    boot = c.hexd("boot-id", 32)  # one boot: the same id on every line
    for i in range(c.rng.randrange(3, 6)):
        ts += c.rng.randrange(1, 900)
        rt = c.d("timestamp", f"{ts}{c.rng.randrange(100000, 999999)}")
        k = c.pick(["ssh", "sudo", "app", "mail", "dhcp"])
        if k == "ssh":
            msg = f"Accepted password for {c.pick(['deploy', 'pi', 'backup'])} from {c.ip(c.p(0.3))} port {c.rng.randrange(30000, 65000)} ssh2"
            unit = "ssh.service"
        elif k == "sudo":
            msg = f"{c.pick(['anna', 'root'])} : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/mysql -u app -p{c.pw()}"
            unit = "sudo"
        elif k == "app":
            msg = f"connecting to postgresql://{c.ucred(c.pick(['app', 'billing', 'svc_report']))}@db.internal:5432/main"
            unit = "billing-api.service"
        elif k == "mail":
            msg = f"sent reminder to {c.email()} (order {c.num('order', 8)})"
            unit = "notifier.service"
        else:
            msg = f"DHCPACK on {c.ip()} to {c.d('mac', ':'.join(f'{c.rng.randrange(256):02x}' for _ in range(6)))}"
            unit = "dhcpd.service"
        lines.append(
            '{"__REALTIME_TIMESTAMP":"'
            + rt
            + '","_BOOT_ID":"'
            + boot
            + '","_HOSTNAME":"'
            + host
            + '","_SYSTEMD_UNIT":"'
            + unit
            + '","_PID":"'
            + str(c.rng.randrange(200, 65000))
            + '","MESSAGE":"'
            + msg
            + '"}'
        )
    return "log", "\n".join(lines)


def dotconf(c):
    k = c.pick(["nm", "ovpn", "odbc", "pgb", "grafana", "git"])
    if k == "git":
        host = c.pick(["git.corp.internal", "gitlab.example.com", "code.example.org"])
        return "config", (
            f"{CMT[c.lang]}\n# .git/config\n[core]\n\trepositoryformatversion = 0\n\tbare = false\n"
            f'[remote "origin"]\n\turl = https://{c.ucred(c.pick(["ci-bot", "deploy", "oauth2"]))}@{host}/infra/site.git\n'
            f'\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "main"]\n\tremote = origin\n'
            f"# last fetched {c.hexd('git', 40)}\n[user]\n\tname = {c.P(c.g() + ' ' + c.s())}\n\temail = {c.email()}\n"
        )
    if k == "nm":
        ssid = c.pick(
            ["Fritz!Box 7590 XY", "Livebox-A3F2", "MOVISTAR_9C11", "Ziggo4471", "MEO-2B7E0"]
        )
        txt = (
            f"{CMT[c.lang]}\n# /etc/NetworkManager/system-connections/{ssid}.nmconnection\n[connection]\n"
            f"id={ssid}\nuuid={c.uuid()}\ntype=wifi\n\n[wifi]\nmode=infrastructure\nssid={ssid}\n\n"
            f"[wifi-security]\nkey-mgmt=wpa-psk\npsk={c.pw()}\n\n[ipv4]\n"
            f"address1={c.ip()}/24,{c.ip()}\nmethod=manual\n"
            + (f"\n[ipv6]\naddress1={c.ip(True)}/64\nmethod=manual\n" if c.p(0.4) else "")
            + (f"# allowed: {c.cidr()}\n" if c.p(0.3) else "")
        )
        if c.p(0.4):
            txt += f"\n[802-1x]\neap=peap;\nidentity={c.email()}\npassword={c.pw()}\n"
        return "config", txt
    if k == "ovpn":
        return "config", (
            f"{CMT[c.lang]}\n# client.ovpn\nclient\ndev tun\nremote {c.ip()} 1194 udp\n"
            f"auth-user-pass creds.txt\nverify-x509-name vpn.example.com name\n"
            f"# tls-auth key fingerprint {c.hexd('fingerprint', 40)}\n\n# creds.txt\n"
            f"{c.email()}\n{c.pw()}\n"
        )
    if k == "odbc":
        return "config", (
            f"{CMT[c.lang]}\n; ~/.odbc.ini\n[reporting]\nDriver=PostgreSQL Unicode\n"
            f"Servername={c.ip()}\nPort=5432\nDatabase=dwh\nUsername=rpt_{c.pick(['eu', 'fin', 'hr'])}\n"
            f"Password={c.pw()}\nSSLmode=require\n; driver {c.ver()}\n"
        )
    if k == "pgb":
        users = c.rng.sample(["app", "etl", "grafana", "backup", "metabase"], 2)
        lines = [f'"{u}" "{c.pw()}"' for u in users]
        lines.append(
            f'"monitor" "{c.d("md5-hash", "md5" + c.hexd("x", 32)[len("⟦DECOY:x|") : -1])}"'
        )
        return "config", f"{CMT[c.lang]}\n; /etc/pgbouncer/userlist.txt\n" + "\n".join(lines) + "\n"
    return "yaml", (
        f"{CMT[c.lang]}\n# provisioning/datasources/loki.yaml\napiVersion: 1\ndatasources:\n"
        f"  - name: Loki\n    type: loki\n    url: http://{c.ip()}:3100\n    basicAuth: true\n"
        f"    basicAuthUser: {c.pick(['grafana', 'reader'])}\n    secureJsonData:\n"
        f"      basicAuthPassword: {c.pw()}\n  - name: Postgres\n    type: postgres\n"
        f"    url: {c.ip()}:5432\n    user: grafana\n    secureJsonData:\n      password: {c.pw()}\n"
        f"    jsonData:\n      postgresVersion: 1500\n    uid: {c.hexd('uid', 14)}\n"
    )


def sentry(c):
    g, s = c.g(), c.s()
    ev = c.hexd("event-id", 32)
    body = (
        '{\n  "event_id": "'
        + ev
        + '",\n  "timestamp": "'
        + c.stamp("iso")
        + '",\n  "release": "web@'
        + c.ver()
        + '",\n  "level": "error",\n  "user": {\n    "id": "'
        + c.num("user-id", 7)
        + '",\n    "email": "'
        + c.email(g, s)
        + '",\n    "ip_address": "'
        + c.ip(c.p(0.3))
        + '",\n    "name": "'
        + c.P(f"{g} {s}")
        + '"\n  },\n  "request": {\n    "url": "https://shop.example.com/checkout",\n'
        '    "headers": {\n      "Authorization": "Bearer '
        + c.tok(c.pick([2, 4, 4]))
        + '",\n      "X-Request-Id": "'
        + c.uuid()
        + '"\n    },\n    "data": {"phone": "'
        + c.phone()
        + '", "street": "'
        + c.street(0.2)
        + '"'
        + (', "iban": "' + c.iban(grouped=False) + '"' if c.p(0.35) else "")
        + (
            ', "ssn": "' + c.ssn(c.pick(["bare", "dash"])) + '"'
            if c.lang == "en" and c.p(0.6)
            else ""
        )
        + "}\n  },\n"
        + (
            '  "breadcrumbs": [{"category": "http", "data": {"url": "https://'
            + c.ucred(c.pick(["partner", "feed", "sync"]))
            + '@partner-api.example.net/v1/stock", "status_code": 502}}],\n'
            if c.p(0.35)
            else ""
        )
        + '  "exception": {"values": [{"type": "ValueError", "value": "invalid postcode for order '
        + c.num("order", 9)
        + '"}]}\n}'
    )
    return "json", body


def tcpdump(c):
    src, dst = c.ip_raw(), c.ip_raw()
    S, D = c.m("IP_ADDRESS", src), c.m("IP_ADDRESS", dst)
    t = f"{c.rng.randrange(24):02d}:{c.rng.randrange(60):02d}:{c.rng.randrange(60):02d}.{c.rng.randrange(10**6):06d}"
    k = c.pick(["ftp", "http", "smtp"])
    flt = f"host {S}" if c.p(0.6) else f"net {c.cidr()} and port {c.pick(['21', '80', '587'])}"
    head = f"# tcpdump -A -i eth0 {flt}\n{t} IP {S}.{c.rng.randrange(40000, 60000)} > {D}."
    if k == "ftp":
        user = c.pick(["backup", "webmaster", "scan"])
        return "log", (
            head + f"21: Flags [P.], seq 1:{c.rng.randrange(12, 30)}, ack 1, win 502, length 17\n"
            f"E..E..@.@.....\nUSER {user}\n{t} IP {S}.{c.rng.randrange(40000, 60000)} > {D}.21: Flags [P.]\n"
            f"E..K..@.@.....\nPASS {c.pw()}\n"
        )
    if k == "http":
        user = c.pick(["admin", "cam", "printer"])
        raw = f"{user}:{c.pw_raw()}"
        basic = base64.b64encode(raw.encode()).decode()
        return "log", (
            head + f"80: Flags [P.], length 212: HTTP: GET /cgi-bin/status HTTP/1.1\n"
            f"GET /cgi-bin/status HTTP/1.1\nHost: {D}\nAuthorization: Basic {c.m('SECRET', basic)}\n"
            f"User-Agent: curl/{c.d('version', c.pick(['7.88.1', '8.5.0', '8.11.1']))}\nCookie: sid={c.tok(6)}\n"
        )
    plain = base64.b64encode(
        ("\0" + c.pick(["relay", "newsletter", "scanner"]) + "\0" + c.pw_raw()).encode()
    ).decode()
    return "log", (
        head + f"587: Flags [P.], length 64\nEHLO laptop\nAUTH PLAIN {c.m('SECRET', plain)}\n"
        f"MAIL FROM:<{c.email()}>\nRCPT TO:<{c.email()}>\n"
    )


TEMPLATES = {
    "kubeconfig": kubeconfig,
    "journald": journald,
    "dotconf": dotconf,
    "sentry": sentry,
    "tcpdump": tcpdump,
}
