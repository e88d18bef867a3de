# Written from the student copy alone, without seeing the check or the solution.
# Mistake: `from time import sleep` then `sleep(0)` in each worker "to give the others a turn": time.sleep, not asyncio.sleep, called in a coroutine.
# Breaks: "Never block the loop: `time.sleep` in a coroutine stops every other one while it sleeps. The check fails an answer that calls it, under any name."
import asyncio
from time import sleep


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    todo = iter(enumerate(coros))  # shared by every worker

    async def worker():
        for index, coro in todo:
            results[index] = await coro
            sleep(0)  # give the other workers a turn before taking the next one

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        if workers:
            await asyncio.wait(workers)
        for _, coro in todo:
            coro.close()
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited calls time\.sleep, which blocks the event loop: while it sleeps, no coroutine runs and no freed place is filled, and the"
