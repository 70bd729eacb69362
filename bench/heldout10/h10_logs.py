# ruff: noqa: E501, RUF001
"""Templates for set 10, logs and EDI: Android logcat, MySQL general query log and Redis
MONITOR, X12 834 benefit enrolment (English only), visitor sign-in exports."""

from __future__ import annotations

import h10_values as V
from h10_ctx import Ctx


def _lc_stamp(c: Ctx) -> str:
    r = c.r
    return c.d(
        "timestamp",
        f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}",
    )


def logcat(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    pid = r.randint(2000, 32000)
    app = r.choice(["com.example.shop", "nl.example.bank", "de.example.fit", "com.example.rides"])
    L = []

    def ln(level: str, tag: str, msg: str) -> None:
        st = _lc_stamp(c)
        if len(L) >= 2:  # only the first two stamps are labeled decoys; the rest stay plain text
            st = st.split("|", 1)[1].rstrip("⟧")
        L.append(f"{st}  {pid}  {pid + r.randint(1, 40)} {level} {tag}: {msg}")

    ln("I", "ActivityManager", f"Start proc {pid}:{app}/u0a{r.randint(100, 400)}")
    ln("D", "OkHttp", f"--> POST https://api.example.com/v{r.randint(1, 3)}/profile")
    ln("D", "OkHttp", f"Authorization: Bearer {c.token()}")
    body = (
        f'{{"firstName":"{c.m("PERSON", g)}","lastName":"{c.m("PERSON", s)}","email":"{c.email(g, s)}",'
        f'"phone":"{c.phone(intl=True)}","birthDate":"{c.dob("iso")}"'
    )
    if r.random() < 0.5:
        body += f',"address":{{"line1":"{c.street()}","city":"{c.town()}"}}'
    ln("D", "OkHttp", body + "}")
    ln("D", "OkHttp", f"--> END POST ({r.randint(120, 400)}-byte body)")
    ln("D", "OkHttp", f"<-- 200 https://api.example.com/profile ({r.randint(40, 900)}ms)")
    if r.random() < 0.5:
        ln(
            "W",
            "PaymentSheet",
            f"card form prefilled: {c.card('')} exp {r.randint(1, 12):02d}/{r.randint(27, 31)}",
        )
    if r.random() < 0.5:
        ln(
            "I",
            "FirebaseMessaging",
            f"token refreshed: {c.d('fcm-token', V.rand(r, 22, V.ALNUM + '-_') + ':APA91b' + V.rand(r, 60, V.ALNUM + '-_'))}",
        )
    if r.random() < 0.3:
        ln("D", "SyncWorker", f"connecting to amqps://{c.urlcred('mobile')}@mq.example.net/vhost")
    ln("I", "NetworkMonitor", f"wlan0 up, ip {c.ip(True)}, gw {c.ip(True)}")
    ln("E", "AndroidRuntime", f"FATAL EXCEPTION: main  Process: {app}, PID: {pid}")
    ln("E", "AndroidRuntime", f"java.lang.IllegalStateException: session {c.uuid()} expired")
    return "log", "\n".join(L)


def querylog(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    if r.random() < 0.55:
        cid = r.randint(10, 9000)
        seen = [0]

        def st(sep: str = "T") -> str:
            seen[0] += 1
            v = c.stamp(sep)
            return v if seen[0] <= 2 else v.split("|", 1)[1].rstrip("⟧")

        L = [
            "/usr/sbin/mysqld, Version: "
            + c.d("version", "8.0." + str(r.randint(20, 40)))
            + " (MySQL Community Server - GPL). started with:",
            "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock",
            "Time                 Id Command    Argument",
            f"{st()}Z\t{cid} Connect\tshop_rw@{c.ip(True)} on shop using TCP/IP",
            f"{st()}Z\t{cid} Query\tSET NAMES utf8mb4",
            f"{st()}Z\t{cid} Query\tINSERT INTO customers (first_name, last_name, email, phone, birth_date, street) VALUES "
            f"('{c.m('PERSON', g)}', '{c.m('PERSON', s.replace(chr(39), chr(39) * 2))}', '{c.email(g, s)}', '{c.phone()}', '{c.dob('iso')}', '{c.street()}')",
        ]
        if r.random() < 0.5:
            L.append(
                f"{st()}Z\t{cid} Query\tUPDATE payment_methods SET iban = '{c.iban(False)}' WHERE customer_id = {c.num('customer-id', 6)}"
            )
        if r.random() < 0.5:
            L.append(
                f"{st()}Z\t{cid + 1} Query\tCREATE USER 'report'@'%' IDENTIFIED BY '{c.password()}'"
            )
        L.append(f"{st()}Z\t{cid} Quit")
        return "log", "\n".join(L)
    key = f"user:{r.randint(1000, 99999)}"
    ep = r.randint(1700000000, 1790000000)

    n = [0]

    def t() -> str:
        n[0] += 1
        v = f"{ep + r.randint(0, 900)}.{r.randint(0, 999999):06d}"
        return c.d("timestamp", v) if n[0] == 1 else v

    ip = c.ip(True)
    L = [
        "$ redis-cli -h cache.internal MONITOR",
        "OK",
        f'{t()} [0 {ip}:{r.randint(30000, 60000)}] "AUTH" "{c.password()}"',
        f'{t()} [0 {ip}:{r.randint(30000, 60000)}] "HSET" "{key}" "name" "{c.name(g, s)}" "email" "{c.email(g, s)}" "mobile" "{c.phone()}"',
        f'{t()} [0 {ip}:{r.randint(30000, 60000)}] "EXPIRE" "session:{c.d("session-id", V.hexs(r, 24))}" "1800"',
        f'{t()} [0 {ip}:{r.randint(30000, 60000)}] "SET" "otp:{key}" "{c.code(6)}" "EX" "300"',
    ]
    if r.random() < 0.5:
        L.append(
            f'{t()} [0 {ip}:{r.randint(30000, 60000)}] "HSET" "{key}:addr" "street" "{c.street()}" "dob" "{c.dob("iso")}"'
        )
    return "log", "\n".join(L)


def x12(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who("en")
    ctl = c.num("control-no", 9)
    per = "".join(ch for ch in c.phone("us", False, raw=True) if ch.isdigit())[-10:]
    L = [
        f"ISA*00*          *00*          *ZZ*{c.num('sender-id', 9)}     *ZZ*{c.num('receiver-id', 9)}     *{r.randint(24, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}*1200*^*00501*{ctl}*0*P*:~",
        f"GS*BE*SENDER*RECEIVER*{c.date('file-date', 'compact')}*1200*1*X*005010X220A1~",
        "ST*834*0001*005010X220A1~",
        f"BGN*00*{c.num('reference', 10)}*{c.date('file-date', 'compact')}*1200****2~",
        "N1*P5*EXAMPLE EMPLOYER INC*FI*" + c.num("ein", 9) + "~",
        "INS*Y*18*021*28*A***FT~",
        f"REF*0F*{c.num('subscriber-id', 9)}~",
        f"DTP*356*D8*{c.date('coverage-start', 'compact')}~",
        f"NM1*IL*1*{c.m('PERSON', s.upper())}*{c.m('PERSON', g.upper())}****34*{c.ssn('bare')}~",
        f"PER*IP**HP*{c.m('PHONE', per)}*EM*{c.email(g, s)}~",
        f"N3*{c.street('en')}~",
        f"N4*{c.r.choice(['SPRINGFIELD*IL*62704', 'PORTLAND*OR*97214', 'AUSTIN*TX*78704'])}~",
        f"DMG*D8*{c.dob('compact')}*{r.choice('MF')}~",
        "HD*021**HLT*PPO*EMP~",
        f"DTP*348*D8*{c.date('coverage-start', 'compact')}~",
    ]
    if r.random() < 0.5:
        dg = c.who("en")[0]
        L += [
            "INS*N*19*021*28*A***FT~",
            f"NM1*IL*1*{c.m('PERSON', s.upper())}*{c.m('PERSON', dg.upper())}****34*{c.ssn('bare')}~",
            f"DMG*D8*{c.dob('compact', 2006, 2020)}*{r.choice('MF')}~",
        ]
    L += [f"SE*{len(L) - 1}*0001~", "GE*1*1~", f"IEA*1*{ctl}~"]
    return "edi", "\n".join(L)


def visitor(c: Ctx) -> tuple[str, str]:
    r = c.r
    H = {
        "en": ["Badge", "Visitor", "Company", "Host", "Mobile", "Email", "In", "Out"],
        "de": ["Ausweis", "Besucher", "Firma", "Gastgeber", "Mobil", "E-Mail", "Ein", "Aus"],
        "fr": ["Badge", "Visiteur", "Société", "Hôte", "Portable", "E-mail", "Arrivée", "Départ"],
        "es": [
            "Tarjeta",
            "Visitante",
            "Empresa",
            "Anfitrión",
            "Móvil",
            "Correo",
            "Entrada",
            "Salida",
        ],
        "it": [
            "Badge",
            "Visitatore",
            "Azienda",
            "Referente",
            "Cellulare",
            "Email",
            "Entrata",
            "Uscita",
        ],
        "nl": ["Pas", "Bezoeker", "Bedrijf", "Gastheer", "Mobiel", "E-mail", "In", "Uit"],
        "pt": [
            "Cartão",
            "Visitante",
            "Empresa",
            "Anfitrião",
            "Telemóvel",
            "Email",
            "Entrada",
            "Saída",
        ],
    }[c.lang]
    tab = r.random() < 0.5
    sep = "\t" if tab else ","
    rows = [sep.join(H)]
    firms = [
        "Nordlicht Elektro",
        "Atelier Bonnard",
        "Grupo Ebro",
        "Vetreria Adriatica",
        "Bouwbedrijf Dekker",
        "Metalúrgica Sado",
        "Hartley Facilities",
    ]
    for _ in range(r.randint(3, 6)):
        vg, vs = c.who()
        hg, hs = c.who()
        cells = [
            c.num("badge", 5, "V"),
            c.name(vg, vs),
            r.choice(firms),
            c.name(hg, hs),
            c.phone() if r.random() < 0.8 else "",
            c.email(vg, vs) if r.random() < 0.6 else "",
            f"{r.randint(7, 12):02d}:{r.randint(0, 59):02d}",
            f"{r.randint(13, 18):02d}:{r.randint(0, 59):02d}",
        ]
        if not tab:
            cells = [f'"{x}"' if "," in x else x for x in cells]
        rows.append(sep.join(cells))
    title = {
        "en": "Reception sign-in export",
        "de": "Empfang – Besucherliste",
        "fr": "Accueil – registre des visiteurs",
        "es": "Recepción – registro de visitas",
        "it": "Reception – registro visitatori",
        "nl": "Receptie – bezoekersregistratie",
        "pt": "Receção – registo de visitantes",
    }[c.lang]
    return ("tsv" if tab else "csv"), f"{title} {c.date('date', 'iso')}\n" + "\n".join(rows)
