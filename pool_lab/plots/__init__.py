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

One module per kind of figure, all on one style:

* :mod:`~pool_lab.plots.figure`: :class:`DescribedFigure`, a figure and its description.
* :mod:`~pool_lab.plots.runs`: runs over time, :func:`plot_memory`,
  :func:`plot_threads`, :func:`plot_progress` and :func:`plot_overview`;
  :mod:`~pool_lab.plots.live`: :class:`LiveMemoryPlot`, the memory plot
  redrawn as a run goes on.
* :mod:`~pool_lab.plots.sweep`: :func:`plot_sweep`, sizing a pool.
* :mod:`~pool_lab.plots.downstream`: :func:`plot_downstream` and
  :func:`plot_goodput`, the sender beside what a real receiver counted.
* :mod:`~pool_lab.plots.cluster`: :func:`plot_worker_memory`, a Dask
  cluster's worker processes.
* ``_style`` (the colours, line styles and markers), ``_runs`` (runs drawn
  over time, on the lab's clock) and ``_words`` (the descriptions' words):
  what the figures share.

This module does *not* cover figures a notebook draws itself: make one a
:class:`DescribedFigure` and give it a ``description`` to get the same.
"""

from __future__ import annotations

from .cluster import plot_worker_memory
from .downstream import plot_downstream, plot_goodput
from .figure import DescribedFigure
from .live import LiveMemoryPlot
from .runs import plot_memory, plot_overview, plot_progress, plot_threads
from .sweep import plot_sweep

__all__ = ["DescribedFigure", "plot_memory", "plot_threads", "plot_progress", "plot_overview", "plot_sweep",
           "plot_worker_memory", "plot_downstream", "plot_goodput", "LiveMemoryPlot"]
