# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the sliding window waits for a free place only when more than `limit` run (`>` instead of `>=`), so limit + 1 run at once.
# Breaks: "await every coroutine in the list `coros` with at most `limit` running at once"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    running = {}  # task -> index of its coroutine
    started = 0
    try:
        for index, coro in enumerate(coros):
            if len(running) > limit:  # window full: wait for one to end
                done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    results[running.pop(task)] = task.result()
            running[asyncio.create_task(coro)] = index
            started += 1
        while running:
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                results[running.pop(task)] = task.result()
    except BaseException:
        for task in running:
            task.cancel()
        if running:
            await asyncio.wait(running)
        for coro in coros[started:]:
            coro.close()
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines? at once; the limit (was|were) [\d,.]+ Hint: start a coroutine only when fewer than limit run: with a semaphore,"
