# ruff: noqa: E501, RUF001
"""Templates of spoken and chat text: insurance first-notice-of-loss calls, Zoom saved chats.

Each template returns markup (see ``h12_core``) and its kind. Wording per language is data.
"""

from __future__ import annotations

from h12_core import Ctx, D, V, bad_iban, iban, ssn
from h12_pools import IBAN_CC, dob, email, other_date, person, phone, street, town

DIGITS = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
}


def say_digits(lang: str, number: str) -> str:
    """A phone number read out digit by digit, its groups apart by commas."""
    words = DIGITS[lang].split()
    groups = [g for g in number.replace("+", "").replace("-", " ").replace("/", " ").split() if g]
    return ", ".join(" ".join(words[int(ch)] for ch in g if ch.isdigit()) for g in groups)


FNOL = {
    "en": dict(
        hi="Thank you for calling Harbourside Mutual claims, my name is {agent}, how can I help?",
        why="Hi, I need to report an accident. Someone backed into my car in a car park.",
        pol="Can I take your policy number first?",
        name="And the policyholder's full name?",
        dob="Thank you. Can you confirm your date of birth?",
        addr="And your address as it appears on the policy?",
        tel="What's the best number to reach you on?",
        mail="And an e-mail for the claim documents?",
        when="When did the incident happen?",
        other="Did you get the other driver's details?",
        otherans="Yes, his name is {p2}, his number is {t2}",
        ssn="For the injury part of the claim I also need your Social Security number.",
        bank="If the repair is paid to you, which account should we use?",
        ref="Okay, your claim reference is {claim}. An adjuster will call you within two working days.",
        bye="Thanks, bye.",
        agent="Agent",
        caller="Caller",
    ),
    "de": dict(
        hi="Schadenhotline der Rheinaue Versicherung, mein Name ist {agent}, was kann ich für Sie tun?",
        why="Guten Tag, ich möchte einen Unfall melden, mir ist jemand beim Ausparken reingefahren.",
        pol="Nennen Sie mir zuerst Ihre Versicherungsscheinnummer?",
        name="Und der Name des Versicherungsnehmers?",
        dob="Danke. Zur Sicherheit Ihr Geburtsdatum, bitte?",
        addr="Ihre Anschrift laut Vertrag?",
        tel="Unter welcher Nummer erreichen wir Sie am besten?",
        mail="Und eine E-Mail-Adresse für die Unterlagen?",
        when="Wann ist das passiert?",
        other="Haben Sie die Daten des Unfallgegners?",
        otherans="Ja, das war {p2}, Handy {t2}",
        bank="Falls die Reparatur an Sie ausgezahlt wird, auf welches Konto?",
        ref="Gut, Ihre Schadennummer ist {claim}. Ein Sachverständiger meldet sich in zwei Werktagen.",
        bye="Danke, tschüss.",
        agent="Mitarbeiterin",
        caller="Anrufer",
    ),
    "fr": dict(
        hi="Service sinistres de la Mutuelle du Littoral, {agent} à l'appareil, je vous écoute.",
        why="Bonjour, je voudrais déclarer un accrochage sur le parking du supermarché.",
        pol="Pouvez-vous me donner votre numéro de contrat ?",
        name="Le nom de l'assuré, s'il vous plaît ?",
        dob="Merci. Votre date de naissance pour vérification ?",
        addr="Votre adresse postale ?",
        tel="Un numéro où vous joindre ?",
        mail="Et une adresse e-mail pour le dossier ?",
        when="Quand l'accident a-t-il eu lieu ?",
        other="Avez-vous rempli un constat avec l'autre conducteur ?",
        otherans="Oui, c'est {p2}, son portable c'est le {t2}",
        bank="Pour l'indemnisation, sur quel compte ?",
        ref="Très bien, votre numéro de sinistre est le {claim}. Un expert vous rappellera sous 48 heures.",
        bye="Merci, au revoir.",
        agent="Conseillère",
        caller="Assuré",
    ),
    "es": dict(
        hi="Siniestros de Seguros Cantábrico, le atiende {agent}, ¿en qué puedo ayudarle?",
        why="Buenas, quería dar parte de un golpe, me han dado por detrás en una rotonda.",
        pol="¿Me facilita el número de póliza?",
        name="¿Nombre completo del tomador?",
        dob="Gracias. ¿Me confirma su fecha de nacimiento?",
        addr="¿Y su domicilio?",
        tel="¿Un teléfono de contacto?",
        mail="¿Y un correo electrónico para enviarle el parte?",
        when="¿Cuándo ocurrió?",
        other="¿Tiene los datos del otro conductor?",
        otherans="Sí, se llama {p2}, su móvil es el {t2}",
        bank="Para el pago de la reparación, ¿en qué cuenta?",
        ref="Perfecto, su número de siniestro es {claim}. Un perito le llamará en 48 horas.",
        bye="Gracias, adiós.",
        agent="Agente",
        caller="Cliente",
    ),
    "it": dict(
        hi="Ufficio sinistri di Assicurazioni Tirrenia, sono {agent}, come posso aiutarla?",
        why="Buongiorno, devo denunciare un sinistro, mi hanno tamponato al semaforo.",
        pol="Mi dà il numero di polizza?",
        name="Nome e cognome del contraente?",
        dob="Grazie. Mi conferma la data di nascita?",
        addr="L'indirizzo di residenza?",
        tel="Un numero a cui richiamarla?",
        mail="E un indirizzo email per la documentazione?",
        when="Quando è successo?",
        other="Ha compilato il CID con l'altro conducente?",
        otherans="Sì, si chiama {p2}, il cellulare è {t2}",
        bank="Per il rimborso, su quale conto?",
        ref="Bene, il numero di sinistro è {claim}. Un perito la contatterà entro due giorni lavorativi.",
        bye="Grazie, arrivederci.",
        agent="Operatrice",
        caller="Cliente",
    ),
    "nl": dict(
        hi="Schadeafdeling van Polderland Verzekeringen, u spreekt met {agent}, waarmee kan ik helpen?",
        why="Goedemiddag, ik wil schade melden, iemand is tegen mijn geparkeerde auto gereden.",
        pol="Mag ik uw polisnummer?",
        name="De naam van de verzekeringnemer?",
        dob="Dank u. Wat is uw geboortedatum?",
        addr="En uw adres?",
        tel="Op welk nummer kunnen we u bereiken?",
        mail="En een e-mailadres voor de stukken?",
        when="Wanneer is het gebeurd?",
        other="Heeft u de gegevens van de tegenpartij?",
        otherans="Ja, dat is {p2}, mobiel {t2}",
        bank="Op welk rekeningnummer mogen we de vergoeding storten?",
        ref="Prima, uw schadenummer is {claim}. Een expert belt u binnen twee werkdagen.",
        bye="Dank u, dag.",
        agent="Medewerker",
        caller="Klant",
    ),
    "pt": dict(
        hi="Participação de sinistros da Seguradora Atlântida, fala {agent}, em que posso ajudar?",
        why="Bom dia, queria participar um acidente, bateram-me no carro estacionado.",
        pol="Pode indicar-me o número da apólice?",
        name="O nome completo do tomador?",
        dob="Obrigada. Confirma a data de nascimento?",
        addr="E a morada?",
        tel="Um número para contacto?",
        mail="E um email para a documentação?",
        when="Quando aconteceu?",
        other="Tem os dados do outro condutor?",
        otherans="Sim, chama-se {p2}, o telemóvel é {t2}",
        bank="Para o pagamento da reparação, qual o IBAN?",
        ref="Muito bem, o número do sinistro é {claim}. Um perito liga-lhe em dois dias úteis.",
        bye="Obrigado, adeus.",
        agent="Assistente",
        caller="Cliente",
    ),
}


AGAIN = {
    "en": "Sorry, that one doesn't validate. Could you read it again?",
    "de": "Die Prüfziffer passt leider nicht, lesen Sie bitte noch einmal vor?",
    "fr": "Le contrôle ne passe pas, pouvez-vous me le relire ?",
    "es": "No me valida, ¿me lo repite?",
    "it": "Non risulta valido, me lo ripete?",
    "nl": "Dat nummer klopt niet, wilt u het nog eens voorlezen?",
    "pt": "Não valida, pode repetir?",
}


def fnol(c: Ctx, lang: str) -> tuple[str, str]:
    """An insurance first-notice-of-loss call, as a recorded transcript with time stamps."""
    L = FNOL[lang]
    ag_given = person(c, lang)[0]
    g, s = person(c, lang)
    g2, s2 = person(c, lang)
    t = c.num(3, 20)
    lines: list[str] = []

    def turn(who: str, text: str) -> None:
        nonlocal t
        t += c.num(3, 14)
        stamp = f"[00:{t // 60:02d}:{t % 60:02d}] "
        lines.append(f"{stamp}{who}: {text}")

    A = f"{L['agent']} ({V('PERSON', ag_given)})" if c.chance(0.5) else L["agent"]
    C = L["caller"]
    turn(A, L["hi"].format(agent=V("PERSON", ag_given)))
    turn(C, L["why"])
    turn(A, L["pol"])
    pol = f"{c.pick(['HM', 'KR', 'PL', 'AT'])}-{c.num(1000000, 9999999)}"
    turn(C, D("policy", pol))
    turn(A, L["name"])
    turn(C, V("PERSON", f"{g} {s}") + ".")
    turn(A, L["dob"])
    turn(C, V("DATE_OF_BIRTH", dob(c, lang)))
    turn(A, L["addr"])
    turn(C, V("STREET_ADDRESS", street(c, lang)) + ", " + town(c, lang))
    turn(A, L["tel"])
    tel = phone(c, lang, intl=False)
    if c.chance(0.25):
        turn(C, V("PHONE", say_digits(lang, tel)))
    else:
        turn(C, V("PHONE", tel))
    turn(A, L["mail"])
    turn(C, V("EMAIL", email(c, g, s)))
    if c.chance(0.5):
        turn(A, L["when"])
        turn(C, D("incident-date", other_date(c, lang)) + f", {c.num(7, 19)}:{c.num(10, 59)}")
    if c.chance(0.6):
        turn(A, L["other"])
        t2 = phone(c, lang)
        turn(C, L["otherans"].format(p2=V("PERSON", f"{g2} {s2}"), t2=V("PHONE", t2)))
    if lang == "en" and c.chance(0.6):
        turn(A, L["ssn"])
        turn(C, V("US_SSN", c.uniq(ssn)))
    if c.chance(0.6):
        turn(A, L["bank"])
        cc = c.pick(IBAN_CC[lang])
        if c.chance(0.15):
            # The caller misreads one digit; the agent's check fails and the caller reads again.
            turn(C, D("iban-invalid", c.uniq(bad_iban, cc)))
            turn(A, AGAIN[lang])
        turn(C, V("IBAN", c.uniq(iban, cc)))
    claim = f"{c.num(10, 99)}-{c.num(100000, 999999)}-{c.num(1, 9)}"
    turn(A, L["ref"].format(claim=D("claim", claim)))
    turn(C, L["bye"])
    return "\n".join(lines) + "\n", "call"


ZOOM = {
    "en": dict(
        topic="PTA spring fair volunteers",
        pass_="Passcode",
        wifi="the hall wifi is PTA-Guest, password",
        tel="text me if you can do a shift:",
        mail="or mail me at",
        addr="drop-offs go to my house,",
        dob="for the raffle licence I need the organiser's date of birth, mine is",
        thanks="thanks all!",
        iban="float money back to",
        priv="Privately",
    ),
    "de": dict(
        topic="Elternabend Klasse 4b",
        pass_="Kenncode",
        wifi="WLAN im Saal: Schule-Gast, Passwort",
        tel="Wer Kuchen backt, bitte kurz per WhatsApp an",
        mail="oder Mail an",
        addr="Abgabe bei mir,",
        dob="für die Vereinsanmeldung noch mein Geburtsdatum:",
        thanks="danke euch!",
        iban="Klassenkasse bitte auf",
        priv="Direktnachricht",
    ),
    "fr": dict(
        topic="Réunion copropriété bâtiment C",
        pass_="Code secret",
        wifi="wifi de la salle : Copro-Invite, mot de passe",
        tel="pour le covoiturage, appelez-moi au",
        mail="ou écrivez à",
        addr="les clés sont à récupérer chez moi,",
        dob="pour le dossier du syndic, ma date de naissance :",
        thanks="merci à tous !",
        iban="la cotisation sur",
        priv="En privé",
    ),
    "es": dict(
        topic="Reunión AMPA colegio",
        pass_="Código de acceso",
        wifi="wifi del salón: AMPA-Invitados, contraseña",
        tel="para la rifa escribidme al",
        mail="o al correo",
        addr="los disfraces se dejan en mi casa,",
        dob="para el seguro de la excursión, mi fecha de nacimiento es",
        thanks="¡gracias a todos!",
        iban="la cuota a",
        priv="En privado",
    ),
    "it": dict(
        topic="Assemblea condominiale",
        pass_="Passcode",
        wifi="wifi della sala: Condominio-Ospiti, password",
        tel="per i turni scrivetemi al",
        mail="oppure a",
        addr="le chiavi sono da me,",
        dob="per la delega mi serve la data di nascita, la mia è",
        thanks="grazie a tutti!",
        iban="le quote sul conto",
        priv="Privatamente",
    ),
    "nl": dict(
        topic="Ledenvergadering tennisclub",
        pass_="Toegangscode",
        wifi="wifi in de kantine: Club-Gast, wachtwoord",
        tel="voor de bardienst app me op",
        mail="of mail naar",
        addr="spullen mogen bij mij,",
        dob="voor de KNLTB-pas nog mijn geboortedatum:",
        thanks="dank jullie!",
        iban="contributie graag op",
        priv="Privé",
    ),
    "pt": dict(
        topic="Reunião da associação de pais",
        pass_="Código de acesso",
        wifi="wifi da sala: AP-Convidados, palavra-passe",
        tel="para a escala mandem mensagem para",
        mail="ou email para",
        addr="as entregas são em minha casa,",
        dob="para o seguro preciso da data de nascimento, a minha é",
        thanks="obrigada a todos!",
        iban="as quotas para o",
        priv="Em privado",
    ),
}
TO_ALL = {
    "en": "Everyone",
    "de": "Alle",
    "fr": "Tout le monde",
    "es": "Todos",
    "it": "Tutti",
    "nl": "Iedereen",
    "pt": "Todos",
}


def zoom_chat(c: Ctx, lang: str) -> tuple[str, str]:
    """A Zoom meeting's saved chat (``meeting_saved_chat.txt``), tab-indented messages."""
    L = ZOOM[lang]
    people = [person(c, lang) for _ in range(4)]
    t = c.num(600, 3000)
    out = []
    mid = f"{c.num(810, 899)} {c.num(1000, 9999)} {c.num(1000, 9999)}"
    host = people[0]

    def msg(i: int, body: str, to: str = "") -> None:
        nonlocal t
        t += c.num(20, 240)
        g, s = people[i]
        who = V("PERSON", f"{g} {s}")
        dest = to or TO_ALL[lang]
        stamp = f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}"
        out.append(f"{stamp} From {who} to {dest}:\n\t{body}")

    msg(
        0,
        f"{L['topic']} – Meeting ID: {D('meeting-id', mid)}  {L['pass_']}: {V('SECRET', c.uniq(lambda r: str(r.randint(100000, 999999))))}",
    )
    msg(
        1,
        f"{L['wifi']} {V('SECRET', c.uniq(lambda r: 'Sommer' + str(r.randint(1000, 9999)) + r.choice('!?#')))}",
    )
    msg(2, f"{L['tel']} {V('PHONE', phone(c, lang))}")
    msg(2, f"{L['mail']} {V('EMAIL', email(c, *people[2]))}")
    msg(3, f"{L['addr']} {V('STREET_ADDRESS', street(c, lang))}")
    if c.chance(0.6):
        y = dob(c, lang)
        msg(
            1,
            f"{L['dob']} {V('DATE_OF_BIRTH', y)}",
            to=f"{V('PERSON', ' '.join(host))} ({L['priv']})",
        )
    if c.chance(0.5):
        msg(0, f"{L['iban']} {V('IBAN', c.uniq(iban, c.pick(IBAN_CC[lang])))}")
    msg(3, f"{D('meeting-id', mid)}?" if c.chance(0.3) else L["thanks"])
    msg(0, L["thanks"])
    return "\n".join(out) + "\n", "chat-export"
