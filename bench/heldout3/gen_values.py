"""Value makers: phones, cards, IBANs, SSNs, IPs, e-mails, names and street lines.

Every value is drawn fresh (``Values.fresh``): no value repeats across texts, so a detector
cannot get a whole group of spans right by matching one string. Formats are those people
type: national and international phone numbers of many countries, card numbers in their
brands' groupings, IBANs grouped and not.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from gen_checks import IBAN_LENGTHS, card_ok, digits, iban_check_digits, luhn_digit, ssn_ok
from gen_pools import DOMAINS, GIVEN, STREET, SURNAME, TOWN

LANGS = ("en", "de", "fr", "es")
ASCII = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ë": "e", "ê": "e",
         "ç": "c", "ñ": "n", "í": "i", "ó": "o", "ú": "u", "á": "a", "à": "a", "ï": "i",
         "î": "i", "ô": "o", "ı": "i", "ğ": "g", "ş": "s", "ć": "c", "ø": "o", "'": ""}  # fmt: skip


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

    def pick(self, items: list[str] | tuple[str, ...]) -> str:
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
            local = self.pick([
                f"{parts[0]}.{parts[-1]}", f"{parts[0][0]}{parts[-1]}", f"{parts[-1]}.{parts[0][0]}",
                f"{parts[0]}_{parts[-1]}{self.n(2)}", f"{parts[0]}+{self.pick(['invoices', 'shop', 'hr'])}",
                f"{parts[-1]}{self.n(3)}",
            ])  # fmt: skip
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
        home = {"en": ["us", "us", "uk", "uk", "ie", "ca", "au", "in"],
                "de": ["de", "de", "de", "at", "ch", "nl", "pl"],
                "fr": ["fr", "fr", "fr", "be", "ch", "ma"],
                "es": ["es", "es", "es", "mx", "ar", "pt", "co"]}[self.lang]  # fmt: skip
        where = country or (self.pick(home) if self.chance(0.8) else self.pick(list(PHONES)))
        return self.fresh(lambda: PHONES[where](self))

    def phone_spaced(self) -> str:
        """Digits read one by one, as a speech-to-text transcript writes them."""
        number = digits(self.phone())
        return " ".join(number) if self.chance(0.6) else "-".join(number)

    # -- payment ----------------------------------------------------------------------------
    def card(self, brand: str | None = None, style: str | None = None) -> str:
        def make() -> str:
            kind = brand or self.pick(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "amex",
                                       "diners", "discover", "jcb", "unionpay", "maestro",
                                       "visa13"])  # fmt: skip
            prefix, length = {
                "visa": ("4", 16), "visa13": ("4", 13), "mc": ("5" + self.pick("12345"), 16),
                "mc2": (str(self.rng.randint(2221, 2720)), 16), "amex": (self.pick(["34", "37"]), 15),
                "diners": (self.pick(["36", "300", "305", "38"]), 14),
                "discover": (self.pick(["6011", "65", "644", "649"]), 16),
                "jcb": (str(self.rng.randint(3528, 3589)), 16), "unionpay": ("62", self.pick([16, 19])),
                "maestro": (self.pick(["6759", "5018", "6304"]), self.pick([16, 18, 19])),
            }[kind]  # fmt: skip
            body = prefix + self.n(length - len(prefix) - 1)
            number = body + luhn_digit(body)
            return self.group_card(number, style)

        value = self.fresh(make)
        assert card_ok(value), value
        return value

    def group_card(self, number: str, style: str | None = None) -> str:
        style = style or self.pick(["space"] * 6 + ["dash", "dash", "none", "none", "zw"])
        if len(number) == 15:
            groups = [number[:4], number[4:10], number[10:]]
        elif len(number) == 14:
            groups = [number[:4], number[4:10], number[10:]]
        elif len(number) == 13:
            groups = [number[:4], number[4:8], number[8:]]
        else:
            groups = [number[i : i + 4] for i in range(0, len(number), 4)]
        sep = {"space": " ", "dash": "-", "none": "", "zw": "\u200b", "nbsp": "\u00a0"}[style]
        return sep.join(groups)

    def iban(self, country: str | None = None, style: str | None = None) -> str:
        home = {"en": ["GB", "IE", "GB", "NL", "MT", "CY"], "de": ["DE", "DE", "AT", "CH", "LU"],
                "fr": ["FR", "FR", "BE", "MC", "CH"], "es": ["ES", "ES", "PT", "IT", "AD"]}  # fmt: skip

        def make() -> str:
            cc = country or (self.pick(home[self.lang]) if self.chance(0.7)
                             else self.pick(sorted(IBAN_LENGTHS)))  # fmt: skip
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
            a, g, s = f"{area:03d}", f"{self.rng.randint(1, 99):02d}", f"{self.rng.randint(1, 9999):04d}"
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
                return self.pick([
                    f"2001:db8:{r(1, 0xfff):x}::{r(1, 0xffff):x}",
                    f"2001:db8:{r(0, 0xffff):x}:{r(0, 0xffff):x}:{r(0, 0xffff):x}:{r(0, 0xffff):x}:{r(0, 0xffff):x}:{r(1, 0xffff):x}",
                    f"fd{r(0, 255):02x}:{r(0, 0xffff):x}:{r(0, 0xffff):x}::{r(1, 0xfff):x}",
                    f"2a02:8{r(100, 999)}:{r(1, 0xffff):x}:{r(1, 0xffff):x}::{r(1, 99)}",
                ])  # fmt: skip
            return self.pick([
                f"192.0.2.{r(1, 254)}", f"198.51.100.{r(1, 254)}", f"203.0.113.{r(1, 254)}",
                f"10.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}", f"172.{r(16, 31)}.{r(0, 255)}.{r(1, 254)}",
                f"192.168.{r(0, 255)}.{r(1, 254)}", f"{r(81, 95)}.{r(1, 250)}.{r(1, 250)}.{r(1, 250)}",
                f"{r(145, 185)}.{r(1, 250)}.{r(1, 250)}.{r(1, 250)}",
            ])  # fmt: skip

        return self.fresh(make)


def _us(v: Values) -> str:
    a, b, c = f"{v.rng.randint(2, 9)}{v.n(2)}", f"{v.rng.randint(2, 9)}{v.n(2)}", v.n(4)
    return v.pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
                   f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a}{b}{c}", f"+1-{a}-{b}-{c}",
                   f"({a}){b}-{c}", f"{a} {b} {c}"])  # fmt: skip


def _uk(v: Values) -> str:
    mob, land = f"7{v.rng.randint(4, 9)}{v.n(2)}", v.n(6)
    return v.pick([f"0{mob} {land}", f"+44 {mob} {land}", f"+44 (0){mob} {land}",
                   f"020 {v.rng.randint(3, 8)}{v.n(3)} {v.n(4)}", f"+44 20 {v.rng.randint(3, 8)}{v.n(3)} {v.n(4)}",
                   f"(0161) {v.n(3)} {v.n(4)}", f"0113 {v.n(3)} {v.n(4)}", f"0{mob}{land}",
                   f"0044 {mob} {land}", f"01{v.n(3)} {land}"])  # fmt: skip


def _de(v: Values) -> str:
    mob = v.pick(["151", "152", "160", "162", "170", "171", "172", "175", "176", "177", "179"])
    sub, city = v.n(v.pick([7, 8])), v.pick(["30", "40", "89", "69", "221", "711", "351", "511"])
    loc = v.n(v.pick([6, 7]))
    return v.pick([f"0{mob} {sub}", f"0{mob}/{sub}", f"0{mob}-{sub}", f"+49 {mob} {sub}",
                   f"+49 (0){mob} {sub}", f"0{city} {loc}", f"0{city}/{loc}", f"+49 {city} {loc}",
                   f"(0{city}) {loc}", f"0049 {city} {loc}", f"0{mob}{sub}", f"+49-{city}-{loc[:-1]}-{loc[-1]}",
                   f"0{mob} {sub[:3]} {sub[3:]}"])  # fmt: skip


def _at(v: Values) -> str:
    return v.pick([f"+43 664 {v.n(7)}", f"0664 {v.n(7)}", f"+43 1 {v.n(7)}", f"01/{v.n(7)}",
                   f"0676/{v.n(3)} {v.n(4)}"])  # fmt: skip


def _ch(v: Values) -> str:
    a, b, c, e = v.n(3), v.n(3), v.n(2), v.n(2)
    return v.pick([f"+41 44 {b} {c} {e}", f"044 {b} {c} {e}", f"+41 79 {b} {c} {e}",
                   f"079 {b} {c} {e}", f"0041 22 {a} {c} {e}"])  # fmt: skip


def _fr(v: Values) -> str:
    p = [v.n(2) for _ in range(4)]
    lead = v.pick(["1", "2", "3", "4", "5", "6", "7", "9"])
    return v.pick([f"0{lead} {' '.join(p)}", f"0{lead}.{'.'.join(p)}", f"+33 {lead} {' '.join(p)}",
                   f"+33 (0){lead} {' '.join(p)}", f"0{lead}{''.join(p)}", f"+33{lead}{''.join(p)}",
                   f"0{lead}-{'-'.join(p)}", f"0033 {lead} {' '.join(p)}"])  # fmt: skip


def _be(v: Values) -> str:
    return v.pick([f"+32 2 {v.n(3)} {v.n(2)} {v.n(2)}", f"04{v.rng.randint(70, 99)} {v.n(2)} {v.n(2)} {v.n(2)}",
                   f"+32 4{v.rng.randint(70, 99)} {v.n(2)} {v.n(2)} {v.n(2)}", f"02/{v.n(3)}.{v.n(2)}.{v.n(2)}"])  # fmt: skip


def _es(v: Values) -> str:
    mob = v.pick(["6", "7"]) + v.n(2)
    a, b = v.n(3), v.n(3)
    land = v.pick(["91", "93", "95", "96", "94", "98"])
    return v.pick([f"{mob} {a} {b}", f"+34 {mob} {a} {b}", f"+34 {mob} {a[:2]} {a[2]}{b[0]} {b[1:]}",
                   f"{land} {v.n(3)} {v.n(2)} {v.n(2)}", f"+34 {land}{v.n(1)} {v.n(3)} {v.n(3)}",
                   f"0034 {mob}{a}{b}", f"{mob}{a}{b}", f"(+34) {mob} {a} {b}", f"{mob}-{a}-{b}"])  # fmt: skip


def _pt(v: Values) -> str:
    return v.pick([f"+351 9{v.pick('1236')}{v.n(1)} {v.n(3)} {v.n(3)}", f"21 {v.n(3)} {v.n(4)}"])


def _mx(v: Values) -> str:
    return v.pick([f"+52 55 {v.n(4)} {v.n(4)}", f"+52 1 33 {v.n(4)} {v.n(4)}", f"(81) {v.n(4)} {v.n(4)}"])


def _ar(v: Values) -> str:
    return v.pick([f"+54 9 11 {v.n(4)}-{v.n(4)}", f"011 15-{v.n(4)}-{v.n(4)}"])


def _co(v: Values) -> str:
    return v.pick([f"+57 3{v.n(2)} {v.n(3)} {v.n(4)}", f"(601) {v.n(3)} {v.n(4)}"])


def _nl(v: Values) -> str:
    return v.pick([f"+31 6 {v.n(8)}", f"06-{v.n(8)}", f"020 {v.n(3)} {v.n(4)}", f"+31 (0)20 {v.n(3)} {v.n(4)}"])


def _pl(v: Values) -> str:
    return v.pick([f"+48 {v.pick('5678')}{v.n(2)} {v.n(3)} {v.n(3)}", f"+48 22 {v.n(3)} {v.n(2)} {v.n(2)}"])


def _ie(v: Values) -> str:
    return v.pick([f"+353 8{v.pick('3567')} {v.n(3)} {v.n(4)}", f"08{v.pick('3567')} {v.n(3)} {v.n(4)}",
                   f"(01) {v.n(3)} {v.n(4)}"])  # fmt: skip


def _ca(v: Values) -> str:
    return v.pick([f"+1 604 {v.rng.randint(2, 9)}{v.n(2)} {v.n(4)}", f"(416) {v.rng.randint(2, 9)}{v.n(2)}-{v.n(4)}"])


def _au(v: Values) -> str:
    return v.pick([f"+61 4{v.n(2)} {v.n(3)} {v.n(3)}", f"04{v.n(2)} {v.n(3)} {v.n(3)}", f"(02) {v.n(4)} {v.n(4)}"])


def _in(v: Values) -> str:
    return v.pick([f"+91 9{v.n(4)} {v.n(5)}", f"+91-8{v.n(9)}", f"09{v.n(3)} {v.n(3)} {v.n(3)}"])


def _ma(v: Values) -> str:
    return v.pick([f"+212 6 {v.n(2)} {v.n(2)} {v.n(2)} {v.n(2)}", f"06{v.n(2)}-{v.n(6)}"])


PHONES: dict[str, Callable[[Values], str]] = {
    "us": _us, "uk": _uk, "de": _de, "at": _at, "ch": _ch, "fr": _fr, "be": _be, "es": _es,
    "pt": _pt, "mx": _mx, "ar": _ar, "co": _co, "nl": _nl, "pl": _pl, "ie": _ie, "ca": _ca,
    "au": _au, "in": _in, "ma": _ma,
}  # fmt: skip
