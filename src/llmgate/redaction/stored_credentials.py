"""Credentials that apps and devices store under a name the assignment rules cannot read:
an attribute of the element, a sibling element, a device's own setting names.

- (Android's ``shared_prefs`` XML, ``<string name="refresh_token">X</string>``, is read by
  ``settings_secrets`` with the other settings named by an attribute.) A push service's
  token (``fcm_token``), a device's, an install's or an advertising id address a device and
  open nothing: they stay.
- PHP arrays: ``$cfg['Servers'][$i]['password'] = 'X';`` (the name in brackets).
- KeePass XML exports: ``<String><Key>Password</Key><Value ProtectInMemory="True">X</Value>``;
  the entry's ``<UUID>`` stays.
- Chrome's autofill table dumped with ``sqlite3 "Web Data" .dump``: ``INSERT INTO autofill
  VALUES('wachtwoord','X','x',...)``, a password typed into a plain field, with its lower
  case copy (``value_lower``), both the secret.
- LDIF: ``userPassword:: <base64>`` (or ``userPassword: <value>``), unless it is a hash
  with its scheme (``{SSHA}...``) as slapcat and directory exports print them.
- SNMP communities in printer, switch and NAS settings exports (``WriteCommunity=X``,
  ``snmp_set_community=X``, ``Comunidad SNMP de escritura: X``, ``community="X"``): a
  community is the password of SNMP v1/v2c, except the defaults ``public`` and ``private``
  every device ships with.

Rules as data (``FORMATS``): the literals one of which must occur (C-level finds on the
lower-cased text, the same on every engine path), the pattern whose group ``v`` is the
value, and the check the value must pass.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable

from llmgate.redaction.detectors import Span
from llmgate.redaction.password_values import looks_like_password, token_ok

__all__ = ["FORMATS", "stored_credentials"]

# A password's name, and a token's name, in a preference's key ("pref_password",
# "auth.session_token", "oauth_refresh_token", "smtpPassword", "api_key").
_PASSWORD_NAME = re.compile(r"(?:pass(?:word|wd|wort|phrase|code)?|pwd|pin|secret|kennwort)\b")
_TOKEN_NAME = re.compile(
    r"(?:access|refresh|auth|session|id|bearer|oauth|api)[_.\-]?(?:token|key|secret)"
    r"|(?<![a-z])token\Z|credential"
)
# Names that hold what addresses a device or describes a token, not what opens an account.
_PUBLIC_NAME = re.compile(
    r"fcm|firebase|gcm|push|apns|registration|device|install|instance|advertis|ad_id|"
    r"analytics|csrf|xsrf|expir|type|created|updated|last|count|hint|length|policy|_at\b|"
    r"remember|enabled|saved|show|has_"
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _pref_name_ok(name: str, value: str) -> bool:
    words = _CAMEL.sub("_", name).lower()  # "smtpPassword": "smtp_password"
    if _PUBLIC_NAME.search(words):
        return False
    if _PASSWORD_NAME.search(words.replace("_", " ").replace(".", " ")):
        return looks_like_password(value, prose=False)
    return _TOKEN_NAME.search(words) is not None and token_ok(value)


# A form field's name for a password in the seven languages.
_FIELD_PASSWORD = re.compile(
    r"pass(?:word|wd|wort|e)?\b|pwd|kennwort|mot[ _\-]?de[ _\-]?passe|mdp|contrase[ñn]a|clave"
    r"|wachtwoord|senha|palavra[ _\-]?passe|parola[ _\-]?d[ _\-']?ordine|passcode"
)


def _field_ok(name: str, value: str) -> bool:
    return _FIELD_PASSWORD.search(name.lower()) is not None and looks_like_password(value, False)


_DEFAULT_COMMUNITIES = frozenset(("public", "private"))


def _community_ok(name: str, value: str) -> bool:
    return value.lower() not in _DEFAULT_COMMUNITIES and len(value) >= 4


def _keepass_ok(name: str, value: str) -> bool:
    return len(value) >= 4 and _PASSWORD_NAME.search(name.lower()) is not None


# A hashed LDAP password names its scheme in braces ("{SSHA}", "{PBKDF2-SHA512}",
# "{CRYPT}$6$..."): a hash, which stays like the other hashes of an export.
_LDAP_SCHEME = re.compile(r"\{[A-Za-z0-9.\-]{2,24}\}")
_BASE64 = re.compile(r"[A-Za-z0-9+/]{4,400}={0,2}")


def _ldif_password_ok(name: str, value: str) -> bool:
    """An LDIF ``userPassword``: ``::`` gives it base64 (RFC 2849), ``:`` as it is; the
    value is the password unless it decodes to a scheme-tagged hash."""
    if name.endswith("::"):
        if _BASE64.fullmatch(value) is None or len(value) % 4:
            return False
        try:
            plain = base64.b64decode(value).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return True  # binary: the password itself, in some other encoding
    else:
        plain = value
    return len(plain) >= 4 and _LDAP_SCHEME.match(plain) is None


_Check = Callable[[str, str], bool]
FORMATS: tuple[tuple[tuple[str, ...], re.Pattern[str], _Check], ...] = (
    # (Android shared_prefs' <string name=...> elements: settings_secrets.py)
    # KeePass 2 XML: <Key>Password</Key> then the <Value> of the same <String>
    (
        ("<key>",),
        re.compile(
            r"<Key>(?P<n>[^<>\n]{1,60})</Key>\s{0,40}<Value(?:[ \t][^<>\n]{0,60})?>"
            r"(?P<v>[^<>\n]{1,400})</Value>"
        ),
        _keepass_ok,
    ),
    # PHP arrays (phpMyAdmin's config.inc.php, CodeIgniter): $cfg['Servers'][$i]['password']
    # = '...', $config['db_password'] = "..."
    (
        ("'] =", "']=", '"] =', '"]='),
        re.compile(
            r"\[[ \t]*(?P<k>[\"'])(?P<n>[\w.\-]{1,60})(?P=k)[ \t]*\][ \t]*=[ \t]*"
            r"(?P<q>[\"'])(?P<v>(?:(?!(?P=q))[^\n]){4,256})(?P=q)"
        ),
        _pref_name_ok,
    ),
    # Chrome's autofill table: name, value, value_lower (the copy is the secret too)
    (
        ("insert into autofill values(", 'insert into "autofill" values('),
        re.compile(
            r"(?i:INSERT INTO \"?autofill\"? VALUES)\('(?P<n>[^'\n]{1,60})',"
            r"'(?P<v>[^'\n]{1,200})','(?P<v2>[^'\n]{1,200})'"
        ),
        _field_ok,
    ),
    # LDIF (ldapsearch, slapcat, an LDAP export): "userPassword:: <base64>" or
    # "userPassword: <value>" at the start of a line
    (
        ("userpassword:",),
        re.compile(r"(?im)^(?P<n>userPassword::?)[ \t]*(?P<v>[^\s]{4,400})[ \t]*\r?$"),
        _ldif_password_ok,
    ),
    # SNMP communities: a setting's name that ends in "community", or the word in the
    # seven languages with SNMP beside it, then ":" or "=" (or an attribute's quotes)
    (
        ("community", "communaut", "comunidad", "comunità", "comunidade"),
        re.compile(
            r"(?i:(?P<n>[\w.\-]{0,40}community|snmp[ \t]community|(?:communaut[ée]|comunidad"
            r"|comunit[àa]|comunidade|community)[ \t](?:de[ \t]|da[ \t]|del[ \t])?snmp)"
            r"(?:[ \t](?:\(?[\w\-]{1,12}\)?[ \t]?){0,3})?)"
            r"[ \t]*[:=][ \t]*[\"']?(?P<v>[^\s\"'<>,;]{1,64})"
        ),
        _community_ok,
    ),
)


def stored_credentials(text: str, low: str) -> list[Span]:
    """SECRET spans of the ``FORMATS`` found in ``text`` (``low``: its lower case)."""
    out: list[Span] = []
    for gates, pattern, check in FORMATS:
        if not any(map(low.__contains__, gates)):
            continue
        if gates[0] == "community" and "snmp" not in low:
            continue  # a community without SNMP in the text is a group of people
        for m in pattern.finditer(text):
            if check(m.group("n"), m.group("v")):
                out.append(Span(m.start("v"), m.end("v"), "SECRET"))
                if "v2" in pattern.groupindex:
                    out.append(Span(m.start("v2"), m.end("v2"), "SECRET"))
    return out
