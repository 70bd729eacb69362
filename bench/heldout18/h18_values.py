"""Value makers of set 18: phones per language, phone numbers in words, birth dates."""

from __future__ import annotations

import random
import string

from h18_pools import DIGITS, MONTHS


# ---------------------------------------------------------------- phones
def phone(rng: random.Random, lang: str, style: str = "any") -> tuple[str, str]:
    """A phone number as written and its national digits (for number words)."""
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    st = style if style != "any" else rng.choice(["intl", "nat", "nat", "run"])
    if lang == "en":
        if rng.random() < 0.5:
            a, x = rng.choice(["212", "503", "608", "415", "617"]), f"01{d(2)}"
            nat = f"{a}555{x}"
            w = {"intl": f"+1 {a} 555 {x}", "nat": f"({a}) 555-{x}", "run": nat}
        else:
            x = f"900{d(3)}"
            nat = f"07700{x}"
            w = {"intl": f"+44 7700 {x}", "nat": f"07700 {x}", "run": nat}
    elif lang == "de":
        p, r = rng.choice(["151", "160", "176", "172"]), d(8)
        nat = f"0{p}{r}"
        w = {"intl": f"+49 {p} {r}", "nat": f"0{p} {r[:4]} {r[4:]}", "run": nat}
    elif lang == "fr":
        r = [f"{rng.randint(10, 99)}" for _ in range(4)]
        m = rng.choice("67")
        nat = f"0{m}{''.join(r)}"
        w = {"intl": f"+33 {m} {' '.join(r)}", "nat": f"0{m} {' '.join(r)}", "run": nat}
    elif lang == "es":
        r = rng.choice("67") + d(8)
        nat = r
        w = {
            "intl": f"+34 {r[:3]} {r[3:6]} {r[6:]}",
            "nat": f"{r[:3]} {r[3:5]} {r[5:7]} {r[7:]}",
            "run": r,
        }
    elif lang == "it":
        p, r = rng.choice(["347", "328", "339", "320"]), d(7)
        nat = p + r
        w = {"intl": f"+39 {p} {r}", "nat": f"{p} {r[:3]} {r[3:]}", "run": nat}
    elif lang == "nl":
        r = d(8)
        nat = f"06{r}"
        w = {"intl": f"+31 6 {r}", "nat": f"06-{r}", "run": nat}
    else:
        r = rng.choice(["91", "93", "96"]) + d(7)
        nat = r
        w = {"intl": f"+351 {r[:3]} {r[3:6]} {r[6:]}", "nat": f"{r[:3]} {r[3:6]} {r[6:]}", "run": r}
    return w[st], nat


def digit_words(lang: str, digits: str, groups: tuple[int, ...] = (3, 3, 4)) -> str:
    words = DIGITS[lang].split()
    out, i = [], 0
    for g in groups:
        if i >= len(digits):
            break
        out.append(" ".join(words[int(c)] for c in digits[i : i + g]))
        i += g
    if i < len(digits):
        out.append(" ".join(words[int(c)] for c in digits[i:]))
    return ", ".join(out)


# ---------------------------------------------------------------- birth dates
def dob(rng: random.Random, lang: str, style: str = "any", lo: int = 1944, hi: int = 2004):
    y, m, dd = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    st = style if style != "any" else rng.choice(["num", "num", "words", "iso"])
    mon = MONTHS[lang].split()[m - 1]
    if st == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if st == "words":
        return {
            "en": f"{mon} {dd}, {y}" if rng.random() < 0.6 else f"{dd} {mon} {y}",
            "de": f"{dd}. {mon} {y}",
            "fr": f"{'1er' if dd == 1 else dd} {mon} {y}",
            "es": f"{dd} de {mon} de {y}",
            "it": f"{dd} {mon} {y}",
            "nl": f"{dd} {mon} {y}",
            "pt": f"{dd} de {mon} de {y}",
        }[lang]
    if lang == "en":
        return f"{m:02d}/{dd:02d}/{y}" if rng.random() < 0.6 else f"{dd:02d}/{m:02d}/{y}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{dd:02d}{sep}{m:02d}{sep}{y}"
