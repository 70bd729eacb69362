# ruff: noqa: E501
"""Templates, office and device exports: SMS Backup & Restore XML files, e-signature
certificates of completion, Teams attendance reports, multifunction-printer settings backups.
"""

from __future__ import annotations

from h11_ctx import Ctx
from h11_markup import D, M
from h11_pools import fmt_date

SMS = {
    "en": [
        "Hi it's {g}, new number, save it pls",
        "The lockbox code is {k}, key is for the back door",
        "Moved! New place: {st}",
        "Can you send me your IBAN? I owe you for the tickets",
        "{code} is your verification code. Do not share it.",
        "ok see you at 7",
    ],
    "de": [
        "Hallo, hier ist {g}, meine neue Nummer",
        "Schlüsselkasten-Code ist {k}, Schlüssel für die Hintertür",
        "Wir sind umgezogen: {st}",
        "Schick mir mal deine IBAN, dann überweis ich dir das Geld",
        "{code} ist Ihr Bestätigungscode. Nicht weitergeben.",
        "ok bis gleich",
    ],
    "fr": [
        "Coucou c'est {g}, nouveau numéro",
        "Le code de la boîte à clés est {k}, clé de la porte arrière",
        "On a déménagé : {st}",
        "Tu peux m'envoyer ton IBAN ? je te rembourse",
        "{code} est votre code de vérification. Ne le partagez pas.",
        "ok à tout à l'heure",
    ],
    "es": [
        "Hola soy {g}, número nuevo",
        "El código del cajetín de llaves es {k}, la llave de la puerta de atrás",
        "Nos hemos mudado: {st}",
        "Mándame tu IBAN y te hago la transferencia",
        "{code} es tu código de verificación. No lo compartas.",
        "vale nos vemos",
    ],
    "it": [
        "Ciao sono {g}, nuovo numero",
        "Il codice della cassetta chiavi è {k}, chiave della porta sul retro",
        "Abbiamo traslocato: {st}",
        "Mi mandi il tuo IBAN? ti faccio il bonifico",
        "{code} è il tuo codice di verifica. Non condividerlo.",
        "ok a dopo",
    ],
    "nl": [
        "Hoi, met {g}, nieuw nummer",
        "De code van het sleutelkastje is {k}, sleutel van de achterdeur",
        "We zijn verhuisd: {st}",
        "Stuur je even je IBAN? dan maak ik het over",
        "{code} is je verificatiecode. Deel deze niet.",
        "ok tot zo",
    ],
    "pt": [
        "Olá é a {g}, número novo",
        "O código da caixa das chaves é {k}, chave da porta das traseiras",
        "Mudámos de casa: {st}",
        "Mandas-me o teu IBAN? faço-te a transferência",
        "{code} é o seu código de verificação. Não o partilhe.",
        "ok até já",
    ],
}


def t_smsxml(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    g, s = c.person(lang)
    ph = c.phone_obj(lang, mobile=True)
    addr = "+" + ph.cc + ph.nsn if r.random() < 0.7 else ph.run()
    t0 = r.randint(1767000000, 1790000000) * 1000
    lines = [
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
        f"<!--File Created By SMS Backup &amp; Restore v10.{r.randint(10, 22)}.00{r.randint(1, 9)} on {fmt_date(r, lang, (2026, r.randint(1, 12), r.randint(1, 28)), 'num')} {r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}-->",
        f'<smses count="{{n}}" backup_set="{D("uuid", c.uuid())}" backup_date="{D("timestamp", str(t0 + 99999999))}" type="full">',
    ]
    msgs = SMS[lang]
    picks = r.sample(range(len(msgs)), r.randint(2, 4))
    n = 0
    first = True
    for i in picks:
        body = msgs[i]
        sender = M("PHONE", addr)
        name = M("PERSON", f"{g} {s}")
        if "{code}" in body:
            sender = str(r.randint(10000, 99999))
            name = "(Unknown)"
            body = body.format(code=M("SECRET", c.code(6)))
        elif "IBAN" in body and r.random() < 0.7:
            body = (
                body.format(g=g)
                + f'" />\n  <sms protocol="0" address="{M("PHONE", addr)}" date="{t0 + 60000}" type="2" subject="null" body="{M("IBAN", c.iban(lang))}'
            )
            n += 1
        else:
            body = body.format(
                g=M("PERSON", g),
                k=M("SECRET", c.code(r.choice([4, 4, 6]))),
                st=M("STREET_ADDRESS", c.street(lang)),
            )
        t0 += r.randint(60000, 90000000)
        date = D("timestamp", str(t0)) if first else str(t0)
        first = False
        lines.append(
            f'  <sms protocol="0" address="{sender}" date="{date}" type="{r.choice([1, 2])}" subject="null" body="{body}" read="1" status="-1" locked="0" contact_name="{name}" />'
        )
        n += 1
    lines.append("</smses>")
    return "smsxml", "\n".join(lines).replace("{n}", str(n))


DOCS = {
    "en": (
        "Please DocuSign: Lease Agreement {st}",
        "Tenant date of birth",
        "Tenant phone",
        "Deposit refund IBAN",
    ),
    "de": (
        "Bitte unterschreiben: Mietvertrag {st}",
        "Geburtsdatum Mieter",
        "Telefon Mieter",
        "IBAN Kautionsrückzahlung",
    ),
    "fr": (
        "À signer : bail d'habitation {st}",
        "Date de naissance du locataire",
        "Téléphone du locataire",
        "IBAN remboursement dépôt",
    ),
    "es": (
        "Para firmar: contrato de arrendamiento {st}",
        "Fecha de nacimiento del arrendatario",
        "Teléfono del arrendatario",
        "IBAN devolución fianza",
    ),
    "it": (
        "Da firmare: contratto di locazione {st}",
        "Data di nascita del conduttore",
        "Telefono del conduttore",
        "IBAN restituzione deposito",
    ),
    "nl": (
        "Ter ondertekening: huurovereenkomst {st}",
        "Geboortedatum huurder",
        "Telefoon huurder",
        "IBAN terugbetaling borg",
    ),
    "pt": (
        "Para assinar: contrato de arrendamento {st}",
        "Data de nascimento do arrendatário",
        "Telemóvel do arrendatário",
        "IBAN devolução da caução",
    ),
}


def t_esign(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    subj, l_dob, l_tel, l_iban = DOCS[lang]
    og, os_ = c.person(lang)
    sg, ss = c.person(lang)
    omail, smail = c.email(og, os_), c.email(sg, ss)
    st = c.street(lang)
    env = c.uuid().upper()
    ts = [
        f"{r.randint(1, 12)}/{r.randint(1, 28)}/2026 | {r.randint(1, 12):02d}:{r.randint(10, 59)} {r.choice(['AM', 'PM'])}"
        for _ in range(4)
    ]
    sms = c.phone_obj(lang, mobile=True)
    out = [
        "Certificate Of Completion",
        f"Envelope Id: {D('uuid', env)}    Status: Completed",
        f"Subject: {subj.format(st=M('STREET_ADDRESS', st))}",
        f"Document Pages: {r.randint(4, 19)}    Signatures: 2    Envelope Originator:",
        f"Certificate Pages: {r.randint(2, 6)}    Initials: {r.randint(0, 12)}    {M('PERSON', f'{og} {os_}')}",
        f"AutoNav: Enabled    {M('EMAIL', omail)}",
        f"EnvelopeId Stamping: Enabled    IP Address: {M('IP_ADDRESS', c.ipv4(True))}",
        "",
        "Signer Events    Signature    Timestamp",
        f"{M('PERSON', f'{sg} {ss}')}    {M('PERSON', f'{sg[0]}. {ss}')}    Sent: {D('timestamp', ts[0])}",
        f"{M('EMAIL', smail)}",
        f"Security Level: Email, Account Authentication (Optional), SMS Auth: {M('PHONE', sms.intl(' '))}",
        f"    Signature Adoption: Drawn on Device    Viewed: {ts[1]}",
        f"    Using IP Address: {M('IP_ADDRESS', c.ipv4(True) if r.random() < 0.7 else c.ipv6())}    Signed: {ts[2]}",
        "Electronic Record and Signature Disclosure:",
        f"      Accepted: {ts[3]}",
        f"      ID: {D('uuid', c.uuid())}",
        "",
        "Form Data (Envelope Custom Fields)",
    ]
    out.append(f"  {l_dob}: {M('DATE_OF_BIRTH', c.dob(lang, 'num'))}")
    out.append(f"  {l_tel}: {M('PHONE', c.phone(lang, mobile=True))}")
    if r.random() < 0.6:
        out.append(f"  {l_iban}: {M('IBAN', c.iban(lang))}")
    out.append(f"  Rent: {r.randint(450, 2900)}.00   Lease-Ref: {D('reference', 'L-' + c.num(7))}")
    return "audit", "\n".join(out)


TEAMS = {
    "en": (
        "1. Summary",
        "Meeting title",
        "Attended participants",
        "Start time",
        "End time",
        "2. Participants",
        "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole",
        "Organizer",
        "Presenter",
        "Attendee",
        "Parent evening class 4B",
    ),
    "de": (
        "1. Zusammenfassung",
        "Besprechungstitel",
        "Teilnehmer",
        "Startzeit",
        "Endzeit",
        "2. Teilnehmer",
        "Name\tErster Beitritt\tLetztes Verlassen\tDauer in der Besprechung\tE-Mail\tTeilnehmer-ID (UPN)\tRolle",
        "Organisator",
        "Referent",
        "Teilnehmer",
        "Elternabend Klasse 4b",
    ),
    "fr": (
        "1. Résumé",
        "Titre de la réunion",
        "Participants présents",
        "Heure de début",
        "Heure de fin",
        "2. Participants",
        "Nom\tPremière participation\tDernier départ\tDurée de la réunion\tE-mail\tID du participant (UPN)\tRôle",
        "Organisateur",
        "Présentateur",
        "Participant",
        "Réunion parents CM1",
    ),
    "es": (
        "1. Resumen",
        "Título de la reunión",
        "Participantes asistentes",
        "Hora de inicio",
        "Hora de finalización",
        "2. Participantes",
        "Nombre\tPrimera unión\tÚltima salida\tDuración en la reunión\tCorreo electrónico\tId. de participante (UPN)\tRol",
        "Organizador",
        "Moderador",
        "Asistente",
        "Reunión AMPA 4ºB",
    ),
    "it": (
        "1. Riepilogo",
        "Titolo della riunione",
        "Partecipanti presenti",
        "Ora di inizio",
        "Ora di fine",
        "2. Partecipanti",
        "Nome\tPrimo accesso\tUltima uscita\tDurata nella riunione\tPosta elettronica\tID partecipante (UPN)\tRuolo",
        "Organizzatore",
        "Relatore",
        "Partecipante",
        "Consiglio di classe 4B",
    ),
    "nl": (
        "1. Samenvatting",
        "Titel van vergadering",
        "Aanwezige deelnemers",
        "Begintijd",
        "Eindtijd",
        "2. Deelnemers",
        "Naam\tEerste deelname\tLaatst vertrokken\tDuur in vergadering\tE-mail\tDeelnemer-id (UPN)\tRol",
        "Organisator",
        "Presentator",
        "Deelnemer",
        "Ouderavond groep 6",
    ),
    "pt": (
        "1. Resumo",
        "Título da reunião",
        "Participantes presentes",
        "Hora de início",
        "Hora de fim",
        "2. Participantes",
        "Nome\tPrimeira entrada\tÚltima saída\tDuração na reunião\tE-mail\tID do participante (UPN)\tFunção",
        "Organizador",
        "Apresentador",
        "Participante",
        "Reunião de pais 4.º B",
    ),
}


GUEST = {"en": "Guest", "de": "Gast", "fr": "Invité", "es": "Invitado", "it": "Ospite", "nl": "Gast",
         "pt": "Convidado"}  # fmt: skip


def t_attendance(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    summ, title, att, start, end, parts, head, org, pres, attendee, mtitle = TEAMS[lang]
    day = (
        f"{r.randint(1, 12)}/{r.randint(1, 28)}/26"
        if lang == "en"
        else f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.26"
    )
    h = r.randint(8, 19)
    people = []
    for i in range(r.randint(3, 5)):
        g, s = c.person(lang)
        guest = r.random() < 0.2 and i > 0
        mail = (
            ""
            if guest
            else c.email(g, s, r.choice(["schule.example", "school.example", "edu.example"]))
        )
        people.append((g, s, mail, guest))
    out = [
        summ,
        f"{title}\t{mtitle}",
        f"{att}\t{len(people)}",
        f"{start}\t{D('timestamp', f'{day}, {h}:0{r.randint(0, 5)}:{r.randint(10, 59)}')}",
        f"{end}\t{D('timestamp', f'{day}, {h + 1}:{r.randint(10, 59)}:{r.randint(10, 59)}')}",
        "",
        parts,
        head,
    ]
    for i, (g, s, mail, guest) in enumerate(people):
        role = org if i == 0 else (pres if i == 1 and r.random() < 0.5 else attendee)
        name = M("PERSON", f"{g} {s}") + (f" ({GUEST[lang]})" if guest else "")
        if r.random() < 0.2 and not guest:
            name = M("PERSON", f"{s}, {g}")
        em = M("EMAIL", mail) if mail else ""
        out.append(
            f"{name}\t{day}, {h}:0{r.randint(0, 9)}:{r.randint(10, 59)}\t{day}, {h + 1}:{r.randint(10, 59)}:{r.randint(10, 59)}\t{r.randint(5, 75)}m {r.randint(0, 59)}s\t{em}\t{em}\t{role}"
        )
    return "tsv", "\n".join(out)


def t_mfp(c: Ctx, lang: str) -> tuple[str, str]:
    r = c.rng
    base = f"192.168.{r.randint(0, 254)}"
    dev, gw, smb = (c.uniq("IP_ADDRESS", lambda: f"{base}.{r.randint(20, 250)}") for _ in range(3))
    dns = c.ipv4(False)
    dom = r.choice(["kanzlei.example", "praxis.example", "studio.example", "office.test"])
    scan_mail = c.uniq("EMAIL", lambda: f"scanner{r.randint(1, 99)}@{dom}")
    out = [
        f"; Device settings export  model=MFP-C{r.randint(2, 7)}{r.randint(100, 999)}i  firmware={D('version', f'{r.randint(1, 9)}.{r.randint(10, 40)}.{r.randint(100, 999)}')}  serial={D('serial', 'SN' + c.num(9))}",
        "[Network]",
        f"IPv4Address={M('IP_ADDRESS', dev)}",
        f"SubnetMask={D('netmask', '255.255.255.0')}",
        f"DefaultGateway={M('IP_ADDRESS', gw)}",
        f"DNS1={M('IP_ADDRESS', dns)}",
        f"MACAddress={D('mac', c.hexs(12).upper())}",
        "",
        "[ScanToEmail]",
        f"SMTPServer=smtp.{dom}",
        "SMTPPort=587",
        f"SMTPAuthUser={M('EMAIL', scan_mail)}",
        f"SMTPAuthPassword={M('SECRET', c.password(lang))}",
        f"SenderAddress={M('EMAIL', scan_mail)}",
        "",
        *(
            [
                "[ScanToFolder]",
                f"Path=\\\\{M('IP_ADDRESS', smb)}\\scans",
                "User=svc-scan",
                f"Password={M('SECRET', c.password(lang))}",
                "",
            ]
            if r.random() < 0.5
            else []
        ),
        *(
            [
                f"[ScanToFTP]\nURL=ftp://{M('URL_CREDENTIALS', c.urlcred('scan' + c.num(2), lang))}@{M('IP_ADDRESS', c.ipv4(False))}/incoming",
                "",
            ]
            if r.random() < 0.6
            else []
        ),
        "[Admin]",
        f"WebAdminPassword={M('SECRET', c.password(lang))}",
        f"SNMPv1Community={M('SECRET', c.token('rnd')[:16])}",
        "",
        "[AddressBook]",
        "No,Name,E-mail,Fax,Folder",
    ]
    for i in range(r.randint(2, 3)):
        g, s = c.person(lang)
        fax = (
            M("PHONE", c.phone(lang, r.choice(["nat", "intl"]), mobile=False))
            if r.random() < 0.4
            else ""
        )
        out.append(
            f'{i + 1:03d},"{M("PERSON", f"{s}, {g}")}",{M("EMAIL", c.email(g, s, dom))},{fax},'
        )
    return "config", "\n".join(out)
