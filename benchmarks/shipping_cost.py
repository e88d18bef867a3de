"""Benchmark 6: what it costs to run a student's own strategy, shipped by value, instead of a built-in one."""

from __future__ import annotations

import pickle
import subprocess
import sys
import time
from typing import Callable

from pool_lab import Experiment, MessageWorkload, run_lab
from pool_lab.shipping import ship

from .report import Table, interleaved, median_of

WORKERS = 8

# A worker pool written by hand, as in a notebook cell.  Executed in a
# namespace named __main__, so cloudpickle sends it by value, with its code
# and its globals, exactly as it sends a notebook's or a script's function.
_STUDENT_CELL = '''
import queue
import threading

def go_style_pool(task, items, workers=8):
    jobs = queue.Queue(maxsize=workers)
    def worker():
        while (item := jobs.get()) is not None:
            task(item)
    crew = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in crew:
        thread.start()
    for item in items:
        jobs.put(item)
    for _ in crew:
        jobs.put(None)
    for thread in crew:
        thread.join()
'''


def _students_strategy() -> Callable:
    namespace: dict = {"__name__": "__main__"}
    exec(compile(_STUDENT_CELL, "<notebook cell>", "exec"), namespace)
    return namespace["go_style_pool"]


# In a fresh interpreter that has imported pool_lab, as the lab's child has:
# the time to import cloudpickle and unpickle the experiment, from stdin.
_UNPICKLE_IN_A_CHILD = """
import pickle, sys, time
import pool_lab
blob = sys.stdin.buffer.read()
start = time.perf_counter()
import cloudpickle
pickle.loads(blob)
print(time.perf_counter() - start)
"""


def _child_unpickle_s(blob: bytes) -> float:
    proc = subprocess.run([sys.executable, "-c", _UNPICKLE_IN_A_CHILD], input=blob, capture_output=True,
                          check=True, timeout=60)
    return float(proc.stdout)


def _seconds(call: Callable[[], object], times: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(times):
        call()
    return (time.perf_counter() - start) / times


def run(quick: bool) -> Table:
    """Return the shipping table: seconds per run_lab and per pickling, medians of interleaved repetitions."""
    repeat = 1 if quick else 7
    workload = MessageWorkload(users=800, lookup_latency_s=0.01, send_latency_s=0.05)  # 8 batches, one round
    students = Experiment(_students_strategy(), workload=workload)
    built_in = Experiment("worker-pool", max_workers=WORKERS, workload=workload)
    for experiment in (students, built_in):  # both must do the same work, and finish it
        result = run_lab(experiment, timeout_s=60)
        if result.outcome != "completed":
            raise RuntimeError(f"{experiment.name} did not complete: {result.error}")
    cases = {
        "run.students": lambda: _seconds(lambda: run_lab(students, timeout_s=60)),
        "run.built-in": lambda: _seconds(lambda: run_lab(built_in, timeout_s=60)),
        "ship": lambda: _seconds(lambda: ship(students, "strategy go_style_pool"), 20),
        "pickle": lambda: _seconds(lambda: pickle.dumps(built_in), 20),
        "unpickle": lambda: _child_unpickle_s(ship(students, "strategy go_style_pool")),
    }
    s = {name: median_of(runs) for name, runs in interleaved(cases, repeat).items()}
    table = Table(
        "6. Shipping a student's strategy",
        f"`run_lab` of a {workload.tasks}-batch workload on {WORKERS} workers, start of the child to its end, "
        "measured from the parent: a Go-style pool written as a function in `__main__` (sent to the child by "
        "value with cloudpickle) against the built-in `worker-pool` (sent by name with pickle); seconds, "
        f"median of {repeat} interleaved repetitions (pickling: of 20 calls each).",
    )
    added = s["run.students"] - s["run.built-in"]
    table.add("`run_lab`, a strategy function from `__main__`", f"{s['run.students']:.3f} s",
              f"built-in `worker-pool`: {s['run.built-in']:.3f} s", s["run.students"] / s["run.built-in"])
    table.add("time shipping adds to a run (difference of the medians)", f"{added:+.3f} s", "", None, "<= 0.5 s",
              added <= 0.5)
    table.add("in the parent: cloudpickle the experiment and its function", f"{s['ship'] * 1e3:.2f} ms",
              f"pickle a built-in experiment: {s['pickle'] * 1e3:.2f} ms", s["ship"] / s["pickle"])
    table.add("in the child: import cloudpickle and unpickle them", f"{s['unpickle'] * 1e3:.1f} ms", "", None,
              "<= 0.5 s", s["unpickle"] <= 0.5)
    table.notes.append(
        "What shipping adds is the child's import of cloudpickle and its unpickling of the function, and the "
        "parent's cloudpickling: a fixed cost per run, whatever the workload. The two `run_lab` rows also "
        "include starting the child process and importing pool_lab in it, which both pay, so their difference "
        "carries the noise of starting a process; the last two rows measure the shipping alone."
    )
    return table
