"""Names that prose introduces with a cue: self-introductions, role nouns, "on behalf of",
a sign-off on the name's own line."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmgate.redaction import Redactor, mentions
from llmgate.redaction.detectors import ScanContext
from llmgate.redaction.normalize import normalize


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi, my name is Anna Schmidt and I need help.", "Anna Schmidt"),
        ("My name's Anna.", "Anna"),
        ("MY NAME IS Anna Schmidt", "Anna Schmidt"),
        ("Guten Tag, mein Name ist Klaus Becker.", "Klaus Becker"),
        ("Ich heiße Jürgen Weiß.", "Jürgen Weiß"),
        ("Je m\u2019appelle Marie Dubois.", "Marie Dubois"),
        ("Hola, me llamo Carlos Fernández.", "Carlos Fernández"),
        ("Mi nombre es Lucía.", "Lucía"),
        ("Hi, I'm John Smith from accounting.", "John Smith"),
        ("Hi, I\u2019m Anna from billing.", "Anna"),
        ("Ich bin Anna Schmidt und habe eine Frage.", "Anna Schmidt"),
        ("Je suis Pierre Martin, responsable achats.", "Pierre Martin"),
        ("Soy Lucía Romero, de ventas.", "Lucía Romero"),
        ("This is Maria Garcia calling about the invoice.", "Maria Garcia"),
        ("Hi, this is Anna, quick question.", "Anna"),
        ("This is Łukasz Nowak speaking.", "Łukasz Nowak"),
        ("The patient Anna Schmidt was admitted.", "Anna Schmidt"),
        ("Employee Thomas Wagner resigned.", "Thomas Wagner"),
        ("Die Kundin Sabine Krüger hat angerufen.", "Sabine Krüger"),
        ("La patiente Claire Fontaine est sortie.", "Claire Fontaine"),
        ("El cliente Andrés Molina pidió la factura.", "Andrés Molina"),
        ("I am writing on behalf of Sarah O'Connor.", "Sarah O'Connor"),
        ("Signed by Robert Brown today.", "Robert Brown"),
        ("Send it c/o Jane Roe please.", "Jane Roe"),
        ("Ich spreche im Auftrag von Frank Neumann.", "Frank Neumann"),
        ("Thanks for the fix!\n\nBest regards, Helen Clark", "Helen Clark"),
        ("Danke. Viele Grüße, Uwe\n", "Uwe"),
        ("Merci. Cordialement, Sophie Laurent.", "Sophie Laurent"),
        ("Ich bin Klaus Becker von der Firma Müller.", "Klaus Becker"),
        ("SHIP TO: MR JOHN SMITH, 12 MAIN ST", "JOHN SMITH"),
        ("MR. JOHN O'BRIEN", "JOHN O'BRIEN"),
        ("HERRN KLAUS BECKER\nHAUPTSTR. 5", "KLAUS BECKER"),
    ],
)
def test_a_name_after_a_cue_is_found(
    text: str, name: str, person_names: Callable[[str], list[str]]
) -> None:
    assert person_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "My name is not important.",  # no capital: not a name
        "I'm Happy to help.",  # "I am" needs two name words (or one before "from")
        "I am Head of Sales and I'm Product Owner for the app.",
        "Je suis Product Owner et ich bin Senior Developer.",
        "This is Microsoft Excel.",  # "this is" needs what a caller says next
        "This is Microsoft Teams, the chat app.",
        "The client Secret Rotation job and the patient Intake Form were fixed.",
        "Our customer Portal Team is on it.",
        "The outpatient Odo Quill",  # the cue ends a longer word
        "Thanks, Anna said she would call.",  # the name does not end the line
        "Meeting with Microsoft Teams on Monday.",
        "Best, Monday works for me",
        "MS SQL SERVER and DR SITE FAILOVER",  # MS and DR are not taken as titles in capitals
        "MR READY FOR REVIEW",  # a merge request
        "MR SMITH",  # one word in capitals is not enough
        "Employee Stock Options vest yearly; the customer Name Field is empty.",
    ],
)
def test_a_cue_before_something_else_is_not_a_name(
    text: str, person_names: Callable[[str], list[str]]
) -> None:
    assert person_names(text) == []


def test_the_mentioned_name_is_masked_and_restored() -> None:
    red = Redactor(cache_size=0)
    text = "Hi, my name is Anna Schmidt. I am writing on behalf of Sarah Connor."
    masked = red.redact(text)
    assert masked.text == "Hi, my name is [PERSON_1]. I am writing on behalf of [PERSON_2]."
    assert red.restore(masked.text, masked.vault) == text


# Pieces that put cues, blanks, capitals and characters beyond Latin-1 next to each other.
_PIECES = [
    "my name is", "I\u2019m", "i'm", "customer", "outpatient", "Thanks,", "Best", "c/o",
    "Ich heiße", "mein  Name ist", "THIS IS", " ", "\t", "\n", ",", ".", "Anna", "Schmidt",
    "Łukasz", "\u212a", "ß", "?", "Product", "from", "x", "MR", "Mrs.", "JOHN", "SMITH",
    "O'BRIEN", "SQL",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_pure_path_cue_starts_hold_every_place_a_pattern_matches(text: str) -> None:
    """The pure path tries each pattern only where ``cue_starts`` says a cue starts: that
    must include every place where the pattern can match, or a name would be missed."""
    ctx = ScanContext(normalize(text))
    lower = ctx.lower_aligned
    if lower is None:
        return  # such text is searched whole
    starts = mentions.cue_starts(lower, mentions.cue_capitals(ctx.latin1))
    for family, pattern in mentions._PATTERNS.items():
        for m in pattern.finditer(ctx.text):
            assert m.start() in starts.get(family, []), (family, ctx.text)
    assert mentions.mention_names(ctx.text, starts) == mentions.mention_names(ctx.text, None)


def test_text_with_a_dotted_capital_i_finds_the_same_names(
    person_names: Callable[[str], list[str]],
) -> None:
    """ "İ" lowers to two characters; the cue search keeps its offsets all the same."""
    text = "İstanbul ofisi: my name is Anna Schmidt; the customer Peter Miller called."
    assert person_names(text) == ["Anna Schmidt", "Peter Miller"]
    norm = normalize(text).text
    assert [norm[s:e] for s, e in mentions.mention_names(norm, None)] == [
        "Anna Schmidt",
        "Peter Miller",
    ]
