"""Argument checks: one rule for each kind of argument, and one wording for its error.

Every public function of pool_lab refuses bad input before it starts a
thread or a process, with an error that says what was expected: TypeError
for the wrong kind of value, ValueError for a value out of range.  The rules:

* A count is an ``int`` (never a ``bool``, which is an int to Python but
  never a count to a person), at least 1 unless said otherwise, at most a
  limit where more would be a typo rather than a design.
* A duration, or a size in MiB, is an ``int`` or a ``float`` (never a
  ``bool``), greater than 0 (or at least 0 where zero means "no wait"), and
  *finite*: NaN and infinity are refused everywhere.  Where a limit may be
  left out, ``None`` says so ("wait for ever"), not ``float("inf")``, which
  the standard library's own waits refuse (``Lock.acquire(timeout=inf)``
  raises OverflowError) and ``time.sleep`` cannot do.
* A callback is callable, or None where it is optional.
* A name (a message id, say) is a ``str``; the empty string, where a
  default, names nothing.

>>> check_int("max_workers", 0)
Traceback (most recent call last):
...
ValueError: max_workers must be greater than 0, got 0
>>> check_timeout("timeout", float("inf"))
Traceback (most recent call last):
...
ValueError: timeout must be a finite number of seconds or None, got inf; None waits for ever
"""

from __future__ import annotations

import math

__all__ = ["MAX_QUEUE_SIZE", "MAX_WORKERS", "check_callable", "check_int", "check_name", "check_number",
           "check_pool", "check_seconds", "check_timeout"]

#: The most workers a pool may have.  More is a typo, not a design: the
#: incident itself peaks at 200 threads, and every thread reserves a stack.
MAX_WORKERS = 1024

#: The most tasks a pool's queue may hold.  Each queued task costs about
#: half a KiB of bookkeeping before its arguments (its Future and the queue's
#: entry), and a queue this long no longer pushes back: it is the unbounded
#: queue the pool exists to replace.
MAX_QUEUE_SIZE = 10_000


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_int(name: str, value: object, *, low: int = 1, high: int | None = None) -> int:
    """Return ``value`` if it is an int from ``low`` to ``high`` (None: no upper limit); else raise."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < low:
        raise ValueError(f"{name} must be greater than 0, got {value}" if low == 1 else
                         f"{name} must be at least {low:,}, got {value:,}")
    if high is not None and value > high:
        raise ValueError(f"{name} must be at most {high:,}, got {value:,}")
    return value


def _number(name: str, value: object, unit: str, zero_ok: bool, or_none: str = "") -> float:
    if not _is_number(value):
        raise TypeError(f"{name} must be a number of {unit}{or_none}, got {type(value).__name__}")
    number: float = value  # type: ignore[assignment]  # an int or a float, as just checked
    if not (number >= 0 if zero_ok else number > 0):  # also refuses NaN
        raise ValueError(f"{name} must be {'>= 0' if zero_ok else 'greater than 0'} {unit}{or_none}, got {value}")
    if number == math.inf:
        raise ValueError(f"{name} must be a finite number of {unit}{or_none}, got inf"
                         + ("; None waits for ever" if or_none else ""))
    return number


def check_number(name: str, value: object, unit: str, *, zero_ok: bool = False) -> float:
    """Return ``value`` if it is a finite number of ``unit`` above 0 (or >= 0, with ``zero_ok``); else raise."""
    return _number(name, value, unit, zero_ok)


def check_seconds(name: str, value: object, *, zero_ok: bool = False) -> float:
    """Return ``value`` if it is a finite number of seconds above 0 (or >= 0, with ``zero_ok``); else raise."""
    return _number(name, value, "seconds", zero_ok)


def check_timeout(name: str, value: object) -> float | None:
    """Return ``value`` if it is None (no limit) or a finite number of seconds >= 0; else raise."""
    return None if value is None else _number(name, value, "seconds", True, " or None")


def check_callable(name: str, value: object, *, or_none: bool = False) -> None:
    """Raise TypeError unless ``value`` is callable (or None, with ``or_none``)."""
    if not (callable(value) or (or_none and value is None)):
        raise TypeError(f"{name} must be callable{' or None' if or_none else ''}, got {type(value).__name__}")


def check_name(name: str, value: object) -> str:
    """Return ``value`` if it is a str; else raise TypeError."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    return value


def check_pool(max_workers: object, queue_size: object = None) -> None:
    """Raise TypeError or ValueError unless a pool of this size is allowed.

    ``max_workers`` must be an int from 1 to :data:`MAX_WORKERS`;
    ``queue_size`` None (the pool's default) or an int from 1 to
    :data:`MAX_QUEUE_SIZE`.  :class:`~pool_lab.WorkerPool` checks this
    itself; an :class:`~pool_lab.Experiment` and a sweep check it so that the
    lab refuses a bad size before it starts a child.

    >>> check_pool(8, 16)
    >>> check_pool(10**6)
    Traceback (most recent call last):
    ...
    ValueError: max_workers must be at most 1,024, got 1,000,000
    """
    check_int("max_workers", max_workers, high=MAX_WORKERS)
    if queue_size is not None:
        check_int("queue_size", queue_size, high=MAX_QUEUE_SIZE)
