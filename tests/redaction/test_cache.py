"""The detection cache: a text scanned once is not scanned again, and nothing sensitive is kept."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from llmgate import Client
from llmgate._config import load_config
from llmgate.errors import ConfigError
from llmgate.redaction import BUILTIN_ENTITIES, RedactionError, Redactor, Span
from llmgate.redaction.cache import MIN_CHARS, DetectionCache
from llmgate.testing import ScriptedProvider

from .evalset import load

TICKET = (
    "Ticket 4471: please call Jane Roe on +44 20 7946 0958 or write to jane.roe@example.org; "
    "the card on file is 4111 1111 1111 1111."
)


class Counting:
    """A plugin detector that counts the texts it is asked about (and finds "ACME-<n>")."""

    entities = frozenset({"ACME_ID"})

    def __init__(self, fail: bool = False) -> None:
        self.seen: list[str] = []
        self.fail = fail

    def detect(self, text: str) -> list[Span]:
        self.seen.append(text)
        if self.fail:
            raise RuntimeError("boom")
        i = text.find("ACME-")
        return [] if i < 0 else [Span(i, i + 9, "ACME_ID")]


def redactor(probe: Counting, cache_size: int = 1024) -> Redactor:
    return Redactor([*BUILTIN_ENTITIES, "ACME_ID"], detectors=[probe], cache_size=cache_size)


def test_same_text_is_scanned_once_and_gives_the_same_findings() -> None:
    probe = Counting()
    red = redactor(probe)
    text = TICKET + " Ref ACME-1234."
    first = red.detect(text)
    second = red.detect(text)
    assert first == second == redactor(Counting(), cache_size=0).detect(text)
    assert {s.type for s in first} >= {"PHONE", "EMAIL", "CREDIT_CARD", "ACME_ID"}
    assert probe.seen == [text]  # the second call did not reach any detector
    second.clear()  # the caller owns the list it gets: the cached findings are untouched
    assert red.detect(text) == first


def test_changed_text_is_scanned_again() -> None:
    probe = Counting()
    red = redactor(probe)
    red.detect(TICKET)
    changed = TICKET.replace("0958", "0959")
    spans = red.detect(changed)
    assert probe.seen == [TICKET, changed]
    phone = next(s for s in spans if s.type == "PHONE")
    assert changed[phone.start : phone.end] == "+44 20 7946 0959"


def test_least_recently_used_text_is_forgotten_first() -> None:
    probe = Counting()
    red = redactor(probe, cache_size=2)
    a, b, c = (TICKET + f" Order {n}." for n in "abc")
    red.detect(a)
    red.detect(b)
    red.detect(a)  # a is now the most recent
    red.detect(c)  # evicts b
    red.detect(a)
    red.detect(b)
    assert probe.seen == [a, b, c, b]


def test_cache_size_zero_scans_every_time_and_short_texts_are_not_kept() -> None:
    probe = Counting()
    red = redactor(probe, cache_size=0)
    red.detect(TICKET)
    red.detect(TICKET)
    assert probe.seen == [TICKET, TICKET]
    probe = Counting()
    red = redactor(probe)
    short = "call +44 20 7946 0958"
    assert len(short) < MIN_CHARS
    red.detect(short)
    red.detect(short)
    assert probe.seen == [short, short]
    assert red._cache is not None and len(red._cache) == 0


def test_a_failing_detector_leaves_nothing_cached() -> None:
    probe = Counting(fail=True)
    red = redactor(probe)
    for _ in range(2):
        with pytest.raises(RedactionError):
            red.detect(TICKET)
    assert len(probe.seen) == 2  # still fails closed on the second call
    assert red._cache is not None and len(red._cache) == 0


def test_cache_holds_no_text_and_no_value() -> None:
    red = Redactor()
    records = load()[:200]
    for r in records:
        red.detect(str(r["text"]))
    cache = red._cache
    assert cache is not None and len(cache) > 0
    dump = repr(list(cache._table.items()))
    values = [
        str(r["text"])[int(sp["start"]) : int(sp["end"])]
        for r in records
        for sp in r["spans"]  # type: ignore[attr-defined]
    ]
    assert len(values) > 300
    for value in values:
        if len(value) >= 6:
            assert value not in dump


def test_threads_share_one_cache_and_get_exact_findings() -> None:
    texts = [str(r["text"]) for r in load()[:120] if len(str(r["text"])) >= MIN_CHARS]
    expected = [Redactor(cache_size=0).detect(t) for t in texts]
    red = Redactor(cache_size=64)  # smaller than the set: evictions race with lookups
    errors: list[str] = []

    def work(offset: int) -> None:
        for i in range(len(texts) * 2):
            j = (i + offset) % len(texts)
            if red.detect(texts[j]) != expected[j]:
                errors.append(texts[j])

    threads = [threading.Thread(target=work, args=(k * 7,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert red._cache is not None and len(red._cache) == 64
    assert red._cache.hits > 0


def test_detection_cache_rejects_a_size_below_one() -> None:
    with pytest.raises(ValueError):
        DetectionCache(0)


def test_conversation_history_is_not_scanned_again_each_turn() -> None:
    probe = Counting()
    vendor = ScriptedProvider("ext")  # echoes the last user message (as it received it)
    client = Client(
        {"redaction": {"mode": "mask"}},
        providers={"ext": vendor},
        redactor=redactor(probe),
    )
    turns = [
        TICKET,
        "Also my IBAN DE89 3704 0044 0532 0130 00 changed last week, please update it for me.",
        "Thanks!",
    ]
    history: list[dict[str, str]] = []
    with client:
        for turn in turns:
            history.append({"role": "user", "content": turn})
            reply = client.chat("ext:m", history)
            assert reply.text == turn  # the echo, restored for the user
            history.append({"role": "assistant", "content": reply.text})
    assert len(vendor.requests) == 3 and len(vendor.requests[-1].messages) == 5
    # The history went out three times; each long message was scanned once, short ones
    # (cheaper to scan than to look up) every time they were sent.
    for text in {*probe.seen}:
        assert probe.seen.count(text) == (1 if len(text) >= MIN_CHARS else 3 - turns.index(text))
    sent = repr([m.text() for r in vendor.requests for m in r.messages])
    assert "DE89 3704" not in sent and "+44 20 7946 0958" not in sent
    assert "[IBAN_1]" in sent and "[PHONE_1]" in sent


def test_config_cache_size_is_validated(tmp_path: Path) -> None:
    path = tmp_path / "llmgate.toml"
    path.write_text('[redaction]\nmode = "mask"\ncache_size = -1\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.key == "redaction.cache_size"
    path.write_text('[redaction]\nmode = "mask"\ncache_size = 0\n')
    assert load_config(path).redaction.cache_size == 0
