"""What a name looks like and which fields hold one: shared by the PERSON detector, its table
readers (``columns.py``) and the street-name patterns (``address.py``)."""

from __future__ import annotations

import re

__all__ = [
    "FULL_NAME",
    "LABELS",
    "LABEL_PAIRS",
    "LOWER",
    "NAME",
    "NAME2",
    "NAME_TOKEN",
    "ONE_TOKEN",
    "PARTICLE",
    "UPPER",
]

# The capital and lower-case letters of a name word, and one name word.
UPPER = "A-ZÀ-ÖØ-ÞŁŚŽČŠ"
LOWER = "a-zà-öø-ÿßłśžčšñ"
NAME_TOKEN = rf"[{UPPER}][{LOWER}]+(?:[\-'][{UPPER}]?[{LOWER}]+)?"
PARTICLE = r"(?:van der|van den|von der|de la|de los|del|van|von|de|da|di|du|le|la|y)"
# A name of one to four words (an initial may lead), and of two to four.
NAME = rf"(?:{NAME_TOKEN}|[{UPPER}]\.)(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_TOKEN}){{0,3}}"
NAME2 = rf"{NAME_TOKEN}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_TOKEN}){{1,3}}"
FULL_NAME = re.compile(NAME2)
ONE_TOKEN = re.compile(NAME_TOKEN)

# Field names (lower case) whose value is a person's name: labels ("Name:"), JSON keys and
# table columns.
LABELS = frozenset(
    [
        "name",
        "fullname",
        "full_name",
        "first_name",
        "last_name",
        "firstname",
        "lastname",
        "employee",
        "contact",
        "customer",
        "client",
        "patient",
        "applicant",
        "candidate",
        "requester",
        "assignee",
        "holder",
        "cardholder",
        "owner",
        "reporter",
        "nom",
        "prénom",
        "titulaire",
        "mitarbeiter",
        "mitarbeiterin",
        "kunde",
        "kundin",
        "ansprechpartner",
        "ansprechpartnerin",
        "vorname",
        "nachname",
        "inhaber",
        "nombre",
        "apellido",
        "apellidos",
        "cliente",
        "empleado",
        "solicitante",
        "contacto",
        "titular",
        "customer",
        "name",
        "contact",
        "name",
    ]
)
LABEL_PAIRS = ("full name", "reported by", "nom complet", "customer name", "contact name")
