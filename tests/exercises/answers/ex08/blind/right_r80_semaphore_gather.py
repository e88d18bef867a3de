# Written from the student copy alone, without seeing the check or the solution.
# Approach: one asyncio.Semaphore(limit); each coroutine is wrapped so it waits for a permit before it starts, then asyncio.gather keeps the order and raises the first error.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run(coro):
        try:
            async with semaphore:
                return await coro
        finally:
            # a coroutine cancelled while it waited for its permit never started:
            # close it so Python does not warn that it was never awaited
            coro.close()

    return await asyncio.gather(*(run(coro) for coro in coros))
