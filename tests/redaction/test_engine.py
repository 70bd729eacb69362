"""The optional multi-pattern engine finds exactly what the pure-Python path finds.

conftest.py already runs every redaction test on both paths; these tests check the engine's
own promises: identical findings on hostile Unicode, triggers that are necessary conditions
of the patterns they stand for, the environment switch, and thread safety.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmgate.redaction import (
    Redactor,
    address,
    address_fields,
    credentials,
    engine,
    forms,
    given_names,
    mentions,
    person,
    pin_words,
    threads,
    triggers,
)
from llmgate.redaction.address import AddressDetector
from llmgate.redaction.detectors import ScanContext, finditer_at
from llmgate.redaction.ip import IpDetector
from llmgate.redaction.normalize import normalize

hyperscan_only = pytest.mark.skipif(
    importlib.util.find_spec("hyperscan") is None, reason="hyperscan is not installed"
)


def _evalset_texts() -> list[str]:
    spec = importlib.util.spec_from_file_location(
        "_engine_evalset", Path(__file__).parent / "evalset.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return [str(r["text"]) for r in module.load()]


TEXTS = _evalset_texts()
# Characters whose case rules or classes differ beyond Latin-1: the Kelvin sign lowers to
# "k", the long s matches "s" case-insensitively, "İ" lowers to two characters, U+2028 is
# whitespace to str.strip(), "Ł" is a capital in the PERSON patterns, an emoji is nothing.
TRICKY = ["\u212a", "\u017f", "\u0130", "\u2028", "\u0141", "\u0142", "\u2603", "\U0001f4de"]


def _both() -> tuple[Redactor, Redactor]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(engine.ENGINE_ENV, "python")
        pure = Redactor()
        patch.setenv(engine.ENGINE_ENV, "hyperscan")
        fast = Redactor()
    return pure, fast


@hyperscan_only
def test_identical_findings_on_the_eval_set_and_its_case_variants() -> None:
    pure, fast = _both()
    texts = TEXTS + [t.upper() for t in TEXTS[:200]] + [t.lower() for t in TEXTS[:200]]
    differing = [t[:80] for t in texts if pure.detect(t) != fast.detect(t)]
    assert differing == []


@hyperscan_only
@pytest.mark.parametrize("char", TRICKY, ids=[f"U+{ord(c):04X}" for c in TRICKY])
def test_identical_findings_with_characters_beyond_latin1(char: str) -> None:
    pure, fast = _both()
    found = 0
    for i, text in enumerate(TEXTS[:300]):
        # Put the character at word edges and inside keywords, where triggers look.
        variant = text.replace("k", char, 1) if i % 3 == 0 else text.replace(" ", char, 2)
        variant = variant.replace("s", char, 1) if i % 3 == 1 else variant
        expected = pure.detect(variant)
        found += len(expected)
        assert fast.detect(variant) == expected, variant[:120]
    assert found > 300  # the variants still hold plenty to find


@hyperscan_only
@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Dear Mr ",
                "Ł",
                "Ana ",
                "password",
                "KEY",
                "\u212a",
                "=",
                ": ",
                "s3cr3tV4lue99 ",
                "Regards,",
                "\n",
                "\u2028",
                "Calle Mayor ",
                "5",
                "DE89 3704 0044 0532 0130 00",
                "10.1.2.3",
                " dot ",
                "(at)",
                "Am Markt ",
                "name,email",
                "\u017f",
                "İ",
                "sk-",
                "x",
                "my name is ",
                "I\u2019m ",
                "i'm ",
                "customer ",
                "outpatient ",
                "Thanks, ",
                "c/o ",
                "Ich heiße ",
                "Anna Schmidt",
                "Product Owner",
                " from ",
                "Daniel ",
                "McDaniel ",
                "Smith",
                "@",
                " wrote:",
                "\tschrieb:",
                "Zoltan Kovacs",
                "\nAnna: ",
                "\n[10:32] ",
                ":",
            ]
        ),
        max_size=25,
    ).map("".join)
)
def test_identical_findings_on_generated_text(text: str) -> None:
    pure, fast = PAIR
    assert fast.detect(text) == pure.detect(text)


PAIR = _both() if importlib.util.find_spec("hyperscan") is not None else (Redactor(), Redactor())


@hyperscan_only
def test_position_triggers_cover_every_match_start() -> None:
    """A trigger's starts include every place its pattern matches (the exactness premise)."""
    compiled = triggers._compiled()
    assert compiled is not None
    checked = 0
    for original in TEXTS:
        text = normalize(original).text  # the engine and the detectors see normalized text
        hits = compiled.hits(text)
        if hits is None:
            continue
        low = ScanContext(normalize(original)).lower
        pairs = [("person:title", person._TITLE, text), ("address:es", address._ES, text)]
        for stem in credentials.STEMS:
            pairs.append((f"secret:stem:{stem}", credentials._ASSIGN[stem], low))
        pairs.append(("ip:v6core", IpDetector._V6_CORE, text))
        pairs.append(("digits:iban", re.compile(r"(?<=[A-Za-z]{2})[0-9]{2}"), text))
        for name, pattern, haystack in pairs:
            for m in pattern.finditer(haystack):
                assert m.start() in hits.starts(name), (name, text[:80])
                checked += 1
        for word in pin_words.CODE_WORDS:  # where the pure path finds a PIN or code word
            i = low.find(word)
            while i >= 0:
                assert i in hits.starts(pin_words.TRIGGER), (word, text[:80])
                checked += 1
                i = low.find(word, i + 1)
        for m in given_names._CAPITALIZED.finditer(text):
            if m.group() in given_names.GIVEN_NAMES:
                assert m.start() in hits.starts("person:given"), text[:80]
        for m in threads._SPEAKER.finditer(text):
            assert m.start() in hits.starts("person:speaker"), text[:80]
        for m in threads.AT_NAME.finditer(text):
            assert m.start() in hits.starts("person:at"), text[:80]
        for pos in range(len(text)):
            if threads._WROTE.match(text, pos) or threads._SCHRIEB.match(text, pos):
                assert pos in hits.starts("person:wrote"), text[:80]
        for m in forms._FORM_FIELD.finditer(text):
            assert m.start() in hits.starts("person:form"), text[:80]
            checked += 1
        if len(low) == len(text):
            for hint in address_fields.FIELD_HINTS:
                at = low.find(hint)
                while at >= 0:
                    assert at in hits.starts("address:field"), text[:80]
                    checked += 1
                    at = low.find(hint, at + 1)
        cues = mentions.cue_starts(low, hits.starts("person:cue"))
        for family, pattern in mentions._PATTERNS.items():
            for m in pattern.finditer(text):
                assert m.start() in cues.get(family, []), text[:80]
                checked += 1
        for i, ch in enumerate(text):
            if ch in ":=" and forms.label_before(text, i):
                assert i in hits.starts("person:label"), text[:80]
                checked += 1
            if (
                ch.isdigit()
                and i > 3
                and text[i - 1] in " \t"
                and AddressDetector._german_hint(text, i)
            ):
                assert i in hits.starts("address:de_number"), text[:80]
                checked += 1
    assert checked > 1000


@hyperscan_only
def test_text_whose_lower_case_is_longer_takes_the_pure_path() -> None:
    compiled = triggers._compiled()
    assert compiled is not None
    assert compiled.hits("İstanbul office, password: hunter2hunter2") is None
    assert compiled.hits("Kelvin \u212a and Łódź, password: hunter2hunter2") is not None


def test_environment_variable_forces_the_pure_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(engine.ENGINE_ENV, "python")
    assert Redactor()._engine is None
    assert Redactor().detect("mail jane@acme.com") == [(5, 18, "EMAIL")]


def test_requiring_the_engine_without_hyperscan_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(engine.ENGINE_ENV, "hyperscan")
    monkeypatch.setattr(triggers, "_compiled", lambda: None)
    with pytest.raises(ImportError, match=r"llmgate\[redaction-fast\]"):
        Redactor()
    monkeypatch.setenv(engine.ENGINE_ENV, "auto")
    assert Redactor()._engine is None  # absent and not required: the pure path


def test_types_without_triggers_do_not_load_the_engine() -> None:
    assert Redactor(["PHONE", "CREDIT_CARD"])._engine is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab:= \n", max_size=40))
def test_finditer_at_every_position_is_finditer(text: str) -> None:
    pattern = re.compile(r"a[ab]*:?=?|b:+")
    every = range(len(text) + 1)
    assert [m.span() for m in finditer_at(pattern, text, every)] == [
        m.span() for m in pattern.finditer(text)
    ]


@hyperscan_only
def test_one_redactor_scans_from_several_threads() -> None:
    _, fast = _both()
    expected = [fast.detect(t) for t in TEXTS[:100]]
    results: dict[int, list[object]] = {}

    def work(k: int) -> None:
        results[k] = [fast.detect(t) for t in TEXTS[:100]]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[k] == expected for k in range(4))
