"""Just enough of the GGUF header to refuse a bad file before llama.cpp sees it.

llama.cpp's own failure on a file that is not GGUF, or is cut short, is a bare "failed to
load model" (and, unsilenced, a page of log): this reads the magic bytes, the version and
the metadata up to the model's trained context length, and says precisely what is wrong.
It stops reading as soon as it has what it needs, so it costs well under a millisecond on
a good file whatever its size.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

__all__ = ["GGUFError", "GGUFInfo", "read_gguf_info"]

MAGIC: Final = b"GGUF"
SUPPORTED_VERSIONS: Final = frozenset({2, 3})

# Value types of GGUF metadata (gguf.md): fixed-size scalars by their byte width.
_STRING: Final = 8
_ARRAY: Final = 9
_SCALAR_SIZES: Final = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}
_INT_FORMATS: Final = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 10: "<Q", 11: "<q"}


class GGUFError(ValueError):
    """The file is not a GGUF model llama.cpp can read; the message says why."""


@dataclass(frozen=True, slots=True)
class GGUFInfo:
    """What llmgate checks before loading: format version, architecture, trained context,
    and for a LoRA adapter its kind (``general.type = "adapter"``, ``adapter.type = "lora"``).
    """

    version: int
    architecture: str | None
    context_length: int | None
    file_type: str | None = None
    adapter_type: str | None = None


def read_gguf_info(path: Path) -> GGUFInfo:
    """Read the header of ``path``; raise :class:`GGUFError` if it is not a usable GGUF."""
    with path.open("rb") as f:
        magic = f.read(4)
        if magic != MAGIC:
            raise GGUFError(
                "not a GGUF model file (it does not start with the GGUF magic bytes; "
                "llama.cpp reads only GGUF, convert other formats with llama.cpp's "
                "convert_hf_to_gguf.py)"
            )
        version, _tensors, kv_count = _unpack(f, "<IQQ")
        if version not in SUPPORTED_VERSIONS:
            raise GGUFError(f"GGUF version {version} is not supported (only 2 and 3)")
        return _read_metadata(f, version, kv_count)


_STRING_KEYS: Final = {"general.architecture", "general.type", "adapter.type"}


def _read_metadata(f: BinaryIO, version: int, kv_count: int) -> GGUFInfo:
    strings: dict[str, str] = {}
    values: dict[str, int] = {}
    for _ in range(kv_count):
        key = _read_string(f)
        (kind,) = _unpack(f, "<I")
        if key in _STRING_KEYS and kind == _STRING:
            strings[key] = _read_string(f)
        elif key.endswith(".context_length") and kind in _INT_FORMATS:
            (values[key],) = _unpack(f, _INT_FORMATS[kind])
        else:
            _skip_value(f, kind)
        # A model has a trained context length (found early, before its tokenizer's long
        # arrays); an adapter has none, but its whole header is a few hundred bytes.
        architecture = strings.get("general.architecture")
        if architecture is not None and f"{architecture}.context_length" in values:
            break
    architecture = strings.get("general.architecture")
    context = values.get(f"{architecture}.context_length") if architecture else None
    return GGUFInfo(
        version=version,
        architecture=architecture,
        context_length=context,
        file_type=strings.get("general.type"),
        adapter_type=strings.get("adapter.type"),
    )


def _unpack(f: BinaryIO, fmt: str) -> tuple[int, ...]:
    size = struct.calcsize(fmt)
    data = f.read(size)
    if len(data) != size:
        raise GGUFError("the file is truncated (it ends inside the GGUF header)")
    return struct.unpack(fmt, data)


def _read_string(f: BinaryIO) -> str:
    (length,) = _unpack(f, "<Q")
    if length > 1 << 24:
        raise GGUFError("the GGUF header is corrupt (a metadata string is implausibly long)")
    data = f.read(length)
    if len(data) != length:
        raise GGUFError("the file is truncated (it ends inside the GGUF header)")
    return data.decode("utf-8", errors="replace")


def _skip_value(f: BinaryIO, kind: int) -> None:
    if kind in _SCALAR_SIZES:
        _skip(f, _SCALAR_SIZES[kind])
    elif kind == _STRING:
        (length,) = _unpack(f, "<Q")
        _skip(f, length)
    elif kind == _ARRAY:
        item_kind, count = _unpack(f, "<IQ")
        if item_kind in _SCALAR_SIZES:
            _skip(f, _SCALAR_SIZES[item_kind] * count)
        else:
            for _ in range(count):
                _skip_value(f, item_kind)
    else:
        raise GGUFError(f"the GGUF header is corrupt (unknown metadata value type {kind})")


def _skip(f: BinaryIO, size: int) -> None:
    """Seek past ``size`` bytes, checking that the file really holds them."""
    end = f.tell() + size
    if end > os.fstat(f.fileno()).st_size:
        raise GGUFError("the file is truncated (it ends inside the GGUF header)")
    f.seek(end)
