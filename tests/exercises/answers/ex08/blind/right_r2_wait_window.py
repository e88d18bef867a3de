# Written from the student copy alone, without seeing the check or the solution.
# Approach: a sliding window of tasks with asyncio.wait(FIRST_COMPLETED): start up to
# `limit` tasks, and each time one finishes start the next coroutine. Results by index.
# On an error, cancel the tasks still running, close the coroutines never started, raise it.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    index_of = {}
    nxt = 0
    try:
        while nxt < len(coros) or index_of:
            while nxt < len(coros) and len(index_of) < limit:
                index_of[asyncio.ensure_future(coros[nxt])] = nxt
                nxt += 1
            done, _ = await asyncio.wait(index_of, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                i = index_of.pop(task)
                results[i] = task.result()
    except BaseException:
        for task in index_of:
            task.cancel()
        if index_of:
            await asyncio.wait(index_of)
        for c in coros[nxt:]:
            c.close()
        raise
    return results
