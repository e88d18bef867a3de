"""Exercise 1, ``bounded_spawn``: a thread-per-task spawner bounded with a semaphore."""

from __future__ import annotations

import threading

import pytest

from pool_lab import check_bounded_spawn

pytestmark = pytest.mark.timeout(60)


def test_bounded_spawn_reference_passes(capsys, no_leftovers, reference):
    report = check_bounded_spawn(reference())
    assert "Exercise 1 (bounded_spawn) passed" in capsys.readouterr().out
    assert "peak tasks running at once" in repr(report)


def unbounded_spawn(fn, items, limit):
    results = {}
    threads = [threading.Thread(target=lambda i=i, x=x: results.update({i: fn(x)})) for i, x in enumerate(items)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [results[i] for i in range(len(threads))]


def semaphore_inside_the_thread(fn, items, limit):
    permits = threading.Semaphore(limit)
    results = {}

    def run(i, x):
        with permits:  # bounds the tasks running, not the threads started
            results[i] = fn(x)

    threads = [threading.Thread(target=run, args=(i, x)) for i, x in enumerate(items)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [results[i] for i in range(len(threads))]


def returns_without_joining(fn, items, limit):
    permits = threading.Semaphore(limit)
    results = {}

    def run(i, x):
        try:
            results[i] = fn(x)
        finally:
            permits.release()

    items = list(items)
    for i, x in enumerate(items):
        permits.acquire()
        threading.Thread(target=run, args=(i, x)).start()
    return [results.get(i) for i in range(len(items))]


def one_at_a_time(fn, items, limit):
    return [fn(x) for x in items]


def test_bounded_spawn_rejects_the_unbounded_spawner(fails_fast):
    fails_fast(check_bounded_spawn, unbounded_spawn, r"your spawner ran \d+ tasks at once; the limit was 4")


def test_bounded_spawn_rejects_a_semaphore_taken_inside_the_thread(fails_fast):
    message = fails_fast(check_bounded_spawn, semaphore_inside_the_thread, r"threads alive at once, though only 4")
    assert "before Thread.start()" in message


def test_bounded_spawn_rejects_returning_before_the_tasks_finish(no_leftovers, fails_fast):
    fails_fast(check_bounded_spawn, returns_without_joining, r"returned while \d+ of 24 tasks had not finished")


def test_bounded_spawn_rejects_running_one_task_at_a_time(fails_fast):
    fails_fast(check_bounded_spawn, one_at_a_time, r"never ran more than one task at once")


def test_bounded_spawn_fails_fast_on_a_permit_never_released(unblock, fails_fast):
    permits_seen: list[threading.Semaphore] = []

    def never_releases(fn, items, limit):
        permits = threading.Semaphore(limit)
        permits_seen.append(permits)
        threads = []
        for x in items:
            permits.acquire()  # and nobody releases it
            threads.append(threading.Thread(target=fn, args=(x,), daemon=True))
            threads[-1].start()
        for thread in threads:
            thread.join()

    unblock(lambda: permits_seen[0].release(100))
    message = fails_fast(check_bounded_spawn, never_releases,
                         r"did not finish 24 tasks within 2 s: 4 finished, 0 running, 20 never started")
    assert "acquired and never released" in message and "kernel restart" in message


def spawn_joining_the_oldest(fn, items, limit):
    """No semaphore: at most `limit` threads, the oldest joined before the next starts."""
    results: dict = {}
    live: list[threading.Thread] = []
    for i, x in enumerate(items):
        if len(live) == limit:
            live.pop(0).join()
        live.append(threading.Thread(target=lambda i=i, x=x: results.__setitem__(i, fn(x))))
        live[-1].start()
    for thread in live:
        thread.join()
    return [results[i] for i in range(len(results))]


def spawn_with_a_condition(fn, items, limit):
    items = list(items)
    results = [None] * len(items)
    alive = threading.Condition()
    running = [0]

    def run(i):
        try:
            results[i] = fn(items[i])
        finally:
            with alive:
                running[0] -= 1
                alive.notify()

    threads = []
    for i in range(len(items)):
        with alive:
            alive.wait_for(lambda: running[0] < limit)
            running[0] += 1
        threads.append(threading.Thread(target=run, args=(i,)))
        threads[-1].start()
    for thread in threads:
        thread.join()
    return results


def spawn_in_completion_order(fn, items, limit):
    permits = threading.BoundedSemaphore(limit)
    results = []

    def run(x):
        try:
            results.append(fn(x))  # in the order the tasks finish
        finally:
            permits.release()

    threads = []
    for x in items:
        permits.acquire()
        threads.append(threading.Thread(target=run, args=(x,)))
        threads[-1].start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.parametrize("answer", [spawn_joining_the_oldest, spawn_with_a_condition])
def test_bounded_spawn_accepts_other_right_answers(answer, capsys, no_leftovers):
    assert check_bounded_spawn(answer).passed
    assert "passed" in capsys.readouterr().out


def test_bounded_spawn_rejects_results_in_completion_order(no_leftovers, fails_fast):
    fails_fast(check_bounded_spawn, spawn_in_completion_order, r"expected the 24 results in input order")
