"""The exercise checks: each accepts the reference solution and rejects plausible wrong answers.

The reference solutions are read from the instructor's notebooks, so these
tests judge the very code students are measured against.  The wrong answers
are the mistakes students make; each test pins the measurement the check
reports for it.  Answers that deadlock leave blocked threads behind, so each
registers how to unblock them, and the ``unblock`` fixture does it after the
test: nothing a test starts outlives it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import math
import queue
import threading
import time
from pathlib import Path
from typing import Callable

import nbformat
import pytest

from pool_lab import (
    WorkerPool,
    check_bounded_spawn,
    check_gather_limited,
    check_pool_map,
    check_process_stream,
    check_workers_for,
)

pytestmark = pytest.mark.timeout(60)

SOLUTIONS = Path(__file__).resolve().parent.parent / "notebooks" / "exercises" / "solutions"
DEADLINE_S = 2.0  # the checks' timeout_s in tests; 5 s in class


def reference(notebook: str, name: str) -> Callable:
    """Return the function ``name`` as the solution notebook defines it (its imports, then its cell)."""
    namespace: dict = {}
    for cell in nbformat.read(SOLUTIONS / notebook, as_version=4).cells:
        source = cell.source
        if cell.cell_type == "code" and (source.startswith(("import ", "from ")) or f"def {name}(" in source):
            exec(compile(source, f"{notebook}:{name}", "exec"), namespace)
    return namespace[name]


@pytest.fixture
def unblock(no_leftovers):
    """Collect callables that release a deadlocked answer; call them after the test."""
    releases: list[Callable[[], None]] = []
    yield releases.append
    for release in releases:
        release()


def fails_fast(check: Callable, answer: Callable, match: str) -> str:
    """Run ``check`` on ``answer``; assert it failed with ``match`` within the deadline; return the message."""
    start = time.monotonic()
    with pytest.raises(AssertionError, match=match) as failure:
        check(answer, timeout_s=DEADLINE_S)
    assert time.monotonic() - start < DEADLINE_S + 30  # a deadlock costs the deadline, not a hang
    return str(failure.value)


@pytest.mark.parametrize("check", [check_bounded_spawn, check_pool_map, check_workers_for, check_process_stream])
def test_an_unanswered_exercise_reports_not_attempted(check, capsys):
    def answer(*args):
        raise NotImplementedError()

    report = check(answer)
    assert "not attempted yet" in capsys.readouterr().out
    assert report.figures == () and repr(report).endswith("nothing measured yet")


def test_an_unanswered_coroutine_reports_not_attempted(capsys):
    async def gather_limited(coros, limit):
        raise NotImplementedError()

    assert repr(check_gather_limited(gather_limited)) == "Exercise 5 (gather_limited): nothing measured yet"
    assert "Exercise 5 (gather_limited): not attempted yet" in capsys.readouterr().out


def test_a_check_refuses_something_that_is_not_a_function():
    with pytest.raises(TypeError, match="pass your function itself"):
        check_pool_map("pool_map")


# Exercise 1: bounded_spawn --------------------------------------------------------------------


def test_bounded_spawn_reference_passes(capsys, no_leftovers):
    report = check_bounded_spawn(reference("01_bounded_spawner.ipynb", "bounded_spawn"))
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


def test_bounded_spawn_rejects_the_unbounded_spawner():
    fails_fast(check_bounded_spawn, unbounded_spawn, r"your spawner ran \d+ tasks at once; the limit was 4")


def test_bounded_spawn_rejects_a_semaphore_taken_inside_the_thread():
    message = fails_fast(check_bounded_spawn, semaphore_inside_the_thread, r"threads alive at once, though only 4")
    assert "before Thread.start()" in message


def test_bounded_spawn_rejects_returning_before_the_tasks_finish(no_leftovers):
    fails_fast(check_bounded_spawn, returns_without_joining, r"returned while \d+ of 24 tasks had not finished")


def test_bounded_spawn_rejects_running_one_task_at_a_time():
    fails_fast(check_bounded_spawn, one_at_a_time, r"never ran more than one task at once")


def test_bounded_spawn_fails_fast_on_a_permit_never_released(unblock):
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


# Exercise 2: pool_map -------------------------------------------------------------------------


def test_pool_map_reference_passes(capsys, no_leftovers):
    report = check_pool_map(reference("02_worker_pool.ipynb", "pool_map"))
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


def test_pool_map_rejects_an_unbounded_queue():
    message = fails_fast(check_pool_map, make_pool(maxsize=0), r"your pool took \d+ items from the input")
    assert "queue.Queue(maxsize=queue_size)" in message


def test_pool_map_rejects_a_pool_that_drops_exceptions():
    fails_fast(check_pool_map, make_pool(maxsize=None, keep_errors=False),
               r"task 5 raised ValueError\('task 5 failed on purpose'\), but pool_map returned normally")


def test_pool_map_rejects_a_pool_that_ignores_the_worker_count():
    fails_fast(check_pool_map, thread_per_item_pool, r"your pool ran \d+ tasks at once; the limit was 4")


def test_pool_map_fails_fast_when_no_worker_gets_a_sentinel(unblock):
    queues: list = []

    def release():
        for tasks, workers in queues:
            for _ in range(workers):
                tasks.put(None)

    unblock(release)
    fails_fast(check_pool_map, make_pool(maxsize=None, sentinels=False, queues=queues),
               r"all 32 tasks finished, but pool_map did not return within 2 s. Is a worker waiting on a queue nobody fills\?")


def test_pool_map_rejects_workers_left_running(unblock):
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


# Exercise 3: workers_for ----------------------------------------------------------------------


def test_workers_for_reference_passes_and_measures_three_pools(capsys):
    report = check_workers_for(reference("03_littles_law.ipynb", "workers_for"))
    assert "Exercise 3 (workers_for) passed" in capsys.readouterr().out
    assert [name for name, _ in report.figures] == ["2 workers", "3 workers", "4 workers"]


@pytest.mark.parametrize("answer, match", [
    (lambda rate, latency: math.floor(rate * latency), r"workers_for\(10, 0\.25\) returned 2; .* round up"),
    (lambda rate, latency: round(rate * latency), r"workers_for\(10, 0\.25\) returned 2;"),
    (lambda rate, latency: int(rate * latency) + 1, r"workers_for\(100, 0\.25\) returned 26; .* 25 workers"),
    (lambda rate, latency: rate * latency, r"returned 25\.0 \(float\); a number of workers is a whole number"),
    (lambda rate, latency: math.ceil(rate / latency), r"workers_for\(100, 0\.25\) returned 400;"),
], ids=["floor", "round", "one-too-many", "float", "divides"])
def test_workers_for_rejects_wrong_sizing(answer, match):
    fails_fast(check_workers_for, answer, match)


# Exercise 4: process_stream -------------------------------------------------------------------


def test_process_stream_reference_passes_in_bounded_memory(capsys, no_leftovers):
    report = check_process_stream(reference("04_backpressure_stream.ipynb", "process_stream"))
    assert "Exercise 4 (process_stream) passed: 100,000 items" in capsys.readouterr().out
    assert "peak resident memory" in repr(report)


def materialises_the_stream(fn_items, process, workers):
    items = list(fn_items)  # every payload at once
    with WorkerPool(max_workers=workers) as pool:
        return sum(pool.map(process, items))


def thread_pool_executor_map(items, process, workers):
    with cf.ThreadPoolExecutor(max_workers=workers) as executor:
        return sum(executor.map(process, items))  # submits every item before the first result


def unbounded_queue_stream(items, process, workers):
    tasks: queue.Queue = queue.Queue()  # no maxsize: the feeder never waits
    totals = []

    def work():
        total = 0
        while (item := tasks.get()) is not None:
            try:
                total += process(item)
            except Exception:
                pass
        totals.append(total)

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            tasks.put(item)
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    return sum(totals)


def drops_the_last_chunk(items, process, workers):
    with WorkerPool(max_workers=workers, queue_size=workers) as pool:  # 16 chunks of 64 items in flight: within budget
        chunks = zip(*[iter(items)] * 64)  # the last 32 items do not fill a chunk, and vanish
        return sum(sum(sizes) for sizes in pool.map(lambda chunk: [process(item) for item in chunk], chunks))


@pytest.mark.parametrize("answer", [materialises_the_stream, thread_pool_executor_map, unbounded_queue_stream])
def test_process_stream_stops_an_answer_that_takes_every_item(answer, no_leftovers):
    message = fails_fast(check_process_stream, answer, r"your process_stream held too much at once")
    assert "over the budget of 100 MiB" in message and "6.1 GiB" in message


def test_process_stream_rejects_an_answer_that_drops_items():
    fails_fast(check_process_stream, drops_the_last_chunk, r"processed 99,968 of 100,000 items")


def test_process_stream_fails_fast_when_it_stops_making_progress(unblock):
    queues: list = []

    def waits_for_a_sentinel_nobody_sends(items, process, workers):
        tasks: queue.Queue = queue.Queue(maxsize=workers)
        queues.append((tasks, workers))
        threads = [threading.Thread(target=lambda: [process(i) for i in iter(tasks.get, None)], daemon=True)
                   for _ in range(workers)]
        for thread in threads:
            thread.start()
        for item in items:
            tasks.put(item)
        for thread in threads:  # no sentinels were sent
            thread.join()

    unblock(lambda: [tasks.put(None) for tasks, workers in queues for _ in range(workers)])
    fails_fast(check_process_stream, waits_for_a_sentinel_nobody_sends,
               r"process_stream made no progress for 2 s: 100,000 of 100,000 items processed")


# Exercise 5: gather_limited -------------------------------------------------------------------


def test_gather_limited_reference_passes(capsys, no_leftovers):
    check_gather_limited(reference("05_bounded_gather.ipynb", "gather_limited"))
    assert "Exercise 5 (gather_limited) passed" in capsys.readouterr().out


async def plain_gather(coros, limit):
    return await asyncio.gather(*coros)


async def semaphore_never_used(coros, limit):
    permits = asyncio.Semaphore(limit)  # created, but no coroutine waits for it
    async with permits:
        return await asyncio.gather(*coros)


async def one_by_one(coros, limit):
    return [await coro for coro in coros]


async def acquires_without_releasing(coros, limit):
    permits = asyncio.Semaphore(limit)

    async def one(coro):
        await permits.acquire()
        return await coro

    return await asyncio.gather(*(one(coro) for coro in coros))


@pytest.mark.parametrize("answer", [plain_gather, semaphore_never_used])
def test_gather_limited_rejects_an_unbounded_gather(answer):
    message = fails_fast(check_gather_limited, answer, r"your gather_limited ran \d+ coroutines at once; the limit was 5")
    assert "async with semaphore" in message


def test_gather_limited_rejects_awaiting_one_at_a_time():
    fails_fast(check_gather_limited, one_by_one, r"never ran more than one coroutine at once")


def test_gather_limited_cancels_a_deadlocked_answer_within_the_deadline(no_leftovers):
    fails_fast(check_gather_limited, acquires_without_releasing,
               r"did not finish 40 coroutines within 2 s: 5 finished, 35 still waiting")


# Exercise 7: deliver_all ---------------------------------------------------------------------
# Each check starts a real receiver and sends 100 small messages: a second or two each.

from pool_lab import HttpSender, check_deliver_all  # noqa: E402  (appended section, kept self-contained)


def test_deliver_all_reference_passes(capsys):
    report = check_deliver_all(reference("07_reliable_sender.ipynb", "deliver_all"))
    assert "Exercise 7 (deliver_all) passed" in capsys.readouterr().out
    assert "0 duplicates" in repr(report)


def deliver_with_threads_and_a_semaphore(url, messages, capacity, service_time_s):
    # Correct, written differently: a thread per message, but never more than `capacity`
    # alive, and the next message taken only when one ends.
    sender = HttpSender(url, retries=8, backoff_s=0.01, idempotency_key=True, pool_maxsize=capacity)
    slots = threading.BoundedSemaphore(capacity)
    threads, errors = [], []

    def send(message_id, payload):
        try:
            sender.send(payload, message_id)
        except Exception as exc:
            errors.append(exc)
        finally:
            slots.release()

    for message_id, payload in messages:
        slots.acquire()
        thread = threading.Thread(target=send, args=(message_id, payload))
        thread.start()
        threads.append(thread)
        del payload  # the thread holds it now; this loop must not keep the last one alive
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def deliver_with_asyncio_workers(url, messages, capacity, service_time_s):
    # Correct, written differently: `capacity` coroutines share the iterator and send with aiohttp.
    sender = HttpSender(url, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)

    async def worker():
        for message_id, payload in messages:  # the workers share one iterator
            await sender.send_async(payload, message_id)

    async def main():
        await asyncio.gather(*(worker() for _ in range(capacity)))

    asyncio.run(main())


@pytest.mark.parametrize("answer", [deliver_with_threads_and_a_semaphore, deliver_with_asyncio_workers])
def test_deliver_all_accepts_correct_answers_written_differently(answer, capsys):
    check_deliver_all(answer)
    assert "Exercise 7 (deliver_all) passed" in capsys.readouterr().out


def deliver_without_retries(url, messages, capacity, service_time_s):
    sender = HttpSender(url, idempotency_key=True, pool_maxsize=capacity)
    with WorkerPool(max_workers=capacity) as pool:
        for _ in pool.map(lambda m: sender.send(m[1], m[0]), messages):
            pass


def deliver_without_a_key(url, messages, capacity, service_time_s):
    sender = HttpSender(url, retries=5, backoff_s=0.02, pool_maxsize=capacity)
    with WorkerPool(max_workers=capacity) as pool:
        for _ in pool.map(lambda m: sender.send(m[1], m[0]), messages):
            pass


def deliver_a_thread_per_message(url, messages, capacity, service_time_s):
    sender = HttpSender(url, retries=20, backoff_s=0.05, idempotency_key=True, pool_maxsize=capacity)
    with cf.ThreadPoolExecutor(max_workers=capacity) as pool:  # bounded threads, unbounded queue of payloads
        list(pool.map(lambda m: sender.send(m[1], m[0]), list(messages)))


def deliver_one_at_a_time(url, messages, capacity, service_time_s):
    sender = HttpSender(url, retries=5, backoff_s=0.02, idempotency_key=True)
    for message_id, payload in messages:
        sender.send(payload, message_id)


def test_deliver_all_rejects_a_sender_that_does_not_retry():
    fails_fast(check_deliver_all, deliver_without_retries, r"raised DeliveryFailed: message m\d+ not delivered "
                                                          r"after 1 attempt: (HTTP 503|connection failed)")


def test_deliver_all_rejects_retries_without_an_idempotency_key():
    message = fails_fast(check_deliver_all, deliver_without_a_key, r"delivered 20 messages more than once")
    assert "idempotency_key=True" in message


def test_deliver_all_rejects_holding_every_payload():
    fails_fast(check_deliver_all, deliver_a_thread_per_message, r"your sender held 100 payloads at once")


def test_deliver_all_rejects_one_message_at_a_time():
    fails_fast(check_deliver_all, deliver_one_at_a_time, r"your sender took \d+\.\d+ s; one message at a time")


def test_an_unanswered_deliver_all_reports_not_attempted(capsys):
    def deliver_all(url, messages, capacity, service_time_s):
        raise NotImplementedError()

    assert repr(check_deliver_all(deliver_all)) == "Exercise 7 (deliver_all): nothing measured yet"
    assert "not attempted yet" in capsys.readouterr().out
