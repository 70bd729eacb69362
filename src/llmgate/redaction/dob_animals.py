"""An animal's birth date: a puppy's, a kitten's, a foal's, a litter's.

A breeder's sale contract, a vaccination pass or an adoption form writes the animal's birth
date with the same cues as a person's ("Puppy's date of birth: 09/02/2025", "Date de
naissance du chiot : 22/07/2025", "Welpe: Rüde ... Geboren am: 14.08.2025", "The kitten
was born on June 3, 2025", "Foal: bay colt, foaled 12 April 2025"), and right beside it
the buyer's own birth date, which stays a DATE_OF_BIRTH ("Käuferin: Sabine Krämer, geb.
02.11.1976"). An animal's birth date identifies nobody.

The rule: a birth date is the animal's where an animal's word stands before it in its
sentence (back to a sentence's end or a blank line, at most ``WINDOW`` characters) and no
person's word (the buyer, the breeder, a pronoun, a child) stands between that animal's
word and the date. Rules as data: the words of seven languages (EN, DE, FR, ES, IT, NL,
PT) as whole words. Used on every DATE_OF_BIRTH finding, the rules' and the model's
(``format_ids.drop_format_ids``).
"""

from __future__ import annotations

import re

__all__ = ["ANIMAL_WORDS", "PERSON_WORDS", "WINDOW", "animal_birth"]

WINDOW = 160

ANIMAL_WORDS = (
    r"pupp(?:y|ies)", r"pups?", r"kitten?s?", r"kitty", r"foal(?:s|ed)?", r"colt", r"filly",
    r"litter", r"calf", r"lamb", r"dogs?", r"horse", r"stallion", r"pony", r"animal",
    r"welpen?", r"wurf", r"h[üu]ndin", r"r[üu]de", r"k[äa]tzchen", r"fohlen", r"katze",
    r"kater", r"hund", r"pferd", r"stute", r"hengst", r"hunde\w+", r"katzen\w+",
    r"pferde\w+", r"welpen\w+", r"heimtier\w*",
    r"chiot(?:te)?s?", r"chatons?", r"poulain", r"pouliche", r"port[ée]e", r"chienne?",
    r"chatte", r"cheval", r"jument",
    r"cachorr[oa]s?", r"perrit[oa]s?", r"gatit[oa]s?", r"potr[oa]s?", r"camada", r"perr[oa]",
    r"gat[oa]", r"caballo", r"yegua", r"mascota",
    r"cuccio(?:l[oaie]|lata)", r"gattin[oi]", r"puledr[oa]", r"cane",
    r"gatt[oa]", r"cavall[oa]",
    r"veulen", r"nestje", r"hond", r"kat", r"paard", r"merrie", r"dier", r"huisdier",
    r"filhotes?", r"gatinh[oa]s?", r"ninhada", r"c[ãa]o", r"cadela", r"cavalo",
    r"[ée]gua",
)  # fmt: skip
# The people of the same texts, and the words that turn a sentence to one of them. Words
# that are also an English one are left out of the animals ("tier", "chat", "mare", "pet",
# "cat": a loyalty tier, a chat export, a PET scan).
PERSON_WORDS = (
    r"buyer'?s?", r"purchaser", r"owner", r"adopter", r"breeder", r"seller", r"vendor",
    r"customer", r"client", r"keeper", r"your", r"my", r"mine", r"own", r"i", r"patient",
    r"baby", r"son", r"daughter", r"child",
    r"k[äa]ufer(?:in)?", r"verk[äa]ufer(?:in)?", r"z[üu]chter(?:in)?", r"halter(?:in)?",
    r"besitzer(?:in)?", r"kund(?:e|in)", r"herr", r"frau", r"ich", r"mein\w*", r"ihr\w*",
    r"sohn", r"tochter", r"kind", r"patientin",
    r"acqu[ée]reur", r"acheteu(?:r|se)", r"vendeu(?:r|se)", r"[ée]leveu(?:r|se)",
    r"propri[ée]taire", r"adoptante?", r"monsieur", r"madame", r"mme", r"je", r"mon", r"ma",
    r"votre", r"b[ée]b[ée]", r"fils", r"fille", r"enfant", r"patiente",
    r"compradora?", r"vendedora?", r"criadora?", r"propietari[oa]", r"adoptante", r"se[ñn]ora?",
    r"sra?", r"mi", r"su", r"hij[oa]", r"ni[ñn][oa]", r"beb[ée]", r"paciente",
    r"acquirente", r"vendit(?:ore|rice)", r"allevat(?:ore|rice)", r"proprietari[oa]",
    r"adottante", r"sig(?:ra)?", r"mi[oa]", r"su[oa]", r"figli[oa]", r"bambin[oa]", r"neonat[oa]",
    r"paziente",
    r"koper", r"verkoper", r"fokker", r"eigenaar", r"dhr", r"mevr(?:ouw)?", r"meneer", r"ik",
    r"mijn", r"uw", r"jouw", r"zoon", r"dochter", r"pati[ëe]nt",
    r"propriet[áa]ri[oa]", r"dono", r"tutora?", r"adotante", r"eu", r"meu", r"minha", r"seu",
    r"sua", r"filh[oa]", r"crian[çc]a",
)  # fmt: skip
_ANIMAL = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(ANIMAL_WORDS)})(?![^\W\d_])", re.IGNORECASE)
_PERSON = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(PERSON_WORDS)})(?![^\W\d_])", re.IGNORECASE)
# A sentence's end (a stop, "!" or "?" before a capital or a line's end: the stop of an
# abbreviated cue, "Fohlen, geb. 03.04.2025", ends none) or a blank line.
_BOUNDARY = re.compile(r"[.!?](?:[ \t]+(?=[A-ZÀ-Ý])|[ \t]*\r?\n)|\n[ \t]*\r?\n")


def animal_birth(text: str, start: int) -> bool:
    """Whether the birth date at ``start`` is an animal's: an animal's word before it in its
    sentence, no person's word after that one."""
    lo = max(0, start - WINDOW)
    for stop in _BOUNDARY.finditer(text, lo, start):
        lo = stop.end()
    animals = list(_ANIMAL.finditer(text, lo, start))
    if not animals:
        return False
    return _PERSON.search(text, animals[-1].end(), start) is None
