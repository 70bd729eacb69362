"""Secrets, URL credentials and dates of birth: the values that look least like numbers.

Secrets come in the shapes services issue (prefixed API keys, JWTs, hex and base64 tokens,
cloud key pairs, PEM keys) and the shapes people choose (passwords with words, years and
symbols, passphrases, PINs and one-time codes). Dates of birth are written in every common
numeric and written form of the four languages.
"""

from __future__ import annotations

import base64
import string

from h3_pools import MONTHS, WORDS
from h3_values import Values

ALNUM = string.ascii_letters + string.digits
SYMBOLS = "!#$%&*+-.?@^_~=()[]{}"


def rand(v: Values, n: int, alphabet: str = ALNUM) -> str:
    return "".join(v.rng.choice(alphabet) for _ in range(n))


def api_key(v: Values) -> str:
    """A machine-issued key or token in one of many shapes."""

    def make() -> str:
        shape = v.rng.randrange(16)
        if shape == 0:
            return "sk_live_" + rand(v, 28)
        if shape == 1:
            return "rk_test_" + rand(v, 30)
        if shape == 2:
            return "ghp_" + rand(v, 36)
        if shape == 3:
            return "glpat-" + rand(v, 20, ALNUM + "-_")
        if shape == 4:
            return "xoxb-" + v.n(11) + "-" + v.n(12) + "-" + rand(v, 24)
        if shape == 5:
            return "AIza" + rand(v, 35, ALNUM + "-_")
        if shape == 6:
            return "npm_" + rand(v, 36)
        if shape == 7:
            return rand(v, 40, "0123456789abcdef")
        if shape == 8:
            return jwt(v)
        if shape == 9:
            return base64.b64encode(bytes(v.rng.randrange(256) for _ in range(30))).decode()
        if shape == 10:
            return "SG." + rand(v, 22, ALNUM + "-_") + "." + rand(v, 43, ALNUM + "-_")
        if shape == 11:
            return "pat-eu1-" + "-".join(rand(v, k, "0123456789abcdef") for k in (8, 4, 4, 4, 12))
        if shape == 12:
            return "dop_v1_" + rand(v, 64, "0123456789abcdef")
        if shape == 13:
            return "key-" + rand(v, 32, "0123456789abcdef")
        if shape == 14:
            return "lgk_" + rand(v, 8) + "." + rand(v, 26)
        return rand(v, 32)

    return v.fresh(make)


def jwt(v: Values) -> str:
    head = v.pick(
        [
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
            "eyJhbGciOiJSUzI1NiIsImtpZCI6IjQyIn0",
            "eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9",
        ]
    )
    return f"{head}.eyJ{rand(v, v.rng.randint(40, 90), ALNUM + '-_')}.{rand(v, 43, ALNUM + '-_')}"


def aws_pair(v: Values) -> tuple[str, str]:
    key_id = v.fresh(lambda: "AKIA" + rand(v, 16, string.ascii_uppercase + "234567"))
    return key_id, v.fresh(lambda: rand(v, 40, ALNUM + "/+"))


def password(v: Values) -> str:
    """A password a person chose or a generator made."""

    def make() -> str:
        shape = v.rng.randrange(10)
        word = v.pick(WORDS)
        if shape == 0:
            return word.capitalize() + str(v.rng.randint(1970, 2026)) + v.pick("!?#$%&*")
        if shape == 1:
            return rand(v, v.rng.randint(10, 18), ALNUM + SYMBOLS)
        if shape == 2:
            return "-".join(v.pick(WORDS) for _ in range(3)) + v.n(2)
        if shape == 3:
            leet = word.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
            return leet.capitalize() + v.pick(["!", "#", "$$", "_"]) + v.n(v.rng.randint(1, 4))
        if shape == 4:
            return rand(v, 4) + v.pick(SYMBOLS) + rand(v, 5) + v.pick(SYMBOLS) + rand(v, 3)
        if shape == 5:
            season = {"en": "Winter", "de": "Sommer", "fr": "Printemps", "es": "Verano"}[v.lang]
            return f"{season}{v.n(2)}{v.pick(['!', '.', '#', '$'])}{v.pick(WORDS)}"
        if shape == 6:
            return (
                rand(v, 6, string.ascii_lowercase)
                + v.n(3)
                + rand(v, 3, string.ascii_uppercase)
                + v.pick(SYMBOLS)
            )
        if shape == 7:
            return f"{v.pick(WORDS)}{v.pick(['_', '.', '&'])}{v.pick(WORDS).upper()}{v.n(3)}"
        if shape == 8:
            return "".join(v.pick(ALNUM) for _ in range(12)) + v.pick("=/]")
        return f"{word[:3].upper()}{v.n(4)}{rand(v, 3, string.ascii_lowercase)}{v.pick('!*%')}"

    return v.fresh(make)


def pin(v: Values, size: int | None = None) -> str:
    return v.fresh(lambda: v.n(size or v.pick([4, 6, 6, 8])))


def pem(v: Values) -> str:
    lines = [rand(v, 64, ALNUM + "+/") for _ in range(v.rng.randint(3, 5))]
    lines.append(rand(v, v.rng.randint(10, 40), ALNUM + "+/") + "==")
    kind = v.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def user_name(v: Values) -> str:
    return v.pick(
        [
            "svc_billing",
            "app",
            "admin",
            "deploy",
            "etl_reader",
            "report",
            "jenkins",
            "postgres",
            "mq_user",
            "sftp-upload",
            "backup",
            "crm_sync",
            "grafana",
        ]
    ) + (v.n(2) if v.chance(0.3) else "")


# -- dates -----------------------------------------------------------------------------------
def birth_ymd(v: Values, years: tuple[int, int] = (1938, 2008)) -> tuple[int, int, int]:
    return v.rng.randint(*years), v.rng.randint(1, 12), v.rng.randint(1, 28)


def date_text(v: Values, ymd: tuple[int, int, int], lang: str | None = None) -> str:
    """A date in one of the forms people write in ``lang``."""
    y, mo, dd = ymd
    lang = lang or v.lang
    month = MONTHS[lang][mo - 1]
    yy = f"{y % 100:02d}"
    forms = {
        "en": [
            f"{mo:02d}/{dd:02d}/{y}",
            f"{mo}/{dd}/{y}",
            f"{dd:02d}/{mo:02d}/{y}",
            f"{y}-{mo:02d}-{dd:02d}",
            f"{month} {dd}, {y}",
            f"{dd} {month} {y}",
            f"{month[:3]} {dd} {y}",
            f"{dd}-{month[:3]}-{y}",
            f"{mo}/{dd}/{yy}",
            f"{dd}{_th(dd)} {month} {y}",
            f"{month} {dd}{_th(dd)}, {y}",
            f"{dd:02d}.{mo:02d}.{y}",
            f"{dd:02d}-{month[:3].upper()}-{y}",
        ],
        "de": [
            f"{dd:02d}.{mo:02d}.{y}",
            f"{dd}.{mo}.{y}",
            f"{dd}. {month} {y}",
            f"{dd:02d}.{mo:02d}.{yy}",
            f"{y}-{mo:02d}-{dd:02d}",
            f"{dd}. {month[:3]}. {y}",
            f"{dd:02d}/{mo:02d}/{y}",
        ],
        "fr": [
            f"{dd:02d}/{mo:02d}/{y}",
            f"{'1er' if dd == 1 else dd} {month} {y}",
            f"{dd:02d}.{mo:02d}.{y}",
            f"{dd:02d}-{mo:02d}-{y}",
            f"{y}-{mo:02d}-{dd:02d}",
            f"{dd}/{mo}/{yy}",
            f"{dd:02d} {month} {y}",
        ],
        "es": [
            f"{dd:02d}/{mo:02d}/{y}",
            f"{dd} de {month} de {y}",
            f"{dd}/{mo}/{y}",
            f"{dd:02d}-{mo:02d}-{y}",
            f"{y}-{mo:02d}-{dd:02d}",
            f"{dd}/{mo}/{yy}",
            f"{dd} {month} {y}",
            f"{dd:02d}.{mo:02d}.{y}",
        ],
    }
    return v.pick(forms[lang])


def _th(day: int) -> str:
    return "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def dob(v: Values, lang: str | None = None, years: tuple[int, int] = (1938, 2008)) -> str:
    return v.fresh(lambda: date_text(v, birth_ymd(v, years), lang))


def dob_iso(v: Values) -> str:
    return v.fresh(lambda: "{}-{:02d}-{:02d}".format(*birth_ymd(v)))


def dob_hl7(v: Values) -> str:
    return v.fresh(lambda: "{}{:02d}{:02d}".format(*birth_ymd(v)))


def recent_date(v: Values, lang: str | None = None) -> str:
    """A date that is no birth date: appointments, invoices, travel, contract starts."""
    return v.fresh(
        lambda: date_text(
            v, (v.rng.randint(2019, 2027), v.rng.randint(1, 12), v.rng.randint(1, 28)), lang
        )
    )
