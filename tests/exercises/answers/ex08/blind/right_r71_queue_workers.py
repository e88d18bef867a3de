# Written from the student copy alone, without seeing the check or the solution.
# Approach: an asyncio.Queue of (index, coroutine) items plus one sentinel per worker; `limit` worker tasks take items until they meet a sentinel.
import asyncio

_STOP = object()


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    queue = asyncio.Queue()
    n_workers = min(limit, len(coros))
    for item in enumerate(coros):
        queue.put_nowait(item)
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
        while not queue.empty():
            item = queue.get_nowait()
            if item is not _STOP:
                item[1].close()
        raise
    return results
