# ruff: noqa: E501  (data: one text per template line reads better than wrapped)
"""Decoy templates, part three (round two): message ids and digests in mail headers and
URLs, part/product/article numbers grouped like phone numbers, EAN/GTIN barcodes, claim,
case and membership numbers, flight and build numbers, loopback addresses, chip ids and
event dates beside a birth date; in EN, DE, FR, ES, IT, NL, PT, with real values beside
them. Same slots as templates_a (``«kind»``: values.MoreDecoys, ``«@TYPE»``: reals.Reals).
Written, and committed, before any detector was run on them."""

from __future__ import annotations

TEMPLATES_C: list[tuple[str, str, str]] = [
    # Mail headers: message ids whose local part is a digest, a uuid or a time stamp.
    (
        "en",
        "email",
        "From: «@PERSON» <«@EMAIL»>\nTo: support@example.com\nSubject: Re: refund\n"
        "Message-ID: <«md5»@mail.example.com>\nIn-Reply-To: <«message_id»>\n"
        "References: <«message_id»> <«md5»@mx1.example.org>\n\nHi, any news on this?",
    ),
    (
        "de",
        "email",
        "Von: «@PERSON» <«@EMAIL»>\nBetreff: AW: Reklamation\nMessage-Id: <«message_id»>\n"
        "In-Reply-To: <«md5»@smtp.firma.example.de>\nX-Mailer: Outlook 16.0\n\n"
        "Guten Tag, anbei die Fotos. Rückruf gern unter «@PHONE».",
    ),
    (
        "fr",
        "email",
        "De : «@PERSON» <«@EMAIL»>\nObjet : Réf. dossier\nMessage-ID: <«message_id»>\n"
        "References: <«md5»@exemple.fr>\n\nBonjour, pouvez-vous me rappeler au «@PHONE» ?",
    ),
    (
        "es",
        "email",
        "Reenviado por: «@EMAIL»\nMessage-ID: <«md5»@mail.example.com>\n"
        "X-Original-Message-ID: <«message_id»>\nAsunto: pedido pendiente\n\n"
        "Hola, soy «@PERSON», sigo esperando el reembolso.",
    ),
    (
        "it",
        "email",
        "Da: «@PERSON» <«@EMAIL»>\nOggetto: R: fattura\nIn-Reply-To: <«message_id»>\n"
        "Message-ID: <«md5»@mail.example.com>\n\nBuongiorno, il mio cellulare è «@PHONE».",
    ),
    (
        "nl",
        "email",
        "Van: «@EMAIL»\nOnderwerp: Re: levering\nMessage-ID: <«message_id»>\n"
        "References: <«message_id»>\n <«md5»@mx1.example.org>\n\nGroet, «@PERSON»",
    ),
    (
        "pt",
        "email",
        "De: «@PERSON» <«@EMAIL»>\nAssunto: Re: encomenda\nMessage-ID: <«md5»@exemple.fr>\n"
        "In-Reply-To: <«message_id»>\n\nObrigado, o meu telemóvel é «@PHONE».",
    ),
    (
        "en",
        "log",
        "postfix/smtp[2213]: «short_sha»: to=<«@EMAIL»>, relay=mx.example.net, status=sent "
        "(250 2.0.0 Ok: queued as «short_sha»)\nmessage-id=<«message_id»>\n"
        'html body: <img src="cid:«md5»@mail.example.com">',
    ),
    (
        "en",
        "json",
        '{"user": "«@EMAIL»", "avatar": "https://www.gravatar.com/avatar/«md5»?s=80&d=identicon", '
        '"last_message_id": "<«message_id»>", "thread": "«md5»"}',
    ),
    (
        "en",
        "email",
        "commit «hex_id»\nAuthor: «@PERSON» <«@EMAIL»>\nDate:   Tue May 14 10:22:31 2024 +0200\n\n"
        "    Fix rounding\n\n    Reviewed-on: https://review.example.com/c/«hex_id»\n"
        "    Link: https://lore.example.org/r/«message_id»",
    ),
    # Part, product and article numbers grouped like phone numbers.
    (
        "de",
        "ticket",
        "Werkstattauftrag: Ersatzteil «part_phone» (Bremsbeläge) und Sachnummer «part_phone» "
        "bestellt, Lieferung in 2 Tagen. Kunde «@PERSON», Tel. «@PHONE».",
    ),
    (
        "en",
        "email",
        "Hi,\n\nthe replacement part «part_phone» does not fit; the catalog lists component "
        "«part_phone» for this model. Please call me back on «@PHONE».\n\nThanks, «@PERSON»",
    ),
    (
        "fr",
        "ticket",
        "Demande SAV : pièce détachée «part_phone», numéro de pièce «part_phone», "
        "référence fabricant «part_phone». Client joignable au «@PHONE».",
    ),
    (
        "es",
        "chat",
        "Cliente: necesito el recambio «part_phone», ¿lo tenéis?\n"
        "Agente: sí, número de pieza «part_phone», le llamamos al «@PHONE» cuando llegue.",
    ),
    (
        "it",
        "ticket",
        "Richiesta ricambio: codice ricambio «part_phone», componente «part_phone». "
        "Contatto officina: «@PHONE».",
    ),
    (
        "nl",
        "ticket",
        "Onderdeelnummer «part_phone» is niet leverbaar; alternatief onderdeel «part_phone». "
        "Klant «@PERSON» bellen op «@PHONE».",
    ),
    (
        "pt",
        "ticket",
        "Peça de substituição «part_phone» encomendada; número da peça «part_phone». "
        "Cliente: «@PERSON», telemóvel «@PHONE».",
    ),
    (
        "en",
        "csv",
        "part_no,description,qty,supplier_phone\n«part_phone»,brake pad set,4,«@PHONE»\n"
        "«part_phone»,oil filter,10,«@PHONE»",
    ),
    (
        "en",
        "ticket",
        "Product number «product_no» is listed twice in the catalogue; product no. «product_no» "
        "is the right one. Reported by «@EMAIL».",
    ),
    (
        "de",
        "email",
        "Guten Tag,\n\ndas Produkt mit der Produktnummer «product_no» ist ausverkauft. "
        "Als Ersatz empfehlen wir Produkt «product_no».\n\nFür Rückfragen: «@PHONE»",
    ),
    (
        "fr",
        "chat",
        "Client : le produit «product_no» est-il encore disponible ?\n"
        "Conseiller : non, mais le numéro de produit «product_no» le remplace.",
    ),
    (
        "es",
        "email",
        "Hola,\n\nel número de producto «product_no» no aparece en la web; el código de producto "
        "correcto es «product_no».\n\nSaludos, «@PERSON»",
    ),
    (
        "it",
        "csv",
        "codice_prodotto;descrizione;prezzo\n«product_no»;lampada da tavolo;«amount»\n"
        "«product_no»;paralume;«amount»",
    ),
    (
        "nl",
        "chat",
        "Klant: productnummer «product_no» staat niet in mijn bestelling.\n"
        "Medewerker: klopt, artikelnummer «product_no» is nagestuurd.",
    ),
    (
        "pt",
        "email",
        "Olá,\n\no produto «product_no» foi substituído pelo código de produto «product_no». "
        "Qualquer dúvida ligue «@PHONE».\n\nCumprimentos",
    ),
    # EAN/GTIN barcodes.
    (
        "de",
        "csv",
        "Artikel;Barcode;Menge\nKaffee 500g;«gtin»;12\nTee grün;«gtin»;6\nMilch 1l;«gtin»;24",
    ),
    (
        "en",
        "ticket",
        "Scanner rejects barcode «gtin» at till 3 (GTIN «gtin» works). Store manager: «@PERSON», «@PHONE».",
    ),
    (
        "fr",
        "email",
        "Bonjour,\n\nle code-barres «gtin» ne correspond pas au produit livré (code EAN-13 attendu : «gtin»).\n\nCordialement, «@PERSON»",
    ),
    (
        "es",
        "json",
        '{"producto": "auriculares", "codigo_barras": "«gtin»", "gtin13": "«gtin»", "contacto": "«@EMAIL»"}',
    ),
    (
        "it",
        "chat",
        "Cliente: il codice a barre «gtin» non passa alla cassa.\nOperatore: provi con «gtin», è lo stesso articolo.",
    ),
    (
        "nl",
        "log",
        "«timestamp» WARN kassa 2: streepjescode «gtin» onbekend; EAN «gtin» gebruikt",
    ),
    (
        "pt",
        "csv",
        "artigo,código de barras,stock\nsabonete,«gtin»,40\ncafé moído,«gtin»,15",
    ),
    # Claim, case and membership numbers.
    (
        "de",
        "email",
        "Sehr geehrte Frau «@PERSON»,\n\nIhr Schaden wurde unter der Schadennummer «claim_no» erfasst "
        "(Versicherungsschein «membership_no»). Bitte nennen Sie bei Rückfragen die Schaden-Nr. «claim_no».\n\n"
        "Telefon Schadenservice: «@PHONE»",
    ),
    (
        "en",
        "chat",
        "Agent: can I have your claim number?\nCustomer: «claim_no»\nAgent: and your membership number?\n"
        "Customer: «membership_no»\nAgent: thanks, I'll call you back on «@PHONE».",
    ),
    (
        "fr",
        "email",
        "Madame, Monsieur,\n\nvotre déclaration de sinistre porte le numéro «claim_no». "
        "Numéro d'adhérent : «membership_no».\n\nCordialement",
    ),
    (
        "es",
        "ticket",
        "Parte de siniestro «claim_no» abierto. Número de socio «membership_no». "
        "Titular: «@PERSON», móvil «@PHONE».",
    ),
    (
        "it",
        "email",
        "Gentile «@PERSON»,\n\nil sinistro n. «claim_no» è in lavorazione. Numero tessera socio "
        "«membership_no». Pratica «case_no».\n\nCordiali saluti",
    ),
    (
        "nl",
        "email",
        "Beste «@PERSON»,\n\nuw schadenummer is «claim_no» en uw lidnummer «membership_no». "
        "Zaaknummer «case_no».\n\nMet vriendelijke groet",
    ),
    (
        "pt",
        "chat",
        "Cliente: o número do sinistro é «claim_no».\nAssistente: e o número de sócio?\n"
        "Cliente: «membership_no». Podem ligar para «@PHONE».",
    ),
    (
        "de",
        "ticket",
        "Fallnummer «case_no», Aktenzeichen «case_no»: Mitgliedsnummer «membership_no» "
        "gehört zu «@PERSON» (Rückruf «@PHONE»).",
    ),
    (
        "en",
        "email",
        "Dear «@PERSON»,\n\nyour case number is «case_no». Please quote case «case_no» and your "
        "loyalty card number «membership_no» when you call.\n\nRegards",
    ),
    (
        "fr",
        "ticket",
        "Affaire n° «case_no» — numéro de dossier client «case_no», carte de fidélité «membership_no».",
    ),
    # Flights, bookings and builds.
    (
        "en",
        "email",
        "Your itinerary\n«flight»  FRA 07:35 → LHR 08:10\n«flight»  LHR 12:40 → JFK 15:55\n"
        "Booking code «booking», passenger «@PERSON». Questions? Call «@PHONE».",
    ),
    (
        "de",
        "chat",
        "Kunde: mein Flug «flight» am «date» wurde gestrichen, Buchungsnummer «booking».\n"
        "Agent: Sie sind auf «flight» umgebucht, Abflug 14 20.",
    ),
    (
        "fr",
        "email",
        "Bonjour «@PERSON»,\n\nvotre vol «flight» du «date» est confirmé (référence de réservation «booking»). "
        "Correspondance «flight» à 16 45.\n\nBon voyage",
    ),
    (
        "es",
        "ticket",
        "Reclamación: vuelo «flight» con retraso de 3 horas, localizador «booking». "
        "Pasajera «@PERSON», teléfono «@PHONE».",
    ),
    (
        "it",
        "chat",
        "Cliente: volo «flight» delle 07 15, prenotazione «booking».\nOperatore: confermato, "
        "il ritorno è «flight».",
    ),
    (
        "en",
        "chat",
        "[09:12] qa: which build failed?\n[09:13] ci: build «build_no», previous green «build_no»\n"
        "[09:14] qa: ok, rerun «build_no»",
    ),
    (
        "nl",
        "log",
        "«timestamp» INFO build «build_no» gestart door «@EMAIL»; vorige build «build_no» ok",
    ),
    (
        "pt",
        "ticket",
        "Falha na compilação «build_no»; a versão «build_no» estava estável. Responsável: «@PERSON».",
    ),
    # Loopback addresses beside real ones.
    (
        "en",
        "shell",
        "$ ss -ltn\nState  Recv-Q Send-Q Local Address:Port  Peer Address:Port\n"
        "LISTEN 0      128    «loopback»:5432        0.0.0.0:*\nLISTEN 0      128    «@IP_ADDRESS»:443     0.0.0.0:*\n"
        "$ curl -s http://«loopback»:8080/health",
    ),
    (
        "de",
        "ini",
        "[server]\nbind = «loopback»\nport = 8080\n[upstream]\nhost = «@IP_ADDRESS»\n"
        "; nur lokal erreichbar über «loopback»",
    ),
    (
        "fr",
        "log",
        "«timestamp» INFO connexion depuis «@IP_ADDRESS» refusée; seule l'adresse locale «loopback» est autorisée",
    ),
    (
        "es",
        "yaml",
        "database:\n  host: «loopback»\n  port: 5432\nredis:\n  host: «loopback»\nallowed_ips:\n  - «@IP_ADDRESS»",
    ),
    (
        "it",
        "shell",
        "$ cat /etc/hosts\n«loopback»\tlocalhost\n«loopback»\tserver01\n«@IP_ADDRESS»\tdb01",
    ),
    (
        "nl",
        "log",
        "«timestamp» WARN health check op «loopback» faalt; verkeer van «@IP_ADDRESS» doorgestuurd",
    ),
    (
        "pt",
        "env",
        "DB_HOST=«loopback»\nREDIS_URL=redis://«loopback»:6379/0\nPUBLIC_IP=«@IP_ADDRESS»\nDB_PASSWORD=«@SECRET»",
    ),
    # Chip ids, Luhn-invalid card-like numbers, real cards beside them.
    (
        "de",
        "email",
        "Hallo,\n\nunser Hund ist mit dem Chip «chip_id» registriert, die Transpondernummer steht im "
        "Heimtierausweis. Die SIM im GPS-Halsband hat die ICCID «chip_id».\n\nGrüße, «@PERSON»",
    ),
    (
        "en",
        "ticket",
        "Pet registry: microchip «chip_id» transferred to «@PERSON». Old microchip number «chip_id» "
        "deactivated. Fee paid with card «@CREDIT_CARD».",
    ),
    (
        "fr",
        "chat",
        "Client : le numéro de puce de mon chat est «chip_id».\nConseiller : merci, et la carte SIM du traceur ? "
        "Client : ICCID «chip_id».",
    ),
    (
        "es",
        "csv",
        "animal,microchip,propietario\nperro,«chip_id»,«@PERSON»\ngato,«chip_id»,«@PERSON»",
    ),
    (
        "it",
        "ticket",
        "Attivazione SIM: ICCID «chip_id», numero «@PHONE». Riferimento pagamento «bad_card».",
    ),
    (
        "nl",
        "email",
        "Beste,\n\nde chip van uw kat («chip_id») is overgeschreven. Betaalreferentie «bad_card»; "
        "betaald met «@CREDIT_CARD».\n\nGroet",
    ),
    (
        "pt",
        "ticket",
        "Registo do animal: número do microchip «chip_id». Cartão SIM do localizador: «chip_id».",
    ),
    # Event dates next to a real birth date.
    (
        "en",
        "form",
        "Name: «@PERSON»\nDate of birth: «@DATE_OF_BIRTH»\nPassport issued: «event_date»\n"
        "Member since: «event_date»\nLast visit: «date»",
    ),
    (
        "de",
        "form",
        "Name: «@PERSON»\nGeburtsdatum: «@DATE_OF_BIRTH»\nAusgestellt am: «event_date»\n"
        "Eintrittsdatum: «event_date»\nGültig bis: «date»",
    ),
    (
        "fr",
        "form",
        "Nom : «@PERSON»\nDate de naissance : «@DATE_OF_BIRTH»\nDate d'adhésion : «event_date»\n"
        "Date de délivrance : «event_date»",
    ),
    (
        "es",
        "csv",
        "nombre,fecha_nacimiento,fecha_alta,fecha_baja\n«@PERSON»,«@DATE_OF_BIRTH»,«event_date»,«date»",
    ),
    (
        "it",
        "form",
        "Nome: «@PERSON»\nData di nascita: «@DATE_OF_BIRTH»\nData di iscrizione: «event_date»\n"
        "Data di rilascio: «event_date»",
    ),
    (
        "nl",
        "form",
        "Naam: «@PERSON»\nGeboortedatum: «@DATE_OF_BIRTH»\nLid sinds: «event_date»\nAfgegeven op: «event_date»",
    ),
    (
        "pt",
        "form",
        "Nome: «@PERSON»\nData de nascimento: «@DATE_OF_BIRTH»\nData de emissão: «event_date»\n"
        "Sócio desde: «event_date»",
    ),
]
