# Written from the student copy alone, without seeing the check or the solution.
# Approach: an asyncio.Queue holds (index, coroutine); limit worker tasks take from it until it is empty; gather over the workers raises the first error (the other workers run on, as with asyncio.gather).
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    queue = asyncio.Queue()
    for item in enumerate(coros):
        queue.put_nowait(item)
    results = [None] * queue.qsize()

    async def worker():
        while True:
            try:
                index, coro = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            results[index] = await coro

    workers = [worker() for _ in range(min(limit, queue.qsize()))]
    await asyncio.gather(*workers)
    return results
