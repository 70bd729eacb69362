"""Names, streets, towns and domains per language for set 9 (new pools, not earlier sets')."""

from __future__ import annotations

GIVEN = {
    "en": ["Rosalind", "Desmond", "Imogen", "Tobias", "Priya", "Everett", "Winifred", "Callum", "Naomi",
           "Lionel", "Harriet", "Ezra", "Beatrix", "Jerome", "Odette", "Malcolm"],
    "de": ["Gudrun", "Wolfram", "Henrike", "Ansgar", "Sieglinde", "Volker", "Ottilie", "Rüdiger", "Almut",
           "Jannik", "Edeltraud", "Lennart", "Wiebke", "Konstantin"],
    "fr": ["Ghislaine", "Anatole", "Solène", "Bertrand", "Maëlys", "Gonzague", "Apolline", "Thibault",
           "Clémence", "Aurélien", "Bérénice", "Hippolyte", "Margaux", "Lucien"],
    "es": ["Remedios", "Eusebio", "Inmaculada", "Fermín", "Milagros", "Anselmo", "Nieves", "Baltasar",
           "Covadonga", "Leandro", "Rocío", "Isidoro", "Begoña", "Teodoro"],
    "it": ["Ornella", "Gianluca", "Benedetta", "Ottavio", "Ludovica", "Raffaele", "Annunziata", "Fabrizio",
           "Costanza", "Ermanno", "Graziella", "Leopoldo"],
    "nl": ["Geertruida", "Maarten", "Femke", "Joost", "Hendrika", "Wouter", "Marijke", "Reinier",
           "Anouk", "Sietse", "Liesbeth", "Gijsbert"],
    "pt": ["Conceição", "Aníbal", "Graça", "Rui", "Filomena", "Henrique", "Leonor", "Duarte",
           "Benedita", "Vasco", "Rosário", "Tomé"],
}

SURNAME = {
    "en": ["Ashdown", "Pennington", "Okonjo", "Fairbrother", "Quayle", "Holloway", "Threlfall", "Mbeki",
           "Carrow", "Dunleavy", "Whitcombe", "Saltonstall"],
    "de": ["Brinkmann", "Oberländer", "Kähler", "Wessendorf", "Pfisterer", "Hollmann", "Rautenberg",
           "Ziegenhagen", "Lüdtke", "Schwarzkopf", "Bergemann", "Tiedemann"],
    "fr": ["Delacroix-Vial", "Pelletier", "Rouxel", "Chambon", "Le Floch", "Mazurier", "Bonnefoy", "Trévidic",
           "Castagné", "Lemercier", "Arnoux", "Villepreux"],
    "es": ["Echevarría", "Quintanilla", "Barrionuevo", "Olmedo", "Zurbano", "Castañeda", "Villalobos",
           "Arrieta", "Montesinos", "Peñalver", "Ibarrola", "Cifuentes"],
    "it": ["Scarpellini", "Bevilacqua", "Tornatore", "Mancuso", "Pellegrino", "Santangelo", "Cavalcanti",
           "Lombardozzi", "Ferraresi", "Quagliarella"],
    "nl": ["van Wijngaarden", "Hoekstra", "de Ridder", "Schuurman", "Veldkamp", "Brouwers", "van der Heijden",
           "Kuipers", "Dijkema", "Terpstra"],
    "pt": ["Vasconcelos", "Magalhães", "Quaresma", "Albuquerque", "Figueiredo", "Sarmento", "Carvalhal",
           "Meireles", "Brandão", "Teixeira"],
}

# street line templates: {n} house number; flats added by the caller
STREETS = {
    "en": ["{n} Larkspur Lane", "{n} Coldharbour Road", "{n} Wexford Avenue", "{n} St Aldhelm's Close",
           "{n} Mariner Way", "{n} Bramble Crescent", "{n} Pemberton Street", "{n} Old Kiln Drive"],
    "de": ["Wacholderweg {n}", "Am Lindenhügel {n}", "Fichtestraße {n}", "Hohe-Eich-Allee {n}",
           "Kastanienring {n}", "Mühlbachstr. {n}", "Zum Fährhaus {n}", "Ostertorsteinweg {n}"],
    "fr": ["{n} rue des Cordeliers", "{n} avenue Jean-Jaurès", "{n}, impasse des Glycines",
           "{n} boulevard de la Liberté", "{n} chemin du Moulin", "{n} allée des Tilleuls", "{n} quai Saint-Cyprien"],
    "es": ["Calle del Almendro {n}", "Avenida de Portugal {n}", "C/ Tres Cruces {n}", "Paseo de Recoletos {n}",
           "Calle Sierpes {n}", "Ronda de Segovia {n}", "Plaza del Carmen {n}"],
    "it": ["Via dei Ciclamini {n}", "Corso Vittorio Emanuele II {n}", "Viale Monza {n}", "Via San Vitale {n}",
           "Piazza Garibaldi {n}", "Via della Spiga {n}"],
    "nl": ["Lindengracht {n}", "Herenweg {n}", "Oudegracht {n}", "Tolstraat {n}", "Julianalaan {n}",
           "Zeestraat {n}"],
    "pt": ["Rua de Cedofeita {n}", "Avenida da Liberdade {n}", "Travessa do Carmo {n}", "Rua Augusta {n}",
           "Largo do Rato {n}", "Rua das Flores {n}"],
}

FLAT = {
    "en": ["Flat {f}, ", "Apt {f}, "], "de": [", {f}. OG", ", Whg. {f}"], "fr": [", Bât. B, Appt {f}", ", {f}e étage"],
    "es": [", {f}º izq.", ", {f}º B"], "it": [", int. {f}", ", scala B, int. {f}"], "nl": ["-{f}", "-{f}hg"],
    "pt": [", {f}º Esq.", ", {f}º Dto."],
}

TOWNS = {
    "en": ["Springfield, IL 62704", "London SE1 7PB", "Leeds LS6 2AB", "Portland, OR 97205", "Bristol BS1 5TR"],
    "de": ["79098 Freiburg im Breisgau", "28203 Bremen", "04109 Leipzig", "93047 Regensburg", "6020 Innsbruck"],
    "fr": ["31000 Toulouse", "35000 Rennes", "69002 Lyon", "1003 Lausanne", "59800 Lille"],
    "es": ["28014 Madrid", "41004 Sevilla", "37002 Salamanca", "46001 Valencia", "48001 Bilbao"],
    "it": ["20125 Milano", "40125 Bologna", "00184 Roma", "10121 Torino"],
    "nl": ["3512 Utrecht", "1013 HL Amsterdam", "9711 Groningen", "2512 Den Haag"],
    "pt": ["4050-156 Porto", "1250-096 Lisboa", "3000-172 Coimbra", "4700-328 Braga"],
}

DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "post.test", "correo.example",
           "posta.example", "webmail.test", "example.de", "example.fr", "example.es", "example.it",
           "example.nl", "example.pt"]

COMPANY_DOMAINS = ["clinic.example", "vetline.test", "cargo.example", "campus.test", "bank.example",
                   "corp.internal", "hosting.example"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
}

MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
