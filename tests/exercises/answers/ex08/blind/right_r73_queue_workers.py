# Written from the student copy alone, without seeing the check or the solution.
# Approach: a producer puts (index, coroutine) into an asyncio.Queue(maxsize=limit), limit workers take from it until a sentinel each.
import asyncio

_DONE = object()  # sentinel: no more coroutines


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    queue = asyncio.Queue(maxsize=limit)
    n_workers = min(limit, len(coros))

    async def producer():
        for item in enumerate(coros):
            await queue.put(item)
        for _ in range(n_workers):
            await queue.put(_DONE)

    async def worker():
        while True:
            item = await queue.get()
            if item is _DONE:
                return
            index, coro = item
            results[index] = await coro

    tasks = [asyncio.create_task(producer())]
    tasks += [asyncio.create_task(worker()) for _ in range(n_workers)]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for coro in coros:
            coro.close()  # the ones never started
        raise
    return results
