# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: an asyncio.Queue of (index, coroutine) drained by limit workers; asyncio.wait(FIRST_EXCEPTION) re-raises the first error itself.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    queue = asyncio.Queue()
    count = 0
    for count, coro in enumerate(coros, start=1):
        queue.put_nowait((count - 1, coro))
    results = [None] * count

    async def worker():
        while True:
            try:
                index, coro = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            results[index] = await coro

    workers = {asyncio.create_task(worker()) for _ in range(min(limit, count))}
    try:
        if workers:
            done, _ = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                if task.exception() is not None:
                    raise task.exception()
    finally:
        for task in workers:
            task.cancel()
        while not queue.empty():
            queue.get_nowait()[1].close()
    return results
