"""Figures of results: memory, threads and progress over time, and sweeps.

Every function takes results (or traces) and returns a
:class:`DescribedFigure`, a :class:`matplotlib.figure.Figure` that also
carries a description of what it shows, in words, made from the data it drew.
None of them runs an experiment or calls ``plt.show()``; figures are built
without pyplot, so they hold no global state and a notebook shows each
exactly once.

A cell whose last line is a plot (or that passes one to ``display``) shows
the image with the description as its alt text, and prints the description
under it, so it reaches a reader who cannot see the figure in JupyterLab
(which does not read alt text from an output) as well as in a static render.

Every line of a figure differs from every other in line style or marker as
well as in colour, and the colours stay apart for readers with any of the
three kinds of colour blindness (``tests/test_figures.py`` checks both).

This module does *not* cover figures a notebook draws itself: make one a
:class:`DescribedFigure` and give it a ``description`` to get the same.
"""

from __future__ import annotations

import io
import itertools
import math
import statistics
import textwrap
from dataclasses import dataclass
from typing import Any, Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .budget import MIB
from .cluster import ClusterResult
from .downstream import ReceiverStats
from .experiment import RunResult
from .sampler import Trace
from .workload import MessageWorkload

__all__ = ["DescribedFigure", "plot_memory", "plot_threads", "plot_progress", "plot_overview", "plot_sweep",
           "plot_worker_memory", "plot_downstream", "plot_goodput", "LiveMemoryPlot"]

# The colours of runs, in the order a figure hands them out.  Chosen so that
# every pair, and every pair with the greys below, stays apart under normal
# vision and simulated deuteranopia, protanopia and tritanopia, and each has
# at least 3:1 contrast on white (tests/test_figures.py says how far, and why
# that far).  Thread-per-task is always the red and the worker pool the blue,
# as the chapters' prose calls them; every other run takes the first colour
# not yet used in its figure.
_RUN_COLOURS = ("#aa1100", "#4400ff", "#0099ee", "#889944", "#cc7799", "#994488")
_OWN_COLOURS = {"thread-per-task": 0, "worker-pool": 1}
# Lines that are not runs.  Dashed grey is a limit (a budget, a capacity);
# dotted black a law drawn from a formula (Little's law, the memory rule).
_LIMIT_COLOUR = "#444444"
_LAW_COLOUR = "#000000"
_STARTUP_COLOUR = "#dddddd"
_LIMIT_STYLE: dict[str, Any] = {"color": _LIMIT_COLOUR, "linestyle": "--", "linewidth": 1.2}
# A law is drawn above the runs it fits, so a run that follows it exactly does not hide it.
_LAW_STYLE: dict[str, Any] = {"color": _LAW_COLOUR, "linestyle": ":", "linewidth": 1.4, "zorder": 2.5}
# The n-th run of a figure: a line style and a marker of its own, never the
# limits' dashes.  Its line is thinner than the one before and drawn above
# it, and its markers start a little further along, so a run that lies on
# top of another still shows (the window run of notebook 4 did not).
_RUN_LINESTYLES: tuple[Any, ...] = ("-", (0, (6, 2, 1, 2)), (0, (1, 1.5)), (0, (6, 2, 1, 2, 1, 2)),
                                    (0, (3, 1.2)), (0, (10, 2)))
_RUN_MARKERS = ("o", "s", "^", "D", "v", "P")
_MARKER_STEP = 0.09  # a marker about every 9% of the axes' diagonal: enough to see, too few to hide the style
# Readings are shown as dots where they are far enough apart to see one by
# one: at 1/120 of the time shown, about 5 pixels.  Closer, the line is
# nothing but readings.
_DOTS_BELOW = 120
_DOT_STYLE: dict[str, Any] = {"linestyle": "none", "marker": "o", "markersize": 2.6, "color": _LAW_COLOUR}


def _words(n: int, unit: str, units: str = "") -> str:
    """Return a count in words: ``1 worker``, ``8 workers``, ``2 batches`` (with ``units``)."""
    return f"{n} {unit if n == 1 else units or unit + 's'}"


class DescribedFigure(Figure):
    """A :class:`matplotlib.figure.Figure` that carries a description of what it shows.

    ``description`` says in words what is plotted and how each line ends, for
    a reader who cannot see the figure.  In a notebook, a cell that ends with
    the figure, or passes it to ``display``, shows the image with the
    description as its alt text (``metadata["image/png"]["alt"]``, which a
    static HTML render with nbconvert's classic template puts on the
    ``<img>``) and prints the description under it: JupyterLab does not read
    alt text from an output, so the printed line is what its screen reader
    reads.  Every plot function of :mod:`pool_lab.plots` returns one; make one
    yourself for a figure of your own:

    >>> fig = DescribedFigure(figsize=(4, 3))
    >>> ax = fig.add_subplot(title="Two numbers")
    >>> bars = ax.bar(["a", "b"], [1, 2])
    >>> fig.description = "Two bars: a is 1, b is 2."
    >>> fig.caption
    'Figure: Two bars: a is 1, b is 2.'
    """

    def __init__(self, *args: Any, description: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.description = description

    @property
    def caption(self) -> str:
        """Return the line printed under the figure in a notebook ("" without a description)."""
        return f"Figure: {self.description}" if self.description else ""

    def _ipython_display_(self) -> None:
        # IPython calls this before any formatter.  A Figure subclass cannot
        # rely on _repr_png_: the inline backend registers a printer for
        # Figure, which IPython finds (through the class's MRO) before it
        # looks for the method.  So the image comes from those printers, as
        # for any Figure (%config InlineBackend: retina, svg, still applies),
        # and the description goes into every image's metadata.
        from IPython.core.getipython import get_ipython
        from IPython.display import display

        shell = get_ipython()
        display_formatter = shell.display_formatter if shell is not None else None
        formatters = display_formatter.formatters if display_formatter is not None else {}
        data: dict[str, Any] = {}
        metadata: dict[str, dict[str, Any]] = {}
        for mime, formatter in formatters.items():
            if mime != "text/plain" and type(self) not in formatter:
                continue
            out = formatter(self)
            if isinstance(out, tuple) and len(out) == 2:  # (data, metadata), as retina's printer returns
                out, metadata[mime] = out[0], dict(out[1])
            if out is not None:
                data[mime] = out
        if not any(mime.startswith("image/") for mime in data):  # no printer registered: no inline backend
            buffer = io.BytesIO()
            self.savefig(buffer, format="png", bbox_inches="tight")
            data["image/png"] = buffer.getvalue()
        for mime in data:
            if mime.startswith("image/") and self.description:
                metadata.setdefault(mime, {})["alt"] = self.description
        display(data, metadata=metadata, raw=True)
        self._print_caption()

    def _print_caption(self) -> None:
        # Wrapped between words: a notebook wraps a long printed line wherever it reaches the edge.
        if self.caption:
            print(textwrap.fill(self.caption, width=100))


# Runs: how each is drawn, and how each is told in words -------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    colour: str
    linestyle: Any
    marker: str
    linewidth: float
    zorder: float
    phase: float

    def line(self) -> dict[str, Any]:
        return {"color": self.colour, "linestyle": self.linestyle, "linewidth": self.linewidth,
                "marker": self.marker, "markersize": 5.5, "markeredgecolor": "white", "markeredgewidth": 0.6,
                "markevery": (self.phase, _MARKER_STEP), "zorder": self.zorder}


def _styles(names: Sequence[str]) -> list[_Style]:
    """Return one style per run of a figure, in order, for runs of these strategies (names).

    The first thread-per-task run is red and the first worker-pool run blue;
    every other run takes the next spare colour.  The n-th run gets the n-th
    line style and marker.
    """
    spares = itertools.cycle([c for c in range(len(_RUN_COLOURS)) if c not in _OWN_COLOURS.values()])
    colours: list[int] = []
    for name in names:
        own = _OWN_COLOURS.get(name)
        colours.append(own if own is not None and own not in colours else next(spares))
    n = len(_RUN_LINESTYLES)
    return [_Style(_RUN_COLOURS[c], _RUN_LINESTYLES[i % n], _RUN_MARKERS[i % n], linewidth=max(1.1, 2.2 - 0.35 * i),
                   zorder=2.0 + 0.1 * i, phase=0.02 * (i % n))
            for i, c in enumerate(colours)]


def _results(results: RunResult | Sequence[RunResult]) -> list[RunResult]:
    items = [results] if isinstance(results, RunResult) else list(results)
    if not items:
        raise ValueError("nothing to plot: pass at least one RunResult")
    for item in items:
        if not isinstance(item, RunResult):
            raise TypeError(f"expected RunResult objects, got {type(item).__name__}")
    return items


def _offset(r: RunResult) -> float:
    # Lab runs are drawn from their first task (t = 0), so that runs whose
    # children started up at different speeds line up, and the kill's time on
    # the figure is the time the work had run (RunResult.killed_after_start_s).
    return r.started_at_s or 0.0


def _times(r: RunResult) -> list[float]:
    return [t - _offset(r) for t in r.trace.column("t_s")]


def _on_lab_clock(results: Sequence[RunResult]) -> bool:
    return bool(results) and all(r.started_at_s is not None for r in results)


def _time_label(results: Sequence[RunResult]) -> str:
    if _on_lab_clock(results):
        return "time since the run's first task (s); before 0, the lab's child process starts up"
    return "time since sampling started (s)"


def _time_words(results: Sequence[RunResult]) -> str:
    return "time (s) from the first task" if _on_lab_clock(results) else "time (s) since sampling started"


def _draw_startup(ax: Axes, results: list[RunResult], label: bool) -> bool:
    # Before its first task a lab child starts its interpreter, imports and
    # calibrates: a flat stretch that a reader should not take for the
    # experiment.  It is drawn before t = 0, shaded.
    starts = [r.started_at_s for r in results if r.started_at_s]
    if starts:
        ax.axvspan(-max(starts), 0, color=_STARTUP_COLOUR, alpha=0.6, linewidth=0, zorder=0,
                   label="child process starting up (before the first task)" if label else None)
    return bool(starts)


def _draw_runs(ax: Axes, results: list[RunResult], values: list[list[float]], labels: list[str]) -> bool:
    """Draw one line per run; return whether its readings were drawn as dots."""
    times = [_times(r) for r in results]
    shown = [t for ts in times for t in ts]
    span = (max(shown) - min(shown)) if shown else 0.0
    dots = False
    for ts, ys, label, style in zip(times, values, labels, _styles([r.strategy for r in results]), strict=True):
        ax.plot(ts, ys, label=label, **style.line())
        gaps = [b - a for a, b in itertools.pairwise(ts)]
        if gaps and span and statistics.median(gaps) >= span / _DOTS_BELOW:
            ax.plot(ts, ys, **_DOT_STYLE, zorder=style.zorder + 0.05)
            dots = True
    if dots:  # one legend entry says what a dot is
        ax.plot([], [], **_DOT_STYLE, label="a dot per reading")
    return dots


def _draw_kills(ax: Axes, results: list[RunResult]) -> None:
    for r, style in zip(results, _styles([r.strategy for r in results]), strict=True):
        if r.killed_at_s is not None and r.killed_rss_bytes is not None:
            killed_s = r.killed_at_s - _offset(r)
            ax.plot(killed_s, r.killed_rss_bytes / MIB, "X", color=style.colour, markersize=12,
                    markeredgecolor="black", zorder=5, label=f"SIGKILL {killed_s:.2f} s after the first task")


def _budget_mib(results: Sequence[RunResult], budget_mib: float | None) -> float | None:
    budgets = {r.budget_bytes for r in results if r.budget_bytes}
    if budget_mib is None and len(budgets) == 1:
        return budgets.pop() / MIB
    return budget_mib


def _draw_memory(ax: Axes, results: list[RunResult], budget_mib: float | None) -> tuple[float | None, bool]:
    _draw_startup(ax, results, label=True)
    dots = _draw_runs(ax, results, [r.trace.rss_mib() for r in results],
                      [f"{r.label}: {r.outcome}" for r in results])
    _draw_kills(ax, results)
    budget_mib = _budget_mib(results, budget_mib)
    if budget_mib is not None:
        ax.axhline(budget_mib, **_LIMIT_STYLE, label=f"memory budget ({budget_mib:.0f} MiB)")
    ax.set_ylabel("resident memory, RSS (MiB)")
    ax.set_ylim(bottom=0)
    ax.legend(loc="best", fontsize="small")
    return budget_mib, dots


def _draw_column(ax: Axes, results: list[RunResult], column: str, ylabel: str, startup_label: bool = True) -> bool:
    _draw_startup(ax, results, label=startup_label)
    dots = _draw_runs(ax, results, [r.trace.column(column) for r in results], [r.label for r in results])
    ax.set_ylabel(ylabel)
    ax.set_ylim(0, max(1.0, ax.get_ylim()[1]))  # a count of nothing yet still has whole ticks
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 1.5 threads
    ax.legend(loc="best", fontsize="small")
    return dots


def _single(title: str, width: float = 8.0, height: float = 4.2) -> tuple[DescribedFigure, Axes]:
    fig = DescribedFigure(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.set_xlabel("time since sampling started (s)")
    ax.grid(alpha=0.3)
    return fig, ax


# Words ----------------------------------------------------------------------------------------------------------


def _memory_words(r: RunResult) -> str:
    """Return how a run's memory went, e.g. 'climbs to 258 MiB and is killed at 0.21 s'."""
    if r.killed_at_s is not None and r.killed_rss_bytes is not None:
        return (f"climbs to {r.killed_rss_bytes / MIB:.0f} MiB and is killed at "
                f"{r.killed_at_s - _offset(r):.2f} s")
    working = [s.rss_mib for s in r.trace if s.t_s >= _offset(r)] or r.trace.rss_mib()
    if not working:
        return "has no readings"
    typical = statistics.median(working)
    # Flat: most readings close to the typical one, as a pool's are.  A run
    # that climbs and steps down again only spends a while near its median.
    near = sum(abs(mib - typical) <= 0.1 * typical for mib in working)
    if r.peak_rss_mib <= 1.15 * typical and near >= 0.8 * len(working):
        shape = f"stays near {typical:.0f} MiB"
    else:
        peak = max(r.trace, key=lambda s: s.rss_bytes)
        shape = f"rises to {r.peak_rss_mib:.0f} MiB at {peak.t_s - _offset(r):.2f} s"
    return f"{shape} and {_ending(r)}"


def _ending(r: RunResult) -> str:
    """Return how a run ended, e.g. 'completes all 200 batches in 12.59 s'."""
    if r.outcome == "completed":
        return f"completes all {_words(r.tasks_total, 'batch', 'batches')} in {r.elapsed_s:.2f} s"
    ended = {"oom-killed": "is killed", "failed": "fails"}.get(r.outcome, f"ends {r.outcome}")
    return f"{ended} after {r.tasks_done} of {r.tasks_total} batches"


def _readings_words(results: Sequence[RunResult], dots: bool) -> str:
    """Return what a reader should know of the readings: the dots, and the longest gap if it shows."""
    words = ["Dots mark the readings."] if dots else []
    gaps = [(b - a, a, r) for r in results for a, b in itertools.pairwise(_times(r))]
    shown = [t for r in results for t in _times(r)]
    if len(gaps) > 2:
        usual = statistics.median(g for g, _, _ in gaps)
        longest, at, r = max(gaps, key=lambda gap: gap[0])
        # A gap shows as a straight stretch when it is several readings long
        # and a visible share (2%) of the time drawn.
        if longest > 3 * usual and longest > 0.02 * (max(shown) - min(shown)):
            words.append(f"The longest gap between readings: {longest:.2f} s from {at:.2f} s in {r.label}; "
                         "a straight stretch there is a gap, not a plateau.")
    return " ".join(words)


def _references(budget_mib: float | None, startup: bool) -> str:
    words = []
    if budget_mib is not None:
        words.append(f"Dashed line: the {budget_mib:.0f} MiB budget.")
    if startup:
        words.append("Grey band before 0: the lab's child process starting up.")
    return " ".join(words)


def _sentences(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _joined(parts: Sequence[str]) -> str:
    return "; ".join(parts)


# Time plots -----------------------------------------------------------------------------------------------------


def plot_memory(results: RunResult | Sequence[RunResult], budget_mib: float | None = None,
                title: str = "Resident memory over time") -> DescribedFigure:
    """Return a figure of each run's resident memory (MiB) over time (s).

    Draws the memory budget as a dashed line (taken from the results when
    they share one) and marks each kill with an X.  Its ``description`` says
    how each run's memory went.
    """
    items = _results(results)
    fig, ax = _single(title)
    budget_mib, dots = _draw_memory(ax, items, budget_mib)
    ax.set_xlabel(_time_label(items))
    runs = _joined([f"{r.label} {_memory_words(r)}" for r in items])
    fig.description = _sentences(f"{title}. Resident memory (MiB) against {_time_words(items)}: {runs}.",
                                _references(budget_mib, _on_lab_clock(items)), _readings_words(items, dots))
    return fig


def plot_threads(results: RunResult | Sequence[RunResult],
                 title: str = "Operating-system threads over time") -> DescribedFigure:
    """Return a figure of each run's OS thread count over time (s)."""
    items = _results(results)
    fig, ax = _single(title)
    dots = _draw_column(ax, items, "threads", "OS threads in the process (count)")
    ax.set_xlabel(_time_label(items))
    runs = _joined([f"{r.label} peaks at {_words(r.trace.peak_threads, 'thread')} ({r.outcome})" for r in items])
    fig.description = _sentences(f"{title}. OS threads (count) against {_time_words(items)}: {runs}.",
                                _references(None, _on_lab_clock(items)), _readings_words(items, dots))
    return fig


def _progress_words(r: RunResult) -> str:
    return f"{r.label} sends {r.tasks_done} of {r.tasks_total} batches" + (
        f" in {r.elapsed_s:.2f} s" if r.outcome == "completed" else f" before it ends {r.outcome}")


def plot_progress(results: RunResult | Sequence[RunResult], title: str = "Tasks done over time") -> DescribedFigure:
    """Return a figure of each run's tasks done (cumulative count) over time (s)."""
    items = _results(results)
    fig, ax = _single(title)
    dots = _draw_column(ax, items, "tasks_done", "tasks done (batches sent, count)")
    ax.set_xlabel(_time_label(items))
    runs = _joined([_progress_words(r) for r in items])
    fig.description = _sentences(f"{title}. Batches sent (count) against {_time_words(items)}: {runs}.",
                                _references(None, _on_lab_clock(items)), _readings_words(items, dots))
    return fig


def plot_overview(results: RunResult | Sequence[RunResult], budget_mib: float | None = None,
                  title: str = "Thread per task against a worker pool") -> DescribedFigure:
    """Return one figure with memory, threads and tasks done over time, stacked."""
    items = _results(results)
    fig = DescribedFigure(figsize=(8.0, 9.0), layout="constrained")
    mem, threads, done = fig.subplots(3, 1, sharex=True)
    fig.suptitle(title)
    budget_mib, dots = _draw_memory(mem, items, budget_mib)
    mem.set_title("Resident memory")
    # The start-up shading is named once, in the memory panel's legend.
    _draw_column(threads, items, "threads", "OS threads in the process (count)", startup_label=False)
    threads.set_title("Threads")
    _draw_column(done, items, "tasks_done", "tasks done (batches sent, count)", startup_label=False)
    done.set_title("Progress")
    done.set_xlabel(_time_label(items))
    for ax in (mem, threads, done):
        ax.grid(alpha=0.3)
    runs = _joined([f"{r.label} {_memory_words(r)}, with up to {_words(r.trace.peak_threads, 'thread')}"
                    for r in items])
    fig.description = _sentences(
        f"{title}. Three panels on one time axis, {_time_words(items)}: resident memory (MiB), OS threads "
        f"(count) and batches sent (count). {runs}.", _references(budget_mib, _on_lab_clock(items)),
        _readings_words(items, dots))
    return fig


# Sweeps ---------------------------------------------------------------------------------------------------------


def plot_sweep(results: Sequence[RunResult], task_s: float | None = None, budget_mib: float | None = None,
               title: str = "Sizing a worker pool", *, workload: MessageWorkload | None = None) -> DescribedFigure:
    """Return a figure of throughput and peak memory against ``max_workers``.

    Pass the ``workload`` the sweep ran, and both panels get their straight
    lines.  The left panel draws Little's law, ``throughput = workers /
    task_s`` (``task_s`` is :attr:`MessageWorkload.task_s`, the time one task
    takes on its own), and the most its downstream can send,
    :attr:`MessageWorkload.send_ceiling_per_s`: measured throughput follows
    the lower of the two.  The right panel draws each run's peak resident
    memory, the budget, and the memory rule, ``baseline + workers x payload``
    (the baseline is the runs' median memory at their first task).  Runs that
    did not complete are marked with an X (on the axis, in the throughput
    panel).  Both axes are linear, so the laws are straight lines.

    >>> plot_sweep(results, workload=experiment.workload)    # doctest: +SKIP

    Passing ``task_s`` (seconds) instead of the workload, as before, draws
    Little's law alone.
    """
    items = sorted(_results(results), key=lambda r: r.max_workers or 0)
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
    workers = [r.max_workers or 0 for r in items]  # none is None: checked above
    fig = DescribedFigure(figsize=(11.0, 4.4), layout="constrained")
    speed, memory = fig.subplots(1, 2)
    fig.suptitle(title)
    measured = _styles(["worker-pool"])[0].line() | {"markevery": None}
    completed = [r for r in items if r.outcome == "completed"]
    failed = [r for r in items if r.outcome != "completed"]
    top = max(workers)

    speed.plot(workers, [w / task_s for w in workers], **_LAW_STYLE, label=f"Little's law: workers / {task_s:.2f} s")
    ceiling = workload.send_ceiling_per_s if workload is not None else math.inf
    if math.isfinite(ceiling):
        speed.axhline(ceiling, **_LIMIT_STYLE, label=f"downstream's ceiling ({ceiling:g} batches/s)")
    # A run that did not finish has no throughput to speak of: it is marked
    # on the axis, not joined to the line as if it had been slow.
    speed.plot([r.max_workers for r in completed], [r.tasks_per_s for r in completed], **measured, label="measured")
    speed.set_ylabel("throughput (tasks/s)")
    speed.set_title("Throughput")
    fastest = max((r.tasks_per_s for r in completed), default=0.0)
    if math.isfinite(ceiling):
        # Little's line leaves the panel above the ceiling, so the measured
        # points, which cannot pass it, keep the panel's height.
        speed.set_ylim(0, 1.6 * max(ceiling, fastest))

    memory.plot([r.max_workers for r in completed], [r.peak_rss_mib for r in completed], **measured,
                label="peak RSS")
    budget_mib = _budget_mib(items, budget_mib)
    rule = ""
    if workload is not None:
        baseline = statistics.median(r.baseline_rss_mib for r in items)
        payload = workload.payload_bytes_per_task / MIB
        memory.plot([0, top], [baseline, baseline + top * payload], **_LAW_STYLE,
                    label=f"memory rule: {baseline:.0f} MiB + workers x {payload:g} MiB")
        rule = f"; the memory rule, {baseline:.0f} MiB + workers x {payload:g} MiB"
        if budget_mib is not None:
            rule += f", reaches the budget at {(budget_mib - baseline) / payload:.0f} workers"
    if budget_mib is not None:
        memory.axhline(budget_mib, **_LIMIT_STYLE, label=f"memory budget ({budget_mib:.0f} MiB)")
    highest = max([budget_mib or 0.0, *(r.peak_rss_mib for r in items)])
    memory.set_ylim(0, 1.15 * highest)  # the rule may leave the panel past the budget
    memory.set_ylabel("peak resident memory (MiB)")
    memory.set_title("Peak memory")

    for r in failed:
        first = r is failed[0]
        speed.plot(r.max_workers, 0, "X", color=_LAW_COLOUR, markersize=10, clip_on=False, zorder=5,
                   label=f"{r.outcome} (no throughput)" if first else None)
        memory.plot(r.max_workers, r.peak_rss_mib, "X", color=_LAW_COLOUR, markersize=10, zorder=5,
                    label=r.outcome if first else None)
    for ax in (speed, memory):
        # Linear axes: Little's law (workers / latency) and the memory rule
        # (baseline + workers x payload) are then the straight lines they are;
        # a log x axis would bend both.
        ax.set_xlim(left=0)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("max_workers (threads in the pool)")
        ax.grid(alpha=0.3)
        ax.legend(loc="best", fontsize="small")

    def at(r: RunResult, value: str) -> str:
        return f"{value} at {_words(r.max_workers or 0, 'worker')}"

    throughput = (f"measured throughput goes from {at(completed[0], f'{completed[0].tasks_per_s:.1f} tasks/s')} "
                  f"to {at(completed[-1], f'{completed[-1].tasks_per_s:.1f}')}" if completed else "no run completed")
    laws = f"beside Little's law (dotted, workers / {task_s:.2f} s)"
    if math.isfinite(ceiling):
        laws += (f" and the downstream's ceiling (dashed, {ceiling:g} batches/s), which Little's law reaches at "
                 f"{ceiling * task_s:.1f} workers")
    peaks = (f"peak memory goes from {at(completed[0], f'{completed[0].peak_rss_mib:.0f} MiB')} to "
             f"{at(completed[-1], f'{completed[-1].peak_rss_mib:.0f} MiB')}" if completed else "")
    fails = _joined([f"{_words(r.max_workers or 0, 'worker')}: {r.outcome} at {r.peak_rss_mib:.0f} MiB"
                     for r in failed])
    fig.description = _sentences(
        f"{title}. Left, throughput (tasks/s), and right, peak resident memory (MiB), against max_workers "
        f"({min(workers)} to {top}): {throughput}, {laws}.",
        f"{peaks[0].upper() + peaks[1:]}{rule}." if peaks else "",
        f"Dashed line on the right: the {budget_mib:.0f} MiB budget." if budget_mib is not None else "",
        f"Marked X: {fails}." if fails else "")
    return fig


# A real downstream ----------------------------------------------------------------------------------------------


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
                    title: str = "The sender's memory, and what the receiver counted") -> DescribedFigure:
    """Return a figure of runs against a :class:`~pool_lab.Receiver`, one line per run in each panel.

    Left: the sender's resident memory (MiB) over time, on the lab's clock
    (from the sender's first task, its start-up shaded before 0).  Middle:
    the distinct messages the receiver delivered (count) over time, beside
    the most it can deliver, ``capacity / service_time_s`` per second.
    Right: its 503 answers (cumulative count).  The receiver keeps its own
    clock, from its first request, and its axes say so: its first request
    comes a look-up and a render after the sender's first task.
    ``stats[i]`` is the receiver's :class:`~pool_lab.ReceiverStats` of
    ``results[i]``, with its timeline (``receiver.stats(timeline=True)``);
    ``labels`` name the runs (default: each result's label).
    """
    items, stats, names = _runs_and_stats(results, stats, labels)
    fig = DescribedFigure(figsize=(13.0, 4.4 + 0.3 * len(items)), layout="constrained")
    memory, delivered, rejected = fig.subplots(1, 3)
    fig.suptitle(title)
    startup = _draw_startup(memory, items, label=True)
    _draw_runs(memory, items, [r.trace.rss_mib() for r in items], names)
    longest = 0.0
    for s, name, style in zip(stats, names, _styles([r.strategy for r in items]), strict=True):
        times = [row[0] for row in s.timeline]
        delivered.plot(times, [row[3] for row in s.timeline], label=name, **style.line())
        rejected.plot(times, [row[4] for row in s.timeline], label=name, **style.line())
        longest = max([longest, *times])
    best = stats[0].capacity_per_s
    # The ideal stops where the largest run ends, so it does not set the scale.
    most = max((row[3] for s in stats for row in s.timeline), default=0)
    end = min(longest, most / best) if most else longest
    delivered.plot([0, end], [0, best * end], **_LIMIT_STYLE,
                   label=f"capacity / service time = {best:g} messages/s")
    sender_clock = ("time since the sender's first task (s)\nbefore 0, its child process starts up"
                    if _on_lab_clock(items) else "time since sampling started (s)")
    memory.set(title="Sender: resident memory", ylabel="resident memory, RSS (MiB)", xlabel=sender_clock)
    receiver_clock = "time since the receiver's first request (s)\n(the receiver's own clock)"
    delivered.set(title="Receiver: messages delivered", ylabel="distinct messages delivered (count)",
                  xlabel=receiver_clock)
    rejected.set(title="Receiver: 503 answers", ylabel="requests refused with 503 (cumulative count)",
                 xlabel=receiver_clock)
    # One scale of seconds for the three panels, so they can be read side by
    # side; the origins differ by the sender's first look-up and render.
    limits = [ax.get_xlim() for ax in (memory, delivered, rejected)]
    for ax in (memory, delivered, rejected):
        ax.set_xlim(min(lo for lo, _ in limits), max(hi for _, hi in limits))
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        # Below the panel: inside, it hid a line, since the runs climb through every corner.
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.24), fontsize="small")
    runs = _joined([f"{name}: the sender's memory peaks at {r.peak_rss_mib:.0f} MiB ({r.outcome}); the receiver "
                    f"delivers {_words(s.messages, 'distinct message')} in {s.active_s:.2f} s and refuses "
                    f"{s.rejected} requests with 503" for r, s, name in zip(items, stats, names, strict=True)])
    fig.description = _sentences(
        f"{title}. Left, the sender's resident memory (MiB) against {_time_words(items)}; middle and right, "
        f"the distinct messages the receiver delivered and its 503 answers (counts) against time (s) from the "
        f"receiver's first request. {runs}.",
        f"Dashed line: capacity / service time = {best:g} messages/s.",
        "Grey band before 0: the sender's child process starting up." if startup else "")
    return fig


def plot_goodput(results: Sequence[RunResult], stats: Sequence[ReceiverStats],
                 labels: Sequence[str] | None = None,
                 title: str = "Goodput and peak memory, run by run") -> DescribedFigure:
    """Return a bar chart of each run's goodput (messages/s) and the sender's peak memory (MiB).

    Goodput is what the receiver counted: distinct messages delivered per
    second, from its first request to its last delivery.  The dashed line is
    the most it can deliver, ``capacity / service_time_s``.  Each goodput bar
    is annotated with the messages, duplicates and 503s the receiver counted.
    """
    items, stats, names = _runs_and_stats(results, stats, labels)
    fig = DescribedFigure(figsize=(12.0, 4.4), layout="constrained")
    goodput, memory = fig.subplots(1, 2)
    fig.suptitle(title)
    positions = list(range(len(items)))
    # Bars are told apart by their names under them; their colours and
    # hatches are the runs' own, as in every figure.
    styles = _styles([r.strategy for r in items])
    hatches = ["", "//", "..", "xx", "\\\\", "++"]
    bar_style = {"color": [s.colour for s in styles], "hatch": [hatches[i % len(hatches)] for i in positions],
                 "edgecolor": "white"}
    goodput.bar(positions, [s.goodput_per_s for s in stats], **bar_style)
    goodput.axhline(stats[0].capacity_per_s, **_LIMIT_STYLE,
                    label=f"capacity / service time = {stats[0].capacity_per_s:g} messages/s")
    goodput.set(title="Goodput, as the receiver counted it", ylabel="goodput (distinct messages delivered/s)")
    goodput.set_ylim(0, 1.25 * max(stats[0].capacity_per_s, *(s.goodput_per_s for s in stats)))
    goodput.legend(loc="upper right", fontsize="small")
    bars = memory.bar(positions, [r.peak_rss_mib for r in items], **bar_style)
    memory.set(title="Sender: peak resident memory", ylabel="peak resident memory, RSS (MiB)")
    memory.legend(bars, names, loc="upper left", fontsize="small")
    # What the receiver counted goes under each run's name: the goodput alone
    # would hide a run that was fast because it lost messages.
    ticks = [f"{name}\n{s.messages} delivered, {s.duplicates} duplicates\n{s.rejected} × 503"
             for name, s in zip(names, stats, strict=True)]
    for ax in (goodput, memory):
        ax.set_xticks(positions, ticks, fontsize="small")
        ax.set_xlabel("run, with what the receiver counted (messages)")
        ax.grid(alpha=0.3, axis="y")
    runs = _joined([f"{name}: {s.goodput_per_s:.0f} messages/s and {r.peak_rss_mib:.0f} MiB ({s.messages} "
                    f"delivered, {s.duplicates} duplicates, {s.rejected} refused with 503)"
                    for r, s, name in zip(items, stats, names, strict=True)])
    fig.description = (f"{title}. Bars, one per run: goodput (distinct messages delivered/s) on the left, the "
                       f"sender's peak resident memory (MiB) on the right. {runs}. Dashed line: capacity / service "
                       f"time = {stats[0].capacity_per_s:g} messages/s.")
    return fig


# Dask -----------------------------------------------------------------------------------------------------------


def plot_worker_memory(results: ClusterResult | Sequence[ClusterResult],
                       title: str = "Dask worker memory over time") -> DescribedFigure:
    """Return a figure of every worker process's resident memory (MiB) over time (s).

    One panel per :class:`~pool_lab.cluster.ClusterResult`, side by side on
    one memory scale.  Each worker keeps its colour and marker; a process
    that replaced a killed one is dashed (a second replacement dash-dotted),
    and each killed process ends with an X.  The dashed grey line is the
    worker memory limit, the dotted black one the fraction of it at which
    the nanny kills.
    """
    items = [results] if isinstance(results, ClusterResult) else list(results)
    if not items or not all(isinstance(r, ClusterResult) for r in items):
        raise TypeError("expected one or more ClusterResult objects")
    fig = DescribedFigure(figsize=(5.5 * len(items), 5.6), layout="constrained")
    axes = fig.subplots(1, len(items), sharey=True, squeeze=False)[0]
    if len(items) > 1:
        fig.suptitle(title)
    restart_styles = ("-", "--", "-.", (0, (1, 1.5)))
    panels = []
    for ax, r in zip(axes, items, strict=True):
        # Traces come in the order their processes appeared; a worker's label
        # names its slot ("worker 0"), then the restart ("worker 0, restart 1").
        slot = [t.label.split(",")[0] for t in r.traces]
        slots = sorted(set(slot))
        lines = []
        for i, t in enumerate(r.traces):
            n = slots.index(slot[i])
            style = _styles([""] * len(slots))[n]
            generation = slot[:i].count(slot[i])
            ax.plot(t.column("t_s"), t.rss_mib(), label=t.label,
                    **style.line() | {"linestyle": restart_styles[generation % len(restart_styles)]})
            if not len(t):
                continue
            start = f"starts at {t.samples[0].t_s:.2f} s and " if generation else ""
            if slot[i] in slot[i + 1:]:  # a later process took its place: this one was killed
                last = t.samples[-1]
                ax.plot(last.t_s, last.rss_mib, "X", color=style.colour, markersize=11, markeredgecolor="black",
                        zorder=5)
                lines.append(f"{t.label} {start}climbs to {last.rss_mib:.0f} MiB and is killed at {last.t_s:.2f} s")
            else:
                lines.append(f"{t.label} {start}peaks at {t.peak_rss_mib:.0f} MiB")
        limit_mib = r.memory_limit_bytes / MIB
        ax.axhline(limit_mib, **_LIMIT_STYLE, label=f"memory_limit ({limit_mib:.0f} MiB)")
        ax.axhline(limit_mib * r.terminate_fraction, **_LAW_STYLE | {"linewidth": 1.2},
                   label=f"nanny kills at {r.terminate_fraction:.0%}")
        # One panel: its title is the figure's, with the outcome (no second title).
        ax.set_title(f"{r.label}: {r.outcome}" if len(items) > 1 else f"{title} ({r.outcome})")
        ax.set_xlabel("time since the run started (s)")
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        # Below the panel: inside, the legend would hide the kills near the limit.
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, fontsize="small")
        panels.append(f"{r.label}, {r.outcome} ({r.sends_done} of {r.tasks_total} batches sent): " + _joined(lines))
    axes[0].set_ylabel("worker resident memory, RSS (MiB)")
    first = items[0]
    fig.description = _sentences(
        f"{title}. Resident memory (MiB) of each Dask worker process against time (s) since the run started, "
        f"{'one panel per run' if len(items) > 1 else 'one line per process'}; a replacement process is dashed. "
        f"{'. '.join(panels)}.",
        f"Dashed line: the {first.memory_limit_bytes / MIB:.0f} MiB memory_limit; dotted line: the nanny kills "
        f"at {first.terminate_fraction:.0%} of it.")
    return fig


# Live -----------------------------------------------------------------------------------------------------------


class LiveMemoryPlot:
    """A memory plot in a notebook that redraws as a run's trace grows.

    Pass it as ``on_update`` to :func:`pool_lab.run_lab`; then call
    :meth:`finish` with the result to draw the final figure in its place,
    with its description as alt text and printed under it.

    >>> live = LiveMemoryPlot(budget_mib=256)           # doctest: +SKIP
    >>> result = run_lab(exp, 256, on_update=live)      # doctest: +SKIP
    >>> live.finish(result)                             # doctest: +SKIP
    """

    def __init__(self, budget_mib: float | None = None, title: str = "Resident memory over time (live)") -> None:
        self.budget_mib = budget_mib
        self.title = title
        self._handle: Any = None

    def _show(self, fig: DescribedFigure) -> None:
        from IPython.display import Image, display  # only notebooks draw live

        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=80)
        image = Image(data=buffer.getvalue(), metadata={"alt": fig.description})
        if self._handle is None:
            self._handle = display(image, display_id=True)
        else:
            self._handle.update(image)

    def __call__(self, trace: Trace) -> None:
        """Redraw with the samples so far."""
        fig, ax = _single(self.title)
        style = _styles([trace.label])[0]
        ax.plot(trace.column("t_s"), trace.rss_mib(), **style.line(),
                label=f"{trace.label}: running, {trace.tasks_done} tasks done")
        if self.budget_mib is not None:
            ax.axhline(self.budget_mib, **_LIMIT_STYLE, label=f"memory budget ({self.budget_mib:.0f} MiB)")
        ax.set_ylabel("resident memory, RSS (MiB)")
        ax.set_ylim(0, max(self.budget_mib or 0, trace.peak_rss_mib) * 1.1 or None)
        ax.legend(loc="center left", fontsize="small")
        fig.description = (f"{self.title}: {trace.label} is running, {trace.tasks_done} tasks done, "
                           f"{trace.samples[-1].rss_mib if len(trace) else 0:.0f} MiB resident now.")
        self._show(fig)

    def finish(self, result: RunResult, title: str = "Resident memory over time") -> None:
        """Replace the live drawing with the final memory figure (:func:`plot_memory`), and print its description."""
        fig = plot_memory(result, self.budget_mib, title)
        self._show(fig)
        fig._print_caption()

