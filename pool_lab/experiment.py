"""One experiment: a strategy running the messaging workload, measured.

An :class:`Experiment` names everything a run needs with plain, picklable
values (a strategy name, a worker count, a :class:`MessageWorkload`), so the
lab can rebuild it in a child process without pickling anything from a
notebook cell.  :meth:`Experiment.run_here` runs it in this process, for
small, safe scales; :func:`pool_lab.run_lab` runs it in a child under a
memory budget.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import dataclasses
import inspect
import platform
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from . import aio
from .budget import MIB
from .executors import ThreadPerTaskExecutor, WorkerPool, check_pool_size
from .sampler import Sampler, Trace
from .workload import MessageWorkload, burn_cpu

__all__ = ["MAP_HAS_BUFFERSIZE", "STRATEGIES", "SUBMISSIONS", "Experiment", "RunResult", "submit_windowed"]

#: The executors an experiment can use, by name.
#: The asyncio ones (:data:`pool_lab.aio.ASYNC_STRATEGIES`) run in an event loop, not an executor.
STRATEGIES = ("thread-per-task", "worker-pool", "thread-pool-executor", *aio.ASYNC_STRATEGIES)

#: How tasks reach the executor: ``each`` calls ``submit`` once per batch,
#: ``map`` calls the executor's ``map``, ``window`` keeps a bounded window of
#: futures in flight (see :func:`submit_windowed`), ``buffered-map`` calls
#: ``map(..., buffersize=...)`` (Python 3.14+, see :data:`MAP_HAS_BUFFERSIZE`).
#: The window and the buffer are twice the number of workers.
SUBMISSIONS = ("each", "map", "window", "buffered-map")

#: Whether this Python's ``Executor.map`` takes ``buffersize``, the most
#: tasks submitted and not yet yielded (new in Python 3.14, gh-74028).
#: Before it, ``Executor.map`` submits every item before it returns.
MAP_HAS_BUFFERSIZE = "buffersize" in inspect.signature(cf.Executor.map).parameters

#: The largest payload an experiment may hold in this process if every task
#: were alive at once; anything bigger belongs in the lab, under a budget.
IN_PROCESS_LIMIT_BYTES = 256 * MIB


def submit_windowed(executor: cf.Executor, fn: Callable, items: Iterable, window: int) -> Iterator:
    """Submit ``fn(item)`` for each item, never more than ``window`` in flight.

    Yields results in completion order.  The next item is taken from
    ``items`` only when a slot frees, so a generator that builds payloads
    builds at most ``window`` of them ahead of the workers.  Works with any
    executor, including :class:`concurrent.futures.ThreadPoolExecutor`.

    >>> with cf.ThreadPoolExecutor(2) as ex:
    ...     sorted(submit_windowed(ex, abs, range(-3, 3), window=2))
    [0, 1, 1, 2, 2, 3]
    """
    if isinstance(window, bool) or not isinstance(window, int) or window <= 0:
        raise ValueError(f"window must be a positive int, got {window!r}")
    in_flight: set[cf.Future] = set()
    for item in items:
        if len(in_flight) >= window:
            done, in_flight = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
            yield from (f.result() for f in done)
        in_flight.add(executor.submit(fn, item))
    for future in cf.as_completed(in_flight):
        yield future.result()


# Every way of submitting but "each": (executor, fn, items, window) -> the results, as they come.
_SUBMITTERS: dict[str, Callable[[cf.Executor, Callable, Iterable, int], Iterator]] = {
    "map": lambda executor, fn, items, window: executor.map(fn, items),
    "buffered-map": lambda executor, fn, items, window: executor.map(fn, items, buffersize=window),  # 3.14+
    "window": submit_windowed,
}


@dataclass(frozen=True)
class RunResult:
    """What one run did: its outcome, its counts, and the trace behind them.

    ``outcome`` is ``"completed"`` (every task ran, none raised),
    ``"oom-killed"`` (killed for crossing the memory budget) or ``"failed"``
    (a task raised, or the run broke).  ``killed_at_s`` and
    ``killed_rss_bytes`` say when and at what memory the kill came;
    ``killed_by`` names what killed it (``"watchdog"`` or ``"rlimit"``).
    ``submission`` is how the tasks were submitted (see :data:`SUBMISSIONS`).
    """

    strategy: str
    max_workers: int | None
    outcome: str
    tasks_done: int
    tasks_total: int
    elapsed_s: float
    trace: Trace
    budget_bytes: int | None = None
    killed_at_s: float | None = None
    killed_rss_bytes: int | None = None
    killed_by: str | None = None
    hard_limit: str | None = None
    error: str | None = None
    submission: str = "each"

    @property
    def label(self) -> str:
        """Return a short name for legends, e.g. ``worker-pool (8 workers, map)``.

        The way of submitting is named only when it is not plain ``each``.
        """
        details = [] if self.max_workers is None else [f"{self.max_workers} workers"]
        if self.submission != "each":
            details.append(self.submission)
        return f"{self.strategy} ({', '.join(details)})" if details else self.strategy

    @property
    def peak_rss_bytes(self) -> int:
        """Return the peak resident memory seen, in bytes."""
        return self.trace.peak_rss_bytes

    @property
    def peak_rss_mib(self) -> float:
        """Return the peak resident memory seen, in MiB."""
        return self.peak_rss_bytes / MIB

    @property
    def tasks_per_s(self) -> float:
        """Return the tasks finished per second of the run."""
        return self.tasks_done / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def summary(self) -> dict:
        """Return the run as a JSON-ready dict (the ``--json`` row of the CLI)."""
        return {
            "strategy": self.strategy,
            "outcome": self.outcome,
            "tasks_done": self.tasks_done,
            "tasks_total": self.tasks_total,
            "peak_rss_mib": round(self.peak_rss_mib, 1),
            "elapsed_s": round(self.elapsed_s, 3),
            "tasks_per_s": round(self.tasks_per_s, 1),
            "max_workers": self.max_workers,
        }

    def __str__(self) -> str:
        return (
            f"{self.label}: {self.outcome}, {self.tasks_done}/{self.tasks_total} tasks "
            f"in {self.elapsed_s:.2f} s, peak {self.peak_rss_mib:.0f} MiB"
        )


@dataclass(frozen=True)
class Experiment:
    """A strategy, a way of submitting, and a workload: one run to make.

    ``strategy`` is one of :data:`STRATEGIES`; ``max_workers`` and
    ``queue_size`` configure the pools (ignored by thread-per-task).
    ``submission`` is one of :data:`SUBMISSIONS`.  With
    ``payload_in_task=False`` the submitting thread renders each payload and
    the task only sends it, which is how payloads pile up in an executor's
    queue.

    >>> exp = Experiment("worker-pool", max_workers=4, workload=MessageWorkload(users=800))
    >>> result = exp.run_here()
    >>> result.outcome, result.tasks_done, result.tasks_total
    ('completed', 8, 8)
    """

    strategy: str = "worker-pool"
    max_workers: int | None = 8
    queue_size: int | None = None
    submission: str = "each"
    payload_in_task: bool = True
    workload: MessageWorkload = field(default_factory=MessageWorkload)

    def __post_init__(self) -> None:
        if self.strategy not in STRATEGIES:
            raise ValueError(f"strategy must be one of {', '.join(STRATEGIES)}; got {self.strategy!r}")
        if self.submission not in SUBMISSIONS:
            raise ValueError(f"submission must be one of {', '.join(SUBMISSIONS)}; got {self.submission!r}")
        if not isinstance(self.workload, MessageWorkload):
            raise TypeError(f"workload must be a MessageWorkload, got {type(self.workload).__name__}")
        if self.strategy in aio.ASYNC_STRATEGIES and (self.submission != "each" or not self.payload_in_task):
            raise ValueError(f"{self.strategy} runs one coroutine per batch: it takes submission='each' "
                             "and payload_in_task=True")
        if self.submission == "buffered-map" and not MAP_HAS_BUFFERSIZE:
            raise ValueError(f"submission='buffered-map' needs Executor.map(..., buffersize=...), new in Python "
                             f"3.14; this is Python {platform.python_version()}. submission='window' bounds any "
                             "executor the same way")
        if self.submission == "buffered-map" and self.strategy == "worker-pool":
            raise ValueError("WorkerPool.map is bounded already (its in_flight argument): use submission='map'")
        if self.strategy in ("thread-per-task", "asyncio-gather"):
            object.__setattr__(self, "max_workers", None)
        elif self.max_workers is None or isinstance(self.max_workers, (int, float)) and self.max_workers <= 0:
            raise ValueError(f"{self.strategy} needs max_workers as a positive int, got {self.max_workers!r}")
        else:
            # Here, not only in the executor: the lab builds the executor in its
            # child, and a bad size must be refused before the child starts.
            check_pool_size(self.max_workers, self.queue_size)

    def replace(self, **changes) -> "Experiment":
        """Return a copy with some fields changed, e.g. ``exp.replace(max_workers=16)``."""
        return dataclasses.replace(self, **changes)

    def make_executor(self) -> cf.Executor:
        """Return a new, unused executor for this experiment's strategy."""
        if self.strategy in aio.ASYNC_STRATEGIES:
            raise ValueError(f"{self.strategy} runs coroutines in an event loop; it has no executor")
        if self.strategy == "thread-per-task":
            return ThreadPerTaskExecutor()
        if self.strategy == "worker-pool":
            return WorkerPool(self.max_workers, self.queue_size)
        return cf.ThreadPoolExecutor(self.max_workers, thread_name_prefix="pool_lab-tpe")

    def drive(self, on_task_done: Callable[[], None] = lambda: None) -> tuple[int, list[BaseException]]:
        """Run every task of the workload to the end in this process.

        Calls ``on_task_done`` after each task that succeeds, one call at a
        time (never concurrently), from whichever thread saw it finish.
        Returns the number of tasks that succeeded and the exceptions tasks
        raised (the first few).  The executor is
        shut down before this returns, so no thread outlives the call.
        """
        # Calibrate the render loop here, on one thread, before the tasks start:
        # the first task would otherwise do it while 200 threads compete for the GIL.
        if self.strategy in aio.ASYNC_STRATEGIES:
            return aio.drive(self.strategy, self.workload, self.max_workers, self.queue_size, on_task_done)
        burn_cpu(0)
        w = self.workload
        task: Callable[[Any], int]
        items: Iterable[Any]
        if self.payload_in_task:
            task, items = w.send_batch, w.batches()
        else:  # the submitting thread renders, the task only sends
            task, items = w.send, map(w.render, w.batches())
        done = 0
        errors: list[BaseException] = []
        lock = threading.Lock()

        def finished(future: cf.Future) -> None:
            nonlocal done
            if future.cancelled():
                return
            error = future.exception()
            with lock:
                if error is None:
                    done += 1
                    on_task_done()
                elif len(errors) < 5:
                    errors.append(error)

        executor = self.make_executor()
        try:
            if self.submission == "each":
                pending: collections.deque[cf.Future] = collections.deque()
                for item in items:
                    future = executor.submit(task, item)
                    future.add_done_callback(finished)
                    pending.append(future)
                    # Forget finished futures as we go: their results are small,
                    # but 10**6 of them are not.
                    while pending and pending[0].done():
                        pending.popleft()
                cf.wait(pending)
            else:
                results = _SUBMITTERS[self.submission](executor, task, items, 2 * (self.max_workers or 1))
                try:
                    for _ in results:
                        with lock:
                            done += 1
                            on_task_done()
                except Exception as exc:  # map and the window stop at the first error
                    errors.append(exc)
        finally:
            executor.shutdown(wait=True, cancel_futures=True)
        return done, errors

    def run_here(self, interval_s: float = 0.02) -> RunResult:
        """Run the experiment in this process, sampled, and return the result.

        Only for small scales: refuses (ValueError) a workload that could
        hold more than 256 MiB at once.  Use :func:`pool_lab.run_lab` for the
        full incident, under a budget, in a child process.
        """
        worst = self.workload.total_payload_bytes
        if worst > IN_PROCESS_LIMIT_BYTES:
            raise ValueError(
                f"this workload could hold {worst / MIB:.0f} MiB at once, more than the "
                f"{IN_PROCESS_LIMIT_BYTES // MIB} MiB allowed in this process; run it with "
                "pool_lab.run_lab(), which gives it a child process and a memory budget"
            )
        done_so_far = 0

        def tick() -> None:  # drive() never calls it concurrently
            nonlocal done_so_far
            done_so_far += 1

        sampler = Sampler(interval_s=interval_s, progress=lambda: done_so_far, label=self.strategy)
        start = time.perf_counter()
        sampler.start()
        try:
            done, errors = self.drive(tick)
        finally:
            trace = sampler.stop()
        elapsed = time.perf_counter() - start
        return RunResult(
            strategy=self.strategy,
            max_workers=self.max_workers,
            outcome="failed" if errors else "completed",
            tasks_done=done,
            tasks_total=self.workload.tasks,
            elapsed_s=elapsed,
            trace=trace,
            error=repr(errors[0]) if errors else None,
            submission=self.submission,
        )
