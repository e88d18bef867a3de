"""The lab: run one experiment in a child process, under a memory budget.

The parent starts a child (always with the ``spawn`` start method, so it
works the same from a script, from pytest and from a Jupyter kernel), samples
it with a :class:`~pool_lab.Sampler`, and kills it with SIGKILL the moment its
resident memory crosses the budget, as the kernel's OOM killer or a container
limit would.  The child also sets a hard limit on itself
(:func:`pool_lab.budget.apply_hard_limit`) in case the watchdog is starved,
and exits if its parent dies.  Whatever happens in the parent, success,
failure, KeyboardInterrupt or a kernel interrupt, the child is gone when
:func:`run_lab` returns or raises.
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
import types
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Callable, Iterator, Sequence

from ._checks import check_callable, check_number, check_pool, check_seconds
from ._lab_child import _child_main, _Shared
from .budget import BACKSTOP, HARD_LIMIT_PER_BUDGET, MIB, check_budget
from .experiment import Experiment, RunResult
from .sampler import Sample, Sampler, Trace
from .shipping import ship

__all__ = ["DEFAULT_BUDGET_MIB", "MIN_BUDGET_MIB", "run_lab", "sweep"]

#: The lesson's budget: thread-per-task left alone climbs to about twice it,
#: an eight-worker pool stays near a quarter of it, and it is a small share
#: of an 8 GB laptop.
DEFAULT_BUDGET_MIB = 256.0

#: The smallest budget the lab accepts.  A lab child that has imported
#: pool_lab and psutil and runs no task already holds about 20 MiB (Linux,
#: Python 3.11); a smaller budget would kill it before its run begins.
MIN_BUDGET_MIB = 32.0

# Every 5 ms: the incident climbs at about 1 GiB/s, so a kill lands a few
# MiB past the budget, and psutil's reads cost well under a tenth of that.
_WATCHDOG_INTERVAL_S = 0.005

# A run's time limit counts from the start of its run, since a busy machine can
# slow the child's start-up (interpreter, imports, calibration: about half a
# second on a laptop) by seconds.  One that has not begun after this never will.
_STARTUP_LIMIT_S = 60.0
_STARTUP_POLL_S = 0.05  # how often the parent looks whether the run has begun, to time its limit from then


@contextlib.contextmanager
def _child_skips_main_module():
    """Start children that do not re-import this process's ``__main__``.

    ``spawn`` normally re-imports the parent's main script in the child.  The
    child runs pool_lab code, and a strategy function from ``__main__`` comes
    by value (:func:`pool_lab.shipping.ship`); the re-import would re-run a student's
    script that lacks an ``if __name__ == "__main__":`` guard (starting a lab
    inside the lab) or fail outright for code piped to ``python -``.  A main
    module without a file or spec is what a Jupyter kernel has, and spawn
    skips it, so the child is shown one while it starts.
    """
    real_main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = real_main


def _mib_to_bytes(name: str, mib: object) -> int:
    mib = check_number(name, mib, "MiB")
    if mib < MIN_BUDGET_MIB:
        raise ValueError(
            f"{name} must be at least {MIN_BUDGET_MIB:.0f} MiB, got {mib}: an idle lab child "
            "holds about 20 MiB, so a smaller budget kills it before its run begins"
        )
    return int(mib * MIB)


def _check_lab_arguments(
    experiment: object, budget: int, timeout_s: object, on_update: object, update_every_s: object
) -> None:
    if not isinstance(experiment, Experiment):
        raise TypeError(f"experiment must be an Experiment, got {type(experiment).__name__}")
    check_seconds("timeout_s", timeout_s)
    check_seconds("update_every_s", update_every_s)
    check_callable("on_update", on_update, or_none=True)
    task_bytes = experiment.workload.payload_bytes_per_task
    if task_bytes > budget:
        raise ValueError(
            f"one task of this workload holds {task_bytes / MIB:.1f} MiB, more than the budget of "
            f"{budget / MIB:.0f} MiB, so no strategy could finish it; use a smaller batch_size or "
            "message_bytes, or a bigger budget"
        )


def _kill(child: BaseProcess) -> None:
    """SIGKILL the child and every process it started (its process group, on POSIX)."""
    if hasattr(os, "killpg") and child.pid is not None:
        # Before the child is reaped its pid cannot be reused, so the group
        # named by it is the child's own (or none, if it has not made one yet).
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(child.pid, signal.SIGKILL)
    # Process.kill() signals only a child not yet reaped, so a pid the OS has
    # since given to another process is never hit.
    child.kill()


class _Watchdog:
    """The parent's kill decision: SIGKILL the child at the first reading at or past the budget.

    The sampler calls it with every reading, from its own thread; it kills
    once and remembers when and at what memory.  The sampler stops before
    the child is reaped (see :func:`run_lab`), so no lock is needed for the
    kill never to reach a process that took the child's pid after it.
    """

    def __init__(self, child: BaseProcess, budget_bytes: int) -> None:
        self._child, self._budget_bytes = child, budget_bytes
        self.killed_at_s: float | None = None  # on the sampler's clock
        self.killed_rss_bytes: int | None = None

    def __call__(self, sample: Sample) -> None:
        if self.killed_at_s is None and sample.rss_bytes >= self._budget_bytes:
            _kill(self._child)
            self.killed_at_s, self.killed_rss_bytes = sample.t_s, sample.rss_bytes

    def trim(self, trace: Trace) -> Trace:
        """Return ``trace`` up to the kill, if there was one.

        Readings after the SIGKILL show the OS taking the memory back, not
        the experiment: the run ends at the kill.
        """
        if self.killed_at_s is None:
            return trace
        return Trace(tuple(s for s in trace if s.t_s <= self.killed_at_s), trace.label)


def _how_it_ended(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the child was killed by {name} from outside the lab before reporting"
    return f"the child exited with code {exitcode} before reporting"


def _verdict(report: dict | None, *, watchdog_killed: bool, stopped: str | None, out_of_memory: bool,
             exitcode: int | None) -> tuple[str, str | None, str | None]:
    """Return a run's (outcome, killed_by, error) from how it ended: no process, no clock.

    ``report`` is what the child sent (``{"error": repr or None}``), None if
    it died first; ``stopped`` why the parent killed it at a time limit;
    ``out_of_memory`` the flag the child raises before it kills itself at
    its hard limit.
    """
    killed_by, error = None, None
    if watchdog_killed:
        outcome, killed_by = "oom-killed", "watchdog"
    elif report is None and stopped is None and out_of_memory:
        # Killed, but not by us: the child hit its hard limit and did what the
        # OOM killer would have done.
        outcome, killed_by = "oom-killed", BACKSTOP
    elif report is not None and report["error"] is None:
        outcome = "completed"
    else:
        outcome = "failed"
    if stopped is not None:
        error = stopped
    elif report is None and outcome == "failed":
        error = _how_it_ended(exitcode)
    elif report is not None:
        error = report["error"]
    return outcome, killed_by, error


def _budgets(budget_mib: object, hard_limit_mib: object) -> tuple[int, int]:
    """Return the budget and the hard limit in bytes, once both are checked safe here."""
    budget_bytes = _mib_to_bytes("budget_mib", budget_mib)
    if hard_limit_mib is None:
        hard_limit_bytes = HARD_LIMIT_PER_BUDGET * budget_bytes
    else:
        hard_limit_bytes = _mib_to_bytes("hard_limit_mib", hard_limit_mib)
    check_budget(budget_bytes, hard_limit_bytes=hard_limit_bytes)
    return budget_bytes, hard_limit_bytes


def _start_child(experiment: Experiment, hard_limit_bytes: int) -> tuple[BaseProcess, _Shared, Connection]:
    """Start the lab's child for ``experiment``; return it, the values it shares and the end it reports to."""
    # A function of the student's goes by value (cloudpickle), refused here if it cannot;
    # a built-in strategy goes by name, with plain pickle.
    shipped: Experiment | bytes = experiment
    if not isinstance(experiment.strategy, str):
        shipped = ship(experiment, f"strategy {experiment.name}")
    ctx = multiprocessing.get_context("spawn")
    shared = _Shared.make(ctx)
    reports, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child_main, args=(shipped, hard_limit_bytes, shared, sender),
                        name=f"pool_lab-lab-{experiment.name}", daemon=True)
    try:
        with _child_skips_main_module(), _interrupts_deferred():
            child.start()
    except BaseException:  # the Ctrl-C held back, delivered now that the child is whole
        if child.pid is not None:
            _kill(child)
            child.join()
        reports.close()
        raise
    finally:
        sender.close()  # the child holds the only writing end now
    return child, shared, reports


@contextlib.contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) back while the body runs, and deliver it after.

    ``spawn`` starts the child, then writes it the data it starts from: an
    interrupt between the two left a child that read an empty pipe and
    printed ``EOFError``.  Only the main thread gets interrupts.
    """
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) is None:
        yield
        return
    held: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if held:
            signal.raise_signal(signal.SIGINT)  # runs the handler now, as the signal would have


def _wait_for(child: BaseProcess, started_at: Any, sampler: Sampler, timeout_s: float,
              on_update: Callable[[Trace], None] | None, update_every_s: float) -> tuple[str | None, float]:
    """Wait for the child to end, updating the caller; kill it ``timeout_s`` after its run began.

    Return why it was killed (None if it ended by itself), and when
    (``time.monotonic()``) this process saw it end: before the last update,
    which may take a while (a live plot redrawing) and is no part of the run.
    """
    spawned_at, stopped, ended = time.monotonic(), None, False
    next_update = spawned_at + update_every_s
    # Wait on the sentinel, not join(): the child stays unreaped, so its
    # process group can still be killed safely at the end.
    while not ended:
        began = started_at.value  # the child's time.monotonic(), 0.0 until its run begins
        # Wake at the time limit as well as for the caller's updates, so that a run is stopped when its
        # time is up; until the run begins, often enough to see when it does.
        wake_at = next_update
        if stopped is None:
            wake_at = min(wake_at, began + timeout_s if began else time.monotonic() + _STARTUP_POLL_S)
        ended = bool(multiprocessing.connection.wait([child.sentinel], max(0.0, wake_at - time.monotonic())))
        seen_at = time.monotonic()
        if ended or seen_at >= next_update:  # due, with or without a caller to update: else the wait would spin
            if on_update is not None:
                on_update(sampler.trace)
            next_update = time.monotonic() + update_every_s
        if ended or stopped is not None:
            continue
        if began and seen_at >= began + timeout_s:
            stopped = f"timed out: still running {timeout_s:g} s after its run began"
        elif not began and seen_at > spawned_at + _STARTUP_LIMIT_S:
            stopped = f"timed out: its run had not begun {_STARTUP_LIMIT_S:g} s after the child started"
        if stopped is not None:
            _kill(child)
    return stopped, seen_at


def _read_report(reports: Connection) -> dict | None:
    """Return what the child reported, or None if it died before it could; close our end."""
    try:
        # poll() is also true at end of file, when the child died before sending.
        return reports.recv() if reports.poll() else None
    except EOFError:
        return None
    finally:
        reports.close()


def run_lab(experiment: Experiment, budget_mib: float = DEFAULT_BUDGET_MIB, *, hard_limit_mib: float | None = None,
            timeout_s: float = 120.0, on_update: Callable[[Trace], None] | None = None,
            update_every_s: float = 0.2) -> RunResult:
    """Run ``experiment`` in a child process under a memory budget.

    The child is killed with SIGKILL once its resident memory reaches
    ``budget_mib`` MiB; the result's outcome is then ``"oom-killed"``.  The
    hard limit inside the child (Linux) defaults to twice the budget.
    ``on_update``, if given, is called in this thread every
    ``update_every_s`` seconds with the trace so far, for live plots and
    progress bars.  A run still going ``timeout_s`` seconds after it began
    (the child, started up, called the strategy) is killed and reported
    ``"failed"``, as is a child that raises or is killed from outside, with
    the reason in ``error``.  The child's
    start-up, which a busy machine can slow by seconds, does not count
    (a child whose run has not begun after a minute is stopped too).

    Raises TypeError or ValueError before any process starts: for a budget
    below :data:`MIN_BUDGET_MIB`, or whose hard limit is above half of the
    memory left now (:func:`pool_lab.budget.check_budget`), for a workload
    one task of which would not fit in the budget, and for times that are
    not positive, finite numbers of seconds.

    >>> from pool_lab import Experiment, MessageWorkload
    >>> exp = Experiment("thread-per-task", workload=MessageWorkload(users=6_000))
    >>> run_lab(exp, budget_mib=96).outcome
    'oom-killed'
    """
    budget_bytes, hard_limit_bytes = _budgets(budget_mib, hard_limit_mib)
    _check_lab_arguments(experiment, budget_bytes, timeout_s, on_update, update_every_s)
    child, shared, reports = _start_child(experiment, hard_limit_bytes)
    sampler = None
    try:
        watchdog = _Watchdog(child, budget_bytes)
        sampler = Sampler(child.pid, _WATCHDOG_INTERVAL_S, lambda: shared.tasks_done.value, watchdog, experiment.name)
        # time.monotonic() is one clock for every process of the machine, so
        # the child's start (shared.started_at) can be put on the trace's clock.
        sampler_started_at = time.monotonic()
        sampler.start()
        stopped, seen_ended_at = _wait_for(child, shared.started_at, sampler, timeout_s, on_update, update_every_s)
    finally:
        # The sampler stops first, while the child is unreaped: once it is
        # reaped, its pid may be another process's, which the sampler (psutil,
        # by pid, on macOS and Windows) and the watchdog must never touch.
        trace = sampler.stop() if sampler is not None else Trace((), experiment.name)
        _kill(child)  # also what it left behind: threads die with it, processes with its group
        child.join()
    exitcode, report, started_at = child.exitcode, _read_report(reports), shared.started_at.value
    # The child's own clock when its strategy returned; for a run killed before that, when we saw it end.
    ended_at = shared.finished_at.value or seen_ended_at
    child.close()
    outcome, killed_by, error = _verdict(report, watchdog_killed=watchdog.killed_at_s is not None, stopped=stopped,
                                         out_of_memory=bool(shared.out_of_memory.value), exitcode=exitcode)
    result = RunResult(
        strategy=experiment.name, max_workers=experiment.max_workers, outcome=outcome,
        tasks_done=shared.tasks_done.value, tasks_total=experiment.workload.tasks,
        elapsed_s=ended_at - started_at if started_at else 0.0, trace=watchdog.trim(trace), budget_bytes=budget_bytes,
        killed_at_s=watchdog.killed_at_s, killed_rss_bytes=watchdog.killed_rss_bytes, killed_by=killed_by,
        backstop=BACKSTOP, error=error, submission=experiment.submission,
        started_at_s=started_at - sampler_started_at if started_at else None,
    )
    if on_update is not None:
        on_update(result.trace)
    return result


def sweep(
    experiment: Experiment,
    workers: Sequence[int] = (1, 2, 4, 8, 16, 32),
    budget_mib: float = DEFAULT_BUDGET_MIB,
    *,
    tasks_per_worker: int | None = 4,
    on_result: Callable[[RunResult], None] | None = None,
    timeout_s: float = 120.0,
) -> list[RunResult]:
    """Run ``experiment`` in the lab once per worker count; return the results.

    With ``tasks_per_worker`` (default 4), each run's workload is resized to
    that many batches per worker, so every pool size gets the same number of
    rounds: one worker is not left with 200 batches while 64 get three
    each.  With None, every run uses the experiment's workload as it is.

    Each run is a fresh child process under the same budget, one after the
    other, so the runs do not compete for the CPU.  ``on_result`` is called
    after each run, for progress reports; ``timeout_s`` bounds each run, as
    in :func:`run_lab`.  Every run's settings are checked before the first
    one starts.
    """
    if experiment.max_workers is None:
        raise ValueError(f"a sweep varies max_workers, which {experiment.name} does not have")
    if not workers:
        raise ValueError("workers must name at least one worker count")
    check_callable("on_result", on_result, or_none=True)
    workload = experiment.workload
    runs = []
    for n in workers:  # every Experiment is built, and so checked, before the first run
        check_pool(n)
        if tasks_per_worker is not None:
            workload = dataclasses.replace(experiment.workload, users=n * tasks_per_worker * workload.batch_size)
        runs.append(experiment.replace(max_workers=n, workload=workload))
    results = []
    for run in runs:
        result = run_lab(run, budget_mib, timeout_s=timeout_s)
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results
