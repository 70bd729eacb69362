# ruff: noqa: RUF001
# Templates and pools are text in four languages: long phrase lines and typographic dashes,
# quotes and letters (en dash, apostrophe, dotless i) are what people write.
"""Word pools: names, streets, towns, companies and domains per language.

Names mix each language's common and less common names with names of people who live and
work in those countries and came from elsewhere, since a detector that knows only the most
frequent local names fails on real customer lists. Domains are reserved example domains.
"""

from __future__ import annotations

GIVEN = {
    "en": ["Harriet", "Desmond", "Priyanka", "Callum", "Imogen", "Tobias", "Marisol", "Kwame",
           "Rhiannon", "Dominic", "Yusuf", "Bethany", "Ewan", "Leticia", "Garrett", "Nkechi",
           "Rosalind", "Jasper", "Tamsin", "Aurelio", "Caitriona", "Everett", "Shauna", "Malik"],
    "de": ["Henrike", "Wolfgang", "Jannik", "Svenja", "Ottilie", "Björn", "Friederike",
           "Malte", "Ilse", "Korbinian", "Gesine", "Volker", "Annegret", "Leonhard", "Merve",
           "Dragan", "Hanne", "Ruprecht", "Wiebke", "Emre", "Theresia", "Arnulf", "Kübra",
           "Jost"],
    "fr": ["Solène", "Gaëtan", "Ophélie", "Thibault", "Maëlys", "Yannick", "Clémence",
           "Baptiste", "Rachida", "Aurélien", "Margaux", "Édouard", "Séverine", "Loïc",
           "Amandine", "Karim", "Bérénice", "Hervé", "Nolwenn", "Fatoumata", "Ghislain",
           "Perrine", "Jérémie", "Awa"],
    "es": ["Begoña", "Iñaki", "Rocío", "Fermín", "Almudena", "Gonzalo", "Itziar", "Nuria",
           "Ramiro", "Montserrat", "Xabier", "Consuelo", "Leandro", "Maite", "Joaquín",
           "Araceli", "Wilson", "Inmaculada", "Jordi", "Yolanda", "Anselmo", "Macarena",
           "Eneko", "Milagros"],
}  # fmt: skip

SURNAME = {
    "en": ["Ashworth", "Okonkwo", "Pemberton", "Gallagher", "Nakamura", "Whitfield",
           "Delacroix-Hunt", "Brannigan", "Oyelaran", "McAllister", "Fairbairn", "Chaudhry",
           "Thistlewood", "Kowalczyk", "Haverford", "O'Donoghue", "Lindqvist", "Abernathy",
           "Mbeki", "Prendergast", "Villanueva", "Holloway", "Sandoval", "Tremayne"],
    "de": ["Wendelstein", "Kirchhoff", "Brückner", "Oberländer", "Yılmaz", "Hausmann",
           "Pfeiffer-Lange", "Dietrich", "Kowalski", "Rademacher", "Scholz", "Eichhorn",
           "Lindemann", "Adebayo", "Trautmann", "Hübner", "Zimmermann-Özdemir", "Voß",
           "Gellert", "Mahlberg", "Wojcik", "Stolzenberg", "Petrović", "Ahrendt"],
    "fr": ["Lemaire", "Kerjean", "Dubreuil", "Benhamou", "Fontanel", "Le Gall", "Vasseur",
           "Diallo", "Marchetti", "Rousselot", "Beaumont", "Chevallier", "N'Diaye", "Guérin",
           "Delcourt", "Haddad", "Morvan", "Lacombe", "Boucher", "Tessier", "Ferrand",
           "Nguyen", "Arnaud", "Joubert"],
    "es": ["Etxeberria", "Quintana", "Garrido", "Sepúlveda", "Olmedo", "Arrieta", "Benítez",
           "Cifuentes", "Llorente", "Mondragón", "Barrionuevo", "Salcedo", "Valverde",
           "Ocampo", "Iglesias", "Zubizarreta", "Peñalver", "Carrasco", "Aguirre", "Mejía",
           "Bustamante", "Villalobos", "Echeverría", "Torrijos"],
}  # fmt: skip

# Streets as (pattern, names): {n} is the house number, {s} the street name.
STREET = {
    "en": (["{n} {s}", "{n} {s}", "Flat {f}, {n} {s}", "{n} {s}, Apt {f}", "Unit {f}, {n} {s}",
            "{n} {s}, Suite {f}00"],
           ["Larkspur Lane", "Carrow Road", "Willowbrook Drive", "Tanner Street",
            "Harcourt Avenue", "Maple Ridge Court", "Queensway", "Foxglove Close",
            "Old Mill Road", "Bramley Crescent", "Juniper Terrace", "Orchard Way",
            "W Hollis Blvd", "Kingfisher Walk", "Sycamore Place", "N Lamar Street"]),
    "de": (["{s} {n}", "{s} {n}", "{s} {n}a", "{s} {n}, {f}. OG", "{s} {n}-{n2}"],
           ["Lindenallee", "Am Mühlbach", "Kastanienweg", "Friedrich-Ebert-Straße",
            "Rosenstraße", "Hauptstr.", "Bergstraße", "Im Wiesengrund", "Talstraße",
            "Schillerplatz", "Auf der Höhe", "Gartenstraße", "Ringstraße", "Eichendorffweg",
            "Brunnengasse", "Zum Sportplatz"]),
    "fr": (["{n} {s}", "{n} {s}", "{n} bis {s}", "{n} {s}, bât. B", "{n}, {s}"],
           ["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard Voltaire", "rue du Moulin",
            "impasse des Lilas", "allée des Cerisiers", "rue de la République",
            "chemin des Vignes", "place du Marché", "rue Pasteur", "quai de la Loire",
            "avenue de Verdun", "rue Saint-Honoré", "route de Lyon", "rue des Écoles",
            "cours Lafayette"]),
    "es": (["{s} {n}", "{s}, {n}", "{s} {n}, {f}º B", "{s} {n}, bajo", "{s}, {n}, {f}º izda."],
           ["Calle del Olivo", "Avenida de la Constitución", "C/ San Bernardo",
            "Paseo de la Castellana", "Calle Mayor", "Ronda de Segovia", "Carrer de Balmes",
            "Calle Real", "Plaza de España", "Avda. de Andalucía", "Calle Larga",
            "Camino de Ronda", "Calle Alfonso XII", "Travesía del Pez", "Calle Arenal",
            "Carrer de Provença"]),
}  # fmt: skip

TOWN = {
    "en": [
        "Leeds LS6 2QT",
        "Bristol BS3 4LA",
        "Portland, OR 97214",
        "Austin, TX 78704",
        "Dublin D08 K7F2",
        "Norwich NR2 3AB",
        "Columbus, OH 43215",
        "Cardiff CF10 1EP",
    ],
    "de": [
        "50667 Köln",
        "04109 Leipzig",
        "79098 Freiburg",
        "8010 Graz",
        "3011 Bern",
        "28195 Bremen",
        "90402 Nürnberg",
        "65183 Wiesbaden",
    ],
    "fr": [
        "69003 Lyon",
        "31000 Toulouse",
        "35000 Rennes",
        "1000 Bruxelles",
        "13006 Marseille",
        "44000 Nantes",
        "1204 Genève",
        "67000 Strasbourg",
    ],
    "es": [
        "28012 Madrid",
        "08036 Barcelona",
        "41003 Sevilla",
        "46001 Valencia",
        "48001 Bilbao",
        "29015 Málaga",
        "50001 Zaragoza",
        "15001 A Coruña",
    ],
}

COMPANY = {
    "en": ["Brightwater Logistics", "Kestrel Insurance", "Harbourside Dental", "Nimbus Payroll"],
    "de": ["Rheinblick Versicherung AG", "Alpenhaus Immobilien GmbH", "Nordlicht Energie"],
    "fr": ["Mutuelle Horizon", "Atelier Brivois SARL", "Transports Delorme"],
    "es": ["Seguros Miramar", "Inmobiliaria Sol de Levante", "Clínica Dental Albora"],
}

DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "corp.example",
           "kunden.example", "clinique.test", "correo.test", "acme.test", "shop.example.org",
           "hr.example.net", "example.de.test"]  # fmt: skip

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}  # fmt: skip

WORDS = [
    "falcon",
    "copper",
    "meadow",
    "lantern",
    "orbit",
    "walnut",
    "harbor",
    "cobalt",
    "thistle",
    "ember",
    "quartz",
    "sparrow",
    "tundra",
    "velvet",
    "saffron",
    "pylon",
]
