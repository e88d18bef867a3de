"""The exercise checks: each accepts the reference solution and rejects plausible wrong answers.

The reference solutions are read from the instructor's notebooks, so these
tests judge the very code students are measured against.  Every check also
accepts at least two right answers written differently from the reference
(``test_..._accepts_other_right_answers``), and rejects at least two wrong
ones: the mistakes students make; each test pins the measurement the check
reports for it.  Checks of result order run tasks of unequal length, so an
answer that returns results as they finish is caught.  Answers that deadlock leave blocked threads behind, so each
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
    HttpSender,
    WorkerPool,
    check_bounded_spawn,
    check_deliver_all,
    check_gather_limited,
    check_pipeline,
    check_pool_map,
    check_pool_size,
    check_process_stream,
    check_send_windowed,
    check_windowed_map,
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


@pytest.mark.parametrize("check", [check_bounded_spawn, check_pool_map, check_workers_for, check_pool_size,
                                   check_process_stream, check_windowed_map, check_pipeline, check_deliver_all])
def test_an_unanswered_exercise_reports_not_attempted(check, capsys):
    def answer(*args):
        raise NotImplementedError()

    report = check(answer)
    assert "not attempted yet" in capsys.readouterr().out
    assert not report.passed and repr(report).endswith("nothing measured yet")


def test_an_unanswered_coroutine_reports_not_attempted(capsys):
    async def gather_limited(coros, limit):
        raise NotImplementedError()

    assert repr(check_gather_limited(gather_limited)) == "Exercise 8 (gather_limited): nothing measured yet"
    assert "Exercise 8 (gather_limited): not attempted yet" in capsys.readouterr().out


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


# Exercise 5: process_stream -------------------------------------------------------------------


def test_process_stream_reference_passes_in_bounded_memory(capsys, no_leftovers):
    report = check_process_stream(reference("05_backpressure_stream.ipynb", "process_stream"))
    assert "Exercise 5 (process_stream) passed: 100,000 items" in capsys.readouterr().out
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


# Exercise 8: gather_limited -------------------------------------------------------------------


def test_gather_limited_reference_passes(capsys, no_leftovers):
    check_gather_limited(reference("08_bounded_gather.ipynb", "gather_limited"))
    assert "Exercise 8 (gather_limited) passed" in capsys.readouterr().out


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


# Right answers written differently, and answers in completion order ---------------------------


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


def test_bounded_spawn_rejects_results_in_completion_order(no_leftovers):
    fails_fast(check_bounded_spawn, spawn_in_completion_order, r"expected the 24 results in input order")


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


def test_pool_map_rejects_results_in_completion_order(no_leftovers):
    fails_fast(check_pool_map, pool_in_completion_order, r"expected the 32 results in input order")


def workers_by_counting_up(tasks_per_s, latency_s):
    workers = 1
    while workers / latency_s < tasks_per_s:  # each worker finishes 1/latency tasks a second
        workers += 1
    return workers


@pytest.mark.parametrize("answer", [workers_by_counting_up, lambda rate, latency: int(-(-rate * latency // 1))],
                         ids=["counting-up", "floor-division"])
def test_workers_for_accepts_other_right_answers(answer, capsys):
    assert check_workers_for(answer).passed


# Exercise 4: pool_size ------------------------------------------------------------------------


def test_pool_size_reference_passes(capsys):
    report = check_pool_size(reference("04_sizing_by_memory.ipynb", "pool_size"))
    assert "Exercise 4 (pool_size) passed" in capsys.readouterr().out and report.passed


def size_by_counting_up(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = 1
    while workers / latency_s < tasks_per_s:
        workers += 1
    if base_mib + workers * task_mib > budget_mib:
        raise ValueError("the budget is too small for the target")
    return workers


def size_checking_memory_first(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    most = int((budget_mib - base_mib) / task_mib)
    least = math.ceil(tasks_per_s * latency_s)
    if least <= most:
        return least
    raise ValueError(f"need {least} workers, room for {most}")


@pytest.mark.parametrize("answer", [size_by_counting_up, size_checking_memory_first])
def test_pool_size_accepts_other_right_answers(answer):
    assert check_pool_size(answer).passed


@pytest.mark.parametrize("answer, match", [
    (lambda rate, latency, task, budget, base: math.ceil(rate * latency),
     r"pool_size\(26, 0\.5, 16, 256, 64\) returned 13; .* over the 256 MiB budget"),
    (lambda rate, latency, task, budget, base: (budget - base) // task,
     r"pool_size\(20, 0\.25, 8, 256, 64\) returned 24; 5 workers already reach"),
    (lambda rate, latency, task, budget, base: math.ceil(rate * latency) if math.ceil(rate * latency) * task <= budget
     else size_by_counting_up(rate, latency, task, budget, base),
     r"pool_size\(26, 0\.5, 16, 256, 64\) returned 13; .* count the process's base memory"),
    (lambda rate, latency, task, budget, base: size_by_counting_up(rate, latency, task, budget - 1, base),
     r"pool_size\(24, 0\.5, 16, 256, 64\) raised ValueError"),
    (lambda rate, latency, task, budget, base: math.floor(rate * latency) if base + math.floor(rate * latency) * task
     <= budget else None, r"pool_size\(10, 0\.25, 4, 100, 40\) returned 2; .* round it up"),
], ids=["throughput-only", "memory-only", "forgets-the-base", "refuses-an-exact-fit", "rounds-down"])
def test_pool_size_rejects_wrong_sizing(answer, match):
    fails_fast(check_pool_size, answer, match)


# Exercise 5: process_stream, other right answers ----------------------------------------------


def stream_through_a_worker_pool(items, process, workers):
    with WorkerPool(max_workers=workers) as pool:
        return sum(pool.map(process, items))  # lazy: an item is taken when a result is consumed


def stream_with_a_semaphore(items, process, workers):
    permits = threading.BoundedSemaphore(2 * workers)
    sizes: list[int] = []  # not the futures: 100,000 of them would hold some 100 MiB

    def done(future):
        sizes.append(future.result())
        permits.release()

    with cf.ThreadPoolExecutor(max_workers=workers) as executor:
        for item in items:
            permits.acquire()
            executor.submit(process, item).add_done_callback(done)
    return sum(sizes)


@pytest.mark.parametrize("answer", [stream_through_a_worker_pool, stream_with_a_semaphore])
def test_process_stream_accepts_other_right_answers(answer, no_leftovers):
    assert check_process_stream(answer).passed


# Exercise 6: windowed_map ---------------------------------------------------------------------


def test_windowed_map_reference_passes(capsys, no_leftovers):
    report = check_windowed_map(reference("06_window_of_futures.ipynb", "windowed_map"))
    assert "Exercise 6 (windowed_map) passed" in capsys.readouterr().out and report.passed


def window_first_completed(executor, fn, items, window):
    index_of: dict = {}
    results: dict = {}
    for index, item in enumerate(items):
        if len(index_of) == window:
            done, _ = cf.wait(index_of, return_when=cf.FIRST_COMPLETED)
            for future in done:
                results[index_of.pop(future)] = future.result()
        index_of[executor.submit(fn, item)] = index
    for future, index in index_of.items():
        results[index] = future.result()
    return [results[index] for index in range(len(results))]


def window_with_a_semaphore(executor, fn, items, window):
    slots = threading.Semaphore(window)
    futures = []
    for item in items:
        slots.acquire()
        futures.append(executor.submit(fn, item))
        futures[-1].add_done_callback(lambda _: slots.release())
    return [future.result() for future in futures]


def window_in_completion_order(executor, fn, items, window):
    in_flight: set = set()
    results = []
    for item in items:
        if len(in_flight) == window:
            done, in_flight = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
            results.extend(future.result() for future in done)
        in_flight.add(executor.submit(fn, item))
    return results + [future.result() for future in cf.as_completed(in_flight)]


def submit_everything(executor, fn, items, window):
    futures = [executor.submit(fn, item) for item in items]
    return [future.result() for future in futures]


def window_of_one(executor, fn, items, window):
    return [executor.submit(fn, item).result() for item in items]


def window_on_its_own_pool(executor, fn, items, window):
    with WorkerPool(max_workers=4, queue_size=window - 4) as pool:
        return list(pool.map(fn, items))


@pytest.mark.parametrize("answer", [window_first_completed, window_with_a_semaphore])
def test_windowed_map_accepts_other_right_answers(answer, no_leftovers):
    assert check_windowed_map(answer).passed


@pytest.mark.parametrize("answer, match", [
    (submit_everything, r"took \d+ items from the input before their tasks had finished; the window was 6"),
    (lambda executor, fn, items, window: list(executor.map(fn, items)), r"took \d+ items from the input"),
    (window_in_completion_order, r"expected the 40 results in input order"),
    (window_of_one, r"never ran more than one task at once"),
    (window_on_its_own_pool, r"not in the executor you were given"),
], ids=["submit-everything", "executor-map", "completion-order", "window-of-one", "own-pool"])
def test_windowed_map_rejects_wrong_answers(answer, match, no_leftovers):
    fails_fast(check_windowed_map, answer, match)


# Exercise 7: pipeline -------------------------------------------------------------------------


def test_pipeline_reference_passes_and_the_colleagues_code_does_not(capsys, no_leftovers):
    assert check_pipeline(reference("07_hidden_queue.ipynb", "pipeline")).passed
    assert "Exercise 7 (pipeline) passed" in capsys.readouterr().out
    colleagues = reference("07_hidden_queue.ipynb", "colleagues_pipeline")
    message = fails_fast(check_pipeline, colleagues, r"had \d+ payloads rendered and not yet uploaded at once")
    assert "at most 14 should be" in message


def two_bounded_pools(items, render, upload, workers):
    # Short queues: WorkerPool's default queue (64) would hold 64 rendered payloads.
    with WorkerPool(max_workers=workers, queue_size=workers) as uploaders:
        futures: queue.Queue = queue.Queue()

        def render_then_upload(item):
            # A full upload queue makes this submit wait, so the renderers slow down to the uploads' pace.
            return uploaders.submit(upload, render(item))

        with WorkerPool(max_workers=workers, queue_size=workers) as renderers:
            return sum(future.result() for future in renderers.map(render_then_upload, items))


def executor_behind_a_semaphore(items, render, upload, workers):
    slots = threading.Semaphore(2 * workers)
    futures = []
    with cf.ThreadPoolExecutor(max_workers=workers) as executor:
        for item in items:
            slots.acquire()  # taken before rendering: at most 2 × workers payloads alive
            futures.append(executor.submit(upload, render(item)))
            futures[-1].add_done_callback(lambda _: slots.release())
    return sum(future.result() for future in futures)


def two_executors(items, render, upload, workers):
    with cf.ThreadPoolExecutor(workers) as renderers, cf.ThreadPoolExecutor(workers) as uploaders:
        payloads = renderers.map(render, items)
        return sum(uploaders.map(upload, payloads))


def uploads_one_by_one(items, render, upload, workers):
    return sum(upload(render(item)) for item in items)


def counts_the_uploads(items, render, upload, workers):
    with WorkerPool(max_workers=workers) as pool:
        return len([size for size in pool.map(lambda item: upload(render(item)), items)])


@pytest.mark.parametrize("answer", [two_bounded_pools, executor_behind_a_semaphore])
def test_pipeline_accepts_other_right_answers(answer, no_leftovers):
    assert check_pipeline(answer).passed


@pytest.mark.parametrize("answer, match", [
    (two_executors, r"payloads rendered and not yet uploaded at once"),
    (uploads_one_by_one, r"never ran more than one upload at once"),
    (counts_the_uploads, r"pipeline returned 300 after uploading 300 of 300 payloads"),
], ids=["two-executors", "one-by-one", "counts-instead-of-sums"])
def test_pipeline_rejects_wrong_answers(answer, match, no_leftovers):
    fails_fast(check_pipeline, answer, match)


# Exercise 8: gather_limited, other right answers and completion order -------------------------


async def gather_with_worker_tasks(coros, limit):
    jobs = iter(list(enumerate(coros)))
    results: dict = {}

    async def worker():
        for index, coro in jobs:
            results[index] = await coro

    await asyncio.gather(*(worker() for _ in range(limit)))
    return [results[index] for index in range(len(results))]


async def gather_through_a_queue(coros, limit):
    jobs: asyncio.Queue = asyncio.Queue()
    coros = list(coros)
    for job in enumerate(coros):
        jobs.put_nowait(job)
    results = [None] * len(coros)

    async def worker():
        while not jobs.empty():
            index, coro = jobs.get_nowait()
            results[index] = await coro

    await asyncio.gather(*(worker() for _ in range(limit)))
    return results


async def workers_in_completion_order(coros, limit):
    jobs = iter(list(coros))
    results = []

    async def worker():
        for coro in jobs:
            results.append(await coro)

    await asyncio.gather(*(worker() for _ in range(limit)))
    return results


@pytest.mark.parametrize("answer", [gather_with_worker_tasks, gather_through_a_queue])
def test_gather_limited_accepts_other_right_answers(answer, no_leftovers):
    assert check_gather_limited(answer).passed


def test_gather_limited_rejects_results_in_completion_order(no_leftovers):
    fails_fast(check_gather_limited, workers_in_completion_order, r"expected the 40 results in input order")


# Exercise 9: send_windowed (starts a small Dask cluster each time) ----------------------------

def dask_check(test: Callable) -> Callable:
    """Allow a Dask test 90 s, and the global threads distributed starts on first use and never stops."""
    test = pytest.mark.timeout(90)(test)
    return pytest.mark.library_threads("Dask-Offload", "Dask-Callback-Thread",
                                       reason="distributed's global offload executor and callback thread")(test)


def dask_window_of_oldest(client, fn, items, window):
    from collections import deque

    in_flight: deque = deque()
    results = []
    for item in items:
        if len(in_flight) == window:
            results.append(in_flight.popleft().result())
        in_flight.append(client.submit(fn, item))
    return results + [future.result() for future in in_flight]


def dask_wait_first_completed(client, fn, items, window):
    from distributed import wait

    index_of: dict = {}
    results: dict = {}
    for index, item in enumerate(items):
        if len(index_of) == window:
            done = wait(list(index_of), return_when="FIRST_COMPLETED").done
            for future in done:
                results[index_of.pop(future)] = future.result()
        index_of[client.submit(fn, item)] = index
    for future, index in index_of.items():
        results[index] = future.result()
    return [results[index] for index in range(len(results))]


def dask_in_completion_order(client, fn, items, window):
    from distributed import as_completed

    items = iter(items)
    finished = as_completed([client.submit(fn, item) for item, _ in zip(items, range(window))])
    results = []
    for future in finished:
        results.append(future.result())
        for item in items:
            finished.add(client.submit(fn, item))
            break
    return results


@dask_check
def test_send_windowed_reference_passes(capsys, no_leftovers):
    assert check_send_windowed(reference("09_dask_window.ipynb", "send_windowed")).passed
    assert "Exercise 9 (send_windowed) passed" in capsys.readouterr().out


@dask_check
@pytest.mark.parametrize("answer", [dask_window_of_oldest, dask_wait_first_completed])
def test_send_windowed_accepts_other_right_answers(answer, no_leftovers):
    assert check_send_windowed(answer).passed


@dask_check
@pytest.mark.parametrize("answer, match", [
    (lambda client, fn, items, window: client.gather([client.submit(fn, item) for item in items]),
     r"had \d+ futures in flight at once; the window was 4"),
    (lambda client, fn, items, window: client.gather(client.map(fn, list(items))),
     r"had \d+ futures in flight at once; the window was 4"),
    (dask_in_completion_order, r"expected the 24 results in input order"),
], ids=["submit-everything", "client-map", "completion-order"])
def test_send_windowed_rejects_wrong_answers(answer, match, no_leftovers):
    fails_fast(check_send_windowed, answer, match)


# Exercise 10: deliver_all (starts a real receiver and sends 100 messages: a second or two each) ----


def test_deliver_all_reference_passes(capsys, no_leftovers):
    report = check_deliver_all(reference("10_reliable_sender.ipynb", "deliver_all"))
    assert "Exercise 10 (deliver_all) passed" in capsys.readouterr().out
    assert "100 of 100, 0 duplicates" in repr(report)


def deliver_with_threads_and_a_semaphore(url, messages, capacity, service_time_s):
    # A thread per message, but never more than `capacity` alive, and the next message taken only when one ends.
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
    # `capacity` coroutines share the iterator and send with aiohttp.
    sender = HttpSender(url, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)

    async def worker():
        for message_id, payload in messages:  # the workers share one iterator
            await sender.send_async(payload, message_id)

    async def main():
        await asyncio.gather(*(worker() for _ in range(capacity)))

    asyncio.run(main())


def deliver_with_a_window_of_futures(url, messages, capacity, service_time_s):
    # The standard executor, bounded from outside by a window of futures (exercise 6).
    sender = HttpSender(url, retries=6, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity + 2)
    in_flight: set = set()
    with cf.ThreadPoolExecutor(max_workers=capacity + 2) as executor:
        for message_id, payload in messages:
            if len(in_flight) >= 2 * capacity:
                done, in_flight = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
                for future in done:
                    future.result()
            in_flight.add(executor.submit(sender.send, payload, message_id))
            del payload
        for future in in_flight:
            future.result()


@pytest.mark.parametrize("answer", [deliver_with_threads_and_a_semaphore, deliver_with_asyncio_workers,
                                    deliver_with_a_window_of_futures])
def test_deliver_all_accepts_other_right_answers(answer, capsys, no_leftovers):
    assert check_deliver_all(answer).passed
    assert "Exercise 10 (deliver_all) passed" in capsys.readouterr().out


def deliver_without_retries(url, messages, capacity, service_time_s):
    sender = HttpSender(url, idempotency_key=True, pool_maxsize=capacity)
    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(lambda m: sender.send(m[1], m[0]), messages):
            pass


def deliver_without_a_key(url, messages, capacity, service_time_s):
    sender = HttpSender(url, retries=5, backoff_s=0.02, pool_maxsize=capacity)
    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(lambda m: sender.send(m[1], m[0]), messages):
            pass


def deliver_through_the_default_queue(url, messages, capacity, service_time_s):
    # Right in every way but one: WorkerPool's default queue (64) holds far more payloads than the budget.
    sender = HttpSender(url, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)
    with WorkerPool(max_workers=capacity) as pool:
        for _ in pool.map(lambda m: sender.send(m[1], m[0]), messages):
            pass


def deliver_with_executor_map(url, messages, capacity, service_time_s):
    sender = HttpSender(url, retries=20, backoff_s=0.05, idempotency_key=True, pool_maxsize=capacity)
    with cf.ThreadPoolExecutor(max_workers=capacity) as pool:  # bounded threads, an unbounded queue of payloads
        list(pool.map(lambda m: sender.send(m[1], m[0]), messages))


def deliver_one_at_a_time(url, messages, capacity, service_time_s):
    sender = HttpSender(url, retries=5, backoff_s=0.02, idempotency_key=True)
    for message_id, payload in messages:
        sender.send(payload, message_id)


@pytest.mark.parametrize("answer, match", [
    (deliver_without_retries, r"raised DeliveryFailed: message m\d+ not delivered after 1 attempt: "
                              r"(HTTP 503|connection failed).*Hint: a 503 or a lost answer is worth another try"),
    (deliver_without_a_key, r"the receiver delivered 20 messages more than once .*idempotency_key=True"),
    (deliver_through_the_default_queue, r"your sender held \d+ payloads at once .*the budget is 32"),
    (deliver_with_executor_map, r"your sender held 100 payloads at once"),
    (deliver_one_at_a_time, r"your sender took \d+\.\d+ s; one message at a time takes at least 4\.0 s"),
], ids=["no-retries", "no-idempotency-key", "default-queue", "executor-map", "one-at-a-time"])
def test_deliver_all_rejects_wrong_answers(answer, match, no_leftovers):
    fails_fast(check_deliver_all, answer, match)
