"""Interrupts and crashes: the lab always ends, says why, and leaves nothing behind.

test_lab.py already covers a KeyboardInterrupt raised from ``on_update``,
SIGINT to a separate parent process, a parent killed outright, and a run
ended by its time limit; these tests cover the rest.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import psutil
import pytest

from pool_lab import Experiment, MessageWorkload, run_lab

MIB = 1024 * 1024
pytestmark = pytest.mark.timeout(60)

# 80 batches, one worker, 0.3 s each: 24 s, far longer than any test waits.
LONG = Experiment("worker-pool", max_workers=1, workload=MessageWorkload(users=8_000))
QUICK = Experiment("worker-pool", max_workers=2, workload=MessageWorkload(users=400))


def _is_lab_child(process: psutil.Process) -> bool:
    try:
        return "spawn_main" in " ".join(process.cmdline())
    except psutil.Error:  # gone, or a zombie already
        return False


def _lab_children() -> list[psutil.Process]:
    return [c for c in psutil.Process().children() if _is_lab_child(c)]


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or sys.platform == "win32", reason="POSIX signals")
def test_sigint_to_this_process_mid_run_stops_the_child_within_a_second():
    # What a Jupyter kernel gets on "interrupt": SIGINT to its own process,
    # arriving while the lab waits on its child.
    threads_before = set(threading.enumerate())
    sent: dict[str, float] = {}

    def interrupt() -> None:
        sent["at"] = time.monotonic()
        os.kill(os.getpid(), signal.SIGINT)

    def interrupt_soon_once_running(trace) -> None:
        if timer.ident is None and len(trace) > 0:  # not started yet
            sent["child"] = _lab_children()[0].pid
            timer.start()

    timer = threading.Timer(0.3, interrupt)
    with pytest.raises(KeyboardInterrupt):
        run_lab(LONG, budget_mib=96, on_update=interrupt_soon_once_running, update_every_s=0.1)
    raised_at = time.monotonic()
    timer.join()
    while not _gone(sent["child"]) and time.monotonic() < raised_at + 5:
        time.sleep(0.005)
    child_gone_s = time.monotonic() - sent["at"]
    print(f"SIGINT to KeyboardInterrupt: {raised_at - sent['at']:.3f} s; child gone after {child_gone_s:.3f} s")
    assert _gone(sent["child"])
    assert child_gone_s < 1.0
    assert set(threading.enumerate()) == threads_before  # the sampler stopped too
    result = run_lab(QUICK, budget_mib=96)
    assert result.outcome == "completed", result.error


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX spawn and signals")
def test_sigint_while_the_child_is_being_started_stops_it_before_it_prints_anything(monkeypatch, capfd):
    # spawn starts the child, then writes it what it starts from; Ctrl-C in
    # between once left a child that read an empty pipe and printed EOFError.
    import multiprocessing.util

    real_spawn = multiprocessing.util.spawnv_passfds
    spawned: list[int] = []

    def spawn_then_interrupt(path, args, *rest, **kwargs):
        pid = real_spawn(path, args, *rest, **kwargs)
        if "spawn_main" in " ".join(map(str, args)):  # the lab's child, not multiprocessing's resource tracker
            spawned.append(pid)
            os.kill(os.getpid(), signal.SIGINT)
        return pid

    monkeypatch.setattr(multiprocessing.util, "spawnv_passfds", spawn_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        run_lab(QUICK, budget_mib=96)
    monkeypatch.undo()
    assert len(spawned) == 1 and _gone(spawned[0])
    time.sleep(0.5)  # what the child would have printed, had it lived to read its pipe
    assert "Error" not in capfd.readouterr().err
    assert run_lab(QUICK, budget_mib=96).outcome == "completed"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGTERM"])
def test_a_child_killed_from_outside_is_failed_not_out_of_memory(sig):
    def kill_it(trace) -> None:
        if len(trace) > 0:
            for child in _lab_children():
                os.kill(child.pid, getattr(signal, sig))

    result = run_lab(LONG, budget_mib=96, on_update=kill_it, update_every_s=0.1)
    assert result.outcome == "failed"
    assert result.killed_by is None
    assert result.error == f"the child was killed by {sig} from outside the lab before reporting"


class _LostTable(MessageWorkload):
    """A workload whose users cannot be listed: the child's drive() raises."""

    def batches(self):
        raise LookupError("the users table is gone")


class _ExitingSend(MessageWorkload):
    """A workload whose send ends the child without a word, as a crashing C library would."""

    def send_batch(self, batch):
        os._exit(3)


def test_a_child_that_raises_is_failed_with_the_exception():
    result = run_lab(Experiment("worker-pool", max_workers=2, workload=_LostTable(users=400)), budget_mib=96)
    assert result.outcome == "failed"
    assert result.error == "LookupError('the users table is gone')"


def test_a_child_that_exits_without_reporting_is_failed_with_its_exit_code():
    result = run_lab(Experiment("worker-pool", max_workers=2, workload=_ExitingSend(users=400)), budget_mib=96)
    assert result.outcome == "failed"
    assert result.error == "the child exited with code 3 before reporting"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="elsewhere the watchdog is alone anyway")
def test_the_watchdog_alone_still_kills_at_the_budget():
    # macOS and Windows have no usable data limit; force Linux to run as they do.
    script = textwrap.dedent("""
        import json, resource
        import psutil
        from pool_lab import Experiment, MessageWorkload, run_lab
        limits = []
        def look(trace):
            if not trace.samples or trace.samples[-1].threads <= 3:
                return  # not under way yet: the child may not have set its limits
            for child in psutil.Process().children():
                try:
                    if not limits and "spawn_main" in " ".join(child.cmdline()):
                        limits.append(child.rlimit(resource.RLIMIT_DATA))
                except psutil.Error:  # the child is gone: the run is over
                    pass
        if __name__ == "__main__":
            r = run_lab(Experiment("thread-per-task", workload=MessageWorkload(users=6_000)), 96,
                        on_update=look, update_every_s=0.05)
            print(json.dumps([r.outcome, r.killed_by, r.backstop, r.killed_rss_bytes, limits[0] if limits else None,
                              resource.getrlimit(resource.RLIMIT_DATA)]))
        """)
    env = dict(os.environ, POOL_LAB_WATCHDOG_ONLY="1")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=50, env=env)
    assert proc.returncode == 0, proc.stderr
    outcome, killed_by, backstop, killed_rss, child_limit, own_limit = json.loads(proc.stdout)
    assert (outcome, killed_by, backstop) == ("oom-killed", "watchdog", "watchdog only")
    assert 96 * MIB <= killed_rss <= 1.15 * 96 * MIB
    assert child_limit == own_limit  # the child set no data limit of its own


def _a_sender_thread_fails(task, items):
    import threading

    def send_first() -> None:
        raise ConnectionError("the provider rejected this batch")

    sender = threading.Thread(target=send_first, name="sender")
    sender.start()
    sender.join()
    for item in items:
        task(item)


def test_a_thread_that_dies_in_the_child_is_printed_without_pythons_own_frames(capfd):
    # Python's own frames (threading.py's run and _bootstrap_inner) name where it is installed,
    # in a notebook's output, and say nothing of the strategy.
    result = run_lab(Experiment(_a_sender_thread_fails, workload=MessageWorkload(users=200)), budget_mib=96)
    assert result.outcome == "completed", result.error
    err = capfd.readouterr().err
    assert "Exception in thread sender:\nTraceback (most recent call last):\n" in err
    assert ", in send_first\n" in err and err.rstrip().endswith("ConnectionError: the provider rejected this batch")
    assert "threading.py" not in err


def _a_memory_error_nothing_can_catch(task, items):
    class Dying:
        def __del__(self) -> None:
            raise MemoryError()  # what a thread that cannot begin under the hard limit leaves to Python

    Dying()  # gone at once: Python reports what __del__ raised as an "Exception ignored in..."
    for item in items:
        task(item)


def test_a_memory_error_nothing_can_catch_kills_the_child_quietly_as_out_of_memory(capfd):
    # Seen on a busy JupyterHub: a thread-per-task run at its hard limit printed "Exception ignored in thread
    # started by: <object repr() failed> MemoryError" into the student's notebook before the child died.
    result = run_lab(Experiment(_a_memory_error_nothing_can_catch, workload=MessageWorkload(users=200)),
                     budget_mib=96)
    assert (result.outcome, result.tasks_done) == ("oom-killed", 0)
    assert "Exception ignored" not in capfd.readouterr().err
