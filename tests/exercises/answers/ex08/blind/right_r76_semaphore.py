# Written from the student copy alone, without seeing the check or the solution.
# Approach: one asyncio.Semaphore(limit); each coroutine waits for a permit before it starts, all under asyncio.gather.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run_one(coro):
        try:
            async with semaphore:  # wait for a permit before the coroutine starts
                return await coro
        finally:
            # A coroutine still waiting for its permit when its task is cancelled never
            # started: close it so that it is not reported as "never awaited".
            # (close() does nothing to a coroutine that has finished.)
            coro.close()

    # gather keeps input order and raises the first error; the others run on,
    # still one permit each, so never more than `limit` at once.
    return await asyncio.gather(*(run_one(coro) for coro in coros))
