# Written from the student copy alone, without seeing the check or the solution.
# Approach: an asyncio.Queue holds (index, coroutine) pairs; `limit` workers take from it until it is empty, store each result at its index, and the first error is re-raised.
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
    finally:
        for task in workers:
            task.cancel()
        while not queue.empty():  # left over after an error: close them
            _, coro = queue.get_nowait()
            coro.close()
    return results
