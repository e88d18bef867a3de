"""The Executor contract, as the standard library documents it and CPython's tests pin it.

Every test runs on ``WorkerPool``, on ``ThreadPerTaskExecutor`` and on
``concurrent.futures.ThreadPoolExecutor``: the standard library is the
control that proves each test can pass.  Where a behaviour cannot apply to
thread-per-task (it starts every task at once, so no task ever waits to be
cancelled), the test is skipped for it with that reason.

Written from the documentation of ``concurrent.futures``, not copied from
CPython's ``Lib/test/test_concurrent_futures``.
"""

from __future__ import annotations

import concurrent.futures as cf
import gc
import inspect
import itertools
import os
import subprocess
import sys
import textwrap
import threading
import time
import weakref
from pathlib import Path
from typing import Callable

import pytest

from pool_lab import ThreadPerTaskExecutor, WorkerPool

pytestmark = pytest.mark.timeout(60)

TOP = Path(__file__).resolve().parent.parent

# name -> factory(max_workers, queue_size); each executor ignores what it has no use for.
_FACTORIES: dict[str, Callable[..., cf.Executor]] = {
    "WorkerPool": lambda workers=2, queue_size=None: WorkerPool(workers, queue_size),
    "ThreadPerTaskExecutor": lambda workers=2, queue_size=None: ThreadPerTaskExecutor(),
    "ThreadPoolExecutor": lambda workers=2, queue_size=None: cf.ThreadPoolExecutor(workers),
}
_NOTHING_WAITS = pytest.mark.skip(reason="thread-per-task starts every task at once: no task waits, so none "
                                         "can be cancelled before it starts")


def _executors(*, queueing: bool = False) -> list:
    """Return the parameters for a test; with ``queueing``, thread-per-task is marked as not applicable."""
    return [pytest.param(name, id=name, marks=_NOTHING_WAITS if queueing and name == "ThreadPerTaskExecutor" else ())
            for name in _FACTORIES]


@pytest.fixture
def make(request):
    """Return a factory of the executor under test; every executor it made is shut down afterwards."""
    made: list[cf.Executor] = []

    def factory(workers: int = 2, queue_size: int | None = None) -> cf.Executor:
        made.append(executor := _FACTORIES[request.param](workers, queue_size))
        return executor

    yield factory
    for executor in made:
        executor.shutdown(wait=True)


def _parametrize(*, queueing: bool = False):
    return pytest.mark.parametrize("make", _executors(queueing=queueing), indirect=True)


def _wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.005)
    return condition()


class Payload:
    """A result or argument we can watch being freed (a weakref to it dies)."""


# --- submit -----------------------------------------------------------------------------------------------


@_parametrize()
def test_submit_returns_a_future_of_the_call_with_its_arguments(make):
    ex = make()
    future = ex.submit(divmod, 17, 5)
    assert isinstance(future, cf.Future)
    assert future.result(timeout=5) == (3, 2)
    assert ex.submit(dict, a=1, fn=2).result(timeout=5) == {"a": 1, "fn": 2}  # fn is positional-only


@_parametrize()
def test_an_exception_lands_in_its_future_and_result_raises_it(make):
    future = make().submit(int, "not a number")
    assert isinstance(future.exception(timeout=5), ValueError)
    with pytest.raises(ValueError, match="invalid literal"):
        future.result()


@_parametrize()
def test_done_callbacks_run_when_the_task_ends(make):
    seen = []
    done = threading.Event()
    future = make().submit(pow, 2, 10)
    future.add_done_callback(lambda f: (seen.append(f.result()), done.set()))
    assert done.wait(5)
    assert seen == [1024]


@_parametrize()
def test_a_finished_task_drops_its_arguments(make):
    ex = make()
    payload = Payload()
    ref = weakref.ref(payload)
    future = ex.submit(id, payload)
    future.result(timeout=5)
    del payload
    # The worker lets go of a task once it has run it; the Future keeps only the result.
    assert _wait_until(lambda: (gc.collect(), ref() is None)[1], 5), "the executor still holds a task's argument"


# --- map ------------------------------------------------------------------------------------------------------


@_parametrize()
def test_map_zips_iterables_and_stops_at_the_shortest(make):
    assert list(make().map(pow, [2, 3, 4], [5, 2])) == [32, 9]


@_parametrize()
def test_map_yields_in_input_order_whatever_finishes_first(make):
    def late_first(n: int) -> int:
        time.sleep(0.002 * (8 - n))
        return n

    assert list(make(workers=4).map(late_first, range(8))) == list(range(8))


@_parametrize()
def test_map_raises_a_task_exception_when_its_result_is_reached(make):
    results = make().map(lambda n: 10 // n, [5, 0, 1])
    assert next(results) == 2
    with pytest.raises(ZeroDivisionError):
        next(results)


@_parametrize()
def test_map_timeout_raises_timeout_error_from_next(make):
    gate = threading.Event()
    ex = make(workers=1)
    try:
        results = ex.map(gate.wait, [5, 5], timeout=0.05)
        start = time.monotonic()
        with pytest.raises(cf.TimeoutError):
            next(results)
        assert time.monotonic() - start < 2
    finally:
        gate.set()


@_parametrize()
def test_map_with_a_timeout_never_waits_inside_map_itself(make):
    gate = threading.Event()
    ex = make(workers=1, queue_size=1)
    try:
        ex.submit(gate.wait, 5)  # holds the only worker
        ex.submit(gate.wait, 5)  # fills a bounded queue
        start = time.monotonic()
        results = ex.map(gate.wait, [5, 5, 5], timeout=0)
        assert time.monotonic() - start < 0.5, "map() itself waited although its timeout was 0"
        with pytest.raises(cf.TimeoutError):
            next(results)
    finally:
        gate.set()


@_parametrize()
def test_map_keeps_no_reference_to_a_result_it_has_yielded(make):
    results = make().map(lambda _: Payload(), range(3))
    first = next(results)
    ref = weakref.ref(first)
    del first
    gc.collect()
    assert ref() is None, "the map iterator still holds the result it yielded (bpo-14406)"
    assert len(list(results)) == 2


# map(..., buffersize=n), new in Python 3.14 (gh-74028): "the iterables are collected immediately
# rather than lazily, unless a buffersize is specified to limit the number of submitted tasks whose
# results have not yet been yielded.  If the buffer is full, iteration over the iterables pauses
# until a result is yielded from the buffer."  WorkerPool takes it on every Python.
_MAP_HAS_BUFFERSIZE = "buffersize" in inspect.signature(cf.Executor.map).parameters


def _buffersize_executors() -> list:
    new_in_3_14 = pytest.mark.skip(reason="Executor.map(buffersize=...) is new in Python 3.14")
    return [pytest.param(name, id=name, marks=() if name == "WorkerPool" or _MAP_HAS_BUFFERSIZE else new_in_3_14)
            for name in _FACTORIES]


class _Counted:
    """An input that counts how many items were taken from it."""

    def __init__(self, items: int | None = None) -> None:
        self.taken = 0
        self._items = itertools.count() if items is None else iter(range(items))

    def __iter__(self):
        for item in self._items:
            self.taken += 1
            yield item


@pytest.mark.parametrize("make", _buffersize_executors(), indirect=True)
def test_map_with_a_buffersize_takes_an_item_only_as_a_result_is_yielded(make):
    items = _Counted(20)
    results = make(workers=2).map(abs, items, buffersize=3)
    assert items.taken == 3  # the buffer, and nothing more, before any result is asked for
    for consumed in range(1, 21):
        assert next(results) == consumed - 1
        assert items.taken == min(20, 3 + consumed)  # one more for each result yielded
    assert list(results) == []


@pytest.mark.parametrize("make", _buffersize_executors(), indirect=True)
def test_map_with_a_buffersize_maps_an_endless_input(make):
    results = make(workers=2).map(abs, _Counted(), buffersize=4)
    assert [next(results) for _ in range(10)] == list(range(10))
    results.close()


@pytest.mark.parametrize("make", _buffersize_executors(), indirect=True)
def test_map_refuses_a_buffersize_below_one(make):
    with pytest.raises(ValueError, match="buffersize"):
        make().map(abs, [1], buffersize=0)


@_parametrize(queueing=True)
def test_closing_the_map_iterator_early_cancels_the_items_not_started(make):
    gate = threading.Event()
    started = []

    def task(n: int) -> int:
        if n:
            started.append(n)
            gate.wait(5)
        return n

    ex = make(workers=1, queue_size=8)
    results = ex.map(task, range(6))
    assert next(results) == 0
    assert _wait_until(lambda: started == [1])  # item 1 holds the only worker; 2..5 wait
    results.close()
    gate.set()
    ex.shutdown(wait=True)
    assert started == [1], f"items started after the iterator was closed: {started[1:]}"


# --- wait and as_completed ---------------------------------------------------------------------------------


@_parametrize()
def test_wait_all_completed_returns_every_future_done(make):
    futures = [make().submit(pow, 3, n) for n in range(6)]
    done, not_done = cf.wait(futures, timeout=5)
    assert done == set(futures) and not not_done


@_parametrize()
def test_wait_first_completed_returns_before_a_slow_task(make):
    gate = threading.Event()
    ex = make()
    try:
        slow, quick = ex.submit(gate.wait, 5), ex.submit(abs, -1)
        done, not_done = cf.wait([slow, quick], timeout=5, return_when=cf.FIRST_COMPLETED)
        assert done == {quick} and not_done == {slow}
    finally:
        gate.set()


@_parametrize()
def test_as_completed_yields_every_future_and_its_timeout_raises(make):
    gate = threading.Event()
    ex = make()
    try:
        futures = [ex.submit(abs, -n) for n in range(5)]
        assert sorted(f.result() for f in cf.as_completed(futures, timeout=5)) == list(range(5))
        stuck = ex.submit(gate.wait, 5)
        with pytest.raises(cf.TimeoutError):
            list(cf.as_completed([stuck], timeout=0.05))
    finally:
        gate.set()


# --- cancellation ------------------------------------------------------------------------------------------


@_parametrize(queueing=True)
def test_a_queued_task_can_be_cancelled_and_never_runs(make):
    gate = threading.Event()
    ran = []
    ex = make(workers=1)
    try:
        running = ex.submit(gate.wait, 5)
        assert _wait_until(running.running)
        queued = ex.submit(ran.append, "queued")
        assert queued.cancel() and queued.cancelled()
        with pytest.raises(cf.CancelledError):
            queued.result()
    finally:
        gate.set()
    ex.shutdown(wait=True)
    assert ran == []


@_parametrize()
def test_a_running_task_cannot_be_cancelled(make):
    gate = threading.Event()
    ex = make()
    running = ex.submit(gate.wait, 5)
    try:
        assert _wait_until(running.running)
        assert not running.cancel()
    finally:
        gate.set()
    assert running.result(timeout=5) is True


# --- shutdown -----------------------------------------------------------------------------------------------


@_parametrize()
def test_shutdown_waits_for_every_submitted_task_then_refuses_new_ones(make):
    ex = make()
    futures = [ex.submit(time.sleep, 0.01) for _ in range(5)]
    ex.shutdown(wait=True)
    assert all(f.done() and not f.cancelled() for f in futures)
    with pytest.raises(RuntimeError, match="cannot schedule new futures after shutdown"):
        ex.submit(abs, 1)
    ex.shutdown()  # again: harmless


@_parametrize()
def test_shutdown_without_wait_returns_at_once_and_the_tasks_still_finish(make):
    gate = threading.Event()
    ex = make(workers=1, queue_size=4)
    futures = [ex.submit(gate.wait, 5) for _ in range(3)]
    start = time.monotonic()
    ex.shutdown(wait=False)
    assert time.monotonic() - start < 0.5
    gate.set()
    assert [f.result(timeout=5) for f in futures] == [True] * 3


@_parametrize(queueing=True)
def test_shutdown_cancel_futures_cancels_what_waits_and_finishes_what_runs(make):
    gate = threading.Event()
    ex = make(workers=1, queue_size=4)
    running = ex.submit(gate.wait, 5)
    assert _wait_until(running.running)
    queued = [ex.submit(abs, -n) for n in range(3)]
    ex.shutdown(wait=False, cancel_futures=True)
    gate.set()
    assert running.result(timeout=5) is True
    assert all(f.cancelled() for f in queued)


@_parametrize()
def test_leaving_the_with_block_waits_for_the_tasks(make):
    with make() as ex:
        futures = [ex.submit(time.sleep, 0.01) for _ in range(4)]
    assert all(f.done() for f in futures)


# --- thread names ---------------------------------------------------------------------------------------


@_parametrize()
def test_thread_names_tell_executors_and_their_threads_apart(make):
    def names(ex: cf.Executor) -> set[str]:
        gate = threading.Barrier(2, timeout=5)  # two tasks at once: two different threads
        return set(ex.map(lambda _: (gate.wait(), threading.current_thread().name)[1], range(2)))

    first, second = names(make()), names(make())
    assert len(first) == len(second) == 2, "two threads of one executor share a name"
    assert not first & second, f"two executors share thread names: {first & second}"


# --- interpreter exit, in a subprocess ----------------------------------------------------------------------

_EXIT_SCRIPT = """
import atexit, concurrent.futures as cf, time
from pool_lab import ThreadPerTaskExecutor, WorkerPool

MAKE = {{"WorkerPool": lambda: WorkerPool(2), "ThreadPerTaskExecutor": ThreadPerTaskExecutor,
        "ThreadPoolExecutor": lambda: cf.ThreadPoolExecutor(2)}}

def task(n):
    time.sleep(0.02 * (n % 3))
    print(f"task {{n}}\\n", end="", flush=True)  # one write: print's separate newline would interleave

ex = MAKE[{name!r}]()
for n in range(10):
    ex.submit(task, n)
if {no_wait}:
    ex.shutdown(wait=False)

@atexit.register
def submit_at_exit():
    try:
        MAKE[{name!r}]().submit(print, "a task ran after interpreter shutdown")
    except RuntimeError as exc:
        print("refused:", exc, flush=True)
"""


@pytest.mark.parametrize("no_wait", [False, True], ids=["no-shutdown", "shutdown-wait-false"])
@pytest.mark.parametrize("name", list(_FACTORIES))
def test_every_task_runs_before_the_interpreter_exits_and_later_submits_are_refused(name, no_wait):
    script = textwrap.dedent(_EXIT_SCRIPT.format(name=name, no_wait=no_wait))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TOP), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=50, env=env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert sorted(line for line in lines if line.startswith("task")) == sorted(f"task {n}" for n in range(10))
    assert "refused: cannot schedule new futures after interpreter shutdown" in lines
