# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: `limit` worker coroutines take (index, coroutine) pairs from an asyncio.Queue filled first.
import asyncio


async def gather_limited(coros, limit):
    jobs: asyncio.Queue = asyncio.Queue()
    coros = list(coros)
    for job in enumerate(coros):
        jobs.put_nowait(job)
    results = [None] * len(coros)

    async def worker():
        while not jobs.empty():
            index, coro = jobs.get_nowait()
            results[index] = await coro

    await asyncio.gather(*(worker() for _ in range(limit)))
    return results
