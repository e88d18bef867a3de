"""The check of ``send_windowed`` (chapter 6, a Dask cluster): a window of futures on a cluster."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import uuid
import weakref
from functools import partial
from typing import Any, Callable, Iterator

from ..cluster import local_cluster
from ._harness import (
    CheckReport,
    Exercise,
    Outcome,
    PlantedError,
    expect,
    expect_raised,
    expect_results,
    run,
    scrambled,
    task_seconds,
)

__all__ = ["check_send_windowed"]

_EXERCISE = Exercise(__name__)

_DASK_TASKS, _DASK_WINDOW, _DASK_TASK_S = 24, 4, 0.04
_FIRST_S = 1.0  # item 0's task waits this much longer: the worker's other thread can run all the rest meanwhile
_FAILING = (8, 100, 103)  # tasks, the first item, and the item whose task raises (items unlike the first run's)
# A third run, whose first two tasks have both finished when the answer first waits, and whose next two
# run long: a window refilled one future per wait, however many finished, stays one short from then on.
# The long two end at the refill for both, or this long after the window was first full: a right answer
# refills for both in its first loop, and a wrong one waits for a future.  (Timed from the tasks' start, as it
# was, the wait could run out on a loaded machine before a right answer had refilled for either.)
_PAIRED = (10, 200, 2.0)  # tasks, the first item, the longest the next two run after the window is full (s)
_STRAY_S = 30.0  # the longest the long two run if nothing releases them, a check that died, say


def remote_task(item: int) -> int:
    """Wait 20 to 60 ms (uneven, so tasks finish out of order; item 0: a second more) on a worker.

    Return :func:`scrambled` of the item.
    """
    time.sleep(task_seconds(item, _DASK_TASK_S) + (_FIRST_S if item == 0 else 0.0))
    return scrambled(item)


def remote_paired_task(item: int, released: str) -> int:
    """On a worker: the third run's task.  Its third and fourth items run long; the others wait 20 to 60 ms.

    The long two end when the Dask event named ``released`` is set (the
    check sets it once the window has been refilled for the first two, or
    2 s after it was first full), so the refilled window is counted
    with them in it, and the worker's two threads busy with them, unless a
    right answer takes more than 2 s to refill for both.  Return
    :func:`scrambled` of the item.
    """
    import distributed

    tasks, first, _ = _PAIRED
    if first + 2 <= item < first + 4:
        distributed.Event(released).wait(timeout=_STRAY_S)
    else:
        time.sleep(task_seconds(item, _DASK_TASK_S))
    return scrambled(item)


def remote_failing_task(item: int) -> int:
    """Wait 20 to 60 ms on a worker, except that item 103 raises :class:`PlantedError` there."""
    if item == _FAILING[2]:
        raise PlantedError.plant(f"task {item} failed on purpose")
    time.sleep(task_seconds(item, _DASK_TASK_S))
    return scrambled(item)


class _CountingClient:
    """A Dask client as the answer sees it: what it takes from the items, submits and holds, counted.

    A future is *in flight* until it is done, as the answer itself sees it
    (``future.done()``, which ``as_completed`` and ``wait`` go by), so the
    counts are exact however late Dask's callbacks run; it is *held* while
    anything still refers to it (a weak reference tells), since a worker
    keeps a task's result as long as a future refers to it.  ``beside_first``
    counts the futures submitted while the first one was in flight.  It
    offers ``submit`` alone, as the client the notebook's lab cell gives does.
    """

    def __init__(self, client: Any) -> None:
        self._client = client
        self._lock = threading.Lock()
        self._futures: list[weakref.ref] = []  # every future submitted and not yet let go
        self._first: weakref.ref | None = None
        self.pulled = self.submitted = self.beside_first = 0
        self.peak_in_flight = self.peak_ahead = self.peak_held = 0
        self.peak_refilled = 0  # the most in flight at a submit made once two futures had finished

    def _count(self) -> tuple[int, int]:
        """Return (futures held, futures in flight) now; call with the lock held."""
        held = in_flight = 0
        alive = []
        for ref in self._futures:
            if (future := ref()) is not None:
                alive.append(ref)
                held += 1
                in_flight += not future.done()
        self._futures = alive
        return held, in_flight

    def items(self, n: int, start: int = 0) -> Iterator[int]:
        """Yield ``start`` .. ``start + n - 1``, counting how many items the answer holds that have not finished."""
        for item in range(start, start + n):
            with self._lock:
                self.pulled += 1
                ahead = self._count()[1] + self.pulled - self.submitted
                self.peak_ahead = max(self.peak_ahead, ahead)
            yield item

    def submit(self, fn: Callable, *args: Any, **kwargs: Any) -> Any:
        future = self._client.submit(fn, *args, **kwargs)
        with self._lock:
            first = self._first() if self._first else None  # None once let go: then it is done
            self.beside_first += first is not None and not first.done()
            self.submitted += 1
            self._futures.append(weakref.ref(future))
            self._first = self._first or self._futures[-1]
            held, in_flight = self._count()
            self.peak_held = max(self.peak_held, held)
            self.peak_in_flight = max(self.peak_in_flight, in_flight)
            if self.submitted - in_flight >= 2:
                self.peak_refilled = max(self.peak_refilled, in_flight)
        return future

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"the client here offers only submit(fn, item), as the one the notebook's lab cell "
                             f"gives does: not {name}. Take a result with future.result(), and wait with "
                             "distributed.as_completed or distributed.wait.")


def _quiet_planted_failures(client: Any) -> None:
    # A worker logs every task that raises, traceback and all, into the cell
    # that runs the check: not the planted one, which the check expects.
    import distributed

    class QuietPlanted(distributed.WorkerPlugin):
        name = "pool_lab-quiet-planted"

        def setup(self, worker: Any) -> None:
            logging.getLogger("distributed.worker").addFilter(
                lambda record: "failed on purpose" not in record.getMessage())

    client.register_plugin(QuietPlanted())


def _send(send_windowed: Callable, client: _CountingClient, fn: Callable, n: int, start: int,
          timeout_s: float) -> Outcome:
    return run(lambda: send_windowed(client, fn, client.items(n, start), _DASK_WINDOW), timeout_s,
               lambda: (f"send_windowed did not finish {n} tasks within {timeout_s:g} s: {client.submitted} "
                        "submitted. Is it waiting on a future it never submitted?"))


@_EXERCISE.check
def check_send_windowed(send_windowed: Callable, *, timeout_s: float = 20.0) -> CheckReport:
    """Check ``send_windowed(client, fn, items, window)``: at most ``window`` futures in flight on Dask.

    Starts a local Dask cluster of one worker process with two threads
    (128 MiB; a few seconds), and hands the answer its client, a task that
    waits 20 to 60 ms on the worker (uneven, so tasks finish out of order;
    item 0's a second more) and returns a result that does not rise with
    the item, a generator of 24 items and ``window=4``.  Counted where they
    happen: never more than 4 futures in flight (submitted, not done), never
    more than 4 items taken whose tasks had not finished (the next item is
    taken only when a future has finished), never more than 8 futures held
    (referred to by anything: the 4 in flight, and at most 4 finished ones
    the loop has not let go yet; a worker keeps a task's result while a
    future refers to it), and more than one in flight at once.  While the
    first task runs, the window must be refilled as the others finish (at
    least 4 more submitted, one past the window's first fill): waiting for
    the oldest, or for a whole group, submits none.  The results come back in input order.  A second run
    of 8 items, of which one task raises on the worker: ``send_windowed``
    must raise that exception.  A third run of 10 items, whose first two
    tasks have both finished when the answer first waits (the client's
    submit of the third item waits for them) and whose next two run
    until the window is refilled for both (or for 2 s after it was first
    full, if the answer waits instead): once two futures
    have finished, the window must be full again (4 in flight) while items
    remain.  ``timeout_s`` counts from when the cluster is up.
    """
    n, window = _DASK_TASKS, _DASK_WINDOW
    call = f"send_windowed(client, fn, items, window={window})"
    with local_cluster(workers=1, threads_per_worker=2, memory_limit_mib=128) as real_client:
        _quiet_planted_failures(real_client)
        client = _CountingClient(real_client)
        start = time.perf_counter()
        outcome = _send(send_windowed, client, remote_task, n, 0, timeout_s)
        elapsed = time.perf_counter() - start
        tasks, first, failing = _FAILING
        raiser = _CountingClient(real_client)
        raised = _send(send_windowed, raiser, remote_failing_task, tasks, first, timeout_s)
        refill, paired = _refilled(send_windowed, real_client, timeout_s)
    value = outcome.result(call)
    expect(client.submitted > 0,
           "send_windowed never called client.submit: the tasks must run on the cluster.")
    expect(client.peak_in_flight <= window,
           f"your send_windowed had {client.peak_in_flight} futures in flight at once; the window was {window}. "
           "Every future the client holds keeps its result on a worker, so memory grows with them. Hint: "
           f"submit {window}, then submit the next only when one finishes (distributed.as_completed, and "
           "its add()).")
    expect(client.peak_ahead <= window,
           f"your send_windowed took {client.peak_ahead} items from the input before their tasks finished; "
           f"the window was {window}. Hint: take the next item only when a future has finished.")
    # The window's first fill puts window - 1 beside the first; waiting for the oldest (or a whole group) adds
    # none while it runs.  One more, a refill, is what tells them apart: how many more depends on how fast the
    # cluster answers, which on a loaded machine (7 in two CI runs) is no property of the answer.
    expect(client.beside_first >= window,
           f"while the first task ran (a second longer than the others), your send_windowed submitted only "
           f"{client.beside_first} more, though the worker's other thread could have run them all (at least "
           f"{window} expected, one past the window's first fill): the window "
           "waited for that one future (the oldest, or a whole group) instead of being refilled as each future "
           "finished. Hint: distributed.as_completed yields futures as they finish, whichever they are; add() "
           "puts the next one in.")
    expect(client.peak_held <= 2 * window,
           f"your send_windowed held {client.peak_held} futures at once (at most {window} in flight, and at most "
           f"{window} finished ones not yet let go): a worker keeps each task's result while a future refers to "
           "it, so the finished ones you keep hold the cluster's memory as surely as the running ones. Hint: "
           "keep each result, not its future, and let the future go once you have its result.")
    expect(client.peak_in_flight >= 2,
           f"your send_windowed never had more than one future in flight; with a window of {window} the "
           "worker's two threads should both be busy. Hint: fill the window before waiting.")
    expect_results(value, "send_windowed", [scrambled(item) for item in range(n)],
                   none_hint="a None is a place no result was put in: before returning, wait for the futures "
                             "still in flight after the last item was submitted, and store each result at its "
                             "item's place.")
    expect_raised(raised, call, f"the task of item {failing} raised PlantedError('task {failing} failed on purpose') "
                                "on the worker",
                  "future.result() raises the task's exception: let it reach your caller.")
    refill.result(f"{call} (third run)")
    refilled = paired.peak_refilled
    expect(refilled >= window,
           "when two of your futures finished at once (in the third run, the first two had both finished when "
           f"your loop first waited), your send_windowed never again had {window} in flight while items remained, "
           f"at most {refilled}: it put "
           "back one future for the two, and the window shrank for good. Hint: submit a new item for each future "
           "that finished: as_completed yields each one, and add() puts one back for each.")
    summary = (f"{n} tasks on a Dask cluster, never more than {window} futures in flight, never more than {window} "
               f"items taken and not finished, never more than {2 * window} futures held; the window refilled as "
               "futures finished, all of them when two finished at once; every result back in input order; a task's "
               "exception reached the caller.")
    return _EXERCISE.passed(summary, (
        ("peak futures in flight", f"{client.peak_in_flight} (window {window})"),
        ("peak items taken ahead of finished tasks", f"{client.peak_ahead} (limit {window})"),
        ("peak futures held", f"{client.peak_held} (limit {2 * window})"),
        ("peak in flight once two had finished at once (third run)", f"{refilled} (window {window})"),
        ("futures submitted while the first was in flight", f"{client.beside_first} of {n - 1}"),
        ("elapsed, cluster started", f"{elapsed:.2f} s (at best {_fastest_s(n):.2f} s: item 0's task alone takes "
                                     f"{_FIRST_S + task_seconds(0, _DASK_TASK_S):.2f} s)"),
    ))


class _RefillingClient(_CountingClient):
    """The third run's client: two futures finish at once, and the long two end once the window is full again.

    Its submit of the window's third item waits until the first two have
    finished (at most 5 s), as a slow submit would: they run alone (the
    worker picks its tasks in no set order), and the answer's first wait
    finds two finished at once.  Its sixth submit is the one that
    refills the window for both, with the long two in it: it lets them end,
    as a timer does 2 s after the fourth, when an answer waits instead.
    Call :meth:`close` when the run is over.
    """

    def __init__(self, client: Any, released: Any) -> None:
        super().__init__(client)
        self._released = released
        self._first_two: list[Any] = []
        self._timer = threading.Timer(_PAIRED[2], released.set)

    def close(self) -> None:
        """Let the long two end, and stop the timer."""
        self._timer.cancel()
        if self._timer.is_alive():
            self._timer.join()
        self._released.set()

    def submit(self, fn: Callable, *args: Any, **kwargs: Any) -> Any:
        import distributed

        if self.submitted == 2:  # before the third: submitted beside them, the long two could take both threads
            with contextlib.suppress(distributed.TimeoutError):
                distributed.wait(self._first_two, timeout=5)
            self._first_two.clear()  # held by the answer alone from here, as its other futures are
        future = super().submit(fn, *args, **kwargs)
        if self.submitted <= 2:
            self._first_two.append(future)
        if self.submitted == _DASK_WINDOW:
            self._timer.start()
        if self.submitted == _DASK_WINDOW + 2:
            self._released.set()
        return future


def _refilled(send_windowed: Callable, real_client: Any, timeout_s: float) -> tuple[Outcome, _CountingClient]:
    """Run 3: two futures finish at once, the next two run long; the client counts the refill."""
    import distributed

    tasks, first, _ = _PAIRED
    released = distributed.Event(f"pool_lab-refilled-{uuid.uuid4().hex}", client=real_client)
    paired = _RefillingClient(real_client, released)
    fn = partial(remote_paired_task, released=released.name)
    try:
        return _send(send_windowed, paired, fn, tasks, first, timeout_s), paired
    finally:
        paired.close()  # an answer that stopped short leaves no task waiting


def _fastest_s(n: int) -> float:
    """Return the least time the worker's 2 threads can run the check's ``n`` tasks in, item 0's included."""
    work = sum(task_seconds(item, _DASK_TASK_S) for item in range(n)) + _FIRST_S
    return max(_FIRST_S + task_seconds(0, _DASK_TASK_S), work / 2)
