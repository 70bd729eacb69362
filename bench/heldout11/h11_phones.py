"""Phone numbers in their countries' real numbering plans, in the groupings people write.

US numbers stay in the fictional 555-01xx block, UK numbers in Ofcom's drama ranges. The
other countries use real mobile and geographic prefixes with the right subscriber lengths.
A phone is drawn as a ``Phone`` (country code, national significant number, trunk) and then
written in one of several styles; the digits alone identify it for the uniqueness checks.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}


@dataclass(frozen=True)
class Phone:
    cc: str  # country calling code without "+"
    nsn: str  # national significant number
    trunk: str  # "0" in most of Europe, "1" for the NANP (written before the area code)
    groups: tuple[int, ...]  # national grouping of the NSN

    def national(self, sep: str = " ") -> str:
        parts, i = [], 0
        for g in self.groups:
            parts.append(self.nsn[i : i + g])
            i += g
        if self.cc == "1":
            return f"({parts[0]}) {parts[1]}-{parts[2]}" if sep == "()" else sep.join(parts)
        first = ("0" if self.trunk == "0" else "") + parts[0]
        return sep.join([first, *parts[1:]])

    def intl(self, sep: str = " ") -> str:
        parts, i = [], 0
        for g in self.groups:
            parts.append(self.nsn[i : i + g])
            i += g
        return f"+{self.cc}{sep}" + sep.join(parts)

    def run(self) -> str:
        return ("0" if self.trunk == "0" else "") + self.nsn


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_phone(rng: random.Random, country: str, mobile: bool | None = None) -> Phone:
    if mobile is None:
        mobile = rng.random() < 0.6
    if country == "US":
        area = rng.choice(["212", "312", "415", "617", "206", "303", "512", "702", "404", "612"])
        return Phone("1", f"{area}55501{_d(rng, 2)}", "1", (3, 3, 4))
    if country == "UK":
        if mobile:
            return Phone("44", f"7700900{_d(rng, 3)}", "0", (4, 6))
        kind = rng.choice(["20", "113", "161", "1632"])
        if kind == "20":
            return Phone("44", f"2079460{_d(rng, 3)}", "0", (2, 4, 4))
        if kind == "1632":
            return Phone("44", f"1632960{_d(rng, 3)}", "0", (4, 6))
        return Phone("44", f"{kind}4960{_d(rng, 3)}", "0", (3, 3, 4))
    if country == "DE":
        if mobile:
            pre = rng.choice(["151", "152", "157", "160", "170", "171", "175", "176", "179"])
            n = 7 if pre in ("160", "170", "171", "175") else 8
            return Phone("49", pre + _d(rng, n), "0", (3, n))
        area, n = rng.choice([("30", 8), ("40", 8), ("89", 8), ("221", 7), ("69", 8), ("711", 7)])
        first = str(rng.randint(2, 9))
        return Phone("49", area + first + _d(rng, n - 1), "0", (len(area), n))
    if country == "AT":
        if mobile:
            return Phone("43", rng.choice(["664", "676", "699", "650"]) + _d(rng, 7), "0", (3, 7))
        return Phone("43", "1" + str(rng.randint(2, 9)) + _d(rng, 6), "0", (1, 7))
    if country == "CH":
        if mobile:
            return Phone("41", rng.choice(["79", "78", "76", "77"]) + _d(rng, 7), "0", (2, 3, 2, 2))
        return Phone(
            "41", rng.choice(["44", "31", "61", "21", "22"]) + "2" + _d(rng, 6), "0", (2, 3, 2, 2)
        )
    if country == "FR":
        first = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "2", "3", "4", "5"])
        nsn = first + str(rng.randint(1, 9)) + _d(rng, 7)
        return Phone("33", nsn, "0", (1, 2, 2, 2, 2))
    if country == "BE":
        if mobile:
            return Phone(
                "32",
                rng.choice(["470", "475", "478", "484", "486", "495", "498"]) + _d(rng, 6),
                "0",
                (3, 2, 2, 2),
            )
        return Phone("32", "2" + str(rng.randint(2, 9)) + _d(rng, 6), "0", (1, 3, 2, 2))
    if country == "ES":
        if mobile:
            pre = rng.choice(
                ["60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "71", "72"]
            )
            return Phone("34", pre + _d(rng, 7), "", (3, 3, 3))
        return Phone(
            "34",
            rng.choice(["91", "93", "95", "96"]) + str(rng.randint(2, 8)) + _d(rng, 6),
            "",
            (2, 3, 2, 2),
        )
    if country == "IT":
        if mobile:
            pre = rng.choice(
                ["320", "328", "333", "338", "340", "347", "348", "366", "380", "389", "392"]
            )
            return Phone("39", pre + _d(rng, 7), "", (3, 3, 4))
        area = rng.choice(["06", "02", "011", "055", "081"])
        rest = 8 if len(area) == 2 else 7
        return Phone(
            "39", area + str(rng.randint(2, 9)) + _d(rng, rest - 1), "", (len(area), 4, rest - 4)
        )
    if country == "NL":
        if mobile:
            return Phone("31", "6" + str(rng.randint(1, 5)) + _d(rng, 7), "0", (1, 8))
        area = rng.choice(["20", "10", "30", "70", "40"])
        return Phone("31", area + str(rng.randint(2, 9)) + _d(rng, 6), "0", (2, 3, 4))
    if country == "PT":
        if mobile:
            return Phone("351", rng.choice(["91", "92", "93", "96"]) + _d(rng, 7), "", (3, 3, 3))
        return Phone(
            "351", rng.choice(["21", "22"]) + str(rng.randint(1, 9)) + _d(rng, 6), "", (2, 3, 4)
        )
    raise ValueError(country)


COUNTRIES = {
    "en": ["US", "US", "US", "UK"],
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "NL", "NL", "BE"],
    "pt": ["PT"],
}


def write_phone(rng: random.Random, p: Phone, style: str | None = None) -> str:
    """The phone in a written style: national grouped, international, a run, E.164..."""
    if style is None:
        style = rng.choice(["nat", "nat", "nat", "intl", "intl", "run"])
    if style == "run":
        return p.run() if p.cc != "1" else p.nsn
    if style == "e164":
        return f"+{p.cc}{p.nsn}"
    if style == "cc-run":
        return f"{p.cc}{p.nsn}"
    if style == "intl":
        return p.intl(" ")
    if style == "00":
        return "00" + p.intl(" ")[1:]
    if p.cc == "1":
        return rng.choice(
            [p.national("()"), p.national("-"), p.national("."), "1-" + p.national("-")]
        )
    if p.cc == "49" and rng.random() < 0.35:
        return p.national(" ").replace(" ", " / ", 1) if rng.random() < 0.5 else p.national("/")
    if p.cc == "33" and rng.random() < 0.25:
        return p.national(".")
    if p.cc == "31" and rng.random() < 0.5:
        return p.national("-")
    return p.national(" ")


def spoken(p: Phone, lang: str, national: bool = True) -> str:
    """A number said digit by digit in words, grouped by commas as a recogniser writes it."""
    digits = p.run() if national and p.cc != "1" else p.nsn
    words = WORDS[lang]
    out, i = [], 0
    groups = [3, 3, 4] if p.cc == "1" else [len(digits) - 7, 3, 4]
    for g in groups:
        out.append(" ".join(words[int(c)] for c in digits[i : i + g]))
        i += g
    return ", ".join(out)
