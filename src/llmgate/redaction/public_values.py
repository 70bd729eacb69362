"""Values beside a secret's words that are public: a WireGuard peer's public key, an SSH
host key's fingerprint, a certificate's fingerprint, a checksum, a key's id.

"PublicKey = WGQF...=" in a WireGuard ``[Peer]`` section, "my WireGuard public key:
nFvc...=", "ED25519 key fingerprint is SHA256:vF9W...", "GPG key ID: 0x9C1B..." hold the
word "key" and a long random value, so the rules that find tokens after a key's word
(``credentials``, ``passwords``) take them; yet they are made to be shared, and masking
them hides what a reader needs (which peer, which host). The ``PrivateKey`` of the same
file, a ``PresharedKey`` and "private_key:" stay secrets.

One check over the SECRET detector's findings, on the text alone (the same on every engine
path): a finding is dropped when its value has the shape of a fingerprint (or is a Windows
setup pass's name, a product key: ``unattend``, or a Windows command's switch), or when the
last cue before it on its line is a public one (``PUBLIC_CUES``) rather than a secret's
(``SECRET_CUES``). Findings of a vendor's prefixed key (``AKIA...`` after "access key id")
are kept: their prefix says what they are, unless a CSRF token's name stands before them
(``CSRF_CUES``: Laravel's XSRF-TOKEN is an encrypted "eyJ...", yet opens no account).
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span, longest_first
from llmgate.redaction.unattend import public_value

__all__ = ["CSRF_CUES", "PUBLIC_BLOBS", "PUBLIC_CUES", "SECRET_CUES", "drop_public"]

# A form's or a request's CSRF token and nonce: sent in every page, they open no account,
# whatever their shape (Laravel's XSRF-TOKEN is an encrypted "eyJ...", a vendor's prefix).
CSRF_CUES = (
    "csrftoken", "csrf_token", "csrf-token", "csrf token", "xsrf-token", "xsrf_token",
    "xsrftoken", "csrfmiddlewaretoken", "verificationtoken", "authenticity_token",
    "anti-forgery", "antiforgery", "token csrf", "jeton csrf", "nonce",
)  # fmt: skip
# The words before a public value (lower case), in the seven languages.
PUBLIC_CUES = (
    "public key", "publickey", "public_key", "public-key", "pubkey", "pub key", "pub_key",
    "peer", "fingerprint", "finger print", "host key", "hostkey", "key id", "keyid", "key_id",
    "key-id", "checksum", "check sum", "sha256sum", "sha1sum", "md5sum", "sha-256", "sha256",
    "sha-1", "digest", "thumbprint",
    # an assembly's strong-name token (unattend.xml's publicKeyToken="31bf3856ad364e35"),
    # a Windows product key, a push service's device token (it addresses, never opens)
    "publickeytoken", "public key token", "product key", "productkey", "product_key",
    "produktschlüssel", "clé de produit", "clé produit", "clave de producto",
    "chiave prodotto", "chiave del prodotto", "productsleutel", "chave do produto",
    "chave de produto", "fcm_token", "fcmtoken", "fcm token", "firebase_token", "push_token",
    "pushtoken", "push token", "pushdevicetoken", "apns_token", "apnstoken", "gcm_token",
    "registration_id", "registrationid",
    # a Mailgun event's stored-message key ("storage": {"key": ..., "url": ...}): it names
    # the stored copy, fetched only with the account's API key
    '"storage":{"key"', '"storage": {"key"',
    # RADIUS's per-packet HMAC ("Message-Authenticator = 0x..."): a check, not a key
    "message-authenticator", "message_authenticator",
    # an iOS keychain access group (team id and bundle id), named with "key"
    "accessgroup", "access-group", "access_group",
    # a kubeconfig's or a TLS secret's certificates (the client key beside them stays one)
    "certificate-authority-data", "client-certificate-data", "ca.crt", "tls.crt", "ca-cert",
    "ca_cert", "cacert", "ca-bundle", "ca_bundle",
    "öffentlicher schlüssel", "öffentliche schlüssel", "öffentlichen schlüssel",
    "fingerabdruck", "prüfsumme", "schlüssel-id",
    "clé publique", "cle publique", "empreinte", "somme de contrôle", "identifiant de clé",
    "clave pública", "clave publica", "huella", "suma de comprobación",
    "chiave pubblica", "impronta", "somma di controllo",
    "publieke sleutel", "openbare sleutel", "vingerafdruk", "controlesom",
    "chave pública", "chave publica", "impressão digital", "soma de verificação",
    *CSRF_CUES,
)  # fmt: skip
# The words that name a secret: the nearest cue decides ("public_key=A private_key=B").
SECRET_CUES = (
    "private", "privat", "privé", "privada", "privata", "privado", "priv_", "preshared",
    "secret", "geheim", "pass", "pwd", "wachtwoord", "kennwort", "senha", "contraseña",
    "mot de passe", "mdp", "token", "jeton", "pin",
    # a session cookie after a CSRF token on a request's Cookie line
    "session", "sid=",
)  # fmt: skip
# An X.509 certificate's DER in base64 (no PEM lines): SEQUENCE, SEQUENCE, then the
# explicit version [0] and INTEGER ("MIIDdzCCAl+gAwIBAgI..."); a private key opens otherwise.
_DER_CERTIFICATE = re.compile(r"MII[A-Za-z0-9+/]{2,3}CCA[A-Za-z0-9+/]{2,3}gAwIBAgI")
_CUE = re.compile(longest_first(PUBLIC_CUES + SECRET_CUES))
_PUBLIC = frozenset(PUBLIC_CUES)
_CSRF = frozenset(CSRF_CUES)
# A fingerprint written as one: OpenSSH's "SHA256:<base64>" / "MD5:<hex pairs>", and hex
# bytes apart by colons (a certificate's SHA-1 or SHA-256 fingerprint).
_FINGERPRINT = re.compile(
    r"(?:SHA256|SHA384|SHA512|SHA1|MD5):[A-Za-z0-9+/:=]{16,}"
    r"|(?:[0-9A-Fa-f]{2}:){15,63}[0-9A-Fa-f]{2}"
)
# Base64 that decodes to a PEM certificate's or public key's first line ("-----BEGIN
# CERTIFICATE", "-----BEGIN PUBLIC KEY"), and OpenSSH public key blobs ("ssh-rsa",
# "ssh-ed25519", "ecdsa-sha2-..."): public whatever word stands before them.
PUBLIC_BLOBS = (
    "LS0tLS1CRUdJTiBDRVJUSUZJQ0FU", "LS0tLS1CRUdJTiBQVUJMSUMgS0VZ",
    "LS0tLS1CRUdJTiBSU0EgUFVCTElDIEtFWS", "LS0tLS1CRUdJTiBUUlVTVEVEIENFUlRJRklDQVRF",
    "AAAAB3NzaC1yc2E", "AAAAC3NzaC1lZDI1NTE5", "AAAAE2VjZHNhLXNoYTItbmlzdHA",
)  # fmt: skip
_REACH = 80  # characters before a finding, on its line, that its cue may stand in
# A Windows command's switch after a user name ("net user kiosk /passwordreq:yes", "net
# user Administrator /active:yes", "/add" in an answer file's FirstLogonCommands, its
# closing tags glued to it): no password.
# An XML attribute's name taken as a value ("<Password wcm:action="add">": a prose rule
# reads "Password wcm: action="): no value at all.
_ATTRIBUTE = re.compile(r"[A-Za-z][\w\-]{0,30}=")
_SWITCH = re.compile(r"[a-z]{2,20}(?::[\w*]{1,20})?(?:</?[\w:]{1,40}>){0,6}")


def drop_public(text: str, spans: list[Span], prefixes: tuple[str, ...]) -> list[Span]:
    """``spans`` less the public values (a fingerprint's shape, or a public cue last before
    them on their line); ``prefixes``: the vendor keys' prefixes, kept whatever precedes."""
    if not spans:
        return spans
    out: list[Span] = []
    public: set[str] = set()  # values a public cue names: their repeats are public too
    for span in spans:
        value = text[span.start : span.end]
        if (
            _FINGERPRINT.fullmatch(value) is not None
            or value.startswith(PUBLIC_BLOBS)
            or _DER_CERTIFICATE.match(value) is not None
            or public_value(value)
            or (text[span.start - 2 : span.start] in (" /", "\t/") and _SWITCH.fullmatch(value))
            or (text[span.end : span.end + 1] in ("'", '"') and _ATTRIBUTE.fullmatch(value))
        ):
            continue
        cue = _last_cue(text, span.start)
        if cue in _CSRF or (cue in _PUBLIC and not value.startswith(prefixes)):
            public.add(value)
            continue
        out.append(span)
    return [s for s in out if text[s.start : s.end] not in public] if public else out


def _last_cue(text: str, start: int) -> str | None:
    """The last cue before ``start`` on its line, if any."""
    line = text.rfind("\n", 0, start) + 1
    window = text[max(line, start - _REACH) : start].lower()
    last = None
    for m in _CUE.finditer(window):
        last = m.group()
    return last
