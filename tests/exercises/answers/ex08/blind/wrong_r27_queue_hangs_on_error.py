# Written from the student copy alone, without seeing the check or the solution.
# WRONG: limit queue workers call task_done only after a coroutine succeeds and the caller waits on queue.join(), so one error hangs it forever.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    queue = asyncio.Queue()
    count = 0
    for index, coro in enumerate(coros):
        queue.put_nowait((index, coro))
        count += 1
    results = [None] * count

    async def worker():
        while True:
            index, coro = await queue.get()
            results[index] = await coro
            queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(limit)]
    await queue.join()
    for task in workers:
        task.cancel()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"given 20 coroutines, of which coros\[4\] raises PlantedError, did not return within [\d.]+ s: .* or a queue joined that a worker stopped taking from at an error"
