# ruff: noqa: E501
"""Templates: au-pair agency mail saved in Thunderbird mbox folders, guardianship reports.

The mbox text keeps what Thunderbird writes (``From - <date>`` separator, ``X-Mozilla-Status``,
``Message-ID``), so message ids and dates are decoys; the body names the host family, the
au pair with birth date, the host's street, phones, and the IBAN for pocket money. The
guardianship reports are yearly reports of a court-appointed carer to the court: the
ward's name, birth date, street, the carer's phone, the ward's bank account, the file
number and the dates of visits as decoys.
"""

from __future__ import annotations

from typing import Any

from h13_pools import IBAN_CC, TOWNS, dob, email, money, person, phone, plain_date, street

# fmt: off
AUPAIR = {
    "en": ["Au pair placement: {a} with the {h} family", "Dear {g},", "we are happy to confirm the placement of {a}, born {d}, with your family from {s}. Her mobile is {p}.", "Please send the first month's pocket money ({m}) to her account {i} before arrival.", "Your address on file: {st}. If anything changed let us know.", "Kind regards,"],
    "de": ["Au-pair-Vermittlung: {a} bei Familie {h}", "Liebe Frau {h},", "wir freuen uns, die Vermittlung von {a}, geboren am {d}, ab dem {s} zu bestätigen. Sie ist unter {p} erreichbar.", "Bitte überweisen Sie das erste Taschengeld ({m}) vor der Anreise auf ihr Konto {i}.", "Ihre Anschrift laut Vertrag: {st}. Bitte melden Sie Änderungen.", "Mit freundlichen Grüßen"],
    "fr": ["Placement au pair : {a} chez la famille {h}", "Chère Madame {h},", "nous confirmons le placement de {a}, née le {d}, dans votre famille à partir du {s}. Son portable : {p}.", "Merci de verser le premier argent de poche ({m}) sur son compte {i} avant son arrivée.", "Votre adresse au dossier : {st}. Signalez-nous tout changement.", "Bien cordialement,"],
    "es": ["Colocación au pair: {a} con la familia {h}", "Estimada señora {h}:", "confirmamos la colocación de {a}, nacida el {d}, con su familia a partir del {s}. Su móvil es {p}.", "Por favor, ingresen la primera paga ({m}) en su cuenta {i} antes de la llegada.", "Su domicilio en el contrato: {st}. Avísennos si cambia.", "Un saludo cordial,"],
    "it": ["Collocamento au pair: {a} presso la famiglia {h}", "Gentile signora {h},", "confermiamo il collocamento di {a}, nata il {d}, presso la vostra famiglia dal {s}. Il suo cellulare è {p}.", "Vi preghiamo di versare la prima paghetta ({m}) sul suo conto {i} prima dell'arrivo.", "Il vostro indirizzo in contratto: {st}. Comunicateci eventuali modifiche.", "Cordiali saluti,"],
    "nl": ["Au-pairplaatsing: {a} bij familie {h}", "Beste mevrouw {h},", "wij bevestigen de plaatsing van {a}, geboren op {d}, bij uw gezin vanaf {s}. Haar mobiele nummer is {p}.", "Wilt u het eerste zakgeld ({m}) vóór aankomst overmaken naar haar rekening {i}?", "Uw adres volgens het contract: {st}. Laat het ons weten als dat verandert.", "Met vriendelijke groet,"],
    "pt": ["Colocação au pair: {a} com a família {h}", "Cara Sra. {h},", "confirmamos a colocação de {a}, nascida a {d}, com a vossa família a partir de {s}. O telemóvel dela é {p}.", "Por favor transfiram a primeira mesada ({m}) para a conta dela {i} antes da chegada.", "A vossa morada no contrato: {st}. Avisem-nos se mudar.", "Com os melhores cumprimentos,"],
}
# fmt: on
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def aupair_mbox(ctx: Any, lang: str) -> tuple[str, str]:
    L = AUPAIR[lang]
    alang = ctx.choice(["en", "es", "pt", "it", "de", "fr", "nl"])
    ag, af = person(ctx, alang)
    hg, hf = person(ctx, lang)
    sg, sf = person(ctx, lang)
    d, mo, h = ctx.rng.randint(1, 28), ctx.choice(MON), ctx.rng.randint(8, 18)
    wd = ctx.choice(DAYS)
    stamp = f"{wd} {mo} {d:2d} {h:02d}:{ctx.rng.randint(10, 59)}:{ctx.rng.randint(10, 59)} 2026"
    mid = f"<{ctx.hexid(8)}-{ctx.hexid(4)}-{ctx.hexid(4)}@agency.example>"
    sender = email(ctx, sg, sf)
    host = email(ctx, hg, hf)
    head = [
        f"⁅~timestamp|From - {stamp}⁆",
        "X-Mozilla-Status: 0001",
        f"Message-ID: ⁅~message-id|{mid}⁆",
        f"Date: {wd}, {d} {mo} 2026 {h - 1:02d}:{ctx.rng.randint(10, 59)}:05 +0100",
        f"From: ⁅PERSON|{sg} {sf}⁆ <⁅EMAIL|{sender}⁆>",
        f"To: ⁅PERSON|{hg} {hf}⁆ <⁅EMAIL|{host}⁆>",
        "Subject: " + L[0].format(a=f"⁅PERSON|{ag}⁆", h=f"⁅PERSON|{hf}⁆"),
        "Content-Type: text/plain; charset=UTF-8",
        "",
    ]
    body = [
        L[1].format(g=f"⁅PERSON|{hg}⁆", h=f"⁅PERSON|{hf}⁆"),
        "",
        L[2].format(
            a=f"⁅PERSON|{ag} {af}⁆",
            d=f"⁅DATE_OF_BIRTH|{dob(ctx, lang, young=True)}⁆",
            s=f"⁅~start-date|{plain_date(ctx, lang)}⁆",
            p=f"⁅PHONE|{phone(ctx, alang, 'intl', mobile=True)}⁆",
        ),
        L[3].format(
            m=f"⁅~amount|{money(ctx, lang, 260, 480)}⁆",
            i=f"⁅IBAN|{ctx.iban(ctx.choice(IBAN_CC[alang]))}⁆",
        ),
        L[4].format(st=f"⁅STREET_ADDRESS|{street(ctx, lang)}⁆, {ctx.choice(TOWNS[lang])}"),
        "",
        L[5],
        f"⁅PERSON|{sg} {sf}⁆",
        f"⁅PHONE|{phone(ctx, lang, 'national', mobile=False)}⁆",
        "",
    ]
    if ctx.chance(0.25):
        head[4], head[5] = head[5].replace("To:", "From:"), head[4].replace("From:", "To:")
        head[6] = head[6].replace("Subject: ", "Subject: Re: ")
        quoted = [f"> {line}" if line else ">" for line in "\n".join(body).rstrip("\n").split("\n")]
        reply = REPLY[lang].format(n=f"⁅PERSON|{sg} {sf}⁆", h=f"⁅PERSON|{hg}⁆")
        body = reply.split("\n") + quoted + [""]
    return "email", "\n".join(head + body)


# fmt: off
REPLY = {
    "en": "Thanks, we'll transfer it today.\n{h}\n\n{n} wrote:",
    "de": "Danke, wir überweisen heute.\n{h}\n\n{n} schrieb:",
    "fr": "Merci, nous faisons le virement aujourd'hui.\n{h}\n\n{n} a écrit :",
    "es": "Gracias, hoy hacemos la transferencia.\n{h}\n\n{n} escribió:",
    "it": "Grazie, facciamo il bonifico oggi.\n{h}\n\n{n} ha scritto:",
    "nl": "Dank u, we maken het vandaag over.\n{h}\n\n{n} schreef:",
    "pt": "Obrigado, fazemos a transferência hoje.\n{h}\n\n{n} escreveu:",
}
# fmt: on


# fmt: off
GUARD = {
    "en": ["Annual report of the court-appointed guardian", "Case no.", "Ward: {w}, born {d}, residing at {s}.", "I visited Mrs {w2} on {v1} and {v2}; she is well cared for. Her GP, Dr {gp}, can be reached on {p}.", "Pension and benefits are paid into her account {i}; the balance on {v3} was {m}.", "Guardian: {gd}, phone {gp2}, {ge}"],
    "de": ["Jahresbericht der rechtlichen Betreuerin", "Az.", "Betroffene: {w}, geb. {d}, wohnhaft {s}.", "Ich habe Frau {w2} am {v1} und am {v2} besucht; sie ist gut versorgt. Ihr Hausarzt Dr. {gp} ist unter {p} erreichbar.", "Rente und Pflegegeld gehen auf ihr Konto {i}; Kontostand am {v3}: {m}.", "Betreuerin: {gd}, Tel. {gp2}, {ge}"],
    "fr": ["Compte rendu annuel de la tutelle", "RG n°", "Majeure protégée : {w}, née le {d}, demeurant {s}.", "J'ai rendu visite à Mme {w2} le {v1} et le {v2} ; elle est bien entourée. Son médecin, le Dr {gp}, est joignable au {p}.", "La pension est versée sur son compte {i} ; solde au {v3} : {m}.", "Tutrice : {gd}, tél. {gp2}, {ge}"],
    "es": ["Informe anual de la curatela", "Expediente", "Persona con apoyo: {w}, nacida el {d}, con domicilio en {s}.", "Visité a doña {w2} el {v1} y el {v2}; está bien atendida. Su médico, el Dr. {gp}, atiende en el {p}.", "La pensión se ingresa en su cuenta {i}; saldo a {v3}: {m}.", "Curadora: {gd}, tel. {gp2}, {ge}"],
    "it": ["Relazione annuale dell'amministratore di sostegno", "R.G.", "Beneficiaria: {w}, nata il {d}, residente in {s}.", "Ho fatto visita alla signora {w2} il {v1} e il {v2}; è ben assistita. Il medico curante, dott. {gp}, risponde al {p}.", "La pensione viene accreditata sul conto {i}; saldo al {v3}: {m}.", "Amministratrice: {gd}, tel. {gp2}, {ge}"],
    "nl": ["Jaarverslag van de mentor en bewindvoerder", "Zaaknr.", "Betrokkene: {w}, geboren {d}, wonend {s}.", "Ik heb mevrouw {w2} bezocht op {v1} en {v2}; zij wordt goed verzorgd. Haar huisarts, dr. {gp}, is bereikbaar op {p}.", "AOW en toeslagen komen op haar rekening {i}; saldo per {v3}: {m}.", "Bewindvoerder: {gd}, tel. {gp2}, {ge}"],
    "pt": ["Relatório anual do acompanhante de maior", "Proc. n.º", "Beneficiária: {w}, nascida a {d}, residente em {s}.", "Visitei a Sra. D. {w2} em {v1} e em {v2}; está bem cuidada. O médico de família, Dr. {gp}, atende pelo {p}.", "A pensão é paga na conta {i}; saldo em {v3}: {m}.", "Acompanhante: {gd}, tel. {gp2}, {ge}"],
}
# fmt: on
# fmt: off
CASE = {
    "en": "GD-2025-{n}",
    "de": "XVII {n}/25",
    "fr": "25/{n}",
    "es": "{n}/2025",
    "it": "{n}/2025 V.G.",
    "nl": "C/16/{n}",
    "pt": "{n}/25.0T8",
}
# fmt: on


def guardian(ctx: Any, lang: str) -> tuple[str, str]:
    L = GUARD[lang]
    wg, wf = person(ctx, lang)
    _, gpf = person(ctx, lang)
    gg, gf = person(ctx, lang)
    cap = ctx.chance(0.3)
    w = f"⁅PERSON|{wf.upper()}⁆ ⁅PERSON|{wg}⁆" if cap else f"⁅PERSON|{wg} {wf}⁆"
    paras = [
        L[0],
        f"{L[1]} ⁅~file-no|{CASE[lang].format(n=ctx.digits(4))}⁆",
        "",
        L[2].format(
            w=w,
            d=f"⁅DATE_OF_BIRTH|{dob(ctx, lang, ctx.choice(['num', 'text']))}⁆",
            s=f"⁅STREET_ADDRESS|{street(ctx, lang)}⁆, {ctx.choice(TOWNS[lang])}",
        ),
        L[3].format(
            w2=f"⁅PERSON|{wf}⁆",
            v1=f"⁅~visit-date|{plain_date(ctx, lang, 2025)}⁆",
            v2=f"⁅~visit-date|{plain_date(ctx, lang, 2025)}⁆",
            gp=f"⁅PERSON|{gpf}⁆",
            p=f"⁅PHONE|{phone(ctx, lang, 'national', mobile=False)}⁆",
        ),
        L[4].format(
            i=f"⁅IBAN|{ctx.iban(ctx.choice(IBAN_CC[lang]))}⁆",
            v3=f"⁅~date|{plain_date(ctx, lang, 2025)}⁆",
            m=f"⁅~amount|{money(ctx, lang, 300, 9000)}⁆",
        ),
        "",
        L[5].format(
            gd=f"⁅PERSON|{gg} {gf}⁆",
            gp2=f"⁅PHONE|{phone(ctx, lang)}⁆",
            ge=f"⁅EMAIL|{email(ctx, gg, gf)}⁆",
        ),
    ]
    if lang == "en" and ctx.chance(0.75):
        paras.insert(
            5,
            f"Her Social Security number ⁅US_SSN|{ctx.ssn()}⁆ is on the SSA representative payee form.",
        )
    return "prose", "\n".join(paras) + "\n"
