"""Running an eval: every row through every target, through the public ``Client`` API.

The eval runs on a sibling of the caller's client (``_sibling.py``: one target per route,
no retries, no breaker), so that a failure is a result. Rows are read in chunks and
results folded into per-target accumulators at once, so memory stays flat however long
the dataset; answers are cached on disk as they arrive (``_records.py`` is their format,
``_settings.py`` what the report records of the run).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from itertools import islice
from typing import TYPE_CHECKING, Any

from llmgate import errors
from llmgate.eval._cache import AnswerCache, call_key
from llmgate.eval._dataset import Row, iter_rows
from llmgate.eval._gc import old_objects_frozen
from llmgate.eval._ledger import BufferedLedger
from llmgate.eval._records import Record, answer_record, error_record, result_of
from llmgate.eval._report import EvalReport, TargetAccumulator
from llmgate.eval._scorers import (
    JUDGE,
    Check,
    Score,
    checks_for,
    combine,
    judge_messages,
    parse_check,
    parse_judge,
    run_check,
)
from llmgate.eval._settings import DEFAULT_CONCURRENCY, limits_for, redaction_for, run_settings
from llmgate.eval._sibling import sibling

if TYPE_CHECKING:
    from llmgate._client import Client

__all__ = ["DEFAULT_CACHE_DIR", "DEFAULT_CONCURRENCY", "aevaluate"]

DEFAULT_CACHE_DIR = ".llmgate/eval-cache"
EVAL_TAG = "llmgate_eval"  # every eval call carries it, so the ledger can tell them apart
_BATCH = 64  # rows read and looked up in the cache at once
Progress = Callable[[int], None]
_Job = tuple[Row, list[Check], str, Record | None]  # a row, its checks, its key, its answer


class _Run:
    def __init__(
        self,
        client: Client,
        targets: Sequence[str],
        defaults: Sequence[Check],
        params: Mapping[str, Any],
        judge_params: Mapping[str, Any],
        limits: Mapping[str, int],
        judge_limit: int,
        cache: AnswerCache,
        progress: Progress | None,
        stream: bool = False,
        ledger: BufferedLedger | None = None,
    ) -> None:
        self.client = client
        self.stream = stream
        self.targets = list(targets)
        self.defaults = list(defaults)
        self.params = dict(params)
        self.judge_params = dict(judge_params)
        self.cache = cache
        self.progress = progress
        self.ledger = ledger
        self.limits = {t: limits[t] for t in targets}
        self.judge_limit = asyncio.Semaphore(judge_limit)
        self.grading = asyncio.Semaphore(2 * judge_limit)  # answers waiting for the judge
        self.acc = {t: TargetAccumulator(t) for t in targets}
        self.judge_cost = Decimal(0)
        self.judge_calls = 0
        self.judge_cached = 0
        self.judge_errors: dict[str, int] = {}
        self.judge_unpriced = 0
        self.digest = hashlib.sha256()
        self.rows = 0
        self.done = 0

    # -- one call --------------------------------------------------------------------------
    async def _call(
        self,
        route: str,
        messages: Sequence[Mapping[str, Any]],
        params: Mapping[str, Any],
        stream: bool = False,
        key: str | None = None,
    ) -> tuple[dict[str, Any], bool]:
        """A response as a cacheable record, and whether it came from the cache."""
        if key is None:
            key = call_key(route, messages, params, stream)
            cached = self.cache.get(key)
            if cached is not None:
                return cached, True
        ttft: float | None = None
        tags = {EVAL_TAG: route}
        try:
            if stream:
                start = time.perf_counter()
                async with self.client.astream(route, list(messages), tags=tags, **params) as s:
                    async for chunk in s:
                        if ttft is None and chunk.text:
                            ttft = time.perf_counter() - start
                r = s.response
            else:
                r = await self.client.achat(route, list(messages), tags=tags, **params)
        except errors.LLMGateError as exc:
            return error_record(exc), False
        provider = self.client.providers.get(r.provider)
        record = answer_record(r, None if provider is None else provider.trust, ttft)
        self.cache.put(key, record)
        return record, False

    async def _judge(self, check: Check, answer: str, row: Row) -> Score:
        route = str(check.options["route"])
        async with self.judge_limit:
            record, cached = await self._call(
                route, judge_messages(check, answer, row), self.judge_params
            )
        self.judge_calls += 1
        self.judge_cached += cached
        if record.get("cost") is None:
            self.judge_unpriced += 1
        else:
            self.judge_cost += Decimal(record["cost"])
        if "error" in record:
            name = str(record["error"])
            self.judge_errors[name] = self.judge_errors.get(name, 0) + 1
            return Score(check.name, 0.0, False, check.weight, f"judge failed: {name}")
        grade = parse_judge(str(record["text"]))
        if grade is None:
            return Score(check.name, 0.0, False, check.weight, "the judge gave no SCORE")
        return Score(check.name, grade, grade >= check.threshold, check.weight, "")

    async def _worker(
        self, target: str, jobs: asyncio.Queue[_Job | None], group: asyncio.TaskGroup
    ) -> None:
        """One of ``target``'s ``limit`` workers: takes rows until told to stop. A fixed
        set of workers per target, rather than a task per call waiting on a semaphore,
        bounds the calls in flight without creating (and collecting) a task per call."""
        while (job := await jobs.get()) is not None:
            row, checks, key, found = job
            if found is not None:  # looked up with its batch
                record, cached = found, True
            else:
                record, cached = await self._call(
                    target, row.messages, self.params, self.stream, key
                )
            if "error" in record or not any(c.type == JUDGE for c in checks):
                await self._score(target, row, checks, record, cached)
                continue
            # A judge answers slower than most targets: grade in a task of its own, so the
            # worker goes on to its next call; the backlog of grading is bounded.
            await self.grading.acquire()
            group.create_task(self._graded(target, row, checks, record, cached))

    async def _graded(
        self, target: str, row: Row, checks: Sequence[Check], record: Record, cached: bool
    ) -> None:
        try:
            await self._score(target, row, checks, record, cached)
        finally:
            self.grading.release()

    async def _score(
        self, target: str, row: Row, checks: Sequence[Check], record: Record, cached: bool
    ) -> None:
        result = result_of(target, row, record, cached)
        if result.error is None:
            for check in checks:
                if check.type == JUDGE:
                    result.scores.append(await self._judge(check, result.text, row))
                else:
                    result.scores.append(run_check(check, result.text, row))
            result.score, result.passed = combine(result.scores)
        elif checks:  # a failure is a result: it scores 0 and does not pass
            result.score, result.passed = 0.0, False
        self.acc[target].add(result)
        self.done += 1
        if self.progress is not None:
            self.progress(self.done)

    async def run(self, rows: Iterable[Row]) -> None:
        """Every row through every target. Rows are read, and looked up in the cache, in
        batches of ``_BATCH`` (one query per batch, not one per call), then queued for
        each target's workers. The queues are bounded, so memory stays flat, and a slow
        target holds the others back only once its queue is full."""
        queues: dict[str, asyncio.Queue[_Job | None]] = {
            t: asyncio.Queue(maxsize=2 * n + _BATCH) for t, n in self.limits.items()
        }
        it = iter(rows)
        try:
            async with asyncio.TaskGroup() as group:
                for t, n in self.limits.items():
                    for _ in range(n):
                        group.create_task(self._worker(t, queues[t], group))
                while batch := list(islice(it, _BATCH)):
                    jobs = []
                    for row in batch:
                        self.rows += 1
                        self.digest.update(row.key.encode())
                        checks = checks_for(row, self.defaults)
                        for t in self.targets:
                            key = call_key(t, row.messages, self.params, self.stream)
                            jobs.append((t, row, checks, key))
                    found = self.cache.get_many(key for *_, key in jobs)
                    for t, row, checks, key in jobs:
                        await queues[t].put((row, checks, key, found.get(key)))
                for t, n in self.limits.items():
                    for _ in range(n):
                        await queues[t].put(None)
        except BaseExceptionGroup as failed:
            # The first failure (or a cancel: Ctrl-C) stops the others, so nothing keeps
            # running, or spending, after the eval has stopped.
            raise failed.exceptions[0] from None
        finally:
            self.flush()

    def flush(self) -> None:
        """The ledger's buffered rows, then the cache's buffered answers, to disk."""
        if self.ledger is not None:
            self.ledger.flush()
        self.cache.commit()


async def aevaluate(
    client: Client,
    dataset: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    *,
    targets: Sequence[str],
    scorers: Sequence[str | Mapping[str, Any] | Check] = (),
    params: Mapping[str, Any] | None = None,
    judge_params: Mapping[str, Any] | None = None,
    concurrency: int | Mapping[str, int] = DEFAULT_CONCURRENCY,
    failover: bool = False,
    cache_dir: str | os.PathLike[str] | None = DEFAULT_CACHE_DIR,
    progress: Progress | None = None,
    stream: bool = False,
) -> EvalReport:
    """Run ``dataset`` through ``targets`` and return the report (see ``Client.eval``)."""
    if not targets:
        raise errors.BadRequestError("an eval needs at least one target")
    targets = list(dict.fromkeys(targets))
    limits, judge_limit = limits_for(targets, concurrency)
    defaults = [parse_check(s, where=f"scorers[{i}]") for i, s in enumerate(scorers)]
    call_params = {"temperature": 0.0, **(params or {})}
    jparams = {"temperature": 0.0, "max_tokens": 64, **(judge_params or {})}
    for t in targets:
        client.route(t)  # an unknown target is a ConfigError now, not 10,000 error rows
    for check in defaults:
        if check.type == JUDGE:
            client.route(str(check.options["route"]))
    ev, ledger = sibling(client, targets, failover)
    before = ledger.flush if ledger is not None else None
    cache = AnswerCache(cache_dir, before_commit=before)
    run = _Run(ev, targets, defaults, call_params, jparams, limits, judge_limit, cache,
               progress, stream, ledger)  # fmt: skip
    served: dict[str, list[str]] = {}
    try:
        for t in targets:
            route = ev.route(t)
            served[t] = list(route.targets)
            trusts = {x.provider.trust for x in route.targets.values()}
            run.acc[t].trust.update(trusts)
            run.acc[t].redaction = redaction_for(client.config, trusts)
        rows = iter_rows(dataset)
        with old_objects_frozen():
            await run.run(rows)
    finally:
        cache.close()
        await ev.aclose()
    name = os.fspath(dataset) if isinstance(dataset, str | os.PathLike) else "<rows>"
    reports = [run.acc[t].summary() for t in targets]
    settings = run_settings(
        client.config,
        targets=targets,
        params=call_params,
        judge_params=jparams,
        limits=limits,
        failover=failover,
        stream=stream,
        checks=defaults,
        models={t.target: t.models for t in reports},
        served=served,
        rows=run.rows,
        dataset_sha256=run.digest.hexdigest(),
        cache_dir=cache_dir,
    )
    return EvalReport(
        dataset=name,
        settings=settings,
        targets=reports,
        judge={
            "calls": run.judge_calls,
            "cached": run.judge_cached,
            "cost_usd": str(run.judge_cost),
            "unpriced_calls": run.judge_unpriced,
            "errors": dict(sorted(run.judge_errors.items())),
        },
        created=datetime.now(UTC).isoformat(timespec="seconds"),
    )
