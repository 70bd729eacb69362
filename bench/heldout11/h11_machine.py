# ruff: noqa: E501
"""Templates, machine text: airline PNR displays, OIDC userinfo, unattend.xml, RADIUS and
OpenVPN logs, Kafka consumer output, mobile app preference dumps.

Each template takes the set's ``Ctx`` and a language and returns ``(kind, marked text)``.
"""

from __future__ import annotations

from h11_ctx import Ctx
from h11_markup import D, M
from h11_pools import MON3, ascii_fold, birth_ymd, fmt_date, split_town, stamp

NAT = {"en": ["USA", "GBR"], "de": ["DEU", "AUT", "CHE"], "fr": ["FRA", "BEL"], "es": ["ESP"],
       "it": ["ITA"], "nl": ["NLD", "BEL"], "pt": ["PRT"]}  # fmt: skip
AIRLINE = {"en": "UA", "de": "LH", "fr": "AF", "es": "IB", "it": "AZ", "nl": "KL", "pt": "TP"}
CITY = {"en": "JFK", "de": "FRA", "fr": "CDG", "es": "MAD", "it": "FCO", "nl": "AMS", "pt": "LIS"}
RM = {
    "en": "PAX REQ AISLE SEAT - CALL BACK IF SCHED CHG",
    "de": "KUNDE WUENSCHT RUECKRUF BEI FLUGPLANAENDERUNG",
    "fr": "CLIENT SOUHAITE ETRE RAPPELE EN CAS DE MODIF",
    "es": "CLIENTE PIDE ASIENTO PASILLO LLAMAR SI CAMBIO",
    "it": "CLIENTE CHIEDE POSTO CORRIDOIO AVVISARE SE CAMBIO",
    "nl": "KLANT WIL GEBELD WORDEN BIJ SCHEMAWIJZIGING",
    "pt": "CLIENTE PEDE LUGAR CORREDOR LIGAR SE ALTERACAO",
}


def _up(s: str) -> str:
    return ascii_fold(s).upper()


def _ddmmmyy(ymd: tuple[int, int, int]) -> str:
    y, m, d = ymd
    return f"{d:02d}{MON3[m - 1]}{y % 100:02d}"


def t_pnr(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    al, org = AIRLINE[lang], CITY[lang]
    pax = [c.person(lang) for _ in range(r.choice([1, 1, 2, 3]))]
    loc = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    lines = [
        f"RP/{org}1A0{c.num(3)}/{org}1A0{c.num(3)}            AA/SU  {r.randint(1, 28):02d}{MON3[r.randint(0, 11)]}26/{r.randint(0, 23):02d}{r.randint(0, 59):02d}Z   {D('booking', loc)}"
    ]
    names = "  ".join(
        f"{i + 1}.{M('PERSON', _up(s) + '/' + _up(g))} {r.choice(['MR', 'MRS', 'MS'])}"
        for i, (g, s) in enumerate(pax)
    )
    lines.append("  " + names)
    n = len(pax) + 1
    dest = r.choice([d for d in ["JFK", "GRU", "NRT", "YUL", "DXB", "BKK", "LHR"] if d != org])
    lines.append(
        f"  {n}  {al}{r.randint(100, 999)} Y {r.randint(1, 28):02d}{MON3[r.randint(0, 11)]} {r.randint(1, 7)} {org}{dest} HK{len(pax)}  {r.randint(6, 22):02d}{r.randint(0, 5)}5 {r.randint(6, 23):02d}{r.randint(0, 5)}0   E  {al}/{loc}"
    )
    g0, s0 = pax[0]
    mail = c.email(g0, s0)
    ph = c.phone_obj(lang, mobile=True)
    n += 1
    lines.append(f"  {n} AP {org} {M('PHONE', ph.intl(' '))} - M")
    n += 1
    lines.append(f"  {n} APE {M('EMAIL', mail)}")
    n += 1
    lines.append(f"  {n} TK OK{r.randint(1, 28):02d}{MON3[r.randint(0, 11)]}/{org}1A0{c.num(3)}")
    for i, (g, s) in enumerate(pax):
        ymd = birth_ymd(r, 1944, 2012)
        exp = (r.randint(2027, 2035), r.randint(1, 12), r.randint(1, 28))
        n += 1
        lines.append(
            f"  {n} SSR DOCS {al} HK1 P/{r.choice(NAT[lang])}/{r.choice('CDEFGHKLX')}{c.num(8)}/{r.choice(NAT[lang])}/{M('DATE_OF_BIRTH', _ddmmmyy(ymd))}/{r.choice('MF')}/{D('expiry', _ddmmmyy(exp))}/{M('PERSON', _up(s) + '/' + _up(g))}/P{i + 1}"
        )
    n += 1
    lines.append(f"  {n} SSR CTCM {al} HK1/{M('PHONE', ph.cc + ph.nsn)}/P1")
    n += 1
    lines.append(f"  {n} SSR CTCE {al} HK1/{M('EMAIL', mail.upper().replace('@', '//'))}/P1")
    if r.random() < 0.7:
        st = _up(c.street(lang)).replace(",", "")
        n += 1
        lines.append(
            f"  {n} SSR DOCA {al} HK1 R/{NAT[lang][0]}/{M('STREET_ADDRESS', st)}/{_up(split_town(c.town(lang))[1])}//{c.num(5)}/P1"
        )
    n += 1
    amount = f"{r.randint(300, 4800)}.{r.randint(0, 99):02d}"
    if r.random() < 0.45:
        kind = r.choice(["visa", "mc", "amex"])
        pan = c.card(kind)
        code = {"visa": "VI", "mc": "CA", "amex": "AX"}[kind]
        lines.append(
            f"  {n} FP CC{code}{M('CREDIT_CARD', pan)}/{r.randint(1, 12):02d}{r.randint(27, 31)}*CV/EUR{amount}/P1"
        )
    else:
        lines.append(
            f"  {n} FP CCVIXXXXXXXXXXXX{c.num(4)}/{r.randint(1, 12):02d}{r.randint(27, 31)}*CV/EUR{amount}/P1"
        )
    n += 1
    lines.append(
        f"  {n} FA PAX {D('ticket', f'{r.randint(100, 999)}-{c.num(10)}')}/ET{al}/EUR{amount}/{r.randint(1, 28):02d}{MON3[r.randint(0, 11)]}26/{org}1A0{c.num(3)}/{D('agency-id', c.num(8))}"
    )
    n += 1
    lines.append(f"  {n} RM {RM[lang]}")
    lines.append(">")
    return "pnr", "\n".join(lines)


LOCALE = {
    "en": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "it": "it-IT",
    "nl": "nl-NL",
    "pt": "pt-PT",
}


def t_oidc(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = c.person(lang)
    sub = c.uuid()
    mail = c.email(g, s)
    ph = c.phone_obj(lang)
    st, town = c.street(lang), c.town(lang)
    dob = fmt_date(r, lang, birth_ymd(r), "iso")
    iat = r.randint(1767000000, 1790000000)
    out = []
    if r.random() < 0.5:
        out.append(
            f"$ curl -s -H 'Authorization: Bearer {M('SECRET', c.jwt(sub))}' https://id.example.com/userinfo | jq ."
        )
    else:
        out.append(
            f"$ curl -s -X POST https://login.example.org/oauth2/token -d grant_type=refresh_token -d client_id=portal-web -d client_secret={M('SECRET', c.token('rnd'))} -d refresh_token={M('SECRET', c.token('rnd'))}"
        )
        out.append(
            '{"access_token":"<redacted>","token_type":"Bearer","expires_in":300,"scope":"openid profile email phone address"}'
        )
        out.append("$ jwt decode id_token.txt | jq .payload")
    out.append("{")
    out.append(f'  "sub": "{D("uuid", sub)}",')
    if "jwt decode" in out[-2]:
        out.append('  "iss": "https://login.example.org/",')
        out.append(
            f'  "aud": "portal-web",\n  "iat": {D("timestamp", str(iat))},\n  "exp": {iat + 300},'
        )
        out.append(f'  "at_hash": "{D("hash", c.hexs(22))}",')
    out.append(f'  "name": "{M("PERSON", f"{g} {s}")}",')
    out.append(f'  "given_name": "{M("PERSON", g)}",\n  "family_name": "{M("PERSON", s)}",')
    out.append(
        f'  "email": "{M("EMAIL", mail)}",\n  "email_verified": {r.choice(["true", "false"])},'
    )
    out.append(
        f'  "phone_number": "{M("PHONE", ph.intl(" ") if r.random() < 0.4 else "+" + ph.cc + ph.nsn)}",'
    )
    out.append(f'  "phone_number_verified": {r.choice(["true", "false"])},')
    out.append(f'  "birthdate": "{M("DATE_OF_BIRTH", dob)}",')
    out.append(f'  "locale": "{LOCALE[lang]}",')
    pc, city = split_town(town)
    out.append(
        f'  "address": {{\n    "street_address": "{M("STREET_ADDRESS", st)}",\n    "locality": "{city}",\n    "postal_code": "{pc}"\n  }},'
    )
    out.append(f'  "updated_at": {D("timestamp", str(iat - r.randint(1000, 9000000)))}')
    out.append("}")
    return "json", "\n".join(out)


UNATTEND_NOTE = {
    "en": "Questions: IT desk, {n}, {p}",
    "de": "Rückfragen: IT, {n}, Tel. {p}",
    "fr": "Questions : service informatique, {n}, tél. {p}",
    "es": "Dudas: informática, {n}, tel. {p}",
    "it": "Domande: ufficio IT, {n}, tel. {p}",
    "nl": "Vragen: ICT, {n}, tel. {p}",
    "pt": "Dúvidas: informática, {n}, tel. {p}",
}


def _utf16_b64(pw: str, suffix: str) -> str:
    import base64

    return base64.b64encode((pw + suffix).encode("utf-16-le")).decode()


def t_unattend(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = c.person(lang)
    ig, is_ = c.person(lang)
    login = ascii_fold(g[0] + s).lower().replace(" ", "")
    comp = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral"'
    comp1 = comp.replace("31bf3856ad364e35", D("public-key-token", "31bf3856ad364e35"))
    gw, dns = c.ipv4(False), c.ipv4(False)
    ip = c.uniq("IP_ADDRESS", lambda: f"{gw.rsplit('.', 1)[0]}.{r.randint(20, 250)}/24")
    admin_pw, user_pw, join_pw = c.password(lang), c.password(lang), c.password(lang)
    enc = r.random() < 0.3

    def pw(v: str, suffix: str) -> str:
        if enc:
            return f"<Value>{M('SECRET', _utf16_b64(v, suffix))}</Value>\n            <PlainText>false</PlainText>"
        return f"<Value>{M('SECRET', v)}</Value>\n            <PlainText>true</PlainText>"

    key = "-".join(c.hexs(5).upper().replace("0", "Q").replace("1", "R") for _ in range(5))
    note = UNATTEND_NOTE[lang].format(n=M("PERSON", f"{ig} {is_}"), p=M("PHONE", c.phone(lang)))
    x = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- {note} -->
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="specialize">
    <component name="Microsoft-Windows-Shell-Setup" {comp1}>
      <ComputerName>WS-{c.num(4)}</ComputerName>
      <RegisteredOwner>{M("PERSON", f"{g} {s}")}</RegisteredOwner>
      <ProductKey>{D("product-key", key)}</ProductKey>
    </component>
    <component name="Microsoft-Windows-TCPIP" {comp}>
      <Interfaces>
        <Interface wcm:action="add">
          <Identifier>Ethernet</Identifier>
          <UnicastIpAddresses>
            <IpAddress wcm:action="add" wcm:keyValue="1">{M("IP_ADDRESS", ip)}</IpAddress>
          </UnicastIpAddresses>
          <Routes><Route wcm:action="add"><Prefix>0.0.0.0/0</Prefix><NextHopAddress>{M("IP_ADDRESS", gw)}</NextHopAddress></Route></Routes>
        </Interface>
      </Interfaces>
      <!-- DNS {M("IP_ADDRESS", dns)} via DHCP option -->
    </component>
    <component name="Microsoft-Windows-UnattendedJoin" {comp}>
      <Identification>
        <Credentials>
          <Domain>CORP</Domain>
          <Password>{M("SECRET", join_pw)}</Password>
          <Username>svc-domainjoin</Username>
        </Credentials>
        <JoinDomain>corp.example.internal</JoinDomain>
      </Identification>
    </component>
  </settings>
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" {comp}>
      <UserAccounts>
        <AdministratorPassword>
            {pw(admin_pw, "AdministratorPassword")}
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Password>
            {pw(user_pw, "Password")}
            </Password>
            <DisplayName>{M("PERSON", f"{g} {s}")}</DisplayName>
            <Name>{login}</Name>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
    </component>
  </settings>
</unattend>"""
    return "xml", x


def t_radius(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    out = [
        f"# {r.choice(['/var/log/freeradius/radacct/10.20.0.2/detail-', '/var/log/radius/radacct/nas01/detail-'])}{r.randint(2025, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    ]
    users = []
    for i in range(r.choice([2, 2, 3])):
        g, s = c.person(lang)
        mail = c.email(g, s)
        ip = c.ipv4(False)
        users.append((mail, ip))
        st = stamp(r)
        out.append(f"{st}" if i else D("timestamp", st))
        out.append(f'\tAcct-Session-Id = "{D("session-id", c.hexs(8).upper() + "-" + c.num(8))}"')
        out.append(f"\tAcct-Status-Type = {r.choice(['Start', 'Interim-Update', 'Stop'])}")
        out.append(f'\tUser-Name = "{M("EMAIL", mail)}"')
        out.append(f"\tFramed-IP-Address = {M('IP_ADDRESS', ip)}")
        if r.random() < 0.4:
            ph = c.phone_obj(lang, mobile=True)
            out.append(f'\tCalling-Station-Id = "{M("PHONE", ph.cc + ph.nsn)}"')
        else:
            out.append(f'\tCalling-Station-Id = "{D("mac", c.hexs(12).upper())}"')
        out.append("")
    if r.random() < 0.5:
        mail, _ = users[0]
        out.append("# radiusd -X (debug, auth)")
        out.append(
            f'(7) pap: Login attempt with password "{M("SECRET", c.password(lang))}" (Login OK: [{M("EMAIL", mail)}])'
        )
        out.append("")
    out.append("# /run/openvpn/server.status")
    out.append("OpenVPN CLIENT LIST")
    out.append(f"Updated,{stamp(r)}")
    out.append("Common Name,Real Address,Bytes Received,Bytes Sent,Connected Since")
    vpn = []
    for mail, _ in users:
        pub = c.ipv4(True) if r.random() < 0.8 else c.ipv6()
        virt = c.ipv4(False)
        cn = mail.split("@")[0]
        vpn.append((cn, pub, virt))
        addr = (
            f"{M('IP_ADDRESS', pub)}:{r.randint(1025, 65000)}"
            if ":" not in pub
            else f"[{M('IP_ADDRESS', pub)}]:{r.randint(1025, 65000)}"
        )
        out.append(f"{cn},{addr},{r.randint(10000, 999999)},{r.randint(10000, 999999)},{stamp(r)}")
    out.append("ROUTING TABLE\nVirtual Address,Common Name,Real Address,Last Ref")
    for cn, pub, virt in vpn:
        addr = (
            f"{M('IP_ADDRESS', pub)}:{r.randint(1025, 65000)}"
            if ":" not in pub
            else f"[{M('IP_ADDRESS', pub)}]"
        )
        out.append(f"{M('IP_ADDRESS', virt)},{cn},{addr},{stamp(r)}")
    out.append("GLOBAL STATS\nMax bcast/mcast queue length,0\nEND")
    return "log", "\n".join(out)
