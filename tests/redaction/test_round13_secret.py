"""Issue 13, thirteenth round (SECRET): codes and passwords in free text of seven languages
and a URL's or ``curl -u``'s ``user:password`` as one value; phone numbers read out a digit
at a time in more groupings. One case each through the
public API, beside the look-alike it must leave; floors for the round's development file
(dev_issue13_r13_secret.txt) and its private split (dev_issue13_r13_secret_private.txt),
both written before the round's rules."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

POSITIVES = [
    # one-time codes after the words of Italian, Dutch and Portuguese, French and Spanish
    ("SECRET", "Codice di verifica: 240 913. Scade tra 5 minuti.", "240 913"),
    ("SECRET", "Je inlogcode is 551208 (10 minuten geldig).", "551208"),
    ("SECRET", "Use o código de confirmação 771045 para concluir.", "771045"),
    ("SECRET", "Votre code d'activation est 330817.", "330817"),
    ("SECRET", "Tu código de acceso: 660291", "660291"),
    ("SECRET", "920 114 is your Contoso sign-in code", "920 114"),
    # addressed to the reader, after the code or before it
    ("SECRET", "Il tuo codice è 551204, valido 10 minuti.", "551204"),
    ("SECRET", "Use 7731 as your login code", "7731"),
    ("SECRET", "309114 è il tuo codice di verifica", "309114"),
    # a passcode; the reader's code of a named service
    ("SECRET", "Your one-time passcode is 730018.", "730018"),
    ("SECRET", "Your Lyft code: 5512. Never share it.", "5512"),
    ("SECRET", "204 881 is your Signal code", "204 881"),
    # a code said in words, as a voicemail's transcript writes it
    ("SECRET", "Voicemail: hi, the gate code is four eight two one, see you", "four eight two one"),
    ("SECRET", "Le code du portail c'est le quatre, huit, deux, un.", "quatre, huit, deux, un"),
    ("SECRET", "o código do portão é nove um quatro dois", "nove um quatro dois"),
    # a code read out a digit at a time
    ("SECRET", "Agent: what's the verification code?\nCaller: it's 4 0 7 7 1 2", "4 0 7 7 1 2"),
    # entrances: compounds of seven languages, a keypad's "#", a letter last
    ("SECRET", "Poortcode 4019, pakket bij de buren.", "4019"),
    ("SECRET", "Codice del portone: 7720, terzo piano.", "7720"),
    ("SECRET", "Código do portão 3184, deixar na portaria.", "3184"),
    ("SECRET", "Haustürcode 2291, bitte klingeln.", "2291"),
    ("SECRET", "Entry code #6620 at the side door.", "#6620"),
    ("SECRET", "Lockbox code 8802* then turn the knob.", "8802*"),
    ("SECRET", "Digicode de l'immeuble : 2741B", "2741B"),
    # a timestamped chat's answer; the answer after a failed code
    ("SECRET", "[19:02] Kim: what's the alarm code?\n[19:03] Raj: 5104", "5104"),
    ("SECRET", "[Courier] the code doesn't work\n[Client] sorry, try 9034 please", "9034"),
    ("SECRET", "Estafeta: o código não abre\nCliente: desculpe, é 1726", "1726"),
    ("SECRET", "Koerier: de code werkt niet\nKlant: het is 6631", "6631"),
    # passwords: answers in Italian, Dutch and Portuguese, after a greeting, set off by commas
    ("SECRET", "Marta: mi mandi la password del wifi?\nIvo: è Pioggia!Estate9", "Pioggia!Estate9"),
    ("SECRET", "Rui: qual é a senha do router?\nEva: acho que Gaivota#31", "Gaivota#31"),
    ("SECRET", "Bram: wat is het wachtwoord?\nLot: dat is Zeil_Boot64", "Zeil_Boot64"),
    ("SECRET", "Client: what's the temp password?\nAgent: Hello! Here it is: Maple-7731",
     "Maple-7731"),
    ("SECRET", "The password you sent me, Cobalt#Sky82, is rejected.", "Cobalt#Sky82"),
    # chat exports' speakers: IRC, a time in brackets, a time first, Discord's name line;
    # an answer in quotes, a login pair as the answer
    ("SECRET", "<ana> what's the vpn password?\n<rui> Ponte#Velha31", "Ponte#Velha31"),
    ("SECRET", "Ana (09:12): vpn password?\nRui (09:14): Ponte#Velha31", "Ponte#Velha31"),
    ("SECRET", "09:12 Ana: vpn password?\n09:14 Rui: Ponte#Velha31", "Ponte#Velha31"),
    ("SECRET", "Ana — 09:12\nvpn password?\nRui — 09:14\nPonte#Velha31", "Ponte#Velha31"),
    ("SECRET", "Ana: vpn password?\nRui: `Ponte#Velha31`", "Ponte#Velha31"),
    ("SECRET", "Ana: password for the portal?\nRui: rsilva / Ponte#Velha31", "Ponte#Velha31"),
    # a value read twice, the translation of a support chat under its original
    ("SECRET", "das neue Passwort lautet Kranich77See, also Kranich77See", "Kranich77See"),
    # URLs and curl: user and password as one value, ":password" without a user
    ("SECRET", "curl -u svc_ci:Bu1ld!Key https://ci.local/api", "svc_ci:Bu1ld!Key"),
    ("SECRET", "curl --user 'ops:Pa55 word' https://x.example", "ops:Pa55 word"),
    ("SECRET", "redis://:Ke3p-Hot@cache-02:6379/0", ":Ke3p-Hot"),
    ("SECRET", "postgres://app_pass:Pg!2026x@db.internal/app", "app_pass:Pg!2026x"),
    # PHONE read out a digit at a time: groups apart by two blanks or a dot, an area code in
    # brackets
    ("PHONE", "Rückruf unter 0 1 7 6  2 4 5 8  1 9 3 7", "0 1 7 6  2 4 5 8  1 9 3 7"),
    ("PHONE", "Caller: sure, 0 6. 1 2. 3 4. 5 6. 7 8.", "0 6. 1 2. 3 4. 5 6. 7 8"),
    ("PHONE", "call me back at (4 1 5) 5 5 5 0 1 8 7", "(4 1 5) 5 5 5 0 1 8 7"),
]  # fmt: skip

NEGATIVES = [
    # codes that are not secrets, beside code words
    ("Codice sconto ESTATE20, spedizione in 3 giorni.", "ESTATE20"),
    ("Kortingscode WELKOM10 is geldig tot 31-08.", "WELKOM10"),
    ("Error code 4021 doesn't work as documented", "4021"),
    ("Promo code doesn't work\nAgent: use SPRING25 instead", "SPRING25"),
    ("Your order 88120 has shipped; the gate code is on file.", "88120"),
    ("Gate B12, flight LH2041, boarding 07:45", "B12"),
    ("Room 1207, buzz reception for late check-in.", "1207"),
    ("[Driver] the code doesn't work\n[Customer] I'll come down, 2 min", "2"),
    # codes of a kind that is no secret after "your"
    ("Your Zip Code: 10115", "10115"),
    ("Your Error Code 4021 means retry later", "4021"),
    ("Check your source code 2024 times", "2024"),
    ("Your order code 88120 has shipped", "88120"),
    # a chat answer that gives no password
    ("Ana (09:12): vpn password?\nRui (09:14): ask IT, ticket SUP-4471", "SUP-4471"),
    ("<ana> wifi password?\n<rui> see /etc/wifi.conf / README", "/etc/wifi.conf"),
    # digit words that are no code; a count after "your code"
    ("Your PIN will arrive in one or two days, four at most.", "one or two"),
    ("Review your code 4 times before you merge.", "4 times"),
    # a password policy and a version set off by commas
    ("The password policy, 12 characters minimum, applies to all.", "12 characters"),
    ("Password manager, version 4.2.1, released.", "4.2.1"),
    # URLs without a password, a port before a path
    ("git clone https://git@github.com/acme/app.git", "git"),
    ("see http://localhost:8080/@admin/settings", "admin"),
    ("The password for mysql://app:Xy7!kq@db is rotated", "//app"),
    # numbered steps and versions with dots
    ("Steps 1. 2. 3. 4. 5. 6. 7. are done.", "1. 2. 3."),
    ("Release 1 2. 3 4. 5 6 is out", "1 2. 3 4. 5 6"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_only_the_asked_types() -> None:
    assert Redactor(entities=["PHONE"]).detect("Poortcode 4019, pakket bij de buren.") == []


def test_a_pin_is_not_masked_where_its_digits_recur() -> None:
    """A read-back value is masked again (``Kranich77See``), but digits alone recur as
    other numbers: the order number with a PIN's digits stays."""
    text = "PIN: 4821. Order 4821 shipped."
    assert [(s.start, s.end) for s in RED.detect(text)] == [(5, 9)]


def test_round13_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 13's development file: 58 of its 59 SECRET values caught after the round's
    rules (32 before them), all 5 PHONE values, none of its 61 decoys touched."""
    records = private_split("dev_issue13_r13_secret.txt", "dev13r13s")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per_type = report.per_type  # type: ignore[attr-defined]
    assert per_type["SECRET"].found >= 58, per_type["SECRET"].missed
    assert per_type["PHONE"].found == per_type["PHONE"].gold
    assert per_type["SECRET"].true_pos == per_type["SECRET"].predicted, per_type["SECRET"].false
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round13_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 28 of its 30 SECRET values caught after
    the round's rules (22 before them), none of its 27 decoys touched."""
    records = private_split("dev_issue13_r13_secret_private.txt", "dev13r13sp")
    assert len(records) >= 30
    report = evalset.score_default(records)
    assert report.per_type["SECRET"].found >= 28  # type: ignore[attr-defined]
    assert report.negatives_masked == 0  # type: ignore[attr-defined]


def test_code_answers_stay_linear() -> None:
    """Failure words, speakers and spaced digits repeated cost time in proportion to the
    text."""
    red = Redactor(entities=["SECRET"], cache_size=0)
    for text in (
        rep("code doesn't work\n", 3000),
        rep("[a] code 1 2 3 4 5 6 7 8 9\n", 2000),
        rep("[x]", 20000) + "\n",
        rep("password, ", 8000),
        rep("Kranich77See ", 3000),
        "door code is " + rep("one ", 20000),
        rep("pin code one two three ", 3000),
    ):
        assert_linear(red.detect, text)
