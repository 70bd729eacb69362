"""Template: dry-cleaner and laundry locker SMS (set 19)."""

from __future__ import annotations

from h19_core import Ctx, d, dob_numeric, v
from h19_phone import phone

SMS = {
    "en": "Hi {given}, {driver} from PressPerfect here: your shirts are in locker 7 at {street}. "
    "Locker PIN {pin}. Order {order}, {amount}. Questions? Text {phone}.",
    "de": "Hallo {given}, hier {driver} von Reinigung Blitzblank: Ihre Wäsche liegt im Fach 7, "
    "{street}. Fach-PIN {pin}. Auftrag {order}, {amount}. Fragen: {phone}.",
    "fr": "Bonjour {given}, {driver} du Pressing Lavandière : vos vêtements sont au casier 7, "
    "{street}. Code casier {pin}. Commande {order}, {amount}. Questions : {phone}.",
    "es": "Hola {given}, soy {driver} de Tintorería Alba: tu ropa está en la taquilla 7, "
    "{street}. PIN de la taquilla {pin}. Pedido {order}, {amount}. Dudas: {phone}.",
    "it": "Ciao {given}, sono {driver} della Lavanderia Bucato: i capi sono nell'armadietto 7, "
    "{street}. PIN armadietto {pin}. Ordine {order}, {amount}. Info: {phone}.",
    "nl": "Hoi {given}, {driver} van Stomerij Fris: je kleding ligt in kluisje 7, {street}. "
    "Kluiscode {pin}. Order {order}, {amount}. Vragen? {phone}.",
    "pt": "Olá {given}, é {driver} da Lavandaria Alvura: a roupa está no cacifo 7, {street}. "
    "PIN do cacifo {pin}. Pedido {order}, {amount}. Dúvidas: {phone}.",
}
SMS_DOB = {
    "en": "PS: happy birthday for {dob}!",
    "de": "PS: Alles Gute zum Geburtstag am {dob}!",
    "fr": "PS : bon anniversaire pour le {dob} !",
    "es": "PD: ¡feliz cumpleaños el {dob}!",
    "it": "PS: buon compleanno per il {dob}!",
    "nl": "PS: gefeliciteerd met je verjaardag, {dob}!",
    "pt": "PS: parabéns pelo aniversário, {dob}!",
}


def sms(ctx: Ctx, lang: str, i: int) -> tuple[str, str]:
    given, _ = ctx.person(lang)
    driver = ctx.person(lang)[0]
    written, _ = phone(ctx, lang, ctx.pick(["intl", "run", "national"]))
    vals = {
        "given": v("PERSON", given),
        "driver": v("PERSON", driver),
        "street": v("STREET_ADDRESS", ctx.street(lang, 0)),
        "pin": v("SECRET", ctx.pin(ctx.pick([4, 5, 6]))),
        "order": d("order", f"{ctx.digits(2)}-{ctx.digits(5)}"),
        "amount": d(
            "amount",
            f"{ctx.r.randint(9, 60)},{ctx.r.randint(0, 9)}0 €"
            if lang != "en"
            else f"${ctx.r.randint(9, 60)}.{ctx.r.randint(0, 9)}0",
        ),
        "phone": v("PHONE", written),
    }
    head = d(
        "timestamp",
        f"{ctx.r.randint(1, 28):02d}.{ctx.r.randint(1, 12):02d}.26 "
        f"{ctx.r.randint(7, 20):02d}:{ctx.r.randint(0, 59):02d}",
    )
    text = f"{head}\n{SMS[lang].format(**vals)}\n"
    if ctx.chance(0.35):
        y, m, dd = ctx.dob()
        text += SMS_DOB[lang].format(dob=v("DATE_OF_BIRTH", dob_numeric(lang, y, m, dd))) + "\n"
    return text, "sms"
