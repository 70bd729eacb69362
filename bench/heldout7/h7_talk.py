# ruff: noqa: E501  (templates hold natural-language lines on purpose)
"""Templates: conversations (IRC channel logs, moving-company quote chats, roadside-assistance
dispatch transcripts, telehealth consultations, Matrix room exports).
"""

from __future__ import annotations

import json
from typing import Any

from h7_docs import L, Out
from h7_markup import Ctx, ascii_name

NICKS = [
    "zebrafin",
    "k0bold",
    "marmot_",
    "tux42",
    "nightjar",
    "pebble",
    "sysmoe",
    "quokka",
    "ferret|away",
    "owlbear",
]


def irc(c: Ctx) -> Out:
    a, b, d = c.rng.sample(NICKS, 3)
    h, m = c.rng.randint(0, 22), c.rng.randint(0, 40)

    def t(k: int) -> str:
        return f"{h:02d}:{m + k:02d}"

    ask = L(
        c,
        {
            "en": "anyone got the staging db password?",
            "de": "hat jemand das Passwort für die Staging-DB?",
            "fr": "quelqu'un a le mot de passe de la base de recette ?",
            "es": "¿alguien tiene la contraseña de la BD de preproducción?",
        },
    )
    pw = c.pw()
    ans = c.pick(
        [
            pw,
            L(c, {"en": "it's {p}", "de": "ist {p}", "fr": "c'est {p}", "es": "es {p}"}, p=pw),
            L(
                c,
                {"en": "try {p}", "de": "probier {p}", "fr": "essaie {p}", "es": "prueba {p}"},
                p=pw,
            ),
        ]
    )
    cust = L(
        c,
        {
            "en": "customer {n} called again, call back on {t} or mail {e}",
            "de": "{n} (Kunde) hat wieder angerufen, Rückruf unter {t}, Mail {e}",
            "fr": "le client {n} a rappelé, le rappeler au {t} ou {e}",
            "es": "cliente {n} volvió a llamar, devolver llamada al {t} o {e}",
        },
        n=c.person(),
        t=c.phone(),
        e=c.email(),
    )
    lines = [
        f"--- Log opened {c.dec('timestamp')}",
        f"{t(0)} -!- {a} [~{a.split('|')[0].rstrip('_')}@{c.ip()}] has joined #ops",
        f"{t(1)} <{a}> {ask}",
        f"{t(2)} <{b}> {ans}",
        f"{t(3)} <{a}> {L(c, {'en': 'thx. box is', 'de': 'danke. Kiste ist', 'fr': 'merci. la machine est', 'es': 'gracias. la máquina es'})} {c.ip(v6=c.chance(0.3))}, {L(c, {'en': 'deploy', 'de': 'Deploy', 'fr': 'déploiement', 'es': 'despliegue'})} {c.dec('git')}",
        f"{t(5)} <{d}> {cust}",
        f"{t(6)} <{b}> {L(c, {'en': 'ticket', 'de': 'Ticket', 'fr': 'ticket', 'es': 'ticket'})} {c.dec('ticket')}, {L(c, {'en': 'order', 'de': 'Bestellung', 'fr': 'commande', 'es': 'pedido'})} {c.dec('order')}",
    ]
    if c.chance(0.5):
        lines.insert(
            4,
            f"{t(3)} <{b}> git clone https://{c.ucred(ascii_name(c.given()))}@git.example.com/ops/infra.git",
        )
    if c.chance(0.5):
        lines.append(
            f"{t(8)} <{d}> {L(c, {'en': 'the CI token is', 'de': 'der CI-Token ist', 'fr': 'le jeton de la CI est', 'es': 'el token de la CI es'})} {c.tok(c.pick(['hex40', 'github', 'gitlab']))}"
        )
    if c.chance(0.5):
        lines.append(
            f"{t(8)} <{a}> {L(c, {'en': 'whoever renews the cert, company card is', 'de': 'wer das Zertifikat verlängert, Firmenkarte:', 'fr': 'pour renouveler le certificat, carte de la boîte :', 'es': 'para renovar el certificado, tarjeta de empresa:'})} {c.card()}"
        )
    lines.append(
        f"{t(9)} -!- {d} [~{d.split('|')[0].rstrip('_')}@{c.ip()}] has quit [Ping timeout: 250 seconds]"
    )
    return "chat", "\n".join(lines)


def moving(c: Ctx) -> Out:
    g, s = c.given(), c.surname()
    pay = c.card(sep=c.pick([" ", ""])) if c.chance(0.6) else c.iban()
    kw = dict(
        agent=c.given(),
        frm=c.addr_line(),
        to=c.addr_line(),
        date=c.dec("date"),
        price=c.dec("price"),
        ref=c.dec("order"),
        name=c.P(f"{g} {s}"),
        tel=c.phone(),
        mail=c.email(g, s),
        pay=pay,
        gate=c.pin(c.pick([4, 5])),
        vol=c.D("qty", f"{c.rng.randint(12, 60)} m³"),
    )
    if c.chance(0.4):
        kw["pay"] += (
            " — "
            + L(c, {"en": "voucher", "de": "Gutschein", "fr": "bon", "es": "vale", "pt": "vale"})
            + " "
            + c.dec("luhn-invalid")
        )
    return "chat", L(
        c,
        {
            "en": "Agent ({agent}): Hi! Where are you moving from?\nCustomer: {frm}, 3rd floor, no lift\nAgent ({agent}): And where to?\nCustomer: {to}\n"
            "Agent ({agent}): Which day?\nCustomer: {date}\nAgent ({agent}): About {vol} of furniture and boxes, right? Your quote is {price}, ref {ref}. Name and mobile for the crew?\n"
            "Customer: {name}, {tel}\nAgent ({agent}): Email for the contract?\nCustomer: {mail}\nAgent ({agent}): Deposit details?\nCustomer: {pay}\n"
            "Customer: oh and the courtyard gate code is {gate}",
            "de": "Beraterin ({agent}): Hallo! Von wo ziehen Sie um?\nKunde: {frm}, 3. Stock ohne Aufzug\nBeraterin ({agent}): Und wohin?\nKunde: {to}\n"
            "Beraterin ({agent}): Wunschtermin?\nKunde: {date}\nBeraterin ({agent}): Ca. {vol} Umzugsgut. Ihr Angebot: {price}, Nr. {ref}. Name und Handynummer für die Packer?\n"
            "Kunde: {name}, {tel}\nBeraterin ({agent}): E-Mail für den Vertrag?\nKunde: {mail}\nBeraterin ({agent}): Und für die Anzahlung?\nKunde: {pay}\n"
            "Kunde: ach ja, der Code fürs Hoftor ist {gate}",
            "fr": "Conseiller ({agent}) : Bonjour ! Vous déménagez d'où ?\nClient : {frm}, 3e étage sans ascenseur\nConseiller ({agent}) : Et vers où ?\nClient : {to}\n"
            "Conseiller ({agent}) : Quelle date ?\nClient : {date}\nConseiller ({agent}) : Environ {vol} de meubles et cartons. Devis : {price}, réf. {ref}. Nom et portable pour l'équipe ?\n"
            "Client : {name}, {tel}\nConseiller ({agent}) : Un courriel pour le contrat ?\nClient : {mail}\nConseiller ({agent}) : Pour l'acompte ?\nClient : {pay}\n"
            "Client : et le digicode du portail c'est {gate}",
            "es": "Agente ({agent}): ¡Hola! ¿Desde dónde se muda?\nCliente: {frm}, 3º sin ascensor\nAgente ({agent}): ¿Y a dónde?\nCliente: {to}\n"
            "Agente ({agent}): ¿Qué día?\nCliente: {date}\nAgente ({agent}): Unos {vol} de muebles y cajas. Presupuesto: {price}, ref. {ref}. ¿Nombre y móvil para el equipo?\n"
            "Cliente: {name}, {tel}\nAgente ({agent}): ¿Correo para el contrato?\nCliente: {mail}\nAgente ({agent}): ¿Datos para la señal?\nCliente: {pay}\n"
            "Cliente: y el código del portal es {gate}",
            "pt": "Assistente ({agent}): Olá! De onde é a mudança?\nCliente: {frm}, 3º andar sem elevador\nAssistente ({agent}): E para onde?\nCliente: {to}\n"
            "Assistente ({agent}): Que dia?\nCliente: {date}\nAssistente ({agent}): Cerca de {vol} de móveis e caixas. Orçamento: {price}, ref. {ref}. Nome e telemóvel para a equipa?\n"
            "Cliente: {name}, {tel}\nAssistente ({agent}): E-mail para o contrato?\nCliente: {mail}\nAssistente ({agent}): Dados para o sinal?\nCliente: {pay}\n"
            "Cliente: o código do portão é {gate}",
        },
        **kw,
    )


def roadside(c: Ctx) -> Out:
    style = "spaced" if c.chance(0.2) else ""
    kw = dict(
        op=c.given(),
        mem=c.dec("member"),
        name=c.person(),
        dob=c.dob(),
        addr=c.addr(),
        geo=c.dec("geo"),
        tel=c.phone(style=style),
        price=c.dec("price"),
        card=c.card(sep=" "),
        job=c.dec("ticket"),
    )
    if c.chance(0.35):
        kw["card"] = (
            c.dec("luhn-invalid")
            + " ... "
            + L(
                c,
                {
                    "en": "sorry, wrong digit: ",
                    "de": "Moment, Zahlendreher: ",
                    "fr": "pardon, erreur : ",
                    "es": "perdón, me equivoqué: ",
                },
            )
            + kw["card"]
        )
    return "call", L(
        c,
        {
            "en": "[00:00:02] Dispatcher: Roadside assistance, {op} speaking. Membership number?\n[00:00:06] Caller: {mem}\n"
            "[00:00:11] Dispatcher: Name on the membership?\n[00:00:13] Caller: {name}\n[00:00:16] Dispatcher: And your date of birth?\n"
            "[00:00:19] Caller: {dob}\n[00:00:25] Dispatcher: Where's the vehicle?\n[00:00:27] Caller: outside {addr}, my phone says {geo}\n"
            "[00:00:40] Dispatcher: Best callback number?\n[00:00:43] Caller: {tel}\n[00:01:02] Dispatcher: The tow isn't covered, it's {price}. Card number?\n"
            "[00:01:05] Caller: {card}\n[00:01:30] Dispatcher: Job {job}, driver in about forty minutes.",
            "de": "[00:00:02] Disponentin: Pannenhilfe, {op}, guten Tag. Ihre Mitgliedsnummer?\n[00:00:06] Anrufer: {mem}\n"
            "[00:00:11] Disponentin: Auf welchen Namen?\n[00:00:13] Anrufer: {name}\n[00:00:16] Disponentin: Geburtsdatum zur Kontrolle?\n"
            "[00:00:19] Anrufer: {dob}\n[00:00:25] Disponentin: Wo steht das Fahrzeug?\n[00:00:27] Anrufer: vor {addr}, GPS sagt {geo}\n"
            "[00:00:40] Disponentin: Unter welcher Nummer erreichen wir Sie?\n[00:00:43] Anrufer: {tel}\n[00:01:02] Disponentin: Abschleppen kostet {price}. Kartennummer?\n"
            "[00:01:05] Anrufer: {card}\n[00:01:30] Disponentin: Auftrag {job}, der Fahrer ist in etwa vierzig Minuten da.",
            "fr": "[00:00:02] Opératrice : Assistance dépannage, {op} bonjour. Votre numéro d'adhérent ?\n[00:00:06] Appelant : {mem}\n"
            "[00:00:11] Opératrice : Au nom de ?\n[00:00:13] Appelant : {name}\n[00:00:16] Opératrice : Votre date de naissance ?\n"
            "[00:00:19] Appelant : {dob}\n[00:00:25] Opératrice : Où est le véhicule ?\n[00:00:27] Appelant : devant le {addr}, le GPS indique {geo}\n"
            "[00:00:40] Opératrice : Un numéro pour vous rappeler ?\n[00:00:43] Appelant : {tel}\n[00:01:02] Opératrice : Le remorquage coûte {price}. Numéro de carte ?\n"
            "[00:01:05] Appelant : {card}\n[00:01:30] Opératrice : Dossier {job}, le dépanneur arrive dans quarante minutes.",
            "es": "[00:00:02] Operador: Asistencia en carretera, le atiende {op}. ¿Número de socio?\n[00:00:06] Llamante: {mem}\n"
            "[00:00:11] Operador: ¿A nombre de quién?\n[00:00:13] Llamante: {name}\n[00:00:16] Operador: ¿Fecha de nacimiento?\n"
            "[00:00:19] Llamante: {dob}\n[00:00:25] Operador: ¿Dónde está el vehículo?\n[00:00:27] Llamante: delante de {addr}, el GPS marca {geo}\n"
            "[00:00:40] Operador: ¿Un teléfono de contacto?\n[00:00:43] Llamante: {tel}\n[00:01:02] Operador: La grúa cuesta {price}. ¿Número de tarjeta?\n"
            "[00:01:05] Llamante: {card}\n[00:01:30] Operador: Expediente {job}, la grúa llega en unos cuarenta minutos.",
        },
        **kw,
    )


def telehealth(c: Ctx) -> Out:
    g, s = c.given(), c.surname()
    kw = dict(
        doc=c.P(c.surname()),
        name=c.P(f"{g} {s}"),
        first=c.P(g),
        ssn="",
        dob=c.dob(written=c.chance(0.5)),
        addr=c.addr_line(),
        ph=c.phone(),
        code=c.pin(c.pick([4, 6])),
        mail=c.email(g, s),
        ver=c.dec("version"),
        date=c.dec("date"),
    )
    if c.lang == "en":
        kw["ssn"] = (
            "\n(00:21) Dr.: And for the insurance claim, your social?\n(00:24) Patient: "
            + c.ssn(c.pick(["-", " ", ""]))
        )
    return "call", L(
        c,
        {
            "en": "(00:00) Dr. {doc}: Good morning. Can you confirm your full name and date of birth?\n(00:05) Patient: {name}, {dob}.{ssn}\n"
            "(00:31) Dr.: Thanks, {first}. Where should the pharmacy deliver?\n(00:35) Patient: {addr}\n"
            "(01:50) Dr.: I've sent it to the pharmacy on {ph}. Your pick-up code is {code}.\n(02:02) Patient: Can you email the sick note? {mail}\n"
            "(02:10) Dr. {doc}: Done. Follow-up on {date}. (app {ver})",
            "de": "(00:00) Dr. {doc}: Guten Morgen. Bitte nennen Sie mir Ihren vollständigen Namen und Ihr Geburtsdatum.\n(00:05) Patient: {name}, {dob}.\n"
            "(00:31) Dr.: Danke. Wohin soll die Apotheke liefern?\n(00:35) Patient: {addr}\n"
            "(01:50) Dr.: Das Rezept ist an die Apotheke unter {ph} raus. Ihr Abholcode lautet {code}.\n(02:02) Patient: Schicken Sie die AU bitte an {mail}\n"
            "(02:10) Dr. {doc}: Erledigt. Kontrolltermin am {date}. (App {ver})",
            "fr": "(00:00) Dr {doc} : Bonjour. Pouvez-vous me confirmer votre nom complet et votre date de naissance ?\n(00:05) Patient : {name}, {dob}.\n"
            "(00:31) Dr : Merci. Où la pharmacie doit-elle livrer ?\n(00:35) Patient : {addr}\n"
            "(01:50) Dr : L'ordonnance est partie à la pharmacie, {ph}. Votre code de retrait est {code}.\n(02:02) Patient : Vous pouvez envoyer l'arrêt à {mail} ?\n"
            "(02:10) Dr {doc} : C'est fait. Contrôle le {date}. (appli {ver})",
            "es": "(00:00) Dra. {doc}: Buenos días. ¿Me confirma su nombre completo y fecha de nacimiento?\n(00:05) Paciente: {name}, {dob}.\n"
            "(00:31) Dra.: Gracias. ¿A qué dirección envía la farmacia?\n(00:35) Paciente: {addr}\n"
            "(01:50) Dra.: La receta está en la farmacia, teléfono {ph}. Su código de recogida es {code}.\n(02:02) Paciente: ¿Me manda la baja a {mail}?\n"
            "(02:10) Dra. {doc}: Hecho. Revisión el {date}. (app {ver})",
            "it": "(00:00) Dott. {doc}: Buongiorno. Mi conferma nome, cognome e data di nascita?\n(00:05) Paziente: {name}, {dob}.\n"
            "(00:31) Dott.: Grazie. Dove deve consegnare la farmacia?\n(00:35) Paziente: {addr}\n"
            "(01:50) Dott.: Ho inviato la ricetta alla farmacia, tel. {ph}. Il codice per il ritiro è {code}.\n(02:02) Paziente: Mi manda il certificato a {mail}?\n"
            "(02:10) Dott. {doc}: Fatto. Controllo il {date}. (app {ver})",
        },
        **kw,
    )


def matrix(c: Ctx) -> Out:
    """A Matrix room export; bodies are escaped by json.dumps, so markup goes in after dumping."""
    g, s = c.given(), c.surname()
    pw = c.pw()
    bodies = [
        (
            c.person(),
            L(
                c,
                {
                    "en": "who has the wifi password for the new office?",
                    "de": "wer hat das WLAN-Passwort fürs neue Büro?",
                    "fr": "quelqu'un a le mot de passe wifi du nouveau bureau ?",
                    "es": "¿quién tiene la contraseña del wifi de la oficina nueva?",
                },
            ),
        ),
        (
            c.P(f"{g} {s}"),
            L(c, {"en": "it's {p}", "de": "ist {p}", "fr": "c'est {p}", "es": "es {p}"}, p=pw),
        ),
        (
            c.person(),
            L(
                c,
                {
                    "en": "new contractor starts Monday: {n}, {t}, {e}",
                    "de": "neuer Freelancer ab Montag: {n}, {t}, {e}",
                    "fr": "le prestataire arrive lundi : {n}, {t}, {e}",
                    "es": "el autónomo empieza el lunes: {n}, {t}, {e}",
                },
                n=c.person(),
                t=c.phone(),
                e=c.email(),
            ),
        ),
        (
            c.P(f"{g} {s}"),
            L(
                c,
                {
                    "en": "printer moved to {ip}",
                    "de": "Drucker ist jetzt {ip}",
                    "fr": "l'imprimante est sur {ip}",
                    "es": "la impresora está en {ip}",
                },
                ip=c.ip(),
            ),
        ),
    ]
    if c.chance(0.6):
        bodies.append(
            (
                c.P(f"{g} {s}"),
                L(
                    c,
                    {
                        "en": "company card for the domain renewal: {k}",
                        "de": "Firmenkarte für die Domainverlängerung: {k}",
                        "fr": "carte de la boîte pour le renouvellement : {k}",
                        "es": "tarjeta de empresa para renovar el dominio: {k}",
                    },
                    k=c.card(),
                ),
            )
        )
    if c.lang == "en" and c.chance(0.4):
        bodies.append((c.person(), f"payroll needs the contractor's SSN: {c.ssn()}"))
    events: list[dict[str, Any]] = []
    for who, body in bodies:
        events.append(
            {
                "type": "m.room.message",
                "sender": f"@{c.pick(['ana', 'jx', 'mo', 'kiki', 'r2'])}:matrix.example.org",
                "displayname": "@@NAME@@",
                "origin_server_ts": "@@TS@@",
                "event_id": "$" + c.dec("uuid"),
                "content": {"msgtype": "m.text", "body": "@@BODY@@"},
                "_w": who,
                "_b": body,
            }
        )
    out = []
    for e in events:
        who, body = e.pop("_w"), e.pop("_b")
        line = json.dumps(e, ensure_ascii=False)
        line = line.replace('"@@NAME@@"', json.dumps(who, ensure_ascii=False)).replace(
            '"@@TS@@"', c.dec("epoch")
        )
        line = line.replace('"@@BODY@@"', json.dumps(body, ensure_ascii=False))
        out.append("  " + line)
    room = L(
        c, {"en": "ops-office", "de": "buero-umzug", "fr": "bureau-lyon", "es": "oficina-nueva"}
    )
    return "json", '{"room": "#' + room + ':matrix.example.org", "export_ts": "' + c.dec(
        "timestamp"
    ) + '", "events": [\n' + ",\n".join(out) + "\n]}"
