# Written from the student copy alone, without seeing the check or the solution.
# Mistake: off by one the other way: it starts only limit - 1 workers ("keep one place spare"), so one of the `limit` places is never used.
# Breaks: "Start the next coroutine as soon as a place is free."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    jobs = iter(enumerate(coros))

    async def worker():
        for index, coro in jobs:
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(max(limit - 1, 1))]  # keep one place spare
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        for _, coro in jobs:
            coro.close()
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited never ran more than [\d,.]+ coroutines? at once; with limit=[\d,.]+ [\d,.]+ should run at once from the start \([\d,.]+ are waiting\), so a"
