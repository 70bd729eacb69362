"""A model-based PERSON detector for llmgate's redaction layer.

``[redaction] detectors = ["spacy-person"]`` runs a spaCy named-entity model beside the
built-in rules (docs/privacy.md). Installing this package installs no model: install the
spaCy pipeline you want (``en_core_web_sm`` is the default) as a package, so nothing is
downloaded when the detector loads.
"""

from llmgate_spacy._detector import MODELS_ENV, SpacyPersonDetector

__all__ = ["MODELS_ENV", "SpacyPersonDetector"]
