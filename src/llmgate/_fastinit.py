"""Frozen dataclasses that are built at nearly the speed of mutable ones.

A frozen dataclass's generated ``__init__`` sets each field through
``object.__setattr__(self, name, value)`` (its own ``__setattr__`` refuses), a generic call
that costs about five times a plain slot store: 10,300 instructions to build a six-field
``Usage`` against 2,300 for the same class unfrozen (callgrind). The values built on
every call (usage, messages, requests, completions, stream events) are frozen on purpose,
and their construction was the largest single cost left on the gateway's path.

:func:`fast_init` keeps them frozen and takes most of that cost away: its ``__init__``
(the same parameters, defaults and factories as the generated one) gives the new
instance a twin class with the same slots for the duration of the stores, which are then
plain slot stores, and gives it back its own class at the end. The object, its class,
equality, hashing, ``repr``, ``replace``, pickling, the signature and the refusal of
assignment are those of the frozen dataclass.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any, TypeVar

__all__ = ["fast_init"]

_T = TypeVar("_T")


class _Factory:
    """The default of a parameter whose field has a ``default_factory``."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def fast_init(cls: type[_T]) -> type[_T]:
    """Give the frozen slots dataclass ``cls`` (based directly on ``object``, without
    ``__post_init__`` or init-only fields) an ``__init__`` that stores its fields as a
    mutable class would."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if (
        cls.__bases__ != (object,)
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
        or len(fields) != len(cls.__dataclass_fields__)  # type: ignore[attr-defined]
    ):
        raise TypeError(f"fast_init cannot take over the construction of {cls!r}")
    # The twin: the same slots (so the same layout), no frozen __setattr__.
    twin = type(cls.__name__, (), {"__slots__": cls.__slots__})  # type: ignore[attr-defined]
    env: dict[str, Any] = {"_set_class": object.__setattr__, "_twin": twin, "_cls": cls}
    env["_FACTORY"] = _FACTORY
    params: list[str] = []
    kw_only: list[str] = []
    body = ["    _set_class(self, '__class__', _twin)"]
    for f in fields:
        name = f.name
        has_factory = f.default_factory is not dataclasses.MISSING
        if has_factory:
            env[f"_fac_{name}"] = f.default_factory
        if f.default is not dataclasses.MISSING:
            env[f"_dflt_{name}"] = f.default
        if not f.init:
            if has_factory:
                body.append(f"    self.{name} = _fac_{name}()")
            elif f.default is not dataclasses.MISSING:
                body.append(f"    self.{name} = _dflt_{name}")
            continue
        if has_factory:
            param = f"{name}=_FACTORY"
            body.append(f"    self.{name} = _fac_{name}() if {name} is _FACTORY else {name}")
        else:
            param = name if f.default is dataclasses.MISSING else f"{name}=_dflt_{name}"
            body.append(f"    self.{name} = {name}")
        (kw_only if f.kw_only else params).append(param)
    body.append("    self.__class__ = _cls")
    signature = ", ".join(["self", *params, *(["*", *kw_only] if kw_only else [])])
    source = f"def __init__({signature}):\n" + "\n".join(body) + "\n"
    exec(source, env)  # the way dataclasses builds its own __init__
    init = functools.wraps(cls.__init__)(env["__init__"])
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
