"""The open lab's acceptance: strategies written in ``__main__`` meet the incident.

Run it as a script (``python tests/open_lab_incident.py``): every strategy
below lives in ``__main__``, as a notebook cell's would, and runs in the lab
under the lesson's 256 MiB budget.  It prints one JSON line per run, which
``tests/test_strategies.py`` reads.  With ``--quick`` the runs that do not
need the whole incident to make their point use 20 batches instead of 200.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading

from pool_lab import Experiment, MessageWorkload, run_lab

BUDGET_MIB = 256


def bounded_spawner(task, items, limit=8):
    """A thread per item, but never more than ``limit`` at once: a semaphore taken before each start."""
    permits = threading.Semaphore(limit)

    def run(item):
        try:
            task(item)
        finally:
            permits.release()

    threads = []
    for item in items:
        permits.acquire()
        thread = threading.Thread(target=run, args=(item,))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()


def spawn_all(task, items):
    """A thread per item, all at once: the incident, written by hand."""
    threads = [threading.Thread(target=task, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


async def async_semaphore(task, items, limit=8):
    """A coroutine per item, at most ``limit`` inside task at once."""
    permits = asyncio.Semaphore(limit)

    async def one(item):
        async with permits:
            await task(item)

    await asyncio.gather(*(one(item) for item in items))


def every_other(task, items):
    """Forgets half the items."""
    for i, item in enumerate(items):
        if i % 2 == 0:
            task(item)


def breaks(task, items):
    raise ValueError("the strategy broke before its first task")


lock = threading.Lock()


def one_at_a_time_with_a_lock(task, items):
    for item in items:
        with lock:
            task(item)


def main(quick: bool) -> None:
    incident = MessageWorkload()  # 20,000 users in 200 batches
    small = MessageWorkload(users=2_000) if quick else incident
    runs = [(bounded_spawner, incident), (spawn_all, incident), (async_semaphore, small), (every_other, small),
            (breaks, incident), (one_at_a_time_with_a_lock, small)]
    for strategy, workload in runs:
        row: dict[str, object] = {"strategy": strategy.__name__}
        try:
            result = run_lab(Experiment(strategy, workload=workload), budget_mib=BUDGET_MIB)
        except TypeError as exc:
            row["refused"] = str(exc)
        else:
            row.update(result.summary(), error=result.error, budget_mib=BUDGET_MIB)
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main(quick="--quick" in sys.argv)
