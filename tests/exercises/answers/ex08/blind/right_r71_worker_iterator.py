# Written from the student copy alone, without seeing the check or the solution.
# Approach: `limit` worker tasks share one iterator of (index, coroutine) pairs; each awaits one coroutine, stores its result at its index, takes the next.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    jobs = iter(enumerate(coros))

    async def worker():
        for index, coro in jobs:
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        for _, coro in jobs:  # the ones never started
            coro.close()
        raise
    return results
