"""The words of the PIN and one-time-code rules (``pins.py``), as data: the words for a
code, digits said as words, a voicemail's fillers and the words that say a code failed.
Shared with the engine's triggers, the keypad and the access-code rules.
"""

from __future__ import annotations

__all__ = ["CODE_WORDS", "DIGIT_WORDS", "FAILURES", "FILLERS", "TRIGGER"]

# The words for a PIN or a one-time code (lower case), in English, German, French, Spanish,
# Italian, Dutch and Portuguese.
# Not "code" or "Code" alone ("error code 404", "Postleitzahl"), nor "TAN" (a Spanish word).
CODE_WORDS = (
    "pin", "pin code", "pin number", "pin-code", "pin-nummer", "one-time code",
    "one time code", "one-time password", "one time password", "otp", "verification code",
    "security code", "confirmation code", "authentication code", "login code", "sign-in code",
    "2fa code", "door code", "alarm code", "gate code", "unlock code", "puk",
    "geheimzahl", "bestätigungscode", "verifizierungscode", "sicherheitscode", "einmalcode",
    "einmalpasswort", "anmeldecode", "türcode", "freischaltcode", "entsperrcode",
    "code pin", "code secret", "code de vérification", "code de verification",
    "code de confirmation", "code de sécurité", "code à usage unique", "digicode",
    "code d'alarme", "code de l'alarme", "code de déverrouillage", "code de la porte",
    "code porte", "code d'entrée", "code d'entree", "code de l'immeuble", "code du portail",
    "torcode", "código del portal", "código pin", "código de verificación",
    "codigo de verificacion", "código de seguridad", "código de confirmación",
    "codigo de confirmacion", "clave de un solo uso", "código de un solo uso",
    "código de desbloqueo", "código de la alarma", "código de la puerta", "clave numérica",
    # entrances and key boxes, as delivery notes and rental messages name them
    "entry code", "keypad code", "lockbox code", "key box code", "buzzer code", "buzz",
    "building code", "garage code", "haustürcode", "haustür-code", "hauscode", "tor-code",
    "schlüsselbox-code", "code du portail", "code portail", "code de portail",
    "code immeuble", "code de l'entrée", "code interphone", "code de la boîte à clés",
    "digicode de l'immeuble", "digicode du bâtiment", "digicode de la résidence",
    "code d'accès", "code d'acces", "code de connexion", "code d'activation",
    "código de acceso", "codigo de acceso", "código de entrada", "código del garaje",
    "código de la caja de llaves", "código de inicio de sesión", "código sms",
    # Italian, Dutch and Portuguese
    "codice di verifica", "codice di accesso", "codice d'accesso", "codice di conferma",
    "codice di sicurezza", "codice otp", "codice pin", "codice monouso", "codice cancello",
    "codice del cancello", "codice portone", "codice del portone", "codice citofono",
    "codice della porta", "codice dell'allarme", "codice della cassetta",
    "verificatiecode", "bevestigingscode", "inlogcode", "beveiligingscode", "toegangscode",
    "eenmalige code", "pincode", "poortcode", "deurcode", "code van de poort",
    "code van de deur", "alarmcode", "code van het sleutelkastje",
    "código de verificação", "codigo de verificacao", "código de acesso", "codigo de acesso",
    "código de confirmação", "código de segurança", "código do portão", "código da porta",
    "código do alarme", "código do prédio", "código de uso único", "código da caixa",
    # "your code is 482913", as verification messages address the reader
    "your code", "ihr code", "dein code", "votre code", "ton code", "tu código", "su código",
    "il tuo codice", "il suo codice", "je code", "uw code", "o seu código", "o teu código",
    "seu código", "passcode", "one-time passcode", "sms code", "sms-code",
    # a PIN or an alarm's password named with what it opens, as SMS and voicemails say it
    # ("Ihr Einmal-PIN lautet ...", "de code van de garagedeur is ...", "a senha do alarme
    # é ...", "mi clave del banco es 4417")
    "einmal-pin", "sms-pin", "karten-pin", "tresor-pin", "safe-pin", "safe pin", "alarm-pin",
    "alarm pin", "tür-pin", "door pin", "fach-pin", "schließfach-pin", "abhol-pin",
    "locker pin", "code van de garage", "code van de garagedeur",
    "code van het alarm", "code van de kluis", "code van het hek", "code van de voordeur",
    "senha do alarme", "senha do portão", "senha da porta", "senha do cartão",
    "mi clave", "tu clave", "su clave", "clave del banco", "clave de la tarjeta",
    "clave del cajero", "clave de la alarma", "pin della carta", "pin del bancomat",
    "pin van de pas", "pin da conta",
    # a plain "code" with what it opens after it; safes
    "code for the door", "code for the gate", "code to the door", "code to the gate",
    "code for the alarm", "code for the garage", "code for the lockbox", "code for the safe",
    "safe code", "tresorcode", "code du coffre", "código de la caja fuerte",
    "codice della cassaforte", "kluiscode", "código do cofre", "codice di sblocco",
    "codice sblocco", "pin di sblocco", "ontgrendelcode", "código de desbloqueio",
)  # fmt: skip
TRIGGER = "secret:code_word"  # the engine's trigger name for where a code word starts
# What a voicemail's transcript holds between a verb and a code said ("the code is uh
# 4 4 1 9", "é, hum, 5 5 2 1").
FILLERS = ("uh", "um", "uhm", "erm", "äh", "ähm", "euh", "eh", "ehm", "hum")
# A code said in words, as a voicemail's transcript writes it ("the gate code is four eight
# two one"): four to eight digit words of the seven languages after the word.
DIGIT_WORDS = (
    "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "null", "eins", "zwei", "zwo", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
    "zéro", "un", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf",
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
    "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
    "nul", "een", "één", "twee", "drie", "vijf", "zes", "zeven", "negen",
    "um", "uma", "dois", "duas", "três", "quatro", "sete", "oito",
)  # fmt: skip
# Words that say a code did not work (the code before them is a real one).
FAILURES = (
    "doesn't work", "does not work", "didn't work", "not working", "isn't working",
    "won't open", "doesn't open", "funktioniert nicht", "geht nicht", "klappt nicht",
    "ne marche pas", "ne fonctionne pas", "marche pas", "no funciona", "no abre",
    "non funziona", "non va", "non apre", "werkt niet", "gaat niet open", "doet het niet",
    "não funciona", "não abre", "nao funciona", "nao abre",
)  # fmt: skip
