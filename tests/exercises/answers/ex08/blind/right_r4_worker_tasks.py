# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: `limit` worker tasks share one iterator over (index, coroutine) pairs;
# each awaits one coroutine at a time and stores its result at its index, so
# the results come back in input order and only `limit` tasks exist however
# many coroutines there are. A worker takes the next coroutine as soon as its
# own ends. The first exception cancels the other workers, closes the
# coroutines not yet started, and is raised.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    todo = iter(enumerate(coros))

    async def worker():
        for index, coro in todo:
            results[index] = await coro

    workers = [asyncio.ensure_future(worker()) for _ in range(min(limit, len(coros)))]
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
