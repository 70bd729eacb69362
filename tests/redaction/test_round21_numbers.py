"""Issue 13, round 21 (numbers): deposit cards read out in booking calls (digit groups with
"..." pauses or commas, a caller's bare answer on the line after the agent's question for
the card, Amex 4-6-5 and Diners 4-6-4), Italian mobiles written "3xx 1234567" or
"3xx/1234567", a number right after "new number" / "mudei de número" / "nuovo recapito",
and an IPv6 deploy host given to rsync or scp without brackets; beside them what must stay:
a card's last four, a misread card (it fails the checksum), an order, booking or reference
number shaped like a card in a card word's reach, expiries, amounts, ports and versions.
One case each through the public API; floors for the round's development file
(dev_issue13_r21_numbers.txt) and its private split, both written before the rules (the
private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_ES_CALL = (
    "[02:41] Agente: Para la señal de 150 euros, ¿me da el número de la tarjeta?\n"
    "[02:47] Cliente: 4620 9665 4287 0724\n"
    "[02:58] Agente: Gracias, la tarjeta que termina en 0724. Caducidad?\n"
    "[03:02] Cliente: 11/29\n"
)
_IT_CALL = (
    "[04:10] Operatore: Mi detta il numero della carta per la caparra?\n"
    "[04:15] Cliente: Allora... 4102... 8225... 1239... 3709, scadenza 08/28.\n"
)
_PT_CALL = (
    "[01:12] Atendente: O sinal são 120 euros. Qual é o número do cartão?\n"
    "[01:20] Cliente: 5152, 8559, 6654, 2591\n"
    "[01:31] Atendente: Obrigado, cartão terminado em 2591, processo HP-48213.\n"
)
_MISREAD = (
    "[03:30] Cliente: La tarjeta es 2358 7874 2924 7417... no, perdón, me he equivocado, "
    "es 2358 7174 2924 7417.\n"
)
_ORDER = (
    "Customer paid with card 6011179375418825 yesterday. Order 5343 5129 2212 1958 was "
    "shipped on 27.02.2024."
)
_TYPEFORM = (
    "#,Nome,Cognome,Numero di telefono,Data di nascita,Network ID\n"
    "k2p9x0,Chiara,Malvezzi,338 2460791,1959-11-02,8f13a0c2d1\n"
)

POSITIVES = [
    ("CREDIT_CARD", _ES_CALL, "4620 9665 4287 0724"),
    ("CREDIT_CARD", _IT_CALL, "4102... 8225... 1239... 3709"),
    ("CREDIT_CARD", _PT_CALL, "5152, 8559, 6654, 2591"),
    ("CREDIT_CARD", _MISREAD, "2358 7174 2924 7417"),
    ("CREDIT_CARD", "[00:51] Client : la carte ? Oui : 3006...736532...6803",
     "3006...736532...6803"),
    ("CREDIT_CARD", "[05:02] Beraterin: Und die Kreditkartennummer?\n[05:06] Kunde: 3777 373197 "
     "68638, gültig bis 04/30.", "3777 373197 68638"),
    ("CREDIT_CARD", "[00:40] Medewerker: Mag ik het kaartnummer?\n[00:44] Klant: "
     "4208-7233-5525-1371", "4208-7233-5525-1371"),
    ("CREDIT_CARD", "[02:02] Agent: And the long number on the card?\n[02:07] Caller: "
     "4724638238976272", "4724638238976272"),
    ("CREDIT_CARD", "Caller: my Visa is 4620. 9665. 4287. 0724.", "4620. 9665. 4287. 0724"),
    ("CREDIT_CARD", "[01:01] Cliente: È un'Amex... 3486, 140831, 60084.", "3486, 140831, 60084"),
    ("PHONE", _TYPEFORM, "338 2460791"),
    ("PHONE", "Ciao, ho cambiato numero: 339/0615512, nata il 17/06/1981", "339/0615512"),
    ("PHONE", "Nome;Cellulare\nAnna;347/5550192\n", "347/5550192"),
    ("PHONE", "22/06/2025, 18:25 - Sofia: mudei de número: 934608981", "934608981"),
    ("PHONE", "Ciao Anna, nuovo recapito 3471234568 salvato.", "3471234568"),
    ("PHONE", "Lotte: new number: 0612345671 btw", "0612345671"),
    ("PHONE", "Gentile Marco, abbiamo registrato il nuovo cellulare +39 347 812 4409.",
     "+39 347 812 4409"),
    ("IP_ADDRESS", "deploy_command: rsync -avz _site/ deploy@2001:db8::99:/var/www/\n",
     "2001:db8::99"),
    ("IP_ADDRESS", "# scp -P 2222 site.tgz root@fd00:1:2::3:~/releases\n", "fd00:1:2::3"),
    ("IP_ADDRESS", "deploy:\n  host: 203.0.113.57 # VPS\n  port: 22\n", "203.0.113.57"),
    ("IP_ADDRESS", 'ssh_host: "[2001:db8:85a3::8a2e:370:7334]:2222"\n',
     "2001:db8:85a3::8a2e:370:7334"),
]  # fmt: skip

NEGATIVES = [
    # a barcode near a card word: 13 digits in one run (no network issues such cards now)
    ("Card holder asked about the gift card.\nproduct 4006381333908 x2\n", "4006381333908"),
    (_ES_CALL, "11/29"),
    (_PT_CALL, "HP-48213"),
    (_PT_CALL, "120"),
    (_MISREAD, "2358 7874 2924 7417"),
    (_ORDER, "5343 5129 2212 1958"),
    ("[01:10] Agente: ¿Pagará con tarjeta?\n[01:12] Cliente: No, por transferencia. Pedido "
     "5248 6046 9624 2072.", "5248 6046 9624 2072"),
    ("Caller: card reader firmware 4.2.11, build 1888", "4.2.11"),
    ("[01:10] Agente: La tarjeta, por favor.\n[01:14] Cliente: Son 150, 00 euros, ¿no?",
     "150, 00"),
    ("Protocollo n. 345/1234567 del 12/03/2025", "345/1234567"),
    ("Pratica;Data\n345/1234567;12/03/2025\n", "345/1234567"),
    (_TYPEFORM, "8f13a0c2d1"),
    ("deploy:\n  host: 203.0.113.58\n  port: 2222\njekyll_version: 4.3.3\n", "2222"),
    ("deploy:\n  host: 203.0.113.58\n  port: 2222\njekyll_version: 4.3.3\n", "4.3.3"),
    ("Meeting at 10:30:00:/x", "10:30:00"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round21_numbers_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 21's development file: 33 of 33 cards (15 before the round's rules: every card
    said in groups with "..." pauses or commas missed), 70 of 73 phones (66: Italian
    "3xx 1234567" mobiles, "3xx/1234567" in a phone column, a Portuguese one after "mudei
    de número"), all 28 IPs and 36 birth dates (as before), no decoy touched (none before).
    Left: two bare Portuguese mobiles in a chat whose question is two messages up, and an
    Italian "339/0615519" after "il nuovo è" (a slashed number needs a phone column)."""
    records = private_split("dev_issue13_r21_numbers.txt", "dev13r21numbers")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    assert per["CREDIT_CARD"].gold == 33 and per["CREDIT_CARD"].found >= 33, per["CREDIT_CARD"]
    assert per["PHONE"].gold == 73 and per["PHONE"].found >= 70, per["PHONE"].missed
    assert per["IP_ADDRESS"].found >= 28 and per["DATE_OF_BIRTH"].found >= 36
    for kind in ("CREDIT_CARD", "PHONE", "IP_ADDRESS"):
        assert per[kind].predicted == per[kind].true_pos, per[kind].false
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


# CREDIT_CARD and PHONE found at least, decoys masked at most.
PRIVATE_FLOOR = (10, 24, 0)


def test_round21_numbers_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning, scored twice: cards and phones found at
    least ``PRIVATE_FLOOR``, decoys touched at most: 10 of 10 cards, 24 of 25 phones, all 11
    IPs and 9 birth dates, no decoy touched (6 of 10 cards, 20 of 25 phones, the same IPs
    and birth dates, no decoy before the round's rules)."""
    records = private_split("dev_issue13_r21_numbers_private.txt", "dev13r21numbersp")
    assert len(records) >= 25
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    assert per["CREDIT_CARD"].found >= PRIVATE_FLOOR[0]
    assert per["PHONE"].found >= PRIVATE_FLOOR[1]
    assert report.negatives_masked <= PRIVATE_FLOOR[2]  # type: ignore[attr-defined]


def test_numbers_rules_stay_linear() -> None:
    """Card words with digit groups, Italian mobile shapes, "new number" phrases and
    unbracketed IPv6 hosts before a path, repeated, cost time in proportion to the text
    (4n characters at most 8 times the CPU time of n)."""
    detect = Redactor(cache_size=0).detect
    for piece, tail in (
        ("card 4102... 8225... ", "1239... 3709"),
        ("tarjeta 12, 34, 56, ", "78"),
        ("carta ", "4102 8225 1239 3709"),
        ("order card 1234 5678 ", "9012 3456"),
        ("tel 338 2460791 ", "339/0615512"),
        ("new number ", ": 934608981"),
        ("deploy@2001:db8::9:/x ", "fd00::1:~/y"),
        ("a:b:/", "2001:db8::99:/var"),
    ):
        assert_linear(detect, rep(piece, 600) + tail)
