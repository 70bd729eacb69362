"""Provider plugins, found through the ``llmgate.providers`` entry-point group.

Entry points are listed once and loaded lazily by name, so a config that uses only
``openai`` never imports the Anthropic plugin, and no plugin is imported at
``import llmgate``.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING

from llmgate.errors import ConfigError

if TYPE_CHECKING:
    from llmgate.provider import Provider

__all__ = ["available_types", "load_provider_class"]

GROUP = "llmgate.providers"
_INSTALL_HINTS = {
    "openai": 'pip install "llmgate[openai]"  (or: pip install llmgate-openai)',
    "anthropic": 'pip install "llmgate[anthropic]"  (or: pip install llmgate-anthropic)',
    "llamacpp": 'pip install "llmgate[local]"  (or: pip install "llmgate-llamacpp[smollm2]")',
}
_lock = threading.Lock()
_loaded: dict[str, type[Provider]] = {}


@lru_cache(maxsize=1)
def _entry_points() -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def available_types() -> list[str]:
    return sorted(_entry_points())


def load_provider_class(
    type_name: str, *, file: str | None = None, key: str | None = None
) -> type[Provider]:
    """The provider class registered as ``type_name``; a ``ConfigError`` if there is none."""
    cls = _loaded.get(type_name)
    if cls is not None:
        return cls
    from llmgate.provider import Provider

    with _lock:
        ep = _entry_points().get(type_name)
        if ep is None:
            hint = _INSTALL_HINTS.get(type_name)
            installed = ", ".join(available_types()) or "none"
            problem = f"unknown provider type {type_name!r} (installed types: {installed})"
            if hint:
                problem += f"; install it with: {hint}"
            raise ConfigError(problem, file=file, key=key)
        try:
            obj = ep.load()
        except ImportError as exc:
            raise ConfigError(
                f"provider type {type_name!r} is installed but failed to import: {exc}",
                file=file,
                key=key,
            ) from exc
        if not (isinstance(obj, type) and issubclass(obj, Provider)):
            raise ConfigError(
                f"entry point {ep.value!r} for provider type {type_name!r} is not a Provider",
                file=file,
                key=key,
            )
        _loaded[type_name] = obj
        return obj
