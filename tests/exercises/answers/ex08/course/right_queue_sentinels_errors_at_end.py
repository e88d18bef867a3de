# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Right: an asyncio.Queue, limit workers stopped by sentinels; every coroutine runs, the first error is raised at the end
import asyncio

async def gather_limited(coros, limit):
    queue = asyncio.Queue()
    for item in enumerate(coros):
        queue.put_nowait(item)
    for _ in range(limit):
        queue.put_nowait(None)
    results = [None] * len(coros)
    errors = []

    async def worker():
        while (item := await queue.get()) is not None:
            i, c = item
            try:
                results[i] = await c
            except Exception as e:
                errors.append((i, e))

    await asyncio.gather(*(worker() for _ in range(limit)))
    if errors:
        raise min(errors, key=lambda pair: pair[0])[1]
    return results
