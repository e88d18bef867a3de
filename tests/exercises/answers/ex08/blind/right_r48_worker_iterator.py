# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: limit worker tasks pull (index, coroutine) from one shared iterator, so a freed place is refilled at once; results stored by index.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    todo = iter(enumerate(coros))

    async def worker():
        for index, coro in todo:  # shared iterator: each pair goes to exactly one worker
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    finally:
        for task in workers:
            task.cancel()
        for _, coro in todo:  # never started: close them quietly
            coro.close()
    return results
