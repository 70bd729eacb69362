"""Set 16 value pools: given names, surnames, streets, towns, months, digit words."""

GIVEN = {
    "en": ["Imogen", "Declan", "Priya", "Wesley", "Harriet", "Tobias", "Niamh", "Everett"],
    "de": ["Friederike", "Malte", "Henrike", "Joscha", "Wiebke", "Korbinian", "Ilka", "Detlef"],
    "fr": ["Solène", "Gaspard", "Maëlys", "Baptiste", "Clémence", "Anatole", "Ophélie", "Yann"],
    "es": ["Itziar", "Gonzalo", "Remedios", "Iñaki", "Macarena", "Fermín", "Ainhoa", "Bruno"],
    "it": ["Ludovica", "Ettore", "Benedetta", "Gianmarco", "Ornella", "Tommaso", "Ilaria"],
    "nl": ["Femke", "Joost", "Marloes", "Sjoerd", "Anouk", "Wouter", "Lieke", "Daan"],
    "pt": ["Leonor", "Duarte", "Inês", "Tiago", "Beatriz", "Gonçalo", "Matilde", "Rui"],
}
SURNAME = {
    "en": ["Ashcombe", "Fairbairn", "Okonjo", "Pemberton", "Laidlaw", "Trevelyan", "Quigley"],
    "de": ["Brunnhuber", "Kettelhack", "Osterloh", "Wendland", "Pfeiffer", "Rautenberg"],
    "fr": ["Lemarchand", "Castagné", "Vautrin", "Delahaye", "Roussel", "Marchetti"],
    "es": ["Urquiza", "Belmonte", "Cifuentes", "Arrieta", "Villalobos", "Echeverría"],
    "it": ["Bellandi", "Scarpellini", "Morandi", "Cavalcanti", "Tedeschi", "Locatelli"],
    "nl": ["van Dongen", "Hoekstra", "Verbruggen", "de Ruiter", "Kuipers", "Schouten"],
    "pt": ["Figueiredo", "Carvalhal", "Monteiro", "Sequeira", "Albuquerque", "Pestana"],
}
STREET = {
    "en": ["{n} Wexford Crescent", "{n} Tanner's Lane", "{n} Highbury Grove", "{n} Oak Ridge Rd"],
    "de": ["Hirschgartenweg {n}", "Am Mühlbach {n}", "Schillerstraße {n}", "Lerchenfeld {n}"],
    "fr": ["{n} rue des Cordiers", "{n} avenue Jean-Jaurès", "{n} impasse des Lilas"],
    "es": ["Calle de Zurbarán {n}", "Avenida del Puerto {n}", "Calle Almirante {n}"],
    "it": ["Via dei Serragli {n}", "Corso Vercelli {n}", "Viale Monza {n}", "Via Solferino {n}"],
    "nl": ["Brouwersgracht {n}", "Oranjelaan {n}", "Kruisstraat {n}", "Zeeburgerdijk {n}"],
    "pt": ["Rua da Boavista {n}", "Avenida da Liberdade {n}", "Travessa do Carmo {n}"],
}
TOWN = {
    "en": ["Leeds LS6 2AB", "Bristol BS8 4QT", "Portland, OR 97214", "Albany, NY 12203"],
    "de": ["79098 Freiburg", "28195 Bremen", "04109 Leipzig", "1070 Wien"],
    "fr": ["35000 Rennes", "31000 Toulouse", "1050 Bruxelles", "44000 Nantes"],
    "es": ["41001 Sevilla", "48001 Bilbao", "29001 Málaga", "30001 Murcia"],
    "it": ["50125 Firenze", "20144 Milano", "40121 Bologna", "10128 Torino"],
    "nl": ["1013 AB Amsterdam", "3511 LK Utrecht", "9711 HV Groningen"],
    "pt": ["4050-123 Porto", "1250-096 Lisboa", "3000-150 Coimbra"],
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
DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "post.test", "web.test"]
