# ruff: noqa: E501
"""Templates: hotel telephone reservation calls and e-scooter rental support chats.

Hotel calls are speech-to-text transcripts with ``[hh:mm:ss]`` stamps: the guest gives a
phone (a fifth read out in number words), an e-mail, a card to guarantee the room (some
misread first), in some a birth date for the loyalty programme and a home street; the
confirmation number, rate and stay dates are decoys. Scooter chats are in-app support
threads: ride and vehicle ids are decoys, the refund IBAN, the birth date for the age
check, a phone and sometimes the account password are values.
"""

from __future__ import annotations

from typing import Any

from h13_pools import dob, email, money, person, phone, plain_date, street

# fmt: off
WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# fmt: on


def in_words(lang: str, digits: str) -> str:
    """Digits read out in groups of three or four, as a caller says them."""
    groups = (
        [digits[:3], digits[3:6], digits[6:]]
        if len(digits) <= 10
        else [digits[:4], digits[4:7], digits[7:]]
    )
    return ", ".join(" ".join(WORDS[lang][int(c)] for c in g) for g in groups if g)


# fmt: off
HOTEL = {
    "en": ["Reservations, {agent} speaking, how can I help?", "Hi, I'd like a double room from {a} to {b}. The name is {g} {f}.", "Certainly, that's {p} per night. A phone number for the booking?", "And an e-mail address for the confirmation?", "To guarantee it I need a credit card number.", "sorry, no, that's wrong. It's {c}", "Would you like to join our rewards club? I'd need your date of birth.", "And your home address for the registration card?", "Perfect. Your confirmation number is {n}. Thank you, goodbye.", "Guest", "Agent", "my number is"],
    "de": ["Reservierung, {agent} am Apparat, was kann ich für Sie tun?", "Guten Tag, ich hätte gern ein Doppelzimmer vom {a} bis {b}. Auf den Namen {g} {f}.", "Gern, das macht {p} pro Nacht. Unter welcher Nummer erreichen wir Sie?", "Und eine E-Mail-Adresse für die Bestätigung?", "Zur Garantie brauche ich eine Kreditkartennummer.", "oh, Moment, falsch. Richtig ist {c}", "Möchten Sie Mitglied in unserem Gästeclub werden? Dann bräuchte ich Ihr Geburtsdatum.", "Und Ihre Anschrift für den Meldeschein?", "Wunderbar. Ihre Buchungsnummer lautet {n}. Danke, auf Wiederhören.", "Gast", "Rezeption", "meine Nummer ist"],
    "fr": ["Réservations, {agent} à l'appareil, je vous écoute.", "Bonjour, je voudrais une chambre double du {a} au {b}. Au nom de {g} {f}.", "Très bien, c'est {p} la nuit. Un numéro de téléphone ?", "Et une adresse e-mail pour la confirmation ?", "Pour garantir la réservation, il me faut un numéro de carte.", "pardon, non, je me suis trompé. C'est {c}", "Voulez-vous adhérer à notre programme fidélité ? Il me faudrait votre date de naissance.", "Et votre adresse pour la fiche de police ?", "Parfait. Votre numéro de confirmation est {n}. Merci, au revoir.", "Client", "Réception", "mon numéro c'est"],
    "es": ["Reservas, le atiende {agent}, ¿en qué puedo ayudarle?", "Hola, quería una habitación doble del {a} al {b}. A nombre de {g} {f}.", "Claro, son {p} por noche. ¿Un teléfono de contacto?", "¿Y un correo electrónico para la confirmación?", "Para garantizar la reserva necesito una tarjeta.", "perdón, no, me he equivocado. Es {c}", "¿Quiere unirse a nuestro club de fidelidad? Necesitaría su fecha de nacimiento.", "¿Y su domicilio para la ficha de registro?", "Perfecto. Su número de confirmación es {n}. Gracias, adiós.", "Cliente", "Recepción", "mi número es"],
    "it": ["Prenotazioni, sono {agent}, come posso aiutarla?", "Buongiorno, vorrei una doppia dal {a} al {b}. A nome {g} {f}.", "Certo, sono {p} a notte. Un numero di telefono?", "E un indirizzo e-mail per la conferma?", "Per garantire la prenotazione mi serve una carta di credito.", "scusi, no, ho sbagliato. È {c}", "Vuole iscriversi al nostro programma fedeltà? Mi servirebbe la data di nascita.", "E il suo indirizzo di residenza per la schedina?", "Perfetto. Il numero di conferma è {n}. Grazie, arrivederci.", "Ospite", "Reception", "il mio numero è"],
    "nl": ["Reserveringen, u spreekt met {agent}, waarmee kan ik helpen?", "Goedemiddag, ik wil graag een tweepersoonskamer van {a} tot {b}. Op naam van {g} {f}.", "Natuurlijk, dat is {p} per nacht. Op welk nummer bent u bereikbaar?", "En een e-mailadres voor de bevestiging?", "Ter garantie heb ik een creditcardnummer nodig.", "sorry, nee, dat klopt niet. Het is {c}", "Wilt u lid worden van ons gastenprogramma? Dan heb ik uw geboortedatum nodig.", "En uw woonadres voor het nachtregister?", "Prima. Uw bevestigingsnummer is {n}. Dank u, tot ziens.", "Gast", "Receptie", "mijn nummer is"],
    "pt": ["Reservas, fala {agent}, em que posso ajudar?", "Bom dia, queria um quarto duplo de {a} a {b}. Em nome de {g} {f}.", "Com certeza, são {p} por noite. Um contacto telefónico?", "E um e-mail para a confirmação?", "Para garantir a reserva preciso de um cartão de crédito.", "desculpe, não, enganei-me. É {c}", "Quer aderir ao nosso programa de fidelização? Precisava da data de nascimento.", "E a sua morada para o boletim de alojamento?", "Perfeito. O número de confirmação é {n}. Obrigado, adeus.", "Hóspede", "Receção", "o meu número é"],
}
# fmt: on


def hotel_call(ctx: Any, lang: str) -> tuple[str, str]:
    L = HOTEL[lang]
    ag = ctx.choice(["Maura", "Felix", "Noémie", "Julián", "Carla", "Bram", "Inês", "Tobias"])
    g, f = person(ctx, lang)
    guest, agent = L[9], L[10]
    t = ctx.rng.randint(2, 9)
    lines: list[str] = []

    def say(who: str, what: str) -> None:
        nonlocal t
        lines.append(f"[00:{t // 60:02d}:{t % 60:02d}] {who}: {what}")
        t += ctx.rng.randint(4, 14)

    say(agent, L[0].format(agent=f"⁅PERSON|{ag}⁆"))
    a, b = plain_date(ctx, lang), plain_date(ctx, lang)
    say(
        guest,
        L[1].format(
            a=f"⁅~stay-date|{a}⁆", b=f"⁅~stay-date|{b}⁆", g=f"⁅PERSON|{g}⁆", f=f"⁅PERSON|{f}⁆"
        ),
    )
    say(agent, L[2].format(p=f"⁅~price|{money(ctx, lang, 79, 260)}⁆"))
    if ctx.chance(0.3):
        nat = "".join(c for c in phone(ctx, lang, "national", mobile=True) if c.isdigit())
        spoken = in_words(lang, nat)
        say(guest, f"{L[11]} ⁅PHONE|{spoken}⁆")
    elif ctx.chance(0.35):
        say(guest, f"⁅PHONE|{phone(ctx, lang, 'spaced', mobile=True)}⁆")
    else:
        say(guest, f"⁅PHONE|{phone(ctx, lang, ctx.choice(['national', 'intl']))}⁆")
    say(agent, L[3])
    say(guest, f"⁅EMAIL|{email(ctx, g, f)}⁆")
    say(agent, L[4])
    card = ctx.card()
    if ctx.chance(0.2):
        say(guest, f"⁅~luhn-invalid|{ctx.bad_card(card)}⁆")
        say(guest, L[5].format(c=f"⁅CREDIT_CARD|{card}⁆"))
    else:
        say(guest, f"⁅CREDIT_CARD|{card}⁆")
    say(agent, f"⁅~expiry|{ctx.rng.randint(1, 12):02d}/{ctx.rng.randint(27, 31)}⁆?")
    if ctx.chance(0.45):
        say(agent, L[6])
        say(guest, f"⁅DATE_OF_BIRTH|{dob(ctx, lang)}⁆")
    if ctx.chance(0.5):
        say(agent, L[7])
        say(guest, f"⁅STREET_ADDRESS|{street(ctx, lang)}⁆")
    if ctx.chance(0.3):
        say(agent, f"⁅~member-no|{ctx.choice(['GC', 'RW'])}{ctx.digits(8)}⁆")
    say(agent, L[8].format(n=f"⁅~confirmation|{ctx.choice(['HX', 'RS', 'BK'])}{ctx.digits(7)}⁆"))
    return "call", "\n".join(lines) + "\n"


# fmt: off
SCOOT = {
    "en": ["Hi, I'm {a} from the support team. What happened?", "scooter {s} died in the middle of ride {r} and I was still charged {p}", "Sorry about that! Can you confirm the e-mail on your account?", "For a refund to a bank account I need the IBAN and the holder's name.", "Our age check failed on your profile, could you send your date of birth?", "We got a parking fine for that ride, the city needs your home address.", "And a number our field team can call you on?", "I also changed my password to {pw} yesterday, can you see if that's why the app logged me out?", "Thanks, ticket {t} is open, refund within 5 days. App version {v} fixes the bug.", "Rider"],
    "de": ["Hallo, hier ist {a} vom Support. Was ist passiert?", "Roller {s} ist mitten in Fahrt {r} ausgegangen und trotzdem wurden {p} abgebucht", "Das tut mir leid! Bitte bestätige die E-Mail deines Kontos.", "Für die Erstattung aufs Konto brauche ich IBAN und Kontoinhaber.", "Die Altersprüfung ist fehlgeschlagen, schick mir bitte dein Geburtsdatum.", "Für die Fahrt kam ein Knöllchen, die Stadt braucht deine Wohnanschrift.", "Und unter welcher Nummer erreicht dich unser Team?", "hab gestern auch mein Passwort auf {pw} geändert, loggt mich die App deshalb aus?", "Danke, Ticket {t} ist offen, Erstattung in 5 Tagen. App-Version {v} behebt den Fehler.", "Fahrer"],
    "fr": ["Bonjour, ici {a} du support. Que s'est-il passé ?", "la trottinette {s} s'est éteinte pendant le trajet {r} et on m'a quand même débité {p}", "Désolé ! Pouvez-vous confirmer l'e-mail de votre compte ?", "Pour un remboursement par virement il me faut l'IBAN et le titulaire.", "La vérification d'âge a échoué, pouvez-vous m'envoyer votre date de naissance ?", "Nous avons reçu une amende pour ce trajet, la mairie demande votre adresse.", "Et un numéro où notre équipe peut vous joindre ?", "j'ai aussi changé mon mot de passe hier, c'est {pw}, c'est pour ça que l'appli me déconnecte ?", "Merci, le ticket {t} est ouvert, remboursement sous 5 jours. La version {v} corrige le bug.", "Usager"],
    "es": ["Hola, soy {a} del equipo de soporte. ¿Qué ha pasado?", "el patinete {s} se apagó en mitad del trayecto {r} y aun así me cobraron {p}", "¡Lo siento! ¿Puedes confirmar el correo de tu cuenta?", "Para el reembolso por transferencia necesito el IBAN y el titular.", "Falló la verificación de edad, ¿me envías tu fecha de nacimiento?", "Nos ha llegado una multa por ese trayecto, el ayuntamiento pide tu domicilio.", "¿Y un teléfono donde te pueda llamar el equipo?", "ayer también cambié la contraseña a {pw}, ¿será por eso que la app me echa?", "Gracias, la incidencia {t} está abierta, reembolso en 5 días. La versión {v} corrige el fallo.", "Usuario"],
    "it": ["Ciao, sono {a} dell'assistenza. Cosa è successo?", "il monopattino {s} si è spento durante la corsa {r} e mi hanno addebitato lo stesso {p}", "Mi dispiace! Puoi confermare l'e-mail dell'account?", "Per il rimborso con bonifico mi servono IBAN e intestatario.", "La verifica dell'età non è andata, mi mandi la tua data di nascita?", "È arrivata una multa per quella corsa, il comune chiede il tuo indirizzo.", "E un numero su cui il team può chiamarti?", "ieri ho anche cambiato la password in {pw}, è per questo che l'app mi disconnette?", "Grazie, il ticket {t} è aperto, rimborso entro 5 giorni. La versione {v} risolve il problema.", "Utente"],
    "nl": ["Hoi, met {a} van support. Wat is er gebeurd?", "step {s} viel uit midden in rit {r} en ik heb toch {p} betaald", "Vervelend! Kun je het e-mailadres van je account bevestigen?", "Voor terugbetaling heb ik je IBAN en de naam van de rekeninghouder nodig.", "De leeftijdscheck is mislukt, stuur je je geboortedatum?", "Er kwam een boete binnen voor die rit, de gemeente vraagt je woonadres.", "En een nummer waarop ons team je kan bellen?", "ik heb gisteren ook mijn wachtwoord veranderd in {pw}, logt de app me daarom uit?", "Dank je, ticket {t} staat open, terugbetaling binnen 5 dagen. Versie {v} lost de fout op.", "Rijder"],
    "pt": ["Olá, fala {a} do apoio. O que aconteceu?", "a trotinete {s} desligou-se a meio da viagem {r} e cobraram-me na mesma {p}", "Lamento! Pode confirmar o e-mail da sua conta?", "Para o reembolso por transferência preciso do IBAN e do titular.", "A verificação de idade falhou, pode enviar a sua data de nascimento?", "Chegou uma multa dessa viagem, a câmara pede a sua morada.", "E um número onde a equipa o possa contactar?", "ontem também mudei a palavra-passe para {pw}, é por isso que a app me desliga?", "Obrigado, o pedido {t} está aberto, reembolso em 5 dias. A versão {v} corrige o erro.", "Utilizador"],
}
# fmt: on


def scooter_chat(ctx: Any, lang: str) -> tuple[str, str]:
    L = SCOOT[lang]
    ag = ctx.choice(["Yusuf", "Lena", "Margaux", "Dario", "Sanne", "Tiago", "Priya"])
    g, f = person(ctx, lang)
    h, m = ctx.rng.randint(7, 21), ctx.rng.randint(0, 50)
    out: list[str] = []

    def msg(who: str, text: str) -> None:
        nonlocal m
        out.append(f"{(h + m // 60) % 24:02d}:{m % 60:02d}  {who}\n{text}\n")
        m += ctx.rng.randint(0, 3)

    me = f"⁅PERSON|{g}⁆" if ctx.chance(0.5) else L[9]
    msg(f"⁅PERSON|{ag}⁆", L[0].format(a=f"⁅PERSON|{ag}⁆"))
    s = ctx.choice(["SC-", "", "#"]) + ctx.digits(6)
    msg(
        me,
        L[1].format(
            s=f"⁅~vehicle-id|{s}⁆",
            r=f"⁅~ride-id|R{ctx.digits(9)}⁆",
            p=f"⁅~price|{money(ctx, lang, 2, 19)}⁆",
        ),
    )
    msg(f"⁅PERSON|{ag}⁆", L[2])
    msg(me, f"⁅EMAIL|{email(ctx, g, f)}⁆")
    msg(f"⁅PERSON|{ag}⁆", L[3])
    ib = ctx.iban(
        ctx.choice(
            {
                "en": ["GB", "IE"],
                "de": ["DE", "AT"],
                "fr": ["FR", "BE"],
                "es": ["ES"],
                "it": ["IT"],
                "nl": ["NL"],
                "pt": ["PT"],
            }[lang]
        )
    )
    if ctx.chance(0.15):
        msg(me, f"⁅~iban-invalid|{ctx.bad_iban(ib)}⁆")
        msg(me, "sorry typo ->")
    msg(me, f"⁅IBAN|{ib}⁆\n⁅PERSON|{g} {f}⁆")
    if ctx.chance(0.6):
        msg(f"⁅PERSON|{ag}⁆", L[4])
        msg(me, f"⁅DATE_OF_BIRTH|{dob(ctx, lang)}⁆")
    if ctx.chance(0.4):
        msg(f"⁅PERSON|{ag}⁆", L[5])
        msg(me, f"⁅STREET_ADDRESS|{street(ctx, lang)}⁆")
    msg(f"⁅PERSON|{ag}⁆", L[6])
    msg(me, f"⁅PHONE|{phone(ctx, lang, mobile=True)}⁆")
    if ctx.chance(0.35):
        msg(me, L[7].format(pw=f"⁅SECRET|{ctx.password()}⁆"))
    v = f"{ctx.rng.randint(3, 7)}.{ctx.rng.randint(0, 40)}.{ctx.rng.randint(0, 9)}"
    msg(f"⁅PERSON|{ag}⁆", L[8].format(t=f"⁅~ticket|{ctx.digits(8)}⁆", v=f"⁅~version|{v}⁆"))
    return "chat", "\n".join(out)
