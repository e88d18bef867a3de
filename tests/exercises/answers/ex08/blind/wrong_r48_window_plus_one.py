# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bound exceeded by one: the window waits only once it holds MORE than limit tasks, so limit + 1 coroutines run at once.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    results = {}
    running = {}
    for index, coro in enumerate(coros):
        running[asyncio.ensure_future(coro)] = index
        if len(running) > limit:  # should wait before starting the (limit + 1)-th
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                results[running.pop(task)] = task.result()
    while running:
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            results[running.pop(task)] = task.result()
    return [results[index] for index in range(len(results))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once"
