"""SECRET in prose, chats and login pairs, and the prose about passwords that is not one.

Issue 13: passwords after the word for password in four languages, a chat answer to a
question about one, the second half of a login/password pair, ``KEY=value`` lines whose
value holds brackets, and URL userinfo as one value; and fewer findings that are words of
the sentence ("the password is incorrect"), names ("Secretary: ...") or identifiers under a
key name ("Idempotency-Key: <uuid>").
"""

from __future__ import annotations

import pytest

from llmgate.redaction import Redactor

RED = Redactor(entities=["SECRET"])

POSITIVES = [
    ("Reply: The password is Gr33n-Apple!77 until Friday.", "Gr33n-Apple!77"),
    ("my password for the staging box is St4ging#Box fyi", "St4ging#Box"),
    ("Das neue Passwort ist Hund#Katze7, bitte beim ersten Login ändern.", "Hund#Katze7"),
    ("Ihr Kennwort lautet: Xq7!mPz2Lw", "Xq7!mPz2Lw"),
    ("Votre mot de passe temporaire : Tmp-Paris-2024", "Tmp-Paris-2024"),
    ("Le mot de passe est soleil2024! (à changer).", "soleil2024!"),
    ("La contraseña nueva es Perro-Gato-88 y caduca en 30 días.", "Perro-Gato-88"),
    ("Tu clave de acceso: Madrid.2025$", "Madrid.2025$"),
    ("Anna: send me the wifi password?\nTom: Kaffee#Tasse42\nAnna: thanks!", "Kaffee#Tasse42"),
    ("[09:14] Lea: Wie lautet das Passwort?\r\n[09:15] Jonas: Druck3r!Adm1n\r\n", "Druck3r!Adm1n"),
    ("Marc : le mot de passe du NAS ?\nJulie : Nas-2024@bureau", "Nas-2024@bureau"),
    ("Login: mmeier / PW: Sommer2024!", "Sommer2024!"),
    # Issue 13, second round: the verb, an adverb or "c'est" before the value.
    ("The password for the shared mailbox is now Blue%Harbor62, I changed it.", "Blue%Harbor62"),
    ("I reset your password to Welcome2024# so please log in.", "Welcome2024#"),
    ("Hab dir das Kennwort geändert, es ist jetzt Rhein-Main-77.", "Rhein-Main-77"),
    ("Le mot de passe du wifi invité, c'est Cafe&Croissant9 pour la semaine.", "Cafe&Croissant9"),
    ("J'ai changé ton mot de passe : maintenant c'est Brume!Matin42", "Brume!Matin42"),
    ("Te he cambiado la clave, ahora es Luna#Llena55.", "Luna#Llena55"),
    (
        "[10:02] Ben: password for staging?\n[10:03] Ola: it's Str4wb3rry!Fields — don't share",
        "Str4wb3rry!Fields",
    ),
    ("Zugang für das Portal: jschmidt / Hund&Katze77", "Hund&Katze77"),
    ("Accès : identifiant pdurand / mot de passe Lune#2023xx", "Lune#2023xx"),
    ("Acceso: usuario mgarcia / contraseña Sol-y-Playa9", "Sol-y-Playa9"),
    ("user / pw: admin / Adm!n-7734", "Adm!n-7734"),
    ("DB_PASSWORD=Xy(7)[k]{9}\n", "Xy(7)[k]{9}"),
    ("SMTP_PASS=mail;pass<3>\n", "mail;pass<3>"),
    ("APP_SECRET=a]b[c)d(e!f\n", "a]b[c)d(e!f"),
    ("LDAP_BIND_PASSWORD=<Tr1cky>Value", "<Tr1cky>Value"),
    ("Server=db01;Database=shop;Password=P@ss-w0rd1;Encrypt=true", "P@ss-w0rd1"),
    ("postgres://orders_rw:Xk29!pLq#7@db.prod.acme.io:5432/orders", "orders_rw:Xk29!pLq#7"),
    ("api_key: 9e107d9d372bb6826bd81d3542a419d6", "9e107d9d372bb6826bd81d3542a419d6"),
]

NEGATIVES = [
    "The password policy requires 12 characters. Please reset your password via the portal.",
    "The password is incorrect after three attempts. Password expired on 2024-03-14.",
    "Das Passwort ist abgelaufen. Passwort vergessen? Passwort-Reset am 14.03.2024.",
    "Le mot de passe est incorrect. Mot de passe oublié ?",
    "La contraseña es incorrecta. ¿Olvidó su contraseña?",
    "Secretary: Margarethe Vogel\nCredentials: provided separately by IT.",
    "Idempotency-Key: 550e8400-e29b-41d4-a716-446655440000",
    "cache_key=9e107d9d372bb6826bd81d3542a419d6",
    "password_min_length = 12\ntoken_ttl: 3600\nauth: required\nsecret_santa: enabled",
    "Anna: what is the password policy?\nTom: https://wiki.acme.io/policy",
    "password: <your-password> / token: [REDACTED] / Passwort: ********",
    "Boarding pass: LH1234, seat 12A",
    "Set the password to expire after 90 days; the password is now required.",
    "Das Passwort ist jetzt abgelaufen. Le mot de passe, c'est important.",
    "Password reset requested for ticket SUP-3390, version 4.2.0.",
    "password policy v2.1 applies; the password 12345678 is weak.",
    "See KB-4471 as the password guide. This is the password manager (v2.1.0).",
    "Anna: what's the wifi password?\nTom: Checking...\nTom: tomorrow!\nAnna: ok-thanks",
    "Docs at https://docs.acme.io:8443/guide and mailto:jane@example.com",
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_password_is_found_exactly(text: str, value: str) -> None:
    found = [text[s.start : s.end] for s in RED.detect(text)]
    assert value in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_prose_about_passwords_is_left_alone(text: str) -> None:
    assert [text[s.start : s.end] for s in RED.detect(text)] == []
