"""The word groups of the DATE_OF_BIRTH model (dob_model.py), as data.

A lower-case word holding one of a group's stems gives the model that group as a feature
("bg=found" for a word before the date, "kg=admit" for its field key, "hg=leave" for its
table column's header); the model learns how much each group weighs where. Birth words
say "this date is a birth date"; the event groups name the other things a date marks in
the seven languages of the project's data (EN, DE, FR, ES, IT, NL, PT): a stay in
hospital, a job, a document, a company, a contract, a death or a marriage, history. Most
such dates lie far in the past, where a birth date's year would also be, so only these
words tell them apart. Anchors (``^``, ``$``) keep short stems from matching inside
other words.
"""

from __future__ import annotations

import re

__all__ = ["AGE", "BIRTH", "EVENTS"]

BIRTH = re.compile(
    r"birth|born|^dob$|d\.o\.b|^geb|geburt|jahrgang|naiss|^n[ée]e?$|^n[ée]\(e\)|nacim|"
    r"^nac|naci[dó]|^cumple|anniv|^bday|b-day|^ddn$|^fnac|"
    r"nasc|^nat[oaie]$|^geboren$"  # IT, PT, NL
)
# An age ("81 years", "Alter: 43"): beside a date, most often its birth date; two clauses
# away, as often a note on a patient whose other dates are a stay's.
AGE = re.compile(
    r"^age[ds]?$|^alter$|^âge$|^edad$|years?$|jahre?$|ans$|años$|"
    r"^leeftijd$|^età$|^idade$|^anni$|^jaar$|^anos$"
)

_EVENT_STEMS = {
    "bill": r"invoice|rechnung|factur|^bill|payment|zahlung|paiement|pago|paid|bezahlt|pay[ée]|"
    r"pagad|fattur|pagament|betaling|betaald|factuur",
    "order": r"order|bestell|commande|pedido|purchase|kauf|achat|compra|ordine|bestelling",
    "ship": r"ship|versand|versendet|envoy|exp[ée]di|enviad|deliver|liefer|livr|entreg|tracking|"
    r"spedi|verzend|levering",
    "release": r"release|version|build|deploy|publish|ver[öo]ffentl|lanc|lanza|publica|album|"
    r"erschien|paru|parution|pubblic|uscit|verschen|shipped|launch",
    "meet": r"appointment|meeting|termin|rendez|réunion|reunion|^cita|reuni[óo]n|visit|besuch|call|"
    r"consult|visita|bezoek|controll|kontroll|controle|^control$|seen|vorstellig|recall|"
    r"appuntament|afspraak|marcação|sighting",
    "expiry": r"expir|valid|g[üu]ltig|ablauf|l[äa]uft|vence|venc|caduc|échéance|echeance|due|"
    r"f[äa]llig|until|bis$|jusqu|hasta|scadenz|scade|geldig|validade|válid|valable|renewal|"
    r"renouvel|renov|rinnov|verleng|^tot$",
    "issue": r"issue|ausgestellt|ausstell|d[ée]livr|emis|emitid|expedid|signed|unterschr|sign[ée]|"
    r"rilasci|afgifte|afgegeven|emiss|emitid|erteilt|firmat|ondertek|assinad|dated$",
    "start": r"start|begin|beginn|d[ée]but|inicio|início|joined|hire|eintritt|embauch|contrat|"
    r"contract|vertrag|seit|since|depuis|desde|commenc|effet|vigor|vigên|vigenc|decorr|ingang|"
    r"^gaat$|assun|^dienst$|incorpora|probation|probezeit|essai|prueba|^prova$|proeftijd|"
    r"experimental|^dal$|^dalla$|^dai$|sinds|^work|employ|beschäftigt|tätig|travaill|trabaj|"
    r"lavora|werkzaam|trabalh",
    "admit": r"admission|admitted|aufnahme|aufgenommen|admis|entrée|entree|hospitali|ingres|"
    r"ricover|opname|opgenomen|internam|station[äa]r|^ward$|admiss",
    "leave": r"discharg|entlass|sortie|^alta$|dimiss|ontslag|austritt|terminat|cessaz|^uit$|"
    r"demiss|^baja$|retir|^rente$|retraite|jubil|pension|^left$|^quit$|ended|endete|ende$|"
    r"^fin$|^fim$|einde|^end$",
    "found": r"found|gegründet|gründ|fond[ée]|fondat|fundad|fund[oó]|opgericht|oprichting|"
    r"constitu|eintragung|registered|register|immatric|registro|iscrizione|inscri|kvk|"
    r"establish|inaugur|opened|eröffnet|freigegeben|geopend|built|gebaut|construit|"
    r"construid|costruit|gebouwd|installed|eingebaut",
    "history": r"^war$|krieg|guerre|guerra|oorlog|treaty|armistice|revolution|revolución|"
    r"révolution|revolução|rivoluzion|battle|schlacht|bataille|batalla|battaglia|slag|"
    r"premiere|première|estreno|^fell$|^fiel$",
    # "came into the world", "zur Welt", "au monde", "al mundo", "al mondo", "ter wereld",
    # "ao mundo": a birth said with no birth word (and "World War", "Weltkrieg" beside it)
    "world": r"^world$|^welt$|^monde$|^mundo$|^mondo$|^wereld$",
    "death": r"died|death|dec[eé]d|gestorben|starb|verstorb|^tod$|sterbe|^mort|décès|deces|"
    r"falleci|falleció|muri[óo]|defunci|^mort[oa]$|decedut|overled|overlijd|faleceu|falecid|"
    r"óbito|obito|^d$|^f$|^gest$",
    "marry": r"marri|wedding|heirat|eheschl|verheirat|mariage|mari[ée]|matrimon|casad|casamento|"
    r"huwelijk|getrouwd|^bride|^groom|sposa|sposo|épouse|esposa",
    "medical": r"vaccin|impf|vacun|vacin|tetan|^mmr$|masern|^ror$|morbillo|sarampo|^bmr$|"
    r"hepatit|epatit|diagnos|smok|raucher|diabet|surgery|operation|operat|chirurg|cirug",
    "log": r"created|updated|modified|erstellt|ge[äa]ndert|cr[ée]{2}|modifi|creado|actualiz|"
    r"timestamp|logged|^at$|^um$|login|last_?login|registrat",
    "when": r"^on$|^am$|^le$|^el$|^vom$|^du$|^del$|^dated?$|^datum$|^fecha$|today|heute|"
    r"aujourd|hoy|tomorrow|morgen|demain|mañana|yesterday|gestern|hier|ayer|^il$|^op$|^em$|oggi|vandaag|hoje",
}
EVENTS = tuple((name, re.compile(stems)) for name, stems in _EVENT_STEMS.items())
