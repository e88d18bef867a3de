# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: limit worker tasks pull (index, coroutine) pairs from one shared iterator and write each result at its index; on an error the other workers are cancelled and the error re-raised.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    source = iter(enumerate(coros))

    async def worker():
        for index, coro in source:  # shared iterator: each pair is taken by exactly one worker
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        for _, coro in source:  # never started: close them so they are not left unawaited
            coro.close()
        raise
    return results
