# ruff: noqa: E501
# A table of formats: one line per way of writing a number, kept on one line to read as a list.
"""Phone number formats per country, national and international, as people type them:
trunk prefixes, parentheses, slashes, dashes, dots, one digit run, ``+`` or ``00``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")


class Draw(Protocol):
    """What a format needs from the value maker: random digits and choices."""

    rng: random.Random

    def n(self, count: int) -> str: ...

    def pick(self, items: Sequence[T]) -> T: ...


def _us(v: Draw) -> str:
    a, b, c = f"{v.rng.randint(2, 9)}{v.n(2)}", f"{v.rng.randint(2, 9)}{v.n(2)}", v.n(4)
    return v.pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
                   f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a}{b}{c}", f"+1-{a}-{b}-{c}",
                   f"({a}){b}-{c}", f"{a} {b} {c}"])  # fmt: skip


def _uk(v: Draw) -> str:
    mob, land = f"7{v.rng.randint(4, 9)}{v.n(2)}", v.n(6)
    return v.pick([f"0{mob} {land}", f"+44 {mob} {land}", f"+44 (0){mob} {land}",
                   f"020 {v.rng.randint(3, 8)}{v.n(3)} {v.n(4)}", f"+44 20 {v.rng.randint(3, 8)}{v.n(3)} {v.n(4)}",
                   f"(0161) {v.n(3)} {v.n(4)}", f"0113 {v.n(3)} {v.n(4)}", f"0{mob}{land}",
                   f"0044 {mob} {land}", f"01{v.n(3)} {land}"])  # fmt: skip


def _de(v: Draw) -> str:
    mob = v.pick(["151", "152", "160", "162", "170", "171", "172", "175", "176", "177", "179"])
    sub, city = v.n(v.pick([7, 8])), v.pick(["30", "40", "89", "69", "221", "711", "351", "511"])
    loc = v.n(v.pick([6, 7]))
    return v.pick([f"0{mob} {sub}", f"0{mob}/{sub}", f"0{mob}-{sub}", f"+49 {mob} {sub}",
                   f"+49 (0){mob} {sub}", f"0{city} {loc}", f"0{city}/{loc}", f"+49 {city} {loc}",
                   f"(0{city}) {loc}", f"0049 {city} {loc}", f"0{mob}{sub}", f"+49-{city}-{loc[:-1]}-{loc[-1]}",
                   f"0{mob} {sub[:3]} {sub[3:]}"])  # fmt: skip


def _at(v: Draw) -> str:
    return v.pick([f"+43 664 {v.n(7)}", f"0664 {v.n(7)}", f"+43 1 {v.n(7)}", f"01/{v.n(7)}",
                   f"0676/{v.n(3)} {v.n(4)}"])  # fmt: skip


def _ch(v: Draw) -> str:
    a, b, c, e = v.n(3), v.n(3), v.n(2), v.n(2)
    return v.pick([f"+41 44 {b} {c} {e}", f"044 {b} {c} {e}", f"+41 79 {b} {c} {e}",
                   f"079 {b} {c} {e}", f"0041 22 {a} {c} {e}"])  # fmt: skip


def _fr(v: Draw) -> str:
    p = [v.n(2) for _ in range(4)]
    lead = v.pick(["1", "2", "3", "4", "5", "6", "7", "9"])
    return v.pick([f"0{lead} {' '.join(p)}", f"0{lead}.{'.'.join(p)}", f"+33 {lead} {' '.join(p)}",
                   f"+33 (0){lead} {' '.join(p)}", f"0{lead}{''.join(p)}", f"+33{lead}{''.join(p)}",
                   f"0{lead}-{'-'.join(p)}", f"0033 {lead} {' '.join(p)}"])  # fmt: skip


def _be(v: Draw) -> str:
    return v.pick([f"+32 2 {v.n(3)} {v.n(2)} {v.n(2)}", f"04{v.rng.randint(70, 99)} {v.n(2)} {v.n(2)} {v.n(2)}",
                   f"+32 4{v.rng.randint(70, 99)} {v.n(2)} {v.n(2)} {v.n(2)}", f"02/{v.n(3)}.{v.n(2)}.{v.n(2)}"])  # fmt: skip


def _es(v: Draw) -> str:
    mob = v.pick(["6", "7"]) + v.n(2)
    a, b = v.n(3), v.n(3)
    land = v.pick(["91", "93", "95", "96", "94", "98"])
    return v.pick([f"{mob} {a} {b}", f"+34 {mob} {a} {b}", f"+34 {mob} {a[:2]} {a[2]}{b[0]} {b[1:]}",
                   f"{land} {v.n(3)} {v.n(2)} {v.n(2)}", f"+34 {land}{v.n(1)} {v.n(3)} {v.n(3)}",
                   f"0034 {mob}{a}{b}", f"{mob}{a}{b}", f"(+34) {mob} {a} {b}", f"{mob}-{a}-{b}"])  # fmt: skip


def _pt(v: Draw) -> str:
    return v.pick([f"+351 9{v.pick('1236')}{v.n(1)} {v.n(3)} {v.n(3)}", f"21 {v.n(3)} {v.n(4)}"])


def _mx(v: Draw) -> str:
    return v.pick(
        [f"+52 55 {v.n(4)} {v.n(4)}", f"+52 1 33 {v.n(4)} {v.n(4)}", f"(81) {v.n(4)} {v.n(4)}"]
    )


def _ar(v: Draw) -> str:
    return v.pick([f"+54 9 11 {v.n(4)}-{v.n(4)}", f"011 15-{v.n(4)}-{v.n(4)}"])


def _co(v: Draw) -> str:
    return v.pick([f"+57 3{v.n(2)} {v.n(3)} {v.n(4)}", f"(601) {v.n(3)} {v.n(4)}"])


def _nl(v: Draw) -> str:
    return v.pick(
        [
            f"+31 6 {v.n(8)}",
            f"06-{v.n(8)}",
            f"020 {v.n(3)} {v.n(4)}",
            f"+31 (0)20 {v.n(3)} {v.n(4)}",
        ]
    )


def _pl(v: Draw) -> str:
    return v.pick(
        [f"+48 {v.pick('5678')}{v.n(2)} {v.n(3)} {v.n(3)}", f"+48 22 {v.n(3)} {v.n(2)} {v.n(2)}"]
    )


def _ie(v: Draw) -> str:
    return v.pick([f"+353 8{v.pick('3567')} {v.n(3)} {v.n(4)}", f"08{v.pick('3567')} {v.n(3)} {v.n(4)}",
                   f"(01) {v.n(3)} {v.n(4)}"])  # fmt: skip


def _ca(v: Draw) -> str:
    return v.pick(
        [
            f"+1 604 {v.rng.randint(2, 9)}{v.n(2)} {v.n(4)}",
            f"(416) {v.rng.randint(2, 9)}{v.n(2)}-{v.n(4)}",
        ]
    )


def _au(v: Draw) -> str:
    return v.pick(
        [
            f"+61 4{v.n(2)} {v.n(3)} {v.n(3)}",
            f"04{v.n(2)} {v.n(3)} {v.n(3)}",
            f"(02) {v.n(4)} {v.n(4)}",
        ]
    )


def _in(v: Draw) -> str:
    return v.pick([f"+91 9{v.n(4)} {v.n(5)}", f"+91-8{v.n(9)}", f"09{v.n(3)} {v.n(3)} {v.n(3)}"])


def _ma(v: Draw) -> str:
    return v.pick([f"+212 6 {v.n(2)} {v.n(2)} {v.n(2)} {v.n(2)}", f"06{v.n(2)}-{v.n(6)}"])


PHONES: dict[str, Callable[[Draw], str]] = {
    "us": _us, "uk": _uk, "de": _de, "at": _at, "ch": _ch, "fr": _fr, "be": _be, "es": _es,
    "pt": _pt, "mx": _mx, "ar": _ar, "co": _co, "nl": _nl, "pl": _pl, "ie": _ie, "ca": _ca,
    "au": _au, "in": _in, "ma": _ma,
}  # fmt: skip
