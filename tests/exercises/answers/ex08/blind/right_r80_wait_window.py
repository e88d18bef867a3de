# Written from the student copy alone, without seeing the check or the solution.
# Approach: a sliding window of at most limit tasks; asyncio.wait(FIRST_COMPLETED) frees a place and the next task starts at once; results go back by index.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    index_of = {}
    pending = set()

    def collect(done):
        for task in done:
            results[index_of[task]] = task.result()  # raises the coroutine's error

    try:
        for index, coro in enumerate(coros):
            if len(pending) >= limit:
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                collect(done)
            task = asyncio.create_task(coro)
            index_of[task] = index
            pending.add(task)
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            collect(done)
        return results
    finally:
        # after an error: cancel what still runs, close what never started
        for task in pending:
            task.cancel()
        for coro in coros[len(index_of):]:
            coro.close()
