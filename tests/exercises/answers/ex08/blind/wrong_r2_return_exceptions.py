# Written from the student copy alone, without seeing the check or the solution.
# Mistake: gather(..., return_exceptions=True) "so one failure does not lose the others":
# the exception is returned in the result list instead of raised.
# Breaks: "If a coroutine raises, `gather_limited` raises that exception ... (no `return_exceptions=True`)".
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            return await coro

    return await asyncio.gather(*(guarded(c) for c in coros), return_exceptions=True)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"returned \[0, 37, 74, 10, PlantedError\('coros\[4\] failed on purpose'\), .*: the exception was lost"
