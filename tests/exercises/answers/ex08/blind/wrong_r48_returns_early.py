# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns before the work is finished: the loop stops once every coroutine is started, leaving the last tasks running (their results None).
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    running = {}
    for index, coro in enumerate(coros):
        if len(running) >= limit:
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                results[running.pop(task)] = task.result()
        running[asyncio.ensure_future(coro)] = index
    # forgot to wait for the tasks still in `running`
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned after [\d,.]+ of [\d,.]+ coroutines finished\. Hint: await every one of them\."
