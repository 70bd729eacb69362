"""Templates of set 8, short notes: building-concierge texts and the folded card a hotel hands over."""

from __future__ import annotations

import h8_pools as P
from h8_ctx import Ctx
from h8_markup import d, m

# Templates are text in seven languages: long lines and typographic dashes are on purpose.
# ruff: noqa: E501


CONC = {
    "en": (
        "Hi {n}, parcel for you at the front desk (shelf {k}). Locker code",
        "Door code for your guest tonight:",
        "From {n2}, concierge, {adr}. Questions:",
    ),
    "de": (
        "Hallo {n}, ein Paket liegt beim Concierge (Fach {k}). Schließfach-Code",
        "Türcode für Ihren Besuch heute:",
        "{n2}, Concierge, {adr}. Rückfragen:",
    ),
    "fr": (
        "Bonjour {n}, un colis vous attend à la loge (casier {k}). Code consigne",
        "Code d'accès pour votre invité ce soir :",
        "{n2}, gardienne, {adr}. Questions :",
    ),
    "es": (
        "Hola {n}, tiene un paquete en conserjería (casillero {k}). Código taquilla",
        "Código de portal para su visita hoy:",
        "{n2}, conserje, {adr}. Dudas:",
    ),
    "it": (
        "Ciao {n}, c'è un pacco in portineria (scaffale {k}). Codice armadietto",
        "Codice portone per il tuo ospite stasera:",
        "{n2}, portiere, {adr}. Info:",
    ),
}


def concierge(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    L = CONC[lang]
    g = P.given(r, lang)
    cg, cs = P.full(r, lang)
    tr = c.digits("tracking", 12, "1Z")
    parts = [
        L[0].format(n=m("PERSON", g), k=r.randint(1, 40))
        + f" {c.pin(r.choice([4, 6]))} ("
        + tr
        + ")"
    ]
    if r.random() < 0.6:
        code = c.uniq(lambda: __import__("h8_values").pin(r, r.choice([4, 5])))
        parts.append(f"{L[1]} {m('SECRET', code + '#')}")
    parts.append(
        L[2].format(n2=m("PERSON", f"{cg} {cs}"), adr=c.street(lang)) + f" {c.phone(lang)}"
    )
    return "sms", "\n".join(parts) + "\n"


CARD = {
    "en": ("Welcome, {n}! Room {k}", "Wi-Fi", "password", "Night porter", "Check-out by 11:00"),
    "de": ("Willkommen, {n}! Zimmer {k}", "WLAN", "Passwort", "Nachtportier", "Abreise bis 11 Uhr"),
    "fr": (
        "Bienvenue, {n} ! Chambre {k}",
        "Wi-Fi",
        "mot de passe",
        "Veilleur de nuit",
        "Départ avant 11 h",
    ),
    "es": (
        "¡Bienvenido/a, {n}! Habitación {k}",
        "Wi-Fi",
        "contraseña",
        "Recepción nocturna",
        "Salida antes de las 11:00",
    ),
    "it": (
        "Benvenuto/a, {n}! Camera {k}",
        "Wi-Fi",
        "password",
        "Portiere di notte",
        "Check-out entro le 11",
    ),
    "nl": (
        "Welkom, {n}! Kamer {k}",
        "Wifi",
        "wachtwoord",
        "Nachtportier",
        "Uitchecken voor 11.00 uur",
    ),
    "pt": (
        "Bem-vindo/a, {n}! Quarto {k}",
        "Wi-Fi",
        "palavra-passe",
        "Receção noturna",
        "Check-out até às 11h",
    ),
}


def guestcard(c: Ctx, lang: str) -> tuple[str, str]:
    """The folded card a hotel hands over with the key: guest name, Wi-Fi login, desk number."""
    r = c.rng
    L = CARD[lang]
    g, s = P.full(r, lang)
    name = m("PERSON", f"{g} {s}") if r.random() < 0.6 else m("PERSON", s)
    if r.random() < 0.4:
        name = ("Mr/Ms " if lang == "en" else "") + name
    lines = [
        L[0].format(n=name, k=r.randint(101, 512)),
        f"{L[1]}: {r.choice(['Hotel', 'Guest', 'Gast', 'Ospiti', 'Hospedes'])}-{r.randint(1, 9)} · {L[2]}: {c.pw()}",
        f"{L[3]}: {c.phone(lang)}",
        f"{L[4]} · {d('booking', str(r.randint(10**7, 10**8 - 1))) if r.random() < 0.5 else 'OK'}",
    ]
    return "form", "\n".join(lines) + "\n"
