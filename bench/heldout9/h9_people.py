"""Phones per country plan, dates (birth dates and date decoys), stamps and prices for set 9."""

from __future__ import annotations

from h9_pools import MON3, MONTHS
from h9_values import digits, rand

COUNTRY = {
    "en": ["us", "uk"],
    "de": ["de", "at", "ch"],
    "fr": ["fr", "be", "ch"],
    "es": ["es"],
    "it": ["it"],
    "nl": ["nl"],
    "pt": ["pt"],
}


def _sp(s: str, groups, sep=" ") -> str:
    out, i = [], 0
    for g in groups:
        out.append(s[i : i + g])
        i += g
    return sep.join(out)


def phone(rng, lang: str, style: str | None = None) -> str:
    """A phone number of one of the language's countries, in a format of its plan."""
    c = rng.choice(COUNTRY[lang])
    st = style or rng.choice(["nat", "nat", "intl", "intl", "run", "alt"])
    if c == "us":
        a, x = rng.choice(["212", "415", "312", "503", "617", "720"]), f"01{rng.randrange(100):02d}"
        return {
            "nat": f"({a}) 555-{x}",
            "intl": f"+1 {a} 555 {x}",
            "run": f"{a}555{x}",
            "alt": f"1-{a}-555-{x}",
        }[st]
    if c == "uk":
        if rng.random() < 0.5:
            s = f"900{rng.randrange(1000):03d}"
            return {
                "nat": f"07700 {s}",
                "intl": f"+44 7700 {s}",
                "run": f"07700{s}",
                "alt": f"+44 (0)7700 {s}",
            }[st]
        s = f"0{rng.randrange(1000):03d}"
        return {
            "nat": f"020 7946 {s}",
            "intl": f"+44 20 7946 {s}",
            "run": f"0207946{s}",
            "alt": f"(020) 7946 {s}",
        }[st]
    if c == "de":
        if rng.random() < 0.6:
            p, s = (
                rng.choice(["151", "160", "170", "171", "176", "157"]),
                digits(rng, 7 if rng.random() < 0.5 else 8),
            )
            return {
                "nat": f"0{p} {s}",
                "intl": f"+49 {p} {s}",
                "run": f"0{p}{s}",
                "alt": f"0{p}/{s}",
            }[st]
        a, s = rng.choice([("30", 8), ("40", 7), ("761", 6), ("421", 7), ("941", 6)])
        s = digits(rng, s)
        return {
            "nat": f"0{a} {s}",
            "intl": f"+49 {a} {s}",
            "run": f"0{a}{s}",
            "alt": f"(0{a}) {s}",
        }[st]
    if c == "at":
        p, s = rng.choice(["664", "650", "676", "699"]), digits(rng, 7)
        return {
            "nat": f"0{p} {s}",
            "intl": f"+43 {p} {s}",
            "run": f"0{p}{s}",
            "alt": f"0043 {p} {s}",
        }[st]
    if c == "ch":
        p, s = rng.choice(["79", "78", "76", "44", "21", "31"]), digits(rng, 7)
        return {
            "nat": f"0{p} {_sp(s, (3, 2, 2))}",
            "intl": f"+41 {p} {_sp(s, (3, 2, 2))}",
            "run": f"0{p}{s}",
            "alt": f"0041 {p} {_sp(s, (3, 2, 2))}",
        }[st]
    if c == "fr":
        p, s = rng.choice(["6", "7", "1", "2", "4", "5"]), digits(rng, 8)
        g = _sp(s, (2, 2, 2, 2))
        return {
            "nat": f"0{p} {g}",
            "intl": f"+33 {p} {g}",
            "run": f"0{p}{s}",
            "alt": f"0{p}.{_sp(s, (2, 2, 2, 2), '.')}",
        }[st]
    if c == "be":
        if rng.random() < 0.6:
            p, s = rng.choice(["470", "475", "486", "499"]), digits(rng, 6)
            return {
                "nat": f"0{p} {_sp(s, (2, 2, 2))}",
                "intl": f"+32 {p} {_sp(s, (2, 2, 2))}",
                "run": f"0{p}{s}",
                "alt": f"0{p}/{_sp(s, (2, 2, 2), '.')}",
            }[st]
        s = digits(rng, 7)
        return {
            "nat": f"02 {_sp(s, (3, 2, 2))}",
            "intl": f"+32 2 {_sp(s, (3, 2, 2))}",
            "run": f"02{s}",
            "alt": f"02/{_sp(s, (3, 2, 2), '.')}",
        }[st]
    if c == "es":
        p = rng.choice(["6", "6", "7", "91", "93", "95"])
        s = p + rand(rng, 9 - len(p), "0123456789")
        g = _sp(s, (3, 3, 3)) if p[0] in "67" else _sp(s, (2, 3, 2, 2))
        return {"nat": g, "intl": f"+34 {g}", "run": s, "alt": f"(+34) {g}"}[st]
    if c == "it":
        if rng.random() < 0.6:
            p, s = rng.choice(["347", "333", "320", "389", "340"]), digits(rng, 7)
            return {
                "nat": f"{p} {_sp(s, (3, 4))}",
                "intl": f"+39 {p} {s}",
                "run": f"{p}{s}",
                "alt": f"0039 {p} {s}",
            }[st]
        a, s = rng.choice([("06", 8), ("02", 8), ("051", 7), ("011", 7)])
        s = digits(rng, s)
        return {"nat": f"{a} {s}", "intl": f"+39 {a} {s}", "run": f"{a}{s}", "alt": f"{a}/{s}"}[st]
    if c == "nl":
        if rng.random() < 0.6:
            s = digits(rng, 8)
            return {
                "nat": f"06-{s}",
                "intl": f"+31 6 {s}",
                "run": f"06{s}",
                "alt": f"06 {_sp(s, (2, 2, 2, 2))}",
            }[st]
        a, s = rng.choice([("20", 7), ("30", 7), ("50", 7), ("70", 7)])
        s = digits(rng, s)
        return {
            "nat": f"0{a} {_sp(s, (3, 4))}",
            "intl": f"+31 {a} {s}",
            "run": f"0{a}{s}",
            "alt": f"0{a}-{s}",
        }[st]
    p = rng.choice(["91", "93", "96", "21", "22"])  # pt
    s = p + digits(rng, 7)
    g = _sp(s, (3, 3, 3)) if p[0] == "9" else _sp(s, (2, 3, 4))
    return {"nat": g, "intl": f"+351 {g}", "run": s, "alt": f"00351 {g}"}[st]


WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}


def spaced(num: str) -> str:
    """A phone read digit by digit: single digits apart by blanks."""
    return " ".join(c for c in num if c.isdigit() or c == "+")


# -- dates ---------------------------------------------------------------------------------
def ymd(rng, y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randrange(y0, y1 + 1), rng.randrange(1, 13), rng.randrange(1, 29)


def fmt_date(rng, lang: str, d: tuple[int, int, int], style: str | None = None) -> str:
    y, m, dd = d
    st = style or rng.choice(["num", "num", "num", "iso", "long", "short"])
    if st == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if st == "compact":
        return f"{y}{m:02d}{dd:02d}"
    if st == "mon3":
        return f"{dd:02d} {MON3[m - 1]} {y}"
    if st == "short" and lang in ("fr", "de"):
        st = "long"
    if st == "long":
        mn = MONTHS[lang][m - 1]
        return {
            "en": f"{mn} {dd}, {y}",
            "de": f"{dd}. {mn} {y}",
            "es": f"{dd} de {mn} de {y}",
            "pt": f"{dd} de {mn} de {y}",
        }.get(lang, f"{dd} {mn} {y}")
    if st == "short":
        mn = MONTHS[lang][m - 1][:3]
        return f"{dd}-{mn}-{y}" if lang != "en" else f"{dd} {mn} {y}"
    if lang == "en":
        return f"{m:02d}/{dd:02d}/{y}" if rng.random() < 0.6 else f"{dd:02d}/{m:02d}/{y}"
    if lang in ("de", "at"):
        return f"{dd:02d}.{m:02d}.{y}"
    if lang == "nl":
        return f"{dd:02d}-{m:02d}-{y}"
    return f"{dd:02d}/{m:02d}/{y}"


def dob(rng, lang: str, y0: int = 1938, y1: int = 2006, style: str | None = None) -> str:
    return fmt_date(rng, lang, ymd(rng, y0, y1), style)


def event_date(rng, lang: str, style: str | None = None) -> str:
    return fmt_date(rng, lang, ymd(rng, 2024, 2027), style)


def stamp(rng, style: str | None = None) -> str:
    y, m, d = ymd(rng, 2025, 2026)
    h, mi, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    st = style or rng.choice(["iso", "iso", "space", "syslog"])
    if st == "iso":
        return f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
    if st == "space":
        return f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"
    return f"{MONTHS['en'][m - 1][:3]} {d:2d} {h:02d}:{mi:02d}:{s:02d}"


def price(rng, lang: str) -> str:
    v = rng.randrange(5, 4000) + rng.randrange(100) / 100
    if lang == "en":
        return f"${v:,.2f}" if rng.random() < 0.6 else f"£{v:.2f}"
    s = f"{v:.2f}".replace(".", ",")
    return f"{s} €" if lang != "nl" else f"€ {s}"
