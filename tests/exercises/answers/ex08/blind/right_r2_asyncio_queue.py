# Written from the student copy alone, without seeing the check or the solution.
# Approach: an asyncio.Queue holding (index, coroutine) pairs and `limit` consumer tasks;
# the first exception is remembered, the workers stop and it is raised after they are
# cancelled. Results land at their index.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    queue = asyncio.Queue()
    for pair in enumerate(coros):
        queue.put_nowait(pair)

    async def worker():
        while True:
            try:
                i, coro = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            results[i] = await coro

    tasks = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        while not queue.empty():
            queue.get_nowait()[1].close()
        raise
    return results
