"""The check of ``pool_map`` (chapter 2, building a worker pool): a queue-based worker pool with no gaps."""

from __future__ import annotations

import time
from typing import Callable, Iterator

from ..sampler import Sampler, Trace
from ..workload import KIB, MIB, MessageWorkload
from ._harness import (
    CheckReport,
    Exercise,
    Probe,
    expect,
    expect_done,
    expect_raised,
    expect_results,
    preview,
    run,
    scrambled,
    uneven_task,
)
from ._joins import joins_watched

__all__ = ["check_pool_map"]

_EXERCISE = Exercise(__name__)

_POOL_TASKS, _POOL_WORKERS, _POOL_QUEUE, _POOL_TASK_S = 32, 4, 4, 0.03
_FAILING = (16, 2, 13)  # tasks, and two that raise: 13 starts long after 2 has failed, so 2's is the first kept
# More tasks raise than there are workers, and tasks come after them: a worker that leaves its loop when a task
# raises leaves none to take them.  Task 3, in the first wave, raises at once; 1, 2, 4 and 5 only after 60 ms, so
# 3's is the first to be raised, while an answer that raises the lowest-numbered failure raises 1's.
_DYING = (16, 3, (1, 2, 4, 5), 0.06)  # tasks, the first to raise, the others that raise, and how long the others take
_BROKEN_AFTER = 6  # items the broken stream yields before it raises
_BROKEN_POOL = (4, 2)  # run 4's workers and queue_size: a queue smaller than the workers, so sentinels sized by it show
# Run 1's input pauses this long before its last item, as a stream waits for its next record: a worker that
# leaves its loop when the queue stays empty for a while (get(timeout=...)), not at its sentinel, ends there.
# Run 4's last task before the input fails takes as long: an answer that stops waiting for its workers
# (join(timeout=...)) raises while that task still runs.
_PAUSE_S = 1.1
_SMALL_INCIDENT = MessageWorkload(users=1_200, batch_size=100, message_bytes=8 * KIB,
                                  lookup_latency_s=0.01, send_latency_s=0.04)
_CALL = f"pool_map(fn, items, workers={_POOL_WORKERS}, queue_size={_POOL_QUEUE})"
_AHEAD_LIMIT = _POOL_WORKERS + _POOL_QUEUE + 1  # in the workers' hands, in the queue, in the hand that puts them
_WORKLOAD_POOL = (3, 5)  # run 5's workers and queue_size: unequal, so a queue sized by the workers shows
_DEADLOCK_HINT = ("Is a worker waiting on a queue nobody fills? Put one sentinel (None) per worker after the "
                  "last item, and make sure a worker survives a task that raises.")


class _BrokenStream(Exception):
    """The error the check's broken input raises, as a stream that fails while being read would."""


def _broken(probe: Probe) -> Iterator[int]:
    yield from probe.items(_BROKEN_AFTER)
    raise _BrokenStream(f"the input failed after {_BROKEN_AFTER} items")


def _too_few_at_once(peak: int, what: str, workers: int) -> str:
    return (f"your pool never ran more than {peak} {what[:-1] if peak == 1 else what} at once; with workers={workers} "
            f"it should run {workers}, one in each worker. Hint: start exactly `workers` threads before you put "
            "items, and do not join them until the last item is queued.")


def _not_reused(threads: int, what: str, n: int, workers: int) -> str:
    return (f"your pool ran its {n} {what} in {threads} different threads; a pool of {workers} workers runs every one "
            f"in one of its {workers} threads, each taking item after item from the queue. Hint: start the workers "
            "once, before feeding the queue; a worker loops until it takes its sentinel, not one thread per item or "
            "a new set of threads for each wave.")


def _slow_last(work: Callable[[int], int], n: int) -> Callable[[int], int]:
    """Return ``work``, but taking :data:`_PAUSE_S` longer for item ``n - 1``."""
    def slow_last(item: int) -> int:
        time.sleep(_PAUSE_S if item == n - 1 else 0.0)
        return work(item)
    return slow_last


def _pausing(probe: Probe, n: int, ended: list[int]) -> Iterator[int]:
    """Yield items 0 .. n - 1, pausing before the last; note in ``ended`` how many workers ended meanwhile."""
    yield from probe.items(n - 1)
    time.sleep(_PAUSE_S)
    ended.append(sum(not thread.is_alive() for thread in probe.workers))
    yield from probe.items(1, start=n - 1)


def _bounded_and_in_order(pool_map: Callable, timeout_s: float) -> tuple[Probe, float]:
    """Run 1: 32 uneven tasks, counted; return the probe and how long the answer took (s)."""
    n, workers, queue_size = _POOL_TASKS, _POOL_WORKERS, _POOL_QUEUE
    call, ahead_limit = _CALL, _AHEAD_LIMIT
    probe = Probe(uneven_task(_POOL_TASK_S))
    ended: list[int] = []
    start = time.perf_counter()
    with joins_watched() as joined:
        outcome = run(lambda: pool_map(probe.task, _pausing(probe, n, ended), workers, queue_size), timeout_s,
                      lambda: probe.stuck("pool_map", n, timeout_s, _DEADLOCK_HINT), at_return=probe.returned)
    elapsed = time.perf_counter() - start
    expect(probe.peak_running <= workers,
           f"your pool ran {probe.peak_running} tasks at once; the limit was {workers}. "
           f"Hint: start exactly `workers` threads, each taking tasks from the queue in a loop.")
    expect(probe.peak_threads <= workers,
           f"your pool had {probe.peak_threads} threads alive at once; it should have {workers}, its workers. "
           "Hint: start the workers once, before feeding the queue, and feed it from pool_map itself.")
    expect(len(probe.workers) <= workers, _not_reused(len(probe.workers), "tasks", n, workers))
    expect(not probe.readers,
           f"{len(probe.readers)} threads other than the one that called pool_map took items from the input; "
           "pool_map itself reads items and puts (index, item) pairs in the queue, whose maxsize then bounds "
           "what is taken. Hint: the workers take from the queue, never from items.")
    expect(not any(ended),
           f"while the input paused for {_PAUSE_S:g} s before its last item, {max(ended, default=0)} of your "
           "workers ended, though more work was coming. Hint: a worker leaves its loop only when it takes its "
           "sentinel, not when the queue stays empty for a while (no get(timeout=...)).")
    value = outcome.result(call)  # after the counts of threads: a thread per item also ends early
    expect(probe.peak_ahead <= ahead_limit,
           f"your pool took {probe.peak_ahead} items from the input before they were done; with {workers} "
           f"workers and a queue of {queue_size}, at most {ahead_limit} should be in flight ({workers} in the "
           f"workers' hands, {queue_size} in the queue, 1 in the hand of the loop that puts them). A longer "
           "queue holds every waiting task's payload. Hint: queue.Queue(maxsize=queue_size), so put() waits "
           "for room, and take each item from items in the loop that puts it, not list(items) first.")
    expect(probe.peak_running >= workers, _too_few_at_once(probe.peak_running, "tasks", workers))
    expect_done(probe, outcome.at_return, "pool_map", n, "join every worker before collecting the results.")
    expect_results(value, "pool_map", [scrambled(item) for item in range(n)])
    left = probe.alive_at_return
    expect(left == 0, f"the moment pool_map returned, {left} of its threads "
                      f"{'was' if left == 1 else 'were'} still alive; no thread may "
                      "outlive the call. Hint: send each worker a sentinel so it leaves its loop, and join it "
                      "before returning.")
    unjoined = len(probe.workers - joined)
    expect(not unjoined,
           f"pool_map returned without joining {unjoined} of its {len(probe.workers)} workers: they had ended "
           "this time, but a worker that has taken its sentinel may still be running, and only join() makes sure "
           "it has ended (Queue.join() waits for the tasks, not the threads). Hint: keep the workers in a list and "
           "join each one before you return.")
    return probe, elapsed


def _first_error_kept(pool_map: Callable, timeout_s: float) -> None:
    """Run 2: 16 tasks, two of which raise: the first exception must reach the caller, once no task runs."""
    workers, queue_size, call = _POOL_WORKERS, _POOL_QUEUE, _CALL
    tasks, first, second = _FAILING
    failing = Probe(uneven_task(_POOL_TASK_S), fail_on=[first, second])
    outcome = run(lambda: pool_map(failing.task, failing.items(tasks), workers, queue_size), timeout_s,
                  lambda: failing.stuck("pool_map", tasks, timeout_s, _DEADLOCK_HINT), at_return=failing.returned)
    # The first raised as it happened: on a machine slow enough to start a worker late, it may be another.
    planned, first = first, failing.raised[0] if failing.raised else first
    when = f", long before task {second} started" if first == planned else ""
    raised = (f"tasks {min(planned, second)} and {max(planned, second)} raised PlantedError ('task {first} failed on "
              f"purpose' first{when})")
    expect_raised(outcome, call, raised, "catch the exception in the worker, keep it, and raise it in pool_map "
                                         "once the workers are done.", running=outcome.at_return)
    expect(str(outcome.error) == f"task {first} failed on purpose",
           f"{raised}, but pool_map raised {outcome.error!r}, not the first exception kept. Hint: keep every "
           "exception in a list, and raise the first.")
    left = failing.alive_at_return
    expect(left == 0, f"after a task raised, {left} of pool_map's threads "
                      f"{'was' if left == 1 else 'were'} still alive when it raised. Hint: "
                      "send the sentinels and join the workers in a finally: block, so they stop even on an error.")


def _workers_survive_errors(pool_map: Callable, timeout_s: float) -> None:
    """Run 3: 5 of 16 tasks raise, more than the 4 workers: every task must still run, and the first error rise."""
    workers, queue_size, call = _POOL_WORKERS, _POOL_QUEUE, _CALL
    tasks, first, others, task_s = _DYING
    failing = Probe(lambda item: time.sleep(0 if item == first else task_s), fail_on=[first, *others])
    low, high = min(first, *others), max(first, *others)
    hint = (f"In this run tasks {low} to {high} raise, more than the {workers} workers, and "
            f"{tasks - high - 1} tasks come after them: does a worker leave its loop when a task raises? Hint: a "
            "worker keeps the exception and goes on with the next task.")
    outcome = run(lambda: pool_map(failing.task, failing.items(tasks), workers, queue_size), timeout_s,
                  lambda: failing.stuck("pool_map", tasks, timeout_s, hint), at_return=failing.counts)
    # As in run 2, the first raised as it happened.
    planned, first = first, failing.raised[0] if failing.raised else first
    when = f", {task_s * 1000:.0f} ms before the others" if first == planned else ""
    raised = f"tasks {low} to {high} raised PlantedError ('task {first} failed on purpose' first{when})"
    expect_raised(outcome, call, raised, "catch the exception in the worker, keep it, go on with the next task, "
                                         "and raise it in pool_map once the workers are done.",
                  running=outcome.at_return)
    expect_done(failing, outcome.at_return, "pool_map", tasks, "after a task raises, its worker goes on with the "
                                                               "next task: every item runs, whatever raised.")
    expect(str(outcome.error) == f"task {first} failed on purpose",
           f"{raised}, but pool_map raised {outcome.error!r}, not the first exception raised. Hint: keep every "
           "exception in a list as it is caught, and raise the first; not the one of the lowest-numbered item.")


def _input_error_reaches_caller(pool_map: Callable, timeout_s: float) -> None:
    """Run 4: an input that raises while the answer reads it: that error must reach the caller."""
    workers, queue_size = _BROKEN_POOL
    reader = Probe(_slow_last(uneven_task(_POOL_TASK_S), _BROKEN_AFTER))
    outcome = run(lambda: pool_map(reader.task, _broken(reader), workers, queue_size), timeout_s,
                  lambda: reader.stuck("pool_map", _BROKEN_AFTER, timeout_s, _DEADLOCK_HINT),
                  at_return=reader.returned)
    expect(isinstance(outcome.error, _BrokenStream),
           f"the input raised _BrokenStream('the input failed after {_BROKEN_AFTER} items') while pool_map read "
           f"it, but pool_map {'returned normally' if outcome.error is None else 'raised ' + repr(outcome.error)}. "
           "Hint: do not catch what reading items raises; let it reach the caller once the workers are stopped.")
    left = reader.alive_at_return
    expect(left == 0, f"after reading the input failed, {left} of pool_map's threads "
                      f"{'was' if left == 1 else 'were'} still alive when it "
                      "raised. Hint: send the sentinels and join the workers (with no timeout: a task may still "
                      "run) in a finally: block around the loop that reads items.")


def _message_workload_sent(pool_map: Callable, timeout_s: float) -> tuple[Probe, Trace]:
    """Run 5: the message workload, 3 workers, a queue of 5: every byte sent, in flight counted, memory sampled."""
    w, (workers, queue_size) = _SMALL_INCIDENT, _WORKLOAD_POOL
    sender = Probe(w.send_batch)
    with Sampler(interval_s=0.01, progress=lambda: sender.finished) as sampler:
        outcome = run(lambda: pool_map(sender.task, sender.taken(w.batches()), workers, queue_size), timeout_s,
                      lambda: sender.stuck("pool_map", w.tasks, timeout_s, _DEADLOCK_HINT))
    sent = outcome.result(f"pool_map(workload.send_batch, workload.batches(), workers={workers}, "
                          f"queue_size={queue_size})")
    expect(sender.peak_running <= workers, f"your pool sent {sender.peak_running} batches at once; the limit was "
                                           f"{workers}.")
    expect(sender.peak_running >= workers, _too_few_at_once(sender.peak_running, "batches", workers))
    expect(len(sender.workers) <= workers, _not_reused(len(sender.workers), "batches", w.tasks, workers))
    full = workers + queue_size + 1
    expect(sender.peak_ahead == full,
           f"with workers={workers} and queue_size={queue_size}, your pool had at most {sender.peak_ahead} batches "
           f"taken from the input and not yet sent; with a queue of queue_size it has {full} while every worker is "
           f"busy ({workers} in the workers' hands, {queue_size} in the queue, 1 in the hand of the loop that puts "
           "them). Hint: queue.Queue(maxsize=queue_size), not a size of your own, and its put() the only thing "
           "that makes the loop wait.")
    expect(isinstance(sent, (list, tuple)) and sum(sent) == w.total_payload_bytes,
           f"pool_map over the message workload returned "
           f"{preview(list(sent)) if isinstance(sent, (list, tuple)) else repr(sent)}; "
           f"expected {w.tasks} byte counts adding up to {w.total_payload_bytes:,}.")
    return sender, sampler.trace


@_EXERCISE.check
def check_pool_map(pool_map: Callable, *, timeout_s: float = 5.0) -> CheckReport:
    """Check ``pool_map(fn, items, workers, queue_size)``: a queue-based worker pool.

    Five runs, the items always a generator (a stream read once):

    1. 32 tasks of 15 to 45 ms, whose results do not rise with the items,
       with 4 workers and a queue of 4.  Counted where they happen: never
       more than 4 tasks running and never more than 4 threads of the
       answer's alive; never more than 9 items taken from the input and not
       yet finished (4 in the workers' hands, 4 in the queue and 1 in the
       hand of the loop that puts them); every task run in one of 4
       threads (a pool reuses its workers), the items read by ``pool_map``
       itself, in the caller's thread; and 4 tasks at once, one in each
       worker, at some moment.  When ``pool_map`` returns (counted that
       moment), every task has finished, each item ran once, the results
       are in input order, no thread of its is alive, and each worker has
       been joined (its ``join()`` returned).  The input pauses
       1.1 s before its last item: no worker may end meanwhile (a worker
       ends at its sentinel, not when the queue stays empty a while).
    2. 16 tasks of which tasks 2 and 13 raise: ``pool_map`` must raise
       task 2's exception (the first kept), once no task is running and
       none of its threads is alive.
    3. 16 tasks of which tasks 1 to 5 raise, more than the 4 workers, with
       tasks after them (task 3 at once, the others after 60 ms): every
       task must still run (a worker goes on after a task raises), and
       ``pool_map`` must raise the first exception raised, as it happened
       (task 3's, unless a worker started late; not task 1's, the
       lowest-numbered), once no task is running.
    4. An input that raises after 6 items, the last of whose tasks takes
       1.1 s, with 4 workers and a queue of 2: ``pool_map`` must raise that
       error once none of its threads is alive (one sentinel per worker, not
       per place in the queue, and joins that wait for that task).
    5. The message workload, 12 batches, with 3 workers and a queue of 5:
       every byte sent, by 3 threads, 3 batches sent at once at some moment
       and never more, and 9 batches in flight (taken and not yet sent)
       while every worker is busy (3 in the workers' hands, 5 in the queue,
       1 in the hand that puts them), never more: a queue of
       ``queue_size``, not of another size.  Resident memory is in the
       report.

    Prints a line and returns a :class:`CheckReport` if it passed; raises
    AssertionError saying what was wrong if not.
    """
    probe, elapsed = _bounded_and_in_order(pool_map, timeout_s)
    _first_error_kept(pool_map, timeout_s)
    _workers_survive_errors(pool_map, timeout_s)
    _input_error_reaches_caller(pool_map, timeout_s)
    sender, trace = _message_workload_sent(pool_map, timeout_s)
    n, workers, ahead_limit, w = _POOL_TASKS, _POOL_WORKERS, _AHEAD_LIMIT, _SMALL_INCIDENT
    growth_mib = (trace.peak_rss_bytes - trace.samples[0].rss_bytes) / MIB
    summary = (f"{workers} workers ran {n} tasks, {workers} at once and never more, and no other thread, none "
               f"ending while the input paused, never more than {ahead_limit} items taken and not finished; every "
               "task done when it returned, results in input order; the first exception kept, and an error reading "
               "the input, reached the caller; every task ran though more tasks raised than there were workers; no "
               "thread outlived the call, every worker joined; and 3 "
               f"workers, 3 at once, with a queue of 5, sent all {w.tasks} batches of the message workload "
               f"({w.total_payload_bytes / MIB:.1f} MiB).")
    return _EXERCISE.passed(summary, (
        ("peak tasks running at once", f"{probe.peak_running} (limit {workers})"),
        ("peak threads your code started", f"{probe.peak_threads} (limit {workers})"),
        ("peak items taken and not finished", f"{probe.peak_ahead} (limit {ahead_limit})"),
        ("elapsed for 32 tasks", f"{elapsed:.2f} s, the input's {_PAUSE_S:g} s pause included (the tasks: "
                                 f"{n * _POOL_TASK_S / workers:.2f} s of work at best, most of it before the pause; "
                                 "the items already taken run during it)"),
        ("message workload: peak sends under way", f"{sender.peak_running} (workers {_WORKLOAD_POOL[0]})"),
        ("message workload: peak batches in flight", f"{sender.peak_ahead} taken and not yet sent (exactly "
                                                     f"{sum(_WORKLOAD_POOL) + 1} expected), of {w.tasks}"),
        ("message workload: peak resident memory", f"{trace.peak_rss_mib:.0f} MiB (+{growth_mib:.1f} MiB)"),
        ("message workload: elapsed", f"{trace.duration_s:.2f} s"),
    ))
