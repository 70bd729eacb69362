"""Talk templates of set 18: wine-merchant order calls, freight-forwarder booking chats,
ski-school SMS."""

from __future__ import annotations

from h18_core import ZWSP, Ctx, D, L, card_fmt, misread_card
from h18_values import digit_words

SHOP = {
    "en": ("Cellar", "Caller"),
    "de": ("Weinhandlung", "Kunde"),
    "fr": ("Cave", "Client"),
    "es": ("Vinoteca", "Cliente"),
    "it": ("Enoteca", "Cliente"),
    "nl": ("Wijnhandel", "Klant"),
    "pt": ("Garrafeira", "Cliente"),
}
CALL = {
    "en": [
        "thanks for calling Harcourt & Vine, {staff} speaking.",
        "hi, I'd like to order the mixed case from your autumn list, it's {who}.",
        "lovely. As it's an alcohol delivery I have to check your date of birth.",
        "sure, {dob}.",
        "and the delivery address?",
        "{street}, {town}.",
        "a phone number for the courier?",
        "yes, {phone}.",
        "and an e-mail for the invoice?",
        "it's {mail}.",
        "how would you like to pay?",
        "card, the number is {card}",
        "sorry, I read that wrong, it's {card2}",
        "security code {cvv}",
        "the gate code is {gate}, the driver can leave it by the door.",
        "that's order {order}, total {amount} pounds. Cheers!",
    ],
    "de": [
        "Weinhandlung Kellerblick, Sie sprechen mit {staff}.",
        "guten Tag, {who} hier, ich möchte die Probierkiste aus dem Herbstkatalog bestellen.",
        "gern. Weil wir Alkohol liefern, brauche ich Ihr Geburtsdatum.",
        "das ist der {dob}.",
        "und die Lieferadresse?",
        "{street}, {town}.",
        "eine Telefonnummer für den Fahrer?",
        "ja, {phone}.",
        "und eine E-Mail für die Rechnung?",
        "die lautet {mail}.",
        "wie möchten Sie bezahlen?",
        "mit Karte, die Nummer ist {card}",
        "Moment, verlesen, richtig ist {card2}",
        "Prüfnummer {cvv}",
        "der Torcode ist {gate}, bitte vor die Tür stellen.",
        "das ist Bestellung {order}, Summe {amount} Euro. Danke und tschüss!",
    ],
    "fr": [
        "Cave des Chartrons, {staff} à l'appareil.",
        "bonjour, c'est {who}, je voudrais commander le carton découverte d'automne.",
        "très bien. Pour une livraison d'alcool je dois vérifier votre date de naissance.",
        "je suis né le {dob}.",
        "et l'adresse de livraison ?",
        "{street}, {town}.",
        "un numéro pour le livreur ?",
        "oui, {phone}.",
        "et un e-mail pour la facture ?",
        "c'est {mail}.",
        "comment souhaitez-vous régler ?",
        "par carte, le numéro est {card}",
        "pardon, je me suis trompé, c'est {card2}",
        "cryptogramme {cvv}",
        "le code du portail est {gate}, il peut déposer devant la porte.",
        "c'est la commande {order}, total {amount} euros. Bonne journée !",
    ],
    "es": [
        "Vinoteca La Bodeguilla, le atiende {staff}.",
        "hola, soy {who}, quería pedir la caja degustación de otoño.",
        "perfecto. Como es una entrega de alcohol necesito su fecha de nacimiento.",
        "el {dob}.",
        "¿y la dirección de entrega?",
        "{street}, {town}.",
        "¿un teléfono para el repartidor?",
        "sí, {phone}.",
        "¿y un correo para la factura?",
        "es {mail}.",
        "¿cómo quiere pagar?",
        "con tarjeta, el número es {card}",
        "perdón, lo leí mal, es {card2}",
        "código de seguridad {cvv}",
        "el código del portal es {gate}, que lo deje en la puerta.",
        "es el pedido {order}, total {amount} euros. ¡Gracias!",
    ],
    "it": [
        "Enoteca Il Torchio, sono {staff}.",
        "buongiorno, sono {who}, vorrei ordinare la cassetta degustazione d'autunno.",
        "certo. Trattandosi di alcolici devo verificare la data di nascita.",
        "sono nato il {dob}.",
        "e l'indirizzo di consegna?",
        "{street}, {town}.",
        "un numero per il corriere?",
        "sì, {phone}.",
        "e un'e-mail per la fattura?",
        "è {mail}.",
        "come preferisce pagare?",
        "con carta, il numero è {card}",
        "scusi, ho letto male, è {card2}",
        "codice di sicurezza {cvv}",
        "il codice del cancello è {gate}, può lasciarlo davanti alla porta.",
        "è l'ordine {order}, totale {amount} euro. Grazie!",
    ],
    "nl": [
        "Wijnhandel De Kelder, u spreekt met {staff}.",
        "goedemiddag, met {who}, ik wil de herfstproeverij-doos bestellen.",
        "prima. Omdat we alcohol bezorgen moet ik uw geboortedatum controleren.",
        "dat is {dob}.",
        "en het afleveradres?",
        "{street}, {town}.",
        "een telefoonnummer voor de bezorger?",
        "ja, {phone}.",
        "en een e-mailadres voor de factuur?",
        "dat is {mail}.",
        "hoe wilt u betalen?",
        "met de creditcard, het nummer is {card}",
        "sorry, verkeerd gelezen, het is {card2}",
        "beveiligingscode {cvv}",
        "de poortcode is {gate}, hij mag het bij de deur zetten.",
        "dat is bestelling {order}, totaal {amount} euro. Fijne dag!",
    ],
    "pt": [
        "Garrafeira do Largo, fala {staff}.",
        "bom dia, é {who}, queria encomendar a caixa de prova de outono.",
        "com certeza. Como é entrega de álcool preciso da sua data de nascimento.",
        "nasci a {dob}.",
        "e a morada de entrega?",
        "{street}, {town}.",
        "um telefone para o estafeta?",
        "sim, {phone}.",
        "e um e-mail para a fatura?",
        "é {mail}.",
        "como quer pagar?",
        "com cartão, o número é {card}",
        "desculpe, li mal, é {card2}",
        "código de segurança {cvv}",
        "o código do portão é {gate}, pode deixar à porta.",
        "é a encomenda {order}, total {amount} euros. Obrigado!",
    ],
}


def wine_call(c: Ctx) -> tuple[str, str, bool]:
    lang, r = c.lang, c.rng
    shop, cust = SHOP[lang]
    staff, g, s = c.given(), c.given(), c.surname()
    who = L("PERSON", f"{g} {s.upper() if c.chance(0.3) else s}")
    ph_w, nat = c.phone()
    if c.chance(0.3):
        groups = (3, 3, 4) if lang in ("en", "it") else (2, 2, 2, 2, 2)
        ph = L("PHONE", digit_words(lang, nat, groups))
    else:
        ph = L("PHONE", ph_w)
    mail = c.email(g, s)
    mail_m = L("EMAIL", c.spelled(mail) if c.chance(0.4) else mail)
    lines = CALL[lang]
    card = c.card() if c.chance(0.5) else None
    seq = [
        (shop, 0, {"staff": L("PERSON", staff)}),
        (cust, 1, {"who": who}),
        (shop, 2, {}),
        (cust, 3, {"dob": L("DATE_OF_BIRTH", c.dob("words" if c.chance(0.5) else "num"))}),
        (shop, 4, {}),
        (cust, 5, {"street": L("STREET_ADDRESS", c.street()), "town": c.town()}),
        (shop, 6, {}),
        (cust, 7, {"phone": ph}),
        (shop, 8, {}),
        (cust, 9, {"mail": mail_m}),
    ]
    if card:
        seq.append((shop, 10, {}))
        style = c.pick(["space", "space", "dash", "none"])
        if c.chance(0.3):
            bad = misread_card(r, card)
            seq.append((cust, 11, {"card": D("luhn-invalid", card_fmt(bad, style))}))
            seq.append((cust, 12, {"card2": L("CREDIT_CARD", card_fmt(card, style))}))
        else:
            seq.append((cust, 11, {"card": L("CREDIT_CARD", card_fmt(card, style))}))
        if c.chance(0.4):
            seq.append((cust, 13, {"cvv": L("SECRET", c.code(4 if len(card) == 15 else 3))}))
    if c.chance(0.4):
        seq.append((cust, 14, {"gate": L("SECRET", c.code(c.pick([4, 5, 6])))}))
    seq.append(
        (shop, 15, {"order": D("order", "W" + c.num(6)), "amount": D("amount", c.amount(90, 900))})
    )
    out, t = [], r.randint(3, 20)
    for who_, i, kw in seq:
        t += r.randint(4, 19)
        out.append(f"[{t // 60:02d}:{t % 60:02d}] {who_}: {lines[i].format(**kw)}")
    return "call", "\n".join(out) + "\n", c.chance(0.15)


CHAT = {
    "en": [
        "Hi, I need a quote to ship household goods in a 20ft container.",
        "Sure, I'm {agent} from the forwarding desk. Who is the shipper?",
        "Thanks. For US customs (ISF) a private importer gives the SSN as importer number.",
        "Pick-up address?",
        "Best number for the driver?",
        "E-mail for the booking docs?",
        "Do you have a container number already?",
        "Booked under reference {ref}.",
        "Your portal login password is {pw}, please change it after the first login.",
    ],
    "de": [
        "Hallo, ich brauche ein Angebot für Umzugsgut im 20-Fuß-Container.",
        "Gern, hier {agent} von der Speditionsabteilung. Wer ist der Versender?",
        "",
        "Abholadresse?",
        "Beste Nummer für den Fahrer?",
        "E-Mail für die Papiere?",
        "Haben Sie schon eine Containernummer?",
        "Gebucht unter Referenz {ref}.",
        "Ihr Portal-Passwort lautet {pw}, bitte nach dem ersten Login ändern.",
    ],
    "fr": [
        "Bonjour, je voudrais un devis pour un déménagement en conteneur 20 pieds.",
        "Bien sûr, {agent} du service transit. Qui est l'expéditeur ?",
        "",
        "Adresse d'enlèvement ?",
        "Un numéro pour le chauffeur ?",
        "Un e-mail pour les documents ?",
        "Avez-vous déjà un numéro de conteneur ?",
        "Réservé sous la référence {ref}.",
        "Votre mot de passe du portail est {pw}, changez-le à la première connexion.",
    ],
    "es": [
        "Hola, necesito presupuesto para enviar una mudanza en contenedor de 20 pies.",
        "Claro, soy {agent} del departamento de transitarios. ¿Quién es el remitente?",
        "",
        "¿Dirección de recogida?",
        "¿Un teléfono para el conductor?",
        "¿Correo para la documentación?",
        "¿Tiene ya número de contenedor?",
        "Reservado con la referencia {ref}.",
        "Su contraseña del portal es {pw}, cámbiela al entrar por primera vez.",
    ],
    "it": [
        "Salve, mi serve un preventivo per spedire un trasloco in container da 20 piedi.",
        "Certo, sono {agent} dell'ufficio spedizioni. Chi è il mittente?",
        "",
        "Indirizzo di ritiro?",
        "Un numero per l'autista?",
        "Un'e-mail per i documenti?",
        "Ha già un numero di container?",
        "Prenotato con riferimento {ref}.",
        "La password del portale è {pw}, la cambi al primo accesso.",
    ],
    "nl": [
        "Hoi, ik wil een offerte voor verhuisgoed in een 20ft-container.",
        "Natuurlijk, met {agent} van de expeditie. Wie is de verzender?",
        "",
        "Ophaaladres?",
        "Beste nummer voor de chauffeur?",
        "E-mail voor de documenten?",
        "Heeft u al een containernummer?",
        "Geboekt onder referentie {ref}.",
        "Uw portaalwachtwoord is {pw}, wijzig het na de eerste keer inloggen.",
    ],
    "pt": [
        "Olá, preciso de orçamento para enviar uma mudança num contentor de 20 pés.",
        "Claro, sou {agent} do departamento de trânsitos. Quem é o expedidor?",
        "",
        "Morada de recolha?",
        "Um telefone para o motorista?",
        "Um e-mail para os documentos?",
        "Já tem número de contentor?",
        "Reservado com a referência {ref}.",
        "A sua palavra-passe do portal é {pw}, altere-a no primeiro acesso.",
    ],
}
DEPOSIT = {
    "en": "deposit by card:",
    "de": "Anzahlung per Karte:",
    "fr": "acompte par carte :",
    "es": "señal con tarjeta:",
    "it": "acconto con carta:",
    "nl": "aanbetaling met kaart:",
    "pt": "sinal com cartão:",
}
DOB_WORD = {
    "en": "date of birth",
    "de": "Geburtsdatum",
    "fr": "date de naissance",
    "es": "fecha de nacimiento",
    "it": "data di nascita",
    "nl": "geboortedatum",
    "pt": "data de nascimento",
}
ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def container_no(c: Ctx) -> str:
    """An ISO 6346 container number with its check digit."""
    vals = {
        ch: v
        for ch, v in zip(ALPHA, [10, *range(12, 22), *range(23, 33), *range(34, 39)], strict=True)
    }
    owner = c.pick(["MSCU", "TGHU", "CMAU", "HLXU", "MAEU"]) + ""
    serial = c.num(6)
    total = sum(
        (vals[ch] if ch.isalpha() else int(ch)) * 2**i for i, ch in enumerate(owner + serial)
    )
    return f"{owner}{serial}{total % 11 % 10}"


def freight_chat(c: Ctx) -> tuple[str, str, bool]:
    lang, r = c.lang, c.rng
    p = CHAT[lang]
    agent, g, s = c.given(), c.given(), c.surname()
    name = f"{s.upper()}, {g}" if c.chance(0.3) else f"{g} {s}"
    t = [r.randint(8, 17), r.randint(0, 50)]

    def line(who: str, msg: str) -> str:
        t[1] += r.randint(0, 3)
        return f"{t[0]:02d}:{t[1] % 60:02d} {who}: {msg}"

    vis = (
        "Visitor"
        if lang == "en"
        else {
            "de": "Besucher",
            "fr": "Visiteur",
            "es": "Visitante",
            "it": "Visitatore",
            "nl": "Bezoeker",
            "pt": "Visitante",
        }[lang]
    )
    out = [line(vis, p[0]), line(agent, p[1].format(agent=L("PERSON", agent)))]
    dob = c.dob("iso" if c.chance(0.3) else "num")
    out.append(line(vis, f"{L('PERSON', name)}, {DOB_WORD[lang]} {L('DATE_OF_BIRTH', dob)}"))
    if lang == "en" and c.chance(0.55):
        out.append(line(agent, p[2]))
        ssn = c.ssn()
        if c.chance(0.3):
            ssn = ssn.replace("-", " ")
        out.append(line(vis, f"ok: {L('US_SSN', ssn)}"))
    out += [line(agent, p[3]), line(vis, f"{L('STREET_ADDRESS', c.street())}, {c.town()}")]
    ph_w, nat = c.phone()
    if c.chance(0.2):
        ph_w = ZWSP.join(ph_w.split(" ")) if " " in ph_w else ph_w
    elif c.chance(0.15):
        ph_w = " ".join(nat)
    out += [line(agent, p[4]), line(vis, L("PHONE", ph_w))]
    mail = c.email(g, s)
    if c.chance(0.15):
        mail = mail.replace("@", "[@]").replace(".", "[.]")
    out += [line(agent, p[5]), line(vis, L("EMAIL", mail))]
    out.append(line(agent, p[6]))
    cno = container_no(c)
    out.append(line(vis, f"{D('container', cno)} / HS {D('hs-code', c.num(8))}"))
    out.append(line(agent, p[7].format(ref=D("booking", f"FWD-{c.num(7)}"))))
    if c.chance(0.4):
        out.append(line(agent, p[8].format(pw=L("SECRET", c.password()))))
    if c.chance(0.3):
        card = c.card()
        out.append(line(vis, f"{DEPOSIT[lang]} {L('CREDIT_CARD', card_fmt(card, 'space'))}"))
    return "chat", "\n".join(out) + "\n", False
