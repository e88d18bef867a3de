# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: each coroutine waits for an asyncio.Semaphore(limit) permit before it starts; gather keeps input order; on error the others are cancelled.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        try:
            async with semaphore:  # the permit first, then the coroutine's first step
                return await coro
        finally:
            coro.close()  # a no-op once it ran; stops "never awaited" if cancelled while waiting

    tasks = [asyncio.ensure_future(guarded(coro)) for coro in coros]
    try:
        return await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            if not task.done():
                task.cancel()
