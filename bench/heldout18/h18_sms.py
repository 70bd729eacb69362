"""Ski-school SMS template of set 18."""

from __future__ import annotations

from h18_core import Ctx, D, L

SMS = {
    "en": [
        "Snowline Ski School: {kid} is in group Red with {inst}, meet at the chairlift "
        "09:15. Locker code {code}. Questions: {phone}",
        "Hi, it's {parent}, {kid} was born {dob}, is that the right age group?",
        "Ski school: lesson moved, new number for {inst}: {phone2}",
    ],
    "de": [
        "Skischule Gipfelglück: {kid} ist in der Gruppe Rot bei {inst}, Treffpunkt 09:15 "
        "an der Sesselbahn. Spindcode {code}. Fragen: {phone}",
        "Hallo, hier {parent}, {kid} ist am {dob} geboren, passt die Gruppe?",
        "Skischule: Kurs verlegt, neue Nummer von {inst}: {phone2}",
    ],
    "fr": [
        "École de ski Les Crêtes : {kid} est dans le groupe Rouge avec {inst}, rendez-vous "
        "9h15 au télésiège. Code casier {code}. Questions : {phone}",
        "Bonjour, c'est {parent}, {kid} est né le {dob}, c'est le bon groupe ?",
        "École de ski : cours déplacé, nouveau numéro de {inst} : {phone2}",
    ],
    "es": [
        "Escuela de esquí Cumbres: {kid} está en el grupo Rojo con {inst}, quedamos a las "
        "9:15 en el telesilla. Código de taquilla {code}. Dudas: {phone}",
        "Hola, soy {parent}, {kid} nació el {dob}, ¿es el grupo correcto?",
        "Escuela de esquí: clase cambiada, nuevo número de {inst}: {phone2}",
    ],
    "it": [
        "Scuola sci Vetta: {kid} è nel gruppo Rosso con {inst}, ritrovo alle 9:15 alla "
        "seggiovia. Codice armadietto {code}. Info: {phone}",
        "Salve, sono {parent}, {kid} è nato il {dob}, il gruppo è giusto?",
        "Scuola sci: lezione spostata, nuovo numero di {inst}: {phone2}",
    ],
    "nl": [
        "Skischool Hoogtij: {kid} zit in groep Rood bij {inst}, verzamelen 9:15 bij de "
        "stoeltjeslift. Kluiscode {code}. Vragen: {phone}",
        "Hoi, met {parent}, {kid} is geboren op {dob}, klopt de groep?",
        "Skischool: les verplaatst, nieuw nummer van {inst}: {phone2}",
    ],
    "pt": [
        "Escola de esqui Cume: {kid} está no grupo Vermelho com {inst}, encontro às 9:15 "
        "no teleférico. Código do cacifo {code}. Dúvidas: {phone}",
        "Olá, é {parent}, {kid} nasceu a {dob}, é o grupo certo?",
        "Escola de esqui: aula mudada, novo número de {inst}: {phone2}",
    ],
}


def ski_sms(c: Ctx) -> tuple[str, str, bool]:
    lang = c.lang
    p = SMS[lang]
    kid, inst, pg, s = c.given(), c.given(), c.given(), c.surname()
    ph1, _ = c.phone(c.pick(["intl", "nat"]))
    out = [
        p[0].format(
            kid=L("PERSON", kid),
            inst=L("PERSON", inst),
            code=L("SECRET", c.code()),
            phone=L("PHONE", ph1),
        )
    ]
    parent = L("PERSON", f"{pg} {s}")
    out.append(
        p[1].format(
            parent=parent,
            kid=L("PERSON", kid),
            dob=L("DATE_OF_BIRTH", c.dob(c.pick(["num", "words"]), 2012, 2021)),
        )
    )
    if c.chance(0.6):
        ph2, _ = c.phone(c.pick(["run", "nat", "intl"]))
        out.append(p[2].format(inst=L("PERSON", inst), phone2=L("PHONE", ph2)))
    stamp = c.ts("de")
    return "sms", f"{D('timestamp', stamp)}\n" + "\n---\n".join(out) + "\n", False
