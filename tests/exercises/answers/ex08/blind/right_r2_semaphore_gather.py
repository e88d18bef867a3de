# Written from the student copy alone, without seeing the check or the solution.
# Approach: an asyncio.Semaphore(limit); each coroutine is wrapped in a coroutine that
# waits for a permit (async with) before it awaits the original one; asyncio.gather keeps
# the input order and raises the first exception itself.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            return await coro

    return await asyncio.gather(*(guarded(c) for c in coros))
