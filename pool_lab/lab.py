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
import pickle
import signal
import sys
import threading
import time
import traceback
import types
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Callable, Iterator, NamedTuple, Sequence

from ._checks import check_callable, check_number, check_pool, check_seconds
from .budget import BACKSTOP, HARD_LIMIT_PER_BUDGET, MIB, apply_hard_limit, check_budget, yield_to_the_watchdog
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
#: Python 3.11); a smaller budget would kill it before its first task.
MIN_BUDGET_MIB = 32.0

# Every 5 ms: the incident climbs at about 1 GiB/s, so a kill lands a few
# MiB past the budget, and psutil's reads cost well under a tenth of that.
_WATCHDOG_INTERVAL_S = 0.005

# How often the child's own watch looks.  Starting a thread takes well under
# a millisecond, and waiting for the GIL behind a few hundred busy threads a
# fraction of a second: a start still unfinished after 2 s never finishes.
_INSIDE_WATCH_S = 0.1
_LONGEST_THREAD_START_S = 2.0


class _Shared(NamedTuple):
    """What the child writes and the parent reads, by name on both sides (``RawValue``: no lock, one writer)."""

    tasks_done: Any  # c_longlong: the tasks finished so far, written by drive()'s on_task_done
    started_at: Any  # c_double: the child's time.monotonic() when its first task started; 0.0 before
    finished_at: Any  # c_double: the child's time.monotonic() when the strategy returned; 0.0 before
    out_of_memory: Any  # c_byte: 1 just before the child kills itself for crossing its hard limit

    @classmethod
    def make(cls, ctx: multiprocessing.context.SpawnContext) -> _Shared:
        """Return zeroed values, to pass to a child while it is spawned."""
        return cls(ctx.RawValue("q", 0), ctx.RawValue("d", 0.0), ctx.RawValue("d", 0.0), ctx.RawValue("b", 0))


def _die_like_the_oom_killer(out_of_memory) -> None:
    # The flag tells the parent that this SIGKILL is the hard limit, not a
    # kill from outside; writing shared memory allocates nothing.
    out_of_memory.value = 1
    if hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(137)  # Windows: the exit status a SIGKILLed process reports in a shell


def _watch_from_inside(out_of_memory, under_rlimit: bool) -> None:
    # Two things only a thread of the child can see.  A kernel restart kills
    # the parent without running its finally blocks: the experiment must not
    # run on alone.  (The parent's sentinel works on every platform, where
    # getppid() would not change on Windows.)  And under the hard limit, a
    # new thread can run out of memory after it is listed and before it
    # runs, when no hook can run in it; whoever started it would wait in
    # Thread.start() for ever.  A thread listed and not alive for longer than
    # any start takes is that thread, and the child dies of it.
    parent = multiprocessing.parent_process()  # None only outside a lab child
    first_seen: dict[threading.Thread, float] = {}
    while True:
        if parent is None:
            time.sleep(_INSIDE_WATCH_S)
        else:
            parent.join(_INSIDE_WATCH_S)
            if not parent.is_alive():
                os._exit(1)
        if under_rlimit:
            try:
                now = time.monotonic()
                first_seen = {t: first_seen.get(t, now) for t in threading.enumerate() if not t.is_alive()}
                if any(now - seen > _LONGEST_THREAD_START_S for seen in first_seen.values()):
                    _die_like_the_oom_killer(out_of_memory)
            except MemoryError:
                _die_like_the_oom_killer(out_of_memory)


def _print_thread_exception(args: threading.ExceptHookArgs) -> None:
    """Print what ended a thread as Python's hook does, but without threading.py's frames.

    They are in every such traceback, tell nothing and name where Python is installed.
    """
    if issubclass(args.exc_type, SystemExit):  # as Python's own hook: a thread may exit that way
        return
    tb = args.exc_traceback
    while tb is not None and tb.tb_frame.f_code.co_filename == threading.__file__:
        tb = tb.tb_next
    print(f"Exception in thread {args.thread.name if args.thread else '?'}:", file=sys.stderr)
    traceback.print_exception(args.exc_type, args.exc_value, tb, file=sys.stderr)


def _is_out_of_memory(exc: BaseException) -> bool:
    # Under the hard limit, a thread whose stack cannot be mapped fails with
    # this RuntimeError rather than MemoryError.
    return isinstance(exc, MemoryError) or (isinstance(exc, RuntimeError) and "can't start new thread" in str(exc))


def _child_main(experiment: Experiment | bytes, hard_limit_bytes: int, shared: _Shared, conn) -> None:
    """Run ``experiment`` (or its cloudpickled bytes) in the child, send the parent a summary, and exit."""
    if hasattr(os, "setpgid"):
        # A group of its own, which the parent kills whole: processes the
        # strategy starts go with the child.
        os.setpgid(0, 0)
    conn.send({"error": _run_in_child(experiment, hard_limit_bytes, shared)})
    # Exit now, with whatever threads a strategy left running: a normal exit
    # would wait for every non-daemon thread, for ever if one never ends.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


def _run_in_child(experiment: Experiment | bytes, hard_limit_bytes: int, shared: _Shared) -> str | None:
    """Run ``experiment`` under the hard limit; return what went wrong (a repr) or None."""
    out_of_memory = shared.out_of_memory
    threading.excepthook = _print_thread_exception
    under_rlimit = apply_hard_limit(hard_limit_bytes) == "rlimit"
    yield_to_the_watchdog()
    threading.Thread(target=_watch_from_inside, args=(out_of_memory, under_rlimit), daemon=True).start()

    def tick() -> None:  # drive() never calls it concurrently
        shared.tasks_done.value += 1

    try:  # a strategy function comes by value, as bytes
        run: Experiment = pickle.loads(experiment) if isinstance(experiment, bytes) else experiment
    except Exception as exc:
        return f"the strategy could not be loaded in the lab's child process: {exc!r}"
    run.prepare()  # start-up (the render loop's calibration, the HTTP client), not part of the run
    shared.started_at.value = time.monotonic()
    try:
        _, errors = run.drive(tick)
    except BaseException as exc:
        if _is_out_of_memory(exc):
            _die_like_the_oom_killer(out_of_memory)
        return repr(exc)
    finally:
        shared.finished_at.value = time.monotonic()
    if any(_is_out_of_memory(e) for e in errors):
        _die_like_the_oom_killer(out_of_memory)
    return repr(errors[0]) if errors else None


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
            "holds about 20 MiB, so a smaller budget kills it before its first task"
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


def _verdict(report: dict | None, *, watchdog_killed: bool, timed_out: bool, out_of_memory: bool,
             exitcode: int | None, timeout_s: float) -> tuple[str, str | None, str | None]:
    """Return a run's (outcome, killed_by, error) from how it ended: no process, no clock.

    ``report`` is what the child sent (``{"error": repr or None}``), None if
    it died first; ``out_of_memory`` is the flag the child raises before it
    kills itself at its hard limit.
    """
    killed_by, error = None, None
    if watchdog_killed:
        outcome, killed_by = "oom-killed", "watchdog"
    elif report is None and not timed_out and out_of_memory:
        # Killed, but not by us: the child hit its hard limit and did what the
        # OOM killer would have done.
        outcome, killed_by = "oom-killed", BACKSTOP
    elif report is not None and report["error"] is None:
        outcome = "completed"
    else:
        outcome = "failed"
    if timed_out:
        error = f"timed out after {timeout_s} s"
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


def _wait_for(child: BaseProcess, sampler: Sampler, timeout_s: float,
              on_update: Callable[[Trace], None] | None, update_every_s: float) -> tuple[bool, float]:
    """Wait for the child to end, updating the caller; kill it at the deadline.

    Return whether it timed out, and when (``time.monotonic()``) this
    process saw it end: before the last update, which may take a while
    (a live plot redrawing) and is no part of the run.
    """
    deadline = time.monotonic() + timeout_s
    timed_out = ended = False
    # Wait on the sentinel, not join(): the child stays unreaped, so its
    # process group can still be killed safely at the end.
    while not ended:
        ended = bool(multiprocessing.connection.wait([child.sentinel], update_every_s))
        seen_at = time.monotonic()
        if on_update is not None:
            on_update(sampler.trace)
        if not ended and time.monotonic() > deadline:
            timed_out = True
            _kill(child)
    return timed_out, seen_at


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
    progress bars.  A run that takes longer than ``timeout_s`` is killed and
    reported ``"failed"``, as is a child that raises or is killed from
    outside, with the reason in ``error``.

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
        timed_out, seen_ended_at = _wait_for(child, sampler, timeout_s, on_update, update_every_s)
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
    outcome, killed_by, error = _verdict(report, watchdog_killed=watchdog.killed_at_s is not None, timed_out=timed_out,
                                         out_of_memory=bool(shared.out_of_memory.value), exitcode=exitcode,
                                         timeout_s=timeout_s)
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
