# Written from the student copy alone, without seeing the check or the solution.
# Approach: min(limit, n) worker tasks take (index, coroutine) pairs from one shared iterator and await them in turn.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    todo = iter(enumerate(coros))  # shared by every worker

    async def worker():
        for index, coro in todo:
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        # One coroutine failed (or we were cancelled): stop the others and
        # close the coroutines no worker has taken yet.
        for task in workers:
            task.cancel()
        if workers:
            await asyncio.wait(workers)
        for _, coro in todo:
            coro.close()
        raise
    return results
