"""Phone number shapes per country for the fourth held-out set.

Each pattern writes one number the way people and systems of that country write it: ``X`` is
any digit, ``N`` a digit 2-9, ``M`` a digit 1-9; everything else is written as it stands.
National prefixes follow each numbering plan (mobile and geographic ranges), so a number is
one its country could issue.
"""

from __future__ import annotations

import random

PATTERNS: dict[str, list[str]] = {
    "us": ["(206) NXX-XXXX", "312-NXX-XXXX", "415.NXX.XXXX", "1-512-NXX-XXXX",
           "+1 617 NXX XXXX", "+1 (720) NXX-XXXX", "+1828NXXXXXX", "1 (919) NXX-XXXX",
           "503 NXX XXXX", "404NXXXXXX", "(701) NXX XXXX", "+1-208-NXX-XXXX"],
    "ca": ["(514) NXX-XXXX", "+1 416 NXX XXXX", "604-NXX-XXXX", "1 (438) NXX-XXXX"],
    "gb": ["07NXX XXXXXX", "07NXX XXX XXX", "+44 7NXX XXXXXX", "+44 (0)7NXX XXXXXX",
           "0044 7NXX XXXXXX", "07NXXXXXXXX", "020 7XXX XXXX", "+44 20 8XXX XXXX",
           "(020) 3XXX XXXX", "0161 NXX XXXX", "+44 113 NXX XXXX", "0117 NXX XXXX"],
    "ie": ["08N XXX XXXX", "+353 8N XXX XXXX", "(01) NXX XXXX", "+353 1 NXX XXXX",
           "087-XXX-XXXX"],
    "au": ["04XX XXX XXX", "+61 4XX XXX XXX", "(02) 9XXX XXXX", "+61 3 9XXX XXXX", "04XXXXXXXX"],
    "in": ["+91 9XXXX XXXXX", "+91-8XXXXXXXXX", "098XXXXXXXX", "+91 22 2XXX XXXX"],
    "de": ["0151 XXXXXXXX", "0172 / XXXXXXX", "+49 160 XXXXXXX", "+49 (0)176 XXXXXXXX",
           "0049 157 XXXXXXXX", "0163-XXXXXXX", "030 NXXXXXXX", "(030) NXX XX XX",
           "030/NXXXXXXX", "0521 NXXXXX", "+49 521 NXXXXX", "0761-NXXXXX", "+49 89 NXXXXXXX",
           "(0221) NXX XX XX", "0381 NXX XX XX", "01520XXXXXXX", "+4917XXXXXXXXX"],
    "at": ["0664 XXXXXXX", "+43 664 XXXXXXX", "0676/XXX XX XX", "01 NXX XX XX",
           "+43 1 NXX XX XX", "+43 316 NXXXXX"],
    "ch": ["079 XXX XX XX", "+41 78 XXX XX XX", "044 NXX XX XX", "+41 44 NXX XX XX",
           "021 NXX XX XX", "0041 76 XXX XX XX"],
    "nl": ["06-MXXXXXXX", "+31 6 MXXXXXXX", "020 NXX XXXX", "+31 (0)20 NXX XXXX"],
    "fr": ["06 XX XX XX XX", "07.XX.XX.XX.XX", "0MXXXXXXXX", "+33 6 XX XX XX XX",
           "+33 (0)1 XX XX XX XX", "0033 7 XX XX XX XX", "02-XX-XX-XX-XX", "04 XX XX XX XX",
           "+33 5 XX XX XX XX", "01 XX XX XX XX", "+336XXXXXXXX", "09 XX XX XX XX"],
    "be": ["04MX XX XX XX", "+32 47X XX XX XX", "0494/XX.XX.XX", "02 NXX XX XX",
           "+32 2 NXX XX XX", "04 NXX XX XX"],
    "es": ["6XX XXX XXX", "6XX XX XX XX", "+34 6XX XXX XXX", "0034 6XXXXXXXX", "6XXXXXXXX",
           "91 NXX XX XX", "+34 93 NXX XX XX", "7MX XXX XXX", "+34 983 XX XX XX",
           "944 XX XX XX", "(+34) 6XX-XXX-XXX", "+346XXXXXXXX"],
    "mx": ["+52 55 NXXX XXXX", "55 NXXX XXXX", "(33) NXXX-XXXX", "+52 1 81 NXXX XXXX",
           "+52 (55) NXXX-XXXX"],
    "ar": ["+54 9 11 NXXX-XXXX", "011 NXXX-XXXX", "(011) 15-NXXX-XXXX", "+54 351 NXX-XXXX"],
    "co": ["+57 3MX XXX XXXX", "3MX XXX XXXX", "+57 601 NXX XXXX"],
    "br": ["+55 11 9XXXX-XXXX", "(11) 9XXXX-XXXX", "+55 21 9XXXX XXXX"],
    "jp": ["+81 90-XXXX-XXXX", "090-XXXX-XXXX", "03-NXXX-XXXX", "+81 3 NXXX XXXX"],
    "sg": ["+65 9XXX XXXX", "+65 8XXX XXXX", "6NXX XXXX"],
    "za": ["+27 82 XXX XXXX", "082 XXX XXXX", "+27 21 NXX XXXX"],
    "ae": ["+971 50 XXX XXXX", "050 XXX XXXX", "+971 4 NXX XXXX"],
    "pl": ["+48 5MX XXX XXX", "6MX-XXX-XXX", "+48 22 NXX XX XX"],
    "it": ["+39 3MX XXX XXXX", "3MX XXXXXXX", "06 NXXX XXXX", "+39 02 NXXX XXXX"],
    "pt": ["+351 91X XXX XXX", "+351 21X XXX XXX", "93X XXX XXX"],
    "ma": ["+212 6MX-XXXXXX", "06 MX XX XX XX", "+212 5 22 XX XX XX"],
    "tr": ["+90 5MX XXX XX XX", "0 (5MX) XXX XX XX"],
}  # fmt: skip

# Where a language's texts draw phone countries from (home first, then everyone else).
BY_LANG: dict[str, list[str]] = {
    "en": ["us", "us", "us", "gb", "gb", "ie", "ca", "au", "in", "sg", "za", "ae", "jp", "nl"],
    "de": ["de", "de", "de", "de", "at", "at", "ch", "nl", "pl", "tr", "it", "gb", "us"],
    "fr": ["fr", "fr", "fr", "fr", "be", "be", "ch", "ca", "ma", "es", "pt", "gb", "us"],
    "es": ["es", "es", "es", "es", "mx", "mx", "ar", "co", "br", "pt", "fr", "us", "gb"],
}


def fill(pattern: str, rng: random.Random) -> str:
    out = []
    for ch in pattern:
        if ch == "X":
            out.append(str(rng.randint(0, 9)))
        elif ch == "N":
            out.append(str(rng.randint(2, 9)))
        elif ch == "M":
            out.append(str(rng.randint(1, 9)))
        else:
            out.append(ch)
    return "".join(out)


def phone(rng: random.Random, lang: str, country: str | None = None) -> str:
    where = country or rng.choice(BY_LANG[lang])
    return fill(rng.choice(PATTERNS[where]), rng)


def spaced(number: str) -> str:
    """A number read out digit by digit, as a transcript writes it."""
    return " ".join(ch for ch in number if ch.isdigit() or ch == "+")
