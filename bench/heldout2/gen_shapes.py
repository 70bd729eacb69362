"""Shapes of values as they are written in business text: phone numbers per country, card
groupings per brand, dates of birth per language, street lines per country, passwords, and
vendor tokens. Each maker draws from the ``Draw`` it is given (a ``gen_values.Values``).
"""

from __future__ import annotations

# ruff: noqa: E501, RUF001 - template lines are kept whole so they read as the text they make
import random
import unicodedata
from typing import Any, Protocol

from gen_checks import ALNUM, B64URL, DG, LO, UP, luhn_complete
from gen_pools import MONTHS, STREETS


class Draw(Protocol):
    r: random.Random

    def s(self, alphabet: str, n: int) -> str: ...

    def d(self, n: int, first: str = DG) -> str: ...

    def pick(self, seq: Any) -> str: ...


CARD_MIX = (
    ["visa"] * 9
    + ["mc"] * 6
    + ["mc2"] * 2
    + ["amex"] * 4
    + ["diners"] * 2
    + ["discover", "discover", "jcb", "jcb", "visa13", "unionpay", "maestro"]
)


def _card(v: Draw, brand: str) -> str:
    r = v.r
    if brand == "visa":
        n = luhn_complete("4" + v.s(DG, 14))
    elif brand == "visa13":
        n = luhn_complete("4" + v.s(DG, 11))
        return v.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:7]}-{n[7:10]}-{n[10:]}"])
    elif brand == "mc":
        n = luhn_complete(str(r.randint(51, 55)) + v.s(DG, 13))
    elif brand == "mc2":
        n = luhn_complete(str(r.randint(2221, 2720)) + v.s(DG, 11))
    elif brand == "discover":
        n = luhn_complete(v.pick(["6011", "65" + v.s(DG, 2), "644" + v.s(DG, 1)]) + v.s(DG, 11))
    elif brand == "jcb":
        n = luhn_complete(str(r.randint(3528, 3589)) + v.s(DG, 11))
    elif brand == "unionpay":
        n = luhn_complete("62" + v.s(DG, 16))
        return v.pick([n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:16]} {n[16:]}", f"{n[:6]} {n[6:]}"])
    elif brand == "maestro":
        n = luhn_complete(v.pick(["6759", "5018", "5020", "6304"]) + v.s(DG, 14))
        return v.pick([n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:16]} {n[16:]}"])
    elif brand == "amex":
        n = luhn_complete(v.pick(["34", "37"]) + v.s(DG, 12))
        return v.pick([f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}", n])
    elif brand == "diners":
        n = luhn_complete(v.pick(["36", "38"]) + v.s(DG, 11))
        return v.pick([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    else:
        raise AssertionError(brand)
    style = v.pick(["space"] * 10 + ["dash"] * 4 + ["plain"] * 6 + ["dot", "zwsp"])
    groups = [n[i : i + 4] for i in range(0, 16, 4)]
    if style == "plain":
        return n
    if style == "zwsp":
        return "\u200b".join(groups) if v.r.random() < 0.5 else " \u200b".join(groups)
    return {"space": " ", "dash": "-", "dot": "."}[style].join(groups)


def _phone(v: Draw, c: str) -> str:
    d, p = v.d, v.pick
    if c == "US":
        a, x = f"{v.r.randint(2, 9)}{v.d(2)}", f"01{v.d(2)}"
        area = p(["212", "415", "312", "617", "206", "303", "512", "404", "702", "919", a])
        return p(
            [
                f"({area}) 555-{x}",
                f"{area}-555-{x}",
                f"{area}.555.{x}",
                f"+1 {area} 555 {x}",
                f"+1-{area}-555-{x}",
                f"1-{area}-555-{x}",
                f"1 ({area}) 555-{x}",
                f"{area}555{x}",
                f"+1 ({area}) 555-{x}",
                f"+1{area}555{x}",
            ]
        )
    if c == "UK":
        return p(
            [
                f"020 7946 0{d(3)}",
                f"+44 20 7946 0{d(3)}",
                f"07700 900{d(3)}",
                f"+44 7700 900{d(3)}",
                f"0161 496 0{d(3)}",
                f"(0161) 496 0{d(3)}",
                f"+44 (0)20 7946 0{d(3)}",
                f"0113 496 0{d(3)}",
                f"07700900{d(3)}",
                f"+44 113 496 0{d(3)}",
                f"0044 7700 900 {d(3)}",
            ]
        )
    if c == "IE":
        return p(
            [
                f"+353 1 {d(3)} {d(4)}",
                f"01 {d(3)} {d(4)}",
                f"087 {d(3)} {d(4)}",
                f"+353 86 {d(3)} {d(4)}",
            ]
        )
    if c == "DE":
        mob = p(["151", "152", "160", "162", "170", "171", "172", "175", "176", "177", "179"])
        city = p(["30", "40", "89", "221", "69", "711", "211", "351", "341", "511", "911"])
        ln = d(8 - len(city) + 1 if len(city) < 3 else 7)
        return p(
            [
                f"0{city} {ln}",
                f"0{city}/{ln}",
                f"+49 {city} {ln}",
                f"0{mob} {d(7)}",
                f"0{mob}-{d(8)}",
                f"+49 {mob} {d(7)}",
                f"+49 (0){city} {ln[:-1]}-0",
                f"0049 {city} {ln[:3]} {ln[3:]}",
                f"(0{city}) {ln[:2]} {ln[2:4]} {ln[4:]}",
                f"0{city} / {ln}",
                f"0{mob}{d(7)}",
                f"+49 {mob[:3]} {d(4)} {d(3)}",
                f"+49-{city}-{ln}",
            ]
        )
    if c == "AT":
        return p(
            [
                f"+43 1 {d(7)}",
                f"01 {d(3)} {d(2)} {d(2)}",
                f"0664 {d(7)}",
                f"+43 664 {d(3)} {d(2)} {d(2)}",
                f"0676/{d(7)}",
                f"+43 316 {d(6)}",
                f"0043 699 {d(8)}",
            ]
        )
    if c == "CH":
        return p(
            [
                f"+41 44 {d(3)} {d(2)} {d(2)}",
                f"044 {d(3)} {d(2)} {d(2)}",
                f"079 {d(3)} {d(2)} {d(2)}",
                f"0041 79 {d(3)} {d(2)} {d(2)}",
                f"+41 22 {d(3)} {d(2)} {d(2)}",
                f"022 {d(3)} {d(2)} {d(2)}",
                f"+41 (0)31 {d(3)} {d(2)} {d(2)}",
                f"076 {d(3)} {d(2)} {d(2)}",
            ]
        )
    if c == "FR":
        g = lambda: " ".join(d(2) for _ in range(4))  # noqa: E731
        h = p(["1", "2", "3", "4", "5", "6", "7", "9"])
        return p(
            [
                f"0{h} {g()}",
                f"+33 {h} {g()}",
                f"0{h}.{g().replace(' ', '.')}",
                f"+33 (0){h} {g()}",
                f"0{p(['6', '7'])}{d(8)}",
                f"0033 {h} {g()}",
                f"0{h}-{g().replace(' ', '-')}",
                f"+33{p(['6', '7'])}{d(8)}",
                f"0{h} {g()}",
            ]
        )
    if c == "BE":
        return p(
            [
                f"+32 2 {d(3)} {d(2)} {d(2)}",
                f"02 {d(3)} {d(2)} {d(2)}",
                f"04{p(['7', '8', '9'])}{d(1)} {d(2)} {d(2)} {d(2)}",
                f"+32 4{p(['7', '8', '9'])}{d(1)} {d(2)} {d(2)} {d(2)}",
                f"09 {d(3)} {d(2)} {d(2)}",
                f"+32 (0)3 {d(3)} {d(2)} {d(2)}",
            ]
        )
    if c == "ES":
        land = p(["91", "93", "95", "96", "94", "98"])
        m = p(["6", "7"])
        return p(
            [
                f"{land}{d(1)} {d(3)} {d(3)}",
                f"+34 {land}{d(1)} {d(3)} {d(3)}",
                f"{m}{d(2)} {d(2)} {d(2)} {d(2)}",
                f"+34 {m}{d(2)}-{d(3)}-{d(3)}",
                f"0034 {land} {d(3)} {d(2)} {d(2)}",
                f"({land}) {d(3)} {d(2)} {d(2)}",
                f"{m}{d(8)}",
                f"+34 {m}{d(2)} {d(3)} {d(3)}",
                f"+34{m}{d(8)}",
                f"{land}{d(1)}.{d(3)}.{d(3)}",
            ]
        )
    if c == "MX":
        return p(
            [
                f"+52 55 {d(4)} {d(4)}",
                f"55 {d(4)} {d(4)}",
                f"+52 1 55 {d(4)} {d(4)}",
                f"(55) {d(4)}-{d(4)}",
                f"+52 81 {d(4)} {d(4)}",
                f"(33) {d(4)} {d(4)}",
                f"+52 (33) {d(4)}-{d(4)}",
                f"01 800 {d(3)} {d(4)}",
            ]
        )
    if c == "AR":
        return p([f"+54 9 11 {d(4)}-{d(4)}", f"011 {d(4)}-{d(4)}", f"+54 11 {d(4)} {d(4)}"])
    if c == "NL":
        return p([f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"020 {d(3)} {d(4)}", f"+31 6 {d(8)}"])
    if c == "IT":
        return p([f"+39 02 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"06 {d(4)} {d(4)}"])
    if c == "CA":
        return p([f"(416) 555-01{d(2)}", f"+1 604 555 01{d(2)}", f"514-555-01{d(2)}"])
    raise AssertionError(c)


COUNTRIES = {
    "en": ["US"] * 6 + ["UK"] * 4 + ["IE", "CA", "NL", "IT", "DE", "FR"],
    "de": ["DE"] * 7 + ["AT"] * 3 + ["CH"] * 3 + ["NL", "UK", "US", "IT"],
    "fr": ["FR"] * 7 + ["BE"] * 3 + ["CH"] * 3 + ["ES", "UK", "CA"],
    "es": ["ES"] * 7 + ["MX"] * 4 + ["AR"] * 2 + ["US", "FR", "IT"],
}


def _date(v: Draw, lang: str, y: int, m: int, dd: int, style: str) -> str:
    mon = MONTHS[lang][m - 1]
    short = mon[:3] if lang != "fr" else mon[:4].rstrip(".") if len(mon) > 4 else mon
    opts: dict[str, list[str]] = {
        "en": [
            f"{m:02d}/{dd:02d}/{y}",
            f"{m}/{dd}/{y}",
            f"{dd:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{mon} {dd}, {y}",
            f"{dd} {mon} {y}",
            f"{short} {dd} {y}",
            f"{dd}-{short}-{y}",
            f"{mon} {dd}{_th(dd)}, {y}",
            f"{dd}{_th(dd)} {mon} {y}",
            f"{m:02d}-{dd:02d}-{y}",
        ],
        "de": [
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd}.{m}.{y}",
            f"{dd}. {mon} {y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd:02d}.{m:02d}.{str(y)[2:]}",
            f"{dd}. {short}. {y}" if len(mon) > 4 else f"{dd}. {mon} {y}",
            f"{dd:02d}.{m:02d}.{y}",
        ],
        "fr": [
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd} {mon} {y}",
            f"{dd:02d}-{m:02d}-{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{'1er' if dd == 1 else dd} {mon} {y}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd}/{m}/{y}",
        ],
        "es": [
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd} de {mon} de {y}",
            f"{dd}-{m:02d}-{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd}/{m}/{y}",
            f"{dd} {short} {y}",
            f"{dd} de {mon} del {y}",
            f"{dd:02d}.{m:02d}.{y}",
        ],
    }
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "numeric":
        return opts[lang][0]
    return v.pick(opts[lang])


def _th(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _street(v: Draw, c: str) -> str:
    n = v.r.randint(1, 480)
    p = v.pick
    name = p(STREETS[c])
    if c == "US":
        base = f"{n} {name} {p(['Street', 'St.', 'Avenue', 'Ave', 'Road', 'Blvd', 'Lane', 'Drive', 'Dr.', 'Court', 'Way', 'Place', 'Parkway'])}"
        if v.r.random() < 0.15:
            base = f"{n} {p(['N.', 'S.', 'E.', 'W.', 'North', 'West'])} {name} {p(['Street', 'Ave', 'Road'])}"
        if v.r.random() < 0.3:
            base += p(
                [
                    f", Suite {v.r.randint(100, 950)}",
                    f", Apt {v.r.randint(1, 30)}{p('ABCD')}",
                    f" #{v.r.randint(2, 40)}",
                    f", Unit {v.r.randint(1, 12)}",
                    f" Apt. {v.r.randint(1, 9)}",
                ]
            )
        return base
    if c == "UK":
        base = f"{n} {name} {p(['Road', 'Street', 'Lane', 'Close', 'Gardens', 'Crescent', 'Terrace', 'Mews', 'Avenue', 'Row'])}"
        if v.r.random() < 0.25:
            base = (
                p(
                    [
                        f"Flat {v.r.randint(1, 24)}, ",
                        f"Flat {v.r.randint(1, 9)}{p('ABC')}, ",
                        f"Unit {v.r.randint(1, 9)}, ",
                    ]
                )
                + base
            )
        return base
    if c == "DE":
        suf = p(["straße", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer"])
        base = f"{name}{suf} {n}{p(['', '', '', 'a', 'b', ' c', '-' + str(n + 2)])}"
        if v.r.random() < 0.12:
            base = f"{p(['Am', 'An der', 'Im', 'Auf dem', 'Zur'])} {name}{p(['berg', 'hof', 'bach', 'garten', 'mühle'])} {n}"
        if v.r.random() < 0.15:
            base = f"{name}-{p(['Ebert', 'Heuss', 'Adenauer', 'Brandt', 'Scholl'])}-{p(['Straße', 'Allee', 'Platz'])} {n}"
        if v.r.random() < 0.1:
            base += p([", 3. OG", ", Hinterhaus", ", 2. Stock links", " / Top 5"])
        return base
    if c == "CH":
        return (
            f"{name}{p(['strasse', 'gasse', 'weg', 'rain'])} {n}"
            if v.r.random() < 0.6
            else f"{p(['Rue', 'Chemin', 'Avenue'])} {p(['de la Gare', 'du Lac', 'des Alpes', 'de Lausanne', 'du Mont-Blanc'])} {n}"
        )
    if c == "FR":
        typ = p(
            [
                "rue",
                "rue",
                "avenue",
                "boulevard",
                "allée",
                "impasse",
                "place",
                "chemin",
                "quai",
                "cours",
            ]
        )
        num = f"{n}{p(['', '', '', ' bis', ' ter', 'B'])}"
        base = f"{num}{p([' ', ', '])}{typ} {name}"
        if v.r.random() < 0.12:
            base = (
                p([f"Bât. {p('ABCD')}, ", f"Appt {v.r.randint(1, 60)}, ", "Résidence Les Pins, "])
                + base
            )
        return base
    if c == "BE":
        return (
            f"{p(['Rue', 'Avenue', 'Chaussée', 'Boulevard'])} {name} {n}"
            if v.r.random() < 0.6
            else f"{p(['Kerkstraat', 'Stationsstraat', 'Molenstraat', 'Dorpsstraat'])} {n}"
        )
    if c == "ES":
        typ = p(
            [
                "Calle",
                "C/",
                "Avda.",
                "Avenida",
                "Paseo",
                "Plaza",
                "Carrer",
                "Ronda",
                "Camino",
                "Travesía",
            ]
        )
        base = f"{typ} {name}{p([' ', ', ', ', nº '])}{n}"
        if v.r.random() < 0.35:
            base += p(
                [
                    f", {v.r.randint(1, 9)}º {p('ABCD')}",
                    f", {v.r.randint(1, 8)}º {v.r.randint(1, 4)}ª",
                    ", bajo",
                    f", {v.r.randint(1, 6)}-{p('ABCDI')}",
                    f" {v.r.randint(1, 9)}º{p('ABCD')}",
                ]
            )
        return base
    if c == "MX":
        return f"{p(['Av.', 'Calle', 'Blvd.', 'Calz.'])} {name} {n}{p(['', ' Int. ' + str(v.r.randint(1, 20)), ' Depto. ' + str(v.r.randint(101, 904))])}"
    raise AssertionError(c)


STREET_COUNTRIES = {
    "en": ["US"] * 6 + ["UK"] * 4,
    "de": ["DE"] * 8 + ["CH", "CH"],
    "fr": ["FR"] * 8 + ["BE", "CH"],
    "es": ["ES"] * 7 + ["MX"] * 3,
}


def _password(v: Draw) -> str:
    p = v.pick
    words = [
        "Sommer",
        "winter",
        "Kaffee",
        "soleil",
        "Lluvia",
        "tiger",
        "Falcon",
        "marea",
        "Blume",
        "orange",
        "Nebel",
        "pivot",
        "Cobalt",
        "luna",
        "Hafen",
        "ruisseau",
        "granito",
        "Delta",
        "maple",
        "Kiesel",
        "brume",
        "Cielo",
        "quartz",
        "Anker",
        "olivo",
        "Perle",
        "tundra",
    ]
    sym = ["!", "#", "?", "$", "%", "*", "&", "!!", "+", "@", "_", "-", "."]
    k = v.r.random()
    if k < 0.3:
        return f"{p(words).capitalize()}{v.r.randint(10, 2029)}{p(sym[:9])}"
    if k < 0.55:
        return v.s(ALNUM, v.r.randint(3, 6)) + p(sym[:11]) + v.s(ALNUM, v.r.randint(4, 8))
    if k < 0.68:
        return f"{p(words)}-{p(words).lower()}-{v.r.randint(10, 99)}"
    if k < 0.8:
        leet = p(words).replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return f"{leet.capitalize()}{p(sym[:9])}{v.r.randint(1, 999)}"
    if k < 0.88:
        return f"{v.s(UP, 1)}{v.s(LO, 1)}({v.d(1)})[{v.s(LO, 1)}]{{{v.d(1)}}}{p(sym[:6])}"
    return v.s(ALNUM + "!#$%&*+=?~", v.r.randint(10, 18)) + v.d(1)


VENDORS = [
    "openai",
    "anthropic",
    "aws",
    "github",
    "github_pat",
    "gitlab",
    "slack",
    "stripe",
    "sendgrid",
    "google",
    "hf",
    "npm",
    "shopify",
    "twilio",
    "mailchimp",
    "vault",
    "doppler",
    "square",
    "pypi",
    "azure",
    "datadog",
    "digitalocean",
    "linear",
    "postman",
    "slack_hook",
]


def _token(v: Draw, vendor: str) -> str:
    s = v.s
    return {
        "openai": lambda: (
            "sk-proj-" + s(B64URL, 74) + "T3BlbkFJ" + s(B64URL, 20)
            if v.r.random() < 0.5
            else "sk-" + s(ALNUM, 48)
        ),
        "anthropic": lambda: "sk-ant-api03-" + s(B64URL, 93) + "AA",
        "aws": lambda: v.pick(["AKIA", "ASIA"]) + s(UP + "234567", 16),
        "github": lambda: v.pick(["ghp_", "gho_", "ghs_", "ghu_"]) + s(ALNUM, 36),
        "github_pat": lambda: "github_pat_11" + s(UP + DG, 20) + "_" + s(ALNUM, 59),
        "gitlab": lambda: "glpat-" + s(ALNUM + "-_", 20),
        "slack": lambda: (
            v.pick(["xoxb-", "xoxp-", "xapp-1-"]) + s(DG, 12) + "-" + s(DG, 13) + "-" + s(ALNUM, 24)
        ),
        "stripe": lambda: v.pick(["sk_live_", "rk_live_", "sk_test_", "whsec_"]) + s(ALNUM, 32),
        "sendgrid": lambda: "SG." + s(B64URL, 22) + "." + s(B64URL, 43),
        "google": lambda: "AIza" + s(B64URL, 35),
        "hf": lambda: "hf_" + s(ALNUM, 34),
        "npm": lambda: "npm_" + s(ALNUM, 36),
        "shopify": lambda: v.pick(["shpat_", "shpss_"]) + s("0123456789abcdef", 32),
        "twilio": lambda: "SK" + s("0123456789abcdef", 32),
        "mailchimp": lambda: s("0123456789abcdef", 32) + "-us" + str(v.r.randint(1, 21)),
        "vault": lambda: "hvs." + s(B64URL, 90),
        "doppler": lambda: "dp.st.prd." + s(ALNUM, 40),
        "square": lambda: "EAAA" + s(B64URL, 60),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + s(B64URL, 50),
        "azure": lambda: s(ALNUM + "+/", 86) + "==",
        "datadog": lambda: s("0123456789abcdef", 40),
        "digitalocean": lambda: "dop_v1_" + s("0123456789abcdef", 64),
        "linear": lambda: "lin_api_" + s(ALNUM, 40),
        "postman": lambda: "PMAK-" + s("0123456789abcdef", 24) + "-" + s("0123456789abcdef", 34),
        "slack_hook": lambda: (
            f"https://hooks.slack.com/services/T{s(UP + DG, 8)}/B{s(UP + DG, 10)}/{s(ALNUM, 24)}"
        ),
        "aws_secret": lambda: s(ALNUM + "/+", 40),
    }[vendor]()


def _ascii(s: str) -> str:
    s = (
        s.replace("ß", "ss")
        .replace("ø", "o")
        .replace("æ", "ae")
        .replace("ı", "i")
        .replace("ł", "l")
    )
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    return s.replace("-", "").replace(" ", "").replace(".", "")
