"""Phone numbers of set 8, in each country's real numbering plan and the groupings people use.

US numbers stay in the fictional 555-01xx block and UK ones in Ofcom's drama ranges; the
European ones follow their plans (mobile prefixes, area codes, lengths). Each maker returns
the number in one of the groupings seen in that country, national or international.
"""

from __future__ import annotations

import random


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def us(rng: random.Random) -> str:
    area = rng.choice(["212", "312", "415", "503", "617", "718", "919", "206"])
    line = f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        [
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"+1 {area} 555 {line}",
            f"{area}.555.{line}",
            f"1-{area}-555-{line}",
            f"+1{area}555{line}",
        ]
    )


def uk(rng: random.Random) -> str:
    r = rng.randrange(3)
    if r == 0:
        n = f"{rng.randint(0, 999):03d}"
        return rng.choice([f"07700 900{n}", f"+44 7700 900{n}", f"+447700900{n}"])
    if r == 1:
        n = f"{rng.randint(0, 999):03d}"
        return rng.choice([f"020 7946 0{n}", f"+44 20 7946 0{n}"])
    n = f"{rng.randint(0, 999):03d}"
    return rng.choice([f"0113 496 0{n}", f"+44 113 496 0{n}"])


def de(rng: random.Random) -> str:
    if rng.random() < 0.55:
        pre = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "176", "177"])
        rest = _d(rng, 8 if pre in ("151", "160", "170", "171", "175") else 7)
        rest = _d(rng, 8) if pre.startswith("15") else rest
        return rng.choice(
            [
                f"0{pre} {rest}",
                f"+49 {pre} {rest}",
                f"0{pre}/{rest}",
                f"0{pre}-{rest[:3]} {rest[3:]}",
                f"0049 {pre} {rest}",
                f"0{pre}{rest}",
            ]
        )
    area, n = rng.choice([("30", 8), ("89", 7), ("221", 7), ("40", 8), ("341", 7), ("761", 6)])
    rest = _d(rng, n)
    rest = str(rng.randint(2, 9)) + rest[1:]
    return rng.choice(
        [
            f"0{area} {rest}",
            f"+49 {area} {rest}",
            f"0{area}/{rest}",
            f"+49 (0){area} {rest}",
            f"0{area} {rest[:3]} {rest[3:]}",
        ]
    )


def at(rng: random.Random) -> str:
    rest = str(rng.randint(2, 9)) + _d(rng, 6)
    return rng.choice(
        [f"0664 {rest}", f"+43 664 {rest}", f"01 {rest[:3]} {rest[3:]}", f"+43 1 {rest}"]
    )


def ch(rng: random.Random) -> str:
    a, b, c = f"{rng.randint(200, 999)}", f"{rng.randint(10, 99)}", f"{rng.randint(10, 99)}"
    return rng.choice(
        [f"079 {a} {b} {c}", f"+41 79 {a} {b} {c}", f"044 {a} {b} {c}", f"+41 44 {a} {b} {c}"]
    )


def fr(rng: random.Random) -> str:
    first = rng.choice(["6", "7", "1", "2", "3", "4", "5", "9"])
    pairs = [f"{rng.randint(10, 99)}" for _ in range(4)]
    return rng.choice(
        [
            f"0{first} " + " ".join(pairs),
            f"0{first}." + ".".join(pairs),
            f"+33 {first} " + " ".join(pairs),
            f"0{first}" + "".join(pairs),
            f"+33 (0){first} " + " ".join(pairs),
            f"0{first}-" + "-".join(pairs),
        ]
    )


def be(rng: random.Random) -> str:
    n = f"{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return rng.choice([f"0470 {n}", f"+32 470 {n}", f"02 {rng.randint(200, 799)} {n[3:]}"])


def es(rng: random.Random) -> str:
    if rng.random() < 0.6:
        n = rng.choice(["6", "6", "6", "6", "71", "72", "73", "74"])
        n += _d(rng, 9 - len(n))
    else:
        n = rng.choice(["91", "93", "96", "95", "94"]) + _d(rng, 7)
    g3 = f"{n[:3]} {n[3:6]} {n[6:]}"
    g2 = (
        f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
        if n[0] == "9"
        else f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    )
    return rng.choice([g3, g2, f"+34 {g3}", f"+34 {n}", n, f"(+34) {g2}", f"0034 {g3}"])


def it(rng: random.Random) -> str:
    if rng.random() < 0.6:
        n = rng.choice(["320", "328", "333", "338", "340", "347", "349", "366", "380", "393"])
        rest = _d(rng, 7)
        return rng.choice(
            [
                f"{n} {rest}",
                f"+39 {n} {rest}",
                f"{n} {rest[:3]} {rest[3:]}",
                f"{n}{rest}",
                f"+39 {n} {rest[:3]} {rest[3:]}",
            ]
        )
    area = rng.choice(["06", "02", "051", "011", "055", "081"])
    rest = _d(rng, 10 - len(area))
    return rng.choice([f"{area} {rest}", f"+39 {area} {rest}", f"{area}-{rest}"])


def nl(rng: random.Random) -> str:
    if rng.random() < 0.6:
        rest = str(rng.randint(1, 6)) + _d(rng, 7)
        return rng.choice(
            [
                f"06-{rest}",
                f"06 {rest}",
                f"+31 6 {rest}",
                f"+31 (0)6 {rest}",
                f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
                f"06{rest}",
            ]
        )
    area, n = rng.choice([("20", 7), ("10", 7), ("30", 7), ("70", 7), ("50", 7), ("40", 7)])
    rest = str(rng.randint(2, 8)) + _d(rng, n - 1)
    return rng.choice([f"0{area}-{rest}", f"0{area} {rest[:3]} {rest[3:]}", f"+31 {area} {rest}"])


def pt(rng: random.Random) -> str:
    if rng.random() < 0.6:
        n = rng.choice(["91", "92", "93", "96"]) + _d(rng, 7)
    else:
        n = rng.choice(["21", "22", "239", "289"])
        n = n + _d(rng, 9 - len(n))
    g = f"{n[:3]} {n[3:6]} {n[6:]}"
    return rng.choice([g, f"+351 {g}", f"+351 {n}", n, f"00351 {g}"])


BY_LANG = {
    "en": [us, us, uk],
    "de": [de, de, de, at, ch],
    "fr": [fr, fr, fr, be, ch],
    "es": [es],
    "it": [it],
    "nl": [nl],
    "pt": [pt],
}


def phone(rng: random.Random, lang: str) -> str:
    return rng.choice(BY_LANG[lang])(rng)


def run_digits(rng: random.Random, lang: str) -> str:
    """A number as one digit run with its country code and no ``+`` (CDRs, exports)."""
    cc = {"en": "1", "de": "49", "fr": "33", "es": "34", "it": "39", "nl": "31", "pt": "351"}[lang]
    p = phone(rng, lang).replace("(0)", "")
    digits = "".join(c for c in p if c.isdigit())
    if p.startswith("+") or p.startswith("00"):
        return digits.lstrip("0") if p.startswith("00") else digits
    if lang == "en":
        if digits.startswith("0"):  # a UK national number
            return "44" + digits[1:]
        return digits if digits.startswith("1") and len(digits) == 11 else "1" + digits
    if lang in ("es", "pt", "it"):
        return cc + digits
    return cc + digits[1:] if digits.startswith("0") else cc + digits
