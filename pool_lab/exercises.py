"""Checks for the exercise notebooks: run a student's answer for real, say what is wrong.

Each notebook in ``notebooks/exercises`` asks the student to complete one
function, and its last code cell hands that function to a check:

========================  ==========================================================
check                     the function the student completes
========================  ==========================================================
check_bounded_spawn       ``bounded_spawn(fn, items, limit)``: a thread per item, at
                          most ``limit`` alive, bounded by a semaphore
check_pool_map            ``pool_map(fn, items, workers, queue_size)``: a worker pool
                          of threads, a bounded queue and a wait for all
check_workers_for         ``workers_for(tasks_per_s, latency_s)``: Little's law
check_process_stream      ``process_stream(items, process, workers)``: 100,000 items
                          in bounded memory
check_gather_limited      ``async gather_limited(coros, limit)``: ``asyncio.gather``,
                          bounded
check_deliver_all         ``deliver_all(url, messages, capacity, service_time_s)``:
                          every message to a real receiver exactly once, bounded
========================  ==========================================================

A check runs the answer on instrumented tasks (real threads, real sleeps, real
memory read with :class:`~pool_lab.Sampler`) at a scale that is safe in a
notebook's own process.  It then prints one line that says the answer passed
and returns a :class:`CheckReport` of what it measured, or raises
:class:`AssertionError` whose message says what was measured, what was
expected, and a hint.  The printed line never contains a measured figure, so
a solution notebook's output is the same on every run; the report holds them.

An answer whose body still raises ``NotImplementedError`` (every answer in a
student copy) is reported as "not attempted yet" and the check returns an
empty report (its cell says "nothing measured yet"), so a student notebook
runs to its end.

The answer runs in a daemon thread with a deadline, so an answer that
deadlocks fails within seconds instead of hanging the notebook.  Python
cannot kill a thread, so after a deadlock the check disarms what it handed
out: its tasks return at once, the stream of exercise 4 builds nothing more,
and exercise 5 cancels its coroutines.  What stays is the answer's own
threads blocked on their own locks or queues (and the check's daemon thread
waiting on them): no CPU, a few KiB each, gone when the kernel restarts, as
the failure message says.

>>> def bounded_spawn(fn, items, limit):
...     raise NotImplementedError()
>>> check_bounded_spawn(bounded_spawn)
Exercise 1 (bounded_spawn): not attempted yet. Replace raise NotImplementedError() ...
Exercise 1 (bounded_spawn): nothing measured yet
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
import gc
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterator

import psutil

from .executors import WorkerPool
from .sampler import Sample, Sampler
from .workload import KIB, MIB, MessageWorkload

__all__ = [
    "CheckReport",
    "check_bounded_spawn",
    "check_pool_map",
    "check_workers_for",
    "check_process_stream",
    "check_gather_limited",
    "check_deliver_all",
]

GIB = 1024 * MIB

_LEFTOVERS = ("(The threads your answer started may still be waiting: they use no CPU, "
              "and a kernel restart clears them.)")


@dataclass(frozen=True, repr=False)
class CheckReport:
    """What a passing check measured: figures that vary from run to run.

    A check prints only what does not vary, so a notebook's checked output is
    stable; show the report in the next cell to see the numbers.

    >>> CheckReport("Exercise 9", (("peak tasks at once", "4"),))
    Exercise 9, measured:
      peak tasks at once  4
    """

    exercise: str
    figures: tuple[tuple[str, str], ...]

    def __repr__(self) -> str:
        if not self.figures:
            return f"{self.exercise}: nothing measured yet"
        width = max((len(name) for name, _ in self.figures), default=0)
        return "\n".join([f"{self.exercise}, measured:", *(f"  {name:<{width}}  {value}" for name, value in self.figures)])


class _NotAttempted(Exception):
    """The answer still raises NotImplementedError."""


def _exercise(number: int, name: str) -> Callable:
    """Turn "not attempted yet" into a printed line, so a student notebook runs on."""

    def decorate(check: Callable[..., CheckReport]) -> Callable[..., CheckReport]:
        @functools.wraps(check)
        def run(answer: Callable, /, *, timeout_s: float = 5.0) -> CheckReport:
            if not callable(answer):
                raise TypeError(f"pass your function itself, as in {check.__name__}({name}); got {type(answer).__name__}")
            if not timeout_s > 0:
                raise ValueError(f"timeout_s must be greater than 0 seconds, got {timeout_s}")
            try:
                return check(answer, timeout_s=timeout_s)
            except _NotAttempted:
                print(f"Exercise {number} ({name}): not attempted yet. Replace raise NotImplementedError() "
                      "with your code, then run this cell again.")
                return CheckReport(f"Exercise {number} ({name})", ())

        return run

    return decorate


def _expect(condition: bool, message: str) -> None:
    # An explicit raise, not assert: the checks must work under python -O too.
    if not condition:
        raise AssertionError(message)


class _Probe:
    """Instrumented tasks: how many started, ran at once, finished; threads alive.

    Thread counts are taken at each task's start, relative to the count when
    the probe was made plus the check's own thread, so they count the threads
    the answer started.
    """

    def __init__(self, work: Callable[[Any], Any] = lambda item: item) -> None:
        self._work = work
        self._lock = threading.Lock()
        self._threads_before = threading.active_count() + 1  # + the check's thread
        self.pulled = self.started = self.running = self.finished = 0
        self.peak_running = self.peak_threads = self.peak_ahead = 0
        self.abandoned = False

    def items(self, n: int) -> Iterator[int]:
        """Yield 0..n-1, counting how far the answer reads ahead of the tasks."""
        for item in range(n):
            with self._lock:
                self.pulled += 1
                self.peak_ahead = max(self.peak_ahead, self.pulled - self.finished)
            yield item

    def _enter(self) -> None:
        with self._lock:
            self.started += 1
            self.running += 1
            self.peak_running = max(self.peak_running, self.running)
            self.peak_threads = max(self.peak_threads, threading.active_count() - self._threads_before)

    def _exit(self) -> None:
        with self._lock:
            self.running -= 1
            self.finished += 1

    def task(self, item: Any) -> Any:
        """Run the work on ``item``, counted; a no-op once the check gave up."""
        self._enter()
        try:
            return None if self.abandoned else self._work(item)
        finally:
            self._exit()

    async def coroutine(self, item: int, seconds: float) -> int:
        """Sleep ``seconds`` in the event loop, counted, and return ``item**2``."""
        self._enter()
        try:
            await asyncio.sleep(seconds)
            return item * item
        finally:
            self._exit()

    def stuck(self, name: str, total: int, timeout_s: float, hint: str) -> str:
        """Return the message for an answer that did not return in time."""
        self.abandoned = True  # tasks still to come return at once
        if self.finished == total:
            what = f"all {total} tasks finished, but {name} did not return within {timeout_s:g} s."
        else:
            what = (f"{name} did not finish {total} tasks within {timeout_s:g} s: {self.finished} finished, "
                    f"{self.running} running, {total - self.started} never started.")
        return f"{what} {hint} {_LEFTOVERS}"


@dataclass
class _Outcome:
    value: Any = None
    error: BaseException | None = None

    def result(self, call: str) -> Any:
        """Return the answer's value, or fail with the exception it raised."""
        if self.error is not None:
            raise AssertionError(f"{call} raised {type(self.error).__name__}: {self.error}") from self.error
        return self.value


def _run(call: Callable[[], Any], timeout_s: float, on_timeout: Callable[[], str],
         progress: Callable[[], int] | None = None) -> _Outcome:
    """Run ``call()`` in a daemon thread and return what it returned or raised.

    Fails with ``on_timeout()`` after ``timeout_s`` seconds, or, with
    ``progress``, after ``timeout_s`` seconds in which progress did not move.
    A daemon thread, because a deadlocked answer cannot be stopped and must
    not keep the interpreter from exiting.
    """
    outcome = _Outcome()

    def target() -> None:
        try:
            outcome.value = call()
        except BaseException as exc:
            outcome.error = exc

    thread = threading.Thread(target=target, name="pool_lab-check", daemon=True)
    thread.start()
    seen = progress() if progress else 0
    deadline = time.monotonic() + timeout_s
    while thread.is_alive():
        thread.join(0.05)
        if progress and (now := progress()) != seen:
            seen, deadline = now, time.monotonic() + timeout_s
        if thread.is_alive() and time.monotonic() > deadline:
            raise AssertionError(on_timeout())
    if isinstance(outcome.error, NotImplementedError):
        raise _NotAttempted
    return outcome


def _expect_results(value: Any, call: str, expected: list) -> None:
    _expect(value is not None and not isinstance(value, (str, bytes)) and hasattr(value, "__iter__"),
            f"{call} returned {value!r}; expected a list of the {len(expected)} results, in input order")
    results = list(value)
    _expect(results == expected,
            f"{call} returned {_preview(results)}; expected the {len(expected)} results in input order, "
            f"{_preview(expected)}")


def _preview(values: list) -> str:
    return repr(values) if len(values) <= 6 else f"[{', '.join(map(repr, values[:5]))}, ...] ({len(values)} items)"


def _napping_square(seconds: float) -> Callable[[int], int]:
    def work(item: int) -> int:
        time.sleep(seconds)  # a wait on I/O, as a thread sees it
        return item * item

    return work


def _threads_left(baseline: int) -> int:
    """Return how many threads above ``baseline`` are still alive after a short grace."""
    deadline = time.monotonic() + 1.0
    while threading.active_count() > baseline and time.monotonic() < deadline:
        time.sleep(0.01)  # a thread that was told to stop may need a moment to exit
    return threading.active_count() - baseline


# Exercise 1 -------------------------------------------------------------------

_SPAWN_TASKS, _SPAWN_LIMIT, _SPAWN_TASK_S = 24, 4, 0.03


@_exercise(1, "bounded_spawn")
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
    probe = _Probe(_napping_square(_SPAWN_TASK_S))
    n, limit = _SPAWN_TASKS, _SPAWN_LIMIT
    start = time.perf_counter()
    outcome = _run(
        lambda: bounded_spawn(probe.task, list(range(n)), limit), timeout_s,
        lambda: probe.stuck("bounded_spawn", n, timeout_s, "Is a permit acquired and never released, or a "
                            "thread joined that never ends? Release the permit in a finally: block."))
    elapsed = time.perf_counter() - start
    value = outcome.result(f"bounded_spawn(fn, items, limit={limit})")
    _expect(probe.peak_running <= limit,
            f"your spawner ran {probe.peak_running} tasks at once; the limit was {limit}. Hint: acquire a "
            f"threading.Semaphore({limit}) before starting each thread, and release it when its task ends.")
    _expect(probe.peak_threads <= limit + 2,  # + a thread or two that released its permit and is exiting
            f"your spawner had {probe.peak_threads} threads alive at once, though only {limit} may run; "
            "each thread costs memory (its stack) even while it waits. Hint: acquire the semaphore in the "
            "spawning loop, before Thread.start(), not inside the thread.")
    _expect(probe.peak_running >= 2,
            f"your spawner never ran more than one task at once; with limit={limit} it should run up to "
            f"{limit}. Hint: start a thread per item, and join them only after starting them all.")
    _expect(probe.finished == n and probe.running == 0,
            f"bounded_spawn returned while {n - probe.finished} of {n} tasks had not finished. "
            "Hint: join every thread before returning.")
    _expect_results(value, "bounded_spawn", [i * i for i in range(n)])
    print(f"Exercise 1 (bounded_spawn) passed: {n} tasks, never more than {limit} at once, at most "
          f"{limit} threads alive, every result back in order.")
    return CheckReport("Exercise 1", (
        ("tasks", str(n)),
        ("peak tasks running at once", f"{probe.peak_running} (limit {limit})"),
        ("peak threads started by your code", str(probe.peak_threads)),
        ("elapsed", f"{elapsed:.2f} s ({n} × {_SPAWN_TASK_S * 1000:.0f} ms / {limit} = "
                    f"{n * _SPAWN_TASK_S / limit:.2f} s at best)"),
    ))


# Exercise 2 -------------------------------------------------------------------

_POOL_TASKS, _POOL_WORKERS, _POOL_QUEUE, _POOL_TASK_S = 32, 4, 4, 0.03
_FAILING_ITEM = 5
_SMALL_INCIDENT = MessageWorkload(users=1_200, batch_size=100, message_bytes=8 * KIB,
                                  lookup_latency_s=0.01, send_latency_s=0.04)


class _Planted(ValueError):
    """The exception a task raises on purpose, so the check can recognise it."""


@_exercise(2, "pool_map")
def check_pool_map(pool_map: Callable, *, timeout_s: float = 5.0) -> CheckReport | None:
    """Check ``pool_map(fn, items, workers, queue_size)``: a queue-based worker pool.

    Three runs:

    1. 32 tasks of 30 ms with 4 workers and a queue of 4: no more than 4
       tasks at once, no more than 4 worker threads, the input read at most
       ``workers + queue_size`` (+ 2) items ahead of the finished tasks (a
       bounded queue), results in input order, and no thread left alive.
    2. 16 tasks of which one raises ValueError: ``pool_map`` must raise that
       exception after the pool stops, and leave no thread alive.
    3. The message workload, 12 batches, with 3 workers: every byte sent,
       no more than 3 batches in flight.  Resident memory is in the report.

    Prints a line and returns a :class:`CheckReport` if it passed; raises
    AssertionError saying what was wrong if not.
    """
    n, workers, queue_size = _POOL_TASKS, _POOL_WORKERS, _POOL_QUEUE
    call = f"pool_map(fn, items, workers={workers}, queue_size={queue_size})"
    deadlock_hint = ("Is a worker waiting on a queue nobody fills? Put one sentinel (None) per worker after "
                     "the last item, and make sure a worker survives a task that raises.")

    baseline = threading.active_count()
    probe = _Probe(_napping_square(_POOL_TASK_S))
    start = time.perf_counter()
    outcome = _run(lambda: pool_map(probe.task, probe.items(n), workers, queue_size), timeout_s,
                   lambda: probe.stuck("pool_map", n, timeout_s, deadlock_hint))
    elapsed = time.perf_counter() - start
    value = outcome.result(call)
    _expect(probe.peak_running <= workers,
            f"your pool ran {probe.peak_running} tasks at once; the limit was {workers}. "
            f"Hint: start exactly `workers` threads, each taking tasks from the queue in a loop.")
    _expect(probe.peak_threads <= workers + 1,
            f"your pool had {probe.peak_threads} threads alive at once; it should need {workers} workers "
            "(and at most one helper). Hint: start the workers once, before feeding the queue.")
    ahead_limit = workers + queue_size + 2  # one item in the feeder's hand, one in a worker's before it starts
    _expect(probe.peak_ahead <= ahead_limit,
            f"your pool took {probe.peak_ahead} items from the input before they were done; with {workers} "
            f"workers and a queue of {queue_size}, at most {ahead_limit} should be in flight. An unbounded "
            f"queue holds every waiting task's payload. Hint: queue.Queue(maxsize=queue_size), so put() waits "
            "for room.")
    _expect(probe.peak_running >= 2,
            f"your pool never ran more than one task at once; with {workers} workers it should run {workers}. "
            "Hint: start the workers before you put items, and do not join them until the last item is queued.")
    _expect(probe.finished == n, f"pool_map returned after only {probe.finished} of {n} tasks finished. "
                                 "Hint: join every worker before collecting the results.")
    _expect_results(value, "pool_map", [i * i for i in range(n)])
    left = _threads_left(baseline)
    _expect(left <= 0, f"after pool_map returned, {left} of its threads were still alive. Hint: send each "
                       "worker a sentinel so it leaves its loop, and join it.")

    def fail_one(item: int) -> int:
        if item == _FAILING_ITEM:
            raise _Planted(f"task {item} failed on purpose")
        return item * item

    failing = _Probe(fail_one)
    outcome = _run(lambda: pool_map(failing.task, list(range(16)), workers, queue_size), timeout_s,
                   lambda: failing.stuck("pool_map", 16, timeout_s, deadlock_hint))
    _expect(outcome.error is not None,
            f"task {_FAILING_ITEM} raised ValueError('task {_FAILING_ITEM} failed on purpose'), but pool_map "
            "returned normally: the exception was lost, and its caller believes every message was sent. "
            "Hint: catch the exception in the worker, keep it, and raise it in pool_map once the workers "
            "are done.")
    _expect(isinstance(outcome.error, _Planted),
            f"task {_FAILING_ITEM} raised ValueError('task {_FAILING_ITEM} failed on purpose'), but pool_map "
            f"raised {type(outcome.error).__name__}: {outcome.error}. Hint: raise the task's own exception.")
    left = _threads_left(baseline)
    _expect(left <= 0, f"after a task raised, {left} of pool_map's threads were still alive. Hint: send the "
                       "sentinels and join the workers in a finally: block, so they stop even on an error.")

    w = _SMALL_INCIDENT
    sender = _Probe(w.send_batch)
    with Sampler(interval_s=0.01, progress=lambda: sender.finished) as sampler:
        outcome = _run(lambda: pool_map(sender.task, w.batches(), 3, 3), timeout_s,
                       lambda: sender.stuck("pool_map", w.tasks, timeout_s, deadlock_hint))
    sent = outcome.result("pool_map(workload.send_batch, workload.batches(), workers=3, queue_size=3)")
    _expect(sender.peak_running <= 3, f"your pool sent {sender.peak_running} batches at once; the limit was 3.")
    _expect(isinstance(sent, (list, tuple)) and sum(sent) == w.total_payload_bytes,
            f"pool_map over the message workload returned {_preview(list(sent)) if isinstance(sent, (list, tuple)) else sent!r}; "
            f"expected {w.tasks} byte counts adding up to {w.total_payload_bytes:,}.")
    trace = sampler.trace
    print(f"Exercise 2 (pool_map) passed: {workers} workers ran {n} tasks, never more than {workers} at once, "
          f"reading at most {ahead_limit} items ahead; the failing task's exception reached the caller; no "
          f"thread outlived the call; and 3 workers sent all {w.tasks} batches of the message workload "
          f"({w.total_payload_bytes / MIB:.1f} MiB).")
    return CheckReport("Exercise 2", (
        ("peak tasks running at once", f"{probe.peak_running} (limit {workers})"),
        ("peak items read ahead of the workers", f"{probe.peak_ahead} (limit {ahead_limit})"),
        ("elapsed for 32 tasks", f"{elapsed:.2f} s ({n * _POOL_TASK_S / workers:.2f} s at best)"),
        ("message workload: peak batches in flight", f"{sender.peak_running} of {w.tasks}"),
        ("message workload: peak resident memory", f"{trace.peak_rss_mib:.0f} MiB "
                                                   f"(+{(trace.peak_rss_bytes - trace.samples[0].rss_bytes) / MIB:.1f} MiB)"),
        ("message workload: elapsed", f"{trace.duration_s:.2f} s"),
    ))


# Exercise 3 -------------------------------------------------------------------

#: (target tasks/s, latency s, workers): each case catches a different slip.
_LITTLE_CASES = (
    (100, 0.25, 25),  # 25.0 exactly: no extra worker
    (10, 0.25, 3),  # 2.5: floor and round() both say 2
    (12, 0.2, 3),  # 2.4: round() says 2
    (7, 0.5, 4),  # 3.5: floor says 3
    (1, 0.01, 1),  # 0.01: floor says 0 workers
)
_SWEEP_TARGET, _SWEEP_LATENCY_S, _SWEEP_ROUNDS = 25, 0.1, 8


def _measure_pool(workers: int, latency_s: float, tasks: int) -> tuple[float, float]:
    """Return (tasks per second, mean task latency in s) of a WorkerPool over sleep tasks."""
    latencies: list[float] = []

    def task(_: int) -> None:
        began = time.perf_counter()
        time.sleep(latency_s)
        latencies.append(time.perf_counter() - began)  # list.append is atomic under the GIL

    start = time.perf_counter()
    with WorkerPool(max_workers=workers) as pool:
        for _ in pool.map(task, range(tasks)):
            pass
    return tasks / (time.perf_counter() - start), sum(latencies) / len(latencies)


@_exercise(3, "workers_for")
def check_workers_for(workers_for: Callable, *, timeout_s: float = 5.0) -> CheckReport | None:
    """Check ``workers_for(tasks_per_s, latency_s)``: Little's law, rounded up.

    Little's law: a pool whose tasks take ``latency_s`` each, finishing
    ``tasks_per_s`` of them, has ``tasks_per_s * latency_s`` tasks in flight
    on average, so it needs that many workers, rounded up.  The check asks
    for five targets chosen to catch rounding down, ``round()`` and an extra
    worker, then confirms one by measurement: :class:`~pool_lab.WorkerPool`
    runs 100 ms sleep tasks with the answer for 25 tasks/s, and with one
    worker fewer and one more, and checks that the answer reaches the target
    while one fewer cannot.

    The measured check allows for a loaded machine: it compares throughput
    with what Little's law predicts from the task latency actually measured
    (a sleep overruns when the machine is busy), and repeats a run that falls
    short once before failing.

    >>> import math
    >>> report = check_workers_for(lambda tasks_per_s, latency_s: math.ceil(tasks_per_s * latency_s))
    Exercise 3 (workers_for) passed: ...
    """
    for target, latency, expected in _LITTLE_CASES:
        outcome = _run(functools.partial(workers_for, target, latency), timeout_s,
                       functools.partial("workers_for({}, {}) did not return within {:g} s.".format,
                                         target, latency, timeout_s))
        got = outcome.result(f"workers_for({target}, {latency})")
        in_flight = target * latency
        _expect(isinstance(got, int) and not isinstance(got, bool),
                f"workers_for({target}, {latency}) returned {got!r} ({type(got).__name__}); a number of workers "
                "is a whole number. Hint: math.ceil returns an int.")
        _expect(got >= expected,
                f"workers_for({target}, {latency}) returned {got}; {target} tasks/s × {latency} s = {in_flight:g} "
                f"tasks in flight on average, and {got} workers finish at most {got / latency:g} tasks/s, short "
                f"of {target}. Hint: round up (math.ceil), never down.")
        _expect(got <= expected,
                f"workers_for({target}, {latency}) returned {got}; {target} tasks/s × {latency} s = {in_flight:g} "
                f"tasks in flight, so {expected} workers (up to {expected / latency:g} tasks/s) are enough, and "
                "each extra worker costs a thread and its payload. Hint: math.ceil(tasks_per_s * latency_s).")

    target, latency = _SWEEP_TARGET, _SWEEP_LATENCY_S
    n = workers_for(target, latency)
    measured = {workers: _measure_pool(workers, latency, _SWEEP_ROUNDS * workers) for workers in (n - 1, n, n + 1)}

    def reaches_target(rate: float, mean_latency: float) -> bool:
        # Little's law with the latency as measured: a busy machine stretches
        # the sleeps, which no pool size makes up for.  The 0.9 leaves room for
        # the pool's own overhead.
        return rate >= 0.9 * target * latency / mean_latency

    if not reaches_target(*measured[n]):
        measured[n] = _measure_pool(n, latency, _SWEEP_ROUNDS * n)  # once more, in case a neighbour was busy
    rate, mean_latency = measured[n]
    _expect(reaches_target(rate, mean_latency),
            f"with {n} workers the pool measured {rate:.1f} tasks/s, short of the {target} tasks/s target, though "
            f"its tasks took {mean_latency * 1000:.0f} ms and Little's law says {n} workers finish "
            f"{n / mean_latency:.1f} tasks/s. The machine may be very busy: run the check again.")
    _expect(measured[n - 1][0] < target,
            f"with {n - 1} workers the pool measured {measured[n - 1][0]:.1f} tasks/s, at or above the target of "
            f"{target}, which Little's law says it cannot reach. Please report this.")
    print(f"Exercise 3 (workers_for) passed: all {len(_LITTLE_CASES)} targets sized right. Measured: "
          f"{n} workers reach {target} tasks/s of {latency * 1000:.0f} ms tasks; {n - 1} do not.")
    return CheckReport("Exercise 3", tuple(
        (f"{workers} workers", f"{rate:5.1f} tasks/s (Little's law: {workers / latency:g}; target {target}; "
                               f"tasks took {mean:.3f} s)")
        for workers, (rate, mean) in measured.items()
    ))


# Exercise 4 -------------------------------------------------------------------


def _give_back_freed_memory() -> None:
    """Collect garbage and hand the heap's free pages back to the kernel (glibc only).

    A wrong answer to exercise 4 builds about 100 MiB of payloads before the
    check stops it.  Freed, they stay resident in the C heap, where they would
    inflate every measurement made in this kernel afterwards, and let a later
    allocation reuse resident pages instead of growing RSS.  Other platforms
    return large frees on their own, or offer no call for it.
    """
    gc.collect()  # payloads held by reference cycles (exception -> traceback -> frame)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).malloc_trim(0)
        except (OSError, AttributeError):  # a libc without malloc_trim, such as musl
            pass


_STREAM_ITEMS, _STREAM_ITEM_BYTES, _STREAM_WORKERS = 100_000, 64 * KIB, 8
_STREAM_SEND_S = 0.000_1  # slower than making a payload, as a network send is: a queue with room fills
_STREAM_BUDGET_BYTES = 100 * MIB
_RSS_EVERY = 16  # items between two readings of RSS by the stream itself: 1 MiB of payload


class _OverBudget(Exception):
    """The stream stopped feeding an answer whose memory grew past the budget."""


class _Stream:
    """The items of exercise 4: 64 KiB payloads made on demand, and a guard.

    A payload is built when the answer takes its item, as a service renders a
    message; every byte is written, so it counts in RSS.  The stream reads RSS
    every 16 items (and the Sampler every 10 ms) and, once it is over the
    budget or the check has given up, stops: ``items`` and ``process`` raise
    and nothing more is built.
    """

    def __init__(self) -> None:
        self._me = psutil.Process()
        self.baseline = self._me.memory_info().rss
        self.limit = self.baseline + _STREAM_BUDGET_BYTES
        self._lock = threading.Lock()
        self.pulled = self.processed = self.peak_ahead = 0
        self.over_at: int | None = None  # the RSS reading that crossed the budget
        self.stopped = False

    def watch(self, sample: Sample) -> None:
        """Stop the stream if a Sampler reading is over the budget (from its thread)."""
        self._guard(sample.rss_bytes)

    def _guard(self, rss: int) -> None:
        if rss > self.limit and self.over_at is None:
            self.over_at = rss
            self.stopped = True

    def items(self) -> Iterator[bytes]:
        """Yield the payloads, one per item, until memory is over the budget."""
        for item in range(_STREAM_ITEMS):
            if item % _RSS_EVERY == 0:
                self._guard(self._me.memory_info().rss)
            if self.stopped:
                raise _OverBudget
            with self._lock:
                self.pulled += 1
                self.peak_ahead = max(self.peak_ahead, self.pulled - self.processed)
            yield (item % 251).to_bytes(1, "little") * _STREAM_ITEM_BYTES

    def process(self, payload: bytes) -> int:
        """Send one payload (a 0.1 ms wait) and return its size in bytes."""
        if self.stopped:
            raise _OverBudget
        time.sleep(_STREAM_SEND_S)
        with self._lock:
            self.processed += 1
        return len(payload)


@_exercise(4, "process_stream")
def check_process_stream(process_stream: Callable, *, timeout_s: float = 5.0) -> CheckReport | None:
    """Check ``process_stream(items, process, workers)``: 100,000 items in bounded memory.

    ``items`` is a generator of 100,000 payloads of 64 KiB, built as they are
    taken (6.1 GiB if all were held at once); ``process(payload)`` waits
    0.1 ms, as a send would, and returns the payload's size; ``workers`` is 8.  The answer must return the sum of
    the sizes while resident memory stays within 100 MiB of where it started.
    The check measures with a :class:`~pool_lab.Sampler` every 10 ms and with
    its own reading every 16 items, and stops feeding the answer (``items``
    and ``process`` raise) as soon as memory crosses the budget, so a wrong
    answer costs the machine about 100 MiB for a moment, not 6.1 GiB.

    ``timeout_s`` is how long the check waits without any item being taken
    or processed before it calls the answer deadlocked.  Prints a line and
    returns a :class:`CheckReport` if it passed; raises AssertionError saying
    what was wrong if not.
    """
    stream = _Stream()
    budget_mib = _STREAM_BUDGET_BYTES / MIB
    start = time.perf_counter()
    with Sampler(interval_s=0.01, progress=lambda: stream.processed, on_sample=stream.watch) as sampler:
        try:
            outcome = _run(lambda: process_stream(stream.items(), stream.process, _STREAM_WORKERS), timeout_s,
                           lambda: (f"process_stream made no progress for {timeout_s:g} s: {stream.processed:,} of "
                                    f"{_STREAM_ITEMS:,} items processed, {stream.pulled:,} taken. Is a worker waiting "
                                    f"on a queue nobody fills, or a join on a worker that never ends? {_LEFTOVERS}"),
                           progress=lambda: stream.pulled + stream.processed)
        finally:
            stream.stopped = True  # whatever happened, a thread left behind builds nothing more
    elapsed = time.perf_counter() - start
    trace = sampler.trace
    if stream.over_at is not None:
        del outcome  # let go of the answer's frames, and the payloads they hold
        _give_back_freed_memory()
        raise AssertionError(
            f"your process_stream held too much at once: resident memory grew "
            f"{(max(stream.over_at, trace.peak_rss_bytes) - stream.baseline) / MIB:.1f} MiB past where it started, "
            f"over the budget of {budget_mib:.0f} MiB, with {stream.peak_ahead:,} items "
            f"({stream.peak_ahead * _STREAM_ITEM_BYTES / MIB:.0f} MiB of payload) taken from the stream and not "
            f"yet processed. The check stopped it there; all {_STREAM_ITEMS:,} at once would need "
            f"{_STREAM_ITEMS * _STREAM_ITEM_BYTES / GIB:.1f} GiB. Hint: take an item only when a worker is free: "
            "pool_lab.WorkerPool.map is lazy, and a queue.Queue(maxsize=...) makes put() wait; "
            "ThreadPoolExecutor.map and list(items) take every item first."
        ) from None
    total = outcome.result("process_stream(items, process, workers)")
    _expect(stream.processed == _STREAM_ITEMS,
            f"process_stream processed {stream.processed:,} of {_STREAM_ITEMS:,} items. "
            "Hint: every item must be processed, the last ones too.")
    _expect(total == _STREAM_ITEMS * _STREAM_ITEM_BYTES,
            f"process_stream returned {total!r}; expected the sum of process(item) over all items, "
            f"{_STREAM_ITEMS * _STREAM_ITEM_BYTES:,} bytes.")
    print(f"Exercise 4 (process_stream) passed: {_STREAM_ITEMS:,} items "
          f"({_STREAM_ITEMS * _STREAM_ITEM_BYTES / GIB:.1f} GiB of payload) processed within the "
          f"{budget_mib:.0f} MiB budget.")
    growth = trace.peak_rss_bytes - stream.baseline
    return CheckReport("Exercise 4", (
        ("peak resident memory", f"{trace.peak_rss_mib:.0f} MiB (+{max(0, growth) / MIB:.1f} MiB; "
                                 f"budget +{budget_mib:.0f} MiB)"),
        ("peak items taken and not yet processed", f"{stream.peak_ahead:,} "
                                                   f"({stream.peak_ahead * _STREAM_ITEM_BYTES / MIB:.1f} MiB)"),
        ("elapsed", f"{elapsed:.1f} s ({_STREAM_ITEMS / elapsed:,.0f} items/s)"),
    ))


# Exercise 5 -------------------------------------------------------------------

_GATHER_COROS, _GATHER_LIMIT, _GATHER_SLEEP_S = 40, 5, 0.02


@_exercise(5, "gather_limited")
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
    Exercise 5 (gather_limited) passed: 40 coroutines, never more than 5 at once, ...
    """
    n, limit = _GATHER_COROS, _GATHER_LIMIT
    probe = _Probe()
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
    outcome = _run(lambda: asyncio.run(main()), timeout_s + 2,
                   lambda: stuck.format(probe.finished, n - probe.finished) + " Is something blocking the event "
                           "loop, such as time.sleep() or a lock's acquire()?")
    elapsed = time.perf_counter() - start
    # asyncio.wait_for raises asyncio.TimeoutError, which is the builtin TimeoutError only since 3.11.
    _expect(not isinstance(outcome.error, (TimeoutError, asyncio.TimeoutError)),
            stuck.format(probe.finished, n - probe.finished))
    value = outcome.result(f"gather_limited(coros, limit={limit})")
    _expect(probe.peak_running <= limit,
            f"your gather_limited ran {probe.peak_running} coroutines at once; the limit was {limit}. Hint: "
            "each coroutine must wait for the semaphore before it starts: wrap it in "
            "`async def one(c): async with semaphore: return await c`.")
    _expect(probe.peak_running >= 2,
            f"your gather_limited never ran more than one coroutine at once; with limit={limit} it should run "
            f"{limit}. Hint: asyncio.gather runs them concurrently; the semaphore is what holds them back.")
    _expect(probe.finished == n, f"gather_limited returned after {probe.finished} of {n} coroutines finished. "
                                 "Hint: await every one of them.")
    _expect_results(value, "gather_limited", [i * i for i in range(n)])
    print(f"Exercise 5 (gather_limited) passed: {n} coroutines, never more than {limit} at once, every result "
          "back in order.")
    return CheckReport("Exercise 5", (
        ("peak coroutines running at once", f"{probe.peak_running} (limit {limit})"),
        ("elapsed", f"{elapsed:.2f} s ({n} × {_GATHER_SLEEP_S * 1000:.0f} ms / {limit} = "
                    f"{n * _GATHER_SLEEP_S / limit:.2f} s at best)"),
    ))


# Exercise 7 -------------------------------------------------------------------

# 100 messages of 128 KiB to a receiver of 4 slots, 40 ms each: 100 per second
# at best, so a second; one at a time takes at least 4 s.  Every 7th message's
# first try gets a 503 and every 5th message's first answer is lost.
_SEND_MESSAGES, _SEND_BYTES = 100, 128 * KIB
_SEND_CAPACITY, _SEND_SERVICE_S, _SEND_QUEUE = 4, 0.04, 4
_SEND_FAIL_EVERY, _SEND_DROP_EVERY = 7, 5
_SEND_BUDGET = 32  # payloads held at once: 4 MiB
# A sender must beat three quarters of the time one at a time takes at best
# (4 s): a pool that keeps the receiver busy takes about 1 s, which leaves a
# loaded machine room, and no sender one at a time can pass.
_SEND_LIMIT_S = 0.75 * _SEND_MESSAGES * _SEND_SERVICE_S


class _Payload(bytes):
    """A message body that counts how many of its kind are alive (held somewhere) at once."""

    __slots__ = ()
    alive = peak = made = 0
    _lock = threading.Lock()

    def __new__(cls, data: bytes) -> "_Payload":
        payload = super().__new__(cls, data)
        with cls._lock:
            cls.alive += 1
            cls.made += 1
            cls.peak = max(cls.peak, cls.alive)
        return payload

    def __del__(self) -> None:
        with type(self)._lock:
            type(self).alive -= 1


def _messages(n: int, stop: threading.Event) -> Iterator[tuple[str, bytes]]:
    """Yield ``(message_id, payload)`` pairs, each payload built only when asked for."""
    for i in range(n):
        if stop.is_set():  # the check gave up: build nothing more
            return
        yield f"m{i}", _Payload(i.to_bytes(8, "little") * (_SEND_BYTES // 8))


@_exercise(7, "deliver_all")
def check_deliver_all(deliver_all: Callable, *, timeout_s: float = 5.0) -> CheckReport | None:
    """Check ``deliver_all(url, messages, capacity, service_time_s)``: every message exactly once, bounded.

    Starts a real :class:`~pool_lab.Receiver` of ``capacity`` 4, 40 ms per
    message and a queue of 4, which answers the first try of every 7th
    message with a 503 and loses the answer to the first delivery of every
    5th (it delivers, then drops the connection).  ``deliver_all`` gets its
    URL and 100 messages as ``(message_id, payload)`` pairs of 128 KiB from a
    generator, and must return once all are delivered.  The check then asks
    the receiver: every message delivered, none twice; and checks that no
    more than 32 payloads (4 MiB) were held at once and that it took less
    than three quarters of the time one message at a time would.

    >>> import concurrent.futures as cf
    >>> from pool_lab import HttpSender
    >>> def deliver_all(url, messages, capacity, service_time_s):
    ...     sender = HttpSender(url, retries=5, idempotency_key=True, pool_maxsize=capacity)
    ...     with WorkerPool(max_workers=capacity) as pool:
    ...         for _ in pool.map(lambda m: sender.send(m[1], m[0]), messages):
    ...             pass
    >>> report = check_deliver_all(deliver_all)
    Exercise 7 (deliver_all) passed: ...
    """
    from .downstream import Receiver, close_clients

    n = _SEND_MESSAGES
    stop = threading.Event()
    _Payload.alive = _Payload.peak = _Payload.made = 0
    with Receiver(_SEND_CAPACITY, _SEND_SERVICE_S, _SEND_QUEUE, fail_first_try_every=_SEND_FAIL_EVERY,
                  drop_first_answer_every=_SEND_DROP_EVERY) as receiver:
        url = receiver.url + "/messages"
        call = f"deliver_all(url, messages, capacity={_SEND_CAPACITY}, service_time_s={_SEND_SERVICE_S})"
        start = time.perf_counter()
        try:
            # A slow answer that keeps taking messages runs to its end (and is
            # told it was slow); one that takes none for timeout_s is stuck.
            outcome = _run(lambda: deliver_all(url, _messages(n, stop), _SEND_CAPACITY, _SEND_SERVICE_S),
                           timeout_s, lambda: f"{call} took no new message for {timeout_s:g} s, with "
                                              f"{_Payload.made} of {n} taken. Does it wait for something that "
                                              "never comes? " + _LEFTOVERS,
                           progress=lambda: _Payload.made)
        finally:
            stop.set()
        elapsed = time.perf_counter() - start
        stats = receiver.stats(deliveries=True, settle=True)
    close_clients()
    outcome.result(call)
    missing = stats.missing(f"m{i}" for i in range(n))
    twice = sorted((m for m, count in stats.deliveries.items() if count > 1), key=lambda m: int(m[1:]))
    _expect(not missing,
            f"the receiver never got {len(missing)} of the {n} messages ({_preview(missing)}); it refused "
            f"{stats.rejected} requests with 503. Hint: a 503 or a lost answer is worth another try: retry, with "
            "backoff (HttpSender(url, retries=5)), and keep the requests in flight within what the receiver "
            f"serves and queues ({_SEND_CAPACITY} + {_SEND_QUEUE}).")
    _expect(not twice,
            f"the receiver delivered {len(twice)} messages more than once ({_preview(twice)}): their first "
            "answer was lost, your sender tried again, and the receiver could not tell a retry from a new "
            "message. Hint: send an idempotency key (HttpSender(url, ..., idempotency_key=True)).")
    _expect(_Payload.peak <= _SEND_BUDGET,
            f"your sender held {_Payload.peak} payloads at once ({_Payload.peak * _SEND_BYTES // KIB} KiB); the "
            f"budget is {_SEND_BUDGET} ({_SEND_BUDGET * _SEND_BYTES // MIB} MiB). Hint: take a message from the "
            "iterator only when a worker is free: a fixed pool of workers and a bounded queue (WorkerPool), "
            "not a thread per message or list(messages).")
    _expect(elapsed <= _SEND_LIMIT_S,
            f"your sender took {elapsed:.2f} s; one message at a time takes at least "
            f"{n * _SEND_SERVICE_S:.1f} s and the limit is {_SEND_LIMIT_S:.1f} s. Hint: Little's law: the "
            f"receiver serves {_SEND_CAPACITY / _SEND_SERVICE_S:g} messages/s, each in {_SEND_SERVICE_S * 1000:.0f} "
            "ms plus the round trip, so it takes about capacity workers (a few more for the round trip) to keep "
            "it busy.")
    print(f"Exercise 7 (deliver_all) passed: all {n} messages delivered exactly once, as the receiver counted, "
          f"within the {_SEND_BUDGET}-payload budget and the time limit.")
    return CheckReport("Exercise 7", (
        ("messages delivered", f"{stats.messages} of {n}, {stats.duplicates} duplicates"),
        ("requests the receiver got", f"{stats.requests} ({stats.rejected} × 503, {stats.deduplicated} retries "
                                      f"answered by idempotency key, {stats.dropped_answers} answers lost)"),
        ("payloads held at once", f"{_Payload.peak} (budget {_SEND_BUDGET})"),
        ("elapsed", f"{elapsed:.2f} s (limit {_SEND_LIMIT_S:.1f} s; "
                    f"{n / (_SEND_CAPACITY / _SEND_SERVICE_S):.1f} s at the receiver's best)"),
    ))
