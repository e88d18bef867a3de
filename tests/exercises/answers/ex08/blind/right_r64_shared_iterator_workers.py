# Written from the student copy alone, without seeing the check or the solution.
# Approach: `limit` worker tasks pull (index, coroutine) pairs from one shared iterator and store results by index.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    pending = iter(enumerate(coros))  # shared by all workers: each pair is taken once

    async def worker():
        for index, coro in pending:
            results[index] = await coro

    workers = [asyncio.ensure_future(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        for _, coro in pending:  # never started: close them so they are not left unawaited
            coro.close()
        raise
    return results
