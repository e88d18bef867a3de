# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 75.
# Right: workers on a shared iterator, yielding to the loop after each coroutine
import asyncio

async def gather_limited(coros, limit):
    """Workers on a shared iterator, yielding to the loop after each coroutine."""
    results = [None] * len(coros)
    it = iter(enumerate(coros))

    async def worker():
        for i, c in it:
            results[i] = await c
            await asyncio.sleep(0)  # be nice to the others

    await asyncio.gather(*(asyncio.create_task(worker()) for _ in range(limit)))
    return results
