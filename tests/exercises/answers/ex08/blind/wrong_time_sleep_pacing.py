# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the student starts the coroutines `limit` at a time and calls time.sleep "to let each group
# finish" before creating the next tasks. time.sleep blocks the event loop: no task runs during the
# sleep, so nothing finishes, every task is created anyway and all of them start together at the
# gather. No bound, and the loop is frozen for (n / limit) sleeps.
import asyncio
import time


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    tasks = []
    for coro in coros:
        tasks.append(asyncio.ensure_future(coro))
        if len(tasks) % limit == 0:
            time.sleep(0.05)  # let this group run before starting more
    return await asyncio.gather(*tasks)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited calls time.sleep, which blocks the event loop"
