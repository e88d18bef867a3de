"""The check of ``windowed_map`` (chapter 4, hidden unbounded queues): a window of futures over any executor."""

from __future__ import annotations

import concurrent.futures as cf
import threading
import time
from typing import Any, Callable, Iterable, Iterator

from ._harness import (
    CheckReport,
    Exercise,
    Probe,
    expect,
    expect_done,
    expect_raised,
    expect_results,
    run,
    scrambled,
    uneven_task,
)
from ._joins import threads_left
from ._slow_task import SlowTask

__all__ = ["check_windowed_map"]

_EXERCISE = Exercise(__name__)

_WINDOW_TASKS, _WINDOW_WORKERS, _WINDOW, _WINDOW_TASK_S = 40, 4, 6, 0.02
_FAILING = (16, 5)  # tasks, and the one that raises
_PREFIX = "your-executor"
# The task of item 11 takes this much longer than the others, and the answer must take and submit more items
# meanwhile (see _slow_task): a task begins, for the answer, when it is submitted.
_SLOW_ITEM, _SLOW_S = 2 * _WINDOW - 1, 0.3
# A future is done a moment after its task returns, as on a loaded machine: a window that reopens when
# the task ends (a permit released inside it), not when its future is done, then has one too many.
_DONE_LAG_S = 0.002


class _WhereTasksRan(Probe):
    """A probe that also notes whether any task ran outside the given executor's threads, and counts its items alive.

    An item is alive until nothing refers to it (its type counts its own
    deletions); ``peak_kept`` is the most items alive at once whose tasks had
    finished, counted as the answer takes each item.
    """

    def __init__(self, work: Callable[[Any], Any], *, slow: int | None = None, **options: Any) -> None:
        super().__init__(work, **options)
        self.outside: str | None = None
        self._slow = slow  # the item whose task takes _SLOW_S longer
        self.beside_slow = SlowTask()  # told of each submit by the executor
        self.alive = self.peak_kept = 0
        # As the answer returned or raised: the items it had taken; a moment later, what its threads still alive
        # make the check say, if any are.
        self.taken_at_return = 0
        self.left_running: str | None = None
        probe = self

        class Item(int):
            __slots__ = ()

            def __del__(self) -> None:
                with probe._alive_lock:
                    probe.alive -= 1

        self._item_type, self._alive_lock = Item, threading.Lock()

    def items(self, n: int, start: int = 0) -> Iterator[int]:
        return self.taken(self._counted(range(start, start + n)))

    def _counted(self, numbers: Iterable[int]) -> Iterator[int]:
        for number in numbers:
            finished = self.counts()[1]
            with self._alive_lock:
                # Every item taken and not finished is alive (queued, running, or in the answer's hand).
                self.peak_kept = max(self.peak_kept, self.alive - (self.pulled - finished))
                self.alive += 1
            self.beside_slow.taken_one()
            yield self._item_type(number)

    def counts_at_return(self) -> tuple[int, int]:
        """Return :meth:`counts`, and keep how many items the answer has taken (given as ``at_return``)."""
        self.taken_at_return = self.pulled
        return self.counts()

    def task(self, item: Any) -> Any:
        name = threading.current_thread().name
        if not name.startswith(_PREFIX):
            self.outside = name
        if item != self._slow:
            if self._slow is not None and item == self._slow - 1:
                self.beside_slow.hold()
            try:
                return super().task(item)
            finally:
                self.beside_slow.ended()
        self.beside_slow.slow_begins()
        time.sleep(_SLOW_S)  # before the task counts as started: its item is taken and not finished
        self.beside_slow.slow_ends()
        return super().task(item)


class _CountingExecutor(cf.Executor):
    """The executor the answer is given: a ThreadPoolExecutor whose futures in flight are counted.

    A future is in flight from its submit until it is done, as the answer
    itself sees it (``future.done()``, which ``wait`` and ``as_completed`` go
    by), so the count is exact however late a done-callback runs.  ``map``
    is the standard one, which submits through :meth:`submit`.
    """

    def __init__(self, workers: int, on_submit: Callable[[], None]) -> None:
        self._on_submit = on_submit
        self._executor = cf.ThreadPoolExecutor(max_workers=workers, thread_name_prefix=_PREFIX)
        self._lock = threading.Lock()
        self._pending: list[cf.Future] = []
        self.submitted = self.peak_in_flight = 0

    def submit(self, fn: Callable, /, *args: Any, **kwargs: Any) -> cf.Future:
        self._on_submit()
        future = self._executor.submit(_done_late, fn, *args, **kwargs)
        with self._lock:
            self._pending = [*(f for f in self._pending if not f.done()), future]
            self.submitted += 1
            self.peak_in_flight = max(self.peak_in_flight, len(self._pending))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._executor.shutdown(wait=wait, cancel_futures=cancel_futures)


def _done_late(fn: Callable, /, *args: Any, **kwargs: Any) -> Any:
    result = fn(*args, **kwargs)
    time.sleep(_DONE_LAG_S)
    return result


def _run(windowed_map: Callable, probe: _WhereTasksRan, n: int, timeout_s: float) -> tuple[Any, _CountingExecutor]:
    before = frozenset(threading.enumerate())
    executor = _CountingExecutor(_WINDOW_WORKERS, probe.beside_slow.begins)
    try:
        outcome = run(lambda: windowed_map(executor, probe.task, probe.items(n), _WINDOW), timeout_s,
                      lambda: probe.stuck("windowed_map", n, timeout_s,
                                          "Is it waiting on a future that was never submitted?"),
                      at_return=probe.counts_at_return)
        # Counted before the executor shuts down: a thread still submitting would die there, unseen.
        probe.left_running = threads_left(
            before, "windowed_map", "raised" if outcome.error is not None else "returned",
            "submit from the calling thread (the executor's threads run the tasks), or stop and join every thread "
            "you start before you return or raise.", besides=(_PREFIX,))
        return outcome, executor
    finally:
        probe.abandoned = True  # tasks still queued return at once
        executor.shutdown(wait=True, cancel_futures=True)


def _expect_nothing_after(probe: _WhereTasksRan, ended: str) -> None:
    """Fail if the answer took items, or left threads running, after it ``ended`` (returned, raised)."""
    late = probe.pulled - probe.taken_at_return
    expect(late == 0, f"windowed_map took {late} more item{'s' * (late > 1)} from the input after it {ended}: work "
                      "its caller believes is over. Hint: take and submit items in the calling thread, and stop "
                      "taking them once a task has raised.")
    expect(probe.left_running is None, probe.left_running or "")


@_EXERCISE.check
def check_windowed_map(windowed_map: Callable, *, timeout_s: float = 5.0) -> CheckReport:
    """Check ``windowed_map(executor, fn, items, window)``: at most ``window`` futures in flight.

    Hands the answer a ``concurrent.futures.ThreadPoolExecutor`` of 4
    threads, a generator of 40 items, tasks of 10 to 30 ms (uneven, so they
    finish out of order) whose results do not rise with the items, each
    future done 2 ms after its task returns (as on a loaded machine), and
    ``window=6``.  Counted where they happen: never more than 6 futures in
    flight (submitted and not done, as ``future.done()`` says), never more
    than 7 items taken from the generator and not finished (the window, and
    one in the hand of the loop that waits for room: the executor's own queue
    is unbounded, so the window is the only bound), never more than 7 items
    still referred to anywhere after their tasks finished, counted each time
    the answer takes an item (the window's, and one more: the loop may still
    hold the item whose future just left the window, or a thread of the
    executor let go of one a moment late),
    every task run in that
    executor, more than one at once.  The task of item 11 takes 300 ms
    longer (item 10's waits until it has begun, at most 0.2 s); once
    another task has ended meanwhile, the answer must take and submit more
    items before it ends: the window is refilled as its futures finish, not
    once a whole group has.  When it returns, every task has
    finished, each item ran once and the results are in input order.  A
    second run of 16 items, of which task 5 raises: ``windowed_map`` must
    raise that exception.  In both, the answer takes no item after it
    returned or raised, and no thread it started is alive 0.1 s later.

    The example calls it on an answer not yet written: a student reads this
    docstring with ``check_windowed_map?``, so it holds no answer.

    >>> def windowed_map(executor, fn, items, window):
    ...     raise NotImplementedError()
    >>> report = check_windowed_map(windowed_map)
    Exercise 6 (windowed_map): not attempted yet. Replace raise NotImplementedError() ...
    >>> report.passed
    False
    """
    n, window = _WINDOW_TASKS, _WINDOW
    call = f"windowed_map(executor, fn, items, window={window})"
    probe = _WhereTasksRan(uneven_task(_WINDOW_TASK_S), slow=_SLOW_ITEM)
    start = time.perf_counter()
    outcome, executor = _run(windowed_map, probe, n, timeout_s)
    elapsed = time.perf_counter() - start
    value = outcome.result(call)
    expect(probe.outside is None,
           f"a task ran in thread {probe.outside!r}, not in the executor you were given. Hint: submit every "
           "task with executor.submit(fn, item); the exercise is to bound any executor from outside.")
    expect(executor.peak_in_flight <= window,
           f"your windowed_map had {executor.peak_in_flight} futures in flight at once (submitted, not done); "
           f"the window was {window}. Whatever is submitted waits in the executor's unbounded queue, with its "
           f"payload. Hint: once {window} are in flight, wait for one to finish before you submit the next (a future "
           "is done only after its task has returned: a permit given back inside the task frees room too early).")
    expect(probe.peak_ahead <= window + 1,
           f"your windowed_map took {probe.peak_ahead} items from the input before their tasks had finished; "
           f"the window was {window}, so at most {window + 1} (the window, and one in your hand while you wait "
           "for room). Hint: read items one at a time, as you submit: the input may be a stream too long to "
           "hold.")
    # The items of the futures in the window, and one more: the item whose future the loop has just taken out of
    # the window, still in one of its variables (or a thread's, a moment after its task).  With the window's tasks
    # all finished behind a slow one, a right answer holds the window's and that one (read 51).
    kept_limit = window + 1
    expect(probe.peak_kept <= kept_limit,
           f"your windowed_map still referred to {probe.peak_kept} items whose tasks had finished, when it took an "
           f"item; at most {kept_limit} may be: the window's {window}, and one whose future has just left it (still in "
           "a variable of your loop, or of one of the executor's threads a moment after its task). Hint: keep no "
           "item once its future has left the window: a list of (item, future) pairs holds the whole stream, as "
           "list(items) would.")
    expect(probe.peak_running >= 2,
           f"your windowed_map never ran more than one task at once; with a window of {window} it should run "
           f"up to {_WINDOW_WORKERS} (the executor's threads). Hint: do not wait for each future right after "
           "submitting it.")
    watch = probe.beside_slow
    expect(watch.refilled,
           f"while task {_SLOW_ITEM} ran ({_SLOW_S * 1000:.0f} ms longer than the others), your windowed_map "
           f"{watch.missed('submitted', 'task')} once another task had ended, though the window's other places freed "
           "as their tasks finished: it waited for a whole group of futures before it submitted more. Hint: refill "
           "the window as its futures finish: wait for the first one done (wait(..., return_when=FIRST_COMPLETED)), "
           "or for the oldest, and submit the next item at once.")
    expect_done(probe, outcome.at_return, "windowed_map", n,
                "wait for the futures still in the window after the last item.")
    expect_results(value, "windowed_map", [scrambled(item) for item in range(n)])
    _expect_nothing_after(probe, "returned")

    tasks, failing = _FAILING
    raiser = _WhereTasksRan(uneven_task(_WINDOW_TASK_S), fail_on=[failing])
    outcome, _ = _run(windowed_map, raiser, tasks, timeout_s)
    expect_raised(outcome, call, f"task {failing} raised PlantedError('task {failing} failed on purpose')",
                  "future.result() raises the task's exception: let it reach your caller.")
    _expect_nothing_after(raiser, "raised")

    summary = (f"{n} tasks on a ThreadPoolExecutor, never more than {window} futures in flight and never more than "
               f"{window + 1} items taken and not finished, never more than {kept_limit} items still referred to "
               "after their tasks when it took an item (the window's, and one more); more items taken and "
               "submitted while one task ran long; every task done when it "
               "returned; every result back in input order; a task's exception reached the caller; nothing taken "
               "and no thread left running after it.")
    return _EXERCISE.passed(summary, (
        ("peak futures in flight", f"{executor.peak_in_flight} (window {window})"),
        ("peak items taken ahead of finished tasks", f"{probe.peak_ahead} (limit {window + 1})"),
        ("peak items kept after their tasks finished", f"{probe.peak_kept} (limit {kept_limit})"),
        ("peak tasks running at once", f"{probe.peak_running} ({_WINDOW_WORKERS} threads)"),
        (f"while task {_SLOW_ITEM} ran long", f"{watch.taken} items taken and {watch.begun} submitted, once "
                                             "another task had ended"),
        # Each task holds its thread for its 20 ms and the 2 ms before its future is done.
        ("elapsed", f"{elapsed:.2f} s (no less than ({n} × ({_WINDOW_TASK_S * 1000:.0f} + "
                    f"{_DONE_LAG_S * 1000:.0f}) + {_SLOW_S * 1000:.0f}) ms / {_WINDOW_WORKERS} = "
                    f"{(n * (_WINDOW_TASK_S + _DONE_LAG_S) + _SLOW_S) / _WINDOW_WORKERS:.2f} s)"),
    ))
