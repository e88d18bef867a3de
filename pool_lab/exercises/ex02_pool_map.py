"""The check of ``pool_map`` (chapter 2, building a worker pool): a queue-based worker pool with no gaps."""

from __future__ import annotations

import threading
import time
from typing import Callable

from ..sampler import Sampler
from ..workload import KIB, MIB, MessageWorkload
from ._harness import (CheckReport, Exercise, Probe, expect, expect_results, preview, run, threads_left,
                       uneven_square)

__all__ = ["check_pool_map"]

_EXERCISE = Exercise(__name__)

_POOL_TASKS, _POOL_WORKERS, _POOL_QUEUE, _POOL_TASK_S = 32, 4, 4, 0.03
_FAILING_ITEM = 5
_SMALL_INCIDENT = MessageWorkload(users=1_200, batch_size=100, message_bytes=8 * KIB,
                                  lookup_latency_s=0.01, send_latency_s=0.04)


class _Planted(ValueError):
    """The exception a task raises on purpose, so the check can recognise it."""


@_EXERCISE.check
def check_pool_map(pool_map: Callable, *, timeout_s: float = 5.0) -> CheckReport | None:
    """Check ``pool_map(fn, items, workers, queue_size)``: a queue-based worker pool.

    Three runs:

    1. 32 tasks of 30 ms with 4 workers and a queue of 4: no more than 4
       tasks at once, no more than 4 worker threads, the input read at most
       ``workers + queue_size`` (+ 2) items ahead of the finished tasks (a
       bounded queue), results in input order, and no thread left alive.
    2. 16 tasks of which one raises ValueError: ``pool_map`` must raise that
       exception after the pool stops, and leave no thread alive.
    3. The message workload, 12 batches, with 3 workers: every byte sent,
       no more than 3 batches in flight.  Resident memory is in the report.

    Prints a line and returns a :class:`CheckReport` if it passed; raises
    AssertionError saying what was wrong if not.
    """
    n, workers, queue_size = _POOL_TASKS, _POOL_WORKERS, _POOL_QUEUE
    call = f"pool_map(fn, items, workers={workers}, queue_size={queue_size})"
    deadlock_hint = ("Is a worker waiting on a queue nobody fills? Put one sentinel (None) per worker after "
                     "the last item, and make sure a worker survives a task that raises.")

    baseline = threading.active_count()
    probe = Probe(uneven_square(_POOL_TASK_S))
    start = time.perf_counter()
    outcome = run(lambda: pool_map(probe.task, probe.items(n), workers, queue_size), timeout_s,
                   lambda: probe.stuck("pool_map", n, timeout_s, deadlock_hint))
    elapsed = time.perf_counter() - start
    value = outcome.result(call)
    expect(probe.peak_running <= workers,
            f"your pool ran {probe.peak_running} tasks at once; the limit was {workers}. "
            f"Hint: start exactly `workers` threads, each taking tasks from the queue in a loop.")
    expect(probe.peak_threads <= workers + 1,
            f"your pool had {probe.peak_threads} threads alive at once; it should need {workers} workers "
            "(and at most one helper). Hint: start the workers once, before feeding the queue.")
    ahead_limit = workers + queue_size + 2  # one item in the feeder's hand, one in a worker's before it starts
    expect(probe.peak_ahead <= ahead_limit,
            f"your pool took {probe.peak_ahead} items from the input before they were done; with {workers} "
            f"workers and a queue of {queue_size}, at most {ahead_limit} should be in flight. An unbounded "
            f"queue holds every waiting task's payload. Hint: queue.Queue(maxsize=queue_size), so put() waits "
            "for room.")
    expect(probe.peak_running >= 2,
            f"your pool never ran more than one task at once; with {workers} workers it should run {workers}. "
            "Hint: start the workers before you put items, and do not join them until the last item is queued.")
    expect(probe.finished == n, f"pool_map returned after only {probe.finished} of {n} tasks finished. "
                                 "Hint: join every worker before collecting the results.")
    expect_results(value, "pool_map", [i * i for i in range(n)])
    left = threads_left(baseline)
    expect(left <= 0, f"after pool_map returned, {left} of its threads were still alive. Hint: send each "
                       "worker a sentinel so it leaves its loop, and join it.")

    def fail_one(item: int) -> int:
        if item == _FAILING_ITEM:
            raise _Planted(f"task {item} failed on purpose")
        return item * item

    failing = Probe(fail_one)
    outcome = run(lambda: pool_map(failing.task, list(range(16)), workers, queue_size), timeout_s,
                   lambda: failing.stuck("pool_map", 16, timeout_s, deadlock_hint))
    expect(outcome.error is not None,
            f"task {_FAILING_ITEM} raised ValueError('task {_FAILING_ITEM} failed on purpose'), but pool_map "
            "returned normally: the exception was lost, and its caller believes every message was sent. "
            "Hint: catch the exception in the worker, keep it, and raise it in pool_map once the workers "
            "are done.")
    expect(isinstance(outcome.error, _Planted),
            f"task {_FAILING_ITEM} raised ValueError('task {_FAILING_ITEM} failed on purpose'), but pool_map "
            f"raised {type(outcome.error).__name__}: {outcome.error}. Hint: raise the task's own exception.")
    left = threads_left(baseline)
    expect(left <= 0, f"after a task raised, {left} of pool_map's threads were still alive. Hint: send the "
                       "sentinels and join the workers in a finally: block, so they stop even on an error.")

    w = _SMALL_INCIDENT
    sender = Probe(w.send_batch)
    with Sampler(interval_s=0.01, progress=lambda: sender.finished) as sampler:
        outcome = run(lambda: pool_map(sender.task, w.batches(), 3, 3), timeout_s,
                       lambda: sender.stuck("pool_map", w.tasks, timeout_s, deadlock_hint))
    sent = outcome.result("pool_map(workload.send_batch, workload.batches(), workers=3, queue_size=3)")
    expect(sender.peak_running <= 3, f"your pool sent {sender.peak_running} batches at once; the limit was 3.")
    expect(isinstance(sent, (list, tuple)) and sum(sent) == w.total_payload_bytes,
            f"pool_map over the message workload returned {preview(list(sent)) if isinstance(sent, (list, tuple)) else sent!r}; "
            f"expected {w.tasks} byte counts adding up to {w.total_payload_bytes:,}.")
    trace = sampler.trace
    summary = (f"{workers} workers ran {n} tasks, never more than {workers} at once, "
               f"reading at most {ahead_limit} items ahead; the failing task's exception reached the caller; no "
               f"thread outlived the call; and 3 workers sent all {w.tasks} batches of the message workload "
               f"({w.total_payload_bytes / MIB:.1f} MiB).")
    return _EXERCISE.passed(summary, (
        ("peak tasks running at once", f"{probe.peak_running} (limit {workers})"),
        ("peak items read ahead of the workers", f"{probe.peak_ahead} (limit {ahead_limit})"),
        ("elapsed for 32 tasks", f"{elapsed:.2f} s ({n * _POOL_TASK_S / workers:.2f} s at best)"),
        ("message workload: peak batches in flight", f"{sender.peak_running} of {w.tasks}"),
        ("message workload: peak resident memory", f"{trace.peak_rss_mib:.0f} MiB "
                                                   f"(+{(trace.peak_rss_bytes - trace.samples[0].rss_bytes) / MIB:.1f} MiB)"),
        ("message workload: elapsed", f"{trace.duration_s:.2f} s"),
    ))
