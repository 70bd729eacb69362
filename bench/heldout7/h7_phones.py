"""Phone numbers per country for set 7: the shapes each country writes, fictional ranges where
a country has them (US 555-01xx, UK drama numbers), local numbers that never start with the
trunk digit.
"""

from __future__ import annotations

import random


def _d(rng: random.Random, n: int) -> str:
    """n digits, the first not zero (a local number never starts with the trunk digit)."""
    return rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(n - 1))


def phone(rng: random.Random, cc: str) -> str:
    r = rng.random()
    if cc == "US":
        area = rng.choice(["212", "312", "415", "503", "614", "608", "720", "919"])
        line = f"01{_d(rng, 2)}"
        return [
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 ({area}) 555-{line}",
        ][int(r * 6)]
    if cc == "GB":
        if r < 0.5:
            tail = _d(rng, 3)
            return rng.choice(
                [f"07700 900{tail}", f"+44 7700 900{tail}", f"+44 (0)7700 900 {tail}"]
            )
        tail = _d(rng, 3)
        return rng.choice([f"020 7946 0{tail}", f"+44 20 7946 0{tail}", f"0113 496 0{tail}"])
    if cc == "DE":
        mob = rng.choice(["151", "160", "171", "176", "157"])
        num = _d(rng, 8)
        area, loc_len = rng.choice([("521", 6), ("561", 7), ("941", 6), ("451", 7), ("30", 8)])
        loc = _d(rng, loc_len)
        return [
            f"0{mob} {num}",
            f"+49 {mob} {num}",
            f"0{area} / {loc}",
            f"(0{area}) {loc[:3]} {loc[3:]}",
            f"0049 (0){area} {loc}",
            f"+49 (0){mob} {num[:4]} {num[4:]}",
            f"0{mob}-{num}",
        ][int(r * 7)]
    if cc == "AT":
        return rng.choice(
            [f"+43 316 {_d(rng, 6)}", f"0664 {_d(rng, 7)}", f"+43 (0)664 {_d(rng, 3)} {_d(rng, 4)}"]
        )
    if cc == "CH":
        return rng.choice(
            [
                f"+41 52 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
                f"079 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
            ]
        )
    if cc == "FR":
        p = [_d(rng, 2) for _ in range(4)]
        first = rng.choice(["6", "7", "2", "4", "1"])
        if first == "7":
            p[0] = rng.choice("3456789") + p[0][1]
        return [
            f"0{first} {' '.join(p)}",
            f"+33 {first} {' '.join(p)}",
            f"0{first}.{'.'.join(p)}",
            f"0033 {first} {' '.join(p)}",
            f"+33 (0){first} {' '.join(p)}",
            f"0{first}{''.join(p)}",
        ][int(r * 6)]
    if cc == "BE":
        return rng.choice(
            [
                f"+32 81 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
                f"0475 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
            ]
        )
    if cc == "ES":
        mob = rng.choice(["6" + _d(rng, 8), "7" + rng.choice("1234") + _d(rng, 7)])
        land = rng.choice(["976", "983", "968", "985", "948"]) + _d(rng, 6)
        return [
            f"{mob[:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}",
            f"+34 {mob[:3]} {mob[3:6]} {mob[6:]}",
            f"{land[:3]} {land[3:6]} {land[6:]}",
            f"(+34) {land[:3]} {land[3:5]} {land[5:7]} {land[7:]}",
            f"0034 {mob}",
            f"{mob[:3]}-{mob[3:6]}-{mob[6:]}",
        ][int(r * 6)]
    if cc == "MX":
        return f"+52 55 {_d(rng, 4)} {_d(rng, 4)}"
    if cc == "IT":
        mob = "3" + rng.choice(["33", "47", "49", "28"]) + _d(rng, 7)
        return [
            f"{mob[:3]} {mob[3:6]} {mob[6:]}",
            f"+39 {mob[:3]} {mob[3:]}",
            f"+39 035 {_d(rng, 6)}",
            f"049 {_d(rng, 3)} {_d(rng, 4)}",
        ][int(r * 4)]
    if cc == "NL":
        mob = _d(rng, 8)
        return [
            f"06-{mob}",
            f"+31 6 {mob}",
            f"030 {_d(rng, 3)} {_d(rng, 4)}",
            f"0031 50 {_d(rng, 3)} {_d(rng, 4)}",
            f"06 {mob[:2]} {mob[2:4]} {mob[4:6]} {mob[6:]}",
        ][int(r * 5)]
    if cc == "PT":
        mob = "9" + rng.choice(["1", "2", "3", "6"]) + _d(rng, 7)
        return [
            f"{mob[:3]} {mob[3:6]} {mob[6:]}",
            f"+351 {mob[:3]} {mob[3:6]} {mob[6:]}",
            f"+351 253 {_d(rng, 3)} {_d(rng, 3)}",
            f"00351 {mob}",
        ][int(r * 4)]
    if cc == "IE":
        return rng.choice([f"+353 87 {_d(rng, 3)} {_d(rng, 4)}", f"087 {_d(rng, 3)} {_d(rng, 4)}"])
    if cc == "AU":
        return rng.choice(
            [f"+61 4{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}", f"(02) 5550 {_d(rng, 4)}"]
        )
    raise KeyError(cc)


COUNTRIES: dict[str, list[str]] = {
    "en": ["US", "US", "US", "GB", "GB", "IE", "AU"],
    "de": ["DE", "DE", "DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "FR", "FR", "BE", "CH"],
    "es": ["ES", "ES", "ES", "ES", "MX"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["PT"],
}
