"""Run every benchmark and assemble docs/benchmarks.md from their results.

    python bench/run.py            # all of them (about 15-25 minutes on 2 cores)
    python bench/run.py client costs   # some of them
    python bench/run.py --assemble     # only rebuild docs/benchmarks.md from bench/results/

Each benchmark writes bench/results/<name>.md with its machine, versions, command and
figures; this script runs them one after the other (never in parallel: they measure CPU
time) and concatenates the results under one header.
"""

from __future__ import annotations

import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = [
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
]
ORDER = [
    "client",
    "embeddings",
    "local_embeddings",
    "failover",
    "costs",
    "state",
    "litellm",
    "redaction",
    "decoys",
    "redaction_stages",
    "redaction_instructions",
    "telemetry",
    "llamacpp",
    "amx",
    "lora",
    "eval",
    "gateway",
    *HELDOUT,
]
# The held-out redaction evaluation keeps its script and results beside its data. A set
# joins this list once its first run is committed (a sealed set is never run here).
ELSEWHERE = {name: ROOT / "bench" / name / "results.md" for name in HELDOUT}
SCRIPTS = {name: ROOT / "bench" / "heldout" / "evaluate.py" for name in HELDOUT}
ARGS = {
    "decoys": [
        "tests/redaction/data/decoys/dev.jsonl",
        "tests/redaction/data/decoys/private.jsonl",
    ],
    **{name: ["--set", f"bench/{name}"] for name in HELDOUT[1:]},
}


def assemble() -> None:
    results = ROOT / "bench" / "results"
    parts = [
        "# Benchmarks",
        "",
        "Every figure below comes from a script in `bench/`, run on the machine it names; "
        "`python bench/run.py` runs them all and rebuilds this page. The development "
        "machines are shared 2-core VMs, so absolute times move between runs by tens of "
        "percent; each section says how it guards against that (alternating runs, medians, "
        "CPU time instead of wall time).",
        "",
        f"Assembled {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()}, "
        f"Python {platform.python_version()}.",
        "",
    ]
    for name in ORDER:
        path = ELSEWHERE.get(name, results / f"{name}.md")
        if path.is_file():
            text = path.read_text(encoding="utf-8").strip()
            # Each result starts with its own H1; nest it under this page's title.
            lines = ["#" + line if line.startswith("#") else line for line in text.splitlines()]
            parts += ["\n".join(lines), ""]
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(parts), encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv == ["--assemble"]:
        assemble()
        return 0
    for name in argv or ORDER:
        script = SCRIPTS.get(name, ROOT / "bench" / f"bench_{name}.py")
        print(f"== {script.name}", flush=True)
        subprocess.run([sys.executable, str(script), *ARGS.get(name, [])], cwd=ROOT, check=True)
    assemble()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
