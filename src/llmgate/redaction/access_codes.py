"""Codes that open a place, as building concierges, lockers and rentals text them, and PINs
a chatbot asks for.

"Locker code: 4812#", "Ihr Paket liegt im Fach 12, Öffnungscode 5530#", "uw sleutel ligt in
het sleutelkastje, code 0614", "Die Tiefgarage hat einen neuen Code: 3318#", "Votre code
de retrait : 662190", "combo 3-9-2-7": the plain word "code" is a secret's name only
beside what it opens (a locker, a key box, a gate, a garage) or in a compound that says
so (a pick-up code, an opening code); the locker's NUMBER beside it is not its code, nor
is a booking, order or discount code. A chatbot's line that asks for a PIN ("please enter
your 4-digit account PIN", "Bitte nenne mir deine Telefon-PIN") is answered by the digits
alone on the user's next line (unless the line asks for something else too, a birth date
or a postcode). A hotel key card's "Wi-Fi: Grand_Guest" / "Code: sunrise42" names the
network's password with the bare word.

Every rule searches the lower-cased text with patterns that start on a word (the same on
every engine path), each a bounded run from where it starts, so the cost stays linear.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span, longest_first
from llmgate.redaction.password_values import strong
from llmgate.redaction.pin_words import FAILURES

__all__ = ["ACCESS_PHRASES", "LOCKS", "PLACES", "PROMPTS", "access_codes"]

# What a code opens (lower case; matched as the start of a word, so plurals and compounds
# count: "lockers", "Schlüsselkastje"), in the seven languages.
PLACES = (
    "locker", "lockbox", "lock box", "key box", "keybox", "key safe", "keysafe", "key-box",
    "door", "gate", "garage", "gym", "mailbox", "parcel", "storage room", "bike room",
    "fach", "schließfach", "paketfach", "packstation", "schlüssel", "tresor", "tiefgarage",
    "garage", "tor", "tür", "haustür", "eingang", "fahrradkeller", "briefkasten",
    "casier", "consigne", "boîte à clés", "boite à clés", "boîte aux lettres", "porte",
    "portail", "portillon", "garage", "local vélo", "taquilla", "casillero", "buzón",
    "caja de llaves", "cajetín", "portal", "puerta", "garaje", "cancela", "armadietto",
    "cassetta", "cancello", "portone", "garage", "deposito", "kluis", "sleutel", "deur",
    "poort", "hek", "fietsenstalling", "brievenbus", "pakketkluis", "cacifo", "caixa",
    "portão", "porta", "garagem", "cofre", "fechadura",
)  # fmt: skip
# Phrases that name a code to pick something up or to open a place, without a place.
ACCESS_PHRASES = (
    "pick-up code", "pickup code", "pick up code", "collection code", "access code",
    "open with code", "opens with code", "unlock with code", "opening code", "entry code",
    "abholcode", "öffnungscode", "zugangscode", "abholungscode", "code de retrait",
    "code d'ouverture", "code de récupération", "código de recogida", "código de retirada",
    "código de apertura", "codice di ritiro", "codice di apertura", "codice per il ritiro",
    "ophaalcode", "afhaalcode", "openingscode", "código de levantamento",
    "código de abertura", "código de recolha", "codice ritiro", "codice di prelievo",
    "codice prelievo",
)  # fmt: skip
# Codes that never open anything, named before or after the word ("booking code", "code
# postal", "código de reserva", "Rabattcode").
_NOT_ACCESS = (
    "booking", "reservation", "order", "promo", "promotional", "discount", "coupon", "voucher",
    "gift", "error", "zip", "postal", "post", "qr", "bar", "tracking", "referral", "country",
    "area", "dialling", "dialing", "product", "confirmation", "rabatt", "gutschein",
    "buchungs", "bestell", "fehler", "postleit", "réservation", "réduction", "promo",
    "commande", "erreur", "reserva", "pedido", "descuento", "error", "prenotazione",
    "ordine", "sconto", "errore", "boeking", "reservering", "bestelling", "korting",
    "fout", "encomenda", "desconto", "erro", "cupom", "cupão", "swift", "iban", "tax",
    # an airport's gate, a product's or a service's code, a member's, a tax code
    "flight", "flug", "vol", "vuelo", "volo", "vlucht", "voo", "boarding", "fare", "seat",
    "service", "serial", "model", "part", "article", "artikel", "item", "sku", "colour",
    "color", "style", "source", "status", "class", "course", "diagnostic", "fault",
    "membership", "member", "kunden", "customer", "client", "cliente", "fiscale", "fiscal",
)  # fmt: skip
_NOT_WORDS = frozenset(_NOT_ACCESS)
_CODE_WORD = re.compile(
    r"(?<![\w\-])(?:"
    + longest_first(ACCESS_PHRASES)
    + r"|[\w\-]{0,24}?(?:code|código|codigo|codice|combo|combination|kombination"
    r"|combinaison|combinación|combinazione|combinatie|combinação))(?![\w])"
)
_VERBS = r"(?:is|ist|lautet|est|es|è|é|wordt|sera|será|sarà|will be)"
_LEADS = (
    r"(?:(?:now|jetzt|maintenant|ahora|ora|nu|agora|el nuevo|le nouveau|il nuovo|o novo)"
    r"[ \t]+)?"
)
# A code: digits (a keypad's "#" or "*" glued, a letter A-D of its keys), pairs or single
# digits apart by blanks or dashes as read out, or a short mix of capitals and digits.
_VALUE = (
    r"(?P<code>[#*]?(?:[0-9]{4,8}|[0-9]{1,4}[A-Da-d][0-9]{1,4}|[A-Da-d][0-9]{3,7}"
    r"|[0-9]{2}(?:[ \-][0-9]{2}){1,3}(?![ \-]?[0-9])|[0-9](?:[ \-][0-9]){3,7}(?![ \-]?[0-9])"
    r"|[0-9]{3}[ \-][0-9]{3}(?![ \-]?[0-9])|[0-9]{1,4}#[0-9]{1,4}"
    r"|(?=[a-z0-9\-]{0,12}[0-9])(?=[a-z0-9\-]{0,12}[a-z])[a-z0-9]{2,4}(?:-[a-z0-9]{1,4}){1,2}"
    r"|(?=[a-z0-9]{0,7}[0-9])(?=[a-z0-9]{0,7}[a-z])[a-z0-9]{4,8})[#*]?)"
    r"(?![\w\-]|[.,:/][0-9]|[ \t]*(?:%|€|\$|eur\b|usd\b))"
)
_AFTER = re.compile(
    r"(?:[ \t]*[:=][ \t]*|[ \t]+"
    + _VERBS
    + r"[ \t]+:?[ \t]*"
    + _LEADS
    + r"|(?P<plain>[ \t]+))[\"'\u201c(]?"
    + _VALUE
)
_FILLER = re.compile(r"[^\n.!?:=]{1,48}?(?=[ \t]*[:=]|[ \t]+" + _VERBS + r"[ \t])")
_PLACE = re.compile(r"(?<![\w])(?:" + longest_first(PLACES) + ")")
_SENTENCE_REACH = 70  # characters before a code word that its place may stand in
# "Gym door is 2580*", "Tor: 4471#": the keypad's key glued after the digits (or "*" before
# them) makes a code of a number that a place's name stands before ("locker #12" is none).
_KEYED = re.compile(r"(?<![\w#*])(?P<code>\*?[0-9]{4,8}[#*]|\*[0-9]{4,8})(?![\w#*])")
_KEYED_REACH = 40  # characters before a keyed code that its place may stand in


# "press 4471 then # on the keypad", "marca 2580 y el #": digits typed on a keypad.
_PRESSED = re.compile(
    r"(?<![\w])(?:press|dial|punch in|key in|type in|drücke|drück|drücken sie|tippe|tippen sie"
    r"|tapez|composez|tape|marca|marque|pulsa|teclea|digita|premi|componi|toets|druk|digite)"
    r"[ \t]+(?:(?:the|den|le|el|il|de|o)[ \t]+)?(?P<code>[0-9]{4,8})(?![\w])"
    r"(?=[^\n.]{0,30}?(?:[#*]|keypad|tastatur|clavier|teclado|tastiera|toetsenbord|portero"
    r"|citofono|interphone|intercom|gegensprech))"
)


def _keyed(low: str) -> list[Span]:
    """Digits typed on a keypad, or with its key glued, near a place's or a code's word."""
    out: list[Span] = []
    out.extend(Span(*m.span("code"), "SECRET") for m in _PRESSED.finditer(low))
    for m in _KEYED.finditer(low):
        line = low.rfind("\n", 0, m.start()) + 1
        lo = max(line, m.start() - _KEYED_REACH)
        if _PLACE.search(low, lo, m.start()) or _CODE_WORD.search(low, lo, m.start()):
            out.append(Span(*m.span("code"), "SECRET"))
    return out


def _place_before(low: str, start: int) -> bool:
    """Whether a place is named in the sentence before ``start`` (or in its compound)."""
    lo = max(0, start - _SENTENCE_REACH)
    cut = max(low.rfind("\n", lo, start), low.rfind(". ", lo, start), low.rfind("! ", lo, start))
    return _PLACE.search(low, cut + 1 if cut >= 0 else lo, start) is not None


def _word_before(low: str, start: int) -> str:
    words = low[max(0, start - 30) : start].split()
    return words[-1] if words else ""


def _codes(text: str, low: str) -> list[Span]:
    """Codes after a code word that a place or a phrase says opens something."""
    out: list[Span] = []
    for m in _CODE_WORD.finditer(low):
        word = m.group()
        if any(map(word.__contains__, _NOT_ACCESS)) or _word_before(low, m.start()) in _NOT_ACCESS:
            continue
        after = _AFTER.match(low, m.end())
        filler = None
        if after is None or after.group("plain") is not None:
            filler = _FILLER.match(low, m.end())
            if filler is not None:
                if word not in ACCESS_PHRASES and set(filler.group().split()) & _NOT_WORDS:
                    continue
                following = _AFTER.match(low, filler.end())
                if following is not None and following.group("plain") is None:
                    after = following
        if after is None:
            continue
        named = word in ACCESS_PHRASES or _PLACE.match(word) is not None
        in_filler = filler is not None and _PLACE.search(low, m.end(), filler.end()) is not None
        if not (named or in_filler or _place_before(low, m.start())):
            continue
        start, end = after.span("code")
        if text[start:end].upper() != text[start:end]:
            continue  # letters in a code are capitals ("Q7T4"), not a word's ("ab12")
        if low[end : end + 40].lstrip(" \t,").startswith(FAILURES):
            continue  # "the code 4477 doesn't work": the wrong code, the answer is the secret
        out.append(Span(start, end, "SECRET"))
    return out


# A line that asks for a PIN: its word and a request, in either order.
PROMPTS = (
    "enter", "type", "provide", "tell me", "give me", "send me", "what is", "what's",
    "nenne", "nennen sie", "gib", "geben sie", "eingeben", "indiquez", "indiquer", "saisissez",
    "saisir", "entrez", "donnez", "introduce", "introduzca", "indica", "indícame", "dime",
    "dígame", "inserisci", "inserire", "indica", "digita", "dimmi", "voer", "geef", "typ",
    "indique", "insira", "digite", "diga", "informe",
)  # fmt: skip
_PIN_WORD = re.compile(
    r"(?<![\w])(?:(?:[\w]{1,16}-)?pin|pincode|pin-code|code secret|code confidentiel|geheimzahl"
    r"|passcode|codice segreto)(?![\w])"
)
_PROMPT = re.compile(
    r"(?<![\w])(?:" + longest_first(PROMPTS)
    + r")(?![\w])|\?"
)  # fmt: skip
# What else a line that names a PIN may ask for ("enter your date of birth to reset your
# PIN"): then the digits answered are that, not the PIN.
_OTHER_ASKS = re.compile(
    r"birth|birthday|postcode|post code|zip|postal|order number|account number|phone|"
    r"last (?:four|4)|geburt|postleitzahl|plz|kundennummer|bestellnummer|naissance|"
    r"code postal|numéro de commande|nacimiento|código postal|número de pedido|nascita|"
    r"\bcap\b|numero d'ordine|geboorte|bestelnummer|nascimento|número de encomenda"
)
_ANSWER = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*|[^\s:\[][^:\n]{0,30}?[ \t]?:)[ \t]*"
    r"(?:(?:it's|it is|sure|yes|ok|c'est|claro|sí|certo|ja|sim|é)[ \t,:]*){0,2}"
    r"(?P<code>[0-9]{4,8})[ \t]*[.!]?[ \t]*(?=\r?\n|\Z)"
)


def _answered_prompts(low: str) -> list[Span]:
    """The digits a speaker answers with on the line after a line that asks for a PIN."""
    out: list[Span] = []
    done = -1
    for m in _PIN_WORD.finditer(low):
        if m.start() < done:
            continue
        line = low.rfind("\n", 0, m.start()) + 1
        end = low.find("\n", m.end())
        if end < 0:
            break
        done = end
        if _PROMPT.search(low, line, end) is None or _OTHER_ASKS.search(low, line, end):
            continue
        answer = _ANSWER.match(low, end + 1)
        if answer is not None:
            out.append(Span(*answer.span("code"), "SECRET"))
    return out


# Combination locks, whose number is all that opens them: the value after a verb or a
# colon ("the key safe on the porch is set to 9 3 0 5", "le cadenas c'est 8-8-3-1", "la
# cassetta delle chiavi ha 2207", "the garage key safe 1906") is its code without the word
# "code" (a text says "key safe" where it would say "key safe code").
LOCKS = (
    "key safe", "key-safe", "keysafe", "lockbox", "lock box", "key box", "keybox", "padlock",
    "combination lock", "schlüsselkasten", "schlüsseltresor", "schlüsselbox", "schlüsselsafe",
    "vorhängeschloss", "zahlenschloss", "fahrradschloss", "boîte à clés", "boite à clés",
    "cadenas", "caja de llaves", "candado", "caja fuerte", "cassetta delle chiavi",
    "cassetta portachiavi", "lucchetto", "sleutelkastje", "sleutelkluis", "hangslot",
    "cijferslot", "caixa de chaves", "cofre de chaves", "cadeado", "cassetta chiavi",
    "cassetta di sicurezza", "guardallaves", "cajetín de llaves",
)  # fmt: skip
_LOCK_VERBS = (
    r"(?:is set to|set to|is now|is|are|ist jetzt|ist|hat|steht auf|c'est|est|es|tiene|ha"
    r"|è|heeft|staat op|is ingesteld op|tem|é)"
)
_LOCK = re.compile(
    r"(?<![\w])(?:" + longest_first(LOCKS) + r")(?![\w])(?P<v>[^\n.!?:=]{0,40}?"
    r"(?:[ \t]+" + _LOCK_VERBS + r"|[ \t]*[:=]))?[ \t]+[\"'(]?"
    r"(?P<code>[0-9]{4,8}|[0-9](?:[ \-][0-9]){2,7}|[0-9]{2}(?:[ \-][0-9]{2}){1,3})"
    r"(?![\w\-]|[ \-]?[0-9]|[.,:/][0-9]|[ \t]*(?:%|€|\$|eur\b|usd\b|cm\b|mm\b|kg\b|m\b))"
)


def _lock_codes(low: str) -> list[Span]:
    """The numbers that a combination lock is set to (see ``LOCKS``)."""
    out: list[Span] = []
    for m in _LOCK.finditer(low):
        start, end = m.span("code")
        if low[end : end + 40].lstrip(" \t,").startswith(FAILURES):
            continue
        if m.group("v") is None and _CLAUSE_END.match(low, end) is None:
            continue  # "lockbox 1997 model": a number right after the lock ends its clause
        out.append(Span(start, end, "SECRET"))
    return out


# The clause ends after the number, or says where the lock is ("key safe 2580 by the back
# door", "sleutelkluis 1845 naast de deur", "keybox 6093 sul cancello").
_CLAUSE_END = re.compile(
    r"[ \t]*(?:[.,;!?)]|\r?\n|\Z)|[ \t]+(?:by|next to|beside|near|on the|at the|neben|am|an der"
    r"|beim|à côté|près|sur|junto|al lado|en la|en el|accanto|vicino|sul|sulla|naast|bij|aan"
    r"|ao lado|perto|na|no)(?![\w])"
)


# A key card's sleeve: "Wi-Fi: Grand_Guest" then "Code: sunrise42" on the next line (or
# after it on the same one): a code's or a password's bare label under a network's.
_NETWORK = re.compile(
    r"(?<![\w])(?:wi-?fi|wlan|wireless|ssid|internet|réseau|reseau|red wi-?fi|rete|netwerk"
    r"|rede)(?![\w])[^\n:]{0,30}:[^\n]{1,60}"
)
_NETWORK_VALUE = re.compile(
    r"(?:\n|[ \t]{2,}|[ \t]*[|\u00b7\u2014/][ \t]*)[ \t]*(?:code|pass|pw|key|clave|codice|código"
    r"|chave|sleutel|schlüssel|clé|senha)[ \t]*:[ \t]*(?P<v>[^\s\"'`]{6,64})(?=[ \t]*(?:\r?\n|\Z))"
)


def _network_codes(text: str, low: str) -> list[Span]:
    """The code or password on the line under (or beside) a Wi-Fi network's name."""
    out: list[Span] = []
    for m in _NETWORK.finditer(low):
        v = _NETWORK_VALUE.match(low, m.end())
        if v is None:
            v = _NETWORK_VALUE.search(low, m.start(), m.end())
        if v is not None and strong(text[v.start("v") : v.end("v")]):
            out.append(Span(*v.span("v"), "SECRET"))
    return out


def access_codes(ctx: ScanContext) -> list[Span]:
    """Codes of a place and answers to a PIN prompt (see the module's doc)."""
    if not ctx.has_digit:
        return []
    low = ctx.lower_spelled
    if low is None:
        return []
    # Each rule only where a substring its every match holds occurs (C-level finds).
    out = _codes(ctx.text, low) if _has(low, _CODE_GATES) else []
    if "\n" in low and _has(low, _PIN_GATES):
        out.extend(_answered_prompts(low))
    if _has(low, _KEY_GATES):
        out.extend(_keyed(low))
    if _has(low, _LOCK_GATES):
        out.extend(_lock_codes(low))
    if ":" in low and _has(low, _NETWORK_GATES):
        out.extend(_network_codes(ctx.text, low))
    return out


_CODE_GATES = ("cod", "cód", "comb")
_PIN_GATES = ("pin", "code secret", "code confidentiel", "geheimzahl", "passcode", "codice s")
_LOCK_GATES = ("key", "lock", "schl", "cadenas", "clé", "cadeado", "candado", "caja", "cassetta",
               "lucchetto", "sleutel", "slot", "chaves")  # fmt: skip
_KEY_GATES = ("#", "*", "keypad", "tastatur", "clavier", "teclado", "tastiera", "toetsenbord",
              "portero", "citofono", "interphone", "intercom", "gegensprech")  # fmt: skip
_NETWORK_GATES = (
    "wifi",
    "wi-fi",
    "wireless",
    "wlan",
    "ssid",
    "internet",
    "réseau",
    "reseau",
    "rete",
    "netwerk",
    "rede",
)


def _has(low: str, gates: tuple[str, ...]) -> bool:
    return any(map(low.__contains__, gates))
