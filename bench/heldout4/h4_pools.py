"""Word pools of the fourth held-out set: names, streets, towns, companies, domains.

Written fresh for this set. Names mix each language's own with those of people who live and
work there (particles, diacritics, hyphens, initials); streets follow each country's layout.
"""

# Tables of formats and words: one row a line, however long it is.
# ruff: noqa: E501

from __future__ import annotations

GIVEN: dict[str, list[str]] = {
    "en": ["Bethany", "Callum", "Imogen", "Desmond", "Priya", "Tobias", "Rosalind", "Kwame",
           "Harriet", "Declan", "Maeve", "Rupert", "Shona", "Everett", "Lorna", "Dashiell",
           "Oluwaseun", "Mei-Ling", "Quentin", "Tamsin", "Jarrah", "Winifred", "Ezekiel",
           "Saoirse", "Bartholomew", "Niamh", "Cormac", "Delphine", "Hollis", "Anjali"],
    "de": ["Wiebke", "Jannik", "Hannelore", "Detlef", "Swantje", "Malte", "Gesine", "Torben",
           "Ilse", "Friedhelm", "Liesel", "Kai-Uwe", "Annegret", "Volker", "Rieke", "Ömer",
           "Dragana", "Leonhard", "Mechthild", "Till", "Svenja", "Ulrich", "Elif", "Jörg",
           "Brunhilde", "Mirko", "Theresia", "Onno", "Gudrun", "Hauke"],
    "fr": ["Maëlys", "Aurélien", "Clémence", "Gaëtan", "Solène", "Benoît", "Ophélie", "Yannick",
           "Ghislaine", "Thibault", "Anaïs", "Jean-Baptiste", "Marie-Claude", "Loïc", "Nadège",
           "Karim", "Perrine", "Évariste", "Séverine", "Aymeric", "Capucine", "Hervé", "Inès",
           "Baptiste", "Mathilde", "Gwenaël", "Armelle", "Fodé", "Rémi", "Bérénice"],
    "es": ["Ainhoa", "Íñigo", "Montserrat", "Baltasar", "Nerea", "Joaquín", "Itziar", "Fermín",
           "Rocío", "Gonzalo", "Maite", "José Luis", "María del Mar", "Xabier", "Candela",
           "Eusebio", "Yolanda", "Ramiro", "Begoña", "Patricio", "Nuria", "Leocadia", "Abril",
           "Teodoro", "Macarena", "Wilfredo", "Araceli", "Darío", "Inmaculada", "Bautista"],
}  # fmt: skip

SURNAME: dict[str, list[str]] = {
    "en": ["Ashcombe", "Pemberton", "O'Rourke", "MacAulay", "Thistlewood", "Okonkwo", "Varghese",
           "Fairbairn", "Hollingsworth", "Kowalczyk", "Delacroix-Reid", "Abernathy", "Nakamura",
           "Quigley", "Featherstone", "Mbeki", "Greenhalgh", "Castellanos", "Whitlock", "Yeung",
           "Drummond", "Ferreira", "Blackwood", "Iyer", "Trelawney", "Van Buren", "St. Clair",
           "Chaudhry", "Lindqvist", "Oyelaran"],
    "de": ["Bräutigam", "Oberländer", "von Lilienfeld", "Schäfer-Kunz", "Wendtland",
           "Grünewald", "Kaczmarek", "Terhorst", "Pfeiffer", "zu Dohna", "Yılmaz", "Rößler",  # noqa: RUF001 - Turkish dotless i
           "Heinemeyer", "Ostrowski", "Dittrich", "Lüttge", "Kleinschmidt", "Brandauer",
           "Wolters", "Nowak-Hensel", "Popović", "Achterberg", "Hübner", "Quast", "Eckhoff",
           "Stiebitz", "Vogelsang", "Mertens", "Adomeit", "Zeiler"],
    "fr": ["Le Goff", "Duchemin", "de Villepreux", "Fontaine-Marceau", "Béranger", "Kerhervé",
           "Lacombe", "N'Diaye", "Rousselot", "d'Aubigny", "Vasseur", "Chaptal", "Benali",
           "Tessier", "Quéméneur", "Lemaître", "Bouchard-Lévesque", "Castagnet", "Marchetti",
           "Perrichon", "Delorme", "Haddad", "Giraudeau", "Traoré", "Lachaume", "Morvan",
           "Dufresne", "Auclair", "Saint-Amand", "Brossard"],
    "es": ["Etxeberria", "Zubizarreta", "de la Fuente", "Villalobos", "Ibáñez", "Quintanilla",
           "Arrieta", "del Olmo", "Sepúlveda", "Barrionuevo Díaz", "Lozano-Prieto", "Urquijo",
           "Cifuentes", "Montalbán", "Peñalver", "Olabarrieta", "Garrido", "Escudero",
           "Valderrama", "Robles Aguirre", "Ocaña", "Santamaría", "Bermejo", "Castañeda",
           "Aguilar", "Benítez de Soto", "Mugica", "Carvajal", "Fajardo", "Yáñez"],
}  # fmt: skip

# Street layouts per country: (template, names); {n} a house number, {s} a street name.
STREETS: dict[str, list[str]] = {
    "us": ["Sycamore Ridge Rd", "Old Mill Lane", "W Pinecrest Ave", "Harborview Dr",
           "N Cottonwood Blvd", "Magnolia Court", "SE Alder Street", "Briar Hollow Way",
           "Quarry Hill Road", "E Lakeshore Pkwy", "Juniper Terrace", "Redbud Circle"],
    "gb": ["Marlborough Crescent", "Tanner's Row", "Wetherby Gardens", "Abbotsford Road",
           "Kingfisher Close", "Station Approach", "Hollybush Lane", "Orchard Mews",
           "Bishopsgate Walk", "Fernhill Drive"],
    "ie": ["Grattan Terrace", "Ballyfermot Road", "Shanowen Park", "Clontarf Avenue"],
    "ca": ["Rue Saint-Urbain", "Maple Grove Crescent", "Dundas St W", "Boulevard Laurier"],
    "au": ["Wattle Street", "Banksia Parade", "Kookaburra Close", "Jacaranda Avenue"],
    "de": ["Lindenhofweg", "Am Mühlbach", "Bergstraße", "Zur Alten Ziegelei", "Rosenauer Allee",
           "Kastanienweg", "Hohe Straße", "Sankt-Georg-Platz", "Friedrich-Ebert-Ring",
           "Auf dem Kamp", "Ulmenstraße", "Schlehdornweg"],
    "at": ["Wiedner Hauptstraße", "Praterstraße", "Grazbachgasse", "Linzer Gasse"],
    "ch": ["Seefeldstrasse", "Rue du Marché", "Bahnhofweg", "Via Cantonale"],
    "fr": ["rue des Tanneurs", "avenue Jean-Jaurès", "impasse des Glycines", "boulevard Voltaire",
           "chemin de la Croix-Blanche", "allée des Marronniers", "quai de la Loire",
           "place du Marché-aux-Herbes", "rue du Docteur-Roux", "route de Vannes"],
    "be": ["Rue de la Loi", "Chaussée de Waterloo", "Rue des Bouchers", "Avenue Louise"],
    "es": ["Calle del Pez", "Avenida de la Constitución", "Paseo de Gràcia", "Calle Mayor",
           "Plaza de la Merced", "Calle San Bernardo", "Ronda de Segovia", "Camino de Ronda",
           "Calle Tomás Bretón", "Avinguda Diagonal"],
    "mx": ["Av. Insurgentes Sur", "Calle Durango", "Av. Revolución", "Calle Tamaulipas"],
    "ar": ["Av. Corrientes", "Calle Thames", "Av. Santa Fe", "Calle Humahuaca"],
}  # fmt: skip

TOWNS: dict[str, list[tuple[str, str]]] = {
    "us": [("Asheville", "NC 28801"), ("Boise", "ID 83702"), ("Tacoma", "WA 98402"),
           ("Savannah", "GA 31401"), ("Duluth", "MN 55802"), ("Albuquerque", "NM 87102")],
    "gb": [("Harrogate", "HG1 2RS"), ("Norwich", "NR2 4TW"), ("Leeds", "LS6 3HN"),
           ("Bristol", "BS7 8QA"), ("Cardiff", "CF24 3AB")],
    "ie": [("Dublin 3", "D03 K2F8"), ("Galway", "H91 T6W2")],
    "ca": [("Montréal", "QC H2T 2M4"), ("Toronto", "ON M6J 1H7")],
    "au": [("Fremantle", "WA 6160"), ("Ballarat", "VIC 3350")],
    "de": [("Bielefeld", "33602"), ("Freiburg im Breisgau", "79098"), ("Rostock", "18055"),
           ("Würzburg", "97070"), ("Oldenburg", "26122"), ("Erfurt", "99084")],
    "at": [("Wien", "1040"), ("Graz", "8010"), ("Salzburg", "5020")],
    "ch": [("Zürich", "8008"), ("Lausanne", "1003"), ("Lugano", "6900")],
    "fr": [("Nantes", "44000"), ("Grenoble", "38000"), ("Rennes", "35000"), ("Lille", "59800"),
           ("Montpellier", "34000"), ("Besançon", "25000")],
    "be": [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000")],
    "es": [("Valladolid", "47001"), ("Bilbao", "48005"), ("Zaragoza", "50004"),
           ("Málaga", "29015"), ("Girona", "17001"), ("Salamanca", "37002")],
    "mx": [("Ciudad de México", "06700"), ("Guadalajara", "44100")],
    "ar": [("Buenos Aires", "C1414"), ("Córdoba", "X5000")],
}  # fmt: skip

COUNTRIES_BY_LANG: dict[str, list[str]] = {
    "en": ["us", "us", "us", "gb", "gb", "ie", "ca", "au"],
    "de": ["de", "de", "de", "at", "ch"],
    "fr": ["fr", "fr", "fr", "be", "ch", "ca"],
    "es": ["es", "es", "es", "mx", "ar"],
}

COMPANIES: dict[str, list[str]] = {
    "en": ["Larkspur Outfitters", "Brightwater Lettings", "Corvid Analytics", "Hearthstone Mutual",
           "Pillar & Post Legal", "Northgate Academy", "Fennel Pharmacy"],
    "de": ["Gartenwelt Eberle GmbH", "Nordlicht Versicherung AG", "Hausverwaltung Kämmerer",
           "Kanzlei Rupp & Söhne", "Zahnarztpraxis am Dom", "Ferienflug Reisen GmbH"],
    "fr": ["Maison Capelle SARL", "Assurances du Littoral", "Agence Immo Sud-Loire",
           "Cabinet Verdier Avocats", "Pharmacie de la Gare", "Voyages Horizon Bleu"],
    "es": ["Tiendas Olivar S.L.", "Seguros Cantábrico S.A.", "Inmobiliaria Las Dunas",
           "Bufete Arregui Abogados", "Farmacia del Carmen", "Viajes Alcotán"],
}  # fmt: skip

DOMAINS = ["example.com", "example.org", "example.net", "larkspur.example", "mutual.example",
           "campus.test", "kanzlei.example", "immo-sudloire.example", "olivar.test",
           "hearthstone.example", "nordlicht.test", "horizonbleu.example", "alcotan.example",
           "corvid.test", "mail.example.de", "correo.example.es", "courriel.example.fr"]  # fmt: skip

HOSTS = ["db-prod-03", "pg-replica", "rabbit01", "cache-eu", "ldap", "mongo-a", "sftp-drop",
         "smtp-relay", "vault-int", "ci-runner-7", "jenkins", "minio"]  # fmt: skip

MONTHS: dict[str, list[str]] = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}  # fmt: skip

PW_WORDS = ["Kestrel", "Moorland", "Saffron", "Tangerine", "Glacier", "Lanterne", "Sonnenuhr",
            "Brújula", "Ciruela", "Hirondelle", "Wetterhahn", "Pelican", "Ventisca", "Quokka",
            "Marmotte", "Ardilla", "Zitrone", "Obsidian", "Nebelhorn", "Cormoran"]  # fmt: skip
