# Written from the student copy alone, without seeing the check or the solution.
# Approach: a sliding window of at most `limit` tasks; asyncio.wait(FIRST_COMPLETED) says when one ends, then the next starts.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    waiting = iter(enumerate(coros))
    running = {}  # task -> index of its coroutine

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
                results[index] = task.result()  # raises the coroutine's exception
                start_next()
    except BaseException:
        for task in running:
            task.cancel()
        if running:
            await asyncio.wait(running)
        for _, coro in waiting:
            coro.close()
        raise
    return results
