"""Conversation templates of the sixth held-out set: delivery-driver notes and chats,
machine-translated support chats, WebVTT meeting transcripts, podcast guest-booking calls.
"""

from __future__ import annotations

from h6_markup import Ctx

PW_PROSE = {
    "en": ["the password is {v}", "use {v} to log in", "I reset it to {v}",
           "try {v}, that should work", "it's {v} for now"],
    "de": ["das Passwort lautet {v}", "nimm {v} zum Einloggen", "hab es auf {v} gesetzt",
           "Kennwort ist jetzt {v}"],
    "fr": ["le mot de passe est {v}", "utilise {v} pour te connecter",
           "je l'ai réinitialisé : {v}", "mdp : {v}"],
    "es": ["la contraseña es {v}", "entra con {v}", "la he cambiado a {v}",
           "prueba con {v}"],
    "it": ["la password è {v}", "usa {v} per entrare"],
    "nl": ["het wachtwoord is {v}", "log in met {v}"],
    "pt": ["a palavra-passe é {v}", "entra com {v}"],
}  # fmt: skip


def driver(c: Ctx) -> tuple[str, str]:
    p, g, _ = c.person()
    L = c.lang
    note = {"en": "Delivery instructions: gate code {pin}, leave parcel with neighbour at {st} "
            "if I'm out. Call {ph} on arrival.",
            "de": "Lieferhinweis: Torcode {pin}. Falls niemand da ist, bitte beim Nachbarn "
            "{st} abgeben. Vorher anrufen: {ph}.",
            "fr": "Instructions : code portail {pin}, sinon déposer chez le voisin au {st}. "
            "Appeler le {ph} en arrivant.",
            "es": "Instrucciones: código del portal {pin}; si no estoy, dejar en {st}. "
            "Llamar al {ph} al llegar.",
            "it": "Istruzioni: codice cancello {pin}, altrimenti lasciare al vicino in {st}. "
            "Chiamare il {ph}.",
            "nl": "Bezorginstructie: poortcode {pin}, anders afgeven bij de buren op {st}. "
            "Bel {ph} bij aankomst.",
            "pt": "Instruções: código do portão {pin}; se não estiver, deixar no vizinho da "
            "{st}. Ligar para {ph}."}[L]  # fmt: skip
    chat = {"en": ["Driver: I'm outside, the code doesn't work", "{g}: sorry, new one is {pin2}"],
            "de": ["Fahrer: Stehe vor dem Tor, Code geht nicht", "{g}: sorry, neuer Code {pin2}"],
            "fr": ["Livreur : je suis devant, le code ne marche pas",
                   "{g} : pardon, le nouveau code c'est {pin2}"],
            "es": ["Repartidor: estoy fuera, el código no va", "{g}: perdona, ahora es {pin2}"],
            "it": ["Corriere: sono fuori, il codice non va", "{g}: scusi, ora è {pin2}"],
            "nl": ["Bezorger: sta voor de deur, code werkt niet", "{g}: sorry, nieuwe is {pin2}"],
            "pt": ["Estafeta: estou à porta, o código não dá", "{g}: desculpe, agora é {pin2}"],
            }[L]  # fmt: skip
    gn = c.v("PERSON", g)
    filled = note.format(pin=c.pin(c.rng.choice([4, 5])), st=c.street(0.7), ph=c.phone())
    out = f"{c.d('order')} · {p}\n{filled}"
    if c.rng.random() < 0.7:
        out += "\n\n" + "\n".join(x.format(g=gn, pin2=c.pin(4)) for x in chat)
    out += f"\nTracking {c.d('tracking')}"
    return "chat", out


def translated(c: Ctx) -> tuple[str, str]:
    L = c.lang
    agent, _, _ = c.person("en")
    cust, g, s = c.person()
    src = {"de": "Deutsch", "fr": "français", "es": "español", "it": "italiano",
           "nl": "Nederlands", "pt": "português", "en": "English"}[L]  # fmt: skip
    pw = c.pw()
    orig = c.rng.choice(PW_PROSE[L]).format(v=pw)
    eng = c.rng.choice(PW_PROSE["en"]).format(v=pw)
    lines = [
        f"[{c.d('timestamp')}] {agent} (Agent): Hi, how can I help? [auto-translated to {src}]",
        f"[{c.d('timestamp')}] {cust}: {orig}",
        f"    ↳ translation: {eng}",
        f"[{c.d('timestamp')}] {cust}: {c.phone()} / {c.email(g, s)}",
    ]
    if c.rng.random() < 0.4:
        lines.append(f"[{c.d('timestamp')}] {cust}: IBAN {c.iban()}")
    if c.rng.random() < 0.3:
        lines.append(f"[{c.d('timestamp')}] {agent} (Agent): card {c.card(zw=0.3)} removed")
    lines.append(f"-- conversation {c.d('uuid')} closed --")
    return "chat", "\n".join(lines)


def _vtt_time(c: Ctx, t: int) -> str:
    return f"00:{t // 60:02d}:{t % 60:02d}.{c.rng.randint(0, 999):03d}"


def vtt(c: Ctx) -> tuple[str, str]:
    L = c.lang
    a, ag, _asur = c.person()
    b, bg, _bsur = c.person()
    lines_by = {
        "en": [
            "so the new vendor contact is {p}, email {e}",
            "for the staging box, {pw}",
            "the jump host is {ip}",
            "send the invoice to {st}",
        ],
        "de": [
            "der neue Ansprechpartner ist {p}, Mail {e}",
            "fürs Staging: {pw}",
            "der Jumphost ist {ip}",
            "die Rechnung geht an {st}",
        ],
        "fr": [
            "le nouveau contact c'est {p}, son mail {e}",
            "pour la préprod, {pw}",
            "le bastion c'est {ip}",
            "envoyez la facture au {st}",
        ],
        "es": [
            "el nuevo contacto es {p}, correo {e}",
            "para preproducción, {pw}",
            "el bastión es {ip}",
            "la factura va a {st}",
        ],
    }
    t = 5
    cues = ["WEBVTT", "", f"NOTE meeting {c.d('uuid')}", ""]
    speakers = [(a, ag), (b, bg)]
    third, tg, tsur = c.person()
    e = c.email(tg, tsur)
    say = c.rng.choice(PW_PROSE[L])
    secret = c.pw() if c.rng.random() < 0.7 else c.token()
    vals = dict(p=third, e=e, pw=say.format(v=secret), ip=c.ip(), st=c.street())
    for i, ln in enumerate(lines_by[L]):
        who = speakers[i % 2][0]
        cues += [str(i + 1), f"{_vtt_time(c, t)} --> {_vtt_time(c, t + 4)}",
                 f"<v {who}>{ln.format(**vals)}</v>", ""]  # fmt: skip
        t += c.rng.randint(5, 40)
    return "call", "\n".join(cues).rstrip()


def podcast(c: Ctx) -> tuple[str, str]:
    L = c.lang
    host, _hg, _ = c.person()
    guest, gg, gs = c.person()
    q = {"en": ("HOST", "and where can listeners reach you?", "my number's {ph}, or {em}",
                "and the booking form asked for your birthday?", "yes, {dob}"),
         "de": ("MODERATION", "und wie erreicht man dich?", "unter {ph} oder per Mail an {em}",
                "fürs Formular noch dein Geburtsdatum?", "klar, {dob}"),
         "fr": ("ANIMATRICE", "et comment vous joindre ?", "au {ph}, ou par mail {em}",
                "et votre date de naissance pour le contrat ?", "le {dob}"),
         "es": ("PRESENTADOR", "¿y cómo te pueden localizar?", "en el {ph} o en {em}",
                "¿y tu fecha de nacimiento para el contrato?", "el {dob}")}[L]  # fmt: skip
    return "call", (
        f"[Episode {c.d('version')} · raw transcript]\n"
        f"{q[0]} ({host}): welcome {c.v('PERSON', gg)}! "
        f"{q[1]}\n{guest}: {q[2].format(ph=c.phone(), em=c.email(gg, gs))}\n{q[0]}: {q[3]}\n"
        f"{guest}: {q[4].format(dob=c.dob())}"
    )
