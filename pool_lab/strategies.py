"""Strategies: every way of running the incident's tasks, as one kind of function.

A strategy is a function ``strategy(task, items)`` that calls ``task(item)``
for every item and returns when every call has finished (a thread per item
started behind a semaphore, a pool of workers reading a queue, a window of
futures: the patterns of the course), or an ``async def strategy(task,
items)`` that awaits ``task(item)`` for every item.  An async strategy is given an async task: ``task(item)`` returns
a coroutine that sends the batch, waiting with ``asyncio.sleep``, so the
event loop runs other batches meanwhile.  It runs in an event loop of its own
(:func:`pool_lab.aio.run_in_own_loop`), which also works inside Jupyter.

The library's own strategies are entries of :data:`BUILT_IN`, by name, and a
student's function is one more: :func:`run` runs any of them the same way,
counting each task that finishes, so the lab, the sampler and the plots never
ask which kind they run.  A built-in strategy takes its settings
(``max_workers``, ``queue_size``, ``submission``) as keyword arguments, which
:func:`configure` binds; a student's function binds its own, for example with
:func:`functools.partial`.

:func:`check_strategy` refuses a function that cannot be a strategy;
:func:`pool_lab.shipping.ship` sends one to the lab's child process.

>>> def one_by_one(task, items):
...     for item in items:
...         task(item)
>>> run(one_by_one, abs, range(-3, 0), total=3)
(3, [])
>>> run(lambda task, items: task(-1), abs, range(-3, 0), total=3)
(1, [IncompleteRun('ran 1 of 3 tasks: a strategy must call task(item) for every item before it returns')])
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import contextlib
import functools
import inspect
import threading
from typing import Any, Awaitable, Callable, Iterable, Iterator

from ._checks import check_int
from .executors import ThreadPerTaskExecutor, WorkerPool

__all__ = [
    "ASYNC_STRATEGIES",
    "BUILT_IN",
    "EXECUTORS",
    "IncompleteRun",
    "MAP_HAS_BUFFERSIZE",
    "SETTINGS",
    "SUBMISSIONS",
    "asyncio_gather",
    "asyncio_queue",
    "asyncio_semaphore",
    "check_strategy",
    "configure",
    "is_async",
    "name_of",
    "run",
    "submit_windowed",
    "takes_setting",
    "thread_per_task",
    "thread_pool_executor",
    "worker_pool",
]

Task = Callable[[Any], Any]
Strategy = Callable[[Task, Iterable[Any]], Any]

#: How the executor strategies hand tasks to their executor: ``each`` calls
#: ``submit`` once per item, ``map`` calls the executor's ``map``, ``window``
#: keeps a bounded window of futures in flight (see :func:`submit_windowed`),
#: ``buffered-map`` calls ``map(..., buffersize=...)`` (Python 3.14+, see
#: :data:`MAP_HAS_BUFFERSIZE`).  The window and the buffer are twice the
#: number of workers.
SUBMISSIONS = ("each", "map", "window", "buffered-map")

#: Whether this Python's ``Executor.map`` takes ``buffersize``, about how many
#: tasks it keeps in flight, one more while it waits (new in Python 3.14, gh-74028).
#: Before it, ``Executor.map`` submits every item before it returns.
MAP_HAS_BUFFERSIZE = "buffersize" in inspect.signature(cf.Executor.map).parameters

#: The keyword arguments a built-in strategy may take, which :func:`configure` binds.
SETTINGS = ("max_workers", "queue_size", "submission")

# Errors kept per run: enough to say what went wrong, not a copy of every payload's traceback.
_KEPT_ERRORS = 5


class IncompleteRun(RuntimeError):
    """A strategy returned before every item's task had run and finished."""


def submit_windowed(executor: cf.Executor, fn: Callable, items: Iterable, window: int) -> Iterator:
    """Submit ``fn(item)`` for each item, never more than ``window`` in flight.

    Yields results in completion order.  The next item is taken from
    ``items`` before the wait for a free slot, and submitted once one frees,
    so a generator that builds payloads has at most ``window + 1`` of them
    alive: ``window`` in flight and the one in hand.  Works with any
    executor, including :class:`concurrent.futures.ThreadPoolExecutor`.

    >>> with cf.ThreadPoolExecutor(2) as ex:
    ...     sorted(submit_windowed(ex, abs, range(-3, 3), window=2))
    [0, 1, 1, 2, 2, 3]
    """
    check_int("window", window)
    in_flight: set[cf.Future] = set()
    for item in items:
        if len(in_flight) >= window:
            done, in_flight = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
            yield from (f.result() for f in done)
        in_flight.add(executor.submit(fn, item))
    for future in cf.as_completed(in_flight):
        yield future.result()


# Every way of submitting but "each": (executor, fn, items, window) -> the results, as they come.
_SUBMITTERS: dict[str, Callable[[cf.Executor, Callable, Iterable, int], Iterator]] = {
    "map": lambda executor, fn, items, window: executor.map(fn, items),
    "buffered-map": lambda executor, fn, items, window: executor.map(  # type: ignore[call-arg]  # 3.14+
        fn, items, buffersize=window),
    "window": submit_windowed,
}


def _run_on(executor: cf.Executor, task: Task, items: Iterable[Any], submission: str, window: int) -> None:
    """Run ``task`` for every item on ``executor``, submitted as ``submission`` says; then shut it down."""
    try:
        if submission == "each":
            pending: collections.deque[cf.Future] = collections.deque()
            for item in items:
                pending.append(executor.submit(task, item))
                # Forget finished futures as we go: their results are small,
                # but 10**6 of them are not.  A task's error is counted by run().
                while pending and pending[0].done():
                    pending.popleft()
            cf.wait(pending)
        else:  # map and the window raise the first error they meet, and stop
            for _ in _SUBMITTERS[submission](executor, task, items, window):
                pass
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


#: The executors behind the thread strategies, by strategy name: ``make(max_workers, queue_size)``.
EXECUTORS: dict[str, Callable[[Any, Any], cf.Executor]] = {
    "thread-per-task": lambda max_workers, queue_size: ThreadPerTaskExecutor(),
    # The course counts on at most 2 * max_workers payloads in flight, so the
    # queue defaults to max_workers here, not to WorkerPool's own default.
    "worker-pool": lambda max_workers, queue_size: WorkerPool(
        max_workers, max_workers if queue_size is None else queue_size),
    "thread-pool-executor": lambda max_workers, queue_size: cf.ThreadPoolExecutor(
        max_workers, thread_name_prefix="pool_lab-tpe"),
}


def thread_per_task(task: Task, items: Iterable[Any], *, submission: str = "each") -> None:
    """Run every task on a thread of its own (:class:`~pool_lab.ThreadPerTaskExecutor`): the incident.

    Nothing bounds how many tasks run, and hold a payload, at once.

    >>> run(thread_per_task, abs, range(-5, 0), total=5)
    (5, [])
    """
    _run_on(EXECUTORS["thread-per-task"](None, None), task, items, submission, window=2)


def worker_pool(task: Task, items: Iterable[Any], *, max_workers: int = 8, queue_size: int | None = None,
                submission: str = "each") -> None:
    """Run the tasks on ``max_workers`` threads that read a bounded queue (:class:`~pool_lab.WorkerPool`): the fix.

    >>> run(functools.partial(worker_pool, max_workers=2), abs, range(-5, 0), total=5)
    (5, [])
    """
    _run_on(EXECUTORS["worker-pool"](max_workers, queue_size), task, items, submission, window=2 * max_workers)


def thread_pool_executor(task: Task, items: Iterable[Any], *, max_workers: int = 8, submission: str = "each") -> None:
    """Run the tasks on the standard library's :class:`~concurrent.futures.ThreadPoolExecutor`.

    ``max_workers`` threads, behind a queue that nothing bounds.

    >>> run(functools.partial(thread_pool_executor, max_workers=2), abs, range(-5, 0), total=5)
    (5, [])
    """
    _run_on(EXECUTORS["thread-pool-executor"](max_workers, None), task, items, submission, window=2 * max_workers)


async def asyncio_gather(task: Callable[[Any], Awaitable[Any]], items: Iterable[Any]) -> None:
    """Await every task at once (:func:`pool_lab.gather_all`): thread-per-task with coroutines."""
    from .aio import gather_all

    await gather_all(task, items)


async def asyncio_semaphore(task: Callable[[Any], Awaitable[Any]], items: Iterable[Any], *,
                            max_workers: int = 8) -> None:
    """Await every task, at most ``max_workers`` at a time (:func:`pool_lab.gather_with_semaphore`)."""
    from .aio import gather_with_semaphore

    await gather_with_semaphore(task, items, max_workers)


async def asyncio_queue(task: Callable[[Any], Awaitable[Any]], items: Iterable[Any], *, max_workers: int = 8,
                        queue_size: int | None = None) -> None:
    """Await the tasks on ``max_workers`` worker tasks reading a bounded queue (:func:`pool_lab.queue_workers`)."""
    from .aio import queue_workers

    await queue_workers(task, items, max_workers, queue_size)


#: The library's strategies, by the name an :class:`~pool_lab.Experiment` takes.
BUILT_IN: dict[str, Callable[..., Any]] = {
    "thread-per-task": thread_per_task,
    "worker-pool": worker_pool,
    "thread-pool-executor": thread_pool_executor,
    "asyncio-gather": asyncio_gather,
    "asyncio-semaphore": asyncio_semaphore,
    "asyncio-queue": asyncio_queue,
}


def is_async(strategy: Callable) -> bool:
    """Return whether ``strategy`` is an ``async def`` (or a partial of one), to be given an async task.

    >>> is_async(asyncio_gather), is_async(functools.partial(asyncio_queue, max_workers=2)), is_async(worker_pool)
    (True, True, False)
    """
    call = getattr(strategy, "__call__", None)  # noqa: B004  # an object whose __call__ is an async def
    return inspect.iscoroutinefunction(strategy) or inspect.iscoroutinefunction(call)


#: The names of the asyncio strategies in :data:`BUILT_IN`.
ASYNC_STRATEGIES = tuple(name for name, fn in BUILT_IN.items() if is_async(fn))


def name_of(strategy: str | Callable) -> str:
    """Return the name a strategy is shown by: its table name, or its function's name.

    A :func:`functools.partial` is named after the function it wraps.

    >>> name_of("worker-pool"), name_of(functools.partial(worker_pool, max_workers=4)), name_of(lambda t, i: None)
    ('worker-pool', 'worker_pool', '<lambda>')
    """
    if isinstance(strategy, str):
        return strategy
    while isinstance(strategy, functools.partial):
        strategy = strategy.func
    return getattr(strategy, "__name__", None) or type(strategy).__name__


def check_strategy(strategy: object) -> None:
    """Raise TypeError, saying what is expected, unless ``strategy`` can be called as ``strategy(task, items)``.

    >>> check_strategy(lambda task: None)
    Traceback (most recent call last):
    ...
    TypeError: strategy <lambda> must accept two arguments, (task, items), but its signature is (task): ...
    """
    if not callable(strategy):
        raise TypeError(
            f"strategy must be a built-in strategy's name ({', '.join(BUILT_IN)}) or a function "
            f"strategy(task, items) that calls task(item) for every item; got {type(strategy).__name__}"
        )
    if inspect.isgeneratorfunction(strategy) or inspect.isasyncgenfunction(strategy):
        raise TypeError(
            f"strategy {name_of(strategy)} is a generator function (it contains yield), so calling it runs "
            "nothing until someone iterates it; call task(item) in a plain def (or an async def) without yield"
        )
    try:
        signature = inspect.signature(strategy)
    except (TypeError, ValueError):  # some built-in callables have none to read: let them run
        return
    try:
        signature.bind(None, None)
    except TypeError as exc:
        raise TypeError(
            f"strategy {name_of(strategy)} must accept two arguments, (task, items), but its signature is "
            f"{signature}: {exc}. Bind any other argument first, e.g. functools.partial(fn, limit=8)"
        ) from None


def configure(strategy: Callable[..., Any], **settings: Any) -> Callable[..., Any]:
    """Return ``strategy`` with those of ``settings`` it takes (see :data:`SETTINGS`) bound.

    >>> configure(thread_per_task, max_workers=8, submission="map").keywords
    {'submission': 'map'}
    """
    takes = inspect.signature(strategy).parameters
    return functools.partial(strategy, **{k: v for k, v in settings.items() if k in takes})


def takes_setting(strategy: Callable[..., Any], setting: str) -> bool:
    """Return whether ``strategy`` takes ``setting`` (one of :data:`SETTINGS`) as a keyword argument.

    >>> takes_setting(worker_pool, "max_workers"), takes_setting(thread_per_task, "max_workers")
    (True, False)
    """
    try:
        parameter = inspect.signature(strategy).parameters.get(setting)
    except (TypeError, ValueError):
        return False
    return parameter is not None and parameter.kind == inspect.Parameter.KEYWORD_ONLY


class _Tally:
    """Counts the tasks a strategy runs, through the task it is given."""

    def __init__(self, on_task_done: Callable[[], None]) -> None:
        self.done = 0
        self.failed = 0
        self.running = 0
        self.errors: list[BaseException] = []
        self._on_task_done = on_task_done
        self._lock = threading.Lock()

    @property
    def finished(self) -> int:
        return self.done + self.failed

    def _started(self) -> None:
        with self._lock:
            self.running += 1

    def _ended(self, error: BaseException | None) -> None:
        with self._lock:  # on_task_done is never called concurrently
            self.running -= 1
            if error is None:
                self.done += 1
                self._on_task_done()
            elif isinstance(error, Exception):  # a cancelled coroutine did not run: not counted
                self.failed += 1
                if len(self.errors) < _KEPT_ERRORS:
                    self.errors.append(error)

    @contextlib.contextmanager
    def _one(self) -> Iterator[None]:
        self._started()
        try:
            yield
        except BaseException as exc:
            self._ended(exc)
            raise
        self._ended(None)

    def counted(self, task: Task) -> Task:
        """Return ``task``, counted: the task a sync strategy is given."""

        def task_(item: Any) -> Any:
            with self._one():
                return task(item)

        return task_

    def counted_async(self, task: Callable[[Any], Awaitable[Any]]) -> Callable[[Any], Awaitable[Any]]:
        """Return ``task``, counted: the task an async strategy is given."""

        async def task_(item: Any) -> Any:
            with self._one():
                return await task(item)

        return task_


def run(strategy: Callable[[Any, Iterable[Any]], Any], task: Callable[[Any], Any], items: Iterable[Any],
        total: int, on_task_done: Callable[[], None] = lambda: None) -> tuple[int, list[BaseException]]:
    """Run ``strategy(task, items)`` and return the tasks that succeeded and what went wrong.

    ``task`` is what the strategy is given, counted: a plain function for a
    sync strategy, an ``async def`` for an async one (see :func:`is_async`),
    which runs in an event loop of its own.  ``on_task_done`` is called after
    each task that succeeds, one call at a time (never concurrently), from
    whichever thread ran it.  ``total`` is the number of items.

    The errors are, first, what the strategy itself raised; then the first
    few errors of its tasks; or, if it returned before running each item's
    task once to the end, an :class:`IncompleteRun` that says how many ran.
    """
    tally = _Tally(on_task_done)
    own_error: BaseException | None = None
    try:
        if is_async(strategy):
            from .aio import run_in_own_loop  # asyncio only for a strategy that needs it

            counted_async = tally.counted_async(task)
            run_in_own_loop(lambda: strategy(counted_async, items))
        else:
            returned = strategy(tally.counted(task), items)
            if inspect.isawaitable(returned):
                if inspect.iscoroutine(returned):
                    returned.close()  # never awaited: close it so Python does not warn
                raise TypeError(f"strategy {name_of(strategy)} returned an awaitable: define it with async def, "
                                "and it is given a task to await")
    except Exception as exc:
        own_error = exc
    errors = list(tally.errors)
    if own_error is not None and not any(own_error is e for e in errors):
        errors.insert(0, own_error)
    if not errors:
        if tally.running:
            errors.append(IncompleteRun(
                f"ran {tally.finished} of {total} tasks: the strategy returned while {tally.running} were still "
                "running; return only when every task has finished (join the threads you start)"))
        elif tally.finished != total:
            errors.append(IncompleteRun(
                f"ran {tally.finished} of {total} tasks: a strategy must call task(item) for every item"
                + (" before it returns" if tally.finished < total else ", once")))
    return tally.done, errors
