"""Experiments in this process: strategies, ways of submitting, and their guard rails."""

from __future__ import annotations

import concurrent.futures as cf

import pytest

from pool_lab import (
    MAP_HAS_BUFFERSIZE,
    Experiment,
    MessageWorkload,
    RunResult,
    Sample,
    Trace,
    WorkerPool,
    submit_windowed,
)

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("no_leftovers")]

TINY = MessageWorkload(users=400, batch_size=50, message_bytes=1024, lookup_latency_s=0.001, send_latency_s=0.01)


@pytest.mark.parametrize("strategy", ["thread-per-task", "worker-pool", "thread-pool-executor"])
@pytest.mark.parametrize("submission", ["each", "map", "window"])
@pytest.mark.parametrize("payload_in_task", [True, False])
def test_every_combination_sends_every_batch(strategy, submission, payload_in_task):
    exp = Experiment(strategy, 4, submission=submission, payload_in_task=payload_in_task, workload=TINY)
    result = exp.run_here(interval_s=0.01)
    assert (result.outcome, result.tasks_done, result.tasks_total) == ("completed", 8, 8)
    assert result.trace.tasks_done == 8
    assert result.summary()["tasks_done"] == 8


def test_drive_reports_each_successful_task_once():
    running = []
    exp = Experiment("worker-pool", max_workers=3, queue_size=2, workload=TINY)
    pool = exp.make_executor()
    assert isinstance(pool, WorkerPool) and (pool.max_workers, pool.queue_size) == (3, 2)
    pool.shutdown()
    done, errors = exp.drive(lambda: running.append(1))
    assert (done, errors, len(running)) == (8, [], 8)


def test_thread_per_task_has_no_worker_count():
    assert Experiment("thread-per-task", max_workers=8).max_workers is None


def test_run_here_refuses_the_full_incident():
    with pytest.raises(ValueError, match="could hold 1250 MiB at once.*run_lab"):
        Experiment("thread-per-task").run_here()


def test_replace_changes_one_field():
    exp = Experiment("worker-pool", max_workers=8, workload=TINY)
    assert exp.replace(max_workers=2) == Experiment("worker-pool", max_workers=2, workload=TINY)


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"strategy": "goroutines"}, ValueError, "strategy must be one of thread-per-task, worker-pool"),
        ({"submission": "all"}, ValueError, "submission must be one of each, map, window"),
        ({"max_workers": 0}, ValueError, "worker-pool needs max_workers as a positive int"),
        ({"workload": 20_000}, TypeError, "workload must be a MessageWorkload, got int"),
    ],
)
def test_bad_experiments_say_what_was_expected(kwargs, error, message):
    with pytest.raises(error, match=message):
        Experiment(**kwargs)


@pytest.mark.skipif(MAP_HAS_BUFFERSIZE, reason="this Python's Executor.map takes buffersize")
def test_a_buffered_map_before_python_3_14_is_refused_naming_the_version_and_the_alternative():
    with pytest.raises(ValueError, match=r"needs Executor.map\(\.\.\., buffersize=\.\.\.\), new in Python 3.14; "
                                         r"this is Python 3\.\d+.*submission='window'"):
        Experiment("thread-pool-executor", submission="buffered-map")


@pytest.mark.skipif(not MAP_HAS_BUFFERSIZE, reason="Executor.map(buffersize=...) is new in Python 3.14")
def test_a_buffered_map_sends_every_batch_and_is_refused_for_the_worker_pool():
    exp = Experiment("thread-pool-executor", 4, submission="buffered-map", payload_in_task=False, workload=TINY)
    result = exp.run_here()
    assert (result.outcome, result.tasks_done, result.submission) == ("completed", TINY.tasks, "buffered-map")
    with pytest.raises(ValueError, match="WorkerPool.map is bounded already"):
        exp.replace(strategy="worker-pool")


def test_submit_windowed_never_has_more_than_its_window_in_flight():
    pulled = 0
    finished = 0

    def items():
        nonlocal pulled
        for n in range(100):
            pulled += 1
            assert pulled - finished <= 3 + 1, "more than the window was taken from the input"
            yield n

    with cf.ThreadPoolExecutor(4) as ex:
        for _ in submit_windowed(ex, lambda n: n, items(), window=3):
            finished += 1
    assert finished == 100


def test_submit_windowed_wants_a_positive_window():
    with cf.ThreadPoolExecutor(1) as ex, pytest.raises(ValueError, match="window must be greater than 0, got 0"):
        list(submit_windowed(ex, abs, [1], window=0))


def test_a_result_label_names_the_pool_size_and_a_special_submission():
    labels = [Experiment(strategy, 4, submission=sub, workload=TINY).run_here().label
              for strategy, sub in [("thread-per-task", "each"), ("worker-pool", "each"), ("worker-pool", "map")]]
    assert labels == ["thread-per-task", "worker-pool (4 workers)", "worker-pool (4 workers, map)"]


def test_the_old_name_of_the_backstop_still_reads_it_with_a_deprecation_warning():
    result = RunResult("worker-pool", 8, "completed", 1, 1, 0.1, Trace((), "run"), backstop="rlimit")
    with pytest.warns(DeprecationWarning, match="RunResult.backstop"):
        assert result.hard_limit == "rlimit"


def test_the_baseline_is_the_last_reading_before_the_first_task():
    # A strategy that renders before it submits holds a payload within milliseconds
    # of its start: the first reading after it is no baseline.
    mib = 1024 * 1024
    readings = [(0.0, 12), (0.1, 18), (0.2, 19), (0.21, 25), (0.5, 80)]
    trace = Trace(tuple(Sample(t, m * mib, 1, 0.0, 0) for t, m in readings), "render-first")
    lab_run = RunResult("render-first", 8, "completed", 1, 1, 0.3, trace, started_at_s=0.205)
    assert lab_run.baseline_rss_mib == 19
    in_this_process = RunResult("render-first", 8, "completed", 1, 1, 0.5, trace)
    assert in_this_process.baseline_rss_mib == 12
