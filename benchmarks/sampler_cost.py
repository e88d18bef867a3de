"""Benchmark 4: the sampler must not disturb what it samples, and must agree with another instrument."""

from __future__ import annotations

import multiprocessing
import statistics
import threading
import time

from memory_profiler import memory_usage

from pool_lab import Experiment, MessageWorkload, Sampler, burn_cpu, run_lab
from pool_lab.budget import apply_hard_limit

from .report import MIB, Table, median_of

_PROBE_MIB = 160  # what the accuracy child allocates, in steps, then holds


def _cpu_rate(tasks: int, beside: str) -> float:
    """Return CPU-bound tasks per second in this thread with ``beside`` it: "nothing", "waker" or "sampler"."""
    # The other thread must take the GIL from this one for every wake-up, so
    # this is where its cost shows.  The waker wakes at 100 Hz and does
    # nothing: the least any in-process sampler at that rate can cost.
    stop = threading.Event()
    other = None
    if beside == "waker":
        def wake() -> None:
            next_at = time.perf_counter()
            while not stop.wait(max(0.0, (next_at := next_at + 0.01) - time.perf_counter())):
                pass
        other = threading.Thread(target=wake, name="pool_lab-bench-waker")
        other.start()
    sampler = Sampler(interval_s=0.01).start() if beside == "sampler" else None
    start = time.perf_counter()
    for _ in range(tasks):
        burn_cpu(0.005)
    elapsed = time.perf_counter() - start
    stop.set()
    if other:
        other.join()
    if sampler:
        sampler.stop()
    return tasks / elapsed


def _sampler_cpu_share(seconds: float) -> float:
    """Return the share of one core a 100 Hz Sampler of this process uses, while nothing else runs."""
    wall, cpu = time.perf_counter(), time.process_time()
    with Sampler(interval_s=0.01):
        time.sleep(seconds)
    return (time.process_time() - cpu) / (time.perf_counter() - wall)


def _allocate_and_hold(conn) -> None:
    """In a child: allocate _PROBE_MIB MiB in 16 MiB steps, every page written; hold it until told."""
    apply_hard_limit(2 * _PROBE_MIB * MIB)
    conn.recv()  # start when both instruments are watching
    held = []
    for _ in range(_PROBE_MIB // 16):
        held.append(bytearray(b"x" * (16 * MIB)))
        time.sleep(0.05)
    conn.recv()  # until both have seen the peak


def _peaks_side_by_side() -> tuple[float, float]:
    """Return (pool_lab Sampler peak, memory_profiler peak), in MiB, of one child."""
    ctx = multiprocessing.get_context("spawn")
    parent, child_end = ctx.Pipe()
    child = ctx.Process(target=_allocate_and_hold, args=(child_end,), daemon=True)
    child.start()
    profiler: list[float] = []
    try:
        watcher = threading.Thread(
            target=lambda: profiler.append(memory_usage(child.pid, interval=0.01, timeout=2.0, max_usage=True))
        )
        with Sampler(child.pid, 0.01) as sampler:
            watcher.start()
            parent.send("go")
            watcher.join()
            parent.send("stop")
            child.join(10)
    finally:
        if child.is_alive():
            child.kill()
        child.join()
    return sampler.trace.peak_rss_mib, float(profiler[0])


def run(quick: bool) -> Table:
    """Return the sampler table: overhead, agreement with memory_profiler, watchdog overshoot."""
    tasks, rounds, kills = (20, 2, 1) if quick else (80, 25, 3)
    sides = ["nothing", "waker", "sampler"]
    rates: dict[str, list[float]] = {side: [] for side in sides}
    for rep in range(rounds):
        # Rounds in rotating order, so a slow moment hurts every side alike.
        for side in sides[rep % 3:] + sides[:rep % 3]:
            rates[side].append(_cpu_rate(tasks, side))
    ratios = [on / off for on, off in zip(rates["sampler"], rates["nothing"], strict=True)]
    waker_ratios = [on / off for on, off in zip(rates["waker"], rates["nothing"], strict=True)]
    overhead, floor = 1 - statistics.median(ratios), 1 - statistics.median(waker_ratios)
    table = Table(
        "4. The sampler",
        f"Overhead: {tasks} CPU-bound tasks of 5 ms in one thread, with nothing beside it, with a thread "
        f"that only wakes at 100 Hz, and with a Sampler at 100 Hz in the same process; {rounds} rounds in "
        f"rotating order, median of the per-round ratios to 'nothing' (the sampler's ranged from "
        f"{min(ratios):.3f} to {max(ratios):.3f}: on a shared machine the spread is wider than the effect, "
        "which the CPU row measures without it). "
        f"Accuracy: a child writes {_PROBE_MIB} MiB in 16 MiB steps and holds it; pool_lab's Sampler and "
        "`memory_profiler.memory_usage` watch it at 100 Hz at the same time. "
        f"Watchdog: the incident's thread-per-task run in the lab, killed at a 256 MiB budget, {kills} runs.",
    )
    table.add("throughput lost to a 100 Hz sampler", f"{overhead * 100:.1f} %", "tasks/s with / without",
              1 - overhead, "<= 2 %", overhead <= 0.02)
    table.add("floor: throughput lost to a thread that only wakes at 100 Hz", f"{floor * 100:.1f} %",
              "tasks/s with / without", 1 - floor)
    share = _sampler_cpu_share(1.0 if quick else 3.0)
    table.add("CPU the 100 Hz sampler takes, with nothing else running", f"{share * 100:.2f} % of a core")
    table.notes.append(
        "Where the sampler costs: each reading is a timed wait in a Python thread, then a read of /proc; "
        "the CPU row is their sum per second of sampling. In the same process, under the GIL, that time "
        "is taken from the work. On Linux the sampler reads the one file /proc/<pid>/stat, kept open, where "
        "psutil would open three (stat, status, statm); profiled when that was chosen (2-core VM, 100 Hz), "
        "a psutil reading took about 230 us of CPU and the single read about 40 us. Other platforms read "
        "through psutil. "
        f"Before it reads anything, each wake-up takes the GIL from the working thread and gives it back: "
        f"the floor row is that alone, {floor * 100:.1f} % on this run, which no in-process sampler at 100 Hz "
        f"can go below; the sampler's own reading adds {max(0.0, overhead - floor) * 100:.1f} points. The lab's "
        "watchdog samples the child from the parent process, so there the experiment loses no GIL time "
        "to it, only CPU on a machine whose cores are all busy; in-process, `Sampler` reads at 20 Hz by "
        "default and `Experiment.run_here` at 50 Hz: a fifth and a half of this cost."
    )
    ours, theirs = _peaks_side_by_side()
    agree = ours / theirs
    table.add("peak RSS, pool_lab Sampler", f"{ours:.1f} MiB", f"memory_profiler: {theirs:.1f} MiB", agree,
              "within 5 %", abs(agree - 1) <= 0.05)
    budget = 256
    users = 6_000 if quick else 20_000
    killed = []
    for _ in range(kills):
        result = run_lab(Experiment("thread-per-task", workload=MessageWorkload(users=users)), budget)
        if result.killed_rss_bytes is not None:
            killed.append(result.killed_rss_bytes / MIB)
    worst = max(killed, default=float("nan"))
    table.add(f"RSS when the watchdog killed the child (worst of {len(killed)}/{kills} kills)",
              f"{worst:.1f} MiB", f"budget: {budget} MiB", worst / budget, "<= 1.10 x budget",
              bool(killed) and worst <= 1.10 * budget)
    if killed:
        table.notes.append(f"Kills at {', '.join(f'{k:.1f}' for k in killed)} MiB; median {median_of(killed):.1f}.")
    return table
