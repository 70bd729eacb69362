"""The provider on the real packaged model: chat, stream, async, concurrency, cancellation."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace

import pytest
from llama_cpp.llama_chat_format import Jinja2ChatFormatter
from llmgate_llamacpp import LlamaCppProvider, LlamaCppSettings

from llmgate import errors
from llmgate.errors import NotFoundError
from llmgate.provider import ChatRequest, Completion, StreamEvent

from .conftest import MODEL, request, until

QUESTION = "What is the capital of France?"
STORY = "Write a very long story about a dragon who learns to bake bread."


def expected_prompt_tokens(provider: LlamaCppProvider, req: ChatRequest) -> int:
    """The prompt as the GGUF's own template renders it, tokenized by the model itself."""
    llm = provider.engine()._contexts[0]
    formatter = Jinja2ChatFormatter(
        template=llm.metadata["tokenizer.chat_template"],
        eos_token=llm._model.token_get_text(llm.token_eos()),
        bos_token=llm._model.token_get_text(llm.token_bos()),
    )
    rendered = formatter(messages=[{"role": m.role, "content": m.text()} for m in req.messages])
    tokens = llm.tokenize(
        rendered.prompt.encode("utf-8"), add_bos=not rendered.added_special, special=True
    )
    return len(tokens)


async def collect(provider: LlamaCppProvider, req: ChatRequest) -> list[StreamEvent]:
    return [event async for event in provider.stream(req)]


async def test_chat_answers_with_usage_from_the_models_tokenizer(
    provider: LlamaCppProvider,
) -> None:
    req = request(QUESTION, max_tokens=10)
    done = await provider.complete(req)
    assert done.text.strip()
    assert done.model == MODEL
    assert done.usage.input_tokens == expected_prompt_tokens(provider, req)
    assert done.finish_reason == "length"
    assert done.usage.output_tokens == 10
    assert done.busy_s is not None and done.busy_s > 0


async def test_an_answer_that_ends_on_its_own_counts_its_tokens_exactly(
    provider: LlamaCppProvider,
) -> None:
    req = request("Reply with the single word: yes", max_tokens=40)
    done = await provider.complete(req)
    assert done.finish_reason == "stop"
    llm = provider.engine()._contexts[0]
    assert done.usage.output_tokens == len(llm.tokenize(done.text.encode(), add_bos=False))
    events = await collect(provider, req)
    assert events[-1].usage == done.usage
    assert events[-1].finish_reason == "stop"


async def test_stream_joined_equals_chat_and_reports_the_same_usage(
    provider: LlamaCppProvider,
) -> None:
    req = request(QUESTION, max_tokens=16)
    done = await provider.complete(req)
    events = await collect(provider, req)
    assert len([e for e in events if e.text]) > 3, "streamed token by token"
    assert "".join(e.text for e in events) == done.text
    last = events[-1]
    assert last.usage == done.usage
    assert last.finish_reason == done.finish_reason
    assert last.model == MODEL
    assert last.busy_s is not None and last.busy_s > 0
    assert all(e.usage is None for e in events[:-1])


async def test_a_stop_sequence_ends_the_answer_before_it(provider: LlamaCppProvider) -> None:
    full = await provider.complete(request(QUESTION, max_tokens=16))
    word = full.text.split()[2]
    cut = await provider.complete(request(QUESTION, max_tokens=16, stop=[word]))
    assert cut.finish_reason == "stop"
    assert word not in cut.text
    assert full.text.startswith(cut.text)
    streamed = await collect(provider, request(QUESTION, max_tokens=16, stop=[word]))
    assert "".join(e.text for e in streamed) == cut.text


async def test_the_event_loop_keeps_running_while_the_model_works(
    provider: LlamaCppProvider,
) -> None:
    ticks = 0
    stop = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            await asyncio.sleep(0.005)

    task = asyncio.create_task(ticker())
    await provider.complete(request(STORY, max_tokens=16))
    stop.set()
    await task
    assert ticks >= 5


async def test_eight_concurrent_tasks_get_the_sequential_answers(
    provider: LlamaCppProvider,
) -> None:
    distinct = [f"What is {n} plus {n}?" for n in range(4)]
    answers = {q: (await provider.complete(request(q, max_tokens=8))).text for q in distinct}

    async def via_stream(q: str) -> str:
        return "".join(e.text for e in await collect(provider, request(q, max_tokens=8)))

    async def via_chat(q: str) -> str:
        return (await provider.complete(request(q, max_tokens=8))).text

    questions = distinct * 2
    calls = [via_stream(q) if i % 2 else via_chat(q) for i, q in enumerate(questions)]
    assert list(await asyncio.gather(*calls)) == [answers[q] for q in questions]


def test_eight_concurrent_threads_each_with_its_own_loop(provider: LlamaCppProvider) -> None:
    distinct = [f"Name a color that starts with the letter {c}." for c in "ABCD"]
    answers = {q: asyncio.run(provider.complete(request(q, max_tokens=8))).text for q in distinct}
    questions = distinct * 2
    results: dict[int, Completion] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(len(questions))

    def worker(i: int) -> None:
        try:
            start.wait()
            results[i] = asyncio.run(provider.complete(request(questions[i], max_tokens=8)))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(questions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert [results[i].text for i in range(len(questions))] == [answers[q] for q in questions]


async def test_closing_a_stream_stops_generation_within_a_token(
    provider: LlamaCppProvider,
) -> None:
    engine = provider.engine()
    before = engine.tokens_sampled
    received = 0
    events = provider.stream(request(STORY, max_tokens=200))
    async for event in events:
        received += bool(event.text)
        if received == 3:
            break
    await events.aclose()  # type: ignore[attr-defined]
    assert engine.tokens_sampled - before <= received + 2
    again = await provider.complete(request(QUESTION, max_tokens=10))
    assert again.text == (await provider.complete(request(QUESTION, max_tokens=10))).text


async def test_cancelling_the_streaming_task_stops_generation_and_frees_the_model(
    provider: LlamaCppProvider,
) -> None:
    engine = provider.engine()
    before = engine.tokens_sampled
    received = 0

    async def consume() -> None:
        nonlocal received
        async for event in provider.stream(request(STORY, max_tokens=200)):
            received += bool(event.text)

    task = asyncio.create_task(consume())
    assert await until(lambda: received >= 3)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await until(lambda: engine._contexts[0].call is None)
    assert engine.tokens_sampled - before <= received + 2
    done = await asyncio.wait_for(provider.complete(request(QUESTION, max_tokens=4)), 30)
    assert done.usage.output_tokens == 4


async def test_cancelling_a_chat_call_stops_generation_and_frees_the_model(
    provider: LlamaCppProvider,
) -> None:
    engine = provider.engine()
    llm = engine._contexts[0]
    before = engine.tokens_sampled
    task = asyncio.create_task(provider.complete(request(STORY, max_tokens=200)))
    assert await until(lambda: llm.call is not None and llm.call.sampled >= 3)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    seen = llm.call.sampled if llm.call is not None else 0
    assert await until(lambda: llm.call is None)
    assert engine.tokens_sampled - before <= max(seen, 3) + 2
    done = await asyncio.wait_for(provider.complete(request(QUESTION, max_tokens=4)), 30)
    assert done.usage.output_tokens == 4


async def test_a_model_name_it_does_not_serve_is_not_found(provider: LlamaCppProvider) -> None:
    req = ChatRequest(model="llama-3-70b", messages=request("Hi").messages)
    with pytest.raises(NotFoundError, match="smollm2-135m-instruct"):
        await provider.complete(req)
    with pytest.raises(NotFoundError):
        await collect(provider, req)


def test_context_window_is_n_ctx_and_trust_is_local(provider: LlamaCppProvider) -> None:
    assert provider.context_window(MODEL) == 2048
    assert provider.trust == "local"
    assert provider.capabilities.tools is True and provider.capabilities.embeddings is True
    assert provider.capabilities.streaming is True


async def test_the_attempts_timeout_cuts_generation_and_frees_the_model(
    provider: LlamaCppProvider,
) -> None:
    engine = provider.engine()
    slow = replace(request(STORY, max_tokens=2000), timeout_s=0.3)
    start = engine.tokens_sampled
    with pytest.raises(errors.TimeoutError, match=r"0\.3 s"):
        await provider.complete(slow)
    with pytest.raises(errors.TimeoutError):
        await collect(provider, slow)
    assert await until(lambda: engine._contexts[0].call is None)
    assert engine.tokens_sampled - start < 200, "both calls stopped long before max_tokens"
    done = await provider.complete(request(QUESTION, max_tokens=4))
    assert done.usage.output_tokens == 4


async def test_a_pool_of_two_contexts_serves_two_calls_at_once() -> None:
    pooled = LlamaCppProvider("pooled", LlamaCppSettings(model=MODEL, seed=7, n_parallel=2))
    try:
        questions = [f"Spell the word {w}." for w in ("cat", "dog")] * 2
        alone = [(await pooled.complete(request(q, max_tokens=6))).text for q in questions[:2]]
        engine = pooled.engine()
        both_busy = False

        async def watch() -> None:
            nonlocal both_busy
            while not both_busy:
                both_busy = all(llm.call is not None for llm in engine._contexts)
                await asyncio.sleep(0.001)

        watcher = asyncio.create_task(watch())
        got = await asyncio.gather(*(pooled.complete(request(q, max_tokens=6)) for q in questions))
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        assert [d.text for d in got] == alone * 2
        assert both_busy, "two calls ran side by side"
    finally:
        await pooled.aclose()
