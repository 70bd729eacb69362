# ruff: noqa: E501
"""Template of pharmacy refill IVR calls, as the speech platform logs prompts and input.

Short texts, drawn three times as often as the others so that the set holds more texts
within its size. Returns markup (see ``h12_core``) and its kind.
"""

from __future__ import annotations

from h12_core import Ctx, D, V
from h12_pools import other_date, person, phone, street
from h12_talk import say_digits

REFILL = {
    "en": (
        "Welcome to the Willow Pharmacy refill line. Please say or enter your prescription number.",
        "Please say your date of birth, month, day and year.",
        "Thank you, {name}. Your refill will be ready on {date}. For home delivery to {street}, say yes.",
        "Please enter a number where we can text you when it is ready.",
        "Thank you. Goodbye.",
    ),
    "de": (
        "Willkommen beim Rezept-Service der Linden-Apotheke. Bitte nennen Sie Ihre Rezeptnummer.",
        "Bitte nennen Sie Ihr Geburtsdatum, Tag, Monat und Jahr.",
        "Danke, {name}. Ihr Medikament liegt ab {date} bereit. Für die Lieferung an {street} sagen Sie Ja.",
        "Bitte geben Sie eine Handynummer für die SMS-Benachrichtigung ein.",
        "Vielen Dank. Auf Wiederhören.",
    ),
    "fr": (
        "Bienvenue sur le service de renouvellement de la Pharmacie du Port. Dites votre numéro d'ordonnance.",
        "Dites votre date de naissance, jour, mois, année.",
        "Merci, {name}. Votre traitement sera prêt le {date}. Pour une livraison au {street}, dites oui.",
        "Composez un numéro de portable pour être prévenu par SMS.",
        "Merci, au revoir.",
    ),
    "es": (
        "Bienvenido al servicio de renovación de la Farmacia Central. Diga su número de receta.",
        "Diga su fecha de nacimiento: día, mes y año.",
        "Gracias, {name}. Su medicación estará lista el {date}. Para envío a {street}, diga sí.",
        "Marque un móvil para avisarle por SMS.",
        "Gracias. Adiós.",
    ),
    "it": (
        "Benvenuto nel servizio ricette della Farmacia San Marco. Dica il numero della ricetta.",
        "Dica la sua data di nascita: giorno, mese e anno.",
        "Grazie, {name}. Il farmaco sarà pronto il {date}. Per la consegna in {street}, dica sì.",
        "Digiti un numero di cellulare per l'avviso via SMS.",
        "Grazie, arrivederci.",
    ),
    "nl": (
        "Welkom bij de herhaalservice van Apotheek De Linde. Zeg uw receptnummer.",
        "Zeg uw geboortedatum: dag, maand en jaar.",
        "Dank u, {name}. Uw medicijn ligt klaar op {date}. Voor bezorging op {street}, zeg ja.",
        "Toets een mobiel nummer voor een sms-bericht.",
        "Dank u wel. Tot ziens.",
    ),
    "pt": (
        "Bem-vindo ao serviço de renovação da Farmácia Central. Diga o número da receita.",
        "Diga a sua data de nascimento: dia, mês e ano.",
        "Obrigado, {name}. O medicamento estará pronto a {date}. Para entrega na {street}, diga sim.",
        "Marque um número de telemóvel para aviso por SMS.",
        "Obrigado. Adeus.",
    ),
}


def refill(c: Ctx, lang: str) -> tuple[str, str]:
    """A pharmacy refill IVR call as the speech platform logs it: prompts and recognised input."""
    T = REFILL[lang]
    g, s = person(c, lang)
    y, m, d = c.num(1936, 1990), c.num(1, 12), c.num(1, 28)
    rx = str(c.num(1000000, 9999999))
    spoken_rx = " ".join(rx) if c.chance(0.5) else rx
    parts = (f"{m:02d}", f"{d:02d}", str(y)) if lang == "en" else (f"{d:02d}", f"{m:02d}", str(y))
    if c.chance(0.5):
        dob_said = say_digits(lang, " ".join(parts))
    else:
        dob_said = ("/" if lang in ("en", "fr", "es", "it", "pt") else ".").join(parts)
    tel = phone(c, lang, intl=False)
    tel_keys = " ".join(ch for ch in tel if ch.isdigit())
    sid = c.uniq(lambda r: f"CA{r.getrandbits(128):032x}")
    lines = [
        f"call_sid={D('call-id', sid)} ani=anonymous",
        f"PROMPT  {T[0]}",
        f"INPUT   {D('rx-number', spoken_rx)}  (confidence 0.{c.num(71, 99)})",
        f"PROMPT  {T[1]}",
        f"INPUT   {V('DATE_OF_BIRTH', dob_said)}  (confidence 0.{c.num(61, 99)})",
        "PROMPT  "
        + T[2].format(
            name=V("PERSON", f"{g} {s}"),
            date=D("date", other_date(c, lang)),
            street=V("STREET_ADDRESS", street(c, lang)),
        ),
        f"INPUT   {c.pick(['yes', 'no']) if lang == 'en' else '-'}",
        f"PROMPT  {T[3]}",
        f"DTMF    {V('PHONE', tel_keys)}",
        f"PROMPT  {T[4]}",
    ]
    return "\n".join(lines) + "\n", "call"
