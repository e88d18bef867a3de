# Written from the student copy alone, without seeing the check or the solution.
# Mistake: semaphore-wrapped gather with return_exceptions=True, so a failing coroutine's exception is returned in the list instead of raised.
# Breaks: "If a coroutine raises, `gather_limited` raises that exception, as `asyncio.gather` does (no `return_exceptions=True`)"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run_one(coro):
        async with semaphore:
            return await coro

    return await asyncio.gather(*(run_one(coro) for coro in coros), return_exceptions=True)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[4\], of 20 coroutines, raised PlantedError\('coros\[4\] failed on purpose'\), but gather_limited\(coros, limit=4\) returned .*PlantedError.*the exception was lost"
