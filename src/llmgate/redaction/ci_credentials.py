"""Secrets in CI/CD credential stores and their dumps, and the values beside them that stay.

A Jenkins administrator who lists the stored credentials runs a Groovy loop in the script
console (``CredentialsProvider.lookupCredentials(...)``, ``SystemCredentialsProvider
.getInstance().getCredentials()``) and pastes what it printed: one record a line, fields
apart by ``|``, tabs, ``;`` or blanks, the password or secret last, with no name assigned
to it; or the answer of ``hudson.util.Secret.decrypt(...)`` on the line below. The
encrypted forms are secrets too: Jenkins' ``{AQAAABAAAAAQ...}`` (credentials.xml,
config.xml) opens with ``Secret.decrypt`` on the instance, and a JENKINS_HOME backup
carries ``secrets/master.key`` beside it; Bamboo's ``BAMSCRT@0@0@...`` and TeamCity's
``zxx...`` scrambles are the same kind (TeamCity's is reversible without any key).
Other CI stores name the secret in a record of their own: GitLab's variables API
(``"key": "NEXUS_PASSWORD", "value": "..."``), TeamCity's parameters (``<param
name="env.DEPLOY_PASSWORD" value="..."``, ``{"name": ..., "value": ...}``), the
command lines that set one (``gh secret set NAME --body X``, ``echo X | gh secret set``,
``drone secret add --data X``, ``circleci context store-secret ... <<< X``), an
installer's first admin password (``cat /nexus-data/admin.password``), a Nexus user
token's name code beside its pass code, the value a sentence says a printed secret gave
(``"println(d.smtpPassword)" gibt X aus``).

What stays (``drop_ci_decoys``, over every SECRET finding): a GPG key id or fingerprint
where a GPG word stands on its line, a masked value (``****``, ``xxxx0c2a``), the name of
a secret where its value would be (``passwordVariable: 'NX_PASS'``, ``from_secret:
docker_password``, Groovy's ``it.secret``), a credential id (``credentialsId: 'deploy'``),
a TeamCity ``credentialsJSON:`` reference, a ``host:port``.

Rules as data (tables of literals and shapes); each runs only where its literal occurs
(C-level finds, the same on every engine path) and every pattern is a bounded run.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.dump_secrets import field_kind, value_ok
from llmgate.redaction.password_values import looks_like_password, strong

__all__ = ["ci_credentials", "drop_ci_decoys"]

# Encrypted or scrambled values that their own server turns back into the secret:
# (literal that must occur, pattern whose group 0 is the value)
ENCRYPTED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("{AQAAAB", re.compile(r"\{AQAAAB[A-Za-z0-9+/]{20,4000}+={0,2}\}")),  # Jenkins Secret
    ("BAMSCRT@", re.compile(r"BAMSCRT@[0-9]@[0-9]@[A-Za-z0-9+/=]{16,4000}+")),  # Bamboo
    ("zxx", re.compile(r"(?<![\w])zxx[0-9a-f]{30,400}+(?![\w])")),  # TeamCity scramble
)
# Words of a Jenkins credentials dump: a record line of the text may end with the secret.
JENKINS_CUES = (
    "CredentialsImpl", "lookupCredentials", "getCredentials", "CredentialsProvider",
    "SSHUserPrivateKey",
)  # fmt: skip
_JENKINS_LOWER = tuple(cue.lower() for cue in JENKINS_CUES)
# Labels of a dump's secret field that the assignment rules leave (a word that is also
# prose: "geheim", "pass"), read only in a credentials dump; seven languages.
_DUMP_FIELD = re.compile(
    r"(?i:(?<![\w.\-])(?:segredo|secreto|segreto|geheimnis|geheim|pass|jeton|passe)"
    r"(?![\w\-]))[ \t]*[:=][ \t]*(?P<v>[^\s,;|\])\"']{6,256})"
)
_DUMP_WORDS = ("credential", "credenci", "credenzi", "zugangsdaten", *_JENKINS_LOWER)
# A line of the script itself (code), not of its output.
_CODE_MARKS = ("println", "def ", "${", '+ "', "+ '", ".each", "forEach", "instanceof", "(c ")
# A record's fields: apart by "|", a tab, ";" or two blanks, the last one a single token.
_RECORD_SEP = re.compile(r"[ \t]*(?:\||\t|;|[ \t]{2,}| / )[ \t]*")
_LAST_TOKEN = re.compile(r"(?:^|[ \t|;/])(?P<v>[^\s|;]{6,128})[ \t|]*\r?$", re.MULTILINE)
# Java's default toString ("...Impl@5e1f7a3c"), a package name, a path, a link, an
# e-mail address, a hex digest (a commit, a hash code), a number or a version.
_NOT_RECORD_VALUE = re.compile(
    r".*(?:@[0-9a-f]{6,8}\]?|Impl\b|\bcom\.|\borg\.|hudson\.|://)|[/~.]|.*@[\w\-]+\.[a-z]"
    r"|[0-9a-fA-F]{6,64}\Z|#?[0-9][0-9.\-]*\Z"
)
# A decrypting expression; its answer stands on one of the next lines ("Result: X", "X").
_DECRYPTS = ("Secret.decrypt(", "getPlainText()", ".plainText")
_PRINTED = re.compile(
    r"\bprint(?:ln)?[ \t(]+[^\n]{0,200}?\.(?P<n>\w{2,60})\)?[ \t]*\r?$", re.MULTILINE
)
# A sentence that says what a quoted expression printed: "'...smtpPassword)' gibt X aus".
_PRINTS_VERB = re.compile(
    r"\.(?P<n>\w{2,60})\)?[\"'`]?[ \t]+(?:returns|prints|gives|gibt|liefert|renvoie|affiche|"
    r"donne|devuelve|imprime|restituisce|stampa|geeft|retorna|devolve|mostra)[ \t]*:?[ \t]*"
    r"(?P<v>[^\s\"'`]{6,128})"
)
_ANSWER_LINE = re.compile(r"[ \t]*(?:Result:[ \t]*)?(?P<v>[^\s]{6,256})[ \t]*\r?$")
# Groovy's printed list of lists: "Result: [[id, description, secret], [...]]"
_RESULT_LISTS = re.compile(r"Result:[ \t]*\[(?P<body>\[[^\n]{1,4000})\]")
_INNER_LIST = re.compile(r"\[(?P<items>[^\[\]\n]{1,600})\]")
# A store's record: the secret's name under "key" or "name", its value under "value".
_NAME_VALUE = re.compile(
    r"(?:\"(?:key|name)\"[ \t]*:[ \t]*\"(?P<jn>[^\"\n]{1,80})\"[ \t]*,[^{}\[\]]{0,80}?"
    r"\"value\"[ \t]*:[ \t]*\"(?P<jv>[^\"\n]{1,400})\""
    r"|\bname=\"(?P<xn>[^\"\n]{1,80})\"[ \t]+value=\"(?P<xv>[^\"\n]{1,400})\""
    r"|\bkey=(?P<pn>[\w.\-]{1,80})[ \t]+value=(?P<pv>[^\s\"']{1,400}))"
)
# Command lines that store a secret: (literal that must occur, pattern with group "v")
_Q = (
    r"(?:\"(?P<dq>[^\"\n]{4,256})\"|'(?P<sq>[^'\n]{4,256})'|(?P<bv>[^\s\"'|;&-][^\s\"'|;&]{3,255}))"
)
_ARGS = r"\b[^\n|;&]{0,200}?"  # the rest of the command before the value's flag
_FLAG = r"(?:=|[ \t]+)"
SETTERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # gh secret set NAME --body X (or -b X), glab variable set NAME --value X
    ("secret set", re.compile(rf"\bgh[ \t]+secret[ \t]+set{_ARGS}(?:--body|-b){_FLAG}{_Q}")),
    ("variable set", re.compile(rf"\bglab[ \t]+variable[ \t]+set{_ARGS}(?:--value|-v){_FLAG}{_Q}")),
    # echo X | gh secret set NAME (the value from a pipe)
    (
        "secret set",
        re.compile(
            rf"\b(?:echo|printf)(?:[ \t]+-n)?[ \t]+{_Q}[ \t]*\|[ \t]*gh[ \t]+secret[ \t]+set\b"
        ),
    ),
    # drone secret add|update ... --data X
    (
        "drone secret",
        re.compile(
            rf"\bdrone[ \t]+(?:orgsecret|secret)[ \t]+(?:add|update){_ARGS}--data{_FLAG}{_Q}"
        ),
    ),
    # circleci context store-secret ORG CTX NAME <<< X
    ("store-secret", re.compile(rf"\bstore-secret\b[^\n|;&<]{{0,200}}<<<[ \t]*{_Q}")),
)
# An installer's first admin password, printed by "cat" on the next line (the shell's
# prompt may follow it on the same line: the file has no line end).
_FIRST_ADMIN = re.compile(
    r"\bcat[ \t]+[^\s]{0,120}(?:admin\.password|initialAdminPassword)[ \t]*\r?\n"
    r"(?P<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}(?![0-9a-f])"
    r"|[^\s]{6,128})"
)
# A Nexus user token: the name code is the token's first half when a pass code follows.
_NAME_CODE = re.compile(
    r"(?i:name[ \-]?code)[ \t]*[:=][ \t]*(?P<v>[A-Za-z0-9]{6,20})[ \t]*\r?\n"
    r"[^\n]{0,20}(?i:pass[ \-]?code)"
)


def _value(m: re.Match[str]) -> tuple[int, int]:
    group = "dq" if m.group("dq") is not None else "sq" if m.group("sq") is not None else "bv"
    return m.span(group)


def _record(line: str) -> bool:
    """Whether ``line`` reads as a record: three fields apart by a separator, or an id with
    a colon and two more words ("docker-hub: ciimages X")."""
    if len(_RECORD_SEP.split(line.strip())) >= 3:
        return True
    words = line.split()
    return len(words) >= 3 and words[0].strip("[]").endswith((":", "CredentialsImpl", "PrivateKey"))


def _record_lines(text: str) -> list[Span]:
    """The last token of each record line of a Jenkins dump, where it looks like a secret."""
    out: list[Span] = []
    for m in _LAST_TOKEN.finditer(text):
        line_start = text.rfind("\n", 0, m.start("v")) + 1
        line = text[line_start : m.end("v")]
        if any(map(line.__contains__, _CODE_MARKS)) or not _record(line):
            continue
        value = m.group("v")
        if "=" in value or ":" in value[:-1] or _NOT_RECORD_VALUE.match(value):
            continue  # a "key=value" pair (the assignment rules read it), a name, a path
        if strong(value) and looks_like_password(value, prose=False):
            out.append(Span(m.start("v"), m.end("v"), "SECRET"))
    return out


def _printed_secrets(text: str) -> list[int]:
    """Where a ``println``/``print`` line prints a secret's name ("println(c.secret)")."""
    starts: list[int] = []
    for m in _PRINTED.finditer(text):
        if field_kind(m.group("n")) is not None:
            starts.append(m.start())
    return starts


def _told_prints(text: str) -> list[Span]:
    """The value a sentence says a printed secret's expression gave."""
    out: list[Span] = []
    for m in _PRINTS_VERB.finditer(text):
        value = m.group("v").rstrip(".,;:!?")
        if field_kind(m.group("n")) is not None and strong(value) and not _masked(value):
            out.append(Span(m.start("v"), m.start("v") + len(value), "SECRET"))
    return out


def _answer_below(text: str, pos: int) -> Span | None:
    """The answer on one of the three lines after the line end at ``pos``: the first line
    that holds one token ("X", "Result: X"), unless it is ``null`` or code."""
    for _ in range(3):
        if pos < 0:
            return None
        nxt = text.find("\n", pos + 1)
        m = _ANSWER_LINE.match(text, pos + 1, nxt if nxt >= 0 else len(text))
        if m is not None:
            value = m.group("v")
            if value == "null" or any(map(value.__contains__, ("(", "{", "$"))):
                return None
            if not looks_like_password(value, prose=False):
                return None
            return Span(m.start("v"), m.end("v"), "SECRET")
        pos = nxt
    return None


def _decrypted(text: str, starts: list[int]) -> list[Span]:
    """The answers below decrypting expressions and printed secrets (``starts``: where a
    printed secret's line is), each line read once."""
    for word in _DECRYPTS:
        at = text.find(word)
        while at >= 0:
            starts.append(at)
            at = text.find(word, at + len(word))
    ends = {text.find("\n", at) for at in starts}
    ends.discard(-1)
    return [span for pos in sorted(ends) if (span := _answer_below(text, pos)) is not None]


def _dump_fields(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _DUMP_FIELD.finditer(text):
        value = m.group("v")
        if value != "null" and not _masked(value) and strong(value):
            out.append(Span(m.start("v"), m.end("v"), "SECRET"))
    return out


def _result_lists(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _RESULT_LISTS.finditer(text):
        for inner in _INNER_LIST.finditer(text, m.start("body"), m.end("body")):
            items = inner.group("items")
            last = items.rsplit(",", 1)[-1].strip()
            if len(items.split(",")) >= 2 and strong(last) and last != "null":
                start = inner.end("items") - len(items) + items.rfind(last)
                out.append(Span(start, start + len(last), "SECRET"))
    return out


def _named_values(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _NAME_VALUE.finditer(text):
        for name, val in (("jn", "jv"), ("xn", "xv"), ("pn", "pv")):
            if m.group(name) is None:
                continue
            kind = field_kind(m.group(name).rsplit(".", 1)[-1])
            value = m.group(val)
            if kind is not None and not _masked(value) and value_ok(kind, value):
                out.append(Span(m.start(val), m.end(val), "SECRET"))
    return out


def ci_credentials(text: str, low: str) -> list[Span]:
    """SECRET spans of CI/CD credential stores and dumps in ``text`` (``low``: lower case,
    for the C-level finds)."""
    out: list[Span] = []
    for literal, pattern in ENCRYPTED:
        if literal in text:
            out.extend(Span(m.start(), m.end(), "SECRET") for m in pattern.finditer(text))
    if any(map(text.__contains__, JENKINS_CUES)):
        out.extend(_record_lines(text))
    if "Result: [[" in text:
        out.extend(_result_lists(text))
    printed = _printed_secrets(text) if "print" in text and "\n" in text else []
    if "print" in text:
        out.extend(_told_prints(text))
    if printed or "plaintext" in low or "secret.decrypt(" in low:
        out.extend(_decrypted(text, printed))
    if any(map(low.__contains__, _DUMP_WORDS)):
        out.extend(_dump_fields(text))
    if "value" in low and ('"value"' in low or "value=" in low):
        out.extend(_named_values(text))
    for literal, pattern in SETTERS:
        if literal in low:
            out.extend(Span(*_value(m), "SECRET") for m in pattern.finditer(text))
    if "admin.password" in low or "initialadminpassword" in low:
        out.extend(Span(m.start("v"), m.end("v"), "SECRET") for m in _FIRST_ADMIN.finditer(text))
    if "code" in low and ("name code" in low or "name-code" in low or "namecode" in low):
        out.extend(Span(m.start("v"), m.end("v"), "SECRET") for m in _NAME_CODE.finditer(text))
    return out


# ---- what stays --------------------------------------------------------------------------

_HEX_ID = re.compile(
    r"(?:0x)?[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40}|(?:[0-9A-F]{4}[ \t]{1,2}){9}[0-9A-F]{4}"
)
_GPG_CUE = re.compile(
    r"gpg|pgp|keyid|key[ _\-]id|fingerprint|fingerabdruck|empreinte|impronta|huella|"
    r"vingerafdruk|impress[aã]o|sign(?:ing|ature|ier)|firma|assinatura|ondertekening|"
    r"(?:rsa|dsa|ed25519|cv25519|nistp256)[0-9]{0,4}/|^(?:sec|pub|ssb|sub)[ \t]"
)
_GPG_REACH = 120  # characters before a key id, on its line, where a GPG word may stand
_PASSWORD_CUE = ("pass", "wort", "senha", "contrase", "wachtwoord", "mot de passe", "secret")
# A value that is only a mask: asterisks, bullets, a log's [MASKED], CircleCI's "xxxx" and
# the last four characters.
_MASK = re.compile(
    r"[^*\u2022]{0,20}(?:\*{4,}|\u2022{4,})[^\n]{0,40}|\[MASKED\]|x{4}[A-Za-z0-9]{4}"
)
# The name of a secret where its value would be: an environment name, a Groovy property.
_SECRET_NAME = re.compile(
    r"(?:[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){1,6}|[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,6}"
    r"|(?:it|c|cred|credential|d|s|secret|this)(?:\.\w{1,40}){1,3})"
)
# A credential's id, a secret's reference by name, before the value on its line.
_ID_BEFORE = re.compile(
    r"(?:credentials?[_\-]?id|org[_\-]id|from_secret|credentialsjson)[\"']?[ \t]*[:=(,]?[ \t]*"
    r"[\"']?\Z",
    re.IGNORECASE,
)
_HOST_PORT = re.compile(r"[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){1,8}\.[a-z]{2,24}:[0-9]{2,5}")


def _masked(value: str) -> bool:
    return _MASK.fullmatch(value) is not None


def _gpg_id(text: str, start: int, value: str) -> bool:
    """Whether ``value`` is a GPG key id or fingerprint: its shape, and a GPG word before it
    on its line (within ``_GPG_REACH``) with no password word in between."""
    if _HEX_ID.fullmatch(value) is None:
        return False
    line = text.rfind("\n", max(0, start - _GPG_REACH), start) + 1
    before = text[max(line, start - _GPG_REACH) : start].lower()
    cues = [m.end() for m in _GPG_CUE.finditer(before)]
    if not cues:
        return False
    rest = before[cues[-1] :]
    return not any(map(rest.__contains__, _PASSWORD_CUE))


def drop_ci_decoys(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less GPG key ids, masks, secrets' names, credential ids and ``host:port``."""
    out: list[Span] = []
    for span in spans:
        value = text[span.start : span.end]
        if _masked(value) or _HOST_PORT.fullmatch(value) or value.startswith("[["):
            continue
        if _SECRET_NAME.fullmatch(value) and field_kind(value.rsplit(".", 1)[-1]) is not None:
            continue
        lo = max(0, span.start - 40)
        if _ID_BEFORE.search(text, max(text.rfind("\n", lo, span.start) + 1, lo), span.start):
            continue
        if _gpg_id(text, span.start, value):
            continue
        out.append(span)
    return out
