"""The check of ``bounded_spawn`` (chapter 1, the incident): bound a thread-per-task spawner with a semaphore."""

from __future__ import annotations

import threading
import time
from typing import Callable

from ._harness import CheckReport, Exercise, Probe, expect, expect_results, run, uneven_square

__all__ = ["check_bounded_spawn"]

_EXERCISE = Exercise(__name__)

_SPAWN_TASKS, _SPAWN_LIMIT, _SPAWN_TASK_S = 24, 4, 0.03


@_EXERCISE.check
def check_bounded_spawn(bounded_spawn: Callable, *, timeout_s: float = 5.0) -> CheckReport | None:
    """Check ``bounded_spawn(fn, items, limit)``: a thread per item, at most ``limit`` at once.

    Runs 24 tasks of 30 ms with ``limit=4`` and checks that no more than 4
    ran at once, that no more than 4 threads were alive at once (give or take
    a thread that is exiting), that more than one ran at once, that every
    task had finished when the function returned, and that it returned the
    results in input order.  Prints a line and returns a :class:`CheckReport`
    if it passed; raises AssertionError saying what was wrong if not.

    >>> import threading
    >>> def bounded_spawn(fn, items, limit):
    ...     permits = threading.BoundedSemaphore(limit)
    ...     items = list(items)
    ...     results = [None] * len(items)
    ...     def run(i):
    ...         try:
    ...             results[i] = fn(items[i])
    ...         finally:
    ...             permits.release()
    ...     threads = []
    ...     for i in range(len(items)):
    ...         permits.acquire()
    ...         threads.append(threading.Thread(target=run, args=(i,)))
    ...         threads[-1].start()
    ...     for t in threads:
    ...         t.join()
    ...     return results
    >>> report = check_bounded_spawn(bounded_spawn)
    Exercise 1 (bounded_spawn) passed: 24 tasks, never more than 4 at once, ...
    """
    probe = Probe(uneven_square(_SPAWN_TASK_S))
    n, limit = _SPAWN_TASKS, _SPAWN_LIMIT
    start = time.perf_counter()
    outcome = run(
        lambda: bounded_spawn(probe.task, list(range(n)), limit), timeout_s,
        lambda: probe.stuck("bounded_spawn", n, timeout_s, "Is a permit acquired and never released, or a "
                            "thread joined that never ends? Release the permit in a finally: block."))
    elapsed = time.perf_counter() - start
    value = outcome.result(f"bounded_spawn(fn, items, limit={limit})")
    expect(probe.peak_running <= limit,
            f"your spawner ran {probe.peak_running} tasks at once; the limit was {limit}. Hint: acquire a "
            f"threading.Semaphore({limit}) before starting each thread, and release it when its task ends.")
    expect(probe.peak_threads <= limit + 2,  # + a thread or two that released its permit and is exiting
            f"your spawner had {probe.peak_threads} threads alive at once, though only {limit} may run; "
            "each thread costs memory (its stack) even while it waits. Hint: acquire the semaphore in the "
            "spawning loop, before Thread.start(), not inside the thread.")
    expect(probe.peak_running >= 2,
            f"your spawner never ran more than one task at once; with limit={limit} it should run up to "
            f"{limit}. Hint: start a thread per item, and join them only after starting them all.")
    expect(probe.finished == n and probe.running == 0,
            f"bounded_spawn returned while {n - probe.finished} of {n} tasks had not finished. "
            "Hint: join every thread before returning.")
    expect_results(value, "bounded_spawn", [i * i for i in range(n)])
    summary = (f"{n} tasks, never more than {limit} at once, at most "
               f"{limit} threads alive, every result back in order.")
    return _EXERCISE.passed(summary, (
        ("tasks", str(n)),
        ("peak tasks running at once", f"{probe.peak_running} (limit {limit})"),
        ("peak threads started by your code", str(probe.peak_threads)),
        ("elapsed", f"{elapsed:.2f} s ({n} × {_SPAWN_TASK_S * 1000:.0f} ms / {limit} = "
                    f"{n * _SPAWN_TASK_S / limit:.2f} s at best)"),
    ))
