"""Common given names, and the full names they start in free prose.

A name in free prose often has no cue ("Spoke with Daniel Foster yesterday"); a known
given name followed by a surname-shaped word is the cue. The list holds given names of
English-, German-, French- and Spanish-speaking countries and frequent ones of the people
who write to and work in their businesses (Arabic, Indian, Turkish, Polish, Italian,
Dutch, Portuguese, Scandinavian). It leaves out given names that are also everyday words,
places, brands or software ("Will", "May", "Grace", "Victoria", "Jordan", "Mercedes",
"Claude", "Julia", "Ruby", "Hugo"): a product called "Julia Language" must not turn into a
person. Latin-1 spellings only, so that the multi-pattern engine's one-byte triggers cover
every entry.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import finditer_at
from llmgate.redaction.names import (
    LATIN1_CAPITALS,
    LOWER,
    NAME_TOKEN,
    NOT_NAMES,
    PARTICLE,
    UPPER,
    cut_word,
    inside_word,
)

__all__ = ["COMPANY_WORDS", "GIVEN_NAMES", "full_names", "given_candidates"]

_LIST = """
    Aaron Abigail Adam Adrian Adriana Agnes Aidan Alan Albert Alberto Alejandra Alejandro
    Alessandro Alex Alexander Alexandra Alexis Alfonso Alfred Alice Alicia Alison Allison
    Alvaro Amanda Amelia Amy Ana Andrea Andreas Andrew Andy Angela Angelika Anita Ann Anna
    Anne Annette Annika Anthony Antoine Anton Antonia Antonio Arthur Ashley Audrey Axel
    Barbara Beatrice Beatriz Ben Benjamin Bernard Bernd Bernhard Beth Betty Bianca
    Birgit Brandon Brenda Brian Bruno Bryan Camille Carl Carla Carlos Carmen Carol Caroline
    Carolyn Catherine Cathy Cecilia Celine Charles Charlie Cheryl Chloe Christina
    Christine Christoph Christopher Cindy Claire Clara Claudia Colin Connor Constanze Cristina
    Cynthia Damian Daniel Daniela Danielle David Debbie Deborah Denise Dennis Diana Diane
    Diego Dieter Dirk Dominik Dominique Donald Donna Doris Dorothy Dylan Edgar Eduardo Edward
    Elena Elias Elisa Elisabeth Elizabeth Ellen Elke Emily Emilia Emma Emmanuel Enrique
    Eric Erik Erika Ernesto Esther Ethan Eva Evelyn Fabian Fabienne Felipe Felix
    Fernando Florian Francesca Francisco Franziska Fred Frederick Gabriel Gabriela Gabriele
    Gary Georg George Gerald Gerhard Gisela Giulia Gloria Gonzalo Gordon Greg Gregory
    Gudrun Guillaume Gunter Gustavo Hannah Hannes Hans Harald Harold Harry Heike Heinz Helen
    Helena Helga Helmut Henri Henry Herbert Hilda Howard Ian Ignacio Ines Ingrid Irene
    Isabel Isabella Isabelle Jacob Jacqueline Jake James Jana Jane Janet Janice Jason
    Javier Jeffrey Jennifer Jens Jeremy Jerome Jessica Joachim Joan Joanna Joe Johann
    Johanna John Johnny Jonas Jonathan Jorge Joseph Josh Joshua Juan Judith Judy Julian
    Juliane Julie Julien Julio Jurgen Jürgen Justin Karen Karin Karl Kate Katharina Katherine
    Kathleen Kathrin Kathy Katja Katrin Kevin Kim Klaus Kristina Kurt Larry Laura Lauren
    Laurent Lea Lena Leon Leonard Leonie Lisa Lorenzo Louise Luca Lucas Lucia Lucía
    Luis Luisa Lukas Manfred Manuel Manuela Marc Marcel Marco Marcos Margaret Maria María
    Marie Marina Mario Marion Marta Martha Martina Marvin Mathias Matthew Matthias Maximilian
    Megan Melanie Melissa Michael Michaela Michel Michelle Miguel Mike Monica Monika Nadine
    Nancy Natalie Nathalie Nathan Nicholas Nicolas Nicole Niklas Nina Noah Norbert Olga
    Oliver Olivia Pablo Pamela Patricia Patrick Paul Paula Pauline Pedro Peter
    Petra Philip Philipp Philippe Pierre Rachel Rafael Rainer Ralf Ralph Ramon Raquel
    Raymond Rebecca Reinhard Renate Rene René Ricardo Richard Robert Roberto Rodrigo
    Roger Roland Ronald Rosa Rudolf Russell Ruth Ryan Sabine Samantha Samuel Sandra Sara
    Sarah Sascha Scott Sean Sebastian Sergio Sharon Shirley Silke Simon Simone Sofia Sophia
    Sophie Stefan Stefanie Stephan Stephanie Stephen Steve Steven Susan Susanne Sven
    Sylvia Sylvie Tamara Teresa Theresa Thomas Thorsten Tim Timothy Tobias Tom Tomas Tomás
    Torsten Ulrich Ulrike Ursula Uta Ute Uwe Valentina Valerie Vanessa Vera Veronica
    Veronika Vicente Vincent Virginie Walter Werner Wilhelm William Wolfgang Xavier Yannick
    Yvonne Zoe Zoé José
    Agustín Alfredo Almudena Amparo Andrés Ángel Aurélie Benoît Bérénice Céline Cédric
    Clémence Cristóbal Élise Émilie Eugenia Fabrice François Françoise Frédéric Gaëlle
    Gérard Hélène Inés Inmaculada Iñaki Jérôme Joaquín Jordi Josefa Josep Léa Loïc Lucien
    Maëlle Marcelo Martín Mathieu Maximiliano Mónica Nathalie Nicolás Noémie Nuria Óscar
    Raúl Rocío Rubén Sébastien Sergi Sofía Stéphane Stéphanie Sylvain Thierry Valérie
    Yolanda Jörg Jörn Björn Sören Günter Günther Käthe Bärbel Dörte
    Adrián Allan Alvin Amelie Annie Arlene Armando Arnold Becky Bernice Bertha Bonnie Brad
    Bradley Brent Brett Brittany Bruce Calvin Carole Carrie Cassandra Charlene Chloé
    Chris Christy Clarence Clayton Cody Colleen Connie Constance Corey Cory Courtney Craig
    Curtis Danny Darlene Darrell Darren Darryl Daryl Deanna Debra Derek Dianne Dora Douglas
    Duane Dwayne Dwight Eddie Edith Edna Edwin Eileen Elaine Eleanor Elsie Erica Erin Ernest
    Ethel Felicia Finn Frances Francis Gail Geraldine Gertrude Gilbert Gina Gladys
    Glenda Glenn Gwendolyn Heidi Hugh Inès Irma Isaac Ivan Jackie Jaime Jared Jean
    Jeanette Jeanne Jeff Jennie Jenny Jerry Jesse Jill Jimmy Joann Joanne Joel Jon Jose
    Josephine Joyce Juanita Jules Kathryn Katie Keith Kenneth Kimberly Kristen
    Kristin Kyle Laurie Lawrence Leah Leni Leona Leroy Lester Lillian Lina Linda Lloyd Lois
    Loretta Lori Lorraine Lucille Lucy Lydia Léna Manon Marcia Marcus Marian Marilyn
    Marjorie Marsha Martin Mary Mateo Mathew Maureen Maurice Maxine Maël Melinda Melvin
    Michele Mildred Miriam Naomi Nathaniel Nora Norma Norman Peggy Phillip Phyllis Priscilla
    Ramona Randall Randy Raphaël Raul Reginald Renee Rhonda Ricky Rita Roberta Rodney Ronnie
    Rosemary Ruben Sally Shane Shawn Sheila Sherry Sonia Stacey Stacy Stanley
    Suzanne Tammy Tanya Tara Ted Terrance Terrence Terri Thelma Theodore Théo Tina Todd
    Tommy Toni Tony Tonya Tracey Travis Tyler Valeria Vicki Vickie Victor Vivian Wanda
    Warren Wayne Wendy Wesley Willard Wilma Zachary Álvaro
    Aaliyah Abhishek Addison Adeline Aditya Agnieszka Ahmad Ahmed Ahmet Aiden Aisha Ajay
    Akash Alessia Ali Amit Anders Anil Anjali Anouk Antonella Ariana Arianna Arjun Arun
    Asher Ashok Astrid Aubrey Benjamín Bram Burak Caleb Camila Chiara Colton Daan Davide
    Deepak Delilah Divya Dominic Duarte Eliana Elif Elijah Ellie Emre Everly Ezekiel Ezra
    Fabio Fatima Federica Femke Francesco Gabriella Gaurav Geeta Gianluca Gianna Giorgio
    Giovanni Giuseppe Gonçalo Grayson Greyson Hailey Hamza Hassan Henk Henrik Hussein
    Ibrahim Isaiah Jace Jameson Jayden Jeremiah Jesper Johan Joost Joris Josiah João Karim
    Katarzyna Kavita Kaylee Kees Khalid Kiran Kristian Krzysztof Lakshmi Landon Lars Layla
    Leila Leonardo Liam Lieke Logan Luke Maarten Madeline Madelyn Magdalena Magnus
    Malgorzata Manoj Marcin Mariana Massimo Matteo Meera Mehmet Merve Mette Michal Mohamed
    Mohammed Muhammad Murat Mustafa Nadia Neha Nikhil Nils Nolan Omar Owen Paolo Penelope
    Pieter Piotr Pooja Pradeep Priya Rahul Rajesh Ramesh Rania Ravi Rekha Renata Riccardo
    Rohit Ruud Sadie Sami Samira Sandeep Sanjana Sanjay Sanne Santino Scarlett Sebastián
    Serkan Shreya Sigrid Silas Silvia Stefano Sunil Sunita Suresh Swati Søren Tariq Thiago
    Thijs Tiago Tomasz Torben Varun Vijay Vikram Wim Wojciech Wyatt Ximena Yasmin Youssef
    Yusuf Zainab Zeynep Zoey
    Amara Aoife Bartosz Begoña Brigitte Chidi Ciaran Deepika Dmitri Dmitry Frida Haruto
    Hiroshi Horst Iker Inês Itziar Jakub Kenji Kofi Kwame Linh Lotte Ludwig Mateusz Mathilde
    Mei Montserrat Natalia Ngozi Niamh Océane Oluwaseun Rafaela Saoirse Siobhan Sipho
    Svetlana Takeshi Thandiwe Thanh Wei Yuki
    Abbie Aimee Alfie Archie Beatrix Bethany Callum Declan Eamon Eoin Fergus Fiona Freya
    Gemma Gillian Graham Harriet Hayley Imogen Isla Jasmine Jessie Kirsty Lachlan Leanne
    Lindsay Lorna Malcolm Martyn Mhairi Nigel Niall Phoebe Rhys Rory Rowan Seamus Shannon
    Sinead Stuart Tamsin Toby Trevor Yvette Zara Alistair Angus Bryony Caitlin Ciara Conor
    Darragh Dermot Eilidh Gareth Gwen Hamish Iain Keira Kieran Mabel Pippa Quentin
    Rupert Sienna Tristan Marguerite Anke Annegret Antje Benedikt Bettina Carsten Christa
    Corinna Dagmar Detlef Dietmar Doreen Edeltraud Elfriede Ewald Frauke Friedrich Gerd
    Gertrud Gunnar Hannelore Hartmut Heiko Heinrich Hendrik Henning Hildegard Holger Ilse
    Ingo Irmgard Jannik Janina Jannis Jochen Jutta Karsten Kerstin Klara Knut Konrad Lennart
    Leonhard Lothar Lutz Maik Mareike Marlene Meike Nele Nico Reinhold Rüdiger Siegfried
    Steffen Sönke Tanja Thilo Timo Ulf Volker Waltraud Wiebke Wilfried Winfried Wolfram Jule
    Sonja Svenja Henrike Malte Mattis Fynn Bjarne Hauke Gesa Imke Ronja Luise Frieda Greta
    Emil Paulina Hanna Ida Mats Moritz Leopold Kilian Quirin Korbinian Adèle Agathe Albane
    Alexandre Alix Amandine Anaïs Apolline Arnaud Aurélien Baptiste Bastien Capucine
    Charlotte Clément Colette Corentin Damien Delphine Didier Dorothée Édouard Éloïse Enzo
    Estelle Étienne Fanny Florent Gaël Gaspard Geneviève Gwenaël Hervé Hortense Jacques
    Josiane Laetitia Laure Léo Léon Lucile Ludovic Madeleine Maxime Mélanie Mireille Nadège
    Odile Olivier Pascale Perrine Raphaëlle Régis Rémi Romain Roxane Sandrine Ségolène
    Séverine Solène Solenne Thibault Thibaut Timothée Valentin Véronique Yann Yves Mathis
    Mathéo Margaux Romane Gaëtan Killian Maëva Noé Bertrand Christophe Gilles Hugues Lionel
    Patrice Serge Aurore Blandine Cécile Chantal Claudine Coralie Émeline Gisèle Josette
    Justine Lucie Martine Murielle Sabrina Solange Yolande Ginette Adela Adolfo Aitana Aitor
    Ainhoa Amaia Ander Araceli Arantxa Asier Bárbara Borja Candela Carlota Catalina Cayetana
    Celia Consuelo Elvira Emilio Esteban Estefanía Eulalia Fermín Gaizka Gorka Guadalupe
    Guillermo Hernán Idoia Iratxe Iván Jacinto Jimena Josu Julián Leire Lorena Lourdes
    Macarena Maite Marisol Matías Mikel Nerea Olatz Patxi Ramiro Susana Teodoro Unai
    Valentín Verónica Xabier Yago Tunde Deniz Marek Olumide Chinedu Adebayo Folake Yetunde
    Ayodele Nkechi Chiamaka Obinna Babajide Abdullah Amir Amina Bilal Faisal Farah Jamal
    Karima Khadija Mahmoud Mariam Nour Rami Rashid Salma Samir Tarek Walid Yasmine Aarav
    Ananya Anushka Ishaan Kavya Nisha Pallavi Prakash Rakesh Sachin Sanjeev Shweta Tanvi
    Vinod Vivek Andrzej Bogdan Dariusz Ewa Grzegorz Janusz Kamil Karolina Maciej Tadeusz
    Zbigniew Zofia Zuzanna Burcu Ece Emine Gökhan Hakan Kemal Leyla Ozan Selin Tolga Volkan
    Birgitta Elin Espen Frode Kjell Linnea Maja Marit Oskar Ragnar Sigurd Solveig Tove Trond
    Ulrika Alessandra Carlo Elisabetta Emanuele Fabrizio Filippo Gianni Luigi Marcello
    Mattia Maurizio Pietro Salvatore Simona Tommaso Vittoria Afonso Bruna Fernanda Larissa
    Leandro Vinícius Geert Jeroen Koen Marloes Mirjam Niels Sander Sjoerd Willem Aisling
    Caoimhe Cathal Eimear Ronan Sorcha
    Héctor Siddharth Rosalind Lupita Mickaël Ludivine Ophélie Anneliese Joana
    Iñigo Íñigo Emmett Tyrone Kayleigh Desmond Shaun Jermaine Darnell Latoya Shanice Keisha
    Brody Jaxon Reece Kian Bethan Carys Ffion Gethin Iwan Rhiannon Sian Grégoire Cyril
    Honoré Gwendoline Anatole Côme Éloi Bastian Götz Detlev Jost Veit Hinrich Sanna Aino
    Eero Jukka Pekka Juha Mikko Tuomas Ioana Mirela Andreea Alexandru Cristian Florin Ionut
    Mihai Raluca Sorin Vlad Ainara Amaya Nahia Ekaitz Iraia Minh Huong Tuan
"""
GIVEN_NAMES: frozenset[str] = frozenset(_LIST.split())


# A capitalized word followed by blanks and a capital: where a known given name can start a
# full name. ``full_names`` takes the candidates from the engine's trigger, from
# ``given_candidates`` on the pure path, or from this pattern where neither applies.
# One space between the words: a tab separates the columns of a table
# ("Anna<TAB>Schmidt<TAB>Berlin"), several spaces those of a fixed-width layout.
# Given names are spelled in Latin-1.
_CAPITALIZED = re.compile(rf"[{UPPER}][a-zß-öø-ÿ]+(?= (?:{PARTICLE} )?[{UPPER}])")
_FULL_NAME = re.compile(rf"[{UPPER}][{LOWER}]+(?: (?:{PARTICLE} )?{NAME_TOKEN}){{1,2}}")
# The one-byte copy with capitals (and "?", which stands for every character beyond
# Latin-1) read as byte 1 and lower-case Latin-1 letters as "a": a capitalized word before
# a capital is then one short pattern that starts with a literal byte.
_WORD_SHAPE = bytes(
    1
    if i in LATIN1_CAPITALS or i == 0x3F
    else 0x61
    if 97 <= i <= 122 or (0xDF <= i <= 0xFF and i != 0xF7)
    else i
    for i in range(256)
)
# A particle ("von der", "de la") is one or two words of one to three letters.
_SHAPED = re.compile(rb"\x01a+(?= (?:\x01|a{1,3} (?:\x01|a{1,3} \x01)))")
_START = re.Match.start
_WORD = re.compile(r"[^ ]+")


# Words after a name that make it a company's ("Marina Bay Holdings", "Anna Weber GmbH").
COMPANY_WORDS = frozenset(
    ["Holdings", "Holding", "Group", "Gruppe", "GmbH", "AG", "KG", "Ltd", "Limited", "Inc",
     "LLC", "LLP", "Corp", "Corporation", "Partners", "Associates", "SA", "SL", "SAS", "SARL",
     "Co", "Company", "Consulting", "Advisory", "Logistics", "Solutions", "Systems", "Bank",
     "Foundation", "Stiftung", "Hotel", "Capital", "Ventures", "Industries", "Enterprises",
     "Hotels", "Airlines", "Media", "Studios", "Labs", "Software", "Technologies"]
)  # fmt: skip


def given_candidates(latin1: bytes) -> list[int]:
    """Starts of capitalized words before a capital (a superset of ``_CAPITALIZED``'s
    matches), from the one-byte copy, for the pure path."""
    return list(map(_START, _SHAPED.finditer(latin1.translate(_WORD_SHAPE))))


def full_names(text: str, candidates: list[int] | None) -> list[tuple[int, int]]:
    """Full names that start with a known given name ("Spoke with Mark Davis")."""
    if candidates is None:
        candidates = list(map(_START, _CAPITALIZED.finditer(text)))
    starts = []
    for pos in candidates:
        word = _CAPITALIZED.match(text, pos)
        if word is not None and word.group() in GIVEN_NAMES:
            starts.append(pos)
    out: list[tuple[int, int]] = []
    for m in finditer_at(_FULL_NAME, text, starts):
        start, end = m.span()
        if (inside_word(text, start) and _hyphen_start(text, start) == start) or cut_word(
            text, end
        ):
            continue
        words = list(_WORD.finditer(text, start, end))
        cut = next(
            (
                i
                for i, w in enumerate(words)
                if i and w.group() in NOT_NAMES and not _particle(words, i)
            ),
            len(words),
        )
        capitals = [i for i, w in enumerate(words[:cut]) if w.group()[:1].isupper()]
        if (
            len(capitals) == 3
            and words[capitals[1]].group() not in GIVEN_NAMES
            and not _particle(words, capitals[1])
            and not (capitals[2] - capitals[1] == 2 and words[capitals[2] - 1].group().islower())
        ):
            # A third name word only after two given names ("Anna Maria Schmidt"), a
            # capitalized particle ("Eleanor Van Buren", "Mathis Le Gall") or a particle
            # that joins two surnames ("Consuelo López de Haro"); "Pieter de Vries
            # Rotterdam" is a name and a city.
            cut = capitals[2]
        if cut < 2:
            continue  # "Julia Language": no surname before the first word that is not one
        if cut < len(words) and words[cut].group().rstrip(".,") in COMPANY_WORDS:
            continue  # "Marina Bay Holdings", "Thomas Cook Logistics": a company's name
        end = words[cut - 1].end()  # "Anna Müller Tel. 030...": the name ends before "Tel"
        out.append((_hyphen_start(text, start), end))
    return out


# Particles that surnames start with, written with a capital ("Van Buren", "De Souza", "Le
# Gall", "El Amrani"): inside a name, not the words of NOT_NAMES they read as alone.
_CAPITAL_PARTICLES = frozenset(
    ["Van", "Von", "De", "Del", "Della", "Da", "Di", "Du", "Dos", "Das", "Le", "La", "El", "Al",
     "Ben", "Ter", "Ten", "Mac", "St."]
)  # fmt: skip


def _particle(words: list[re.Match[str]], i: int) -> bool:
    """Whether word ``i`` is a capitalized particle before a capitalized surname."""
    return (
        words[i].group() in _CAPITAL_PARTICLES
        and i + 1 < len(words)
        and words[i + 1].group()[:1].isupper()
    )


_HYPHEN_GIVEN = re.compile(rf"[{UPPER}][a-zß-öø-ÿ]+-\Z")


def _hyphen_start(text: str, start: int) -> int:
    """The start of a hyphenated given name whose second part starts a full name
    ("Karl-Heinz Mensah", "Jean-Baptiste Lemaire"), when its first part is a given name
    too; ``start`` otherwise."""
    if not start or text[start - 1] != "-":
        return start
    m = _HYPHEN_GIVEN.search(text, max(0, start - 24), start)
    if m is None or m.group()[:-1] not in GIVEN_NAMES or inside_word(text, m.start()):
        return start
    return m.start()
