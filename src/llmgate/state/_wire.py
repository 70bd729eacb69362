"""What a round trip is, as data: a script, an operation, a blocking step, RESP packing.

Kept apart from the store so the scripts (``_lua.py``), the op builders (``_ops.py``) and
the store can all name these types without importing each other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

__all__ = ["Local", "Op", "Script", "Steps", "pack"]

_R = TypeVar("_R")
Steps = Generator["Op | Local", Any, _R]


@dataclass(frozen=True, slots=True)
class Script:
    """A Lua script, run by its SHA (EVALSHA), its body sent once after a server restart."""

    source: str
    sha: str

    @classmethod
    def of(cls, source: str) -> Script:
        return cls(source, hashlib.sha1(source.encode()).hexdigest())


@dataclass(slots=True)
class Op:
    """One round trip: ``script`` over ``keys``/``args`` (or a plain command in ``args``
    when ``script`` is ``None``), reported against ``components`` when it fails."""

    script: Script | None
    keys: list[str]
    args: list[Any]
    components: tuple[str, ...]


@dataclass(slots=True)
class Local:
    """A step that is not a round trip but blocking work (the ledger read that seeds a
    counter): :meth:`RedisStore.adrive` runs it in a thread, off the event loop."""

    fn: Callable[[], Any]


def pack(args: tuple[Any, ...]) -> bytes:
    """A command in RESP (what hiredis' ``pack_command`` does, for when it is missing)."""
    out = [b"*%d\r\n" % len(args)]
    for arg in args:
        if isinstance(arg, bytes):
            data = arg
        elif isinstance(arg, str):
            data = arg.encode()
        elif isinstance(arg, int):
            data = b"%d" % arg
        else:
            data = repr(arg).encode()
        out.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(out)
