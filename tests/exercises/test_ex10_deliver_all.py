"""Exercise 10, ``deliver_all``: every message to a real receiver exactly once (a receiver per check: a second or two)."""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import threading

import pytest

from pool_lab import HttpSender, WorkerPool, check_deliver_all

pytestmark = pytest.mark.timeout(60)


def test_deliver_all_reference_passes(capsys, no_leftovers, reference):
    report = check_deliver_all(reference())
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
def test_deliver_all_rejects_wrong_answers(answer, match, no_leftovers, fails_fast):
    fails_fast(check_deliver_all, answer, match)
