# Written from the student copy alone, without seeing the check or the solution.
# WRONG: gather(..., return_exceptions=True) "so one failure does not cancel the rest": a coroutine's
# exception comes back as a value in the list instead of being raised to the caller, unlike
# asyncio.gather's default that the notebook asks to match.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        async with semaphore:
            return await coro

    return await asyncio.gather(*(one(coro) for coro in coros), return_exceptions=True)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but"
