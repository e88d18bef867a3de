"""The same lesson with asyncio: coroutines are cheap, what they hold is not.

Three ways to run one coroutine per item, the asyncio twins of the thread
strategies:

* :func:`gather_all` creates a task for every item at once and gathers them:
  thread-per-task with coroutines.  Nothing bounds how many hold a payload.
* :func:`gather_with_semaphore` still creates every task up front, but a
  :class:`asyncio.Semaphore` lets only ``limit`` of them do their work at a
  time.  Memory for payloads is bounded; every task object still exists.
* :func:`queue_workers` starts ``workers`` tasks that read items from an
  :class:`asyncio.Queue` with a ``maxsize``: the asyncio worker pool.  Only
  ``workers + 1`` tasks ever exist, whatever the number of items.

Each returns an :class:`AsyncStats`.  :func:`run_in_own_loop` runs a
coroutine in an event loop of its own, so :mod:`pool_lab.strategies` runs
these strategies (and a student's ``async def``) like the thread ones, in a
script, a lab child or a Jupyter kernel.  :func:`measure_coroutine_cost`
is the coroutine twin of :func:`pool_lab.measure_thread_cost`.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Coroutine, Iterable, Iterator, TypeVar

from ._checks import check_int
from .sampler import UnitCost, measure_cost
from .workload import MessageWorkload

__all__ = [
    "AsyncStats",
    "gather_all",
    "gather_with_semaphore",
    "queue_workers",
    "send_batch",
    "run_in_own_loop",
    "measure_coroutine_cost",
]

T = TypeVar("T")

# Errors kept per run: enough to say what went wrong, not a copy of every payload's traceback.
_KEPT_ERRORS = 5


@dataclass
class AsyncStats:
    """What one run of coroutines did.

    ``done`` items returned and ``failed`` raised (the first few exceptions
    are in ``errors``).  ``peak_running`` is the most items whose coroutine
    was inside ``fn`` at once (the number that decides payload memory);
    ``peak_tasks`` the most asyncio tasks this run had alive at once (the
    number that decides the tasks' own memory).
    """

    done: int = 0
    failed: int = 0
    peak_running: int = 0
    peak_tasks: int = 0
    errors: list[BaseException] = field(default_factory=list)
    _running: int = 0
    _tasks: int = 0

    async def _run(self, fn: Callable[[Any], Awaitable[Any]], item: Any, on_done: Callable[[], None]) -> None:
        self._running += 1
        self.peak_running = max(self.peak_running, self._running)
        try:
            await fn(item)
        except Exception as exc:
            self.failed += 1
            if len(self.errors) < _KEPT_ERRORS:
                self.errors.append(exc)
        else:
            self.done += 1
            on_done()
        finally:
            self._running -= 1

    def _task(self, coro: Awaitable[None]) -> asyncio.Task:
        self._tasks += 1
        self.peak_tasks = max(self.peak_tasks, self._tasks)
        task = asyncio.ensure_future(coro)
        task.add_done_callback(self._task_ended)
        return task

    def _task_ended(self, task: asyncio.Task) -> None:
        self._tasks -= 1


def _nothing() -> None:
    pass


async def gather_all(fn: Callable[[Any], Awaitable[Any]], items: Iterable[Any],
                     on_done: Callable[[], None] = _nothing) -> AsyncStats:
    """Run ``await fn(item)`` for every item, all at once; return the stats.

    One task per item, created before any of them runs: the coroutine twin
    of a thread per task.  ``on_done`` is called after each item that
    succeeds.

    >>> async def double(n):
    ...     await asyncio.sleep(0.01)
    >>> stats = asyncio.run(gather_all(double, range(50)))
    >>> stats.done, stats.peak_running, stats.peak_tasks
    (50, 50, 50)
    """
    stats = AsyncStats()
    await asyncio.gather(*[stats._task(stats._run(fn, item, on_done)) for item in items])
    return stats


async def gather_with_semaphore(fn: Callable[[Any], Awaitable[Any]], items: Iterable[Any], limit: int,
                                on_done: Callable[[], None] = _nothing) -> AsyncStats:
    """Run ``await fn(item)`` for every item, at most ``limit`` at a time; return the stats.

    Every item still gets its task up front; a semaphore makes all but
    ``limit`` of them wait before they start ``fn``.

    >>> async def nap(n):
    ...     await asyncio.sleep(0.01)
    >>> stats = asyncio.run(gather_with_semaphore(nap, range(50), limit=5))
    >>> stats.done, stats.peak_running, stats.peak_tasks
    (50, 5, 50)
    """
    check_int("limit", limit)
    stats = AsyncStats()
    permits = asyncio.Semaphore(limit)

    async def one(item: Any) -> None:
        async with permits:
            await stats._run(fn, item, on_done)

    await asyncio.gather(*[stats._task(one(item)) for item in items])
    return stats


async def queue_workers(fn: Callable[[Any], Awaitable[Any]], items: Iterable[Any], workers: int,
                        queue_size: int | None = None, on_done: Callable[[], None] = _nothing) -> AsyncStats:
    """Run ``await fn(item)`` for every item on ``workers`` worker tasks; return the stats.

    The workers read from an :class:`asyncio.Queue` of ``queue_size`` items
    (default: ``workers``); this coroutine feeds it, waiting whenever it is
    full, so only ``workers`` tasks exist (plus this one) however many items
    there are.  An item that raises is counted and the worker goes on.

    >>> async def nap(n):
    ...     await asyncio.sleep(0.01)
    >>> stats = asyncio.run(queue_workers(nap, range(50), workers=5))
    >>> stats.done, stats.peak_running, stats.peak_tasks
    (50, 5, 5)
    """
    check_int("workers", workers)
    queue: asyncio.Queue = asyncio.Queue(check_int("queue_size", workers if queue_size is None else queue_size))
    stats = AsyncStats()
    done = object()  # one per worker, after the last item: no more work

    async def worker() -> None:
        while (item := await queue.get()) is not done:
            await stats._run(fn, item, on_done)
            del item  # drop the item (and what it holds) before waiting again

    crew = [stats._task(worker()) for _ in range(workers)]
    try:
        for item in items:
            await queue.put(item)  # waits while the queue is full: backpressure
        for _ in crew:
            await queue.put(done)
        await asyncio.gather(*crew)
    finally:
        for task in crew:
            task.cancel()
    return stats


async def send_batch(workload: MessageWorkload, batch: range) -> int:
    """Look up, render, send and release one batch, waiting as a coroutine; return bytes sent.

    The coroutine twin of :meth:`MessageWorkload.send_batch`: the look-up and
    the send are ``asyncio.sleep`` calls, so the event loop runs other
    batches while this one waits; rendering is the same CPU work, every byte
    written.

    >>> asyncio.run(send_batch(MessageWorkload(users=10, send_latency_s=0.01), range(3))) // 1024
    192
    """
    await asyncio.sleep(workload.lookup_latency_s)
    payload = workload.render(batch)
    sent = await workload.send_async(payload)
    del payload  # released before the task reports done, as the service did
    return sent


def run_in_own_loop(main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run ``await main()`` in a new event loop in a thread of its own; return its result.

    The thread has ended when this returns (or re-raises what ``main``
    raised): it works the same in a script, in the lab's child process, and
    in a Jupyter kernel, whose own loop is already running, so ``asyncio.run``
    cannot be called there.

    >>> async def answer():
    ...     await asyncio.sleep(0.01)
    ...     return 42
    >>> run_in_own_loop(answer)
    42
    """
    outcome: dict[str, Any] = {}

    def loop() -> None:
        try:
            outcome["result"] = asyncio.run(main())
        except BaseException as exc:  # re-raised in the caller's thread below
            outcome["error"] = exc

    thread = threading.Thread(target=loop, name="pool_lab-asyncio", daemon=True)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome.pop("error")
    return outcome["result"]


@contextlib.contextmanager
def _idle_coroutines(n: int) -> Iterator[None]:
    """Keep ``n`` asyncio tasks alive, each awaiting an event, for the ``with`` block."""
    started = threading.Event()
    release: dict[str, Callable[[], object]] = {}

    async def main() -> None:
        go_on = asyncio.Event()
        tasks = [asyncio.ensure_future(go_on.wait()) for _ in range(n)]
        await asyncio.sleep(0)  # one pass of the loop: every task has started and is waiting
        loop = asyncio.get_running_loop()
        release["now"] = lambda: loop.call_soon_threadsafe(go_on.set)
        started.set()
        await asyncio.gather(*tasks)

    thread = threading.Thread(target=asyncio.run, args=(main(),), name="pool_lab-asyncio-idle", daemon=True)
    thread.start()
    try:
        started.wait()
        yield
    finally:
        if "now" in release:
            release["now"]()
        thread.join()


def measure_coroutine_cost(coroutines: int = 10_000) -> UnitCost:
    """Start ``coroutines`` idle asyncio tasks, measure what they add, end them; return it.

    The coroutine twin of :func:`pool_lab.measure_thread_cost`, measured the
    same way (:func:`pool_lab.measure_cost`): resident memory per task, and
    how many the event loop creates and starts per second.  One event loop,
    in one extra thread, runs them all.

    >>> cost = measure_coroutine_cost(2_000)
    >>> cost.kind, cost.units, cost.rss_bytes_per_unit < 16 * 1024
    ('coroutine', 2000, True)
    """
    check_int("coroutines", coroutines, high=1_000_000)
    return measure_cost("coroutine", coroutines, _idle_coroutines)
