"""Benchmark 1: what it costs to hand a no-op task to a pool, against the standard library."""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import gc
import itertools
import queue
import threading
import time
from multiprocessing.pool import ThreadPool
from typing import Callable, Iterator

from pool_lab import ThreadPerTaskExecutor, WorkerPool
from pool_lab._future import LightFuture
from pool_lab.executors import DEFAULT_QUEUE_SIZE

from .report import Table, interleaved, median_of

WORKERS = 4


def _noop() -> object:
    return None


def _same(x: int) -> int:
    return x


def _submit_rate(make: Callable[[], cf.Executor], n: int) -> float:
    executor = make()
    start = time.perf_counter()
    with executor:
        futures = [executor.submit(_noop) for _ in range(n)]
        for future in futures:
            future.result()
    return n / (time.perf_counter() - start)


def _without_gc(rate: Callable[[], float]) -> float:
    # The caller's list of n Futures is what the collector traces, in every
    # pool alike: measured without it, the rows show the pools' own cost.
    gc.collect()
    gc.disable()
    try:
        return rate()
    finally:
        gc.enable()


def _tracked_per(make: Callable[[], cf.Future], count: int = 1_000) -> float:
    """Return how many objects the garbage collector tracks for each Future ``make`` returns."""
    gc.collect()
    before = len(gc.get_objects())
    futures = [make() for _ in range(count)]
    per_future = (len(gc.get_objects()) - before - 1) / count  # not counting the list
    del futures
    return per_future


def _map_rate(make: Callable[[], cf.Executor], n: int) -> float:
    executor = make()
    start = time.perf_counter()
    with executor:
        for _ in executor.map(_same, range(n)):
            pass
    return n / (time.perf_counter() - start)


def _imap_rate(n: int) -> float:
    start = time.perf_counter()
    with ThreadPool(WORKERS) as pool:
        for _ in pool.imap(_same, range(n)):
            pass
    return n / (time.perf_counter() - start)


def _future_alone_rate(n: int, make: Callable[[], cf.Future] = cf.Future) -> float:
    # The part of a task the Executor interface makes every pool pay: a Future
    # created, started and completed; no thread involved.
    start = time.perf_counter()
    for _ in range(n):
        future = make()
        future.set_running_or_notify_cancel()
        future.set_result(_noop())
    return n / (time.perf_counter() - start)


@contextlib.contextmanager
def _threads(work: Callable[[], None], tasks: queue.SimpleQueue | queue.Queue) -> Iterator[None]:
    """Run WORKERS threads of ``work`` for the block; stop them with one None each."""
    threads = [threading.Thread(target=work) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    try:
        yield
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()


def _least_pool_rate(n: int) -> float:
    # A Future per task through a C-level unbounded SimpleQueue: no counters,
    # no checks, no bound.  A reference, not a floor: a bounded queue can be
    # faster, because it changes how often the threads trade the GIL.
    tasks: queue.SimpleQueue = queue.SimpleQueue()

    def work() -> None:
        while (item := tasks.get()) is not None:
            if item.set_running_or_notify_cancel():
                item.set_result(_noop())

    with _threads(work, tasks):
        start = time.perf_counter()
        futures: list[cf.Future] = []
        for _ in range(n):
            future: cf.Future = cf.Future()
            futures.append(future)
            tasks.put(future)
        for future in futures:
            future.result()
        return n / (time.perf_counter() - start)


def _simple_pool_rate(n: int, queue_size: int, make: Callable[[], cf.Future] = cf.Future) -> float:
    # The thirty-line pool of the textbook: a queue.Queue(maxsize) of
    # (Future, fn, args) and WORKERS threads that get, start, call, set.
    tasks: queue.Queue = queue.Queue(maxsize=queue_size)

    def work() -> None:
        while (item := tasks.get()) is not None:
            future, fn, args = item
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(fn(*args))
                except BaseException as exc:
                    future.set_exception(exc)

    with _threads(work, tasks):
        start = time.perf_counter()
        futures = []
        for _ in range(n):
            futures.append(future := make())
            tasks.put((future, _noop, ()))
        for future in futures:
            future.result()
        return n / (time.perf_counter() - start)


def _least_lazy_map_rate(n: int, window: int) -> float:
    # The least a lazy, ordered map can do: at most `window` items taken from
    # the input and not yet yielded, through C-level queues; no Future, no
    # counters, no checks.  Every `window` items the mapping thread must wait
    # for a worker, as WorkerPool.map does and ThreadPool.imap does not.
    tasks: queue.SimpleQueue = queue.SimpleQueue()
    results: queue.SimpleQueue = queue.SimpleQueue()

    def work() -> None:
        while (item := tasks.get()) is not None:
            results.put((item[0], _same(item[1])))

    with _threads(work, tasks):
        start = time.perf_counter()
        items = enumerate(range(n))
        for item in itertools.islice(items, window):
            tasks.put(item)
        arrived: dict[int, int] = {}
        for index in range(n):
            while index not in arrived:
                done, value = results.get()
                arrived[done] = value
            del arrived[index]
            for item in itertools.islice(items, 1):
                tasks.put(item)
        return n / (time.perf_counter() - start)


def run(quick: bool) -> Table:
    """Return the dispatch table: tasks per second, medians of interleaved repetitions."""
    n, repeat = (5_000, 1) if quick else (100_000, 5)
    big_queue, simple_queue = 1024, 64
    cases = {
        "tpe.submit": lambda: _submit_rate(lambda: cf.ThreadPoolExecutor(WORKERS), n),
        "pool.submit": lambda: _submit_rate(lambda: WorkerPool(WORKERS), n),
        "pool.submit.small": lambda: _submit_rate(lambda: WorkerPool(WORKERS, WORKERS), n),
        "pool.submit.big": lambda: _submit_rate(lambda: WorkerPool(WORKERS, big_queue), n),
        "simple": lambda: _simple_pool_rate(n, simple_queue),
        "simple.light": lambda: _simple_pool_rate(n, simple_queue, LightFuture),
        "tpe.submit.nogc": lambda: _without_gc(lambda: _submit_rate(lambda: cf.ThreadPoolExecutor(WORKERS), n)),
        "pool.submit.nogc": lambda: _without_gc(lambda: _submit_rate(lambda: WorkerPool(WORKERS), n)),
        "tpt.submit": lambda: _submit_rate(ThreadPerTaskExecutor, n // 10),
        "tpe.map": lambda: _map_rate(lambda: cf.ThreadPoolExecutor(WORKERS), n),
        "pool.map": lambda: _map_rate(lambda: WorkerPool(WORKERS), n),
        "pool.map.big": lambda: _map_rate(lambda: WorkerPool(WORKERS, big_queue), n),
        "imap": lambda: _imap_rate(n),
        "future": lambda: _future_alone_rate(n),
        "future.light": lambda: _future_alone_rate(n, LightFuture),
        "least": lambda: _least_pool_rate(n),
        "least.lazy": lambda: _least_lazy_map_rate(n, 2 * WORKERS),
    }
    rate = {name: median_of(runs) for name, runs in interleaved(cases, repeat).items()}
    table = Table(
        "1. Dispatch overhead",
        f"{n:,} no-op tasks on {WORKERS} workers (thread-per-task: {n // 10:,} tasks), every task submitted, "
        f"then the pool shut down; tasks per second, median of {repeat} interleaved repetitions. `WorkerPool` "
        f"uses its default `queue_size` ({DEFAULT_QUEUE_SIZE}) unless the row says otherwise.",
    )

    def row(what: str, name: str, base: str, goal: str = "", need: float | None = None) -> None:
        ratio = rate[name] / rate[base]
        table.add(what, f"{rate[name]:,.0f} tasks/s", f"{_NAMES[base]}: {rate[base]:,.0f} tasks/s", ratio,
                  goal, None if need is None else ratio >= need)

    row("`WorkerPool.submit`", "pool.submit", "tpe.submit", ">= 1.5x", 1.5)
    row(f"`WorkerPool.submit`, queue_size={WORKERS} (the course's `Experiment`)", "pool.submit.small", "tpe.submit")
    row(f"`WorkerPool.submit`, queue_size={big_queue}", "pool.submit.big", "tpe.submit")
    row(f"reference: a thirty-line pool, `queue.Queue(maxsize={simple_queue})`", "simple", "tpe.submit")
    row("reference: the same thirty-line pool with `WorkerPool`'s `LightFuture`", "simple.light", "tpe.submit")
    row("`WorkerPool.submit`, garbage collector paused in both", "pool.submit.nogc", "tpe.submit.nogc")
    row("`WorkerPool.map`", "pool.map", "tpe.map", ">= 2.0x", 2.0)
    row("`WorkerPool.map`", "pool.map", "imap", ">= 0.75x", 0.75)
    row(f"`WorkerPool.map`, queue_size={big_queue}", "pool.map.big", "imap")
    row("`ThreadPerTaskExecutor.submit` (for scale)", "tpt.submit", "tpe.submit")
    row("reference: a Future alone, one thread", "future", "tpe.submit")
    row("reference: a `LightFuture` alone, one thread", "future.light", "tpe.submit")
    row("reference: a Future per task through an unbounded SimpleQueue, nothing else", "least", "tpe.submit")
    row(f"reference: a lazy map with {2 * WORKERS} items in flight, no Future", "least.lazy", "imap")
    table.notes += [
        "Under the GIL one thread runs Python at a time, so the cost of a task is its Python work plus how often "
        "the submitting thread and the workers hand the interpreter to each other; each handover wakes a "
        "sleeping thread. `ThreadPoolExecutor`'s queue has no bound: its submitting thread never waits, and the "
        "threads trade the GIL only when the interpreter forces a switch (every 5 ms). A bounded pool's "
        "submitting thread waits whenever the queue is full: with a queue of "
        f"{WORKERS} that is every few tasks (the `queue_size={WORKERS}` row), with "
        f"{DEFAULT_QUEUE_SIZE} about once per {DEFAULT_QUEUE_SIZE // 2} tasks, since `WorkerPool` wakes a blocked "
        "`submit` once half the queue is free. On this run the thirty-line `queue.Queue` pool reached "
        f"{rate['simple'] / rate['tpe.submit']:.2f}x and the unbounded SimpleQueue pool "
        f"{rate['least'] / rate['tpe.submit']:.2f}x of `ThreadPoolExecutor.submit`: these rows are references "
        "measured beside `WorkerPool`, not limits.",
        f"What separates the pools most is the Future. The caller keeps all {n:,} Futures to the end, and the "
        "garbage collector traces every object they hold, again at each full collection as the list grows: a "
        f"standard Future is {_tracked_per(cf.Future):.0f} objects it tracks on this Python (itself, a "
        "`threading.Condition`, its lock, five of the lock's bound methods, a deque and two lists, and before "
        f"Python 3.11 two instance dictionaries), a `LightFuture` {_tracked_per(LightFuture):.0f} (itself, one C "
        "reentrant lock that is also the condition, the same two lists, and before 3.11 a dictionary). With "
        "that Future "
        f"alone, the thirty-line pool went from {rate['simple'] / rate['tpe.submit']:.2f}x to "
        f"{rate['simple.light'] / rate['tpe.submit']:.2f}x. With the collector paused in both, "
        f"`ThreadPoolExecutor.submit` took {1e6 / rate['tpe.submit.nogc']:.1f} us per task and `WorkerPool` "
        f"{1e6 / rate['pool.submit.nogc']:.1f} us; with it, {1e6 / rate['tpe.submit']:.1f} us and "
        f"{1e6 / rate['pool.submit']:.1f} us.",
        "`ThreadPool.imap` is not lazy: its task-handler thread reads the whole input ahead into an "
        "unbounded queue, so it never waits for a worker and holds as many items as the input has. "
        f"`WorkerPool.map` keeps at most `max_workers + queue_size` items in flight ({WORKERS + DEFAULT_QUEUE_SIZE} "
        f"here), and reached {rate['pool.map'] / rate['imap']:.2f}x of `ThreadPool.imap`; the lazy map with "
        f"only {2 * WORKERS} items in flight and nothing else (C-level queues, no Future, no counters) reached "
        f"{rate['least.lazy'] / rate['imap']:.2f}x. "
        f"The `queue_size={big_queue}` row shows `WorkerPool.map` with a window of {WORKERS + big_queue:,} items.",
    ]
    return table


_NAMES = {
    "tpe.submit": "`ThreadPoolExecutor.submit`",
    "tpe.map": "`ThreadPoolExecutor.map`",
    "tpe.submit.nogc": "`ThreadPoolExecutor.submit`, collector paused",
    "imap": "`ThreadPool.imap`",
}
