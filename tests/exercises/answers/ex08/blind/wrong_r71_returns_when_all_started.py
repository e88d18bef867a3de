# Written from the student copy alone, without seeing the check or the solution.
# Mistake: it waits for the workers with asyncio.wait(..., FIRST_COMPLETED): the first worker to run dry ends the wait while the others still run their last coroutine.
# Breaks: "await every coroutine in the list `coros`" (it returns before every coroutine has finished)
import asyncio


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

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    # "once any worker finds no job left, every coroutine has been handed out"
    done, _ = await asyncio.wait(workers, return_when=asyncio.FIRST_COMPLETED)
    for task in done:
        task.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned after [\d,.]+ of [\d,.]+ coroutines? finished\. Hint: await every one of them\."
