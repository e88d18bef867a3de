"""One rule per kind of argument, the same in every module (``pool_lab/_checks.py``).

A count is an int (never a bool); a duration or a size is a finite number
(never a bool, NaN or infinity), and None, where allowed, means "no limit".
test_bad_input.py pins the messages of the cases a student meets most.
"""

from __future__ import annotations

import asyncio
import math

import pytest

from pool_lab import (
    CpuWorkload,
    Experiment,
    HttpSender,
    MessageWorkload,
    Receiver,
    Sampler,
    ThreadPerTaskExecutor,
    WorkerPool,
    burn_cpu,
    gather_with_semaphore,
    measure_coroutine_cost,
    measure_thread_cost,
    run_lab,
    submit_windowed,
)
from pool_lab.budget import check_budget

pytestmark = pytest.mark.timeout(30)

INF = math.inf
URL = "http://127.0.0.1:1/messages"
TINY = MessageWorkload(users=200)

# Every argument that takes a number of seconds (or of MiB), with how to pass it one.
DURATIONS = {
    "MessageWorkload.lookup_latency_s": lambda v: MessageWorkload(lookup_latency_s=v),
    "MessageWorkload.render_s_per_user": lambda v: MessageWorkload(render_s_per_user=v),
    "MessageWorkload.send_latency_s": lambda v: MessageWorkload(send_latency_s=v),
    "MessageWorkload.jitter_s": lambda v: MessageWorkload(jitter_s=v),
    "CpuWorkload.cpu_s_per_task": lambda v: CpuWorkload(cpu_s_per_task=v),
    "burn_cpu": burn_cpu,
    "WorkerPool.submit_timeout": lambda v: WorkerPool(2, submit_timeout=v),
    "WorkerPool.shutdown.timeout": lambda v: WorkerPool(2).shutdown(timeout=v),
    "ThreadPerTaskExecutor.shutdown.timeout": lambda v: ThreadPerTaskExecutor().shutdown(timeout=v),
    "Sampler.interval_s": lambda v: Sampler(interval_s=v),
    "run_lab.timeout_s": lambda v: run_lab(Experiment(workload=TINY), 96, timeout_s=v),
    "run_lab.update_every_s": lambda v: run_lab(Experiment(workload=TINY), 96, update_every_s=v),
    "run_lab.budget_mib": lambda v: run_lab(Experiment(workload=TINY), v),
    "run_lab.hard_limit_mib": lambda v: run_lab(Experiment(workload=TINY), 96, hard_limit_mib=v),
    "check_budget": check_budget,
    "HttpSender.timeout_s": lambda v: HttpSender(URL, timeout_s=v),
    "HttpSender.backoff_s": lambda v: HttpSender(URL, backoff_s=v),
    "HttpSender.max_backoff_s": lambda v: HttpSender(URL, max_backoff_s=v),
    "Receiver.service_time_s": lambda v: Receiver(service_time_s=v),
    "Receiver.start_timeout_s": lambda v: Receiver(start_timeout_s=v),
}

# Every argument that takes a count.
COUNTS = {
    "WorkerPool.max_workers": lambda v: WorkerPool(v),
    "WorkerPool.queue_size": lambda v: WorkerPool(2, v),
    "WorkerPool.map.in_flight": lambda v: WorkerPool(2).map(abs, [], in_flight=v),
    "MessageWorkload.users": lambda v: MessageWorkload(users=v),
    "CpuWorkload.tasks": lambda v: CpuWorkload(tasks=v),
    "Experiment.max_workers": lambda v: Experiment("worker-pool", max_workers=v),
    "measure_thread_cost.threads": measure_thread_cost,
    "measure_coroutine_cost": measure_coroutine_cost,
    "gather_with_semaphore.limit": lambda v: asyncio.run(gather_with_semaphore(asyncio.sleep, [], v)),
    "submit_windowed.window": lambda v: list(submit_windowed(ThreadPerTaskExecutor(), abs, [1], v)),
    "HttpSender.pool_maxsize": lambda v: HttpSender(URL, pool_maxsize=v),
    "Receiver.capacity": lambda v: Receiver(capacity=v),
}


@pytest.mark.parametrize("call", DURATIONS.values(), ids=DURATIONS.keys())
def test_no_duration_or_size_may_be_infinite(call):
    with pytest.raises(ValueError, match="must be a finite number of (seconds|MiB|bytes)"):
        call(INF)


@pytest.mark.parametrize("call", DURATIONS.values(), ids=DURATIONS.keys())
@pytest.mark.parametrize("bad", [math.nan, -1.0])
def test_no_duration_or_size_may_be_nan_or_negative(call, bad):
    with pytest.raises(ValueError, match=r"must be (>= 0|greater than 0) (seconds|MiB|bytes)"):
        call(bad)


@pytest.mark.parametrize("call", DURATIONS.values(), ids=DURATIONS.keys())
@pytest.mark.parametrize("bad", [True, "1"])
def test_a_duration_or_size_is_a_number_not_a_bool_or_a_string(call, bad):
    with pytest.raises(TypeError, match="must be a number of (seconds|MiB|bytes)"):
        call(bad)


def test_none_is_how_a_timeout_waits_for_ever_and_the_error_for_infinity_says_so():
    with pytest.raises(ValueError, match="finite number of seconds or None, got inf; None waits for ever"):
        WorkerPool(2, submit_timeout=INF)
    with WorkerPool(2, submit_timeout=None) as pool:
        assert pool.submit(abs, -1).result() == 1


@pytest.mark.parametrize("call", COUNTS.values(), ids=COUNTS.keys())
@pytest.mark.parametrize("bad", [True, 2.0, "2"])
def test_a_count_is_an_int_not_a_bool_a_float_or_a_string(call, bad):
    with pytest.raises(TypeError, match="must be an int, got"):
        call(bad)


@pytest.mark.parametrize("call", COUNTS.values(), ids=COUNTS.keys())
def test_a_count_is_at_least_one(call):
    with pytest.raises(ValueError, match="greater than 0, got 0|needs max_workers as a positive int"):
        call(0)
