# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 75.
# Right: limit workers share one async generator of (index, coroutine)
import asyncio

async def gather_limited(coros, limit):
    """limit workers share one async generator of (index, coroutine)."""
    results = [None] * len(coros)

    async def feed():
        for pair in enumerate(coros):
            yield pair

    source = feed()

    async def worker():
        async for i, c in source:
            results[i] = await c

    await asyncio.gather(*(worker() for _ in range(limit)))
    return results
