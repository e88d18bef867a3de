# Written from the student copy alone, without seeing the check or the solution.
# Mistake: turns every coroutine into a task first, then waits on the semaphore only around awaiting the task, which is already running.
# Breaks: "Creating a semaphore is not enough: each coroutine must *wait for it* before it starts."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)
    tasks = [asyncio.ensure_future(coro) for coro in coros]

    async def run_one(task):
        async with semaphore:
            return await task

    return await asyncio.gather(*(run_one(task) for task in tasks))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran \d+ coroutines at once; the limit was 5"
