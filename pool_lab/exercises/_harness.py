"""What every exercise check shares: running an answer safely, and reporting on it.

A check runs a student's answer on instrumented tasks (:class:`Probe`) in a daemon thread with a deadline
(:func:`run`), so an answer that deadlocks fails within seconds instead of hanging the notebook. It fails with
:func:`expect` (an AssertionError that says what was measured, what was expected and, for the usual mistakes, a
hint), or prints one stable line and returns a :class:`CheckReport` of the figures that vary
(:meth:`Exercise.passed`). :meth:`Exercise.check` turns an answer that still raises NotImplementedError into "not
attempted yet", so a student copy runs to its end.
"""

from __future__ import annotations

import asyncio
import functools
import math
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping

from ..workload import MIB
from ._refills import RefillWatch

GIB = 1024 * MIB

LEFTOVERS = ("(The threads your answer started may still be there: blocked ones use no CPU; "
           "a kernel restart clears them all.)")


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
        lines = (f"  {name:<{width}}  {value}" for name, value in self.figures)
        return "\n".join([f"{self.exercise}, measured:", *lines])


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
        default_s: float = check.__kwdefaults__["timeout_s"]  # type: ignore[index]  # each check's own

        @functools.wraps(check)
        def checked(answer: Callable, /, *, timeout_s: float = default_s) -> CheckReport:
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
    if not condition:  # an explicit raise, not assert: the checks must work under python -O too
        raise AssertionError(message)


def described(error: object) -> str:
    """Name an exception as a message does: ``ValueError: no room``, or ``ValueError, with no message``."""
    return f"{type(error).__name__}: {error}" if str(error) else f"{type(error).__name__}, with no message"


def sentence(text: str) -> str:
    """End ``text`` with a full stop, unless it already ends with one (or with ``?`` or ``!``)."""
    return text if text.endswith((".", "?", "!")) else text + "."


#: The name of the thread a check runs an answer in (see :func:`run`): never counted as the answer's.
RUNNER = "pool_lab-check"

#: How long a :class:`Probe`'s coroutine waits at most for the others it should run beside, in seconds.
TOGETHER_S = 1.0

#: How long a check waits after an answer returned before it counts work done late, in seconds.
LATE_S = 0.1

class PlantedError(Exception):
    """The exception a task raises on purpose (made by :meth:`plant`), so a check can tell it from any other."""

    planted: str | None = None  # the message it was raised with: a copy raised anew has none

    @classmethod
    def plant(cls, message: str) -> PlantedError:
        error = cls(message)
        error.planted = message  # in the instance's __dict__, which pickling keeps
        return error


def scrambled(item: int) -> int:
    """Return the result of task ``item``: a number that does not rise with the item.

    Sorting such results does not put them back in input order, so an answer
    that collects them as the tasks finish and then sorts them is caught.

    >>> [scrambled(item) for item in range(6)]
    [0, 37, 74, 10, 47, 84]
    """
    return item * 37 % 101


class Probe:
    """Instrumented tasks, counted where things happen: tasks, the input read, the answer's threads.

    Every count is taken under one lock at the moment it changes: a task runs from its first line to its last; an
    item is taken when the answer's ``next()`` gets it; a thread is the answer's if it was started after the probe
    was made (the check's own runner aside). A thread that finished its task and has not begun another is *idle*: it
    may live on for a moment while it exits, which no answer controls, so ``peak_busy_threads`` leaves it out. With
    ``first_s``, the first task to start (whichever item it has) waits that much longer, and ``beside_first`` counts
    the tasks that started while it ran: that is how a check sees whether a place freed is used at once, whatever
    order the answer starts tasks in.  With a :class:`~._refills.RefillWatch` as ``refills`` too, the first
    coroutine waits at most ``first_s``, only until the others have ended or the answer is waiting for it (so a
    starved event loop, slow to start them, cannot make a right answer fall short).  Tasks of items in ``fail_on`` raise
    :class:`PlantedError` after their work, and ``raised`` lists them in the order they raised.  With ``together``,
    each coroutine waits until that many have started (for at most ``TOGETHER_S`` from the first start, in all), so
    that an answer that starts them all at once is seen to, however slowly a busy machine turns its event loop.
    """

    def __init__(self, work: Callable[[Any], Any] = lambda item: item, *, fail_on: Iterable[int] = (),
                 first_s: float = 0.0, refills: RefillWatch | None = None, together: int = 0) -> None:
        self._work = work
        self._fail_on = frozenset(fail_on)
        self._first_s = first_s
        self._together = together
        self._together_until = math.inf
        self.refills = refills
        self._lock = threading.Lock()
        self._before = frozenset(threading.enumerate())
        self._idle: set[threading.Thread] = set()
        self._first_running = False
        self.pulled = self.started = self.running = self.finished = 0
        self.peak_running = self.peak_ahead = self.peak_threads = self.peak_busy_threads = 0
        self.beside_first = 0
        self.raised: list[Any] = []  # the items whose task raised, in the order they raised
        self.workers: set[threading.Thread] = set()  # the threads that ran a task
        self.readers: set[threading.Thread] = set()  # the threads but the caller's that took an item
        self.loops: set[asyncio.AbstractEventLoop] = set()  # where the coroutines ran
        self.abandoned = False
        self.alive_at_return = 0

    def _note_threads(self) -> None:
        # Called with the lock held; enumerate() takes only threading's own lock, which never calls back here.
        alive = [t for t in threading.enumerate() if t not in self._before and t.name != RUNNER]
        self.peak_threads = max(self.peak_threads, len(alive))
        self.peak_busy_threads = max(self.peak_busy_threads, sum(t not in self._idle for t in alive))

    def items(self, n: int, start: int = 0) -> Iterator[int]:
        """Yield ``start`` .. ``start + n - 1``, counting how far the answer reads ahead of the tasks."""
        return self.taken(range(start, start + n))

    def taken(self, items: Iterable[Any]) -> Iterator[Any]:
        """Yield ``items``, counting how far the answer reads ahead of the tasks, and who reads them."""
        for item in items:
            with self._lock:
                self.pulled += 1
                self.peak_ahead = max(self.peak_ahead, self.pulled - self.finished)
                self._note_threads()
                if threading.current_thread().name != RUNNER:
                    self.readers.add(threading.current_thread())
            yield item

    def _enter(self) -> bool:
        """Count a task's start; return whether it is the first to start."""
        with self._lock:
            self._idle.discard(threading.current_thread())
            self.workers.add(threading.current_thread())
            first = self.started == 0
            self.started += 1
            self.running += 1
            self.peak_running = max(self.peak_running, self.running)
            self.beside_first += self._first_running
            self._first_running = self._first_running or first
            self._note_threads()
        return first

    def _exit(self, first: bool) -> None:
        with self._lock:
            self.running -= 1
            self.finished += 1
            self._idle.add(threading.current_thread())
            self._first_running = self._first_running and not first

    def task(self, item: Any) -> Any:
        """Run the work on ``item``, counted; a no-op once the check gave up."""
        first = self._enter()
        try:
            if self.abandoned:
                return None
            time.sleep(self._first_s if first else 0.0)
            result = self._work(item)
            if self._fail_on and item in self._fail_on:
                with self._lock:
                    self.raised.append(item)
                raise PlantedError.plant(f"task {item} failed on purpose")
            return result
        finally:
            self._exit(first)

    async def coroutine(self, item: int, seconds: float) -> int:
        """Sleep about ``seconds`` (unevenly, see :func:`task_seconds`) in the event loop, counted.

        Return :func:`scrambled` of the item, or raise :class:`PlantedError` if it is in ``fail_on``.
        """
        first = self._enter()
        try:
            self.loops.add(asyncio.get_running_loop())
            if first and self.refills:
                await self.refills.first_waits(self.tally, self._first_s)
            if self._together and self._together_until == math.inf:
                self._together_until = time.monotonic() + TOGETHER_S
            while self.started < self._together and time.monotonic() < self._together_until:
                await asyncio.sleep(0.005)
            await asyncio.sleep(task_seconds(item, seconds))
            if item in self._fail_on:
                raise PlantedError.plant(f"coros[{item}] failed on purpose")
            return scrambled(item)
        finally:
            self._exit(first)

    def tally(self) -> tuple[int, int, int]:
        """Return (started, running, finished) now, without the lock: for the event loop's thread, the only one
        that changes them while coroutines run."""
        return self.started, self.running, self.finished

    def counts(self) -> tuple[int, int]:
        """Return (tasks started, tasks finished) now."""
        with self._lock:
            return self.started, self.finished

    def returned(self) -> tuple[int, int]:
        """Return :meth:`counts`, and keep in ``alive_at_return`` how many of the answer's threads are alive.

        Given as ``at_return``, it counts the moment the answer returns: a thread it joined is no longer alive.
        """
        self.alive_at_return = sum(t not in self._before and t.name != RUNNER for t in threading.enumerate())
        return self.counts()

    def stuck(self, name: str, total: int, timeout_s: float, hint: str) -> str:
        """Return the message for an answer that did not return in time."""
        self.abandoned = True  # tasks still to come return at once
        if self.finished == total:
            what = f"all {total} tasks finished, but {name} did not return within {timeout_s:g} s."
        elif self.started > total:
            what = (f"{name} did not return within {timeout_s:g} s, and fn ran {self.started} times for {total} "
                    "items: each item must run once.")
        else:
            what = (f"{name} did not finish {total} tasks within {timeout_s:g} s: {self.finished} finished, "
                    f"{self.running} running, {total - self.started} never started.")
        return f"{what} {hint} {LEFTOVERS}"


@dataclass
class Outcome:
    """What an answer did when a check ran it: its value or error, what the check saw as it returned, and
    the exceptions that ended any of the threads it started (which reached nobody)."""

    value: Any = None
    error: BaseException | None = None
    at_return: Any = None
    deaths: list[tuple[str, BaseException]] = field(default_factory=list)

    def result(self, call: str) -> Any:
        """Return the answer's value, or fail with the exception it raised or one that ended one of its threads."""
        if self.error is not None:
            raise AssertionError(f"{call} raised {type(self.error).__name__}: {self.error}") from self.error
        if self.deaths:
            raise AssertionError(f"{self.died()}, and {call} returned normally: that error reached no one. Hint: "
                                 "catch it in the thread, keep it, and raise it in the caller once the threads "
                                 "are done.")
        return self.value

    def died(self) -> str:
        """Return a sentence naming the first exception that ended a thread, e.g. for a failure message."""
        name, error = self.deaths[0]
        return f"a thread your code started ({name!r}) died of {type(error).__name__}: {error}"


def run(call: Callable[[], Any], timeout_s: float, on_timeout: Callable[[], str],
        progress: Callable[[], int] | None = None, at_return: Callable[[], Any] | None = None,
        on_death: Callable[[], None] | None = None) -> Outcome:
    """Run ``call()`` in a daemon thread and return what it returned or raised.

    Fails with ``on_timeout()`` after ``timeout_s`` seconds, or, with
    ``progress``, after ``timeout_s`` seconds in which progress did not move.
    A daemon thread, because a deadlocked answer cannot be stopped and must
    not keep the interpreter from exiting.  ``at_return()`` runs in that
    thread the moment the call returns or raises, so a check counts what is
    done *then*, not a moment later.  An exception that ends a thread started
    meanwhile (the answer's) is kept in the outcome, not printed: no one else
    sees it; ``on_death()``, if given, is called then, in that thread.
    """
    outcome = Outcome()

    def target() -> None:
        try:
            outcome.value = call()
        except BaseException as exc:
            outcome.error = exc
        if at_return is not None:
            outcome.at_return = at_return()

    before = frozenset(threading.enumerate())

    def keep(args: threading.ExceptHookArgs) -> None:
        if args.thread in before or args.thread is thread or args.exc_value is None:
            hook(args)  # not the answer's thread: the usual report
        elif not issubclass(args.exc_type, SystemExit):
            outcome.deaths.append((args.thread.name if args.thread else "?", args.exc_value))
            if on_death is not None:
                on_death()

    thread = threading.Thread(target=target, name=RUNNER, daemon=True)
    hook, threading.excepthook = threading.excepthook, keep
    try:
        thread.start()
        seen = progress() if progress else 0
        deadline = time.monotonic() + timeout_s
        while thread.is_alive():
            thread.join(0.05)
            if progress and (now := progress()) != seen:
                seen, deadline = now, time.monotonic() + timeout_s
            if thread.is_alive() and time.monotonic() > deadline:
                died = f" ({sentence(outcome.died())})" if outcome.deaths else ""
                raise AssertionError(on_timeout() + died)
    finally:
        threading.excepthook = hook
    if isinstance(outcome.error, NotImplementedError):
        raise NotAttempted
    return outcome


def expect_raised(outcome: Outcome, call: str, raised: str, hint: str,
                  expected: type[BaseException] = PlantedError, running: tuple[int, int] | None = None) -> None:
    """Fail unless the answer raised the task's own exception (``raised`` says which task raised what).

    With ``running`` (tasks begun, tasks ended, as the answer raised), fail
    too if it raised while some still ran.
    """
    died = f" ({sentence(outcome.died())})" if outcome.deaths else ""
    if outcome.error is None:
        value = outcome.value
        returned = preview(list(value)) if isinstance(value, (list, tuple)) else repr(value)
        raise AssertionError(f"{raised}, but {call} returned {returned}: the exception was lost, and its caller "
                             f"believes every item was done.{died} Hint: {hint}")
    error = outcome.error
    own = not isinstance(error, PlantedError) or error.planted == str(error)  # not a copy, nor a new message
    expect(isinstance(error, expected) and own,
           f"{raised}, but {call} raised {sentence(described(error))}{died} Hint: raise the task's own exception, "
           "not another.")
    if running is not None:
        n = running[0] - running[1]  # tasks begun, minus tasks ended
        expect(n == 0, f"{raised}, and {call} raised it while {n} task{'s' * (n > 1)} {'were' if n > 1 else 'was'} "
                       "still running. Hint: wait for them (join the threads) first, then raise.")


#: What a None where a result belongs most often means, where every task is known to have finished.
NONE_HINT = "a None is a place no result was put in: store what fn returned for each item at that item's place."


def expect_results(value: Any, call: str, expected: list, none_hint: str = NONE_HINT) -> None:
    """Fail unless ``value`` holds ``expected``, in order, saying where it first goes wrong.

    ``none_hint`` is the hint for a None where a result belongs: what it
    means depends on what the check has already verified.
    """
    expect(value is not None and not isinstance(value, (str, bytes)) and hasattr(value, "__iter__"),
           f"{call} returned {value!r}; expected a list of the {len(expected)} results in input order.")
    results = list(value)
    if results == expected:
        return
    got, want, kind = len(results), len(expected), type(value).__name__
    shown = preview(results)
    if not isinstance(value, list):
        shown = f"{'an' if kind[0] in 'aeiouAEIOU' else 'a'} {kind}, " + (
            f"whose keys are {shown}" if isinstance(value, Mapping) else f"{shown} as a list")
    shuffled = got == want and sorted(results, key=repr) == sorted(expected, key=repr)
    # The previews show the first five places; the first that differs may lie beyond them.
    first = next((i for i, (mine, right) in enumerate(zip(results, expected, strict=False)) if mine != right), None)
    if first is not None:
        where = f"the first difference is at index {first}: {results[first]!r} where {expected[first]!r} belongs."
    elif got == 0:
        where = f"it holds none of the {want} results."
    else:
        n, agree = abs(got - want), "the first agrees" if min(got, want) == 1 else f"the first {min(got, want)} agree"
        where = f"{agree}, then {n} " + (("is" if n == 1 else "are") + " missing." if got < want
                                         else f"more {'follows' if n == 1 else 'follow'}.")
    hint = ""
    if shuffled:
        hint = (" Hint: keep each result at its input's place; the results do not rise with the inputs, so sorting "
                "them does not restore the order.")
    elif isinstance(value, Mapping):
        hint = " Hint: a dict iterates over its keys; return a list of the results in input order."
    elif first is not None and results[first] is None:
        hint = f" Hint: {none_hint}"
    said = "Yours are the right results, in another order; " + where if shuffled else where[0].upper() + where[1:]
    raise AssertionError(f"{call} returned {shown}; expected the {want} results in input order, {preview(expected)}. "
                         f"{said}{hint}")


def expect_done(probe: Probe, at_return: tuple[int, int], name: str, n: int, hint: str) -> None:
    """Fail unless every one of the ``n`` tasks had finished when the answer returned, and no task ran after it.

    ``at_return`` is :meth:`Probe.counts` as the answer returned; the check waits :data:`LATE_S` and counts again.
    """
    started, finished = at_return
    expect(started <= n, f"fn ran {started} times for {n} items before {name} returned; each item must run once, "
                         "even one whose task raised.")
    expect(finished == n, f"{name} returned while {n - finished} of its {n} tasks had not finished "
                          f"({started - finished} running, {n - started} not started). Hint: {hint}")
    time.sleep(LATE_S)
    expect(probe.started == n, f"fn ran {probe.started} times for {n} items ({probe.started - started} after "
                               f"{name} returned); each item must run once.")


def preview(values: list) -> str:
    return repr(values) if len(values) <= 6 else f"[{', '.join(map(repr, values[:5]))}, ...] ({len(values)} items)"


def uneven_task(seconds: float) -> Callable[[int], int]:
    """Return a task that waits on I/O, 1.5, 1 or 0.5 times ``seconds`` by item, and returns :func:`scrambled`.

    Uneven, so that tasks finish out of input order: an answer that returns
    results in the order they finish is caught.
    """

    def work(item: int) -> int:
        time.sleep(task_seconds(item, seconds))  # a wait on I/O, as a thread sees it
        return scrambled(item)

    return work


def task_seconds(item: int, seconds: float) -> float:
    """Return how long task ``item`` waits: later items of each three are quicker."""
    return seconds * (3 - item % 3) / 2
