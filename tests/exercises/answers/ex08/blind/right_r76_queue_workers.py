# Written from the student copy alone, without seeing the check or the solution.
# Approach: an asyncio.Queue filled with (index, coroutine) pairs, emptied by min(limit, n) worker tasks with get_nowait.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    queue = asyncio.Queue()
    for item in enumerate(coros):
        queue.put_nowait(item)
    results = [None] * queue.qsize()

    async def worker():
        while True:
            try:
                index, coro = queue.get_nowait()
            except asyncio.QueueEmpty:
                return  # nothing left to start
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(results)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        if workers:
            await asyncio.wait(workers)
        while not queue.empty():  # close the coroutines that never started
            _, coro = queue.get_nowait()
            coro.close()
        raise
    return results
