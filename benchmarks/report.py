"""Tables of results, the machine they came from, and the medians behind them."""

from __future__ import annotations

import datetime
import platform
import statistics
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence, TypeVar

import psutil

MIB = 1024 * 1024

K = TypeVar("K")


@dataclass(frozen=True)
class Row:
    """One measured figure, what it is compared with, and the goal it answers.

    ``ratio`` is ``figure / comparison`` (None when there is nothing to
    compare); ``met`` is None for rows that only give scale or a floor.
    """

    what: str
    figure: str
    comparison: str = ""
    ratio: float | None = None
    goal: str = ""
    met: bool | None = None


@dataclass
class Table:
    """One benchmark: a title, how it was measured, its rows and notes."""

    title: str
    method: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *args, **kwargs) -> Row:
        row = Row(*args, **kwargs)
        self.rows.append(row)
        return row

    def markdown(self) -> str:
        lines = [f"## {self.title}", "", self.method, "",
                 "| measure | figure | compared with | ratio | goal | met |", "|---|---|---|---|---|---|"]
        for r in self.rows:
            ratio = "" if r.ratio is None else f"{r.ratio:.2f}"
            met = {True: "yes", False: "**no**", None: ""}[r.met]
            lines.append(f"| {r.what} | {r.figure} | {r.comparison} | {ratio} | {r.goal} | {met} |")
        lines.append("")
        lines.extend(f"{note}\n" for note in self.notes)
        return "\n".join(lines)


def median_of(runs: Sequence[float]) -> float:
    """Return the median of some repetitions (raises on none)."""
    return statistics.median(runs)


def interleaved(cases: Mapping[K, Callable[[], float]], repeat: int) -> dict[K, list[float]]:
    """Run every case once per repetition, in a rotated order each time; return all figures.

    Rotating the order spreads slow moments of a shared machine over every
    case instead of letting them land on whichever runs first.
    """
    names = list(cases)
    figures: dict[K, list[float]] = {name: [] for name in names}
    for rep in range(repeat):
        shift = rep % len(names)
        for name in names[shift:] + names[:shift]:
            figures[name].append(cases[name]())
    return figures


def machine(mode: str) -> str:
    """Return a short Markdown description of this machine and run (no names, no paths)."""
    freq = psutil.cpu_freq()
    load = ", ".join(f"{x:.2f}" for x in psutil.getloadavg())
    return "\n".join([
        f"- OS: {platform.system()} {platform.release()} ({platform.machine()})",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- CPU: {psutil.cpu_count(logical=False)} physical / {psutil.cpu_count()} logical cores"
        + (f", {freq.current:.0f} MHz" if freq else ""),
        f"- Memory: {psutil.virtual_memory().total / 2**30:.1f} GiB total, "
        f"{psutil.virtual_memory().available / 2**30:.1f} GiB available at the end",
        f"- Load average (1, 5, 15 min) at the end: {load}",
        f"- Run: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {mode}",
    ])
