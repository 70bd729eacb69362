# ruff: noqa: E501  (data: one text per template line reads better than wrapped)
"""Decoy templates, part one: machine text (logs, CSV/TSV, JSON, YAML/.env/INI, shell, SQL,
URLs, stack traces, changelogs). ``«kind»`` is a decoy of that kind (values.Decoys),
``«@TYPE»`` a real value (reals.Reals). Written before any detector was run on them."""

from __future__ import annotations

TEMPLATES_A: list[tuple[str, str, str]] = [
    (
        "en",
        "log",
        "2024-05-14 10:22:31,118 INFO  [worker-3] request_id=«uuid» trace=«sha1» "
        "duration=412ms status=200\n2024-05-14 10:22:31,420 WARN  [worker-3] cache miss "
        "key=«md5» etag=«etag»",
    ),
    (
        "en",
        "log",
        '«timestamp» level=info msg="deploy finished" service=billing version=«semver» '
        "commit=«git_sha» build=«build» ports=«ports»",
    ),
    (
        "de",
        "log",
        "[«timestamp»] FEHLER Auftrag «order» konnte nicht gebucht werden "
        "(Rechnung «invoice», Betrag «amount»). Korrelations-ID «uuid»",
    ),
    (
        "fr",
        "log",
        "«timestamp» ERREUR commande «order» rejetée : montant «amount», "
        "référence colis «tracking», trace «short_sha»",
    ),
    (
        "en",
        "csv",
        "order_id,sku,qty,unit_price,shipped_at,tracking\n«order»,«sku»,2,«amount»,«date»,«tracking»\n"
        "«order»,«sku»,1,«amount»,«date»,«tracking»",
    ),
    (
        "de",
        "csv",
        "Bestellnr;Artikelnr;EAN;Menge;Preis;Lieferdatum\n«order»;«sku»;«ean»;3;«amount»;«date»\n"
        "«order»;«sku»;«ean»;1;«amount»;«date»",
    ),
    (
        "nl",
        "tsv",
        "factuurnummer\tklantnummer\tbedrag\tvervaldatum\tbtw\n«invoice»\t«account_ref»\t«amount»\t«date»\t«vat»",
    ),
    (
        "es",
        "csv",
        "pedido,referencia,importe,fecha_factura,contacto\n«order»,«phone_ref»,«amount»,«date»,«@EMAIL»",
    ),
    (
        "en",
        "json",
        '{"id": "«uuid»", "sha256": "«sha256»", "size": 48213, '
        '"version": "«semver»", "created": "«timestamp»", "owner": "«@EMAIL»"}',
    ),
    (
        "en",
        "json",
        '{"payment": {"reference": "«bad_card»", "amount": "«amount»", '
        '"invoice": "«invoice»", "idempotency_key": "«uuid»"}}',
    ),
    (
        "it",
        "json",
        '{"ordine": "«order»", "spedizione": {"tracking": "«tracking»", '
        '"coordinate": "«coords»"}, "importo": "«amount»", "cliente": "«@PERSON»"}',
    ),
    (
        "pt",
        "json",
        '{"encomenda": "«order»", "fatura": "«invoice»", "nif_empresa": "«vat»", '
        '"data": "«date»", "hash": "«md5»"}',
    ),
    (
        "en",
        "yaml",
        "image: registry.example.com/api:«semver»\ndigest: sha256:«sha256»\n"
        "replicas: 3\nports: [«ports»]\nbuild_id: «build»\nchecksum: «b64hash»",
    ),
    (
        "en",
        "env",
        "APP_VERSION=«semver»\nGIT_COMMIT=«git_sha»\nCACHE_BUSTER=«md5»\n"
        "RELEASE_ID=«uuid»\nDB_PASSWORD=«@SECRET»\nSENTRY_RELEASE=«short_sha»",
    ),
    (
        "de",
        "ini",
        "[update]\nversion = «quad_version»\nprüfsumme = «sha1»\nveröffentlicht = «date»\n"
        "[lizenz]\nbestellnummer = «order»\nseriennummer = «serial»",
    ),
    (
        "fr",
        "ini",
        "[paiement]\nreference_facture = «invoice»\nmontant = «amount»\n"
        "echeance = «date»\nidentifiant_transaction = «uuid»\nversion_api = «semver»",
    ),
    (
        "en",
        "shell",
        "$ git log --oneline -3\n«short_sha» Fix rounding in invoice totals\n"
        "«short_sha» Bump version to «semver»\n«short_sha» Merge branch 'release/«semver»'",
    ),
    (
        "en",
        "shell",
        "$ sha256sum release.tar.gz\n«sha256»  release.tar.gz\n$ md5sum notes.pdf\n«md5»  notes.pdf",
    ),
    (
        "en",
        "shell",
        "$ docker ps\nCONTAINER ID   IMAGE              PORTS                  STATUS\n"
        "«short_sha»   api:«semver»        0.0.0.0:«ports»->8080/tcp   Up 3 hours\n"
        "«short_sha»   worker:«semver»     «ports»/tcp               Up 3 hours",
    ),
    (
        "de",
        "shell",
        "$ uname -a\nLinux build-07 «quad_version»-generic x86_64\n$ cat /etc/machine-id\n«md5»\n"
        "$ ssh «@IP_ADDRESS» -p 2222",
    ),
    (
        "en",
        "shell",
        "$ kubectl get pods\nNAME                         READY   STATUS\n"
        "api-«short_sha»-x7k2p        1/1     Running\n$ kubectl rollout history deploy/api\n"
        "REVISION  CHANGE-CAUSE\n42        image api:«semver» («git_sha»)",
    ),
    (
        "en",
        "sql",
        "SELECT * FROM orders WHERE order_no = '«order»' AND created_at > '«timestamp»';\n"
        "UPDATE invoices SET status='paid', paid_amount=«amount» WHERE invoice_no='«invoice»';",
    ),
    (
        "es",
        "sql",
        "INSERT INTO envios (seguimiento, pedido, peso_kg, fecha) VALUES "
        "('«tracking»', '«order»', 2.45, '«date»');",
    ),
    (
        "nl",
        "sql",
        "-- migratie «build»\nUPDATE producten SET ean='«ean»', artikelnummer='«sku»' "
        "WHERE id='«uuid»';",
    ),
    (
        "en",
        "url",
        "Download: https://downloads.example.com/releases/«semver»/app-«quad_version».zip?sha1=«sha1»\n"
        "Order page: https://shop.example.com/orders/«order»?ref=«uuid»",
    ),
    (
        "de",
        "url",
        "Sendungsverfolgung: https://track.example.de/?id=«tracking»&lang=de\n"
        "Rechnung als PDF: https://portal.example.de/rechnung/«invoice»/«md5».pdf",
    ),
    (
        "en",
        "trace",
        'Traceback (most recent call last):\n  File "/srv/app/releases/«short_sha»/billing.py", '
        "line 214, in charge\nValueError: card reference «bad_card» failed checksum (order «order», "
        "request «uuid»)",
    ),
    (
        "en",
        "trace",
        "java.lang.IllegalStateException: Invoice «invoice» already settled\n"
        "\tat com.example.billing.Settle.run(Settle.java:88)\n\tat com.example.Main.main(Main.java:12)\n"
        "Caused by: build «build», node «quad_version», session «uuid»",
    ),
    (
        "en",
        "changelog",
        "## «semver» («date»)\n- Fix crash when ISBN «isbn» has a hyphen\n"
        "- Upgrade OpenSSL to «semver» (commit «short_sha»)\n- Ports «ports» now configurable",
    ),
    (
        "fr",
        "changelog",
        "### Version «semver» — «date»\n* Correction du calcul de TVA (ticket «ticket»)\n"
        "* Nouvelle empreinte du paquet : «sha256»",
    ),
    (
        "it",
        "log",
        "«timestamp» INFO ordine «order» spedito, tracking «tracking», "
        "peso 3,2 kg, firmware bilancia «quad_version»",
    ),
    (
        "pt",
        "log",
        "«timestamp» AVISO fatura «invoice» vencida em «date», valor «amount», id do pedido «uuid»",
    ),
    (
        "nl",
        "log",
        "«timestamp» INFO pakket «tracking» gesorteerd in hub, coördinaten «coords», "
        "scanner «serial»",
    ),
    (
        "es",
        "log",
        "«timestamp» ERROR pago rechazado: referencia «bad_card», pedido «order», "
        "versión «semver»; avisar a «@EMAIL»",
    ),
    (
        "en",
        "csv",
        'serial,model,firmware,installed,site_lat_lon\n«serial»,X200,«quad_version»,«date»,"«coords»"\n'
        '«serial»,X300,«quad_version»,«date»,"«coords»"',
    ),
    (
        "de",
        "json",
        '{"auftrag": "«order»", "iban_pruefung": "«bad_iban»", "ergebnis": '
        '"ungültig", "zeit": "«timestamp»"}',
    ),
    (
        "en",
        "yaml",
        "release:\n  version: «semver»\n  date: «date»\n  sha: «git_sha»\n"
        "  artifacts:\n    - name: app.tar.gz\n      md5: «md5»\n      integrity: «sri»",
    ),
    (
        "fr",
        "csv",
        "n_commande;n_suivi;montant;date_livraison;telephone_client\n"
        "«order»;«tracking»;«amount»;«date»;«@PHONE»",
    ),
]
