"""Word pools of the second held-out set: names, streets, domains, month names.

Written from scratch for this set. Names mix the four languages' own names with the names of
people who live and work there (Turkish, Polish, Arabic, Indian, Vietnamese, Portuguese...),
with particles, hyphens, apostrophes and accents in honest proportions.
"""

from __future__ import annotations

# ruff: noqa: RUF001 - names are written in their own alphabet (Turkish dotless i)
# fmt: off

GIVEN: dict[str, list[str]] = {
    "en": ["Olivia", "Marcus", "Hannah", "Trevor", "Priya", "Gareth", "Siobhan", "Nathaniel",
           "Courtney", "Desmond", "Fiona", "Lucas", "Megan", "Rhys", "Tamsin", "Bradley",
           "Imogen", "Derek", "Yvonne", "Connor", "Abigail", "Malcolm", "Jasmine", "Wesley",
           "Harriet", "Dwayne", "Eleanor", "Kieran", "Lorraine", "Shaun", "Bethany", "Clive",
           "Naomi", "Ross", "Kayleigh", "Emmett", "Rosalind", "Tyrone", "Mary-Beth", "Ellis"],
    "de": ["Katrin", "Jörg", "Anneliese", "Maximilian", "Sabine", "Lukas", "Heike", "Florian",
           "Birgit", "Dirk", "Ulrike", "Matthias", "Franziska", "Torsten", "Gudrun", "Jannik",
           "Ingrid", "Volker", "Svenja", "Rüdiger", "Carola", "Bastian", "Margarete", "Henrik",
           "Silke", "Wolfgang", "Annika", "Detlef", "Jana", "Götz", "Elke", "Niklas",
           "Hans-Peter", "Karl-Heinz", "Anna-Lena", "Sören", "Dörte", "Ralf", "Mareike", "Till"],
    "fr": ["Camille", "Théo", "Élodie", "Baptiste", "Margaux", "Yannick", "Solène", "Grégoire",
           "Aurélie", "Thibault", "Nolwenn", "Mathis", "Clémence", "Loïc", "Bérénice", "Gaëtan",
           "Maëlle", "Benoît", "Océane", "Arnaud", "Léa", "Jérôme", "Inès", "Cyril", "Agathe",
           "Sébastien", "Manon", "Hervé", "Ophélie", "Rémi", "Jean-Baptiste", "Marie-Claire",
           "Anne-Laure", "Pierre-Yves", "Gwendoline", "Ludovic", "Chloé", "Fabrice", "Sylvie",
           "Quentin"],
    "es": ["Lucía", "Álvaro", "Nerea", "Iñigo", "Rocío", "Sergio", "Ainhoa", "Rubén",
           "Montserrat", "Joaquín", "Itziar", "Gonzalo", "Begoña", "Adrián", "Maite", "Ignacio",
           "Araceli", "Jordi", "Nuria", "Esteban", "Guadalupe", "Rodrigo", "Xiomara", "Fermín",
           "Consuelo", "Mateo", "Pilar", "Héctor", "Yolanda", "Emilio", "María José",
           "José Luis", "Juan Carlos", "Ana Belén", "Marisol", "Leire", "Txema", "Fernanda",
           "Santiago", "Ximena"],
    "intl": ["Mehmet", "Ayşe", "Krzysztof", "Agnieszka", "Oluwaseun", "Linh", "Rajesh",
             "Ananya", "Fatima", "Youssef", "Dmitri", "Svetlana", "Joana", "João", "Björn",
             "Sigrid", "Giulia", "Lorenzo", "Mei", "Haruto", "Aleksandra", "Tomasz", "Zeynep",
             "Emre", "Kwame", "Amara", "Siddharth", "Leila", "Bogdan", "Ioana", "Niamh", "Eero",
             "Sanna", "Pedro Henrique", "Thu", "Karim", "Nadia", "Arjun", "Chiara", "Mirela"],
}

SURNAMES: dict[str, list[str]] = {
    "en": ["Whitfield", "Okafor", "Pemberton", "Galloway", "McAllister", "O'Donoghue", "Hartley",
           "Blackwood", "Fairbanks", "Kowalczyk", "Ashworth", "Delgado", "Thornton", "Ramsey",
           "Lindqvist", "Carmichael", "Prescott", "Holloway", "Winslow", "Hargreaves",
           "Nakamura", "Fitzgerald", "Abernathy", "Quigley", "Brennan", "Cartwright",
           "Sutherland", "Vaughan", "Llewellyn", "Donnelly", "Ellison-Hayes", "De Souza",
           "Van Buren", "St. Clair", "Montgomery", "Pryce", "Nwosu", "Chadwick", "Mbeki", "Osei"],
    "de": ["Brandstätter", "Kühnel", "Hofmeister", "Lehmkuhl", "Wiegand", "Obermaier", "Janßen",
           "Rosenthal", "Stöckl", "Hartung", "Dreyer", "Ziegler", "Pfeiffer", "Gerlach",
           "von Ahlen", "von der Heydt", "Schulze-Wendt", "Müller-Lüdenscheidt", "Krämer",
           "Baumgärtner", "Eisele", "Fröhlich", "Vogt", "Reinhardt", "Haberl", "Kessler",
           "Wüst", "Thiele", "Brückner", "Oberhuber", "Gruber", "Steiner", "Moser", "Zimmerli",
           "Ammann", "Nußbaum", "Kaya", "Yılmaz", "Nowak", "Tran"],
    "fr": ["Lefebvre", "Rousseau", "Chevalier", "Marchand", "Gauthier", "Perrin", "Leclerc",
           "Fontaine", "Deschamps", "Boucher", "Mercier", "Lemaire", "Roussel", "Garnier",
           "Dubois-Martel", "de Villeneuve", "d'Aubigny", "Le Goff", "Le Gall", "Kerjean",
           "Benhamou", "Haddad", "Nguyen", "Poirier", "Brunet", "Carpentier", "Vasseur",
           "Lacroix", "Meunier", "Texier", "Barbier", "Ferreira", "Delacroix", "Joly",
           "Van den Bossche", "Peeters", "Janssens", "Favre", "Rochat", "Moreau-Lenoir"],
    "es": ["Etxeberria", "Valdés", "Montoya", "Cifuentes", "Quintana", "Arrieta", "Barrionuevo",
           "Castañeda", "Echevarría", "Figueroa", "Garrido", "Ibáñez", "Jiménez", "Lozano",
           "Mendizábal", "Núñez", "Ochoa", "Pastor", "Robles", "Salcedo", "Toledo", "Urquiza",
           "Villalobos", "Zamora", "de la Vega", "del Olmo", "García-Prieto", "Martín Sanz",
           "López de Haro", "Fernández", "Sánchez Roldán", "Puig", "Ferrer i Soler", "Vidal",
           "Camacho", "Hernández", "Aguilar", "Treviño", "Cárdenas", "Bustamante"],
    "intl": ["Öztürk", "Wiśniewski", "Adeyemi", "Pham", "Krishnamurthy", "Banerjee", "El Amrani",
             "Benali", "Petrov", "Ivanova", "Carvalho", "dos Santos", "Lindgren", "Rossi",
             "Esposito", "Zhang", "Yamamoto", "Kowalska", "Szymański", "Demir", "Mensah",
             "Okonkwo", "Iyer", "Haddadi", "Popescu", "Ní Bhriain", "Virtanen", "Johansson",
             "Bianchi", "Horvat", "Novák", "Al-Masri", "Ben Youssef", "Kaur", "Chaudhry",
             "Van Dijk", "de Jong", "Mäkinen", "Georgiou", "Lungu"],
}

DOMAINS: dict[str, list[str]] = {
    "en": ["northgate.example", "pinecrest.test", "harbourline.example", "mail.example.com",
           "corp.example.org", "brightwave.test", "example.co.uk"],
    "de": ["stadtwerke-nord.example", "kanzlei-roth.test", "bau-hessen.example",
           "praxis.example.de", "versand.example", "müller-logistik.example"],
    "fr": ["mairie-exemple.test", "atelier-dupuis.example", "banque.example.fr",
           "transports-lyon.example", "cabinet-medical.test", "exemple.example"],
    "es": ["inmobiliaria-sol.example", "clinica-norte.test", "gestoria.example.es",
           "transportes-iberia.example", "ayuntamiento.test", "fábrica-andaluza.example"],
    "any": ["example.com", "example.org", "example.net", "acme.test", "globex.example",
            "initech.test", "umbrella.example"],
}

MONTHS: dict[str, list[str]] = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}

STREETS: dict[str, list[str]] = {
    "US": ["Maple", "Cedar Ridge", "Willow Creek", "Lakeview", "Hawthorne", "Juniper",
           "Magnolia", "Sycamore", "Briarwood", "Chestnut", "Harbor View", "Quarry",
           "Old Mill", "Pine Hollow", "Riverside", "Foxglove", "Kingsbridge", "Elmhurst",
           "Mission", "Sunset"],
    "UK": ["Kingsley", "Abbey", "Station", "Mill", "Orchard", "Victoria", "Priory", "Manor",
           "Bridge", "Rectory", "Holly", "Queensway", "Wellington", "Meadow", "Albion"],
    "DE": ["Linden", "Goethe", "Birken", "Kastanien", "Schiller", "Mühlen", "Garten",
           "Bahnhof", "Kirch", "Eichen", "Rosen", "Hafen", "Mozart", "Ahorn", "Tannen",
           "Fichten", "Buchen", "Wiesen", "Sonnen", "Heine"],
    "CH": ["Bahnhof", "See", "Kirch", "Dorf", "Berg", "Wald", "Rosen", "Schul"],
    "FR": ["des Lilas", "Victor-Hugo", "de la République", "du Général-Leclerc", "Pasteur",
           "des Tilleuls", "Jean-Jaurès", "de la Gare", "Saint-Antoine", "des Acacias",
           "du Moulin", "Émile-Zola", "de Verdun", "des Remparts", "Gambetta", "du Port",
           "de l'Église", "des Écoles", "Carnot", "de la Liberté"],
    "BE": ["Louise", "de la Loi", "du Midi", "de Namur", "Royale", "des Arts"],
    "ES": ["Mayor", "de Alcalá", "del Prado", "de la Constitución", "Real", "San Vicente",
           "de Gràcia", "Sierpes", "del Carmen", "de Serrano", "Colón", "de la Paz",
           "Doctor Fleming", "de los Reyes Católicos", "Marqués de Larios", "Goya",
           "de Provença", "del Mar", "Miguel Servet", "de Velázquez"],
    "MX": ["Insurgentes Sur", "Reforma", "Juárez", "Hidalgo", "Morelos", "Revolución",
           "Álvaro Obregón", "Madero", "Constituyentes", "Vallarta"],
}

# Letter bank codes that open the BBAN of some countries' IBANs (the rest of the BBAN is random).
BANK_CODES: dict[str, list[str]] = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "MONZ"],
    "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
    "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"],
    "RO": ["BTRL", "RNCB", "BRDE", "INGB"],
    "LV": ["HABA", "UNLA", "PARX", "RIKO"],
    "MT": ["MALT", "VALL", "APSB"],
    "BG": ["BNBG", "UNCR", "STSA", "FINV"],
    "IT": ["X", "L", "E"],
}

CITIES: dict[str, list[str]] = {
    "US": ["Springfield, IL 62704", "Portland, OR 97205", "Austin, TX 78701", "Denver, CO 80202",
           "Madison, WI 53703", "Raleigh, NC 27601", "Tucson, AZ 85701"],
    "UK": ["Leeds LS1 4AP", "Bristol BS1 5TR", "Manchester M1 2WD", "London N1 9GU",
           "York YO1 7HH", "Cardiff CF10 1EP"],
    "DE": ["10437 Berlin", "80469 München", "50667 Köln", "20095 Hamburg", "04109 Leipzig",
           "70173 Stuttgart", "28195 Bremen"],
    "CH": ["8004 Zürich", "3011 Bern", "1201 Genève", "4051 Basel"],
    "FR": ["75011 Paris", "69002 Lyon", "31000 Toulouse", "33000 Bordeaux", "44000 Nantes",
           "59800 Lille", "13006 Marseille"],
    "BE": ["1050 Bruxelles", "4000 Liège", "9000 Gent"],
    "ES": ["28014 Madrid", "08008 Barcelona", "41004 Sevilla", "46002 Valencia",
           "48001 Bilbao", "29005 Málaga"],
    "MX": ["06700 Ciudad de México", "44100 Guadalajara, Jal.", "64000 Monterrey, N.L."],
}
