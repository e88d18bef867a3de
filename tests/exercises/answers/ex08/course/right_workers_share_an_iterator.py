# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: `limit` worker coroutines share one iterator of (index, coroutine).
import asyncio


async def gather_limited(coros, limit):
    jobs = iter(list(enumerate(coros)))
    results: dict = {}

    async def worker():
        for index, coro in jobs:
            results[index] = await coro

    await asyncio.gather(*(worker() for _ in range(limit)))
    return [results[index] for index in range(len(results))]
