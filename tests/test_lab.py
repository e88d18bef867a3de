"""The lab: a real child process, a real budget, a real SIGKILL."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time

import psutil
import pytest

from pool_lab import Experiment, MessageWorkload, Sample, Trace, lab, lab_thread_stack_bytes, run_lab, sweep
from pool_lab.budget import BACKSTOP, check_budget

MIB = 1024 * 1024
pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("no_leftovers")]

# 60 batches of 6.25 MiB: 375 MiB if every batch is alive at once, as it is
# with a thread per batch; small enough to run quickly, big enough to cross 96 MiB.
SMALL_INCIDENT = MessageWorkload(users=6_000)


def test_thread_per_task_is_killed_at_the_budget():
    result = run_lab(Experiment("thread-per-task", workload=SMALL_INCIDENT), budget_mib=96)
    assert result.outcome == "oom-killed"
    assert result.killed_by == "watchdog"
    assert 96 * MIB <= result.killed_rss_bytes <= result.peak_rss_bytes <= 1.15 * 96 * MIB
    assert result.tasks_done < result.tasks_total == 60
    # It got there by starting a thread per batch: more threads than the budget holds payloads.
    # (How many more depends on how fast a loaded machine starts threads; on a busy one, 23 of 60.)
    assert result.trace.peak_threads > 96 * MIB / SMALL_INCIDENT.payload_bytes_per_task
    # The trace ends at the kill: later readings would show the OS reclaiming memory.
    assert result.trace.samples[-1].t_s == result.killed_at_s
    assert result.trace.samples[-1].rss_bytes == result.killed_rss_bytes
    # The child's start-up comes before its run begins, on the trace's clock.
    assert 0 < result.started_at_s < result.killed_at_s
    # Printed, the kill is timed as the figures time it: from the first task, not to the child's end.
    assert f"killed {result.killed_at_s - result.started_at_s:.2f} s after its run began" in str(result)
    assert result.killed_after_start_s == pytest.approx(result.killed_at_s - result.started_at_s)
    assert 0 < result.baseline_rss_mib < 96


def test_worker_pool_completes_every_task_under_the_same_budget():
    result = run_lab(Experiment("worker-pool", max_workers=4, workload=MessageWorkload(users=1_600)), budget_mib=96)
    assert result.outcome == "completed", result.error
    assert result.tasks_done == result.tasks_total == 16
    assert result.peak_rss_mib < 96
    assert result.trace.peak_threads <= 4 + 3  # workers, the main thread, the orphan watch, spare
    assert result.killed_at_s is None and result.error is None


def test_the_child_gives_its_threads_small_stacks_only_under_an_rlimit():
    # RLIMIT_DATA counts reserved stacks; without it the platform default stays.
    assert lab_thread_stack_bytes() == (256 * 1024 if BACKSTOP == "rlimit" else 0)


@pytest.mark.skipif(BACKSTOP != "rlimit", reason="the hard limit is an rlimit on Linux only")
def test_the_hard_limit_stops_a_run_the_watchdog_would_let_through():
    # A budget the run never reaches, and a hard limit it does: the child
    # must stop itself, as it would if the parent's watchdog were starved.
    result = run_lab(Experiment("thread-per-task", workload=SMALL_INCIDENT), budget_mib=1_000, hard_limit_mib=128)
    assert result.outcome == "oom-killed"
    assert result.killed_by == "rlimit"
    assert result.peak_rss_mib < 1_000


def test_a_run_that_takes_too_long_is_killed_and_reported_failed():
    result = run_lab(Experiment("worker-pool", max_workers=1, workload=MessageWorkload(users=2_000)),
                     budget_mib=96, timeout_s=0.5)
    assert result.outcome == "failed"
    assert result.error == "timed out: still running 0.5 s after its run began"
    assert 0.5 <= result.elapsed_s < 5  # its tasks ran for the limit; the child's start-up is not counted


def test_a_run_is_stopped_at_its_time_limit_not_at_the_next_update():
    # Updates 5 s apart: a limit checked only when the caller is updated would let the run go on to 5 s.
    result = run_lab(Experiment("worker-pool", max_workers=1, workload=MessageWorkload(users=2_000)),
                     budget_mib=96, timeout_s=0.5, update_every_s=5.0)
    assert result.error == "timed out: still running 0.5 s after its run began"
    assert result.elapsed_s < 2.5, result.elapsed_s


def test_the_parent_waits_for_its_child_without_spinning():
    # With no caller to update, the parent must still sleep between its looks at the child: a loop that
    # woke at once used half a CPU here (0.4 to 0.6 s of CPU time per second), the child's CPU.
    cpu, wall = time.process_time(), time.perf_counter()
    run_lab(Experiment("worker-pool", max_workers=1, workload=MessageWorkload(users=2_000)), budget_mib=96,
            timeout_s=1.0)
    used = (time.process_time() - cpu) / (time.perf_counter() - wall)
    assert used < 0.2, f"the parent used {used:.2f} s of CPU time per second while its child ran"


def test_the_time_limit_does_not_count_the_child_s_start_up():
    # The child takes a few tenths of a second to start (more on a busy
    # machine); a run of one task of a few milliseconds still completes.
    one_task = MessageWorkload(users=100, message_bytes=1024, lookup_latency_s=0.0, send_latency_s=0.005)
    result = run_lab(Experiment("worker-pool", workload=one_task), budget_mib=96, timeout_s=0.1)
    assert result.started_at_s > 0.1  # the start-up alone outlasted the limit...
    assert result.outcome == "completed", result.error  # ...and did not count against it


def test_a_child_that_never_begins_its_first_task_is_stopped(monkeypatch):
    monkeypatch.setattr(lab, "_STARTUP_LIMIT_S", 0.05)  # no child starts that fast
    result = run_lab(Experiment("worker-pool", workload=MessageWorkload(users=400)), budget_mib=96, timeout_s=60)
    assert result.outcome == "failed"
    assert result.error == "timed out: its run had not begun 0.05 s after the child started"
    assert result.tasks_done == 0 and result.started_at_s is None


def test_keyboard_interrupt_stops_the_child():
    seen = []

    def interrupt(trace):
        seen.append(trace)
        raise KeyboardInterrupt  # what a kernel interrupt raises in the cell

    with pytest.raises(KeyboardInterrupt):
        run_lab(Experiment("worker-pool", workload=MessageWorkload(users=4_000)), budget_mib=96, on_update=interrupt)
    assert seen  # the run was under way when it was interrupted


def test_a_slow_update_is_no_part_of_the_run_time():
    # A live plot's last redraw, after the child has ended, must not lengthen elapsed_s.
    def slow_redraw(trace):
        time.sleep(1.0)

    quick = MessageWorkload(users=400, lookup_latency_s=0.0, send_latency_s=0.01)  # well under a second
    result = run_lab(Experiment("worker-pool", workload=quick), budget_mib=96, on_update=slow_redraw,
                     update_every_s=5.0)
    assert result.outcome == "completed" and result.elapsed_s < 1.0, result.elapsed_s


def test_on_update_sees_the_trace_grow():
    lengths = []
    result = run_lab(Experiment("worker-pool", max_workers=8, workload=MessageWorkload(users=1_600)),
                     budget_mib=96, on_update=lambda trace: lengths.append(len(trace)), update_every_s=0.05)
    assert len(lengths) >= 3
    assert lengths == sorted(lengths)
    assert lengths[-1] == len(result.trace)


def _script(body: str) -> list[str]:
    return [sys.executable, "-c", textwrap.dedent(body)]


def test_sigint_to_the_parent_leaves_no_child():
    # The parent prints its lab child's pid, then gets SIGINT as a Jupyter
    # kernel does on "interrupt".
    parent = subprocess.Popen(_script("""
        import os, psutil, signal
        from pool_lab import Experiment, MessageWorkload, run_lab
        def show(trace):
            print(psutil.Process().children()[-1].pid, flush=True)
        if __name__ == "__main__":
            # What a kernel has, whatever the shell that started the tests left: a CI script's
            # background job starts with SIGINT ignored, and so does every process under it.
            signal.signal(signal.SIGINT, signal.default_int_handler)
            run_lab(Experiment("worker-pool", workload=MessageWorkload(users=8_000)), 96, on_update=show)
        """), stdout=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        parent.send_signal(signal.SIGINT)
        parent.wait(20)
    finally:
        parent.kill()
        parent.wait()
    assert parent.returncode != 0  # it was interrupted, not finished
    assert not psutil.pid_exists(child) or psutil.Process(child).status() == psutil.STATUS_ZOMBIE


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL to kill the parent outright")
def test_a_child_whose_parent_dies_exits_on_its_own():
    # SIGKILL runs no finally block: only the child's orphan watch can help.
    parent = subprocess.Popen(_script("""
        import psutil
        from pool_lab import Experiment, MessageWorkload, run_lab
        def show(trace):
            print(psutil.Process().children()[-1].pid, flush=True)
        if __name__ == "__main__":
            run_lab(Experiment("worker-pool", max_workers=1, workload=MessageWorkload(users=8_000)), 96, on_update=show)
        """), stdout=subprocess.PIPE, text=True)
    try:
        child = psutil.Process(int(parent.stdout.readline()))
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        child.wait(5)  # raises TimeoutExpired if the orphan ran on
    finally:
        parent.kill()
        parent.wait()


def test_a_budget_above_the_safe_share_is_refused_before_anything_starts():
    huge = psutil.virtual_memory().available / MIB  # all of it: twice the safe share
    with pytest.raises(ValueError, match="more than half of the .* MiB this machine has available"):
        run_lab(Experiment(), budget_mib=huge)


@pytest.mark.parametrize("budget", [0, -5, float("nan")])
def test_a_budget_must_be_positive(budget):
    with pytest.raises(ValueError, match="greater than 0"):
        check_budget(budget)


def test_the_lab_takes_an_experiment():
    with pytest.raises(TypeError, match="experiment must be an Experiment, got str"):
        run_lab("thread-per-task", budget_mib=96)


def test_sweep_runs_one_child_per_pool_size_with_the_same_rounds():
    results = sweep(Experiment("worker-pool", workload=MessageWorkload(users=100)), workers=(1, 4),
                    budget_mib=96, tasks_per_worker=2)
    assert [r.max_workers for r in results] == [1, 4]
    assert [r.tasks_total for r in results] == [2, 8]
    assert all(r.outcome == "completed" for r in results)


def test_a_sweep_of_thread_per_task_is_refused():
    with pytest.raises(ValueError, match="thread-per-task"):
        sweep(Experiment("thread-per-task"), workers=(1, 2))


@pytest.mark.parametrize(
    "budget, error, message",
    [("256", TypeError, "budget_mib must be a number of MiB, got str"),
     (0, ValueError, "budget_mib must be greater than 0")],
)
def test_a_budget_must_be_a_positive_number_of_mib(budget, error, message):
    with pytest.raises(error, match=message):
        run_lab(Experiment(), budget_mib=budget)


def test_a_script_without_a_main_guard_runs_the_lab_once(tmp_path):
    # spawn would re-run an unguarded script in the child; the lab's child
    # must not, or a student's first script starts a lab inside the lab.
    script = tmp_path / "unguarded.py"
    script.write_text(textwrap.dedent("""
        from pool_lab import Experiment, MessageWorkload, run_lab
        print("started", flush=True)
        print(run_lab(Experiment("worker-pool", workload=MessageWorkload(users=800)), 96).outcome)
        """))
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=50)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["started", "completed"]


# How a run ended -> what the lab reports: (outcome, killed_by, error).  The
# real-process tests above reach some of these; the table reaches them all.
NO_ERROR, RAISED = {"error": None}, {"error": "ValueError('boom')"}
LATE = "timed out: still running 60 s after its run began"
ENDINGS = {
    "completed": (dict(report=NO_ERROR), ("completed", None, None)),
    "a task raised": (dict(report=RAISED), ("failed", None, "ValueError('boom')")),
    "the watchdog killed it": (dict(watchdog_killed=True), ("oom-killed", "watchdog", None)),
    "the watchdog killed it after it reported": (dict(report=NO_ERROR, watchdog_killed=True),
                                                 ("oom-killed", "watchdog", None)),
    "it killed itself at its hard limit": (dict(out_of_memory=True), ("oom-killed", BACKSTOP, None)),
    "timed out": (dict(stopped=LATE), ("failed", None, LATE)),
    "timed out, then the flag": (dict(stopped=LATE, out_of_memory=True), ("failed", None, LATE)),
    "the watchdog killed it at the deadline": (dict(stopped=LATE, watchdog_killed=True),
                                               ("oom-killed", "watchdog", LATE)),
    "killed from outside": (dict(exitcode=-signal.SIGTERM),
                            ("failed", None, "the child was killed by SIGTERM from outside the lab before reporting")),
    "exited without reporting": (dict(exitcode=3), ("failed", None, "the child exited with code 3 before reporting")),
    "an unknown signal": (dict(exitcode=-99),
                          ("failed", None, "the child was killed by signal 99 from outside the lab before reporting")),
}


@pytest.mark.parametrize("ending, expected", ENDINGS.values(), ids=ENDINGS.keys())
def test_the_outcome_follows_from_how_the_run_ended(ending, expected):
    how = dict(report=None, watchdog_killed=False, stopped=None, out_of_memory=False, exitcode=-9)
    how.update(ending)
    assert lab._verdict(how.pop("report"), **how) == expected


def test_the_watchdog_kills_once_at_the_first_reading_past_the_budget_and_the_trace_ends_there():
    child = multiprocessing.get_context("spawn").Process(target=time.sleep, args=(30,), daemon=True)
    child.start()
    try:
        watchdog = lab._Watchdog(child, budget_bytes=100 * MIB)
        readings = [Sample(t / 10, rss * MIB, 1, 0.0, 0) for t, rss in enumerate([20, 60, 100, 130, 90])]
        for sample in readings:
            watchdog(sample)
        child.join(10)
        assert child.exitcode == -signal.SIGKILL
        assert (watchdog.killed_at_s, watchdog.killed_rss_bytes) == (0.2, 100 * MIB)
        assert watchdog.trim(Trace(tuple(readings), "run")).samples == tuple(readings[:3])
    finally:
        child.kill()
        child.join()
