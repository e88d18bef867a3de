"""The check of ``pool_size`` (chapter 3, sizing the pool): size a pool by throughput and memory together."""

from __future__ import annotations

import functools
import math
from typing import Callable

from ._harness import CheckReport, Exercise, expect, run

__all__ = ["check_pool_size"]

_EXERCISE = Exercise(__name__)

#: (tasks/s, latency s, MiB per task, budget MiB, base MiB, workers or None if no size fits):
#: each case catches a different slip.
_SIZING_CASES = (
    (20, 0.25, 8, 256, 64, 5),  # plenty of room: the throughput decides, not the memory
    (10, 0.25, 4, 100, 40, 3),  # 2.5 tasks in flight: round up
    (24, 0.5, 16, 256, 64, 12),  # 12 workers fill the budget exactly: still fits
    (26, 0.5, 16, 256, 64, None),  # 13 needed, 12 fit: only without the base would it "fit"
    (40, 0.5, 16, 256, 64, None),  # 20 needed, 12 fit: no pool size does both
)


@_EXERCISE.check
def check_pool_size(pool_size: Callable, *, timeout_s: float = 5.0) -> CheckReport:
    """Check ``pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib)``.

    The answer must return the fewest workers that reach ``tasks_per_s``
    (Little's law, rounded up) when that many fit in the memory budget (the
    process's ``base_mib`` plus ``task_mib`` per worker, at most
    ``budget_mib``), and raise ValueError when they do not: then no pool size
    meets both, and something else (the payload, the budget, the target) must
    change.  Five cases catch using the throughput alone, the memory alone,
    rounding down, forgetting the base, and refusing a pool that fills the
    budget exactly.  Prints a line and returns a :class:`CheckReport` if it
    passed; raises AssertionError saying what was wrong if not.

    >>> import math
    >>> def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    ...     workers = math.ceil(tasks_per_s * latency_s)
    ...     if base_mib + workers * task_mib > budget_mib:
    ...         raise ValueError("too little memory")
    ...     return workers
    >>> report = check_pool_size(pool_size)
    Exercise 4 (pool_size) passed: ...
    """
    figures = []
    for tasks_per_s, latency_s, task_mib, budget_mib, base_mib, expected in _SIZING_CASES:
        call = f"pool_size({tasks_per_s}, {latency_s}, {task_mib}, {budget_mib}, {base_mib})"
        needed = tasks_per_s * latency_s
        outcome = run(functools.partial(pool_size, tasks_per_s, latency_s, task_mib, budget_mib, base_mib),
                      timeout_s, functools.partial("{} did not return within {:g} s.".format, call, timeout_s))
        fits = (budget_mib - base_mib) // task_mib
        if expected is None:
            what = (f"returned {outcome.value!r}" if outcome.error is None
                    else f"raised {type(outcome.error).__name__}: {outcome.error}")
            expect(isinstance(outcome.error, ValueError),
                   f"{call} {what}; the target needs {needed:g} tasks in flight, so {math.ceil(needed)} "
                   f"workers, and {base_mib} MiB + {math.ceil(needed)} × {task_mib} MiB is over the "
                   f"{budget_mib} MiB budget (room for {fits} workers). No pool size meets both: raise "
                   "ValueError saying so. Hint: count the process's base memory too.")
            figures.append((call, f"ValueError: {outcome.error}"))
            continue
        got = outcome.result(call)
        expect(isinstance(got, int) and not isinstance(got, bool),
               f"{call} returned {got!r} ({type(got).__name__}); a number of workers is a whole number (an int).")
        expect(got >= expected,
               f"{call} returned {got}; {tasks_per_s} tasks/s × {latency_s} s = {needed:g} tasks in flight on "
               f"average, so {got} workers cannot keep up. Hint: Little's law gives the throughput's minimum; "
               "round it up.")
        expect(got <= expected,
               f"{call} returned {got}; {expected} workers already reach {tasks_per_s} tasks/s, and each extra "
               f"one holds another {task_mib} MiB. Hint: the budget caps the pool, it does not size it.")
        figures.append((call, f"{got} workers, {base_mib + got * task_mib} MiB of {budget_mib} "
                              f"(room for {fits})"))
    summary = (f"all {len(_SIZING_CASES)} cases sized right, including the two "
               "where no pool size meets both the target and the budget.")
    return _EXERCISE.passed(summary, tuple(figures))
