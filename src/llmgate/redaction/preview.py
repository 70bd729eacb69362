"""A human-readable report of what redaction would mask (``llmgate redact FILE``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from llmgate.redaction.redactor import Redactor

__all__ = ["preview"]


def _hint(value: str, kind: str) -> str:
    """Enough of a value for a person to recognise it, not enough to leak it."""
    flat = " ".join(value.split())
    if kind == "SECRET" or len(flat) < 8:
        return f"{flat[:2]}… ({len(value)} chars)" if len(flat) > 2 else f"({len(value)} chars)"
    return f"{flat[:3]}…{flat[-2:]} ({len(value)} chars)"


def preview(
    text: str, entities: Iterable[str] | None = None, *, redactor: Redactor | None = None
) -> str:
    """Describe each finding (type, line:column, placeholder) and show the masked text.
    ``redactor`` previews a configured one (its detectors, its PERSON model setting);
    otherwise ``Redactor(entities)``.

    ::

        print(preview(open("ticket.txt").read()))
    """
    red = Redactor(entities) if redactor is None else redactor
    masked = red.redact(text)
    spans = red.detect(text)
    if not spans:
        return "No entities found; the text would be sent unchanged.\n"
    counts = Counter(s.type for s in spans)
    summary = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
    lines = [f"{len(spans)} entities found ({summary})", ""]
    width = max(len(s.type) for s in spans)
    for start, end, kind in spans:
        line = text.count("\n", 0, start) + 1
        col = start - (text.rfind("\n", 0, start) + 1) + 1
        placeholder = masked.vault.issue(kind, text[start:end])  # already issued: same one
        hint = _hint(text[start:end], kind)
        lines.append(f"  {line:>4}:{col:<4} {kind:<{width}}  {placeholder:<18} {hint}")
    lines += ["", "Masked text:", "", masked.text]
    return "\n".join(lines) + ("\n" if not masked.text.endswith("\n") else "")
