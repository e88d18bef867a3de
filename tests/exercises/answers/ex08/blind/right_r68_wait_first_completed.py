# Written from the student copy alone, without seeing the check or the solution.
# Approach: a sliding window of at most `limit` tasks; asyncio.wait(FIRST_COMPLETED, no timeout) wakes on each end and refills at once.
# Runs on Python 3.10 to 3.13.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    pending = iter(enumerate(coros))
    running = {}  # task -> index of its coroutine

    def fill():
        while len(running) < limit:
            item = next(pending, None)
            if item is None:
                return
            index, coro = item
            running[asyncio.ensure_future(coro)] = index

    done = set()
    try:
        fill()
        while running:
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                index = running.pop(task)
                results[index] = task.result()  # raises the coroutine's own exception
            fill()
    except BaseException:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        for task in done:
            if not task.cancelled():
                task.exception()  # mark as retrieved: no "exception was never retrieved" log
        for _, coro in pending:
            coro.close()
        raise
    return results
