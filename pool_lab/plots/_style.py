"""How every figure draws its lines: the runs' colours, line styles and markers, and the greys of the rest.

Every line of a figure differs from every other in line style or marker as
well as in colour, and the colours stay apart for readers with any of the
three kinds of colour blindness (``tests/test_figures.py`` checks both).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

# The colours of runs, in the order a figure hands them out.  Chosen so that
# every pair, and every pair with the greys below, stays apart under normal
# vision and simulated deuteranopia, protanopia and tritanopia, and each has
# at least 3:1 contrast on white (tests/test_figures.py says how far, and why
# that far).  Thread-per-task is always the red and the worker pool the blue,
# as the chapters' prose calls them; every other design keeps one colour in
# every figure of the process (see run_styles).
RUN_COLOURS = ("#aa1100", "#4400ff", "#0099ee", "#889944", "#cc7799", "#994488")
OWN_COLOURS = {"thread-per-task": 0, "worker-pool": 1}
# Lines that are not runs.  Dashed grey is a limit (a budget, a capacity);
# dotted black a law drawn from a formula (Little's law, the memory rule).
LIMIT_COLOUR = "#444444"
LAW_COLOUR = "#000000"
STARTUP_COLOUR = "#dddddd"
LIMIT_STYLE: dict[str, Any] = {"color": LIMIT_COLOUR, "linestyle": "--", "linewidth": 1.2}
# A law is drawn above the runs it fits, so a run that follows it exactly does not hide it.
LAW_STYLE: dict[str, Any] = {"color": LAW_COLOUR, "linestyle": ":", "linewidth": 1.4, "zorder": 2.5}
# A run's line style and marker, one pair per colour above, never the limits'
# dashes.  The n-th run of a figure has a thinner line than the one before,
# drawn above it, and its markers start a little further along, so a run that
# lies on top of another still shows (the window run of notebook 4 did not).
RUN_LINESTYLES: tuple[Any, ...] = ("-", (0, (6, 2, 1, 2)), (0, (1, 1.5)), (0, (6, 2, 1, 2, 1, 2)),
                                   (0, (3, 1.2)), (0, (10, 2)))
RUN_MARKERS = ("o", "s", "^", "D", "v", "P")
MARKER_STEP = 0.09  # a marker about every 9% of the axes' diagonal: enough to see, too few to hide the style
# Readings are shown as dots where they are far enough apart to see one by
# one: at 1/120 of the time shown, about 5 pixels.  Closer, the line is
# nothing but readings.
DOTS_BELOW = 120
DOT_STYLE: dict[str, Any] = {"linestyle": "none", "marker": "o", "markersize": 2.6, "color": LAW_COLOUR}


# The spare colour each design (strategy name) was first drawn in, kept for the process's life: in a
# notebook, the semaphore run of one figure is the semaphore run of the next.
_KEPT: dict[str, int] = {}


@dataclass(frozen=True)
class RunStyle:
    colour: str
    linestyle: Any
    marker: str
    linewidth: float
    zorder: float
    phase: float

    def line(self) -> dict[str, Any]:
        return {"color": self.colour, "linestyle": self.linestyle, "linewidth": self.linewidth,
                "marker": self.marker, "markersize": 5.5, "markeredgecolor": "white", "markeredgewidth": 0.6,
                "markevery": (self.phase, MARKER_STEP), "zorder": self.zorder}


def run_styles(names: Sequence[str], failed: Sequence[bool] = ()) -> list[RunStyle]:
    """Return one style per run of a figure, in order, for runs of these strategies (names).

    The first thread-per-task run is red and the first worker-pool run blue.
    In a figure with no thread-per-task run, the first run that did not
    complete (``failed``, one flag per run: the lab killed it, or it lost
    messages) takes the red: the incident, as chapter 2 draws it.  Every
    other design keeps the spare colour it was first given in this process,
    in every figure, unless a run drawn before it in this figure has it; a
    design new to the process takes a spare colour no other design has yet,
    while there is one.  A run's line style and marker go with its colour,
    so a design keeps them too, as a reader who tells lines apart by style
    needs; a colour drawn twice takes a style no run before it has.
    """
    spares = [c for c in range(len(RUN_COLOURS)) if c not in OWN_COLOURS.values()]
    incident = None if "thread-per-task" in names else next((i for i, f in enumerate(failed) if f), None)
    colours: list[int] = []
    for i, name in enumerate(names):
        own = OWN_COLOURS["thread-per-task"] if i == incident else OWN_COLOURS.get(name)
        if own is None or own in colours:
            free = [c for c in spares if c not in colours] or spares
            own = _KEPT.get(name) if name else None  # a line with no name (a Dask worker's) is no design
            if own is None or own in colours:
                own = next((c for c in free if c not in _KEPT.values()), free[0]) if name else free[0]
            if name:
                _KEPT.setdefault(name, own)
        colours.append(own)
    n = len(RUN_LINESTYLES)
    shapes: list[int] = []
    for c in colours:
        shapes.append(c if c not in shapes else next((k for k in range(n) if k not in shapes), len(shapes) % n))
    return [RunStyle(RUN_COLOURS[c], RUN_LINESTYLES[k], RUN_MARKERS[k], linewidth=max(1.1, 2.2 - 0.35 * i),
                     zorder=2.0 + 0.1 * i, phase=0.02 * (i % n))
            for i, (c, k) in enumerate(zip(colours, shapes, strict=True))]
