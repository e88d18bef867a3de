# Written from the student copy alone, without seeing the check or the solution.
# Approach: every coroutine is wrapped so it waits for a permit of an asyncio.Semaphore(limit) before it starts; asyncio.gather keeps input order and raises the first error.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run_with_permit(coro):
        async with semaphore:
            return await coro

    return await asyncio.gather(*(run_with_permit(coro) for coro in coros))
