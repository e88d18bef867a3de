"""The check of ``gather_limited`` (chapter 5, asyncio): bound asyncio.gather."""

from __future__ import annotations

import ast
import asyncio
import dis
import functools
import inspect
import textwrap
import time
from typing import Any, Callable, Iterator

from ._harness import (
    CheckReport,
    Exercise,
    NotAttempted,
    Outcome,
    Probe,
    described,
    expect,
    expect_raised,
    expect_results,
    run,
    scrambled,
    sentence,
)
from ._refills import QUIET_POLLS, CountedLoop, RefillWatch

__all__ = ["check_gather_limited"]

_EXERCISE = Exercise(__name__)

_GATHER_COROS, _GATHER_LIMIT, _GATHER_SLEEP_S = 40, 5, 0.02
# The first coroutine to start runs on until every other has ended, or none has started or ended for a while (see
# check_gather_limited), at most this much longer: a fixed 300 ms failed the reference once, on a loop starved by a
# busy machine.
_FIRST_S = 2.0
# The runs after the first use another limit, so that an answer that ignores its argument fails.
_OTHER_LIMIT = 4
# Coroutines and limit: more than the other limit, one more, fewer, none, and a limit above the first run's
# (so that a limit capped at 5, or at the machine's cores, fails).
_OTHER_RUNS = ((13, _OTHER_LIMIT), (_OTHER_LIMIT + 1, _OTHER_LIMIT), (3, _OTHER_LIMIT), (0, _OTHER_LIMIT), (40, 16))
_AT_ONCE_S = 0.2  # how long "at once" may take, given no coroutine, on a busy machine
# The error runs: coroutines, and the one that raises.  An early one, with more left than the limit, then, with the
# other limit, coros[12] of 13, the last to start and, the slowest of each three, the last to end; and an input
# shorter than the limit.
_FAILING = ((20, 4), (13, 12), (3, 1))
# Once the answer has returned or raised, the loop runs on until what it left running has ended and none has
# started or ended for _QUIET_S, at most _SETTLE_S: the limit holds for what it leaves behind too.
_SETTLE_S, _QUIET_S = 1.0, 0.05


async def _settle(probe: Probe) -> None:
    """Wait until none of the probe's coroutines runs, and none has started or ended for a while (bounded)."""
    deadline, seen = time.monotonic() + _SETTLE_S, None
    while time.monotonic() < deadline:
        counts = probe.counts()
        if counts == seen and counts[0] == counts[1]:
            return
        seen = counts
        await asyncio.sleep(_QUIET_S)


def _stuck(given: str, n: int, timeout_s: float, counts: tuple[int, ...]) -> str:
    """Say that the answer, given ``given``, did not return in time, with the probe's ``counts`` then."""
    started, finished = counts
    cause = ("Given none, return [] at once: no coroutine will end to wake it." if not n else
             "Is a semaphore acquired and never released (use `async with semaphore:`), or a queue joined that "
             "a worker stopped taking from at an error (call task_done() in a finally)?")
    return (f"gather_limited, given {given}, did not return within {timeout_s:g} s: {finished} finished, "
            f"{started - finished} started and not finished, {n - started} never started. {cause}")


#: Said when the check gives up on its event loop's thread, which may go on running the answer.
_LOOP_LEFT = (" (The check's event loop may still be running your code, in a thread of its own, and uses CPU if "
              "your code never waits: a kernel restart stops it.)")


def _blocked(given: str, n: int, timeout_s: float, returned: bool, probe: Probe) -> str:
    """Say why the check gave up on its event loop's thread: the answer, or what it left, never let it end."""
    if returned:
        return (f"gather_limited, given {given}, returned or raised, but its event loop did not end within "
                f"{timeout_s + 2:g} s: did a task of yours go on after the check cancelled it, as asyncio.run "
                "cancels what is left (or block the loop)? Hint: never catch asyncio.CancelledError and go on (no "
                "bare `except:`, no `except BaseException:` that does not raise again)." + _LOOP_LEFT)
    return (_stuck(given, n, timeout_s, probe.counts()) + " Is something blocking the event loop, such as "
            "time.sleep() or a lock's acquire()?" + _LOOP_LEFT)


def _gather(gather_limited: Callable, probe: Probe, n: int, limit: int, timeout_s: float, *, first: bool = False,
            failing: int | None = None) -> tuple[Outcome, int, float]:
    """Run the answer on ``n`` of the probe's coroutines in a new event loop; count what is done as it returns.

    Then let the loop run on (see :func:`_settle`) before it is closed.  Return what the answer did, the turns its
    event loop made (:class:`CountedLoop`; the probe's :class:`RefillWatch`, if it has one, watches every turn), and
    the seconds the answer took.  Only in the ``first`` run is a NotImplementedError "not attempted yet".
    ``failing`` is the coroutine the probe makes raise, for the messages.
    """
    coros = [probe.coroutine(i, _GATHER_SLEEP_S) for i in range(n)]
    given = (f"{n} coroutines" if n else "an empty list") + (
        "" if failing is None else f", of which coros[{failing}] raises PlantedError")
    at_return: list[int] = []
    late: list[int] = []
    took: list[float] = []

    async def answer() -> Any:
        began = time.perf_counter()
        try:
            return await gather_limited(coros, limit)
        finally:  # in the answer's last step, before the loop runs what it cancelled or left behind
            at_return[:] = probe.counts()
            took.append(time.perf_counter() - began)

    async def main() -> Any:
        loop = asyncio.get_running_loop()
        caller.append(loop)
        task = loop.create_task(answer())

        def time_is_up() -> None:
            late.extend(probe.counts())  # before the cancellation ends the coroutines that were running
            task.cancel()

        timer = loop.call_later(timeout_s, time_is_up)
        try:
            return await task
        finally:
            timer.cancel()
            if not late:
                await _settle(probe)

    def in_a_new_loop() -> Any:
        try:
            return counted.run(main())  # which cancels the tasks the answer left running, as asyncio.run does
        finally:
            for coro in coros:
                coro.close()  # one never started would warn "coroutine was never awaited"

    watch = probe.refills
    counted = CountedLoop(None if watch is None else lambda idle, waits: watch.turn(idle, waits, probe.tally))
    caller: list[asyncio.AbstractEventLoop] = []
    try:
        outcome = run(in_a_new_loop, timeout_s + 2, lambda: _blocked(given, n, timeout_s, bool(at_return), probe))
    except NotAttempted:
        if first:
            raise
        raise AssertionError(f"given {given}, your gather_limited raised NotImplementedError: it is not finished for "
                             "every input. Hint: handle this one too.") from None
    if late:
        raise AssertionError(_stuck(given, n, timeout_s, tuple(late)))
    outcome.at_return = tuple(at_return)
    probe.loops.difference_update(caller)  # what is left: loops other than the caller's
    return outcome, counted.turns, took[0] if took else float("nan")


def _statements_run_in(node: ast.AST) -> Iterator[ast.AST]:
    """Yield the nodes under ``node`` that run when it runs: not those of a function or class it defines."""
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            yield child
            yield from _statements_run_in(child)


def _answer_functions(function: Callable) -> Iterator[Callable]:
    """Yield ``function`` and the functions of its module it uses by name, and theirs, each once.

    A class of the module it uses counts by its methods.  Only the names it loads as globals count: an attribute
    (``asyncio.gather``) is not the module's function ``gather``.
    """
    seen, todo = set(), [function]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        codes = [current.__code__]
        while codes:  # the names its nested functions and lambdas use too
            code = codes.pop()
            codes.extend(const for const in code.co_consts if inspect.iscode(const))
            loaded = {op.argval for op in dis.get_instructions(code) if op.opname in ("LOAD_GLOBAL", "LOAD_NAME")}
            for found in map(current.__globals__.get, loaded):
                if type(found).__module__ == function.__module__ and not inspect.isclass(found):
                    found = type(found)  # an instance of the module's class, made once: its class's methods
                if inspect.isclass(found) and found.__module__ == function.__module__:
                    methods = (getattr(each, "__func__", each) for each in vars(found).values())  # static too
                    todo.extend(method for method in methods if inspect.isfunction(method))
                elif inspect.isfunction(found) and found.__module__ == function.__module__:
                    todo.append(found)


def _answer_trees(function: Callable) -> Iterator[tuple[ast.AST, dict[str, Any]]]:
    """Yield the syntax tree of each of :func:`_answer_functions`, with the globals its names resolve in."""
    for each in _answer_functions(function):
        try:
            yield ast.parse(textwrap.dedent(inspect.getsource(each))), each.__globals__
        except (OSError, TypeError, SyntaxError):  # no source to read, as for a function built elsewhere
            continue


def _raises_in_except_star(function: Callable) -> bool:
    """Return whether ``function``, or a function of its module it calls, raises an exception in an ``except*``.

    ``except*`` is Python 3.11+ syntax.  A bare ``raise`` there re-raises the group as it is, and does not count.
    """
    try_star = getattr(ast, "TryStar", None)
    return try_star is not None and any(
        isinstance(statement, ast.Raise) and statement.exc is not None
        for tree, _ in _answer_trees(function)
        for node in ast.walk(tree) if isinstance(node, try_star)
        for handler in node.handlers for statement in _statements_run_in(handler))


def _is_sleep(found: Any) -> bool:
    """Return whether ``found`` is ``time.sleep``, or a ``functools.partial`` of it."""
    return found is time.sleep or (isinstance(found, functools.partial) and found.func is time.sleep)


def _calls_time_sleep(function: Callable) -> bool:
    """Return whether ``function``, or a function of its module it uses, calls ``time.sleep``.

    By any name: the module's own, an import inside the function, or ``getattr(time, "sleep")``.  A turn of
    the event loop that sleeps in a callback never shows the check a rest with a place free, however late it
    refills.
    """
    for tree, names in _answer_trees(function):
        names = dict(names)
        for node in ast.walk(tree):  # imports inside the function: time as t, sleep as nap
            if isinstance(node, ast.Import):
                names.update((alias.asname or alias.name, time) for alias in node.names if alias.name == "time")
            elif isinstance(node, ast.ImportFrom) and node.module == "time":
                names.update((alias.asname or alias.name, time.sleep) for alias in node.names
                             if alias.name == "sleep")
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and _is_sleep(names.get(node.id)):
                return True
            if (isinstance(node, ast.Attribute) and node.attr == "sleep" and isinstance(node.value, ast.Name)
                    and names.get(node.value.id) is time):
                return True
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr"
                    and len(node.args) >= 2 and isinstance(node.args[0], ast.Name)
                    and names.get(node.args[0].id) is time and isinstance(node.args[1], ast.Constant)
                    and node.args[1].value == "sleep"):
                return True
    return False


def _check_other(gather_limited: Callable, n: int, limit: int, timeout_s: float) -> None:
    """Fail unless the answer keeps another ``limit``: ``min(n, limit)`` at once, all of them if fewer, none if none."""
    probe = Probe(together=min(n, limit))
    outcome, _, took_s = _gather(gather_limited, probe, n, limit, timeout_s)
    given = (f"{n} coroutines and limit={limit}" if n > limit else f"{n} coroutines, fewer than limit={limit}" if n
             else "an empty list")
    hint = "Hint: start min(limit, len(coros)) of them, and given none return [] at once, as asyncio.gather() does."
    error = outcome.error
    expect(error is None, f"given {given}, your gather_limited raised {sentence(described(error))} {hint}")
    expect(n > 0 or took_s <= _AT_ONCE_S, f"given an empty list, your gather_limited returned after {took_s:.2f} s, "
                                          f"not at once (within {_AT_ONCE_S:g} s), as asyncio.gather() does. Hint: "
                                          "given none, return [] before you wait for anything.")
    expect(probe.peak_running <= limit, f"given {given}, your gather_limited ran {probe.peak_running} coroutines at "
                                        f"once; the limit was {limit}. Hint: use the limit it is given, not a "
                                        "number of your own.")
    expect(probe.peak_running == min(n, limit), f"given {given}, your gather_limited ran at most "
                                                f"{probe.peak_running} of them at once; {min(n, limit)} have a place. "
                                                f"{hint}")
    expect(outcome.at_return[1] == n, f"given {given}, your gather_limited returned after {outcome.at_return[1]} of "
                                      f"them finished. Hint: await every one of them.")
    value = outcome.result(f"gather_limited(coros, limit={limit})")
    expect_results(value, f"gather_limited, given {given},", [scrambled(item) for item in range(n)])
    _expect_list(value, f"given {given}, ")


def _expect_list(value: Any, given: str = "") -> None:
    """Fail unless ``value``, whose items are right, is a list, as asyncio.gather returns."""
    expect(isinstance(value, list), f"{given}your gather_limited returned the right results in a "
                                    f"{type(value).__name__}, not a list. Hint: return a list, as asyncio.gather "
                                    "does: list(...) of what you have.")


def _check_error(gather_limited: Callable, n: int, failing: int, limit: int, timeout_s: float) -> None:
    """Fail unless the error of coroutine ``failing`` of ``n`` reaches the caller, with ``limit`` still kept."""
    probe = Probe(fail_on=[failing])
    outcome, _, _ = _gather(gather_limited, probe, n, limit, timeout_s, failing=failing)
    raised = f"coros[{failing}], of {n} coroutines, raised PlantedError('coros[{failing}] failed on purpose')"
    expect(probe.peak_running <= limit,
           f"{raised}, and your gather_limited ran {probe.peak_running} coroutines at once, counted until what it "
           f"left running had ended; the limit was {limit}. Hint: an error is no reason to start the rest at once, "
           "even in a task left to run on: keep the limit, or start no more.")
    expect_raised(outcome, f"gather_limited(coros, limit={limit})", raised,
                  "as asyncio.gather does, let a coroutine's exception reach the caller, whichever coroutine it is, "
                  "the last to start too (no return_exceptions=True, no except that keeps it, no end that waits "
                  "for the last ones without reading their results).")


@_EXERCISE.check
def check_gather_limited(gather_limited: Callable, *, timeout_s: float = 5.0) -> CheckReport:
    """Check ``async gather_limited(coros, limit)``: at most ``limit`` coroutines at once.

    Runs 40 coroutines that each sleep 10 to 30 ms and return results
    that do not rise with their place, with ``limit=5``,
    in a new event loop in a thread of its own (so it works inside Jupyter,
    whose loop is already running).  Counted where it happens: never more
    than 5 running (from a coroutine's first step to its last), 5 at once
    at the peak, and all of them in that event loop.  The first one to
    start runs on until the other 39 have ended, at most 2 s, but ends once
    none has started or ended for 10 of its checks, each after a 5 ms sleep (the
    answer waits for it), and at least 33 of them must start meanwhile:
    the four other places can start them all (a place freed is taken at
    once; waiting for a whole group leaves places idle, and a fixed share
    of the 40 for each place leaves 7 waiting behind the first).  Every
    turn of the event loop is watched: the loop may not *rest* (begin a
    turn with no callback ready, even if a timer is due) while a place
    stands free and coroutines wait to start (an answer that lets the end
    of a coroutine start the next has a callback ready until it has; a
    wait with a timeout, or a loop that sleeps and looks, has only its
    timer), and once a coroutine has ended it must wait, for a timer not
    yet due, at least once while every place is taken (a loop around
    ``asyncio.sleep(0)``, ``asyncio.wait`` with ``timeout=0``, or a sleep of
    a microsecond, always has its next look ready or due).  The
    source may not call ``time.sleep`` (under any name), which blocks the
    loop.
    When it returns, every coroutine has finished and the results are a
    list, in input order.  The runs that follow have ``limit=4``: 13
    coroutines (4 at once at the peak, never more), 5, 3 (all at once)
    and none (``[]``, within 0.2 s); then 40 with ``limit=16`` (16 at
    once at the peak).  Then three error runs, in which coros[4] of 20,
    coros[12] of 13 (the last to start and to end), and coros[1] of 3
    raise: ``gather_limited`` must raise that exception, as
    ``asyncio.gather`` does, never with more than 4 running, counted until
    what it left running has ended (at most 1 s).  Its source (with the
    functions of its module it calls) may not raise an exception inside an
    ``except*`` clause (Python 3.11.0 to 3.11.3 wrap what is raised there
    in a new group; a bare ``raise`` is not counted).
    After ``timeout_s`` a run is cancelled and the check fails.

    The example calls it on an answer not yet written: a student reads this
    docstring with ``check_gather_limited?``, so it holds no answer.

    >>> async def gather_limited(coros, limit):
    ...     raise NotImplementedError()
    >>> report = check_gather_limited(gather_limited)
    Exercise 8 (gather_limited): not attempted yet. Replace raise NotImplementedError() ...
    >>> report.passed
    False
    """
    n, limit = _GATHER_COROS, _GATHER_LIMIT
    call = f"gather_limited(coros, limit={limit})"
    # The other places run all the rest while the first runs; a fixed share per place leaves n // limit - 1
    # behind it, so one more than that share's others is the bound.
    least = n - n // limit + 1
    watch = RefillWatch(places=limit, total=n)
    probe = Probe(first_s=_FIRST_S, refills=watch)
    start = time.perf_counter()
    outcome, turns, _ = _gather(gather_limited, probe, n, limit, timeout_s, first=True)
    elapsed = time.perf_counter() - start
    value = outcome.result(call)
    others = len(probe.loops)
    expect(others == 0,
           f"your gather_limited ran coroutines in {others} event loop{'s' * (others != 1)}; they must all run in the "
           "caller's, as asyncio.gather runs them: a coroutine uses what belongs to its loop (a lock, a "
           "session, a future). Hint: await them in gather_limited itself, not with asyncio.run in threads.")
    expect(not _calls_time_sleep(gather_limited),
           "your gather_limited calls time.sleep, which blocks the event loop: while it sleeps, no coroutine runs "
           "and no freed place is filled, and the loop cannot even show the check that it waits. Hint: in a "
           "coroutine, await asyncio.sleep(...); better, wait for what happens when a coroutine ends: a "
           "semaphore, a queue, or asyncio.wait(..., return_when=FIRST_COMPLETED).")
    expect(probe.peak_running <= limit,
           f"your gather_limited ran {probe.peak_running} coroutines at once; the limit was {limit}. Hint: "
           "start a coroutine only when fewer than limit run: with a semaphore, await each coroutine inside "
           "`async with semaphore:`, in a wrapper coroutine that gather runs; with worker tasks or a window of "
           "tasks, never more than limit of them.")
    expect(probe.peak_running >= 2,
           f"your gather_limited never ran more than one coroutine at once; with limit={limit} it should run "
           f"{limit}. Hint: asyncio.gather runs them concurrently; the semaphore is what holds them back.")
    expect(probe.peak_running == limit,
           f"your gather_limited never ran more than {probe.peak_running} coroutines at once; with limit={limit}, "
           f"{limit} should run at once from the start (40 are waiting), so a place was never used. Hint: "
           "start exactly limit worker tasks, or give the semaphore limit places.")
    finished = outcome.at_return[1]
    expect(finished == n, f"gather_limited returned after {finished} of {n} coroutines finished. "
                          "Hint: await every one of them.")
    expect(probe.beside_first >= least,
           f"while the first coroutine ran (on until the {n - 1} others had ended, at most {_FIRST_S:g} s, but "
           f"ending once none had started or ended for {QUIET_POLLS} of its checks, each after a 5 ms sleep), your "
           f"gather_limited started only "
           f"{probe.beside_first} of the {n - 1} others, though {limit - 1} places were free and the others take 10 "
           f"to 30 ms, time for them all (at least {least} expected): it waited for a whole group (or for one "
           "coroutine), left those of a fixed share behind the first, or let freed places wait (a wait with a "
           "timeout instead of return_when=FIRST_COMPLETED) before starting more. Hint: start the next coroutine as "
           "soon as any place is free: a semaphore, or worker tasks that each take the next one from one shared "
           "iterator or queue.")
    expect(watch.free_rests == 0,
           f"your gather_limited left a freed place empty while coroutines waited to start: {watch.free_rests} times, "
           f"the event loop rested (it began a turn with no callback ready) while fewer than {limit} coroutines "
           "ran. It started the next coroutine late, not as soon as a place was free: a wait with a timeout, a "
           "loop that sleeps and looks, a refill put off with call_later, or one new coroutine for each wake-up "
           "when several had ended. Hint: let the end of a coroutine start the next: a semaphore, worker tasks "
           "that each take the next one from one shared iterator or queue, or asyncio.wait(..., "
           "return_when=FIRST_COMPLETED) with one new coroutine for each that ended.")
    expect(watch.full_waits > 0,
           "once a coroutine had ended, the event loop never waited while every place was taken and coroutines "
           "waited to start: it always had a callback ready, or a timer already due. Your gather_limited looked "
           "again and again instead of waiting, as a loop around asyncio.sleep(0) does, or around a sleep so "
           "short its timer is due by the next turn (a right answer has nothing to do then, and the loop waits). "
           "Hint: wait for what happens when a coroutine ends: a semaphore, a queue, or asyncio.wait(..., "
           "return_when=FIRST_COMPLETED).")
    expect_results(value, "gather_limited", [scrambled(item) for item in range(n)],
                   none_hint="a None is a place no result was put in, or what a wrapping coroutine returned: "
                             "store each coroutine's result at its place (a wrapper must return await coro).")
    _expect_list(value)

    for other, other_limit in _OTHER_RUNS:
        _check_other(gather_limited, other, other_limit, timeout_s)
    for coroutines, failing in _FAILING:
        _check_error(gather_limited, coroutines, failing, _OTHER_LIMIT, timeout_s)
    # The run above cannot show it on Python 3.11.4 or later, where the bug is fixed.
    expect(not _raises_in_except_star(gather_limited),
           "your gather_limited raises an exception inside an `except*` clause. It works on this Python, but on "
           "Python 3.11.0 to 3.11.3 an exception raised there reaches the caller wrapped in a new ExceptionGroup (a "
           "bug fixed in 3.11.4). Hint: catch the group with `except ExceptionGroup as eg:` and raise "
           "eg.exceptions[0] there.")

    summary = (f"{n} coroutines, never more than {limit} at once, all in the caller's event loop; while the first "
               f"ran, at least {least} of the {n - 1} others started; every place freed while others waited was "
               "filled before the event loop next rested, and the loop waited while every place was taken; all "
               f"finished when it returned; every result back in a list, in order; with limit={_OTHER_LIMIT} too, "
               "for 13, 5, 3 and no coroutines, and 40 with limit=16; a coroutine's exception reached the caller, "
               "the last one's too, and the limit held for what it left running.")
    return _EXERCISE.passed(summary, (
        ("peak coroutines running at once", f"{probe.peak_running} (limit {limit})"),
        ("coroutines started while the first one ran", f"{probe.beside_first} of {n - 1}"),
        ("turns of the event loop in that run", f"{turns:,}"),
        ("rests with a place free (none allowed)", f"{watch.free_rests}"),
        ("waits with every place taken (at least 1)", f"{watch.full_waits}"),
        ("elapsed", f"{elapsed:.2f} s"),
    ))
