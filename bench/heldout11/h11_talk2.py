# ruff: noqa: E501
"""Templates, people's text (2): card-blocking hotline transcripts, iMessage exports made
with imessage-exporter, share register extracts.
"""

from __future__ import annotations

from h11_ctx import Ctx
from h11_markup import D, M
from h11_phones import spoken
from h11_pools import fmt_date, recent_date
from h11_values import format_card

CALL = {
    "en": [
        "Agent: Card services, you're speaking with {agent}. How can I help?",
        "Caller: hi, my wallet got stolen on the tram, I need to block my card",
        "Agent: I'm sorry. Can you read me the card number?",
        "Caller: {card}",
        "Agent: thank you. And your full name and date of birth?",
        "Caller: {name}, {dob}",
        "Agent: the card is blocked. Your reference is {ref}. The new card goes to {street}, is that still correct?",
        "Caller: yes that's right",
        "Agent: and a number we can reach you on?",
        "Caller: {phone}",
        "Agent: perfect, anything else? ... Have a good day.",
    ],
    "de": [
        "Agent: Kartensperrservice, Sie sprechen mit {agent}. Was kann ich für Sie tun?",
        "Anrufer: ja hallo, mir wurde in der Straßenbahn die Geldbörse geklaut, ich muss meine Karte sperren",
        "Agent: Das tut mir leid. Können Sie mir die Kartennummer vorlesen?",
        "Anrufer: {card}",
        "Agent: danke. Und Ihr vollständiger Name und Ihr Geburtsdatum?",
        "Anrufer: {name}, {dob}",
        "Agent: Die Karte ist gesperrt. Ihre Sperrreferenz lautet {ref}. Die neue Karte geht an {street}, stimmt das noch?",
        "Anrufer: ja genau",
        "Agent: Unter welcher Nummer erreichen wir Sie?",
        "Anrufer: {phone}",
        "Agent: Prima. Noch etwas? ... Schönen Tag noch.",
    ],
    "fr": [
        "Agent : Service opposition, {agent} à l'appareil, que puis-je pour vous ?",
        "Appelant : bonjour, on m'a volé mon portefeuille dans le tram, je dois faire opposition",
        "Agent : je suis désolée. Pouvez-vous me lire le numéro de la carte ?",
        "Appelant : {card}",
        "Agent : merci. Vos nom, prénom et date de naissance ?",
        "Appelant : {name}, {dob}",
        "Agent : la carte est en opposition. Votre référence est {ref}. La nouvelle carte part au {street}, c'est toujours bon ?",
        "Appelant : oui c'est ça",
        "Agent : et un numéro pour vous joindre ?",
        "Appelant : {phone}",
        "Agent : parfait. Autre chose ? ... Bonne journée.",
    ],
    "es": [
        "Agente: Servicio de bloqueo de tarjetas, le atiende {agent}, ¿en qué puedo ayudarle?",
        "Llamante: hola, me han robado la cartera en el metro, necesito bloquear la tarjeta",
        "Agente: lo siento. ¿Me puede leer el número de la tarjeta?",
        "Llamante: {card}",
        "Agente: gracias. ¿Su nombre completo y fecha de nacimiento?",
        "Llamante: {name}, {dob}",
        "Agente: la tarjeta está bloqueada. Su referencia es {ref}. La nueva tarjeta se envía a {street}, ¿sigue siendo correcto?",
        "Llamante: sí, correcto",
        "Agente: ¿y un teléfono de contacto?",
        "Llamante: {phone}",
        "Agente: perfecto. ¿Algo más? ... Que tenga buen día.",
    ],
    "it": [
        "Operatore: Servizio blocco carte, sono {agent}, come posso aiutarla?",
        "Chiamante: buongiorno, mi hanno rubato il portafoglio sul tram, devo bloccare la carta",
        "Operatore: mi dispiace. Mi legge il numero della carta?",
        "Chiamante: {card}",
        "Operatore: grazie. Nome, cognome e data di nascita?",
        "Chiamante: {name}, {dob}",
        "Operatore: la carta è bloccata. Il suo numero di pratica è {ref}. La nuova carta arriva in {street}, è ancora corretto?",
        "Chiamante: sì esatto",
        "Operatore: e un numero per ricontattarla?",
        "Chiamante: {phone}",
        "Operatore: perfetto. Altro? ... Buona giornata.",
    ],
    "nl": [
        "Medewerker: Blokkeerservice, u spreekt met {agent}, waarmee kan ik u helpen?",
        "Beller: hallo, mijn portemonnee is gestolen in de tram, ik moet mijn pas blokkeren",
        "Medewerker: vervelend. Kunt u het kaartnummer voorlezen?",
        "Beller: {card}",
        "Medewerker: dank u. Uw volledige naam en geboortedatum?",
        "Beller: {name}, {dob}",
        "Medewerker: de pas is geblokkeerd. Uw referentie is {ref}. De nieuwe pas gaat naar {street}, klopt dat nog?",
        "Beller: ja klopt",
        "Medewerker: en op welk nummer kunnen we u bereiken?",
        "Beller: {phone}",
        "Medewerker: prima. Verder nog iets? ... Fijne dag.",
    ],
    "pt": [
        "Operador: Serviço de cancelamento de cartões, fala {agent}, em que posso ajudar?",
        "Cliente: olá, roubaram-me a carteira no elétrico, preciso de cancelar o cartão",
        "Operador: lamento. Pode ler-me o número do cartão?",
        "Cliente: {card}",
        "Operador: obrigado. Nome completo e data de nascimento?",
        "Cliente: {name}, {dob}",
        "Operador: o cartão está cancelado. A sua referência é {ref}. O novo cartão segue para {street}, continua correto?",
        "Cliente: sim, correto",
        "Operador: e um número para o contactarmos?",
        "Cliente: {phone}",
        "Operador: perfeito. Mais alguma coisa? ... Bom dia.",
    ],
}
OOPS = {"en": "sorry, no wait, {bad}... it's", "de": "äh nein, {bad}... also", "fr": "pardon, non, {bad}... enfin", "es": "perdón, no, {bad}... o sea",
        "it": "scusi, no, {bad}... cioè", "nl": "sorry nee, {bad}... dus", "pt": "desculpe, não, {bad}... ou seja"}  # fmt: skip


def t_cardblock(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = c.person(lang)
    ag, _ = c.person(lang)
    pan = c.card(r.choice(["visa", "visa", "mc", "mc2", "amex", "discover"]))
    card = M("CREDIT_CARD", format_card(r, pan, "blank"))
    if r.random() < 0.3:
        bad = c.bad_card()
        card = OOPS[lang].format(bad=D("luhn-invalid", format_card(r, bad, "blank"))) + " " + card
    p = c.phone_obj(lang)
    phone = (
        M("PHONE", spoken(p, lang))
        if r.random() < 0.25
        else M("PHONE", p.national(" ") if p.cc != "1" else p.national("-"))
    )
    vals = {
        "agent": M("PERSON", ag),
        "card": card,
        "name": M("PERSON", f"{g} {s}"),
        "dob": M("DATE_OF_BIRTH", c.dob(lang, r.choice(["words", "num"]))),
        "ref": D("reference", f"{c.num(4)} {c.num(4)}"),
        "street": M("STREET_ADDRESS", c.street(lang)),
        "phone": phone,
    }
    lines = []
    sec = r.randint(2, 6)
    for ln in CALL[lang]:
        lines.append(f"[00:{sec // 60:02d}:{sec % 60:02d}] {ln.format(**vals)}")
        sec += r.randint(3, 14)
    return "call", "\n".join(lines)


IMSG = {
    "en": [
        "Hey it's {g}, new phone",
        "What's the wifi password at your place again?",
        "{pw}",
        "Thx! Also need Mia's birthday for the camp form",
        "{dob}",
        "And her social, they insist",
        "{ssn}",
        "Got it. Address for the card is {street} right?",
        "yes",
    ],
    "de": [
        "Hi, hier {g}, neues Handy",
        "Wie war nochmal das WLAN-Passwort bei euch?",
        "{pw}",
        "Danke! Ich brauch noch Mias Geburtsdatum fürs Ferienlager",
        "{dob}",
        "Und die IBAN für die Anzahlung?",
        "{iban}",
        "Karte schick ich an {street}, oder?",
        "ja",
    ],
    "fr": [
        "Coucou c'est {g}, nouveau tel",
        "C'est quoi déjà le mot de passe du wifi chez vous ?",
        "{pw}",
        "Merci ! Il me faut la date de naissance de Mia pour la colo",
        "{dob}",
        "Et ton IBAN pour l'acompte ?",
        "{iban}",
        "J'envoie la carte au {street}, c'est bien ça ?",
        "oui",
    ],
    "es": [
        "Hola soy {g}, móvil nuevo",
        "¿Cuál era la contraseña del wifi de vuestra casa?",
        "{pw}",
        "¡Gracias! Necesito la fecha de nacimiento de Mia para el campamento",
        "{dob}",
        "¿Y tu IBAN para la señal?",
        "{iban}",
        "Te mando la tarjeta a {street}, ¿no?",
        "sí",
    ],
    "it": [
        "Ciao sono {g}, telefono nuovo",
        "Qual era la password del wifi da voi?",
        "{pw}",
        "Grazie! Mi serve la data di nascita di Mia per il campo estivo",
        "{dob}",
        "E l'IBAN per l'acconto?",
        "{iban}",
        "Ti mando il biglietto in {street}, giusto?",
        "sì",
    ],
    "nl": [
        "Hoi met {g}, nieuwe telefoon",
        "Wat was het wifi-wachtwoord bij jullie ook alweer?",
        "{pw}",
        "Dank! Ik heb nog Mia's geboortedatum nodig voor het kamp",
        "{dob}",
        "En je IBAN voor de aanbetaling?",
        "{iban}",
        "Ik stuur de kaart naar {street}, toch?",
        "ja",
    ],
    "pt": [
        "Olá é a {g}, telemóvel novo",
        "Qual era a password do wifi aí em casa?",
        "{pw}",
        "Obrigada! Preciso da data de nascimento da Mia para o campo de férias",
        "{dob}",
        "E o teu IBAN para o sinal?",
        "{iban}",
        "Mando o postal para {street}, certo?",
        "sim",
    ],
}
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def t_imessage(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = c.person(lang)
    p = c.phone_obj(lang, mobile=True)
    handle = M("PHONE", f"+{p.cc}{p.nsn}") if r.random() < 0.75 else M("EMAIL", c.email(g, s))
    vals = {"g": M("PERSON", g), "pw": M("SECRET", c.password(lang)), "dob": M("DATE_OF_BIRTH", c.dob(lang, "num", 2012, 2019)),
            "street": M("STREET_ADDRESS", c.street(lang)), "ssn": "", "iban": ""}  # fmt: skip
    if lang == "en":
        vals["ssn"] = M("US_SSN", c.ssn(styled=True))
    else:
        vals["iban"] = M("IBAN", c.iban(lang))
    mon, day, h, mi = r.randint(0, 11), r.randint(1, 28), r.randint(7, 21), r.randint(0, 50)
    blocks = []
    for i, msg in enumerate(IMSG[lang][: r.randint(5, 9)]):
        who = "Me" if i % 2 == 1 else handle
        ts = f"{MON[mon]} {day:02d}, 2026 {(h - 1) % 12 + 1:2d}:{mi + i:02d}:{r.randint(10, 59)} {'AM' if h < 12 else 'PM'}"
        if i == 0:
            ts = D("timestamp", ts)
        blocks.append(f"{ts}\n{who}\n{msg.format(**vals)}")
    return "chat-export", "\n\n".join(blocks)


REGISTER = {
    "en": (
        "STOCK LEDGER - extract as of {asof}",
        "Holder",
        "Date of birth",
        "Address",
        "Taxpayer ID (SSN)",
        "Shares",
        "Certificate no.",
        "Registered",
        "Dividend account",
    ),
    "de": (
        "Aktienregister - Auszug gem. § 67 AktG, Stand {asof}",
        "Aktionär",
        "Geburtsdatum",
        "Anschrift",
        "",
        "Stückzahl",
        "Aktien-Nr.",
        "Eingetragen am",
        "Dividendenkonto",
    ),
    "fr": (
        "Registre des mouvements de titres - extrait au {asof}",
        "Actionnaire",
        "Date de naissance",
        "Adresse",
        "",
        "Nombre d'actions",
        "N° d'ordre",
        "Inscrit le",
        "Compte dividendes",
    ),
    "es": (
        "Libro registro de acciones nominativas - extracto a {asof}",
        "Accionista",
        "Fecha de nacimiento",
        "Domicilio",
        "",
        "Acciones",
        "Numeración",
        "Inscrito el",
        "Cuenta dividendos",
    ),
    "it": (
        "Libro soci - estratto al {asof}",
        "Socio",
        "Data di nascita",
        "Residenza",
        "",
        "Numero azioni",
        "Certificato n.",
        "Iscritto il",
        "Conto dividendi",
    ),
    "nl": (
        "Aandeelhoudersregister - uittreksel per {asof}",
        "Aandeelhouder",
        "Geboortedatum",
        "Adres",
        "",
        "Aantal aandelen",
        "Nummering",
        "Ingeschreven op",
        "Dividendrekening",
    ),
    "pt": (
        "Livro de registo de ações - extrato a {asof}",
        "Acionista",
        "Data de nascimento",
        "Morada",
        "",
        "N.º de ações",
        "Numeração",
        "Registado em",
        "Conta para dividendos",
    ),
}


def t_shares(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    head, l_name, l_dob, l_addr, l_ssn, l_qty, l_no, l_reg, l_acct = REGISTER[lang]
    out = [head.format(asof=D("date", recent_date(r, lang, "num"))), ""]
    start = r.randint(1, 90000)
    for i in range(r.choice([2, 2, 3])):
        g, s = c.person(lang)
        qty = r.randint(10, 5000)
        out.append(
            f"{i + 1}. {l_name}: {M('PERSON', f'{s}, {g}' if r.random() < 0.6 else f'{g} {s}')}"
        )
        out.append(f"   {l_dob}: {M('DATE_OF_BIRTH', c.dob(lang, '', 1940, 2000))}")
        out.append(f"   {l_addr}: {M('STREET_ADDRESS', c.street(lang))}, {c.town(lang)}")
        if l_ssn and r.random() < 0.85:
            out.append(f"   {l_ssn}: {M('US_SSN', c.ssn(styled=True))}")
        sep = "," if lang == "en" else "."
        out.append(
            f"   {l_qty}: {D('qty', f'{qty:,}'.replace(',', sep))}   {l_no}: {D('share-no', f'{start:06d}-{start + qty - 1:06d}')}"
        )
        start += qty
        out.append(
            f"   {l_reg}: {D('date', fmt_date(r, lang, (r.randint(2008, 2025), r.randint(1, 12), r.randint(1, 28)), 'num'))}"
        )
        if lang != "en" and r.random() < 0.6:
            iban = c.iban(lang)
            out.append(
                f"   {l_acct}: {M('IBAN', ' '.join(iban[k : k + 4] for k in range(0, len(iban), 4)))}"
            )
        out.append("")
    return "form", "\n".join(out).rstrip()
