# Written from the student copy alone, without seeing the check or the solution.
# Approach: put (index, coroutine) pairs on an asyncio.Queue; `limit` worker tasks take from it and store results by index.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    queue = asyncio.Queue()
    for item in enumerate(coros):
        queue.put_nowait(item)

    async def worker():
        while True:
            try:
                index, coro = queue.get_nowait()
            except asyncio.QueueEmpty:
                return  # nothing left: this worker is done
            results[index] = await coro

    workers = [asyncio.ensure_future(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        while not queue.empty():  # never started: close them
            _, coro = queue.get_nowait()
            coro.close()
        raise
    return results
