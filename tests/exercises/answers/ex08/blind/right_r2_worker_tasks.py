# Written from the student copy alone, without seeing the check or the solution.
# Approach: `limit` worker tasks share one iterator of (index, coroutine); each worker takes
# the next one as soon as it is free, awaits it and stores its result at its index.
# If a coroutine raises, the other workers are cancelled, the coroutines never started are
# closed, and the exception itself is raised.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    pending = iter(enumerate(coros))

    async def worker():
        for i, coro in pending:
            results[i] = await coro

    workers = [asyncio.ensure_future(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        for _, coro in pending:
            coro.close()
        raise
    return results
