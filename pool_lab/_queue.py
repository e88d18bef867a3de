"""The bounded, closable queue between a :class:`~pool_lab.WorkerPool` and its workers.

This module covers the queue alone: what it holds, when a put waits, how
closing wakes everyone.  The pool, its workers and its Futures are
:mod:`pool_lab.executors`; the error a wait that runs out of time raises is
here, because the queue is the first to raise it.
"""

from __future__ import annotations

import builtins
import concurrent.futures
import queue
import threading
import time
from typing import Any

__all__ = ["ClosableQueue", "TimeoutError"]

if issubclass(concurrent.futures.TimeoutError, builtins.TimeoutError):
    TimeoutError = builtins.TimeoutError  # Python 3.11+: one and the same class
else:

    class TimeoutError(concurrent.futures.TimeoutError, builtins.TimeoutError):  # type: ignore[no-redef]
        """A wait ran out of time.

        Before Python 3.11, ``concurrent.futures.TimeoutError`` is not the
        builtin ``TimeoutError``; this is both, so ``except`` with either
        spelling catches it, on every Python this package supports.
        """


class ClosableQueue:
    """A bounded FIFO that can be closed.

    ``queue.Queue`` cannot wake blocked getters at shutdown without a sentinel,
    and putting a sentinel into a full bounded queue would block the caller of
    ``shutdown(wait=False)``.  So the items travel through an unbounded
    ``queue.SimpleQueue``, which never blocks a put, and ``put`` checks its
    length; closing puts one sentinel, which each getter passes on.
    SimpleQueue hands an item to a waiting worker in C, and only a full queue
    costs a Python-level condition variable: the common case stays cheap.

    A put blocked on a full queue is woken once the workers have taken half
    of it, not at the first free slot: it then refills several slots per
    wake-up, where waking it for each slot would trade the GIL between the
    submitting thread and a worker for every task.

    What it assumes of the interpreter.  Most of its state changes under
    ``_lock``; three reads do not take it, to keep ``get`` (once per task)
    free of a Python-level lock, and each relies on the GIL:

    * ``get`` reads ``_puts_checking`` after it has taken its item, and a
      waiting put raises ``_puts_checking`` before it looks at the length
      again.  One of them sees the other's write: the put sees the room the
      get made, or the get sees the put and wakes it.  That needs the two
      writes and the two reads in one order that every thread agrees on,
      which the GIL gives (each bytecode runs whole, under one lock).
    * ``__len__`` reads ``closed`` and the length with no lock: a snapshot
      for counters, which may be one item stale, never wrong for long.
    * ``worker_ids`` is set once, before any worker can block in ``put``,
      and only read afterwards.

    On the free-threaded build (3.13t, no GIL), SimpleQueue and attribute
    access are thread-safe, but nothing promises that order across the two
    objects in the first point; it is untested there, and a port would read
    ``_puts_checking`` under the lock (or with an atomic).
    """

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._items: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._not_full = threading.Condition(self._lock)
        self._puts_checking = 0
        self.closed = False
        # The threads that serve this queue, and how many of them wait in
        # put(): when all of them do, nobody is left to make room.
        self.worker_ids: frozenset[int] = frozenset()
        self._blocked_workers = 0

    def __len__(self) -> int:
        return max(0, self._items.qsize() - self.closed)  # not counting the sentinel

    def put(self, item: Any, timeout: float | None = None) -> None:
        """Append ``item``, waiting up to ``timeout`` seconds (None: for ever) for room."""
        with self._lock:
            if self._items.qsize() >= self.maxsize and not self.closed:
                self._wait_for_room(timeout)
            if self.closed:
                raise RuntimeError("cannot schedule new futures after shutdown")
            # Under the lock, so no item lands behind the sentinel and two puts
            # cannot both take the last slot.
            self._items.put(item)

    def try_put(self, item: Any) -> bool:
        """Append ``item`` if there is room now and return True; else return False."""
        with self._lock:
            if self.closed:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if self._items.qsize() >= self.maxsize:
                return False
            self._items.put(item)
            return True

    def _wait_for_room(self, timeout: float | None) -> None:
        # Called with the lock held.  Only the workers take items, so a full
        # queue whose every worker waits here stays full for ever: the last
        # worker to arrive raises instead of joining the others.  (Idents are
        # safe here: the workers live as long as the queue is open.)
        worker = threading.get_ident() in self.worker_ids
        n = len(self.worker_ids)
        if worker and self._blocked_workers + 1 >= n:
            who = "the only worker of this pool is" if n == 1 else f"all {n} workers of this pool are"
            raise RuntimeError(
                f"deadlock: {who} blocked submitting to it "
                f"while its queue is full ({self.maxsize} tasks), so no worker is left to take one; "
                "a task must not wait for room in its own pool: use a second pool, a bigger queue_size, "
                "or submit_timeout"
            )
        deadline = None if timeout is None else time.monotonic() + timeout
        self._blocked_workers += worker
        # Counted before the loop checks for room again: a get that frees room
        # after that check then sees this put (see get) and wakes it.
        self._puts_checking += 1
        try:
            while self._items.qsize() >= self.maxsize and not self.closed:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise TimeoutError(f"the queue stayed full ({self.maxsize} tasks) for {timeout} s")
                self._not_full.wait(remaining)
        finally:
            self._blocked_workers -= worker
            self._puts_checking -= 1

    def get(self) -> Any:
        """Return the next item, or None once the queue is closed and drained."""
        item = self._items.get()
        if item is None:
            self._items.put(None)  # the sentinel, for the next getter
        elif self._puts_checking:  # unlocked, so most gets skip the lock (see the class docstring)
            with self._lock:
                if self._items.qsize() <= self.maxsize // 2:  # see the class docstring
                    self._not_full.notify()
        return item

    def close(self) -> None:
        """Refuse new items and wake every waiter; queued items stay to be run."""
        with self._lock:
            if not self.closed:
                self.closed = True
                self._items.put(None)
            self._not_full.notify_all()

    def drain(self) -> list:
        """Remove and return every queued item (call it after close)."""
        items = []
        while (item := self._items.get()) is not None:
            items.append(item)
        self._items.put(None)
        return items
