"""What a name looks like and which fields hold one: shared by the PERSON detector, its table
readers (``columns.py``) and the street-name patterns (``address.py``)."""

from __future__ import annotations

import re

__all__ = [
    "FULL_NAME",
    "alone_no_name",
    "GENERIC_NAMES",
    "LABELS",
    "LABEL_PAIRS",
    "LATIN1_CAPITALS",
    "LOWER",
    "NAME",
    "NAME2",
    "NAME_TOKEN",
    "NOT_NAMES",
    "ONE_TOKEN",
    "PARTICLE",
    "UPPER",
    "cut_word",
    "either_case",
    "inside_word",
    "name_token",
]

# The capital and lower-case letters of a name word, and one name word.
UPPER = "A-ZÀ-ÖØ-ÞŁŚŽČŠ"
# UPPER's Latin-1 capitals as byte values: what the one-byte copies of the text lower-case
# or mark as capitals.
LATIN1_CAPITALS = frozenset([*range(0x41, 0x5B), *range(0xC0, 0xD7), *range(0xD8, 0xDF)])
# Beyond Latin-1 the engine reads every lower-case letter as one stand-in byte (engine.py),
# so adding one here keeps both paths equal: Polish, Czech, Croatian, Turkish, Hungarian, Romanian.
LOWER = "a-zà-öø-ÿßłśžčšñćńźżęąěřťďňůőűğışœăşţșț"


def name_token(upper: str, lower: str) -> str:
    """One name word, from a capital and a lower-case character class: "Müller",
    "Hans-Peter", "O'Brien", "McDonald", "DeVito", "D'Angelo". The engine builds its trigger
    from the same shape with its own (byte) classes (engine.py)."""
    return rf"{upper}(?:'{upper})?{lower}+(?:{upper}{lower}+)?(?:[\-']{upper}?{lower}+)?"


def either_case(
    lower_latin1: str, apostrophe: str = "'", ascii_classes: bool = True, capital: str = ""
) -> str:
    """A regex fragment matching a lower-case word in either case, letter by letter.

    Spelled out as classes (``[mM][yY]``) rather than with a case-insensitive flag: Python's
    flag also lets ``i`` match the dotless i (U+0131) and ``k`` the Kelvin sign, which the
    engine's one-byte triggers cannot see, and Hyperscan's flag covers ASCII only. Letters
    whose capital lies beyond Latin-1 (``ÿ``) or is two letters (``ß``) stay as written;
    ``'`` becomes ``apostrophe`` (a class with U+2019 on the pure path, a byte class in the engine).
    With ``ascii_classes=False`` ASCII letters stay as written, for a pattern that a
    case-insensitive group (Hyperscan's ``(?i:...)``, ASCII only) wraps: its literal
    matcher is much faster on words than on a run of two-letter classes. ``capital``, when
    given, stands for every letter's capital (a copy of the text with capitals marked).
    """
    out = []
    for ch in lower_latin1:
        up = ch.upper()
        if ch == "'":
            out.append(apostrophe)
        elif len(up) != 1 or ord(up) > 0xFF or up == ch or (ch.isascii() and not ascii_classes):
            out.append(re.escape(ch))
        else:
            out.append(f"[{ch}{capital or up}]")
    return "".join(out)


def inside_word(text: str, start: int) -> bool:
    """Whether a name or cue found at ``start`` is the tail of a longer word ("outpatient",
    "McDaniel", "O'Brien" read from "Brien")."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'\u2019-")


def cut_word(text: str, end: int) -> bool:
    """Whether a name found to ``end`` stops inside a word ("Meier GmbH" read as "Gmb")."""
    return end < len(text) and text[end].isalnum()


NAME_TOKEN = name_token(f"[{UPPER}]", f"[{LOWER}]")
# ("St." leads a surname too: "Yvonne St. Clair"; "i" joins two Catalan ones: "Ferrer i Soler".)
PARTICLE = (
    r"(?:van der|van den|von der|de la|de los|del|van|von|dos|das|de|da|di|du|le|la|y|i|Ó|Ní"
    r"|St\.)"
)
# A name of one to four words (an initial may lead), and of two to four.
NAME = rf"(?:{NAME_TOKEN}|[{UPPER}]\.)(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_TOKEN}){{0,3}}"
NAME2 = rf"{NAME_TOKEN}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_TOKEN}){{1,3}}"
FULL_NAME = re.compile(NAME2)
ONE_TOKEN = re.compile(NAME_TOKEN)

# Field names (lower case) whose value is a person's name: labels ("Name:"), JSON keys and
# table columns.
LABELS = frozenset(
    # English (snake_case and camelCase keys lower-case to these)
    ["name", "fullname", "full_name", "first_name", "last_name", "firstname", "lastname",
     "given_name", "givenname", "family_name", "familyname", "surname", "display_name",
     "displayname", "employee", "contact", "contact_person", "contactperson", "customer",
     "client", "patient", "applicant", "candidate", "requester", "assignee", "holder",
     "cardholder", "account_holder", "accountholder", "policyholder", "owner", "reporter",
     "author", "passenger", "traveler", "traveller", "guest", "recipient", "beneficiary",
     "payee", "signatory", "tenant", "attendee", "participant", "cc", "bcc", "attn",
     # commit trailers
     "signed-off-by", "reviewed-by", "co-authored-by", "acked-by", "tested-by",
     "reported-by", "suggested-by", "helped-by",
     # French
     "nom", "prénom", "titulaire", "destinataire", "expéditeur", "bénéficiaire", "auteur",
     "passager", "locataire",
     # German
     "mitarbeiter", "mitarbeiterin", "kunde", "kundin", "ansprechpartner", "ansprechpartnerin",
     "vorname", "nachname", "inhaber", "empfänger", "absender", "begünstigter", "verfasser",
     "passagier", "mieter", "kontoinhaber", "karteninhaber", "versicherter",
     "versicherungsnehmer", "antragsteller", "antragstellerin", "assuré", "assurée",
     "melder", "melderin", "bearbeiter", "bearbeiterin", "sachbearbeiter",
     "sachbearbeiterin", "demandeur", "demandeuse", "interlocuteur", "interlocutrice",
     "souscripteur", "asegurado", "asegurada", "tomador",
     # Spanish
     "nombre", "apellido", "apellidos", "cliente", "empleado", "solicitante", "contacto",
     "titular", "destinatario", "remitente", "beneficiario", "autor", "pasajero",
     "inquilino",
     # a taxi dispatch log and a handover (issue 13, round 17)
     "fahrgast", "tassista", "taxista", "motorista",
     "passageiro", "passeggero", "pax", "klant", "utente", "huisarts", "hausarzt",
     "hausärztin", "chauffeur",
     "vendedor", "comprador", "huésped", "alumno", "alumna",
     # Italian, Dutch and Portuguese
     "nome", "cognome", "titolare", "intestatario", "cedente", "venditore", "acquirente",
     "ospite", "paziente", "assistito", "assistita", "alunno", "alunna",
     "mittente", "naam", "voornaam", "achternaam", "cliënt", "houder",
     "rekeninghouder", "verkoper", "koper", "reiziger", "patiënt", "leerling", "aanvrager",
     "ontvanger", "afzender", "apelido", "sobrenome", "hóspede", "paciente",
     "aluno", "aluna", "destinatário", "remetente", "requerente",
     # sellers, buyers, pupils and consignors of purchase records, school and auction mail
     "pupil", "seller", "buyer", "consignor", "schüler", "schülerin", "verkäufer", "käufer",
     "klient", "klientin", "élève", "vendeur", "vendeuse", "acheteur",
     # renters and drivers of rental agreements, pupils of report cards, parties of deeds
     # and powers of attorney (issue 13, round 19)
     "renter", "hirer", "driver", "fahrer", "fahrerin", "zusatzfahrer", "zusatzfahrerin",
     "conducteur", "conductrice", "arrendatario", "arrendataria", "locatario", "locataria",
     "conducente", "huurder", "bestuurder", "locatário", "locatária", "condutor", "condutora",
     "student", "schüler/in", "alumno/a", "alumna/o", "käuferin", "verkäuferin",
     "acquéreur", "compradora", "vendedora", "verkoopster", "koopster", "vermieter",
     "vermieterin", "landlord", "grantor", "grantee", "mandant", "mandante", "mandatario",
     "procurador", "procuradora", "bevollmächtigter", "erziehungsberechtigte",
     "erziehungsberechtigter", "klassenleitung", "klassenlehrer", "klassenlehrerin",
     "klassenleiter", "klassenleiterin", "tutor", "tutora", "mentor", "mentrice",
     "coordinatore", "coordinatrice", "genitore",
     # the employee of a payslip, a tax certificate or an employer's attestation, the
     # payer of a certificazione unica, a supply contract's party, a script's owner
     # (issue 13, round 20); "Salarié(e)", "Trabajador/a": label_before drops the ending
     # (not the roles a call transcript's speakers take: "Medewerker:", "trabajador")
     "arbeitnehmer", "arbeitnehmerin", "salarié", "salariée", "dipendente", "percipiente",
     "werknemer", "werkneemster", "trabalhador", "trabalhadora", "vertragspartner",
     "vertragspartnerin", "maintainer", "referente"]
)  # fmt: skip
# The plain "name" fields: a person's name in a record of people, a product's elsewhere.
GENERIC_NAMES = frozenset(["name", "nom", "nombre", "nome", "naam"])
LABEL_PAIRS = (
    "full name", "reported by", "nom complet", "customer name", "contact name", "assigned to",
    "prepared for", "prepared by", "approved by", "signed by", "requested by", "submitted by",
    "written by", "owned by", "managed by", "erstellt von", "zugewiesen an", "geprüft von",
    "assigné à", "préparé par", "approuvé par", "asignado a", "preparado por", "aprobado por",
    "nombre completo", "nombre y apellidos", "apellidos y nombre", "vollständiger name",
    # rental agreements' second drivers and report cards' teachers (issue 13, round 19)
    "additional driver", "addl driver", "second driver", "conducteur additionnel",
    "conductrice additionnelle", "conductor adicional", "secondo conducente",
    "extra bestuurder", "condutor adicional", "form tutor", "class teacher",
    "homeroom teacher", "professeur principal", "professeure principale",
    "responsable légal", "diretor de turma", "diretora de turma", "encarregado de educação",
    "parent/carer", "padre/madre", "ouder/verzorger", "third party",
)  # fmt: skip

# Capitalized words that follow a name cue (mentions.py) or a given name without being a
# name: job titles, departments, products, places and sentence words ("I am Head of
# Sales", "the customer Portal Team", "This is Microsoft Teams").
NOT_NAMES = frozenset(
    # roles and titles
    ["Head", "Chief", "Senior", "Junior", "Lead", "Principal", "Staff", "Director", "Manager",
     "Officer", "Engineer", "Developer", "Designer", "Architect", "Analyst", "Consultant",
     "Specialist", "Assistant", "Associate", "Coordinator", "Administrator", "Admin", "Owner",
     "President", "Vice", "Executive", "Product", "Project", "Program", "Account", "Sales",
     "Support", "Service", "Services", "Success", "Customer", "Client", "Team", "Teams",
     "Department", "Group", "Office", "Intern", "Trainee", "Student", "Member", "Partner",
     "Responsable", "Jefe", "Jefa", "Leiter", "Leiterin", "Geschäftsführer", "Directeur",
     "Directrice", "Gerente",
     # things a role noun or "this is" precedes
     "Portal", "Access", "Account", "Data", "Record", "Records", "File", "Files", "Form",
     "Forms", "Care", "Experience", "Journey", "Relations", "Feedback", "Satisfaction",
     "Onboarding", "Self", "Center", "Centre", "Login", "Management", "Information",
     "Details", "Profile", "Review", "Survey", "Agreement", "Contract", "Intake", "Release",
     "Notes", "Report", "Reports", "Secret", "Secrets", "Id", "ID", "Number", "Portal",
     "Registration", "Request", "Requests", "Ticket", "Tickets", "Order", "Orders",
     "Invoice", "Billing", "Payment", "Payments", "Settings", "Dashboard", "Library", "App",
     "Application", "Version", "Server", "Certificate", "Credentials", "Key", "Keys",
     "Wi-Fi", "Wifi", "Network", "List", "Lounge", "Room", "Area", "House", "Day", "Week",
     "Month", "Year", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
     "Sunday", "Microsoft", "Google", "Apple", "Amazon", "Excel", "Word", "Windows",
     "Outlook", "Slack", "Zoom", "Salesforce", "Jira", "Confluence", "Azure", "AWS",
     "New", "North", "South", "East", "West", "United", "San", "Los", "Las",
     "The", "This", "That", "These", "Those", "A", "An", "Our", "Your", "My", "His", "Her",
     "Their", "Its", "Not", "Very", "Also", "Just", "Still", "Here", "There", "Happy",
     "Glad", "Sorry", "Sure", "Ready", "Available", "Back", "Writing", "Calling",
     "Reaching", "Looking", "Following", "Responsible", "Interested", "Based", "Der", "Die",
     "Das", "Le", "La", "Les", "El", "Los", "Las", "Un", "Une", "Una", "Ein", "Eine",
     "From", "Neu", "Hier", "Chef", "Great", "Job", "Work", "Idea", "Again", "Guys",
     "Description", "Handbook", "Chapter", "Change", "Advisory", "Board", "Committee",
     "Council", "Corporation", "Corp", "Company", "Inc", "Ltd", "Limited", "Holding",
     "Holdings", "Partners", "Associates", "Agency", "Solutions", "Systems",
     "Technologies", "Consulting", "Bank", "Deutsche", "Bahn", "Telekom", "Post", "Gruppe",
     "Versicherung", "Stadtwerke", "Société", "Banco", "Grupo", "Tel", "Tél", "Fax",
     "Mobil", "Mobile", "Handy", "Phone", "Cell", "Email", "Mail", "Tfno", "Móvil",
     "Platz", "Straße", "Strasse", "Street", "Road", "Avenue", "Air", "Airlines", "Airways",
     "Theme", "Pack", "Says", "Hotel", "Museum", "Clinic", "Hospital", "School",
     "University", "Foundation", "Institute", "Airport", "Station", "Bridge", "Stiftung",
     "Klinik", "Schule", "Universität", "Im", "Am", "Zum", "Zur", "Vom", "Beim",
     # what follows a title in capitals other than a name ("MR READY FOR REVIEW": a merge
     # request)
     "Sir", "Madam", "Or", "And", "For", "Of", "To", "Fix", "Build", "Merge", "Merged",
     "Draft", "Wip", "Approved", "Closed", "Updated", "Update", "Test", "Tests",
     # what follows a role noun in HR and CRM text ("Employee Stock Options")
     "Stock", "Options", "Benefits", "Engagement", "Training", "Directory", "Count",
     "Retention", "Turnover", "Evaluation", "Appreciation", "Assistance", "Discount",
     "Loyalty", "Segment", "Segments", "Base", "Churn", "Lifetime", "Value", "Acquisition",
     "Advocacy", "Insights", "Analytics", "Education", "Safety", "Privacy", "Rights",
     "Consent", "Monitoring", "Wellness", "Pass", "Parking", "Check", "Name", "Names",
     "Field", "Fields", "Address", "Status", "Type", "Types", "Level", "Tier", "Groups",
     "Category", "Daten", "Nummer", "Konto", "Bereich"]
)  # fmt: skip


# Words taken for names on their own (by the model, or by a rule after a speaker's label)
# at a line's start or before a question mark, which no reader takes for one: articles,
# pronouns and question words of the seven languages, and the field nouns an interpreter
# repeats as a question ("Geburtsdatum?").
_NEVER_ALONE = frozenset(
    ["O", "A", "Os", "As", "El", "La", "Le", "Les", "Lo", "Il", "Het", "De", "Der", "Die",
     "Das", "Me", "Mi", "Ma", "Mon", "Mijn", "Mein", "Meu", "Minha", "Wie", "Wer", "Was",
     "Wo", "Qui", "Quoi", "Who", "What", "Quién", "Qué", "Chi", "Che", "Cosa", "Quem", "Wat",
     "Welke", "Qual", "Es", "Ist", "Est", "Sono", "Sou",
     # a report card's class and a claim's damage after a name or a speaker's label
     # ("HUBER Lena   Klasse: 7b", "Agent: Schaden Nr. W-118-...")
     "Klasse", "Classe", "Clase", "Klas", "Turma", "Class", "Schaden", "Schade", "Sinistre",
     "Siniestro", "Sinistro", "Claim",
     # a payslip's job field beside the employee's name ("Tätigkeit: Elektroniker")
     "Tätigkeit", "Beruf", "Abteilung", "Fonction", "Puesto", "Mansione", "Qualifica",
     "Functie", "Afdeling", "Função"]
)  # fmt: skip
_FIELD_NOUN = re.compile(r"\w+(?:datum|nummer|adresse|anschrift|leitzahl)\Z")
# A word cut short before a number's label is a field's abbreviation, not a name ("Pers.Nr
# 53548", "Kd.-Nr.", "Mitgl. Nr", "Cod. n°").
# After a blank only the forms no sentence starts with ("Anna. No, ..." keeps its name).
_ABBREVIATED_LABEL = re.compile(
    r"\.(?:-?(?:Nr|nr|NR|No|no|Nº|nº|n°|N°)|[ \t]-?(?:Nr|NR|Nº|N°|n°))(?![^\W\d_])"
)
# A display name before a service mailbox names the service ("Beveiliging <noreply@...>").
_SERVICE_BOX = re.compile(
    r"[ \t]*<(?:no-?reply|do-?not-?reply|notifications?|alerts?|security|service)[@.]", re.I
)


def alone_no_name(text: str, start: int, end: int) -> bool:
    """A one-word span that is a function word, a field noun or its abbreviation, or a
    service's sender."""
    word = text[start:end]
    if " " in word:
        return False
    return (
        len(word) < 2
        or (len(word) == 2 and word.isupper())  # a country's or language's code ("DE", "IT")
        or word in _NEVER_ALONE
        or bool(_FIELD_NOUN.match(word.lower()))
        or bool(_SERVICE_BOX.match(text, end))
        or bool(_ABBREVIATED_LABEL.match(text, end))
    )
