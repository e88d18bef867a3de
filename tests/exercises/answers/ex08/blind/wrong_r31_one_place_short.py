# Written from the student copy alone, without seeing the check or the solution.
# WRONG: starts only limit - 1 workers (range(1, limit)), so one place is never used.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    items = iter(enumerate(coros))

    async def worker():
        for index, coro in items:
            results[index] = await coro

    await asyncio.gather(*(worker() for _ in range(1, limit)))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited never ran more than 4 coroutines at once; with limit=5, 5 should run at once from the start"
