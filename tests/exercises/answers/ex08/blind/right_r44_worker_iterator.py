# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: limit worker tasks pull (index, coroutine) pairs from one shared iterator and write each result to its index.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    pairs = iter(enumerate(coros))

    async def worker():
        for index, coro in pairs:  # the loop is single-threaded: next() is never shared mid-step
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(max(1, min(limit, len(coros))))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        for coro in coros:
            coro.close()
        raise
    return results
