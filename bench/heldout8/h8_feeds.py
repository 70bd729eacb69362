"""Templates of set 8, machine text (2): RSS/Atom feeds, a router's saved status page, SEPA
credit-transfer files (pain.001), survey-tool response exports and penetration-test findings.
"""

# Templates are text in seven languages: long lines and typographic dashes are on purpose.
# ruff: noqa: E501, RUF001

from __future__ import annotations

import h8_dates as D
import h8_pools as P
from h8_ctx import Ctx
from h8_markup import d, m

CC = {"en": "IE", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}
RFC_DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
RFC_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _rfc822(c: Ctx) -> str:
    r = c.rng
    y, mo, da = D.ymd(r, 2025, 2026)
    return f"{r.choice(RFC_DAY)}, {da:02d} {RFC_MON[mo - 1]} {y} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00 GMT"


ADS = {
    "en": ("Pick-up at", "call or text", "Listed by"),
    "de": ("Abholung:", "Anruf oder SMS an", "Anbieter:"),
    "fr": ("À retirer au", "appelez ou SMS au", "Vendeur :"),
    "es": ("Recogida en", "llamar o WhatsApp al", "Anunciante:"),
    "it": ("Ritiro in", "chiamare o WhatsApp al", "Inserzionista:"),
    "nl": ("Ophalen op", "bel of app naar", "Aanbieder:"),
    "pt": ("Recolha na", "ligar ou SMS para", "Anunciante:"),
}


def rss(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    if r.random() < 0.5:  # podcast feed
        g, s = P.full(r, lang)
        items = []
        for _ in range(r.randint(1, 2)):
            gg, gs = P.full(r, lang)
            items.append(f"""    <item>
      <title>#{r.randint(20, 180)} – {m("PERSON", f"{gg} {gs}")}</title>
      <guid isPermaLink="false">{c.uuid()}</guid>
      <pubDate>{d("timestamp", _rfc822(c))}</pubDate>
      <enclosure url="https://cdn.example.com/ep/{r.randint(1000, 9999)}.mp3" length="{r.randint(10**7, 10**8)}" type="audio/mpeg"/>
      <itunes:duration>{r.randint(0, 1):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}</itunes:duration>
    </item>""")
        feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
  <channel>
    <title>{r.choice(["Kitchen Table Talk", "Stammtisch Digital", "Les Voix du Quartier", "Charlas de Barrio", "Due Chiacchiere", "Koffie & Code", "Conversas de Café"])}</title>
    <itunes:author>{m("PERSON", f"{g} {s}")}</itunes:author>
    <itunes:owner>
      <itunes:name>{m("PERSON", f"{g} {s}")}</itunes:name>
      <itunes:email>{c.email(lang, g, s)}</itunes:email>
    </itunes:owner>
    <generator>{r.choice(["Castopod", "Podlove Publisher", "Anchor"])} {c.version()}</generator>
{chr(10).join(items)}
  </channel>
</rss>
"""
        return "rss", feed
    lab = ADS[lang]
    entries = []
    for _ in range(r.randint(2, 3)):
        g, s = P.full(r, lang)
        entries.append(f"""  <entry>
    <id>tag:kleinanzeigen.example,2025:{c.digits("ad-id", 10)}</id>
    <updated>{D.iso_stamp(r)}</updated>
    <author><name>{m("PERSON", f"{g} {s[0]}.") if r.random() < 0.3 else m("PERSON", f"{g} {s}")}</name></author>
    <content type="html">&lt;p&gt;{d("price", D.price(r, lang))} – {lab[0]} {c.street(lang)}, {P.town(r, lang)}. {lab[1]} {c.phone(lang)}&lt;/p&gt;</content>
  </entry>""")
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{r.choice(["Fahrräder", "Vélos", "Bicicletas", "Bikes", "Fietsen", "Biciclette"])} – RSS</title>
  <updated>{d("timestamp", D.iso_stamp(r))}</updated>
{chr(10).join(entries)}
</feed>
"""
    return "rss", feed


ROUTER = {
    "en": ("Internet status", "Wireless key", "PPPoE password", "Dynamic DNS e-mail"),
    "de": ("Internetstatus", "WLAN-Netzwerkschlüssel", "PPPoE-Kennwort", "DynDNS-E-Mail"),
    "fr": ("État Internet", "Clé de sécurité Wi-Fi", "Mot de passe PPPoE", "E-mail DynDNS"),
    "es": ("Estado de Internet", "Clave WPA", "Contraseña PPPoE", "Correo DDNS"),
    "it": ("Stato Internet", "Chiave WPA", "Password PPPoE", "E-mail DDNS"),
    "nl": ("Internetstatus", "WiFi-wachtwoord", "PPPoE-wachtwoord", "DDNS e-mail"),
    "pt": ("Estado da Internet", "Chave Wi-Fi", "Palavra-passe PPPoE", "E-mail DDNS"),
}


def router(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    L = ROUTER[lang]
    g, s = P.full(r, lang)
    model = r.choice(
        ["FRITZ!Box 7590", "Livebox 6", "HGU ZTE F680", "TIM Hub+", "Experia Box v10", "Router MEO"]
    )
    rows = [
        ("WAN IPv4", c.ip()),
        ("WAN IPv6", c.ip6()),
        ("LAN", c.ip(True)),
        ("MAC", d("mac", __import__("h8_values").mac(r))),
        ("Firmware", c.version()) if r.random() < 0.5 else ("Serial", c.digits("serial", 12, "S")),
    ]
    cells = "\n".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
    html = f"""<!DOCTYPE html>
<html><body>
<h1>{model} – {L[0]}</h1>
<table>
{cells}
</table>
<form id="wlan">
<label for="ssid">SSID</label><input id="ssid" value="{r.choice(["Casa", "Zuhause", "Maison", "Thuis", "Familia"])}-{P.ascii_fold(s)}">
<label for="psk">{L[1]}</label><input id="psk" type="password" value="{c.pw()}">
<label for="ppp">{L[2]}</label><input id="ppp" type="password" value="{c.pw()}">
<label for="ddns">{L[3]}</label><input id="ddns" value="{c.email(lang, g, s)}">
<label for="upd">Update-URL</label><input id="upd" value="https://{c.urlcred(P.ascii_fold(s))}@dyndns.example.net/nic/update?hostname={P.ascii_fold(s)}.dyn.example">
</form>
<p class="footer">{model} · {d("timestamp", D.stamp(r))}</p>
</body></html>
"""
    return "html", html


def sepa(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    cc = {
        "en": "IE",
        "de": r.choice(["DE", "AT"]),
        "fr": r.choice(["FR", "BE", "LU"]),
        "es": "ES",
        "it": "IT",
        "nl": "NL",
        "pt": "PT",
    }[lang]
    purpose = {
        "en": "Salary",
        "de": "Gehalt",
        "fr": "Salaire",
        "es": "Nómina",
        "it": "Stipendio",
        "nl": "Salaris",
        "pt": "Vencimento",
    }[lang]
    txs = []
    total = 0
    n = 2
    for _ in range(n):
        g, s = P.full(r, lang)
        amt = r.randint(1200, 5200)
        total += amt
        adr = (
            (
                f"\n          <PstlAdr><Ctry>{cc}</Ctry><AdrLine>{c.street(lang)}</AdrLine>"
                f"<AdrLine>{P.town(r, lang)}</AdrLine></PstlAdr>"
            )
            if r.random() < 0.6
            else ""
        )
        txs.append(f"""      <CdtTrfTxInf>
        <PmtId><EndToEndId>{c.digits("end-to-end", 12, "E2E") if r.random() < 0.4 else "NOTPROVIDED"}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">{amt}.{r.randint(0, 99):02d}</InstdAmt></Amt>
        <Cdtr><Nm>{m("PERSON", f"{g} {s}")}</Nm>{adr}</Cdtr>
        <CdtrAcct><Id><IBAN>{c.iban(r.choice([cc, cc, "DE", "FR", "ES", "IT", "NL", "PT", "BE"]), grouped=False)}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>{purpose} {r.choice(["06", "07", "11", "12"])}/2025</Ustrd></RmtInf>
      </CdtTrfTxInf>""")
    firm = f"{P.surname(r, lang)} {r.choice(['GmbH', 'SARL', 'S.L.', 'S.r.l.', 'B.V.', 'Lda.', 'Ltd'])}"
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>{c.digits("msg-id", 14, "MSG")}</MsgId>
      <CreDtTm>{d("timestamp", D.iso_stamp(r).rstrip("Z"))}</CreDtTm>
      <NbOfTxs>{n}</NbOfTxs>
    </GrpHdr>
    <PmtInf>
      <ReqdExctnDt><Dt>{d("date", D.recent(r, lang, "iso"))}</Dt></ReqdExctnDt>
      <Dbtr><Nm>{firm}</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{c.iban(cc, grouped=False)}</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BICFI>{d("bic", r.choice(["COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "BCITITMM", "INGBNL2A", "BCOMPTPL"]))}</BICFI></FinInstnId></DbtrAgt>
{chr(10).join(txs)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
"""
    return "xml", doc


SURVEY = {
    "en": ("How likely are you to recommend us?", "Anything else?", "I moved, please send it to"),
    "de": (
        "Wie wahrscheinlich empfehlen Sie uns weiter?",
        "Sonst noch etwas?",
        "Bin umgezogen, bitte an",
    ),
    "fr": (
        "Recommanderiez-vous notre service ?",
        "Autre chose ?",
        "J'ai déménagé, merci d'envoyer au",
    ),
    "es": ("¿Nos recomendaría?", "¿Algo más?", "Me he mudado, envíenlo a"),
    "it": ("Ci consiglierebbe?", "Altro?", "Ho traslocato, spedite a"),
    "nl": ("Zou u ons aanbevelen?", "Nog iets?", "Ik ben verhuisd, graag naar"),
    "pt": ("Recomendaria o nosso serviço?", "Mais alguma coisa?", "Mudei de casa, enviem para a"),
}


def survey(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    L = SURVEY[lang]
    out = []
    for _ in range(r.randint(1, 2)):
        g, s = P.full(r, lang)
        comment = (
            f"{L[2]} {c.street(lang, r.random() < 0.4)}, {P.town(r, lang)}"
            if r.random() < 0.5
            else f"{L[1]} {c.phone(lang)}"
        )
        ans = [
            f'{{"field": {{"ref": "full_name"}}, "type": "text", "text": "{m("PERSON", f"{g} {s}")}"}}',
            f'{{"field": {{"ref": "email"}}, "type": "email", "email": "{c.email(lang, g, s)}"}}',
            f'{{"field": {{"ref": "nps", "title": "{L[0]}"}}, "type": "number", "number": {r.randint(0, 10)}}}',
            f'{{"field": {{"ref": "comment"}}, "type": "text", "text": "{comment}"}}',
        ]
        if r.random() < 0.6:
            ans.insert(
                2,
                f'{{"field": {{"ref": "date_of_birth"}}, "type": "date", "date": "{m("DATE_OF_BIRTH", D.dob(r, lang, "iso"))}"}}',
            )
        if r.random() < 0.4:
            ans.insert(
                2,
                f'{{"field": {{"ref": "phone"}}, "type": "phone_number", "phone_number": "+{m("PHONE", c.phone_run(lang))}"}}',
            )
        out.append(
            f'{{"response_id": "{c.hexd("response-id", 20)}", "submitted_at": "{d("timestamp", D.iso_stamp(r))}", '
            f'"metadata": {{"user_agent": "Mozilla/5.0", '
            f'"ip": "{c.ip()}"}}, "answers": [{", ".join(ans)}]}}'
        )
    return "json", '{"total_items": ' + str(len(out)) + ', "items": [\n' + ",\n".join(
        out
    ) + "\n]}\n"


PT_HEAD = {
    "en": ("Findings", "Credentials recovered", "Client contact"),
    "de": ("Befunde", "Gefundene Zugangsdaten", "Ansprechpartner Kunde"),
    "fr": ("Constats", "Identifiants récupérés", "Contact client"),
    "es": ("Hallazgos", "Credenciales obtenidas", "Contacto del cliente"),
    "nl": ("Bevindingen", "Gevonden inloggegevens", "Contactpersoon klant"),
    "it": ("Risultati", "Credenziali recuperate", "Referente cliente"),
    "pt": ("Constatações", "Credenciais obtidas", "Contacto do cliente"),
}


def pentest(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    H = PT_HEAD[lang]
    g, s = P.full(r, lang)
    rows = []
    for _ in range(2):
        cve = f"CVE-{r.randint(2019, 2025)}-{r.randint(1000, 49999)}"
        rows.append(
            f"| {c.ip(r.random() < 0.6)} | {r.choice([22, 80, 443, 445, 3389, 8080, 5432])} | "
            f"{r.choice(['OpenSSH', 'nginx', 'SMB', 'RDP', 'Tomcat', 'PostgreSQL'])} {c.version()} | "
            f"{d('cve', cve)} | {r.choice(['9.8', '7.5', '5.3', '8.1'])} |"
        )
    creds = [
        f"- `{r.choice(['admin', 'tomcat', 'sa', 'backup'])}` / `{c.pw()}` ({r.choice(['default', 'reuse', 'wiki'])})",
        f"- JDBC: `jdbc:postgresql://{c.urlcred('svc_report')}@{c.ip(True)}:5432/dwh`",
        f"- API key in `main.{c.hexd('sha1', 8)}.js`: `{c.tok()}`",
    ]
    if r.random() < 0.6:
        creds.append(f"- PAN in `debug.log` (PCI DSS 3.4): {c.card(r.choice([' ', '', '-']))}")
    if r.random() < 0.3:
        creds.append(f"- test card in checkout form (rejected, bad check digit): {c.luhn_bad()}")
    text = f"""# Pentest {r.choice(["Q2", "Q3", "Q4"])}/2025 – {P.surname(r, lang)} {r.choice(["GmbH", "SAS", "S.L.", "B.V.", "Ltd"])}

**{H[2]}:** {m("PERSON", f"{g} {s}")}, {c.email(lang, g, s, company=True)}, {c.phone(lang)}
**Scope:** {c.net()}

## {H[0]}

| Host | Port | Service | CVE | CVSS |
|---|---|---|---|---|
{chr(10).join(rows)}

## {H[1]}

{chr(10).join(creds)}

NTLM (not cracked): `{"".join(r.choice("0123456789abcdef") for _ in range(32))}`
Report id {c.uuid()}
"""
    return "markdown", text
