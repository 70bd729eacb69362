"""The frozen value types keep every property of a frozen dataclass with their faster
construction (``llmgate._fastinit``): what callers can observe must not change."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field

import pytest

from llmgate._fastinit import fast_init
from llmgate._types import ChatRequest, Message, ToolCall, Usage
from llmgate.provider import Completion


@dataclass(frozen=True, slots=True)
class Plain:
    a: int
    b: str = "x"
    c: dict[str, int] = field(default_factory=dict)
    d: int = field(default=7, kw_only=True)
    e: list[int] = field(default_factory=list, init=False)


@fast_init
@dataclass(frozen=True, slots=True)
class Fast:
    a: int
    b: str = "x"
    c: dict[str, int] = field(default_factory=dict)
    d: int = field(default=7, kw_only=True)
    e: list[int] = field(default_factory=list, init=False)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((1,), {}), ((1, "y"), {}), ((1,), {"c": {"k": 1}, "d": 3}), ((), {"a": 2, "b": "z"})],
)
def test_the_same_values_as_the_generated_init(args: tuple, kwargs: dict) -> None:
    fast, plain = Fast(*args, **kwargs), Plain(*args, **kwargs)
    assert type(fast) is Fast
    assert dataclasses.astuple(fast) == dataclasses.astuple(plain)
    assert repr(fast) == repr(plain).replace("Plain", "Fast")


def test_still_frozen_hashable_replaceable_and_picklable() -> None:
    u = Usage(8, 5)
    assert type(u) is Usage and u == Usage(input_tokens=8, output_tokens=5)
    assert hash(u) == hash(Usage(8, 5))
    with pytest.raises(dataclasses.FrozenInstanceError):
        u.input_tokens = 1  # type: ignore[misc]
    for obj in (Fast(1), Plain(1)):  # an unknown name fails as on the generated class
        with pytest.raises((AttributeError, TypeError)):
            obj.extra = 1  # type: ignore[attr-defined]
    assert dataclasses.replace(u, output_tokens=1) == Usage(8, 1)
    assert pickle.loads(pickle.dumps(u)) == u and copy.deepcopy(u) == u
    m = Message(role="user", content="hi")
    assert m.tool_calls == () and pickle.loads(pickle.dumps(m)) == m


def test_factories_give_each_instance_its_own_value() -> None:
    first, second = Fast(1), Fast(2)
    assert first.c == {} and first.c is not second.c and first.e is not second.e


def test_signature_and_errors_name_the_class() -> None:
    assert str(inspect.signature(Fast)) == str(inspect.signature(Plain))
    assert list(inspect.signature(ChatRequest).parameters)[:2] == ["model", "messages"]
    with pytest.raises(TypeError, match=r"Message\.__init__\(\) missing"):
        Message()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword"):
        ToolCall(id="1", name="f", arguments="{}", extra=1)  # type: ignore[call-arg]
    assert Completion(text="t", model="m", usage=Usage()).tool_calls == ()


def test_refuses_classes_whose_layout_it_cannot_take_over() -> None:
    @dataclass(frozen=True, slots=True)
    class Base:
        a: int

    @dataclass(frozen=True, slots=True)
    class Child(Base):
        b: int

    @dataclass(frozen=True, slots=True)
    class WithPost:
        a: int

        def __post_init__(self) -> None:
            pass

    for cls in (Child, WithPost):
        with pytest.raises(TypeError):
            fast_init(cls)
