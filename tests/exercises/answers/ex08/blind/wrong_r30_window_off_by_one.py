# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a window of tasks refilled while len(running) <= limit, so limit + 1 run at once.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    results = [None] * len(coros)
    index_of = {}
    running = set()
    pending = iter(enumerate(coros))
    while True:
        while len(running) <= limit:
            try:
                index, coro = next(pending)
            except StopIteration:
                break
            task = asyncio.ensure_future(coro)
            index_of[task] = index
            running.add(task)
        if not running:
            break
        done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            results[index_of.pop(task)] = task.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran 6 coroutines at once; the limit was 5\. .*with worker tasks or a window of tasks"
