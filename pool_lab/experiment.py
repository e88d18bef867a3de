"""One experiment: a strategy running the messaging workload, measured.

An :class:`Experiment` names everything a run needs: a strategy (a built-in
one by name, or a function of your own, see :mod:`pool_lab.strategies`), a
worker count, a :class:`MessageWorkload`.  The lab sends it to a child
process, a function of yours by value (cloudpickle), so one defined in a
notebook cell runs there too.  :meth:`Experiment.run_here` runs it in this process, for
small, safe scales; :func:`pool_lab.run_lab` runs it in a child under a
memory budget.
"""

from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import functools
import platform
import time
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from . import strategies
from ._checks import check_pool
from .budget import MIB
from .sampler import Sampler, Trace
from .strategies import MAP_HAS_BUFFERSIZE, SUBMISSIONS, submit_windowed
from .workload import MessageWorkload, burn_cpu

__all__ = ["MAP_HAS_BUFFERSIZE", "STRATEGIES", "SUBMISSIONS", "Experiment", "RunResult", "submit_windowed"]

#: The built-in strategies an experiment can name (:data:`pool_lab.strategies.BUILT_IN`).
#: The asyncio ones (:data:`pool_lab.ASYNC_STRATEGIES`) run in an event loop, not an executor.
STRATEGIES = tuple(strategies.BUILT_IN)

#: The largest payload an experiment may hold in this process if every task
#: were alive at once; anything bigger belongs in the lab, under a budget.
IN_PROCESS_LIMIT_BYTES = 256 * MIB

@dataclass(frozen=True)
class RunResult:
    """What one run did: its outcome, its counts, and the trace behind them.

    ``outcome`` is ``"completed"`` (every task ran, none raised),
    ``"oom-killed"`` (killed for crossing the memory budget) or ``"failed"``
    (a task raised, or the run broke).  ``killed_at_s`` and
    ``killed_rss_bytes`` say when and at what memory the kill came;
    ``killed_by`` names what killed it (``"watchdog"`` or ``"rlimit"``), and
    ``backstop`` what stood behind the watchdog in the lab's child
    (:data:`pool_lab.budget.BACKSTOP`: ``"rlimit"`` or ``"watchdog only"``;
    None for a run in this process).  ``submission`` is how the tasks were
    submitted (see :data:`SUBMISSIONS`).

    Times have two clocks.  The trace and ``killed_at_s`` count seconds on
    the sampler's clock, which for a lab run starts with the child process;
    ``started_at_s`` is the moment on that clock when the child, done
    starting up (interpreter, imports, calibration), began its run: it
    called the strategy, which starts the first tasks (``None`` for a run
    in this process).  ``elapsed_s`` counts from there
    to the moment the strategy returned (for a run killed or failed before
    that, to when the lab saw the child end).
    """

    strategy: str
    max_workers: int | None
    outcome: str
    tasks_done: int
    tasks_total: int
    elapsed_s: float
    trace: Trace
    budget_bytes: int | None = None
    killed_at_s: float | None = None
    killed_rss_bytes: int | None = None
    killed_by: str | None = None
    backstop: str | None = None
    error: str | None = None
    submission: str = "each"
    started_at_s: float | None = None

    @property
    def hard_limit(self) -> str | None:
        """Return :attr:`backstop` under its old name (deprecated: it names a mechanism, not a limit's size)."""
        warnings.warn("RunResult.hard_limit is now RunResult.backstop: it names a mechanism, not a size",
                      DeprecationWarning, stacklevel=2)
        return self.backstop

    @property
    def killed_after_start_s(self) -> float | None:
        """Return how long the run's work had been going when it was killed, in seconds.

        ``killed_at_s`` minus ``started_at_s`` (the child's start-up is not
        counted); ``None`` for a run that was not killed, or that has no start.
        """
        if self.killed_at_s is None or self.started_at_s is None:
            return None
        return self.killed_at_s - self.started_at_s

    @property
    def baseline_rss_mib(self) -> float:
        """Return the resident memory in MiB just before the run started.

        For a lab run, the child's memory once it has started up (interpreter,
        imports, calibration) and before any task holds a payload: the
        baseline of notebook 1's rule.  It is the last reading before the
        run started, since a reading after it may already hold a payload (a
        strategy that renders before it submits does so within milliseconds);
        the first reading if there is none before.  For a run in this
        process, the first reading.
        """
        samples = self.trace.samples
        if not samples:
            return 0.0
        start = self.started_at_s or 0.0
        before = [s for s in samples if s.t_s < start]
        return (before[-1] if before else samples[0]).rss_mib

    @property
    def label(self) -> str:
        """Return a short name for legends, e.g. ``worker-pool (8 workers, map)``.

        The way of submitting is named only when it is not plain ``each``;
        one worker is ``1 worker``.
        """
        details = [] if self.max_workers is None else [f"{self.max_workers} worker{'s' * (self.max_workers != 1)}"]
        if self.submission != "each":
            details.append(self.submission)
        return f"{self.strategy} ({', '.join(details)})" if details else self.strategy

    @property
    def peak_rss_bytes(self) -> int:
        """Return the peak resident memory seen, in bytes."""
        return self.trace.peak_rss_bytes

    @property
    def peak_rss_mib(self) -> float:
        """Return the peak resident memory seen, in MiB."""
        return self.peak_rss_bytes / MIB

    @property
    def tasks_per_s(self) -> float:
        """Return the tasks finished per second of the run."""
        return self.tasks_done / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def summary(self) -> dict:
        """Return the run as a JSON-ready dict (the ``--json`` row of the CLI)."""
        return {
            "strategy": self.strategy,
            "outcome": self.outcome,
            "tasks_done": self.tasks_done,
            "tasks_total": self.tasks_total,
            "peak_rss_mib": round(self.peak_rss_mib, 1),
            "elapsed_s": round(self.elapsed_s, 3),
            "tasks_per_s": round(self.tasks_per_s, 1),
            "max_workers": self.max_workers,
        }

    def __str__(self) -> str:
        # A kill is timed as the figures time it, from the run's start; elapsed_s
        # runs on to when the lab saw the child end.
        killed = self.killed_after_start_s
        when = f", killed {killed:.2f} s after its run began" if killed is not None else f" in {self.elapsed_s:.2f} s"
        return (f"{self.label}: {self.outcome}, {self.tasks_done}/{self.tasks_total} tasks{when}, "
                f"peak {self.peak_rss_mib:.0f} MiB")


@dataclass(frozen=True)
class Experiment:
    """A strategy, a way of submitting, and a workload: one run to make.

    ``strategy`` is the name of a built-in strategy (one of
    :data:`STRATEGIES`) or a function of your own, ``strategy(task, items)``,
    that calls ``task(item)`` for every item and returns when all have
    finished; or an ``async def strategy(task, items)`` that awaits
    ``task(item)`` for every item (see :mod:`pool_lab.strategies`).  A
    function is shown by its name (a :func:`functools.partial` by the name of
    the function it wraps), and it may be defined in a notebook cell: the lab
    sends it to its child process by value.

    ``max_workers`` and ``queue_size`` configure the built-in pools (ignored
    by thread-per-task, asyncio-gather and functions of your own, which bind
    their own settings).  ``submission`` is one of :data:`SUBMISSIONS`, for the
    built-in thread strategies.  With ``payload_in_task=False`` the
    submitting thread renders each payload and the task only sends it, which
    is how payloads pile up in an executor's queue.

    For ``worker-pool``, ``queue_size`` defaults here to ``max_workers``, not
    to the WorkerPool's own default: the course's payloads may wait in the
    queue, and the notebooks count on at most ``2 * max_workers`` of them in
    flight.

    >>> exp = Experiment("worker-pool", max_workers=4, workload=MessageWorkload(users=800))
    >>> result = exp.run_here()
    >>> result.outcome, result.tasks_done, result.tasks_total
    ('completed', 8, 8)
    >>> def one_at_a_time(task, items):
    ...     for item in items:
    ...         task(item)
    >>> print(Experiment(one_at_a_time, workload=MessageWorkload(users=300, send_latency_s=0.01)).run_here())
    one_at_a_time: completed, 3/3 tasks in ...
    """

    strategy: str | Callable[..., Any] = "worker-pool"
    max_workers: int | None = 8
    queue_size: int | None = None
    submission: str = "each"
    payload_in_task: bool = True
    workload: MessageWorkload = field(default_factory=MessageWorkload)

    def __post_init__(self) -> None:
        if isinstance(self.strategy, str):
            if self.strategy not in STRATEGIES:
                raise ValueError(f"strategy must be one of {', '.join(STRATEGIES)} or a function "
                                 f"strategy(task, items); got {self.strategy!r}")
        else:
            strategies.check_strategy(self.strategy)
        if self.submission not in SUBMISSIONS:
            raise ValueError(f"submission must be one of {', '.join(SUBMISSIONS)}; got {self.submission!r}")
        if not isinstance(self.workload, MessageWorkload):
            raise TypeError(f"workload must be a MessageWorkload, got {type(self.workload).__name__}")
        fn = self._function()

        def takes(setting: str) -> bool:  # a function of yours binds its own settings
            return isinstance(self.strategy, str) and strategies.takes_setting(fn, setting)

        if strategies.is_async(fn) and (self.submission != "each" or not self.payload_in_task):
            raise ValueError(f"{self.name} runs one coroutine per batch: it takes submission='each' "
                             "and payload_in_task=True")
        if self.submission != "each" and not takes("submission"):
            raise ValueError(f"{self.name} calls task(item) itself: submission is for the built-in thread "
                             f"strategies; leave it 'each', got {self.submission!r}")
        if self.submission == "buffered-map" and not MAP_HAS_BUFFERSIZE:
            raise ValueError(f"submission='buffered-map' needs Executor.map(..., buffersize=...), new in Python "
                             f"3.14; this is Python {platform.python_version()}. submission='window' bounds any "
                             "executor the same way")
        if self.submission == "buffered-map" and self.strategy == "worker-pool":
            raise ValueError("WorkerPool.map is bounded already (in_flight, or buffersize as Python 3.14 names it): "
                             "use submission='map'")
        if not takes("max_workers"):
            object.__setattr__(self, "max_workers", None)
        elif self.max_workers is None or isinstance(self.max_workers, (int, float)) and self.max_workers <= 0:
            raise ValueError(f"{self.name} needs max_workers as a positive int, got {self.max_workers!r}")
        else:
            # Here, not only in the executor: the lab builds the executor in its
            # child, and a bad size must be refused before the child starts.
            check_pool(self.max_workers, self.queue_size)

    @property
    def name(self) -> str:
        """Return the strategy's name: a built-in's, or your function's (``__name__``)."""
        return strategies.name_of(self.strategy)

    def _function(self) -> Callable[..., Any]:
        # A built-in's table entry, before its settings are bound; or your function.
        return strategies.BUILT_IN[self.strategy] if isinstance(self.strategy, str) else self.strategy

    def strategy_function(self) -> Callable[..., Any]:
        """Return the strategy as a function ``strategy(task, items)``, a built-in's settings bound.

        >>> Experiment("worker-pool", max_workers=4).strategy_function()
        functools.partial(<function worker_pool at ...>, max_workers=4, queue_size=None, submission='each')
        """
        if not isinstance(self.strategy, str):
            return self.strategy
        return strategies.configure(self._function(), max_workers=self.max_workers, queue_size=self.queue_size,
                                    submission=self.submission)

    def replace(self, **changes) -> "Experiment":
        """Return a copy with some fields changed, e.g. ``exp.replace(max_workers=16)``."""
        return dataclasses.replace(self, **changes)

    def make_executor(self) -> cf.Executor:
        """Return a new, unused executor for this experiment's built-in thread strategy."""
        if self.strategy not in strategies.EXECUTORS:
            raise ValueError(f"{self.name} has no executor of its own: only "
                             f"{', '.join(strategies.EXECUTORS)} do")
        return strategies.EXECUTORS[self.strategy](self.max_workers, self.queue_size)

    def prepare(self) -> None:
        """Do the start-up that the run's first tasks would otherwise pay for, before they start.

        Calibrates the render loop and, for a workload with a ``downstream``,
        loads its HTTP client (:meth:`HttpSender.open_client`).  The lab's
        child calls it before its run begins, so that neither counts in the
        run's time, and the baseline (:attr:`RunResult.baseline_rss_mib`)
        holds the client's code, as a service's baseline does.
        """
        burn_cpu(0)
        if self.workload.downstream is not None:
            self.workload.downstream.open_client(asynchronous=strategies.is_async(self._function()))

    def drive(self, on_task_done: Callable[[], None] = lambda: None) -> tuple[int, list[BaseException]]:
        """Run every task of the workload to the end in this process, with the strategy.

        Calls ``on_task_done`` after each task that succeeds, one call at a
        time (never concurrently), from whichever thread ran it.  Returns the
        number of tasks that succeeded and what went wrong (see
        :func:`pool_lab.strategies.run`): what the strategy raised, the first
        few exceptions its tasks raised, or that it did not run them all.
        A built-in strategy shuts its executor down before it returns, so no
        thread of it outlives the call.
        """
        # Calibrate the render loop here, on one thread, before the tasks start:
        # the first task would otherwise do it while 200 threads compete for the GIL.
        burn_cpu(0)
        fn = self.strategy_function()
        w = self.workload
        task: Callable[[Any], Any]
        items: Iterable[Any]
        if strategies.is_async(fn):  # the task to await: the batch sent with asyncio.sleep waits
            from .aio import send_batch  # asyncio only for a strategy that needs it

            task, items = functools.partial(send_batch, w), w.batches()
        elif self.payload_in_task:
            task, items = w.send_batch, w.batches()
        else:  # the submitting thread renders, the task only sends
            task, items = w.send, map(w.render, w.batches())
        return strategies.run(fn, task, items, w.tasks, on_task_done)

    def run_here(self, interval_s: float = 0.02) -> RunResult:
        """Run the experiment in this process, sampled, and return the result.

        Only for small scales: refuses (ValueError) a workload that could
        hold more than 256 MiB at once.  Use :func:`pool_lab.run_lab` for the
        full incident, under a budget, in a child process.
        """
        worst = self.workload.total_payload_bytes
        if worst > IN_PROCESS_LIMIT_BYTES:
            raise ValueError(
                f"this workload could hold {worst / MIB:.0f} MiB at once, more than the "
                f"{IN_PROCESS_LIMIT_BYTES // MIB} MiB allowed in this process; run it with "
                "pool_lab.run_lab(), which gives it a child process and a memory budget"
            )
        done_so_far = 0

        def tick() -> None:  # drive() never calls it concurrently
            nonlocal done_so_far
            done_so_far += 1

        self.prepare()  # before the clock starts, as a lab child does: start-up is not the run
        sampler = Sampler(interval_s=interval_s, progress=lambda: done_so_far, label=self.name)
        start = time.perf_counter()
        sampler.start()
        try:
            done, errors = self.drive(tick)
        finally:
            trace = sampler.stop()
        elapsed = time.perf_counter() - start
        return RunResult(
            strategy=self.name,
            max_workers=self.max_workers,
            outcome="failed" if errors else "completed",
            tasks_done=done,
            tasks_total=self.workload.tasks,
            elapsed_s=elapsed,
            trace=trace,
            error=repr(errors[0]) if errors else None,
            submission=self.submission,
        )
