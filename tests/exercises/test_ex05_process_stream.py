"""Exercise 5, ``process_stream``: 100,000 items in bounded memory."""

from __future__ import annotations

import concurrent.futures as cf
import queue
import threading

import pytest

from pool_lab import WorkerPool, check_process_stream

pytestmark = pytest.mark.timeout(60)


def test_process_stream_reference_passes_in_bounded_memory(capsys, no_leftovers, reference):
    report = check_process_stream(reference())
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
def test_process_stream_stops_an_answer_that_takes_every_item(answer, no_leftovers, fails_fast):
    message = fails_fast(check_process_stream, answer, r"your process_stream held too much at once")
    assert "over the budget of 100 MiB" in message and "6.1 GiB" in message


def test_process_stream_rejects_an_answer_that_drops_items(fails_fast):
    fails_fast(check_process_stream, drops_the_last_chunk, r"processed 99,968 of 100,000 items")


def test_process_stream_fails_fast_when_it_stops_making_progress(unblock, fails_fast):
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
