# Written from the student copy alone, without seeing the check or the solution.
# Approach: `limit` worker tasks pull (index, coroutine) pairs from one shared iterator and store each result at its index.
# Runs on Python 3.10 to 3.13.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    jobs = iter(enumerate(coros))  # shared by all workers; next() never awaits, so no lock is needed

    async def worker():
        for index, coro in jobs:
            results[index] = await coro  # the next one starts in this same step once this returns

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        for _, coro in jobs:  # never started: close them so they do not warn "never awaited"
            coro.close()
        raise
    return results
