# Written from the student copy alone, without seeing the check or the solution.
# Approach: keep a window of at most `limit` tasks, refill it after each asyncio.wait(FIRST_COMPLETED), store results by index.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    pending = iter(enumerate(coros))
    running = {}  # task -> index

    def start_next():
        item = next(pending, None)
        if item is not None:
            index, coro = item
            running[asyncio.ensure_future(coro)] = index

    try:
        for _ in range(min(limit, len(coros))):
            start_next()
        while running:
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                index = running.pop(task)
                results[index] = task.result()  # raises the coroutine's own exception
                start_next()  # a place is free: start the next one now
    except BaseException:
        for task in running:
            if not task.done():
                task.cancel()
            elif not task.cancelled():
                task.exception()  # finished in the same round: mark its error as seen
        for _, coro in pending:
            coro.close()
        raise
    return results
