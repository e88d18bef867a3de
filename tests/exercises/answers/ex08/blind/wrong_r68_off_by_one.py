# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the sliding window refills while len(running) <= limit, so it keeps limit + 1 coroutines running.
# Breaks: "await every coroutine in the list `coros` with at most `limit` running at once"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    pending = iter(enumerate(coros))
    running = {}  # task -> index
    done = set()

    def fill():
        while len(running) <= limit:
            item = next(pending, None)
            if item is None:
                return
            index, coro = item
            running[asyncio.ensure_future(coro)] = index

    try:
        fill()
        while running:
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                index = running.pop(task)
                results[index] = task.result()
            fill()
    except BaseException:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        for task in done:
            if not task.cancelled():
                task.exception()
        for _, coro in pending:
            coro.close()
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines? at once; the limit (was|were) [\d,.]+ Hint: start a coroutine only when fewer than limit run: with a semaphore,"
