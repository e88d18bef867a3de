"""What every figure of runs shares: the results checked, the lab's clock, and each run drawn over time.

A lab run is drawn from its start (t = 0: the child, started up, calls the strategy), its start-up shaded
before it; a run in this process, from the start of its sampling.
"""

from __future__ import annotations

import itertools
import statistics
from typing import Sequence

from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from ..budget import MIB
from ..experiment import RunResult
from ._style import DOT_STYLE, DOTS_BELOW, LIMIT_STYLE, STARTUP_COLOUR, RunStyle, run_styles
from .figure import DescribedFigure


def run_results(results: RunResult | Sequence[RunResult]) -> list[RunResult]:
    items = [results] if isinstance(results, RunResult) else list(results)
    if not items:
        raise ValueError("nothing to plot: pass at least one RunResult")
    for item in items:
        if not isinstance(item, RunResult):
            raise TypeError(f"expected RunResult objects, got {type(item).__name__}")
    return items


def offset(r: RunResult) -> float:
    # Lab runs are drawn from the start of their run (t = 0), so that runs whose
    # children started up at different speeds line up, and the kill's time on
    # the figure is the time the work had run (RunResult.killed_after_start_s).
    return r.started_at_s or 0.0


def run_times(r: RunResult) -> list[float]:
    return [t - offset(r) for t in r.trace.column("t_s")]


def on_lab_clock(results: Sequence[RunResult]) -> bool:
    return bool(results) and all(r.started_at_s is not None for r in results)


def time_label(results: Sequence[RunResult]) -> str:
    if on_lab_clock(results):
        return "time since the run started (s); before 0, the lab's child process starts up"
    return "time since sampling started (s)"


def time_words(results: Sequence[RunResult]) -> str:
    return "time (s) from the run's start" if on_lab_clock(results) else "time (s) since sampling started"


def draw_startup(ax: Axes, results: list[RunResult], label: bool) -> bool:
    # Before its run a lab child starts its interpreter, imports and
    # calibrates: a flat stretch that a reader should not take for the
    # experiment.  It is drawn before t = 0, shaded.
    starts = [r.started_at_s for r in results if r.started_at_s]
    if starts:
        ax.axvspan(-max(starts), 0, color=STARTUP_COLOUR, alpha=0.6, linewidth=0, zorder=0,
                   label="child process starting up (before the run)" if label else None)
    return bool(starts)


def result_styles(results: Sequence[RunResult]) -> list[RunStyle]:
    """Return the style of each run, by its strategy, a run that did not complete marked so (see run_styles)."""
    return run_styles([r.strategy for r in results], [r.outcome != "completed" for r in results])


def draw_runs(ax: Axes, results: list[RunResult], values: list[list[float]], labels: list[str],
              closed: bool = False) -> bool:
    """Draw one line per run; return whether its readings were drawn as dots.

    With ``closed``, the values are counts of tasks done, and each line ends at its run's final count.
    """
    times = [run_times(r) for r in results]
    shown = [t for ts in times for t in ts]
    span = (max(shown) - min(shown)) if shown else 0.0
    dots = False
    for r, ts, ys, label, style in zip(results, times, values, labels, result_styles(results),
                                       strict=True):
        ax.plot(*(_closed(r, ts, ys) if closed else (ts, ys)), label=label, **style.line())
        gaps = [b - a for a, b in itertools.pairwise(ts)]
        if gaps and span and statistics.median(gaps) >= span / DOTS_BELOW:
            ax.plot(ts, ys, **DOT_STYLE, zorder=style.zorder + 0.05)
            dots = True
    if dots:  # one legend entry says what a dot is
        ax.plot([], [], **DOT_STYLE, label="a dot per reading")
    return dots


def _closed(r: RunResult, ts: list[float], done: list[float]) -> tuple[list[float], list[float]]:
    # The sampler reads every few ms, and a run's last tasks often end between
    # its last reading and the child's exit, so the line would stop a few
    # tasks short of the count the run printed.  A lab run that completed
    # ends at its final count, at the moment its strategy returned: elapsed_s
    # after its run began, on the same clock.
    if r.outcome != "completed" or r.started_at_s is None or not ts or ts[-1] >= r.elapsed_s \
            or done[-1] >= r.tasks_done:
        return ts, done
    return [*ts, r.elapsed_s], [*done, r.tasks_done]


def draw_kills(ax: Axes, results: list[RunResult]) -> None:
    for r, style in zip(results, result_styles(results), strict=True):
        if r.killed_at_s is not None and r.killed_rss_bytes is not None:
            killed_s = r.killed_at_s - offset(r)
            ax.plot(killed_s, r.killed_rss_bytes / MIB, "X", color=style.colour, markersize=12,
                    markeredgecolor="black", zorder=5, label=f"SIGKILL {killed_s:.2f} s after the run started")


def shared_budget_mib(results: Sequence[RunResult], budget_mib: float | None) -> float | None:
    budgets = {r.budget_bytes for r in results if r.budget_bytes}
    if budget_mib is None and len(budgets) == 1:
        return budgets.pop() / MIB
    return budget_mib


def draw_memory(ax: Axes, results: list[RunResult], budget_mib: float | None) -> tuple[float | None, bool]:
    draw_startup(ax, results, label=True)
    dots = draw_runs(ax, results, [r.trace.rss_mib() for r in results],
                     [f"{r.label}: {r.outcome}" for r in results])
    draw_kills(ax, results)
    budget_mib = shared_budget_mib(results, budget_mib)
    if budget_mib is not None:
        ax.axhline(budget_mib, **LIMIT_STYLE, label=f"memory budget ({budget_mib:.0f} MiB)")
    ax.set_ylabel("resident memory, RSS (MiB)")
    ax.set_ylim(bottom=0)
    legend_beside(ax)
    return budget_mib, dots


def draw_column(ax: Axes, results: list[RunResult], column: str, ylabel: str, startup_label: bool = True) -> bool:
    draw_startup(ax, results, label=startup_label)
    dots = draw_runs(ax, results, [r.trace.column(column) for r in results], [r.label for r in results],
                     closed=column == "tasks_done")
    ax.set_ylabel(ylabel)
    ax.set_ylim(0, max(1.0, ax.get_ylim()[1]))  # a count of nothing yet still has whole ticks
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 1.5 threads
    legend_beside(ax)
    return dots


def legend_beside(ax: Axes) -> None:
    # Beside the panel, not on it: inside, no corner is free of both the runs' lines and the budget's.
    ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0.0, fontsize="small")


def single(title: str, width: float = 11.0, height: float = 4.2) -> tuple[DescribedFigure, Axes]:
    fig = DescribedFigure(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.set_xlabel("time since sampling started (s)")
    ax.grid(alpha=0.3)
    return fig, ax
