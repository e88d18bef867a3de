"""The executors' LightFuture behaves as concurrent.futures.Future does, and costs less.

Every behaviour test runs on ``concurrent.futures.Future`` as well, the
control that proves it can pass.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import gc
import os
import platform
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pool_lab import ThreadPerTaskExecutor, WorkerPool, _future
from pool_lab._future import LightFuture

pytestmark = pytest.mark.timeout(30)

TOP = Path(__file__).resolve().parent.parent


@pytest.fixture(params=[LightFuture, cf.Future], ids=["LightFuture", "Future"])
def make(request):
    return request.param


def _join_or_rescue(threads: list[threading.Thread], futures: list) -> list[str]:
    """Join ``threads`` and return the names of those a lost wake-up left waiting.

    The waits under test have no timeout, since ``result`` returns a finished
    Future's value after a timed-out wait as well and would hide a lost
    wake-up; so a thread still waiting is woken here, then reported.
    """
    deadline = time.monotonic() + 10
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    stuck = [t.name for t in threads if t.is_alive()]
    while any(t.is_alive() for t in threads):
        for future in futures:
            with future._condition:
                future._condition.notify_all()
        for thread in threads:
            thread.join(0.01)
    return stuck


def _later(seconds: float, action, *args) -> threading.Thread:
    def act() -> None:
        time.sleep(seconds)
        action(*args)

    thread = threading.Thread(target=act)
    thread.start()
    return thread


def test_it_is_a_future_with_the_attributes_of_this_pythons_future():
    # Its __init__ repeats Future's; a Python that adds an attribute fails here.
    assert isinstance(LightFuture(), cf.Future)
    assert set(vars(LightFuture())) == set(vars(cf.Future()))


def test_both_executors_return_light_futures():
    with WorkerPool(2) as pool, ThreadPerTaskExecutor() as ex:
        assert type(pool.submit(int)) is LightFuture
        assert type(ex.submit(int)) is LightFuture


def test_result_waits_for_a_result_set_by_another_thread(make):
    future = make()
    future.set_running_or_notify_cancel()
    setter = _later(0.05, future.set_result, "done")
    assert future.result(timeout=10) == "done"
    setter.join()
    assert not future._condition._waiters


@pytest.mark.parametrize("timeout", [0, 0.05])
def test_result_times_out_and_leaves_no_waiter_behind(make, timeout):
    future = make()
    started = time.monotonic()
    with pytest.raises(cf.TimeoutError):
        future.result(timeout=timeout)
    assert time.monotonic() - started >= timeout
    with pytest.raises(cf.TimeoutError):
        future.exception(timeout=timeout)
    assert not future._condition._waiters


def test_every_thread_waiting_for_the_result_wakes(make):
    future = make()
    results = []
    waiters = [threading.Thread(target=lambda: results.append(future.result())) for _ in range(5)]
    for thread in waiters:
        thread.start()
    deadline = time.monotonic() + 10
    while len(future._condition._waiters) < 5 and time.monotonic() < deadline:
        time.sleep(0.001)  # until all five sleep in wait(), so the notify is what wakes them
    future.set_running_or_notify_cancel()
    future.set_result(7)
    assert _join_or_rescue(waiters, [future]) == []
    assert results == [7] * 5


def test_cancel_wakes_a_thread_waiting_for_the_result(make):
    future = make()
    canceller = _later(0.05, future.cancel)
    with pytest.raises(cf.CancelledError):
        future.result(timeout=10)
    canceller.join()


def test_an_exception_reaches_result_and_exception(make):
    future = make()
    future.set_running_or_notify_cancel()
    _later(0.02, future.set_exception, ValueError("boom")).join()
    with pytest.raises(ValueError, match="boom"):
        future.result(timeout=1)
    assert isinstance(future.exception(timeout=1), ValueError)


def test_setting_a_result_twice_raises_instead_of_deadlocking(make):
    # set_result formats the error with repr(), which takes the condition it
    # already holds: a lock that is not reentrant would hang here.
    future = make()
    future.set_running_or_notify_cancel()
    future.set_result(1)
    with pytest.raises(cf.InvalidStateError):
        future.set_result(2)


def test_callbacks_run_once_done(make):
    future, seen = make(), []
    future.add_done_callback(lambda f: seen.append(f.result()))
    future.set_running_or_notify_cancel()
    future.set_result("x")
    future.add_done_callback(lambda f: seen.append("late"))
    assert seen == ["x", "late"]


def test_wait_and_as_completed_see_it_finish(make):
    slow, fast = make(), make()
    for future in (slow, fast):
        future.set_running_or_notify_cancel()
    _later(0.05, fast.set_result, "fast")
    done, not_done = cf.wait([slow, fast], timeout=10, return_when=cf.FIRST_COMPLETED)
    assert (done, not_done) == ({fast}, {slow})
    _later(0.05, slow.set_result, "slow")
    assert [f.result() for f in cf.as_completed([slow, fast], timeout=10)] == ["fast", "slow"]


def test_asyncio_awaits_it(make):
    future = make()
    future.set_running_or_notify_cancel()

    async def main():
        setter = _later(0.02, future.set_result, "from a thread")
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), 10)
        finally:
            setter.join()

    assert asyncio.run(main()) == "from a thread"


def test_its_condition_refuses_wait_and_notify_without_the_lock(make):
    condition = make()._condition
    for call in (condition.wait, condition.notify, condition.notify_all):
        with pytest.raises(RuntimeError, match="un-acquired lock"):
            call()


def test_no_wake_up_is_lost_under_contention(make):
    # Four threads wait on futures, some with timeouts that expire, while
    # another thread completes them in random order: every wait that did not
    # time out returns its result, and no waiter is left registered.
    futures = [make() for _ in range(200)]
    order = random.Random(1).sample(range(200), 200)
    got: list[int] = []
    lock = threading.Lock()

    def wait_for(part: list[int]) -> None:
        for i in part:
            try:
                value = futures[i].result(timeout=0.0005) if i % 7 == 0 else futures[i].result()
            except cf.TimeoutError:
                value = futures[i].result()
            with lock:
                got.append(value)

    def complete() -> None:
        for i in order:
            futures[i].set_running_or_notify_cancel()
            futures[i].set_result(i)
            if i % 5 == 0:
                time.sleep(0.0002)

    threads = [threading.Thread(target=wait_for, args=(list(range(k, 200, 4)),)) for k in range(4)]
    threads.append(threading.Thread(target=complete))
    for thread in threads:
        thread.start()
    assert _join_or_rescue(threads, futures) == []
    assert sorted(got) == list(range(200))
    assert not any(f._condition._waiters for f in futures)


def _tracked_objects_per_future(make) -> float:
    gc.collect()
    before = len(gc.get_objects())
    futures = [make() for _ in range(1000)]
    per_future = (len(gc.get_objects()) - before - 1) / len(futures)  # not counting the list
    del futures
    return per_future


def test_the_collector_traces_fewer_objects_for_it_than_for_a_future():
    # What a caller who keeps many Futures pays at every full collection.
    light, standard = _tracked_objects_per_future(LightFuture), _tracked_objects_per_future(cf.Future)
    assert light <= 5  # itself, its lock, two lists (and, before 3.11, its __dict__)
    assert standard >= 2 * light


def test_on_cpython_the_lock_has_what_the_light_future_needs():
    # A CPython that dropped a private method the light condition uses would
    # quietly get the plain Future: this says so.
    if platform.python_implementation() == "CPython":
        assert _future.LIGHT and LightFuture is not cf.Future


@pytest.mark.timeout(120)
def test_with_the_switch_set_the_executors_fall_back_to_the_plain_future_and_still_conform():
    env = dict(os.environ, POOL_LAB_PLAIN_FUTURE="1")
    check = ("import concurrent.futures as cf; from pool_lab import ThreadPerTaskExecutor, WorkerPool, _future\n"
             "with WorkerPool(2) as pool, ThreadPerTaskExecutor() as ex:\n"
             "    futures = [pool.submit(abs, -1), ex.submit(abs, -2)]\n"
             "print(_future.LIGHT, _future.LightFuture is cf.Future, [type(f) is cf.Future for f in futures],\n"
             "      [f.result() for f in futures])")
    proc = subprocess.run([sys.executable, "-c", check], env=env, capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "False True [True, True] [1, 2]", proc.stderr
    # The executors' behaviour, Future by Future, with the plain one.
    suite = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "tests/test_conformance.py"],
                           env=env, cwd=TOP, capture_output=True, text=True, timeout=100)
    assert suite.returncode == 0, suite.stdout[-2000:]
    assert " passed" in suite.stdout.splitlines()[-1]
