"""PINs that unlock a shared car, a bike or a scooter, start a charge or pick up an order.

A car-sharing or scooter app's support chat gives the code that opens the vehicle ("Ihre
Entsperr-PIN für dieses Fahrzeug lautet 7319", "utilisez le code PIN de déverrouillage 5082",
"prueba con el PIN de apertura 9164", "Your PIN to start the car: 0573", "o PIN do carro
AT-22-QF é 6218"), a charging station's SMS the PIN that starts a charge ("Lade-PIN: 4471",
"Your charging PIN for bay 4 is 8830"), an optician's SMS the code that picks up new
glasses ("vos lunettes vous attendent, présentez le code 2291"), a job report the key
safe's combination ("caja de seguridad para llaves, combinación 1946"): the words around
the PIN's name say what it opens, which the general PIN rule (``pins``) does not read,
and the name is glued to a compound with a hyphen ("Entsperr-PIN"). A chat also answers
a question about the code with the digits alone on the agent's next line ("Cliente: e o
código?" / "Agente: 4108", "non ricevo il codice per la bici" / "eccolo: 7753").

Both rules need a word of ``CONTEXT`` (what the code unlocks or starts: a vehicle, a
charge, a pick-up) near the code's name, so a booking's, an order's or an error's number
stays, as does the car's plate beside the PIN (it is not after the name's separator). The
patterns start on the code's name, found by C-level finds of the gates, each a bounded run,
so the cost stays linear.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span, longest_first

__all__ = ["CONTEXT", "unlock_codes"]

# What a vehicle's, a charger's or a pick-up's code is for (lower case, a word's start),
# in the seven languages.
CONTEXT = (
    # unlocking and opening
    "unlock", "entsperr", "entriegel", "déverrouill", "deverrouill", "débloc", "debloc",
    "desbloque", "desbloqu", "apertura", "sblocc", "aprire", "ontgrendel", "öffnen",
    # vehicles
    "car", "van", "vehicle", "bike", "scooter", "fahrzeug", "auto", "wagen", "rad",
    "roller", "voiture", "véhicule", "vehicule", "vélo", "velo", "trottinette", "coche",
    "vehículo", "vehiculo", "moto", "patinete", "bici", "monopattino", "veicolo", "fiets",
    "deelauto", "deelscooter", "carro", "viatura", "bicicleta", "trotinete",
    # the plate's name, in a car-sharing chat
    "plate", "kennzeichen", "immatriculation", "matrícula", "matricula", "targa", "kenteken",
    # charging
    "charging", "charge", "lade", "recharge", "carga", "ricarica", "laad", "oplaad",
    "carregamento", "borne", "wallbox", "laadpaal", "ladesäule", "colonnina",
    # picking up an order or new glasses, as an optician's or a shop's SMS says it
    "collect", "pick up", "pickup", "pick-up", "abhol", "retrait", "retirer", "récupérer",
    "recoger", "recogida", "ritir", "afhal", "ophal", "afhaal", "ophaal", "levantar",
    "levantamento", "recolha", "glasses", "brille", "lunettes", "gafas", "occhiali", "bril",
    "óculos", "lenses", "kontaktlinsen", "lentilles", "lentillas", "lentes", "lenti", "lenzen",
    # a key left in a key safe, as a technician's job report says it
    "key", "lockbox", "lock box", "schlüssel", "clé", "cle", "llave", "cajetín", "cajetin",
    "chiave", "chiavi", "keybox", "cassetta", "sleutel", "chave", "cofre",
)  # fmt: skip
# The names of the code (lower case), a hyphen's compound allowed before them.
_NAMES = (
    "pin", "pincode", "pin-code", "code", "código", "codigo", "codice", "clave", "senha",
    "startcode", "laadcode", "ladecode",
    "combination", "combo", "kombination", "combinaison", "combinación", "combinacion",
    "combinazione", "combinatie", "combinação", "combinacao",
)  # fmt: skip
# Codes that never open anything, named right before the code's name.
_NOT_BEFORE = (
    "booking", "order", "promo", "discount", "voucher", "error", "postal", "zip", "buchungs",
    "bestell", "fehler", "rabatt", "gutschein", "réservation", "promo", "reserva", "pedido",
    "descuento", "prenotazione", "ordine", "sconto", "boeking", "bestel", "korting",
    "encomenda", "erro", "errore", "tracking", "track", "sendungs", "suivi", "seguimiento",
    "tracciamento", "rastreio", "referen", "référence", "riferimento", "ticket", "invoice",
    "customer", "kunden", "client", "cliente", "member", "account", "utente", "country",
    "area", "product", "produkt", "produit", "producto", "prodotto", "product", "produto",
)  # fmt: skip
_VERBS = r"(?:is|ist|lautet|est|es|è|é|wordt|sera|será|sarà|will be)"
_NAME = r"(?<![\w])(?:" + longest_first(_NAMES) + r")(?![\w])"
# The name, a few words that say which code (no sentence end; digits of a plate allowed),
# then a verb or a colon (or nothing), then four to eight digits alone.
_NAMED = re.compile(
    _NAME + r"(?:(?P<sep>(?P<gap>[^\n.!?:=]{0,48}?)(?:[ \t]" + _VERBS + r"(?![\w])[ \t]*:?"
    r"|[ \t]*[:=])"
    r"|[ \t]*[:=])|[^\n.!?:=0-9]{1,40}?)[ \t]*[\"'(\u201e\u201c\u00ab]?[ \t]*"
    r"(?<![\w\-/.])(?P<code>[0-9]{4,8})"
    r"(?![\w]|[.,:/\-][0-9]|[ \t]*(?:%|€|\$|eur\b|min\b|kwh\b))"
)
# A line that names the code (a question, or a complaint that it did not come), then the
# agent's answer of the digits alone on the next line ("Agente: 4108", "eccolo: 7753").
_ANSWER_LEADS = (
    "here it is", "here you go", "here", "voici", "voilà", "voila", "le voici", "hier",
    "bitte", "aquí tienes", "aquí lo tienes", "aquí está", "aqui tens", "aqui está", "ecco",
    "eccolo", "eccola", "hier is", "alsjeblieft", "aqui tem", "sure", "claro", "certo",
)  # fmt: skip
_ANSWER = re.compile(
    r"[^\n]{0,160}\n[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[^\s:\[][^:\n]{0,40}?[ \t]?:)[ \t]*"
    r"(?:(?:" + longest_first(_ANSWER_LEADS) + r")(?![\w])[ \t,:!.]*)?"
    r"(?P<code>[0-9]{4,8})[ \t]*(?:[.!,](?:[ \t][^\n]{0,80})?)?[ \t]*(?=\r?\n|\Z)"
)
# What may stand between "PIN" and its verb or colon when no word of ``CONTEXT`` does:
# whose or which PIN ("for", "your", "a 4 cifre", "(4-stellig)") or a plate ("KX21 LMO");
# not a noun ("PIN reset requests: 2024", "PIN pad firmware version: 4471").
_PIN_GAP = re.compile(
    r"(?:[ \t]+(?:for|of|to|für|pour|para|per|voor|van|do|da|de|del|della|du|the|der|die|das"
    r"|le|la|el|il|o|a|your|ihr|ihre|dein|votre|ton|tu|su|tuo|suo|uw|je|seu|sua|new|neue|neuer"
    r"|nouveau|nuevo|nuovo|nieuwe|novo|digits?|stellig|chiffres|dígitos|cifre|cijfers"
    r"|\(?[a-z0-9\-]*[0-9][a-z0-9\-]*\)?|[a-z]{1,3}))*[ \t]*"
)
_CONTEXT = re.compile(r"(?<![\w])(?:" + longest_first(CONTEXT) + r")")
_NAME_RE = re.compile(_NAME)
_GATES = ("pin", "code", "códig", "codig", "codic", "clave", "senha", "comb")
_REACH = 60  # characters before the code's name, on its line, that its context may stand in


def _context(low: str, start: int, end: int) -> bool:
    """Whether a word of ``CONTEXT`` stands on the line between ``start`` - ``_REACH``
    and ``end`` + ``_REACH`` ("tapez le code 5082 pour ouvrir la voiture")."""
    line = low.rfind("\n", 0, start) + 1
    eol = low.find("\n", end, end + _REACH)
    stop = eol if eol >= 0 else min(len(low), end + _REACH)
    return _CONTEXT.search(low, max(line, start - _REACH), stop) is not None


def _excluded(low: str, start: int) -> bool:
    """Whether a booking's, an order's or an error's word stands right before the name."""
    words = low[max(0, start - 16) : start].replace("-", " ").split()
    return bool(words) and words[-1].startswith(_NOT_BEFORE)


def _named(low: str) -> list[Span]:
    out: list[Span] = []
    for m in _NAMED.finditer(low):
        # "PIN" before a verb or a colon names a PIN whatever stands between ("PIN for
        # KX21 LMO: 4826", "il PIN a 4 cifre è 2750"); "code" needs what it opens
        gap = m.group("gap")
        pin = (
            low.startswith("pin", m.start())
            and m.group("sep") is not None
            and (not gap or _PIN_GAP.fullmatch(gap) is not None)
        )
        if (pin or _context(low, m.start(), m.start("code"))) and not _excluded(low, m.start()):
            out.append(Span(m.start("code"), m.end("code"), "SECRET"))
    return out


def _answers(low: str) -> list[Span]:
    out: list[Span] = []
    for m in _NAME_RE.finditer(low):
        line = low.rfind("\n", 0, m.start()) + 1
        answer = _ANSWER.match(low, m.end())
        if answer is None or _excluded(low, m.start()):
            continue
        # the thread's lines before the question, or the line after the answer
        if _CONTEXT.search(low, max(0, line - 400), answer.end() + 200) is not None:
            out.append(Span(answer.start("code"), answer.end("code"), "SECRET"))
    return out


def unlock_codes(ctx: ScanContext) -> list[Span]:
    """Vehicle, charging and pick-up PINs named with what they unlock, and answers of one."""
    if not ctx.has_digit:
        return []
    low = ctx.lower_spelled
    if low is None or not any(map(low.__contains__, _GATES)):
        return []
    return [*_named(low), *_answers(low)]
