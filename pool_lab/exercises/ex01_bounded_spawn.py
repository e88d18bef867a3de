"""The check of ``bounded_spawn`` (chapter 1, the incident): bound a thread-per-task spawner with a semaphore."""

from __future__ import annotations

import time
from typing import Callable

from ._harness import (
    CheckReport,
    Exercise,
    Probe,
    expect,
    expect_done,
    expect_raised,
    expect_results,
    run,
    scrambled,
    uneven_task,
)
from ._joins import joins_watched

__all__ = ["check_bounded_spawn"]

_EXERCISE = Exercise(__name__)

_SPAWN_TASKS, _SPAWN_LIMIT, _SPAWN_TASK_S = 24, 4, 0.03
_FIRST_S = 0.3  # the first task to start waits this much longer: the 3 other places can run all the rest meanwhile
_FAILING = (8, 5)  # tasks, and the one that raises
# The last task of that run waits this long: a thread joined with a timeout (join(timeout=1)) is still running
# when the spawner raises, though it was started well before the join began.
_LAST_S = 1.5
# A small limit, more tasks that raise than permits, and tasks after them: a permit kept by a task that raises
# leaves none for the next thread, and the spawner waits for ever.
_KEEPS_PERMIT = (8, 2, (0, 1, 2))  # tasks, the limit, and the tasks that raise
_HINT = ("Is a permit acquired and never released, or a thread joined that never ends? Release the permit in a "
         "finally: block.")


def _permits_come_back(bounded_spawn: Callable, timeout_s: float) -> None:
    """Run 3: more tasks raise than there are permits, with tasks after them: the spawner must still finish."""
    tasks, limit, failing = _KEEPS_PERMIT
    call = f"bounded_spawn(fn, items, limit={limit})"
    raised = f"tasks {', '.join(map(str, failing[:-1]))} and {failing[-1]} raised PlantedError"
    hint = (f"In this run t{raised[1:-len(' raised PlantedError')]} raise, more than the {limit} permits, and "
            f"{tasks - failing[-1] - 1} tasks come after them: is a permit not given back when fn raises? Hint: "
            "release it in a finally: block, so a task that raises does not keep it for ever.")
    raiser = Probe(uneven_task(_SPAWN_TASK_S), fail_on=failing)
    outcome = run(lambda: bounded_spawn(raiser.task, raiser.items(tasks), limit), timeout_s,
                  lambda: raiser.stuck(call, tasks, timeout_s, hint), at_return=raiser.counts)
    expect_raised(outcome, call, raised, "catch the exception in the thread, keep it, and raise it in "
                                         "bounded_spawn once every thread has been joined.", running=outcome.at_return)
    _expect_bound_kept(raiser, limit, raised)


def _slow_last(work: Callable[[int], int], last: int) -> Callable[[int], int]:
    """Return ``work``, but waiting ``_LAST_S`` more on item ``last``."""

    def task(item: int) -> int:
        if item == last:
            time.sleep(_LAST_S)
        return work(item)

    return task


def _expect_bound_kept(raiser: Probe, limit: int, raised: str) -> None:
    """Fail if a run whose tasks raise ran more than ``limit`` at once: a permit given back twice."""
    expect(raiser.peak_running <= limit,
           f"in the run where {raised}, your spawner ran {raiser.peak_running} tasks at once; the limit was "
           f"{limit}. Hint: give a permit back exactly once per task, in a finally: block (not in except: as well).")


@_EXERCISE.check
def check_bounded_spawn(bounded_spawn: Callable, *, timeout_s: float = 5.0) -> CheckReport:
    """Check ``bounded_spawn(fn, items, limit)``: a thread per item, at most ``limit`` at once.

    Three runs, the items always a generator (a stream read once):

    1. With ``limit=4``, 24 tasks of 15 to 45 ms (the first to start:
       300 ms more), whose results do not rise with the items.  Counted
       where they happen: never more than 4 tasks running, and 4 at once at
       the peak, never more than 4 of the answer's threads alive with their
       task not yet finished (a thread counts from its start; one that has
       finished its task may take a moment more to exit), never more than 8
       alive counting those that have finished their task, never more than 5
       items taken and not finished, and each task in a thread of its own.
       While the first task runs, at least 8 of
       the other 23 must start in the three other places (a freed permit
       starts the next thread at once; waiting for one particular thread,
       or a whole group, leaves them idle).  When the function returns, every task has
       finished, each item ran once, each thread has been joined (its
       ``join()`` returned: a thread that has given its permit back may still
       be running), and the results are in input order.
    2. With ``limit=4``, 8 tasks of which task 5 raises and task 7 takes
       1.5 s more: ``bounded_spawn`` must raise that exception, once no task
       is running (a thread joined with a timeout may not be), and never run
       more than 4 tasks at once.
    3. With ``limit=2``, 8 tasks of which tasks 0, 1 and 2 raise: more
       tasks raise than there are permits, and tasks come after them.
       ``bounded_spawn`` must still return within the deadline (a task that
       raises gives its permit back, once) and raise one of those
       exceptions, once no task is running, never running more than 2 at
       once.

    Prints a line and returns a :class:`CheckReport` if it passed; raises
    AssertionError saying what was wrong if not.

    The example calls it on an answer not yet written: a student reads this
    docstring with ``check_bounded_spawn?``, so it holds no answer.

    >>> def bounded_spawn(fn, items, limit):
    ...     raise NotImplementedError()
    >>> report = check_bounded_spawn(bounded_spawn)
    Exercise 1 (bounded_spawn): not attempted yet. Replace raise NotImplementedError() ...
    >>> report.passed
    False
    """
    n, limit = _SPAWN_TASKS, _SPAWN_LIMIT
    call = f"bounded_spawn(fn, items, limit={limit})"
    probe = Probe(uneven_task(_SPAWN_TASK_S), first_s=_FIRST_S)
    start = time.perf_counter()
    with joins_watched() as joined:
        outcome = run(lambda: bounded_spawn(probe.task, probe.items(n), limit), timeout_s,
                      lambda: probe.stuck("bounded_spawn", n, timeout_s, _HINT), at_return=probe.counts)
    elapsed = time.perf_counter() - start
    value = outcome.result(call)
    expect(probe.started > 0, f"bounded_spawn never called fn, and returned {value!r}. Hint: items may be a "
                              "generator, which can be read only once: loop over it once, starting a thread per item.")
    expect(probe.peak_running <= limit,
           f"your spawner ran {probe.peak_running} tasks at once; the limit was {limit}. Hint: acquire a "
           f"threading.Semaphore({limit}) before starting each thread, and release it when its task ends.")
    expect(probe.peak_busy_threads <= limit,
           f"your spawner had {probe.peak_busy_threads} threads alive at once whose task had not finished, though "
           f"only {limit} may be; each thread costs memory (its stack) even while it waits. Hint: acquire the "
           "semaphore in the spawning loop, before Thread.start(), not inside the thread nor after start().")
    expect(probe.peak_running >= 2,
           f"your spawner never ran more than one task at once; with limit={limit} it should run up to "
           f"{limit}. Hint: start a thread per item, and join them only after starting them all.")
    expect(probe.peak_running == limit,
           f"your spawner never ran more than {probe.peak_running} tasks at once; with limit={limit} and {n} tasks "
           f"waiting, {limit} should run at once, so a permit was never used. Hint: threading.Semaphore(limit) "
           "holds limit permits.")
    expect_done(probe, outcome.at_return, "bounded_spawn", n, "join every thread before returning.")
    expect(len(probe.workers) == n,
           f"your spawner ran its {n} tasks in {len(probe.workers)} threads; the exercise is a thread per item, "
           "each started when a permit is free (a pool of threads that take task after task is exercise 2). "
           "Hint: start a new threading.Thread for each item.")
    unjoined = len(probe.workers - joined)
    expect(not unjoined,
           f"your spawner returned without joining {unjoined} of its {n} threads: their tasks had finished, but a "
           "thread that has given its permit back may still be running, and only join() makes sure it has ended. "
           "Hint: keep every thread you start, and join each one before you return.")
    expect(probe.beside_first >= 2 * limit,
           f"while the first task ran (300 ms longer than the others), your spawner started only "
           f"{probe.beside_first} other tasks, though {limit - 1} permits were free and the other tasks take 15 to "
           f"45 ms (at least {2 * limit} expected): it waited for one particular thread (or a whole group of "
           "them) instead of for any permit. "
           "Hint: a thread gives its permit back when its task ends, and the spawner starts the next thread as "
           "soon as it gets one.")
    expect_results(value, "bounded_spawn", [scrambled(item) for item in range(n)])
    expect(probe.peak_threads <= 2 * limit,
           f"your spawner had {probe.peak_threads} threads alive at once, counting those whose task had ended; at "
           f"most {2 * limit} may be ({limit} with a permit, and as many that gave theirs back and are ending). Hint: "
           "a thread that has given its permit back should end, not wait for anything.")
    expect(probe.peak_ahead <= limit + 1,
           f"your spawner took {probe.peak_ahead} items from the input before their tasks had finished; with "
           f"limit={limit}, at most {limit + 1} (one per permit, and one in the hand of the loop that waits for a "
           "permit). Hint: take items one at a time as you start their threads; the input may be a stream too long "
           "to hold, so do not read it all first (list(items)).")

    tasks, failing = _FAILING
    raiser = Probe(_slow_last(uneven_task(_SPAWN_TASK_S), tasks - 1), fail_on=[failing])
    outcome = run(lambda: bounded_spawn(raiser.task, raiser.items(tasks), limit), timeout_s,
                  lambda: raiser.stuck("bounded_spawn", tasks, timeout_s, _HINT), at_return=raiser.counts)
    raised = f"task {failing} raised PlantedError('task {failing} failed on purpose')"
    expect_raised(outcome, call, raised, "catch the exception in the thread, keep it, and raise it in "
                                         "bounded_spawn once every thread has been joined.", running=outcome.at_return)
    _expect_bound_kept(raiser, limit, raised)

    _permits_come_back(bounded_spawn, timeout_s)

    summary = (f"{n} tasks, a thread each, never more than {limit} running and never more than {limit} threads alive "
               f"with their task unfinished, nor {2 * limit} counting those ending, nor {limit + 1} items taken and "
               f"not finished, every thread joined; while the first task ran {_FIRST_S * 1000:.0f} ms longer, at least "
               f"{2 * limit} others started; every task done when it returned; every "
               "result back in input order; a task's exception reached the caller, and tasks that raised gave their "
               "permits back.")
    return _EXERCISE.passed(summary, (
        ("tasks", str(n)),
        ("peak tasks running at once", f"{probe.peak_running} (limit {limit})"),
        ("peak threads alive with a task unfinished", f"{probe.peak_busy_threads} (limit {limit})"),
        ("peak threads your code started, alive at once", f"{probe.peak_threads} (limit {2 * limit})"),
        ("peak items taken and not finished", f"{probe.peak_ahead} (limit {limit + 1})"),
        ("tasks started while the first one ran", f"{probe.beside_first} of {n - 1}"),
        ("elapsed", f"{elapsed:.2f} s"),
    ))
