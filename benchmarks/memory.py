"""Benchmark 2: peak memory against the amount of work, for both strategies."""

from __future__ import annotations

import itertools
import multiprocessing
import time

import psutil

from pool_lab import Experiment, MessageWorkload, Sampler, WorkerPool, run_lab
from pool_lab.budget import apply_hard_limit

from .report import MIB, Table, interleaved, median_of

# Thread-per-task at 20,000 users holds 200 payloads of 6.25 MiB at once:
# about 1.3 GiB.  The budget lets it get there (it is "generous"), and stays
# under half of what an 8 GB laptop has free; run_lab refuses it otherwise.
GENEROUS_BUDGET_MIB = 1536

# What the ten-million-item map may add before its watchdog kills it: far
# above the 20 MiB goal, far below anything that troubles the machine.
_MAP_BUDGET_MIB = 128


def _peak(strategy: str, users: int, budget_mib: float) -> float:
    result = run_lab(Experiment(strategy, max_workers=8, workload=MessageWorkload(users=users)), budget_mib)
    return result.peak_rss_mib


def _lazy_map(items: int, conn) -> None:
    """In a child: map over a generator of ``items`` items; send RSS growth in bytes."""
    apply_hard_limit(_MAP_BUDGET_MIB * MIB)
    me = psutil.Process()
    with WorkerPool(max_workers=4) as pool:
        results = pool.map(abs, range(items))
        for _ in itertools.islice(results, 10_000):  # warm up: threads, first results
            pass
        before = me.memory_info().rss
        for _ in results:
            pass
        after = me.memory_info().rss
    conn.send(after - before)


def _map_growth(items: int) -> tuple[float, float]:
    """Return (RSS growth in MiB, seconds) of a lazy map in a child under a watchdog."""
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_lazy_map, args=(items, sender), daemon=True)
    start = time.perf_counter()
    child.start()
    limit: list[int] = []

    def watchdog(sample) -> None:
        if not limit:
            limit.append(sample.rss_bytes + _MAP_BUDGET_MIB * MIB)  # first reading: interpreter and imports
        elif sample.rss_bytes > limit[0]:
            child.kill()

    try:
        with Sampler(child.pid, 0.05, on_sample=watchdog):
            child.join()
    finally:
        if child.is_alive():
            child.kill()
        child.join()
    elapsed = time.perf_counter() - start
    if not receiver.poll():
        raise RuntimeError(f"the lazy map child ended without a result (exit code {child.exitcode})")
    return receiver.recv() / MIB, elapsed


def run(quick: bool) -> Table:
    """Return the memory table: peaks in the lab, and a long lazy map's growth."""
    users, budget, repeat, items = (
        ((1_000, 2_000), 256, 1, 200_000) if quick else ((1_000, 5_000, 20_000), GENEROUS_BUDGET_MIB, 3, 10_000_000)
    )
    cases = {(s, u): (lambda s=s, u=u: _peak(s, u, budget)) for s in ("worker-pool", "thread-per-task") for u in users}
    peaks = {key: median_of(runs) for key, runs in interleaved(cases, repeat).items()}
    table = Table(
        "2. Memory against work",
        f"Peak RSS of the lab's child process (MiB, median of {repeat}) for the incident's workload "
        f"(batches of 100 users, 64 KiB per user) at {', '.join(f'{u:,}' for u in users)} users, "
        f"a pool of 8 workers against a thread per batch, under a generous {budget} MiB budget.",
    )
    low, high = users[0], users[-1]
    for u in users:
        table.add(f"worker-pool, {u:,} users", f"{peaks['worker-pool', u]:.1f} MiB",
                  f"thread-per-task: {peaks['thread-per-task', u]:.1f} MiB",
                  peaks["worker-pool", u] / peaks["thread-per-task", u])
    flat = max(peaks["worker-pool", u] for u in users) / min(peaks["worker-pool", u] for u in users)
    table.add(f"worker-pool peak, largest / smallest over {low:,}-{high:,} users", f"{flat:.3f}", "", flat,
              "<= 1.10 (flat within 10%)", flat <= 1.10)
    grows = peaks["thread-per-task", high] / peaks["thread-per-task", low]
    table.add(f"thread-per-task peak, {high:,} / {low:,} users", f"{peaks['thread-per-task', high]:.1f} MiB",
              f"{peaks['thread-per-task', low]:.1f} MiB", grows, "grows with the tasks alive", grows > 1.5)
    growth, seconds = _map_growth(items)
    table.add(f"`WorkerPool.map` over a {items:,}-item generator: RSS growth", f"{growth:.1f} MiB",
              f"{items / seconds:,.0f} items/s", None, "< 20 MiB", growth < 20)
    table.notes.append(
        "The lazy map runs in a child process with a hard limit and a watchdog at "
        f"{_MAP_BUDGET_MIB} MiB above its start, so a map that leaked could not take the machine with it. "
        "The growth is measured after the first 10,000 items (threads started, allocator warmed up)."
    )
    return table
