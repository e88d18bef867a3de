"""Sizing a worker pool: throughput and peak memory against ``max_workers``, beside the laws they follow."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from typing import Any, Sequence

from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from ..budget import MIB
from ..experiment import RunResult
from ..workload import MessageWorkload
from ._runs import run_results, shared_budget_mib
from ._style import LAW_COLOUR, LAW_STYLE, LIMIT_STYLE, run_styles
from ._words import counted, joined, sentences
from .figure import DescribedFigure

__all__ = ["plot_sweep"]


def plot_sweep(results: Sequence[RunResult], task_s: float | None = None, budget_mib: float | None = None,
               title: str = "Sizing a worker pool", *, workload: MessageWorkload | None = None) -> DescribedFigure:
    """Return a figure of throughput and peak memory against ``max_workers``.

    Pass the ``workload`` the sweep ran, and both panels get their straight
    lines.  The left panel draws Little's ideal, ``throughput = workers /
    task_s``: the law with every task taking only its own time
    (:attr:`MessageWorkload.task_s`), and the most its downstream can send,
    :attr:`MessageWorkload.send_ceiling_per_s`: measured throughput follows
    the lower of the two.  The right panel draws each run's peak resident
    memory, the budget, and the memory rule, ``baseline + workers x payload``
    (the baseline is the runs' median memory as their run began).  Runs that
    did not complete are marked with an X (on the axis, in the throughput
    panel).  Both axes are linear, so the laws are straight lines.

    >>> plot_sweep(results, workload=experiment.workload)    # doctest: +SKIP

    Passing ``task_s`` (seconds) instead of the workload, as before, draws
    Little's ideal alone.
    """
    sweep = _Sweep.read(results, task_s, budget_mib, workload)
    fig = DescribedFigure(figsize=(11.0, 4.4), layout="constrained")
    speed, memory = fig.subplots(1, 2)
    fig.suptitle(title)
    sweep.draw_throughput(speed)
    sweep.draw_peak_memory(memory)
    sweep.mark_unfinished(speed, memory)
    for ax in (speed, memory):
        # Linear axes: Little's law (workers / latency) and the memory rule
        # (baseline + workers x payload) are then the straight lines they are;
        # a log x axis would bend both.
        ax.set_xlim(left=0)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("max_workers (threads in the pool)")
        ax.grid(alpha=0.3)
        ax.legend(loc="best", fontsize="small")
    fig.description = sweep.words(title)
    return fig


@dataclass(frozen=True)
class _Sweep:
    """A sweep as its figure draws it: the runs by pool size, and the laws and limits drawn beside them."""

    runs: list[RunResult]  # sorted by max_workers, none of which is None
    task_s: float  # the time one task takes on its own: Little's law is workers / task_s
    ceiling: float  # the most batches per second the downstream can send (inf: no ceiling)
    rule: tuple[float, float] | None  # the memory rule's baseline and payload per worker (MiB), with the workload
    budget_mib: float | None

    @classmethod
    def read(cls, results: Sequence[RunResult], task_s: float | None, budget_mib: float | None,
             workload: MessageWorkload | None) -> _Sweep:
        """Return the sweep of these results; refuse one the figure cannot draw, saying what it needs."""
        items = sorted(run_results(results), key=lambda r: r.max_workers or 0)
        if any(r.max_workers is None for r in items):
            raise ValueError("every result in a sweep needs max_workers (thread-per-task has none)")
        if workload is not None and not isinstance(workload, MessageWorkload):
            raise TypeError(f"workload must be the MessageWorkload the sweep ran, got {type(workload).__name__}")
        if workload is not None and task_s is not None:
            raise TypeError("pass the workload (whose task_s the figure uses) or task_s, not both")
        if workload is not None:
            task_s = workload.task_s
        if task_s is None:
            raise TypeError("plot_sweep needs the workload the sweep ran (workload=...) or its task_s")
        if not task_s > 0:
            raise ValueError(f"task_s must be greater than 0 seconds, got {task_s}")
        if workload is None:
            return cls(items, task_s, math.inf, None, shared_budget_mib(items, budget_mib))
        rule = (statistics.median(r.baseline_rss_mib for r in items), workload.payload_bytes_per_task / MIB)
        return cls(items, task_s, workload.send_ceiling_per_s, rule, shared_budget_mib(items, budget_mib))

    @property
    def workers(self) -> list[int]:
        return [r.max_workers or 0 for r in self.runs]  # none is None: checked in read()

    @property
    def completed(self) -> list[RunResult]:
        return [r for r in self.runs if r.outcome == "completed"]

    @property
    def failed(self) -> list[RunResult]:
        return [r for r in self.runs if r.outcome != "completed"]

    def draw_throughput(self, ax: Axes) -> None:
        """Draw Little's law, the downstream's ceiling and the measured throughput (tasks/s)."""
        workers, completed, ceiling = self.workers, self.completed, self.ceiling
        ax.plot(workers, [w / self.task_s for w in workers], **LAW_STYLE,
                label=f"Little's ideal: workers / {self.task_s:.2f} s")
        if math.isfinite(ceiling):
            ax.axhline(ceiling, **LIMIT_STYLE, label=f"downstream's ceiling ({ceiling:g} batches/s)")
        # A run that did not finish has no throughput to speak of: it is marked
        # on the axis, not joined to the line as if it had been slow.
        ax.plot([r.max_workers or 0 for r in completed], [r.tasks_per_s for r in completed], **_measured(),
                label="measured")
        ax.set_ylabel("throughput (tasks/s)")
        ax.set_title("Throughput")
        fastest = max((r.tasks_per_s for r in completed), default=0.0)
        if math.isfinite(ceiling):
            # Little's line leaves the panel above the ceiling, so the measured
            # points, which cannot pass it, keep the panel's height.
            ax.set_ylim(0, 1.6 * max(ceiling, fastest))

    def draw_peak_memory(self, ax: Axes) -> None:
        """Draw the measured peak memory (MiB), the memory rule and the budget."""
        completed, budget_mib = self.completed, self.budget_mib
        ax.plot([r.max_workers or 0 for r in completed], [r.peak_rss_mib for r in completed], **_measured(),
                label="peak RSS")
        if self.rule is not None:
            baseline, payload = self.rule
            top = max(self.workers)
            ax.plot([0, top], [baseline, baseline + top * payload], **LAW_STYLE,
                    label=f"memory rule: {baseline:.0f} MiB + workers x {payload:g} MiB")
        if budget_mib is not None:
            ax.axhline(budget_mib, **LIMIT_STYLE, label=f"memory budget ({budget_mib:.0f} MiB)")
        highest = max([budget_mib or 0.0, *(r.peak_rss_mib for r in self.runs)])
        ax.set_ylim(0, 1.15 * highest)  # the rule may leave the panel past the budget
        ax.set_ylabel("peak resident memory (MiB)")
        ax.set_title("Peak memory")

    def mark_unfinished(self, speed: Axes, memory: Axes) -> None:
        """Mark each run that did not complete with an X: on the axis for throughput, at its peak for memory."""
        failed = self.failed
        for r in failed:
            first = r is failed[0]
            speed.plot(r.max_workers or 0, 0, "X", color=LAW_COLOUR, markersize=10, clip_on=False, zorder=5,
                       label=f"{r.outcome} (no throughput)" if first else None)
            memory.plot(r.max_workers or 0, r.peak_rss_mib, "X", color=LAW_COLOUR, markersize=10, zorder=5,
                        label=r.outcome if first else None)

    def words(self, title: str) -> str:
        """Return the figure's description: the two panels, run by run, beside the laws and the budget."""
        completed, failed, ceiling, budget_mib = self.completed, self.failed, self.ceiling, self.budget_mib

        def at(r: RunResult, value: str) -> str:
            return f"{value} at {counted(r.max_workers or 0, 'worker')}"

        throughput = (f"measured throughput goes from {at(completed[0], f'{completed[0].tasks_per_s:.1f} tasks/s')} "
                      f"to {at(completed[-1], f'{completed[-1].tasks_per_s:.1f}')}" if completed
                      else "no run completed")
        laws = f"beside Little's ideal (dotted, workers / {self.task_s:.2f} s)"
        if math.isfinite(ceiling):
            laws += (f" and the downstream's ceiling (dashed, {ceiling:g} batches/s), which Little's ideal reaches at "
                     f"{ceiling * self.task_s:.1f} workers")
        peaks = (f"peak memory goes from {at(completed[0], f'{completed[0].peak_rss_mib:.0f} MiB')} to "
                 f"{at(completed[-1], f'{completed[-1].peak_rss_mib:.0f} MiB')}" if completed else "")
        fails = joined([f"{counted(r.max_workers or 0, 'worker')}: {r.outcome} at {r.peak_rss_mib:.0f} MiB"
                        for r in failed])
        return sentences(
            f"{title}. Left, throughput (tasks/s), and right, peak resident memory (MiB), against max_workers "
            f"({min(self.workers)} to {max(self.workers)}): {throughput}, {laws}.",
            f"{peaks[0].upper() + peaks[1:]}{self._rule_words()}." if peaks else "",
            f"Dashed line on the right: the {budget_mib:.0f} MiB budget." if budget_mib is not None else "",
            f"Marked X: {fails}." if fails else "")

    def _rule_words(self) -> str:
        if self.rule is None:
            return ""
        baseline, payload = self.rule
        words = f"; the memory rule, {baseline:.0f} MiB + workers x {payload:g} MiB"
        if self.budget_mib is not None:
            words += f", reaches the budget at {(self.budget_mib - baseline) / payload:.0f} workers"
        return words


def _measured() -> dict[str, Any]:
    """Return the style of the measured points: the worker pool's, a marker on each."""
    return run_styles(["worker-pool"])[0].line() | {"markevery": None}
