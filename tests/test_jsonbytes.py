"""``llmgate.provider.json_loads``: the gateway's and the providers' ``json.loads`` for
bodies received as bytes. Whatever it returns or raises must be what ``json.loads`` does."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from llmgate.provider import json_loads


def _outcome(fn: Any, data: bytes) -> tuple[str, Any]:
    try:
        return "ok", repr(fn(data))
    except Exception as exc:
        return type(exc).__name__, str(exc)


CASES = [
    b"{}",
    b'{"a":1}',
    b'{"a": 1} \n',  # trailing blanks: accepted by json.loads
    b'{"a":1}x',  # extra data
    b'{"a":NaN,"b":-Infinity}',
    b'{"a":"\\ud800"}',  # a lone surrogate, as an escape
    '{"a":"é"}'.encode(),
    b'{"a":"\xff"}',  # not UTF-8
    b"{",
    b'{"a":[1,2',
    b"{\x00",
    b"[1]",
    b' {"a":1}',
    '{"a":"é"}'.encode("utf-16"),  # json.loads detects UTF-16
    '{"a":"é"}'.encode("utf-8-sig"),
    b'{"a":1e999,"b":12345678901234567890123,"c":1.5e-320}',
    b'{"a":1,"a":2}',
    b"{" * 50_000,  # too deep
]


@pytest.mark.parametrize("data", CASES)
def test_the_value_or_the_error_of_json_loads(data: bytes) -> None:
    assert _outcome(json_loads, data) == _outcome(json.loads, data)


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(st.dictionaries(st.text(), _values, max_size=5), st.sampled_from(["", " ", "\n\t"]))
def test_encoded_objects(obj: dict[str, Any], blank: str) -> None:
    for ascii_only in (True, False):
        data = (json.dumps(obj, ensure_ascii=ascii_only) + blank).encode("utf-8", "surrogatepass")
        assert _outcome(json_loads, data) == _outcome(json.loads, data)


@given(st.binary(max_size=40))
def test_arbitrary_bytes_after_a_brace(tail: bytes) -> None:
    data = b"{" + tail
    assert _outcome(json_loads, data) == _outcome(json.loads, data)
