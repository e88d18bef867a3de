# Written from the student copy alone, without seeing the check or the solution.
# Mistake: turns every coroutine into a task first (which starts it) and only then takes a semaphore permit around awaiting the task, so all of them run at once.
# Breaks: "Creating a semaphore is not enough: each coroutine must *wait for it* before it starts."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)
    tasks = [asyncio.ensure_future(coro) for coro in coros]

    async def collect(task):
        async with semaphore:
            return await task

    try:
        return await asyncio.gather(*(collect(task) for task in tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines? at once; the limit (was|were) [\d,.]+ Hint: start a coroutine only when fewer than limit run: with a semaphore,"
