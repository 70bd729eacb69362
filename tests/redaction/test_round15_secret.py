"""Issue 13, fifteenth round (SECRET): codes that open a place in concierge and rental SMS
(locker, door, gate, key-box and pick-up codes, some with the keypad's "#" or "*" glued),
PINs a chatbot asks for, router status pages saved from the browser (the Wi-Fi key and the
PPPoE password in ``<input value>`` or a table's cell), session cookies of a raw HTTP
request, a Terraform ``random_password``'s result, a German one-time password; and the
look-alikes beside them that must stay (locker and room NUMBERS, booking and order codes,
SSIDs, user names, CSRF tokens, nonces, analytics cookies, a failed code). One case each
through the public API; floors for the round's development file
(dev_issue13_r15_secret.txt) and its private split (dev_issue13_r15_secret_private.txt),
both written before the round's rules (the private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

POSITIVES = [
    # a place's code: the place before the plain word, in a compound, or in the clause
    ("SECRET", "Your parcel is in locker 14. Locker code: 7719#. Pick up by 6pm", "7719#"),
    ("SECRET", "Paket im Fach 3, Öffnungscode 2231*", "2231*"),
    ("SECRET", "de sleutel ligt in het sleutelkastje naast de deur, code 5802", "5802"),
    ("SECRET", "La garage a un nouveau code : 9904#", "9904#"),
    ("SECRET", "el código del portal cambia, el nuevo es #6120", "#6120"),
    ("SECRET", "la chiave è nella cassetta con il codice 3318", "3318"),
    ("SECRET", "Your pick-up code for order 55812 is 640193", "640193"),
    ("SECRET", "Abholcode für Bestellung 9920114: K4P7", "K4P7"),
    ("SECRET", "O seu código de levantamento é 8QZ41. Cacifo 12.", "8QZ41"),
    ("SECRET", "The mailbox key is in the lockbox, combo 7-1-4-9", "7-1-4-9"),
    ("SECRET", "Your door code is 44 19 03, see you", "44 19 03"),
    ("SECRET", "Pool door is 8812# after ten", "8812#"),
    ("SECRET", "Portone 2211#, scala B", "2211#"),
    ("SECRET", "para entrar marca 2580 y el # en el portero", "2580"),
    # a chatbot asks for a PIN, the user answers with the digits alone
    ("SECRET", "[Bot] Please enter your account PIN to continue.\n[User] 5820", "5820"),
    ("SECRET", "Bot: Bitte nenne mir deine Karten-PIN.\nKunde: 0413", "0413"),
    ("SECRET", "Bot : indiquez votre code secret.\nMoi : c'est 7788", "7788"),
    # a router's page: the input's name, its type, its label; a table's cell
    ("SECRET", '<input type="text" name="wl_wpa_psk" value="Nordsee!Wind4">', "Nordsee!Wind4"),
    ("SECRET", '<input name="f12" type="password" value="pq83Lmz2">', "pq83Lmz2"),
    ("SECRET", 'Clé WPA : <input name="f3" value="Baguette-Soleil-8">', "Baguette-Soleil-8"),
    ("SECRET", "<tr><td>Pre-shared Key</td><td>Tulpen#Veld99</td></tr>", "Tulpen#Veld99"),
    ("SECRET", "<dt>Senha Wi-Fi:</dt><dd>pastel-de-nata-5</dd>", "pastel-de-nata-5"),
    # a request's session cookie beside a CSRF token; Terraform's generated password
    ("SECRET", "Cookie: csrftoken=Ab12Cd34Ef56Gh78; sessionid=zq81mxk20vla93pd7t",
     "zq81mxk20vla93pd7t"),
    ("SECRET", "Set-Cookie: JSESSIONID=8F2A91C04D7E3B55A1C9; Path=/; HttpOnly",
     "8F2A91C04D7E3B55A1C9"),
    ("SECRET", '"type": "random_password",\n"instances": [{"attributes": {"result": "k!8Vq2#Lp"}}]',
     "k!8Vq2#Lp"),
    ("SECRET", "Ihr Einmalpasswort lautet Rq4-Tz8-Mn2.", "Rq4-Tz8-Mn2"),
    # a Wi-Fi key's name: "psk" as a name's last part, a key's word that names a password
    ("SECRET", 'var wl0_wpa_psk = "Ostsee!Welle5";', "Ostsee!Welle5"),
    ("SECRET", "<WPAPSK>Kaffee+Kuchen12</WPAPSK><SSID>Heim</SSID>", "Kaffee+Kuchen12"),
    ("SECRET", "Clé Wi-Fi : 7F3K9M2QW4", "7F3K9M2QW4"),
    ("SECRET", '{"wifi": {"ssid": "Heim", "wpa_key": "Sonne77x"}}', "Sonne77x"),
    ("SECRET", "WPA Pre-Shared Key: Berliner-Luft-7", "Berliner-Luft-7"),
    # a key card's sleeve: a bare "Code:" under the network's name; "le code wifi"
    ("SECRET", "Room: 512\nWi-Fi: Grand_Guest\nCode: sunrise42", "sunrise42"),
    ("SECRET", "Le code wifi est tulipe88", "tulipe88"),
    ("SECRET", "WLAN Kanzlei mit Schlüssel Paragraf.1896 eingerichtet", "Paragraf.1896"),
]  # fmt: skip

NEGATIVES = [
    # a locker's or a room's number, a booking's, an order's and a discount's code
    ("Your parcel is in locker 14. Locker code: 7719#. Pick up by 6pm", "14"),
    ("Your booking code is QX7T2M, room 1204", "QX7T2M"),
    ("Seu código de reserva: LM4Q8Z. Cacifo 12.", "LM4Q8Z"),
    ("Discount code 4410 for the gym shop", "4410"),
    ("Postcode of the garage: 1017", "1017"),
    ("Your pick-up code for order 55812 is 640193", "55812"),
    # a failed code (the speaker's answer after it is the secret)
    ("[Driver] at the gate, the code 2290 doesn't work\n[Customer] try 2291", "2290"),
    # a PIN prompt answered with a question, a line that is no prompt
    ("[Bot] Please enter your account PIN.\n[User] why do you need it?", "why"),
    ("Can you spin up a VM?\nBot: 4412", "4412"),
    ("Press 2024 to continue", "2024"),
    ("Gate 12 boarding, flight code LH4471", "LH4471"),
    ("Garage door opener model 4471B, error code E12", "4471B"),
    ("locker #1234 is yours", "1234"),
    ("Bot: Please enter your postcode to reset your PIN.\nUser: 10115", "10115"),
    # a router's page: the SSID, the PPPoE user, a hidden CSRF token and a nonce, a key's
    # type, a masked password
    ('<input name="wl_ssid" value="Heimnetz-5G"><input name="wl_key" value="Sonne!Berg7">',
     "Heimnetz-5G"),
    ('<input name="pppoe_username" value="kunde-99120#0001">', "kunde-99120#0001"),
    ('<input type="hidden" name="csrf_token" value="7f3a9c01d2e84b65a0c4">', "7f3a9c01d2e8"),
    ('<input name="nonce" value="a9c3e1f0b7d2">', "a9c3e1f0b7d2"),
    ("<tr><td>Key type</td><td>WPA2-PSK</td></tr>", "WPA2-PSK"),
    ("<tr><td>Password</td><td>********</td></tr>", "****"),
    ('Password: <input name="pw" type="password" value="">', "<input"),
    # CSRF tokens and analytics cookies beside the session
    ("Cookie: csrftoken=Ab12Cd34Ef56Gh78; sessionid=zq81mxk20vla93pd7t", "Ab12Cd34Ef56Gh78"),
    ("Cookie: _ga=GA1.2.99120.1700000000; sid=Qm28xLp0Zt7w", "GA1.2.99120"),
    ("X-CSRF-Token: Lw8Kq2Zt5Xb9Vn3Rm7Pa", "Lw8Kq2Zt5Xb9Vn3Rm7Pa"),
    ("csrfmiddlewaretoken=QmT7wXk2Rz9vLp4nA1b&username=anna", "QmT7wXk2Rz9vLp4nA1b"),
    ("Cookie: XSRF-TOKEN=eyJpdiI6IlZ4dmE5In0%3D; laravel_session=eyJpdiI6IkZ3cE9kIn0%3D",
     "eyJpdiI6IlZ4dmE5In0"),
    ("Security: WPA2-PSK\nEncryption: AES", "WPA2-PSK"),
    ("Room: 512\nWi-Fi: Grand_Guest\nCode: sunrise42", "Grand_Guest"),
    ("Red: 4G\nCódigo: PT-2211", "PT-2211"),
    ("WLAN-Router key features: fast roaming, WPA2 key length: 63", "63"),
    ('{"wifi": {"ssid": "Heim", "wpa_key": "Sonne77x"}}', "Heim"),
    ("wifi_key_type: psk2\nkeyboard_layout=de", "psk2"),
    ('<meta name="csrf-token" content="Hk29XcQpLm8vT4wZ7rN1">', "Hk29XcQpLm8vT4wZ7rN1"),
    # a label's markup is no sentence: the input's name is not the password
    ('<td>Chiave di rete WPA</td><td><input name="wpa_key" value="Mare!Blu5">', "wpa_key"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_only_the_asked_types() -> None:
    assert Redactor(entities=["PHONE"]).detect("Locker 14. Locker code: 7719#") == []


def test_round15_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 15's development file: 75 of its 77 SECRET values caught after the round's
    rules (43 before them), every finding on a value (43 of 52 before), 7 of its 146 decoys
    touched (11 before; 6 by other types' findings, 1 a URL's user name masked with its
    password)."""
    records = private_split("dev_issue13_r15_secret.txt", "dev13r15s")
    assert len(records) >= 76
    report = evalset.score_default(records)
    secret = report.per_type["SECRET"]  # type: ignore[attr-defined]
    assert secret.found >= 75, secret.missed
    assert secret.true_pos == secret.predicted, secret.false
    assert report.negatives_masked <= 7, report.masked_negatives  # type: ignore[attr-defined]


def test_round15_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 27 of its 29 SECRET values caught (15 before
    the round's rules), every finding on a value (15 of 16 before), 3 of its 53 decoys
    touched (4 before; one of them by a SECRET finding)."""
    records = private_split("dev_issue13_r15_secret_private.txt", "dev13r15sp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 28
    report = evalset.score_default(records)
    secret = report.per_type["SECRET"]  # type: ignore[attr-defined]
    found, true_pos, predicted = secret.found, secret.true_pos, secret.predicted
    assert found >= 27
    assert true_pos == predicted
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked <= 3


def test_round15_rules_stay_linear() -> None:
    """Code words, places, PIN prompts, inputs, cells and cookies repeated cost time in
    proportion to the text."""
    red = Redactor(entities=["SECRET"], cache_size=0)
    for text in (
        rep("locker code ", 5000),
        rep("the garage has a code ", 4000),
        rep("Please enter your PIN\n", 4000),
        rep("<input name=wl_key value=", 3000),
        rep("<td>Password</td><td>", 3000),
        rep("Cookie: sid=abcdefgh1;", 3000),
        rep("random_password ", 5000),
        rep("door is 1234# ", 5000),
        rep("Abholcode für Bestellung 99 ", 3000),
        rep("press 1234 then ", 4000),
        rep("Wi-Fi: x\n", 5000),
        rep("1234# ", 8000),
    ):
        assert_linear(red.detect, text)
