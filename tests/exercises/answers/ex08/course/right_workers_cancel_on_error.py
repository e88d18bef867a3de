# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Right: limit workers on a shared iterator; on an error, cancel the other workers, close what never started, raise
import asyncio

async def gather_limited(coros, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    results = [None] * len(coros)
    it = iter(enumerate(coros))

    async def worker():
        for i, c in it:
            results[i] = await c

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        for _, c in it:
            c.close()
        raise
    return results
