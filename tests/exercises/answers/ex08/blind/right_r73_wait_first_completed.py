# Written from the student copy alone, without seeing the check or the solution.
# Approach: a sliding window of at most limit tasks; asyncio.wait(FIRST_COMPLETED) and one new task for every task that ended.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    waiting = iter(enumerate(coros))
    running = {}  # task -> its index in coros

    def start_next():
        for index, coro in waiting:
            running[asyncio.create_task(coro)] = index
            return

    try:
        for _ in range(limit):
            start_next()
        while running:
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                index = running.pop(task)
                results[index] = task.result()  # raises the coroutine's exception, if any
                start_next()
    except BaseException:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        for coro in coros:
            coro.close()  # the ones never started
        raise
    return results
