"""Measure the core's acceptance figures on this machine and print them.

    python benchmarks/acceptance.py

Timings are noisy, so they live here and not in the tests: this script runs
the demo as a user would (``python -m pool_lab demo --json``) and times it,
then compares the worker pool's peak memory at 2,000 and 20,000 users in one
run, side by side.  It exits 1 if a goal is missed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pool_lab import Experiment, MessageWorkload, run_lab


def main() -> int:
    goals = []
    with tempfile.TemporaryDirectory() as scratch:
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pool_lab", "demo", "--json", "--out", str(Path(scratch) / "demo.png")],
                              capture_output=True, text=True, check=True)
        demo_s = time.perf_counter() - start
    report = json.loads(proc.stdout)
    budget = report["budget_mib"]
    runs = {r["strategy"]: r for r in report["runs"]}
    tpt, pool = runs["thread-per-task"], runs["worker-pool"]
    print(json.dumps(report, indent=1))
    goals.append((f"demo --json took {demo_s:.1f} s", demo_s <= 30))
    goals.append((f"thread-per-task: {tpt['outcome']}, peak {tpt['peak_rss_mib']:.1f} MiB = "
                  f"{tpt['peak_rss_mib'] / budget:.3f} x budget", tpt["outcome"] == "oom-killed" and tpt["peak_rss_mib"] <= 1.15 * budget))
    goals.append((f"worker-pool: {pool['outcome']}, {pool['tasks_done']}/{pool['tasks_total']} tasks, peak "
                   f"{pool['peak_rss_mib']:.1f} MiB = {pool['peak_rss_mib'] / budget:.3f} x budget",
                   pool["outcome"] == "completed" and pool["tasks_done"] == pool["tasks_total"] and pool["peak_rss_mib"] <= budget / 2))

    peaks = {}
    for users in (2_000, 20_000):
        result = run_lab(Experiment("worker-pool", max_workers=8, workload=MessageWorkload(users=users)))
        peaks[users] = result.peak_rss_mib
    ratio = peaks[20_000] / peaks[2_000]
    goals.append((f"worker-pool peak at 20,000 users {peaks[20_000]:.1f} MiB, at 2,000 users {peaks[2_000]:.1f} MiB: "
                  f"ratio {ratio:.3f}", abs(ratio - 1) <= 0.10))

    for text, ok in goals:
        print(("PASS " if ok else "MISS ") + text)
    return 0 if all(ok for _, ok in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
