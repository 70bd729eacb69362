"""Benchmark of LoRA adapters over one base model in the llamacpp provider.

Run: ``python bench/bench_lora.py [--reps 15]`` (writes bench/results/lora.md).

Packaged model (SmolLM2-135M-Instruct Q4_1) with the two test adapters
(providers/llamacpp/tests/data/veldoria.gguf and beepboop.gguf, rank 8, f16), one context,
default threads:

1. switch: the cost of changing a context's adapter between two requests. Measured on the
   context itself: ``use(adapter)``, then a 25-token prompt and one generated token, with
   the KV cache cleared in both arms (so both evaluate the same tokens); one arm keeps the
   same adapter, the other alternates between the two. The difference is what a switch
   adds (llama.cpp rebuilds its compute graph reservation). Target under 5 ms. Also shown:
   what a switch costs an end-to-end call, where the prompt prefix cached for the previous
   adapter cannot be reused (a cost of correctness, not of the switch).
2. tokens/s: generated tokens per second of a streamed answer (first to last token), base
   vs adapter, alternating; and process CPU seconds per generated token over the same
   span (immune to other load).
   Target: adapter at least 0.9x the base.
3. memory: RSS of a fresh process with the base model alone and with 4 adapter
   files over it, after one call to each; against ``base + 4 x adapter file + 10%``. For
   contrast, 4 ``llama_cpp.Llama(lora_path=...)`` (what llama-cpp-python offers: a model
   per adapter, mmap off).
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import llama_cpp
from llmgate_llamacpp import LlamaCppProvider, LlamaCppSettings, packaged_model_path

from llmgate.provider import ChatRequest, Message

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "lora.md"
DATA = ROOT / "providers" / "llamacpp" / "tests" / "data"
ADAPTERS = {"veldoria": DATA / "veldoria.gguf", "beepboop": DATA / "beepboop.gguf"}
MODEL = "smollm2-135m-instruct"
PROMPT = "Explain in a few sentences why a service needs failover between model vendors."
SWITCH_TEXT = (
    "The meeting about the quarterly budget moved from Monday to Tuesday afternoon, "
    "and everyone on the finance team should bring their updated forecasts."
)


def provider() -> LlamaCppProvider:
    tables = {name: {"base": MODEL, "lora": str(path)} for name, path in ADAPTERS.items()}
    settings = LlamaCppSettings(model=MODEL, seed=11, adapters=tables)
    return LlamaCppProvider("local", settings)


def ask(model: str, text: str, max_tokens: int) -> ChatRequest:
    return ChatRequest(
        model=model,
        messages=(Message("user", text),),
        params={"max_tokens": max_tokens, "temperature": 0, "seed": 11},
    )


def switch_cost(p: LlamaCppProvider, reps: int) -> dict[str, Any]:
    """Same-adapter vs alternating-adapter decodes of the same tokens on one context."""
    engine = p.engine()
    llm: Any = engine._contexts[0]  # the bench reaches into the one context on purpose
    veldoria, beepboop = engine.adapter("veldoria"), engine.adapter("beepboop")
    tokens = llm.tokenize(SWITCH_TEXT.encode(), add_bos=True)[:40]

    def once(adapter: Any) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        llm.lora.use(adapter)
        llm.reset()
        llm.eval(tokens)
        llm.eval([tokens[-1]])
        return time.perf_counter() - wall, time.process_time() - cpu

    for adapter in (veldoria, beepboop, veldoria):
        once(adapter)  # warm both graphs
    same: list[tuple[float, float]] = []
    switched: list[tuple[float, float]] = []
    for rep in range(reps):
        arms = [(same, [veldoria, veldoria]), (switched, [beepboop, veldoria])]
        for out, order in arms if rep % 2 == 0 else arms[::-1]:
            for adapter in order:
                out.append(once(adapter))
    # Each "switched" sample changed the adapter; each "same" sample did not.
    use_only = []
    for _ in range(reps * 10):
        start = time.perf_counter()
        llm.lora.use(beepboop if len(use_only) % 2 else veldoria)
        use_only.append(time.perf_counter() - start)
    return {
        "tokens": len(tokens),
        "same_wall": [w for w, _ in same],
        "same_cpu": [c for _, c in same],
        "switch_wall": [w for w, _ in switched],
        "switch_cpu": [c for _, c in switched],
        "set_only_s": use_only,
    }


def call_cost(p: LlamaCppProvider, reps: int) -> dict[str, list[float]]:
    """End-to-end calls with the same prompt: one adapter in a row vs alternating."""
    engine = p.engine()
    out: dict[str, list[float]] = {"same": [], "alternating": []}
    cancel = threading.Event()
    arms = (("same", ["veldoria"] * 2), ("alternating", ["beepboop", "veldoria"]))
    for _ in range(reps):
        for arm, models in arms:
            for model in models:
                done = engine.complete(ask(model, SWITCH_TEXT, 1), cancel)
                out[arm].append(done.busy_s or 0.0)
    return out


def generation(p: LlamaCppProvider, reps: int, max_tokens: int) -> dict[str, dict[str, list]]:
    """Streamed answers: generated tokens per second and CPU seconds per generated token."""
    engine = p.engine()
    models = [MODEL, "veldoria", "beepboop"]
    out: dict[str, dict[str, list]] = {m: {"tps": [], "cpu_per_token": [], "n": []} for m in models}
    cancel = threading.Event()
    for rep in range(reps):
        for model in models if rep % 2 == 0 else models[::-1]:
            stamps: list[tuple[float, float]] = []  # (wall, process CPU) at each text chunk
            n = 0
            for event in engine.stream(ask(model, PROMPT, max_tokens), cancel):
                if event.text:
                    stamps.append((time.perf_counter(), time.process_time()))
                if event.usage is not None:
                    n = event.usage.output_tokens
            if len(stamps) > 2:  # generation only: the prompt is evaluated before the first
                steps = len(stamps) - 1
                out[model]["tps"].append(steps / (stamps[-1][0] - stamps[0][0]))
                out[model]["cpu_per_token"].append((stamps[-1][1] - stamps[0][1]) / steps)
            out[model]["n"].append(n)
    return out


_RSS_CHILD = r"""
import json, sys, threading
from pathlib import Path
mode, files, model = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
def rss():
    status = Path("/proc/self/status").read_text()
    return next(int(l.split()[1]) * 1024 for l in status.splitlines() if l.startswith("VmRSS"))
if mode == "llmgate":
    from llmgate_llamacpp import LlamaCppProvider, LlamaCppSettings
    from llmgate.provider import ChatRequest, Message
    tables = {f"a{i}": {"base": model, "lora": f} for i, f in enumerate(files)}
    engine = LlamaCppProvider("local", LlamaCppSettings(model=model, adapters=tables,
                                                        load_check="off")).engine()
    engine.load()
    loaded = rss()
    names = [model, *tables]
    def call(name):
        request = ChatRequest(model=name, messages=(Message("user", "Hi"),),
                              params={"max_tokens": 4, "temperature": 0})
        engine.complete(request, threading.Event())
    for name in names:
        call(name)
    once = rss()
    for i in range(100):  # cycle through the models: 100 more calls, each a switch
        call(names[i % len(names)] if len(names) > 1 else model)
    print(loaded, once, rss())
    sys.exit(0)
else:
    import llama_cpp
    from llmgate_llamacpp import packaged_model_path
    from llmgate_llamacpp._cpu import decide_extra_buffers
    keep = []
    for f in files:
        llm = llama_cpp.Llama(str(packaged_model_path(model)), lora_path=f, n_ctx=2048,
                              verbose=False)
        llm.create_chat_completion([{"role": "user", "content": "Hi"}], max_tokens=4)
        keep.append(llm)
    print(rss())
"""


def rss(mode: str, files: list[Path]) -> list[int]:
    """RSS of a fresh process: llmgate: once loaded, after one call to each model, after
    100 more calls cycling through them; naive: after one call to each ``Llama``."""
    done = subprocess.run(
        [sys.executable, "-c", _RSS_CHILD, mode, json.dumps([str(f) for f in files]), MODEL],
        capture_output=True,
        text=True,
        check=True,
    )
    return [int(v) for v in done.stdout.split()]


def memory(runs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(4):  # four distinct files: llama.cpp loads each
            files.append(Path(tmp) / f"adapter{i}.gguf")
            shutil.copy(list(ADAPTERS.values())[i % 2], files[-1])
        alone = [rss("llmgate", []) for _ in range(runs)]
        four = [rss("llmgate", files) for _ in range(runs)]
        (naive,) = rss("naive", files)
        adapter_bytes = files[0].stat().st_size
    return {"alone": alone, "four": four, "naive": naive, "adapter_bytes": adapter_bytes}


def mb(value: float) -> str:
    return f"{value / 1e6:.1f} MB"


def ms(value: float) -> str:
    return f"{value * 1e3:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--max-tokens", type=int, default=48)
    parser.add_argument("--rss-runs", type=int, default=3)
    args = parser.parse_args()
    p = provider()
    p.load()
    print("switch ...", file=sys.stderr)
    sw = switch_cost(p, args.reps)
    print("calls ...", file=sys.stderr)
    calls = call_cost(p, args.reps)
    print("generation ...", file=sys.stderr)
    gen = generation(p, args.reps, args.max_tokens)
    p.engine().close()
    print("memory ...", file=sys.stderr)
    mem = memory(args.rss_runs)
    write(args, sw, calls, gen, mem)
    print(RESULTS.read_text())


def write(args: Any, sw: dict, calls: dict, gen: dict, mem: dict) -> None:  # type: ignore[type-arg]
    med, best = statistics.median, min
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    lines = [
        "# LoRA adapters over one base model (llamacpp provider)",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with `python bench/bench_lora.py "
        f"--reps {args.reps} --max-tokens {args.max_tokens} --rss-runs {args.rss_runs}`.",
        f"Machine: {platform.machine()}, 2 CPUs shared with other sessions (load average "
        f"at the end {load}), Python {platform.python_version()}, llama-cpp-python "
        f"{llama_cpp.__version__} (CPU build).",
        f"Model: {MODEL} (Q4_1, {mb(packaged_model_path(MODEL).stat().st_size)}); adapters: "
        f"the test adapters veldoria and beepboop (rank 8 on q/k/v/o, f16, "
        f"{mb(mem['adapter_bytes'])} each); greedy, one context, default threads.",
        "",
        "## Switching adapters between requests (target: under 5 ms)",
        "",
        f"Same {sw['tokens']}-token prompt plus one generated token, KV cache cleared in "
        "both arms; alternating arms, best and median of "
        f"{len(sw['same_wall'])} samples each. CPU time is the process's.",
        "",
        "| arm | best wall | median wall | median CPU |",
        "| --- | --- | --- | --- |",
        f"| same adapter | {ms(best(sw['same_wall']))} | {ms(med(sw['same_wall']))} | "
        f"{ms(med(sw['same_cpu']))} |",
        f"| switched adapter | {ms(best(sw['switch_wall']))} | {ms(med(sw['switch_wall']))} | "
        f"{ms(med(sw['switch_cpu']))} |",
        f"| **switch adds** | **{ms(best(sw['switch_wall']) - best(sw['same_wall']))}** | "
        f"{ms(med(sw['switch_wall']) - med(sw['same_wall']))} | "
        f"{ms(med(sw['switch_cpu']) - med(sw['same_cpu']))} |",
        "",
        f"Setting the adapter alone (`llama_set_adapters_lora`, the cache reset): median "
        f"{med(sw['set_only_s']) * 1e6:.0f} us; the rest of a switch is llama.cpp "
        "re-reserving its compute graph on the next decode.",
        "",
        "End to end (a call with a one-token answer, busy time): the same adapter twice in a "
        f"row reuses the cached prompt, median {ms(med(calls['same']))}; alternating "
        f"adapters re-evaluates it, median {ms(med(calls['alternating']))}. That difference is "
        "the prompt's own evaluation (its keys and values depend on the adapter), not the "
        "switch; it is what any server pays to change the weights behind a KV cache.",
        "",
        "## Generation speed with an adapter (target: at least 0.9x the base)",
        "",
        f"Streamed answers to one prompt, max_tokens {args.max_tokens}, {args.reps} "
        "alternating runs per model; tokens/s and process CPU per token from the first to "
        "the last token (generation only: the adapters answer in fewer tokens than the "
        "base, so whole-call figures would mix in a different share of prompt time).",
        "",
        "| model | tokens/s best | tokens/s median | ratio (best) | CPU ms per token (median) "
        "| ratio (CPU) | tokens per answer |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    base_best = max(gen[MODEL]["tps"])
    base_cpu = med(gen[MODEL]["cpu_per_token"])
    for model, g in gen.items():
        top = max(g["tps"])
        cpu = med(g["cpu_per_token"])
        lines.append(
            f"| {model} | {top:.1f} | {med(g['tps']):.1f} | {top / base_best:.3f} | "
            f"{cpu * 1e3:.2f} | {base_cpu / cpu:.3f} | {med(g['n']):.0f} |"
        )

    def stage(runs: list[list[int]], i: int) -> float:
        return float(med([r[i] for r in runs]))

    alone, four = stage(mem["alone"], 1), stage(mem["four"], 1)
    limit = (alone + 4 * mem["adapter_bytes"]) * 1.1
    lines += [
        "",
        "## Memory: 4 adapters over one base (target: at most base + 4 x adapter + 10%)",
        "",
        f"RSS of a fresh process, median of {args.rss_runs}: once loaded; after one call to "
        "the base and to each adapter (the target's figure); after 100 more calls cycling "
        "through them, every one a switch.",
        "",
        "| setup | loaded | after one call each | after 100 switches |",
        "| --- | --- | --- | --- |",
        f"| base alone | {mb(stage(mem['alone'], 0))} | {mb(alone)} | "
        f"{mb(stage(mem['alone'], 2))} (no switch) |",
        f"| base + 4 adapters (llmgate) | {mb(stage(mem['four'], 0))} | {mb(four)} | "
        f"{mb(stage(mem['four'], 2))} |",
        f"| difference | +{mb(stage(mem['four'], 0) - stage(mem['alone'], 0))} | "
        f"+{mb(four - alone)} | +{mb(stage(mem['four'], 2) - stage(mem['alone'], 2))} |",
        f"| target: (base + 4 x adapter) x 1.1 | | {mb(limit)} | |",
        f"| 4 x `Llama(lora_path=...)`, a model per adapter | | {mb(mem['naive'])} | |",
        "",
        f"4 adapter files: {mb(4 * mem['adapter_bytes'])}. Loading adds about their size; "
        "each adapter's first use, and switching, add llama.cpp's compute-graph "
        "re-reservations (freed memory glibc keeps), which level off.",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
