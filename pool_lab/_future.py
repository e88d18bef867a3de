"""A Future that is cheap to create and to trace: the one both executors return.

A :class:`concurrent.futures.Future` guards its state with a
``threading.Condition``: a Python object that wraps a C lock, stores five of
that lock's bound methods and a deque of waiters, and enters and leaves in
Python code.  That is about ten objects the garbage collector must trace for
every Future a caller keeps, and they, not the pool, dominate what submitting
a short task costs once the caller holds many of them.

:class:`LightFuture` is the same Future with one change: its condition is a
subclass of the C reentrant lock that adds ``wait`` and ``notify``, and makes
its deque of waiters only when a thread first waits.  Every method of Future
runs unchanged on it, as do ``concurrent.futures.wait`` and
``as_completed`` and ``asyncio.wrap_future``, which use only the condition's
lock, ``wait`` and ``notify_all``.

It relies on CPython's private methods of that lock (``_is_owned``,
``_release_save``, ``_acquire_restore``, which ``threading.Condition`` uses
too) and on its ``Future.__init__`` setting the attributes it sets.  Where
the lock lacks what it needs (another interpreter, a later CPython), or where
``POOL_LAB_PLAIN_FUTURE=1`` is set before pool_lab is imported, the choice
made at import is the plain :class:`concurrent.futures.Future`:
``LightFuture`` is then that class, and :data:`LIGHT` is False.  Everything
but the cost is the same.
"""

from __future__ import annotations

import _thread
import os
from collections import deque
from concurrent.futures import Future
from concurrent.futures._base import PENDING
from typing import TypeVar

__all__ = ["LIGHT", "LightFuture"]

T = TypeVar("T")

# What _Condition calls on the C lock, beside acquire and release.
_PRIVATE_LOCK_METHODS = ("_is_owned", "_release_save", "_acquire_restore")


def _light_is_possible() -> bool:
    """Return whether this interpreter's C reentrant lock can be a Future's condition, and none forbids it."""
    if os.environ.get("POOL_LAB_PLAIN_FUTURE"):
        return False
    lock = getattr(_thread, "RLock", None)
    if not isinstance(lock, type) or not all(callable(getattr(lock, m, None)) for m in _PRIVATE_LOCK_METHODS):
        return False
    try:
        type("_Probe", (lock,), {})  # a lock type that cannot be subclassed
    except TypeError:
        return False
    return {"_condition", "_state", "_result", "_exception", "_waiters", "_done_callbacks"} == set(vars(Future()))


#: Whether the executors' Futures are LightFutures in this process (else plain Futures).
LIGHT = _light_is_possible()

_Lock: type = _thread.RLock if LIGHT else object  # the base of _Condition; never instantiated when not LIGHT


class _Condition(_Lock):
    """A reentrant lock that is also a condition variable over itself.

    It behaves as ``threading.Condition(threading.RLock())`` for everything a
    Future does with it, but entering and leaving it (``with``) runs in C, and
    it is one object until a thread first waits on it.
    """

    # Until a thread first waits, this empty tuple of the class; then a deque
    # of the instance.  Most Futures are finished before anyone asks for
    # their result, and never need one.
    _waiters: deque[_thread.LockType] | tuple[()] = ()

    def wait(self, timeout: float | None = None) -> bool:
        """Release the lock, block until notified or ``timeout`` seconds pass, re-acquire it.

        Return False if the timeout expired, else True, as
        ``threading.Condition.wait`` does.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _thread.allocate_lock()
        waiter.acquire()
        waiters = self._waiters
        if not isinstance(waiters, deque):  # the first wait on this condition
            waiters = self._waiters = deque()
        waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = waiter.acquire()
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    waiters.remove(waiter)
                except ValueError:  # a notify took it after the timeout
                    pass

    def notify(self, n: int = 1) -> None:
        """Wake up to ``n`` threads waiting on this condition (the lock must be held)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        if not isinstance(waiters, deque):  # nobody has ever waited
            return
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # Released by an earlier notify that was interrupted (by a
                # signal handler's exception) before it removed the waiter,
                # as threading.Condition handles it (gh-92530).
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self) -> None:
        """Wake every thread waiting on this condition (the lock must be held)."""
        self.notify(len(self._waiters))


class _LightFuture(Future[T]):
    """A :class:`concurrent.futures.Future` whose condition is a single C lock.

    It is a Future in every way a caller can see (``isinstance``, ``result``,
    ``cancel``, callbacks, ``wait``, ``as_completed``); only what it costs to
    create and to trace differs.

    >>> f = LightFuture()
    >>> f.set_running_or_notify_cancel()
    True
    >>> f.set_result(42)
    >>> f.result(timeout=0)
    42
    """

    def __init__(self) -> None:
        # Future.__init__'s attributes, with a lighter condition.  Not a call
        # to it: that would build the Condition this class exists to avoid.
        self._condition = _Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters: list = []
        self._done_callbacks: list = []


#: The Future both executors return: :class:`_LightFuture`, or the plain
#: :class:`concurrent.futures.Future` where it cannot be (see the module).
LightFuture: type[Future] = _LightFuture if LIGHT else Future
