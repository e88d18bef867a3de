# Written from the student copy alone, without seeing the check or the solution.
# WRONG: queue workers call task_done() as soon as they take an item, so queue.join() returns while the last coroutines are still running.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    queue = asyncio.Queue()
    for item in enumerate(coros):
        queue.put_nowait(item)
    results = [None] * len(coros)

    async def worker():
        while True:
            index, coro = await queue.get()
            queue.task_done()
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(limit)]
    await queue.join()
    for task in workers:
        task.cancel()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned after \d+ of 40 coroutines finished\. Hint: await every one of them\."
