"""The two strategies: real threads, real queues, no mocks."""

from __future__ import annotations

import concurrent.futures
import gc
import itertools
import os
import re
import subprocess
import sys
import threading
import time
import tracemalloc
from concurrent.futures import CancelledError, Executor

import pytest

from pool_lab import ThreadPerTaskExecutor, WorkerPool

pytestmark = pytest.mark.timeout(30)


def _threads_named(prefix: str) -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(prefix)]


def _wait_until(condition, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)
    return condition()


@pytest.mark.parametrize("make", [ThreadPerTaskExecutor, lambda: WorkerPool(3)], ids=["thread-per-task", "pool"])
def test_both_strategies_are_executors_and_return_results(make):
    with make() as ex:
        assert isinstance(ex, Executor)
        futures = [ex.submit(pow, 2, n) for n in range(20)]
        assert [f.result(timeout=5) for f in futures] == [2**n for n in range(20)]
    assert ex.stats().completed == 20
    assert ex.stats().failed == 0


def test_thread_per_task_starts_one_thread_per_task():
    release = threading.Event()
    ex = ThreadPerTaskExecutor(thread_name_prefix="tpt-test")
    try:
        futures = [ex.submit(release.wait, 5) for _ in range(40)]
        assert _wait_until(lambda: ex.running == 40)
        assert len(_threads_named("tpt-test")) == 40
    finally:
        release.set()
        ex.shutdown(wait=True)
    assert all(f.result() for f in futures)
    assert ex.stats().peak_running == 40
    assert _threads_named("tpt-test") == []


def test_worker_pool_never_runs_more_than_max_workers():
    with WorkerPool(max_workers=4, queue_size=2, thread_name_prefix="cap-test") as pool:
        for _ in range(40):
            pool.submit(time.sleep, 0.005)
        assert len(_threads_named("cap-test")) == 4
    stats = pool.stats()
    assert stats.completed == 40
    assert stats.peak_running == 4  # reached, and never passed


def test_submit_blocks_when_queue_is_full():
    release = threading.Event()
    pool = WorkerPool(max_workers=1, queue_size=1)
    try:
        pool.submit(release.wait, 5)  # runs, holding the only worker
        assert _wait_until(lambda: pool.running == 1)
        pool.submit(release.wait, 5)  # fills the queue
        submitted = threading.Event()

        def third() -> None:
            pool.submit(release.wait, 5)
            submitted.set()

        producer = threading.Thread(target=third)
        producer.start()
        assert not submitted.wait(0.3), "submit returned although the queue was full"
        assert pool.queued == 1
        release.set()
        assert submitted.wait(5), "submit stayed blocked after the queue drained"
        producer.join(5)
    finally:
        release.set()
        pool.shutdown()
    assert pool.completed == 3


def test_an_exception_reaches_its_future_and_the_worker_survives():
    def boom():
        raise ValueError("payload rejected")

    with WorkerPool(max_workers=1) as pool:
        failed = pool.submit(boom)
        with pytest.raises(ValueError, match="payload rejected"):
            failed.result(timeout=5)
        names = [pool.submit(lambda: threading.current_thread().name).result(timeout=5) for _ in range(3)]
    assert len(set(names)) == 1  # the same worker ran on after the failure
    assert (pool.completed, pool.failed) == (3, 1)


def test_counters_show_running_queued_completed_failed():
    release = threading.Event()
    pool = WorkerPool(max_workers=2, queue_size=3)
    try:
        for _ in range(5):
            pool.submit(release.wait, 5)
        assert _wait_until(lambda: pool.running == 2 and pool.queued == 3)
        stats = pool.stats()
        assert (stats.running, stats.queued, stats.completed, stats.failed) == (2, 3, 0, 0)
    finally:
        release.set()
        pool.shutdown()
    assert pool.stats().done == 5


def test_map_returns_results_in_input_order():
    with WorkerPool(max_workers=4) as pool:
        # Later items finish first; the order must still be the input's.
        out = list(pool.map(lambda n: (time.sleep(0.002 * (10 - n)), n)[1], range(10)))
    assert out == list(range(10))


def test_map_pulls_inputs_lazily_with_a_bounded_number_in_flight():
    pulled = itertools.count()

    def ten_million():
        for n in range(10_000_000):
            next(pulled)
            yield n

    with WorkerPool(max_workers=4, queue_size=4) as pool:
        results = pool.map(lambda n: n * 2, ten_million())
        first = list(itertools.islice(results, 1000))
        in_flight_bound = 4 + 4
        assert first == [2 * n for n in range(1000)]
        assert next(pulled) <= 1000 + in_flight_bound + 1
        results.close()  # cancels what is still waiting


def test_map_over_many_items_runs_in_constant_memory():
    tracemalloc.start()
    try:
        with WorkerPool(max_workers=4) as pool:
            total = 0
            for i, value in enumerate(pool.map(len, (b"x" * 1024 for _ in range(50_000)))):
                total += value
                if i == 1000:
                    tracemalloc.reset_peak()  # ignore warm-up
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == 50_000 * 1024
    # An eager map would hold 50,000 futures and 50 MiB of inputs.
    assert peak < 2 * 1024 * 1024, f"map held {peak / 2**20:.1f} MiB at its peak"


@pytest.mark.parametrize("inputs", [1, 2])
def test_map_lets_go_of_a_finished_item_before_it_takes_the_next(inputs):
    # zip() and enumerate() reuse their result tuple: a map built on them held the last finished item's
    # arguments while the input made the next one, a payload more than the window (chapter 4 counts them).
    lock, counts = threading.Lock(), {"alive": 0, "peak": 0}

    class Payload(bytes):
        def __del__(self):
            with lock:
                counts["alive"] -= 1

    def payloads(n):
        for _ in range(n):
            with lock:
                counts["alive"] += 1
                counts["peak"] = max(counts["peak"], counts["alive"])
            yield Payload(b"x" * 64)

    def send(payload, *_):
        time.sleep(0.002)
        return len(payload)

    with WorkerPool(max_workers=4, queue_size=4) as pool:
        total = sum(pool.map(send, payloads(200), *[range(200)] * (inputs - 1)))
    assert total == 200 * 64
    assert counts["peak"] == 4 + 4, f"{counts['peak']} items alive at once; the window is 8"


@pytest.mark.parametrize("caught", [TimeoutError, concurrent.futures.TimeoutError])
def test_map_timeout_raises_what_users_of_either_timeout_error_catch(caught):
    # Before Python 3.11 these are two classes (bpo-42413); a pool's timeout is both.
    with WorkerPool(max_workers=1) as pool:
        results = pool.map(time.sleep, [0.5, 0.5], timeout=0.05)
        with pytest.raises(caught):
            next(results)
        results.close()


def test_map_raises_the_first_task_exception():
    with WorkerPool(max_workers=2) as pool:
        results = pool.map(lambda n: 1 // n, [1, 0, 2])
        assert next(results) == 1
        with pytest.raises(ZeroDivisionError):
            next(results)


def test_shutdown_waits_for_queued_tasks_and_joins_workers():
    pool = WorkerPool(max_workers=2, thread_name_prefix="join-test")
    futures = [pool.submit(time.sleep, 0.01) for _ in range(6)]
    pool.shutdown(wait=True)
    assert all(f.done() and not f.cancelled() for f in futures)
    assert _threads_named("join-test") == []


def test_shutdown_cancel_futures_cancels_the_queued_tasks():
    release = threading.Event()
    pool = WorkerPool(max_workers=1, queue_size=3)
    running = pool.submit(release.wait, 5)
    assert _wait_until(lambda: pool.running == 1)
    queued = [pool.submit(time.sleep, 0) for _ in range(3)]
    release.set()
    pool.shutdown(wait=True, cancel_futures=True)
    assert running.result() is True
    assert sum(f.cancelled() for f in queued) >= 2  # the worker may grab one before the cancel
    for f in queued:
        if f.cancelled():
            with pytest.raises(CancelledError):
                f.result()


@pytest.mark.parametrize("make", [ThreadPerTaskExecutor, WorkerPool], ids=["thread-per-task", "pool"])
def test_submit_after_shutdown_raises(make):
    ex = make()
    ex.shutdown()
    with pytest.raises(RuntimeError, match="after shutdown"):
        ex.submit(print)


def test_a_submit_blocked_on_a_full_queue_raises_at_shutdown():
    release = threading.Event()
    pool = WorkerPool(max_workers=1, queue_size=1)
    pool.submit(release.wait, 5)
    pool.submit(release.wait, 5)
    errors = []

    def blocked() -> None:
        try:
            pool.submit(release.wait, 5)
        except RuntimeError as exc:
            errors.append(exc)

    producer = threading.Thread(target=blocked)
    producer.start()
    time.sleep(0.1)
    pool.shutdown(wait=False)
    producer.join(5)
    release.set()
    pool.shutdown(wait=True)
    assert len(errors) == 1 and "after shutdown" in str(errors[0])


def test_an_abandoned_pool_lets_its_workers_exit():
    pool = WorkerPool(max_workers=3, thread_name_prefix="abandoned-test")
    pool.submit(time.sleep, 0).result(timeout=5)
    assert len(_threads_named("abandoned-test")) == 3
    del pool
    gc.collect()
    assert _wait_until(lambda: not _threads_named("abandoned-test")), "idle workers outlived their pool"


def test_a_map_keeps_a_pool_nobody_else_holds_alive_until_it_is_done():
    # sum(ThreadPoolExecutor(2).map(...)) works; so must this, though the
    # pool is garbage the moment map returns, and its finalizer closes the queue.
    results = WorkerPool(max_workers=2, queue_size=2, thread_name_prefix="mapped-test").map(abs, range(-500, 0))
    gc.collect()
    assert sum(results) == sum(range(1, 501))
    del results
    gc.collect()
    assert _wait_until(lambda: not _threads_named("mapped-test")), "the workers outlived the finished map"


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"max_workers": 0}, ValueError, "max_workers must be greater than 0, got 0"),
        ({"max_workers": -3}, ValueError, "greater than 0"),
        ({"max_workers": "8"}, TypeError, "max_workers must be an int, got str"),
        ({"max_workers": 2.5}, TypeError, "must be an int, got float"),
        ({"max_workers": True}, TypeError, "must be an int, got bool"),
        ({"max_workers": 2, "queue_size": 0}, ValueError, "queue_size must be greater than 0"),
    ],
)
def test_bad_arguments_say_what_was_expected(kwargs, error, message):
    with pytest.raises(error, match=message):
        WorkerPool(**kwargs)


@pytest.mark.parametrize("make", [ThreadPerTaskExecutor, WorkerPool], ids=["thread-per-task", "pool"])
def test_submitting_something_not_callable_is_a_type_error(make):
    with make() as ex, pytest.raises(TypeError, match="fn must be callable, got int"):
        ex.submit(42)


def test_a_timeout_is_both_the_builtin_and_the_concurrent_futures_timeout_error():
    # Before Python 3.11 they are two classes; code written for either must catch the pool's.
    import concurrent.futures as cf

    release = threading.Event()
    with WorkerPool(max_workers=1, queue_size=1, submit_timeout=0.05) as pool:
        pool.submit(release.wait, 5)
        pool.submit(release.wait, 5)
        with pytest.raises(TimeoutError) as raised:
            pool.submit(abs, 1)
        assert isinstance(raised.value, cf.TimeoutError)
        release.set()


def test_threads_are_numbered_per_pool():
    first = WorkerPool(max_workers=2, thread_name_prefix="numbered")
    second = WorkerPool(max_workers=2, thread_name_prefix="numbered")
    with first, second:
        first.submit(abs, 1).result(timeout=5)
        second.submit(abs, 1).result(timeout=5)
        names = sorted(t.name for t in _threads_named("numbered"))
    assert len(names) == len(set(names)) == 4
    assert all(re.fullmatch(r"numbered-\d+_[01]", name) for name in names), names


_FORK_WHILE_THE_EXIT_LOCK_IS_HELD = """
import os, signal, sys, threading, time, warnings
from pool_lab import WorkerPool, executors

pool = WorkerPool(2)
pool.submit(time.sleep, 0.5)  # the parent's workers run: their queue is in the child's memory too
taken = threading.Event()

def hold_the_exit_lock():
    with executors._exit_lock:
        taken.set()
        time.sleep(0.3)

holder = threading.Thread(target=hold_the_exit_lock)
holder.start()
taken.wait()
warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork() of a process with threads
pid = os.fork()
if pid == 0:
    signal.alarm(10)  # a child that hangs all the same dies, and the test fails instead of leaking it
    free = executors._exit_lock.acquire(timeout=2)
    if not free:
        print("child", free, flush=True)
        os._exit(1)
    executors._exit_lock.release()
    with WorkerPool(1) as child_pool:
        print("child", free, child_pool.submit(abs, -3).result(timeout=5), flush=True)
    sys.exit(0)  # a normal exit: the exit join runs in the child too
_, status = os.waitpid(pid, 0)
holder.join()
pool.shutdown()
print("parent", os.waitstatus_to_exitcode(status))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_gets_a_free_exit_lock_and_exits_without_joining_the_parents_threads():
    # Without the fork hook, the child inherits the lock held by another
    # thread of the parent, its first pool waits for it for ever, and its
    # exit join would close queues a parent's thread may have held locked.
    proc = subprocess.run([sys.executable, "-c", _FORK_WHILE_THE_EXIT_LOCK_IS_HELD], capture_output=True, text=True,
                          timeout=25)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["child", "True", "3", "parent", "0"]


def test_buffersize_is_in_flight_under_its_python_3_14_name_and_one_of_them_is_enough():
    with WorkerPool(max_workers=2) as pool:
        assert list(pool.map(abs, range(-4, 0), buffersize=2)) == [4, 3, 2, 1]
        with pytest.raises(TypeError, match="give in_flight or buffersize, not both"):
            pool.map(abs, range(3), in_flight=2, buffersize=2)
        with pytest.raises(TypeError, match="buffersize must be an int, got float"):
            pool.map(abs, range(3), buffersize=2.0)

