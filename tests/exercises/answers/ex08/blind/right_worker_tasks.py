# Written from the student copy alone, without seeing the check or the solution.
# Right: `limit` worker coroutines share ONE iterator over the coroutines and await them one at a
# time, so only `limit` run at once and no task exists for the ones not started yet. Each result
# is stored at its input index. gather re-raises the first exception.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    jobs = enumerate(coros)  # shared: next() is never interrupted, the loop runs one worker at a time
    results = {}

    async def worker():
        for index, coro in jobs:
            results[index] = await coro

    await asyncio.gather(*(worker() for _ in range(limit)))
    return [results[index] for index in range(len(results))]
