"""Exercise 8, ``gather_limited``: asyncio.gather, bounded.

The answers, right and wrong, are in ``answers/ex08/`` (see ``test_answers.py``); here, the reference.
"""

from __future__ import annotations

import asyncio
import threading

import pytest

from pool_lab import check_gather_limited

pytestmark = pytest.mark.timeout(60)


def test_gather_limited_reference_passes(capsys, no_leftovers, reference):
    report = check_gather_limited(reference())
    assert "Exercise 8 (gather_limited) passed" in capsys.readouterr().out
    assert dict(report.figures)["peak coroutines running at once"] == "5 (limit 5)"


@pytest.fixture
def busy_threads():
    """Two Python threads that keep the interpreter busy, as a cell still computing in the kernel would."""
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            sum(range(100))

    threads = [threading.Thread(target=spin, name=f"busy-{i}") for i in range(2)]
    for thread in threads:
        thread.start()
    yield
    stop.set()
    for thread in threads:
        thread.join()


async def _semaphore(coros, limit):
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        async with semaphore:
            return await coro

    return await asyncio.gather(*(one(coro) for coro in coros))


async def _sleep_and_look(coros, limit):
    results, running, coros = [None] * len(coros), {}, list(coros)
    while coros or running:
        while coros and len(running) < limit:
            running[asyncio.ensure_future(coros.pop(0))] = len(results) - len(coros) - 1
        await asyncio.sleep(0.01)
        for task in [task for task in running if task.done()]:
            results[running.pop(task)] = task.result()
    return results


async def _dispatcher(coros, limit):
    # Read 69: one task starts every coroutine, after a permit taken under wait_for and a turn given away; when
    # ends bunch up in one turn beside busy threads, it starts them one after another, over many turns.
    semaphore, tasks = asyncio.Semaphore(limit), []

    async def run(coro):
        try:
            return await coro
        finally:
            semaphore.release()

    for coro in coros:
        await asyncio.wait_for(semaphore.acquire(), timeout=60)
        tasks.append(asyncio.ensure_future(run(coro)))
        await asyncio.sleep(0)
    return await asyncio.gather(*tasks)


async def _spinner(coros, limit):
    results, running, coros = [None] * len(coros), {}, list(coros)
    while coros or running:
        while coros and len(running) < limit:
            running[asyncio.ensure_future(coros.pop(0))] = len(results) - len(coros) - 1
        await asyncio.sleep(0)
        for task in [task for task in running if task.done()]:
            results[running.pop(task)] = task.result()
    return results


@pytest.mark.parametrize("answer, message", [
    (_sleep_and_look, "left a freed place empty while coroutines waited to start"),
    (_spinner, "the event loop never waited while every place was taken"),
])
def test_busy_threads_in_the_process_do_not_pass_a_late_refill_or_a_spinner(no_leftovers, busy_threads, answer,
                                                                             message):
    # Read 67: when the first coroutine polled every 5 ms, busy threads stretched its polls to about 10 ms, and
    # a loop that sleeps 10 ms and looks passed; read 72: beside busy threads a spinner's turns are slow, and a
    # bound on their number let it pass.  Now the check notes, at every turn of the loop, whether a callback is
    # ready: the first loop has none while it sleeps, and the spinner always has one, however slow the turns.
    with pytest.raises(AssertionError, match=message):
        check_gather_limited(answer)


@pytest.mark.parametrize("answer", [_semaphore, _dispatcher])
def test_busy_threads_in_the_process_do_not_fail_a_right_answer(no_leftovers, busy_threads, answer):
    report = check_gather_limited(answer)
    assert report.passed, report.figures
    assert dict(report.figures)["rests with a place free (none allowed)"] == "0"
