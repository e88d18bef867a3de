"""Runs over time: each run's memory, threads and tasks done, and the three stacked."""

from __future__ import annotations

import itertools
import statistics
from typing import Sequence

from ..budget import MIB
from ..experiment import RunResult
from ..sampler import Sample
from ._runs import (
    draw_column,
    draw_memory,
    offset,
    on_lab_clock,
    run_results,
    run_times,
    single,
    time_label,
    time_words,
)
from ._words import counted, joined, sentences
from .figure import DescribedFigure

__all__ = ["plot_memory", "plot_threads", "plot_progress", "plot_overview"]


def _memory_words(r: RunResult, unit: str = "batch") -> str:
    """Return how a run's memory went, e.g. 'climbs to 258 MiB and is killed at 0.21 s'."""
    if r.killed_at_s is not None and r.killed_rss_bytes is not None:
        return (f"climbs to {r.killed_rss_bytes / MIB:.0f} MiB and is killed at "
                f"{r.killed_at_s - offset(r):.2f} s")
    readings = [s for s in r.trace if s.t_s >= offset(r)] or list(r.trace)
    working = [s.rss_mib for s in readings]
    if not working:
        return "has no readings"
    typical = statistics.median(working)
    # Flat: most readings close to the typical one, as a pool's are.  A run
    # that climbs and steps down again only spends a while near its median.
    near = sum(abs(mib - typical) <= 0.1 * typical for mib in working)
    if r.peak_rss_mib <= 1.15 * typical and near >= 0.8 * len(working):
        shape = f"stays near {typical:.0f} MiB"
    else:
        shape = _band_words(r, readings) or _peak_words(r)
    return f"{shape} and {_ending(r, unit)}"


def _band_words(r: RunResult, readings: list[Sample]) -> str | None:
    """Return e.g. 'swings between about 46 and 74 MiB from 0.10 s' for a run that climbs, then holds a band.

    A bounded run whose tasks take and free their payloads together saws up and
    down, and its peak alone says little.  None for a run that climbs, or falls, all along.
    """
    # Where it first came within 10 % of its peak (len(readings) if it never did: the peak came before the run).
    reached = next((i for i, s in enumerate(readings) if s.rss_mib >= 0.9 * r.peak_rss_mib), len(readings))
    after = [s.rss_mib for s in readings[reached:]]
    if len(after) < max(8, 0.5 * len(readings)):
        return None
    # Means, not medians: a saw's median jumps between its two levels.
    first, second = statistics.fmean(after[:len(after) // 2]), statistics.fmean(after[len(after) // 2:])
    if abs(first - second) > 0.1 * max(first, second):  # a trend, not a band
        return None
    low = statistics.quantiles(after, n=10, method="inclusive")[0]  # the saw's floor, not the last reading
    return (f"swings between about {low:.0f} and {r.peak_rss_mib:.0f} MiB from "
            f"{readings[reached].t_s - offset(r):.2f} s")


def _peak_words(r: RunResult) -> str:
    """Return when a run reached its peak, e.g. 'reaches 221 MiB at its highest (first within 5 % of it at 0.31 s)'."""
    # When it got there, not its single highest reading, which may come after a long plateau.
    near_peak = next(s for s in r.trace if s.rss_mib >= 0.95 * r.peak_rss_mib)
    return (f"reaches {r.peak_rss_mib:.0f} MiB at its highest (first within 5 % of it at "
            f"{near_peak.t_s - offset(r):.2f} s)")


def _ending(r: RunResult, unit: str = "batch") -> str:
    """Return how a run ended, e.g. 'completes all 200 batches in 12.59 s' (or '50,000 items', with its unit)."""
    units = unit + ("es" if unit.endswith(("ch", "sh", "s", "x")) else "s")
    if r.outcome == "completed":
        return f"completes all {r.tasks_total:,} {unit if r.tasks_total == 1 else units} in {r.elapsed_s:.2f} s"
    ended = {"oom-killed": "is killed", "failed": "fails"}.get(r.outcome, f"ends {r.outcome}")
    return f"{ended} after {r.tasks_done:,} of {r.tasks_total:,} {units}"


def _readings_words(results: Sequence[RunResult], dots: bool) -> str:
    """Return what a reader should know of the readings: the dots, and the longest gap if it shows."""
    words = ["Dots mark the readings."] if dots else []
    gaps = [(b - a, a, r) for r in results for a, b in itertools.pairwise(run_times(r))]
    shown = [t for r in results for t in run_times(r)]
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


def plot_memory(results: RunResult | Sequence[RunResult], budget_mib: float | None = None,
                title: str = "Resident memory over time", unit: str = "batch") -> DescribedFigure:
    """Return a figure of each run's resident memory (MiB) over time (s).

    Draws the memory budget as a dashed line (taken from the results when
    they share one) and marks each kill with an X.  Its ``description`` says
    how each run's memory went, counting its tasks in ``unit`` ("completes
    all 200 batches"; ``unit="item"``: "completes all 50,000 items").
    """
    items = run_results(results)
    fig, ax = single(title)
    budget_mib, dots = draw_memory(ax, items, budget_mib)
    ax.set_xlabel(time_label(items))
    runs = joined([f"{r.label} {_memory_words(r, unit)}" for r in items])
    fig.description = sentences(f"{title}. Resident memory (MiB) against {time_words(items)}: {runs}.",
                                _references(budget_mib, on_lab_clock(items)), _readings_words(items, dots))
    return fig


def plot_threads(results: RunResult | Sequence[RunResult],
                 title: str = "Operating-system threads over time") -> DescribedFigure:
    """Return a figure of each run's OS thread count over time (s)."""
    items = run_results(results)
    fig, ax = single(title)
    dots = draw_column(ax, items, "threads", "OS threads in the process (count)")
    ax.set_xlabel(time_label(items))
    runs = joined([f"{r.label} peaks at {counted(r.trace.peak_threads, 'thread')} ({r.outcome})" for r in items])
    fig.description = sentences(f"{title}. OS threads (count) against {time_words(items)}: {runs}.",
                                _references(None, on_lab_clock(items)), _readings_words(items, dots))
    return fig


def _progress_words(r: RunResult) -> str:
    return f"{r.label} sends {r.tasks_done} of {r.tasks_total} batches" + (
        f" in {r.elapsed_s:.2f} s" if r.outcome == "completed" else f" before it ends {r.outcome}")


def plot_progress(results: RunResult | Sequence[RunResult], title: str = "Tasks done over time") -> DescribedFigure:
    """Return a figure of each run's tasks done (cumulative count) over time (s)."""
    items = run_results(results)
    fig, ax = single(title)
    dots = draw_column(ax, items, "tasks_done", "tasks done (batches sent, count)")
    ax.set_xlabel(time_label(items))
    runs = joined([_progress_words(r) for r in items])
    fig.description = sentences(f"{title}. Batches sent (count) against {time_words(items)}: {runs}.",
                                _references(None, on_lab_clock(items)), _readings_words(items, dots))
    return fig


def plot_overview(results: RunResult | Sequence[RunResult], budget_mib: float | None = None,
                  title: str = "Thread per task against a worker pool") -> DescribedFigure:
    """Return one figure with memory, threads and tasks done over time, stacked."""
    items = run_results(results)
    fig = DescribedFigure(figsize=(11.0, 9.0), layout="constrained")
    mem, threads, done = fig.subplots(3, 1, sharex=True)
    fig.suptitle(title)
    budget_mib, dots = draw_memory(mem, items, budget_mib)
    mem.set_title("Resident memory")
    # The start-up shading is named once, in the memory panel's legend.
    draw_column(threads, items, "threads", "OS threads in the process (count)", startup_label=False)
    threads.set_title("Threads")
    draw_column(done, items, "tasks_done", "tasks done (batches sent, count)", startup_label=False)
    done.set_title("Progress")
    done.set_xlabel(time_label(items))
    for ax in (mem, threads, done):
        ax.grid(alpha=0.3)
    runs = joined([f"{r.label} {_memory_words(r)}, with up to {counted(r.trace.peak_threads, 'thread')}"
                   for r in items])
    fig.description = sentences(
        f"{title}. Three panels on one time axis, {time_words(items)}: resident memory (MiB), OS threads "
        f"(count) and batches sent (count). {runs}.", _references(budget_mib, on_lab_clock(items)),
        _readings_words(items, dots))
    return fig
