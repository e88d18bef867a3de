"""Exercise 8, ``gather_limited``: asyncio.gather, bounded."""

from __future__ import annotations

import asyncio

import pytest

from pool_lab import check_gather_limited

pytestmark = pytest.mark.timeout(60)


def test_gather_limited_reference_passes(capsys, no_leftovers, reference):
    check_gather_limited(reference())
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
def test_gather_limited_rejects_an_unbounded_gather(answer, fails_fast):
    message = fails_fast(check_gather_limited, answer, r"your gather_limited ran \d+ coroutines at once; the limit was 5")
    assert "async with semaphore" in message


def test_gather_limited_rejects_awaiting_one_at_a_time(fails_fast):
    fails_fast(check_gather_limited, one_by_one, r"never ran more than one coroutine at once")


def test_gather_limited_cancels_a_deadlocked_answer_within_the_deadline(no_leftovers, fails_fast):
    fails_fast(check_gather_limited, acquires_without_releasing,
               r"did not finish 40 coroutines within 2 s: 5 finished, 35 still waiting")


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


def test_gather_limited_rejects_results_in_completion_order(no_leftovers, fails_fast):
    fails_fast(check_gather_limited, workers_in_completion_order, r"expected the 40 results in input order")
