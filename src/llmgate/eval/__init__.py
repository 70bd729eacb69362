"""Compare targets on quality, cost, latency and privacy with your own examples.

``client.eval(...)`` and ``llmgate eval`` run a JSONL dataset through several targets and
return an :class:`EvalReport`::

    from llmgate import Client

    with Client.from_config("llmgate.toml") as client:
        report = client.eval(
            "cases.jsonl",
            targets=["openai:gpt-4o-mini", "local:smollm2-135m-instruct"],
            scorers=[{"type": "contains"}, {"type": "judge", "route": "judge", "weight": 2}],
        )
        print(report.to_text())
        report.write_html("report.html")

The modules behind it are private; these names are the package's surface.
"""

from llmgate.eval._baseline import Change, compare
from llmgate.eval._dataset import DatasetError, Row, iter_rows
from llmgate.eval._report import EvalReport, TargetReport
from llmgate.eval._scorers import SCORERS, Check, Score

__all__ = [
    "SCORERS",
    "Change",
    "Check",
    "DatasetError",
    "EvalReport",
    "Row",
    "Score",
    "TargetReport",
    "compare",
    "iter_rows",
]
