"""Names in message threads and repositories: "@" mentions, quote headers, commit trailers
and assignment labels, transcript and chat-log speakers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmgate.redaction import threads
from llmgate.redaction.detectors import ScanContext
from llmgate.redaction.normalize import normalize


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("@Zoltan Kovacs can you review?", "Zoltan Kovacs"),
        ("Zoltan Kovacs wrote: the numbers look off.", "Zoltan Kovacs"),
        ("On Monday Zoltan Kovacs wrote:\n> quoted", "Zoltan Kovacs"),
        ("Am Montag schrieb Bence Szabo:", "Bence Szabo"),
        ("Zoltan Kovacs a écrit :", "Zoltan Kovacs"),
        ("Signed-off-by: Zoltan Kovacs", "Zoltan Kovacs"),
        ("Assigned to: Zoltan Kovacs", "Zoltan Kovacs"),
        ("Zugewiesen an: Bence Szabo", "Bence Szabo"),
        ("Anna: I think we should ship.\nSummary: none", "Anna"),
        ("[10:32] Zoltan Kovacs: the build is broken", "Zoltan Kovacs"),
    ],
)
def test_a_name_where_a_thread_puts_one_is_found(
    text: str, name: str, person_names: Callable[[str], list[str]]
) -> None:
    assert person_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Mail jane@Example Corp or ping @Microsoft Teams",  # an address; a product
        "The Release Notes wrote: nothing new",  # not a person's name before "wrote"
        "He rewrote: Zoltan Kovacs",
        "Summary: fine\nNote: none\n10:32:01 Worker Started: pid 7\n[10:33] Zoltan: hi",
    ],
)
def test_the_same_shapes_without_a_person_are_not_names(
    text: str, person_names: Callable[[str], list[str]]
) -> None:
    assert person_names(text) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["wrote", "WROTE", "schrieb", " ", "\t", ":", "a écrit", "Zoltan", "x"]),
        max_size=20,
    ).map("".join)
)
def test_pure_path_wrote_candidates_hold_every_match(text: str) -> None:
    ctx = ScanContext(normalize(text))
    lower = ctx.lower_aligned
    assert lower is not None
    wrote = set(threads.wrote_candidates(lower))
    for pos in range(len(ctx.text)):
        if threads._WROTE.match(ctx.text, pos) or threads._SCHRIEB.match(ctx.text, pos):
            assert pos in wrote, ctx.text


def test_text_with_a_dotted_capital_i_finds_the_writer(
    person_names: Callable[[str], list[str]],
) -> None:
    """ "İ" lowers to two characters; the search for "wrote" keeps its offsets all the same."""
    assert person_names("İstanbul ofisi\nZoltan Kovacs wrote:\n> ok") == ["Zoltan Kovacs"]
