"""Word pools of the sixth held-out set: names, streets, towns per language.

Written for this set only (no pool of an earlier set was read). Names and streets repeat
across texts by design (small pools); structured values never do.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")

GIVEN = {
    "en": ["Rowan", "Imogen", "Desmond", "Philippa", "Callum", "Marisol", "Tobias", "Winifred",
           "Anselm", "Bethany", "Lachlan", "Priya", "Ezekiel", "Harriet"],
    "de": ["Wiebke", "Jannik", "Roswitha", "Leander", "Hildegard", "Malte", "Friederike",
           "Ansgar", "Kunigunde", "Torben", "Henrike", "Volkmar", "Gesa"],
    "fr": ["Gwenaëlle", "Anatole", "Ségolène", "Baptiste", "Maëlys", "Gaspard", "Léontine",
           "Aurélien", "Bérénice", "Evrard", "Clémence", "Octave", "Solveig"],
    "es": ["Remedios", "Iñaki", "Covadonga", "Baltasar", "Macarena", "Eusebio", "Itziar",
           "Fermín", "Araceli", "Leandro", "Begoña", "Crisanto", "Nieves"],
    "it": ["Ottavia", "Gianluca", "Benedetta", "Ruggero", "Ludovica", "Tancredi", "Serena",
           "Corrado", "Elettra"],
    "nl": ["Femke", "Joost", "Marijke", "Sietse", "Anouk", "Gerrit", "Lieke", "Wouter",
           "Froukje"],
    "pt": ["Leonor", "Duarte", "Matilde", "Gonçalo", "Inês", "Tomé", "Beatriz", "Vasco",
           "Carolina"],
}  # fmt: skip

SURNAME = {
    "en": ["Ashcombe", "Pemberton", "Okonjo", "Treadwell", "MacAulay", "Finnegan", "Holloway",
           "Brightwater", "Castellano", "Whitlock", "O'Rourke", "Nakamura"],
    "de": ["Großkopf", "Wendelin", "Hagedorn", "Brückner", "Ostermann", "Kleinschmidt",
           "Vogelsang", "Tiedemann", "Lütjens", "Ebersbach", "Kaczmarek"],
    "fr": ["Duvernoy", "Lemaître", "Kergoat", "Ferrandis", "Beaulieu", "Roussel", "Chauvet",
           "Daguerre", "Le Bihan", "Marchetti", "Vasseur"],
    "es": ["Zubizarreta", "Villalobos", "Etxeberria", "Montesinos", "Quintanilla", "Arroyo",
           "Benítez", "Cifuentes", "Olmedo", "Sandoval", "Pujol"],
    "it": ["Bellandi", "Tornatore", "Colombo", "Ferraresi", "Ianniello", "Sartori", "Mancuso",
           "De Santis"],
    "nl": ["Visser", "van der Meulen", "Bakker", "Dijkstra", "de Graaf", "Hoekstra",
           "Timmermans", "Kuipers"],
    "pt": ["Magalhães", "Figueiredo", "Carvalho", "Nogueira", "Brandão", "Pestana", "Sequeira",
           "Antunes"],
}  # fmt: skip

STREET = {
    "en": ["Larkspur Lane", "Foundry Road", "Chancery Mews", "Wexford Avenue", "Quarry Hill",
           "Pelham Crescent", "Tannery Close", "Northgate Street"],
    "de": ["Holunderweg", "Mühlenkamp", "Am Lindenhof", "Schwalbenstraße", "Brunnenstr.",
           "Kastanienallee", "Ziegeleiweg"],
    "fr": ["rue des Capucins", "avenue Jean-Jaurès", "impasse des Tisserands",
           "boulevard Gambetta", "rue du Moulin-Vert", "allée des Glycines"],
    "es": ["Calle del Almendro", "Avenida de los Olmos", "Calle Sierpes", "Paseo del Prado",
           "Calle de la Ribera", "Ronda de Atocha"],
    "it": ["Via dei Mille", "Corso Garibaldi", "Via della Spiga", "Viale Trieste"],
    "nl": ["Prinsengracht", "Lindenlaan", "Kerkstraat", "Molenweg", "Zeedijk"],
    "pt": ["Rua das Flores", "Avenida da Liberdade", "Travessa do Carmo", "Rua de Cedofeita"],
}  # fmt: skip

TOWN = {
    "en": [("Leeds", "LS6 2QH"), ("Bristol", "BS3 4RT"), ("Portland, OR", "97214"),
           ("Columbus, OH", "43215"), ("Galway", "H91 C2X4")],
    "de": [("Bielefeld", "33602"), ("Freiburg", "79098"), ("Kiel", "24103"),
           ("Graz", "8010"), ("Luzern", "6003")],
    "fr": [("Rennes", "35000"), ("Grenoble", "38000"), ("Nantes", "44000"),
           ("Liège", "4000"), ("Lausanne", "1003")],
    "es": [("Valladolid", "47001"), ("Cádiz", "11001"), ("Bilbao", "48001"),
           ("Zaragoza", "50001"), ("Guadalajara, Jal.", "44100")],
    "it": [("Bologna", "40121"), ("Torino", "10121"), ("Bari", "70121")],
    "nl": [("Utrecht", "3511 AB"), ("Groningen", "9711 CD"), ("Haarlem", "2011 EF")],
    "pt": [("Porto", "4000-123"), ("Coimbra", "3000-456"), ("Braga", "4700-321")],
}  # fmt: skip

# Flat/floor parts written on the street line, per language: (before, after) patterns.
UNIT_AFTER = {
    "en": [", Apt 4B", ", Flat 2", ", Unit 7", " #12", ", Suite 310"],
    "de": [", 2. OG", ", Whg. 5", " b", ", 3. Stock rechts", ", Hinterhaus"],
    "fr": [", Bât. C", ", Appt 14", ", 3e étage", ", esc. B"],
    "es": [", 4º izq.", ", 2º B", ", bajo A", ", 7º 3ª", ", ático"],
    "it": [", int. 5", ", scala B", ", piano 3"],
    "nl": [" 2 hoog", "-III", " bis", " A"],
    "pt": [", 3º Esq.", ", 1º Dto.", ", r/c"],
}

DOMAIN = {
    "en": ["example.com", "mail.example", "example.org", "corp.test"],
    "de": ["example.de", "beispiel.example", "firma.test"],
    "fr": ["example.fr", "societe.example", "mairie.test"],
    "es": ["example.es", "empresa.example", "clinica.test"],
    "it": ["example.it", "ditta.example"],
    "nl": ["example.nl", "bedrijf.example"],
    "pt": ["example.pt", "empresa.test"],
}

COMPANY = {
    "en": ["Harbourline Logistics", "Pinecrest Dental", "Ferrow & Sons Lettings"],
    "de": ["Kreisel Immobilien GmbH", "Nordlicht Versicherung", "Praxis am Wall"],
    "fr": ["Cabinet Arnoux", "Immo Presqu'île", "Mutuelle Océane"],
    "es": ["Inmobiliaria Solana", "Clínica Arenal", "Gestoría Ibarra"],
    "it": ["Studio Fontana", "Immobiliare Arno"],
    "nl": ["Makelaardij Duin", "Tandartspraktijk Vecht"],
    "pt": ["Imobiliária Ribeira", "Clínica do Bonfim"],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
}  # fmt: skip

PW_WORDS = [
    "Kestrel",
    "Mango",
    "Harbor",
    "Tulpe",
    "Nuage",
    "Cometa",
    "Lanterna",
    "Wolk",
    "Farol",
    "Quokka",
    "Birke",
    "Falaise",
    "Granizo",
    "Ottone",
    "Zeppelin",
    "Cobalt",
]
