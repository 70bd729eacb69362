"""Word pools for the fifth held-out set: names, streets, towns and words per language.

Written for this set; none is copied from another set. Italian, Dutch and Portuguese pools
exist because a small share of texts is in those languages.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")

GIVEN = {
    "en": ["Moira", "Desmond", "Tamsin", "Rupert", "Keisha", "Otis", "Bronwyn", "Lachlan",
           "Imogen", "Darnell", "Philippa", "Cormac", "Yvette", "Barnaby", "Nia", "Ezra"],
    "de": ["Wiebke", "Torben", "Gesine", "Hartmut", "Ilka", "Jannik", "Roswitha", "Mattis",
           "Almut", "Detlef", "Swantje", "Volker", "Frauke", "Lennart", "Heike", "Ole"],
    "fr": ["Ghislaine", "Aurélien", "Maëlys", "Thibault", "Solveig", "Gaëtan", "Apolline",
           "Clovis", "Bérénice", "Anatole", "Capucine", "Lucien", "Eulalie", "Firmin"],
    "es": ["Remedios", "Iñaki", "Macarena", "Fulgencio", "Itziar", "Baltasar", "Covadonga",
           "Eusebio", "Ainhoa", "Jacinto", "Montserrat", "Leandro", "Begoña", "Teodoro"],
    "it": ["Ludovica", "Ettore", "Benedetta", "Gianluca", "Ornella", "Saverio", "Agnese"],
    "nl": ["Femke", "Joost", "Marieke", "Sjoerd", "Lieke", "Bram", "Geertje", "Maarten"],
    "pt": ["Conceição", "Joaquim", "Leonor", "Rui", "Inês", "Tiago", "Graça", "Duarte"],
}  # fmt: skip
SURNAME = {
    "en": ["Pemberton", "Okonjo", "Haversham", "McTavish", "Ridgeway", "Achterberg", "Quayle",
           "Lindqvist", "Fairbairn", "Osei", "Whitlock", "Brannigan", "Castellano", "Dunmore"],
    "de": ["Wischnewski", "Hollerbach", "Düsterhöft", "Kranich", "Pfeifenberger", "Ohlendorf",
           "Brückmann", "Tiedemann", "Zöllner", "Rautenberg", "Eggebrecht", "Lammers"],
    "fr": ["Delacroix-Vasseur", "Quéméner", "Bouchardeau", "Lefranc", "Morvan", "Ribière",
           "Castagnède", "Dufresnoy", "Le Bihan", "Vauquelin", "Tessier", "Guillot"],
    "es": ["Villalobos", "Echeverría", "Sandoval Prieto", "Arrieta", "Quiroga", "Olmedo",
           "Barrenechea", "Zubiaurre", "Cifuentes", "Mondragón", "Peñalver", "Rosales"],
    "it": ["Bellandi", "Ferraresi", "Capuozzo", "Marchetti", "Scognamiglio", "Venturini"],
    "nl": ["van der Molen", "Hoekstra", "Brouwer", "de Vries-Kuipers", "Timmermans", "Vos"],
    "pt": ["Albuquerque", "Magalhães", "Figueiredo", "Nogueira", "Carvalhais", "Pestana"],
}  # fmt: skip
STREET = {
    "en": ["Cranbourne Road", "Whitefriars Lane", "Maple Hollow Drive", "Kingsmead Avenue",
           "Tollgate Close", "Larkspur Court", "Old Mill Way", "Bramble Crescent"],
    "de": ["Ahornweg", "Kastanienallee", "Am Mühlbach", "Bergmannstraße", "Lerchenfeld",
           "Hafenstraße", "Schillerplatz", "Brunnenstr."],
    "fr": ["rue des Capucines", "avenue du Général-Leclerc", "impasse des Tilleuls",
           "boulevard Voltaire", "chemin du Moulin", "rue Pasteur", "allée des Érables"],
    "es": ["Calle del Pez", "Avenida de América", "Calle Sagasta", "Paseo de Gràcia",
           "Calle Alfonso XII", "Ronda de Segovia", "Calle San Bernardo"],
    "it": ["Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille", "Viale Monza"],
    "nl": ["Prinsengracht", "Korte Nieuwstraat", "Oudegracht", "Lange Voorhout"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua do Ouro", "Travessa do Carmo"],
}  # fmt: skip
TOWN = {
    "en": ["Leeds LS6 2QT", "Bath BA1 5HB", "Portland, OR 97205", "Denver, CO 80203"],
    "de": ["28195 Bremen", "04109 Leipzig", "1070 Wien", "3011 Bern"],
    "fr": ["35000 Rennes", "13006 Marseille", "1000 Bruxelles", "1201 Genève"],
    "es": ["28004 Madrid", "08008 Barcelona", "41001 Sevilla", "50001 Zaragoza"],
    "it": ["20121 Milano", "10123 Torino", "40125 Bologna"],
    "nl": ["1016 GV Amsterdam", "3511 AB Utrecht", "2514 EA Den Haag"],
    "pt": ["1100-148 Lisboa", "4000-322 Porto", "3000-143 Coimbra"],
}  # fmt: skip
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
}  # fmt: skip
# Words that change with the language inside otherwise shared templates.
WORD = {
    "en": {"born": "date of birth", "phone": "phone", "pw": "password", "addr": "address",
           "hi": "Hi", "thanks": "Thanks", "regards": "Best regards", "name": "name"},
    "de": {"born": "Geburtsdatum", "phone": "Telefon", "pw": "Passwort", "addr": "Anschrift",
           "hi": "Hallo", "thanks": "Danke", "regards": "Viele Grüße", "name": "Name"},
    "fr": {"born": "date de naissance", "phone": "téléphone", "pw": "mot de passe",
           "addr": "adresse", "hi": "Bonjour", "thanks": "Merci", "regards": "Cordialement",
           "name": "nom"},
    "es": {"born": "fecha de nacimiento", "phone": "teléfono", "pw": "contraseña",
           "addr": "dirección", "hi": "Hola", "thanks": "Gracias", "regards": "Saludos",
           "name": "nombre"},
    "it": {"born": "data di nascita", "phone": "telefono", "pw": "password",
           "addr": "indirizzo", "hi": "Buongiorno", "thanks": "Grazie",
           "regards": "Cordiali saluti", "name": "nome"},
    "nl": {"born": "geboortedatum", "phone": "telefoon", "pw": "wachtwoord", "addr": "adres",
           "hi": "Hoi", "thanks": "Bedankt", "regards": "Met vriendelijke groet",
           "name": "naam"},
    "pt": {"born": "data de nascimento", "phone": "telefone", "pw": "palavra-passe",
           "addr": "morada", "hi": "Olá", "thanks": "Obrigado", "regards": "Cumprimentos",
           "name": "nome"},
}  # fmt: skip
PW_WORDS = ["Gecko", "Marlin", "Tundra", "Quokka", "Saffron", "Juniper", "Falcon", "Nimbus",
            "Cobalt", "Pelican", "Walnut", "Harbor", "Sorbet", "Lantern", "Zephyr"]  # fmt: skip
DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "clinic.test",
           "shop.example", "example.de", "example.fr", "example.es", "example.it",
           "example.nl", "example.pt", "crm.test", "vetcare.example"]  # fmt: skip
