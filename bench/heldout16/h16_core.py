"""Set 16 core: markup parser, checksums, value makers and pools (stdlib only)."""

from __future__ import annotations

import random
import string

from h16_pools import DIGITS, DOMAINS, GIVEN, MONTHS, STREET, SURNAME, TOWN

OPEN, SEP, CLOSE = "\u2045", "|", "\u2046"
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")


def parse(markup: str) -> tuple[str, list[dict]]:
    """Text and spans of ``⁅TYPE|value⁆`` / ``⁅~note|value⁆`` markup (no nesting)."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    i = 0
    while True:
        j = markup.find(OPEN, i)
        if j < 0:
            out.append(markup[i:])
            break
        out.append(markup[i:j])
        pos += j - i
        k = markup.index(SEP, j)
        e = markup.index(CLOSE, k)
        tag, value = markup[j + 1 : k], markup[k + 1 : e]
        span = {"start": pos, "end": pos + len(value)}
        if tag.startswith("~"):
            span.update(type="DECOY", value=value, decoy=tag[1:])
        else:
            span.update(type=tag, value=value)
        spans.append(span)
        out.append(value)
        pos += len(value)
        i = e + 1
    return "".join(out), spans


def luhn_ok(digits: str) -> bool:
    total = 0
    for n, ch in enumerate(reversed(digits)):
        d = int(ch)
        if n % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    s = "".join(iban.split()).upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


# country: (length, BBAN layout: a = capital letter, 9 = digit)
IBAN_FMT = {
    "DE": "999999999999999999",
    "FR": "99999999999999999999999",
    "ES": "99999999999999999999",
    "IT": "a9999999999999999999999",
    "NL": "aaaa9999999999",
    "PT": "999999999999999999999",
    "BE": "999999999999",
    "AT": "9999999999999999",
    "GB": "aaaa99999999999999",
    "IE": "aaaa99999999999999",
    "LU": "9999999999999999",
    "CH": "99999999999999999",
    "PL": "999999999999999999999999",
}
IBAN_LEN = {cc: len(f) + 4 for cc, f in IBAN_FMT.items()}
LANG_IBAN = {
    "en": ("GB", "IE"),
    "de": ("DE", "AT"),
    "fr": ("FR", "BE", "LU"),
    "es": ("ES",),
    "it": ("IT", "CH"),
    "nl": ("NL", "BE"),
    "pt": ("PT", "PL"),
}


def plain(s: str) -> str:
    table = str.maketrans("éèëêáàâíóôúüñçãõöäï", "eeeeaaaioouuncaooai", " '")
    return s.lower().translate(table).replace("ß", "ss")


class Ctx:
    """Random source plus the set of structured values already handed out."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.used: set[str] = set()

    def uniq(self, make) -> str:
        for _ in range(1000):
            v = make()
            key = "".join(ch for ch in v if ch.isalnum()).lower()
            if key not in self.used:
                self.used.add(key)
                return v
        raise RuntimeError("pool exhausted")

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    # people and places
    def given(self, lang: str) -> str:
        return self.pick(GIVEN[lang])

    def surname(self, lang: str) -> str:
        return self.pick(SURNAME[lang])

    def street(self, lang: str) -> str:
        return self.pick(STREET[lang]).format(n=self.r.randint(2, 188))

    def town(self, lang: str) -> str:
        return self.pick(TOWN[lang])

    def city(self, lang: str) -> str:
        words = self.town(lang).replace(",", "").split()
        return " ".join(w for w in words if w.isalpha() and not (w.isupper() and len(w) < 4))

    def email(self, given: str, surname: str) -> str:
        g, s = plain(given), plain(surname)
        local = self.pick([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g}{self.r.randint(2, 99)}"])
        return self.uniq(
            lambda: f"{local}{self.pick(['', '', str(self.r.randint(1, 9))])}@{self.pick(DOMAINS)}"
        )

    def phone(self, lang: str, style: str = "any") -> str:
        r = self.r

        def make() -> str:
            st = style if style != "any" else r.choice(["nat", "nat", "intl"])
            if lang == "en":
                if r.random() < 0.5:
                    a, b = r.choice(["212", "415", "503", "617"]), f"01{r.randint(0, 99):02d}"
                    if st == "intl":
                        return f"+1 {a} 555 {b}"
                    if st == "run":
                        return f"{a}555{b}"
                    return r.choice([f"({a}) 555-{b}", f"{a}-555-{b}", f"{a}.555.{b}"])
                t = f"{r.randint(900000, 900999)}"
                if st == "intl":
                    return f"+44 7700 {t}"
                return f"07700{t}" if st == "run" else f"07700 {t}"
            if lang == "de":
                m = f"1{r.choice('567')}{r.randint(0, 9)}"
                d = self.digits(7)
                if st == "intl":
                    return f"+49 {m} {d}"
                if st == "run":
                    return f"0{m}{d}"
                return r.choice([f"0{m} {d}", f"0{r.choice(['30', '40', '89'])} {self.digits(8)}"])
            if lang == "fr":
                p = [f"0{r.choice('67')}"] + [self.digits(2) for _ in range(4)]
                if st == "intl":
                    return "+33 " + p[0][1] + " " + " ".join(p[1:])
                return "".join(p) if st == "run" else " ".join(p)
            if lang == "es":
                d = f"6{self.digits(8)}"
                if st == "intl":
                    return f"+34 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"
                return d if st == "run" else f"{d[:3]} {d[3:6]} {d[6:]}"
            if lang == "it":
                d = f"3{r.choice('234')}{self.digits(8)}"
                if st == "intl":
                    return f"+39 {d[:3]} {d[3:6]} {d[6:]}"
                return d if st == "run" else f"{d[:3]} {d[3:]}"
            if lang == "nl":
                d = self.digits(8)
                if st == "intl":
                    return f"+31 6 {d}"
                return f"06{d}" if st == "run" else f"06-{d}"
            d = f"9{r.choice('1236')}{self.digits(7)}"
            if st == "intl":
                return f"+351 {d[:3]} {d[3:6]} {d[6:]}"
            return d if st == "run" else f"{d[:3]} {d[3:6]} {d[6:]}"

        return self.uniq(make)

    def words(self, lang: str, number: str) -> str:
        names = DIGITS[lang].split()
        groups = number.replace("+", "").split()
        return ", ".join(" ".join(names[int(c)] for c in g if c.isdigit()) for g in groups)

    def dob(self, lang: str, style: str = "any") -> str:
        r = self.r
        y, m, d = r.randint(1941, 2004), r.randint(1, 12), r.randint(1, 28)
        st = style if style != "any" else r.choice(["num", "num", "iso", "word"])
        if st == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if st == "word":
            mon = MONTHS[lang].split()[m - 1]
            return {
                "en": f"{mon} {d}, {y}",
                "de": f"{d}. {mon} {y}",
                "es": f"{d} de {mon} de {y}",
                "pt": f"{d} de {mon} de {y}",
            }.get(lang, f"{d} {mon} {y}")
        if lang == "en":
            return f"{m:02d}/{d:02d}/{y}"
        if lang == "de":
            return f"{d:02d}.{m:02d}.{y}"
        if lang == "nl":
            return f"{d:02d}-{m:02d}-{y}"
        return f"{d:02d}/{m:02d}/{y}"

    # checksummed values
    def card(self, brand: str = "any", sep: str = " ") -> str:
        r = self.r

        def make() -> str:
            b = brand if brand != "any" else r.choice(["visa", "visa", "mc", "mc2", "amex"])
            pre, n = {
                "visa": ("4", 16),
                "mc": (f"5{r.randint(1, 5)}", 16),
                "mc2": (f"{r.randint(2221, 2720)}", 16),
                "amex": (r.choice(["34", "37"]), 15),
                "disc": ("6011", 16),
            }[b]
            body = pre + self.digits(n - len(pre) - 1)
            check = next(c for c in string.digits if luhn_ok(body + c))
            num = body + check
            if n == 15:
                return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
            return sep.join(num[i : i + 4] for i in range(0, 16, 4)) if sep else num

        return self.uniq(make)

    def bad_card(self, good: str) -> str:
        """The good card with two neighbouring digits swapped (or one changed): Luhn fails."""
        chars = list(good)
        idx = [i for i, c in enumerate(chars) if c.isdigit()]
        for _ in range(50):
            i = self.r.choice(idx[4:-2])
            chars2 = chars[:]
            chars2[i] = str((int(chars2[i]) + self.r.randint(1, 9)) % 10)
            cand = "".join(chars2)
            if not luhn_ok("".join(c for c in cand if c.isdigit())):
                return cand
        raise RuntimeError("no bad card")

    def iban(self, lang: str, grouped: bool | None = None) -> str:
        r = self.r

        def make() -> str:
            cc = r.choice(LANG_IBAN[lang])
            bban = "".join(
                r.choice(string.ascii_uppercase) if c == "a" else r.choice(string.digits)
                for c in IBAN_FMT[cc]
            )
            num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
            s = f"{cc}{98 - num % 97:02d}{bban}"
            g = grouped if grouped is not None else r.random() < 0.55
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if g else s

        v = self.uniq(make)
        assert iban_ok(v), v
        return v

    def bad_iban(self, good: str) -> str:
        chars = list(good)
        idx = [i for i, c in enumerate(chars) if c.isdigit() and i > 4]
        for _ in range(50):
            i = self.r.choice(idx)
            c2 = chars[:]
            c2[i] = str((int(c2[i]) + self.r.randint(1, 9)) % 10)
            cand = "".join(c2)
            if not iban_ok(cand):
                return cand
        raise RuntimeError("no bad iban")

    def ssn(self, sep: str = "-") -> str:
        r = self.r

        def make() -> str:
            a = r.randint(1, 899)
            while a == 666:
                a = r.randint(1, 899)
            return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"

        return self.uniq(make)

    def ip(self, v6: bool = False) -> str:
        r = self.r

        def make() -> str:
            if v6:
                return (
                    "2001:db8:"
                    + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3))
                    + "::"
                    + (f"{r.randint(1, 4095):x}")
                )
            head = r.choice(
                [
                    "192.0.2",
                    "198.51.100",
                    "203.0.113",
                    "10.{a}.{b}",
                    "172.{c}.{b}",
                    "192.168.{b}",
                    "100.{d}.{b}",
                ]
            )
            head = head.format(
                a=r.randint(0, 255), b=r.randint(0, 255), c=r.randint(16, 31), d=r.randint(64, 127)
            )
            return f"{head}.{r.randint(2, 254)}"

        return self.uniq(make)

    def password(self) -> str:
        r = self.r
        words = ["Lantern", "Gravel", "Mistral", "Quokka", "Saffron", "Tundra", "Marmot", "Fjord"]
        return self.uniq(
            lambda: r.choice(
                [
                    f"{r.choice(words)}{r.choice('!#%&*?')}{r.randint(10, 9999)}"
                    f"{r.choice(words).lower()}",
                    "".join(
                        r.choice(string.ascii_letters + string.digits + "!$%-_")
                        for _ in range(r.randint(12, 18))
                    ),
                ]
            )
        )

    def token(self, prefix: str = "", n: int = 32, alphabet: str = "") -> str:
        al = alphabet or string.ascii_letters + string.digits
        return self.uniq(lambda: prefix + "".join(self.r.choice(al) for _ in range(n)))

    def pin(self, n: int = 4) -> str:
        return self.uniq(lambda: self.digits(n))

    # decoys
    def hexs(self, n: int) -> str:
        return self.uniq(lambda: "".join(self.r.choice("0123456789abcdef") for _ in range(n)))

    def mac(self) -> str:
        return self.uniq(lambda: ":".join(f"{self.r.randint(0, 255):02x}" for _ in range(6)))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def stamp(self, iso: bool = True) -> str:
        r = self.r
        d = f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}"
        t = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        return f"{d}T{t}Z" if iso else f"{d} {t}"

    def amount(self) -> str:
        return f"{self.r.randint(12, 4800)}.{self.r.randint(0, 99):02d}"

    def later_date(self, lang: str) -> str:
        d, m = self.r.randint(1, 28), self.r.randint(1, 12)
        if lang == "en":
            return f"{m:02d}/{d:02d}/2026"
        return f"{d:02d}.{m:02d}.2026" if lang == "de" else f"{d:02d}/{m:02d}/2026"


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def wrap_value(value: str) -> str:
    """Break a grouped value at its middle blank (a mail client's hard wrap)."""
    blanks = [i for i, c in enumerate(value) if c == " "]
    if not blanks:
        return value
    i = blanks[len(blanks) // 2]
    return value[:i] + "\n" + value[i + 1 :]
