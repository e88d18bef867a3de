"""Benchmark 1: what it costs to hand a no-op task to a pool, against the standard library."""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import itertools
import queue
import threading
import time
from multiprocessing.pool import ThreadPool
from typing import Callable, Iterator

from pool_lab import ThreadPerTaskExecutor, WorkerPool

from .report import Table, interleaved, median_of

WORKERS = 4


def _noop() -> None:
    pass


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


def _future_alone_rate(n: int) -> float:
    # The part of a task the Executor interface makes every pool pay: a Future
    # created, started and completed; no thread involved.
    start = time.perf_counter()
    for _ in range(n):
        future: cf.Future = cf.Future()
        future.set_running_or_notify_cancel()
        future.set_result(_noop())
    return n / (time.perf_counter() - start)


@contextlib.contextmanager
def _threads(work: Callable[[], None], tasks: queue.SimpleQueue) -> Iterator[None]:
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


def _least_pool_rate(n: int, queue_size: int | None) -> float:
    # The least a thread pool that returns Futures can do: a Future per task
    # through a C-level SimpleQueue; no counters, no checks.  With queue_size,
    # a plain semaphore bounds the queue: a minimal bounded pool.
    tasks: queue.SimpleQueue = queue.SimpleQueue()
    free = threading.Semaphore(queue_size or 1)

    def work() -> None:
        while (item := tasks.get()) is not None:
            if queue_size:
                free.release()
            if item.set_running_or_notify_cancel():
                item.set_result(_noop())

    with _threads(work, tasks):
        start = time.perf_counter()
        futures = []
        for _ in range(n):
            if queue_size:
                free.acquire()
            futures.append(future := cf.Future())
            tasks.put(future)
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
    big_queue = 1024
    cases = {
        "tpe.submit": lambda: _submit_rate(lambda: cf.ThreadPoolExecutor(WORKERS), n),
        "pool.submit": lambda: _submit_rate(lambda: WorkerPool(WORKERS), n),
        "pool.submit.big": lambda: _submit_rate(lambda: WorkerPool(WORKERS, big_queue), n),
        "tpt.submit": lambda: _submit_rate(ThreadPerTaskExecutor, n // 10),
        "tpe.map": lambda: _map_rate(lambda: cf.ThreadPoolExecutor(WORKERS), n),
        "pool.map": lambda: _map_rate(lambda: WorkerPool(WORKERS), n),
        "pool.map.big": lambda: _map_rate(lambda: WorkerPool(WORKERS, big_queue), n),
        "imap": lambda: _imap_rate(n),
        "future": lambda: _future_alone_rate(n),
        "least": lambda: _least_pool_rate(n, None),
        "least.bounded": lambda: _least_pool_rate(n, WORKERS),
        "least.lazy": lambda: _least_lazy_map_rate(n, 2 * WORKERS),
    }
    rate = {name: median_of(runs) for name, runs in interleaved(cases, repeat).items()}
    table = Table(
        "1. Dispatch overhead",
        f"{n:,} no-op tasks on {WORKERS} workers (thread-per-task: {n // 10:,} tasks); tasks per second, "
        f"median of {repeat} interleaved repetitions. `WorkerPool` uses its default `queue_size` "
        f"({WORKERS}) unless the row says otherwise.",
    )

    def row(what: str, name: str, base: str, goal: str = "", need: float | None = None) -> None:
        ratio = rate[name] / rate[base]
        table.add(what, f"{rate[name]:,.0f} tasks/s", f"{_NAMES[base]}: {rate[base]:,.0f} tasks/s", ratio,
                  goal, None if need is None else ratio >= need)

    row("`WorkerPool.submit`", "pool.submit", "tpe.submit", ">= 2.0x", 2.0)
    row(f"`WorkerPool.submit`, queue_size={big_queue}", "pool.submit.big", "tpe.submit")
    row("`WorkerPool.map`", "pool.map", "imap", ">= 1.0x", 1.0)
    row("`WorkerPool.map`", "pool.map", "tpe.map")
    row(f"`WorkerPool.map`, queue_size={big_queue}", "pool.map.big", "imap")
    row("`ThreadPerTaskExecutor.submit` (for scale)", "tpt.submit", "tpe.submit")
    row("floor: a Future alone, one thread", "future", "tpe.submit")
    row("floor: least Future-returning pool (unbounded SimpleQueue)", "least", "tpe.submit")
    row(f"minimal bounded pool (the same plus a {WORKERS}-slot semaphore)", "least.bounded", "tpe.submit")
    row(f"floor: least lazy map ({2 * WORKERS} items in flight, no Future)", "least.lazy", "imap")
    table.notes += [
        "The 'least Future-returning pool' is a Future per task through a C-level unbounded queue, with no "
        "counters, no checks and no bound: no pool whose `submit` returns a Future (as the Executor interface "
        "requires) does less per task. On this run it reached "
        f"{rate['least'] / rate['tpe.submit']:.2f}x of `ThreadPoolExecutor.submit`"
        + (": below 2.0x, so the 2.0x goal for `submit` is out of reach of any such pool in CPython, whatever "
           "its code, and this row is the measurement that shows it." if rate["least"] < 2 * rate["tpe.submit"] else ".")
        + f" The minimal bounded pool adds only a semaphore of {WORKERS} slots and reached "
        f"{rate['least.bounded'] / rate['tpe.submit']:.2f}x: when the queue is full the submitting thread waits "
        "for a worker, and every such wait hands the GIL from one thread to another. `WorkerPool` wakes a "
        "blocked `submit` only once half the queue is free, so it refills several slots per wait.",
        "`ThreadPool.imap` is not lazy: its task-handler thread reads the whole input ahead into an "
        "unbounded queue, so it never waits for a worker and holds as many items as the input has. "
        "`WorkerPool.map` keeps at most `max_workers + queue_size` items in flight, so its "
        "submitting thread hands over the GIL every few items. The 'least lazy map' row is that bound with "
        "nothing else (C-level queues, no Future, no counters): on this run it reached "
        f"{rate['least.lazy'] / rate['imap']:.2f}x of `ThreadPool.imap`"
        + (f", so no map that keeps {2 * WORKERS} items in flight meets the goal here" if rate["least.lazy"] < rate["imap"] else "")
        + f". `WorkerPool.map` itself reached {rate['pool.map'] / rate['least.lazy']:.2f}x of that floor: it also "
        f"keeps the pool's {WORKERS}-slot queue bound (the mapping thread waits for room as well as for results), "
        "its counters and its cancellation. "
        f"The `queue_size={big_queue}` row shows the same map with a window of {WORKERS + big_queue:,} items.",
    ]
    return table


_NAMES = {
    "tpe.submit": "`ThreadPoolExecutor.submit`",
    "tpe.map": "`ThreadPoolExecutor.map`",
    "imap": "`ThreadPool.imap`",
}
