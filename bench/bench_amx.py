"""Tokens/s of the packaged model with ggml's extra CPU buffer types on and off (AMX workaround).

Run: ``python bench/bench_amx.py [--reps 5]`` (writes bench/results/amx.md).

Each setting runs in its own child process, because with extra buffers on, a build with
AMX kernels dies with SIGILL on a CPU with AMX (see providers/llamacpp/.../_cpu.py): a crash
is a result here, not an error. Each child loads SmolLM2-135M-Instruct (Q4_1) with one
thread and measures, best of ``--reps``:
- prompt processing: one batch of a ~200-token prompt (matrix-matrix kernels, where AMX
  would help), tokens per CPU-second and per wall second;
- generation: 64 tokens one at a time after a short prompt (matrix-vector kernels).
CPU time (``time.process_time``) is reported beside wall time because the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "amx.md"
PROMPT = " ".join(["The service fails over to the next vendor when the first one is down."] * 14)


NOTES = [
    "Each setting runs in its own child process (a crash is a result). Rows: *false* is the",
    'default on a build with AMX kernels (`extra_buffers = "auto"` turns them off there);',
    "*true* is llama.cpp's own default, which crashes with `SIGILL` on the 200-token prompt",
    "on a CPU with AMX. Its *2-token prompt* row shows why the AMX path is not a faster",
    "alternative for short prompts: its generation figure is far above what this model's",
    "weights can be read from memory at, and a direct check (same 4 tokens, same model) gave",
    "a different next token than the plain kernels: it is not computing the full product.",
    "The development machine is shared: compare the CPU-time columns.",
    "",
    "The load check (`load_check`, on for model files a user brings) costs one extra load in",
    "a child process once per machine and file (on a loaded 2-core machine, `provider.load()`",
    "of the packaged model took 1.1-1.7 s without it and 6-9 s wall with it the first time:",
    "the child's ~0.7 s of imports, its own load and a few tokens, waiting for a CPU); later",
    "processes find its marker and skip it.",
]


def child(extra_buffers: bool, reps: int, prompt_text: str) -> dict[str, float]:
    from llmgate_llamacpp import packaged_model_path
    from llmgate_llamacpp._llama import open_llama

    options = {
        "n_ctx": 1024,
        "n_threads": 1,
        "n_threads_batch": 1,
        "verbose": False,
        "extra_buffers": extra_buffers,
    }
    llm = open_llama(packaged_model_path("smollm2-135m-instruct"), options)
    prompt = llm.tokenize(prompt_text.encode(), add_bos=True)
    best: dict[str, float] = {}
    for _ in range(reps):
        llm.reset()
        w, c = time.perf_counter(), time.process_time()
        llm.eval(prompt)
        w, c = time.perf_counter() - w, time.process_time() - c
        best["pp_wall"] = max(best.get("pp_wall", 0.0), len(prompt) / w)
        best["pp_cpu"] = max(best.get("pp_cpu", 0.0), len(prompt) / c)
        llm.reset()
        llm.eval(llm.tokenize(b"Hello", add_bos=True))
        # One token per decode, as generation runs (which token does not change the cost).
        w, c = time.perf_counter(), time.process_time()
        for token in (prompt * 2)[:64]:
            llm.eval([token])
        w, c = time.perf_counter() - w, time.process_time() - c
        best["tg_wall"] = max(best.get("tg_wall", 0.0), 64 / w)
        best["tg_cpu"] = max(best.get("tg_cpu", 0.0), 64 / c)
    best["prompt_tokens"] = float(len(prompt))
    return best


def run_side(extra_buffers: bool, reps: int, prompt: str) -> dict[str, float] | str:
    code = (
        f"import json, sys; sys.path.insert(0, {str(HERE)!r}); import bench_amx; "
        f"print(json.dumps(bench_amx.child({extra_buffers!r}, {reps}, {prompt!r})))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode < 0:
        import signal

        return f"crashed ({signal.Signals(-done.returncode).name})"
    if done.returncode != 0:
        return f"failed: {done.stderr.strip().splitlines()[-1:]}"
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    import llama_cpp

    info = llama_cpp.llama_print_system_info().decode()
    flags = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    cpu_amx = " amx_tile " in flags.replace("\n", " ")
    lines = [
        "# Extra CPU buffer types on and off (the AMX workaround)",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with `python bench/bench_amx.py "
        f"--reps {args.reps}`.",
        f"Machine: {platform.machine()}, CPU with AMX: {'yes' if cpu_amx else 'no'}; "
        f"llama-cpp-python {llama_cpp.__version__}; build: `{info.strip()}`.",
        "Model: smollm2-135m-instruct (Q4_1), one thread, best of the repetitions.",
        "",
        "| extra_buffers | prompt tokens/s (CPU) | prompt tokens/s (wall) "
        "| generation tokens/s (CPU) | generation tokens/s (wall) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for setting in (False, True):
        got = run_side(setting, args.reps, PROMPT)
        if isinstance(got, str):
            lines.append(f"| {str(setting).lower()} | {got} | | | |")
            short = run_side(setting, args.reps, "Hi")
            if not isinstance(short, str):
                lines.append(
                    f"| {str(setting).lower()}, 2-token prompt | {short['pp_cpu']:.0f} | "
                    f"{short['pp_wall']:.0f} | {short['tg_cpu']:.1f} | {short['tg_wall']:.1f} |"
                )
            continue
        lines.append(
            f"| {str(setting).lower()} | {got['pp_cpu']:.0f} | {got['pp_wall']:.0f} | "
            f"{got['tg_cpu']:.1f} | {got['tg_wall']:.1f} |"
        )
    lines += ["", *NOTES]
    text = "\n".join(lines) + "\n"
    RESULTS.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
