# Written from the student copy alone, without seeing the check or the solution.
# Approach: each coroutine is wrapped so it takes an asyncio.Semaphore(limit) permit before its first step; asyncio.gather keeps input order.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run(coro):
        try:
            async with semaphore:
                return await coro
        finally:
            coro.close()  # no-op if it ran; avoids "never awaited" if we were cancelled first

    return await asyncio.gather(*(run(coro) for coro in coros))
