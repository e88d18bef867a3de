"""Every task accounted for: none lost, none run twice, whatever the tasks raise."""

from __future__ import annotations

import collections
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pool_lab import ThreadPerTaskExecutor, WorkerPool

pytestmark = pytest.mark.timeout(60)

EXECUTORS = {
    "pool": lambda: WorkerPool(max_workers=8, queue_size=16, thread_name_prefix="accounting"),
    "thread-per-task": lambda: ThreadPerTaskExecutor(thread_name_prefix="accounting"),
}


class TaskFailed(Exception):
    pass


def _task(n: int) -> int:
    if n % 10 == 7:
        raise TaskFailed(n)
    return n * n


def _workers() -> int:
    return sum(t.name.startswith("accounting") for t in threading.enumerate())


@pytest.mark.parametrize("make", EXECUTORS.values(), ids=EXECUTORS.keys())
def test_ten_thousand_tasks_a_tenth_raising_are_each_accounted_for(make):
    with make() as ex:
        futures = [ex.submit(_task, n) for n in range(10_000)]
        for n, future in enumerate(futures):
            if n % 10 == 7:
                assert isinstance(future.exception(timeout=30), TaskFailed)
                assert future.exception().args == (n,)  # its own exception, not a neighbour's
            else:
                assert future.result(timeout=30) == n * n
        if isinstance(ex, WorkerPool):
            assert _workers() == 8  # no worker died of an exception
    stats = ex.stats()
    assert (stats.completed, stats.failed) == (9_000, 1_000)
    assert stats.done == len(futures) and stats.running == stats.queued == 0


@pytest.mark.parametrize("exc", [KeyboardInterrupt, SystemExit], ids=lambda e: e.__name__)
@pytest.mark.parametrize("make", EXECUTORS.values(), ids=EXECUTORS.keys())
def test_keyboard_interrupt_and_system_exit_in_a_task_land_in_its_future(make, exc):
    def stop() -> None:
        raise exc("from a task")

    with make() as ex:
        stopped = ex.submit(stop)
        with pytest.raises(exc, match="from a task"):
            stopped.result(timeout=5)
        # The executor, and the thread that ran the task if it is a worker, work on.
        assert [ex.submit(abs, -n).result(timeout=5) for n in range(20)] == list(range(20))
        if isinstance(ex, WorkerPool):
            assert _workers() == 8
    assert (ex.stats().completed, ex.stats().failed) == (20, 1)


# A task is what it does: return its index, raise, or sleep up to 2 ms first
# so the workers interleave differently from one example to the next.
_tasks = st.lists(st.sampled_from(["return", "raise", "sleep"]), max_size=40)
_sizes = st.integers(min_value=1, max_value=6)
# No example database: a run writes nothing into the checkout.
_fast = settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@_fast
@given(kinds=_tasks, max_workers=_sizes, queue_size=_sizes)
def test_every_submitted_task_runs_exactly_once(kinds, max_workers, queue_size):
    runs: collections.Counter[int] = collections.Counter()
    lock = threading.Lock()

    def task(i: int) -> int:
        with lock:
            runs[i] += 1
        if kinds[i] == "sleep":
            time.sleep(0.002)
        if kinds[i] == "raise":
            raise TaskFailed(i)
        return i

    with WorkerPool(max_workers, queue_size) as pool:
        futures = [pool.submit(task, i) for i in range(len(kinds))]
    assert runs == collections.Counter(range(len(kinds)))
    for i, future in enumerate(futures):
        if kinds[i] == "raise":
            assert future.exception().args == (i,)
        else:
            assert future.result() == i
    assert pool.stats().failed == kinds.count("raise")
    assert pool.stats().done == len(kinds)
    assert pool.stats().peak_running <= max_workers


@_fast
@given(delays=st.lists(st.integers(min_value=0, max_value=2), max_size=40), max_workers=_sizes,
       queue_size=_sizes, in_flight=st.none() | _sizes)
def test_map_yields_results_in_input_order(delays, max_workers, queue_size, in_flight):
    def task(item: tuple[int, int]) -> int:
        i, delay_ms = item
        time.sleep(delay_ms / 1000)  # later items often finish first
        return i

    with WorkerPool(max_workers, queue_size) as pool:
        results = list(pool.map(task, enumerate(delays), in_flight=in_flight))
    assert results == list(range(len(delays)))
    assert pool.stats().completed == len(delays)
