"""llmgate's version, in a module of its own so that a submodule that reports it (the
OpenTelemetry instrumentation scope) reads it without importing the package's facade,
``llmgate/__init__.py``, which names every public module."""

__version__ = "0.1.0"
