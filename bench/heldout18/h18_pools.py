"""Pools of set 18: names, streets, towns, months, digit words, mail domains, phrases."""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
PER_LANG = {"en": 7, "de": 6, "fr": 6, "es": 6, "it": 4, "nl": 4, "pt": 4}

GIVEN = {
    "en": ["Rowan", "Imogen", "Declan", "Harriet", "Tobias", "Niamh", "Marcus", "Priya"],
    "de": ["Jannik", "Henrike", "Malte", "Svenja", "Korbinian", "Ilka", "Detlef", "Wiebke"],
    "fr": ["Gaspard", "Solène", "Anatole", "Maëlys", "Baptiste", "Ondine", "Thibaut", "Capucine"],
    "es": ["Iñigo", "Rocío", "Gonzalo", "Nerea", "Ramiro", "Itziar", "Fermín", "Begoña"],
    "it": ["Ettore", "Ludovica", "Saverio", "Ginevra", "Corrado", "Benedetta", "Ottavio"],
    "nl": ["Joost", "Femke", "Reinout", "Lieke", "Wouter", "Marloes", "Gijs"],
    "pt": ["Duarte", "Leonor", "Gonçalo", "Matilde", "Afonso", "Inês", "Tomé"],
}
SURNAME = {
    "en": ["Ashworth", "Pemberton", "Okonkwo", "Hargreaves", "Lindqvist", "Mulcahy", "Trevelyan"],
    "de": ["Brückner", "Oberländer", "Feldmann", "Hinrichs", "Lauterbach", "Quast", "Wendtland"],
    "fr": ["Lemercier", "Delaunay", "Chevallier", "Rousseau-Vidal", "Beaumanoir", "Tissot"],
    "es": ["Arrizabalaga", "Quintana", "Villalobos", "Echeverría", "Montalbán", "Sotomayor"],
    "it": ["Ferraguti", "Bellandi", "Santucci", "Marchetti", "Del Vecchio", "Orlandini"],
    "nl": ["van Dalen", "Hoogeveen", "Kuipers", "de Bruijn", "Verhoeven", "Brouwer"],
    "pt": ["Sequeira", "Figueiredo", "Magalhães", "Valente", "Carvalhal", "Quaresma"],
}
# (street name, how a number and a flat part attach)
STREETS = {
    "en": ["Larkspur Avenue", "Chandos Road", "Westbourne Terrace", "Maple Hollow Drive"],
    "de": ["Gneisenaustraße", "Am Kreuzberg", "Lindenallee", "Eppendorfer Weg"],
    "fr": ["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard Voltaire", "impasse des Lilas"],
    "es": ["calle de Fuencarral", "avenida de Burgos", "calle Bailén", "paseo de la Castellana"],
    "it": ["via Garibaldi", "corso Vittorio Emanuele", "via dei Mille", "viale Monza"],
    "nl": ["Prinsengracht", "Kerkstraat", "Vondellaan", "Zeestraat"],
    "pt": ["Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Almada", "Travessa do Carmo"],
}
TOWNS = {
    "en": ["Leeds LS6 2QT", "Portland, OR 97214", "Bristol BS8 1TH", "Madison, WI 53703"],
    "de": ["10247 Berlin", "81667 München", "20251 Hamburg", "50667 Köln"],
    "fr": ["69002 Lyon", "33000 Bordeaux", "31000 Toulouse", "44000 Nantes"],
    "es": ["28004 Madrid", "09001 Burgos", "46001 Valencia", "48001 Bilbao"],
    "it": ["20154 Milano", "10121 Torino", "40126 Bologna", "50123 Firenze"],
    "nl": ["1016 EG Amsterdam", "3511 AB Utrecht", "2511 CV Den Haag", "9711 LM Groningen"],
    "pt": ["4000-447 Porto", "1250-096 Lisboa", "3000-214 Coimbra", "4700-320 Braga"],
}
FLAT = {
    "en": ["Flat 3", "Apt 4B", "Unit 12", "Suite 205"],
    "de": ["3. OG links", "Hinterhaus, 2. OG", "Whg. 14", "EG rechts"],
    "fr": ["bât. B, 3e étage", "appt 21", "escalier C", "2e étage gauche"],
    "es": ["3º B", "2º izq.", "bajo A", "5º D"],
    "it": ["scala B, int. 7", "piano 3", "int. 12", "scala A"],
    "nl": ["3-hoog", "bis", "huis", "2e verdieping"],
    "pt": ["3.º Esq.", "2.º Dto.", "r/c", "1.º Frente"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}
DIGITS = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
}
# spelled e-mail: (at word, dot word)
SPELL_AT = {
    "en": ("at", "dot"),
    "de": ("(at)", "(punkt)"),
    "fr": ("arobase", "point"),
    "es": ("arroba", "punto"),
    "it": ("chiocciola", "punto"),
    "nl": ("apenstaartje", "punt"),
    "pt": ("arroba", "ponto"),
}
MAIL_DOMAINS = {
    "en": ["example.com", "mailbox.example.org", "fastpost.example.net"],
    "de": ["posteo.example.de", "gmx.example.de", "web.example.de"],
    "fr": ["orange.example.fr", "laposte.example.net", "free.example.fr"],
    "es": ["correo.example.es", "telefonica.example.es", "gmail.example.com"],
    "it": ["libero.example.it", "tiscali.example.it", "alice.example.it"],
    "nl": ["ziggo.example.nl", "kpn.example.nl", "xs4all.example.nl"],
    "pt": ["sapo.example.pt", "netcabo.example.pt", "mail.example.pt"],
}
IBAN_COUNTRY = {
    "en": ["GB", "IE", "GB"],
    "de": ["DE", "AT", "DE"],
    "fr": ["FR", "BE", "FR"],
    "es": ["ES", "ES", "LU"],
    "it": ["IT", "CH", "IT"],
    "nl": ["NL", "BE", "NL"],
    "pt": ["PT", "PT", "ES"],
}
TITLES = {
    "en": ["Mr", "Ms", "Mrs", "Dr"],
    "de": ["Herr", "Frau", "Herrn", "Dr."],
    "fr": ["M.", "Mme", "Monsieur", "Madame"],
    "es": ["Sr.", "Sra.", "don", "doña"],
    "it": ["Sig.", "Sig.ra", "dott.", "dott.ssa"],
    "nl": ["dhr.", "mevr.", "de heer", "mevrouw"],
    "pt": ["Sr.", "Sra.", "Dr.", "D."],
}
