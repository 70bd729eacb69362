# ruff: noqa: E501  (data: one text per template line reads better than wrapped)
"""Real private values mixed into the decoy collection so that its texts check recall too."""

from __future__ import annotations

import random
import string

from values import group4, iban_check, luhn_complete

FIRST = {
    "en": ("Laura", "James", "Megan", "Oliver"), "de": ("Jana", "Tobias", "Ulrike", "Jonas"),
    "fr": ("Camille", "Julien", "Élodie", "Hugo"), "es": ("Lucía", "Javier", "Marta", "Diego"),
    "it": ("Giulia", "Marco", "Chiara", "Luca"), "nl": ("Sanne", "Daan", "Femke", "Bram"),
    "pt": ("Inês", "Tiago", "Beatriz", "Rui"),
}  # fmt: skip
LAST = {
    "en": ("Whitfield", "Harper", "Doyle"), "de": ("Brandstätter", "Kowalski", "Heuer"),
    "fr": ("Marchand", "Lefort", "Boucher"), "es": ("Navarro", "Quintero", "Salas"),
    "it": ("Bellandi", "Ferraro", "Conti"), "nl": ("de Groot", "Visser", "Jansen"),
    "pt": ("Carvalho", "Moreira", "Tavares"),
}  # fmt: skip
PHONES = {
    "en": ("+44 20 7946 {4}", "(212) 555-{4}", "+1 415 555 {4}"),
    "de": ("+49 30 {8}", "0171 {7}", "089 {4} {3}"),
    "fr": ("+33 6 12 {2} {2} {2}", "01 42 {2} {2} {2}"),
    "es": ("+34 612 {3} {3}", "91 {3} {2} {2}"),
    "it": ("+39 347 {7}", "02 {4} {4}"),
    "nl": ("+31 6 {8}", "020 {3} {4}"),
    "pt": ("+351 912 {3} {3}", "21 {3} {4}"),
}  # fmt: skip
IBAN_BBAN = {"de": ("DE", 18), "fr": ("FR", 23), "es": ("ES", 20), "it": ("IT", 23),
             "nl": ("NL", 14), "pt": ("PT", 21), "en": ("GB", 18)}  # fmt: skip
DOMAINS = ("example.com", "mail.example.org", "firma.example.de", "exemple.fr")


class Reals:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def _d(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def person(self, lang: str) -> str:
        return f"{self.r.choice(FIRST[lang])} {self.r.choice(LAST[lang])}"

    def email(self, lang: str) -> str:
        first, last = self.r.choice(FIRST[lang]), self.r.choice(LAST[lang])
        local = f"{first}.{last}".lower().replace(" ", "")
        local = local.translate(str.maketrans("éèêäöüßíóúñãç", "eeeaousiouñac"))
        local = "".join(c for c in local if c.isascii())
        return f"{local}@{self.r.choice(DOMAINS)}"

    def phone(self, lang: str) -> str:
        shape = self.r.choice(PHONES[lang])
        out = shape
        for n in ("8", "7", "4", "3", "2"):
            while "{" + n + "}" in out:
                out = out.replace("{" + n + "}", self._d(int(n)), 1)
        return out

    def iban(self, lang: str) -> str:
        country, n = IBAN_BBAN[lang]
        if country == "GB":
            bban = "NWBK" + self._d(14)
        elif country == "NL":
            bban = "ABNA" + self._d(10)
        elif country == "IT":
            bban = "X" + self._d(22)
        else:
            bban = self._d(n)
        value = country + iban_check(country, bban) + bban
        return group4(value) if self.r.random() < 0.6 else value

    def card(self, lang: str) -> str:
        body = self.r.choice(("4", "51", "52", "55")) + self._d(13)
        body = (body + "0")[:15]  # 15 digits before the check digit for "4" too (16 in all)
        return group4(luhn_complete(body))

    def ip(self, lang: str) -> str:
        return self.r.choice((f"203.0.113.{self.r.randint(2, 250)}",
                              f"198.51.100.{self.r.randint(2, 250)}",
                              f"81.{self.r.randint(2, 250)}.{self.r.randint(0, 250)}.{self.r.randint(2, 250)}"))  # fmt: skip

    def secret(self, lang: str) -> str:
        alphabet = string.ascii_letters + string.digits
        return self.r.choice((
            "".join(self.r.choice(alphabet) for _ in range(10)) + self.r.choice("!#%"),
            "ghp_" + "".join(self.r.choice(alphabet) for _ in range(36)),
            "sk_live_" + "".join(self.r.choice(alphabet) for _ in range(24)),
        ))  # fmt: skip

    def dob(self, lang: str) -> str:
        y, m, d = self.r.randint(1950, 2002), self.r.randint(1, 12), self.r.randint(1, 28)
        return f"{d:02d}.{m:02d}.{y}" if lang in ("de", "nl") else f"{d:02d}/{m:02d}/{y}"

    def ssn(self, lang: str) -> str:
        return f"{self.r.randint(100, 665)}-{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}"
