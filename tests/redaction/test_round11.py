"""Issue 13, eleventh round: one-run phone numbers in fixed-width exports, national numbers
of countries beyond the four languages' in their own grouping, French numbers said by
pairs, a "pass:" line under a login line, names in capitals and "Surname, Given" cells,
fixed-width name columns, a lone surname speaking once in a conversation, greetings and
sign-offs in four languages; one case each through the public API, beside the look-alike
it must leave; and floors for the round's development file (dev_issue13_r11.txt) and its
private split (dev_issue13_r11_private.txt), both written before the round's rules."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

FIXED_WIDTH = (
    "ACCT      LAST_NAME     FIRST_NAME  HOME_PHONE  ZIP\n"
    "A-55120   MCALLISTER    DONNA       3125550187  60614\n"
)
NOM_PRENOM = (
    "NOM         PRENOM      TELEPHONE    VILLE\nLEFEBVRE    SOLENNE     0142683377   PARIS\n"
)

POSITIVES = [
    # PHONE: one run under a fixed-width phone column; a non-EU plan's own grouping
    ("PHONE", FIXED_WIDTH, "3125550187"),
    ("PHONE", NOM_PRENOM, "0142683377"),
    ("PHONE", "Oficina CDMX: 55 5281 4400, atiende Ximena.", "55 5281 4400"),
    ("PHONE", "Bangalore team lead: Rahul Mehta, 98450 12345 (IST).", "98450 12345"),
    # PHONE: French pairs said in words
    ("PHONE", "Client : vous pouvez me joindre au zéro six, douze, trente-quatre, "
     "cinquante-six, soixante-dix-huit.",
     "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"),
    ("PHONE", "Agent : et votre portable ? Client : c'est le zéro sept, "
     "quatre-vingt-dix-neuf, zéro cinq, onze, vingt-deux.",
     "zéro sept, quatre-vingt-dix-neuf, zéro cinq, onze, vingt-deux"),
    # SECRET: "pass:" under a login line
    ("SECRET", "user: m.keller\npass: Sommer#2026!", "Sommer#2026!"),
    ("SECRET", "USER: ops\nPASS: Xc9#mm2Lq", "Xc9#mm2Lq"),
    # PERSON: capitals and "Surname, Given" in delimited tables; fixed-width columns
    ("PERSON", '"id","name","city"\n"C-1042","O\'Neill, Siobhan","Dublin"', "O'Neill, Siobhan"),
    ("PERSON", "NAME;GIVEN;DOB;TOWN\nWEBER;MONIKA;12.04.1961;Kassel", "WEBER"),
    ("PERSON", "NAME;GIVEN;DOB;TOWN\nWEBER;MONIKA;12.04.1961;Kassel", "MONIKA"),
    ("PERSON", "APELLIDOS|NOMBRE|F_NAC\nMARTÍNEZ RUIZ|ALBA|1994-02-17", "MARTÍNEZ RUIZ"),
    ("PERSON", FIXED_WIDTH, "MCALLISTER"),
    ("PERSON", NOM_PRENOM, "SOLENNE"),
    # PERSON: a surname that speaks once beside a conversation's role
    ("PERSON", "Moderator: Next question please.\nBrennan: Thanks. Can you comment on churn?",
     "Brennan"),
    ("PERSON", "Interviewer: ¿Cuándo empezó?\nHernández: En marzo de 2019.", "Hernández"),
    # PERSON: greetings and sign-offs; given names of the four languages
    ("PERSON", "Good morning Siobhan, the quote is attached.", "Siobhan"),
    ("PERSON", "Moin Jannik, kurze Frage zum Angebot.", "Jannik"),
    ("PERSON", "Buenos días Ximena: te adjunto la factura.", "Ximena"),
    ("PERSON", "Salut Capucine, tu as pu regarder le devis ?", "Capucine"),
    ("PERSON", "Thanks!\n\nTake care,\nMorgan Ellery\nAccount Director", "Morgan Ellery"),
    ("PERSON", "Bonne journée,\n\nAmandine Roux\nResponsable achats", "Amandine Roux"),
    ("PERSON", "Un abrazo,\nNerea Goikoetxea", "Nerea Goikoetxea"),
    # PERSON: a hyphenated given name, capitalized and joining particles in surnames
    ("PERSON", "Please call Karl-Heinz Mensah about the invoice.", "Karl-Heinz Mensah"),
    ("PERSON", "The file went to Eleanor Van Buren yesterday.", "Eleanor Van Buren"),
    ("PERSON", "Le dossier est suivi par Mathis Le Gall depuis mars.", "Mathis Le Gall"),
    ("PERSON", "La titular es Consuelo López de Haro desde 2019.", "Consuelo López de Haro"),
    ("PERSON", "Contrato firmado con Sigrid dos Santos en Lisboa.", "Sigrid dos Santos"),
    # PERSON: an agent's greeting and a caller's "it's ..."
    ("PERSON", "Agent: buenos días le atiende Rodrigo en qué puedo ayudarle", "Rodrigo"),
    ("PERSON", "AGENT: bonjour Solène à l'appareil que puis-je faire pour vous", "Solène"),
    ("PERSON", "Hi it's Courtney, new number - save it", "Courtney"),
    # SECRET: "(now X)", "temp one was X", "/ pass: X", a quoted "pass:" value, a quoted
    # curl user:password, a key with an "@" inside, a hex key after "clé API"
    ("SECRET", "We rotated the staging password (now Gr33nT3a$) after the audit",
     "Gr33nT3a$"),
    ("SECRET", "[09:14] Keisha: can someone reset my pw? temp one was letmein#2024",
     "letmein#2024"),
    ("SECRET", "> usuario: goikoetxea.b@example.org / pass: Ch@ngeMe-77", "Ch@ngeMe-77"),
    ("SECRET", "smtp:\n  user: notifications@example.com\n  pass: 'm@1lB0x-Sup3r#S3cret'\n",
     "m@1lB0x-Sup3r#S3cret"),
    ("SECRET", "$ curl -u 'admin:D3JLw@h~xd%h~4BzS0*I6k2' https://api.example.com/v1/users",
     "admin:D3JLw@h~xd%h~4BzS0*I6k2"),
    ("SECRET", "JWT_SIGNING_KEY=Zk8$wP!rN2qT^vL6@hB9&cX4\nAPP_RELEASE=2025.11",
     "Zk8$wP!rN2qT^vL6@hB9&cX4"),
    ("SECRET", "Marchetti : voilà la clé API 5a80d145f13080affaf580e0214d52f0",
     "5a80d145f13080affaf580e0214d52f0"),
    # DATE_OF_BIRTH: a birth date column whose rows quote a cell with a comma, or write a
    # date with its comma unquoted
    ("DATE_OF_BIRTH", 'id,full_name,date_of_birth,city\nP-1,"Okafor, Chidinma",04/17/1961,NYC',
     "04/17/1961"),
    ("DATE_OF_BIRTH", "id,full_name,date_of_birth,ssn\n1000,Tamsin Whitcombe,March 24, 1956,"
     "323 81 2973", "March 24, 1956"),
    # PERSON: a given name in an unpunctuated transcript; report and clerk labels; a
    # "nombre_completo" column; particles in surname columns and after "St."
    ("PERSON", "Transcript: hey it's Nathaniel um i'm running late", "Nathaniel"),
    ("PERSON", "Transcription: salut c'est Ophélie rappelle-moi demain", "Ophélie"),
    ("PERSON", "Ticket: CS8464638\nMelder: Thu Ammann <ammann-t@initech.test>", "Thu Ammann"),
    ("PERSON", "INSERT INTO `clientes` (id, nombre_completo, importe) VALUES\n"
     "('3054', 'Fermín Robles', '12.50');", "Fermín Robles"),
    ("PERSON", "id;first_name;last_name;city\n7;Claire;de Villeneuve;Lyon", "de Villeneuve"),
    ("PERSON", "id;first_name;last_name;city\n8;Pieter;Van den Bossche;Gent", "Van den Bossche"),
    ("PERSON", "Please forward it to Yvonne St. Clair before Friday.", "Yvonne St. Clair"),
    ("PERSON", "Signed for Rodrigo Ferrer i Soler, Barcelona.", "Rodrigo Ferrer i Soler"),
    # STREET_ADDRESS: the street word first and the number last (Switzerland, Belgium)
    ("STREET_ADDRESS", "Unser Büro: Chemin des Vignes 12, 1004 Lausanne.",
     "Chemin des Vignes 12, 1004 Lausanne"),
    ("STREET_ADDRESS", "Le dépôt a déménagé Chaussée de Louvain 310 depuis lundi.",
     "Chaussée de Louvain 310"),
    # a letter after a blank; Austrian stair and door numbers; "Hinter der ..."
    ("STREET_ADDRESS", "Bitte an Lindenstraße 14 b, 04109 Leipzig liefern.",
     "Lindenstraße 14 b, 04109 Leipzig"),
    ("STREET_ADDRESS", "Neue Anschrift: Brunnengasse 8 / Top 4, 1160 Wien",
     "Brunnengasse 8 / Top 4, 1160 Wien"),
    ("STREET_ADDRESS", "Kunde wohnt Favoritenstraße 121/3/7, Zustellung vormittags.",
     "Favoritenstraße 121/3/7"),
    ("STREET_ADDRESS", "Treffpunkt ist Hinter der Kirche 3 in Meersburg.", "Hinter der Kirche 3"),
    # French number with a capital letter, a building before the line
    ("STREET_ADDRESS", "Rendez-vous au 17B, rue des Tanneurs, 67000 Strasbourg.",
     "17B, rue des Tanneurs, 67000 Strasbourg"),
    ("STREET_ADDRESS", "Envoyez le badge à Bât. C, 8 allée des Roses, 33000 Bordeaux.",
     "Bât. C, 8 allée des Roses, 33000 Bordeaux"),
    # Spanish and Mexican floors, doors and units
    ("STREET_ADDRESS", "Dirección: Paseo de la Castellana, nº 22, 3-B, 28046 Madrid",
     "Paseo de la Castellana, nº 22, 3-B, 28046 Madrid"),
    ("STREET_ADDRESS", "Oficina: Carrer de Mallorca 210, 4º 2ª, 08008 Barcelona.",
     "Carrer de Mallorca 210, 4º 2ª, 08008 Barcelona"),
    ("STREET_ADDRESS", "Entregar en Av. Insurgentes Sur 1602 Depto. 12, Col. Crédito.",
     "Av. Insurgentes Sur 1602 Depto. 12"),
    ("STREET_ADDRESS", "La sucursal está en Blvd. Díaz Ordaz 130 Int. 5, Monterrey.",
     "Blvd. Díaz Ordaz 130 Int. 5"),
    # a floor without a postal code after it; a named building before the line
    ("STREET_ADDRESS", "Der Termin ist in unserem Büro, Tannenstr. 210 c, 2. Stock links.",
     "Tannenstr. 210 c, 2. Stock links"),
    ("STREET_ADDRESS", "Merci d'envoyer les documents au Résidence Les Pins, 49 rue Gambetta.",
     "Résidence Les Pins, 49 rue Gambetta"),
    ("STREET_ADDRESS", "Her address is Flat 11, Marlow House, 3 Quay Street, Manchester M3 3HN.",
     "Flat 11, Marlow House, 3 Quay Street, Manchester M3 3HN"),
    # PHONE: a CSV row whose quoted cell holds a comma, after a date's cell; two numbers
    # side by side, the second one to its end
    ("PHONE", 'id,full_name,dob,phone,visit\nP-1,"Brandt, Elliot",12/01/2001,718.555.0122,'
     "11/29/2025", "718.555.0122"),
    ("PHONE", "--\nGrégoire Fontanel\n01 53 40 22 18 / 06 09 87 65 43", "06 09 87 65 43"),
    # a unit or a direction after an English suffix
    ("STREET_ADDRESS", "Mailing address: 48 Orchard Dr. #11, Austin, TX 78701",
     "48 Orchard Dr. #11, Austin, TX 78701"),
    ("STREET_ADDRESS", "Visit us at 500 Pine St N, Suite 300, Seattle.",
     "500 Pine St N, Suite 300"),
]  # fmt: skip

NEGATIVES = [
    # another field's number after a phone's: the phone word does not reach it
    ("REC 0001 TEL 08912345678 KTO 4471120", "4471120"),
    # references grouped like no plan groups them; an SKU after its word
    ("Invoice 2026 0412 3456 was paid on 2026-04-12.", "2026 0412 3456"),
    ("SKU 4412 8890 is back in stock.", "4412 8890"),
    # French pairs without a phone word, or naming an order
    ("Les tables six, douze, trente-quatre et cinquante-six sont réservées.", "douze"),
    ("Cliente : le numéro de commande est quarante-deux, soixante-huit, trente-trois, "
     "douze, quinze.", "quarante-deux"),
    # "pass" without a login line above it
    ("build: ok\npass: tests/unit_3.py", "tests/unit_3.py"),
    ("test_login: PASS (3 of 4 checks)\nuser: root (expected)", "root"),
    # a product column of a fixed-width table; a heading of its header line
    ("SKU      NAME            QTY\nA-100    WIDGET PRO      12\n", "WIDGET PRO"),
    ("CUSTNO  SURNAME      GIVEN      PHONE\n000417  BRANDT       HELGA      04215583310",
     "GIVEN"),
    # field labels of a record, with no conversation around them
    ("Status: open\nBudget: 5k EUR approved\nLocation: Room 4", "Budget"),
    # a sign-off after a greeting word; an award, not a person
    ("Danke dir!\n\nLiebe Grüße\nJule Brockmann", "Grüße"),
    ("The Oscar Nominations were announced today.", "Oscar Nominations"),
    # a password's rule in brackets; a date of another column beside a birth date's
    ("The password (now required to be 12 characters) changes monthly.", "required"),
    ('id,full_name,date_of_birth,created\nP-1,"Okafor, Chidinma",04/17/1961,11/28/2025',
     "11/28/2025"),
    # thousands after a comma stay numbers
    ("Revenue grew to 1,234,567 units in 2025.", "234"),
    # "it's" before a word that is no given name; a firm after a capitalized particle
    ("Hi it's Monday, new week - let's go", "Monday"),
    ("We met at Van Buren Street and went on.", "Van Buren"),
    # numbers after a French street word that name no house: a parking spot, a road
    ("La place de parking 12 est réservée, route N 7 fermée.", "12"),
    ("Die Rechnung über 1.250,00 € ist fällig; Kapitel 4 b gilt.", "4 b"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_only_the_asked_types() -> None:
    red = Redactor(entities=["EMAIL"])
    assert red.detect(FIXED_WIDTH) == []


def test_round11_file_floor(engine_path: str, evalset: ModuleType) -> None:
    """At least the share of round 11's spans caught when its rules were written (114 of
    121; 68 before them), and none of its 22 decoys touched."""
    red = Redactor(entities=None)
    records = [r for r in evalset.load() if str(r["id"]).startswith("dev13r11-")]
    assert len(records) >= 75
    report = evalset.score(records, lambda t: [tuple(s) for s in red.detect(t)])
    found = sum(s.found for s in report.per_type.values())
    assert found >= 114
    assert report.negatives_masked == 0, report.masked_negatives


def test_round11_address_file_floor(engine_path: str, evalset: ModuleType) -> None:
    """Round 11's second file (street lines of more countries): 17 of its 17 spans caught
    after the round's address rules (1 before them), none of its 8 decoys touched."""
    red = Redactor(entities=None)
    records = [r for r in evalset.load() if str(r["id"]).startswith("dev13r11b-")]
    assert len(records) >= 20
    report = evalset.score(records, lambda t: [tuple(s) for s in red.detect(t)])
    assert sum(s.found for s in report.per_type.values()) >= 17
    assert report.negatives_masked == 0, report.masked_negatives


def test_round11_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 23 of its 33 spans caught after the
    round's rules (19 before them), none of its 11 decoys touched."""
    records = private_split("dev_issue13_r11_private.txt", "dev13r11p")
    assert len(records) >= 20
    red = Redactor(entities=None)
    report = evalset.score(records, lambda t: [tuple(s) for s in red.detect(t)])
    assert sum(s.found for s in report.per_type.values()) >= 23
    assert report.negatives_masked == 0, report.masked_negatives
