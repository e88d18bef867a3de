"""Deadlock-prone use fails loudly, and every blocking call can be bounded."""

from __future__ import annotations

import threading
import time
from concurrent.futures import TimeoutError

import pytest

from pool_lab import ThreadPerTaskExecutor, WorkerPool

pytestmark = pytest.mark.timeout(30)


def test_a_task_that_fills_its_own_single_worker_pool_gets_a_deadlock_error():
    with WorkerPool(max_workers=1, queue_size=1) as pool:

        def spawner() -> None:
            pool.submit(abs, -1)  # takes the one queue slot
            pool.submit(abs, -2)  # would wait for the only worker: itself

        with pytest.raises(RuntimeError, match=r"deadlock: the only worker of this pool is blocked submitting"):
            pool.submit(spawner).result(timeout=5)
        assert pool.submit(abs, -3).result(timeout=5) == 3  # the pool works on
    assert pool.stats().completed == 2  # the queued abs(-1) and abs(-3)


def test_the_last_worker_to_block_on_its_own_full_pool_raises_and_frees_the_others():
    both_running = threading.Barrier(2, timeout=5)
    with WorkerPool(max_workers=2, queue_size=1) as pool:

        def spawner(n: int) -> int:
            both_running.wait()
            for _ in range(2):
                pool.submit(time.sleep, 0.01)
            return n

        futures = [pool.submit(spawner, n) for n in range(2)]
        outcomes = [f.exception(timeout=10) for f in futures]
    deadlocks = [e for e in outcomes if isinstance(e, RuntimeError) and "deadlock" in str(e)]
    assert len(deadlocks) == 1, outcomes  # one raised; its worker then drained the queue for the other
    assert pool.stats().failed == 1


def test_a_worker_waiting_for_room_while_another_works_is_not_called_a_deadlock():
    with WorkerPool(max_workers=2, queue_size=1) as pool:
        busy = pool.submit(time.sleep, 0.3)  # the other worker frees a slot when this ends
        time.sleep(0.05)

        def spawner() -> str:
            pool.submit(time.sleep, 0)
            pool.submit(time.sleep, 0)  # waits for room, which the busy worker will make
            return "submitted both"

        assert pool.submit(spawner).result(timeout=5) == "submitted both"
        busy.result(timeout=5)
    assert pool.stats().failed == 0


@pytest.mark.parametrize("make", [ThreadPerTaskExecutor, lambda: WorkerPool(2)], ids=["thread-per-task", "pool"])
def test_shutdown_wait_from_a_task_raises_instead_of_waiting_for_itself(make):
    with make() as ex:
        future = ex.submit(lambda: ex.shutdown(wait=True))
        with pytest.raises(RuntimeError, match=r"from a task of this executor and would wait for that task itself"):
            future.result(timeout=5)
        assert ex.submit(abs, -4).result(timeout=5) == 4  # nothing changed: still open


@pytest.mark.parametrize("make", [ThreadPerTaskExecutor, lambda: WorkerPool(2)], ids=["thread-per-task", "pool"])
def test_shutdown_without_wait_from_a_task_closes_the_executor(make):
    ex = make()
    ex.submit(lambda: ex.shutdown(wait=False)).result(timeout=5)
    with pytest.raises(RuntimeError, match="after shutdown"):
        ex.submit(abs, -1)
    ex.shutdown(wait=True, timeout=5)  # and from outside, waiting works


def test_submit_timeout_bounds_the_wait_for_room_in_the_queue():
    release = threading.Event()
    pool = WorkerPool(max_workers=1, queue_size=1, submit_timeout=0.2)
    try:
        pool.submit(release.wait, 5)
        pool.submit(release.wait, 5)  # the queue is full now
        start = time.monotonic()
        with pytest.raises(TimeoutError, match=r"the queue stayed full \(1 tasks\) for 0.2 s"):
            pool.submit(abs, -1)
        assert 0.2 <= time.monotonic() - start < 2
    finally:
        release.set()
        pool.shutdown(wait=True, timeout=5)
    assert pool.stats().completed == 2  # the refused task never entered the queue


def test_submit_timeout_also_bounds_map():
    release = threading.Event()
    with WorkerPool(max_workers=1, queue_size=1, submit_timeout=0.1) as pool:
        pool.submit(release.wait, 5)
        with pytest.raises(TimeoutError):
            pool.map(abs, range(10), in_flight=5)  # the second item finds the queue full
        release.set()


@pytest.mark.parametrize("make", [ThreadPerTaskExecutor, lambda: WorkerPool(2)], ids=["thread-per-task", "pool"])
def test_shutdown_timeout_bounds_the_wait_for_running_tasks(make):
    release = threading.Event()
    ex = make()
    ex.submit(release.wait, 5)
    try:
        start = time.monotonic()
        with pytest.raises(TimeoutError, match="shutdown waited 0.2 s; still running a task"):
            ex.shutdown(wait=True, timeout=0.2)
        assert 0.2 <= time.monotonic() - start < 2
        with pytest.raises(RuntimeError, match="after shutdown"):
            ex.submit(abs, -1)  # a timed-out shutdown is still a shutdown
    finally:
        release.set()
    ex.shutdown(wait=True, timeout=5)


@pytest.mark.parametrize("make", [ThreadPerTaskExecutor, WorkerPool], ids=["thread-per-task", "pool"])
def test_shutting_down_twice_is_harmless_as_with_every_executor(make):
    # ``with`` calls shutdown on the way out, so an explicit one inside is common.
    with make() as ex:
        ex.submit(abs, -1).result(timeout=5)
        ex.shutdown(wait=False)
        ex.shutdown(wait=True, timeout=5)
    assert ex.stats().completed == 1
