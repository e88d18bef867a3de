"""A memory plot that redraws in a notebook as a run goes on: :class:`LiveMemoryPlot`."""

from __future__ import annotations

import io
from typing import Any

from ..experiment import RunResult
from ..sampler import Trace
from ._runs import single
from ._style import LIMIT_STYLE, run_styles
from .figure import DescribedFigure
from .runs import plot_memory

__all__ = ["LiveMemoryPlot"]


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
        fig, ax = single(self.title, width=8.0)  # its legend stays inside: one line, below the budget
        style = run_styles([trace.label])[0]
        ax.plot(trace.column("t_s"), trace.rss_mib(), **style.line(),
                label=f"{trace.label}: running, {trace.tasks_done} tasks done")
        if self.budget_mib is not None:
            ax.axhline(self.budget_mib, **LIMIT_STYLE, label=f"memory budget ({self.budget_mib:.0f} MiB)")
        ax.set_ylabel("resident memory, RSS (MiB)")
        ax.set_ylim(0, max(self.budget_mib or 0, trace.peak_rss_mib) * 1.1 or None)
        ax.legend(loc="center left", fontsize="small")
        fig.description = (f"{self.title}: {trace.label} is running, {trace.tasks_done} tasks done, "
                           f"{trace.samples[-1].rss_mib if len(trace) else 0:.0f} MiB resident now.")
        self._show(fig)

    def finish(self, result: RunResult, title: str = "Resident memory over time") -> None:
        """Replace the live drawing with the final memory figure (:func:`plot_memory`), and print its description.

        Its budget line is the one the run had (``result.budget_bytes``),
        whatever this plot was given, so lowering run_lab's budget alone
        cannot leave the figure showing the old one.
        """
        fig = plot_memory(result, self.budget_mib if result.budget_bytes is None else None, title)
        self._show(fig)
        fig._print_caption()

