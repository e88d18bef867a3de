# Written from the student copy alone, without seeing the check or the solution.
# Approach: asyncio.Semaphore(limit); each coroutine waits for a permit inside its wrapper, then asyncio.gather of the wrappers.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run(coro):
        try:
            async with semaphore:  # wait for a place before the coroutine's first step
                return await coro
        finally:
            coro.close()  # a coroutine that never started is closed, not left "never awaited"

    return await asyncio.gather(*(run(coro) for coro in coros))
