# Written from the student copy alone, without seeing the check or the solution.
# Mistake: imports sleep from time and calls sleep(0) between coroutines "to give the others a turn", which blocks the loop instead of yielding.
# Breaks: "Never block the loop: `time.sleep` in a coroutine stops every other one while it sleeps. The check fails an answer that calls it, under any name."
import asyncio
from time import sleep


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    if not coros:
        return []
    results = [None] * len(coros)
    jobs = iter(enumerate(coros))

    async def worker():
        for index, coro in jobs:
            results[index] = await coro
            sleep(0)  # let the other workers have a go

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        done, pending = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            if task.exception() is not None:
                raise task.exception()
        return results
    finally:
        for task in workers:
            task.cancel()
        for _, coro in jobs:
            coro.close()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited calls time\.sleep, which blocks the event loop: while it sleeps, no coroutine runs and no freed place is filled, and the"
