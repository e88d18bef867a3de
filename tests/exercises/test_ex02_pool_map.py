"""Exercise 2, ``pool_map``: a queue-based worker pool.

The answers, right and wrong, are in ``answers/ex02/`` (see ``test_answers.py``); here, the reference and
the answers that leave threads blocked, which a test must release.
"""

from __future__ import annotations

import queue
import threading

import pytest

from pool_lab import check_pool_map

pytestmark = pytest.mark.timeout(60)


def test_pool_map_reference_passes(capsys, no_leftovers, reference):
    report = check_pool_map(reference())
    assert "Exercise 2 (pool_map) passed" in capsys.readouterr().out
    assert dict(report.figures)["peak items taken and not finished"].endswith("(limit 9)")
    assert "message workload: peak resident memory" in repr(report)


def test_pool_map_fails_fast_when_no_worker_gets_a_closed_marker(unblock, fails_fast):
    queues: list = []

    def never_closes(fn, items, workers, queue_size):
        tasks: queue.Queue = queue.Queue(maxsize=queue_size)
        queues.append((tasks, workers))
        results: dict = {}

        def work():
            while (job := tasks.get()) is not None:
                results[job[0]] = fn(job[1])

        threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
        for thread in threads:
            thread.start()
        for job in enumerate(items):
            tasks.put(job)
        for thread in threads:  # no marker was sent: they wait for ever
            thread.join()

    unblock(lambda: [tasks.put(None) for tasks, workers in queues for _ in range(workers)])
    fails_fast(check_pool_map, never_closes, r"all 32 tasks finished, but pool_map did not return within 2 s. "
                                             r"Is a worker waiting on a queue nobody fills\?")


def test_pool_map_rejects_workers_left_running(unblock, fails_fast):
    queues: list = []

    def leaves_workers_waiting(fn, items, workers, queue_size):
        tasks: queue.Queue = queue.Queue(maxsize=queue_size)
        queues.append((tasks, workers))
        results: dict = {}

        def work():
            while (job := tasks.get()) is not None:
                results[job[0]] = fn(job[1])
                tasks.task_done()

        for _ in range(workers):
            threading.Thread(target=work, daemon=True).start()
        for job in enumerate(items):
            tasks.put(job)
        tasks.join()  # waits for the tasks, but never tells the workers to stop
        return [results[i] for i in range(len(results))]

    unblock(lambda: [tasks.put(None) for tasks, workers in queues for _ in range(workers)])
    fails_fast(check_pool_map, leaves_workers_waiting,
               r"the moment pool_map returned, 4 of its threads were still alive")

