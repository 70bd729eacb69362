"""The SECRET passes that find a value by the words or markup around it, and the filters
every SECRET finding goes through: the table of passes ``credentials.SecretDetector`` runs
on both engine paths (a new pass is one more line in ``worded``).
"""

from __future__ import annotations

from llmgate.redaction.access_codes import access_codes
from llmgate.redaction.alerting_secrets import alerting_secrets
from llmgate.redaction.commands import command_line_secrets
from llmgate.redaction.config_references import drop_config_references
from llmgate.redaction.detectors import ScanContext, Span
from llmgate.redaction.device_secrets import device_secrets
from llmgate.redaction.dump_secrets import dump_secrets
from llmgate.redaction.form_secrets import form_secrets
from llmgate.redaction.machine_decoys import drop_machine_decoys
from llmgate.redaction.passwords import prose_passwords
from llmgate.redaction.pins import pin_codes
from llmgate.redaction.provision_secrets import provision_secrets
from llmgate.redaction.public_values import drop_public
from llmgate.redaction.repeats import repeated
from llmgate.redaction.secret_fields import field_secrets
from llmgate.redaction.settings_secrets import settings_secrets
from llmgate.redaction.store_secrets import store_secrets
from llmgate.redaction.told import told_passwords
from llmgate.redaction.vendor_keys import PREFIXES
from llmgate.redaction.web_secrets import web_secrets

__all__ = ["kept", "worded"]


def worded(ctx: ScanContext, named: bool) -> list[Span]:
    """The rules that find a secret by the words or markup around it, on both paths."""
    return [*command_line_secrets(ctx), *prose_passwords(ctx), *pin_codes(ctx),
            *told_passwords(ctx), *access_codes(ctx), *web_secrets(ctx), *form_secrets(ctx),
            *dump_secrets(ctx), *store_secrets(ctx), *provision_secrets(ctx),
            *settings_secrets(ctx), *device_secrets(ctx), *alerting_secrets(ctx),
            *(field_secrets(ctx) if named else ())]  # fmt: skip


def kept(text: str, out: list[Span]) -> list[Span]:
    """The findings less machine text's look-alikes (push tokens, DPAPI blobs) and public
    values, with every repeat of what is left."""
    out = drop_config_references(text, drop_machine_decoys(text, out))
    return drop_public(text, out + repeated(text, out), PREFIXES) if out else out
