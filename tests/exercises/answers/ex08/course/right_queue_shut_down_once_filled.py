# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 75.
# Right: workers on a queue that is shut down once filled (Python 3.13)
NEEDS_PYTHON = (3, 13)
import asyncio

async def gather_limited(coros, limit):
    """Python 3.13: workers on a queue that is shut down once filled."""
    results = [None] * len(coros)
    q = asyncio.Queue()
    for pair in enumerate(coros):
        q.put_nowait(pair)
    q.shutdown()  # get() raises QueueShutDown once it is empty

    async def worker():
        while True:
            try:
                i, c = await q.get()
            except asyncio.QueueShutDown:
                return
            results[i] = await c

    await asyncio.gather(*(worker() for _ in range(limit)))
    return results
