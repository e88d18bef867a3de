# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 75.
# Right: queue workers that stop when the queue stays empty (wait_for with a timeout)
import asyncio

async def gather_limited(coros, limit):
    """Queue workers that stop when the queue stays empty (wait_for with a timeout)."""
    results = [None] * len(coros)
    q = asyncio.Queue()
    for pair in enumerate(coros):
        q.put_nowait(pair)

    async def worker():
        while True:
            try:
                i, c = await asyncio.wait_for(q.get(), timeout=0.05)
            except asyncio.TimeoutError:
                return
            results[i] = await c

    await asyncio.gather(*(worker() for _ in range(limit)))
    return results
