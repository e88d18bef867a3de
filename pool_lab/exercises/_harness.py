"""What every exercise check shares: running an answer safely, and reporting on it.

A check runs a student's answer on instrumented tasks (:class:`Probe`) in a
daemon thread with a deadline (:func:`run`), so an answer that deadlocks
fails within seconds instead of hanging the notebook.  It fails with
:func:`expect` (an AssertionError that says what was measured, what was
expected, and a hint), or prints one stable line and returns a
:class:`CheckReport` of the figures that vary (:meth:`Exercise.passed`).
:meth:`Exercise.check` turns an answer that still raises NotImplementedError
into "not attempted yet", so a student copy runs to its end.
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
import gc
import re
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from ..workload import MIB

GIB = 1024 * MIB

LEFTOVERS = ("(The threads your answer started may still be waiting: they use no CPU, "
           "and a kernel restart clears them.)")


@dataclass(frozen=True, repr=False)
class CheckReport:
    """What a passing check measured: figures that vary from run to run.

    A check prints only what does not vary, so a notebook's checked output is
    stable; show the report in the next cell to see the numbers.  A check
    that was not attempted returns a report with no figures, whose
    ``passed`` is False: a graded notebook asserts it.

    >>> report = CheckReport("Exercise 9", (("peak tasks at once", "4"),))
    >>> report
    Exercise 9, measured:
      peak tasks at once  4
    >>> report.passed
    True
    """

    exercise: str
    figures: tuple[tuple[str, str], ...]

    @property
    def passed(self) -> bool:
        """Return True if the check ran the answer and it passed (a failed check raises instead)."""
        return bool(self.figures)

    def __repr__(self) -> str:
        if not self.figures:
            return f"{self.exercise}: nothing measured yet"
        width = max((len(name) for name, _ in self.figures), default=0)
        return "\n".join([f"{self.exercise}, measured:", *(f"  {name:<{width}}  {value}" for name, value in self.figures)])


class NotAttempted(Exception):
    """The answer still raises NotImplementedError."""


class Exercise:
    """One exercise's key, read from its check module's name: ``ex05_process_stream`` is exercise 5.

    The number is written once, in the module's name: the check's printed
    lines and its report take it from here.

    >>> key = Exercise("pool_lab.exercises.ex05_process_stream")
    >>> key.number, key.name, key.title
    (5, 'process_stream', 'Exercise 5 (process_stream)')
    """

    def __init__(self, module: str) -> None:
        found = re.fullmatch(r"(?:.*\.)?ex(\d\d)_(\w+)", module)
        if found is None:
            raise ValueError(f"an exercise's check module is named exNN_<function>, got {module!r}")
        self.number, self.name = int(found[1]), found[2]
        self.title = f"Exercise {self.number} ({self.name})"

    def check(self, check: Callable[..., CheckReport]) -> Callable[..., CheckReport]:
        """Decorate a check: validate its arguments, and turn "not attempted yet" into a printed line."""

        @functools.wraps(check)
        def checked(answer: Callable, /, *, timeout_s: float = 5.0) -> CheckReport:
            if not callable(answer):
                raise TypeError(f"pass your function itself, as in {check.__name__}({self.name}); "
                                f"got {type(answer).__name__}")
            if not timeout_s > 0:
                raise ValueError(f"timeout_s must be greater than 0 seconds, got {timeout_s}")
            try:
                return check(answer, timeout_s=timeout_s)
            except NotAttempted:
                print(f"{self.title}: not attempted yet. Replace raise NotImplementedError() "
                      "with your code, then run this cell again.")
                return CheckReport(self.title, ())

        return checked

    def passed(self, summary: str, figures: tuple[tuple[str, str], ...]) -> CheckReport:
        """Print the line that says the answer passed (no measured figure in it), and return the report."""
        print(f"{self.title} passed: {summary}")
        return CheckReport(f"Exercise {self.number}", figures)


def expect(condition: bool, message: str) -> None:
    # An explicit raise, not assert: the checks must work under python -O too.
    if not condition:
        raise AssertionError(message)


class Probe:
    """Instrumented tasks: how many started, ran at once, finished; threads alive.

    Thread counts are taken at each task's start, relative to the count when
    the probe was made plus the check's own thread, so they count the threads
    the answer started.
    """

    def __init__(self, work: Callable[[Any], Any] = lambda item: item) -> None:
        self._work = work
        self._lock = threading.Lock()
        self._threads_before = threading.active_count() + 1  # + the check's thread
        self.pulled = self.started = self.running = self.finished = 0
        self.peak_running = self.peak_threads = self.peak_ahead = 0
        self.abandoned = False

    def items(self, n: int) -> Iterator[int]:
        """Yield 0..n-1, counting how far the answer reads ahead of the tasks."""
        for item in range(n):
            with self._lock:
                self.pulled += 1
                self.peak_ahead = max(self.peak_ahead, self.pulled - self.finished)
            yield item

    def _enter(self) -> None:
        with self._lock:
            self.started += 1
            self.running += 1
            self.peak_running = max(self.peak_running, self.running)
            self.peak_threads = max(self.peak_threads, threading.active_count() - self._threads_before)

    def _exit(self) -> None:
        with self._lock:
            self.running -= 1
            self.finished += 1

    def task(self, item: Any) -> Any:
        """Run the work on ``item``, counted; a no-op once the check gave up."""
        self._enter()
        try:
            return None if self.abandoned else self._work(item)
        finally:
            self._exit()

    async def coroutine(self, item: int, seconds: float) -> int:
        """Sleep about ``seconds`` (unevenly, see :func:`task_seconds`) in the event loop, counted; return ``item**2``."""
        self._enter()
        try:
            await asyncio.sleep(task_seconds(item, seconds))
            return item * item
        finally:
            self._exit()

    def stuck(self, name: str, total: int, timeout_s: float, hint: str) -> str:
        """Return the message for an answer that did not return in time."""
        self.abandoned = True  # tasks still to come return at once
        if self.finished == total:
            what = f"all {total} tasks finished, but {name} did not return within {timeout_s:g} s."
        else:
            what = (f"{name} did not finish {total} tasks within {timeout_s:g} s: {self.finished} finished, "
                    f"{self.running} running, {total - self.started} never started.")
        return f"{what} {hint} {LEFTOVERS}"


@dataclass
class Outcome:
    value: Any = None
    error: BaseException | None = None

    def result(self, call: str) -> Any:
        """Return the answer's value, or fail with the exception it raised."""
        if self.error is not None:
            raise AssertionError(f"{call} raised {type(self.error).__name__}: {self.error}") from self.error
        return self.value


def run(call: Callable[[], Any], timeout_s: float, on_timeout: Callable[[], str],
         progress: Callable[[], int] | None = None) -> Outcome:
    """Run ``call()`` in a daemon thread and return what it returned or raised.

    Fails with ``on_timeout()`` after ``timeout_s`` seconds, or, with
    ``progress``, after ``timeout_s`` seconds in which progress did not move.
    A daemon thread, because a deadlocked answer cannot be stopped and must
    not keep the interpreter from exiting.
    """
    outcome = Outcome()

    def target() -> None:
        try:
            outcome.value = call()
        except BaseException as exc:
            outcome.error = exc

    thread = threading.Thread(target=target, name="pool_lab-check", daemon=True)
    thread.start()
    seen = progress() if progress else 0
    deadline = time.monotonic() + timeout_s
    while thread.is_alive():
        thread.join(0.05)
        if progress and (now := progress()) != seen:
            seen, deadline = now, time.monotonic() + timeout_s
        if thread.is_alive() and time.monotonic() > deadline:
            raise AssertionError(on_timeout())
    if isinstance(outcome.error, NotImplementedError):
        raise NotAttempted
    return outcome


def expect_results(value: Any, call: str, expected: list) -> None:
    expect(value is not None and not isinstance(value, (str, bytes)) and hasattr(value, "__iter__"),
            f"{call} returned {value!r}; expected a list of the {len(expected)} results, in input order")
    results = list(value)
    expect(results == expected,
            f"{call} returned {preview(results)}; expected the {len(expected)} results in input order, "
            f"{preview(expected)}")


def preview(values: list) -> str:
    return repr(values) if len(values) <= 6 else f"[{', '.join(map(repr, values[:5]))}, ...] ({len(values)} items)"


def uneven_square(seconds: float) -> Callable[[int], int]:
    """Return a task that waits on I/O, 1.5, 1 or 0.5 times ``seconds`` by item, and returns ``item**2``.

    Uneven, so that tasks finish out of input order: an answer that returns
    results in the order they finish is caught.
    """

    def work(item: int) -> int:
        time.sleep(task_seconds(item, seconds))  # a wait on I/O, as a thread sees it
        return item * item

    return work


def task_seconds(item: int, seconds: float) -> float:
    """Return how long task ``item`` waits: later items of each three are quicker."""
    return seconds * (3 - item % 3) / 2


def give_back_freed_memory() -> None:
    """Collect garbage and hand the heap's free pages back to the kernel (glibc only).

    A wrong answer to a memory exercise builds about 100 MiB of payloads
    before the check stops it.  Freed, they stay resident in the C heap, where
    they would inflate every measurement made in this kernel afterwards.
    Other platforms return large frees on their own, or offer no call for it.
    """
    gc.collect()  # payloads held by reference cycles (exception -> traceback -> frame)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).malloc_trim(0)
        except (OSError, AttributeError):  # a libc without malloc_trim, such as musl
            pass


def threads_left(baseline: int) -> int:
    """Return how many threads above ``baseline`` are still alive after a short grace."""
    deadline = time.monotonic() + 1.0
    while threading.active_count() > baseline and time.monotonic() < deadline:
        time.sleep(0.01)  # a thread that was told to stop may need a moment to exit
    return threading.active_count() - baseline


