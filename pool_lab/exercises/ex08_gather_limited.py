"""The check of ``gather_limited`` (chapter 5, asyncio): bound asyncio.gather."""

from __future__ import annotations

import asyncio
import time
from typing import Any, Callable

from ._harness import CheckReport, Exercise, Probe, expect, expect_results, run

__all__ = ["check_gather_limited"]

_EXERCISE = Exercise(__name__)

_GATHER_COROS, _GATHER_LIMIT, _GATHER_SLEEP_S = 40, 5, 0.02


@_EXERCISE.check
def check_gather_limited(gather_limited: Callable, *, timeout_s: float = 5.0) -> CheckReport | None:
    """Check ``async gather_limited(coros, limit)``: at most ``limit`` coroutines at once.

    Runs 40 coroutines that each sleep 20 ms, with ``limit=5``, in a new
    event loop in a thread of its own (so it works inside Jupyter, whose loop
    is already running), and checks that no more than 5 ran at once, that
    more than one did, that all had finished when it returned, and that it
    returned the results in input order.  After ``timeout_s`` the run is
    cancelled and the check fails.

    >>> import asyncio
    >>> async def gather_limited(coros, limit):
    ...     permits = asyncio.Semaphore(limit)
    ...     async def one(coro):
    ...         async with permits:
    ...             return await coro
    ...     return await asyncio.gather(*(one(c) for c in coros))
    >>> report = check_gather_limited(gather_limited)
    Exercise 8 (gather_limited) passed: 40 coroutines, never more than 5 at once, ...
    """
    n, limit = _GATHER_COROS, _GATHER_LIMIT
    probe = Probe()
    coros = [probe.coroutine(i, _GATHER_SLEEP_S) for i in range(n)]
    stuck = (f"gather_limited did not finish {n} coroutines within {timeout_s:g} s: {{}} finished, {{}} still "
             "waiting. Is a semaphore acquired and never released? Use `async with semaphore:`.")

    async def main() -> Any:
        try:
            return await asyncio.wait_for(gather_limited(coros, limit), timeout_s)
        finally:
            for coro in coros:
                coro.close()  # one never started would warn "coroutine was never awaited"

    start = time.perf_counter()
    outcome = run(lambda: asyncio.run(main()), timeout_s + 2,
                   lambda: stuck.format(probe.finished, n - probe.finished) + " Is something blocking the event "
                           "loop, such as time.sleep() or a lock's acquire()?")
    elapsed = time.perf_counter() - start
    # asyncio.wait_for raises asyncio.TimeoutError, which is the builtin TimeoutError only since 3.11.
    expect(not isinstance(outcome.error, (TimeoutError, asyncio.TimeoutError)),
           stuck.format(probe.finished, n - probe.finished))
    value = outcome.result(f"gather_limited(coros, limit={limit})")
    expect(probe.peak_running <= limit,
            f"your gather_limited ran {probe.peak_running} coroutines at once; the limit was {limit}. Hint: "
            "each coroutine must wait for the semaphore before it starts: wrap it in "
            "`async def one(c): async with semaphore: return await c`.")
    expect(probe.peak_running >= 2,
            f"your gather_limited never ran more than one coroutine at once; with limit={limit} it should run "
            f"{limit}. Hint: asyncio.gather runs them concurrently; the semaphore is what holds them back.")
    expect(probe.finished == n, f"gather_limited returned after {probe.finished} of {n} coroutines finished. "
                                 "Hint: await every one of them.")
    expect_results(value, "gather_limited", [i * i for i in range(n)])
    summary = (f"{n} coroutines, never more than {limit} at once, every result "
               "back in order.")
    return _EXERCISE.passed(summary, (
        ("peak coroutines running at once", f"{probe.peak_running} (limit {limit})"),
        ("elapsed", f"{elapsed:.2f} s ({n} × {_GATHER_SLEEP_S * 1000:.0f} ms / {limit} = "
                    f"{n * _GATHER_SLEEP_S / limit:.2f} s at best)"),
    ))
