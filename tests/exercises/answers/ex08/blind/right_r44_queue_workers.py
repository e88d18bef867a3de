# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: an asyncio.Queue of (index, coroutine) drained by limit workers; the first error cancels the workers and is raised.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    queue = asyncio.Queue()
    for pair in enumerate(coros):
        queue.put_nowait(pair)

    async def worker():
        while True:
            try:
                index, coro = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(max(1, limit))]
    try:
        for finished in asyncio.as_completed(workers):
            await finished  # the first worker to fail raises here
    except BaseException:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        for coro in coros:
            coro.close()
        raise
    return results
