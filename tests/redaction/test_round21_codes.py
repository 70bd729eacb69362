"""Issue 13, round 21 (codes): short secrets in conversation, and what is not a secret.

A car-sharing, bike or scooter app's support chat gives the PIN that unlocks the vehicle
("Ihre Entsperr-PIN für dieses Fahrzeug lautet ...", "code PIN de déverrouillage ...",
"PIN de apertura ...") or answers "e o código?" with the digits alone; a charging station's
or an optician's SMS the PIN that starts a charge or picks up an order; a plumber's job
report the code of the key safe by its combination's word ("combinación", "combinazione");
a crypto exchange's KYC chat the 2FA backup code in the singular ("the 2fa backup code is
..."), as ten mixed letters and digits, in capitals, apart by a blank, or marked "unused".
What stays: SendGrid's ``api_key_id`` column (which key sent a message), a Mailgun event's
stored-message key, plates, bookings, orders, an account's code. One case each through the
public API; floors for the round's development file (dev_issue13_r21_codes.txt) and its
private split, both written before the rules (the private split's test reports counts
only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_SENDGRID = (
    "processed,message_id,event,api_key_id,recipient_count,categories\n"
    "2026-05-04T10:00:01Z,a81c2e7f903.bb2.11f0e4.filter0207.5521.66360F11.0,delivered,"
    "Vb8Nq3LmX6tRw1ZkPc4yHs,1,invoice\n"
)
_MAILGUN = (
    '{"event":"accepted","storage":{"key":"AgEAAQZx9KpL2mR7vT4wN8yB1cD5fG3hJ6kQ",'
    '"url":"https://storage.us.mailgun.net/v3/domains/mg.x.example/messages/'
    'AgEAAQZx9KpL2mR7vT4wN8yB1cD5fG3hJ6kQ"}}'
)

POSITIVES = [
    ("SECRET", "Support: Ihre Entsperr-PIN für dieses Fahrzeug lautet 5207.", "5207"),
    ("SECRET", "Assistance : code PIN de déverrouillage 3914 sur le boîtier.", "3914"),
    ("SECRET", "Soporte: prueba con el PIN de apertura 6481 en el lector.", "6481"),
    ("SECRET", "Suporte: use o PIN de desbloqueio 2753 no teclado.", "2753"),
    ("SECRET", "Support: Your PIN to start the car: 8160", "8160"),
    ("SECRET", "Supporto: il codice PIN per aprire FG 219 KT è 4096", "4096"),
    ("SECRET", "Soporte: el patinete se desbloquea con el código 3372", "3372"),
    ("SECRET", "Agent: Tapez le code 7718 sur le boîtier pour ouvrir la voiture.", "7718"),
    ("SECRET", "Medewerker: toets de code 2290 in om de auto te openen.", "2290"),
    ("SECRET", "Lade-PIN: 6025. Gültig bis 20:00.", "6025"),
    ("SECRET", "Your charging PIN for bay 2 is 5813.", "5813"),
    ("SECRET", "[10:02] Cliente: e o código?\n[10:02] Agente: 7741\n"
     "Reserva na matrícula BB-20-KL.", "7741"),
    ("SECRET", "Utente: non ricevo il codice per la bici\nAssistenza: eccolo: 6604.\n",
     "6604"),
    ("SECRET", "Acceso: caja de seguridad para llaves, combinación 1946.", "1946"),
    ("SECRET", "Llaves en el cajetín, clave 8823. Revisada la caldera.", "8823"),
    ("SECRET", "Chiave nella cassetta, combinazione 3508, all'ingresso.", "3508"),
    ("SECRET", "Visitor: lost my phone, the 2fa backup code is vq83-lt5xw", "vq83-lt5xw"),
    ("SECRET", "Kunde: Mein Wiederherstellungscode für die 2FA lautet T4NB-8KWP", "T4NB-8KWP"),
    ("SECRET", "Agent: Do you have a backup code for two-step verification?\n"
     "User: yes: M7RC-3HQX\n", "M7RC-3HQX"),
    ("SECRET", "Customer: my authenticator is gone. backup code: 3P8K5W2N7R", "3P8K5W2N7R"),
    ("SECRET", "Client : code de secours 2FA : B6KT 9WMZ", "B6KT 9WMZ"),
    ("SECRET", "Kunde: mein 2FA-Backup-Code: RQZX-HWLM", "RQZX-HWLM"),
    ("SECRET", "Medewerker: stuur een van uw noodcodes voor tweestapsverificatie.\n"
     "Klant: 5TNV-Q2KD", "5TNV-Q2KD"),
    ("SECRET", "Client : mon code 2FA de secours est le 8WDX-4MPR", "8WDX-4MPR"),
    ("SECRET", "User: here is an unused 2FA backup code: H2VQ-7MJP (unused)", "H2VQ-7MJP"),
    ("SECRET", "Opticien Roux : vos lunettes vous attendent, présentez le code 6291 en magasin.",
     "6291"),
    ("SECRET", "Laadpaal 4: startcode 3187", "3187"),
    ("SECRET", "Agent: PIN for KX21 LMO: 5906", "5906"),
    ("SECRET", "Agent: Ihr PIN lautet \u201e8127\u201c.", "8127"),
    ("SECRET", "Agente: il PIN a 4 cifre è 3069", "3069"),
    ("SECRET", "Werkbon: sleutelkluis 7302 naast de voordeur.", "7302"),
    ("SECRET", "Rapporto: cassetta chiavi: 4416, caldaia spurgata.", "4416"),
    ("SECRET", "Access via key safe 9921 by the back door.", "9921"),
    ("SECRET", "api_key: Tq7Wm3Px8Lz2Rn5Vb9Cy4Hd6Kf1Js0Ag", "Tq7Wm3Px8Lz2Rn5Vb9Cy4Hd6Kf1Js0Ag"),
]  # fmt: skip

NEGATIVES = [
    (_SENDGRID, "Vb8Nq3LmX6tRw1ZkPc4yHs"),
    ("email,event,api_key_id\nx@y.example,open,Hw2Mn7QpR4tK9sXz1bVc3L\n",
     "Hw2Mn7QpR4tK9sXz1bVc3L"),
    ('{"apiKeyId": "Rt5Yq8Wn2Lp7Kx3Mz9Vb1C", "event": "delivered"}', "Rt5Yq8Wn2Lp7Kx3Mz9Vb1C"),
    (_MAILGUN, "AgEAAQZx9KpL2mR7vT4wN8yB1cD5fG3hJ6kQ"),
    ("api_key_id=Pn4Xw8Rz2Lq6Tm9Vk3Yb7C event=open", "Pn4Xw8Rz2Lq6Tm9Vk3Yb7C"),
    ("Support: please collect your parcel, tracking code 58213377, at the locker.", "58213377"),
    ("Lockbox 1997 model, grey, in the van.", "1997"),
    ("Support: your booking code 4471 for the car is confirmed.", "4471"),
    ("Support: the car LK71 XFD is parked at bay 12, order code 5530.", "5530"),
    ("Allarme: codice utente AL-55813, parola chiave al telefono.", "55813"),
    ("Support: bike 20391 is at the station, error code 4012 on the lock.", "4012"),
    ("Backup codes (used):\n1. QF8K-2MX7 used\n", "QF8K-2MX7"),
    ("Recovery codes:\nSee the follow-up notes in Check-Liste.\n", "follow-up"),
    ("Job report: boiler serial 7736502117, invoice 2026-0419, key safe by the door.",
     "7736502117"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round21_codes_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 21's development file: 61 of 65 short secrets (41 before the round's rules:
    every car-sharing PIN named with what it unlocks, charging PINs, singular 2FA backup
    codes), 61 of 61 secret findings on a value (41 of 49: SendGrid's api_key_id, a
    Mailgun storage key), four decoys touched (9 before; two plates taken as names and two
    message ids taken as e-mails stay)."""
    records = private_split("dev_issue13_r21_codes.txt", "dev13r21codes")
    assert len(records) >= 60
    report = evalset.score_default(records)
    secret = report.per_type["SECRET"]  # type: ignore[attr-defined]
    assert secret.gold == 65 and secret.found >= 61, secret.missed
    assert secret.predicted - secret.true_pos <= 0, secret.false
    assert report.negatives_masked <= 4, report.masked_negatives  # type: ignore[attr-defined]


# SECRET found at least, decoys masked at most.
PRIVATE_FLOOR = (26, 1)


def test_round21_codes_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning, scored twice: 26 of 27 short secrets (22
    before the round's rules), 26 of 26 secret findings on a value (22 of 25), one decoy
    touched (4 before)."""
    records = private_split("dev_issue13_r21_codes_private.txt", "dev13r21codesp")
    assert len(records) >= 25
    report = evalset.score_default(records)
    found = report.per_type["SECRET"].found  # type: ignore[attr-defined]
    assert found >= PRIVATE_FLOOR[0]
    assert report.negatives_masked <= PRIVATE_FLOOR[1]  # type: ignore[attr-defined]


def test_codes_rules_stay_linear() -> None:
    """Unlock, answer and recovery-code triggers repeated cost time in proportion to the
    text (4n characters at most 8 times the CPU time of n)."""
    detect = Redactor(cache_size=0).detect
    for piece, tail in (
        ("pin de apertura ", "1234"),
        ("pin for kx21 lmo ", ": 1234"),
        ("code for the car ", ": 1234"),
        ("combinación llave ", "1234"),
        ("e o código?\n", "Agente: 4108\n"),
        ("2fa backup code ", "is k7qm-2xwp"),
        ("backup code? ", "\nUser: M7RC-3HQX\n"),
        ("recovery codes: unused ", "K7QM 2XWP"),
        ("api_key_id,", "\nx,y\n"),
        ('"storage":{"key":"', 'AgEAAQZx9KpL2mR7vT4wN8yB1cD5fG3hJ6kQ"}'),
    ):
        assert_linear(detect, rep(piece, 600) + tail)
