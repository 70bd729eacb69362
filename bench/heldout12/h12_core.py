"""Markup, value makers and label checks of the twelfth held-out set.

Templates write a labeled value as ``⁅TYPE|value⁆`` and a decoy as ``⁅~note|value⁆``; the
reader strips the markup and records offsets, so a label is never computed by searching the
text afterwards. Value makers draw only valid values (Luhn with issuer prefixes, mod-97 with
national checks, SSN ranges, documentation and private IPs); the checks run again on load.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
from typing import Any

TYPES = tuple(
    [
        "EMAIL",
        "PHONE",
        "CREDIT_CARD",
        "IBAN",
        "US_SSN",
        "IP_ADDRESS",
        "SECRET",
        "URL_CREDENTIALS",
        "DATE_OF_BIRTH",
        "PERSON",
        "STREET_ADDRESS",
    ]
)
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
STRUCTURED = set(TYPES[:8])
MARK = re.compile(r"⁅(~[a-z0-9-]+|[A-Z_]+)\|(.*?)⁆", re.S)


def V(typ: str, value: str) -> str:
    """A labeled value in markup."""
    assert typ in TYPES, typ
    return f"⁅{typ}|{value}⁆"


def D(note: str, value: str) -> str:
    """A decoy in markup: a value of a labeled type's shape that is none."""
    return f"⁅~{note}|{value}⁆"


def parse(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """Text and spans from markup; ``<ZWSP>`` stands for U+200B."""
    marked = marked.replace("<ZWSP>", "\u200b")
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        n += len(marked[pos : m.start()])
        tag, value = m.group(1), m.group(2)
        span: dict[str, Any] = {"start": n, "end": n + len(value)}
        if tag.startswith("~"):
            span.update(type="DECOY", decoy=tag[1:], value=value)
        else:
            span.update(type=tag, value=value)
        spans.append(span)
        out.append(value)
        n += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "⁅" not in text and "⁆" not in text, text[:80]
    return text, spans


def hard_wrap(text: str, start: int, width: int) -> str:
    """Wrap lines after ``start`` at ``width`` columns by turning a blank into a line break.

    A blank becomes ``\\n`` in place, so offsets do not move; a value with a blank inside may
    be cut, as a mail client cuts it.
    """
    chars = list(text)
    col = 0
    last_blank = -1
    i = start
    while i < len(chars):
        c = chars[i]
        if c == "\n":
            col, last_blank = 0, -1
        else:
            col += 1
            if c == " ":
                last_blank = i
            if col > width and last_blank > 0:
                chars[last_blank] = "\n"
                col = i - last_blank
                last_blank = -1
        i += 1
    return "".join(chars)


# --- value makers ---------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for last in "0123456789":
        if luhn_ok(partial + last):
            return partial + last
    raise AssertionError(partial)


CARD_NETS = {
    "visa": (["4"], 16),
    "mc": (["51", "52", "53", "54", "55", "2221", "2298", "2521", "2720"], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "644", "65"], 16),
    "jcb": (["3528", "3540", "3566", "3589"], 16),
    "diners": (["36", "3095"], 14),
}


def card_ok(digits: str) -> bool:
    if not luhn_ok(digits):
        return False
    return any(
        digits.startswith(p) and len(digits) == n for ps, n in CARD_NETS.values() for p in ps
    )


def card(rng: random.Random, net: str) -> str:
    prefixes, n = CARD_NETS[net]
    p = rng.choice(prefixes)
    body = p + "".join(rng.choice(string.digits) for _ in range(n - len(p) - 1))
    return luhn_complete(body)


def group_card(d: str, sep: str = " ") -> str:
    if len(d) == 15 or len(d) == 14:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i : i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


def bad_luhn(rng: random.Random, net: str) -> str:
    good = card(rng, net)
    last = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return good[:-1] + last


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "BE": 16, "ES": 24, "IT": 27, "NL": 18}
IBAN_LEN.update({"PT": 25, "GB": 22, "IE": 22, "LU": 20})


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    c = iban.replace(" ", "").replace("\n", "").upper()
    if len(c) != IBAN_LEN.get(c[:2], -1):
        return False
    return _num(c[4:] + c[:4]) % 97 == 1


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25]
_IT_ODD += [24, 23]


def _bban(rng: random.Random, cc: str) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    if cc == "FR":
        bank, branch, acc = d(5), d(5), d(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
        return f"{bank}{branch}{acc}{key:02d}"
    if cc == "ES":
        bank, branch, acc = d(4), d(4), d(10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s: str) -> str:
            r = 11 - sum(int(a) * b for a, b in zip(s, w, strict=True)) % 11
            return str({11: 0, 10: 1}.get(r, r))

        return bank + branch + dc("00" + bank + branch) + dc(acc) + acc
    if cc == "BE":
        first = d(10)
        chk = int(first) % 97 or 97
        return f"{first}{chk:02d}"
    if cc == "NL":
        while True:
            acc = d(10)
            if acc[0] != "0" and sum(int(a) * (10 - i) for i, a in enumerate(acc)) % 11 == 0:
                break
        return rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + acc
    if cc == "IT":
        rest = d(5) + d(5) + d(12)
        tot = 0
        for i, ch in enumerate(rest):
            v = int(ch)
            tot += _IT_ODD[v] if i % 2 == 0 else v
        return chr(ord("A") + tot % 26) + rest
    if cc == "PT":
        body = d(4) + d(4) + d(11)
        return f"{body}{98 - int(body + '00') % 97:02d}"
    if cc == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + d(14)
    if cc == "IE":
        return rng.choice(["AIBK", "BOFI"]) + d(14)
    return d(IBAN_LEN[cc] - 4)


def iban(rng: random.Random, cc: str) -> str:
    bban = _bban(rng, cc)
    chk = 98 - _num(bban + cc + "00") % 97
    out = f"{cc}{chk:02d}{bban}"
    assert iban_ok(out), out
    return out


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def bad_iban(rng: random.Random, cc: str) -> str:
    good = iban(rng, cc)
    while True:
        i = rng.randrange(5, len(good))
        if good[i].isdigit():
            out = good[:i] + str((int(good[i]) + rng.randint(1, 9)) % 10) + good[i + 1 :]
            if not iban_ok(out):
                return out


def ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def ssn(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ip4(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(["doc", "doc", "priv", "cgnat"])
    if kind == "doc":
        net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{rng.randint(2, 254)}"
    if kind == "cgnat":
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return rng.choice(
        [
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        ]
    )


def ip6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
    return f"2001:db8:{rng.randint(1, 0xFFFF):x}:{groups[0]}::{groups[1]}:{groups[2]}"


def ip_ok(v: str) -> bool:
    try:
        ipaddress.ip_interface(v)
    except ValueError:
        return False
    return not ipaddress.ip_interface(v).ip.is_loopback


ALNUM = string.ascii_letters + string.digits


def token(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng: random.Random) -> str:
    words = ["Falke", "Otter", "Lince", "Marea", "Tulp", "Ponte", "Cedro", "Harbor", "Birke"]
    words += ["Vento", "Rocher", "Salbei", "Mirtilo", "Duna", "Kiwi", "Granito", "Polder"]
    w = rng.choice(words)
    return f"{w}{rng.choice('!#$%&*?_-.')}{rng.randint(10, 9999)}{token(rng, 3)}"


def hexs(rng: random.Random, n: int) -> str:
    return token(rng, n, "0123456789abcdef")


def uuid(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def jwt(rng: random.Random) -> str:
    b64 = ALNUM + "-_"
    return "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + token(rng, 86, b64) + "." + token(rng, 43, b64)


class Ctx:
    """Random draws for one set, with structured values unique across the whole set."""

    def __init__(self, seed: int, reserved: set[str] | None = None) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set(reserved or ())

    def uniq(self, make: Any, *args: Any) -> str:
        for _ in range(1000):
            v = make(self.rng, *args)
            key = re.sub(r"[\s.\-()/]", "", str(v)).lower()
            if key not in self.used:
                self.used.add(key)
                return str(v)
        raise AssertionError("pool exhausted")

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)


def check_record(rec: dict[str, Any]) -> None:
    """Raise ValueError on the first bad label of one record."""

    def bad(msg: str) -> None:
        raise ValueError(f"{rec.get('id')}: {msg}")

    text = rec["text"]
    if rec["lang"] not in LANGS:
        bad("unknown lang")
    if "⁅" in text or "⁆" in text:
        bad("markup left")
    last_end = -1
    for s in sorted(rec["spans"], key=lambda s: s["start"]):
        v = s["value"]
        if text[s["start"] : s["end"]] != v or not v:
            bad(f"offsets do not give back {v!r}")
        if v != v.strip():
            bad(f"blank at the edge of {v!r}")
        if s["start"] < last_end:
            bad(f"overlap at {v!r}")
        last_end = s["end"]
        t = s["type"]
        if t == "DECOY":
            if not s.get("decoy"):
                bad("decoy without a note")
            if s["decoy"] == "luhn-invalid" and luhn_ok(re.sub(r"\D", "", v)):
                bad(f"luhn-invalid decoy passes Luhn: {v}")
            if s["decoy"] == "iban-invalid" and iban_ok(v):
                bad(f"iban-invalid decoy passes mod-97: {v}")
            continue
        if t not in TYPES:
            bad(f"unknown type {t}")
        flat = re.sub(r"[\s\u200b]", "", v)
        if t == "CREDIT_CARD" and not card_ok(re.sub(r"\D", "", v)):
            bad(f"card fails Luhn or issuer: {v}")
        if t == "IBAN" and not iban_ok(flat):
            bad(f"IBAN fails mod-97: {v}")
        if t == "US_SSN":
            if rec["lang"] != "en":
                bad("SSN outside English")
            if re.search(r"\d", v) and not ssn_ok(v):
                bad(f"SSN out of range: {v}")
        if t == "IP_ADDRESS" and not ip_ok(flat):
            bad(f"IP does not parse: {v}")
        if t == "URL_CREDENTIALS" and (":" not in v or "@" in v):
            bad(f"URL credential shape: {v}")
    labeled = [re.sub(r"\D", "", s["value"]) for s in rec["spans"] if s["type"] != "DECOY"]
    for s in rec["spans"]:
        if s["type"] == "DECOY":
            dd = re.sub(r"\D", "", s["value"])
            for lv in labeled:
                if len(lv) >= 6 and lv in dd:
                    bad(f"decoy {s['value']!r} holds a labeled value's digits")
