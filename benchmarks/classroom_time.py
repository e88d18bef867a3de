"""Benchmark 5: what a class waits for: each notebook from a fresh kernel, and the demo.

The demo run also gives the lesson's own acceptance figures: thread-per-task
is killed at the budget, the pool completes under half of it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from .report import Table, median_of

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def _notebook_seconds(path: Path) -> float:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    client.execute()  # a fresh kernel, started and shut down by the client; the file is not rewritten
    return time.perf_counter() - start


def _demo(users: int | None) -> tuple[float, dict]:
    with tempfile.TemporaryDirectory() as scratch:
        command = [sys.executable, "-m", "pool_lab", "demo", "--json", "--out", str(Path(scratch) / "demo.png")]
        if users is not None:
            command += ["--users", str(users)]
        start = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, text=True, check=True, timeout=300)
        return time.perf_counter() - start, json.loads(proc.stdout)


def run(quick: bool) -> Table:
    """Return the classroom table: seconds per notebook and for the demo."""
    demo_users, repeat = (6_000, 1) if quick else (None, 3)
    table = Table(
        "5. Classroom time",
        "Each `notebooks/*.ipynb` executed top to bottom in a fresh kernel (nbclient, started and stopped "
        f"for each notebook, one run each); `python -m pool_lab demo --json` timed as a user runs it, "
        f"median of {repeat}." + (" In `--quick` mode the notebooks are not run (CI runs them with nbval) "
                                  f"and the demo has {demo_users:,} users." if quick else ""),
    )
    for path in [] if quick else sorted(NOTEBOOKS.glob("*.ipynb")):
        seconds = _notebook_seconds(path)
        table.add(f"`{path.name}`", f"{seconds:.1f} s", "", None, "<= 30 s", seconds <= 30)
    runs = [_demo(demo_users) for _ in range(repeat)]
    seconds = median_of([s for s, _ in runs])
    table.add("`python -m pool_lab demo`", f"{seconds:.1f} s", "", None, "<= 20 s", seconds <= 20)
    report = runs[-1][1]
    budget = report["budget_mib"]
    by_name = {r["strategy"]: r for r in report["runs"]}
    tpt, pool = by_name["thread-per-task"], by_name["worker-pool"]
    table.add("demo: thread-per-task peak", f"{tpt['peak_rss_mib']:.1f} MiB ({tpt['outcome']})",
              f"budget: {budget:.0f} MiB", tpt["peak_rss_mib"] / budget, "oom-killed, <= 1.10 x budget",
              tpt["outcome"] == "oom-killed" and tpt["peak_rss_mib"] <= 1.10 * budget)
    table.add("demo: worker-pool peak",
              f"{pool['peak_rss_mib']:.1f} MiB ({pool['outcome']}, {pool['tasks_done']}/{pool['tasks_total']} tasks)",
              f"budget: {budget:.0f} MiB", pool["peak_rss_mib"] / budget, "completed, <= 0.5 x budget",
              pool["outcome"] == "completed" and pool["peak_rss_mib"] <= budget / 2)
    return table
