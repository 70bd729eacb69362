"""Which attempt comes next: the one place that decides, however the attempts then run.

The planner walks the strategy's order of the route's targets once per call, skipping (and
recording as ``skipped``) those that cannot serve it: unfit for the request, barred by the
privacy policy, known to be too small for the prompt. After a failed attempt,
:meth:`Planner.failed` applies the policy table (``routing.policy.classify``): retry the
same target after a backoff (at least ``Retry-After``, within the deadline), fail over,
fail over only to a larger context window, or raise. A retry is queued with the time it
may start and comes before any fresh target.

Attempts run one at a time, raced by hedging, or as a stream's continuation: all of them
take their next attempt from the same planner of the call, so they cannot disagree about
the policy, and a continuation goes on from where the call was (its retries spent, its
larger-window memory kept) instead of starting over.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from llmgate import errors
from llmgate._fastinit import fast_init
from llmgate._hooks import CallPrivacy
from llmgate._route import Route, Runtime, Target
from llmgate.routing import Action, Deadline, classify

__all__ = ["Planned", "Planner"]

_INVALID_OUTPUT = {"raise": Action.RAISE, "retry": Action.RETRY, "failover": Action.FAILOVER}

Skip = Callable[[Target, str, str], None]  # (target, error type, why): records a skip


@fast_init
@dataclass(frozen=True, slots=True)
class Planned:
    """One attempt the planner wants started."""

    target: Target
    retry_no: int = 0  # 0: the target's first attempt in this call
    due: float = 0.0  # time.monotonic() before which it must not start (a backoff)


class Planner:
    """The attempts of one call, in order; see the module docstring."""

    def __init__(
        self,
        route: Route,
        rt: Runtime,
        *,
        deadline: Deadline,
        privacy: CallPrivacy,
        unfit: Mapping[str, str],
        prompt_chars: int,
        skip: Skip,
    ) -> None:
        self._route = route
        self._rt = rt
        self._deadline = deadline
        self._privacy = privacy
        self._unfit = unfit
        self._prompt_chars = prompt_chars
        self._skip = skip
        self._order = [route.targets[k] for k in route.strategy.order()]
        self._next = 0  # index in _order of the next fresh target
        self._retries: list[Planned] = []  # queued retries, earliest first
        self._excluded: set[str] = set()
        # The largest context window known to be too small for this call's prompt.
        self.min_window: int | None = None

    def exclude(self, keys: Collection[str]) -> None:
        """Never plan these targets again in this call (a stream broken on them)."""
        if not keys:
            return
        self._excluded.update(keys)
        self._retries = [p for p in self._retries if p.target.key not in self._excluded]

    async def next(self) -> Planned | None:
        """The next attempt to start (a queued retry first), or ``None`` when none is left."""
        if self._retries:
            return self._retries.pop(0)
        while self._next < len(self._order):
            target = self._order[self._next]
            self._next += 1
            if target.key not in self._excluded and await self._eligible(target):
                return Planned(target)
        return None

    def put_back(self, planned: Planned) -> None:
        """Return an attempt that was planned but not started (the call ended first)."""
        self._queue(planned)

    def fits(self, target: Target) -> bool:
        """Whether ``target`` may still be larger than a window the prompt overflowed."""
        if self.min_window is None:
            return True
        window = target.provider.context_window(target.model)
        return window is None or window > self.min_window

    def failed(self, target: Target, retry_no: int, exc: errors.ProviderError) -> Action:
        """Apply the policy to a failed attempt (already recorded); queue its retry if any.

        ``Action.RETRY`` comes back only when a retry was queued: with the retries used up,
        or no time left for the wait, the answer is ``Action.FAILOVER``.
        """
        route = self._route
        if isinstance(exc, errors.ContextWindowExceededError):
            self._remember_overflow(target)
        action = classify(
            exc, content_filter="failover" if route.content_filter == "failover" else "raise"
        )
        if isinstance(exc, errors.OutputValidationError):  # the route's on_invalid_output
            action = _INVALID_OUTPUT.get(route.on_invalid_output, action)
        if action is Action.RETRY:
            delay = route.retry.next_delay(retry_no + 1, exc, self._deadline.remaining())
            if delay is None:
                return Action.FAILOVER
            self._queue(Planned(target, retry_no + 1, time.monotonic() + delay))
        elif action is Action.FAILOVER_LARGER_CONTEXT:
            self._raise_min_window(target)
        return action

    # -- internals ---------------------------------------------------------------------
    def _queue(self, planned: Planned) -> None:
        self._retries.append(planned)
        self._retries.sort(key=lambda p: p.due)

    async def _eligible(self, target: Target) -> bool:
        if self._deadline.expired:
            return False
        why = self._unfit.get(target.key)
        if why is not None:
            self._skip(target, "BadRequestError", why)
            return False
        if not await self._privacy.allows(target.provider.trust):
            self._skip(target, "PrivacyViolationError", "local-only: target is external")
            return False
        if not self.fits(target):
            self._skip(target, "ContextWindowExceededError", "context window is not larger")
            return False
        if self._overflowed_before(target):
            self._raise_min_window(target)
            self._skip(target, "ContextWindowExceededError", "a prompt this long overflowed it")
            return False
        return True

    def _overflowed_before(self, target: Target) -> bool:
        """Whether a prompt at most this long already overflowed ``target`` in any call."""
        known = self._rt.too_small.get(target.key)
        return not (known is None or self._prompt_chars < known or len(self._route.targets) < 2)

    def _remember_overflow(self, target: Target) -> None:
        known = self._rt.too_small.get(target.key)
        chars = self._prompt_chars
        self._rt.too_small[target.key] = min(known or chars, chars)

    def _raise_min_window(self, target: Target) -> None:
        window = target.provider.context_window(target.model)
        self.min_window = max(self.min_window or 0, window or 0)
