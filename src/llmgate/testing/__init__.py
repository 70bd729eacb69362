"""Test doubles for applications and provider authors.

Real loopback servers that speak the vendors' wire formats, scripted providers, and the
provider conformance suite.
"""

from llmgate.testing._providers import Cut, FailingProvider, ScriptedProvider
from llmgate.testing._server import LoopbackServer, RecordedRequest, Reply, wait_until

__all__ = [
    "Cut",
    "FailingProvider",
    "LoopbackServer",
    "RecordedRequest",
    "Reply",
    "ScriptedProvider",
    "wait_until",
]
