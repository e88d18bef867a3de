"""Figures of results: memory, threads and progress over time, and sweeps.

Every function takes results (or traces) and returns a
:class:`matplotlib.figure.Figure`.  None of them runs an experiment or calls
``plt.show()``; figures are built without pyplot, so they hold no global
state and a notebook shows each exactly once.
"""

from __future__ import annotations

import io
from typing import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .budget import MIB
from .cluster import ClusterResult
from .downstream import ReceiverStats
from .experiment import RunResult
from .sampler import Trace

__all__ = ["plot_memory", "plot_threads", "plot_progress", "plot_overview", "plot_sweep", "plot_worker_memory",
           "plot_downstream", "plot_goodput", "LiveMemoryPlot"]

# One colour per strategy, the same in every figure of the course.  The two
# asyncio fixes often draw the same line, so they also differ in line style.
_COLOURS = {"thread-per-task": "#d62728", "worker-pool": "#1f77b4", "thread-pool-executor": "#ff7f0e",
            "asyncio-gather": "#9467bd", "asyncio-semaphore": "#2ca02c", "asyncio-queue": "#8c564b"}
_STRATEGY_LINESTYLES = {"asyncio-queue": "--"}
# A second or third run of a strategy in one figure: colours no strategy uses.
_REPEAT_COLOURS = ("#e377c2", "#17becf", "#7f7f7f", "#bcbd22")
_BUDGET_COLOUR = "#444444"
_STARTUP_COLOUR = "#dddddd"


def _results(results: RunResult | Sequence[RunResult]) -> list[RunResult]:
    items = [results] if isinstance(results, RunResult) else list(results)
    if not items:
        raise ValueError("nothing to plot: pass at least one RunResult")
    for item in items:
        if not isinstance(item, RunResult):
            raise TypeError(f"expected RunResult objects, got {type(item).__name__}")
    return items


_LINESTYLES = ("-", "--", ":", "-.")


def _styles(results: list[RunResult]) -> list[dict]:
    # A strategy keeps its colour in every figure of the course.  A second run
    # of the same strategy in one figure (a leak and its fix on the same
    # executor) gets a colour of its own and another line style, so that
    # neither colour nor line alone has to tell them apart.
    # A strategy of your own (a function, named after it) has no colour of its
    # own either: it takes the next spare one, never a built-in strategy's.
    seen: dict[str, int] = {}
    spare = 0
    styles = []
    for r in results:
        repeat = seen.get(r.strategy, 0)
        seen[r.strategy] = repeat + 1
        if repeat == 0 and r.strategy in _COLOURS:
            styles.append({"color": _COLOURS[r.strategy], "linestyle": _STRATEGY_LINESTYLES.get(r.strategy, "-")})
        else:
            # A line style of its own too: two runs that behave alike draw one
            # on top of the other, and only the style shows both are there.
            styles.append({"color": _REPEAT_COLOURS[spare % len(_REPEAT_COLOURS)],
                           "linestyle": _LINESTYLES[(repeat or spare) % len(_LINESTYLES)]})
            spare += 1
    return styles


def _offset(r: RunResult) -> float:
    # Lab runs are drawn from their first task (t = 0), so that runs whose
    # children started up at different speeds line up, and the kill's time on
    # the figure is the time the work had run (RunResult.killed_after_start_s).
    return r.started_at_s or 0.0


def _times(r: RunResult) -> list[float]:
    return [t - _offset(r) for t in r.trace.column("t_s")]


def _draw_startup(ax: Axes, results: list[RunResult], label: bool) -> None:
    # Before its first task a lab child starts its interpreter, imports and
    # calibrates: a flat stretch that a reader should not take for the
    # experiment.  It is drawn before t = 0, shaded.
    starts = [r.started_at_s for r in results if r.started_at_s]
    if starts:
        ax.axvspan(-max(starts), 0, color=_STARTUP_COLOUR, alpha=0.6, linewidth=0,
                   label="child process starting up (before the first task)" if label else None)


def _draw_memory(ax: Axes, results: list[RunResult], budget_mib: float | None) -> None:
    _draw_startup(ax, results, label=True)
    for r, style in zip(results, _styles(results), strict=True):
        ax.plot(_times(r), r.trace.rss_mib(), **style, label=f"{r.label}: {r.outcome}")
        if r.killed_at_s is not None and r.killed_rss_bytes is not None:
            killed_s = r.killed_at_s - _offset(r)
            ax.plot(killed_s, r.killed_rss_bytes / MIB, "X", color=style["color"], markersize=12,
                    markeredgecolor="black", label=f"SIGKILL {killed_s:.2f} s after the first task")
    budgets = {r.budget_bytes for r in results if r.budget_bytes}
    if budget_mib is None and len(budgets) == 1:
        budget_mib = budgets.pop() / MIB
    if budget_mib is not None:
        ax.axhline(budget_mib, color=_BUDGET_COLOUR, linestyle="--", linewidth=1.2,
                   label=f"memory budget ({budget_mib:.0f} MiB)")
    ax.set_ylabel("resident memory, RSS (MiB)")
    ax.set_ylim(bottom=0)
    ax.legend(loc="best", fontsize="small")


def _draw_column(ax: Axes, results: list[RunResult], column: str, ylabel: str, startup_label: bool = True) -> None:
    _draw_startup(ax, results, label=startup_label)
    for r, style in zip(results, _styles(results), strict=True):
        ax.plot(_times(r), r.trace.column(column), **style, label=r.label)
    ax.set_ylabel(ylabel)
    ax.set_ylim(0, max(1.0, ax.get_ylim()[1]))  # a count of nothing yet still has whole ticks
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 1.5 threads
    ax.legend(loc="best", fontsize="small")


def _time_label(results: list[RunResult]) -> str:
    if results and all(r.started_at_s is not None for r in results):
        return "time since the run's first task (s); before 0, the lab's child process starts up"
    return "time since sampling started (s)"


def _single(title: str, width: float = 8.0, height: float = 4.2) -> tuple[Figure, Axes]:
    fig = Figure(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.set_xlabel("time since sampling started (s)")
    ax.grid(alpha=0.3)
    return fig, ax


def plot_memory(results: RunResult | Sequence[RunResult], budget_mib: float | None = None,
                title: str = "Resident memory over time") -> Figure:
    """Return a figure of each run's resident memory (MiB) over time (s).

    Draws the memory budget as a dashed line (taken from the results when
    they share one) and marks each kill with an X.
    """
    items = _results(results)
    fig, ax = _single(title)
    _draw_memory(ax, items, budget_mib)
    ax.set_xlabel(_time_label(items))
    return fig


def plot_threads(results: RunResult | Sequence[RunResult], title: str = "Operating-system threads over time") -> Figure:
    """Return a figure of each run's OS thread count over time (s)."""
    items = _results(results)
    fig, ax = _single(title)
    _draw_column(ax, items, "threads", "OS threads in the process (count)")
    ax.set_xlabel(_time_label(items))
    return fig


def plot_progress(results: RunResult | Sequence[RunResult], title: str = "Tasks done over time") -> Figure:
    """Return a figure of each run's tasks done (cumulative count) over time (s)."""
    items = _results(results)
    fig, ax = _single(title)
    _draw_column(ax, items, "tasks_done", "tasks done (batches sent, count)")
    ax.set_xlabel(_time_label(items))
    return fig


def plot_overview(results: RunResult | Sequence[RunResult], budget_mib: float | None = None,
                  title: str = "Thread per task against a worker pool") -> Figure:
    """Return one figure with memory, threads and tasks done over time, stacked."""
    items = _results(results)
    fig = Figure(figsize=(8.0, 9.0), layout="constrained")
    mem, threads, done = fig.subplots(3, 1, sharex=True)
    fig.suptitle(title)
    _draw_memory(mem, items, budget_mib)
    mem.set_title("Resident memory")
    # The start-up shading is named once, in the memory panel's legend.
    _draw_column(threads, items, "threads", "OS threads in the process (count)", startup_label=False)
    threads.set_title("Threads")
    _draw_column(done, items, "tasks_done", "tasks done (batches sent, count)", startup_label=False)
    done.set_title("Progress")
    done.set_xlabel(_time_label(items))
    for ax in (mem, threads, done):
        ax.grid(alpha=0.3)
    return fig


def plot_sweep(results: Sequence[RunResult], task_s: float, budget_mib: float | None = None,
               title: str = "Sizing a worker pool") -> Figure:
    """Return a figure of throughput and peak memory against ``max_workers``.

    The left panel draws Little's law, ``throughput = workers / task_s``, as
    the ideal; ``task_s`` is the time one task takes on its own, in seconds
    (:attr:`MessageWorkload.task_s`).  The right panel draws the peak
    resident memory of each run and the budget.  Runs that did not complete
    are marked with an X (on the axis, in the throughput panel).  Both
    axes are linear, so Little's law is a straight line through the origin.
    """
    items = sorted(_results(results), key=lambda r: r.max_workers or 0)
    if any(r.max_workers is None for r in items):
        raise ValueError("every result in a sweep needs max_workers (thread-per-task has none)")
    if not task_s > 0:
        raise ValueError(f"task_s must be greater than 0 seconds, got {task_s}")
    workers = [r.max_workers or 0 for r in items]  # none is None: checked above
    fig = Figure(figsize=(11.0, 4.4), layout="constrained")
    speed, memory = fig.subplots(1, 2)
    fig.suptitle(title)

    ideal = [w / task_s for w in workers]
    speed.plot(workers, ideal, "--", color=_BUDGET_COLOUR, label=f"Little's law: workers / {task_s:.2f} s")
    # A run that did not finish has no throughput to speak of: it is marked
    # on the axis, not joined to the line as if it had been slow.
    completed = [r for r in items if r.outcome == "completed"]
    failed = [r for r in items if r.outcome != "completed"]
    speed.plot([r.max_workers for r in completed], [r.tasks_per_s for r in completed], "o-",
               color=_COLOURS["worker-pool"], label="measured")
    speed.set_ylabel("throughput (tasks/s)")
    speed.set_title("Throughput")

    memory.plot([r.max_workers for r in completed], [r.peak_rss_mib for r in completed], "o-",
                color=_COLOURS["worker-pool"], label="peak RSS")
    budgets = {r.budget_bytes for r in items if r.budget_bytes}
    if budget_mib is None and len(budgets) == 1:
        budget_mib = budgets.pop() / MIB
    if budget_mib is not None:
        memory.axhline(budget_mib, color=_BUDGET_COLOUR, linestyle="--", label=f"memory budget ({budget_mib:.0f} MiB)")
    memory.set_ylabel("peak resident memory (MiB)")
    memory.set_title("Peak memory")

    for r in failed:
        first = r is failed[0]
        speed.plot(r.max_workers, 0, "X", color="black", markersize=10, clip_on=False,
                   label=f"{r.outcome} (no throughput)" if first else None)
        memory.plot(r.max_workers, r.peak_rss_mib, "X", color="black", markersize=10,
                    label=r.outcome if first else None)
    for ax in (speed, memory):
        # Linear axes: Little's law (workers / latency) and the memory rule
        # (baseline + workers x payload) are then the straight lines they are;
        # a log x axis would bend both.
        ax.set_xlim(left=0)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("max_workers (threads in the pool)")
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        ax.legend(loc="best", fontsize="small")
    return fig


def _runs_and_stats(results: Sequence[RunResult], stats: Sequence[ReceiverStats],
                    labels: Sequence[str] | None) -> tuple[list[RunResult], list[ReceiverStats], list[str]]:
    items = _results(results)
    stats = list(stats)
    if len(stats) != len(items) or not all(isinstance(s, ReceiverStats) for s in stats):
        raise ValueError(f"pass one ReceiverStats per result: got {len(items)} results and {len(stats)} stats")
    names = [r.label for r in items] if labels is None else list(labels)
    if len(names) != len(items):
        raise ValueError(f"pass one label per result: got {len(items)} results and {len(names)} labels")
    return items, stats, names


def plot_downstream(results: Sequence[RunResult], stats: Sequence[ReceiverStats],
                    labels: Sequence[str] | None = None,
                    title: str = "The sender's memory, and what the receiver counted") -> Figure:
    """Return a figure of runs against a :class:`~pool_lab.Receiver`, one line per run in each panel.

    Left: the sender's resident memory (MiB) over time.  Middle: the
    distinct messages the receiver delivered (count) over time, beside the
    most it can deliver, ``capacity / service_time_s`` per second.  Right:
    its 503 answers (cumulative count).  ``stats[i]`` is the receiver's
    :class:`~pool_lab.ReceiverStats` of ``results[i]``, with its timeline
    (``receiver.stats(timeline=True)``); ``labels`` name the runs (default:
    each result's label).  The receiver's clock starts at its first request.
    """
    items, stats, names = _runs_and_stats(results, stats, labels)
    fig = Figure(figsize=(13.0, 4.4), layout="constrained")
    memory, delivered, rejected = fig.subplots(1, 3)
    fig.suptitle(title)
    longest = 0.0
    for i, (r, s, name) in enumerate(zip(items, stats, names, strict=True)):
        colour = f"C{i}"
        memory.plot(r.trace.column("t_s"), r.trace.rss_mib(), color=colour, label=name)
        times = [row[0] for row in s.timeline]
        delivered.plot(times, [row[3] for row in s.timeline], color=colour, label=name)
        rejected.plot(times, [row[4] for row in s.timeline], color=colour, label=name)
        longest = max([longest, *times])
    best = stats[0].capacity_per_s
    # The ideal stops where the largest run ends, so it does not set the scale.
    most = max((row[3] for s in stats for row in s.timeline), default=0)
    end = min(longest, most / best) if most else longest
    delivered.plot([0, end], [0, best * end], "--", color=_BUDGET_COLOUR,
                   label=f"capacity / service time = {best:g} messages/s")
    memory.set(title="Sender: resident memory", ylabel="resident memory, RSS (MiB)",
               xlabel="time since the sender started (s)")
    delivered.set(title="Receiver: messages delivered", ylabel="distinct messages delivered (count)",
                  xlabel="time since the receiver's first request (s)")
    rejected.set(title="Receiver: 503 answers", ylabel="requests refused with 503 (cumulative count)",
                 xlabel="time since the receiver's first request (s)")
    for ax in (memory, delivered, rejected):
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        ax.legend(loc="best", fontsize="small")
    return fig


def plot_goodput(results: Sequence[RunResult], stats: Sequence[ReceiverStats],
                 labels: Sequence[str] | None = None,
                 title: str = "Goodput and peak memory, run by run") -> Figure:
    """Return a bar chart of each run's goodput (messages/s) and the sender's peak memory (MiB).

    Goodput is what the receiver counted: distinct messages delivered per
    second, from its first request to its last delivery.  The dashed line is
    the most it can deliver, ``capacity / service_time_s``.  Each goodput bar
    is annotated with the messages, duplicates and 503s the receiver counted.
    """
    items, stats, names = _runs_and_stats(results, stats, labels)
    fig = Figure(figsize=(12.0, 4.4), layout="constrained")
    goodput, memory = fig.subplots(1, 2)
    fig.suptitle(title)
    positions = range(len(items))
    colours = [f"C{i}" for i in positions]
    goodput.bar(positions, [s.goodput_per_s for s in stats], color=colours)
    goodput.axhline(stats[0].capacity_per_s, color=_BUDGET_COLOUR, linestyle="--",
                    label=f"capacity / service time = {stats[0].capacity_per_s:g} messages/s")
    goodput.set(title="Goodput, as the receiver counted it", ylabel="goodput (distinct messages delivered/s)")
    goodput.set_ylim(0, 1.25 * max(stats[0].capacity_per_s, *(s.goodput_per_s for s in stats)))
    goodput.legend(loc="upper right", fontsize="small")
    memory.bar(positions, [r.peak_rss_mib for r in items], color=colours)
    memory.set(title="Sender: peak resident memory", ylabel="peak resident memory, RSS (MiB)")
    # What the receiver counted goes under each run's name: the goodput alone
    # would hide a run that was fast because it lost messages.
    ticks = [f"{name}\n{s.messages} delivered, {s.duplicates} duplicates\n{s.rejected} × 503"
             for name, s in zip(names, stats, strict=True)]
    for ax in (goodput, memory):
        ax.set_xticks(list(positions), ticks, fontsize="small")
        ax.grid(alpha=0.3, axis="y")
    return fig


def plot_worker_memory(results: ClusterResult | Sequence[ClusterResult],
                       title: str = "Dask worker memory over time") -> Figure:
    """Return a figure of every worker process's resident memory (MiB) over time (s).

    One panel per :class:`~pool_lab.cluster.ClusterResult`, side by side on
    one memory scale.  Each worker keeps its colour; a process that replaced
    a killed one is dashed, and each killed process ends with an X.  The
    dashed grey line is the worker memory limit, the dotted one the
    fraction of it at which the nanny kills.
    """
    items = [results] if isinstance(results, ClusterResult) else list(results)
    if not items or not all(isinstance(r, ClusterResult) for r in items):
        raise TypeError("expected one or more ClusterResult objects")
    fig = Figure(figsize=(5.5 * len(items), 5.6), layout="constrained")
    axes = fig.subplots(1, len(items), sharey=True, squeeze=False)[0]
    if len(items) > 1:
        fig.suptitle(title)
    for ax, r in zip(axes, items, strict=True):
        # Traces come in the order their processes appeared; a worker's label
        # names its slot ("worker 0"), then the restart ("worker 0, restart 1").
        slot = [t.label.split(",")[0] for t in r.traces]
        for i, t in enumerate(r.traces):
            colour = f"C{sorted(set(slot)).index(slot[i])}"
            ax.plot(t.column("t_s"), t.rss_mib(), color=colour, label=t.label,
                    linestyle="--" if slot[i] in slot[:i] else "-")
            if slot[i] in slot[i + 1:] and len(t):  # a later process took its place: this one was killed
                ax.plot(t.samples[-1].t_s, t.samples[-1].rss_mib, "X", color=colour, markersize=11,
                        markeredgecolor="black")
        limit_mib = r.memory_limit_bytes / MIB
        ax.axhline(limit_mib, color=_BUDGET_COLOUR, linestyle="--", linewidth=1.2,
                   label=f"memory_limit ({limit_mib:.0f} MiB)")
        ax.axhline(limit_mib * r.terminate_fraction, color=_BUDGET_COLOUR, linestyle=":", linewidth=1.2,
                   label=f"nanny kills at {r.terminate_fraction:.0%}")
        # One panel: its title is the figure's, with the outcome (no second title).
        ax.set_title(f"{r.label}: {r.outcome}" if len(items) > 1 else f"{title} ({r.outcome})")
        ax.set_xlabel("time since the run started (s)")
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        # Below the panel: inside, the legend would hide the kills near the limit.
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, fontsize="small")
    axes[0].set_ylabel("worker resident memory, RSS (MiB)")
    return fig


class LiveMemoryPlot:
    """A memory plot in a notebook that redraws as a run's trace grows.

    Pass it as ``on_update`` to :func:`pool_lab.run_lab`; then call
    :meth:`finish` with the result to draw the final figure in its place.

    >>> live = LiveMemoryPlot(budget_mib=256)           # doctest: +SKIP
    >>> result = run_lab(exp, 256, on_update=live)      # doctest: +SKIP
    >>> live.finish(result)                             # doctest: +SKIP
    """

    def __init__(self, budget_mib: float | None = None, title: str = "Resident memory over time (live)") -> None:
        self.budget_mib = budget_mib
        self.title = title
        self._handle = None

    def _show(self, fig: Figure) -> None:
        from IPython.display import Image, display  # only notebooks draw live

        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=80)
        image = Image(data=buffer.getvalue())
        if self._handle is None:
            self._handle = display(image, display_id=True)
        else:
            self._handle.update(image)

    def __call__(self, trace: Trace) -> None:
        """Redraw with the samples so far."""
        fig, ax = _single(self.title)
        ax.plot(trace.column("t_s"), trace.rss_mib(), color=_COLOURS.get(trace.label, "C0"),
                label=f"{trace.label}: running, {trace.tasks_done} tasks done")
        if self.budget_mib is not None:
            ax.axhline(self.budget_mib, color=_BUDGET_COLOUR, linestyle="--",
                       label=f"memory budget ({self.budget_mib:.0f} MiB)")
        ax.set_ylabel("resident memory, RSS (MiB)")
        ax.set_ylim(0, max(self.budget_mib or 0, trace.peak_rss_mib) * 1.1 or None)
        ax.legend(loc="center left", fontsize="small")
        self._show(fig)

    def finish(self, result: RunResult, title: str = "Resident memory over time") -> None:
        """Replace the live drawing with the final memory figure (:func:`plot_memory`)."""
        self._show(plot_memory(result, self.budget_mib, title))
