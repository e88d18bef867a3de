"""Exercise 2, ``pool_map``: a queue-based worker pool."""

from __future__ import annotations

import concurrent.futures as cf
import queue
import threading
from typing import Callable

import pytest

from pool_lab import check_pool_map

pytestmark = pytest.mark.timeout(60)


def test_pool_map_reference_passes(capsys, no_leftovers, reference):
    report = check_pool_map(reference())
    assert "Exercise 2 (pool_map) passed" in capsys.readouterr().out
    assert "message workload: peak resident memory" in repr(report)


def make_pool(*, maxsize: int | None, keep_errors: bool = True, sentinels: bool = True,
              queues: list | None = None) -> Callable:
    """Return a pool_map like the reference, with one of its parts broken."""

    def pool_map(fn, items, workers, queue_size):
        tasks: queue.Queue = queue.Queue(maxsize=queue_size if maxsize is None else maxsize)
        if queues is not None:
            queues.append((tasks, workers))
        results, errors = {}, []

        def work():
            while (job := tasks.get()) is not None:
                try:
                    results[job[0]] = fn(job[1])
                except Exception as exc:
                    if keep_errors:
                        errors.append(exc)

        threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
        for thread in threads:
            thread.start()
        try:
            for job in enumerate(items):
                tasks.put(job)
        finally:
            for _ in threads if sentinels else ():
                tasks.put(None)
            for thread in threads:
                thread.join()
        if errors:
            raise errors[0]
        return [results.get(i) for i in range(max(results, default=-1) + 1)]

    return pool_map


def thread_per_item_pool(fn, items, workers, queue_size):
    with cf.ThreadPoolExecutor(max_workers=64) as executor:  # ignores `workers`
        return list(executor.map(fn, items))


def test_pool_map_rejects_an_unbounded_queue(fails_fast):
    message = fails_fast(check_pool_map, make_pool(maxsize=0), r"your pool took \d+ items from the input")
    assert "queue.Queue(maxsize=queue_size)" in message


def test_pool_map_rejects_a_pool_that_drops_exceptions(fails_fast):
    fails_fast(check_pool_map, make_pool(maxsize=None, keep_errors=False),
               r"task 5 raised ValueError\('task 5 failed on purpose'\), but pool_map returned normally")


def test_pool_map_rejects_a_pool_that_ignores_the_worker_count(fails_fast):
    fails_fast(check_pool_map, thread_per_item_pool, r"your pool ran \d+ tasks at once; the limit was 4")


def test_pool_map_fails_fast_when_no_worker_gets_a_sentinel(unblock, fails_fast):
    queues: list = []

    def release():
        for tasks, workers in queues:
            for _ in range(workers):
                tasks.put(None)

    unblock(release)
    fails_fast(check_pool_map, make_pool(maxsize=None, sentinels=False, queues=queues),
               r"all 32 tasks finished, but pool_map did not return within 2 s. Is a worker waiting on a queue nobody fills\?")


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
    fails_fast(check_pool_map, leaves_workers_waiting, r"after pool_map returned, 4 of its threads were still alive")


def pool_of_futures(fn, items, workers, queue_size):
    """Each queued job carries a Future; the caller reads them in input order."""
    jobs: queue.Queue = queue.Queue(maxsize=queue_size)
    futures: list[cf.Future] = []

    def work():
        for future, item in iter(jobs.get, None):
            try:
                future.set_result(fn(item))
            except Exception as exc:
                future.set_exception(exc)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            futures.append(cf.Future())
            jobs.put((futures[-1], item))
    finally:
        for _ in threads:
            jobs.put(None)
        for thread in threads:
            thread.join()
    return [future.result() for future in futures]


def pool_with_a_results_list(fn, items, workers, queue_size):
    jobs: queue.Queue = queue.Queue(maxsize=queue_size)
    results: list = []
    failures: list = []
    lock = threading.Lock()

    def work():
        while True:
            job = jobs.get()
            if job is None:
                return
            index, item = job
            try:
                value = fn(item)
            except Exception as exc:
                failures.append(exc)
                continue
            with lock:
                results.append((index, value))

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for job in enumerate(items):
            jobs.put(job)
    finally:
        for _ in threads:
            jobs.put(None)
        for thread in threads:
            thread.join()
    if failures:
        raise failures[0]
    return [value for _, value in sorted(results)]


def pool_in_completion_order(fn, items, workers, queue_size):
    answer = pool_with_a_results_list  # the same pool, but results as they finish
    jobs_done: list = []
    answer(lambda x: jobs_done.append(fn(x)), items, workers, queue_size)
    return jobs_done


@pytest.mark.parametrize("answer", [pool_of_futures, pool_with_a_results_list])
def test_pool_map_accepts_other_right_answers(answer, capsys, no_leftovers):
    assert check_pool_map(answer).passed
    assert "passed" in capsys.readouterr().out


def test_pool_map_rejects_results_in_completion_order(no_leftovers, fails_fast):
    fails_fast(check_pool_map, pool_in_completion_order, r"expected the 32 results in input order")
