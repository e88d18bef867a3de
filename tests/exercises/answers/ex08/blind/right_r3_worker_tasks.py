# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: `limit` worker tasks share one iterator of (index, coroutine) and each awaits the next coroutine
# as soon as it is free; each result goes to its index, so the order is the input's. Only `limit` tasks
# exist however many coroutines there are. On the first error the workers are cancelled, the coroutines
# never started are closed (no "never awaited" warning), and that error is raised.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    todo = iter(enumerate(coros))

    async def worker():
        for index, coro in todo:
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        for _, coro in todo:
            coro.close()
        raise
    return results
