# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: an asyncio.Queue of (index, coroutine) drained by limit worker tasks; results written by index; first error cancels the workers and is re-raised.
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
            try:
                index, coro = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, count))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        while not queue.empty():
            queue.get_nowait()[1].close()
        raise
    return results
