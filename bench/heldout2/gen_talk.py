"""Conversational kinds: chats, chat exports, SMS, call and voicemail transcripts.

Each maker takes a ``Ctx`` and returns marked text (see gen_markup). Topics are small scenes
that real support conversations are made of; a chat strings two or three of them together.
"""

from __future__ import annotations

# ruff: noqa: E501 - template lines are kept whole so they read as the text they make
from collections.abc import Callable

from gen_markup import Ctx, m

Lines = list[tuple[str, str]]  # (speaker "A" agent / "B" customer, marked line)


def t_address(c: Ctx) -> Lines:
    a = c.addr()
    return [
        (
            "B",
            c.L(
                en=[f"I moved, the new address is {a}", f"pls update my address to {a} thanks"],
                de=[f"Ich bin umgezogen, neue Adresse: {a}", f"Bitte Lieferadresse ändern auf {a}"],
                fr=[f"J'ai déménagé, nouvelle adresse : {a}", f"merci de livrer plutôt au {a}"],
                es=[f"Me he mudado, la nueva dirección es {a}", f"Enviadlo a {a} por favor"],
            ),
        ),
        (
            "A",
            c.L(
                en="Done, updated.",
                de="Erledigt, ist geändert.",
                fr="C'est noté.",
                es="Hecho, ya está actualizada.",
            ),
        ),
    ]


def t_refund(c: Ctx) -> Lines:
    i = c.iban()
    o = c.decoy("order")
    return [
        (
            "A",
            c.L(
                en=f"For the refund on order {o} I need your IBAN.",
                de=f"Für die Erstattung zu Bestellung {o} brauche ich Ihre IBAN.",
                fr=f"Pour le remboursement de la commande {o}, il me faut votre IBAN.",
                es=f"Para el reembolso del pedido {o} necesito su IBAN.",
            ),
        ),
        (
            "B",
            c.L(
                en=[f"sure: {i}", f"It's {i}", f"{i} (joint account)"],
                de=[f"klar: {i}", f"IBAN {i}", f"{i}, lautet auf meinen Mann"],
                fr=[f"voilà : {i}", f"C'est {i}", f"{i} - compte joint"],
                es=[f"claro: {i}", f"Es {i}", f"{i}, a nombre de mi mujer"],
            ),
        ),
    ]


def t_card(c: Ctx) -> Lines:
    k = c.card()
    exp = f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 31)}"
    return [
        (
            "A",
            c.L(
                en="Which card should we charge?",
                de="Welche Karte sollen wir belasten?",
                fr="Sur quelle carte dois-je débiter ?",
                es="¿Con qué tarjeta pagamos?",
            ),
        ),
        (
            "B",
            c.L(
                en=[f"{k} exp {exp}", f"use my visa {k}", f"card number {k}, expires {exp}"],
                de=[f"{k} gültig bis {exp}", f"Karte {k}", f"die Kreditkarte {k} bitte"],
                fr=[f"{k} exp. {exp}", f"ma carte {k}", f"numéro {k}, expire {exp}"],
                es=[f"{k} caduca {exp}", f"la tarjeta {k}", f"nº de tarjeta {k}"],
            ),
        ),
    ]


def t_callback(c: Ctx) -> Lines:
    p = c.phone()
    return [
        (
            "B",
            c.L(
                en=[f"can someone call me back on {p}?", f"best number is {p} after 5pm"],
                de=[f"Können Sie mich unter {p} zurückrufen?", f"Erreichbar bin ich unter {p}"],
                fr=[f"Vous pouvez me rappeler au {p} ?", f"Mon portable : {p}"],
                es=[f"¿Me podéis llamar al {p}?", f"Mi móvil es el {p}"],
            ),
        ),
        (
            "A",
            c.L(
                en="Noted, a colleague will call you.",
                de="Notiert, ein Kollege meldet sich.",
                fr="C'est noté, un collègue vous rappelle.",
                es="Anotado, le llamará un compañero.",
            ),
        ),
    ]


def t_email(c: Ctx) -> Lines:
    e = c.email()
    return [
        (
            "A",
            c.L(
                en="What email should the invoice go to?",
                de="An welche E-Mail soll die Rechnung?",
                fr="À quelle adresse mail envoyer la facture ?",
                es="¿A qué correo enviamos la factura?",
            ),
        ),
        (
            "B",
            c.L(
                en=[e, f"to {e} please"],
                de=[e, f"bitte an {e}"],
                fr=[e, f"à {e} svp"],
                es=[e, f"a {e} gracias"],
            ),
        ),
    ]


def t_password(c: Ctx) -> Lines:
    pw = c.pw()
    ask = c.L(
        en=["what's the wifi password in meeting room 2?", "can you send me the new VPN password?"],
        de=[
            "Wie ist das WLAN-Passwort im Besprechungsraum?",
            "Schickst du mir das neue Passwort fürs Portal?",
        ],
        fr=[
            "c'est quoi le mot de passe du wifi invités ?",
            "tu peux me redonner le mot de passe du NAS ?",
        ],
        es=[
            "¿cuál es la contraseña del wifi de invitados?",
            "¿me pasas la contraseña nueva del servidor?",
        ],
    )
    ans = c.L(
        en=[f"it's {pw}", f"password is {pw} (changes monthly)", f"{pw}"],
        de=[f"Das Passwort lautet {pw}", f"{pw}", f"ist jetzt {pw}"],
        fr=[f"c'est {pw}", f"mot de passe : {pw}", f"{pw}"],
        es=[f"es {pw}", f"la contraseña es {pw}", f"{pw}"],
    )
    return [("B", ask), ("A", ans)]


def t_dob(c: Ctx) -> Lines:
    d = c.dob()
    p = c.who()
    return [
        (
            "A",
            c.L(
                en="For security, can you confirm your full name and date of birth?",
                de="Zur Sicherheit: Ihr vollständiger Name und Geburtsdatum?",
                fr="Pour vérification, vos nom et date de naissance ?",
                es="Por seguridad, ¿su nombre completo y fecha de nacimiento?",
            ),
        ),
        (
            "B",
            c.L(
                en=[f"{p.full}, born {d}", f"{p.full}, DOB {d}"],
                de=[f"{p.full}, geb. {d}", f"{p.full}, geboren am {d}"],
                fr=[f"{p.full}, né le {d}", f"{p.full}, née le {d}"],
                es=[f"{p.full}, nacido el {d}", f"{p.full}, fecha de nacimiento {d}"],
            ),
        ),
    ]


def t_ssn(c: Ctx) -> Lines:
    s = c.ssn(c.pick(["dash", "dash", "space", "bare"]))
    return [
        (
            "A",
            c.L(
                en="I need the last employee's SSN for the W-2.",
                de="Für die US-Lohnabrechnung brauche ich die SSN.",
                fr="Pour la paie US il me faut le SSN.",
                es="Para la nómina de EE. UU. necesito el número de seguro social (SSN).",
            ),
        ),
        (
            "B",
            c.L(
                en=[f"SSN {s}", f"it's {s}"],
                de=[f"SSN: {s}"],
                fr=[f"SSN : {s}"],
                es=[f"SSN {s}", f"el SSN es {s}"],
            ),
        ),
    ]


def t_ip(c: Ctx) -> Lines:
    ip = c.ip()
    return [
        (
            "B",
            c.L(
                en=[f"please whitelist {ip} for the SFTP", f"our egress IP is {ip}"],
                de=[f"Bitte {ip} in der Firewall freigeben", f"unsere feste IP ist {ip}"],
                fr=[f"merci d'autoriser l'IP {ip} sur le pare-feu", f"notre IP sortante : {ip}"],
                es=[f"¿podéis abrir el firewall a {ip}?", f"nuestra IP fija es {ip}"],
            ),
        ),
        (
            "A",
            c.L(
                en=f"Added, ref {c.decoy('ticket')}.",
                de=f"Freigegeben, Ticket {c.decoy('ticket')}.",
                fr=f"Fait, ticket {c.decoy('ticket')}.",
                es=f"Hecho, ticket {c.decoy('ticket')}.",
            ),
        ),
    ]


def t_key(c: Ctx) -> Lines:
    k = c.secret()
    return [
        (
            "B",
            c.L(
                en=[f"here's the key we use: {k}", f"oops pasted the prod key {k} sorry"],
                de=[f"hier der API-Key: {k}", f"Token zum Testen: {k}"],
                fr=[f"voici la clé API : {k}", f"le token : {k}"],
                es=[f"la clave de la API es {k}", f"token: {k}"],
            ),
        ),
        (
            "A",
            c.L(
                en="Please rotate that key now.",
                de="Bitte den Key sofort rotieren.",
                fr="Merci de révoquer cette clé.",
                es="Por favor, revoca esa clave ya.",
            ),
        ),
    ]


def t_order(c: Ctx) -> Lines:
    return [
        (
            "B",
            c.L(
                en=f"where is order {c.decoy('order')}? tracking says {c.decoy('tracking')}",
                de=f"Wo bleibt Bestellung {c.decoy('order')}? Sendung {c.decoy('tracking')}",
                fr=f"où en est la commande {c.decoy('order')} ? suivi {c.decoy('tracking')}",
                es=f"¿dónde está el pedido {c.decoy('order')}? seguimiento {c.decoy('tracking')}",
            ),
        ),
        (
            "A",
            c.L(
                en=f"It left the depot on {c.decoy('date')}, invoice {c.decoy('invoice')} is attached.",
                de=f"Versendet am {c.decoy('date')}, Rechnung {c.decoy('invoice')} anbei.",
                fr=f"Expédiée le {c.decoy('date')}, facture {c.decoy('invoice')} jointe.",
                es=f"Salió el {c.decoy('date')}, adjunto la factura {c.decoy('invoice')}.",
            ),
        ),
    ]


def t_giftcard(c: Ctx) -> Lines:
    g = c.decoy("luhn-invalid")
    return [
        (
            "B",
            c.L(
                en=f"the gift card {g} is rejected at checkout",
                de=f"der Gutschein {g} wird nicht akzeptiert",
                fr=f"la carte cadeau {g} est refusée",
                es=f"la tarjeta regalo {g} da error",
            ),
        ),
        (
            "A",
            c.L(
                en=f"That one expired on {c.decoy('date')}, sorry.",
                de=f"Der ist am {c.decoy('date')} abgelaufen.",
                fr=f"Elle a expiré le {c.decoy('date')}.",
                es=f"Caducó el {c.decoy('date')}.",
            ),
        ),
    ]


TOPICS: list[Callable[[Ctx], Lines]] = [
    t_giftcard,
    t_address,
    t_refund,
    t_card,
    t_callback,
    t_email,
    t_password,
    t_dob,
    t_ssn,
    t_ip,
    t_key,
    t_order,
]
WEIGHTS = [1, 3, 3, 3, 3, 2, 3, 3, 2, 2, 2, 3]

ROLES = {
    "en": ("Agent", "Customer"),
    "de": ("Support", "Kunde"),
    "fr": ("Conseiller", "Client"),
    "es": ("Agente", "Cliente"),
}


def _topics(c: Ctx, n: int) -> list[Lines]:
    chosen: list[Callable[[Ctx], Lines]] = []
    while len(chosen) < n:
        t = c.r.choices(TOPICS, WEIGHTS)[0]
        if t not in chosen:
            chosen.append(t)
    return [t(c) for t in chosen]


def chat(c: Ctx) -> str:
    agent, cust = c.who(), c.who()
    style = c.r.random()
    if style < 0.4:
        lab = {"A": ROLES[c.lang][0], "B": ROLES[c.lang][1]}
    elif style < 0.75:
        lab = {"A": agent.first, "B": cust.full}
    else:
        lab = {"A": f"{agent.full} ({ROLES[c.lang][0]})", "B": cust.first}
    hello = c.L(
        en=f"Hi, you're chatting with {agent.first}. How can I help?",
        de=f"Hallo, hier ist {agent.full} vom Support. Wie kann ich helfen?",
        fr=f"Bonjour, {agent.first} à votre écoute. Que puis-je faire pour vous ?",
        es=f"Hola, soy {agent.full}. ¿En qué puedo ayudarle?",
    )
    lines = [f"{lab['A']}: {hello}"]
    for scene in _topics(c, c.r.randint(2, 3)):
        lines += [f"{lab[s]}: {t}" for s, t in scene]
    lines.append(
        f"{lab['B']}: "
        + c.L(
            en=["thanks!", "great, thanks"],
            de=["Danke!", "super, danke"],
            fr=["merci !", "parfait, merci"],
            es=["¡gracias!", "vale, gracias"],
        )
    )
    return "\n".join(lines)


def chat_export(c: Ctx) -> str:
    people = [c.who(), c.who(), c.who()]
    fmt = c.pick(["wa", "wa_de", "slack", "teams"])
    y = c.r.randint(2024, 2026)
    mo, d = c.r.randint(1, 12), c.r.randint(1, 27)
    out = []
    scenes = [line for sc in _topics(c, c.r.randint(2, 4)) for line in sc]
    for i, (s, t) in enumerate(scenes):
        p = people[0] if s == "A" else people[1 + (i % 3 == 2)]
        hh, mi = 8 + i // 3, (7 * i + 3) % 60
        if fmt == "wa":
            ts = f"[{d:02d}/{mo:02d}/{y}, {hh:02d}:{mi:02d}:{(11 * i) % 60:02d}]"
            out.append(f"{ts} {p.full}: {t}")
        elif fmt == "wa_de":
            out.append(f"{d:02d}.{mo:02d}.{str(y)[2:]}, {hh:02d}:{mi:02d} - {p.full}: {t}")
        elif fmt == "slack":
            out.append(f"{y}-{mo:02d}-{d:02d} {hh:02d}:{mi:02d}  {p.first}  {t}")
        else:
            out.append(f"{p.full}  {hh:02d}:{mi:02d}\n{t}")
    head = c.L(
        en="Chat export",
        de="Chatverlauf",
        fr="Historique de la discussion",
        es="Historial del chat",
    )
    return f"{head} ({c.decoy('timestamp')})\n" + "\n".join(out)


def sms(c: Ctx) -> str:
    p = c.who()
    k = c.r.random()
    if k < 0.2:
        return c.L(
            en=f"Hi it's {p.first}, new number: {c.phone()} - save it pls",
            de=f"Hi, hier {p.first}, neue Nummer {c.phone()}",
            fr=f"Coucou c {p.first}, mon nouveau num : {c.phone()}",
            es=f"Hola soy {p.first}, mi número nuevo {c.phone()}",
        )
    if k < 0.35:
        return c.L(
            en=f"wifi: Guest-5G / {c.pw()}",
            de=f"WLAN-Passwort: {c.pw()}",
            fr=f"code wifi {c.pw()}",
            es=f"clave wifi: {c.pw()}",
        )
    if k < 0.5:
        return c.L(
            en=f"Your parcel {c.decoy('tracking')} arrives today. Code {c.decoy('quantity')}.",
            de=f"Ihr Paket {c.decoy('tracking')} kommt heute zwischen 10-14 Uhr.",
            fr=f"Colis {c.decoy('tracking')} livré demain. Info {c.phone('FR')}",
            es=f"Su envío {c.decoy('tracking')} llega hoy. Dudas: {c.phone()}",
        )
    if k < 0.65:
        return c.L(
            en=f"can u send rent to {c.iban('GB')} ta",
            de=f"Schick die Kohle bitte an {c.iban()} - {p.first}",
            fr=f"vire sur {c.iban()} stp, merci ! {p.first}",
            es=f"hazme bizum o transferencia a {c.iban()} porfa",
        )
    if k < 0.8:
        return c.L(
            en=f"{p.first}: meet at {c.addr()} at 6? my cell {c.phone()}",
            de=f"Treffen um 18 Uhr {c.addr()}, klingel bei {p.sur}",
            fr=f"RDV {c.addr()} à 18h, sonne chez {p.sur}",
            es=f"quedamos en {c.addr()} a las 6, piso de {p.sur}",
        )
    if k < 0.9:
        return c.L(
            en=f"{p.first} pls text me ur email, mine is {c.email()}",
            de=f"Meine Mail ist {c.email()}, schick mir das PDF",
            fr=f"mon mail c'est {c.email()} envoie le pdf",
            es=f"mi correo es {c.email()}, mándame el pdf",
        )
    return c.L(
        en=f"Login for the shared account: {c.email()} / {c.pw()}",
        de=f"Zugang Portal: {c.email()} / {c.pw()}",
        fr=f"Identifiants : {c.email()} / {c.pw()}",
        es=f"Acceso: {c.email()} / {c.pw()}",
    )


def _spoken(digits: str, c: Ctx) -> str:
    """A number read out the way speech-to-text writes it: digit groups or one by one."""
    plain = "".join(ch for ch in digits if ch.isdigit() or ch == "+")
    k = c.r.random()
    if k < 0.35:
        return " ".join(plain.replace("+", ""))
    if k < 0.7:
        body = plain.replace("+", "")
        out, i = [], 0
        while i < len(body):
            n = c.pick([2, 3, 3, 4])
            out.append(body[i : i + n])
            i += n
        return " ".join(out)
    return digits


def call(c: Ctx) -> str:
    cust, agent = c.who(), c.who()
    ph_raw = c.v.phone(c.country())
    ph = m("PHONE", _spoken(ph_raw, c))
    d = c.dob()
    lines = []
    lines.append(
        (
            "A",
            c.L(
                en=f"thank you for calling this is {agent.first} speaking how can i help",
                de=f"guten tag sie sprechen mit {agent.full} was kann ich für sie tun",
                fr=f"bonjour {agent.first} à l'appareil que puis-je faire pour vous",
                es=f"buenos días le atiende {agent.first} en qué puedo ayudarle",
            ),
        )
    )
    lines.append(
        (
            "B",
            c.L(
                en=f"yeah hi um my name is {cust.full} i'm calling about my account",
                de=f"ja hallo mein name ist {cust.full} es geht um meinen vertrag",
                fr=f"oui bonjour je suis {cust.full} c'est pour mon contrat",
                es=f"hola sí me llamo {cust.full} llamo por mi contrato",
            ),
        )
    )
    lines.append(
        (
            "A",
            c.L(
                en="can you confirm your date of birth please",
                de="können sie mir bitte ihr geburtsdatum nennen",
                fr="vous pouvez me confirmer votre date de naissance",
                es="me confirma su fecha de nacimiento por favor",
            ),
        )
    )
    lines.append(
        (
            "B",
            c.L(
                en=f"sure it's {d}",
                de=f"ja das ist der {d}",
                fr=f"oui c'est le {d}",
                es=f"sí el {d}",
            ),
        )
    )
    extra = c.r.random()
    if c.lang != "en" and 0.35 <= extra < 0.6:
        extra = 0.7
    if extra < 0.35:
        k = m("CREDIT_CARD", _spoken(c.v.card("visa"), c))
        lines.append(
            (
                "B",
                c.L(
                    en=f"okay the card number is {k}",
                    de=f"die kartennummer ist {k}",
                    fr=f"le numéro de carte c'est {k}",
                    es=f"el número de la tarjeta es {k}",
                ),
            )
        )
    elif extra < 0.6:
        s = m("US_SSN", _spoken(c.v.ssn("dash"), c))
        lines.append(
            (
                "A",
                c.L(
                    en="and the last nine of your social",
                    de="und ihre social security number",
                    fr="et votre numéro de sécurité sociale américain",
                    es="y su número de seguro social",
                ),
            )
        )
        lines.append(("B", c.L(en=f"uh {s}", de=f"{s}", fr=f"{s}", es=f"{s}")))
    else:
        a = c.addr(c.pick([", ", " "]))
        lines.append(
            (
                "B",
                c.L(
                    en=f"i live at {a} now",
                    de=f"ich wohne jetzt in der {a}",
                    fr=f"j'habite maintenant au {a}",
                    es=f"ahora vivo en {a}",
                ),
            )
        )
    lines.append(
        (
            "A",
            c.L(
                en="and a good callback number",
                de="und eine rückrufnummer",
                fr="et un numéro pour vous rappeler",
                es="y un teléfono de contacto",
            ),
        )
    )
    lines.append(("B", c.L(en=f"it's {ph}", de=f"{ph}", fr=f"c'est le {ph}", es=f"el {ph}")))
    lab = c.pick(
        [
            {"A": "Agent", "B": "Caller"},
            {"A": "Speaker 1", "B": "Speaker 2"},
            {"A": "AGENT", "B": "CUSTOMER"},
        ]
    )
    out = []
    stamped = c.chance(0.6)
    for i, (s, t) in enumerate(lines):
        sec = 4 + i * 11 + (i * i) % 7
        ts = f"[00:{sec // 60:02d}:{sec % 60:02d}] " if stamped else ""
        out.append(f"{ts}{lab[s]}: {t}")
    return f"Call {c.decoy('ticket')} - transcript (auto)\n" + "\n".join(out)


def voicemail(c: Ctx) -> str:
    p = c.who()
    raw = c.v.phone(c.country())
    ph1 = m("PHONE", _spoken(raw, c))
    ph2 = m("PHONE", _spoken(raw, c))
    frm = m("PHONE", raw)
    when = c.decoy("timestamp")
    body = c.L(
        en=[
            f"hi this is {p.full} from {c.pick(['Harbourline', 'the dental office', 'Northgate Insurance'])} "
            f"calling about your claim {c.decoy('ticket')} please call me back on {ph1} that's {ph2} thanks bye",
            f"hey it's {p.first} um i'm running late can you call me at {ph1} thanks",
        ],
        de=[
            f"ja hallo hier ist {p.full} von der hausverwaltung es geht um die nebenkostenabrechnung "
            f"rufen sie mich bitte zurück unter {ph1} ich wiederhole {ph2} danke",
            f"hallo hier {p.first} ruf mich mal zurück {ph1} tschüss",
        ],
        fr=[
            f"oui bonjour c'est {p.full} du cabinet je vous appelle pour le dossier {c.decoy('ticket')} "
            f"rappelez-moi au {ph1} je répète {ph2} merci au revoir",
            f"salut c'est {p.first} rappelle-moi au {ph1} bisous",
        ],
        es=[
            f"hola buenas soy {p.full} de la gestoría le llamo por la declaración "
            f"llámeme al {ph1} repito {ph2} gracias",
            f"hola soy {p.first} llámame cuando puedas al {ph1} chao",
        ],
    )
    head = c.L(
        en="New voicemail from",
        de="Neue Sprachnachricht von",
        fr="Nouveau message vocal de",
        es="Nuevo mensaje de voz de",
    )
    return f"{head} {frm} ({when})\n{c.L(en='Transcript', de='Transkript', fr='Transcription', es='Transcripción')}: {body}"
