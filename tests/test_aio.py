"""asyncio strategies: every item once, never more than the limit at once, memory bounded."""

from __future__ import annotations

import asyncio

import pytest

from pool_lab import (
    Experiment,
    MessageWorkload,
    gather_all,
    gather_with_semaphore,
    measure_coroutine_cost,
    measure_thread_cost,
    queue_workers,
    run_lab,
)

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("no_leftovers")]

TINY = MessageWorkload(users=400, batch_size=50, message_bytes=1024, lookup_latency_s=0.001, send_latency_s=0.01)
N = 60


def _run(strategy: str, fn, items, limit: int = 4):
    if strategy == "gather":
        return asyncio.run(gather_all(fn, items))
    if strategy == "semaphore":
        return asyncio.run(gather_with_semaphore(fn, items, limit))
    return asyncio.run(queue_workers(fn, items, limit, queue_size=2))


@pytest.mark.parametrize("strategy", ["gather", "semaphore", "queue"])
def test_every_item_runs_exactly_once(strategy):
    seen: list[int] = []

    async def record(n: int) -> None:
        await asyncio.sleep(0.001 * (n % 3))  # finish out of order
        seen.append(n)

    stats = _run(strategy, record, range(N))
    assert sorted(seen) == list(range(N))
    assert (stats.done, stats.failed) == (N, 0)


@pytest.mark.parametrize("strategy", ["semaphore", "queue"])
def test_never_more_than_the_limit_run_at_once(strategy):
    running = peak = 0

    async def probe(n: int) -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.002)
        running -= 1

    stats = _run(strategy, probe, range(N), limit=4)
    assert peak == stats.peak_running == 4


def test_gather_runs_everything_at_once():
    stats = _run("gather", lambda n: asyncio.sleep(0.002), range(N))
    assert stats.peak_running == stats.peak_tasks == N


def test_semaphore_creates_every_task_but_queue_only_its_workers():
    items = range(500)
    semaphore = _run("semaphore", lambda n: asyncio.sleep(0), items, limit=4)
    queue = _run("queue", lambda n: asyncio.sleep(0), items, limit=4)
    assert (semaphore.peak_tasks, queue.peak_tasks) == (500, 4)


def test_queue_takes_items_only_as_workers_free_up():
    taken = done = ahead = 0

    def items():
        nonlocal taken, ahead
        for n in range(N):
            taken += 1
            ahead = max(ahead, taken - done)
            yield n

    async def work(n: int) -> None:
        nonlocal done
        await asyncio.sleep(0.001)
        done += 1

    asyncio.run(queue_workers(work, items(), workers=3, queue_size=2))
    assert done == N and ahead <= 3 + 2 + 1  # running, queued, and the one waiting to be put


@pytest.mark.parametrize("strategy", ["gather", "semaphore", "queue"])
def test_a_failing_item_is_counted_and_the_rest_still_run(strategy):
    async def fail_on_seven(n: int) -> None:
        await asyncio.sleep(0)
        if n == 7:
            raise ValueError("seven")

    stats = _run(strategy, fail_on_seven, range(20))
    assert (stats.done, stats.failed, [str(e) for e in stats.errors]) == (19, 1, ["seven"])


@pytest.mark.parametrize("strategy", ["asyncio-gather", "asyncio-semaphore", "asyncio-queue"])
def test_async_experiments_send_every_batch_in_one_extra_thread(strategy):
    result = Experiment(strategy, max_workers=3, workload=TINY).run_here(interval_s=0.01)
    assert (result.outcome, result.tasks_done, result.tasks_total) == ("completed", 8, 8)
    assert result.trace.peak_threads <= result.trace.samples[0].threads + 2  # the loop's thread, the sampler's


def test_gather_is_oom_killed_where_queue_workers_stay_under_budget():
    killed = run_lab(Experiment("asyncio-gather", workload=MessageWorkload(users=6_000)), budget_mib=96)
    bounded = run_lab(Experiment("asyncio-queue", max_workers=4, workload=MessageWorkload(users=1_600)),
                      budget_mib=96)
    assert killed.outcome == "oom-killed" and killed.tasks_done < killed.tasks_total
    assert (bounded.outcome, bounded.tasks_done) == ("completed", 16)
    assert bounded.peak_rss_bytes < bounded.budget_bytes


def test_a_coroutine_costs_less_resident_memory_than_a_thread():
    coroutine = measure_coroutine_cost(5_000)
    thread = measure_thread_cost(100)
    assert coroutine.rss_bytes_per_unit < thread.rss_bytes_per_thread
    # Which one is made faster is a timing, for chapter 5's printout, not for a test: on a loaded
    # machine 5,000 coroutines took longer to make than 100 threads.


@pytest.mark.parametrize("kwargs", [{"submission": "map"}, {"payload_in_task": False}])
def test_async_strategies_refuse_executor_options(kwargs):
    with pytest.raises(ValueError, match="asyncio-queue runs one coroutine per batch"):
        Experiment("asyncio-queue", **kwargs)


def test_limits_must_be_positive():
    with pytest.raises(ValueError, match="limit must be greater than 0, got 0"):
        asyncio.run(gather_with_semaphore(asyncio.sleep, [0], 0))
    with pytest.raises(TypeError, match="workers must be an int, got float"):
        asyncio.run(queue_workers(asyncio.sleep, [0], 2.5))
