"""A Dask cluster: every worker process's memory over time, its kills and its replacements."""

from __future__ import annotations

from typing import Sequence

from matplotlib.axes import Axes

from ..budget import MIB
from ..cluster import ClusterResult
from ._style import LAW_STYLE, LIMIT_STYLE, run_styles
from ._words import joined, sentences
from .figure import DescribedFigure

__all__ = ["plot_worker_memory"]

# A worker's first process is solid, the one that replaced it dashed, the next dash-dotted, then dotted.
_RESTART_STYLES = ("-", "--", "-.", (0, (1, 1.5)))
_RESTART_WORDS = ("solid", "dashed", "dash-dotted", "dotted")
_RESTART_NAMES = ("its first process", "a replacement", "a second replacement", "a third")


def plot_worker_memory(results: ClusterResult | Sequence[ClusterResult],
                       title: str = "Dask worker memory over time") -> DescribedFigure:
    """Return a figure of every worker process's resident memory (MiB) over time (s).

    One panel per :class:`~pool_lab.cluster.ClusterResult`, side by side on
    one memory scale.  Each worker keeps its colour and marker; a process
    that replaced a killed one is dashed (a second replacement dash-dotted,
    a third dotted), and each killed process ends with an X.  The dashed grey line is the
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
    panels = []
    for ax, r in zip(axes, items, strict=True):
        lines = _draw_processes(ax, r)
        limit_mib = r.memory_limit_bytes / MIB
        ax.axhline(limit_mib, **LIMIT_STYLE, label=f"memory_limit ({limit_mib:.0f} MiB)")
        ax.axhline(limit_mib * r.terminate_fraction, **LAW_STYLE | {"linewidth": 1.2},
                   label=f"nanny kills at {r.terminate_fraction:.0%}")
        # One panel: its title is the figure's, with the outcome (no second title).
        ax.set_title(f"{r.label}: {r.outcome}" if len(items) > 1 else f"{title} ({r.outcome})")
        ax.set_xlabel("time since the run started (s)")
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        # Below the panel: inside, the legend would hide the kills near the limit.
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, fontsize="small",
                  handlelength=5, numpoints=2)  # markers at the ends: solid, dashed and dash-dotted show between
        # A sentence starts with the label: capitalised, unless it is a strategy's name, which is code.
        label = r.label if r.strategy is not None else r.label[:1].upper() + r.label[1:]
        panels.append(f"{label}, {r.outcome} ({r.sends_done} of {r.tasks_total} batches sent): " + joined(lines))
    axes[0].set_ylabel("worker resident memory, RSS (MiB)")
    first = items[0]
    fig.description = sentences(
        f"{title}. Resident memory (MiB) of each Dask worker process against time (s) since the run started, "
        f"{'one panel per run' if len(items) > 1 else 'one line per process'}; {_line_styles(items)}. "
        f"{'. '.join(panels)}.",
        f"Grey dashed line: the {first.memory_limit_bytes / MIB:.0f} MiB memory_limit; black dotted line: the nanny "
        f"kills at {first.terminate_fraction:.0%} of it" + ("; an X marks a killed process's last reading."
                                                           if any(any(r.killed) for r in items) else "."))
    return fig


def _line_styles(items: Sequence[ClusterResult]) -> str:
    """Say how a worker's processes are drawn, as far as the figure has them: "its first process solid, ..."."""
    generations = max(max((slot.count(s) for s in set(slot)), default=1)
                      for slot in ([t.label.split(",")[0] for t in r.traces] for r in items))
    styles = [f"{_RESTART_NAMES[g]} {_RESTART_WORDS[g % len(_RESTART_WORDS)]}"
              for g in range(min(generations, len(_RESTART_NAMES)))]
    return "each worker in its own colour and marker, " + ", ".join(styles)


def _draw_processes(ax: Axes, r: ClusterResult) -> list[str]:
    """Draw one line per worker process of a run, an X where one was killed; return what each did, in words."""
    # Traces come in the order their processes appeared; a worker's label
    # names its slot ("worker 0"), then the restart ("worker 0, restart 1").
    slot = [t.label.split(",")[0] for t in r.traces]
    slots = sorted(set(slot))
    lines: list[str] = []
    for i, t in enumerate(r.traces):
        n = slots.index(slot[i])
        style = run_styles([""] * len(slots))[n]
        generation = slot[:i].count(slot[i])
        ax.plot(t.column("t_s"), t.rss_mib(), label=t.label,
                **style.line() | {"linestyle": _RESTART_STYLES[generation % len(_RESTART_STYLES)]})
        if not len(t):
            continue
        start = f"starts at {t.samples[0].t_s:.2f} s and " if generation else ""
        if i < len(r.killed) and r.killed[i]:
            last = t.samples[-1]
            ax.plot(last.t_s, last.rss_mib, "X", color=style.colour, markersize=11, markeredgecolor="black",
                    zorder=5)
            lines.append(f"{t.label} {start}climbs to {last.rss_mib:.0f} MiB and is killed at {last.t_s:.2f} s")
        else:
            lines.append(f"{t.label} {start}peaks at {t.peak_rss_mib:.0f} MiB")
    if any(r.killed):  # one legend entry for every X, in no worker's colour, with a single marker
        ax.scatter([], [], marker="X", s=121, c="white", edgecolors="black", label="X: a killed process's last reading")
    return lines
