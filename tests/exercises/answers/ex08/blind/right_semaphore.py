# Written from the student copy alone, without seeing the check or the solution.
# Right: every coroutine is wrapped so that it waits for a permit of an asyncio.Semaphore(limit)
# BEFORE it is awaited (started); gather keeps the input order and re-raises the first exception.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    permits = asyncio.Semaphore(limit)

    async def one(coro):
        async with permits:
            return await coro

    return await asyncio.gather(*(one(coro) for coro in coros))
