# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Right: limit worker tasks that pop the next coroutine from the front of the list they were given.
import asyncio

async def gather_limited(coros, limit):
    n = len(coros)
    results = [None] * n

    async def worker():
        while coros:
            i = n - len(coros)
            c = coros.pop(0)
            results[i] = await c

    await asyncio.gather(*(worker() for _ in range(min(limit, n))))
    return results
