"""Credentials that machine configuration files name in their own syntax.

A ``.netrc`` writes ``machine <host> login <user> password <secret>`` with blanks and line
breaks as the only separators, so the assignment rules (``name=value``, ``name: value``)
never see the password; a Kubernetes ``kubernetes.io/dockerconfigjson`` secret holds the
whole registry login as base64 under the key ``.dockerconfigjson``, whose name carries no
password word; a ``.pgpass`` line is five fields apart by colons, the password last; a
``wp-config.php`` names it in a ``define``; ``redis.conf`` writes ``requirepass X``; SQL
``CREATE USER ... IDENTIFIED BY 'X'``; a capture's clear-text "FTP: PASS X"; an OpenVPN
static key between its markers; Cisco IOS's "secret 9 $9$..." and "snmp-server community
X". Each format is one row of ``CONFIG_VALUES``: the
literals one of which must occur (C-level finds, the same on every engine path) and the
pattern whose group ``v`` is the secret. A reference (``$NETRC_PASSWORD``, ``{{ ... }}``,
``%VAR%``) is no value; a crypt hash's "$9$" opening is none.
"""

from __future__ import annotations

import re

from llmgate.redaction.ci_credentials import ci_credentials
from llmgate.redaction.detectors import Span
from llmgate.redaction.remote_support import admin_pairs, unattended_passwords
from llmgate.redaction.stored_credentials import stored_credentials
from llmgate.redaction.unattend import unattend_secrets

__all__ = ["CONFIG_VALUES", "config_secrets"]

CONFIG_VALUES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # .netrc / _netrc: "machine HOST" (or "default" before a "login"), then "login",
    # "account" or "port" tokens, then "password", on one line or several
    (
        ("password",),
        re.compile(
            r"(?:^|(?<=\s))(?:machine[ \t]+\S{1,255}|default(?=\s{1,8}(?:login|account)\s))"
            r"(?:\s{1,8}(?:login|account|port)[ \t]+\S{1,255}){0,3}"
            r"\s{1,8}password[ \t]+(?P<v>\S{1,256})"
        ),
    ),
    # Kubernetes dockerconfigjson / dockercfg secrets (YAML or JSON): base64 of the login
    (
        (".docker",),
        re.compile(
            r"\.docker(?:configjson|cfg)[\"']?[ \t]*:[ \t]*[\"']?"
            r"(?P<v>[A-Za-z0-9+/]{16,8000}+={0,2})"
        ),
    ),
    # .pgpass: "hostname:port:database:username:password", one entry a line (where a usual
    # PostgreSQL port, a wildcard port or the file's name occurs)
    (
        (":5432:", ":5433:", ":6432:", ":*:", "pgpass"),
        re.compile(
            r"(?m)^[ \t]*[\w.\-]*[A-Za-z*][\w.\-]*:(?:[0-9]{1,5}|\*):[\w.\-*]{1,63}:"
            r"[\w.\-*@]{1,63}:(?P<v>(?:[^\s:\\]|\\.){4,128})[ \t]*\r?$"
        ),
    ),
    # PHP constants (wp-config.php): define('DB_PASSWORD', '...'), and its keys and salts
    # (not WP_CACHE_KEY_SALT, a cache's prefix such as the site's name)
    (
        ("define(", "define ("),
        re.compile(
            r"define[ \t]*\([ \t]*(?P<n>[\"'])(?!WP_CACHE_KEY_SALT)"
            r"\w{0,40}(?:PASSWORD|PASS|PWD|SECRET|_KEY|SALT|TOKEN)"
            r"(?P=n)[ \t]*,[ \t]*(?P<q>[\"'])(?P<v>(?:(?!(?P=q))[^\n]){4,256})(?P=q)"
        ),
    ),
    # redis.conf: "requirepass X", "masterauth X" (the setting and its value apart by
    # blanks); the same settings as flags of "redis-server --requirepass X" (compose files)
    (
        ("requirepass", "masterauth"),
        re.compile(
            r"(?m)(?:^[ \t]*|[ \t]--)(?:requirepass|masterauth)[ \t]+(?P<v>[^\s\"'-]\S{3,255})"
        ),
    ),
    # wpa_supplicant.conf: psk="X" (the Wi-Fi's passphrase, quoted; its 64 hex digits are
    # left to the key rules)
    (
        ("psk=", "psk ="),
        re.compile(r"(?m)^[ \t]*(?:wpa_)?psk[ \t]*=[ \t]*\"(?P<v>[^\"\n]{8,63})\""),
    ),
    # SQL: CREATE/ALTER USER (ROLE, LOGIN) ... IDENTIFIED BY 'X', quoted ("identified by"
    # is prose too)
    (
        ("IDENTIFIED", "identified"),
        re.compile(
            r"(?i:\b(?:user|role|login))[ \t][^;\n]{0,120}?(?i:identified)[ \t]+(?i:by)[ \t]+"
            r"(?:(?i:password)[ \t]+)?"
            r"(?P<q>[\"'`])(?P<v>(?:(?!(?P=q))[^\s;]){4,128})(?P=q)"
        ),
    ),
    # FTP, POP3 and IMAP logins in clear text, as tcpdump -A prints them ("FTP: PASS X"
    # after its protocol's label) or a session shows them (a "PASS X" line after "USER")
    (
        ("PASS ",),
        re.compile(
            r"(?m)(?:\b(?:FTP|POP3?|IMAP|SMTP):[ \t]+|^USER[ \t]+\S{1,64}\r?\n(?:[^\n]{0,200}\n)?)"
            r"PASS[ \t]+(?P<v>\S{4,256})"
        ),
    ),
    # PgBouncer's userlist.txt: '"user" "secret"' a line, the secret plain or a hash
    # (md5 and SCRAM verifiers log in as the password does); two quoted strings alone say
    # nothing elsewhere (an access log's referer and agent), so a plain one needs the name
    (
        ('" "md5', '" "SCRAM-SHA-256$'),
        re.compile(
            r"(?m)^[ \t]*\"[^\"\s]{1,63}\"[ \t]+"
            r"\"(?P<v>md5[0-9a-f]{32}|SCRAM-SHA-256\$[^\"\s]{20,400})\""
        ),
    ),
    (
        ("userlist", "pgbouncer", "PgBouncer"),
        re.compile(r"(?m)^[ \t]*\"[^\"\s]{1,63}\"[ \t]+\"(?P<v>[^\"\s]{4,256})\"[ \t]*\r?$"),
    ),
    # An OpenVPN client's inline <auth-user-pass> block: the user's line, then the password
    (
        ("<auth-user-pass>",),
        re.compile(
            r"<auth-user-pass>[ \t]*\r?\n[ \t]*[^\s<]\S{0,127}\r?\n[ \t]*(?P<v>[^\s<]\S{3,255})"
        ),
    ),
    # An OpenVPN static key (tls-auth, tls-crypt, secret): hex lines between its markers
    (
        ("OpenVPN Static key",),
        re.compile(
            r"-----BEGIN OpenVPN Static key V1-----\s{1,8}"
            r"(?P<v>[0-9a-fA-F]{16,64}(?:\s{1,4}[0-9a-fA-F]{16,64}){0,64})"
        ),
    ),
    # Cisco IOS: "enable secret 9 $9$...", "username X privilege 15 secret 9 ...", and
    # "snmp-server community X RO" (the community string is the SNMP password)
    (
        ("enable secret", "enable password", "username ", "snmp-server community"),
        re.compile(
            r"(?m)^[ \t]*(?:(?:enable|username[ \t]+\S{1,64}(?:[ \t]+privilege[ \t]+[0-9]{1,2})?)"
            r"[ \t]+(?:secret|password)[ \t]+(?:[0-9][ \t]+)?"
            r"|snmp-server[ \t]+community[ \t]+(?!public\b))(?P<v>\S{4,256})"
        ),
    ),
)
# A crypt-style hash ("$9$...", "$6$...", "$2b$...") opens with "$" too, yet is no reference.
# wp-config-sample.php's placeholder for each key and salt is none either.
_REFERENCE = re.compile(r"\$(?![0-9a-z]{1,2}\$)|[%<]|\{\{|put your unique phrase here")


def config_secrets(text: str) -> list[Span]:
    """SECRET spans of the ``CONFIG_VALUES`` formats found in ``text``, of answer files
    (``unattend``), of stored app and device settings (``stored_credentials``) and of a
    device's default administrator's pair (``remote_support``) and of CI/CD credential
    stores (``ci_credentials``)."""
    low = text.lower()
    out = unattend_secrets(text, low) + stored_credentials(text, low) + admin_pairs(text, low)
    out += ci_credentials(text, low)
    out += unattended_passwords(text, low) if len(low) == len(text) else []
    for gates, pattern in CONFIG_VALUES:
        if not any(map(text.__contains__, gates)):
            continue
        for m in pattern.finditer(text):
            value = m.group("v")
            if len(value) >= 4 and _REFERENCE.match(value) is None:
                out.append(Span(m.start("v"), m.end("v"), "SECRET"))
    return out
