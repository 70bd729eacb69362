"""Secrets, URL credentials and decoys of the fourth held-out set.

Secrets come in the shapes vendors document and in the shapes people choose (passwords,
PINs, door codes, one-time codes). Decoys are the identifiers a business text is full of and
that must reach the vendor intact: ids, hashes, versions, references, prices, dates.
"""

# Templates are text: a source line holds a line of the text, however long it is.
# ruff: noqa: E501

from __future__ import annotations

import random
import uuid

from h4_checks import luhn_ok
from h4_pools import HOSTS, PW_WORDS

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
SYMBOLS = "!#$%&*@^~?+="


def _r(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def token(rng: random.Random, kind: str | None = None) -> str:
    """An API key or token in a vendor's documented shape."""
    kind = kind or rng.choice(list(TOKEN_SHAPES))
    return TOKEN_SHAPES[kind](rng)


TOKEN_SHAPES = {
    "openai": lambda r: "sk-proj-" + _r(r, ALNUM + "-_", 48),
    "anthropic": lambda r: "sk-ant-api03-" + _r(r, ALNUM + "-_", 80) + "AA",
    "github": lambda r: "ghp_" + _r(r, ALNUM, 36),
    "github_pat": lambda r: "github_pat_11" + _r(r, ALNUM, 20) + "_" + _r(r, ALNUM, 59),
    "gitlab": lambda r: "glpat-" + _r(r, ALNUM + "-_", 20),
    "slack_bot": lambda r: (
        f"xoxb-{_r(r, '0123456789', 11)}-{_r(r, '0123456789', 13)}-" + _r(r, ALNUM, 24)
    ),
    "stripe": lambda r: "sk_live_" + _r(r, ALNUM, 99)[: rng_len(r)],
    "stripe_whsec": lambda r: "whsec_" + _r(r, ALNUM, 32),
    "sendgrid": lambda r: "SG." + _r(r, ALNUM + "-_", 22) + "." + _r(r, ALNUM + "-_", 43),
    "aws_secret": lambda r: _r(r, ALNUM + "/+", 40),
    "google": lambda r: "AIza" + _r(r, ALNUM + "-_", 35),
    "hf": lambda r: "hf_" + _r(r, ALNUM, 34),
    "twilio": lambda r: "SK" + _r(r, HEX, 32),
    "datadog": lambda r: _r(r, HEX, 32),
    "npm": lambda r: "npm_" + _r(r, ALNUM, 36),
    "jwt": lambda r: (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        + _r(r, ALNUM + "-_", 64)
        + "."
        + _r(r, ALNUM + "-_", 43)
    ),
    "hex64": lambda r: _r(r, HEX, 64),
    "b64": lambda r: _r(r, ALNUM + "+/", 43) + "=",
    "mailgun": lambda r: "key-" + _r(r, HEX, 32),
    "shopify": lambda r: "shpat_" + _r(r, HEX, 32),
    "postman": lambda r: f"PMAK-{_r(r, HEX, 24)}-{_r(r, HEX, 34)}",
}


def rng_len(rng: random.Random) -> int:
    return rng.choice([24, 34, 99])


def aws_key_id(rng: random.Random) -> str:
    return rng.choice(["AKIA", "ASIA"]) + _r(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def password(rng: random.Random) -> str:
    """A password a person chose: words, digits, a symbol or two."""
    w1, w2 = rng.sample(PW_WORDS, 2)
    sym = rng.choice(SYMBOLS)
    n = rng.randint(2, 999)
    return rng.choice([
        f"{w1}{sym}{n}", f"{w1}-{w2.lower()}{n}", f"{w1[0].lower()}{w2}{sym}{n}{sym}",
        f"{w1}.{w2}.{n}", f"{_r(rng, ALNUM, 10)}{sym}{_r(rng, ALNUM, 3)}",
        f"{w1.upper()}{n}{sym}", f"{n}{w2}{sym}{w1.lower()}", f"{w2}({n}){sym}",
        f"{w1[:4]}{sym}{_r(rng, ALNUM, 8)}",
    ])  # fmt: skip


def pin(rng: random.Random, n: int | None = None) -> str:
    return _r(rng, "0123456789", n or rng.choice([4, 4, 6, 6, 8]))


def url_cred(rng: random.Random, user: str | None = None) -> tuple[str, str, str]:
    """(scheme, userinfo, rest) of a connection URL; only the userinfo is labeled."""
    scheme, port, path = rng.choice([
        ("postgres", 5432, "/billing"), ("postgresql", 5432, "/hr_prod"), ("mysql", 3306, "/shop"),
        ("mongodb+srv", 0, "/claims?retryWrites=true"), ("redis", 6379, "/0"),
        ("amqp", 5672, "/%2Fbookings"), ("https", 0, "/repo/onboarding.git"),
        ("ftp", 21, "/exports/"), ("smtp", 587, ""), ("sftp", 22, "/payroll/in"),
    ])  # fmt: skip
    user = (
        user
        if user is not None
        else rng.choice(
            ["svc_billing", "app", "etl_reader", "deploy", "hr-sync", "bookings", "admin", "report"]
        )
    )
    pw = rng.choice([password(rng), _r(rng, ALNUM, rng.randint(14, 28))])
    pw = url_escape(pw)
    host = rng.choice(HOSTS) + rng.choice([".internal", ".example.net", ".corp.test", ""])
    rest = f"{host}{f':{port}' if port else ''}{path}"
    return scheme, f"{user}:{pw}", rest


def url_escape(pw: str) -> str:
    """A password as it must be written inside a URL's userinfo."""
    for ch, esc in (("%", "%25"), ("@", "%40"), ("#", "%23"), ("?", "%3F"), ("/", "%2F"),
                    ("^", "%5E"), ("(", "%28"), (")", "%29")):  # fmt: skip
        pw = pw.replace(ch, esc)
    return pw


# -- decoys ----------------------------------------------------------------------------------
def luhn_invalid(rng: random.Random, n: int = 16) -> str:
    while True:
        num = rng.choice(["6", "7", "9", "4", "5"]) + _r(rng, "0123456789", n - 1)
        if not luhn_ok(num):
            return num


def decoy(rng: random.Random, what: str) -> str:
    """A value of kind ``what`` that must stay unmasked."""
    r = rng
    if what == "uuid":
        return str(uuid.UUID(int=r.getrandbits(128), version=4))
    if what == "sha256":
        return _r(r, HEX, 64)
    if what == "md5":
        return _r(r, HEX, 32)
    if what == "git":
        return _r(r, HEX, r.choice([7, 8, 12, 40]))
    if what == "version":
        return r.choice([f"{r.randint(1, 19)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
                         f"v{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
                         f"{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc.{r.randint(1, 4)}",
                         f"{r.randint(2019, 2026)}.{r.randint(1, 12)}.{r.randint(0, 3)}"])  # fmt: skip
    if what == "order":
        return r.choice([f"#{r.randint(100000, 9999999)}", f"ORD-{r.randint(2025, 2026)}-{_r(r, '0123456789', 6)}",
                         f"{_r(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}-{_r(r, '0123456789', 8)}",
                         f"{_r(r, '0123456789', 3)}-{_r(r, '0123456789', 7)}-{_r(r, '0123456789', 7)}"])  # fmt: skip
    if what == "invoice":
        return r.choice([f"INV-{r.randint(2024, 2026)}-{r.randint(1000, 99999)}",
                         f"RE{r.randint(2024, 2026)}{_r(r, '0123456789', 5)}",
                         f"F-{_r(r, '0123456789', 7)}", f"FAC/{r.randint(2024, 2026)}/{r.randint(100, 9999)}"])  # fmt: skip
    if what == "tracking":
        return r.choice(["1Z" + _r(r, "0123456789ABCDEFGHJKLMNPRSTVWXY", 16),
                         "JJD" + _r(r, "0123456789", 18),
                         _r(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 2) + _r(r, "0123456789", 9) + r.choice(["FR", "DE", "ES", "GB"]),
                         _r(r, "0123456789", 12)])  # fmt: skip
    if what == "ticket":
        return r.choice([f"INC{_r(r, '0123456789', 7)}", f"{r.choice(['OPS', 'HR', 'PAY', 'SHOP', 'IT'])}-{r.randint(10, 9999)}",
                         f"#{r.randint(1000, 99999)}", f"REQ{_r(r, '0123456789', 6)}", f"CASE-{_r(r, '0123456789', 8)}"])  # fmt: skip
    if what == "timestamp":
        return r.choice([f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
                         f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
                         f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{_r(r, '0123456789', 3)}",
                         str(r.randint(1764000000, 1799000000))])  # fmt: skip
    if what == "price":
        return r.choice([f"${r.randint(5, 2999)}.{r.randint(0, 99):02d}", f"{r.randint(5, 2999)},{r.randint(0, 99):02d} €",
                         f"€{r.randint(1, 9)}.{_r(r, '0123456789', 3)},{r.randint(0, 99):02d}", f"£{r.randint(5, 999)}.{r.randint(0, 99):02d}",
                         f"{r.randint(1, 99)}.{_r(r, '0123456789', 3)},{r.randint(0, 99):02d} EUR", f"USD {r.randint(10, 9999)}.00"])  # fmt: skip
    if what == "luhn-invalid":
        num = luhn_invalid(r, r.choice([16, 16, 16, 19]))
        return " ".join(num[i : i + 4] for i in range(0, len(num), 4)) if r.random() < 0.6 else num
    if what == "booking":
        return _r(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
    if what == "flight":
        return f"{r.choice(['LH', 'AF', 'IB', 'BA', 'UA', 'VY', 'KL', 'LX', 'TP', 'AA'])} {r.randint(10, 9899)}"
    if what == "claim":
        return r.choice([f"CLM-{_r(r, '0123456789', 9)}", f"SIN/{r.randint(2025, 2026)}/{_r(r, '0123456789', 6)}",
                         f"POL {_r(r, '0123456789', 3)}.{_r(r, '0123456789', 3)}.{_r(r, '0123456789', 3)}",
                         f"{_r(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}{_r(r, '0123456789', 10)}"])  # fmt: skip
    if what == "product":
        return r.choice([f"SKU {_r(r, '0123456789', 3)}-{_r(r, '0123456789', 3)}-{_r(r, '0123456789', 4)}",
                         f"{_r(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-{_r(r, '0123456789', 5)}-{_r(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}",
                         f"EAN {_r(r, '0123456789', 13)}", f"Art.-Nr. {_r(r, '0123456789', 2)} {_r(r, '0123456789', 3)} {_r(r, '0123456789', 3)}"])  # fmt: skip
    if what == "build":
        return r.choice([f"{r.randint(2025, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 12)}",
                         f"build-{r.randint(1000, 99999)}", f"#{r.randint(100, 9999)}", f"b{_r(r, '0123456789', 6)}"])  # fmt: skip
    if what == "mac":
        return (
            ":".join(_r(r, HEX, 2) for _ in range(6)).upper()
            if r.random() < 0.5
            else "-".join(_r(r, HEX, 2) for _ in range(6))
        )
    if what == "loopback":
        return r.choice(["127.0.0.1", "::1", f"127.0.{r.randint(0, 9)}.{r.randint(1, 9)}"])
    if what == "isbn":
        return f"978-{r.randint(1, 3)}-{_r(r, '0123456789', 4)}-{_r(r, '0123456789', 4)}-{r.randint(0, 9)}"
    if what == "quantity":
        return r.choice(
            [f"{r.randint(2, 500)} pcs", f"{r.randint(1, 90)} kg", f"{r.randint(2, 48)} x"]
        )
    if what == "room":
        return r.choice(
            [
                f"B{r.randint(1, 4)}.{r.randint(10, 99)}",
                f"Hörsaal {r.randint(1, 12)}",
                f"Aula {r.randint(100, 499)}",
            ]
        )
    if what == "seat":
        return f"{r.randint(1, 44)}{r.choice('ABCDEF')}"
    if what == "pid":
        return str(r.randint(1000, 99999))
    raise KeyError(what)
