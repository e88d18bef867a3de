"""Bad input is refused with a clear error before any thread or process starts.

The cases here are the ones no other test file covers; test_executors,
test_experiment, test_workload and test_lab hold the rest.
"""

from __future__ import annotations

import threading

import psutil
import pytest

from pool_lab import Experiment, MessageWorkload, ThreadPerTaskExecutor, WorkerPool, run_lab, sweep

pytestmark = pytest.mark.timeout(30)

NAN = float("nan")
TINY = MessageWorkload(users=200)


def _shut(make):
    ex = make()
    ex.shutdown()
    return ex


CASES = {
    # A pool's size: ints from 1 to a limit that keeps a laptop safe.
    "workers-absurd": (lambda: WorkerPool(10**6), ValueError, "max_workers must be at most 1,024, got 1,000,000"),
    "workers-negative": (lambda: WorkerPool(-1), ValueError, "max_workers must be greater than 0, got -1"),
    "queue-negative": (lambda: WorkerPool(2, -1), ValueError, "queue_size must be greater than 0, got -1"),
    "queue-float": (lambda: WorkerPool(2, 1.5), TypeError, "queue_size must be an int, got float"),
    "queue-bool": (lambda: WorkerPool(2, True), TypeError, "queue_size must be an int, got bool"),
    "queue-absurd": (lambda: WorkerPool(2, 10**9), ValueError, "queue_size must be at most 10,000, got 1,000,000,000"),
    # Timeouts: None or seconds >= 0.
    "submit-timeout-negative": (lambda: WorkerPool(2, submit_timeout=-1), ValueError,
                                "submit_timeout must be >= 0 seconds or None, got -1"),
    "submit-timeout-nan": (lambda: WorkerPool(2, submit_timeout=NAN), ValueError, "submit_timeout must be >= 0"),
    "submit-timeout-str": (lambda: WorkerPool(2, submit_timeout="1"), TypeError,
                           "submit_timeout must be a number of seconds or None, got str"),
    "shutdown-timeout-negative": (lambda: WorkerPool(2).shutdown(timeout=-1), ValueError,
                                  "timeout must be >= 0 seconds or None, got -1"),
    "shutdown-timeout-str-thread-per-task": (lambda: ThreadPerTaskExecutor().shutdown(timeout="soon"), TypeError,
                                             "timeout must be a number of seconds or None, got str"),
    # Calls.
    "map-not-callable": (lambda: WorkerPool(2).map(42, range(3)), TypeError, "fn must be callable, got int"),
    "map-in-flight-zero": (lambda: WorkerPool(2).map(abs, range(3), in_flight=0), ValueError,
                           "in_flight must be greater than 0, got 0"),
    "map-after-shutdown": (lambda: _shut(WorkerPool).map(abs, range(3)), RuntimeError,
                           "cannot schedule new futures after shutdown"),
    # Experiments: checked when built, so the lab never starts a child for a bad one.
    "experiment-workers-float": (lambda: Experiment("worker-pool", max_workers=2.5), TypeError,
                                 "max_workers must be an int, got float"),
    "experiment-workers-str": (lambda: Experiment("worker-pool", max_workers="8"), TypeError,
                               "max_workers must be an int, got str"),
    "experiment-workers-absurd": (lambda: Experiment("thread-pool-executor", max_workers=10**5), ValueError,
                                  "max_workers must be at most 1,024"),
    "experiment-queue-zero": (lambda: Experiment("worker-pool", queue_size=0), ValueError,
                              "queue_size must be greater than 0, got 0"),
    "experiment-users-absurd-in-process": (lambda: Experiment(workload=MessageWorkload(users=10**9)).run_here(),
                                           ValueError, "could hold 62500000 MiB at once, more than the 256 MiB"),
    # The lab's budget: at least what an idle child holds, at most half of what is free.
    "budget-below-an-idle-child": (lambda: run_lab(Experiment(workload=TINY), budget_mib=8), ValueError,
                                   "budget_mib must be at least 32 MiB, got 8: an idle lab child holds about 20 MiB"),
    "budget-negative": (lambda: run_lab(Experiment(workload=TINY), budget_mib=-64), ValueError,
                        "budget_mib must be greater than 0 MiB, got -64"),
    "budget-nan": (lambda: run_lab(Experiment(workload=TINY), budget_mib=NAN), ValueError,
                   "budget_mib must be greater than 0 MiB, got nan"),
    "budget-bool": (lambda: run_lab(Experiment(workload=TINY), budget_mib=True), TypeError,
                    "budget_mib must be a number of MiB, got bool"),
    "hard-limit-below-an-idle-child": (lambda: run_lab(Experiment(workload=TINY), 96, hard_limit_mib=1), ValueError,
                                       "hard_limit_mib must be at least 32 MiB"),
    "one-task-bigger-than-the-budget": (
        lambda: run_lab(Experiment(workload=MessageWorkload(users=2_000, batch_size=1_000)), budget_mib=48),
        ValueError, "one task of this workload holds 62.5 MiB, more than the budget of 48 MiB"),
    "timeout-zero": (lambda: run_lab(Experiment(workload=TINY), 96, timeout_s=0), ValueError,
                     "timeout_s must be greater than 0 seconds, got 0"),
    "timeout-str": (lambda: run_lab(Experiment(workload=TINY), 96, timeout_s="60"), TypeError,
                    "timeout_s must be a number of seconds, got str"),
    "update-every-negative": (lambda: run_lab(Experiment(workload=TINY), 96, update_every_s=-0.1), ValueError,
                              "update_every_s must be greater than 0 seconds"),
    "on-update-not-callable": (lambda: run_lab(Experiment(workload=TINY), 96, on_update="print"), TypeError,
                               "on_update must be callable or None, got str"),
    # A sweep checks every run before it starts the first.
    "sweep-a-zero-among-workers": (lambda: sweep(Experiment(workload=TINY), workers=(1, 0), budget_mib=96),
                                   ValueError, "max_workers must be greater than 0, got 0"),
    "sweep-a-float-among-workers": (lambda: sweep(Experiment(workload=TINY), workers=(1, 2.5), budget_mib=96),
                                    TypeError, "max_workers must be an int, got float"),
    "sweep-no-workers": (lambda: sweep(Experiment(workload=TINY), workers=(), budget_mib=96), ValueError,
                         "workers must name at least one worker count"),
    "sweep-zero-tasks-per-worker": (lambda: sweep(Experiment(workload=TINY), workers=(1,), tasks_per_worker=0),
                                    ValueError, "users must be greater than 0, got 0"),
    "sweep-on-result-not-callable": (lambda: sweep(Experiment(workload=TINY), workers=(1,), on_result=1),
                                     TypeError, "on_result must be callable or None, got int"),
}


def _started() -> tuple[int, int]:
    return threading.active_count(), len(psutil.Process().children(recursive=True))


@pytest.mark.parametrize("call, error, message", CASES.values(), ids=CASES.keys())
def test_bad_input_is_refused_with_a_clear_error_before_anything_starts(call, error, message):
    before = _started()
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
        call()
    assert _started() == before
