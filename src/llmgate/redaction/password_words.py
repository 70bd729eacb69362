"""The word tables of the password rules (passwords.py), as data: the words for a
password, a token and a key in the four languages and in Italian, Dutch and Portuguese,
the login words of a ``user / password`` pair, and the verbs and leads that may stand
between a word and its value.
"""

from __future__ import annotations

__all__ = [
    "ADJECTIVES", "ANSWER_LEADS", "ARTICLES", "CONNECTORS", "FOR_NOWS", "KEY_WORDS", "LEADS",
    "LOGIN_WORDS", "PASSWORD_WORDS", "REQUESTS", "TOKEN_WORDS", "VERBS", "WIFI_KEY_WORDS",
]  # fmt: skip

# The words for a token or an API key: "the staging token is X", "le jeton de recette est
# X", "voici la clé API : X". Settings are called tokens too ("the token is valid for 2
# hours"), so their values must look random (``password_values.strong``), not only like a password.
# A bare "key" names many things ("key dates: ..."): only a long random value after it
# ("pasted the prod key 90b9f5...-us1", "here's the key we use: dp.st.R4oB...") is one.
KEY_WORDS = ("key", "clé", "schlüssel")
# ("API key", "clé API", "API-Schlüssel" end or start with a key word; "clave" is a
# password word.)
TOKEN_WORDS = ("token", "jeton", "apikey", *KEY_WORDS)
# A Wi-Fi key named as such is a password, however short ("WPA Key: Sonne!77"), even where
# the name starts with a key's word ("clé wi-fi").
WIFI_KEY_WORDS = (
    "pre-shared key", "preshared key", "network key", "wpa key", "wpa2 key", "wifi key",
    "wi-fi key", "wlan key", "wireless key", "wlan-schlüssel", "wlan schlüssel",
    "netzwerkschlüssel", "wpa-schlüssel", "clé wi-fi", "clé wifi", "clé wpa", "clé réseau",
    "clé de sécurité", "clave wifi", "clave wi-fi", "clave wpa", "chiave wifi",
    "chiave wi-fi", "chiave di rete", "chiave wpa", "wifi-sleutel", "wifi sleutel",
    "netwerksleutel", "chave wi-fi", "chave wifi", "chave de rede",
    "code wifi", "code wi-fi", "code du wifi", "wifi code", "wi-fi code", "wifi-code",
    "wlan-code", "código wifi", "código del wifi", "código do wifi", "codice wifi",
    "codice del wifi",
)  # fmt: skip
# The word for password in English, German, French and Spanish (lower case), and short
# forms people type in chats and tickets.
PASSWORD_WORDS = (
    "password", "passwort", "kennwort", "passcode", "passphrase", "pw", "pwd", "mot de passe",
    "mdp", "contraseña", "contrasena", "clave", "code d'accès", "code d'acces", "access code",
    "zugangscode", "código de acceso", "codigo de acceso", *TOKEN_WORDS,
    # Italian, Dutch and Portuguese
    "parola d'ordine", "parola chiave", "codice di accesso", "codice d'accesso", "wachtwoord",
    "toegangscode", "senha", "palavra-passe", "palavra passe", "código de acesso",
    "codigo de acesso", "ww",
    # Zoom's German for the meeting passcode ("Meeting-ID 871 ..., Kenncode 660182")
    "kenncode",
    # a one-time or first password in one German word ("Ihr Einmalpasswort lautet X")
    "einmalpasswort", "einmal-passwort", "initialpasswort", "startpasswort",
    *WIFI_KEY_WORDS,
)  # fmt: skip
# The words that introduce a login before its password ("Zugang: jschmidt / Hund&Katze77").
LOGIN_WORDS = (
    "login", "user", "username", "benutzer", "benutzername", "zugang", "zugangsdaten",
    "identifiant", "utilisateur", "accès", "acces", "usuario", "acceso", "account", "konto",
    "credentials", "access", "anmeldung", "connexion", "creds", "compte", "cuenta",
    "utente", "nome utente", "accesso", "gebruiker", "gebruikersnaam", "toegang",
    "utilizador", "usuário", "nome de usuário", "nome de utilizador", "acesso", "conta",
    "credenziali", "inloggegevens", "credenciais",
)  # fmt: skip
# What may stand between the password word and its value: a colon or an equals sign, or the
# verb of "the password is ..." in the four languages.
VERBS = (
    "is", "was", "ist", "lautet", "est", "es", "sera", "será", "c'est", "c\u2019est", "to", "auf",
    "would be", "will be", "wäre", "serait", "sería", "was changed to", "changed to", "set to",
    "reset to", "updated to", "geändert auf", "geändert in", "changé en", "changé pour",
    "cambiada a", "cambiado a", "war", "fue", "était", "etait",
    # Italian, Dutch and Portuguese ("la password è X", "het wachtwoord is X", "a senha é X")
    "è", "e'", "era", "sarà", "cambiata in", "wordt", "werd", "é", "foi", "alterada para",
    "mudada para",
    # a call's notes: "read back the password as X"
    "as",
    # changed to, in Dutch, Italian and Portuguese ("je wachtwoord is gewijzigd in X")
    "is veranderd naar", "is veranderd in", "is gewijzigd in", "is gewijzigd naar",
    "veranderd naar", "gewijzigd in", "ingesteld op", "is ingesteld op", "modificata in",
    "impostata su", "reimpostata a", "è stata cambiata in", "redefinida para",
    "foi alterada para",
    # a remote-support tool's unattended-access password "set to" in the seven languages
    "gesetzt auf", "défini sur", "définie sur", "défini à", "mis à", "establecida en",
    "establecida como", "configurada como", "impostata a", "impostata come", "impostato a",
    "definida como", "definida para", "definido como", "configurada para",
    # "left the router's password at X": "to" and "as" in the other languages
    "quedó en", "quedó como", "remis à", "remise à", "réglé sur", "a", "à", "como", "come",
    "comme",
)  # fmt: skip
# Words between the separator and the value: "is now X", "ist jetzt X", ": maintenant c'est
# X", "es ahora X", a chat's "it's X".
LEADS = (
    "now", "still", "just", "simply", "it's", "it\u2019s", "it is", "jetzt", "nun", "noch",
    "es ist", "ist", "maintenant", "désormais", "toujours", "c'est", "c\u2019est", "ahora",
    "ya", "sigue", "es", "übrigens", "eigentlich", "aktuell", "btw", "actually", "currently",
    "d'ailleurs", "actuellement", "por cierto", "actualmente",
    "ora", "adesso", "nu", "agora", "ainda",
)  # fmt: skip
# How a chat answer may start before the value: "sure: X", "klar, X", "oui, c'est X".
ANSWER_LEADS = (
    *LEADS, "sure", "yes", "yep", "ok", "okay", "here", "here you go", "klar", "ja", "hier",
    "bitte", "oui", "ouais", "voilà", "voila", "voici", "tiens", "sí", "si", "claro", "vale",
    "aquí", "aqui", "toma", "i think", "it was", "ich glaube", "es war", "je crois que",
    "je pense que", "c'était", "creo que", "era",
    # "use X", "nimm X", "utilise X", "prueba X": an answer that tells what to type
    "use", "try", "type", "enter", "nimm", "probier", "versuch's", "versuchs", "gib ein",
    "utilise", "essaie", "essaye", "tape", "prends", "usa", "prueba", "pon", "escribe",
    # "temp one was X", "the new one is X": the answer names the password it replaces
    "temp one was", "temp one is", "the temp one is", "old one was", "the old one was",
    "new one is", "the new one is", "current one is", "the current one is",
    # "le voici : X", "here it is: X"; a greeting first ("Bonjour ! Le voici : X")
    "here it is", "le voici", "la voici", "aquí la tienes", "aquí está", "eccola", "ecco",
    "hier is het", "hier is ie", "aqui está", "aqui vai", "hello", "hi", "hey", "bonjour",
    "hallo", "hola", "buenas", "ciao", "buongiorno", "hoi", "olá", "ola", "bom dia",
    # Italian, Dutch and Portuguese answers
    "è", "e'", "sì", "certo", "credo", "penso", "prova", "het is", "dat is", "ik denk",
    "probeer", "gebruik", "é", "sim", "acho que", "penso que", "tenta", "experimenta",
)  # fmt: skip
# What a chat answer may end with after its token.
FOR_NOWS = (
    "for now", "for the moment", "for the time being", "vorerst", "erstmal", "fürs erste",
    "pour l'instant", "pour le moment", "por ahora", "de momento", "por el momento",
)  # fmt: skip
# The words of a short request for a password without a question mark ("need the wifi pw
# pls", "schick mir bitte das Passwort"): the next lines may answer it.
REQUESTS = (
    "pls", "plz", "please", "need", "send", "give", "share", "bitte", "brauche", "schick",
    "gib", "stp", "svp", "besoin", "envoie", "donne", "por favor", "necesito", "manda",
    "pasa", "dame", "per favore", "mandami", "dammi", "serve", "graag", "stuur", "aub",
    "alsjeblieft", "envia", "preciso",
)  # fmt: skip
# Between a password word and its value right after it: "password new X".
ADJECTIVES = (
    "api", "new", "temporary", "initial", "neues", "neue", "temporäres", "initiales", "nouveau",
    "temporaire", "provisoire", "nueva", "temporal", "provisional",
    # a remote-support tool's fixed password ("mot de passe personnel X", "senha permanente X")
    "personal", "personnel", "persönliches", "personale", "persoonlijk", "pessoal",
    "permanent", "permanente", "fixe", "fijo", "fisso", "fixo",
)  # fmt: skip
# "use X as the password", "X ist das neue Passwort": the connector and the articles
# between a value and the word after it.
CONNECTORS = ("as", "als", "comme", "como", "is", "ist", "est", "es", "was", "war", "era")
ARTICLES = (
    "the", "your", "our", "my", "new", "das", "dein", "ihr", "unser", "neue", "neues", "le",
    "ton", "votre", "notre", "nouveau", "la", "tu", "su", "nuestra", "nueva",
)  # fmt: skip
