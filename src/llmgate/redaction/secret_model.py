"""An optional SECRET detector: a linear model over credential-like tokens, beside the rules.

The built-in SECRET rules need a cue they know (a password word right before the value, a
key they list, a vendor prefix); on text by other authors they leave passwords in prose
and chat, values under unusual keys, PINs and the second half of a ``login / pw`` pair in
clear. This detector takes every token that could be a credential (a non-blank run with
mixed letters, digits or symbols, or any value after a key, a colon, an equals sign or a
password word) and scores it with a linear model (an averaged perceptron, trained by
``tools/train_secret_model.py`` on the project's labeled sets and on a set of look-alikes)
over features of the token (length, character classes, a compressed shape, how varied its
characters are, whether it reads as a UUID, a hash, a password hash, a key fingerprint, a
version, a date, a number, a locale, a constant name, a path, a pod name, an identifier
with a public or a secret prefix) and of its context (the key before ``:`` or ``=`` and
every cue in it, the words before and after it, quotes, the kind of line, password and
configuration words nearby, the previous line when it asks for a password, a private-key
block around it). Masks and template variables (``********``, ``${DB_PASS}``,
``<your-password>``) hold no value and are never candidates. A token scoring above the
threshold becomes a SECRET span; the word lists and shapes are data in
``secret_model_tables.py``.

It is pure Python with no dependency; its weights ship beside this module
(``secret_model.json.gz``) and are read once per process. Opt in with
``Redactor(detectors=[SecretModelDetector()])`` or ``[redaction] detectors =
["secret-model"]``; the rules stay the default (docs/privacy.md gives its figures).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import lru_cache

from llmgate.redaction._perceptron import (
    Candidate,
    CandidateModel,
    CandidateModelDetector,
    read_candidate_model,
)
from llmgate.redaction.secret_model_tables import (
    CUES,
    LOOKS,
    NO_VALUE,
    PREFIXED,
    PUBLIC_PREFIX,
    SECRET_PREFIX,
)

__all__ = ["SecretModelDetector", "candidates", "load_model"]

WEIGHTS_FILE = "secret_model.json.gz"
FORMAT = 1
_RUN = re.compile(r"\S+")
_OPEN = "\"'`([{<«"
_CLOSE = "\"'`)]}>»"
_TRAILING = ".,;:"
_KEYED = re.compile(r"([A-Za-z_][\w.\-]{0,40})(?::|=|:=|==)(?!//)(.+)")
_URL_USER = re.compile(r"[a-z][a-z0-9+.\-]*://([^\s/:@]*):([^\s/@]+)@", re.IGNORECASE)
_SCHEME = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")
_KEY_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_URL = re.compile(r"[a-z][a-z0-9+.\-]*://|www\.", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_WINDOW = 6  # runs before a token whose words it sees
_KEY_END = frozenset(":=\"'")


@lru_cache(maxsize=16384)
def _shape(value: str) -> str:
    """Letters ``a``/``A``, digits ``9``, other characters as themselves; runs collapsed,
    at most 10 characters ("Winter2021?" -> "Aa9?")."""
    out: list[str] = []
    for c in value:
        k = "a" if c.islower() else "A" if c.isupper() else "9" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out[:10])


@lru_cache(maxsize=16384)
def _word(run: str) -> str:
    """A context run as a feature: its letters in lower case, or its shape if it has none."""
    letters = "".join(c for c in run.lower() if c.isalpha())
    return letters[:20] if letters else _shape(run)[:4]


@lru_cache(maxsize=16384)
def _cue(word: str) -> str | None:
    if len(word) > 16:  # a URL or an identifier that happens to hold "pass" or "key"
        return None
    for name, pattern in CUES:
        if pattern.search(word):
            return name
    return None


@lru_cache(maxsize=4096)
def _key_cues(key: str) -> tuple[str, ...]:
    """The cues of a key: of the whole key, then of each of its parts and of its letters
    ("password_hash" is a password word and a hash word; "sha256" reads as "sha")."""
    out: list[str] = []
    for part in (key, *_KEY_PARTS.findall(key), "".join(c for c in key if c.isalpha())):
        cue = _cue(part.lower())
        if cue and cue not in out:
            out.append(cue)
    return tuple(out)


def _len_bucket(n: int) -> str:
    for edge in (3, 5, 7, 9, 11, 15, 23, 39):
        if n <= edge:
            return str(edge)
    return "40+"


@lru_cache(maxsize=16384)
def token_features(value: str) -> tuple[str, ...]:
    """Features of the token alone: length, classes, shape, variety, what it looks like."""
    n = len(value)
    lower = sum(c.islower() for c in value)
    upper = sum(c.isupper() for c in value)
    digit = sum(c.isdigit() for c in value)
    other = n - lower - upper - digit
    classes = ("l" if lower else "") + ("u" if upper else "") + ("d" if digit else "")
    classes += "s" if other else ""
    shape = _shape(value)
    counts: dict[str, int] = {}
    for c in value:
        counts[c] = counts.get(c, 0) + 1
    entropy = -sum(k / n * math.log2(k / n) for k in counts.values())
    looks = [name for name, pattern in LOOKS if pattern.fullmatch(value)]
    out = [
        "len=" + _len_bucket(n),
        "cl=" + classes,
        "is=" + (looks[0] if looks else "none"),
        "cl+len=" + classes + _len_bucket(n),
        "sh=" + shape,
        "sh3=" + shape[:3],
        "she=" + shape[-2:],
        "runs=" + str(min(len(shape), 8)),
        "ent=" + str(min(int(entropy * 2), 11)),
        "dig=" + str(digit * 4 // n),
        "first=" + _shape(value[0]),
        "last=" + _shape(value[-1]),
    ]
    out += ["is=" + name for name in looks[1:]]
    prefixed = PREFIXED.fullmatch(value)
    if prefixed is not None:
        prefix = prefixed.group(1)
        out.append("pfx=" + prefix)
        group = (
            "public"
            if prefix in PUBLIC_PREFIX
            else "secret"
            if prefix in SECRET_PREFIX
            else "other"
        )
        out.append("pfxg=" + group)
    segments = [p for p in re.split(r"[\-_./]", value) if p]
    if len(segments) >= 2:
        out.append("segs=" + str(min(len(segments), 4)))
        out.append(
            "segw=" + str(sum(p.isalpha() and p.islower() for p in segments) * 4 // len(segments))
        )
    if looks and looks[0] == "word" and n <= 14:
        out.append("wd=" + value.lower())
    if upper and lower and not digit and not other and value[1:].islower():
        out.append("capword")
    return tuple(out)


def _trim(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """A run without quotes or brackets around it and without the punctuation that ends
    its sentence; whether it was quoted."""
    quoted = False
    while start < end and text[start] in _OPEN:
        quoted = quoted or text[start] in "\"'`"
        start += 1
    stop = max(start, end - 8)  # at most 8 closing characters: counting is per character
    while end > stop and (text[end - 1] in _CLOSE or text[end - 1] in _TRAILING):
        last = text[end - 1]
        bracket = last in _CLOSE and last not in "\"'`"
        if bracket and text.count(_OPEN[_CLOSE.index(last)], start, end) >= text.count(
            last, start, end
        ):
            break  # a balanced bracket belongs to the value
        end -= 1
    return start, end, quoted


def _line_kind(line: str) -> str:
    stripped = line.lstrip()
    if not stripped:
        return "empty"
    if stripped[0] in "$#>" or stripped.startswith(("sudo ", "export ", "curl ")):
        return "shell"
    if stripped[0] in '{["' or (stripped.endswith((",", "{")) and '":' in stripped):
        return "json"
    if stripped.count(",") >= 3 or stripped.count(";") >= 3 or stripped.count("|") >= 3:
        return "table"
    if re.match(r"[A-Za-z_][\w.\-]*\s*[=:]", stripped):
        return "keyed"
    return "prose"


def candidates(text: str) -> Iterator[Candidate]:
    """Every token of ``text`` that could be a credential, with its features."""
    runs = [(m.start(), m.end()) for m in _RUN.finditer(text)]
    words = [_word(text[a:b]) for a, b in runs]
    cues = [_cue(w) for w in words]
    line_of, last_cue = 0, -1
    line_start, line_end, kind = -1, -1, "prose"
    asked: list[str] = []  # the previous line's cues ("?" after them when it asks)
    armored = _armored(text)
    for i, (a, b) in enumerate(runs):
        if a > line_end:  # a new line: its bounds and kind, once
            asked = _asked(text, runs, cues, line_of, i, line_end)
            line_start = text.rfind("\n", 0, a) + 1
            line_end = text.find("\n", a)
            line_end = len(text) if line_end < 0 else line_end
            kind = _line_kind(text[line_start:line_end])
            line_of = i
        # the words since the line's start, or the previous line's last word at its start
        cued = last_cue >= max(i - _WINDOW, min(line_of, i - 1), 0)
        if cues[i]:
            last_cue = i
        keyed = i > line_of and text[runs[i - 1][1] - 1] in _KEY_END
        if not cued and not keyed and text[a:b].rstrip(".,;").isalpha():
            continue  # a word in prose (most runs): no key, no password word near it
        for start, end, key, quoted in _values(text, a, b, runs, i, line_of):
            value = text[start:end]
            if not 3 <= len(value) <= 200 or _EMAIL.fullmatch(value) or _URL.match(value):
                continue
            if NO_VALUE.fullmatch(value):
                continue
            feats = token_features(value)
            mixed = feats[1] not in ("cl=l", "cl=u", "cl=lu", "cl=d")
            if not (mixed or key or cued):
                continue
            context = _context(words, i, line_of, key)
            out = ["b", "line=" + kind, *feats, *context[0]]
            near = context[1] or "-"
            out += ["near+is=" + near + feats[2], "near+cl=" + near + feats[1]]
            if quoted:
                out.append("quoted")
            if i == line_of:
                out.append("bol")
            if end < b and text[end] == "@":
                out.append("before@")
            if i - line_of < 3:
                out += asked
            if any(x <= start < y for x, y in armored):
                out.append("armored")
            yield Candidate(start, end, out)


def _armored(text: str) -> list[tuple[int, int]]:
    """The bodies of ``-----BEGIN ...-----`` blocks (a private key's base64 lines read like
    the hashes and IDs that are not secrets; inside such a block they are the key)."""
    out: list[tuple[int, int]] = []
    at = text.find("-----BEGIN")
    while at >= 0:
        end = text.find("-----END", at)
        out.append((at, len(text) if end < 0 else end))
        at = -1 if end < 0 else text.find("-----BEGIN", end)
    return out


def _asked(
    text: str,
    runs: list[tuple[int, int]],
    cues: list[str | None],
    first: int,
    stop: int,
    line_end: int,
) -> list[str]:
    """Features of the line that ends before run ``stop`` (runs ``first`` to ``stop``): its
    password and reference words, marked when it is a question ("can you send me the wifi
    password?" / "Lea: Gr33nT3a!42"; "ticket number?" / "INC-0048213")."""
    if stop == 0 or stop - first > 40:
        return []
    question = (
        "?" if text[line_end - 1 : line_end] == "?" or text[runs[stop - 1][1] - 1] == "?" else ""
    )
    found = {cue for cue in cues[first:stop] if cue}
    return ["pl" + question + "=" + cue for cue in sorted(found)]


def _values(
    text: str, a: int, b: int, runs: list[tuple[int, int]], i: int, line_of: int
) -> Iterator[tuple[int, int, str, bool]]:
    """The value(s) in run ``i``: the run trimmed, the part after ``key=`` or ``key:``,
    or the password of a URL's ``user:password@``; with the key that names it."""
    url = None
    scheme = text.find("://", a, b)
    if scheme >= 0:  # one anchored match at the scheme: a search would be quadratic
        begin = scheme
        while begin > max(a, scheme - 20) and text[begin - 1] in _SCHEME:
            begin -= 1
        url = _URL_USER.match(text, begin, b)
    if url is not None:
        yield url.start(2), url.end(2), "url", False
        return
    start, end, quoted = _trim(text, a, b)
    if start >= end:
        return
    key = ""
    if i > line_of:
        prev = text[runs[i - 1][0] : runs[i - 1][1]]
        if prev.endswith((":", "=", ':"', "='", '="')) and len(prev) > 1:
            key = _word(prev) or "colon"
    keyed = None if key else _KEYED.fullmatch(text, start, end)
    if keyed is not None and not text[start].isdigit():
        key = keyed.group(1).lower()
        start, end, quoted = _trim(text, keyed.start(2), end)
        if start < end:
            yield start, end, key, quoted
        return
    yield start, end, key, quoted


def _context(words: list[str], i: int, line_of: int, key: str) -> tuple[list[str], str]:
    """Features of the words around run ``i``, and the password word nearest to it (``k``
    before it when it is the key)."""
    out: list[str] = []
    near = ""
    if key:
        out.append("k=" + key[-20:])
        out += ["kp=" + part.lower() for part in _KEY_PARTS.findall(key)[-3:]]
        cues = _key_cues(key)
        out += ["kc=" + cue for cue in cues]
        if cues:
            near = "k" + cues[0]
    for d in range(1, _WINDOW + 1):
        j = i - d
        if j < 0:
            break
        word = words[j]
        if d <= 3:
            out.append(f"p{d}=" + word)
        cue = _cue(word)
        if cue:
            near = near or cue
            out.append("cue=" + cue)
            out.append(f"cue{min(d, 3)}=" + cue)
        if j <= line_of:
            out.append(f"edge{d}")
            break
    if i + 1 < len(words):
        out.append("n1=" + words[i + 1])
    else:
        out.append("n1=$")
    if i >= 2:
        out.append("p12=" + words[i - 2][:8] + "|" + words[i - 1][:8])
    return out, near


@lru_cache(maxsize=4)
def load_model(name: str = WEIGHTS_FILE) -> CandidateModel:
    """The model shipped beside this module (read once per process)."""
    return read_candidate_model(name, FORMAT, candidates)


class SecretModelDetector(CandidateModelDetector):
    """A ``llmgate.redaction`` detector: SECRET spans from the shipped linear model.

    ``threshold`` overrides the shipped decision threshold (higher: fewer, surer secrets).
    Stateless after loading, so one instance is safe to share between threads.
    """

    entities = frozenset({"SECRET"})
    load = staticmethod(load_model)
