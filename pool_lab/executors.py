"""Two ways to run tasks concurrently, behind one interface.

Both classes are :class:`concurrent.futures.Executor` subclasses, so an
experiment swaps one for the other with a single argument:

* :class:`ThreadPerTaskExecutor` starts a new thread for every ``submit``.
  It is the anti-pattern of the incident: nothing limits how many tasks are
  alive, so nothing limits the memory they hold.
* :class:`WorkerPool` runs a fixed number of worker threads that pull tasks
  from a *bounded* queue.  It keeps the parts of the classic Go worker pool
  (workers, a queue, a wait for all tasks) and fixes its two flaws: the queue
  no longer has room for every task (``submit`` blocks when it is full), and a
  task's exception reaches the caller through its ``Future``.

As with :class:`concurrent.futures.ThreadPoolExecutor`, a task submitted and
never waited for still runs: both join their threads when the interpreter
exits, and refuse new tasks from then on.

Both return a :class:`concurrent.futures.Future` subclass whose lock is one C
object (``pool_lab._future.LightFuture``): a caller who keeps many Futures
makes the garbage collector trace fewer than half as many objects for each.

This module is the executors and what they share (their counters, the join
at interpreter exit and its lock).  The pool's bounded queue is
:mod:`pool_lab._queue`, and what one ``WorkerPool.map`` call runs is
:mod:`pool_lab._map`.
"""

from __future__ import annotations

import atexit
import itertools
import os
import threading
import time
import weakref
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, TypeVar

from ._checks import MAX_QUEUE_SIZE, MAX_WORKERS, check_callable, check_int, check_timeout
from ._future import LightFuture
from ._map import MapSlot, ordered_map
from ._queue import ClosableQueue, TimeoutError

__all__ = ["DEFAULT_QUEUE_SIZE", "MAX_QUEUE_SIZE", "MAX_WORKERS", "ExecutorStats", "ThreadPerTaskExecutor",
           "WorkerPool"]

T = TypeVar("T")

#: The queue a :class:`WorkerPool` gets unless told otherwise: big enough that
#: the submitting thread and the workers trade the GIL rarely (measured in
#: ``benchmarks/dispatch.py``), small enough that 64 queued tasks cost little
#: when each holds only its arguments.
DEFAULT_QUEUE_SIZE = 64


@dataclass(frozen=True)
class ExecutorStats:
    """A snapshot of an executor's counters.

    ``running`` tasks are executing now and ``queued`` ones wait for a worker;
    ``completed`` returned and ``failed`` raised.  ``peak_running`` is the
    most tasks that ever ran at once: the number that decides memory.
    """

    running: int
    queued: int
    completed: int
    failed: int
    peak_running: int

    @property
    def done(self) -> int:
        """Return the tasks that finished, whether they returned or raised."""
        return self.completed + self.failed


class _Counters:
    """Thread-safe task counters, shared by an executor and its threads.

    Kept apart from the executor so worker threads need no reference to it,
    which lets an abandoned pool be garbage-collected and its workers exit.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = self.completed = self.failed = self.peak_running = 0

    def run(self, taken: list[tuple[Future | MapSlot, Callable[..., Any], tuple, dict]]) -> None:
        """Pop the task from ``taken`` and run it: this frame then holds its only reference.

        So its arguments (its payload) are let go before its future is resolved:
        a caller woken by the result never sees that payload still alive.
        """
        future, fn, args, kwargs = taken.pop()
        if not future.set_running_or_notify_cancel():
            return
        with self.lock:
            self.running += 1
            self.peak_running = max(self.peak_running, self.running)
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            del fn, args, kwargs
            with self.lock:
                self.running -= 1
                self.failed += 1
            future.set_exception(exc)
            # Break the cycle exc -> traceback -> this frame -> exc, so the
            # payload a failed task held is freed now, not at the next GC.
            del exc
        else:
            del fn, args, kwargs
            with self.lock:
                self.running -= 1
                self.completed += 1
            future.set_result(result)
            del result


# Every thread either executor starts is joined at interpreter exit, as
# concurrent.futures.thread does, so a task submitted and never waited for
# (no ``with``, no shutdown, or shutdown(wait=False)) still runs to its end.
# Weak keys: a thread that has ended and is referenced nowhere else drops out.
_exit_lock = threading.Lock()
_exiting = False
_join_at_exit: weakref.WeakKeyDictionary[threading.Thread, Any] = weakref.WeakKeyDictionary()
_AT_EXIT = "cannot schedule new futures after interpreter shutdown"


def _finish_at_exit() -> None:
    global _exiting
    with _exit_lock:
        _exiting = True
        items = list(_join_at_exit.items())
    for _, tasks in items:
        if tasks is not None:
            tasks.close()  # the workers run what is queued, then exit
    for thread, _ in items:
        thread.join()


try:
    # Runs before threading joins the non-daemon threads, and before atexit
    # hooks: a hook that submits then gets RuntimeError, as with the stdlib.
    threading._register_atexit(_finish_at_exit)  # type: ignore[attr-defined]
except (AttributeError, RuntimeError):  # not CPython's threading, or already exiting
    atexit.register(_finish_at_exit)  # later, but our threads are daemons and still alive then


def _after_fork_in_child() -> None:
    # The child has one thread, the one that forked, which holds the exit
    # lock (taken just before the fork): reset it, as concurrent.futures.thread
    # does, or the child's first pool would wait for it for ever.
    reinit = getattr(_exit_lock, "_at_fork_reinit", None)  # CPython's private reset, 3.9+
    if reinit is not None:
        reinit()
    else:
        _exit_lock.release()
    # The parent's threads do not run here, and a queue of theirs may have
    # been locked by one of them at the fork: nothing of theirs to close or
    # join at this child's exit.
    _join_at_exit.clear()


if hasattr(os, "register_at_fork"):  # POSIX
    # Taken across the fork, so no thread of the parent holds it then.
    os.register_at_fork(before=_exit_lock.acquire, after_in_child=_after_fork_in_child,
                        after_in_parent=_exit_lock.release)


def _join_all(threads: list[threading.Thread], timeout: float | None) -> None:
    deadline = None if timeout is None else time.monotonic() + timeout
    for thread in threads:
        thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
    if alive := [t.name for t in threads if t.is_alive()]:
        raise TimeoutError(f"shutdown waited {timeout} s; still running a task: {', '.join(alive)}")


class _StatsMixin:
    _counters: _Counters

    def _queued(self) -> int:
        return 0

    def stats(self) -> ExecutorStats:
        """Return a consistent snapshot of the counters."""
        c = self._counters
        with c.lock:
            return ExecutorStats(c.running, self._queued(), c.completed, c.failed, c.peak_running)

    @property
    def running(self) -> int:
        """Return the number of tasks executing now."""
        return self._counters.running

    @property
    def queued(self) -> int:
        """Return the number of tasks waiting for a worker."""
        return self._queued()

    @property
    def completed(self) -> int:
        """Return the number of tasks that returned a result."""
        return self._counters.completed

    @property
    def failed(self) -> int:
        """Return the number of tasks that raised."""
        return self._counters.failed

    @property
    def done(self) -> int:
        """Return the number of tasks that finished (completed + failed)."""
        return self._counters.completed + self._counters.failed


_WAIT_FOR_ITSELF = (
    "shutdown(wait=True) was called from a task of this executor and would wait for that task "
    "itself; call shutdown(wait=False) from a task, or shutdown(wait=True) from outside"
)


class ThreadPerTaskExecutor(_StatsMixin, Executor):
    """Start a new thread for every task: the anti-pattern, measured.

    This is Python's twin of starting one goroutine per batch.  It is fast
    while it lives, because nothing waits; but every task that has started and
    not finished holds its memory, and nothing bounds how many there are.

    >>> with ThreadPerTaskExecutor() as ex:
    ...     futures = [ex.submit(pow, 2, n) for n in range(5)]
    >>> [f.result() for f in futures]
    [1, 2, 4, 8, 16]
    >>> ex.stats().completed
    5
    """

    _numbers = itertools.count()

    def __init__(self, thread_name_prefix: str = "pool_lab-task") -> None:
        self._counters = _Counters()
        self._threads: set[threading.Thread] = set()
        self._lock = threading.Lock()
        self._shutdown = False
        # Numbered per executor, as ThreadPoolExecutor-N_i: a thread dump tells executors apart.
        self._names = (f"{thread_name_prefix}-{next(self._numbers)}_{n}" for n in itertools.count())

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """Start a new thread that runs ``fn(*args, **kwargs)``; return its Future."""
        check_callable("fn", fn)
        future: Future[T] = LightFuture()
        with self._lock:
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            thread = threading.Thread(
                target=self._run, args=(future, fn, args, kwargs), name=next(self._names), daemon=True
            )
            self._threads.add(thread)
        try:
            # Under the exit lock: the exit join either sees it started or has refused it.
            with _exit_lock:
                if _exiting:
                    raise RuntimeError(_AT_EXIT)
                thread.start()
                _join_at_exit[thread] = None
        except BaseException:
            with self._lock:
                self._threads.discard(thread)
            raise
        return future

    def _run(self, future: Future, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        try:
            self._counters.run([(future, fn, args, kwargs)])
        finally:
            with self._lock:
                self._threads.discard(threading.current_thread())

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False, timeout: float | None = None) -> None:
        """Refuse new tasks; with ``wait``, block until every started thread ends.

        ``cancel_futures`` has nothing to cancel: every task starts at once.
        ``timeout`` bounds the wait, in seconds: TimeoutError if tasks are
        still running then (they run on; the executor stays shut down).
        From inside one of its own tasks, ``wait=True`` would wait for the
        caller itself, so it raises RuntimeError and changes nothing.
        """
        timeout = check_timeout("timeout", timeout)
        with self._lock:
            if wait and threading.current_thread() in self._threads:
                raise RuntimeError(_WAIT_FOR_ITSELF)
            self._shutdown = True
            threads = list(self._threads)
        if wait:
            _join_all(threads, timeout)


def _worker(tasks: ClosableQueue, counters: _Counters) -> None:
    # The worker holds the queue and the counters but not the pool, so a pool
    # nobody references can be collected; its finalizer closes the queue.
    get, run = tasks.get, counters.run
    taken: list = [get()]  # run() pops the task: this frame holds none while it runs or waits
    while taken[0] is not None:
        run(taken)
        taken.append(get())


class WorkerPool(_StatsMixin, Executor):
    """A fixed set of worker threads pulling tasks from a bounded queue.

    ``max_workers`` threads run tasks; at most ``queue_size`` more wait in the
    queue.  When the queue is full, ``submit`` blocks until the workers have
    taken half of it: that backpressure is what keeps memory flat however
    many tasks the caller has.  A task's result or exception lands in its
    ``Future``; an exception never kills a worker.

    ``max_workers`` defaults to ``min(32, os.cpu_count() + 4)``, the choice of
    :class:`concurrent.futures.ThreadPoolExecutor` for I/O-bound work, and
    ``queue_size`` to :data:`DEFAULT_QUEUE_SIZE` (64).  So by default at most
    ``max_workers + 64`` tasks are in flight (running or queued): 70 on a
    2-core machine, 96 on 28 cores or more.  Why 64: every time the queue is
    full, the submitting thread must stop and hand the interpreter (the GIL)
    to a worker and back; a queue of 64 does that once per 32 tasks or so.
    That, and a lighter Future (see the module), makes ``submit`` of short
    tasks faster than ThreadPoolExecutor's, whose queue has no bound at all
    (``benchmarks/dispatch.py`` measures both).  When each queued task holds
    a large payload, choose a smaller ``queue_size``: each queued task's
    memory is held until a worker runs it.  Both have upper limits
    (:data:`MAX_WORKERS`, :data:`MAX_QUEUE_SIZE`).

    Every call that blocks can be bounded.  ``submit`` cannot take a
    ``timeout`` keyword, which would be taken from ``fn``'s own keywords, so
    ``submit_timeout`` (seconds, default None: wait for ever) is set here and
    bounds every wait for room in the queue, in ``submit`` and in ``map``:
    past it, they raise TimeoutError.  ``map`` and ``shutdown`` take a
    ``timeout`` of their own, and so does every Future's ``result``.

    A task may submit to its own pool, but when every worker is blocked
    doing so on a full queue, none is left to take a task: instead of
    hanging, the last of them raises RuntimeError (which lands in its task's
    Future).  A task that waits for the *result* of a task queued behind it
    can still deadlock: give that wait a timeout.

    >>> with WorkerPool(max_workers=4, queue_size=2) as pool:
    ...     squares = list(pool.map(lambda n: n * n, range(10)))
    >>> squares
    [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
    >>> pool.stats().peak_running <= 4
    True
    """

    _numbers = itertools.count()

    def __init__(
        self,
        max_workers: int | None = None,
        queue_size: int | None = None,
        thread_name_prefix: str = "pool_lab-worker",
        *,
        submit_timeout: float | None = None,
    ) -> None:
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        self.max_workers = check_int("max_workers", max_workers, high=MAX_WORKERS)
        if queue_size is None:
            queue_size = DEFAULT_QUEUE_SIZE
        # An unbounded queue (queue_size=0 in queue.Queue) is the flaw this
        # class exists to fix, so zero is refused rather than given that meaning.
        self.queue_size = check_int("queue_size", queue_size, high=MAX_QUEUE_SIZE)
        self.submit_timeout = check_timeout("submit_timeout", submit_timeout)
        self._counters = _Counters()
        self._tasks = ClosableQueue(self.queue_size)
        self._lock = threading.Lock()
        self._shutdown = False
        self._workers: list[threading.Thread] = []
        # Numbered per pool, as ThreadPoolExecutor-N_i: a thread dump tells pools apart.
        self._prefix = f"{thread_name_prefix}-{next(self._numbers)}"
        weakref.finalize(self, self._tasks.close)

    def _queued(self) -> int:
        return len(self._tasks)

    def _start_workers(self) -> None:
        # Started on first use, so a pool that is built and never used costs
        # no threads.  Under the exit lock, so the exit join sees every worker.
        with _exit_lock:
            if _exiting:
                raise RuntimeError(_AT_EXIT)
            for n in range(self.max_workers):
                thread = threading.Thread(
                    target=_worker, args=(self._tasks, self._counters), name=f"{self._prefix}_{n}", daemon=True
                )
                thread.start()
                self._workers.append(thread)
                _join_at_exit[thread] = self._tasks
        self._tasks.worker_ids = frozenset(t.ident for t in self._workers if t.ident is not None)

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """Queue ``fn(*args, **kwargs)`` and return its Future.

        Blocks while the queue is full (until the workers have taken half of
        it), for at most ``submit_timeout`` seconds (then TimeoutError).
        Raises RuntimeError after shutdown (or once the interpreter is
        exiting), and in a task of this pool that would otherwise deadlock
        (see the class).
        """
        if not callable(fn):
            check_callable("fn", fn)
        future: Future[T] = LightFuture()
        # Every line here runs once per task: no more calls than needed.
        if _exiting or not self._workers:  # else the queue's own lock decides: shutdown closes it
            self._open()
        # Outside the pool's lock: a blocked put must not stop shutdown().
        self._tasks.put((future, fn, args, kwargs), self.submit_timeout)
        return future

    def _open(self) -> None:
        """Raise RuntimeError unless this pool takes tasks; start the workers on first use."""
        with self._lock:
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _exiting:  # the exit join has closed this pool's queue, or is about to
                raise RuntimeError(_AT_EXIT)
            if not self._workers:
                self._start_workers()

    def map(self, fn: Callable[..., T], *iterables: Iterable[Any], timeout: float | None = None, chunksize: int = 1,
            in_flight: int | None = None, buffersize: int | None = None) -> Iterator[T]:
        """Return an iterator of ``fn`` over ``iterables``, lazily, in order.

        Unlike :meth:`Executor.map` without Python 3.14's ``buffersize``,
        which submits every item before it returns, this keeps at most
        ``in_flight`` items submitted and not yet yielded (default
        ``max_workers + queue_size``), pulling the next item
        from the input only when one is consumed.  Mapping over a generator of
        ten million items therefore runs in constant memory.

        ``buffersize`` is the name Python 3.14 gives the same bound
        (``Executor.map(fn, items, buffersize=n)``: at most ``n`` items
        submitted whose results are not yet yielded), so code written for it
        runs unchanged here; give one of the two, not both.  3.14's default,
        ``buffersize=None``, submits every item at once; here None keeps the
        default bound, since this pool never holds more than its queue.

        ``timeout`` bounds everything after this call, in seconds counted
        from it, as in :meth:`Executor.map`: with it, ``map`` itself never
        waits (items the full queue has no room for yet are submitted by the
        iterator), and ``next()`` raises TimeoutError once the deadline has
        passed.  Without it, ``map`` waits for room for the first items, for
        at most ``submit_timeout``.
        ``chunksize`` is accepted for compatibility and ignored, as it is by
        threads.  Closing the iterator early cancels the items still waiting.
        The iterator keeps no reference to a result it has yielded.

        >>> with WorkerPool(max_workers=2) as pool:
        ...     list(pool.map(abs, range(-3, 0), buffersize=2))
        [3, 2, 1]
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        check_callable("fn", fn)
        if in_flight is not None and buffersize is not None:
            raise TypeError("give in_flight or buffersize, not both: they are one bound (buffersize is its name in "
                            "Python 3.14's Executor.map)")
        if buffersize is not None:
            window = check_int("buffersize", buffersize)
        elif in_flight is not None:
            window = check_int("in_flight", in_flight)
        else:
            window = self.max_workers + self.queue_size
        self._open()
        return ordered_map(self._tasks, self.submit_timeout, fn, iterables, window, deadline, owner=self)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False, timeout: float | None = None) -> None:
        """Refuse new tasks and let the workers exit once the queue is empty.

        With ``cancel_futures``, tasks still waiting in the queue are cancelled
        instead of run.  With ``wait``, block until every worker has exited,
        for at most ``timeout`` seconds (then TimeoutError; the pool stays
        shut down and its workers exit when their tasks end).  A ``submit``
        blocked on a full queue raises RuntimeError.  Calling it again is
        harmless, as with every Executor (``with`` calls it on the way out).
        From inside one of the pool's tasks, ``wait=True`` would wait for the
        caller itself, so it raises RuntimeError and changes nothing.
        """
        timeout = check_timeout("timeout", timeout)
        # The Thread, not its ident: once the workers exit, a later thread may reuse an ident.
        if wait and threading.current_thread() in self._workers:
            raise RuntimeError(_WAIT_FOR_ITSELF)
        with self._lock:
            self._shutdown = True
            workers = list(self._workers)
        self._tasks.close()
        if cancel_futures:
            for future, *_ in self._tasks.drain():
                future.cancel()
        if wait:
            _join_all(workers, timeout)
