"""Which threads an answer joined, and which it left running: ``Thread.join`` watched while a check runs it.

A thread that has finished its task may still be running, and only ``join``
makes sure it has ended; an answer that waits some other way (for permits
to come back, ``Queue.join``) usually returns after its threads end, but not
always, so its threads cannot be caught alive.  The check counts the joins
themselves.  ``Thread.join`` is wrapped, not replaced: the real one runs.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import Iterator

from ._harness import LATE_S, RUNNER

_LOCK = threading.Lock()
_WATCHERS: list[set[threading.Thread]] = []
_JOIN = threading.Thread.join


def _counted_join(self: threading.Thread, timeout: float | None = None) -> None:
    _JOIN(self, timeout)
    if not self.is_alive():  # a join that timed out joined nothing
        with _LOCK:
            for joined in _WATCHERS:
                joined.add(self)


@contextlib.contextmanager
def joins_watched() -> Iterator[set[threading.Thread]]:
    """Yield the set of threads that ``Thread.join`` has joined, filled while the block runs.

    Checks that run at once (in two threads) each get their own set: the
    wrapper stays in place until the last one ends.

    >>> import threading
    >>> with joins_watched() as joined:
    ...     thread = threading.Thread(target=lambda: None)
    ...     thread.start()
    ...     thread.join()
    >>> thread in joined, threading.Thread.join is _JOIN
    (True, True)
    """
    joined: set[threading.Thread] = set()
    with _LOCK:
        _WATCHERS.append(joined)
        threading.Thread.join = _counted_join  # type: ignore[method-assign]
    try:
        yield joined
    finally:
        with _LOCK:
            _WATCHERS.remove(joined)
            if not _WATCHERS:
                threading.Thread.join = _JOIN  # type: ignore[method-assign]


def alive_since(before: frozenset[threading.Thread], *, besides: tuple[str, ...] = ()) -> int:
    """Return how many threads are alive that were not in ``before``: the check's own runner, and threads whose
    name begins with one of ``besides`` (the check's own executor), aside."""
    return sum(t not in before and not t.name.startswith((RUNNER, *besides)) for t in threading.enumerate())


def threads_left(before: frozenset[threading.Thread], function: str, ended: str, hint: str,
                 *, besides: tuple[str, ...] = ()) -> str | None:
    """Wait :data:`LATE_S`, then say how many threads ``function`` started are still alive, or None if none are.

    ``ended`` is what the answer did ("returned", "raised"); ``hint`` ends
    the message.  A thread that is ending may outlive its join by a moment;
    one blocked for ever, on a queue nobody fills, does not end at all.

    >>> import threading
    >>> before = frozenset(threading.enumerate())
    >>> release = threading.Event()
    >>> thread = threading.Thread(target=release.wait)
    >>> thread.start()
    >>> print(threads_left(before, "f", "returned", "join it."))
    1 thread that f started was still alive 0.1 s after it returned; none may outlive the call, ... Hint: join it.
    >>> release.set(); thread.join()
    >>> print(threads_left(before, "f", "returned", "join it."))
    None
    """
    time.sleep(LATE_S)
    left = alive_since(before, besides=besides)
    return None if not left else (
        f"{left} thread{'s' * (left > 1)} that {function} started {'were' if left > 1 else 'was'} still alive "
        f"{LATE_S:g} s after it {ended}; none may outlive the call, or every call leaves its threads behind. "
        f"Hint: {hint}")
