# ruff: noqa: E501, E741, RUF001
"""Templates for set 10, talk and notes: telephone-interpreting transcripts, taxi dispatch
radio transcripts, ride-hailing receipts, nursing SBAR handovers, referee match reports."""

from __future__ import annotations

import h10_values as V
from h10_ctx import Ctx

ASK = {
    "en": (
        "could you give me your full name",
        "and your date of birth",
        "a number we can call you back on",
        "and the address",
        "the e-mail for the confirmation",
    ),
    "de": (
        "können Sie mir Ihren vollen Namen sagen",
        "und Ihr Geburtsdatum",
        "eine Rückrufnummer",
        "und die Adresse",
        "die E-Mail für die Bestätigung",
    ),
    "fr": (
        "pouvez-vous me donner votre nom complet",
        "et votre date de naissance",
        "un numéro pour vous rappeler",
        "et l'adresse",
        "l'e-mail pour la confirmation",
    ),
    "es": (
        "¿me puede dar su nombre completo?",
        "¿y su fecha de nacimiento?",
        "¿un teléfono para devolverle la llamada?",
        "¿y la dirección?",
        "¿el correo para la confirmación?",
    ),
    "it": (
        "mi può dire nome e cognome",
        "e la data di nascita",
        "un numero per richiamarla",
        "e l'indirizzo",
        "l'e-mail per la conferma",
    ),
    "nl": (
        "kunt u uw volledige naam geven",
        "en uw geboortedatum",
        "een nummer om u terug te bellen",
        "en het adres",
        "het e-mailadres voor de bevestiging",
    ),
    "pt": (
        "pode dizer-me o seu nome completo",
        "e a data de nascimento",
        "um número para ligarmos de volta",
        "e a morada",
        "o e-mail para a confirmação",
    ),
}
CLIENT_LANG = {"en": "pt", "de": "it", "fr": "es", "es": "fr", "it": "de", "nl": "en", "pt": "en"}


def interp(c: Ctx) -> tuple[str, str]:
    """A three-way call through a phone interpreter: each value is said twice."""
    r = c.r
    g, s = c.who()
    other = CLIENT_LANG[c.lang]
    ag = c.pick(__import__("h10_pools").GIVEN[c.lang])
    role = {
        "en": ("AGENT", "INTERPRETER", "CLIENT"),
        "de": ("SACHBEARBEITERIN", "DOLMETSCHER", "KLIENT"),
        "fr": ("AGENT", "INTERPRÈTE", "USAGER"),
        "es": ("AGENTE", "INTÉRPRETE", "USUARIO"),
        "it": ("OPERATORE", "INTERPRETE", "UTENTE"),
        "nl": ("MEDEWERKER", "TOLK", "CLIËNT"),
        "pt": ("ATENDENTE", "INTÉRPRETE", "UTENTE"),
    }[c.lang]
    A, I, C = role
    q = [x.rstrip("?") for x in ASK[c.lang]]
    qo = [x.rstrip("?") for x in ASK[other]]
    dob_val = __import__("h10_pools").dob(r, c.lang, "num")
    phone_raw = c.phone(raw=True)
    street_raw = c.street()
    lines = [
        f"[{c.d('call-id', 'LL-' + str(r.randint(100000, 999999)))}] {c.stamp()} — {I} #{r.randint(1000, 9999)}",
        f"{A}: {q[0]}?",
        f"{I}: ({other}) {qo[0]}?",
        f"{C}: {c.name(g, s)}",
        f"{I}: {c.name(g, s)}.",
        f"{A}: {q[1]}?",
        f"{I}: ({other}) {qo[1]}?",
        f"{C}: {c.m('DATE_OF_BIRTH', dob_val)}",
        f"{I}: {c.m('DATE_OF_BIRTH', dob_val)}",
        f"{A}: {q[2]}?",
        f"{I}: ({other}) {qo[2]}?",
        f"{C}: {c.m('PHONE', phone_raw)}",
        f"{I}: {c.m('PHONE', phone_raw)}",
    ]
    if r.random() < 0.6:
        lines += [
            f"{A}: {q[3]}?",
            f"{I}: ({other}) {qo[3]}?",
            f"{C}: {street_raw}",
            f"{I}: {street_raw}",
        ]
    if r.random() < 0.5:
        e = c.email(g, s)
        lines += [f"{A}: {q[4]}?", f"{I}: ({other}) {qo[4]}?", f"{C}: {e}", f"{I}: {e}"]
    lines.append(
        f"{A}: {ag}, {c.d('case', str(r.randint(10, 99)) + '/' + str(r.randint(10000, 99999)))}."
    )
    # the agent names herself at the end: a given name alone is a person
    lines[-1] = (
        f"{A}: {c.m('PERSON', ag)} — ref. {c.d('case', str(r.randint(10, 99)) + '/' + str(r.randint(10000, 99999)))}"
    )
    return "call", "\n".join(lines)


def taxi(c: Ctx) -> tuple[str, str]:
    """Taxi dispatch radio and phone: pick-up street, a phone, a name, a card for the account."""
    r = c.r
    g, s = c.who()
    car = r.randint(11, 299)
    T = {
        "en": (
            f"Dispatch: car {car}, pick-up",
            "passenger",
            "call them on",
            "account job, card on file",
            f"Car {car}: copy, {r.randint(3, 12)} minutes",
        ),
        "de": (
            f"Zentrale: Wagen {car}, Abholung",
            "Fahrgast",
            "Handy",
            "Firmenfahrt, Karte hinterlegt",
            f"Wagen {car}: verstanden, {r.randint(3, 12)} Minuten",
        ),
        "fr": (
            f"Central : voiture {car}, prise en charge",
            "client",
            "joignable au",
            "course compte, carte enregistrée",
            f"Voiture {car} : reçu, {r.randint(3, 12)} minutes",
        ),
        "es": (
            f"Central: móvil {car}, recogida en",
            "cliente",
            "su móvil",
            "servicio de abonado, tarjeta",
            f"Móvil {car}: recibido, {r.randint(3, 12)} minutos",
        ),
        "it": (
            f"Centrale: vettura {car}, ritiro in",
            "cliente",
            "cellulare",
            "corsa aziendale, carta registrata",
            f"Vettura {car}: ricevuto, {r.randint(3, 12)} minuti",
        ),
        "nl": (
            f"Centrale: wagen {car}, ophalen",
            "klant",
            "mobiel",
            "rekeningrit, kaart bekend",
            f"Wagen {car}: begrepen, {r.randint(3, 12)} minuten",
        ),
        "pt": (
            f"Central: viatura {car}, recolha na",
            "cliente",
            "telemóvel",
            "serviço de conta, cartão",
            f"Viatura {car}: recebido, {r.randint(3, 12)} minutos",
        ),
    }[c.lang]
    pax = c.name(g, s) if r.random() < 0.6 else c.m("PERSON", s)
    lines = [
        f"{c.stamp()}  {T[0]} {c.street()}, {T[1]} {pax}, {T[2]} {c.phone()}",
        f"{c.stamp().split('|', 1)[1].rstrip('⟧')}  {T[4]}",
    ]
    if r.random() < 0.5:
        lines.append(
            f"{c.stamp()}  {T[0].split(':')[0]}: {T[3]} {c.card(r.choice([' ', '-']))}, {c.price()}"
        )
    else:
        lines.append(
            f"{c.stamp()}  {T[0].split(':')[0]}: {c.d('booking', 'TX' + str(r.randint(100000, 999999)))}, {c.price()}"
        )
    if r.random() < 0.4:
        lines.append(f"{c.stamp()}  {T[4].split(':')[0]}: -> {c.street()}")
    return "call", "\n".join(lines)


def ride(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    dg = c.pick(__import__("h10_pools").GIVEN[c.lang])
    h, m0, m1 = r.randint(6, 21), r.randint(0, 59), r.randint(0, 59)
    T = {
        "en": (
            "Your trip receipt",
            "Thanks for riding",
            "Pick-up",
            "Drop-off",
            "Your driver",
            "Paid with",
            "Trip ID",
        ),
        "de": (
            "Deine Fahrtquittung",
            "Danke für deine Fahrt",
            "Abholung",
            "Ziel",
            "Dein Fahrer",
            "Bezahlt mit",
            "Fahrt-ID",
        ),
        "fr": (
            "Votre reçu de course",
            "Merci pour votre course",
            "Départ",
            "Arrivée",
            "Votre chauffeur",
            "Payé avec",
            "ID course",
        ),
        "es": (
            "Tu recibo del viaje",
            "Gracias por viajar",
            "Recogida",
            "Destino",
            "Tu conductor",
            "Pagado con",
            "ID del viaje",
        ),
        "it": (
            "La tua ricevuta",
            "Grazie per la corsa",
            "Partenza",
            "Arrivo",
            "Il tuo autista",
            "Pagato con",
            "ID corsa",
        ),
        "nl": (
            "Je ritbewijs",
            "Bedankt voor je rit",
            "Ophalen",
            "Bestemming",
            "Je chauffeur",
            "Betaald met",
            "Rit-ID",
        ),
        "pt": (
            "O seu recibo da viagem",
            "Obrigado pela viagem",
            "Recolha",
            "Destino",
            "O seu motorista",
            "Pago com",
            "ID da viagem",
        ),
    }[c.lang]
    t = (
        f"From: Rides <{c.mailbox('receipts', 'rides.example.com')}>\nTo: {c.email(g, s)}\nSubject: {T[0]} – {c.date('trip-date', 'words')}\n\n"
        f"{T[1]}, {c.m('PERSON', g)}!\n\n{c.price()}\n\n"
        f"{T[2]}  {c.d('time', f'{h:02d}:{m0:02d}')}  {c.street()}, {c.town()}\n"
        f"{T[3]}  {c.d('time', f'{h + 1:02d}:{m1:02d}')}  {c.street()}, {c.town()}\n\n"
        f"{T[4]}: {c.m('PERSON', dg)} · {c.d('plate', V.rand(r, 2, 'BCDFGHJKLMNPRSTVWXYZ') + '-' + str(r.randint(100, 999)) + '-' + V.rand(r, 2, 'BCDFGHJKLMNPRSTVWXYZ'))} · "
        f"★ {c.d('rating', '4.' + str(r.randint(70, 99)))}\n{T[5]}: Visa ••{r.randint(1000, 9999)}\n{T[6]}: {c.uuid()}\n"
    )
    return "email", t


def sbar(c: Ctx) -> tuple[str, str]:
    r = c.r
    g, s = c.who()
    kg, ks = c.who()
    T = {
        "en": (
            "Handover (SBAR), ward",
            "S",
            "B",
            "A",
            "R",
            "born",
            "bed",
            "GP",
            "next of kin",
            "obs stable, BP",
            "review bloods at",
            "daughter",
        ),
        "de": (
            "Übergabe (SBAR), Station",
            "S",
            "B",
            "A",
            "R",
            "geb.",
            "Bett",
            "Hausarzt",
            "Angehörige",
            "Vitalwerte stabil, RR",
            "Labor kontrollieren um",
            "Tochter",
        ),
        "fr": (
            "Transmissions (SBAR), service",
            "S",
            "B",
            "A",
            "R",
            "né(e) le",
            "lit",
            "médecin traitant",
            "personne à prévenir",
            "constantes stables, TA",
            "bilan à contrôler à",
            "fille",
        ),
        "es": (
            "Relevo (SBAR), planta",
            "S",
            "B",
            "A",
            "R",
            "nacido/a el",
            "cama",
            "médico de cabecera",
            "familiar",
            "constantes estables, TA",
            "revisar analítica a las",
            "hija",
        ),
        "it": (
            "Consegna (SBAR), reparto",
            "S",
            "B",
            "A",
            "R",
            "nato/a il",
            "letto",
            "medico di base",
            "familiare",
            "parametri stabili, PA",
            "ricontrollare esami alle",
            "figlia",
        ),
        "nl": (
            "Overdracht (SBAR), afdeling",
            "S",
            "B",
            "A",
            "R",
            "geboren",
            "bed",
            "huisarts",
            "contactpersoon",
            "controles stabiel, RR",
            "lab nakijken om",
            "dochter",
        ),
        "pt": (
            "Passagem de turno (SBAR), serviço",
            "S",
            "B",
            "A",
            "R",
            "nascido/a a",
            "cama",
            "médico de família",
            "contacto",
            "sinais vitais estáveis, TA",
            "rever análises às",
            "filha",
        ),
    }[c.lang]
    bp = f"{r.randint(105, 150)}/{r.randint(60, 95)}"
    t = (
        f"{T[0]} {r.choice(['4B', 'C2', '7', 'Ost 3'])} – {c.date('shift-date')}\n"
        f"{T[1]}: {c.name(g, s)} ({T[5]} {c.dob()}), {T[6]} {r.randint(1, 30)}, "
        f"{r.choice(['post-op day 2', 'falls risk', 'COPD exacerbation', 'NSTEMI'])}.\n"
        f"{T[2]}: {T[7]} {c.m('PERSON', c.who()[1])}, {c.phone()}.\n"
        f"{T[3]}: {T[9]} {c.d('vital', bp)}, SpO2 {c.d('vital', str(r.randint(91, 99)) + '%')}, {c.d('dose', str(r.choice([2.5, 5, 10, 20])) + ' mg')}.\n"
        f"{T[4]}: {T[10]} {c.d('time', str(r.randint(14, 22)) + ':00')}; {T[8]}: {c.name(kg, ks)} ({T[11]}) {c.phone()}.\n"
    )
    return "prose", t


def referee(c: Ctx) -> tuple[str, str]:
    r = c.r
    rg, rs = c.who()
    T = {
        "en": (
            "MATCH REPORT – U15 league",
            "Match no.",
            "Referee",
            "Fee to be paid to",
            "Cautions",
            "Player",
            "licence",
            "born",
            "Report e-mailed to",
        ),
        "de": (
            "SPIELBERICHT – C-Jugend Kreisliga",
            "Spielnr.",
            "Schiedsrichter",
            "Spesen auf",
            "Verwarnungen",
            "Spieler",
            "Pass-Nr.",
            "geb.",
            "Bericht an",
        ),
        "fr": (
            "FEUILLE DE MATCH – U15 district",
            "Match n°",
            "Arbitre",
            "Indemnité à verser sur",
            "Avertissements",
            "Joueur",
            "licence",
            "né le",
            "Rapport envoyé à",
        ),
        "es": (
            "ACTA DEL PARTIDO – Infantil",
            "Partido n.º",
            "Árbitro",
            "Honorarios a la cuenta",
            "Amonestaciones",
            "Jugador",
            "ficha",
            "nacido el",
            "Acta enviada a",
        ),
        "it": (
            "REFERTO GARA – Giovanissimi",
            "Gara n.",
            "Arbitro",
            "Rimborso sul conto",
            "Ammonizioni",
            "Giocatore",
            "tessera",
            "nato il",
            "Referto inviato a",
        ),
        "nl": (
            "WEDSTRIJDFORMULIER – JO15",
            "Wedstrijdnr.",
            "Scheidsrechter",
            "Vergoeding op",
            "Gele kaarten",
            "Speler",
            "relatienr.",
            "geboren",
            "Formulier gemaild naar",
        ),
        "pt": (
            "RELATÓRIO DE JOGO – Iniciados",
            "Jogo n.º",
            "Árbitro",
            "Prémio de jogo para o IBAN",
            "Cartões amarelos",
            "Jogador",
            "licença",
            "nascido a",
            "Relatório enviado para",
        ),
    }[c.lang]
    rows = [
        T[0],
        f"{T[1]} {c.num('match-no', 7)}   {c.date('match-date')}   {c.d('score', str(r.randint(0, 6)) + ':' + str(r.randint(0, 6)))}",
        f"{T[2]}: {c.name(rg, rs)}, {c.phone()}",
        f"{T[3]}: {c.iban()}",
        "",
        f"{T[4]}:",
    ]
    for _ in range(r.randint(1, 3)):
        g, s = c.who()
        rows.append(
            f"  {str(r.randint(2, 89)) + chr(39)}  {T[5]} {c.name(g, s)} ({T[6]} {c.num('licence', 8)}, {T[7]} {c.dob(None, 2010, 2012)})"
        )
    rows += ["", f"{T[8]} {c.email(rg, rs)}"]
    return "form", "\n".join(rows)
