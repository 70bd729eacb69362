"""Line labels of spoken and transcribed text that name a role or a field, not a person.

A telephone-interpreting transcript labels every turn by its role ("Medewerker:", "Tolk
(pt):", "Dolmetscher (es):", "Operatore:", "Utente:"), a voicemail-to-e-mail notice its
header fields ("Length:", "Duration:", "Dauer:", "Transkript:"), a dispatch log its stops
("Dépose :", "Partenza:"). Each of them speaks on several lines of a text, which is how a
transcript's unknown surname shows itself as a speaker (threads.py): without this table
every such label was taken for a name. Capitalized as the labels are written.
"""

from __future__ import annotations

__all__ = ["CALL_LABELS", "CALL_ROLES", "CALL_TALK", "CALL_WORDS"]

# Roles that only speak in a call (an interpreter, an operator, a caller): where one of them
# speaks, the text is a conversation, as with "Agent:" (threads.py), and a one-word label
# that speaks once is a participant. Not "Patient:" or "Driver:", which label a form's
# fields as often ("Patient: ...", "Collected: ...", "Accession: ...").
CALL_TALK = frozenset(
    ["Interpreter", "Interpreters", "Dolmetscher", "Dolmetscherin", "Interprète",
     "Intérprete", "Interprete", "Tolk", "Tolken", "Operatore", "Operatrice", "Chiamante",
     "Beller", "Interlocutor", "Interlocutora", "Gesprächspartner"]
)  # fmt: skip
# Roles that label a call's turns or a log's fields: no names themselves.
CALL_ROLES = frozenset(
    ["Interpreter", "Interpreters", "Dolmetscher", "Dolmetscherin", "Interprète",
     "Intérprete", "Interprete", "Tolk", "Tolken", "Medewerker", "Medewerkster",
     "Cliënt", "Client", "Klant", "Klantin", "Klient", "Klientin", "Utente", "Operatore",
     "Operatrice", "Sachbearbeiter", "Sachbearbeiterin", "Patient", "Patientin", "Paciente",
     "Patiënt", "Paziente", "Doente", "Utilizador", "Atendente", "Passenger", "Pasajero",
     "Passageiro", "Passagier", "Passager", "Fahrgast", "Dispatcher", "Disponent",
     "Disponentin", "Dispatch", "Driver", "Fahrer", "Fahrerin", "Chauffeur", "Conductor",
     "Tassista", "Motorista", "Nurse", "Pflege", "Infirmière", "Enfermera", "Enfermero",
     "Infermiere", "Infermiera", "Verpleegkundige", "Enfermeira", "Beller", "Chiamante",
     "Interlocutor", "Interlocutora", "Gesprächspartner", "Agentin", "Beambter",
     # the policyholder and the claims handler of a first-notice-of-loss call (round 19)
     "Anrufer", "Anruferin", "Versicherter", "Versicherte", "Versicherungsnehmer",
     "Versicherungsnehmerin", "Policyholder", "Insured", "Assuré", "Assurée", "Appelant",
     "Appelante", "Conseiller", "Conseillère", "Asegurado", "Asegurada", "Agente",
     "Tramitador", "Tramitadora", "Assicurato", "Assicurata", "Liquidatore", "Verzekerde",
     "Schadebehandelaar", "Segurado", "Segurada", "Operador", "Operadora", "Gestor",
     "Gestora",
     # a support chat's and an installer's booking line's side (round 21)
     "Suporte", "Soporte", "Supporto", "Mitarbeiter", "Mitarbeiterin"]
)  # fmt: skip
# Fields of a voicemail notice, a dispatch log and a handover: "Length: 0:42 seconds",
# "Transcription:", "Durée :", "Ziel:", "Recogida:".
CALL_LABELS = frozenset(
    ["Called", "Calling", "Callee", "Duration", "Length", "Extension", "Ext", "Mailbox",
     "Transcript", "Transcription", "Transkript", "Transkription", "Transcripción",
     "Trascrizione", "Transcriptie", "Transcrição", "Länge", "Dauer", "Durée", "Duración",
     "Durata", "Duur", "Duração", "Text", "Texte", "Texto", "Testo", "Tekst", "Received",
     "Empfangen", "Reçu", "Recibido", "Ricevuto", "Ontvangen", "Recebido", "From", "Von",
     "Van", "Da", "De", "To", "An", "Para", "Nebenstelle", "Poste", "Interno", "Toestel",
     "Extensão", "Extensión", "Confidence", "Pickup", "Dropoff", "Destination", "Abholung",
     "Ziel", "Prise", "Dépose", "Destino", "Recogida", "Partenza", "Arrivo", "Ophalen",
     "Afzetten", "Recolha", "Spracherkennung", "Anrufer-ID", "Caller-ID", "Sprachbox",
     "Voicemail", "Mailbox-Nachricht", "Nachricht", "Message", "Messaggio", "Mensaje",
     "Bericht", "Mensagem", "Nota", "Notiz", "Aantekening", "Situation",
     "Background", "Assessment", "Recommendation", "Hintergrund", "Einschätzung",
     "Empfehlung", "Rückruf", "Rückrufnummer", "Terugbelnummer", "Hora", "Contacto",
     "Contact", "Kontakt", "Geburtsdatum", "Telefonnummer", "Telefoonnummer", "Callback",
     "Rappel", "Richiamare", "Devolver"]
)  # fmt: skip
# Both, for the PERSON model's candidates: such a word before a line's colon is a label.
CALL_WORDS = CALL_ROLES | CALL_LABELS
