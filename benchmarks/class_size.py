"""Benchmark 8: a class on one server: K students start notebook 1's incident at the same moment.

Each student is a process of its own, as each student's Jupyter kernel is.  It
runs ``run_lab`` for thread-per-task, then for the 8-worker pool, with the
default workload and a 256 MiB budget (the runs of notebooks 1 and 2), and
reports what came of them.  A class is judged on what the course promises every
student: the incident is reproduced (thread-per-task is OOM-killed), the kill
lands close to the budget, the pool completes, no student's process dies, and
nothing is left running.  One more row is one student on one core shared with
two CPU-bound processes (a video call and a browser, say), on Linux, where CPU
affinity can pin them together.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass

import psutil

from .report import Table

# One student: both runs of the incident, then one JSON line on stdout.
_STUDENT = r"""
import json, os, sys, time
from pool_lab import Experiment, MessageWorkload, run_lab
go, users, budget, cpu = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
if cpu >= 0:
    os.sched_setaffinity(0, {cpu})  # the lab's child inherits it
while time.time() < go:
    time.sleep(0.005)
incident = MessageWorkload(users=users)
runs = {}
for name, experiment in [("thread-per-task", Experiment("thread-per-task", workload=incident)),
                         ("worker-pool", Experiment("worker-pool", max_workers=8, workload=incident))]:
    result = run_lab(experiment, budget_mib=budget)
    runs[name] = {"outcome": result.outcome, "peak_mib": result.peak_rss_mib,
                  "killed_mib": None if result.killed_rss_bytes is None else result.killed_rss_bytes / 2**20}
print(json.dumps({"runs": runs, "seconds": time.time() - go}))
"""

_HOG = "import os, sys\nos.sched_setaffinity(0, {int(sys.argv[1])})\nwhile True:\n    pass\n"


@dataclass(frozen=True)
class ClassRun:
    """What one class of ``students`` did: each student's report, the class's peak and what was left."""

    students: int
    reports: list[dict]
    crashed: int
    peak_bytes: int
    left_running: int

    def outcomes(self, strategy: str) -> list[str]:
        return [r["runs"][strategy]["outcome"] for r in self.reports]

    @property
    def reproduced(self) -> int:
        return self.outcomes("thread-per-task").count("oom-killed")

    @property
    def pools_completed(self) -> int:
        return self.outcomes("worker-pool").count("completed")

    def worst_kill(self, budget_mib: float) -> float | None:
        kills = [r["runs"]["thread-per-task"]["killed_mib"] for r in self.reports]
        kills = [k for k in kills if k is not None]
        return max(kills) / budget_mib if kills else None

    @property
    def slowest_s(self) -> float:
        return max((r["seconds"] for r in self.reports), default=float("nan"))

    @property
    def pool_peak_mib(self) -> float:
        return max((r["runs"]["worker-pool"]["peak_mib"] for r in self.reports), default=float("nan"))


def run_class(students: int, users: int, budget_mib: float, one_core: bool = False) -> ClassRun:
    """Start ``students`` students at one moment; wait for them all; return what they did.

    With ``one_core``, every student and two CPU-bound processes share one core.
    """
    cpu = min(os.sched_getaffinity(0)) if one_core else -1
    go = time.time() + 2.0  # every student has started Python and imported pool_lab by then
    hogs = [subprocess.Popen([sys.executable, "-c", _HOG, str(cpu)]) for _ in range(2 if one_core else 0)]
    procs = [subprocess.Popen([sys.executable, "-c", _STUDENT, str(go), str(users), str(budget_mib), str(cpu)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(students)]
    seen: set[int] = set()
    peak = 0
    try:
        while any(p.poll() is None for p in procs):
            total = 0
            for p in procs:
                try:
                    student = psutil.Process(p.pid)
                    family = [student, *student.children(recursive=True)]
                    seen.update(member.pid for member in family[1:])
                    total += sum(member.memory_info().rss for member in family)
                except psutil.Error:
                    pass  # it ended between two readings
            peak = max(peak, total)
            time.sleep(0.05)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
        for p in procs:
            if p.poll() is None:
                p.kill()
    reports, crashed = [], 0
    for p in procs:
        out, err = p.communicate()
        if p.returncode != 0:
            crashed += 1
            print(err[-2000:], file=sys.stderr)
            continue
        reports.append(json.loads(out))
    left = [pid for pid in seen if psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE]
    return ClassRun(students, reports, crashed, peak, len(left))


def _judge(table: Table, name: str, run: ClassRun, budget_mib: float, goals: bool) -> None:
    k = run.students
    worst = run.worst_kill(budget_mib)
    whole = run.crashed == 0 and run.left_running == 0
    table.add(f"{name}: incidents reproduced", f"{run.reproduced} of {k}", "", run.reproduced / k,
              "all" if goals else "", (run.reproduced == k and whole) if goals else None)
    table.add(f"{name}: worst kill", "none" if worst is None else f"{worst:.3f} x budget",
              f"budget: {budget_mib:.0f} MiB", worst, "<= 1.10 x budget" if goals else "",
              (worst is not None and worst <= 1.10) if goals else None)
    table.add(f"{name}: pool runs completed", f"{run.pools_completed} of {k} (peak {run.pool_peak_mib:.0f} MiB)",
              "", run.pools_completed / k, "all, <= 0.5 x budget" if goals else "",
              (run.pools_completed == k and run.pool_peak_mib <= budget_mib / 2) if goals else None)
    table.add(f"{name}: slowest student; class peak memory",
              f"{run.slowest_s:.1f} s; {run.peak_bytes / 2**30:.2f} GiB", "", None,
              "no student crashed, nothing left running", whole)


def run(quick: bool) -> Table:
    """Return the class table: K students at once, and one student on a shared core."""
    users, budget, sizes = (6_000, 96.0, (2,)) if quick else (20_000, 256.0, (1, 4, 8, 16, 32))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    memory = psutil.virtual_memory().total / 2**30
    table = Table(
        "8. A class on one server",
        f"K students start at the same moment on this machine ({cores} cores, {memory:.0f} GiB), each a process "
        f"of its own as a Jupyter kernel is, each running `run_lab` for thread-per-task and then for the 8-worker "
        f"pool on `MessageWorkload(users={users:,})` with a {budget:.0f} MiB budget, as notebooks 1 and 2 do; one "
        "run per K. The class's peak memory is the largest sum of the students' and their children's resident "
        "memory, read every 50 ms. Goals hold for K <= 16 and for the shared core; larger classes are reported "
        "as they are." + (" In `--quick` mode: a small workload and budget, K = 2 only, no shared core, and no "
                          "goals but the last row's." if quick else ""),
    )
    for k in sizes:
        print(f"  class of {k} ...", file=sys.stderr, flush=True)
        _judge(table, f"K = {k}", run_class(k, users, budget), budget, goals=k <= 16 and not quick)
    if not hasattr(os, "sched_setaffinity"):
        table.notes.append("The shared-core row needs CPU affinity (Linux): not measured on this platform.")
    elif not quick:  # a quick run skips it: half a minute, and no goal a quick run judges
        print("  one student on a shared core ...", file=sys.stderr, flush=True)
        _judge(table, "1 student, 1 core, 2 CPU-bound processes", run_class(1, users, budget, one_core=True),
               budget, goals=True)
    table.notes.append(
        "What makes the incident hold on a busy machine is the workload's downstream: it serves "
        "`send_capacity` sends at once, so however slowly a student's CPU renders payloads, every payload "
        "rendered and not yet served waits, held, and thread-per-task reaches the budget; the pool never "
        "holds more than its 8 workers' payloads. The instructor's guide turns this table into sizing advice.")
    return table
