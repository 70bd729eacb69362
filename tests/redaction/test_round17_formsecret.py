"""Issue 13, round 17 (SECRET in forms, e-mails and talk): ISP work orders and
installation sheets (Wi-Fi key, PPPoE, TR-069 and router passwords; the PPPoE login stays,
digits and all), Wi-Fi QR payloads, alarm keyholder sheets (verbal password, duress word,
panel code; keyholders' phones and the account number stay), security alerts forwarded
with a reply that tells the new password, two-factor recovery code lists (a used code
stays), keypad codes spelled out or with "#" glued, voicemail transcripts with fillers.
One case each through the public API, beside the look-alike it must leave; floors for the
round's development file (dev_issue13_r17_formsecret.txt) and its private split, both
written before the rules (the private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

POSITIVES = [
    # ISP sheets in rows: tab, "=", dot leaders, a qualifier in brackets, digits only
    ("SECRET", "WiFi Password:\tNx7pQ2rTv9", "Nx7pQ2rTv9"),
    ("SECRET", "wpa key = 5521903384", "5521903384"),
    ("SECRET", "PPP Password : 77120394", "77120394"),
    ("SECRET", "PPPoE-Kennwort ....... 40912276", "40912276"),
    ("SECRET", "Chave de rede (WPA2): 8K2mXq4pLz", "8K2mXq4pLz"),
    ("SECRET", "Password del Wi-Fi: Rondine*Blu7", "Rondine*Blu7"),
    ("SECRET", "mot de passe du routeur : Rtr!Caen2026", "Rtr!Caen2026"),
    ("SECRET", "| WPA2 key | Qm8vTr2kLx |", "Qm8vTr2kLx"),
    ("SECRET", "WLAN-Schlüssel: 4410 2297 3318 0065 7721", "4410 2297 3318 0065 7721"),
    ("SECRET", "ACS password: tr!Acs9921x", "tr!Acs9921x"),
    # in an engineer's sentence; a bare key word after the network's name
    ("SECRET", "The engineer set the wifi password to Bramble!Hedge41 before leaving.",
     "Bramble!Hedge41"),
    ("SECRET", "het beheerwachtwoord van de router Vos!Adm771 blijft", "Vos!Adm771"),
    ("SECRET", "rete Casa_Pini, chiave pigna-Bosco-31.", "pigna-Bosco-31"),
    ("SECRET", "Wifi: Huize-Eik | sleutel: Eikenblad_2209 | check-in 15:00", "Eikenblad_2209"),
    # Wi-Fi QR payloads: the P field, escapes kept inside it
    ("SECRET", "WIFI:T:WPA;S:Flat9;P:heron-Quay-771;;", "heron-Quay-771"),
    ("SECRET", "WIFI:S:Home\\;Net;T:WPA;P:p\\;ss\\:word9;H:true;;", "p\\;ss\\:word9"),
    # alarm keyholder sheets and letters
    ("SECRET", "Duress Password - Tangerine", "Tangerine"),
    ("SECRET", "Code word: Rosewood\nKeyholder: A. Patel 07700 900111", "Rosewood"),
    ("SECRET", "Alarm monitoring: password Thunderbolt, duress Lemonade.", "Thunderbolt"),
    ("SECRET", "Alarm monitoring: password Thunderbolt, duress Lemonade.", "Lemonade"),
    ("SECRET", "Einbruchmeldeanlage \u2013 Codewort: Pfefferminz", "Pfefferminz"),
    ("SECRET", "Palavra de coação: Pardal", "Pardal"),
    ("SECRET", "Alarm: panel code 8812, engineer code 0190", "8812"),
    ("SECRET", 'Your alarm password is now "Marigold".', "Marigold"),
    ("SECRET", "Operator: what's the verbal password on the alarm account?\n"
     "Caller: it's Gooseberry", "Gooseberry"),
    # two-factor recovery codes
    ("SECRET", "Backup codes:\n  1) 3881-2940\n  2) 5519-0327", "5519-0327"),
    ("SECRET", "my 2FA backup codes are 55103928 and 20194877", "20194877"),
    ("SECRET", "Codici di recupero:\nq7x2-m9k4\nw3p8-z1n6 (usato)", "q7x2-m9k4"),
    # a reply that tells the new (and the old) password
    ("SECRET", "> > new password is\n> > Kestrel!Moor55", "Kestrel!Moor55"),
    ("SECRET", "Nieuw wachtwoord is nu Eekhoorn!Bos44", "Eekhoorn!Bos44"),
    ("SECRET", "A nova palavra-passe é Pinheiro@Serra12", "Pinheiro@Serra12"),
    ("SECRET", "la contraseña nueva es Lince&Monte9, la anterior era Lobo!Sierra8",
     "Lobo!Sierra8"),
    ("SECRET", "Ich habe mein Passwort geändert in Dachs#Wald62.", "Dachs#Wald62"),
    ("SECRET", "> Your password was changed.\nThanks, I reset it to Juniper#Coast19 for now",
     "Juniper#Coast19"),
    ("SECRET", "> Avviso: password reimpostata\nl'ho impostata a Gufo#Notte17 ieri",
     "Gufo#Notte17"),
    # keypad codes spelled out or with "#"
    ("SECRET", "gate: 1 9 0 2 #", "1 9 0 2 #"),
    ("SECRET", "The lock box opens with 3 8 1 7, keys inside.", "3 8 1 7"),
    ("SECRET", "Para abrir el portal marca 2 0 4 6 # en el teclado.", "2 0 4 6 #"),
    # voicemail transcripts with fillers
    ("SECRET", "Transkript: das Passwort ist äh Eiche vier vier, alles zusammen.",
     "Eiche vier vier"),
    ("SECRET", "le mot de passe euh tilleul douze en minuscules", "tilleul douze"),
    ("SECRET", "the wifi password is is um Harbour 77, no spaces", "Harbour 77"),
    ("SECRET", "la password è ehm è girasole dodici, tutto minuscolo", "girasole dodici"),
    ("SECRET", "o código do portão é, hum, 5 5 2 1", "5 5 2 1"),
    ("SECRET", "el código de la alarma es eh cuatro cuatro nueve dos",
     "cuatro cuatro nueve dos"),
    ("SECRET", "the code for the key box is uh 4 4 1 9 hash", "4 4 1 9"),
    # a Wi-Fi key's column and element; a line's password after its user name
    ("SECRET", "order_id,ssid,wifi_key\nWO-1,Net-1,Marigold-Lantern-71", "Marigold-Lantern-71"),
    ("SECRET", "<WPAKey>Sparrow-Field-33</WPAKey>", "Sparrow-Field-33"),
    ("SECRET", "Internet: Benutzer 551208733901, Kennwort 62839104", "62839104"),
    ("SECRET", "Monitoring account 5512 \u2013 code word is Juniper", "Juniper"),
    ("SECRET", "Alarm contact sheet\nPanic word: Marzipan", "Marzipan"),
    ("SECRET", "Alarmanlage: Überfallcode 4471", "4471"),
    ("SECRET", "Parola segreta per la centrale d'allarme: Ciliegio", "Ciliegio"),
    ("SECRET", "Your recovery code: 7K2PD-QX9MW-3TRB8-ZN4HF-YV6JC",
     "7K2PD-QX9MW-3TRB8-ZN4HF-YV6JC"),
]  # fmt: skip

NEGATIVES = [
    # pointers to where a key is, placeholders, rules about passwords
    ("The Wi-Fi key is printed on the label under the router.", "printed"),
    ("Wi-Fi key: see sticker on the back of the box", "sticker"),
    ("WPA2 key: unchanged", "unchanged"),
    ("Netzwerkschlüssel: siehe Aufkleber am Gerät", "Aufkleber"),
    ("Clé WiFi : voir l'étiquette au dos de la box", "étiquette"),
    ("Chiave WiFi: vedi etichetta sul modem", "etichetta"),
    ("WiFi-sleutel: zie sticker op de router", "sticker"),
    ("Your PPPoE password will be sent by letter within 5 days.", "letter"),
    ("The admin password must be at least 8 characters long.", "least"),
    ("Password policy: change every 90 days.", "change"),
    # the PPPoE login, digits and all, and an SSID
    ("PPPoE login: 0212345678", "0212345678"),
    ("PPPoE user: 0612345678\nPPPoE pass: Kx8mq2Lp", "0612345678"),
    ("Usuario PPPoE: 912345678", "912345678"),
    ("Anschlusskennung: 001234567890, Zugangsnummer: 551208733901", "001234567890"),
    ("WIFI:T:WPA;S:OfficeNet;P:;;", "OfficeNet"),
    ("QR: WIFI:T:WPA;S:Bakery_Guest;P:rye-Loaf-2290;;", "Bakery_Guest"),
    # recovery code text without codes, used codes, ids and dates near a heading
    ("Recovery codes can be generated under Settings > Security. Each code works once.",
     "Security"),
    ("Store your backup codes somewhere safe. Ticket 20261104 was closed on 2026-03-01.",
     "20261104"),
    ("We sent you 10 backup codes. Order 4471-2290 shipped to you.", "4471-2290"),
    ("Recovery code used: 4820-1938 (used)", "4820-1938"),
    ("I pushed the backup code to branch 20260301 and 44120987", "44120987"),
    ("Backup codes regenerated on 20260311 by admin", "20260311"),
    # an alarm sheet's other values and prose
    ("Alarm service visit booked for 14:30, account 60218, invoice 2026-0042.", "60218"),
    ("The monitoring centre will ask for your verbal password when they call.", "when"),
    ("Duress word: please choose one and tell the operator by phone.", "please"),
    ("Kennwort: bitte beim Kunden erfragen", "bitte"),
    ("Mot de passe verbal : à définir avec le client", "définir"),
    ("Senha verbal: a combinar com o cliente", "combinar"),
    ("Palabra clave: marketing digital", "marketing"),
    ("The code word for the project is Falcon, see the wiki.", "Falcon"),
    ("Your code word has been updated. Account 4471-0920.", "4471-0920"),
    # prose after a password word; counts and bookings near a place
    ("My password was changed to something longer, as you asked.", "something"),
    ("Ich habe das Passwort geändert, es ist jetzt länger.", "länger"),
    ("[09:12] Amy: changed the wifi password\n[09:13] Raj: thanks!", "[09:13]"),
    ("Gate opens with a remote, parking 4 5 at the back.", "4 5"),
    ("The lock box is on the left; booking 1 9 8 4 is yours.", "1 9 8 4"),
    ("Internet order code 44120987 confirmed", "44120987"),
    ("Internet: Benutzer 551208733901, Kennwort 62839104", "551208733901"),
    ("the password is on the fridge, I repeat", "fridge"),
    ("the door code is, um, not working", "working"),
    ("The verbal password is Changed every month by the alarm company.", "Changed"),
    ("Alarm sheet\nPassword last changed: Monday", "Monday"),
    ("Alarm: Kennwort gültig bis: Freitag", "Freitag"),
    ("Wi-Fi key length: 20 characters", "20"),
    ("I changed it to Version2 of the doc", "Version2"),
    ("Alarm call. Agent: did you reset the password?\nCustomer: yesterday", "yesterday"),
    ("Alarm: what is the verbal password?\nCaller: thanks", "thanks"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round17_formsecret_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 17's development file: all 141 secrets caught after the round's rules (58
    before them), every SECRET finding on a value, its 31 phone numbers kept as phones,
    at most 4 of its 154 decoys touched (4 before: SSIDs read as names, a used recovery
    code read as a phone number)."""
    records = private_split("dev_issue13_r17_formsecret.txt", "dev13r17formsecret")
    assert len(records) >= 60
    report = evalset.score_default(records)
    secret = report.per_type["SECRET"]  # type: ignore[attr-defined]
    assert secret.found == secret.gold == 141, secret.missed
    assert secret.true_pos == secret.predicted, secret.false
    phone = report.per_type["PHONE"]  # type: ignore[attr-defined]
    assert phone.found == phone.gold == 31, phone.missed
    assert report.negatives_masked <= 4, report.masked_negatives  # type: ignore[attr-defined]


def test_round17_formsecret_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 48 of its 52 secrets caught (16 before the
    round's rules), every SECRET finding on a value (at least 0.95 asked), at most 2 of its
    45 decoys touched (2 before)."""
    records = private_split("dev_issue13_r17_formsecret_private.txt", "dev13r17formsecretp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    secret = report.per_type["SECRET"]  # type: ignore[attr-defined]
    found = secret.found
    assert found >= 48
    precise = secret.true_pos >= 0.95 * secret.predicted
    assert precise
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked <= 2


def test_form_secret_rules_stay_linear() -> None:
    """Labels, QR payloads, recovery-code headings, reply verbs, keypad leads and alarm
    words repeated cost time in proportion to the text (every repetition is bounded)."""
    red = Redactor(cache_size=0)
    for text in (
        rep("wifi key: ", 8000),
        rep("WIFI:T:WPA;S:a;", 6000),
        rep("PPPoE password is a ", 5000),
        rep("recovery codes:\n1234 5678 ", 4000),
        rep("alarm duress word ", 6000),
        rep("password changed to ", 5000),
        rep("> password is\n> ", 6000),
        rep("gate opens with 1 2 3 4 ", 4000),
        rep("alarm: password: ", 6000),
        rep("rete x, chiave ", 6000),
        rep("verbal password?\nA: ", 5000),
        rep("codes de secours ", 6000),
        rep("wifi: a | key: ", 6000),
        rep("password reset it to ", 5000),
        rep("alarm password last changed ", 5000),
    ):
        assert_linear(red.detect, text)
