"""Issue 13, fourteenth round (SECRET): passwords and codes in SMS and voicemail transcripts
(dictated in words, read twice, with dashes), chat exports of Telegram, Teams and Slack,
markdown labels in bold, compose files and code spans, Italian, Dutch and Portuguese code
words; and the public values beside a key's word that must stay (WireGuard public keys,
SSH and certificate fingerprints, key ids, checksums). One case each through the public
API, beside the look-alike it must leave; floors for the round's development file
(dev_issue13_r14_secret.txt) and its private split (dev_issue13_r14_secret_private.txt),
both written before the round's rules (the private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)
WG_PRIVATE = "ugZ4mvpxvbuVr5irgqVDhTIdb2twvv/6uJpOsKZoung="
WG_PUBLIC = "WGQFZPALJq9vrG69OkT/1m0kOBfIvwqgnptLUz4uufI="

POSITIVES = [
    # a password dictated word by word, then how to spell it or that it is said again
    ("SECRET", "Voicemail: my password is blue tiger 7, all lowercase, bye", "blue tiger 7"),
    ("SECRET", "la password è gatto nero 42 tutto attaccato", "gatto nero 42"),
    ("SECRET", "het wachtwoord is appeltaart 12, met een hoofdletter A", "appeltaart 12"),
    # a code read twice in words is two values; a code with dashes
    ("SECRET", "the alarm code is two one four four, two one four four, ok", "two one four four"),
    ("SECRET", "Voicemail: yeah hi, the door code is 4-4-7-1, see you", "4-4-7-1"),
    # code words of what a code opens, in Italian, Dutch, Portuguese, German and Spanish
    ("SECRET", "De code van het alarm is 9921", "9921"),
    ("SECRET", "O código do cofre é 7734", "7734"),
    ("SECRET", "Ihr Einmal-PIN lautet 55102.", "55102"),
    ("SECRET", "Oye, mi clave del banco es 4417", "4417"),
    ("SECRET", "PIN nuovo carta: 60418. Ordine in consegna.", "60418"),
    ("SECRET", "SMS: Use code 448120 to sign in", "448120"),
    ("SECRET", "SMS: Gebruik code 448120 om in te loggen", "448120"),
    # chat exports: Telegram's name line, Teams' time first, a time in brackets after a name
    ("SECRET", "Kees, [03.11.24 10:15]\nwachtwoord van de nas?\n\nMila, [03.11.24 10:17]\n"
     "Molen#Dijk2024", "Molen#Dijk2024"),
    ("SECRET", "[9:14 PM] Tom Becker\nwhat's the VPN password?\n[9:15 PM] Lena Vogt\n"
     "Lobster!Bay4", "Lobster!Bay4"),
    ("SECRET", "Tom [9:14 AM]: can you share the wifi password\nLena [9:15 AM]: Lobster!Bay4",
     "Lobster!Bay4"),
    # markdown: a bold label, a code span after a verb of typing
    ("SECRET", "- **Password:** Qa!Stage2025", "Qa!Stage2025"),
    ("SECRET", "**Wachtwoord**: Regen&Zon55", "Regen&Zon55"),
    ("SECRET", "type `R3port!ng#22` at the prompt", "R3port!ng#22"),
    ("SECRET", "call notes: read back the password as Bluebird#661", "Bluebird#661"),
    # a compose file's command line; a WireGuard private key (the public one stays)
    ("SECRET", "    command: redis-server --requirepass Red1s!Hot44", "Red1s!Hot44"),
    ("SECRET", f"[Interface]\nPrivateKey = {WG_PRIVATE}\n[Peer]\nPublicKey = {WG_PUBLIC}",
     WG_PRIVATE),
    ("SECRET", f"PresharedKey = {WG_PUBLIC}", WG_PUBLIC),
    ("SECRET", "public_key=ABCDEF private_key=Zk8$wP!rN2qT^vL6hB9cX4", "Zk8$wP!rN2qT^vL6hB9cX4"),
    # configs: "pw" as a name's last part, wpa_supplicant's psk, a connection string's next
    # pair with a blank in its name, a Ruby hash's "=>"
    ("SECRET", "[mail]\nsmtp_pw = Post!Bote77", "Post!Bote77"),
    ("SECRET", 'network={\n    ssid="Home"\n    psk="Sunny!Day77"\n}', "Sunny!Day77"),
    ("SECRET", "Password=Ora!cle19;User ID=scott;Data Source=orcl", "Ora!cle19"),
    ("SECRET", '{"user"=>"bob", "password"=>"Bob!2024pw"}', "Bob!2024pw"),
]  # fmt: skip

NEGATIVES = [
    # public keys, fingerprints, key ids and checksums beside a key's word
    (f"[Interface]\nPrivateKey = {WG_PRIVATE}\n[Peer]\nPublicKey = {WG_PUBLIC}", WG_PUBLIC),
    (f"Here's my WireGuard public key, add me as a peer: {WG_PUBLIC}", WG_PUBLIC),
    (f"peer: {WG_PUBLIC}\n  endpoint: 203.0.113.5:51820", WG_PUBLIC),
    (f"la clave pública del servidor es {WG_PUBLIC}", WG_PUBLIC),
    ("ED25519 key fingerprint is SHA256:vF9Wben8AW3nJ6OazSgNdKibVd3sL/1rC8L2yUR+AA0.",
     "vF9Wben8AW3nJ6OazSgNdKibVd3sL"),
    ("key fingerprint 30:0e:52:37:5d:d3:f5:37:84:b9:5c:e8:cf:0c:4d:e2", "30:0e:52"),
    ("GPG key ID: 0x9C1B4F2A77E0D3B5, signed by the release team", "0x9C1B4F2A77E0D3B5"),
    ("Thumbprint: 5A7432B4C41CB319DE69D1C5766AE8D096EA427A", "5A7432B4C41CB319"),
    # an empty password above the next setting; an Ansible vault's tag
    ("[database]\npassword=\nhost=localhost", "host=localhost"),
    ("password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256", "!vault"),
    ('Parameters: {"email"=>"a@b.c", "password"=>"[FILTERED]"}', "FILTERED"),
    ("sleep 5; pw = pw + 1", "pw + 1"),
    # sentences about a password after its word, with a number and a dictation cue
    ("the password is 12 characters long, that's the policy", "12 characters long"),
    ("The password is in the vault, I repeat, in the vault", "in the vault"),
    # a code to save money, a tracking number; a count of code digits
    ("SMS: use code 2024 to save 10% on your order", "2024"),
    ("SMS: Tracking 448120 is on the way", "448120"),
    ("the code for the door has 4 digits", "4"),
    # a PIN's word, words that say what the line counts, a colon and a number
    ("PIN reset requests: 2024", "2024"),
    ("PIN pad firmware version: 4471", "4471"),
    ("OTP sent at: 1405", "1405"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_only_the_asked_types() -> None:
    assert Redactor(entities=["PHONE"]).detect("O código do cofre é 7734") == []


def test_the_nearest_word_decides() -> None:
    """A public key and a password on one line: each value is judged by the word nearest
    before it, not by the line."""
    text = f"clave pública {WG_PUBLIC}, contraseña Naranja.77Sol"
    assert [text[s.start : s.end] for s in RED.detect(text)] == ["Naranja.77Sol"]


def test_round14_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 14's development file: all 64 SECRET values caught after the round's rules
    (50 before them), every finding on a value, none of its 47 decoys touched (6 before)."""
    records = private_split("dev_issue13_r14_secret.txt", "dev13r14s")
    assert len(records) >= 66
    report = evalset.score_default(records)
    secret = report.per_type["SECRET"]  # type: ignore[attr-defined]
    assert secret.found == secret.gold == 64, secret.missed
    assert secret.true_pos == secret.predicted, secret.false
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round14_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 25 of its 27 SECRET values caught (25
    before the round's rules too), every finding on a value (23 of 27 before), none of its
    14 decoys touched (3 before)."""
    records = private_split("dev_issue13_r14_secret_private.txt", "dev13r14sp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 29
    report = evalset.score_default(records)
    secret = report.per_type["SECRET"]  # type: ignore[attr-defined]
    found, true_pos, predicted = secret.found, secret.true_pos, secret.predicted
    assert found >= 25
    assert true_pos == predicted
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked == 0


def test_round14_rules_stay_linear() -> None:
    """Dictation cues, chat name lines, public cues and bold labels repeated cost time in
    proportion to the text."""
    red = Redactor(entities=["SECRET"], cache_size=0)
    for text in (
        rep("the password is one two ", 4000),
        rep("password is a b c, again ", 3000),
        rep("Tom, [03.11.24 10:15]\n", 4000),
        rep("public key peer ", 6000) + "token: x",
        rep("**Password**: ", 6000),
        rep("use code 1234 ", 5000),
        rep("[9:14 PM] Tom\n", 4000),
        rep("password=\n", 8000),
    ):
        assert_linear(red.detect, text)
