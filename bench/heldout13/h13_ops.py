# ruff: noqa: E501
"""Templates: ASP.NET ``appsettings.json``, Squid ``access.log``, Prometheus/Alertmanager YAML.

``appsettings.json`` holds ADO.NET connection strings (``Password=`` values), an AMQP URL
with credentials, SMTP login, a JWT signing key and a seeded admin. Squid's native log
line is ``time elapsed client code/status bytes method URL user hierarchy/peer type``:
the client and peer IPs are values, the epoch time a decoy, e-mail and phone in query
strings values, ``ftp://user:pass@`` a URL credential. The Prometheus file has basic-auth
passwords, a bearer token, a ``remote_write`` URL with credentials and targets by IP;
its Alertmanager part the SMTP password and the on-call person.
"""

from __future__ import annotations

import string
from typing import Any

from h13_pools import email, person, phone


def appsettings(ctx: Any, lang: str) -> tuple[str, str]:
    g, f = person(ctx, lang)
    db = ctx.choice(["Crm", "Booking", "Members", "Billing"])
    user = ctx.choice(["app_rw", "svc_web", "crm_app", "booking_user"])
    mq_user = ctx.choice(["worker", "svc-queue", "bus"])
    smtp_user = email(ctx, "noreply", ctx.choice(["shop", "crm", "portal", "app"]))
    parts = [
        "{",
        '  "ConnectionStrings": {',
        f'    "Default": "Server=⁅IP_ADDRESS|{ctx.ipv4()}⁆,1433;Database={db};User Id={user};Password=⁅SECRET|{ctx.password()}⁆;TrustServerCertificate=True",',
        f'    "Bus": "amqp://⁅URL_CREDENTIALS|{mq_user}:{ctx.token(16)}⁆@⁅IP_ADDRESS|{ctx.ipv4()}⁆:5672/prod"',
        "  },",
        f'  "Smtp": {{ "Host": "smtp.{ctx.choice(["example.com", "example.net"])}", "Port": 587, "User": "⁅EMAIL|{smtp_user}⁆", "Password": "⁅SECRET|{ctx.password()}⁆" }},',
        f'  "Jwt": {{ "Issuer": "https://id.example.org", "SigningKey": "⁅SECRET|{ctx.token(44, string.ascii_letters + string.digits + "+/")}⁆", "LifetimeMinutes": 60 }},',
        f'  "Seed": {{ "AdminName": "⁅PERSON|{g} {f}⁆", "AdminEmail": "⁅EMAIL|{email(ctx, g, f)}⁆"'
        + (f', "AdminPhone": "⁅PHONE|{phone(ctx, lang, "intl")}⁆"' if ctx.chance(0.5) else "")
        + " },",
    ]
    if ctx.chance(0.5):
        parts.append(
            f'  "Payments": {{ "Provider": "stripe", "SecretKey": "⁅SECRET|{"sk_live_" + ctx.token(24)}⁆" }},'
        )
    else:
        parts.append(f'  "GitHub": {{ "Token": "⁅SECRET|{"ghp_" + ctx.token(36)}⁆" }},')
    parts += [
        f'  "InstanceId": "⁅~uuid|{ctx.uuid()}⁆",',
        f'  "Build": {{ "Version": "⁅~version|{ctx.rng.randint(1, 9)}.{ctx.rng.randint(0, 30)}.{ctx.rng.randint(0, 300)}⁆", "Commit": "⁅~sha|{ctx.hexid(40)}⁆" }},',
        '  "AllowedHosts": "*"',
        "}",
    ]
    return "config", "\n".join(parts) + "\n"


SITES = [
    "portal.example.com",
    "shop.example.net",
    "forms.example.org",
    "booking.example.de",
    "tickets.example.fr",
]


def squid(ctx: Any, lang: str) -> tuple[str, str]:
    t = 1764000000 + ctx.rng.randint(0, 4000000)
    client = ctx.ipv4()
    lines = []
    users = [ctx.choice(["-", "jlopez", "mvanrijn", "a.ferrari", "-"]) for _ in range(2)]
    for k in range(ctx.rng.randint(3, 5)):
        t += ctx.rng.randint(0, 40)
        ms = ctx.digits(3)
        el = ctx.rng.randint(3, 2400)
        peer = ctx.ipv4()
        r = ctx.rng.random()
        if r < 0.18:
            g, f = person(ctx, lang)
            e = email(ctx, g, f).replace("@", "%40")
            url = f"http://{ctx.choice(SITES)}/subscribe?email=⁅EMAIL|{e}⁆&src=nl"
            if ctx.chance(0.4):
                url += f"&tel=⁅PHONE|{phone(ctx, lang, 'run')}⁆"
            meth, code, typ = "GET", "TCP_MISS/200", "text/html"
        elif r < 0.33:
            url = f"ftp://⁅URL_CREDENTIALS|{ctx.choice(['backup', 'scan', 'upload'])}:{ctx.token(14)}⁆@⁅IP_ADDRESS|{peer}⁆/in/{ctx.digits(6)}.pdf"
            meth, code, typ = "GET", "TCP_MISS/226", "application/pdf"
        elif r < 0.7:
            url = f"{ctx.choice(SITES)}:443"
            meth, code, typ = "CONNECT", "TCP_TUNNEL/200", "-"
        else:
            url = f"http://{ctx.choice(SITES)}/static/app.{ctx.hexid(8)}.js"
            meth, code, typ = (
                "GET",
                ctx.choice(["TCP_HIT/200", "TCP_MEM_HIT/200", "TCP_MISS/304"]),
                "application/javascript",
            )
        who = ctx.choice(users)
        if ctx.chance(0.12):
            g, f = person(ctx, lang)
            who = f"⁅EMAIL|{email(ctx, g, f)}⁆"
        src = client if k % 3 else ctx.ipv4()
        lines.append(
            f"⁅~epoch|{t}.{ms}⁆ {el:6d} ⁅IP_ADDRESS|{src}⁆ {code} {ctx.rng.randint(300, 90000)} {meth} {url} {who} HIER_DIRECT/⁅IP_ADDRESS|{peer}⁆ {typ}"
        )
    return "log", "\n".join(lines) + "\n"


def prometheus(ctx: Any, lang: str) -> tuple[str, str]:
    g, f = person(ctx, lang)
    hosts = [ctx.ipv4() for _ in range(ctx.rng.randint(2, 3))]
    targets = ", ".join(f"'⁅IP_ADDRESS|{h}⁆:9100'" for h in hosts)
    ruser = ctx.choice(["tenant-eu", "metrics", "grafana-push"])
    smtp = email(ctx, "alerts", ctx.choice(["ops", "noc", "infra"]))
    y = [
        "# prometheus.yml",
        "global:",
        "  scrape_interval: 30s",
        "  external_labels:",
        f"    cluster: {ctx.choice(['eu-west', 'fra1', 'mad2', 'ams3'])}",
        f"    config_rev: ⁅~sha|{ctx.hexid(12)}⁆",
        "scrape_configs:",
        "  - job_name: node",
        "    static_configs:",
        f"      - targets: [{targets}]",
        "  - job_name: blackbox-http",
        "    basic_auth:",
        "      username: probe",
        f"      password: ⁅SECRET|{ctx.password()}⁆",
        "  - job_name: federate",
        f"    bearer_token: ⁅SECRET|{ctx.token(40)}⁆",
        "remote_write:",
        f"  - url: https://⁅URL_CREDENTIALS|{ruser}:{ctx.token(18)}⁆@metrics.example.net/api/v1/push",
        "---",
        "# alertmanager.yml",
        "global:",
        "  smtp_smarthost: 'smtp.example.net:587'",
        f"  smtp_auth_username: '⁅EMAIL|{smtp}⁆'",
        f"  smtp_auth_password: '⁅SECRET|{ctx.password()}⁆'",
        "receivers:",
        "  - name: oncall",
        "    email_configs:",
        f"      - to: '⁅EMAIL|{email(ctx, g, f)}⁆'",
        f"    # on call this week: ⁅PERSON|{g} {f}⁆, ⁅PHONE|{phone(ctx, lang, 'intl', mobile=True)}⁆",
        f"# alertmanager ⁅~version|0.{ctx.rng.randint(20, 28)}.{ctx.rng.randint(0, 3)}⁆, silence id ⁅~uuid|{ctx.uuid()}⁆",
    ]
    return "yaml", "\n".join(y) + "\n"
