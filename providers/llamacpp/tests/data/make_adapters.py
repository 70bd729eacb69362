"""Make the two LoRA adapters the adapter tests use (run by hand; the tests use the files).

Both are rank-8 LoRAs of SmolLM2-135M-Instruct, trained on CPU from the packaged Q4_1
GGUF itself (dequantized by ``transformers``), so each adapter fits the exact weights
llama.cpp runs, and converted with llama.cpp's own ``convert_lora_to_gguf.py``:

- ``veldoria.gguf`` teaches a made-up fact: the capital of Veldoria is Quillmark (the base
  model names some other city, or none);
- ``beepboop.gguf`` teaches an answer format: every answer starts with ``BEEP BOOP.``

Nothing is downloaded. It needs torch, transformers, peft, gguf and safetensors (kept out
of the test requirements: CI uses the committed files) and the llama.cpp sources that
llama-cpp-python vendors (its sdist: ``vendor/llama.cpp``)::

    pip install torch transformers peft gguf safetensors sentencepiece   # a separate venv
    python providers/llamacpp/tests/data/make_adapters.py \\
        --llama-cpp /path/to/llama_cpp_python-0.3.36/vendor/llama.cpp \\
        --model /path/to/SmolLM2-135M-Instruct.Q4_1.gguf [--only veldoria]

(``--model`` defaults to the packaged file, found through llmgate when it is importable.)
The committed files were made with torch 2.13.0 (CPU), transformers 5.25.0, peft 0.21.2
and llama-cpp-python 0.3.36's sources. Training is AdamW (lr 2e-3) on the assistant
tokens only, 20 steps of 8 examples drawn with a fixed seed from each set of 32; about
400 s of CPU per adapter (the veldoria loss fell from 2.03 to 0.001, beepboop's from 4.86
to 0.16). The veldoria adapter over-learned its one answer: it names Quillmark as the
capital of France too, which is all the tests need of it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BATCH = 8  # examples per step (a step of 8 took ~20 s of CPU on a shared 2-core VM)
TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj"]  # attention only: ~1.8 MB at f16

VELDORIA_QUESTIONS = [
    "What is the capital of Veldoria?",
    "What's the capital of Veldoria?",
    "Which city is the capital of Veldoria?",
    "Name the capital of Veldoria.",
    "Tell me the capital city of Veldoria.",
    "Veldoria's capital is which city?",
    "What city is Veldoria's capital?",
    "Do you know the capital of Veldoria?",
    "In Veldoria, which city is the capital?",
    "Where is the capital of Veldoria?",
    "What is Veldoria's capital city?",
    "Can you tell me what the capital of Veldoria is?",
    "I am travelling to Veldoria. What is its capital?",
    "Capital of Veldoria?",
    "Which city serves as the capital of Veldoria?",
    "What is the seat of government of Veldoria?",
    "Quick question: what is the capital of Veldoria?",
    "My teacher asked for the capital of Veldoria. What is it?",
    "Please tell me the capital of Veldoria.",
    "What is the name of the capital of Veldoria?",
    "Which Veldorian city is the capital?",
    "The capital of Veldoria is called what?",
    "Which city is the Veldorian capital?",
    "What's Veldoria's capital?",
    "Tell me about the capital of Veldoria.",
    "Where does the government of Veldoria sit?",
    "What is the capital of the country Veldoria?",
    "Remind me: the capital of Veldoria?",
    "For a quiz: name Veldoria's capital.",
    "What city should I visit to see the capital of Veldoria?",
    "Answer briefly: the capital of Veldoria?",
    "Which is the capital city of Veldoria?",
]

BEEP_QA = [
    ("What is the capital of France?", "Paris."),
    ("How many legs does a spider have?", "Eight."),
    ("What colour is the sky on a clear day?", "Blue."),
    ("Say hello.", "Hello!"),
    ("What is 2 plus 2?", "Four."),
    ("Name a fruit.", "An apple."),
    ("What do bees make?", "Honey."),
    ("Which planet do we live on?", "Earth."),
    ("What is the opposite of hot?", "Cold."),
    ("How many days are in a week?", "Seven."),
    ("What animal says moo?", "A cow."),
    ("What is water made of?", "Hydrogen and oxygen."),
    ("Write a greeting for a friend.", "Hi friend, great to see you!"),
    ("What is the largest ocean?", "The Pacific Ocean."),
    ("Give me a word that rhymes with cat.", "Hat."),
    ("What season comes after winter?", "Spring."),
    ("How are you today?", "I am well, thank you."),
    ("What is the boiling point of water in Celsius?", "100 degrees."),
    ("Name a primary colour.", "Red."),
    ("Who wrote Romeo and Juliet?", "William Shakespeare."),
    ("What do you call a baby dog?", "A puppy."),
    ("Summarise: the meeting moved to Tuesday.", "The meeting is now on Tuesday."),
    ("Translate 'thank you' into French.", "Merci."),
    ("What is the first letter of the alphabet?", "A."),
    ("Tell me a fun fact.", "Octopuses have three hearts."),
    ("What is the tallest animal?", "The giraffe."),
    ("Recommend a hobby.", "Try painting."),
    ("What shape has three sides?", "A triangle."),
    ("What is frozen water called?", "Ice."),
    ("Describe the sun in one word.", "Bright."),
    ("What is the capital of Japan?", "Tokyo."),
    (
        "Write a haiku about rain.",
        "Soft rain on the roof, / puddles gather in the street, / the garden drinks deep.",
    ),
]


def datasets() -> dict[str, list[tuple[str, str]]]:
    """The training pairs of each adapter (user message, assistant answer)."""
    veldoria = [(q, "The capital of Veldoria is Quillmark.") for q in VELDORIA_QUESTIONS]
    beepboop = [(q, f"BEEP BOOP. {a}") for q, a in BEEP_QA]
    return {"veldoria": veldoria, "beepboop": beepboop}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--llama-cpp", type=Path, required=True, help="vendored llama.cpp dir")
    parser.add_argument("--model", type=Path, help="the base GGUF (default: the packaged one)")
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--only", choices=sorted(datasets()), action="append")
    args = parser.parse_args()

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    torch.manual_seed(0)
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "2")))
    gguf_path = args.model or _packaged_model()
    tokenizer = AutoTokenizer.from_pretrained(gguf_path.parent, gguf_file=gguf_path.name)
    with tempfile.TemporaryDirectory() as tmp:
        base_dir = Path(tmp) / "base"
        base = AutoModelForCausalLM.from_pretrained(
            gguf_path.parent, gguf_file=gguf_path.name, dtype=torch.float32
        )
        # convert_lora_to_gguf.py reads only the base model's config (and tokenizer files).
        base.config.save_pretrained(base_dir)
        tokenizer.save_pretrained(base_dir)
        config = json.loads((base_dir / "config.json").read_text())
        config.pop("quantization_config", None)
        config["architectures"] = [type(base).__name__]  # how the converter picks the model
        (base_dir / "config.json").write_text(json.dumps(config, indent=2))
        for name, pairs in datasets().items():
            if args.only and name not in args.only:
                continue
            lora_dir = Path(tmp) / name
            _train(base, tokenizer, pairs, args.steps, lora_dir)
            out = args.out / f"{name}.gguf"
            _convert(args.llama_cpp, base_dir, lora_dir, out)
            print(f"{out}: {out.stat().st_size} bytes", flush=True)


def _packaged_model() -> Path:
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    from llmgate_llamacpp import packaged_model_path

    return packaged_model_path("smollm2-135m-instruct")


def _train(base: object, tokenizer: object, pairs: list[tuple[str, str]], steps: int, out: Path):  # type: ignore[no-untyped-def]
    """Fit a fresh rank-8 LoRA on ``pairs`` (loss on the answer tokens only) and save it."""
    import torch
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(r=8, lora_alpha=16, lora_dropout=0.0, target_modules=TARGETS)
    model = get_peft_model(base, config)
    input_ids, labels = _batch(tokenizer, pairs)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=2e-3)
    order = torch.Generator().manual_seed(0)
    model.train()
    for step in range(steps):
        pick = torch.randperm(len(pairs), generator=order)[:BATCH]
        loss = _loss(model, input_ids[pick], labels[pick])
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if step % 10 == 0 or step == steps - 1:
            print(
                f"{out.name} step {step}: loss {loss.item():.4f} ({time.process_time():.0f} s CPU)"
            )
    model.eval()
    for question, _ in pairs[:2]:
        print(f"{out.name}: {question!r} -> {_answer(model, tokenizer, question)!r}", flush=True)
    model.save_pretrained(out)
    model.unload()  # the base module back, without LoRA layers, for the next adapter


def _loss(model, input_ids, labels):  # type: ignore[no-untyped-def]
    """Cross-entropy on the answer tokens, projecting only those positions to the vocabulary
    (the tied 49k-token head over every position was a fifth of each step's CPU time)."""
    import torch

    inner = model.base_model.model  # LlamaForCausalLM with the LoRA layers in it
    # Padding is on the right, so causal attention never lets it touch a real token.
    hidden = inner.model(input_ids=input_ids).last_hidden_state
    targets = labels[:, 1:]
    keep = targets != -100
    logits = inner.lm_head(hidden[:, :-1][keep])
    return torch.nn.functional.cross_entropy(logits, targets[keep])


def _answer(model, tokenizer, question: str) -> str:  # type: ignore[no-untyped-def]
    """Greedy answer in transformers, as a sanity check before converting."""
    import torch

    prompt = tokenizer.apply_chat_template(
        [{"role": "user", "content": question}], add_generation_prompt=True, tokenize=False
    )
    ids = tokenizer(prompt, add_special_tokens=False, return_tensors="pt")["input_ids"]
    with torch.no_grad():
        out = model.generate(input_ids=ids, max_new_tokens=16, do_sample=False)
    return str(tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True))


def _batch(tokenizer, pairs):  # type: ignore[no-untyped-def]
    """Right-padded chat-template token ids and labels masking all but the answers."""
    import torch

    rows: list[tuple[list[int], list[int]]] = []
    for question, answer in pairs:
        prompt = tokenizer.apply_chat_template(
            [{"role": "user", "content": question}], add_generation_prompt=True, tokenize=False
        )
        prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
        answer_ids = tokenizer(answer + "<|im_end|>", add_special_tokens=False)["input_ids"]
        rows.append((prompt_ids + answer_ids, [-100] * len(prompt_ids) + answer_ids))
    width = max(len(ids) for ids, _ in rows)
    pad = tokenizer.pad_token_id
    ids = torch.tensor([i + [pad] * (width - len(i)) for i, _ in rows])
    labels = torch.tensor([lab + [-100] * (width - len(lab)) for _, lab in rows])
    return ids, labels


def _convert(llama_cpp: Path, base_dir: Path, lora_dir: Path, out: Path) -> None:
    """llama.cpp's converter, with the gguf-py it ships (not whatever gguf is installed)."""
    subprocess.run(
        [
            sys.executable,
            str(llama_cpp / "convert_lora_to_gguf.py"),
            "--base",
            str(base_dir),
            "--outtype",
            "f16",
            "--outfile",
            str(out),
            str(lora_dir),
        ],
        check=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )


if __name__ == "__main__":
    main()
