"""Benchmark 3: does the pool's throughput follow Little's law for I/O-bound tasks?"""

from __future__ import annotations

import time

from pool_lab import WorkerPool

from .report import Table, interleaved, median_of

LATENCY_S = 0.020


def _throughput(workers: int, rounds: int) -> float:
    tasks = workers * rounds
    with WorkerPool(max_workers=workers) as pool:
        pool.submit(time.sleep, 0).result()  # start the threads before the clock
        start = time.perf_counter()
        for _ in pool.map(time.sleep, [LATENCY_S] * tasks):
            pass
        elapsed = time.perf_counter() - start
    return tasks / elapsed


def run(quick: bool) -> Table:
    """Return the Little's law table: measured throughput over workers / latency."""
    workers, rounds, repeat = ((1, 4, 16), 5, 1) if quick else ((1, 4, 16, 64, 256), 10, 5)
    cases = {n: (lambda n=n: _throughput(n, rounds)) for n in workers}
    rate = {n: median_of(runs) for n, runs in interleaved(cases, repeat).items()}
    table = Table(
        "3. Little's law",
        f"Tasks that sleep {LATENCY_S * 1000:.0f} ms (I/O-bound: they release the GIL), {rounds} per worker, "
        f"through `WorkerPool.map` (default `queue_size`); tasks per second, median of {repeat} interleaved "
        "repetitions. Little's law says a pool of N workers serves at most N / latency tasks per second.",
    )
    for n in workers:
        ideal = n / LATENCY_S
        need = 0.9 if n <= 64 else 0.85
        ratio = rate[n] / ideal
        table.add(f"{n} worker{'s' if n != 1 else ''}", f"{rate[n]:,.0f} tasks/s",
                  f"N / latency: {ideal:,.0f} tasks/s", ratio, f">= {need}", ratio >= need)
    table.notes.append(
        "Each task costs more than its sleep: the worker wakes late (the OS timer), then waits for the GIL, "
        "and the submitting thread must hand out and collect every task. At 256 workers that fixed cost per "
        "task is a larger share of the time."
    )
    return table
