"""What the value of a password or a token looks like, apart from the words around it.

The rules that find a value after a password word (passwords.py), in an assignment
(credentials.py) or in a password column (secret_fields.py) share these checks, so that
"the password is incorrect" is prose everywhere and a UUID is never a token.
"""

from __future__ import annotations

import re

__all__ = [
    "CRYPT_ID", "answer_like", "looks_like_password", "lookup_key", "record_hash", "strong",
    "token_ok", "trim_value", "wifi_key",
]  # fmt: skip

# An identifier of a ticket or a build ("SUP-3390", "v4.2.0"), not a password.
_IDENTIFIER = re.compile(r"[A-Z]{2,10}-[0-9]{1,8}|v?[0-9]+(?:\.[0-9]+)+", re.IGNORECASE)
_DATE_OR_TIME = re.compile(r"[0-9]{1,4}(?:[./\-:][0-9]{1,4}){1,2}")
# The HTML elements a saved page puts around a label and its value ("<Tr1cky>" is none).
_TAG_NAMES = (
    r"(?:input|td|th|tr|table|tbody|div|span|label|b|strong|em|i|code|pre|dd|dt|dl|li|ul|p"
    r"|br|a|form|select|option|textarea|button|font|small|img|hr|h[1-6])"
)
# The opening of a crypt-style password hash ("$2b$10$...", "$6$...", Mosquitto's "$7$",
# "$argon2id$v=19$..."): a "$" that is no variable's, so the hash is judged as a value.
CRYPT_ID = r"(?:[0-9][a-z]?|apr1|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d{1,3})?)\$"
_CRYPT = re.compile(rf"\${CRYPT_ID}")
_PLACEHOLDER = re.compile(
    rf"(?:\$(?!{CRYPT_ID})\{{?|"
    r"\{\{|%\(|<[\w\-. ]*>$|\[[\w\-. ]*\]$|\*{3}|x{4}|\.\.\.|your[_\-]|"
    r"[a-z][a-z0-9+.\-]{0,20}://|//|www\.|\((?:sensitive|known)\b|!vault\b|"
    # a markup tag after a label ("Password: <input name=...>"): the value is in the tag
    rf"</?{_TAG_NAMES}$)",
    re.IGNORECASE,
)
_TRAILING = ".,;:"
_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}
_QUOTES = "\"'`"
_ESCAPES = ("\\n", "\\r", "\\t")  # escapes a JSON string (a notebook's line) ends with


# "Server=db;Password=P@ss1;Encrypt=true": the next pair of a connection or query string.
_NEXT_PAIR = re.compile(r"[,;&][ \t]*[A-Za-z_][\w \-]{0,30}=")


_TAG = re.compile(rf"</?{_TAG_NAMES}(?:[ \t/>]|\Z)", re.IGNORECASE)


def trim_value(value: str) -> str:
    """An unquoted ``value`` without a following "key=value" pair, the punctuation that ends
    its sentence, the bracket around it or a JSON string's escaped line end."""
    pair = _NEXT_PAIR.search(value)
    if pair is not None:
        value = value[: pair.start()]
    tag = _TAG.search(value) if "<" in value else None
    if tag is not None:  # a saved page's markup ("Key type</td><td>WPA2-PSK"): not the value
        value = value[: tag.start()]
    while value.endswith(_ESCAPES):  # a JSON string's line end ("... Nb!Pass2026\n")
        value = value[:-2]
    while value:
        last = value[-1]
        unbalanced = last in _PAIRS and value.count(_PAIRS[last]) < value.count(last)
        unquoted = last in _QUOTES and value.count(last) % 2 == 1  # 'echo "PW=Xy7"'
        if not (last in _TRAILING or unbalanced or unquoted):
            break
        value = value[:-1]
    return value


# A connection string's next pair whose name holds a blank ("Password=X;User ID=scott"):
# the unquoted value stops at the blank, before the "=" that ``trim_value`` looks for.
_SPACED_PAIR = re.compile(r"[ \t]*[A-Za-z_][\w\-]{0,20}[ \t][\w\- ]{0,20}=")


def cut_at_spaced_pair(text: str, start: int, value: str) -> str:
    """``value`` (at ``start`` of ``text``) without a ";" and the name of a following
    pair that holds a blank."""
    semi = value.find(";")
    if semi > 0 and _SPACED_PAIR.match(text, start + semi + 1) is not None:
        return value[:semi]
    return value


def looks_like_password(value: str, prose: bool) -> bool:
    """Whether ``value`` can be a password rather than a word of the sentence.

    In prose ("the password is incorrect", "Passwort: abgelaufen") a password holds a digit
    or a symbol; a date, a time, a number, a placeholder or a link is never one.
    """
    if len(value) < 6 or value.isdigit():
        return False
    if len(value) > 80 and not (len(value) <= 200 and _CRYPT.match(value)):  # an argon2 hash
        return False
    if _PLACEHOLDER.match(value) or _DATE_OR_TIME.fullmatch(value):
        return False
    if len(set(value)) < 3:  # "******", "xxxxxx"
        return False
    return not (prose and value.isalpha())


# A record's column that keeps the store's own hash of a password ("encrypted_password",
# "hashed_password"): a crypt hash there is the record's, not a credential set in a config.
_STORED_HASH_NAME = re.compile(r"(?:encrypted|hashed|crypted)[_\-. ]?\Z", re.IGNORECASE)


def record_hash(text: str, name_start: int, name_end: int) -> bool:
    """Whether the name at ``name_start:name_end`` of a crypt hash says a record holds it,
    not a config: a record's column ("encrypted_password", "hashed_password") or a JSON
    record's quoted key ('{"username":"x","password":"$2b$..."}'). A config's bare key
    (Node-RED's ``password: "$2b$..."``, Authelia's, AdGuard Home's) sets an account's
    hash, which opens the account to whoever cracks it: a secret."""
    if _STORED_HASH_NAME.search(text, max(0, name_start - 10), name_start):
        return True
    return text[name_start:name_end].rstrip()[-1:] in ('"', "'")


def answer_like(value: str) -> bool:
    """A chat answer that is a password rather than a word ("Checking...", "tomorrow!"):
    with a digit, or with a capital and a symbol inside it."""
    value = value.rstrip(".,;:!?")
    if not looks_like_password(value, prose=True):
        return False
    if any(c.isdigit() for c in value):
        return True
    return any(c.isupper() for c in value) and any(not c.isalnum() for c in value[:-1])


def strong(value: str) -> bool:
    """A value that no sentence word looks like, for the forms without a separator."""
    return answer_like(value) and _IDENTIFIER.fullmatch(value) is None


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


def token_ok(value: str) -> bool:
    """A token's value: random-looking (judged on its first 80 characters: a token may be
    longer than any password), and not a UUID (a request or a record id)."""
    return strong(value[:80]) and _UUID.fullmatch(value) is None


# Words that make a "key" a lookup key, whose value finds a record rather than opening a
# door ("cache miss key=9f2c...", "idempotency key: 4c1d...", "Partition-Key 7a0b...").
LOOKUP_KEYS = (
    "cache", "miss", "hit", "idempotency", "partition", "sort", "primary", "foreign", "object",
    "row", "dedup", "dedupe", "lookup", "routing", "hash", "composite", "unique", "index",
    "map", "dict", "storage", "s3", "bucket", "redis", "memcache", "shard",
)  # fmt: skip
_WORD_BEFORE = re.compile(r"[\s_\-.]*([a-z0-9]+)")


def lookup_key(low: str, pos: int) -> bool:
    """Whether the key word at ``pos`` of the lower-cased text is a lookup key: the word
    right before it is one of ``LOOKUP_KEYS``."""
    lo = pos - 24 if pos > 24 else 0
    m = _WORD_BEFORE.match(low[lo:pos][::-1])
    return m is not None and m.group(1)[::-1] in LOOKUP_KEYS


# A Wi-Fi network named before a key's word on its line ("WLAN Praxis mit Schlüssel X",
# "wifi Home, key: X"): the key is the network's password, not an API's random key.
_WIFI_BEFORE = re.compile(r"(?<![\w])(?:wi-?fi|wlan|ssid|wireless|wpa2?)(?![\w])")
_WIFI_REACH = 48


def wifi_key(low: str, pos: int) -> bool:
    """Whether the key word at ``pos`` of the lower-cased text follows a Wi-Fi network's
    word on its line (within ``_WIFI_REACH`` characters)."""
    line = low.rfind("\n", 0, pos) + 1
    return _WIFI_BEFORE.search(low, max(line, pos - _WIFI_REACH), pos) is not None
