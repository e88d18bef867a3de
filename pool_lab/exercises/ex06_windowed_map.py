"""The check of ``windowed_map`` (chapter 4, hidden unbounded queues): a window of futures over any executor."""

from __future__ import annotations

import concurrent.futures as cf
import threading
import time
from typing import Any, Callable

from ._harness import CheckReport, Exercise, Probe, expect, expect_results, run, uneven_square

__all__ = ["check_windowed_map"]

_EXERCISE = Exercise(__name__)

_WINDOW_TASKS, _WINDOW_WORKERS, _WINDOW, _WINDOW_TASK_S = 40, 4, 6, 0.02
_PREFIX = "your-executor"


class _WhereTasksRan(Probe):
    """A probe that also notes whether any task ran outside the given executor's threads."""

    def __init__(self, work: Callable[[Any], Any]) -> None:
        super().__init__(work)
        self.outside: str | None = None

    def task(self, item: Any) -> Any:
        name = threading.current_thread().name
        if not name.startswith(_PREFIX):
            self.outside = name
        return super().task(item)


@_EXERCISE.check
def check_windowed_map(windowed_map: Callable, *, timeout_s: float = 5.0) -> CheckReport:
    """Check ``windowed_map(executor, fn, items, window)``: at most ``window`` futures in flight.

    Hands the answer a ``concurrent.futures.ThreadPoolExecutor`` of 4
    threads, a generator of 40 items, tasks of 10 to 30 ms (uneven, so they
    finish out of order) and ``window=6``.  Checks that every task ran in that
    executor, that the answer never took more than ``window`` (+1) items
    from the generator ahead of the finished tasks (the executor's own queue
    is unbounded: the window is the only bound), that more than one task ran
    at once, and that the results came back in input order.

    >>> from collections import deque
    >>> def windowed_map(executor, fn, items, window):
    ...     in_flight, results = deque(), []
    ...     for item in items:
    ...         if len(in_flight) == window:
    ...             results.append(in_flight.popleft().result())
    ...         in_flight.append(executor.submit(fn, item))
    ...     return results + [future.result() for future in in_flight]
    >>> report = check_windowed_map(windowed_map)
    Exercise 6 (windowed_map) passed: ...
    """
    n, window = _WINDOW_TASKS, _WINDOW
    probe = _WhereTasksRan(uneven_square(_WINDOW_TASK_S))
    start = time.perf_counter()
    executor = cf.ThreadPoolExecutor(max_workers=_WINDOW_WORKERS, thread_name_prefix=_PREFIX)
    try:
        outcome = run(lambda: windowed_map(executor, probe.task, probe.items(n), window), timeout_s,
                      lambda: probe.stuck("windowed_map", n, timeout_s,
                                          "Is it waiting on a future that was never submitted?"))
    finally:
        probe.abandoned = True  # tasks still queued return at once
        executor.shutdown(wait=True, cancel_futures=True)
    elapsed = time.perf_counter() - start
    value = outcome.result(f"windowed_map(executor, fn, items, window={window})")
    expect(probe.outside is None,
           f"a task ran in thread {probe.outside!r}, not in the executor you were given. Hint: submit every "
           "task with executor.submit(fn, item); the exercise is to bound any executor from outside.")
    expect(probe.peak_ahead <= window + 1,
           f"your windowed_map took {probe.peak_ahead} items from the input before their tasks had finished; "
           f"the window was {window}. Whatever is submitted waits in the executor's unbounded queue, with "
           "its payload. Hint: before you submit the next item, wait for a future to finish once "
           f"{window} are in flight.")
    expect(probe.peak_running >= 2,
           f"your windowed_map never ran more than one task at once; with a window of {window} it should run "
           f"up to {_WINDOW_WORKERS} (the executor's threads). Hint: do not wait for each future right after "
           "submitting it.")
    expect(probe.finished == n, f"windowed_map returned after {probe.finished} of {n} tasks finished. "
                                "Hint: wait for the futures still in the window after the last item.")
    expect_results(value, "windowed_map", [i * i for i in range(n)])
    summary = (f"{n} tasks on a ThreadPoolExecutor, never more than {window} "
               "in flight, every result back in input order.")
    return _EXERCISE.passed(summary, (
        ("peak items taken ahead of finished tasks", f"{probe.peak_ahead} (window {window})"),
        ("peak tasks running at once", f"{probe.peak_running} ({_WINDOW_WORKERS} threads)"),
        ("elapsed", f"{elapsed:.2f} s ({n} × {_WINDOW_TASK_S * 1000:.0f} ms / {_WINDOW_WORKERS} = "
                    f"{n * _WINDOW_TASK_S / _WINDOW_WORKERS:.2f} s at best)"),
    ))
