# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: each coroutine is wrapped so it awaits an asyncio.Semaphore(limit) permit before its first step; gather keeps input order and raises the first error.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            return await coro

    return list(await asyncio.gather(*(guarded(c) for c in coros)))
