# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a window of tasks whose test is "> limit" instead of ">= limit": it starts one more before
# it waits, so limit + 1 coroutines run at once.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    pending = {}
    results = []
    for index, coro in enumerate(coros):
        if len(pending) > limit:
            done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                results[pending.pop(task)] = task.result()
        results.append(None)
        pending[asyncio.ensure_future(coro)] = index
    for task, index in pending.items():
        results[index] = await task
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once; the limit was [\d,.]+\."
