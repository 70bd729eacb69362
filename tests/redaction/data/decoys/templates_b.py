# ruff: noqa: E501  (data: one text per template line reads better than wrapped)
"""Decoy templates, part two: human text (tickets, chats, e-mails, invoices, shipping
notices) in EN, DE, FR, ES, IT, NL, PT. Same slots as templates_a."""

from __future__ import annotations

TEMPLATES_B: list[tuple[str, str, str]] = [
    (
        "en",
        "ticket",
        "Ticket «ticket»: customer reports that order «order» shows the wrong total "
        "(«amount» instead of «amount»). App version «semver», device serial «serial». "
        "Reporter: «@PERSON», «@EMAIL».",
    ),
    (
        "en",
        "ticket",
        "Case «case» — the refund for invoice «invoice» was issued on «date». "
        "Gateway reference «bad_card» (not a card number, it's the PSP's transfer id).",
    ),
    (
        "en",
        "chat",
        "[10:14] dev1: which build is on staging?\n[10:15] dev2: «build», commit «short_sha»\n"
        "[10:15] dev1: and prod?\n[10:16] dev2: «semver», deployed «timestamp»",
    ),
    (
        "en",
        "chat",
        "Agent: Could you read me the order number?\nCustomer: «order»\n"
        "Agent: Thanks. And the tracking number on the label?\nCustomer: «tracking»",
    ),
    (
        "en",
        "email",
        "Hi team,\n\nInvoice «invoice» dated «date» for «amount» is attached. Please pay by "
        "«date» quoting reference «account_ref». Our VAT ID is «vat».\n\nBest,\n«@PERSON»",
    ),
    (
        "en",
        "shipping",
        "Your parcel «tracking» has left our warehouse. Order «order», "
        "2 items (SKU «sku», SKU «sku»). Estimated delivery: «date». "
        "Questions? Call «@PHONE».",
    ),
    (
        "en",
        "invoice",
        "INVOICE «invoice»\nDate: «date»   Due: «date»\nItem  «sku»  ISBN «isbn»  «amount»\n"
        "Total «amount»\nPayable to IBAN «@IBAN»",
    ),
    (
        "en",
        "ticket",
        "Bug «ticket»: importing the file with checksum «sha1» fails at row 12, the "
        "EAN «ean» is rejected. Works on «semver», broken since «semver».",
    ),
    (
        "en",
        "chat",
        "ops: the firewall rule allows «ports» from the office, can you add 9443?\n"
        "net: done, rule id «uuid», change «ticket»",
    ),
    (
        "en",
        "email",
        "Dear «@PERSON»,\n\nThe test transaction with card «bad_card» was declined as expected "
        "(invalid checksum). The real card on file ends in 4242. Order «order».\n\nRegards",
    ),
    (
        "de",
        "ticket",
        "Ticket «ticket»: Kunde meldet, dass Bestellung «order» doppelt abgebucht wurde "
        "(«amount»). Vorgangsnummer «phone_ref», App-Version «semver».",
    ),
    (
        "de",
        "email",
        "Sehr geehrte Damen und Herren,\n\nanbei die Rechnung «invoice» vom «date» über "
        "«amount». Zahlbar bis «date». Bitte geben Sie als Verwendungszweck «account_ref» an.\n\n"
        "Mit freundlichen Grüßen\n«@PERSON»",
    ),
    (
        "de",
        "shipping",
        "Ihre Sendung «tracking» wurde am «date» zugestellt. Auftragsnummer «order», "
        "Artikel «sku», Gewicht 1,8 kg.",
    ),
    (
        "de",
        "chat",
        "Kunde: Die IBAN «bad_iban» wird im Formular als ungültig angezeigt.\n"
        "Support: Richtig, da ist ein Zahlendreher drin. Die korrekte steht in Ihrer Rechnung «invoice».",
    ),
    (
        "de",
        "ticket",
        "Störung «ticket»: Router Seriennummer «serial», Firmware «quad_version», "
        "freigegebene Ports «ports». Kontakt: «@PHONE»",
    ),
    (
        "de",
        "invoice",
        "RECHNUNG Nr. «invoice»\nRechnungsdatum: «date»\nLeistungszeitraum bis «date»\n"
        "Pos. 1  Art.-Nr. «sku»  «amount»\nUSt-IdNr. «vat»\nBankverbindung: «@IBAN»",
    ),
    (
        "fr",
        "email",
        "Bonjour,\n\nVotre commande «order» a été expédiée le «date». Numéro de suivi : "
        "«tracking». Montant débité : «amount».\n\nCordialement,\nLe service client",
    ),
    (
        "fr",
        "ticket",
        "Dossier n° «case» : le client signale une erreur sur la facture «invoice» "
        "(échéance «date»). Version du logiciel «semver», poste «serial».",
    ),
    (
        "fr",
        "chat",
        "Client : j'ai reçu un code de référence «phone_ref», c'est un numéro à appeler ?\n"
        "Conseiller : non, c'est la référence de votre dossier. Notre numéro est le «@PHONE».",
    ),
    (
        "fr",
        "invoice",
        "FACTURE «invoice» du «date»\nRéf. article «sku» — «amount»\nN° TVA intracom. «vat»\n"
        "Règlement par virement avant le «date»",
    ),
    (
        "es",
        "email",
        "Hola «@PERSON»:\n\nSu pedido «order» está en camino. Número de seguimiento «tracking», "
        "entrega prevista el «date». Importe: «amount».\n\nUn saludo",
    ),
    (
        "es",
        "ticket",
        "Incidencia «ticket»: la tarjeta de prueba «bad_card» es rechazada (dígito de "
        "control incorrecto), como se esperaba. Versión «semver».",
    ),
    (
        "es",
        "chat",
        "Cliente: ¿el número «phone_ref» es el de mi expediente?\nAgente: sí, expediente «case», "
        "abierto el «date».",
    ),
    (
        "es",
        "invoice",
        "FACTURA Nº «invoice»\nFecha de emisión: «date»\nVencimiento: «date»\n"
        "Base imponible «amount»  IVA 21%  Total «amount»\nCIF «vat»",
    ),
    (
        "it",
        "email",
        "Gentile cliente,\n\nl'ordine «order» è stato spedito il «date» con tracking «tracking». "
        "Fattura n. «invoice», importo «amount».\n\nCordiali saluti",
    ),
    (
        "it",
        "ticket",
        "Segnalazione «ticket»: il gestionale versione «semver» calcola male l'IVA sulla "
        "fattura «invoice». Numero di serie licenza «serial».",
    ),
    (
        "it",
        "chat",
        "Cliente: il codice «bad_iban» è il mio IBAN?\nOperatore: no, quello non è valido; "
        "è la vecchia pratica «case».",
    ),
    (
        "it",
        "shipping",
        "Avviso di spedizione: collo «tracking», ordine «order», articoli «sku» e «sku». "
        "Consegna entro «date». Coordinate deposito «coords».",
    ),
    (
        "nl",
        "email",
        "Beste «@PERSON»,\n\nUw bestelling «order» is verzonden met trackingcode «tracking». "
        "Factuur «invoice» van «amount» moet voor «date» betaald zijn.\n\nMet vriendelijke groet",
    ),
    (
        "nl",
        "ticket",
        "Melding «ticket»: app versie «semver» crasht bij het scannen van EAN «ean». "
        "Build «build», toestel «serial».",
    ),
    (
        "nl",
        "chat",
        "Klant: is «phone_ref» jullie telefoonnummer?\nMedewerker: nee, dat is uw "
        "dossiernummer. Bel ons op «@PHONE».",
    ),
    (
        "pt",
        "email",
        "Olá,\n\nA sua encomenda «order» foi enviada em «date». Código de rastreio «tracking». "
        "Valor: «amount».\n\nCumprimentos,\n«@PERSON»",
    ),
    (
        "pt",
        "ticket",
        "Pedido de suporte «ticket»: a fatura «invoice» com vencimento «date» aparece em "
        "duplicado. Versão da aplicação «semver», referência interna «uuid».",
    ),
    (
        "pt",
        "invoice",
        "FATURA «invoice»\nData: «date»\nArtigo «sku» — «amount»\nNIF «vat»\n"
        "IBAN para pagamento: «@IBAN»",
    ),
    (
        "pt",
        "chat",
        "Cliente: o número «bad_card» no recibo é o do meu cartão?\n"
        "Assistente: não, é o identificador da transação. Encomenda «order».",
    ),
    (
        "en",
        "email",
        "Hello,\n\nthe book you ordered (ISBN «isbn», EAN «ean») ships on «date». "
        "Order «order», total «amount». Your account: «@EMAIL».\n\nThanks",
    ),
    (
        "en",
        "ticket",
        "INC «ticket»: login fails for «@EMAIL» since release «semver». Session ids "
        "«uuid» and «uuid». Password was reset to «@SECRET» by the user.",
    ),
    (
        "de",
        "email",
        "Hallo «@PERSON»,\n\ndie Lizenz (Seriennummer «serial») für Version «semver» ist bis "
        "«date» gültig. Bestellnummer «order», Prüfsumme der Installationsdatei «md5».\n\nViele Grüße",
    ),
    (
        "en",
        "chat",
        "me: what's the coordinates of the depot?\nthem: «coords», gate code is the "
        "order number «order» lol\nme: and the wifi? them: «@SECRET»",
    ),
    (
        "fr",
        "email",
        "Bonjour «@PERSON»,\n\nle colis «tracking» est en attente au point relais. "
        "Date limite de retrait : «date». Commande «order».\n\nNé(e) le «@DATE_OF_BIRTH» ? Merci de "
        "présenter une pièce d'identité.",
    ),
    (
        "es",
        "shipping",
        "Aviso de envío: bulto «tracking», pedido «order», referencia de almacén «sku», "
        "fecha de salida «timestamp», destino coordenadas «coords».",
    ),
    (
        "it",
        "invoice",
        "FATTURA N. «invoice» del «date»\nCodice articolo «sku»  «amount»\nP.IVA «vat»\n"
        "Pagamento entro il «date» su IBAN «@IBAN»",
    ),
    (
        "nl",
        "invoice",
        "FACTUUR «invoice»\nFactuurdatum «date»\nArtikel «sku»  «amount»\nBTW-nummer «vat»\n"
        "Gelieve te betalen op «@IBAN»",
    ),
    (
        "en",
        "ticket",
        "HR-«ticket»: update the record of «@PERSON» (born «@DATE_OF_BIRTH», SSN «@SSN»). "
        "Employee number «account_ref», contract dated «date».",
    ),
    (
        "de",
        "chat",
        "A: welche Build-Nummer hast du?\nB: «quad_version», Commit «short_sha»\n"
        "A: ok, und die Checksumme?\nB: «sha256»",
    ),
]
