"""Passwords on command lines: the shell history and runbooks pasted into tickets.

``mysql -u root -pS3cret``, ``docker login -u ci -p S3cret``, ``curl -u admin:S3cret``,
``sshpass -p S3cret``, ``redis-cli -a S3cret`` and ``--password S3cret`` carry the password
as an argument (curl's ``user:password`` is masked as one value, as a URL's userinfo is),
with no name assigned to it that the SECRET detector's assignment rules could see. ``-p``
alone means a port or "parents" in most tools (``ssh -p 2222``, ``mkdir -p``), so the
short flags count only after the command that gives them the
password meaning; the long ``--password``/``--passwd`` flags count anywhere.

Each command is searched only when its name occurs in the text (a C-level find), with or
without the multi-pattern engine, so both paths find the same.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import ScanContext, Span

__all__ = ["command_line_secrets"]

# A password argument: a quoted string, or a run of non-space characters that is not the
# next flag.
_VALUE = r"(?P<v>'[^'\n]{1,256}'|\"[^\"\n]{1,256}\"|(?!-)[^\s'\"`]{1,256})"
_USER = r"[^\s:'\"]{1,128}"
_USER_PCT = r"[^\s%'\"]{1,128}"
# A value glued to its flag ("-pS3cret", "-p'S3 cret'").
_GLUED = r"'[^'\n]{1,256}'|\"[^\"\n]{1,256}\"|[^\s'\"`]{1,256}"
# The rest of the command: up to the end of the line or of the command in a pipe or list.
_ARGS = r"\b[^\n|;&]*?[ \t]"
_CURL_U = rf"{_ARGS}(?:-u|--user)[ \t=]*"  # curl's user flag, then "user:password"


def _command(word: str, rest: str) -> re.Pattern[str]:
    """``word`` as a whole command word, then ``rest``. The literal comes first (a boundary
    check after it) so that ``re`` skips to its occurrences instead of trying every offset."""
    return re.compile(rf"{re.escape(word)}(?<![\w-]{re.escape(word)}){rest}")


# (word that must occur in the text, pattern whose group "v" is the password)
_COMMANDS: tuple[tuple[bytes, re.Pattern[str]], ...] = (
    # mysql takes the password glued to -p; "-p mydb" prompts for it.
    (b"mysql", _command("mysql", rf"(?:dump|admin|import|sh)?{_ARGS}-p(?P<v>{_GLUED})")),
    (b"login", _command("login", rf"{_ARGS}-p[ \t]+{_VALUE}")),
    (b"sshpass", _command("sshpass", rf"[ \t]+-p[ \t]*{_VALUE}")),
    (b"redis-cli", _command("redis-cli", rf"{_ARGS}-a[ \t]+{_VALUE}")),
    # curl -u user:password, masked as one value like a URL's userinfo (group "u": the user)
    (b"curl", _command("curl", rf"{_CURL_U}(?P<u>{_USER}):(?P<v>[^\s'\"@]{{1,256}})")),
    # quoted, "-u 'admin:P@ss w0rd'": to the closing quote
    (b"curl", _command("curl", rf"{_CURL_U}'(?P<u>{_USER}):(?P<v>[^'\n]{{1,256}})'")),
    (b"curl", _command("curl", rf'{_CURL_U}"(?P<u>{_USER}):(?P<v>[^"\n]{{1,256}})"')),
    (b"--pass", _command("--pass", rf"(?:word|wd)?[ \t]+{_VALUE}")),
    # Archivers and clients whose password flag is their own letter.
    (b"openssl", _command("openssl", rf"{_ARGS}(?:-k[ \t]+|-pass(?:in|out)?[ \t]+pass:){_VALUE}")),
    # htpasswd -b FILE USER PASSWORD (the password on the command line, "batch" mode)
    (b"htpasswd", _command("htpasswd", rf"(?:[ \t]+-[A-Za-z]+)*?[ \t]+-[A-Za-z]*b[A-Za-z]*"
                                       rf"(?:[ \t]+-[A-Za-z]+)*[ \t]+\S+[ \t]+\S+[ \t]+{_VALUE}")),
    (b"sqlcmd", _command("sqlcmd", rf"{_ARGS}-P[ \t]*{_VALUE}")),
    (b"zip", _command("zip", rf"{_ARGS}-P[ \t]+{_VALUE}")),
    (b"7z", _command("7z", rf"{_ARGS}-p(?P<v>{_GLUED})")),
    (b"smbclient", _command("smbclient", rf"{_ARGS}-U[ \t]*{_USER_PCT}%{_VALUE}")),
    (b"ldap", _command("ldap", rf"(?:search|add|modify|delete|passwd)?{_ARGS}-w[ \t]+{_VALUE}")),
)  # fmt: skip
# Windows takes "/" flags: "net use Z: \\srv\share /user:CORP\anna S3cret" gives the
# password right after the user.
_SLASH_COMMANDS: tuple[tuple[bytes, re.Pattern[str]], ...] = (
    (b"net use", _command("net use", rf"{_ARGS}/u(?:ser)?:[^\s'\"]{{1,128}}[ \t]+{_VALUE}")),
    (b"NET USE", _command("NET USE", rf"{_ARGS}/(?i:u(?:ser)?):[^\s'\"]{{1,128}}[ \t]+{_VALUE}")),
)


# A flag the patterns need: "-p", "-a", "-u", "-P", "-U", "-k", "-w", "-b" or "--" after a
# character that is not part of a word (a blank, a quote, the start). Searched on the
# one-byte copy of the text (``ScanContext.latin1``), where it is a literal "-" that ``re``
# skips to in C; a letter beyond ASCII reads as no word character there, so the test passes
# at least wherever a pattern below can match.
_FLAG = re.compile(rb"-(?<![\w\-]-)[pauPUkwb\-]")


def command_line_secrets(ctx: ScanContext) -> list[Span]:
    """Password arguments of the commands above, as SECRET spans (quotes excluded; with
    the user name before it where the flag takes "user:password")."""
    text = ctx.text
    raw = ctx.latin1
    out: list[Span] = []
    commands = _COMMANDS if _FLAG.search(raw) is not None else ()
    if b"/" in raw:
        commands += _SLASH_COMMANDS
    for word, pattern in commands:
        if word not in raw:
            continue
        for m in pattern.finditer(text):
            start, end = m.span("v")
            if text[start] in "'\"":
                start, end = start + 1, end - 1
            if end - start >= 4 and not text[start:end].startswith(("$", "%", "<", "/")):
                user = m.groupdict().get("u")
                if user is not None and not user.startswith("$"):
                    start = m.start("u")  # "user:password" as one value
                out.append(Span(start, end, "SECRET"))
    return out
