# Written from the student copy alone, without seeing the check or the solution.
# Approach: a sliding window of tasks; asyncio.as_completed over the window gives the first to end, then every ended task is collected and replaced.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    waiting = iter(enumerate(coros))
    window = {}  # task -> its index in coros

    def start_next():
        for index, coro in waiting:
            window[asyncio.create_task(coro)] = index
            return

    try:
        for _ in range(limit):
            start_next()
        while window:
            for first in asyncio.as_completed(list(window)):
                await first  # the first task of the window to end (raises its exception)
                break
            for task in [task for task in window if task.done()]:
                index = window.pop(task)
                results[index] = task.result()
                start_next()
    except BaseException:
        for task in window:
            task.cancel()
        await asyncio.gather(*window, return_exceptions=True)
        for coro in coros:
            coro.close()  # the ones never started
        raise
    return results
