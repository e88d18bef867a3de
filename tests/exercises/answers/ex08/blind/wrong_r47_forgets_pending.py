# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns as soon as the last coroutine has been started, without awaiting those still running; their places hold None.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    index_of = {}
    pending = set()
    for index, coro in enumerate(coros):
        if len(pending) >= limit:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                results[index_of.pop(task)] = task.result()
        task = asyncio.ensure_future(coro)
        index_of[task] = index
        pending.add(task)
    return results  # the last window is never awaited


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned after [\d,.]+ of [\d,.]+ coroutines finished\. Hint: await every one of them\."
