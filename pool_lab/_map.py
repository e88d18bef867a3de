"""The machinery of one ``WorkerPool.map`` call: items go out lazily, results come back in order.

At most a window of items is submitted and not yet yielded; the next item is
taken from the input only when a result is handed out, so a map over a
generator of ten million items runs in constant memory.  This module covers
one call, from its first window to its last result.  It does not cover the
pool (:mod:`pool_lab.executors`): it is given the pool's queue to put items
in, and the workers call back through a :class:`MapSlot` each.
"""

from __future__ import annotations

import itertools
import queue
import time
from concurrent.futures import CancelledError
from typing import Any, Callable, Iterable, Iterator

from ._queue import ClosableQueue, TimeoutError

__all__ = ["MapRun", "MapSlot", "ordered_map"]


class MapRun:
    """What one ``WorkerPool.map`` call shares with the workers running its items.

    Results come back through ``outbox`` as ``(index, succeeded, value)``; a
    worker skips an item once ``closed`` is set (the iterator was closed).
    """

    __slots__ = ("outbox", "closed")

    def __init__(self) -> None:
        self.outbox: queue.SimpleQueue = queue.SimpleQueue()
        self.closed = False


class MapSlot:
    """One map item's way back to its iterator, in place of a Future.

    It has the four Future methods a worker and ``shutdown`` call.  A Future,
    even a light one, costs a lock to create, to start and to complete;
    ``map`` needs none of that, because its iterator waits on one queue for
    all its items.
    """

    __slots__ = ("run", "index")

    def __init__(self, run: MapRun, index: int) -> None:
        self.run, self.index = run, index

    def set_running_or_notify_cancel(self) -> bool:
        return not self.run.closed

    def set_result(self, result: Any) -> None:
        self.run.outbox.put((self.index, True, result))

    def set_exception(self, exc: BaseException) -> None:
        self.run.outbox.put((self.index, False, exc))

    def cancel(self) -> None:
        self.run.outbox.put((self.index, False, CancelledError()))


def ordered_map(tasks: ClosableQueue, submit_timeout: float | None, fn: Callable[..., Any],
                iterables: tuple[Iterable[Any], ...], window: int, deadline: float | None,
                owner: object) -> Iterator[Any]:
    """Submit the first ``window`` items to ``tasks`` now; return the iterator of every result, in order.

    The iterator holds ``owner``, the pool, until it is finished: in
    ``sum(WorkerPool(4).map(f, items))`` nothing else does, and a pool
    collected mid-map would close its queue under the iterator.

    The first window goes out at the call, so errors such as a shut-down
    pool surface there, as they do with :meth:`Executor.map`.  With a
    ``deadline`` (a ``time.monotonic()`` time), only what fits without
    waiting: the deadline bounds every wait, and the iterator is where a
    caller expects TimeoutError.
    """
    run = MapRun()
    items = _numbered(run, fn, [iter(iterable) for iterable in iterables])
    sent = 0
    waiting = None  # an item taken from the input that found the queue full
    for item in itertools.islice(items, window):
        if deadline is None:
            tasks.put(item, submit_timeout)
        elif not tasks.try_put(item):
            waiting = item
            break
        sent += 1
    return _results(tasks, submit_timeout, items, run, sent, window, waiting, deadline, owner)


def _numbered(run: MapRun, fn: Callable[..., Any], iterators: list[Iterator[Any]]) -> Iterator[tuple]:
    """Yield each call of a map as a work item, numbered so that results that finish out of order can be put back.

    Stops at the shortest input, as ``map()`` does.  It keeps nothing of an
    item once it has handed it over: ``zip()`` and ``enumerate()`` reuse
    their result tuple, and so hold the last item's arguments while they
    take the next one from the input, which in a map over a generator of
    payloads is one payload more than the window while the next is made.
    """
    if not iterators:
        return
    no_kwargs: dict = {}
    for index in itertools.count():
        try:
            args = tuple([next(iterator) for iterator in iterators])
        except StopIteration:
            return
        yield MapSlot(run, index), fn, args, no_kwargs
        del args


def _put_by(tasks: ClosableQueue, item: tuple, submit_timeout: float | None, deadline: float | None) -> None:
    """Put a map item, waiting for room until ``deadline`` and ``submit_timeout``."""
    timeout = submit_timeout
    if deadline is not None:
        remaining = max(0.0, deadline - time.monotonic())
        timeout = remaining if timeout is None else min(timeout, remaining)
    # Straight to the queue: the workers run already, and a closed queue
    # refuses the item as a shut-down pool would.
    tasks.put(item, timeout)


def _results(tasks: ClosableQueue, submit_timeout: float | None, items: Iterator[tuple], run: MapRun, sent: int,
             window: int, waiting: tuple | None, deadline: float | None, owner: object) -> Iterator[Any]:
    arrived: dict[int, tuple[bool, Any]] = {}  # finished ahead of their turn; at most a window
    try:
        if waiting is not None:  # the rest of the first window, which ordered_map() did not wait for
            _put_by(tasks, waiting, submit_timeout, deadline)
            sent += 1
            del waiting
            for item in itertools.islice(items, window - sent):
                _put_by(tasks, item, submit_timeout, deadline)
                sent += 1
        index = 0
        while index < sent:
            while index not in arrived:
                remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
                try:
                    done, succeeded, value = run.outbox.get(timeout=remaining)
                except queue.Empty:
                    raise TimeoutError from None
                arrived[done] = succeeded, value
                del value
            if not arrived[index][0]:
                raise arrived.pop(index)[1]
            following: tuple | None = next(items, None)
            if following is not None:
                _put_by(tasks, following, submit_timeout, deadline)
                sent += 1
                del following  # its arguments: the worker holds them now
            index += 1
            # Popped inside the yield, so this frame keeps no reference to
            # a result it has handed out (as Executor.map, bpo-14406).
            yield arrived.pop(index - 1)[1]
    finally:
        run.closed = True  # the items not started yet are skipped
        # A traceback of the error raised here keeps this frame: not the pool.
        del owner
