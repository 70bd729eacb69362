# ruff: noqa: E501
"""Machine templates: Apache combined access logs, restic backup shell sessions, Home Assistant YAML."""

from __future__ import annotations

from h14_core import Ctx, d, m
from h14_pools import GIVEN, birth, email, person, phone

AGENTS = [
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Firefox/128.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5)",
    "curl/8.5.0",
    "python-requests/2.32.3",
]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def apache(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    site = r.choice(
        ["intranet.example.org", "shop.example.net", "verein.example", "portal.example.com"]
    )
    clients = [ctx.ip4() for _ in range(r.randint(2, 3))]
    if r.random() < 0.25:
        clients.append(ctx.ip6())
    g, s = person(ctx, lang)
    mail = email(ctx, lang, g, s)
    lines = []
    day, hh, mm, ss = r.randint(1, 28), r.randint(0, 22), r.randint(0, 59), 0
    mon = r.choice(MON)
    for n in range(r.randint(4, 6)):
        ss += r.randint(1, 40)
        mm, ss = mm + ss // 60, ss % 60
        hh, mm = hh + mm // 60, mm % 60
        ip = r.choice(clients)
        user = "-"
        kind = r.random()
        if kind < 0.2:
            path = f"/newsletter/unsubscribe?email={m('EMAIL', mail.replace('@', '%40'))}&list={r.randint(1, 9)}"
        elif kind < 0.32:
            path = f"/api/v2/export.csv?apikey={m('SECRET', ctx.hexs(32))}"
        elif kind < 0.42:
            path = f"/account/reset?token={m('SECRET', ctx.alnum(40))}"
        elif kind < 0.52:
            path = f"/callback?tel={m('PHONE', phone(ctx, lang, 'run'))}&src=form"
        elif kind < 0.62:
            user = m("EMAIL", mail)
            path = "/members/"
        else:
            path = r.choice(
                [
                    "/",
                    "/static/css/site.min.css",
                    "/favicon.ico",
                    "/wp-login.php",
                    "/members/",
                    "/robots.txt",
                ]
            )
            path += (
                f"?v={d('version', f'{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}')}"
                if r.random() < 0.2
                else ""
            )
        if user == "-" and path.startswith("/members") and r.random() < 0.7:
            user = r.choice(["vorstand", "kasse", "admin", "redaktion"])
        status = r.choice([200, 200, 200, 302, 304, 401, 404])
        ts = f"{day:02d}/{mon}/2026:{hh:02d}:{mm:02d}:{ss:02d} +0100"
        ts = d("timestamp", ts) if n == 0 else ts
        ref = f"https://{site}/" if r.random() < 0.5 else "-"
        lines.append(
            f'{m("IP_ADDRESS", ip)} - {user} [{ts}] "GET {path} HTTP/1.1" {status} {r.randint(0, 48000)} "{ref}" "{r.choice(AGENTS)}"'
        )
    return "\n".join(lines)


def restic(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    g, s = person(ctx, lang)
    host = f"{g.lower()}-{r.choice(['laptop', 'pc', 'nas', 'mbp'])}"
    server = m("IP_ADDRESS", ctx.ip4())
    repo_pw = m("SECRET", ctx.password())
    comment = {
        "en": "# nightly backup of {n}'s laptop",
        "de": "# nächtliches Backup für {n}",
        "fr": "# sauvegarde nocturne du portable de {n}",
        "es": "# copia nocturna del portátil de {n}",
        "it": "# backup notturno del portatile di {n}",
        "nl": "# nachtelijke back-up van de laptop van {n}",
        "pt": "# cópia noturna do portátil de {n}",
    }[lang].format(n=m("PERSON", f"{g} {s}"))
    out = [comment]
    style = r.random()
    if style < 0.4:
        cred = f"{r.choice(['restic', 'backup', host])}:{ctx.alnum(18)}"
        out.append(
            f"$ export RESTIC_REPOSITORY=rest:https://{m('URL_CREDENTIALS', cred)}@{server}:8000/{host}/"
        )
    elif style < 0.75:
        out.append(
            f"$ export RESTIC_REPOSITORY=s3:https://s3.{r.choice(['eu-central-1', 'eu-west-3'])}.example.com/{host}-restic"
        )
        out.append(f"$ export AWS_ACCESS_KEY_ID={m('SECRET', ctx.token('akia'))}")
        out.append(f"$ export AWS_SECRET_ACCESS_KEY={m('SECRET', ctx.token('aws'))}")
    else:
        out.append(f"$ export RESTIC_REPOSITORY=sftp:restic@{server}:/srv/restic/{host}")
    q = "'" if r.random() < 0.5 else ""
    out.append(f"$ export RESTIC_PASSWORD={q}{repo_pw}{q}")
    out.append("$ restic snapshots --compact")
    out.append(f"repository {d('repo-id', ctx.hexs(8))} opened (version 2, compression level auto)")
    out.append("ID        Time                 Host          Tags")
    out.append("-" * 56)
    for _ in range(r.randint(2, 4)):
        out.append(
            f"{d('snapshot-id', ctx.hexs(8))}  {d('timestamp', f'2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} 02:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}')}  {host:<13} nightly"
        )
    out.append("-" * 56)
    out.append(
        f'$ restic backup ~/Documents --tag nightly 2>&1 | mail -s "restic {host}" {m("EMAIL", email(ctx, lang, g, s))}'
    )
    if r.random() < 0.5:
        out.append(
            f"$ restic forget --keep-daily 7 --keep-weekly 5 --prune\nremoved snapshot {d('snapshot-id', ctx.hexs(8))}"
        )
    if r.random() < 0.4:
        out.append(f"$ ssh -p 2222 restic@{server} df -h /srv/restic")
    return "\n".join(out)


def home_assistant(ctx: Ctx, lang: str) -> str:
    r = ctx.rng
    g, s = person(ctx, lang)
    g2 = r.choice(GIVEN[lang])
    mail = email(ctx, lang, g, s)
    lan = ctx.uniq(lambda: f"192.168.{r.randint(0, 255)}")
    sec = [
        "# secrets.yaml",
        f'wifi_password: "{m("SECRET", ctx.password())}"',
        f"home_latitude: {d('geo', f'{r.uniform(36, 55):.5f}')}",
        f"home_longitude: {d('geo', f'{r.uniform(-9, 12):.5f}')}",
        f"smtp_password: {m('SECRET', ctx.password())}",
    ]
    if r.random() < 0.5:
        sec.append(
            f'telegram_bot_token: "{m("SECRET", f"{r.randint(100000000, 999999999)}:AA{ctx.alnum(33)}")}"'
        )
    cam_ip = m("IP_ADDRESS", ctx.uniq(lambda: f"{lan}.{r.randint(20, 250)}"))
    cam_cred = f"{r.choice(['viewer', 'admin', 'cam'])}:{ctx.alnum(14)}"
    conf = [
        "",
        "# configuration.yaml",
        "homeassistant:",
        "  latitude: !secret home_latitude",
        "  longitude: !secret home_longitude",
        "person:",
        f"  - name: {m('PERSON', f'{g} {s}')}",
        f"    id: {g.lower()}",
        f"  - name: {m('PERSON', g2)}",
        f"    id: {g2.lower()}",
        "notify:",
        "  - name: mail_family",
        "    platform: smtp",
        "    server: smtp.example.net",
        f"    sender: {m('EMAIL', mail)}",
        f"    username: {m('EMAIL', mail)}",
        "    password: !secret smtp_password",
        "    recipient:",
        f"      - {m('EMAIL', email(ctx, lang, g2, s))}",
        "camera:",
        "  - platform: generic",
        f"    still_image_url: http://{m('URL_CREDENTIALS', cam_cred)}@{cam_ip}/snapshot.jpg",
        "device_tracker:",
        "  - platform: nmap_tracker",
        f"    hosts: {m('IP_ADDRESS', lan + '.0/24')}",
    ]
    if r.random() < 0.5:
        conf += [
            "shell_command:",
            f"  sms_alarm: 'curl -s \"https://sms.example.com/send?to={m('PHONE', phone(ctx, lang, 'intl').replace(' ', ''))}&text=Alarm\"'",
        ]
    if r.random() < 0.4:
        y, mo, dd = birth(ctx, 1950, 2015)
        conf += [
            "input_datetime:",
            f"  birthday_{g2.lower()}:",
            "    has_date: true",
            f'    initial: "{m("DATE_OF_BIRTH", f"{y}-{mo:02d}-{dd:02d}")}"',
        ]
    conf.append(f"# HA version {d('version', f'2026.{r.randint(1, 11)}.{r.randint(0, 5)}')}")
    return "\n".join(sec + conf)
