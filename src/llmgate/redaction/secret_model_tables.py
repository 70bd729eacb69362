"""The SECRET model's word lists and shapes, as data (``secret_model.py`` reads them).

Each table names what a token or the words around it can read as; the model's weights
(``secret_model.json.gz``) say how much each reading counts. Changing a table changes the
features, so the weights must be retrained (``tools/train_secret_model.py``).
"""

from __future__ import annotations

import re

__all__ = ["CUES", "LOOKS", "NO_VALUE", "PREFIXED", "PUBLIC_PREFIX", "SECRET_PREFIX"]

LOOKS = (
    # What a value that is not a credential reads as: a password hash, a key fingerprint, a
    # locale, a constant or placeholder name, a vault or repository path, a generated pod or
    # container name. Each its own feature, so that the model can weigh it against a cue.
    ("pwhash", re.compile(r"\$(?:2[abxy]?|1|5|6|apr1|argon2\w*|pbkdf2[\w\-]*)\$\S{8,}")),
    (
        "fprint",
        re.compile(r"(?:SHA256|SHA1|MD5):[A-Za-z0-9+/=]{16,}|(?:[0-9A-F]{2}:){15,}[0-9A-F]{2}"),
    ),
    ("locale", re.compile(r"[a-z]{2}_[A-Z]{2}(?:\.[\w\-]+)?")),
    ("const", re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")),
    ("relpath", re.compile(r"[\w.\-]+(?:/[\w.\-]+){2,}/?")),
    ("pod", re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[a-f0-9]{8,10}-[a-z0-9]{5}")),
    ("uuid", re.compile(r"[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}", re.IGNORECASE)),
    ("hex", re.compile(r"(?:0x)?[0-9a-f]{7,}", re.IGNORECASE)),
    ("ver", re.compile(r"[vV]?\d+(?:\.\d+){1,3}(?:[\-+.][\w.]+)?")),
    ("date", re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}(?:[T ]\d.*)?")),
    ("time", re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?")),
    ("num", re.compile(r"[+\-]?[\d.,' ]*\d[%€$£]?|[€$£][\d.,]+")),
    ("ip", re.compile(r"\d{1,3}(?:\.\d{1,3}){3}(?:[:/]\d+)?")),
    ("mac", re.compile(r"(?:\w+=)?[0-9a-f]{2}(?:[:\-][0-9a-f]{2}){5}", re.IGNORECASE)),
    ("mdate", re.compile(r"\d{1,2}[\-. /][^\W\d_]{3,9}\.?[\-. /]\d{2,4}")),
    ("placeholder", re.compile(r"\$\{?\w+\}?|\{\{.*\}\}|<[^<>]+>|%\w+%|\*{3,}|[xX•]{4,}")),
    ("ident", re.compile(r"[A-Z]{1,6}[\-_#]?\d[\d\-]*")),
    ("path", re.compile(r"(?:[~.]?/|[A-Za-z]:\\|\\\\)[^/\\]*(?:[/\\][^/\\]*)+")),
    ("dotted", re.compile(r"[a-z][\w\-]*(?:\.[a-z][\w\-]*)+", re.IGNORECASE)),
    ("wordnum", re.compile(r"[A-Za-z]+[\-_]?\d{1,4}")),
    ("word", re.compile(r"[^\W\d_]+(?:[\-'][^\W\d_]+)*")),
)
# Password words (stems) of the four languages: near a token they make it a candidate
# whatever its shape, and the model sees which one.
CUES = (
    ("pass", re.compile(r"pass|pwd?$|passw|kennw|contrase|mdp$|clave|senha")),
    ("pin", re.compile(r"pin$|pins$|puk$|tan$|otp$")),
    ("code", re.compile(r"code|c[oó]digo|zugangs|acc[eè]s|acceso|zugriff")),
    ("token", re.compile(r"token|jeton|secret|geheim|secreto|cred|apikey|bearer")),
    ("key", re.compile(r"key$|keys$|schl[uü]ssel|cl[eé]$|llave")),
    ("user", re.compile(r"login|user|benutzer|utilisateur|usuario|account|konto|compte|cuenta")),
    # Words before a value that is not a credential: a reference, a postcode, a version.
    (
        "ref",
        re.compile(
            r"postal|^zip|^plz|ville|city|ort$|order|bestell|invoice|rechnung|"
            r"factur|commande|pedido|ticket|version|build|commit|sha$|hash|region|"
            r"^id$|^ref|serial|serie|model|modell|modelo|sku|tracking|sendung"
        ),
    ),
    # Words before a configuration value: where it runs, what it is called, what it names.
    (
        "cfg",
        re.compile(
            r"bucket|region|zone|host|image|^tag$|path|queue|topic|namespace|cluster|locale|"
            r"^lang$|^env$|environ|stage|finger|digest|checksum|etag|uuid|guid|tenant|public|"
            r"publish|name$|nombre|^nom$|naam|^role$|^rol$|level|format|type$|mode$|algorithm"
        ),
    ),
)
# Prefixes (``prefix_rest``) of identifiers that are public by design (the object IDs of
# payment and commerce APIs), and of keys that are secret by design. Publishable keys
# (``pk_``) are in neither: public, but labeled SECRET by the development set.
PUBLIC_PREFIX = frozenset({
    "pub", "cus", "pi", "ch", "in", "sub", "evt", "we", "acct", "req", "tr", "ord", "prod",
    "price", "txn", "po", "src", "seti", "pm", "py", "re", "kid", "id", "uid", "usr", "key",
})  # fmt: skip
SECRET_PREFIX = frozenset({
    "sk", "rk", "whsec", "ghp", "gho", "ghs", "ghu", "glpat", "xoxb", "xoxp", "npm", "pypi",
    "ak", "prt",
})  # fmt: skip
PREFIXED = re.compile(r"([a-z]{2,6})_(?:(?:live|test)_)?[A-Za-z0-9]{6,}")
# Tokens that hold no value: a mask ("********", "xxxx"), a template variable ("${DB_PASS}",
# "{{ db_password }}", "%API_KEY%", "${{ secrets.X }}"), a description in angle brackets
# ("<your-password>"). No credential is written so, and a cue right before them is common.
NO_VALUE = re.compile(
    r"([*•●xX#])\1{3,}|\$\{\{?[^{}]*\}\}?|\$[A-Z_][A-Z0-9_]*|\{\{[^{}]*\}\}|%[A-Za-z_]\w*%|"
    r"<[a-z][a-z0-9_\- ]*>"
)
