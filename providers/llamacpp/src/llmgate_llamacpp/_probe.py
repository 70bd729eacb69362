"""Load a model once in a child process first, so a native crash cannot kill the caller.

llama.cpp is C++: a model file that is corrupt inside, an architecture the build half
supports, or a kernel that uses an instruction the CPU refuses (the AMX defect in
:mod:`llmgate_llamacpp._cpu`) ends in ``SIGSEGV``, ``SIGABRT`` or ``SIGILL``, and a signal
is not an exception: it takes the whole interpreter down, with the user's other work in it.
Python cannot catch that in-process, so before the first load of a file in a process the
engine loads it in a throw-away child with the very same options and decodes a few tokens
(prompt processing and single-token generation take different kernels). A child that dies
becomes a :class:`ProbeFailed` naming the signal; the caller turns it into a ``ConfigError``.

A file that passed is remembered (by path, size, modification time, options, the
llama.cpp build and the CPU) for the life of the process and in a marker file under the
user's cache directory, so the check costs one extra load (~1 s of CPU for the packaged
model: the child's imports, the load, a few tokens) once per machine, not per process.
The child uses a small context: the KV cache size does not change what can crash.
``load_check = "off"`` skips it; ``"auto"`` (the default) skips it for the packaged model
with ``extra_buffers = "auto"``, a file llmgate ships and a setting it chose for this build.

Run as ``python -m llmgate_llamacpp._probe`` with a JSON request on stdin (the child side).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

__all__ = ["ProbeFailed", "probe_load"]

PROBE_TIMEOUT_S: Final = 300.0
_EXIT_REFUSED: Final = 3  # the child's llama.cpp refused the file with an ordinary error

_PROBE_N_CTX: Final = 256
_passed: set[str] = set()
_lock = threading.Lock()

_HINTS: Final = {
    "SIGILL": (
        "llama.cpp ran an instruction this CPU refuses; set extra_buffers = false, or "
        "rebuild llama-cpp-python for this CPU"
    ),
    "SIGSEGV": "the file is corrupt inside, or its architecture is not supported by this build",
    "SIGABRT": "llama.cpp failed an internal check: the file is corrupt or not supported",
    "SIGBUS": "the file changed or was truncated while it was being read",
    "SIGKILL": "the check process was killed, most likely for lack of memory",
}


_ADAPTER_MARK: Final = "llmgate-probe: adapter "  # the child's progress line on stderr


class ProbeFailed(Exception):
    """The child could not load or run the model; the message says how it ended.

    ``adapter`` is the index of the adapter file the child was loading or running when it
    died, or ``None`` when it died on the base model alone.
    """

    def __init__(self, message: str, adapter: int | None = None) -> None:
        super().__init__(message)
        self.adapter = adapter


def probe_load(
    path: Path,
    options: dict[str, Any],
    adapters: Sequence[Path] = (),
    timeout_s: float = PROBE_TIMEOUT_S,
) -> None:
    """Load ``path`` with ``options`` in a child process; raise :class:`ProbeFailed` if it dies.

    ``options`` are the keyword arguments of ``_llama.Llama`` (JSON-serializable).
    ``adapters`` are LoRA files the child loads too, decoding with each of them set.
    """
    options = {**options, "n_ctx": min(int(options.get("n_ctx") or _PROBE_N_CTX), _PROBE_N_CTX)}
    key = _key(path, options, adapters)
    with _lock:
        if key in _passed or _marker(key).is_file():
            return
    request = json.dumps(
        {"path": str(path), "options": options, "adapters": [str(a) for a in adapters]}
    )
    env = dict(os.environ)
    # The child must import exactly what this process imports, even from a changed sys.path.
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "llmgate_llamacpp._probe"],
            input=request.encode(),
            capture_output=True,
            timeout=timeout_s,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ProbeFailed(
            f"loading the model did not finish within {timeout_s:.0f} s in the check process "
            '(set load_check = "off" to load it without the check)'
        ) from None
    if done.returncode < 0:
        name = _signal_name(-done.returncode)
        culprit = _culprit(done.stderr)
        what = "the model" if culprit is None else f"the LoRA adapter {adapters[culprit]}"
        hint = _HINTS.get(name, "the file or this llama.cpp build is not usable here")
        raise ProbeFailed(
            f"llama.cpp crashed with {name} while loading and running {what} in a check "
            f"process (this process was not affected): {hint}{_tail(done.stderr)}",
            culprit,
        )
    if done.returncode == _EXIT_REFUSED:
        # llama.cpp refused the file with an ordinary error, which it will do in this process
        # too, safely: let the caller's own load report it in its own words.
        return
    if done.returncode != 0:
        raise ProbeFailed(
            f"the check process exited with status {done.returncode}{_tail(done.stderr)}"
        )
    with _lock:
        _passed.add(key)
    with contextlib.suppress(OSError):  # no cache directory: the check runs again next time
        _marker(key).parent.mkdir(parents=True, exist_ok=True)
        _marker(key).touch()


def _key(path: Path, options: dict[str, Any], adapters: Sequence[Path] = ()) -> str:
    """What the check's verdict depends on: the files, the options, the build, the CPU."""
    import llama_cpp

    cpu = ""
    with contextlib.suppress(OSError):
        cpu = " ".join(
            line
            for line in Path("/proc/cpuinfo").read_text().splitlines()[:30]
            if line.startswith(("model name", "flags"))
        )
    parts = [
        *(_file_key(p) for p in (path, *adapters)),
        json.dumps(options, sort_keys=True),
        llama_cpp.__version__,
        llama_cpp.llama_print_system_info().decode("utf-8", "replace"),
        cpu,
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _file_key(path: Path) -> str:
    stat = path.stat()
    return f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}"


def _marker(key: str) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "llmgate" / "load-checks" / key


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _culprit(stderr: bytes) -> int | None:
    """The adapter the child last said it was on, if any (see :func:`_child`)."""
    marks = [
        line for line in stderr.decode("utf-8", "replace").splitlines() if _ADAPTER_MARK in line
    ]
    return int(marks[-1].rsplit(" ", 1)[1]) if marks else None


def _tail(stderr: bytes, lines: int = 3) -> str:
    """The last lines the child printed (a ``GGML_ASSERT`` message, say), if any."""
    text = stderr.decode("utf-8", "replace")
    kept = [line for line in text.strip().splitlines() if _ADAPTER_MARK not in line]
    if not kept:
        return ""
    return " (last output: " + " / ".join(kept[-lines:]) + ")"


def _child() -> int:
    """The child side: load, decode a prompt and one more token (then each adapter), report.

    Before each adapter it says which on stderr, so a crash names the file that caused it.
    """
    request = json.loads(sys.stdin.read())
    from llmgate.errors import ConfigError
    from llmgate_llamacpp._adapters import Adapter, AdapterSet
    from llmgate_llamacpp._llama import open_llama

    try:
        llm = open_llama(Path(request["path"]), request["options"])
    except ValueError:
        return _EXIT_REFUSED
    tokens = llm.tokenize(b"Hello, how are you today?", add_bos=True)
    llm.eval(tokens)  # a batch: the matrix-matrix kernels
    llm.eval([llm.token_eos()])  # one token: the matrix-vector kernels
    for index, file in enumerate(request.get("adapters", [])):
        print(f"{_ADAPTER_MARK}{index}", file=sys.stderr, flush=True)
        adapter = Adapter(file, Path(file), 1.0, file)
        try:
            lora = AdapterSet(llm, {file: adapter})  # the very code the engine uses
        except ConfigError:  # refused with an ordinary error: the caller's load says why
            return _EXIT_REFUSED
        lora.use(adapter)  # (which also clears the KV cache)
        llm.eval(tokens)
        llm.eval([llm.token_eos()])
        lora.use(None)
    llm.close()
    return 0


if __name__ == "__main__":
    sys.exit(_child())
