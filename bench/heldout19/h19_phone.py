"""Phone numbers of the seven languages in their national plans (set 19)."""

from __future__ import annotations

from h19_core import Ctx


def phone(ctx: Ctx, lang: str, style: str = "") -> tuple[str, str]:
    """(written form, national digits) of a fresh phone number; style intl/run/national."""
    r = ctx.r
    style = style or ctx.pick(["intl", "intl", "national", "national", "run"])

    def make() -> str:
        if lang == "en":
            if ctx.chance(0.5):
                area = ctx.pick(["212", "415", "303", "617", "512", "718"])
                tail = f"01{r.randint(0, 99):02d}"
                nat = f"{area}555{tail}"
                return (
                    {"intl": f"+1 {area} 555 {tail}", "run": nat}.get(style, f"({area}) 555-{tail}")
                    + "|"
                    + nat
                )
            nat = f"07700900{r.randint(0, 999):03d}"
            return (
                {"intl": f"+44 7700 900{nat[-3:]}", "run": nat}.get(style, f"07700 900{nat[-3:]}")
                + "|"
                + nat
            )
        if lang == "de":
            mob = ctx.chance(0.7)
            if mob:
                pre, sub = (
                    ctx.pick(["151", "160", "171", "176", "157"]),
                    ctx.sub(7 + r.randint(0, 1)),
                )
            else:
                pre, sub = ctx.pick(["30", "341", "761", "431", "941"]), ctx.sub(7)
            nat = "0" + pre + sub
            return (
                {"intl": f"+49 {pre} {sub}", "run": nat if mob else f"0{pre} {sub}"}.get(
                    style, f"0{pre} {sub}"
                )
                + "|"
                + nat
            )
        if lang == "fr":
            nat = ctx.pick(["06", "07", "01", "05"]) + ctx.sub(8)
            pairs = " ".join(nat[i : i + 2] for i in range(0, 10, 2))
            intl = "+33 " + nat[1] + " " + " ".join(nat[i : i + 2] for i in range(2, 10, 2))
            run = nat if nat[1] in "67" else pairs
            return {"intl": intl, "run": run}.get(style, pairs) + "|" + nat
        if lang == "es":
            nat = ctx.pick(["6", "6", "7", "9"]) + ctx.digits(8)
            if nat[0] == "9":
                nat = "91" + nat[2:]
            grp = f"{nat[:3]} {nat[3:6]} {nat[6:]}"
            run = nat if nat[0] in "67" else grp
            return {"intl": "+34 " + grp, "run": run}.get(style, grp) + "|" + nat
        if lang == "it":
            if ctx.chance(0.75):
                nat = ctx.pick(["347", "333", "320", "339", "366"]) + ctx.digits(7)
                grp = f"{nat[:3]} {nat[3:6]} {nat[6:]}"
                run = nat
            else:
                nat = ctx.pick(["051", "045", "080", "040"]) + ctx.sub(7)
                grp = f"{nat[:3]} {nat[3:]}"
                run = grp
            return {"intl": "+39 " + grp, "run": run}.get(style, grp) + "|" + nat
        if lang == "nl":
            if ctx.chance(0.7):
                nat = "06" + ctx.digits(8)
                grp, intl, run = f"06 {nat[2:]}", f"+31 6 {nat[2:]}", nat
            else:
                nat = ctx.pick(["030", "050", "026", "023"]) + ctx.sub(7)
                grp = f"{nat[:3]} {nat[3:6]} {nat[6:]}"
                intl, run = f"+31 {nat[1:3]} {nat[3:6]} {nat[6:]}", grp
            return {"intl": intl, "run": run}.get(style, grp) + "|" + nat
        nat = ctx.pick(["91", "93", "96", "92", "22"]) + ctx.digits(7)
        grp = f"{nat[:3]} {nat[3:6]} {nat[6:]}"
        run = nat if nat[0] == "9" else grp
        return {"intl": "+351 " + grp, "run": run}.get(style, grp) + "|" + nat

    written, nat = ctx.fresh(make, key=lambda x: x.split("|")[1]).split("|")
    return written, nat
