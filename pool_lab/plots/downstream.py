"""A real downstream: the sender's memory beside what the receiver counted, over time and run by run."""

from __future__ import annotations

from typing import Sequence

from ..downstream import ReceiverStats
from ..experiment import RunResult
from ._runs import draw_runs, draw_startup, on_lab_clock, result_styles, run_results, time_words
from ._style import LIMIT_STYLE
from ._words import counted, joined, sentences
from .figure import DescribedFigure

__all__ = ["plot_downstream", "plot_goodput"]


def _runs_and_stats(results: Sequence[RunResult], stats: Sequence[ReceiverStats],
                    labels: Sequence[str] | None) -> tuple[list[RunResult], list[ReceiverStats], list[str]]:
    items = run_results(results)
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
    (from the start of the sender's run, its start-up shaded before 0).  Middle:
    the distinct messages the receiver delivered (count) over time, beside
    the most it can deliver, ``capacity / service_time_s`` per second.
    Right: its 503 answers (cumulative count).  The receiver keeps its own
    clock, from its first request, and its axes say so: its first request
    comes a look-up and a render after the sender's run starts.
    ``stats[i]`` is the receiver's :class:`~pool_lab.ReceiverStats` of
    ``results[i]``, with its timeline (``receiver.stats(timeline=True)``);
    ``labels`` name the runs (default: each result's label).
    """
    items, stats, names = _runs_and_stats(results, stats, labels)
    fig = DescribedFigure(figsize=(13.0, 4.4 + 0.3 * len(items)), layout="constrained")
    memory, delivered, rejected = fig.subplots(1, 3)
    fig.suptitle(title)
    startup = draw_startup(memory, items, label=True)
    draw_runs(memory, items, [r.trace.rss_mib() for r in items], names)
    longest = 0.0
    for s, name, style in zip(stats, names, result_styles(items), strict=True):
        times = [row[0] for row in s.timeline]
        delivered.plot(times, [row[3] for row in s.timeline], label=name, **style.line())
        rejected.plot(times, [row[4] for row in s.timeline], label=name, **style.line())
        longest = max([longest, *times])
    best = stats[0].capacity_per_s
    # The ideal stops where the largest run ends, so it does not set the scale.
    most = max((row[3] for s in stats for row in s.timeline), default=0)
    end = min(longest, most / best) if most else longest
    delivered.plot([0, end], [0, best * end], **LIMIT_STYLE,
                   label=f"capacity / service time = {best:g} messages/s")
    sender_clock = ("time since the sender's run started (s)\nbefore 0, its child process starts up"
                    if on_lab_clock(items) else "time since sampling started (s)")
    memory.set(title="Sender: resident memory", ylabel="resident memory, RSS (MiB)", xlabel=sender_clock)
    receiver_clock = "time since the receiver's first request (s)\n(the receiver's own clock)"
    delivered.set(title="Receiver: messages delivered", ylabel="distinct messages delivered (count)",
                  xlabel=receiver_clock)
    rejected.set(title="Receiver: 503 answers", ylabel="requests refused with 503 (cumulative count)",
                 xlabel=receiver_clock)
    # The three panels end together, so they can be read side by side; the
    # receiver's clock begins at its first request, so its panels begin at 0,
    # where the sender's shows its start-up before 0.
    end = max(ax.get_xlim()[1] for ax in (memory, delivered, rejected))
    memory.set_xlim(right=end)
    for ax in (delivered, rejected):
        ax.set_xlim(0, end)
    for ax in (memory, delivered, rejected):
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        # Below the panel: inside, it hid a line, since the runs climb through every corner.
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.24), fontsize="small")
    runs = joined([f"{name}: the sender's memory peaks at {r.peak_rss_mib:.0f} MiB ({r.outcome}); the receiver "
                   f"delivers {counted(s.messages, 'distinct message')} in {s.active_s:.2f} s and refuses "
                   f"{s.rejected} requests with 503" for r, s, name in zip(items, stats, names, strict=True)])
    fig.description = sentences(
        f"{title}. Left, the sender's resident memory (MiB) against {time_words(items)}; middle and right, "
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
    styles = result_styles(items)
    hatches = ["", "//", "..", "xx", "\\\\", "++"]
    bar_style = {"color": [s.colour for s in styles], "hatch": [hatches[i % len(hatches)] for i in positions],
                 "edgecolor": "white"}
    goodput.bar(positions, [s.goodput_per_s for s in stats], **bar_style)
    goodput.axhline(stats[0].capacity_per_s, **LIMIT_STYLE,
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
    runs = joined([f"{name}: {s.goodput_per_s:.0f} messages/s and {r.peak_rss_mib:.0f} MiB ({s.messages} "
                   f"delivered, {s.duplicates} duplicates, {s.rejected} refused with 503)"
                   for r, s, name in zip(items, stats, names, strict=True)])
    fig.description = (f"{title}. Bars, one per run: goodput (distinct messages delivered/s) on the left, the "
                       f"sender's peak resident memory (MiB) on the right. {runs}. Dashed line: capacity / service "
                       f"time = {stats[0].capacity_per_s:g} messages/s.")
    return fig
