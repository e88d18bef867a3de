"""Strategies as functions: the built-in ones and a student's own run the same way, in the lab too."""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from pool_lab import Experiment, IncompleteRun, MessageWorkload, run_lab
from pool_lab.shipping import ship
from pool_lab.strategies import ASYNC_STRATEGIES, BUILT_IN, check_strategy, is_async, name_of, run

# The acceptance script's strategies (tests/ is on sys.path), here imported rather than in __main__.
from open_lab_incident import async_semaphore as gather_limited
from open_lab_incident import bounded_spawner as spawn_limited

pytestmark = [pytest.mark.timeout(90), pytest.mark.usefixtures("no_leftovers")]

MIB = 1024 * 1024
TINY = MessageWorkload(users=400, batch_size=50, message_bytes=1024, lookup_latency_s=0.001, send_latency_s=0.01)
SCRIPT = Path(__file__).with_name("open_lab_incident.py")


def one_by_one(task, items):
    for item in items:
        task(item)


# The acceptance, from a script whose strategies live in __main__.

@pytest.fixture(scope="module")
def incident_rows() -> dict[str, dict]:
    proc = subprocess.run([sys.executable, str(SCRIPT), "--quick"], capture_output=True, text=True, timeout=80,
                          check=True)
    return {row["strategy"]: row for row in map(json.loads, proc.stdout.splitlines())}


def test_a_semaphore_bounded_spawner_from_main_completes_the_incident_in_half_the_budget(incident_rows):
    row = incident_rows["bounded_spawner"]
    assert (row["outcome"], row["tasks_done"], row["tasks_total"]) == ("completed", 200, 200), row
    assert row["peak_rss_mib"] <= row["budget_mib"] / 2


def test_an_unbounded_spawner_from_main_is_oom_killed(incident_rows):
    row = incident_rows["spawn_all"]
    assert row["outcome"] == "oom-killed" and row["tasks_done"] < row["tasks_total"] == 200, row


def test_an_async_semaphore_from_main_completes(incident_rows):
    row = incident_rows["async_semaphore"]
    assert row["outcome"] == "completed" and row["tasks_done"] == row["tasks_total"], row


def test_a_strategy_that_skips_half_the_items_fails_with_half_done(incident_rows):
    row = incident_rows["every_other"]
    assert row["outcome"] == "failed" and row["tasks_done"] * 2 == row["tasks_total"], row
    assert f"ran {row['tasks_done']} of {row['tasks_total']} tasks" in row["error"]


def test_a_strategy_that_raises_fails_with_its_message(incident_rows):
    row = incident_rows["breaks"]
    assert row["outcome"] == "failed" and "the strategy broke before its first task" in row["error"], row


def test_a_strategy_closing_over_a_lock_is_refused_naming_the_lock(incident_rows):
    row = incident_rows["one_at_a_time_with_a_lock"]
    assert "refused" in row, row
    assert "`lock`" in row["refused"] and "_thread.lock" in row["refused"]


# Refused before anything starts.

def test_an_unshippable_strategy_is_refused_before_any_child_starts(monkeypatch):
    lock = threading.Lock()

    def locked(task, items):
        for item in items:
            with lock:
                task(item)

    started = []
    monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", lambda self: started.append(self))
    with pytest.raises(TypeError, match=r"`lock`, a variable locked closes over, is a _thread.lock"):
        run_lab(Experiment(locked, workload=TINY), budget_mib=64)
    assert started == []


def test_shipping_names_an_open_file_passed_through_a_partial(tmp_path):
    with open(tmp_path / "log.txt", "w") as log:
        strategy = functools.partial(spawn_limited, limit=log)
        with pytest.raises(TypeError, match=r"its argument limit=, is a _io.TextIOWrapper, which cannot be pickled"):
            ship(strategy, "strategy bounded_spawner")


@pytest.mark.parametrize(
    "strategy, message",
    [
        (42, "strategy must be a built-in strategy's name .* or a function strategy\\(task, items\\).*got int"),
        (lambda task: None, "strategy <lambda> must accept two arguments, \\(task, items\\), but its signature is "
                            "\\(task\\)"),
        (lambda task, items, limit: None, "strategy <lambda> must accept .* functools.partial"),
        ("goroutines", "strategy must be one of thread-per-task, .* or a function strategy\\(task, items\\)"),
        (lambda task, items: (yield), "strategy <lambda> is a generator function"),
    ],
)
def test_a_strategy_that_cannot_be_one_is_refused_saying_what_is_expected(strategy, message):
    with pytest.raises((TypeError, ValueError), match=message):
        Experiment(strategy)


def test_a_function_takes_no_submission_but_its_own():
    with pytest.raises(ValueError, match="one_by_one calls task\\(item\\) itself: submission"):
        Experiment(one_by_one, submission="map")


def test_an_experiment_binds_no_settings_into_a_function_of_yours():
    def mine(task, items, *, max_workers=3):
        one_by_one(task, items)

    exp = Experiment(mine, max_workers=16, workload=TINY)
    assert exp.max_workers is None and exp.strategy_function() is mine
    with pytest.raises(ValueError, match="mine has no executor of its own"):
        exp.make_executor()


# Names and kinds.

def test_a_function_is_named_after_itself_and_a_partial_after_what_it_wraps():
    assert name_of(one_by_one) == "one_by_one"
    assert name_of(functools.partial(spawn_limited, limit=8)) == "bounded_spawner"
    assert name_of(lambda task, items: None) == "<lambda>"
    assert Experiment(functools.partial(spawn_limited, limit=2), workload=TINY).run_here().label == "bounded_spawner"


def test_every_built_in_is_a_function_in_the_table_and_async_ones_are_async():
    for name, fn in BUILT_IN.items():
        check_strategy(fn)
        assert is_async(fn) == (name in ASYNC_STRATEGIES)
    assert is_async(functools.partial(gather_limited, limit=2)) and not is_async(one_by_one)


# Running: sync and async, complete or not.

@pytest.mark.parametrize("strategy", [functools.partial(spawn_limited, limit=3),
                                      functools.partial(gather_limited, limit=3), one_by_one])
def test_a_students_strategy_runs_like_a_built_in(strategy):
    result = Experiment(strategy, workload=TINY).run_here(interval_s=0.01)
    assert (result.outcome, result.tasks_done, result.tasks_total, result.error) == ("completed", 8, 8, None)
    assert result.trace.tasks_done == 8


def fail_on_two(n):
    if n == 2:
        raise ValueError("two is bad")
    return n


def test_a_task_error_the_strategy_passes_on_is_reported_once():
    done, errors = run(one_by_one, fail_on_two, range(5), total=5)
    assert done == 2 and len(errors) == 1 and str(errors[0]) == "two is bad"


def test_a_task_error_the_strategy_swallows_still_fails_the_run():
    def careless(task, items):
        for item in items:
            try:
                task(item)
            except ValueError:
                pass

    done, errors = run(careless, fail_on_two, range(5), total=5)
    assert done == 4 and [str(e) for e in errors] == ["two is bad"]


def test_a_strategy_that_returns_while_tasks_still_run_is_incomplete():
    release = threading.Event()
    threads = []

    def leave_them_running(task, items):
        for item in items:
            threads.append(threading.Thread(target=task, args=(item,)))
            threads[-1].start()

    done, errors = run(leave_them_running, lambda n: release.wait(), range(3), total=3)
    release.set()
    for thread in threads:
        thread.join()
    assert done == 0 and isinstance(errors[0], IncompleteRun)
    assert "ran 0 of 3 tasks: the strategy returned while 3 were still running" in str(errors[0])


def test_a_strategy_that_calls_a_task_twice_is_told_once():
    done, errors = run(lambda task, items: [task(i) for i in [*items, *items]], abs, range(2), total=2)
    assert str(errors[0]) == "ran 4 of 2 tasks: a strategy must call task(item) for every item, once"


def test_a_sync_strategy_returning_a_coroutine_is_told_to_use_async_def():
    done, errors = run(lambda task, items: gather_limited(task, items), abs, range(2), total=2)
    assert "returned an awaitable: define it with async def" in str(errors[0])


# In the lab: what a strategy leaves, and how long it may take.

def hang(task, items):
    time.sleep(3600)


def test_a_strategy_that_hangs_ends_at_the_timeout():
    result = run_lab(Experiment(hang, workload=TINY), budget_mib=64, timeout_s=1.0)
    assert result.outcome == "failed" and "timed out" in result.error


def run_then_leave_a_thread(task, items):
    one_by_one(task, items)
    threading.Thread(target=time.sleep, args=(3600,)).start()  # not a daemon: it would hold a normal exit


def test_a_thread_left_behind_goes_with_the_child():
    start = time.monotonic()
    result = run_lab(Experiment(run_then_leave_a_thread, workload=TINY), budget_mib=64, timeout_s=30)
    assert (result.outcome, result.tasks_done) == ("completed", 8), result.error
    assert time.monotonic() - start < 20


def run_then_leave_a_process(task, items, pid_file):
    one_by_one(task, items)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"])
    Path(pid_file).write_text(str(sleeper.pid))


def test_a_process_left_behind_goes_with_the_child(tmp_path):
    pid_file = tmp_path / "pid"
    strategy = functools.partial(run_then_leave_a_process, pid_file=str(pid_file))
    result = run_lab(Experiment(strategy, workload=TINY), budget_mib=64)
    assert result.outcome == "completed", result.error
    leftover = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            if psutil.Process(leftover).status() == psutil.STATUS_ZOMBIE:
                break
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    else:
        os.kill(leftover, 9)
        pytest.fail("the process the strategy started outlived the lab's child")
