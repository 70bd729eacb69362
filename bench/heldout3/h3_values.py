"""Value makers: phones, cards, IBANs, SSNs, IPs, e-mails, names and street lines.

Every value is drawn fresh (``Values.fresh``): no value repeats across texts, so a detector
cannot get a whole group of spans right by matching one string. Formats are those people
type: national and international phone numbers of many countries, card numbers in their
brands' groupings, IBANs grouped and not.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TypeVar

from h3_checks import IBAN_LENGTHS, card_ok, digits, iban_check_digits, luhn_digit, ssn_ok
from h3_phones import PHONES
from h3_pools import DOMAINS, GIVEN, STREET, SURNAME, TOWN

T = TypeVar("T")
LANGS = ("en", "de", "fr", "es")
ASCII = {
    "ä": "ae",
    "ö": "oe",
    "ü": "ue",
    "ß": "ss",
    "é": "e",
    "è": "e",
    "ë": "e",
    "ê": "e",
    "ç": "c",
    "ñ": "n",
    "í": "i",
    "ó": "o",
    "ú": "u",
    "á": "a",
    "à": "a",
    "ï": "i",
    "î": "i",
    "ô": "o",
    "\u0131": "i",  # dotless i
    "ğ": "g",
    "ş": "s",
    "ć": "c",
    "ø": "o",
    "'": "",
}


class Values:
    """Draws values for one language; ``used`` is shared over the whole set."""

    def __init__(self, rng: random.Random, lang: str, used: set[str]) -> None:
        self.rng = rng
        self.lang = lang
        self.used = used

    def fresh(self, make: Callable[[], str]) -> str:
        for _ in range(200):
            value = make()
            key = digits(value) if sum(c.isdigit() for c in value) >= 6 else value
            if key not in self.used:
                self.used.add(key)
                return value
        raise AssertionError("value pool exhausted")

    def n(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    def pick(self, items: Sequence[T]) -> T:
        return self.rng.choice(items)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # -- people and places ------------------------------------------------------------------
    def lang_of_name(self) -> str:
        return self.lang if self.chance(0.75) else self.pick(LANGS)

    def given(self) -> str:
        return self.pick(GIVEN[self.lang_of_name()])

    def surname(self) -> str:
        return self.pick(SURNAME[self.lang_of_name()])

    def person(self) -> str:
        lang = self.lang_of_name()
        name = f"{self.pick(GIVEN[lang])} {self.pick(SURNAME[lang])}"
        if self.chance(0.08):
            second = self.pick([g for g in GIVEN[lang] if g not in name])
            name = name.replace(" ", f" {second} ", 1)
        return name

    def street(self, lang: str | None = None) -> str:
        patterns, names = STREET[lang or self.lang]

        def make() -> str:
            num = self.rng.choice([self.rng.randint(1, 60), self.rng.randint(1, 240)])
            return self.pick(patterns).format(
                n=num, n2=num + 2, f=self.rng.randint(1, 9), s=self.pick(names)
            )

        return self.fresh(make)

    def town(self, lang: str | None = None) -> str:
        return self.pick(TOWN[lang or self.lang])

    def city(self) -> str:
        """The town's name alone, for fields that hold only the city."""
        town = self.town()
        if self.lang == "en":
            return town.split(",")[0].split()[0]
        return town.split(" ", 1)[1]

    # -- e-mail -----------------------------------------------------------------------------
    def email(self, name: str | None = None) -> str:
        def make() -> str:
            who = (name or self.person()).lower()
            for a, b in ASCII.items():
                who = who.replace(a, b)
            parts = who.replace("-", " ").split()
            local = self.pick(
                [
                    f"{parts[0]}.{parts[-1]}",
                    f"{parts[0][0]}{parts[-1]}",
                    f"{parts[-1]}.{parts[0][0]}",
                    f"{parts[0]}_{parts[-1]}{self.n(2)}",
                    f"{parts[0]}+{self.pick(['invoices', 'shop', 'hr'])}",
                    f"{parts[-1]}{self.n(3)}",
                ]
            )
            return f"{local}@{self.pick(DOMAINS)}"

        return self.fresh(make)

    def email_obfuscated(self) -> str:
        local, domain = self.email().split("@")
        host, _, tld = domain.rpartition(".")
        at, dot = {
            "en": (self.pick([" at ", " [at] ", " (at) "]), self.pick([" dot ", " [dot] "])),
            "de": (self.pick([" at ", " [at] ", " (ät) "]), self.pick([" punkt ", " [punkt] "])),
            "fr": (self.pick([" arobase ", " [at] "]), self.pick([" point ", " [point] "])),
            "es": (self.pick([" arroba ", " [arroba] "]), self.pick([" punto ", " [punto] "])),
        }[self.lang]
        return f"{local}{at}{host}{dot}{tld}"

    # -- phones -----------------------------------------------------------------------------
    def phone(self, country: str | None = None) -> str:
        home = {
            "en": ["us", "us", "uk", "uk", "ie", "ca", "au", "in"],
            "de": ["de", "de", "de", "at", "ch", "nl", "pl"],
            "fr": ["fr", "fr", "fr", "be", "ch", "ma"],
            "es": ["es", "es", "es", "mx", "ar", "pt", "co"],
        }[self.lang]
        where = country or (self.pick(home) if self.chance(0.8) else self.pick(list(PHONES)))
        return self.fresh(lambda: PHONES[where](self))

    def phone_spaced(self) -> str:
        """Digits read one by one, as a speech-to-text transcript writes them."""
        number = digits(self.phone())
        return " ".join(number) if self.chance(0.6) else "-".join(number)

    # -- payment ----------------------------------------------------------------------------
    def card(self, brand: str | None = None, style: str | None = None) -> str:
        def make() -> str:
            kind = brand or self.pick(
                [
                    "visa",
                    "visa",
                    "visa",
                    "mc",
                    "mc",
                    "mc2",
                    "amex",
                    "amex",
                    "diners",
                    "discover",
                    "jcb",
                    "unionpay",
                    "maestro",
                    "visa13",
                ]
            )
            prefix, length = {
                "visa": ("4", 16),
                "visa13": ("4", 13),
                "mc": ("5" + self.pick("12345"), 16),
                "mc2": (str(self.rng.randint(2221, 2720)), 16),
                "amex": (self.pick(["34", "37"]), 15),
                "diners": (self.pick(["36", "300", "305", "38"]), 14),
                "discover": (self.pick(["6011", "65", "644", "649"]), 16),
                "jcb": (str(self.rng.randint(3528, 3589)), 16),
                "unionpay": ("62", self.pick([16, 19])),
                "maestro": (self.pick(["6759", "5018", "6304"]), self.pick([16, 18, 19])),
            }[kind]
            body = prefix + self.n(length - len(prefix) - 1)
            number = body + luhn_digit(body)
            return self.group_card(number, style)

        value = self.fresh(make)
        assert card_ok(value), value
        return value

    def group_card(self, number: str, style: str | None = None) -> str:
        style = style or self.pick(["space"] * 6 + ["dash", "dash", "none", "none", "zw"])
        if len(number) == 15 or len(number) == 14:
            groups = [number[:4], number[4:10], number[10:]]
        elif len(number) == 13:
            groups = [number[:4], number[4:8], number[8:]]
        else:
            groups = [number[i : i + 4] for i in range(0, len(number), 4)]
        sep = {"space": " ", "dash": "-", "none": "", "zw": "\u200b", "nbsp": "\u00a0"}[style]
        return sep.join(groups)

    def iban(self, country: str | None = None, style: str | None = None) -> str:
        home = {
            "en": ["GB", "IE", "GB", "NL", "MT", "CY"],
            "de": ["DE", "DE", "AT", "CH", "LU"],
            "fr": ["FR", "FR", "BE", "MC", "CH"],
            "es": ["ES", "ES", "PT", "IT", "AD"],
        }

        def make() -> str:
            cc = country or (
                self.pick(home[self.lang]) if self.chance(0.7) else self.pick(sorted(IBAN_LENGTHS))
            )
            size = IBAN_LENGTHS[cc] - 4
            letters = {"GB": 4, "IE": 4, "NL": 4, "MT": 4, "BG": 4, "RO": 4, "LV": 4}.get(cc, 0)
            bban = "".join(self.pick("ABCDEFGHIJKLMNOPRSTUVWXY") for _ in range(letters))
            bban += self.n(size - letters)
            iban = cc + iban_check_digits(cc, bban) + bban
            how = style or self.pick(["group"] * 5 + ["compact"] * 3 + ["lower", "dash"])
            if how == "compact":
                return iban
            grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
            if how == "lower":
                return grouped.lower() if self.chance(0.5) else iban.lower()
            return grouped.replace(" ", "-") if how == "dash" else grouped

        return self.fresh(make)

    def ssn(self, style: str | None = None) -> str:
        def make() -> str:
            area = self.rng.randint(1, 899)
            while area == 666:
                area = self.rng.randint(1, 899)
            a, g, s = (
                f"{area:03d}",
                f"{self.rng.randint(1, 99):02d}",
                f"{self.rng.randint(1, 9999):04d}",
            )
            how = style or self.pick(["dash"] * 7 + ["space", "space", "bare"])
            return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "bare": a + g + s}[how]

        value = self.fresh(make)
        assert ssn_ok(value) and value not in ("078-05-1120", "123-45-6789"), value
        return value

    # -- network ----------------------------------------------------------------------------
    def ip(self, v6: bool | None = None) -> str:
        r = self.rng.randint

        def make() -> str:
            if v6 if v6 is not None else self.chance(0.2):
                return self.pick(
                    [
                        f"2001:db8:{r(1, 0xFFF):x}::{r(1, 0xFFFF):x}",
                        f"2001:db8:{r(0, 0xFFFF):x}:{r(0, 0xFFFF):x}:{r(0, 0xFFFF):x}"
                        f":{r(0, 0xFFFF):x}:{r(0, 0xFFFF):x}:{r(1, 0xFFFF):x}",
                        f"fd{r(0, 255):02x}:{r(0, 0xFFFF):x}:{r(0, 0xFFFF):x}::{r(1, 0xFFF):x}",
                        f"2a02:8{r(100, 999)}:{r(1, 0xFFFF):x}:{r(1, 0xFFFF):x}::{r(1, 99)}",
                    ]
                )
            return self.pick(
                [
                    f"192.0.2.{r(1, 254)}",
                    f"198.51.100.{r(1, 254)}",
                    f"203.0.113.{r(1, 254)}",
                    f"10.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}",
                    f"172.{r(16, 31)}.{r(0, 255)}.{r(1, 254)}",
                    f"192.168.{r(0, 255)}.{r(1, 254)}",
                    f"{r(81, 95)}.{r(1, 250)}.{r(1, 250)}.{r(1, 250)}",
                    f"{r(145, 185)}.{r(1, 250)}.{r(1, 250)}.{r(1, 250)}",
                ]
            )

        return self.fresh(make)
